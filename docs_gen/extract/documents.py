"""Legal and policy documents in a block of text.

Three sources, in this order of trust:

- numbered documents by pattern: a type word, an optional number sign and a number with its code
  ("Resolution No. 33-NQ/TW", "Decree 106/2014/NĐ-CP", "Công văn số 567/UBND-KT"; "theo nghị quyết
  số 33-NQ/TW" in lower case when the code says it is a document);
- documents an editor listed in `documents.yml`, by any of their spellings (British and American
  spellings are generated), or by their number;
- titles by pattern: "the Law on ...", "the 1999 Land Border Treaty", "Treaty of Friendship and
  Cooperation". A title whose words all belong to one curated document ("the Law on Vietnam Border")
  is that document; another title of a law or treaty becomes a document of its own.

After a document's name come its date, issuer and subject ("dated ...", "of the Prime Minister",
"on ..."); the subject ends where the next document starts.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import Problem
from ..models import DOCUMENT, Mention
from ..records import Field, load_records
from .dates import find_dates
from .phrases import PhraseMatcher, fold
from .spans import StaticSpans
from .variants import canonical_word, variants

TYPES = {  # kind: (English name, Vietnamese name, the type's letters in a code)
    "resolution": ("Resolution", "Nghị quyết", "NQ"), "conclusion": ("Conclusion", "Kết luận", "KL"),
    "directive": ("Directive", "Chỉ thị", "CT"), "decision": ("Decision", "Quyết định", "QĐ"),
    "decree": ("Decree", "Nghị định", "NĐ"), "plan": ("Plan", "Kế hoạch", "KH"), "law": ("Law", "Luật", "QH"),
    "ordinance": ("Ordinance", "Pháp lệnh", "PL"), "strategy": ("Strategy", "Chiến lược", ""),
    "programme": ("Programme", "Chương trình", "CTr"), "circular": ("Circular", "Thông tư", "TT"),
    "regulation": ("Regulation", "Quy định", "QĐi"), "instruction": ("Instruction", "Hướng dẫn", "HD"),
    "official-letter": ("Official Letter", "Công văn", "CV"), "agreement": ("Agreement", "Hiệp định", ""),
    "treaty": ("Treaty", "Hiệp ước", ""), "notice": ("Notice", "Thông báo", "TB"),
    "submission": ("Submission", "Tờ trình", "TTr"), "project": ("Project", "Đề án", "ĐA"),
    "order": ("Order", "Lệnh", "L"),  # the President's order that promulgates a law ("Lệnh số 09/2020/L-CTN")
}
_WORD_TO_TYPE = {word.casefold(): kind for kind, (en, vi, _) in TYPES.items() for word in (en, vi)}
_WORD_TO_TYPE |= {
    "program": "programme", "joint circular": "circular", "thông tư liên tịch": "circular",
    "joint resolution": "resolution", "nghị quyết liên tịch": "resolution", "quy chế": "regulation",
    "guidance": "instruction", "official dispatch": "official-letter", "dispatch": "official-letter",
    "official telegram": "official-letter", "công điện": "official-letter", "document": "official-letter",
    "văn bản": "official-letter", "protocol": "treaty", "nghị định thư": "treaty", "convention": "treaty",
    "thỏa thuận": "agreement", "thoả thuận": "agreement", "bộ luật": "law", "telegram": "official-letter",
    "scheme": "project", "sắc lệnh": "decree",  # "Sắc lệnh số 100/SL" (1959), the decree that founded the force
    # "Decisions 740/TTg and 748/TTg": a plural before the first of a list of numbers
    "decisions": "decision", "resolutions": "resolution", "decrees": "decree", "directives": "directive",
    "circulars": "circular", "conclusions": "conclusion", "joint circulars": "circular",
    # "E.O. 12958", the United States' executive order that US diplomatic cables cite
    "executive order": "decree", "e.o.": "decree",
}
_EXECUTIVE_ORDER = {"executive order", "e.o."}  # numbered by a bare five-digit number, named as what they are
# Also ordinary words ("hướng dẫn" is "to guide"): a document only with "No."/"số" or a code.
_WEAK = {"project", "scheme", "order", "lệnh", "đề án", "thông báo", "notice", "tờ trình", "submission", "telegram", "hướng dẫn", "instruction", "guidance", "quy định", "quy chế", "văn bản", "document", "dispatch",
         "công văn", "công điện", "official letter", "official dispatch", "official telegram", "agreement",
         "hiệp định", "treaty", "hiệp ước", "protocol", "nghị định thư", "convention", "thỏa thuận", "thoả thuận"}


def _trie_pattern(words: list[str]) -> str:
    """One regex for many words, sharing their prefixes ("nghị (?:quyết|định)"): the engine then
    reads each letter once instead of trying every word in turn. A space matches any whitespace."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def walk(node: dict) -> str:
        ends = "" in node
        branches = [(r"\s+" if char == " " else re.escape(char)) + walk(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return body + ("?" if ends else "")

    return walk(trie)


_TYPE_WORDS = _trie_pattern(sorted(_WORD_TO_TYPE))
# The first letters of the type words, in both cases: the regex engine skips other positions at once.
_TYPE_INITIALS = "".join(sorted({c for w in _WORD_TO_TYPE for c in (w[0], w[0].upper())}))
# A year in a code: "02/2016/NĐ-CP", "2866/1998-TT-BQP" (never "2021-2025", a span of years).
_YEAR_IN_CODE = r"(?:/(?P<year>(?:19|20)\d\d)|-(?P<dashed_year>(?:19|20)\d\d)(?=[-/][^\W\d_]))?"
# "Resolution No. 33-NQ/TW", "Resolution No.33-NQ/TW", "Nghị quyết số 33", "Decree 02/2016/NĐ-CP",
# "Công văn số 1234/BQP-TM", "Ordinance on Border Guards No. 02/1997/PL-UBTVQH9" (a title, then the
# sign and a code). Code parts start with a letter: "/NQ", "-TTg", "/PL-UBTVQH10", "/TTLT-BQP-BCA".
_NUMBERED = re.compile(
    rf"(?=[{_TYPE_INITIALS}])(?<![\w-])(?P<type>(?i:{_TYPE_WORDS}))(?!\w)"
    rf"(?P<title>(?:\s+(?!(?i:{_TYPE_WORDS}|no|number|số)(?!\w))[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*){{0,8}}?)"
    r"(?:\s+\([A-ZĐ&]{2,10}\))?"  # "Chương trình phối hợp (CTPH) số 634/CTPH-CCB-BĐBP": the type's abbreviation
    r"\s+(?:(?P<sign>(?i:No|Number|số))\.?\s*)?"
    rf"(?P<code>(?P<number>\d{{1,5}}){_YEAR_IN_CODE}(?P<parts>(?:[-/][^\W\d_][^\W_]{{0,11}}|(?<=[A-ZĐ]) ?[-–] [A-ZĐ]{{2}}[A-Za-zĐđ0-9]{{0,10}}\b)*))"
    r"(?![\w/]|[.,]\d)")
_NUMBER = re.compile(rf"(?P<number>\d{{1,5}}){_YEAR_IN_CODE}(?:[-/][^\W\d_][^\W_]{{0,11}})*")
# A code's number, its year and the rest, which documents listed together share ("/TTg", "/UBND-NC").
_CODE_SHAPE = re.compile(rf"\d{{1,5}}{_YEAR_IN_CODE}(?P<parts>(?:[-/][^\W\d_][^\W_]{{0,11}})*)")
_SENTENCE_END = re.compile(r"(?<!No)[.!?](?:\s|$)|\n")
_ISSUER_AFTER = re.compile(r"\s+(?:của|of)\s+(?:the\s+)?[A-ZĐ]")
_SIGN_BEFORE = re.compile(r"(?i:No|số)\.?\s*$")
# The date after a number: "Quyết định truy nã số 08 ngày 2/1/2020" is a decision, its kind in lower case between.
_NUMBER_DATED = re.compile(r"(?:-\d{1,4})?\s+(?:ngày|dated)\s+\d")
_SERIAL = re.compile(r"-\d{1,4}(?=\s+(?:ngày|dated)\s+\d)")
_CODE_PART = re.compile(r"[-/]([^\W\d_][^\W_]*)")
# A code alone says what the document is: "33-NQ/TW" (NQ: resolution), "01/CT-TTg", "66/2020/QH14".
_CODE_TYPES = {"NQ": "resolution", "NQLT": "resolution", "KL": "conclusion", "CT": "directive", "QĐ": "decision",
               "QD": "decision", "NĐ": "decree", "ND": "decree", "KH": "plan", "PL": "ordinance", "CTr": "programme",
               "TT": "circular", "TTLT": "circular", "HD": "instruction", "CV": "official-letter",
               "CĐ": "official-letter", "CD": "official-letter", "QH": "law", "TB": "notice", "TTr": "submission",
               "ĐA": "project"}
_CODE_ABBREVIATIONS = r"(?:NQLT|NQ|KL|CTr|CT|QĐ|QD|NĐ|ND|KH|PL|TTLT|TTr|TT|TB|HD|CV|CĐ|CD|ĐA|QH(?=\d))"
_CODE_HINT = re.compile(rf"[-/]{_CODE_ABBREVIATIONS}")
_CODE_ALONE = re.compile(  # starts with a digit, so the engine skips to digits (the text before is checked apart)
    rf"(?P<code>(?P<number>\d{{1,5}}){_YEAR_IN_CODE}[-/](?P<abbr>{_CODE_ABBREVIATIONS})"
    r"(?P<parts>\d{0,2}(?:[-/][A-ZĐ][^\W_]{0,11})*))(?![\w/])")
# After a bare number ("Resolution 12"): words that make it a quantity, not a document number.
_QUANTITY = re.compile(
    r"\s*(?:%|(?:percent|per\s+cent|thousand|million|billion|trillion|nghìn|ngàn|triệu|tỷ|tỉ|đồng|VND|USD|km|m|ha|"
    r"hectares?|kg|tons?|tonnes?|tấn|people|persons?|người|households?|hộ|times|lần|years?|năm|months?|tháng|"
    r"days?|ngày|weeks?|tuần|hours?|giờ|members?|units?|đơn\s+vị|articles?|điều|items?|nội\s+dung|points?|"
    r"điểm|communes?|xã|villages?|bản|thôn|cases?|vụ|students?|học\s+sinh|pupils?|officers?|soldiers?|"
    r"cán\s+bộ|chiến\s+sĩ|tasks?|nhiệm\s+vụ)(?!\w)(?!\s*\d))", re.IGNORECASE)  # "Chỉ thị 01 ngày 9/1/2015" is dated
_YEARLIKE = re.compile(r"(?:19|20)\d\d")

# A title in English: capitalised words, possibly joined by small words, that does not run into the
# name of another document ("the Law on Drug Prevention and Control and the Law on ...").
_CAP = r"[A-ZĐ][\w'’]*(?:-[\w'’]+)*"
_NEXT_DOCUMENT = (r"(?:Laws?|Ordinance|Decree|Resolution|Decision|Directive|Circular|Conclusion|Treaty|Agreement|"
                  r"Protocol|Convention|Instruction|Constitution|Luật|Bộ\s+luật|Pháp\s+lệnh|Nghị|Quyết|Chỉ|Thông|"
                  r"Hiệp|Kết)(?!\w)")
# A month after a title is its date, not part of it ("the Protocol on Border Demarcation on January 24").
_MONTH_NAME = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
               r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b")
# "and the" ends a title: "the Law on X and the Law on Y", "the Law on X and the Vietnam Y Law".
_TITLE = (rf"(?:the\s+)?{_CAP}(?:(?:\s+(?:and|(?:of|on|for|in(?!\s+(?:Vietnam|Viet\s+Nam|Laos|Cambodia|China)\b)|to|with|at|against|between)(?:\s+the)?))?"
          rf"\s+(?!{_NEXT_DOCUMENT}|{_MONTH_NAME}){_CAP})*")
_TITLE_WORDS = ("Law", "Ordinance", "Treaty", "Agreement", "Protocol", "Convention", "Act")
_TITLE_WORD = re.compile(rf"\b(?P<type>{'|'.join(_TITLE_WORDS)})\b")
_TITLE_AFTER = re.compile(rf"\s+(?P<prep>on|of|between)\s+(?P<title>{_TITLE})")
# A year before a title belongs to it after "the" or "its" ("the 1999 Land Border Treaty"), not after
# a month ("in May 2018 Law ...").
_TITLE_BEFORE = re.compile(rf"(?:(?<![\w,])(?:[Tt]he|[Ii]ts)\s+(?P<year>(?:19|20)\d\d)\s+)?"
                           rf"(?P<pre>(?:{_CAP}(?:\s*[-–]\s*|\s+))*)$")
# Words that start a sentence or a clause rather than a title ("The Treaty", "Under the Agreement").
_NOT_TITLE = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "under", "in",
              "on", "at", "by", "with", "for", "to", "of", "from", "and", "or", "both", "two", "new", "such", "each",
              "as", "after", "before", "since", "when", "while", "implementing", "signing", "signed"}
_SMALL = {"the", "of", "on", "and", "for", "in", "to", "with", "at", "between", "a", "an", "về", "và", "của", "giữa"}
# "Luật Biên phòng Việt Nam năm 2020", "the Law on National Defence 2018": the year belongs to the title.
_YEAR_AFTER = re.compile(r"\s+(?:năm\s+|of\s+)?(?P<year>(?:19|20)\d\d)(?![\w/]|[-–]\d)")
_DATED_TYPES = {"law", "ordinance", "treaty", "agreement"}
# Words that make "X Law" a field or a kind of law rather than the title of one ("the 2013 Land Law" is one).
_LAW_FIELDS = frozenset("International Martial Common Customary Sharia Islamic Criminal Civil Administrative Humanitarian "
                        "Constitutional Case Natural Private Public Moore's Murphy's".split())
_YEAR_BEFORE = re.compile(r"(?<![\w,])(?:[Tt]he|[Ii]ts)\s+((?:19|20)\d\d)\s+$")

# Vietnamese titles written shorter than a curated spelling ("Luật Biên phòng", "Hiệp định về quy chế
# quản lý biên giới"): they start with a capitalised type word and end before punctuation or a word
# that cannot go on a title ("và", "năm", "của"...).
_VI_TITLE_START = re.compile(r"(?<!\w)(?:Luật|Bộ luật|Pháp lệnh|Hiệp định|Hiệp ước|Nghị định thư|Công ước)(?!\w)")
_VI_TITLE_KINDS = {"luật": "law", "bộ luật": "law", "pháp lệnh": "ordinance", "hiệp định": "agreement",
                   "hiệp ước": "treaty", "nghị định thư": "treaty", "công ước": "treaty"}
_VI_STOP = {"và", "năm", "của", "đã", "được", "là", "có", "với", "để", "thì", "cho", "trong", "tại", "theo", "nhằm",
            "do", "này", "đó", "sẽ", "đang", "cũng", "các", "những", "khi", "mà", "nên", "như", "từ", "đến", "qua",
            "ngày", "số", "hoặc", "bằng", "vào", "ra", "sau", "trước", "quy", "đề", "hướng", "thực"}
_VI_JOIN = re.compile(r"[ \t\-‐‑–—]*|\s*,\s*")
_VI_END = re.compile(r"\s*(?:[,.;:!?()\"“”]|$)")

_DATED = re.compile(r"^\s*,?\s*(?:dated|issued\s+on|signed\s+on|of|ngày)\s+", re.IGNORECASE)
_ISSUER = re.compile(
    r"^\s*,?\s*(?:of|by|issued\s+by|của)\s+(?:the\s+)?(?P<issuer>(?:[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]|\d+(?:st|nd|rd|th)\s)[^,;.()\"“”]{1,80}?)"
    r"(?=\s*(?:[,;.()\"“]|$)|\s+(?:on|in|to|for|about|regarding|promulgating|aims?|which|that|and|with|về|nhằm|số)\b)")
_QUOTED_ABOUT = re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?,?\s*[\"“](?P<about>[^\"”]{5,200})[\"”]")
_ABOUT = re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:on|về)\s+(?P<about>[^;.\"“”()]{5,200}?)\s*(?=[;.(]|$)")
# In a long sentence the subject ends at the first comma: "on the X Strategy, the unit has ...".
_ABOUT_TO_COMMA = re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:on|về)\s+(?P<about>[^;.,\"“”()]{5,200}?)\s*(?=,)")
# What may end a subject cut short at the next document: "on X and [Circular ...]".
_DANGLING = re.compile(r"(?:[\s,;:–—-]+|\s+(?:and|or|as\s+well\s+as|along\s+with|together\s+with|the|và|cùng|"
                       r"cũng\s+như|hoặc|với))+$", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@dataclass(frozen=True)
class DocumentAlias:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    issuer: str | None
    line: int
    number: str | None = None  # as written in the document itself: "66/2020/QH14"


_SCHEMA = {"name": Field(str, required=True), "type": Field(str, required=True, choices=tuple(TYPES)),
           "aliases": Field(list, default=[]), "issuer": Field(str), "number": Field(str)}


def load_document_aliases(path: Path, display: str | None = None) -> tuple[list[DocumentAlias], list[Problem]]:
    records, problems = load_records(path, display, _SCHEMA)
    name = display or str(path)
    aliases = []
    for r, line in records:
        if r["number"] and not _number_key(r["type"], r["number"]):
            problems.append(Problem(name, line, f"field 'number': {r['number']!r} is not a document number",
                                    "write it as in the document, for example 66/2020/QH14"))
            continue
        aliases.append(DocumentAlias(r["id"], r["name"], r["type"], r["aliases"], r["issuer"], line, r["number"]))
    return aliases, problems


def _number_key(kind: str, number: str) -> str | None:
    """The key a numbered mention of this document gets: "law-66-2020" for "66/2020/QH14"."""
    found = _NUMBER.fullmatch(number.strip())
    if not found:
        return None
    year = found.group("year") or found.group("dashed_year")
    return f"{kind}-{int(found.group('number'))}" + (f"-{year}" if year else "")


def _content_words(text: str) -> tuple[str, ...]:
    """The words of a title that tell it apart: folded, one spelling, without small words or "'s"."""
    words = []
    for word in _WORD.findall(text):
        word = canonical_word(fold(word).replace("’", "'"))
        if word.endswith("'s"):
            word = word[:-2]
        if word and word not in _SMALL:
            words.append(word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word)
    return tuple(words)


@dataclass
class _Found:
    start: int
    end: int
    key: str
    data: list[tuple[str, str]]
    numbered: bool = False


def _listed_code(parts: str) -> re.Pattern:
    """A number listed after a document, with the same code parts ("…; 748/TTg", "… và 390/UBND-NC"). The re
    module's own bounded cache keeps the compiled patterns: a cache of our own would only grow while serving."""
    return re.compile(r"(?:[,;]|\s(?:and|và))\s+(?:(?:No|số)\.?\s*)?(?P<code>(?P<number>\d{1,5})"
                      rf"{_YEAR_IN_CODE}(?P<parts>{re.escape(parts)}))(?![\w/]|[.,]\d)")


class DocumentFinder:
    def __init__(self, aliases: Sequence[DocumentAlias] = ()) -> None:
        self.aliases = {a.id: a for a in aliases}
        self.numbers = {_number_key(a.type, a.number): a.id for a in aliases if a.number}
        written = [(phrase, a.id) for a in aliases for phrase in (a.name, *a.aliases)]
        # A spelling an editor wrote with a capital matches only text that starts with one ("Border
        # Guard Law", not "border guard law enforcement"); the key says which (a "|" ends it otherwise).
        # "Hiệp định về Quy chế biên giới" is also written "Hiệp định Quy chế biên giới".
        written += [(without, key) for phrase, key in written for without in [_without_ve(phrase)] if without]
        keyed = [(phrase, key if phrase[:1].isupper() else f"{key}|") for phrase, key in written]
        self.matcher = PhraseMatcher(
            [(phrase, key, True) for phrase, key in keyed]
            + [(variant, key, True) for phrase, key in keyed for variant in variants(phrase, numbers=False)])
        # Titles with a comma ("Luật Phòng, chống ma túy"): where text has a title's words up to one of
        # its commas, those commas are read as spaces, so that the title matches whole.
        self.comma_prefixes = sorted({" ".join(phrase[:at + 1].casefold().split()) for phrase, _ in written
                                      for at, char in enumerate(phrase) if char == ","})
        # The words (lower case, with diacritics: "Biên" is not "Biển") of the Vietnamese spellings that
        # start with a type word.
        self.vi_titles: dict = {}
        for phrase, key in written:
            words = [w.casefold() for w in _WORD.findall(phrase)]
            if not phrase.isascii() and _VI_TITLE_START.match(phrase):
                node = self.vi_titles
                for word in words:
                    node = node.setdefault(word, {})
                    node.setdefault("\0keys", set()).add(key)
        # The content words of every English spelling, to recognise a title written shorter or in
        # another order ("the Law on Vietnam Border", "Vietnam Border Defence Law").
        self.titles: dict[str, list[tuple[tuple[str, ...], frozenset[str], str]]] = {}
        for phrase, key in written:
            if phrase.isascii():
                words = _content_words(phrase)
                self.titles.setdefault(self.aliases[key].type, []).append((words, frozenset(words), key))

    def find(self, text: str) -> list[Mention]:
        found = [x for x in (self._numbered(text, m) for m in _NUMBERED.finditer(text)) if x]
        if found:
            found += self._listed_after(text, found)
        if "/" in text or "-" in text:  # every code has one
            found += self._codes_alone(text, found)
        curated = self._curated(text)
        if self.vi_titles and ("Luật" in text or "Hiệp" in text or "Nghị định thư" in text or "Pháp lệnh" in text
                               or "Công ước" in text):
            curated = self._shortened_vi(text, curated)
        if "Hiệp" in text or "Nghị định thư" in text or "Bản ghi nhớ" in text or "Thỏa thuận" in text or "Thoả thuận" in text:
            curated += _vietnamese_agreements(text, StaticSpans((x.start, x.end) for x in found + curated))
        if "Luật " in text or "Pháp lệnh " in text or "Đạo luật " in text:
            curated += _vietnamese_laws(text, StaticSpans((x.start, x.end) for x in found + curated))
        if found and curated:
            numbered = StaticSpans((x.start, x.end) for x in found)
            curated = [x for x in curated if not numbered.overlaps(x.start, x.end)]
        if "Law" in text or "Treaty" in text or "Agreement" in text or "Ordinance" in text or "Protocol" in text \
                or "Convention" in text or "Act" in text:
            found += self._keep_titles(self._titled(text), found, curated)
        else:
            found += curated
        if not found:
            return []
        found.sort(key=lambda x: x.start)
        spans = [(x.start, x.end) for x in found]
        mentions: list[Mention] = []
        subject_at = -1  # where the subject of the previous numbered document starts
        for i, x in enumerate(found):
            if not x.numbered and x.start == subject_at:
                continue  # "Resolution 33-NQ/TW on the National Border Protection Strategy": its subject
            data, subject_at = _context(text, x.end, spans, i + 1)
            if not x.numbered:
                subject_at = -1
            mentions.append(Mention(x.start, x.end, DOCUMENT, x.key, text[x.start:x.end], tuple(x.data) + data))
        return mentions

    def _listed_after(self, text: str, found: list[_Found]) -> list[_Found]:
        """Numbers listed after a numbered document, written with the same code: "Decisions 740/TTg of
        September 6, 1997 …; 748/TTg of …", "Công văn 640/UBND-NC và 390/UBND-NC" are two of that type."""
        out: list[_Found] = []
        taken = StaticSpans((x.start, x.end) for x in found)
        for x in found:
            data = dict(x.data)
            shape = _CODE_SHAPE.fullmatch(data.get("code", ""))
            if not shape or not shape.group("parts"):
                continue
            kind, limit = data["type"], _SENTENCE_END.search(text, x.end, x.end + 300)
            for listed in _listed_code(shape.group("parts")).finditer(text, x.end, limit.start() if limit else x.end + 300):
                if not taken.overlaps(listed.start("code"), listed.end()):
                    year = listed.group("year") or listed.group("dashed_year")
                    out.append(self._coded(listed, kind, year, True, None, listed.start("code")))
        return out

    def _codes_alone(self, text: str, found: list[_Found]) -> list[_Found]:
        """Codes without a type word before them: "(số) 33-NQ/TW". Only the few places where a code's
        type letters follow "-" or "/" outside the documents already found are read closely."""
        taken = StaticSpans((x.start, x.end) for x in found)
        out: list[_Found] = []
        done = 0
        for hint in _CODE_HINT.finditer(text):
            if hint.start() < done or taken.overlaps(hint.start(), hint.end()):
                continue
            code = next((c for c in _CODE_ALONE.finditer(text, max(done, hint.start() - 11), hint.end() + 40)
                         if c.start("abbr") == hint.start() + 1), None)
            if code is None:
                continue
            done = code.end()
            start = code.start()
            if start and (text[start - 1].isalnum() or text[start - 1] in "_/.-"):
                continue  # inside a longer number or word
            sign = _SIGN_BEFORE.search(text, max(0, start - 6), start)
            if sign and (sign.start() == 0 or not text[sign.start() - 1].isalnum()):
                start = sign.start()  # "số 33-NQ/TW", "No. 33-NQ/TW"
            if not taken.overlaps(start, code.end()):
                kind = _CODE_TYPES[code.group("abbr")]
                out.append(self._coded(code, kind, code.group("year") or code.group("dashed_year"), True, None, start))
        return out

    @staticmethod
    def _keep_titles(titled: list[_Found], found: list[_Found], curated: list[_Found]) -> list[_Found]:
        """Titles that overlap no numbered document, and curated spellings; a title that holds a
        curated spelling of the same document replaces it ("the 1999 Land Border Treaty")."""
        numbered = StaticSpans((x.start, x.end) for x in found)
        starts = [x.start for x in curated]  # curated spellings never overlap each other
        replaced: set[int] = set()
        kept = []
        for title in titled:
            if numbered.overlaps(title.start, title.end):
                continue
            first = max(0, bisect_left(starts, title.start) - 1)
            last = bisect_left(starts, title.end)
            inside = [i for i in range(first, last) if curated[i].end > title.start]
            if not inside:
                kept.append(title)
            elif all(curated[i].key == title.key and title.start <= curated[i].start
                     and curated[i].end <= title.end for i in inside):
                kept.append(title)
                replaced.update(inside)
        return kept + [x for i, x in enumerate(curated) if i not in replaced]

    def _numbered(self, text: str, found: re.Match) -> _Found | None:
        word = " ".join(found.group("type").split())
        kind = _WORD_TO_TYPE[word.casefold()]
        number, parts = found.group("number"), found.group("parts")
        year = found.group("year") or found.group("dashed_year")
        if parts and not all(p[0].isupper() for p in _CODE_PART.findall(parts)):
            return None  # "Decree 5/about": not a code
        sign, title = bool(found.group("sign")), found.group("title").strip()
        if title and not (sign and parts) and not (sign and title.islower() and _NUMBER_DATED.match(text, found.end())):
            return None  # words between the type and the number only before "No. <code>" (or "số 08 ngày 2/1/2020")
        if not word[0].isupper() and not parts:
            return None  # "the resolution 33 times"; "theo nghị quyết số 33-NQ/TW" has a code
        if word.casefold() in _WEAK and not (sign or parts) and not (word[0].isupper() and _ISSUER_AFTER.match(text, found.end())):
            return None  # "Hướng dẫn 20 hộ dân": a verb and a count; "Quy định 3256 của Bộ Tư lệnh" is issued
        if not sign and not parts and not year and word.casefold() not in _EXECUTIVE_ORDER:
            if len(number) > 4 or (len(number) == 4 and _YEARLIKE.fullmatch(number)):
                return None  # "Plan 2025" is a plan for a year, not plan number 2025
            if _QUANTITY.match(text, found.end()):
                return None  # "Kế hoạch 5 năm": a five-year plan
        subject = re.match(r"(?:on|về)\s+(.{5,})", title, re.IGNORECASE)
        coded = self._coded(found, kind, year, bool(parts or year), subject.group(1) if subject else None)
        if word.casefold() in _EXECUTIVE_ORDER:
            coded.data = [(k, f"Executive Order {number}" if k == "name" else v) for k, v in coded.data]
        serial = _SERIAL.match(text, found.end()) if not parts else None
        if serial:  # "Quyết định truy nã bị can số 978-60 ngày …": the number goes on after a dash
            coded.end = serial.end()
            code = f"{found.group('code')}{serial.group()}"
            coded.data = [(k, code if k == "code" else f"{TYPES[kind][0]} No. {code}" if k == "name" else v)
                          for k, v in coded.data]
        return coded

    def _coded(self, found: re.Match, kind: str, year: str | None, has_code: bool, about: str | None,
               start: int | None = None) -> _Found:
        code, number = re.sub(r"(?<=[A-ZĐ]) ?- (?=[A-ZĐ])", "-", found.group("code")), int(found.group("number"))  # "105/QC- PH"
        key = f"{kind}-{number}" + (f"-{year}" if year else "")
        name = f"{TYPES[kind][0]} No. {code}"
        curated = self.aliases.get(self.numbers.get(key, ""))
        if curated:
            key, name = curated.id, curated.name
        data = [("type", kind), ("number", str(number)), ("code", code if has_code else ""), ("name", name)]
        if curated and curated.issuer:
            data.append(("issuer", curated.issuer))
        if about:
            data.append(("about", about))
        return _Found(found.start() if start is None else start, found.end(), key, data, numbered=True)

    def _curated(self, text: str) -> list[_Found]:
        out = []
        read = self._commas_as_spaces(text)
        for start, end, key in self.matcher.find(read):
            if key.endswith("|"):
                key = key[:-1]
            elif text[start].islower():
                continue  # "border guard law enforcement", "thực hiện chiến lược bảo vệ biên giới": no title
            alias = self.aliases[key]
            if alias.type in _DATED_TYPES:
                end = _with_year(text, end)
                year = _YEAR_BEFORE.search(text, max(0, start - 10), start)
                if year:
                    start = year.start(1)  # "the 2017 Fisheries Law"
            out.append(_Found(start, end, key, _curated_data(alias)))
        return out

    def _shortened_vi(self, text: str, curated: list[_Found]) -> list[_Found]:
        """Curated spellings, and Vietnamese titles that begin a curated spelling and end there."""
        taken = StaticSpans((x.start, x.end) for x in curated)
        out = []
        for start in _VI_TITLE_START.finditer(text):
            if taken.overlaps(start.start(), start.end()):
                continue
            words = list(_WORD.finditer(text, start.start(), min(len(text), start.start() + 200)))
            node, last, matched = self.vi_titles, None, 0
            for i, word in enumerate(words):
                if i and not _VI_JOIN.fullmatch(text, words[i - 1].end(), word.start()):
                    break
                child = node.get(word.group().casefold())
                if child is None:
                    break
                node, last, matched = child, word, i + 1
            kind_words = 3 if words[0].group() == "Nghị" else 1 if words[0].group() == "Luật" else 2
            content = [w for w in words[kind_words:matched] if w.group().casefold() != "về"]
            if last is None or len(content) < 2:
                continue  # "Luật Biên": too short to be a title
            following = words[matched] if matched < len(words) else None
            if following is not None and following.group().casefold() not in _VI_STOP \
                    and not _VI_END.match(text, last.end()):
                continue  # "Luật Cảnh sát cơ động" goes on: another law
            keys = node["\0keys"]
            end = _with_year(text, last.end())
            if len(keys) == 1:
                key = next(iter(keys))
                out.append(_Found(start.start(), end, key, _curated_data(self.aliases[key])))
            else:
                kind = _VI_TITLE_KINDS[" ".join(w.group().casefold() for w in words[:kind_words])]
                slug = re.sub(r"[^a-z0-9]+", "-", " ".join(fold(w.group()) for w in words[kind_words:matched]))
                out.append(_Found(start.start(), end, f"{kind}-{slug.strip('-')}",
                                  [("type", kind), ("name", text[start.start():end])]))
        return sorted(curated + out, key=lambda x: x.start) if out else curated

    def _commas_as_spaces(self, text: str) -> str:
        """The text with the commas inside curated titles read as spaces (the offsets do not change)."""
        if not self.comma_prefixes or "," not in text:
            return text
        lower = text.casefold()
        if len(lower) != len(text):
            return text
        cut: set[int] = set()
        for prefix in self.comma_prefixes:
            at = lower.find(prefix)
            while at >= 0:
                if at == 0 or not lower[at - 1].isalnum():
                    cut.update(i for i in range(at, at + len(prefix)) if lower[i] == ",")
                at = lower.find(prefix, at + 1)
        if not cut:
            return text
        return "".join(" " if i in cut else char for i, char in enumerate(text))

    def _titled(self, text: str) -> list[_Found]:
        out: list[_Found] = []
        for hit in _TITLE_WORD.finditer(text):
            if out and hit.start() < out[-1].end:
                continue
            word = hit.group("type")
            kind = _WORD_TO_TYPE.get(word.casefold(), "law")  # "the Trafficking Victims Protection Act of 2000"
            law = word in ("Law", "Ordinance")
            after = _TITLE_AFTER.match(text, hit.end())
            if after and law and after.group("prep") != "on":
                after = None
            start, year, pre = _title_start(text, hit.start())
            if law and after:  # "Law on ..." is the whole title; only a year may come before it
                start, pre = (start, 0) if year and not pre else (hit.start(), 0)
            end = after.end() if after else hit.end()
            curated = self._resolve(kind, _content_words(text[start:end]))
            if law and not curated:
                if not after and not (word == "Law" and 1 <= pre <= 3
                                      and not _LAW_FIELDS.intersection(text[start:hit.start()].split())):
                    continue  # "Martial Law", "International Law": a field of law, no one law
                if after:
                    start, year = hit.start(), None  # the title of another law is "Law on ..."
            elif not curated and not (after or year or pre >= 2):
                continue  # a lone "Agreement" is not a title; "Land Border Treaty" is
            title_end = end
            end = _with_year(text, end)
            if curated:
                out.append(_Found(start, end, curated, _curated_data(self.aliases[curated])))
                continue
            year = year or text[title_end:end][-4:] or None
            words = [w for w in _content_words(text[start:title_end]) if not w.isdigit() and w != word.lower()]
            key = re.sub(r"[^a-z0-9]+", "-", " ".join([kind, *words])).strip("-") + (f"-{year}" if year else "")
            out.append(_Found(start, end, key, [("type", kind), ("name", text[start:end])]))
        return out

    def _resolve(self, kind: str, words: tuple[str, ...]) -> str | None:
        """The one curated document of this kind that a title names: the title's words begin one of
        its spellings ("the Law on Vietnam Border"), or else are all among them, in any order
        ("Vietnam Border Defence Law")."""
        words = tuple(w for w in words if not w.isdigit())
        if len(words) < 3:  # the type word and two more: "Law on Border" could be any of several
            return None
        titles = self.titles.get(kind, ())
        for test in (lambda seq, bag: seq[:len(words)] == words, lambda seq, bag: bag.issuperset(words)):
            keys = {key for seq, bag, key in titles if test(seq, bag)}
            if keys:
                return keys.pop() if len(keys) == 1 else None
        return None


# Treaties and agreements named in Vietnamese sentence case, where only the type word has a capital:
# "Hiệp định về quy chế quản lý biên giới và cửa khẩu biên giới đất liền".
_VI_AGREEMENT = re.compile(r"(?<![\w])(?P<type>Hiệp định|Hiệp ước|Nghị định thư|Bản ghi nhớ|Thỏa thuận|Thoả thuận)(?: về)? (?=\w)")
_VI_AGREEMENT_TYPES = {"hiệp định": "agreement", "hiệp ước": "treaty", "nghị định thư": "treaty", "bản ghi nhớ": "agreement",
                       "thỏa thuận": "agreement", "thoả thuận": "agreement"}
# Words that end such a title: verbs and links of the sentence around it.
_VI_AGREEMENT_STOP = (_VI_STOP - {"và", "năm", "của", "quy", "đề", "hướng", "thực"}) | {"ký", "này", "đó"}
_VI_NEXT_TYPE = re.compile(r" (?:Hiệp|Nghị|Bản ghi|Thỏa|Thoả|Luật|Quyết|Chỉ|Thông|Kế|Công|các|những)\b")


def _vietnamese_agreements(text: str, taken: StaticSpans) -> list[_Found]:
    out = []
    for hit in _VI_AGREEMENT.finditer(text):
        if taken.overlaps(hit.start(), hit.end()):
            continue
        words: list[re.Match] = []
        position = hit.end()
        for word in _WORD.finditer(text, hit.end(), min(len(text), hit.end() + 240)):
            gap = text[position:word.start()]
            token = word.group()
            # "Hiệp định phân giới, cắm mốc": a comma joins the title's first two activities
            listed = gap == ", " and 0 < len(words) <= 2 and token.islower() and token not in _VI_AGREEMENT_STOP
            if words and gap not in (" ", " - ", "- ", " – ") and not listed or not words and gap:
                break
            if (token.casefold() in _VI_AGREEMENT_STOP and not (token == "do" and words and words[-1].group() == "tự")
                    or token.isdigit() or len(words) == 40):
                break  # but "di cư tự do" (free migration)
            if token == "và" and _VI_NEXT_TYPE.match(text, word.end()):
                break  # "Hiệp định X và Nghị định thư Y": two documents
            if token == "giữa" and not re.match(r" [A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]", text[word.end():word.end() + 2]):
                break  # "… giữa hai nước": between the countries the sentence speaks of, not the title
            words.append(word)
            position = word.end()
        while words and words[-1].group() in ("và", "năm", "của", "giữa"):
            words.pop()
        if len(words) < 2 or taken.overlaps(hit.start(), words[-1].end()):
            continue  # "Hiệp định này", a lone type word
        out.append(_titled_vi(text, hit.start(), words, _VI_AGREEMENT_TYPES[hit.group("type").casefold()]))
    return out


def _titled_vi(text: str, start: int, words: list[re.Match], kind: str) -> _Found:
    """A document outside the curated list named by its type word and the title `words`, with the year after
    them if one is written there: keyed by its type, title and year."""
    end = _with_year(text, words[-1].end())
    year = text[words[-1].end():end][-4:]
    slug = re.sub(r"[^a-z0-9]+", "-", fold(" ".join(w.group() for w in words))).strip("-")
    key = f"{kind}-{slug}"[:90].strip("-") + (f"-{year}" if year else "")
    return _Found(start, end, key, [("type", kind), ("name", text[start:end])])


# A Vietnamese law or ordinance not in the curated list, by its title in sentence case: "Luật Bảo vệ và Phát triển
# rừng", "Luật Ban hành văn bản quy phạm pháp luật", "Pháp lệnh Phòng, chống thiên tai". The title opens with a
# capital and ends at punctuation, a year, a word of the sentence around it, or a second document.
_VI_LAW = re.compile(r"(?<![\w])(?P<type>Bộ luật|Đạo luật|Luật|Pháp lệnh) (?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])")
_VI_LAW_STOP = (_VI_STOP - {"quy", "đề", "hướng", "thực", "và"}) | {"ký", "này", "đó", "sửa", "mới", "trên", "dưới", "ở",
                                                                     "đảm", "góp", "giúp", "tạo", "đi", "vào", "rồi"}
_UPPER_VI = "ABCDEFGHIJKLMNOPQRSTUVWXYZĐÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"


def _vietnamese_laws(text: str, taken: StaticSpans) -> list[_Found]:
    out = []
    for hit in _VI_LAW.finditer(text):
        if taken.overlaps(hit.start(), hit.end()):
            continue
        words: list[re.Match] = []
        position = hit.end()
        for word in _WORD.finditer(text, hit.end(), min(len(text), hit.end() + 160)):
            gap = text[position:word.start()]
            token = word.group()
            # "Phòng, chống": a comma joins the pair of activities a title opens with
            listed = gap == ", " and len(words) == 1 and token.islower() and token not in _VI_LAW_STOP
            if words and gap != " " and not listed or not words and gap or len(words) == 12 or token.isdigit():
                break
            if token.casefold() in _VI_LAW_STOP or token == "quy" and text.startswith(" định", word.end()) \
                    or token == "hiện" and text.startswith(" hành", word.end()):
                break  # "Luật Biên phòng quy định …", "Luật Đất đai hiện hành": the law, then the sentence
            after = text[word.end() + 1:word.end() + 2]
            if token == "và" and not (after and after in _UPPER_VI and not _VI_NEXT_TYPE.match(text, word.end())):
                break  # but "Luật Bảo vệ và Phát triển rừng"; "Luật X và Luật Y" are two laws
            words.append(word)
            position = word.end()
            if token.isupper() and len(token) > 1:
                break  # "Luật BPVN đảm bảo …": a title written as its initials ends there
        if len(words) < 2 or taken.overlaps(hit.start(), words[-1].end()):
            continue  # "Luật Biển": one word could be the start of many titles
        out.append(_titled_vi(text, hit.start(), words, "ordinance" if hit.group("type") == "Pháp lệnh" else "law"))
    return out


def _without_ve(phrase: str) -> str | None:
    """"Hiệp định về Quy chế..." without "về" after its type word, or None."""
    found = re.match(r"((?:Hiệp định|Hiệp ước|Nghị định thư|Luật|Pháp lệnh|Công ước) )về (?=\w)", phrase)
    return found.group(1) + phrase[found.end():] if found else None


def _curated_data(alias: DocumentAlias) -> list[tuple[str, str]]:
    return [("type", alias.type), ("name", alias.name)] + ([("issuer", alias.issuer)] if alias.issuer else [])


def _title_start(text: str, type_start: int) -> tuple[int, str | None, int]:
    """Where a title ends before its type word ("the 1999 Land Border Treaty" starts at 1999): the
    start, the year written there and the number of capitalised words."""
    before = _TITLE_BEFORE.search(text, max(0, type_start - 120), type_start)
    if not before:
        return type_start, None, 0
    words = list(_WORD.finditer(text, before.start("pre"), before.end("pre")))
    kept = list(words)
    while kept and kept[0].group().lower() in _NOT_TITLE:
        kept.pop(0)
    if kept:
        year = before.group("year") if len(kept) == len(words) else None
        return (before.start("year") if year else kept[0].start()), year, len(kept)
    if before.group("year") and not words:
        return before.start("year"), before.group("year"), 0
    return type_start, None, 0


def _with_year(text: str, end: int) -> int:
    year = _YEAR_AFTER.match(text, end)
    return year.end() if year else end


def _context(text: str, end: int, spans: Sequence[tuple[int, int]] = (), after: int = 0
             ) -> tuple[tuple[tuple[str, str], ...], int]:
    """Date, issuer and subject stated right after a document's name, and where the subject starts
    (-1 without one). `spans[after:]`: the next documents, in order; a subject stops where one starts,
    or where it ends when the subject is that document ("on the National Border Protection Strategy")."""
    data: list[tuple[str, str]] = []
    base = end
    rest = text[end:end + 400]
    dated = _DATED.match(rest)
    if dated:
        dates = find_dates(rest[dated.end():dated.end() + 40])
        if dates and dates[0].start == 0 and dates[0].get("type") == "date":
            data += [("date", dates[0].key), ("date_text", dates[0].text)]
            base += dated.end() + dates[0].end
            rest = rest[dated.end() + dates[0].end:]
    # The next document's start; spans before `base` cannot be after this one's name.
    following = spans[after][0] if after < len(spans) else len(text) + 1
    issuer = _ISSUER.match(rest)
    if issuer and not base < following < base + issuer.end("issuer"):
        data.append(("issuer", issuer.group("issuer").strip()))
        base += issuer.end()
        rest = rest[issuer.end():]
    about = _QUOTED_ABOUT.match(rest) or _ABOUT.match(rest) or _ABOUT_TO_COMMA.match(rest)
    if not about:
        return tuple(data), -1
    first, last = base + about.start("about"), base + about.end("about")
    if text.startswith(("the ", "The "), first):
        first += 4
    cut = None
    for start, stop in spans[after:after + 2]:  # the next two: one may be the subject itself
        if start == first and stop < last:
            cut = stop  # the subject is the document named there, and ends with its name
            break
        if first < start < last:
            cut = start
            break
    subject = text[first:cut if cut is not None else last]
    if cut is not None and cut != stop:
        subject = _DANGLING.sub("", subject)
    if len(subject.strip()) < 5:
        return tuple(data), -1
    data.append(("about", subject.strip()))
    return tuple(data), first
