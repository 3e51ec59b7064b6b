"""The curated glossary file and term linking over the seeds."""
from __future__ import annotations

from pathlib import Path

from docs_gen.extract.terms import build_term_matcher, find_terms
from docs_gen.glossary import load_glossary

ROOT = Path(__file__).parent.parent


def test_real_glossary_is_valid_and_large_enough():
    entries, problems = load_glossary(ROOT / "seeds" / "_data" / "glossary.yml")
    assert problems == []
    assert len(entries) >= 30
    ids = {e.id for e in entries}
    for required in ["border-guard", "four-togethers", "three-sticks", "twinning-residential-clusters",
                     "twinning-border-posts", "all-people-border-defence", "all-people-border-defence-posture",
                     "peoples-heart-position", "border-markers", "mass-mobilisation", "border-guard-station",
                     "self-managed-border-sections", "military-rear-policy", "peoples-border-defence-day",
                     "houses-for-the-poor", "breeding-cows", "adopted-children", "accompanying-border-women"]:
        assert required in ids
    assert all(len(e.definition) <= 200 and e.explanation for e in entries)


def test_terms_in_the_seeds():
    entries, _ = load_glossary(ROOT / "seeds" / "_data" / "glossary.yml")
    matcher = build_term_matcher(entries)

    def terms(prefix):
        text = next((ROOT / "seeds").glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
        return {x.key for line in text.splitlines() for x in find_terms(line, matcher)}

    found = {prefix: terms(prefix) for prefix in ["000", "001", "002", "003", "004"]}
    assert all("border-guard" in keys for keys in found.values())
    assert "four-togethers" in found["002"] and "four-togethers" in found["004"]
    assert "twinning-residential-clusters" in found["002"]


def test_validation_names_file_line_and_field(tmp_path):
    path = tmp_path / "glossary.yml"
    path.write_text(
        "- id: a\n  term: Alpha\n  definition: First.\n  explanation: A.\n  aliases: [Al]\n  related: [zz]\n"
        "- id: b\n  term: Beta\n  explanation: B.\n"
        "- id: c\n  term: Gamma\n  definition: Third.\n  explanation: C.\n  aliases: [al]\n"
        "- id: d\n  term: Delta\n  definition: Fourth.\n  explanation: D.\n  fold_diacritics: maybe\n",
        encoding="utf-8")
    entries, problems = load_glossary(path, "glossary.yml")
    assert [e.id for e in entries] == ["a"]
    assert [str(p).split(" (")[0] for p in problems] == [
        "glossary.yml:1: warning: field 'related': no entry with id 'zz'",
        "glossary.yml:7: error: field 'definition' is missing",
        "glossary.yml:10: error: alias 'al' already belongs to entry 'a'",
        "glossary.yml:15: error: field 'fold_diacritics': expected true or false, got 'maybe'",
    ]


def test_yaml_syntax_error_names_the_line(tmp_path):
    import pytest

    from docs_gen.errors import InputError

    path = tmp_path / "glossary.yml"
    path.write_text("- id: a\n  term: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_glossary(path, "glossary.yml")
    assert str(error.value).startswith("glossary.yml:3: error: invalid YAML")


# --- Spellings an editor need not list ------------------------------------------------------------

from docs_gen.extract.variants import canonical_word, variants  # noqa: E402


def real_terms(text: str) -> list[tuple[str, str]]:
    entries, _ = load_glossary(ROOT / "seeds" / "_data" / "glossary.yml")
    return [(x.text, x.key) for x in find_terms(text, build_term_matcher(entries))]


def test_number_words_and_digits_in_english():
    assert real_terms("Officers keep the four togethers and the three sticks.") == [
        ("four togethers", "four-togethers"), ("three sticks", "three-sticks")]
    assert real_terms("They follow the 4 togethers and the 3 sticks.") == [
        ("4 togethers", "four-togethers"), ("3 sticks", "three-sticks")]


def test_number_words_and_digits_in_vietnamese():
    assert real_terms("Cán bộ thực hiện tốt phương châm ba bám, bốn cùng với đồng bào.") == [
        ("ba bám", "three-sticks"), ("bốn cùng", "four-togethers")]
    assert real_terms("Cán bộ thực hiện tốt phương châm 3 bám, 4 cùng.") == [
        ("3 bám", "three-sticks"), ("4 cùng", "four-togethers")]
    # The number word alone is no term.
    assert real_terms("Ba người và bốn hộ dân cùng tham gia.") == []


def test_twinning_in_both_languages():
    for text in ["The two posts signed a twinning agreement.", "The station twinned with a Lao village.",
                 "Each post has a twin across the line.", "Hai đồn đã kết nghĩa từ năm 2015."]:
        assert [key for _, key in real_terms(text)] == ["twinning"], text
    # The longer, curated movements keep their own entries.
    assert [key for _, key in real_terms("the movement of twinning residential clusters on both sides of the border")] == [
        "twinning-residential-clusters"]
    assert [key for _, key in real_terms("phong trào kết nghĩa cụm dân cư hai bên biên giới")] == [
        "twinning-residential-clusters"]


def test_defence_and_all_people_variants():
    expected = "all-people-border-defence"
    for text in ["a solid all-people border defence", "a solid all-people border defense", "the all people's border defence",
                 "the whole people's border defense", "an entire people's border defence"]:
        assert [key for _, key in real_terms(text)] == [expected], text
    assert [key for _, key in real_terms("the whole people's border defence posture")] == ["all-people-border-defence-posture"]
    assert [key for _, key in real_terms("mass mobilization and mass mobilisation")] == ["mass-mobilisation"] * 2
    assert [key for _, key in real_terms("xây dựng nền biên phòng toàn dân vững mạnh")] == [expected]


def test_variants_are_general_rules():
    assert variants("4 togethers") == ["four togethers"]
    assert variants("three sticks") == ["3 sticks"]
    assert variants("4 cùng") == ["bốn cùng"] and variants("ba bám") == ["3 bám"]
    assert set(variants("Mass mobilisation work")) == {"mass mobilization work"}
    assert "whole people's river defense" in variants("All-people river defence")
    assert variants("Luật Quốc phòng năm 2018", numbers=False) == []
    assert variants("Border gate") == []
    assert [canonical_word(w) for w in ("defense", "Programs", "organization")] == ["defence", "programs", "organisation"]


def test_an_editors_spelling_wins_over_a_generated_variant():
    from docs_gen.glossary import GlossaryEntry

    def entry(id_, term, aliases=()):
        return GlossaryEntry(id_, term, None, "d", "e", tuple(aliases), "concept", (), True, 1)

    # "river defense" is generated from the first entry's "river defence" but written in the second.
    matcher = build_term_matcher([entry("a", "River defence"), entry("b", "River defense drill", ["river defense"])])
    assert [(x.text, x.key) for x in find_terms("river defence, river defense", matcher)] == [
        ("river defence", "a"), ("river defense", "b")]


def test_two_entries_cannot_claim_one_spelling_written_differently(tmp_path):
    path = tmp_path / "glossary.yml"
    path.write_text("- id: a\n  term: River defence\n  definition: A.\n  explanation: A.\n"
                    "- id: b\n  term: Boat drill\n  definition: B.\n  explanation: B.\n  aliases: [river-defense]\n",
                    encoding="utf-8")
    entries, problems = load_glossary(path, "glossary.yml")
    assert [e.id for e in entries] == ["a"]
    assert str(problems[0]).startswith("glossary.yml:5: error: alias 'river-defense' already belongs to entry 'a'")
