"""Bytes -> clean text: encoding detection, line endings, NFC, control characters."""
from __future__ import annotations

import re
import unicodedata

from .errors import InputError, Problem

# Bytes that Windows-1258 uses for Vietnamese letters and combining tone marks; UTF-8 text that fails
# to decode but is full of these is almost certainly a legacy Vietnamese file.
_CP1258_VIETNAMESE = set(b"\xc3\xe3\xc2\xe2\xca\xea\xd4\xf4\xd5\xf5\xdd\xfd\xd0\xf0\xcc\xec\xd2\xde\xf2")
# C0/C1 controls other than tab and newline carry no text; they are replaced by a space.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Some Vietnamese sites write "Đ" as the Icelandic eth "Ð" (U+00D0), which looks the same: "Ðồn Biên phòng".
# In a text with letters only Vietnamese has, it is read as "Đ", so that names match however they were typed.
_ETH = str.maketrans("Ðð", "Đđ")
_ONLY_VIETNAMESE = re.compile("[\u1ea0-\u1ef9ăĂơƠưƯĩĨũŨ]")  # the letters of Unicode's Vietnamese block, and a few more


def decode(data: bytes, path: str) -> tuple[str, list[Problem]]:
    """Decode an article file. Raises InputError when the bytes are not text."""
    notes: list[Problem] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return normalise(data.decode("utf-16")), notes
        except UnicodeDecodeError:
            raise InputError(Problem(path, None, "starts with a UTF-16 byte-order mark but is not valid UTF-16",
                                     "save the file as UTF-8")) from None
    if b"\x00" in data:
        raise InputError(Problem(path, None, "binary file (contains NUL bytes), not an article",
                                 "remove it or save the article as UTF-8 text"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        if sum(b in _CP1258_VIETNAMESE for b in data if b >= 0x80) >= 0.6 * sum(b >= 0x80 for b in data):
            text = data.decode("cp1258", errors="strict")
            notes.append(Problem(path, None, "decoded as Windows-1258 (legacy Vietnamese encoding)",
                                 "save the file as UTF-8 to silence this warning", "warning"))
        else:
            raise InputError(Problem(path, line, f"not valid UTF-8 (byte 0x{data[exc.start]:02x})",
                                     "save the file as UTF-8")) from None
    return normalise(text), notes


def normalise(text: str) -> str:
    """Unify line endings, compose Vietnamese diacritics (NFC), blank out control characters and read an
    eth in Vietnamese text as "Đ"."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", text))
    if ("Ð" in text or "ð" in text) and _ONLY_VIETNAMESE.search(text):
        text = text.translate(_ETH)
    return text
