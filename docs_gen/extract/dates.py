"""Dates in English and Vietnamese, normalised as TIMEX3 values, with exact spans.

Values: YYYY-MM-DD, YYYY-MM, YYYY, start/end for periods, --MM-DD for days kept every year, and
XXXX-MM-DD for a day whose year the sentence does not give (the timeline fills it in later).
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, insort
from collections.abc import Iterable
from dataclasses import replace

from ..models import DATE, Mention
from ..sentences import sentence_at

_MONTHS = {name: number for number, names in enumerate([
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")], start=1) for name in names}
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d|2100)"
_DASH = r"\s*[-–—]\s*"
_EVERY_YEAR = r"(?:every|each)\s+year|annually"
_VI_EVERY_YEAR = r"(?:hằng|hàng)\s+năm"
_VI_TIME_OF_DAY = r"(?:sáng|trưa|chiều|tối|đêm|ngày|hôm|Sáng|Trưa|Chiều|Tối|Đêm|Ngày|Hôm)"
# Words after a number that make it a count, not a year ("2025 houses").
_COUNTED = re.compile(r"^\s+(?:houses?|homes?|students?|pupils?|people|persons?|members?|cadres?|soldiers?|"
                      r"officers?|households?|km|kilomet(?:er|re)s?|hectares?|ha|tons?|tonnes?|cows?|gifts?|"
                      r"cakes?|works?|teams?|units?|communes?|villages?|cases?|times?|VND|USD|đồng|người|hộ|"
                      r"căn|nhà|con|học sinh|cán bộ|đảng viên)\b", re.IGNORECASE)
# Words before a bare year that make it a time ("in 2024", "năm 2025").
_YEAR_CUES = {"in", "since", "by", "until", "till", "from", "before", "after", "during", "of", "year", "năm",
              "early", "late", "mid", "end", "spring", "summer", "autumn", "fall", "winter", "xuân", "tết",
              "through", "throughout", "to", "and", "or", "within", "around", "circa", "the"}

# Each pattern opens with a cheap test: its first character, or its first word as a literal with the
# word boundary checked behind it, so the regex engine skips most positions without trying the rest.
_AT_MONTH = r"(?=[ADFJMNOS])\b"
_AT_NUMBER = r"(?=\d)"


def _word_start(word: str) -> str:
    return rf"{word}(?<=\b{word})"


# Ordered by priority: where two candidates overlap, the earlier pattern wins. The middle field names
# what the text must hold for the pattern to match at all (see _gates): most blocks lack something.
_PATTERNS: list[tuple[str, str, re.Pattern]] = [
    ("recurring", "month", re.compile(rf"{_AT_MONTH}{_MONTH}\s+{_DAY}\s+(?:{_EVERY_YEAR})\b")),
    ("recurring", "month", re.compile(rf"{_AT_NUMBER}\b{_DAY}\s+(?:of\s+)?{_MONTH}\s+(?:{_EVERY_YEAR})\b")),
    ("recurring", "", re.compile(rf"{_word_start('annually')}\s+on\s+{_MONTH}\s+{_DAY}\b")),
    ("recurring", "năm", re.compile(rf"{_AT_NUMBER}(?<![\d/]){_DAY}/(?P<mnum>[01]?\d)\s+{_VI_EVERY_YEAR}")),
    ("recurring", "tháng", re.compile(rf"{_AT_NUMBER}\b{_DAY}\s+tháng\s+(?P<mnum>[01]?\d)\s+{_VI_EVERY_YEAR}")),
    ("date", "month", re.compile(rf"{_AT_MONTH}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b")),
    ("date", "month", re.compile(rf"{_AT_NUMBER}\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b")),
    ("date", "tháng", re.compile(rf"{_AT_NUMBER}\b{_DAY}\s+tháng\s+(?P<mnum>[01]?\d),?\s+năm\s+{_YEAR}\b")),
    ("date", "year", re.compile(rf"{_AT_NUMBER}(?<![\w/.-]){_DAY}(?P<sep>[/.-])(?P<mnum>[01]?\d)(?P=sep){_YEAR}(?![\w/]|-\w)")),
    ("month", "month", re.compile(rf"{_AT_MONTH}{_MONTH},?\s+{_YEAR}\b")),
    ("month", "", re.compile(rf"{_word_start('tháng')}\s+(?P<mnum>[01]?\d)(?:/|\s+năm\s+){_YEAR}\b")),
    ("range", "", re.compile(rf"{_word_start('between')}\s+(?P<y1>(?:19|20)\d\d)\s+and\s+(?P<y2>(?:19|20)\d\d)\b")),
    ("range", "", re.compile(rf"{_word_start('from')}\s+(?P<y1>(?:19|20)\d\d)\s+(?:to|until|till)\s+(?P<y2>(?:19|20)\d\d)\b")),
    ("range", "", re.compile(rf"{_word_start('từ')}\s+(?:năm\s+)?(?P<y1>(?:19|20)\d\d)\s+đến\s+(?:năm\s+)?(?P<y2>(?:19|20)\d\d)\b")),
    ("range", "year", re.compile(rf"{_AT_NUMBER}(?<![\w/.,-])(?P<y1>(?:19|20)\d\d){_DASH}(?P<y2>(?:19|20)\d\d)(?![\w/%]|[.,]\d)")),
    ("partial", "month", re.compile(rf"{_AT_MONTH}{_MONTH}\s+{_DAY}\b(?!\s*,?\s*(?:19|20)\d\d)(?!\s*[-–/]\s*\d)")),
    ("partial", "month", re.compile(rf"{_AT_NUMBER}\b{_DAY}\s+(?:of\s+)?{_MONTH}\b(?!\s*,?\s*(?:19|20)\d\d)")),
    ("partial", "/", re.compile(rf"(?=[sStTđĐnNhHcC])\b{_VI_TIME_OF_DAY}\s+(?P<span>{_DAY}/(?P<mnum>[01]?\d))(?![\d/])")),
    ("year", "year", re.compile(rf"{_AT_NUMBER}(?<![\w/.,-]){_YEAR}(?![\w/%]|[.,]\d|-\w)")),
]
_DIGIT = re.compile(r"\d")
_MONTH_WORD = re.compile(r"(?=[ADFJMNOS])\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d|2100")
_PRIORITY = {kind: index for index, kind in enumerate(["recurring", "date", "month", "range", "partial", "year"])}


def find_dates(text: str) -> list[Mention]:
    if not _DIGIT.search(text):
        return []  # every date has a number
    gates = _gates(text)
    candidates: list[tuple[int, int, int, Mention]] = []
    for kind, gate, pattern in _PATTERNS:
        if not gates[gate]:
            continue
        for found in pattern.finditer(text):
            mention = _mention(kind, found, text)
            if mention is not None:
                candidates.append((_PRIORITY[kind], mention.start, mention.end, mention))
    chosen = _non_overlapping(candidates)
    return _mark_spans(text, chosen)


def _gates(text: str) -> dict[str, bool]:
    """Which kinds of pattern can match in `text`: a month name, a year, a Vietnamese word..."""
    return {"": True, "month": _MONTH_WORD.search(text) is not None, "year": _YEAR_DIGITS.search(text) is not None,
            "tháng": "tháng" in text, "năm": "năm" in text, "/": "/" in text}


def _mention(kind: str, found: re.Match, text: str) -> Mention | None:
    groups = found.groupdict()
    month = _MONTHS.get((groups.get("month") or "").rstrip(".").lower()) or (int(groups["mnum"]) if groups.get("mnum") else None)
    day = int(groups["day"]) if groups.get("day") else None
    year = int(groups["year"]) if groups.get("year") else None
    if kind == "range":
        start, end = int(groups["y1"]), int(groups["y2"])
        if not 0 < end - start <= 200:
            return None
        value = f"{start}/{end}"
    elif kind == "year":
        if not _is_time_year(text, found.start(), found.end()):
            return None
        value = str(year)
    elif kind == "month":
        if not 1 <= month <= 12:
            return None
        value = f"{year:04d}-{month:02d}"
    else:
        if not _valid(year or 2000, month, day):
            return None
        prefix = {"date": f"{year or 0:04d}", "recurring": "-", "partial": "XXXX"}[kind]
        value = f"{prefix}-{month:02d}-{day:02d}"
    # Some patterns need words around the date ("chiều 22/1") that are not part of it.
    start, end = found.span("span") if groups.get("span") else found.span()
    return Mention(start, end, DATE, value, text[start:end], (("value", value), ("type", kind)))


def _valid(year: int, month: int | None, day: int | None) -> bool:
    if not month or not day:
        return False
    try:
        dt.date(year if (month, day) != (2, 29) else 2000, month, day)
    except ValueError:
        return False
    return True


def _is_time_year(text: str, start: int, end: int) -> bool:
    """A bare four-digit number is a year only with a temporal cue and no counted noun after it."""
    if _COUNTED.match(text[end:end + 40]):
        return False
    before = text[max(0, start - 40):start]
    previous = re.findall(r"[^\W\d_]+", before)
    if previous and previous[-1].casefold() in _YEAR_CUES and not re.search(r"\b(?:No|số)\.?\s*$", before, re.IGNORECASE):
        return True
    return bool(re.match(r"^\s+(?:is|was|will be)\s+(?:a|the)\s+year\b", text[end:end + 30], re.IGNORECASE))


def _non_overlapping(candidates: list[tuple[int, int, int, Mention]]) -> list[Mention]:
    taken: list[tuple[int, int]] = []
    chosen: list[Mention] = []
    for _, start, end, mention in sorted(candidates, key=lambda c: (c[0], -(c[2] - c[1]), c[1])):
        i = bisect_left(taken, (start, start))
        if (i < len(taken) and taken[i][0] < end) or (i > 0 and taken[i - 1][1] > start):
            continue
        insort(taken, (start, end))
        chosen.append(mention)
    return sorted(chosen, key=lambda x: x.start)


def _mark_spans(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two full dates joined by a dash ("February 3, 1930 - February 3, 2025") also form a period."""
    out = list(mentions)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if first.get("type") == second.get("type") == "date" and re.fullmatch(_DASH, text[first.end:second.start]):
            span = ("range", f"{first.key}/{second.key}")
            out[i] = replace(first, data=first.data + (span,))
            out[i + 1] = replace(second, data=second.data + (span,))
    return out


_REFERENCE = re.compile(
    r"(?:Lunar New Year|New Year|Tết(?:\s+Nguyên\s+đán)?(?:\s+[A-ZÀ-ỸĐ][a-zà-ỹđ]+){0,2}|Xuân(?:\s+[A-ZÀ-ỸĐ][a-zà-ỹđ]+){0,2}|"
    r"this year|năm nay|[Ss]ang năm|[Bb]ước sang năm)\s+(?P<a>(?:19|20)\d\d)\b"
    r"|\b(?P<b>(?:19|20)\d\d)\s+(?:is|will be)\s+(?:a|the)\s+year\b")
# One of these is in every text _REFERENCE matches: "year" in "this year" and "... is a year", "Year" in
# "New Year", "ang năm" in "Sang năm" and "bước sang năm".
_REFERENCE_WORDS = ("year", "Year", "Tết", "Xuân", "năm nay", "ang năm")


def reference_year(texts: Iterable[str]) -> int | None:
    """The year an article's own words place it in ("the Lunar New Year 2025", "Sang năm 2025",
    "2025 is a year ..."), or None when nothing decides it or the signals disagree. Years of cited
    documents or past events are not signals."""
    years = {int(found.group("a") or found.group("b")) for text in texts if _may_reference(text)
             for found in _REFERENCE.finditer(text)}
    return years.pop() if len(years) == 1 else None


def _may_reference(text: str) -> bool:
    """False when _REFERENCE cannot match, as every match holds one of _REFERENCE_WORDS and a year.
    Few blocks pass, and these tests cost far less than trying the pattern at every position."""
    return any(word in text for word in _REFERENCE_WORDS) and _YEAR_DIGITS.search(text) is not None


def resolve_partial(mention: Mention, year: int) -> Mention:
    """A day without a year, placed in `year` and marked as inferred."""
    value = f"{year:04d}" + mention.get("value", mention.key)[4:]
    data = tuple((k, value if k == "value" else ("date" if k == "type" else v)) for k, v in mention.data)
    return replace(mention, key=value, data=data + (("inferred", "true"),))


def event_label(text: str, mention: Mention, limit: int = 160, span: tuple[int, int] | None = None) -> str:
    """What happened: the sentence around the date, cut at word boundaries to at most `limit` characters
    (`span`: the sentence's offsets, when the caller has found them)."""
    label = sentence_at(text, mention.start, mention.end, limit, span)
    return label or mention.text or text[:limit]
