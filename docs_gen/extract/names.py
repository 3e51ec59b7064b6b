"""Runs of capitalised words, the raw material of place and organisation names.

Vietnamese syllables and English words alike: a name word opens with a capital and has no capital
after it ("Nghĩa", "Thuận", "Sín"), or is a short acronym ("BĐBP"). Kept in one place so places,
organisations and people agree on what a name looks like.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from slugify import slugify as _slugify

from ..admin_units import family_names, unit_kinds
from .phrases import fold_text

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:[-‐][^\W\d_]+)*")


@functools.lru_cache(maxsize=65_536)
def slugify(text: str) -> str:
    """The key words of a name: "Drugs & Crime" and "Drugs and Crime", "U.S. Embassy" and "US Embassy" are keyed alike."""
    if "&" in text:
        text = text.replace("&", " and ")
    if "U.S." in text:
        text = text.replace("U.S.", "US")
    return _slugify(text)


# Capitalised words that open sentences or clauses, never a name.
ENGLISH_FUNCTION_WORDS = frozenset(
    "The In On At Of From To For By With And Or But As After Before During Since Under Over Through About "
    "According Also Meanwhile This That These Those Its Their His Her Our Both Each Every All Many Some Other Local "
    "When While Where Which Who Whose Two Three Four Five Six Seven Eight Nine Ten Last Next New Recently Currently "
    "Previously Yesterday Today Tomorrow Then Thus Therefore However Moreover Besides Furthermore Such One Most "
    "Featured Related Latest".split())
FUNCTION_WORDS = ENGLISH_FUNCTION_WORDS | frozenset(
    "Tại Trong Theo Ngày Sáng Chiều Tối Đêm Hôm Năm Tháng Các Những Một Hai Ba Bốn Và Với Của Từ Đến Sau Trước Khi "
    "Đây Đó Này Cùng Nhằm Để Là Có Đã Đang Sẽ Được Bị Vì Do Nhờ Qua Tuy Nhưng Ngoài Bên Dù Hiện Thời "
    "Cũng Mới Lúc Nay Ông Bà Anh Chị Cuộc Việc Mọi Riêng".split())


# "oá", "oè", "uý": the older placement of the tone mark on the second vowel of a final "oa", "oe",
# "uy"; newer spellings put it on the first ("óa", "òe", "úy"). Both are in use, often in one paper.
_OLD_TONE = re.compile(r"(?<![qQ])([oOuU])([áàảãạéèẻẽẹýỳỷỹỵ])$")  # "quý" is "qu" + "ý"


def newer_tone(word: str) -> str:
    """The word with its tone mark placed the newer way ("tuý" -> "túy"); other words as they are."""
    found = _OLD_TONE.search(word)
    if not found:
        return word
    letters = unicodedata.normalize("NFD", found.group(2))  # the vowel, then its tone mark
    return word[:found.start()] + unicodedata.normalize("NFC", found.group(1) + letters[1:]) + letters[0]


# A commune, town or ward often shares its name with the district around it ("thị trấn Mộc Châu" in "huyện
# Mộc Châu"): the keys of their bodies carry the level, so that the town's police and the district's are two.
_SMALL_LEVELS = {"xã": "commune", "commune": "commune", "thị trấn": "town", "thị xã": "town", "town": "town",
                 "township": "town", "phường": "ward", "ward": "ward"}
# Levels whose body is keyed apart only where a province has the same name.
_SHARED_NAME_LEVELS = {"city": "city", "thành phố": "city", "tp": "city", "tp.": "city",
                       "district": "district", "huyện": "district"}


def small_level_suffix(level_word: str | None, place: str = "") -> str:
    """'-commune', '-town' or '-ward' for a body of that level, '' for a district's, a province's or none;
    '-city' or '-district' for the city or district that shares its name with a province ("Lao Cai city’s
    Police Department", "Công an huyện Điện Biên", "huyện Quảng Ninh" of Quảng Bình), not for a city that
    is a province of its own (Hanoi)."""
    word = " ".join((level_word or "").casefold().split())
    level = _SMALL_LEVELS.get(word)
    if word in _SHARED_NAME_LEVELS and "province" in unit_kinds(place):
        level = _SHARED_NAME_LEVELS[word]
    return f"-{level}" if level else ""


def is_name_word(word: str) -> bool:
    """'Nghĩa', 'Sín', 'A', 'Leng', 'Hà-Nội'... and not 'the', 'BORDER', '2025'."""
    core = word.removesuffix("'s").removesuffix("’s")
    if "-" in core or "‐" in core:  # "Hà-Nội", "Anti-Drug", "Lao-Viet": each part a word, the first capitalised
        first, *rest = core.replace("‐", "-").split("-")
        return is_name_word(first) and all(p.isalpha() and (p.islower() or is_name_word(p)) for p in rest)
    if "'" in core or "’" in core:  # "Tr'Hy", "Ch'ơm": names of the Cơ Tu and other peoples
        first, _, second = core.replace("’", "'").partition("'")
        return is_name_word(first) and second.isalpha() and (second[1:].islower() or len(second) == 1)
    return bool(core) and core[0].isupper() and (core[1:].islower() or len(core) == 1) and core.isalpha()


# After a dash, a body's name opens a second name: "Đồn Biên phòng Lao Bảo - Bộ đội Biên phòng tỉnh Quảng Trị".
_BODY_AFTER_DASH = re.compile(r"(?:Bộ|Ban|Đồn|Công|Cục|Sở|Phòng|Phân|Trạm|Đội|Đại\s+đội|Tiểu\s+đoàn|UBND|BĐBP|BCH|Hải|Viện|Tòa|"
                              r"Border|Provincial)\b")


def name_run(text: str, start: int, most: int = 4, *, cued: bool = False, dash: bool = False) -> int | None:
    """The end of up to `most` name words from `start`, each after one space; None if none.
    `cued`: a type word stands before, so even a word that opens sentences is a name ("thôn Mới");
    `dash`: a dash may join two halves of the name ("Cửa Lò - Bến Thủy")."""
    end = None
    position = start
    for count in range(most):
        word = WORD.match(text, position)
        if word and count and _before_hyphen(word.group()) and (
                not is_name_word(word.group())
                or _VERB_AFTER_HYPHEN.match(text, word.start() + len(_before_hyphen(word.group())) + 1)):
            # "Sa Kỳ-BĐBP Quảng Ngãi", "Đồn Biên phòng Ia Chía-cho biết": the name ends at the hyphen
            end = word.start() + len(_before_hyphen(word.group()))
            break
        if not word or not is_name_word(word.group()) or (count == 0 and not cued and word.group() in FUNCTION_WORDS):
            break
        end = word.end()
        if dash and text[end:end + 3] in (" - ", " – ") and count < most - 1 and not _BODY_AFTER_DASH.match(text, end + 3):
            position = end + 3  # "Cửa Lò - Bến Thủy", "Bà Rịa - Vũng Tàu", not "Lao Bảo - Bộ đội Biên phòng tỉnh …"
        elif end < len(text) and text[end] == " ":
            position = end + 1
        else:
            break
    return end


# A speech verb run into the name before it: "Chính trị viên Đồn Biên phòng Ia Chía-cho biết: …".
_VERB_AFTER_HYPHEN = re.compile(r"(?:cho biết|cho hay|nói|chia sẻ|khẳng định|nhấn mạnh|phát biểu|thông tin|bày tỏ|"
                                r"cho rằng|giải thích|kể|trả lời)\b")


def _before_hyphen(word: str) -> str:
    first = word.split("-", 1)[0]
    return first if first != word and is_name_word(first) else ""


_MARKED_LETTER = re.compile(r"(?=[^\x00-\x7f])[^\W\d_]")


def unmarked(text: str) -> bool:
    """No letter outside ASCII: English, or Vietnamese written without its marks. Curly quotes and dashes
    ("Vietnam’s", "Hanoi (VNA) – Hai Son commune") do not count."""
    return text.isascii() or not _MARKED_LETTER.search(text)


def name_run_before(text: str, end: int, most: int = 4, *, dash: bool = False) -> int | None:
    """The start of up to `most` name words that end at `end` (the text right before a cue word);
    `dash`: a dash may join two halves of the name ("Thua Thien – Hue")."""
    taken = []
    position = end
    for word in reversed(list(WORD.finditer(text, max(0, end - 80), end))):
        if word.end() != position or not is_name_word(word.group()) or len(taken) == most:
            break
        if taken and word.group().endswith(("'s", "’s")):
            break  # "Vietnam’s Lao Bao": a possessive ends the name before it
        if taken and word.group() == "The":
            break  # "The Saigon Times The Lao Bao International Border Gate": a name opens after "The"
        taken.append(word)
        if dash and text[max(0, word.start() - 3):word.start()] in (" - ", " – ") and len(taken) < most:
            position = word.start() - 3
            continue
        if word.start() == 0 or text[word.start() - 1] != " ":
            break
        position = word.start() - 1
    taken.reverse()
    # In English, Vietnamese words written without their marks are names: "Hai Ninh commune" is Hải Ninh.
    stop = ENGLISH_FUNCTION_WORDS if taken and unmarked(text[max(0, end - 80):end]) else FUNCTION_WORDS
    while taken and taken[0].group() in stop:
        taken.pop(0)
    return taken[0].start() if taken else None


# The second word of a board named "Ban …" ("Ban Chấp hành", "Ban Tuyên giáo", "Ban Soạn thảo"): a body, not a Mr Bàn.
BAN_BOARD_WORDS = r"(?:Chấp|Thường|Tổ|Dân|Tuyên|Kinh|Nội|Quản|Đối|Văn|Công|Tài|Pháp|Tiếp|Bảo|An|Chuyên|Soạn|Biên|Chỉ|Bí)"


# The countries along the border, as names are written in both languages.
COUNTRY_NAMES = frozenset({"Việt Nam", "Lào", "Campuchia", "Trung Quốc", "Vietnam", "Viet Nam", "Laos", "Cambodia", "China"})
# After a Vietnamese place's name, the country across the border it lies in: "huyện Sầm Tớ (Lào)", "tỉnh Hủa Phăn, Lào".
ACROSS_THE_BORDER = re.compile(r"\s*(?:\(|,\s*|\s+-\s+)(?:nước\s+)?(?:Lào|Campuchia|Trung\s+Quốc|Thái\s+Lan)\b")


_ASIDE = re.compile(r" ?\([^()\n]{1,40}\)")


def listed_names(text: str, position: int, after_first: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each name in 'A, B và C' from `position` ('after_first': A is read already, the
    list goes on after it)."""
    out = []
    while True:
        aside = _ASIDE.match(text, position)
        if aside and (after_first or out):
            position = aside.end()  # "Cửa Đại (TP. Hội An), Kỳ Hà (Núi Thành)": where each is, in brackets
        if after_first or out:
            joined = re.match(r"(?:,\s+|\s+(?:và|and)\s+|,\s+(?:và|and)\s+)", text[position:position + 8])
            if not joined:
                return out
            position += joined.end()
        end = name_run(text, position, 4, cued=True)
        if end is None or text[position:end] in FUNCTION_WORDS:
            return out
        out.append((position, end))
        position = end


# Words of bodies' names, never of a person's: a run holding one is no person.
_INSTITUTION_WORDS = frozenset("Provincial Police Border Guard Guards Command Committee Department Province District Commune "
                               "City Customs Military Station Post Office Agency Union Front Council".split())


_PLACE_LEVEL_AFTER = re.compile(r"\s(?:commune|district|village|hamlet|province|ward|town|township)\b")
_PLACE_TYPE_END = re.compile(r"\s(?:Special\s+Zone|District|Province|Commune|Ward|Town|City)$")


def end_before_person(text: str, start: int, end: int | None, *, search_above: int, most: int) -> int | None:
    """The end of a body's name read from `start` to `end` that runs on into a person's ("Đồn Biên phòng
    Tổng Cọt Nông Tiến Hùng", "Department of Foreign Affairs Hoang Van Nam"): it ends before the family
    name of a last run of 2 to 4 words, looked for in names of more than `search_above` words; a name
    holds at most `most` words."""
    if end is None:
        return None
    words = list(WORD.finditer(text, start, end))
    typed = _PLACE_TYPE_END.search(text, start, end)
    typed_place = typed is not None and bool(unit_kinds(text[start:typed.start()]))  # "of Bach Long Vi Special Zone": no Mr Vi
    if len(words) > 2 and not typed_place and not _PLACE_LEVEL_AFTER.match(text, end):  # "… of Si Lo Lau commune": a place, no Mr Lo
        for i in range(1, len(words) - 1):
            if words[i].group() in family_names() and 2 <= len(words) - i <= 4 \
                    and not _INSTITUTION_WORDS.intersection(w.group() for w in words[i:]) \
                    and (not unit_kinds(f"{words[i - 1].group()} {words[i].group()}")
                         or words[i + 1].group() in ("Văn", "Thị", "Van", "Thi")) \
                    and (len(words) > search_above  # a short name is split only after a known place ("Thành ủy Huế
                         or unit_kinds(text[start:words[i - 1].end()]) and not unit_kinds(text[start:end])):  # Nguyễn Đình Trung")
                return words[i - 1].end()  # not "… of An Giang Provincial Police": a place, then its body
    return end if len(words) <= most else words[most - 1].end()


# A body named by its level alone, as a position's end: "Phó Chủ tịch UBND tỉnh", "Giám đốc Công an huyện".
_BODY_AND_LEVEL = re.compile(r"(?:UBND|HĐND|[ỦUủu][yỷ]\s+ban\s+nhân\s+dân|Hội\s+đồng\s+nhân\s+dân|Công\s+an|BĐBP|MTTQ|"
                             r"[ĐđTtHh][^\W\d_]*\s+[ủu][yỷ]|[Qq]uân\s+sự|Sở\s+[\w&-]+(?:\s+[\w&-]+){0,8})\s+(?:tỉnh|huyện|xã|phường|thành\s+phố|thị\s+xã|quận)\s+$")


def holder_after_body(text: str, start: int, name: str) -> bool:
    """'Phó Chủ tịch UBND tỉnh Trần Kim Hùng': after a body and its level, a name that opens with a family
    name and is no place of that level is the position's holder."""
    return (bool(_BODY_AND_LEVEL.search(text, max(0, start - 60), start)) and name.split()[0] in family_names()
            and not unit_kinds(name))


# Two-syllable words of bodies' names. In sentence case only the first syllable is capitalised ("Hội đồng
# Bầu cử quốc gia", "Ban Chấp hành", "Trạm Hội ngộ"), and the second may be a verb on its own ("cử",
# "đạo"): after its first syllable it goes on the name. Written all in lower case ("phân giới cắm mốc",
# "hội đàm") they continue a name as well, unless the pair is a verb there ("tổ chức").
VI_COMPOUNDS = frozenset(
    "chấp hành|bầu cử|đại học|cao đẳng|trung học|tiểu học|hội ngộ|hội đàm|chỉ đạo|chỉ huy|tổ chức|thường vụ|thường trực|"
    "tuyên giáo|dân vận|kiểm tra|kiểm soát|kiểm sát|tham mưu|chính trị|hậu cần|kỹ thuật|hành chính|tư pháp|tài chính|"
    "nội vụ|ngoại vụ|ngoại giao|phân giới|cắm mốc|điều tra|truyền thông|phát thanh|truyền hình|văn công|nghệ thuật|"
    "quản lý|thi đua|khen thưởng|bảo vệ|bảo hiểm|y tế|giáo dục|đào tạo|phòng chống|xuất nhập|nhập cảnh|xuất cảnh|"
    "quốc phòng|an ninh|cảnh sát|thanh tra|kinh tế|xã hội|văn hóa|văn hoá|thể thao|du lịch|công thương|nông nghiệp|"
    "môi trường|tài nguyên|liên lạc|hợp tác|hữu nghị|đối ngoại|cứu hộ|cứu nạn|tìm kiếm|thông tin|khoa học|công nghệ|"
    "xây dựng|giao thông|vận tải|lao động|thương binh|dân tộc|tôn giáo|thanh niên|phụ nữ|nông dân|chiến binh|"
    "phòng cháy|chữa cháy|ma túy|ma tuý|tội phạm|hình sự|trinh sát|đặc nhiệm|cơ động|huấn luyện|nghiệp vụ|tác chiến|"
    "dân quân|tự vệ|biên giới|nhân dân|quân sự|vũ trang|hải quan|biên phòng|khu vực|thiện nguyện|tình nguyện|"
    "chữ thập|quân y|dân y|bán trú|nội trú|phổ thông|mầm non|giám sát|thẩm định|tiếp dân|pháp chế|liên hiệp|liên đoàn|"
    "mặt trận|liên minh|liên ngành|biên cảnh|phát triển|chính phủ|trật tự|kiểm lâm|thập đỏ|di trú|tự trị|phòng thủ|dân sự|pháp luật|soạn thảo|biên tập|kiểm ngư|thủy sản|thuỷ sản|đoàn kết|á châu|âu châu|tư vấn|câu lưu|"
    "năng lượng|thương mại|dịch vụ|đầu tư|sản xuất|xuất khẩu|nhập khẩu|vật tư|thiết bị|xuất bản|bất động|động sản|"
    "nhà báo|nhà văn|từ thiện|doanh nhân|nghề cá|cảng cá|thị trường|khí tượng|thủy văn|thuỷ văn|hải văn|địa chất|"
    "thủy lợi|thuỷ lợi|lâm nghiệp|ngư nghiệp|kiểm dịch|thú y|bảo tồn|quy hoạch|đo đạc|bản đồ|khuyến học|khuyến nông|"
    "quảng cáo|điện lực|viễn thông|bưu điện|ra đa".split("|"))


# One Vietnamese syllable, its marks folded away: "song", "muong", "nghia".
VI_SYLLABLE = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
_VI_WORD = re.compile(VI_SYLLABLE)


def vietnamese_words(name: str) -> bool:
    """Every word of the name is spelt as a Vietnamese syllable ("Cầu Muống", "Song Doc"; not "Frontline")."""
    return all(_VI_WORD.fullmatch(word) for word in re.split(r"[\s–-]+", fold_text(name)) if word)


# A Vietnamese name by its middle syllable, whatever its family name: "Pit Van Chuyen", "Sầm Thị Hoa".
MIDDLE_NAME = re.compile(r"(?<![\w-])(?P<first>[A-ZĐ][^\W\d_A-Z]+) (?:Van|Văn|Thi|Thị) [A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_A-Z]+"
                         r"(?: [A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_A-Z]+)?(?![\w-])")


# The head of a settlement ("Trưởng bản", "trưởng thôn", "Phó trưởng ấp") names either a person or the settlement
# it heads: "Trưởng bản Sùng A Chứ", but "Trưởng bản Pa Thơm", "trưởng thôn Phú Lâm".
SETTLEMENT_HEAD = re.compile(r"(?<![\w])(?:[Pp]hó\s+)?[Tt]rưởng\s+(?:bản|thôn|ấp|xóm|bon|buôn|làng|khu\s+phố|tổ\s+dân\s+phố)\s+$")
_PERSON_SECOND = frozenset("Văn Thị Van Thi A Seo Mí Sào Chín Đức".split())
_PERSON_PREFIX = frozenset("Y H' H’ A K' K’".split())  # Ê Đê, Ba Na and Gia Rai given names: "Y Kông", "A Phiu"


def names_a_person(name: str) -> bool:
    """Whether a name after the head of a settlement's title is a person's: a family name, a middle name or
    a Highlands prefix opens it ("Sùng A Chứ", "Pờ Văn Dần", "Y Kông"), not a village's ("Pa Thơm")."""
    words = name.split()
    return bool(words) and (words[0] in family_names() or words[0] in _PERSON_PREFIX
                            or len(words) > 1 and words[1] in _PERSON_SECOND)


def body_name(template: str, place: str) -> str:
    """A province's body named after it: "People's Committee of {} Province" with Nghe An, but a city's is "People's
    Committee of Ho Chi Minh City"."""
    return (template.replace("{} Province", "{}") if place.endswith(" City") else template).format(place)
