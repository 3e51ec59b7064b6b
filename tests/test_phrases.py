"""The phrase matcher: whole words, longest match, quotes, hyphens, plurals, diacritics."""
from __future__ import annotations

from docs_gen.extract.phrases import PhraseMatcher, fold

MATCHER = PhraseMatcher([
    ("night patrol", "patrol", False), ("night patrol team", "team", False), ("border post", "post", False),
    ("3 cùng", "three", True), ("ba cùng", "three", True), ("Đồn Biên phòng", "station", True),
    ("people's heart", "heart", False), ("Lê", "le", False),
])


def found(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], key) for s, e, key in MATCHER.find(text)]


def test_longest_match_wins_and_whole_words_only():
    assert found("The night patrol team left; a night patrolman did not.") == [("night patrol team", "team")]


def test_case_quotes_hyphens_and_plurals():
    assert found("Two Border-Posts and “border post” and BORDER POST") == [
        ("Border-Posts", "post"), ("border post", "post"), ("BORDER POST", "post")]
    assert found("the people’s heart and the people's heart") == [("people’s heart", "heart"), ("people's heart", "heart")]


def test_sentence_punctuation_ends_a_phrase():
    assert found("a border. Post") == [] and found("night, patrol") == []


def test_diacritics_folded_only_where_allowed():
    assert found("theo phương châm 3 cung và ba cùng; đồn biên phòng; Don Bien phong") == [
        ("3 cung", "three"), ("ba cùng", "three"), ("đồn biên phòng", "station"), ("Don Bien phong", "station")]
    assert found("Le and Lê") == [("Lê", "le")]


def test_offsets_survive_decomposed_and_mixed_text():
    text = "x 3 cùng y"
    (start, end, _), = MATCHER.find(text)
    assert text[start:end] == "3 cùng"


def test_fold():
    assert fold("Đồn Biên Phòng") == "don bien phong"


def test_many_phrases_share_one_trie():
    matcher = PhraseMatcher((f"term {i} of border", f"k{i}", True) for i in range(5000))
    assert matcher.find("the term 4321 of border and term 7 of border") == [(4, 23, "k4321"), (28, 44, "k7")]


def test_a_second_matcher_searched_alongside_acts_as_if_listed_after():
    names = PhraseMatcher([("Tran Van An", "tran-van-an", True), ("Le Minh", "le-minh", True)])
    curated = PhraseMatcher([("Le Minh", "curated-le-minh", True), ("Le Minh Tuan", "le-minh-tuan", True),
                             ("Phạm Thị Hoa", "pham-thi-hoa", True)])
    both = PhraseMatcher([("Tran Van An", "tran-van-an", True), ("Le Minh", "le-minh", True),
                          ("Le Minh", "curated-le-minh", True), ("Le Minh Tuan", "le-minh-tuan", True),
                          ("Phạm Thị Hoa", "pham-thi-hoa", True)])
    text = "Le Minh met Tran Van An, then Le Minh Tuan and Pham Thi Hoa; Lê Minh left."
    layered = names.find(text, also=curated)
    assert layered == both.find(text)
    assert [(text[s:e], key) for s, e, key in layered] == [
        ("Le Minh", "le-minh"), ("Tran Van An", "tran-van-an"), ("Le Minh Tuan", "le-minh-tuan"),
        ("Pham Thi Hoa", "pham-thi-hoa"), ("Lê Minh", "le-minh")]
    assert PhraseMatcher([]).find(text, also=curated) == curated.find(text)
