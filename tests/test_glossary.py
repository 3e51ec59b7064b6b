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
