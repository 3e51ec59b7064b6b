"""Vietnamese names of organisations as real articles write them, with the English counterpart where
the class has one.

Every sentence here is made up for the test; each names the class it covers.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from docs_gen import models as m
from docs_gen.curated import load_curated
from docs_gen.extract.article import extract_article
from docs_gen.read import read_article

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def extractors():
    return load_curated(ROOT / "seeds" / "_data").extractors()


def mentions(extractors, text: str) -> list[m.Mention]:
    article = read_article(f"Headline for the test\n\n{text}\n", "t.txt").article
    return [x for _, x in extract_article(article, extractors).mentions if x.kind == m.ORGANISATION]


def names(extractors, text: str) -> list[str]:
    """The organisations of a one-paragraph article, as written."""
    return [x.text for x in mentions(extractors, text)]


# --- names that go on in lower case after a capitalised word ----------------------------------------

def test_a_two_syllable_word_keeps_its_second_half(extractors):
    assert names(extractors, "Theo Hội đồng Bầu cử quốc gia, việc bỏ phiếu diễn ra an toàn.") == [
        "Hội đồng Bầu cử quốc gia"]
    assert names(extractors, "Đại hội bầu Ban Chấp hành Đảng bộ khóa mới gồm 15 đồng chí.") == ["Ban Chấp hành Đảng bộ"]
    assert names(extractors, "Sinh viên Trường Đại học Y Thái Bình đến khám bệnh cho dân bản.") == [
        "Trường Đại học Y Thái Bình"]


def test_a_name_cut_after_the_first_half_of_a_word_is_no_name(extractors):
    """A text that breaks off inside a name ("Trường Đại h") gives no body of half a word."""
    assert names(extractors, "Các đơn vị tham gia gồm Trường Đại h") == []


def test_lower_case_words_of_a_function_go_on_the_name(extractors):
    assert names(extractors, "Trạm Hội ngộ hội đàm khu vực Thanh Thủy tiếp đoàn công tác.") == [
        "Trạm Hội ngộ hội đàm khu vực Thanh Thủy"]
    assert names(extractors, "Ban Chỉ đạo phân giới cắm mốc tỉnh Gia Lai kiểm tra mốc phụ.") == [
        "Ban Chỉ đạo phân giới cắm mốc tỉnh Gia Lai"]


def test_a_programme_after_the_organising_board_is_not_its_name(extractors):
    assert not any("Chương" in name for name in names(extractors, "Ban Tổ chức Chương trình Tết ấm biên cương trao 200 suất quà."))


def test_a_verb_after_the_name_ends_it(extractors):
    assert names(extractors, "Hội đồng Bầu cử quốc gia công bố danh sách.") == ["Hội đồng Bầu cử quốc gia"]


# --- units named in lower case after their head -----------------------------------------------------

def test_a_unit_named_in_lower_case_then_its_place(extractors):
    assert "Đại đội quản lý biên giới huyện Hà Khẩu" in names(
        extractors, "Đồn Biên phòng Bản Vược và Đại đội quản lý biên giới huyện Hà Khẩu tuần tra song phương.")


def test_a_unit_named_in_lower_case_then_its_number_is_one_unit_with_its_short_form(extractors):
    found = mentions(extractors, "Đồn phối hợp với Đại đội biên phòng 512 tuần tra. Sau đó Đại đội 512 trở về.")
    assert [x.text for x in found] == ["Đại đội biên phòng 512", "Đại đội 512"]
    assert len({x.key for x in found}) == 1
    found = mentions(extractors, "The post patrolled with Company 512 of the Lao border guard.")
    assert [x.text for x in found] == ["Company 512"]


def test_a_platoon_named_by_its_number(extractors):
    assert "Trung đội 4" in names(extractors, "Trung đội 4 của tiểu đoàn phối hợp tuần tra.")


def test_a_team_of_a_department_named_in_lower_case(extractors):
    assert names(extractors, "Đội kiểm soát ma túy Cục Hải quan tỉnh Lạng Sơn bắt giữ đối tượng.") == [
        "Đội kiểm soát ma túy Cục Hải quan tỉnh Lạng Sơn"]


def test_lower_case_words_alone_name_no_unit(extractors):
    assert names(extractors, "Đội công tác của đồn đến từng nhà.") == []


def test_a_team_named_with_its_country(extractors):
    assert names(extractors, "Ông làm việc với Đội phân giới cắm mốc số 5 Vương quốc Campuchia.") == [
        "Đội phân giới cắm mốc số 5 Vương quốc Campuchia"]
