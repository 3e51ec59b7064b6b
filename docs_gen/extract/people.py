"""People: names after ranks and titles (English and Vietnamese), with the position stated beside them.

The key is the ASCII slug of the name, so "To Lam" and "Tô Lâm" are one person.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import functools

from slugify import slugify as _slugify

from ..models import PERSON, Mention
from .phrases import PhraseMatcher, fold
from .spans import StaticSpans

_TITLES = [
    "General Secretary", "Senior Lieutenant General", "Lieutenant General", "Major General", "Senior Colonel",
    "Lieutenant Colonel", "Senior Lieutenant", "Colonel", "General", "Major", "Captain", "Lieutenant",
    "Deputy Prime Minister", "Prime Minister", "President", "Vice President", "Minister", "Deputy Minister",
    "Chairman", "Chairwoman", "Vice Chairman", "Vice Chairwoman", "Deputy Secretary", "Secretary",
    "Political Commissar", "Commander", "Director", "Ambassador", "Comrade", "comrade", "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms",
    "Tổng Bí thư", "Chủ tịch nước", "Phó Chủ tịch", "Chủ tịch", "Phó Thủ tướng", "Thủ tướng", "Bộ trưởng",
    "Thứ trưởng", "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá",
    "Thiếu tá", "Đại úy", "Phó Bí thư", "Bí thư", "Chính ủy", "Phó Chính ủy", "Tư lệnh", "Chỉ huy trưởng",
    "đồng chí", "Đồng chí", "ông", "bà", "Ông", "Bà",
]
# The look-aheads on first letters let the regex engine skip most positions at once.
_TITLE_INITIALS = "".join(sorted({t[0] for t in _TITLES}))
_TITLE = re.compile(f"(?=[{_TITLE_INITIALS}])(?<![\\w])(?P<title>"
                    + "|".join(re.escape(t) for t in sorted(_TITLES, key=len, reverse=True)) + r")\s+")
# Positions that may stand before a name: "Head of the Central Commission for External Relations Le Hoai Trung".
_HEAD_OF = re.compile(r"(?=[CHDSM])(?<![\w])(?P<head>Chief|Head|Director|Chairman|Chairwoman|Secretary|Minister|Commander|Deputy Head|"
                      r"Deputy Chief|Deputy Director)\s+of\s+the\s+")
# Capitalised words that name institutions, never people.
_NOT_NAME = {w.casefold() for w in (
    "Party Central Committee Commission Office Military Border Guard Guards Command Commander People's Peoples "
    "Province Provincial District Secretary Minister Ministry National Defense Defence State Government Army Navy "
    "Police Front Fatherland Politburo Secretariat Council Assembly Department Region Union Association Vietnam "
    "Relations External Affairs Foreign Internal Security Public The "
    "Headquarters Station Post School Hospital University Agency News Team Force Forces Congress Member Deputy Chief "
    "Head Director Political Commissar General Colonel Major Lieutenant Senior Captain Chairman President Office "
    "January February March April May June July August September October November December Lunar New Year Tet Tết "
    "Bộ Tư Lệnh Đội Biên Phòng Ban Quân Ủy Trung Ương Đảng Nhà Nước Chính Phủ Tỉnh Huyện Xã Đồn Sở Công Tổng Bí Thư").split()}
_CONTINUE = {"of", "the", "and", "for", "member", "province", "city", "district", "commune", "in", "charge", "'s",
             "của", "tỉnh", "huyện", "xã", "thành", "phố", "và"}


slugify = functools.lru_cache(maxsize=65_536)(_slugify)


@functools.lru_cache(maxsize=4096)
def _bare_matcher(names: tuple[str, ...]) -> PhraseMatcher:
    """Names already seen in the article, matched without a title."""
    return PhraseMatcher([(n, slugify(n), True) for n in names])


def _is_name_word(word: str) -> bool:
    letters = word.replace("-", "")
    if not letters.isalpha() or len(letters) > 8 or word.casefold() in _NOT_NAME:
        return False
    return letters.isupper() and len(letters) > 1 or (letters[0].isupper() and letters[1:].islower())


def normal_case(name: str) -> str:
    """'TRIEU QUOC NGUAY' -> 'Trieu Quoc Nguay'; mixed-case names stay as written."""
    return " ".join(w[:1] + w[1:].lower() if w.isupper() else w for w in name.split())


class PeopleFinder:
    def __init__(self, curated: Sequence = (), exclude: Iterable[str] = ()) -> None:
        """`curated`: PersonAlias entries (matched even without a title); `exclude`: names of places
        and organisations that must never be taken for people."""
        self.curated = {p.id: p for p in curated}
        self.matcher = PhraseMatcher((phrase, p.id, True) for p in curated for phrase in (p.name, *p.aliases))
        self.exclude = {fold(x) for x in exclude}

    def find(self, text: str, known: Iterable[str] = ()) -> list[Mention]:
        found: list[Mention] = []
        for title in _TITLE.finditer(text):
            name_start, name_end = self._name_after(text, title.end())
            if name_start is not None:
                found.append(self._mention(text, name_start, name_end, title.group("title")))
        for head in _HEAD_OF.finditer(text):
            person = self._name_ending_run(text, head.end())
            if person:
                start, end, org_end = person
                position = f"{head.group('head')} of the {text[head.end():org_end].strip()}"
                found.append(self._mention(text, start, end, "", position))
        found = _non_overlapping(found)
        taken = StaticSpans((x.start, x.end) for x in found)
        names = tuple(sorted({n for n in known if n} | {x.get("name") for x in found}))
        if not names and not self.matcher.size:
            return sorted(found, key=lambda x: x.start)
        # Curated names too, as if listed after the article's: a name both know keeps the article's key.
        for start, end, key in _bare_matcher(names).find(text, also=self.matcher):
            if not taken.overlaps(start, end):
                found.append(self._mention(text, start, end, "", key=key))
        return sorted(found, key=lambda x: x.start)

    def _name_after(self, text: str, start: int) -> tuple[int | None, int]:
        words = list(re.finditer(r"[^\s,;:.()\"“”]+", text[start:start + 80]))
        taken = []
        for word in words:
            gap = text[start + (taken[-1].end() if taken else 0):start + word.start()]
            if taken and gap != " ":
                break
            if not taken and word.start() != 0:
                break
            if not _is_name_word(word.group()) or len(taken) == 4:
                break
            taken.append(word)
        if len(taken) < 2:
            return None, 0
        name_start, name_end = start + taken[0].start(), start + taken[-1].end()
        if fold(text[name_start:name_end]) in self.exclude:
            return None, 0
        return name_start, name_end

    def _name_ending_run(self, text: str, start: int) -> tuple[int, int, int] | None:
        """In 'Party Central Committee Office Nguyen Duy Ngoc;' the last 2–4 name words are the person."""
        run = list(re.finditer(r"[^\s,;:.()\"“”]+", text[start:start + 160]))
        words = []
        for word in run:
            if word.group()[0].isupper() or word.group() in ("for", "and", "of"):
                if words and text[start + words[-1].end():start + word.start()] != " ":
                    break
                words.append(word)
            else:
                break
        tail = []
        for word in reversed(words):
            if not _is_name_word(word.group()) or len(tail) == 4:
                break
            tail.insert(0, word)
        if len(tail) < 2 or len(tail) == len(words):
            return None
        name_start, name_end = start + tail[0].start(), start + tail[-1].end()
        if fold(text[name_start:name_end]) in self.exclude:
            return None
        return name_start, name_end, start + words[len(words) - len(tail) - 1].end()

    def _mention(self, text: str, start: int, end: int, title: str, position: str = "", key: str = "") -> Mention:
        name = normal_case(text[start:end])
        curated = self.curated.get(key)
        if curated is None:
            key = slugify(name)
            curated = self.curated.get(key)
        data = [("name", curated.name if curated else name)]
        if title:
            data.append(("title", title[:1].upper() + title[1:].rstrip(".")))
        position = position or _position_after(text, end)
        if position:
            data.append(("position", position))
        return Mention(start, end, PERSON, curated.id if curated else key, text[start:end], tuple(data))


def _position_after(text: str, end: int) -> str:
    """The apposition after a name: ' - Secretary of the Central Military Commission visited' or
    ', Political Commissar of the Vietnam Border Guard;'."""
    rest = text[end:end + 300]
    opener = re.match(r"^\s*(?:-|–|—|,)\s*", rest)
    if not opener:
        return ""
    tail = rest[opener.end():]
    if re.match(r"^\S*[^\x00-\x7f]", tail):
        # Vietnamese positions are written in sentence case ("Chỉ huy trưởng Bộ Chỉ huy..."): keep the clause.
        clause = re.match(r"^[^,;.:()\"“”]{2,160}", tail)
        words_in = clause.group().split() if clause else []
        return " ".join(words_in) if 0 < len(words_in) <= 14 and words_in[0][0].isupper() else ""
    words = re.finditer(r"[^\s]+", tail)
    kept: list[str] = []
    for word in words:
        token = word.group()
        core = token.rstrip(",;.:")
        if not core or not (core[0].isupper() or core[0].isdigit() or core.casefold() in _CONTINUE):
            break
        kept.append(core)
        if token != core:  # punctuation ends the phrase, unless the next word continues a list of positions
            if token.endswith(",") and re.match(r"^\s*[A-ZĐ]", rest[opener.end() + word.end():]):
                kept[-1] += ","
                continue
            break
    while kept and kept[-1].rstrip(",").casefold() in _CONTINUE:
        kept.pop()
    position = " ".join(kept).rstrip(",")
    return position if position and position[0].isupper() else ""


def _non_overlapping(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for mention in sorted(mentions, key=lambda x: (x.start, -(x.end - x.start))):
        if not out or mention.start >= out[-1].end:
            out.append(mention)
    return out
