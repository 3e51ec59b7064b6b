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


# --- Party committees and organisations of a unit ---------------------------------------------------

def test_the_party_committee_of_a_command_is_its_own_body(extractors):
    found = mentions(extractors, "Đảng ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cao Bằng họp phiên thường kỳ quý III.")
    assert [x.text for x in found] == ["Đảng ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cao Bằng"]
    assert found[0].key != "border-guard-command-cao-bang"
    assert names(extractors, "Đảng uỷ Bộ Tư lệnh BĐBP chỉ đạo các đơn vị trực sẵn sàng.") == ["Đảng uỷ Bộ Tư lệnh BĐBP"]
    found = mentions(extractors, "The Party Committee of the Cao Bang Border Guard Command met on Monday.")
    assert [x.text for x in found] == ["Party Committee of the Cao Bang Border Guard Command"]


def test_a_party_committee_of_a_command_named_without_its_province(extractors):
    """Its province is the one the article names; however the command is written, it is one body."""
    found = mentions(extractors, "Tại tỉnh Cao Bằng, Đảng ủy BĐBP tỉnh ra nghị quyết. Đảng ủy Bộ Chỉ huy BĐBP tỉnh giao nhiệm vụ.")
    assert [x.text for x in found] == ["Đảng ủy BĐBP tỉnh", "Đảng ủy Bộ Chỉ huy BĐBP tỉnh"]
    assert len({x.key for x in found}) == 1
    found = mentions(extractors, "Đảng ủy BĐBP tỉnh ra nghị quyết. Đảng ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh giao nhiệm vụ.")
    assert len(found) == 2 and len({x.key for x in found}) == 1


def test_the_party_organisation_of_a_command_in_both_spellings_is_one(extractors):
    found = mentions(extractors, "Đại hội Đảng bộ Bộ đội Biên phòng (BĐBP) tỉnh Hà Giang diễn ra hai ngày. "
                                 "Đảng bộ BĐBP tỉnh Hà Giang có 60 tổ chức cơ sở đảng.")
    assert [x.text for x in found] == ["Đảng bộ Bộ đội Biên phòng (BĐBP) tỉnh Hà Giang", "Đảng bộ BĐBP tỉnh Hà Giang"]
    assert len({x.key for x in found}) == 1


def test_the_provincial_party_committee_in_both_spellings(extractors):
    assert names(extractors, "Ông là Phó Bí thư Tỉnh uỷ Hà Giang.") == ["Tỉnh uỷ Hà Giang"]
    assert names(extractors, "Đồng chí được Tỉnh uỷ giao nhiệm vụ mới.") == ["Tỉnh uỷ"]
    assert names(extractors, "Ông là Ủy viên Ban Thường vụ Tỉnh ủy.") == ["Ban Thường vụ Tỉnh ủy"]
    assert names(extractors, "Đại hội Đảng bộ tỉnh lần thứ XV thành công tốt đẹp.") == ["Đảng bộ tỉnh"]


def test_the_force_in_general_is_no_provincial_body(extractors):
    assert names(extractors, "Năm qua, lực lượng BĐBP tỉnh bắt giữ 40 vụ buôn lậu.") == []


# --- foreign counterparts and the country after a province's body ------------------------------------

def test_the_country_after_a_provinces_body_is_not_part_of_its_name(extractors):
    assert names(extractors, "Đoàn đại biểu Bộ Chỉ huy BĐBP tỉnh Gia Lai Việt Nam do Đại tá Lê Văn Hưng dẫn đầu.") == [
        "Bộ Chỉ huy BĐBP tỉnh Gia Lai"]
    found = mentions(extractors, "Đại đội 543 (thuộc Bộ chỉ huy Quân sự tỉnh Sekong - Lào) tuần tra cùng đồn.")
    assert [x.text for x in found][-1] == "Bộ chỉ huy Quân sự tỉnh Sekong"
    assert dict(found[-1].data)["level"] == "foreign"


def test_a_military_command_with_its_acronym_or_short_form_is_one_body(extractors):
    found = mentions(extractors, "Bộ Chỉ huy Quân sự (CHQS) tỉnh Sekong cử đoàn sang thăm. Sau đó Bộ CHQS tỉnh Sekong "
                                 "và Bộ Chỉ huy Quân sự tỉnh Sekong ký biên bản.")
    assert [x.text for x in found] == ["Bộ Chỉ huy Quân sự (CHQS) tỉnh Sekong", "Bộ CHQS tỉnh Sekong",
                                       "Bộ Chỉ huy Quân sự tỉnh Sekong"]
    assert len({x.key for x in found}) == 1
    found = mentions(extractors, "The Sekong Provincial Military Command sent a delegation.")
    assert [x.text for x in found] == ["Sekong Provincial Military Command"]


def test_chinas_border_units_named_by_their_area(extractors):
    found = mentions(extractors, "Đoàn đại biểu Bộ đội Biên phòng khu vực Văn Sơn sang thăm. Bộ đội Biên phòng Khu Văn Sơn "
                                 "và BĐBP đặc khu Đông Hưng cùng dự.")
    assert [x.text for x in found] == ["Bộ đội Biên phòng khu vực Văn Sơn", "Bộ đội Biên phòng Khu Văn Sơn",
                                       "BĐBP đặc khu Đông Hưng"]
    assert len({x.key for x in found[:2]}) == 1
    assert {dict(x.data)["level"] for x in found} == {"foreign"}


def test_a_place_named_like_a_body_after_its_type_word(extractors):
    assert names(extractors, "Lễ ký kết diễn ra tại thôn Thán Sản, khu Phòng Thành, Quảng Tây.") == []


# --- police and youth unions ---------------------------------------------------------------------------

def test_the_police_of_a_place_written_in_lower_case(extractors):
    assert names(extractors, "Vụ việc được chuyển cho công an huyện Mường Tè điều tra.") == ["công an huyện Mường Tè"]
    assert names(extractors, "Lực lượng công an xã phối hợp tuần tra.") == []
    assert names(extractors, "The case went to the Muong Te district police.") == ["Muong Te district police"]


def test_the_provincial_youth_union(extractors):
    assert names(extractors, "UBND tỉnh và Tỉnh đoàn Cà Mau tặng bằng khen cho tổ cứu hộ.") == ["UBND tỉnh", "Tỉnh đoàn Cà Mau"]
    assert names(extractors, "Ông là Phó Bí thư Thường trực Tỉnh Đoàn.") == ["Tỉnh Đoàn"]


# --- scraped text ------------------------------------------------------------------------------------

def test_a_name_written_twice_without_a_space_is_one_name(extractors):
    assert names(extractors, "Nghị định sửa đổi một số điều.  Báo Thanh NiênBáo Thanh Niên12/10/2025  Các đơn vị triển khai.") == [
        "Báo Thanh Niên"]


def test_a_unit_followed_by_the_body_it_belongs_to_is_one_name(extractors):
    text = ("Phòng Cảnh sát Điều tra về tội phạm ma túy Công an tỉnh Lai Châu và Đội phòng chống ma túy Cục Hải quan "
            "tỉnh Lào Cai phối hợp. Đội Cảnh sát giao thông phối hợp với Công an huyện Sìn Hồ.")
    found = names(extractors, text)
    assert found[:2] == ["Phòng Cảnh sát Điều tra về tội phạm ma túy Công an tỉnh Lai Châu",
                         "Đội phòng chống ma túy Cục Hải quan tỉnh Lào Cai"]
    assert "Công an huyện Sìn Hồ" in found  # "phối hợp với" between them: two bodies


@pytest.mark.parametrize("text, expected", [
    ("Bộ Chỉ huy BĐBP Lai Châu hội đàm Bộ Chỉ huy Quân sự tỉnh Phongsaly.",
     ["Bộ Chỉ huy BĐBP Lai Châu", "Bộ Chỉ huy Quân sự tỉnh Phongsaly"]),
    ("Đại diện Tổng cục Cảnh sát - Phó Tổng cục trưởng phát biểu.", ["Tổng cục Cảnh sát"]),
    ("Phòng Cảnh sát điều tra tội phạm về ma túy và Công an xã Pa Vệ Sủ phối hợp.",
     ["Phòng Cảnh sát điều tra tội phạm về ma túy", "Công an xã Pa Vệ Sủ"]),
    ("Theo Associated Press, áp lực lên ấp Tân Lập rất lớn.", ["Associated Press"]),
])
def test_two_bodies_a_verb_a_position_or_a_word_apart(extractors, text, expected):
    assert names(extractors, text) == expected


def test_a_post_named_as_the_force_of_its_place(extractors):
    text = "Bộ đội Biên phòng Vĩnh Xương phối hợp với BĐBP Long An và Bộ đội Biên phòng Việt Nam tuần tra."
    assert [(x.text, x.key) for x in mentions(extractors, text)] == [
        ("Bộ đội Biên phòng Vĩnh Xương", "border-post-vinh-xuong"), ("BĐBP Long An", "border-guard-command-long-an")]


def test_a_post_s_command_is_the_post(extractors):
    found = mentions(extractors, "Ban Chỉ huy Đồn Biên phòng Lũng Cú cho biết đồn đã hỗ trợ 20 hộ dân.")
    assert [(x.text, x.key) for x in found] == [("Ban Chỉ huy Đồn Biên phòng Lũng Cú", "border-post-lung-cu")]


def test_chinese_border_police_posts_a_customs_branch_and_a_paper_credited(extractors):
    text = ("Đội tuần tra phối hợp với Đồn Công an Biên cảnh Kim Bình và Chi Cục Hải quan Cửa khẩu Ma Lù Thàng.\n\n"
            "Theo Báo Lai Châu")
    assert [(x.text, x.key) for x in mentions(extractors, text)] == [
        ("Đồn Công an Biên cảnh Kim Bình", "police-post-kim-binh"),
        ("Chi Cục Hải quan Cửa khẩu Ma Lù Thàng", "customs-ma-lu-thang"), ("Báo Lai Châu", "bao-lai-chau")]
    article = read_article(f"Headline for the test\n\n{text}\n", "t.txt").article
    assert [x for _, x in extract_article(article, extractors).mentions if x.kind == m.PERSON] == []


def test_the_drug_and_crime_department_of_a_province_s_border_guard(extractors):
    text = "Đồn Biên phòng Nà Bủng phối hợp với phòng Phòng chống ma túy và tội phạm, Bộ đội Biên phòng tỉnh Điện Biên bắt giữ."
    keys = [x.key for x in mentions(extractors, text)]
    assert "phong-phong-chong-ma-tuy-va-toi-pham-dien-bien" in keys
    # the verb "phòng, chống" alone names no department
    assert not [x for x in mentions(extractors, "Các đơn vị phòng, chống ma túy và tội phạm hiệu quả.")
                if "ma-tuy" in x.key]


def test_checkpoints_and_teams_numbered_after_their_duty(extractors):
    text = ("Chốt kiểm soát phòng, chống dịch COVID-19 số 7 và Tổ công tác phòng chống buôn lậu số 2 trực; "
            "tổ công tác đến số nhà 12.")
    assert names(extractors, text) == ["Chốt kiểm soát phòng, chống dịch COVID-19 số 7",
                                       "Tổ công tác phòng chống buôn lậu số 2"]


def test_a_command_s_party_committee_named_first_in_a_pair(extractors):
    text = "Thay mặt Đảng ủy, Bộ Chỉ huy BĐBP Kon Tum, Đại tá Trần Văn Nam phát biểu. Đảng ủy Bộ Chỉ huy BĐBP Kon Tum họp."
    found = mentions(extractors, text)
    assert [x.text for x in found][:2] == ["Đảng ủy", "Bộ Chỉ huy BĐBP Kon Tum"]
    assert found[0].key == found[-1].key  # the same committee as "Đảng ủy Bộ Chỉ huy BĐBP Kon Tum"


def test_the_border_guard_s_own_party_committee_however_named(extractors):
    text = ("Chương trình do Đảng ủy, Bộ Tư lệnh BĐBP triển khai. Thiếu tướng Lê Văn Đức, Đảng ủy viên Đảng ủy BĐBP, "
            "phát biểu. Đảng ủy Bộ Tư lệnh BĐBP họp.")
    keys = [x.key for x in mentions(extractors, text) if x.key.startswith("dang-uy")]
    assert keys == []  # the curated committee's key
    keys = [x.key for x in mentions(extractors, text) if "party" in x.key]
    assert keys == ["border-guard-party-committee"] * 3
    # a province's, named in a pair with its command, joins the one the article names whole
    text = "Đảng ủy, Bộ Chỉ huy BĐBP tỉnh đã cử đoàn. Đảng ủy BĐBP tỉnh Lai Châu họp."
    keys = {x.key for x in mentions(extractors, text) if x.key.startswith("dang-uy")}
    assert keys == {"dang-uy-border-guard-command-lai-chau"}


def test_troupes_theatres_museums_and_two_countries_joined_by_a_dash(extractors):
    text = ("Đoàn Văn công Bộ đội Biên phòng Quảng Trị và Nhà hát Nghệ thuật tỉnh Nghệ An biểu diễn tại "
            "Bảo tàng Liên minh chiến đấu Việt Nam - Lào.")
    assert names(extractors, text) == ["Đoàn Văn công Bộ đội Biên phòng Quảng Trị", "Nhà hát Nghệ thuật tỉnh Nghệ An",
                                       "Bảo tàng Liên minh chiến đấu Việt Nam - Lào"]
    # a body's country after a dash is not part of its name
    assert names(extractors, "Bộ Chỉ huy BĐBP tỉnh Kon Tum - Việt Nam ký biên bản.") == ["Bộ Chỉ huy BĐBP tỉnh Kon Tum"]


def test_a_name_ends_before_a_verb_that_shares_its_words(extractors):
    text = "Ban Chỉ huy Biên phòng Cửa khẩu Cảng Hòn Gai tuyên truyền cho ngư dân; Ban Tuyên giáo Tỉnh ủy dự."
    assert names(extractors, text) == ["Ban Chỉ huy Biên phòng Cửa khẩu Cảng Hòn Gai", "Ban Tuyên giáo Tỉnh ủy"]


def test_police_squads_and_medical_stations_named_in_lower_case(extractors):
    text = ("Đội cảnh sát giao thông (Công an huyện Mường Tè) và Trạm quân dân y kết hợp Pa Vệ Sủ trực. "
            "Lực lượng cảnh sát giao thông làm nhiệm vụ.")
    found = mentions(extractors, text)
    assert [x.text for x in found] == ["Đội cảnh sát giao thông", "Công an huyện Mường Tè", "Trạm quân dân y kết hợp Pa Vệ Sủ"]
    assert found[0].key.endswith(found[1].key)  # the district's squad, not every squad of that name
    assert mentions(extractors, "Từ khi có trạm quân dân y trên địa bàn. Trạm quân dân y kết nối tình quân dân.") == []


def test_names_with_lower_case_compounds_of_development_and_government(extractors):
    text = "Sở Nông nghiệp và Phát triển nông thôn tỉnh Lai Châu và Văn phòng Chính phủ phối hợp."
    assert names(extractors, text) == ["Sở Nông nghiệp và Phát triển nông thôn tỉnh Lai Châu", "Văn phòng Chính phủ"]


def test_forest_rangers_economic_zones_and_the_red_cross(extractors):
    text = ("Chi cục Kiểm lâm tỉnh Lai Châu, Ban Quản lý Khu kinh tế tỉnh Lạng Sơn và Hội Chữ thập đỏ tỉnh Hà Giang "
            "phối hợp.")
    assert names(extractors, text) == ["Chi cục Kiểm lâm tỉnh Lai Châu", "Ban Quản lý Khu kinh tế tỉnh Lạng Sơn",
                                       "Hội Chữ thập đỏ tỉnh Hà Giang"]
    assert names(extractors, "Hội Chữ thập đỏ P.Tân Hòa trao quà.") == ["Hội Chữ thập đỏ P.Tân Hòa"]


def test_a_curated_body_is_not_matched_against_other_marks(extractors):
    """'Cảnh sát biên phòng' (border police) folds like 'Cảnh sát biển' (the Coast Guard) without its marks."""
    text = "Cảnh sát biên phòng tỉnh Takeo tuần tra; Cảnh sát biển Việt Nam và Uỷ ban Dân tộc dự."
    assert "vietnam-coast-guard" in [x.key for x in mentions(extractors, text)]
    assert "Cảnh sát biên" not in names(extractors, text)
    assert [x.key for x in mentions(extractors, "Canh sat bien Viet Nam tuan tra.")] == ["vietnam-coast-guard"]


def test_authorities_consulates_and_foreign_control_stations(extractors):
    text = ("Cục Cảnh sát di trú Campuchia, Trạm kiểm soát biên giới Hà Khẩu và Chính quyền huyện Hà Khẩu hội đàm; "
            "Tổng Lãnh sự quán Việt Nam tại Côn Minh hỗ trợ.")
    assert names(extractors, text) == ["Cục Cảnh sát di trú Campuchia", "Trạm kiểm soát biên giới Hà Khẩu",
                                       "Chính quyền huyện Hà Khẩu", "Tổng Lãnh sự quán Việt Nam tại Côn Minh"]


def test_a_province_s_command_written_with_the_national_command_s_word(extractors):
    text = "Bộ Tư lệnh Bộ đội biên phòng Hà Tĩnh và Bộ Chỉ huy BĐBP tỉnh Hà Tĩnh phối hợp; Bộ Tư lệnh BĐBP Việt Nam chỉ đạo."
    assert [x.key for x in mentions(extractors, text)] == [
        "border-guard-command-ha-tinh", "border-guard-command-ha-tinh", "border-guard-command"]
    # "Ban Chỉ huy Bộ đội Biên phòng" without its province: the one province's command the article names
    text = "Ban Chỉ huy Bộ đội Biên phòng chỉ đạo đồn. Bộ Chỉ huy BĐBP tỉnh Hà Tĩnh phối hợp."
    assert {x.key for x in mentions(extractors, text)} == {"border-guard-command-ha-tinh"}


def test_a_port_s_border_command_with_its_abbreviation_inside(extractors):
    text = ("Ban Chỉ huy Biên phòng Cửa khẩu (BPCK) Cảng Hòn Gai trực 24/24. Ban chỉ huy BPCK Cảng Hòn Gai kiểm tra tàu; "
            "Trạm BPCK cảng Cái Lân phối hợp.")
    found = mentions(extractors, text)
    assert [x.text for x in found] == ["Ban Chỉ huy Biên phòng Cửa khẩu (BPCK) Cảng Hòn Gai", "Ban chỉ huy BPCK Cảng Hòn Gai",
                                       "Trạm BPCK cảng Cái Lân"]
    assert found[0].key == found[1].key


def test_a_numbered_ward_keeps_its_number_and_an_outpost_figure_is_no_post(extractors):
    assert names(extractors, "Chủ tịch HĐND phường Móng Cái 2 và UBND phường Móng Cái 1 dự.") == [
        "HĐND phường Móng Cái 2", "UBND phường Móng Cái 1"]
    assert names(extractors, "Những người lính nơi tiền đồn Tây Nam Tổ quốc luôn vững vàng.") == []
    assert names(extractors, "Ảnh: Báo Pháp Luật TP.HCM.") == ["Báo Pháp Luật TP.HCM"]


def test_boards_named_in_lower_case_and_bodies_of_a_city(extractors):
    text = ("Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Sơn La họp; Ban Chỉ huy Phòng thủ dân sự thành phố "
            "Hải Phòng và Chi đội Công an Biên phòng thành phố Đông Hưng phối hợp. Theo Báo Bảo vệ pháp luật, vụ việc đã rõ.")
    assert names(extractors, text) == [
        "Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Sơn La",
        "Ban Chỉ huy Phòng thủ dân sự thành phố Hải Phòng", "Chi đội Công an Biên phòng thành phố Đông Hưng",
        "Báo Bảo vệ pháp luật"]


def test_codes_gates_and_numbered_clusters_finish_a_name(extractors):
    text = ("Phòng PC 04, Công an tỉnh Lạng Sơn, phối hợp với Đồn Công an Cửa khẩu quốc tế Bavet và Cụm cơ động chó nghiệp "
            "vụ số 2. Tổ chức đã trao tổng số 12 suất quà.")
    assert names(extractors, text) == ["Phòng PC 04", "Công an tỉnh Lạng Sơn", "Đồn Công an Cửa khẩu quốc tế Bavet",
                                       "Cụm cơ động chó nghiệp vụ số 2"]


def test_a_unit_named_by_its_kind_and_number_joins_its_full_name(extractors):
    found = mentions(extractors, "Police Guard Regiment 600 trained cadets. Regiment 600 thanked the Academy.")
    assert [x.text for x in found] == ["Police Guard Regiment 600", "Regiment 600"]
    assert found[0].key == found[1].key


def test_numbered_hospitals_companies_before_and_and_numbered_committees_of_a_province(extractors):
    text = "Bệnh viện Quân y 6 và Công ty TNHH MTV Cao su Lai Châu và Tổng Công ty 15 hỗ trợ."
    assert names(extractors, text)[:2] == ["Bệnh viện Quân y 6", "Công ty TNHH MTV Cao su Lai Châu"]
    text = "Steering Committee 389 of Tay Ninh province and the Vietnam General Confederation of Labour met."
    assert names(extractors, text) == ["Steering Committee 389 of Tay Ninh province", "Vietnam General Confederation of Labour"]


def test_the_office_of_both_delegations_is_one_body(extractors):
    assert names(extractors, "Văn phòng Đoàn ĐBQH và HĐND tỉnh Lai Châu tham dự.") == [
        "Văn phòng Đoàn ĐBQH và HĐND tỉnh Lai Châu"]


def test_a_post_by_its_number_alone_and_small_numbered_units(extractors):
    found = mentions(extractors, "Đồn Biên phòng 209 tiếp quản địa bàn; Đồn 209 có Phân đội 23 và Tiểu đội 3.")
    assert [x.text for x in found] == ["Đồn Biên phòng 209", "Đồn 209", "Phân đội 23", "Tiểu đội 3"]
    assert found[0].key == found[1].key
    assert names(extractors, "Đồn 30 người trực Tết.") == []  # a count of people, no post


def test_the_forces_name_before_1979_its_posts_and_its_provincial_forces(extractors):
    text = "Đồn CANDVT 209 thuộc Công an nhân dân vũ trang tỉnh Quảng Ninh, tiền thân là Công an nhân dân vũ trang."
    found = mentions(extractors, text)
    assert [x.text for x in found] == ["Đồn CANDVT 209", "Công an nhân dân vũ trang tỉnh Quảng Ninh",
                                       "Công an nhân dân vũ trang"]
    assert dict(found[1].data)["level"] == "provincial"
    english = mentions(extractors, "The People's Armed Security Force was renamed the Border Guard in 1979.")
    assert english[0].key == found[2].key


def test_central_bodies_with_trung_uong_written_short(extractors):
    text = "Ông là Ủy viên T.Ư Đảng, Bí thư Đảng ủy Quân sự T.Ư, Trưởng Ban tổ chức TƯ, thành viên Hội đồng Lý luận TW."
    keys = [x.key for x in mentions(extractors, text)]
    english = [x.key for x in mentions(extractors, "The Party Central Committee, the Central Military Commission, the "
                                                   "Central Organisation Commission and the Central Theoretical Council met.")]
    assert keys == english


def test_a_d_written_as_an_eth_is_read_as_d():
    from docs_gen.decode import normalise
    assert normalise("Ðồn Biên phòng Tam Giang Tây, Ðảng ủy xã") == "Đồn Biên phòng Tam Giang Tây, Đảng ủy xã"
    assert normalise("Guðmundur Ðórsson visited Reykjavík.") == "Guðmundur Ðórsson visited Reykjavík."  # no Vietnamese: kept


def test_schools_named_after_a_commune_or_numbered_in_a_town(extractors):
    assert names(extractors, "Em học Trường Tiểu học Phú Hội và Trường Mầm non Hoa Sen.") == [
        "Trường Tiểu học Phú Hội", "Trường Mầm non Hoa Sen"]
    assert names(extractors, "Em học Trường Tiểu học 4 Sông Đốc, thị trấn Sông Đốc.") == ["Trường Tiểu học 4 Sông Đốc"]
    assert names(extractors, "Em học Trường THCS số 2 Hòa Bình.") == ["Trường THCS số 2 Hòa Bình"]
    assert names(extractors, "Trường Tiểu học 3 em đều giỏi.") == []  # the kind of school, no name


def test_liaison_boards_emulation_councils_and_state_forestry_farms(extractors):
    assert names(extractors, "Ban liên lạc truyền thống BĐBP Nghệ An gặp mặt cán bộ Lâm trường Hải Sơn.") == [
        "Ban liên lạc truyền thống BĐBP Nghệ An", "Lâm trường Hải Sơn"]
    assert names(extractors, "Hội đồng Thi đua khen thưởng tỉnh Lai Châu họp; Ban Chỉ huy khen thưởng 10 cá nhân.") == [
        "Hội đồng Thi đua khen thưởng tỉnh Lai Châu"]


def test_a_provinces_police_written_with_a_possessive_and_a_ministrys_department(extractors):
    found = mentions(extractors, "The case went to Thanh Hoa province’s police, then to the Công an tỉnh Thanh Hóa.")
    assert [x.text for x in found] == ["Thanh Hoa province’s police", "Công an tỉnh Thanh Hóa"]
    assert found[0].key == found[1].key
    assert names(extractors, "The Agriculture Ministry’s Fisheries Administration fined them.") == [
        "Agriculture Ministry", "Fisheries Administration"]
    assert [x.key for x in mentions(extractors, "The Defence Ministry and the Foreign Ministry met.")] == [
        "ministry-of-national-defence", "ministry-of-foreign-affairs"]


def test_a_post_by_its_number_then_its_name_and_posts_listed_with_where_they_are(extractors):
    found = mentions(extractors, "Đồn Biên phòng 669 Đắc Nhoong tặng quà; Đồn Biên phòng 669 cảm ơn.")
    assert [x.text for x in found] == ["Đồn Biên phòng 669 Đắc Nhoong", "Đồn Biên phòng 669"]
    assert found[0].key == found[1].key
    assert names(extractors, "Đồn Biên phòng 669 Đại tá Nguyễn Văn An chỉ huy.") == ["Đồn Biên phòng 669"]
    assert names(extractors, "Các Đồn Biên phòng Cửa Đại (TP.Hội An), Kỳ Hà (Núi Thành) trực bão.") == [
        "Đồn Biên phòng Cửa Đại", "Kỳ Hà"]


def test_joint_stock_companies_written_in_lower_case(extractors):
    assert names(extractors, "Công ty cổ phần Việt Nhân Nghệ An tài trợ 50 suất quà.") == ["Công ty cổ phần Việt Nhân Nghệ An"]
    assert names(extractors, "Nhiều công ty cổ phần hóa xong.") == []


def test_an_abbreviation_is_written_in_capitals_and_lower_case_heads_of_a_district(extractors):
    assert names(extractors, "Who will help them? The WHO sent masks.") == ["WHO"]
    found = mentions(extractors, "He went to Muong Lat District’s health centre, then to the Muong Lat district health center.")
    assert len({x.key for x in found}) == 1 and len(found) == 2
    assert names(extractors, "Supplies went to the Tay Ninh provincial police force.") == ["Tay Ninh provincial police force"]


def test_no_body_in_the_forces_name_two_governments_or_a_river(extractors):
    assert names(extractors, "Luật Biên Phòng Việt Nam được Quốc hội thông qua.") == ["Quốc hội"]
    assert names(extractors, "In 2016 the Vietnamese and Lao Governments signed a protocol.") == []
    assert names(extractors, "The Sở Thượng River flooded Mỏng village.") == []
    assert names(extractors, "Ban Soạn thảo Luật Biên phòng Việt Nam họp.") == ["Ban Soạn thảo Luật Biên phòng Việt Nam"]


def test_a_lao_provinces_security_police_and_fisheries_surveillance(extractors):
    assert names(extractors, "Đồn phối hợp với An ninh tỉnh Khăm Muộn (Lào) phá chuyên án.") == ["An ninh tỉnh Khăm Muộn"]
    assert names(extractors, "An ninh tỉnh Lào Cai được giữ vững.") == []  # security, no body
    assert names(extractors, "Chi cục Thủy sản và Kiểm ngư tỉnh Quảng Trị làm việc với chủ tàu.") == [
        "Chi cục Thủy sản và Kiểm ngư tỉnh Quảng Trị"]


def test_the_prime_minister_s_title_names_no_government(extractors):
    text = "Ngày 3-3-1959, Thủ tướng Chính phủ ra Nghị định số 100. Phó Thủ tướng Chính phủ dự. Chính phủ ban hành nghị quyết."
    assert [x.key for x in mentions(extractors, text)] == ["government"]  # the last sentence's alone


def test_a_company_named_by_its_legal_form_its_trade_in_lower_case_and_its_brand(extractors):
    text = ("Các đơn vị đồng hành (Công ty cổ phần thực phẩm HIDA, Công ty TNHH MTV xuất nhập khẩu Hưng Thịnh) tặng quà. "
            "Công ty CP đầu tư Hoàng Anh Gia Lai hỗ trợ.")
    assert names(extractors, text) == [
        "Công ty cổ phần thực phẩm HIDA", "Công ty TNHH MTV xuất nhập khẩu Hưng Thịnh", "Công ty CP đầu tư Hoàng Anh Gia Lai"]
    text = "Công ty cổ phần đã trao 50 suất quà cho Đồn Biên phòng Pa Vây Sử."
    assert names(extractors, text) == ["Đồn Biên phòng Pa Vây Sử"]


def test_a_body_s_branch_of_a_mass_organisation_is_one_name(extractors):
    text = ("Chi đoàn Đồn Biên phòng Phúc Sơn kết nghĩa với Đoàn Thanh niên xã. Hội Phụ nữ Bộ Chỉ huy BĐBP tỉnh Nghệ An trao quà. "
            "Công đoàn Báo Pháp luật TP.HCM tặng quà.")
    assert names(extractors, text) == ["Chi đoàn Đồn Biên phòng Phúc Sơn", "Đoàn Thanh niên", "Hội Phụ nữ Bộ Chỉ huy BĐBP tỉnh Nghệ An",
                                       "Công đoàn Báo Pháp luật TP.HCM"]
    assert [x.key for x in mentions(extractors, "Chi đoàn Đồn Biên phòng Phúc Sơn ra quân.")] == ["chi-doan-border-post-phuc-son"]


def test_a_body_named_short_is_the_one_the_article_names_in_full(extractors):
    text = ("Hội CCB tỉnh Điện Biên phối hợp với BĐBP. Hội CCB Điện Biên đã ký kết. Hội CCB cũng tham gia.\n\n"
            "Hội LHPN xã Mường Chanh và Hội LHPN xã cùng làm.")
    assert {x.key for x in mentions(extractors, text)} == {"veterans-association-dien-bien", "womens-union-muong-chanh-commune"}
    text = "Công an thị trấn Mường Tè, Công an huyện Mường Tè và UBND xã Mường Tè họp."  # levels tell bodies apart
    assert len({x.key for x in mentions(extractors, text)}) == 3


def test_fields_joined_by_an_ampersand_a_hero_title_and_a_person_after_a_head(extractors):
    assert names(extractors, "Sở TT&TT tỉnh Bình Phước, Sở NN&PTNT và Sở LĐ-TB&XH ký kết.") == [
        "Sở TT&TT tỉnh Bình Phước", "Sở NN&PTNT", "Sở LĐ-TB&XH"]
    assert names(extractors, "Quân đội nhân dân Việt Nam Anh hùng ra đời năm 1944.") == ["Quân đội nhân dân Việt Nam"]
    assert names(extractors, "Chủ tịch Hội Nguyễn Thị Cúc trao quà.") == []


def test_a_person_after_a_department_and_its_level_is_no_place_of_the_body(extractors):
    text = "Giám đốc Sở TT&TT tỉnh Nguyễn Minh Bình phát biểu. Phó Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Trần Văn Hải dự."
    assert names(extractors, text) == ["Sở TT&TT tỉnh", "Sở Lao động - Thương binh và Xã hội tỉnh"]
    article = read_article(f"Headline for the test\n\n{text}\n", "t.txt").article
    assert [x.text for _, x in extract_article(article, extractors).mentions if x.kind == m.PERSON] == ["Nguyễn Minh Bình", "Trần Văn Hải"]
    assert names(extractors, "Sở TT&TT tỉnh Hà Giang và UBND tỉnh Cao Bằng dự.") == ["Sở TT&TT tỉnh Hà Giang", "UBND tỉnh Cao Bằng"]


def test_an_adverb_a_glued_dash_and_the_command_abbreviated_end_or_open_names(extractors):
    assert names(extractors, "Năm 2018, Đảng ủy Bộ Chỉ huy Bộ đội Biên phòng thường xuyên trao đổi thông tin.") == [
        "Đảng ủy Bộ Chỉ huy Bộ đội Biên phòng"]
    assert names(extractors, "Chị Đỗ Thị Hảo-Chủ tịch Hội LHPN xã Ia Nan-thông tin về việc này.") == ["Hội LHPN xã Ia Nan"]
    assert [x.key for x in mentions(extractors, "BCH quân sự tỉnh, Bộ đội biên phòng tỉnh và Công an tỉnh Quảng Ninh họp.")] == [
        "military-command-quang-ninh", "border-guard-command-quang-ninh", "police-quang-ninh"]


def test_a_lao_or_cambodian_province_s_police_service_and_a_body_of_a_country_by_its_formal_name(extractors):
    assert names(extractors, "Trung tướng Ou Sobonna, Giám đốc Ty Công an tỉnh Kra Chê, phát biểu.") == [
        "Ty Công an tỉnh Kra Chê"]
    assert names(extractors, "Đoàn đại biểu Bộ Quốc phòng nước CHDCND Lào và Bộ Quốc phòng nước Cộng hòa xã hội chủ nghĩa "
                             "Việt Nam hội đàm.") == ["Bộ Quốc phòng nước CHDCND Lào",
                                                   "Bộ Quốc phòng nước Cộng hòa xã hội chủ nghĩa Việt Nam"]
    keys = [x.key for x in mentions(extractors, "Bộ Quốc phòng nước Cộng hoà xã hội chủ nghĩa Việt Nam cử đoàn.")]
    assert keys == ["ministry-of-national-defence"]  # ours keeps its page


def test_a_name_ends_before_a_half_word_and_officers_are_no_ministry(extractors):
    assert names(extractors, "Bà Lan đến thăm học viên Học viện Biên phòng nhân dịp kỷ niệm 64 năm thành lập.") == [
        "Học viện Biên phòng"]
    assert names(extractors, "Cán bộ Học viện Cảnh sát nhân dân dự lễ.") == ["Học viện Cảnh sát nhân dân"]
    assert names(extractors, "Hội Doanh nhân Buôn Ma Thuột tặng quà.") == ["Hội Doanh nhân Buôn Ma Thuột"]
    assert names(extractors, "Thiếu tá Tuấn, Đội trưởng Đội Vận động quần chúng, cho biết.") == []  # a kind of team
    assert names(extractors, "Ông cùng các thành viên Ban Công tác Mặt trận đi tuyên truyền.") == ["Ban Công tác Mặt trận"]
    assert names(extractors, "Cán bộ Công an nhân dân và chiến sĩ Bộ đội Biên phòng trực Tết.") == []
    assert names(extractors, "Đại diện Bộ Công an dự hội nghị.") == ["Bộ Công an"]


def test_a_company_s_trade_in_sentence_case_and_the_banks_and_groups_that_sponsor_the_border(extractors):
    assert names(extractors, "Trường nhận 100 suất quà từ Công ty TNHH Một thành viên Xổ số kiến thiết Điện Biên.") == [
        "Công ty TNHH Một thành viên Xổ số kiến thiết Điện Biên"]
    assert names(extractors, "Công ty cổ phần Hòa Bình tặng quà Đồn Biên phòng Sín Thầu.") == [
        "Công ty cổ phần Hòa Bình", "Đồn Biên phòng Sín Thầu"]
    keys = [x.key for x in mentions(extractors, "Ngân hàng CSXH và Viettel hỗ trợ. The Vietnam Bank for Social Policies "
                                                "and Viettel Group gave loans.")]
    assert keys == ["vietnam-bank-for-social-policies", "viettel", "vietnam-bank-for-social-policies", "viettel"]


def test_a_body_named_with_its_level_alone_is_the_article_s_province_s_in_both_languages(extractors):
    text = ("Đoàn đến xã Lũng Cú, huyện Đồng Văn, tỉnh Hà Giang. Đại diện Hội Nông dân tỉnh và Ngân hàng CSXH tỉnh dự. "
            "Hội Nông dân tỉnh Hà Giang tặng quà.")
    found = [(x.text, x.key) for x in mentions(extractors, text)]
    assert found == [("Hội Nông dân tỉnh", "farmers-association-ha-giang"), ("Ngân hàng CSXH tỉnh", "ngan-hang-csxh-tinh-ha-giang"),
                     ("Hội Nông dân tỉnh Hà Giang", "farmers-association-ha-giang")]
    assert [x.key for x in mentions(extractors, "Hội Nông dân tỉnh tặng quà.")] == ["hoi-nong-dan-tinh"]  # whose, unsaid
    text = "Đoàn đến xã Sín Thầu, huyện Mường Nhé. Hội Phụ nữ xã và Hội Nông dân huyện tặng quà."
    assert [x.key for x in mentions(extractors, text)] == ["womens-union-sin-thau-commune", "farmers-association-muong-nhe"]
    text = "Đoàn đến xã Sín Thầu và xã Chung Chải. Hội Phụ nữ xã tặng quà."
    assert [x.key for x in mentions(extractors, text)] == ["hoi-phu-nu-xa"]  # which of the two, unsaid
    text = ("The delegation visited Lung Cu commune, Ha Giang province. The provincial Women's Union and the provincial Department "
            "of Health sent doctors.")
    assert [(x.text, x.key) for x in mentions(extractors, text)] == [
        ("provincial Women's Union", "womens-union-ha-giang"),
        ("provincial Department of Health", "ha-giang-provincial-department-of-health")]
    assert mentions(extractors, "The provincial Women's Union helped.") == []  # not the national union


def test_immigration_stations_and_police_posts_forest_boards_and_the_city_written_short(extractors):
    text = ("Trạm Kiểm tra Biên phòng xuất, nhập cảnh Thạc Long bắt giữ đối tượng. Đồn Công an xuất nhập cảnh cửa khẩu Sôm Rông "
            "bàn giao đối tượng cho Công an TPHCM. Ban quản lý rừng phòng hộ Ia Grai tuần tra. Ban quản lý dự án họp.")
    assert names(extractors, text) == ["Trạm Kiểm tra Biên phòng xuất, nhập cảnh Thạc Long",
                                       "Đồn Công an xuất nhập cảnh cửa khẩu Sôm Rông", "Công an TPHCM",
                                       "Ban quản lý rừng phòng hộ Ia Grai"]


def test_a_peoples_council_is_a_body_of_its_own_beside_the_committee(extractors):
    vi = "HĐND tỉnh Lai Châu, UBND tỉnh Lai Châu và Hội đồng nhân dân huyện Phong Thổ dự hội nghị."
    assert [x.key for x in mentions(extractors, vi)] == [
        "peoples-council-lai-chau", "peoples-committee-lai-chau", "peoples-council-phong-tho"]
    en = "The Lai Chau Provincial People's Council and the Lai Chau Provincial People's Committee attended."
    assert [x.key for x in mentions(extractors, en)] == ["peoples-council-lai-chau", "peoples-committee-lai-chau"]


# --- bodies listed by their kind, their owner named once at the end of the list ----------------------

def keys(extractors, text: str) -> dict[str, str]:
    """Each organisation's words as written -> its key (the last mention of a text wins)."""
    return {x.text: x.key for x in mentions(extractors, text)}


def test_bodies_listed_before_the_last_share_its_owner_in_vietnamese(extractors):
    found = [(x.text, x.key) for x in mentions(extractors, "Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Mường Pồn tặng quà.")]
    assert found == [("Đảng ủy", "party-committee-muong-pon-commune"), ("HĐND", "peoples-council-muong-pon-commune"),
                     ("UBND", "peoples-committee-muong-pon-commune"),
                     ("Ủy ban MTTQ Việt Nam xã Mường Pồn", "fatherland-front-muong-pon-commune")]
    # each is the body its full name keys: "UBND" here is "UBND xã Mường Pồn"
    assert keys(extractors, "UBND xã Mường Pồn họp.")["UBND xã Mường Pồn"] == "peoples-committee-muong-pon-commune"
    # two posts of one person: "Bí thư Đảng ủy, Chủ tịch UBND xã X" is the commune's Party committee
    assert keys(extractors, "Ông Lò Văn Pẩng, Bí thư Đảng ủy, Chủ tịch UBND xã Sín Thầu cho biết.")["Đảng ủy"] == \
        "party-committee-sin-thau-commune"
    assert keys(extractors, "Bà Lường Thị Ơn, Phó Chủ tịch UBND, Chủ tịch HĐND xã Sín Thầu phát biểu.")["UBND"] == \
        "peoples-committee-sin-thau-commune"
    # a unit's Party committee, before the unit's political officer: "Bí thư Đảng ủy, Chính ủy BĐBP tỉnh X"
    assert keys(extractors, "Đại tá Hà Văn Tới, Bí thư Đảng ủy, Chính ủy BĐBP tỉnh Lai Châu phát biểu.")["Đảng ủy"] == \
        "dang-uy-border-guard-command-lai-chau"
    assert keys(extractors, "Quán triệt chỉ đạo của Đảng ủy, Bộ tư lệnh BĐBP, đơn vị đã hoàn thành.")["Đảng ủy"] == \
        "border-guard-party-committee"


def test_two_party_committees_written_alike_stay_two_bodies(extractors):
    found = [x.key for x in mentions(extractors, "Thực hiện chỉ đạo của Đảng ủy, Bộ tư lệnh BĐBP, Đảng ủy, Bộ Chỉ huy BĐBP "
                                                 "tỉnh Kon Tum đã ban hành kế hoạch.") if x.text == "Đảng ủy"]
    assert found == ["border-guard-party-committee", "dang-uy-border-guard-command-kon-tum"]


def test_a_list_without_an_owner_after_it_keys_nothing(extractors):
    # "Ủy ban nhân dân" ends the list with no place: no owner to share
    assert "Đảng ủy" not in names(extractors, "Thường trực Đảng ủy, Ủy ban nhân dân, các ngành của xã cùng dự.")
    # a title after the list that follows no first post is not a second post: "Công an, Chủ tịch UBND xã"
    assert "Công an" not in names(extractors, "Sau đó, Công an, Chủ tịch UBND xã Mường Lát đã đến hiện trường.")


def test_bodies_listed_before_the_last_share_its_owner_in_english(extractors):
    found = [(x.text, x.key) for x in mentions(
        extractors, "A delegation from the Party Committee, People’s Council, People’s Committee and Fatherland Front "
                    "Committee of Tam Duong district visited the post.")]
    assert found == [("Party Committee", "party-committee-tam-duong"), ("People’s Council", "peoples-council-tam-duong"),
                     ("People’s Committee", "peoples-committee-tam-duong"),
                     ("Fatherland Front Committee of Tam Duong district", "fatherland-front-tam-duong")]
    assert keys(extractors, "Leaders of the Police and the Military Command of Lai Chau province attended.")["Police"] == \
        "police-lai-chau"


def test_a_post_s_command_party_committee_and_teams_are_keyed_by_the_post(extractors):
    assert keys(extractors, "The Command of the Ma Lu Thang Border Guard Station met.").popitem()[1] == "border-post-ma-lu-thang"
    assert keys(extractors, "The Party Committee of the Ma Lu Thang Border Guard Station met.").popitem()[1] == \
        "dang-uy-border-post-ma-lu-thang"
    assert keys(extractors, "The Mass Mobilisation Team of Ma Lu Thang Border Post met villagers.") == {
        "Mass Mobilisation Team": "mass-mobilisation-team-border-post-ma-lu-thang", "Ma Lu Thang Border Post": "border-post-ma-lu-thang"}
    assert keys(extractors, "The Party Committee of the Lai Chau Provincial Border Guard Command met.").popitem()[1] == \
        "dang-uy-border-guard-command-lai-chau"
    assert keys(extractors, "Đảng ủy Bộ Chỉ huy BĐBP tỉnh Lai Châu họp.").popitem()[1] == "dang-uy-border-guard-command-lai-chau"
    assert keys(extractors, "The Party Committee of Sin Thau commune met.").popitem()[1] == "party-committee-sin-thau-commune"


def test_a_lower_case_word_with_a_diacritic_is_not_a_capital(extractors):
    # "đã", "được", "ở" open in lower case: "UBND tỉnh đã" is the province's committee, no "UBND tỉnh Đã"
    assert keys(extractors, "Đoàn công tác của tỉnh Lai Châu gồm lãnh đạo UBND tỉnh đã đến thăm bản.")["UBND tỉnh"] == \
        "peoples-committee-lai-chau"
    assert keys(extractors, "Tỉnh Điện Biên có 6 huyện biên giới. Công an tỉnh được giao chủ trì.")["Công an tỉnh"] == \
        "police-dien-bien"


def test_a_local_chapter_of_a_mass_organisation_is_not_the_national_one(extractors):
    assert names(extractors, "The Women’s Union chapter of Nam Cuoi commune gave gifts to the post.") == [
        "Women’s Union chapter of Nam Cuoi commune"]
    assert names(extractors, "The Youth Union organization of Sin Thau commune planted trees.") == [
        "Youth Union organization of Sin Thau commune"]
    assert names(extractors, "The Party Cell of Huoi Lu village met on Monday.") == ["Party Cell of Huoi Lu village"]
    assert [x.key for x in mentions(extractors, "The Vietnam Women’s Union gave gifts.")] == ["vietnam-womens-union"]
    assert names(extractors, "He met the Party Cell secretary and the People’s Council chairman.") == []


def test_a_place_before_its_level_word_is_no_person_ending_a_body(extractors):
    # "Lo" is a family name, but "… of Si Lo Lau commune" ends in a commune, not a person's name
    assert names(extractors, "Members of the Youth Union of Si Lo Lau commune helped.") == ["Youth Union of Si Lo Lau commune"]
    assert "Hoang Van Nam" not in names(extractors, "The Department of Foreign Affairs Hoang Van Nam said.")


def test_a_province_s_peoples_council_named_by_its_level_alone(extractors):
    assert keys(extractors, "In An Giang province, the provincial People’s Council met.")["provincial People’s Council"] == \
        "peoples-council-an-giang"
    assert keys(extractors, "Tỉnh Lai Châu chuẩn bị bầu cử. HĐND tỉnh đã họp phiên bất thường.")["HĐND tỉnh"] == \
        "peoples-council-lai-chau"


def test_a_numbered_unit_keeps_the_force_it_belongs_to_and_dbp_names_a_post(extractors):
    assert names(extractors, "Hải đoàn 18 Bộ đội Biên phòng đã bắt giữ tàu cá.") == ["Hải đoàn 18 Bộ đội Biên phòng"]
    assert names(extractors, "Phân đội 120 Công an nhân dân vũ trang chiến đấu anh dũng.") == [
        "Phân đội 120 Công an nhân dân vũ trang"]
    cambodian = mentions(extractors, "Tiểu đoàn 511 Cảnh sát Biên phòng Campuchia tuần tra cùng đồn.")
    assert [(x.text, x.get("level")) for x in cambodian] == [("Tiểu đoàn 511 Cảnh sát Biên phòng Campuchia", "foreign")]
    # "ĐBP", the post's abbreviation, before its name or its number
    assert keys(extractors, "Cán bộ ĐBP Ia Chía và BĐBP tỉnh Gia Lai đến thăm bản.")["ĐBP Ia Chía"] == "border-post-ia-chia"
    assert keys(extractors, "Cán bộ ĐBP 309 đến thăm bản.")["ĐBP 309"] == "border-post-309"
    assert names(extractors, "BĐBP tỉnh Gia Lai đến thăm bản.") == ["BĐBP tỉnh Gia Lai"]


def test_a_post_s_team_named_by_what_it_does_is_that_post_s(extractors):
    text = ("Đồn Biên phòng Sín Thầu đóng trên địa bàn xã. Đội vận động quần chúng của Đồn đã xuống bản.\n\n"
            "Đội Vận động quần chúng Đồn Biên phòng Mường Nhé cũng tham gia.")
    found = {(x.text, x.key) for x in mentions(extractors, text)}
    assert ("Đội vận động quần chúng", "doi-van-dong-quan-chung-border-post-sin-thau") in found
    assert ("Đội Vận động quần chúng", "doi-van-dong-quan-chung-border-post-muong-nhe") in found
    english = "Tam Hop Border Guard Station is in Nghe An. The Mass Mobilization Team visited 20 households."
    assert ("Mass Mobilization Team", "mass-mobilization-team-border-post-tam-hop") in {
        (x.text, x.key) for x in mentions(extractors, english)}
    # no post in the article: no one's team to name
    assert names(extractors, "Đội vận động quần chúng đã xuống bản giúp dân.") == []


def test_a_board_or_centre_named_by_its_field_then_the_place_it_serves(extractors):
    assert names(extractors, "Ban chỉ đạo phòng chống dịch COVID-19 thị xã Tân Châu đã họp.") == [
        "Ban chỉ đạo phòng chống dịch COVID-19 thị xã Tân Châu"]
    assert names(extractors, "Ban phòng chống lụt bão huyện Bù Đốp họp khẩn.") == ["Ban phòng chống lụt bão huyện Bù Đốp"]
    assert names(extractors, "Trung tâm y tế huyện Mường Tè cử bác sĩ lên bản.") == ["Trung tâm y tế huyện Mường Tè"]
    # a verb between: the sentence goes on, no body of that name
    assert names(extractors, "Ban tổ chức đã về xã Sín Thầu trao quà.") == []


def test_the_station_named_by_its_kind_alone_is_the_article_s_one_post(extractors):
    text = "Ma Lu Thang Border Guard Station is in Lai Chau. The Border Guard Station helped 20 households."
    assert [x.key for x in mentions(extractors, text)] == ["border-post-ma-lu-thang", "border-post-ma-lu-thang"]
    two = "Ma Lu Thang Border Guard Station and Huoi Luong Border Guard Station met. The Border Guard Station helped."
    assert [x.key for x in mentions(extractors, two)] == ["border-post-ma-lu-thang", "border-post-huoi-luong"]


def test_the_party_committee_named_before_the_body_it_leads_in_english(extractors):
    text = "Colonel Lo Van Minh, Secretary of the Party Committee, Political Commissar of the Lai Chau Provincial Border Guard Command, spoke."
    assert keys(extractors, text)["Party Committee"] == "dang-uy-border-guard-command-lai-chau"
    text = "Deputy Secretary of the Party Committee and Chairman of the People's Council of Sin Thau commune, Lo Van Pang, said."
    assert keys(extractors, text)["Party Committee"] == "party-committee-sin-thau-commune"
    assert keys(extractors, "The units advise the Party Committee, Border Guard Command on tasks.")["Party Committee"] == \
        "border-guard-party-committee"


def test_a_province_s_customs_named_without_its_level(extractors):
    assert keys(extractors, "Lực lượng Hải quan Hà Tĩnh phối hợp bắt giữ.")["Hải quan Hà Tĩnh"] == "customs-ha-tinh"
    assert keys(extractors, "Cục Hải quan Lạng Sơn cho biết hàng hóa tăng.")["Cục Hải quan Lạng Sơn"] == "customs-lang-son"
    assert keys(extractors, "Lang Son Customs Department said trade rose.")["Lang Son Customs Department"] == "customs-lang-son"


def test_a_count_after_a_body_s_kind_is_no_unit_number_and_a_numbered_college_keeps_its_number(extractors):
    assert names(extractors, "Lãnh đạo Bộ Chỉ huy Quân sự 10 tỉnh, thành và các đơn vị dự hội nghị.") == []
    assert names(extractors, "Trường Trung cấp 24 Biên phòng đã thành lập Đội tìm kiếm cứu nạn.") == [
        "Trường Trung cấp 24 Biên phòng"]
    assert names(extractors, "Officials of Border Checkpoint A8 stopped the truck; Team K70 searched it.") == [
        "Border Checkpoint A8", "Team K70"]


def test_an_ampersand_joins_a_name_s_words_as_and_does_and_is_keyed_alike(extractors):
    amp = mentions(extractors, "The Bureau of International Narcotics & Law Enforcement Affairs funded the course.")
    spelled = mentions(extractors, "The Bureau of International Narcotics and Law Enforcement Affairs funded it.")
    assert [x.text for x in amp] == ["Bureau of International Narcotics & Law Enforcement Affairs"]
    assert [x.key for x in amp] == [x.key for x in spelled]
    assert list(keys(extractors, "Cục PCMT&TP và Sở TT&TT tỉnh Bình Phước phối hợp.").values()) == [
        "cuc-pcmt-and-tp", "so-tt-and-tt-tinh-binh-phuoc"]


def test_a_body_written_after_its_country_s_possessive_is_named_without_it(extractors):
    found = mentions(extractors, "Officials of Vietnam’s Ministry of National Defense met those of the Vietnamese "
                                 "Ministry of Public Security.")
    assert [(x.text, x.key) for x in found] == [("Ministry of National Defense", "ministry-of-national-defence"),
                                                ("Vietnamese Ministry of Public Security", "ministry-of-public-security")]


def test_a_name_read_past_an_acronym_into_the_sentence_and_bodies_joined_with_a_pagoda_end_in_time(extractors):
    assert names(extractors, "Đoàn công tác của Ban Chỉ huy BĐBP liên tục đến những đơn vị xung yếu.") == ["Ban Chỉ huy BĐBP"]
    assert names(extractors, "Ban Chỉ huy BĐBP tỉnh và UBND xã Ia Chía phối hợp.") == ["Ban Chỉ huy BĐBP tỉnh", "UBND xã Ia Chía"]
    assert names(extractors, "The post worked with the local Department of Education and Training and Prey Chop Pagoda.") == [
        "Department of Education and Training"]


def test_law_titles_and_the_national_motto_name_no_body(extractors):
    assert "Law on Organization of the Government" not in names(
        extractors, "Pursuant to the June 19, 2015 Law on Organization of the Government;")
    assert names(extractors, "SOCIALIST REPUBLIC OF VIET NAM\n\nIndependence - Freedom - Happiness\n\nThe decree applies.") == []


def test_a_numbered_unit_of_a_province_s_border_guard_is_one_body_however_the_force_is_written(extractors):
    found = mentions(extractors, "Hải đội 2 Biên phòng Quảng Trị, Hải đội 2 BĐBP Quảng Trị và Hải đội 2 Bộ đội Biên phòng "
                                 "tỉnh Quảng Trị tuần tra; Hải đội 3 Biên phòng… cũng dự.")
    assert [x.key for x in found] == ["hai-doi-2-bdbp-quang-tri"] * 3 + ["hai-doi-3"]
    assert found[-1].text == "Hải đội 3 Biên phòng"
    assert [(x.text, x.key) for x in mentions(extractors, "Các chốt thuộc Đồn BPCKQT Mộc Bài.")] == [
        ("Đồn BPCKQT Mộc Bài", "border-post-moc-bai")]


def test_a_province_s_youth_union_is_one_body_however_written(extractors):
    found = mentions(extractors, "Tỉnh đoàn Lào Cai, Đoàn TNCS Hồ Chí Minh tỉnh Lào Cai và Đoàn Thanh niên Cộng sản Hồ Chí "
                                 "Minh tỉnh Lào Cai phối hợp.")
    assert [x.key for x in found] == ["youth-union-lao-cai"] * 3


def test_casinos_kindergartens_clinics_and_hotels_are_bodies(extractors):
    assert names(extractors, "They were held at Casino 67 and the Golden Phoenix Entertainment Casino in Bavet.") == [
        "Casino 67", "Golden Phoenix Entertainment Casino"]
    assert names(extractors, "Soldiers visited Sao Mai Kindergarten and the Friendship Military Medical Clinic.") == [
        "Sao Mai Kindergarten", "Friendship Military Medical Clinic"]
    found = mentions(extractors, "Medics of the Military-Civilian Clinic of Ia Rve Border Post examined 200 people.")
    assert [(x.text, x.key) for x in found] == [("Military-Civilian Clinic of Ia Rve Border Post",
                                                 "military-civilian-clinic-border-post-ia-rve")]


def test_a_name_goes_on_through_a_common_two_syllable_word_in_lower_case(extractors):
    assert names(extractors, "Báo Đại Đoàn kết đưa tin về Công ty Hữu nghị Á châu.") == [
        "Báo Đại Đoàn kết", "Công ty Hữu nghị Á châu"]
    assert names(extractors, "Họ bị tạm giữ tại Trung tâm Câu lưu, thuộc Tổng cục Di trú.") == [
        "Trung tâm Câu lưu", "Tổng cục Di trú"]
    assert names(extractors, "Công ty TNHH Thương mại dịch vụ Hoàng Long tài trợ 50 suất quà.") == [
        "Công ty TNHH Thương mại dịch vụ Hoàng Long"]
    # "Chốt trưởng" is the head of a checkpoint, a position
    assert names(extractors, "Đại úy Lê Hồng Nhật, Chốt trưởng chốt số 69, Đồn Biên phòng Trà Cổ nói.") == [
        "Đồn Biên phòng Trà Cổ"]


def test_a_paper_s_name_in_lower_case_or_after_a_place_s_type_word_names_no_paper(extractors):
    assert names(extractors, "“Tuổi trẻ Bộ đội biên phòng có vai trò quan trọng,” ông nói về thanh niên và Lao động.") == []
    assert names(extractors, "Vụ việc xảy ra ở bản Đan, xã Tiền Phong thuộc huyện Quế Phong.") == []
    assert names(extractors, "A fire broke out in Tien Phong hamlet, Thanh Trach commune.") == []
    assert [x.key for x in mentions(extractors, "Theo Tuổi Trẻ và báo Tiền Phong, the General Staff of the Vietnam "
                                                "People’s Army met.")] == ["tuoi-tre", "tien-phong", "general-staff"]


def test_a_river_named_like_a_department_is_a_river(extractors):
    assert names(extractors, "Tổ tuần tra mật phục trên sông Sở Hạ, gần ấp Tân Hòa.") == []


def test_bodies_listed_with_commas_are_each_named_and_a_us_embassy_keeps_its_country(extractors):
    assert names(extractors, "Lãnh đạo Bộ Tư lệnh BĐBP, UBND tỉnh và Bộ Chỉ huy BĐBP tỉnh thăm chốt.") == [
        "Bộ Tư lệnh BĐBP", "UBND tỉnh", "Bộ Chỉ huy BĐBP tỉnh"]
    assert names(extractors, "Bộ Văn hóa, Thể thao và Du lịch phối hợp.") == ["Bộ Văn hóa, Thể thao và Du lịch"]
    found = mentions(extractors, "The DEA officer at the U.S. Embassy in Hanoi met staff of the US Embassy in Hanoi.")
    assert [(x.text, x.key) for x in found] == [("U.S. Embassy in Hanoi", "us-embassy-in-hanoi"),
                                                ("US Embassy in Hanoi", "us-embassy-in-hanoi")]


# --- a name's place written after an abbreviation, a short level or a number word ---------------------

def test_a_commune_named_like_a_number_word_ends_a_school_s_name(extractors):
    assert names(extractors, "Trường Tiểu học xã Ba Nang tổ chức lễ khai giảng.") == ["Trường Tiểu học xã Ba Nang"]
    assert names(extractors, "Ba Nang là xã vùng cao; Trường Tiểu học xã Tân Lập dự.") == ["Trường Tiểu học xã Tân Lập"]


def test_the_city_s_level_written_tp_with_a_small_p(extractors):
    keys = [x.key for x in mentions(extractors, "Bộ chỉ huy BĐBP Tp. HCM và Công an Tp. Hồ Chí Minh phối hợp.")]
    assert keys == ["border-guard-command-ho-chi-minh", "police-ho-chi-minh"]


def test_an_abbreviation_in_brackets_before_the_level_and_place(extractors):
    found = mentions(extractors, "Hội Liên hiệp Phụ nữ (LHPN) xã Vĩnh Xương phối hợp với Hội Liên hiệp Phụ nữ xã Vĩnh Xương.")
    assert [(x.text, x.key) for x in found] == [
        ("Hội Liên hiệp Phụ nữ (LHPN) xã Vĩnh Xương", "womens-union-vinh-xuong-commune"),
        ("Hội Liên hiệp Phụ nữ xã Vĩnh Xương", "womens-union-vinh-xuong-commune")]


def test_a_short_committee_name_then_its_secretary(extractors):
    assert names(extractors, "Bí thư Thành ủy Huế Nguyễn Đình Trung dự lễ.") == ["Thành ủy Huế"]
    article = read_article("Headline for the test\n\nBí thư Thành ủy Huế Nguyễn Đình Trung dự lễ.\n", "t.txt").article
    people = [x.text for _, x in extract_article(article, extractors).mentions if x.kind == m.PERSON]
    assert people == ["Nguyễn Đình Trung"]
    # A place of three words whose second is a family name stays whole.
    assert names(extractors, "Đồn Biên phòng Hoàng Su Phì tổ chức lễ.") == ["Đồn Biên phòng Hoàng Su Phì"]


def test_the_anti_smuggling_bodies_keep_their_lower_case_field(extractors):
    assert names(extractors, "Đội Kiểm soát chống buôn lậu số 2 và Chi cục Điều tra chống buôn lậu phối hợp.") == [
        "Đội Kiểm soát chống buôn lậu số 2", "Chi cục Điều tra chống buôn lậu"]


def test_customs_written_in_capitals_before_its_province(extractors):
    assert [x.key for x in mentions(extractors, "Phối hợp với Công an Hà Tĩnh và Hải Quan Hà Tĩnh đấu tranh.")] == [
        "police-ha-tinh", "customs-ha-tinh"]


def test_a_post_of_the_armed_public_security_force_by_its_number(extractors):
    assert [x.key for x in mentions(extractors, "Ngày 14-6-1975, Đồn Công an nhân dân vũ trang số 53 được thành lập.")] == [
        "armed-police-post-53"]
    assert [x.key for x in mentions(extractors, "Đồn Công an vũ trang 209 Pò Hèn chiến đấu anh dũng năm 1979.")] == [
        "armed-police-post-209"]
    assert [x.key for x in mentions(extractors, "Đồn CANDVT 19 đóng tại Lạng Sơn.")] == ["armed-police-post-19"]
    # the English name of the post meets the Vietnamese one on one page
    assert [x.key for x in mentions(extractors, "In 1979, Armed Public Security Post 209 fought at Po Hen.")] == [
        "armed-police-post-209"]
    assert [x.key for x in mentions(extractors, "The People's Armed Security Force Post No. 53 was set up in 1975.")] == [
        "armed-police-post-53"]


def test_units_faculties_associations_and_comma_written_names(extractors):
    text = ("Khoa Biên phòng của Trường Sĩ quan Công an nhân dân vũ trang, Biên đội III/25 và Binh đoàn 16 dự. "
            "Hội từ thiện Phước Hạnh, Hội Nhà báo tỉnh Vĩnh Phúc trao quà. Cục phòng, chống ma túy và tội phạm BĐBP chủ trì; "
            "Đồn Công an xuất, nhập cảnh CK Sôm Rông phối hợp.")
    assert names(extractors, text) == [
        "Khoa Biên phòng", "Trường Sĩ quan Công an nhân dân vũ trang", "Biên đội III/25", "Binh đoàn 16", "Hội từ thiện Phước Hạnh",
        "Hội Nhà báo tỉnh Vĩnh Phúc", "Cục phòng, chống ma túy và tội phạm BĐBP", "Đồn Công an xuất, nhập cảnh CK Sôm Rông"]
    # the comma changes no page: "phòng, chống" and "Phòng chống" are one name
    assert {x.key for x in mentions(extractors, "Cục phòng, chống ma túy và tội phạm BĐBP và Cục Phòng chống ma túy và tội phạm BĐBP.")} \
        == {"cuc-phong-chong-ma-tuy-va-toi-pham-bdbp"}


def test_posts_listed_after_one_post_s_name_without_a_plural(extractors):
    text = "Đồn Biên phòng Cửa Đại, Hàm Luông và Cổ Chiên tuần tra; Đồn Biên phòng Ia Mơr và Ia Lốp phối hợp."
    assert [x.key for x in mentions(extractors, text)] == [
        "border-post-cua-dai", "border-post-ham-luong", "border-post-co-chien", "border-post-ia-mor", "border-post-ia-lop"]
    for text in ("Đồn Biên phòng Sín Thầu, Lai Châu và Điện Biên tham gia.", "Đồn Biên phòng Cửa Đại và Công an huyện phối hợp.",
                 "Đồn Biên phòng Cửa Đại, Hàm Luông tuần tra.", "Đồn Biên phòng A Xing và Nguyễn Văn An cùng đi.",
                 "Đồn Biên phòng Chí Linh và Phường 11 thi đấu."):
        assert len(mentions(extractors, text)) == 1, text


def test_one_squadron_however_written_and_bodies_inside_ships_and_laws(extractors):
    text = "Hải đội 2 BĐBP Quảng Bình tuần tra. Hải đội Biên phòng 2, Hải đội BP 2 và Hải Đội 2 cũng vậy."
    assert {x.key for x in mentions(extractors, text)} == {"hai-doi-2-bdbp-quang-binh"}
    text = "Tàu Cảnh sát biển 6007 ra khơi theo Luật Cảnh sát biển Việt Nam; Phó Tư lệnh Pháp luật Cảnh sát biển dự."
    assert [x.text for x in mentions(extractors, text)] == ["Cảnh sát biển"]


def test_an_event_named_after_bodies_is_no_body(extractors):
    text = "The 2nd Coast Guard Global Summit opened; the 2nd Border Guard Regiment and the ASEAN Navy Chiefs' Meeting followed."
    assert "2nd Coast Guard" not in names(extractors, text) and "ASEAN Navy" not in names(extractors, text)
    assert "2nd Border Guard Regiment" in names(extractors, text)


def test_our_national_body_s_name_owned_by_another_country_is_not_ours(extractors):
    text = "Đại diện Bộ Tổng tham mưu, Quân đội nhân dân Lào và Ủy viên Trung ương Đảng Nhân dân Campuchia dự."
    assert "general-staff" not in {x.key for x in mentions(extractors, text)}
    assert "party-central-committee" not in {x.key for x in mentions(extractors, text)}
    assert {x.key for x in mentions(extractors, "Bộ Tổng tham mưu và Trung ương Đảng chỉ đạo.")} == {
        "general-staff", "party-central-committee"}


def test_cambodian_units_navy_regions_unions_of_fishers_and_market_watch(extractors):
    text = ("Chi khu quân sự huyện Svay Antor, Tiểu khu quân sự Svay Rieng và Ty Công an Kratie phối hợp với Hải quân vùng 5, "
            "Nghiệp đoàn Nghề cá xã Bình Sơn, Hiệp hội Cựu chiến binh Campuchia, Cục Quản lý thị trường tỉnh Lạng Sơn và "
            "Chi đội Kiểm ngư số 4.")
    assert names(extractors, text) == [
        "Chi khu quân sự huyện Svay Antor", "Tiểu khu quân sự Svay Rieng", "Ty Công an Kratie", "Hải quân vùng 5",
        "Nghiệp đoàn Nghề cá xã Bình Sơn", "Hiệp hội Cựu chiến binh Campuchia", "Cục Quản lý thị trường tỉnh Lạng Sơn",
        "Chi đội Kiểm ngư số 4"]
    assert [x.key for x in mentions(extractors, "Hải quân vùng 5 và Vùng 5 Hải quân.")] == ["naval-region-5", "naval-region-5"]


def test_a_joint_border_committee_named_in_lower_case(extractors):
    text = ("Đại diện Ủy ban liên hợp phân giới cắm mốc biên giới đất liền Việt Nam-Campuchia và Ủy ban Liên hợp phân giới "
            "cắm mốc giữa hai nước dự họp.")
    assert names(extractors, text) == ["Ủy ban liên hợp phân giới cắm mốc biên giới đất liền Việt Nam-Campuchia",
                                       "Ủy ban Liên hợp phân giới cắm mốc giữa hai nước"]


def test_a_district_s_body_named_by_its_level_then_a_province_s(extractors):
    text = ("Đoàn đến xã Sín Thầu, huyện Mường Nhé, tỉnh Điện Biên. Hội Nông dân huyện hỗ trợ vốn; UBND tỉnh Điện Biên "
            "chỉ đạo.\n\nSau đó, UBND tỉnh kiểm tra.")
    assert [x.key for x in mentions(extractors, text)] == [
        "farmers-association-muong-nhe", "peoples-committee-dien-bien", "peoples-committee-dien-bien"]
