"""Glossary terms in a block of text."""
from __future__ import annotations

from collections.abc import Sequence

from ..models import TERM, Mention
from .phrases import PhraseMatcher


def build_term_matcher(entries: Sequence) -> PhraseMatcher:
    """Every spelling of every entry; Vietnamese forms also match without diacritics where allowed."""
    return PhraseMatcher((form, entry.id, entry.fold_diacritics)
                         for entry in entries for form in (entry.term, entry.vi_term or "", *entry.aliases) if form)


def find_terms(text: str, matcher: PhraseMatcher) -> list[Mention]:
    return [Mention(start, end, TERM, key, text[start:end]) for start, end, key in matcher.find(text)]
