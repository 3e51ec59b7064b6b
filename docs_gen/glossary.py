"""The curated glossary: terms of border-defence work with definitions and aliases in both languages."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .errors import Problem
from .extract.phrases import fold
from .extract.variants import canonical_word
from .records import Field, load_records


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@dataclass(frozen=True)
class GlossaryEntry:
    id: str
    term: str
    vi_term: str | None
    definition: str  # one line, shown as the tooltip
    explanation: str
    aliases: tuple[str, ...]
    category: str
    related: tuple[str, ...]
    fold_diacritics: bool
    line: int


_SCHEMA = {
    "term": Field(str, required=True), "vi_term": Field(str), "definition": Field(str, required=True),
    "explanation": Field(str, required=True), "aliases": Field(list, default=[]),
    "category": Field(str, default="concept"), "related": Field(list, default=[]),
    "fold_diacritics": Field(bool, default=True),
}


def load_glossary(path: Path, display: str | None = None) -> tuple[list[GlossaryEntry], list[Problem]]:
    """Validated entries and problems; an entry with errors is left out, the others load."""
    name = display or str(path)
    records, problems = load_records(path, display, _SCHEMA)
    entries: list[GlossaryEntry] = []
    owner: dict[str, str] = {}
    for record, line in records:
        if len(record["definition"]) > 200 or "\n" in record["definition"]:
            problems.append(Problem(name, line, "field 'definition': must be one line of at most 200 characters",
                                    "move the detail to 'explanation'"))
            continue
        clash = None
        for form in (record["term"], record["vi_term"] or "", *record["aliases"]):
            key = _spelling_key(form)
            if form and owner.get(key, record["id"]) != record["id"]:
                clash = (form, owner[key])
        if clash:
            problems.append(Problem(name, line, f"alias {clash[0]!r} already belongs to entry {clash[1]!r}",
                                    "keep each spelling in one entry"))
            continue
        for form in (record["term"], record["vi_term"] or "", *record["aliases"]):
            if form:
                owner.setdefault(_spelling_key(form), record["id"])
        entries.append(GlossaryEntry(record["id"], record["term"], record["vi_term"], record["definition"],
                                     record["explanation"], record["aliases"], record["category"], record["related"],
                                     record["fold_diacritics"], line))
    known = {e.id for e in entries}
    for entry in entries:
        for other in entry.related:
            if other not in known:
                problems.append(Problem(name, entry.line, f"field 'related': no entry with id {other!r}",
                                        "fix the id or remove it", "warning"))
    problems.sort(key=lambda problem: problem.line or 0)  # report in file order
    return entries, problems


def _spelling_key(form: str) -> str:
    """One key for the spellings the term matcher treats as one ("Border defence", "border-defense")."""
    return " ".join(canonical_word(word) for word in _WORD.findall(fold(form)))
