"""People: names after titles, positions, all-caps names, one key across spellings."""
from __future__ import annotations

from docs_gen.extract.people import PeopleFinder, normal_case
from docs_gen.gazetteer import PersonAlias

FINDER = PeopleFinder([PersonAlias("ha-van-son", "Hà Văn Sơn", ("Ha Van Son",), 1)], exclude=["Cao Bang", "Cao Bằng"])


def people(text: str, known=()) -> list[tuple[str, str, dict]]:
    return [(x.text, x.key, dict(x.data)) for x in FINDER.find(text, known)]


def test_rank_name_and_position():
    assert people("Major General Dang Van Khoa, Deputy Commander of the Navy, spoke.") == [
        ("Dang Van Khoa", "dang-van-khoa",
         {"name": "Dang Van Khoa", "title": "Major General", "position": "Deputy Commander of the Navy"})]


def test_longest_title_wins_and_dash_apposition():
    text, key, data = people("Lieutenant General Mai Thi Lan - Member of the Central Committee - inspected the post.")[0]
    assert data["title"] == "Lieutenant General" and data["position"] == "Member of the Central Committee"


def test_vietnamese_title_and_position():
    assert people("Thiếu tướng Lò Văn Thắng, Phó Tư lệnh Quân khu 2, kiểm tra đồn.")[0][2] == {
        "name": "Lò Văn Thắng", "title": "Thiếu tướng", "position": "Phó Tư lệnh Quân khu 2"}


def test_all_caps_byline_name_in_normal_case():
    text, key, data = people("Colonel NGUYEN THI MAI, Head of the Propaganda Department")[0]
    assert text == "NGUYEN THI MAI" and data["name"] == "Nguyen Thi Mai" and key == "nguyen-thi-mai"
    assert normal_case("TÔ LÂM") == "Tô Lâm"


def test_position_before_the_name():
    text, _, data = people("Also present was Director of the Provincial Police Department Vi Van Hoa; and others.")[0]
    assert text == "Vi Van Hoa" and data["position"] == "Director of the Provincial Police Department"


def test_spellings_with_and_without_diacritics_share_a_key():
    english = people("Senior Colonel Luong Duc Anh visited.")[0][1]
    vietnamese = people("Đại tá Lương Đức Anh thăm đồn.")[0][1]
    assert english == vietnamese == "luong-duc-anh"


def test_curated_and_known_names_match_without_a_title():
    assert [p[1] for p in people("Ha Van Son and Hà Văn Sơn met Dang Van Khoa.", known=["Dang Van Khoa"])] == [
        "ha-van-son", "ha-van-son", "dang-van-khoa"]


def test_no_false_people():
    for text in ["The General Secretary emphasized the need.", "the Border Guard Command and Colonel of the post",
                 "General Cao Bang province is not a person.", "Secretary of the Party Committee spoke."]:
        assert people(text) == [], text


def test_a_plural_marker_or_a_place_type_word_before_a_family_name_makes_no_person():
    # "Đoàn" is a family name and the word for a corps; "các" (plural) says which.
    assert people("Tại các Đoàn Kinh tế quốc phòng, bộ đội giúp dân trồng rừng.") == []
    assert people("Những Bản Lý Quang và Pò Hèn đã có điện.") == []
    assert people("Thôn Lý Văn Trại nằm sát biên giới.") == []
    # A person named after a plural title keeps it: "các đồng chí" is a title.
    assert [x[0] for x in people("Dự có các đồng chí Đoàn Văn Hưng, Lý Thị Mai.")] == ["Đoàn Văn Hưng", "Lý Thị Mai"]


def test_a_rank_alone_is_no_person():
    assert [x[0] for x in people('"We go where the villagers are," said Major, Doctor Dang Hong Minh, head of the station.')] \
        == ["Dang Hong Minh"]
    assert [x[0] for x in people("Thiếu tá, bác sĩ Nguyễn Văn Nam, Trưởng trạm xá, cho biết.")] == ["Nguyễn Văn Nam"]
