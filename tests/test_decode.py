"""Decoding: encodings, byte-order marks, line endings, control characters."""
from __future__ import annotations

import pytest

from docs_gen.decode import decode
from docs_gen.errors import InputError
from vietnamese_legacy import to_cp1258


def test_utf8_with_and_without_bom():
    assert decode("Biên phòng".encode(), "a.txt") == ("Biên phòng", [])
    assert decode(b"\xef\xbb\xbf" + "Biên phòng".encode(), "a.txt") == ("Biên phòng", [])


def test_utf16_with_bom():
    assert decode("Tô Lâm\r\nvisited".encode("utf-16"), "a.txt")[0] == "Tô Lâm\nvisited"


def test_line_endings_and_controls():
    assert decode(b"a\r\nb\rc\x07d\x00"[:-1], "a.txt")[0] == "a\nb\nc d"


def test_windows_1258_is_decoded_with_a_warning():
    text, notes = decode(to_cp1258("Bộ đội Biên phòng tỉnh Lạng Sơn"), "legacy.txt")
    assert text == "Bộ đội Biên phòng tỉnh Lạng Sơn"
    assert [str(n) for n in notes] == [
        "legacy.txt: warning: decoded as Windows-1258 (legacy Vietnamese encoding) (save the file as UTF-8 to silence this warning)"]


def test_invalid_utf8_names_the_line_and_byte():
    with pytest.raises(InputError) as error:
        decode(b"first line\ncaf\xe9 au lait", "bad.txt")
    assert str(error.value) == "bad.txt:2: error: not valid UTF-8 (byte 0xe9) (save the file as UTF-8)"


def test_binary_is_rejected():
    with pytest.raises(InputError, match="binary file"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.txt")
