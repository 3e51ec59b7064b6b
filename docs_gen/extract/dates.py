"""Dates in English and Vietnamese, normalised as TIMEX3 values, with exact spans.

Values: YYYY-MM-DD, YYYY-MM, YYYY, start/end for periods, --MM-DD for days kept every year, and
XXXX-MM-DD for a day whose year neither its sentence nor its paragraph gives (the timeline fills it in
later from the article's date). Two kinds of mention are not events: a birth year ("born in 1990",
"sinh năm 1974", type "birth", for the person's page) and an article's own dateline at the start of a
block ("Thứ năm, 2/10/2025 08:15", type "dateline").
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, insort
from collections.abc import Iterable
from dataclasses import replace

from ..models import DATE, Mention
from ..sentences import sentence_at, sentence_span

_MONTHS = {name: number for number, names in enumerate([
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")], start=1) for name in names}
_MONTH_NAMES = r"January|February|March|April|May|June|July|August|September|October|November|December|" \
               r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH = rf"(?P<month>{_MONTH_NAMES})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_D1 = r"(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?"  # the first day of a span of days
_MNUM = r"(?P<mnum>[01]?\d)"
# A year written with its day or month may be long past ("May 19, 1890"); a bare one needs a cue.
_FULL_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d|2100)"
_BARE_YEAR = r"(?P<year>1[89]\d\d|20\d\d|2100)"
_BIRTH_YEAR = r"(?P<year>19\d\d|20[0-2]\d)"
_DASH = r"\s*[-–—]\s*"
_EVERY_YEAR = r"(?:every|each)\s+year|annually"
# Months written as words: "tháng Tám" (August). Not "Giêng" and "Chạp", the lunar calendar's.
_VI_MONTHS = {"Hai": 2, "Ba": 3, "Tư": 4, "Năm": 5, "Sáu": 6, "Bảy": 7, "Tám": 8, "Chín": 9, "Mười": 10, "Mười Một": 11,
              "Mười Hai": 12}
_VI_MONTH_WORDS = "|".join(sorted(_VI_MONTHS, key=len, reverse=True))
_VI_EVERY_YEAR = r"(?:[Hh]ằng|[Hh]àng)\s+năm"
_VI_TIME_OF_DAY = r"(?:sáng|trưa|chiều|tối|đêm|ngày|hôm|dịp|Sáng|Trưa|Chiều|Tối|Đêm|Ngày|Hôm|Dịp)"
# Words that say a day is kept every year when they follow it ("June 1 became the Children's Day").
_BECAME = r"(?:became|has\s+become|had\s+become|was\s+(?:chosen|designated|selected|declared|named|made)\s+(?:as\s+)?" \
          r"|is\s+(?:celebrated|observed|marked|known)\s+as|is\s+(?:the\s+)?(?:[A-Z][\w'’]*\s+){1,5}Day\b)"
_VI_BECAME = r"(?:(?:hằng|hàng)\s+năm\s+)?(?:đã\s+)?(?:trở\s+thành|được\s+(?:chọn|lấy)\s+làm|là\s+Ngày\s)"
# Words for today and the days of the week, before a day in brackets: "Hôm nay (2/3)", "thứ Năm (2/10)".
_DEICTIC = r"(?:[Hh]ôm\s+nay|[Hh]ôm\s+qua|[Ss]áng\s+nay|[Tt]rưa\s+nay|[Cc]hiều\s+nay|[Tt]ối\s+nay|[Đđ]êm\s+nay|" \
           r"[Đđ]êm\s+qua|[Nn]gày\s+mai|[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm|[Nn]gày|" \
           r"[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ\s+[Nn]hật|" \
           r"[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Tt]his\s+(?:morning|afternoon|evening))"
# Words after a number that make it a count, not a year ("2025 houses").
_COUNTED = re.compile(r"\s+(?:houses?|homes?|students?|pupils?|people|persons?|members?|cadres?|soldiers?|"
                      r"officers?|households?|km|kilomet(?:er|re)s?|hectares?|ha|tons?|tonnes?|cows?|gifts?|"
                      r"cakes?|works?|teams?|units?|communes?|villages?|cases?|times?|VND|USD|đồng|người|hộ|"
                      r"căn|nhà|con|học sinh|cán bộ|đảng viên|ngày|lượt|suất|phần quà|chiến sĩ|m\b|mét)\b", re.IGNORECASE)
# Words before a bare year that make it a time ("in 2024", "năm 2025").
_YEAR_CUES = {"in", "since", "by", "until", "till", "from", "before", "after", "during", "of", "year", "năm",
              "early", "late", "mid", "end", "spring", "summer", "autumn", "fall", "winter", "xuân", "tết",
              "through", "throughout", "to", "and", "or", "within", "around", "circa", "the", "for", "their", "its", "our",
              "đán", "mới", "lịch",  # "Tết Nguyên đán 2026", "Năm mới 2026", "Tết dương lịch 2018"
              "tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi", "dậu", "tuất", "hợi",  # "Xuân Giáp Ngọ 2014"
              "từ", "đến", "tới", "trước", "sau", "giữa", "cuối"}  # "từ 2018" (since 2018)
# Words that "sinh" ends without meaning "born": pupils, candidates, students, fell (hy sinh), hygiene...
_NOT_BIRTH = re.compile(r"\b(?:học|thí|hy|nữ|nam|vệ|phát|cứu|tân|ký|giáo|môn|lưu|hồi|cộng|trường)\s+$", re.IGNORECASE)
# Words before a month name that make it a time: "in July", "since early March", "by mid-May".
_MONTH_CUE = re.compile(r"\b(?:in|during|since|until|till|by|early|late|mid|through|throughout|last|next|this|before|"
                        r"after)(?:\s+(?:early|late|mid))?[\s-]+$", re.IGNORECASE)
# Words that join a month to what is said of time before it: "between the start of the year and October".
_MONTH_JOINED = re.compile(r"\b(?:and|or|to|from|of|between)\s+$")
# Units after "2-3" or "2.5" that make it a count: "mỗi ngày 2-3 lần", "ngày 2.5 tấn".
_UNIT_AFTER = re.compile(r"\s*(?:lần|giờ|ngày|tháng|năm|người|tiếng|phút|buổi|km|kg|tấn|%|triệu|tỷ|nghìn)\b")
_PART_OF_DAY = r"(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm)"
_SPAN_CUE = re.compile(rf"(?:[Nn]gày|[Tt]ừ|{_PART_OF_DAY})\s+$")  # "ngày 16 và 17/7", "chiều 16 và sáng 17.7"
# Capitalised words a number after which is a number, not a year: "Decree 2020", "Route 1990".
_NUMBERED = frozenset("""no number article clause point item decree decision resolution directive circular law code
plan conclusion instruction dispatch document form room road route street highway lane alley hill height marker
landmark post station unit team group battalion regiment division brigade region zone area block lot plot village
hamlet house boat vessel ship flight bus km page table figure chapter section part phase batch hotline tel phone
telephone fax mobile số nghị quyết quyết điện thoại đt
chỉ thị thông tư luật điều khoản mục kế hoạch kết luận công văn tờ trình đường quốc lộ tỉnh lộ km cột mốc mốc tổ
đội đồn trạm phòng khu lô thửa thôn bản ấp tàu thuyền chuyến xe trang bảng hình chương phần giai đoạn đợt""".split())
_MORE_DIGITS = re.compile(r"[\s.]*\d")  # "Hotline 1900 1234" is a telephone number
_NUMBER_SIGN = re.compile(r"\b(?:No|số)\.?\s*$", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]+")
_IS_A_YEAR = re.compile(r"\s+(?:is|was|will be)\s+(?:a|the)\s+year\b", re.IGNORECASE)

# Each pattern opens with a cheap test: its first character, or its first word as a literal with the
# word boundary checked behind it, so the regex engine skips most positions without trying the rest.
_AT_MONTH = r"(?=[ADFJMNOS])\b"
_AT_NUMBER = r"(?=\d)"


def _word_start(word: str) -> str:
    return rf"{word}(?<=\b{word})"


# Ordered by priority: where two candidates overlap, the earlier kind wins. The middle field names
# what the text must hold for the pattern to match at all (see _gates): most blocks lack something.
_PATTERNS: list[tuple[str, str, re.Pattern]] = [
    # Birth years are a person's attribute, not events.
    # "were born in 2007, 2004 and 2009 respectively": every year of the list is a birth year
    ("birth", "born year", re.compile(rf"{_word_start('born')}\s+(?:in\s+(?:the\s+year\s+)?)?{_BIRTH_YEAR}"
                                      r"(?:(?:,\s*|,?\s+and\s+)(?:19|20)\d\d)*(?![\w/%]|[.,]\d|-\w)")),
    ("birth", "sn year", re.compile(rf"(?=[SsNn])\b(?:SN|[Ss]inh\s+năm|[Nn]ăm\s+sinh)\s*:?\s*{_BIRTH_YEAR}(?![\w/%]|[.,]\d|-\w)")),
    ("birth", "( year", re.compile(rf"\((?P<span>{_BIRTH_YEAR})\s*(?=[,;)])")),  # "Zhang Wei (1990)": see _after_name
    ("recurring", "month", re.compile(rf"{_AT_MONTH}{_MONTH}\s+{_DAY}\s+(?:{_EVERY_YEAR})\b")),
    ("recurring", "month", re.compile(rf"{_AT_NUMBER}\b{_DAY}\s+(?:of\s+)?{_MONTH}\s+(?:{_EVERY_YEAR})\b")),
    ("recurring", "yearly month", re.compile(rf"{_word_start('annually')}\s+on\s+{_MONTH}\s+{_DAY}\b")),
    ("recurring", "hằng /", re.compile(rf"{_AT_NUMBER}(?<![\d/]){_DAY}/{_MNUM}\s+{_VI_EVERY_YEAR}")),
    ("recurring", "hằng tháng", re.compile(rf"{_AT_NUMBER}\b{_DAY}\s+tháng\s+{_MNUM}\s+{_VI_EVERY_YEAR}")),
    # An anniversary written as a day and its span of years: "3/2 (1930-2026)" is 3 February 1930 to 2026.
    ("date", "(", re.compile(rf"{_AT_NUMBER}(?<![\w/.-]){_DAY}[/.-]{_MNUM}\s*\((?P<year>1[6-9]\d\d|20\d\d){_DASH}"
                             rf"(?P<y2>(?:19|20)\d\d)\)")),  # "30-4 (1975-2025)", "2.9 (1945-2025)" too
    # Spans of days in one month: "12 - 15/8", "từ ngày 12 đến 15/8/2024", "August 12-15", "12-15 August".
    ("dayspan", "vto vi/", re.compile(rf"{_AT_NUMBER}(?<![\w/.,-]){_D1}(?P<mid>(?:\s*,\s*\d{{1,2}}){{1,5}}(?=\s*và))?\s*(?:[-–—]|đến|tới|(?P<conj>và))\s*(?:{_PART_OF_DAY}\s+)?(?:ngày\s+)?{_DAY}(?P<sep>[/.-]){_MNUM}"
                                rf"(?:(?P=sep){_FULL_YEAR})?(?![\w/]|-\w|[.,]\d)")),
    ("dayspan", "vto tháng", re.compile(rf"{_AT_NUMBER}(?<![\w/.,-]){_D1}\s*(?:[-–—]|đến|tới|(?P<conj>và))\s*(?:{_PART_OF_DAY}\s+)?(?:ngày\s+)?{_DAY}\s+tháng\s+{_MNUM}"
                                    rf"(?:(?:,?\s+năm\s+|/){_FULL_YEAR})?\b")),
    ("dayspan", "dashand month", re.compile(rf"{_AT_MONTH}{_MONTH}\s+{_D1}(?P<mid>(?:,\s*\d{{1,2}}){{1,5}}(?=,?\s+and\s))?"
                                       rf"(?:{_DASH}|,?\s+(?P<conj>and)\s+){_DAY}\b(?:,?\s+{_FULL_YEAR}\b)?(?!\s*[-–/:]\s*\d)")),
    ("dayspan", "from month", re.compile(rf"{_word_start('[Ff]rom')}\s+{_MONTH}\s+{_D1}\s+(?:to|until|till|through)\s+{_DAY}\b"
                                    rf"(?:,?\s+{_FULL_YEAR}\b)?(?!\s*[-–/:]\s*\d|\s+{_MONTH_NAMES})")),
    ("dayspan", "dashfrom month", re.compile(rf"{_AT_NUMBER}(?<![\w/.,-]){_D1}(?:{_DASH}|\s+(?:to|until|(?P<conj>and))\s+){_DAY}\s+(?:of\s+)?{_MONTH}\b"
                                    rf"(?:,?\s+{_FULL_YEAR}\b)?")),
    # Parts of a year: "6 tháng đầu năm 2024" (2024-H1), "05 tháng đầu năm 2019" (2019-01/2019-05), "quý I/2024",
    # "the first half of 2024", "the first five months of this year" (a year the timeline fills in).
    ("period", "tháng", re.compile(rf"{_AT_NUMBER}\b(?P<n>0?[1-9]|1[0-2])\s+tháng\s+(?P<which>đầu|cuối)\s+năm"
                                 rf"(?:\s+{_FULL_YEAR}\b|\s+nay\b)?")),
    ("period", "quý year", re.compile(rf"{_word_start('[Qq]uý')}\s+(?P<q>IV|I{{1,3}}|[1-4])(?:/|\s+năm\s+){_FULL_YEAR}\b")),
    ("period", "part", re.compile(rf"(?=[fFlLsStT])\b(?P<which>[Ff]irst|[Ll]ast|[Ss]econd|[Tt]hird|[Ff]ourth)\s+"
                                rf"(?:(?P<n>\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months|(?P<part>half|quarter))"
                                rf"\s+of\s+(?:the\s+year\s+)?(?:{_FULL_YEAR}\b|this\s+year\b)")),
    # Spans of months: "between June and August", "from March to May 2024".
    ("monthspan", "btw month", re.compile(rf"(?=[bBfF])\b(?:[Bb]etween|[Ff]rom)\s+(?P<m1>{_MONTH_NAMES})\s+(?:and|to|until|till|through)\s+"
                                      rf"(?P<m2>{_MONTH_NAMES})\b(?:,?\s+{_FULL_YEAR}\b)?(?!\s*\d)")),
    ("date", "month", re.compile(rf"{_AT_MONTH}{_MONTH}\s+{_DAY},?\s+{_FULL_YEAR}\b")),
    ("date", "month", re.compile(rf"{_AT_NUMBER}\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_FULL_YEAR}\b")),
    ("date", "tháng", re.compile(rf"{_AT_NUMBER}\b{_DAY}\s+tháng\s+{_MNUM},?\s+năm\s+{_FULL_YEAR}\b")),
    # Not inside a longer number ("02/2016/NĐ-CP"), but one of two dates joined by a slash ("5-9-1962/5-9-2022").
    # Or by a dash without spaces ("03/3/1959-03/3/2013").
    ("date", "year", re.compile(rf"{_AT_NUMBER}(?:(?<![\w.-])|(?<=\d{{4}}[-–])(?<!\d[-–]\d{{4}}[-–]))(?:(?<!/)|(?<=\d{{4}}/))"
                                rf"{_DAY}(?P<sep>[/.-]){_MNUM}(?P=sep){_FULL_YEAR}"
                                rf"(?!\w|[-–](?![0-3]?\d(?P<sep2>[/.])[01]?\d(?P=sep2)(?:1[6-9]|20)\d\d)\w"
                                rf"|/(?!\s*[0-3]?\d[/.-][01]?\d[/.-](?:1[6-9]|20)\d\d))")),
    ("month", "month", re.compile(rf"{_AT_MONTH}{_MONTH},?\s+{_FULL_YEAR}\b")),
    ("month", "tháng year", re.compile(rf"{_word_start('[Tt]háng')}\s+(?P<mword>{_VI_MONTH_WORDS})(?:,?\s+năm\s+){_FULL_YEAR}\b")),
    ("month", "tháng year", re.compile(rf"{_word_start('[Tt]háng')}\s+{_MNUM}(?:[/.-]|\s+năm\s+){_FULL_YEAR}\b")),
    # "In 8/2019": a month and year in numbers, after a word for when (not "Decree 8/2019").
    ("month", "/ year", re.compile(_AT_NUMBER + "(?:" + "|".join(rf"(?<=\b{w} )" for w in (
        "[Ii]n", "[Ss]ince", "[Uu]ntil", "[Bb]y", "[Ff]rom", "[Tt]o", "[Dd]uring", "[Bb]efore", "[Aa]fter"))
        + rf"){_MNUM}/{_FULL_YEAR}(?![\w/-])")),
    ("range", "year between", re.compile(rf"{_word_start('[Bb]etween')}\s+(?P<y1>(?:1[89]|20)\d\d)\s+and\s+(?P<y2>(?:19|20)\d\d)\b")),
    ("range", "year rom", re.compile(rf"{_word_start('[Ff]rom')}\s+(?:(?:the\s+)?year\s+)?(?P<y1>(?:1[89]|20)\d\d)\s+(?:to|until|till|through)\s+"
                             rf"(?P<y2>(?:19|20)\d\d)\b")),
    ("range", "year từ", re.compile(r"(?=[tT])\b[Tt]ừ\s+(?:năm\s+)?(?P<y1>(?:1[89]|20)\d\d)\s+(?:đến|tới)\s+(?:năm\s+)?(?P<y2>(?:19|20)\d\d)\b")),
    ("range", "year dash", re.compile(rf"{_AT_NUMBER}(?<![\w/.,-])(?P<y1>(?:1[89]|20)\d\d){_DASH}(?P<y2>(?:19|20)?\d\d)(?![\w/%]|[.,]\d)")),
    ("partial", "month", re.compile(rf"{_AT_MONTH}{_MONTH}\s+{_DAY}\b(?!\s*,?\s*(?:1[6-9]|20)\d\d)(?!\s*[-–/]\s*\d)")),
    ("partial", "month", re.compile(rf"{_AT_NUMBER}\b{_DAY}\s+(?:of\s+)?{_MONTH}\b(?!\s*,?\s*(?:1[6-9]|20)\d\d)")),
    # "Sáng 9/3", "Ngày 18-1", "ngày 28.8": a day and month after a word for a time of day (with a hyphen
    # or a dot, not followed by a unit: "mỗi ngày 2-3 lần" is two or three times a day).
    ("partial", "vi", re.compile(rf"(?=[sStTđĐnNhHcCdD])\b{_VI_TIME_OF_DAY}(?<![Mm]ỗi\sngày)(?<![Mm]ột\sngày)(?:\s+nay|\s+qua)?\s+"
                               rf"(?P<span>{_DAY}(?P<sep>[/.-]){_MNUM})(?![\d/])(?!(?P=sep)\d)")),  # "Sáng nay 17-2", "Hôm qua 20/1" too
    # "ngày 26 tháng 5", "Sáng 3 tháng 3": a day and month in words, without a year.
    ("partial", "tháng", re.compile(rf"(?=[sStTđĐnNhHcCdD])\b{_VI_TIME_OF_DAY}(?<![Mm]ỗi\sngày)(?<![Mm]ột\sngày)\s+"
                                    rf"(?P<span>{_DAY}\s+tháng\s+{_MNUM})(?![\d/.-]|\s*,?\s*năm\s+\d)")),
    # "đến 30/4", "Trước đó, 17/4,", "on the morning of 3/8": a day and month with a slash after a word for when
    # (not a share: "từ 1/3 đến 1/2 số hộ", "1/3 of the land").
    ("partial", "/", re.compile(rf"(?=[đĐtTvVsSoObBuU])\b(?:[Đđ]ến|[Tt]ới|[Tt]ừ|[Vv]ào|(?:[Tt]rước|[Ss]au)\s+đó,|[Oo]n|[Oo]f|[Ss]ince|"
                              rf"[Bb]y|[Uu]ntil)\s+(?P<span>{_DAY}/{_MNUM})(?![\d/])"
                              rf"(?!\s+(?:số|diện|tổng|lượng|dân|kế|of|the)\b|\s*(?:đến|-)\s*\d/)")),
    # A month without a year after a word for when: "in July", "since early March" (see _MONTH_CUE).
    # A full stop after it ends the sentence ("arrested in May."), unless a day follows ("Mar. 5").
    ("monthname", "month", re.compile(rf"{_AT_MONTH}{_MONTH}(?!\w)(?!\.?\s*\d|,?\s*(?:1[6-9]|20)\d\d)")),
    ("monthname", "tháng", re.compile(rf"{_word_start('[Tt]háng')}\s+(?P<mword>{_VI_MONTH_WORDS})\b(?!\s+năm\s+\d)")),
    ("partial", "tháng", re.compile(rf"(?=[tTvVđĐcCgGhHsSdD])\b(?:[Tt]rong|[Vv]ào|[Tt]ừ|[Đđ]ến|[Tt]ới|[Cc]uối|[Đđ]ầu|[Gg]iữa|[Hh]ồi|"
                                    rf"[Dd]ịp|[Ss]ang|[Tt]rước|[Ss]au|[Hh]ết)\s+(?P<span>tháng\s+{_MNUM})(?![\d/-]|[.,]\d|\s+năm\s+\d)")),
    # "Tháng 7, ..." opening a sentence or a block.
    ("partial", "Tháng", re.compile(rf"{_word_start('Tháng')}(?<!\w\sTháng)(?<!,\sTháng)\s+{_MNUM}(?![\d/-]|[.,]\d|\s+năm\s+\d)")),
    ("partial", "( /", re.compile(rf"(?=[HhSsTtCcĐđNnYy])\b{_DEICTIC}\s*\((?P<span>{_DAY}/{_MNUM})\)")),
    # A decade: "the 1970s", "mid-1970s" (the digits start the match, so that the engine skips to them),
    # "những năm 1990", "thập niên 1980".
    ("decade", "year", re.compile(r"(?<![\w/.,])(?P<decade>1[6-9]\d0|20\d0)['’]?s(?!\w)")),
    ("decade", "year vi", re.compile(r"(?:[Nn]hững\s+năm|[Tt]hập\s+(?:niên|kỷ))\s+(?P<vdecade>1[6-9]\d0|20\d0)(?![\w/%]|[.,]\d)")),
    ("year", "year", re.compile(rf"{_AT_NUMBER}(?:(?<![\w/.,-])|(?<=\b[Mm]id-)|(?<=\b[Ee]arly-)|(?<=\b[Ll]ate-)){_BARE_YEAR}"
                                rf"(?![\w/%]|[.,]\d|-\w)")),
]
_GATES = ["month", "year", "tháng", "/", "(", "dash", "vto", "from", "dashfrom", "born", "sn", "yearly", "hằng", "từ",
          "part", "quý", "btw", "vi", "between", "rom", "vi/", "dashand", "Tháng"]  # the bits of _gates(), in order
# The gates each pattern needs, from its middle field ("dash month" needs both), as bits of _gates().
_PATTERNS = [(kind, sum(1 << _GATES.index(need) for need in needs.split()), pattern) for kind, needs, pattern in _PATTERNS]
_DIGIT = re.compile(r"\d")
_MONTH_WORD = re.compile(r"(?=[ADFJMNOS])\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_YEAR_DIGITS = re.compile(r"1[6-9]\d\d|20\d\d|2100")
_KINDS = ["dateline", "birth", "recurring", "dayspan", "period", "monthspan", "date", "month", "range", "partial",
          "monthname", "decade", "year"]
_PRIORITY = {kind: index for index, kind in enumerate(_KINDS)}
# Mentions whose year a day without one may take: what the sentence or paragraph says before it.
_GIVES_YEAR = {"date", "month", "year"}
_NO_YEAR_GIVEN = {"birth", "dateline"}  # a person's birth year or the article's own date say nothing of a day

# An article's own dateline: "October 2, 2025 - 08:15", "2/10/2025 08:15", "Thứ năm, 2/10/2025 08:15 (GMT+7)".
_WEEKDAY = r"(?:[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ\s+[Nn]hật|CN|" \
           r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?)"
_CLOCK = r"\d{1,2}(?::\d{2}|h\d{2})(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
_ZONE = r"\(?(?:GMT|UTC|ICT)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\)?"
_DATELINE = re.compile(
    r"\s*(?:(?:(?P<stamp>Updated|Last\s+updated|Published|Posted|Cập\s+nhật|Ngày\s+cập\s+nhật|Đăng|Ngày\s+đăng)|Thời\s+gian)"
    r"(?:\s+(?:lúc|at|on|ngày))?\s*:?\s*)?"
    rf"(?:(?P<weekday>{_WEEKDAY})\s*[,.-]?\s*)?"
    rf"(?:(?P<clock1>{_CLOCK})\s*[,|–—-]?\s*(?:(?:ngày|{_WEEKDAY})\s*,?\s*)?)?"
    rf"(?:(?P<month>{_MONTH_NAMES})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>20\d\d)"
    rf"|(?P<dday>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<dmonth>{_MONTH_NAMES}),?\s+(?P<dyear>20\d\d)"
    r"|(?P<nday>[0-3]?\d)(?P<sep>[/.-])(?P<nmonth>[01]?\d)(?P=sep)(?P<nyear>20\d\d))(?![\d/])"
    rf"(?:\s*[,|–—-]?\s*(?P<clock2>{_CLOCK}))?(?:\s*{_ZONE})?")
_DATELINE_END = re.compile(r"[\s,.|–—-]*")
# A date followed by a time of day anywhere ("… 39364407Thứ ba, 26/09/2023 11:13 GMT+7") is a dateline too.
def _prefixed(pattern: str, prefix: str) -> str:
    """The pattern with its group names prefixed, to be used twice in one expression."""
    return pattern.replace("?P<", f"?P<{prefix}").replace("(?P=", f"(?P={prefix}")


_ANY_DATE = (rf"(?:{_AT_MONTH}(?P<month>{_MONTH_NAMES})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>20\d\d)"
             rf"|(?<![\w/.-])(?P<dday>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<dmonth>{_MONTH_NAMES}),?\s+(?P<dyear>20\d\d)"
             r"|(?<![\w/.-])(?P<nday>[0-3]?\d)(?P<sep>[/.-])(?P<nmonth>[01]?\d)(?P=sep)(?P<nyear>20\d\d))(?![\d/])")
_CLOCKED = re.compile(
    rf"{_ANY_DATE}\s*[,|–—-]?\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?!\d)(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*{_ZONE})?"
    # "08:08, 09/04/2016", "(09:27:20 AM, 25/09/2017)": a time, then the date
    rf"|(?<![\d:])\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*[AaPp]\.?[Mm]\.?)?\s*,?\s*{_prefixed(_ANY_DATE, 't_')}(?:\s*{_ZONE})?"
    # "Published 5 October 2020", "Ngày đăng: 01/12/2022", "Tuoi Tre News | 15 July 2015": a page's stamp
    rf"|(?:Published|Updated|Posted|Ngày\s+đăng|Cập\s+nhật|\|)\s*:?\s*(?:on\s+)?{_prefixed(_ANY_DATE, 's_')}")

# Capitalised words before "(1990)" that name a law, a body or an event rather than a person.
_NOT_NAMES = frozenset("""law laws treaty agreement accord convention decree resolution directive decision circular
plan strategy programme program project conference congress summit festival games day days year week month
command committee ministry department station post border guard guards province provincial district commune
ward region party army navy force forces union association front company group bank school university
national international people's people state government council assembly office agency academy institute
centre center team battalion regiment division brigade corps police customs coast military defence defense
security war campaign movement operation exercise prize award cup vietnam vietnamese china chinese laos lao
cambodia cambodian asean un luật nghị hiệp hội bộ đồn đảng ban sở tỉnh huyện xã chiến kế chương đề công trường
ngày năm tết quân cục viện""".split())


def find_dates(text: str) -> list[Mention]:
    """The dates of one block, in reading order, with exact spans. A mention's data holds its "value"
    and "type" (date, month, year, range, recurring, partial, birth or dateline) and, where they apply,
    "range" (the period it is one end of) and "inferred" (its year came from around it)."""
    if not _DIGIT.search(text) and not _MONTH_WORD.search(text):
        return []  # every date has a number or a month's name
    gates = _gates(text)
    candidates: list[tuple[int, int, int, Mention]] = []
    for line in _datelines(text):
        candidates.append((_PRIORITY["dateline"], line.start, line.end, line))
    for kind, needs, pattern in _PATTERNS:
        if gates & needs != needs:
            continue
        for found in pattern.finditer(text):
            mention = _mention(kind, found, text)
            if mention is not None:
                candidates.append((_PRIORITY[kind], mention.start, mention.end, mention))
            elif kind == "dayspan" and found.group("conj"):
                candidates += [(_PRIORITY["date"], x.start, x.end, x) for x in _listed_days(found, text)]
    chosen = _non_overlapping(candidates)
    if _LUNAR_GATE.search(text):
        chosen = _not_lunar(text, chosen)
    return _years_from_context(text, _mark_spans(text, _yearly(text, chosen)))


# A day of the lunar calendar, which the timeline's calendar is not: "(tức ngày 8 và 9-12 Âm lịch)",
# "15/8 âm lịch", "March 3 (lunar calendar)".
_LUNAR_AFTER = re.compile(r"\s*\(?\s*(?:âm\s+lịch|ÂL\b|(?:of\s+the\s+)?lunar\s+(?:calendar|month|year))", re.IGNORECASE)


_LUNAR_GATE = re.compile(r"lịch|LỊCH|lunar|ÂL|ằm ")
_LISTED_WITH = re.compile(r"\s*(?:,|and|và|&)\s*")


def _not_lunar(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions less the lunar days, and those listed with them ("in March and September (lunar calendar)")."""
    out: list[Mention] = []
    lunar_next = False
    for x in reversed(mentions):
        lunar = (bool(_LUNAR_AFTER.match(text, x.end))
                 or text.endswith(("Rằm ", "rằm "), 0, x.start)  # "Rằm tháng Tám": a full moon's month
                 or lunar_next and bool(_LISTED_WITH.fullmatch(text, x.end, out_start)))
        if not lunar:
            out.append(x)
        lunar_next, out_start = lunar, x.start
    return out[::-1]


def _gates(text: str) -> int:
    """Which kinds of pattern can match in `text` (a month name, a year, a Vietnamese word...), as the
    bits of _GATES: a few substring tests spare most blocks most patterns. Text in ASCII has no
    Vietnamese word, so the tests for them are skipped."""
    dash = "-" in text or "–" in text or "—" in text
    slash = "/" in text
    bits = ((_MONTH_WORD.search(text) is not None) | (_YEAR_DIGITS.search(text) is not None) << 1 | slash << 3
            | ("(" in text) << 4 | dash << 5 | ("from" in text or "From" in text) << 7 | (dash or "from" in text or " and " in text) << 8
            | ("born" in text) << 9 | ("SN" in text) << 10 | ("annually" in text) << 11
            | ("months" in text or "half" in text or "quarter" in text) << 14 | ("etween" in text or "rom" in text) << 16
            | ("etween" in text) << 18 | ("rom" in text) << 19 | slash << 20 | (dash or " and " in text) << 21)
    if text.isascii():
        return bits | dash << 6
    return (bits | ("háng" in text) << 2 | (dash or "đến" in text or "tới" in text or "và" in text) << 6
            | ("inh năm" in text or "năm sinh" in text) << 10 | ("ằng năm" in text or "àng năm" in text) << 12
            | ("ừ" in text) << 13 | ("uý" in text) << 15 | 1 << 17 | 1 << 20 | ("Tháng" in text) << 22)


def _mention(kind: str, found: re.Match, text: str) -> Mention | None:
    groups = found.groupdict()
    month = (_MONTHS.get((groups.get("month") or "").rstrip(".").lower()) or (int(groups["mnum"]) if groups.get("mnum") else None)
             or _VI_MONTHS.get(groups.get("mword") or ""))
    day = int(groups["day"]) if groups.get("day") else None
    year = int(groups["year"]) if groups.get("year") else None
    # Some patterns need words around the date ("chiều 22/1") that are not part of it.
    start, end = found.span("span") if groups.get("span") else found.span()
    kind_out = kind
    if kind == "birth":
        if text[found.start()] == "(" and not _after_name(text, found.start()):
            return None
        if text[found.start()] in "sS" and _NOT_BIRTH.search(text, max(0, found.start() - 12), found.start()):
            return None  # "học sinh năm 2006" (pupils in 2006), "hy sinh năm 1979" (fell in 1979)
        value = str(year)
    elif kind == "range":
        first, last = int(groups["y1"]), int(groups["y2"])
        if len(groups["y2"]) == 2:  # "2014-15": the end keeps the start's century
            last += first // 100 * 100
        if not 0 < last - first <= 200:
            return None
        value = f"{first}/{last}"
    elif kind == "decade":  # TIMEX3 writes a decade as its first three digits
        value = (groups.get("decade") or groups["vdecade"])[:3]
    elif kind == "year":
        if not _is_time_year(text, found.start(), found.end()):
            return None
        value = str(year)
    elif kind == "month":
        if not 1 <= month <= 12:
            return None
        value = f"{year:04d}-{month:02d}"
    elif kind == "period":
        value = _period(groups)
        if value is None:
            return None
        kind_out = "range" if year else "partial"
    elif kind == "monthspan":
        first, last = _MONTHS[groups["m1"].rstrip(".").lower()], _MONTHS[groups["m2"].rstrip(".").lower()]
        prefix = f"{year:04d}" if year else "XXXX"
        value = f"{prefix}-{first:02d}/{prefix}-{last:02d}"
        kind_out = "range" if year else "partial"
    elif kind == "dayspan":
        first = int(groups["d1"])
        if not (first < day and _valid(year or 2000, month, first) and _valid(year or 2000, month, day)):
            return None
        listed = [int(n) for n in re.findall(r"\d+", groups.get("mid") or "")]  # "27, 28 và 29/9": the days between
        if groups.get("conj") and ([first, *listed, day] != list(range(first, day + 1))
                                   or (groups["conj"] == "và" and not _SPAN_CUE.search(text, max(0, start - 12), start))):
            return None  # "ngày 10 và 11/7" is a span of two days; "10 và 15/7" two days apart
        if groups.get("sep") in (".", "-") and not year and not _SPAN_CUE.search(text, max(0, start - 12), start):
            return None  # "tăng 2 - 3.5 lần" is a ratio: "27 - 28.8" is a span of days after "ngày" or "từ"
        prefix = f"{year:04d}" if year else "XXXX"
        value = f"{prefix}-{month:02d}-{first:02d}/{prefix}-{month:02d}-{day:02d}"
        kind_out = "range" if year else "partial"
    elif kind == "monthname":  # a month without a year: "in July", "tháng Tám"
        if not (groups.get("mword") or _MONTH_CUE.search(text, max(0, start - 24), start)
                or month != 5 and _MONTH_JOINED.search(text, max(0, start - 24), start)):
            return None  # "May" alone is a verb more often than a month
        value = f"XXXX-{month:02d}"
        kind_out = "partial"
    elif day is None:  # "trong tháng 7"
        if not month or not 1 <= month <= 12:
            return None
        value = f"XXXX-{month:02d}"
    else:
        if not _valid(year or 2000, month, day):
            return None
        if groups.get("sep") in (".", "-") and kind == "partial" and _UNIT_AFTER.match(text, end):
            return None
        prefix = {"date": f"{year or 0:04d}", "recurring": "-", "partial": "XXXX"}[kind]
        value = f"{prefix}-{month:02d}-{day:02d}"
        if groups.get("y2"):  # an anniversary: the day in its first year, the period up to the last
            if int(groups["y2"]) <= year:
                return None
            return Mention(start, end, DATE, value, text[start:end],
                           (("value", value), ("type", kind_out), ("range", f"{value}/{groups['y2']}")))
    return Mention(start, end, DATE, value, text[start:end], (("value", value), ("type", kind_out)))


def _listed_days(found: re.Match, text: str) -> list[Mention]:
    """'ngày 9 và 19-5', 'October 29 and 31': days of one month listed, not a span; each is a date of its own.
    In Vietnamese only after 'ngày' ("tăng 2 và 3/5" is no date)."""
    groups = found.groupdict()
    if groups.get("mnum") and not _SPAN_CUE.search(text, max(0, found.start() - 12), found.start()):
        return []
    month = _MONTHS.get((groups.get("month") or "").rstrip(".").lower()) or int(groups.get("mnum") or 0)
    year = int(groups["year"]) if groups.get("year") else None
    spans = [found.span("d1")]
    if groups.get("mid"):
        spans += [(found.start("mid") + x.start(), found.start("mid") + x.end()) for x in re.finditer(r"\d+", groups["mid"])]
    if groups.get("month") and found.start("month") < found.start("d1"):
        spans[0] = (found.start("month"), spans[0][1])  # "October 29 and 31": the month opens the first day
        spans.append(found.span("day"))
    else:
        spans.append((found.start("day"), found.end()))  # "… và 19-5": the last day carries the month
    out = []
    for start, end in spans:
        day = int(re.search(r"\d+", text[start:end]).group())
        if not _valid(year or 2000, month, day):
            return []
        value = f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"
        out.append(Mention(start, end, DATE, value, text[start:end], (("value", value), ("type", "date" if year else "partial"))))
    return out


_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}


def _period(groups: dict) -> str | None:
    """The TIMEX3 value of a part of a year: 2024-H1, 2024-Q3, 2019-01/2019-05 (XXXX when no year)."""
    year = groups.get("year") or "XXXX"
    if groups.get("q"):
        quarter = _ORDINALS.get(groups["q"].lower()) or int(groups["q"])
        return f"{year}-Q{quarter}"
    which = groups["which"].lower()
    first = which in ("đầu", "first")
    if groups.get("part"):
        if groups["part"] == "half":
            return f"{year}-H{1 if first else 2}" if which in ("first", "second", "last") else None
        quarter = 4 if which == "last" else _ORDINALS[which]
        return f"{year}-Q{quarter}"
    n = groups["n"]
    months = _COUNT_WORDS.get(n) or int(n)
    if not 1 <= months <= 11 or which not in ("đầu", "cuối", "first", "last"):
        return None
    if months in (3, 6):
        return f"{year}-{'Q1' if first else 'Q4'}" if months == 3 else f"{year}-{'H1' if first else 'H2'}"
    if first:
        return f"{year}-01/{year}-{months:02d}"
    return f"{year}-{13 - months:02d}/{year}-12"


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
    if _COUNTED.match(text, end, end + 40):
        return False
    before = text[max(0, start - 40):start]
    previous = _LETTERS.findall(before)
    if previous and previous[-1].casefold() in _YEAR_CUES and not _NUMBER_SIGN.search(before):
        return True
    if text[start - 1:start] == "(" and text[end:end + 1] == ")":
        return True  # "Ngày mới về (2008)": a year in brackets of its own (after a name it is a birth year)
    # The year of a named event or programme: "“Xuân Biên phòng ấm lòng dân bản” 2026", "Campuchia 2019".
    if _after_a_name(before) and not _MORE_DIGITS.match(text, end):
        return True
    return _IS_A_YEAR.match(text, end, end + 30) is not None


def _after_a_name(before: str) -> bool:
    """True when `before` ends with a closing quote or a capitalised word (not all capitals, not a word
    that numbers things like "Decree" or "Route"), then one space."""
    if before[-1:] != " " or before[-2:-1] in " ":
        return False
    if before[-2] in "”\"":
        return True
    word = before.rsplit(" ", 2)[-2]
    return word.isalpha() and word[0].isupper() and not word.isupper() and word.casefold() not in _NUMBERED


def _after_name(text: str, start: int) -> bool:
    """True when "(1990)" follows a person's name: two to five capitalised words, none of which names a
    law, a body or an event ("Zhang Wei (1990)", but not "the Law on National Defence (2018)")."""
    words = text[max(0, start - 80):start].split()
    run = []
    for word in reversed(words):
        if not word[:1].isupper() or not word.replace("-", "").replace("'", "").isalpha():
            break
        run.append(word)
        if len(run) == 5:
            break
    if not 2 <= len(run) <= 5 or words[-1] != run[0]:
        return False
    return not any(word.casefold() in _NOT_NAMES for word in run) and " ".join(run[:2]).casefold() not in ("nam việt", "nam viet")


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


# Words around a day that say it is kept every year: "every year on June 1", "Hằng năm, ngày 1/6",
# "June 1 became the Children's Day", "lấy ngày 3/3 làm Ngày Biên phòng toàn dân".
_YEARLY_BEFORE = re.compile(r"(?:(?:[Ee]very|[Ee]ach)\s+year|[Aa]nnually|[Hh][ằà]ng\s+năm),?\s+(?:on\s+(?:the\s+)?|(?:cứ\s+)?"
                            r"(?:vào\s+|đến\s+)?(?:dịp\s+)?(?:ngày\s+)?)$|(?:lấy|chọn|Lấy|Chọn)\s+ngày\s+$")
_YEARLY_AFTER = re.compile(rf",?\s+(?:{_BECAME}|{_VI_BECAME}|as\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{1,6}}Day\b|[Hh][ằà]ng\s+năm\b|(?:hằng|hàng)\s+năm\s+làm\b|làm\s+[Nn]gày\b)")


def _yearly(text: str, mentions: list[Mention]) -> list[Mention]:
    """Days without a year that the words around them say are kept every year, as --MM-DD."""
    out = mentions
    for i, mention in enumerate(mentions):
        if mention.get("type") != "partial" or "/" in mention.key:
            continue
        if _YEARLY_AFTER.match(text, mention.end) or _YEARLY_BEFORE.search(text, max(0, mention.start - 40), mention.start):
            value = "-" + mention.key[4:]
            if out is mentions:
                out = list(mentions)
            out[i] = replace(mention, key=value, data=(("value", value), ("type", "recurring")))
    return out


# What a period's ends are: days, months ("từ cuối tháng 3-2024 đến ngày 9-5-2024") and days or months
# without a year.
_PERIOD_ENDS = ("date", "partial", "month")
# What joins the two ends of a period: "February 3, 1930 - February 3, 2025", "từ 28/7 đến ngày 2/8".
_JOIN = re.compile(r"\s*(?:[-–—]|to|until|till|through|(?:đến|tới)(?:\s+hết)?)\s*(?:(?:ngày|hôm)\s+)?")
_SLASH = re.compile(r"\s*/\s*")  # "(5-9-1962/5-9-2022)"
_TO_YEAR = re.compile(r"\s+(?:to|until|(?:đến|tới)(?:\s+hết)?(?:\s+năm)?)\s+")
_YEAR_AFTER = re.compile(rf"{_DASH}(?P<year>1[6-9]\d\d|20\d\d|2100)(?![\w/%]|[.,]\d|-\w)")


def _mark_spans(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two days joined by a dash, a slash or "to" ("February 3, 1930 - February 3, 2025", "5-9-1962/5-9-2022",
    "từ 28/7 đến 2/8/2024") also form a period, marked on both ends; a start day without a year takes
    the end's. A full date followed by a dash and a year ("(May 19, 1890 - 2025)", an anniversary) forms
    a period marked on the date, the year being its end."""
    out: list[Mention] = []
    i, count = 0, len(mentions)
    while i < count:
        first = mentions[i]
        second = mentions[i + 1] if i + 1 < count else None
        i += 1
        kind = first.get("type")
        if kind not in _PERIOD_ENDS or "/" in first.key:
            out.append(first)
            continue
        joined = second is not None and second.get("type") in _PERIOD_ENDS and "/" not in second.key \
            and (_JOIN.fullmatch(text, first.end, second.start) is not None
                 or (kind == second.get("type") == "date" and _SLASH.fullmatch(text, first.end, second.start)))
        # "từ tháng 9/1999 đến năm 2001", "from September 1999 to 2001": a month, then the year the period ends in
        joined = joined or second is not None and kind != "partial" and second.get("type") == "year" \
            and second.key.isdigit() and int(second.key) > int(first.key[:4]) \
            and _TO_YEAR.fullmatch(text, first.end, second.start) is not None
        if joined:
            if kind == "partial" and second.get("type") != "partial":
                first = _with_year(first, _start_year(first.key, second.key))
            elif kind != "partial" and second.get("type") == "partial":
                # "28/12/2024 - 2/1" ends in the next year
                second = _with_year(second, int(first.key[:4]) + (second.key[5:] < first.key[5:]))
            span = ("range", f"{first.key}/{second.key}")
            out += [replace(first, data=first.data + (span,)), replace(second, data=second.data + (span,))]
            i += 1
            continue
        following = _NEXT_DAY.match(text, first.end) if second is None or second.start > first.end else None
        if following and (second is None or second.start >= following.end()) and _NUMERIC_DAY.fullmatch(first.text):
            # "ngày 2/3-5/3", "từ 28/7 đến 2/8/2024": the second day has no cue word of its own
            second = _next_day(text, following)
            if second is not None and following.group("sep") in first.text:
                if kind == "partial" and second.get("type") == "date":
                    first = _with_year(first, _start_year(first.key, second.key))
                elif kind == "date" and second.get("type") == "partial":
                    second = _with_year(second, int(first.key[:4]) + (second.key[5:] < first.key[5:]))
                span = ("range", f"{first.key}/{second.key}")
                out += [replace(first, data=first.data + (span,)), replace(second, data=second.data + (span,))]
                continue
        year = _YEAR_AFTER.match(text, first.end) if kind == "date" else None
        if year and int(year.group("year")) > int(first.key[:4]):
            at, end = year.span("year")
            taken = second is not None and second.start < end
            if not taken or (second.start, second.end, second.get("type")) == (at, end, "year"):
                first = replace(first, data=first.data + (("range", f"{first.key}/{year.group('year')}"),))
                i += taken  # the year is the period's end, not a year of its own
        out.append(first)
    return out


# The second day of a period written with numbers, when it has no cue word of its own: "2/3-5/3".
_NEXT_DAY = re.compile(r"\s*(?:[-–—]|đến|tới)\s*(?:ngày\s+)?(?P<day>[0-3]?\d)(?P<sep>[/.-])(?P<mnum>[01]?\d)"
                       r"(?:(?P=sep)(?P<year>1[6-9]\d\d|20\d\d))?(?![\d/])(?!(?P=sep)\d)")
_NUMERIC_DAY = re.compile(r"[0-3]?\d[/.-][01]?\d(?:[/.-]\d{4})?")


def _next_day(text: str, found: re.Match) -> Mention | None:
    day, month = int(found.group("day")), int(found.group("mnum"))
    year = int(found.group("year")) if found.group("year") else None
    if not _valid(year or 2000, month, day):
        return None
    value = f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"
    start = found.start("day")
    return Mention(start, found.end(), DATE, value, text[start:found.end()],
                   (("value", value), ("type", "date" if year else "partial")))


def _start_year(start: str, end: str) -> int:
    """The year of a period's first day, given its last day's value: "28/12 - 2/1/2025" starts in 2024."""
    year = int(end[:4])
    return year - 1 if start[5:] > end[5:] else year


def _years_from_context(text: str, mentions: list[Mention]) -> list[Mention]:
    """A day without a year takes the year its sentence or paragraph states: that of the nearest full
    date, month or year before it in its sentence, else the one bare year after it in its sentence
    (ends of periods aside: "This afternoon (January 22), ... (February 3, 1930 - February 3, 2025), ...
    the Lunar New Year 2025" is 2025), else the nearest before it in the paragraph. The year was not
    written with the day, so the mention is marked inferred, as one placed by the article's date is."""
    out = mentions
    last: Mention | None = None  # the nearest mention before that gives a year
    for i, mention in enumerate(mentions):
        kind = mention.get("type")
        if kind in _GIVES_YEAR or kind == "range" and _one_year(mention.key):
            last = mention  # "In the first quarter of 2024, on March 3": 2024
        if kind != "partial":
            continue
        left, right = sentence_span(text, mention.start, mention.end)
        source = last if last is not None and last.start >= left else _year_after(mentions, i, right) or last
        if source is not None:
            if out is mentions:
                out = list(mentions)
            out[i] = _with_year(mention, _year_given(source), inferred=True)
    return out


def _year_given(source: Mention) -> int:
    """The year a mention gives the days near it: an anniversary's current year ("3/3 (1989 - 2026), ngày
    3/3" is 2026), else its own."""
    end = (source.get("range") or "").partition("/")[2]
    return int(end) if len(end) == 4 and end.isdigit() else int(source.key[:4])


def _one_year(value: str) -> bool:
    """A part of one year: "2024-Q1", "2024-H1", "2019-01/2019-05"."""
    start, _, end = value.partition("/")
    return start[:4].isdigit() and (not end or end[:4] == start[:4])


def _year_after(mentions: list[Mention], i: int, right: int) -> Mention | None:
    """The bare year after mentions[i] in its sentence (which ends at `right`), when no other mention
    up to the sentence's end gives another year ("On September 30, ... Directive No. 01 dated January
    9, 2015" keeps its day unplaced). Without one, the end of the periods after it, when they all end
    in the same year: "Sáng 3-3, ... kỷ niệm ... (3/3/1959 – 3/3/2026)" is 3 March 2026, an anniversary
    ending in its current year. Looks a few mentions ahead at most."""
    found = None
    ends: dict[str, Mention] = {}  # the last day of each period after it, by its year
    for x in mentions[i + 1:i + 9]:
        if x.start >= right:
            break
        period = x.get("range")
        if period:
            end = period.partition("/")[2]
            if end[:4].isdigit():  # "(3/3/1959 – 3/3/2026)", "(May 7, 1975–2025)"
                ends[end[:4]] = x
            continue
        if not x.key[:1].isdigit() or x.get("type") in _NO_YEAR_GIVEN:
            continue
        if found is None:
            if x.get("type") != "year" and not (x.get("type") == "range" and _one_year(x.key)):
                return None  # but "Sáng 5/8, … kết quả 6 tháng đầu năm 2009": a part of one year gives it
            found = x
        elif x.key[:4] != found.key[:4]:
            return None
    if found is None and len(ends) == 1:
        return next(iter(ends.values()))
    return found


def _with_year(mention: Mention, year: int, inferred: bool = False) -> Mention:
    """A day or span of days without a year, placed in `year`. A span whose last day comes before its
    first ("28/12 - 2/1") ends in the next year."""
    value = _place(mention.get("value", mention.key), year)
    data = []
    for k, v in mention.data:
        if k == "value":
            v = value
        elif k == "type":
            v = _type_of(value)
        elif k == "range":
            v = _place(v, year)
        data.append((k, v))
    if inferred:
        data.append(("inferred", "true"))
    return replace(mention, key=value, data=tuple(data))


def _type_of(value: str) -> str:
    """The type of a value once its year is known: a day, a month, or a period (2024-H1, start/end)."""
    if "/" in value or not value[5:7].isdigit():
        return "range"
    return "date" if len(value) == 10 else "month"


def _place(value: str, year: int) -> str:
    if "XXXX" not in value:
        return value
    if "/" not in value:
        return f"{year:04d}{value[4:]}"
    start, end = value.split("/", 1)
    start = f"{year:04d}{start[4:]}" if start.startswith("XXXX") else start
    if end.startswith("XXXX"):
        end_year = year + 1 if end[5:] < start[5:] else year
        end = f"{end_year:04d}{end[4:]}"
    return f"{start}/{end}"


def _datelines(text: str) -> list[Mention]:
    """The datelines in a block, as mentions that are not events: a date with a weekday, a time or a word
    such as "Updated" at the start of the block, or a date with a time anywhere. "March 3, 2025 marked ..." opens a sentence."""
    out = []
    found = _DATELINE.match(text)
    if found is not None and (found.group("clock1") or found.group("clock2") or found.group("weekday") or found.group("stamp")):
        value = _dateline_value(found)
        start = len(text) - len(text.lstrip())
        if value is not None:
            out.append(Mention(start, found.end(), DATE, value, text[start:found.end()], (("value", value), ("type", "dateline"))))
    place = _PLACE_BEFORE_DATELINE.match(text) if not out else None
    found = _DATELINE.match(text, place.end()) if place else None
    if found is not None and _AFTER_PLACE_DATELINE.match(text, found.end()):
        # "Bangkok (Thailand), 8 October 2014", "Long Xuyen, An Giang (Viet Nam), 22 July 2016 - …": a wire dateline
        value = _dateline_value(found)
        if value is not None:
            out.append(Mention(place.end(), found.end(), DATE, value, text[place.end():found.end()],
                               (("value", value), ("type", "dateline"))))
    if ":" in text or "|" in text or "Published" in text:
        for found in _CLOCKED.finditer(text, out[0].end if out else 0):
            value = _dateline_value(found)
            if value is not None:
                out.append(Mention(found.start(), found.end(), DATE, value, found.group(), (("value", value), ("type", "dateline"))))
    return out


# The place that opens a wire dateline: capitalised words, a country in brackets ("Bangkok (Thailand), ").
_PLACE_BEFORE_DATELINE = re.compile(r"\s*[A-ZĐ][^\W\d_]*(?:,? [A-ZĐ(][^\W\d_]*\)?){0,5},\s+(?=\d|[A-Z][a-z])")
_AFTER_PLACE_DATELINE = re.compile(r"\s*(?:[-–—]|$|\()")


def _dateline_value(found: re.Match) -> str | None:
    groups = {key: value for key, value in found.groupdict().items() if value}
    groups = {key.removeprefix("t_").removeprefix("s_"): value for key, value in groups.items()}
    if groups.get("month"):
        year, month, day = int(groups["year"]), _MONTHS[groups["month"].rstrip(".").lower()], int(groups["day"])
    elif groups.get("dmonth"):
        year, month, day = int(groups["dyear"]), _MONTHS[groups["dmonth"].rstrip(".").lower()], int(groups["dday"])
    else:
        year, month, day = int(groups["nyear"]), int(groups["nmonth"]), int(groups["nday"])
    return f"{year:04d}-{month:02d}-{day:02d}" if _valid(year, month, day) else None


def dateline(line: str) -> str | None:
    """The ISO date of `line` when the whole line is a dateline ("Thứ năm, 2/10/2025 08:15 (GMT+7)",
    "October 2, 2025 - 08:15", "2/10/2025"), else None."""
    found = _DATELINE.match(line)
    if found is None or _DATELINE_END.fullmatch(line, found.end()) is None:
        return None
    return _dateline_value(found)


def dateline_in(line: str) -> str | None:
    """The ISO date of the first dateline in `line` (see _datelines), else None."""
    found = _datelines(line) if _DIGIT.search(line) else ()
    return found[0].key if found else None


_REFERENCE = re.compile(
    r"(?:Lunar New Year|New Year|Tết(?:\s+Nguyên\s+đán)?(?:\s+[A-ZÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸĐ][a-zà-ỹđ]+){0,2}|Xuân(?:\s+[A-ZÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸĐ][a-zà-ỹđ]+){0,2}|"
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
    """A day (or span of days) without a year, placed in `year` and marked as inferred."""
    return _with_year(mention, year, inferred=True)


def closest_year(mention: Mention, day: str) -> int:
    """The year that puts a day (or month) without one nearest to `day` (an article's ISO date): an
    article of 2 January 2025 that mentions "December 28" means 2024, one of 28 December that mentions
    "January 3" means the coming year."""
    year = int(day[:4])
    value = mention.get("value", mention.key)
    if not value[5:7].isdigit():
        return year  # a part of a year (XXXX-H1): the article's year
    try:
        when = dt.date.fromisoformat(day[:10])
        month, dom = int(value[5:7]), int(value[8:10]) if value[8:10].isdigit() else 15
        options = [(abs((dt.date(y, month, min(dom, 28) if month == 2 else dom) - when).days), abs(y - year), y)
                   for y in (year - 1, year, year + 1)]
    except ValueError:
        return year
    return min(options)[2]


def event_label(text: str, mention: Mention, limit: int = 160, span: tuple[int, int] | None = None) -> str:
    """What happened: the sentence around the date, cut at word boundaries to at most `limit` characters
    (`span`: the sentence's offsets, when the caller has found them)."""
    label = sentence_at(text, mention.start, mention.end, limit, span)
    return label or mention.text or text[:limit]
