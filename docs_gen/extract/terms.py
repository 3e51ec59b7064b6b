"""Glossary terms in a block of text."""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..models import TERM, Mention
from .phrases import PhraseMatcher
from .variants import is_vietnamese, variants


def build_term_matcher(entries: Sequence) -> PhraseMatcher:
    """Every spelling of every entry, and the variants of each (digits and number words, British and
    American spellings, "all-people" / "whole people's"); Vietnamese forms also match without
    diacritics where allowed. Spellings an editor wrote come first, so a generated variant never
    takes a spelling that another entry lists."""
    return PhraseMatcher(_phrases(entries))


def _phrases(entries: Sequence) -> Iterator[tuple[str, str, bool]]:
    forms = [(entry, form, form == entry.vi_term or is_vietnamese(form))
             for entry in entries for form in (entry.term, entry.vi_term or "", *entry.aliases) if form]
    for entry, form, _ in forms:
        yield form, entry.id, entry.fold_diacritics
    for entry, form, vietnamese in forms:
        for variant in variants(form, vietnamese):
            yield variant, entry.id, entry.fold_diacritics


def find_terms(text: str, matcher: PhraseMatcher) -> list[Mention]:
    return [Mention(start, end, TERM, key, text[start:end]) for start, end, key in matcher.find(text)]
