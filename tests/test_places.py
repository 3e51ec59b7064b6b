"""Places and organisations: gazetteer matching and organisation patterns."""
from __future__ import annotations

import functools
from pathlib import Path

from docs_gen.curated import load_curated
from docs_gen.extract.article import extract_article
from docs_gen.extract.places import PlaceFinder
from docs_gen.read import read_article
from docs_gen.gazetteer import Organisation, Place, load_organisations, load_places

PLACES = [Place("ha-giang", "Ha Giang", "Hà Giang", "province", (), 1),
          Place("hoa-binh", "Hoa Binh", "Hòa Bình", "province", (), 2),
          Place("northwest", "Northwest", "Tây Bắc", "region", ("northwestern region",), 3),
          Place("laos", "Laos", "Lào", "country", (), 4)]
ORGS = [Organisation("politburo", "Politburo", "Bộ Chính trị", (), 1),
        Organisation("youth-union", "Youth Union", None, ("youth union",), 2)]
FINDER = PlaceFinder(PLACES, ORGS)


def found(text: str) -> list[tuple[str, str, str]]:
    return [(x.kind, x.text, x.key) for x in FINDER.find(text)]


def test_places_with_and_without_diacritics():
    assert found("From Ha Giang to Hà Giang province and ha giang") == [
        ("place", "Ha Giang", "ha-giang"), ("place", "Hà Giang", "ha-giang")]


def test_common_words_are_not_places():
    assert found("xây dựng biên giới hòa bình, hữu nghị") == []
    assert found("tỉnh Hòa Bình") == [("place", "Hòa Bình", "hoa-binh")]


def test_a_region_is_a_name_when_capitalised_and_a_description_in_lower_case():
    assert found("in the northwestern region of Laos") == [("place", "Laos", "laos")]
    assert found("in the Northwestern Region of Laos") == [
        ("place", "Northwestern Region", "northwest"), ("place", "Laos", "laos")]


def test_organisation_patterns_contain_their_place():
    assert found("the People's Committee of Ha Giang province met") == [
        ("organisation", "People's Committee of Ha Giang province", "peoples-committee-ha-giang"),
        ("place", "Ha Giang", "ha-giang")]
    assert found("Ha Giang Provincial Border Guards patrol")[0] == (
        "organisation", "Ha Giang Provincial Border Guards", "border-guard-command-ha-giang")
    assert found("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Giang")[0][2] == "border-guard-command-ha-giang"
    assert found("UBND tỉnh Hà Giang")[0][2] == "peoples-committee-ha-giang"
    assert found("Military Region 2 Command and Quân khu 2") == [
        ("organisation", "Military Region 2 Command", "military-region-2"), ("organisation", "Quân khu 2", "military-region-2")]


def test_curated_organisations_and_case():
    assert found("the Politburo, Bộ Chính trị and the youth union") == [
        ("organisation", "Politburo", "politburo"), ("organisation", "Bộ Chính trị", "politburo"),
        ("organisation", "youth union", "youth-union")]


def test_real_gazetteer_loads_and_finds_seed_places():
    root = Path(__file__).parent.parent
    places, p1 = load_places(root / "seeds" / "_data" / "places.yml")
    organisations, p2 = load_organisations(root / "seeds" / "_data" / "organisations.yml")
    # the 63 provinces and cities in use until mid-2025, and 13 provinces of 1976 to 2008 since divided
    assert p1 == p2 == [] and len([p for p in places if p.kind in ("province", "city")]) == 63 + 13
    finder = PlaceFinder(places, organisations)
    for prefix, key in [("001", "lang-son"), ("004", "lai-chau")]:
        text = next((root / "seeds").glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
        assert key in {x.key for line in text.splitlines() for x in finder.find(line)}


def test_gazetteer_validation(tmp_path):
    path = tmp_path / "places.yml"
    path.write_text("- {id: a, name: A, kind: province}\n- {id: b, name: B, kind: planet}\n- {id: a, name: C, kind: city}\n",
                    encoding="utf-8")
    places, problems = load_places(path, "places.yml")
    assert [p.id for p in places] == ["a"]
    assert [str(p).split(" (")[0] for p in problems] == [
        "places.yml:2: error: field 'kind': unknown value 'planet'", "places.yml:3: error: field 'id': duplicate id 'a'"]


def test_organisations_say_their_level(tmp_path):
    path = tmp_path / "organisations.yml"
    path.write_text("- {id: a, name: A}\n- {id: b, name: B, level: foreign}\n- {id: c, name: C, level: galactic}\n",
                    encoding="utf-8")
    organisations, problems = load_organisations(path, "organisations.yml")
    assert [(o.id, o.level) for o in organisations] == [("a", "national"), ("b", "foreign")]
    assert [str(p).split(" (")[0] for p in problems] == ["organisations.yml:3: error: field 'level': unknown value 'galactic'"]


def test_an_abbreviation_with_a_dot_and_markers_with_a_decimal_number():
    from docs_gen.curated import load_curated
    from docs_gen.extract.article import extract_article
    from docs_gen.read import read_article
    extractors = load_curated(Path(__file__).parent.parent / "seeds" / "_data").extractors()
    text = "Đối tượng trú tại quận 8, TP.HCM bị bắt gần mốc quốc giới 212.1, cách mốc 21 km. Họ về Ha Giang. Giang nói vậy."
    article = read_article(f"Headline for the test\n\n{text}\n", "t.txt").article
    places = [(x.text, x.key) for _, x in extract_article(article, extractors).mentions if x.kind == "place"]
    assert ("TP.HCM", "ho-chi-minh-city") in places and ("mốc quốc giới 212.1", "marker-212-1") in places
    assert not any(key.startswith("marker-2") and key != "marker-212-1" for _, key in places)


def test_a_quarter_and_an_island_district_by_their_type_words():
    from docs_gen.curated import load_curated
    from docs_gen.extract.article import extract_article
    from docs_gen.read import read_article
    extractors = load_curated(Path(__file__).parent.parent / "seeds" / "_data").extractors()
    text = "Đối tượng trú tại khu phố Thạch Động, phường Tô Châu; huyện đảo Bạch Long Vĩ được hỗ trợ."
    article = read_article(f"Headline for the test\n\n{text}\n", "t.txt").article
    places = {(x.text, x.get("type")) for _, x in extract_article(article, extractors).mentions if x.kind == "place"}
    assert {("khu phố Thạch Động", "village"), ("huyện đảo Bạch Long Vĩ", "district")} <= places


def test_an_adjective_before_a_type_word_names_no_place():
    extractors = load_curated(Path(__file__).resolve().parents[1] / "seeds" / "_data").extractors()
    text = "Female village patriarch Ksor Blam of Ia Mo commune spoke; Remote villages of Muong Te district wait."
    article = read_article(f"Headline\n\n{text}\n", "t.txt").article
    places = [x.key for _, x in extract_article(article, extractors).mentions if x.kind == "place"]
    assert places == ["ia-mo-commune", "muong-te-district"]



@functools.cache
def _extractors():
    return load_curated(Path(__file__).resolve().parents[1] / "seeds" / "_data").extractors()


def article_places(text: str) -> dict[str, str]:
    """The places of a one-paragraph article, as written, with their type."""
    article = read_article(f"Headline for the test\n\n{text}\n", "t.txt").article
    return {x.text: x.get("type") for _, x in extract_article(article, _extractors()).mentions if x.kind == "place"}


def test_a_peak_is_a_mountain():
    assert article_places("Đồn đóng trên đỉnh Khau Lếch, gần đỉnh núi Cốc Pia.") == {
        "đỉnh Khau Lếch": "mountain", "đỉnh núi Cốc Pia": "mountain"}


def test_a_syllable_written_with_i_or_y_is_one_spelling():
    from docs_gen.admin_units import unit_kinds
    from docs_gen.extract.phrases import fold_spelling
    assert unit_kinds("Kì Sơn") == unit_kinds("Kỳ Sơn") != frozenset()
    assert unit_kinds("Qui Nhơn") == unit_kinds("Quy Nhơn") != frozenset()
    assert fold_spelling("bach long vy") == "bach long vi"
    # only a "y" that ends a syllable after a consonant: "uy", "ay" and English words stay
    assert fold_spelling("thuy tay army") == "thuy tay army"


def test_the_fatherland_and_a_heading_s_words_are_no_islands():
    assert article_places("They protect the seas and islands of the Fatherland.") == {}
    assert article_places("Trang chủ Bờ cõi biển đảo Cuộc sống vùng biên") == {}
    assert list(article_places("Người dân bản Ón và đảo Cô Tô đón khách.")) == ["bản Ón", "đảo Cô Tô"]


def test_border_gates_listed_after_namely_or_such_as_and_paired_gates():
    from docs_gen.curated import load_curated
    from pathlib import Path
    finder = load_curated(Path(__file__).parent.parent / "seeds" / "_data").extractors().places
    text = ("Five border gates, namely Chi Ma, Huu Nghi and Coc Nam, were busy. Chi Ma Bilateral Border Gate opened; "
            "the Doc May-Lu Nghi pathway too.")
    keys = [x.key for x in finder.find(text) if x.kind == "place"]
    assert keys[:3] == ["chi-ma-border-gate", "huu-nghi-border-gate", "coc-nam-border-gate"]
    assert "chi-ma-border-gate" == keys[3] and "doc-may-lu-nghi-border-gate" in keys
    keys = [x.key for x in finder.find("Các cửa khẩu như Chi Ma và Cốc Nam mở lại.") if x.kind == "place"]
    assert "chi-ma-border-gate" in keys
