"""Frozen dataclasses passed between the pipeline stages (read -> extract -> link -> render)."""
from __future__ import annotations

from dataclasses import dataclass, field

# Block kinds produced by the reader.
PARAGRAPH = "paragraph"
HEADING = "heading"
CAPTION = "caption"
BYLINE = "byline"
FOOTNOTE = "footnote"

# Mention kinds produced by the extractors.
TERM = "term"
PERSON = "person"
ORGANISATION = "organisation"
PLACE = "place"
DOCUMENT = "document"
DATE = "date"
CANDIDATE = "candidate"  # a phrase that may be a term the glossary lacks


@dataclass(frozen=True)
class Block:
    """One unit of article text: a paragraph, heading, caption, byline or footnote."""

    kind: str
    text: str  # NFC text as written; footnote markers such as "(1)" are kept in place
    line: int  # 1-based line of the source file where the block starts
    anchor: str  # stable HTML id, e.g. "p-3"; other pages link to "<article>.md#p-3"
    label: str = ""  # footnote label ("1") for FOOTNOTE blocks


@dataclass(frozen=True)
class Article:
    id: str  # unique ASCII slug, also the page name: articles/<id>.md
    source_file: str  # path relative to the seeds folder, with "/" separators
    title: str
    title_derived: bool  # True when the title was made from the first sentence
    language: str  # "en" or "vi"
    date: str | None  # ISO date when metadata gives one
    source_url: str | None
    outlet: str | None
    author: str | None
    blocks: tuple[Block, ...]
    dropped: tuple[str, ...] = ()  # boilerplate lines removed, kept for reports
    same_event: tuple[str, ...] = ()  # article ids an editor declared as the same event
    extra: tuple[tuple[str, str], ...] = ()  # other editor metadata, as strings
    words: int = 0


@dataclass(frozen=True)
class Mention:
    """A span found by an extractor, with offsets into one block's text."""

    start: int
    end: int
    kind: str  # TERM, PERSON, ORGANISATION, PLACE, DOCUMENT or DATE
    key: str  # canonical id within its kind: every spelling of one thing has the same key
    text: str  # the words as written (text[start:end])
    data: tuple[tuple[str, str], ...] = field(default=())  # kind-specific attributes

    def get(self, name: str, default: str = "") -> str:
        for k, v in self.data:
            if k == name:
                return v
        return default
