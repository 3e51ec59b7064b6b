"""Legal and policy documents: numbered ones by pattern, unnumbered ones from a curated alias list."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import Problem
from ..models import DOCUMENT, Mention
from ..records import Field, load_records
from .dates import find_dates
from .phrases import PhraseMatcher
from .spans import StaticSpans

TYPES = {
    "resolution": ("Resolution", "Nghị quyết", "NQ"), "conclusion": ("Conclusion", "Kết luận", "KL"),
    "directive": ("Directive", "Chỉ thị", "CT"), "decision": ("Decision", "Quyết định", "QĐ"),
    "decree": ("Decree", "Nghị định", "NĐ"), "plan": ("Plan", "Kế hoạch", "KH"), "law": ("Law", "Luật", ""),
    "strategy": ("Strategy", "Chiến lược", ""), "programme": ("Programme", "Chương trình", "CTr"),
    "circular": ("Circular", "Thông tư", "TT"), "regulation": ("Regulation", "Quy định", "QĐi"),
}
_WORD_TO_TYPE = {word.casefold(): kind for kind, (en, vi, _) in TYPES.items() for word in (en, vi)}
_WORD_TO_TYPE |= {"program": "programme", "ordinance": "law"}
_TYPE_WORDS = "|".join(sorted((re.escape(w) for w in _WORD_TO_TYPE), key=len, reverse=True))
# "Resolution No. 33-NQ/TW", "Resolution No.33-NQ/TW", "Nghị quyết số 33", "Decree 02/2016/NĐ-CP".
# A look-ahead on their first letters lets the regex engine skip most positions at once.
_TYPE_INITIALS = "".join(sorted({w[0] for w in _WORD_TO_TYPE}))
_NUMBERED = re.compile(
    rf"(?=[{_TYPE_INITIALS}])\b(?P<type>{_TYPE_WORDS})\s+(?P<no>No\.?\s*|Number\s+|số\s+)?"
    rf"(?P<code>(?P<number>\d{{1,4}})(?:/(?P<year>(?:19|20)\d\d))?(?:[-/][A-ZĐ][A-Za-zĐđ]{{0,5}})*)(?![\w/])",
    re.IGNORECASE)
_DATED = re.compile(r"^\s*,?\s*(?:dated|issued\s+on|signed\s+on|of|ngày)\s+", re.IGNORECASE)
_ISSUER = re.compile(
    r"^\s*,?\s*(?:of|by|issued\s+by|của)\s+(?:the\s+)?(?P<issuer>(?:[A-ZĐÀ-Ỹ]|\d+(?:st|nd|rd|th)\s)[^,;.()\"“”]{1,80}?)"
    r"(?=\s*(?:[,;.()\"“]|$)|\s+(?:on|in|to|for|about|regarding|promulgating|aims?|which|that|and|with|về|nhằm|số)\b)")
_QUOTED_ABOUT = re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?,?\s*[\"“](?P<about>[^\"”]{5,200})[\"”]")
_ABOUT = re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:on|về)\s+(?P<about>[^;.\"“”()]{5,200}?)\s*(?=[;.(]|$)")


@dataclass(frozen=True)
class DocumentAlias:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    issuer: str | None
    line: int


_SCHEMA = {"name": Field(str, required=True), "type": Field(str, required=True, choices=tuple(TYPES)),
           "aliases": Field(list, default=[]), "issuer": Field(str)}


def load_document_aliases(path: Path, display: str | None = None) -> tuple[list[DocumentAlias], list[Problem]]:
    records, problems = load_records(path, display, _SCHEMA)
    aliases = [DocumentAlias(r["id"], r["name"], r["type"], r["aliases"], r["issuer"], line) for r, line in records]
    return aliases, problems


class DocumentFinder:
    def __init__(self, aliases: Sequence[DocumentAlias] = ()) -> None:
        self.aliases = {a.id: a for a in aliases}
        self.matcher = PhraseMatcher((phrase, a.id, True) for a in aliases for phrase in (a.name, *a.aliases))

    def find(self, text: str) -> list[Mention]:
        found = [x for x in (self._numbered(text, m) for m in _NUMBERED.finditer(text)) if x]
        taken = StaticSpans((x.start, x.end) for x in found)
        for start, end, key in self.matcher.find(text):
            if not taken.overlaps(start, end):
                alias = self.aliases[key]
                data = [("type", alias.type), ("name", alias.name)] + ([("issuer", alias.issuer)] if alias.issuer else [])
                found.append(Mention(start, end, DOCUMENT, key, text[start:end], tuple(data) + _context(text, end)))
        return sorted(found, key=lambda x: x.start)

    @staticmethod
    def _numbered(text: str, found: re.Match) -> Mention | None:
        kind = _WORD_TO_TYPE[found.group("type").casefold()]
        code, number = found.group("code"), int(found.group("number"))
        has_code = code != found.group("number")
        if not found.group("no") and not has_code and len(found.group("number")) == 4:
            return None  # "Plan 2025" is a plan for a year, not plan number 2025
        if not found.group("type")[0].isupper():
            return None  # "the resolution 33 times" — document names are capitalised
        key = f"{kind}-{number}" + (f"-{found.group('year')}" if found.group("year") else "")
        name = f"{TYPES[kind][0]} No. {code}"
        data = (("type", kind), ("number", str(number)), ("code", code if has_code else ""), ("name", name))
        return Mention(found.start(), found.end(), DOCUMENT, key, found.group(), data + _context(text, found.end()))


def _context(text: str, end: int) -> tuple[tuple[str, str], ...]:
    """Date, issuer and subject stated right after a document's name."""
    data: list[tuple[str, str]] = []
    rest = text[end:end + 400]
    dated = _DATED.match(rest)
    if dated:
        dates = find_dates(rest[dated.end():dated.end() + 40])
        if dates and dates[0].start == 0 and dates[0].get("type") == "date":
            data += [("date", dates[0].key), ("date_text", dates[0].text)]
            rest = rest[dated.end() + dates[0].end:]
    issuer = _ISSUER.match(rest)
    if issuer:
        data.append(("issuer", issuer.group("issuer").strip()))
        rest = rest[issuer.end():]
    about = _QUOTED_ABOUT.match(rest) or _ABOUT.match(rest)
    if about:
        data.append(("about", about.group("about").strip()))
    return tuple(data)
