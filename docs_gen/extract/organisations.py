"""Organisations by pattern, in English and Vietnamese: border posts and stations, provincial commands,
People's and Party Committees, police, customs, military and Coast Guard units, foreign counterparts.

English names end in a head noun ("Nghia Thuan Border Guard Station", "Phongsaly Provincial Military
Command"); Vietnamese ones open with it ("Đồn Biên phòng Sín Thầu", "Công an tỉnh Lào Cai"). A border
post has one key in both languages, so the English and Vietnamese reports of it meet on one page.
"""
from __future__ import annotations

import re

from ..admin_units import family_names, unit_kinds
from ..models import ORGANISATION, Mention
from .names import FUNCTION_WORDS, WORD, is_name_word, name_run, name_run_before, slugify

# The last word of an English organisation's name.
_HEADS = frozenset(
    "Command Station Post Checkpoint Sub-station Substation Department Committee Police Customs Company "
    "Corporation School Hospital Union Association Team Battalion Brigade Regiment Flotilla Squadron Academy "
    "Institute Ministry Bureau Agency Office Council Corps Centre Center Club Commission Secretariat "
    "Administration Authority Board Unit Division Court Procuracy Bank University College Newspaper Television "
    "Radio Federation Organisation Organization Group Fleet Headquarters Garrison Outpost Detachment Directorate "
    "Service Army Navy Assembly Government Politburo Section Zone Staff Posts Stations Commands Checkpoints Forces Force News Sub-department Sub-Department".split())
_HEAD = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(_HEADS - {"Staff"}, key=len, reverse=True))
                   + r"|(?<=Coast )Guard|(?<=General )Staff)(?![\w-])")
# Heads whose name may go on after "of" ("Department of Foreign Affairs", "Command of Quang Tri Province").
_TAKES_OF = frozenset("Sub-department Sub-Department Assembly Army Staff Command Department Committee Ministry Commission Office Bureau Board Council Union Association "
                      "Institute Academy University Administration Authority Directorate Police Customs Headquarters".split())
_CONNECTORS = frozenset({"of", "for", "on", "the", "and", "provincial", "district", "commune"})
# Words that, at the start of a run, are a person's position rather than part of the name: "Commander of
# the Lai Chau Border Guard Command" names the command after "of the".
_POSITIONS = frozenset(
    "Head Chief Commander Deputy Vice Chairman Chairwoman Director Secretary Member Members Leader Leaders "
    "Representative Representatives Officer Officers Soldiers Troops Political Commissar Minister Secretaries "
    "Chairmen Commanders Directors Heads Ministers "
    "Permanent Acting Former Delegation Delegates Mr Mrs Ms".split())
# Runs that are the force itself or a generic body, which the glossary covers or which name nothing.
_GENERIC = frozenset(s.casefold() for s in (
    "Border Guard", "Border Guards", "Vietnam Border Guard", "Viet Nam Border Guard", "Border Guard Force",
    "Border Defence Force", "Border Defense Force", "Border Guard Station", "Border Guard Post", "Border Post",
    "Border Station", "Party", "State", "Army", "Police", "Customs", "Government", "Ministry", "Department",
    "Command", "Committee", "Station", "Post", "Team", "Unit", "Office", "Border Guard Command", "Provincial Border Guard",
    "People's Committee", "Party Committee", "Provincial Police", "High Command", "Forces", "Armed Forces",
    "Border Guard Forces", "Security Forces", "Border Forces", "Border Defence Forces", "Border Defense Forces"))
# "Xin Cai Border Guard Station", "Xin Cai Border Post", "Xin Cai Station": one border post.
_BORDER_POST_EN = re.compile(r"\s+(?:Border\s+(?:Guard\s+|Defen[cs]e\s+)?)?(?:Station|Post)$")
# The common part of a plural name shared by a list: "the Nghe An, Thanh Hoa and Son La provincial Border
# Guard Commands" names three commands.
_PLURAL = re.compile(r"(?:[Pp]rovincial\s+|District\s+|Commune\s+)?(?:Border\s+(?:Guard\s+)?|Military\s+|Police\s+|"
                     r"People['’]s\s+|Party\s+)?(?:Posts|Stations|Commands|Committees|Checkpoints|Departments)$")

# Vietnamese: the opening words, the level word, then the name (a place or a number).
_LEVEL = r"(?:tỉnh|huyện|xã|thành\s+phố|TP\.?|phường|thị\s+trấn|thị\s+xã|quận|Tỉnh|Huyện|Xã|Thành\s+phố)"
_VI_PATTERNS = [  # (pattern up to the name, key prefix, level)
    (r"[Đđ]ồn\s+(?:[Bb]iên\s+[Pp]hòng|BP|BPCK)(?:\s+(?:[Cc]ửa\s+khẩu|CK)(?:\s+[Qq]uốc\s+tế|\s+[Cc]ảng)?|\s+CKQT|\s+CKC|\s+CKP)?\s+",
     "border-post", "local"),
    (r"[Đđ]ồn\s+[Cc]ông\s+an\s+(?:bảo\s+vệ\s+biên\s+giới\s+)?", "police-post", "local"),
    (r"[Tt]rạm\s+(?:[Kk]iểm\s+soát\s+)?(?:BPCK|BP|[Bb]iên\s+phòng|(?=[Cc]ửa\s+khẩu))(?:\s+(?:[Cc]ửa\s+khẩu|CK))?(?:\s+[Qq]uốc\s+tế)?\s+", "border-control-station", "local"),
    (rf"(?:Bộ\s+Chỉ\s+huy|BCH|Bộ\s+chỉ\s+huy|Ban\s+[Cc]hỉ\s+huy)\s+(?:Bộ\s+[Đđ]ội\s+[Bb]iên\s+[Pp]hòng|BĐBP|[Bb]iên\s+[Pp]hòng)\s+{_LEVEL}?\s*", "border-guard-command", "provincial"),
    (rf"(?:Bộ\s+[Đđ]ội\s+[Bb]iên\s+[Pp]hòng|BĐBP|[Bb]iên\s+[Pp]hòng)\s+{_LEVEL}\s+", "border-guard-command", "provincial"),
    (rf"(?:Bộ\s+Chỉ\s+huy|Ban\s+Chỉ\s+huy|BCH|Bộ\s+chỉ\s+huy|Ban\s+chỉ\s+huy)\s+[Qq]uân\s+sự\s+{_LEVEL}\s+", "military-command", ""),
    (rf"(?:Ban\s+CHQS|BCHQS|Ban\s+[Cc]hỉ\s+huy\s+[Qq]uân\s+sự)\s+{_LEVEL}\s+", "military-command", ""),
    (rf"(?:Công\s+an|CA)(?:\s+[Bb]iên\s+phòng)?\s+{_LEVEL}\s+", "police", ""),
    (r"(?:Công\s+an|Cảnh\s+sát|Quân\s+đội|Hải\s+quan|Biên\s+phòng)\s+(?:nước\s+)?(?=(?:Lào|Trung\s+Quốc|Campuchia|Thái\s+Lan)\b)",
     "foreign", "foreign"),
    (rf"(?:Đoàn\s+(?:TN|Thanh\s+niên)|Chi\s+đoàn)\s+{_LEVEL}\s+", "youth-union", ""),
    (rf"Chi\s+bộ\s+(?:{_LEVEL}|thôn|bản|ấp|xóm|khu\s+phố)\s+", "party-cell", "local"),
    (rf"Hạt\s+[Kk]iểm\s+lâm\s+{_LEVEL}\s+", "forest-rangers", "local"),
    (rf"(?:Tòa|Toà)\s+án\s+nhân\s+dân\s+{_LEVEL}\s+", "court", ""),
    (rf"Viện\s+[Kk]iểm\s+sát\s+nhân\s+dân\s+{_LEVEL}\s+", "procuracy", ""),
    (rf"(?:UBND|[ỦU]y\s+ban\s+[Nn]hân\s+[Dd]ân|Uỷ\s+ban\s+[Nn]hân\s+[Dd]ân|HĐND|Hội\s+đồng\s+[Nn]hân\s+[Dd]ân)\s+{_LEVEL}\s+",
     "peoples-committee", ""),
    (rf"(?:Ủy\s+ban|Uỷ\s+ban|UB)\s+(?:MTTQ|Mặt\s+trận\s+Tổ\s+quốc)(?:\s+Việt\s+Nam)?\s+{_LEVEL}\s+", "fatherland-front", ""),
    (r"(?:Tỉnh\s+ủy|Tỉnh\s+uỷ|Huyện\s+ủy|Huyện\s+uỷ|Thành\s+ủy|Thành\s+uỷ)\s+", "party-committee", ""),
    (rf"(?:Đảng\s+ủy|Đảng\s+uỷ)\s+{_LEVEL}\s+", "party-committee", "local"),
    (rf"Đảng\s+bộ\s+{_LEVEL}\s+", "party-organisation", ""),
    (rf"(?:(?:Cục|Chi\s+cục)\s+)?Hải\s+quan(?=\s+(?:{_LEVEL}|[Cc]ửa\s+khẩu|CK)\s)(?:\s+{_LEVEL}|\s+(?:[Cc]ửa\s+khẩu|CK)(?:\s+[Qq]uốc\s+tế)?)?\s+", "customs", ""),
    (r"(?:Tỉnh\s+đội|tỉnh\s+đội)\s+", "military-command", "foreign"),
]
_VI_PATTERN = re.compile("|".join(f"(?P<p{i}>{p})" for i, (p, _, _) in enumerate(_VI_PATTERNS)))
# The first words of those patterns: found first (a literal alternation is quick), each then tried in full.
_VI_OPENING = re.compile(r"(?<![\w])(?:Đồn|đồn|Trạm|trạm|Đảng|Bộ|BCH|Ban|Biên|BĐBP|Công|CA|UBND|Ủy|Uỷ|HĐND|Hội|UB|Tỉnh|tỉnh|Huyện|"
                         r"Thành|Đảng|Cục|Chi|Tòa|Toà|Viện|Hải|BCHQS|Hạt|Đoàn|Cảnh|Quân)(?![\w])")
_VI_NUMBERED = re.compile(
    r"(?<![\w])(?P<unit>Hải\s+đội|Hải\s+đoàn|Tiểu\s+đoàn|Đại\s+đội|Trung\s+đoàn|Lữ\s+đoàn|Sư\s+đoàn|Vùng\s+Cảnh\s+sát\s+biển|"
    r"Cảnh\s+sát\s+biển\s+Vùng|Bộ\s+Tư\s+lệnh\s+Vùng|"
    r"Coast\s+Guard\s+Region|Flotilla|Battalion|Brigade|Regiment|Squadron)(?:\s+(?:Biên\s+phòng|Border\s+Guard))?\s+(?:số\s+|No\.?\s*)?"
    r"(?P<n>\d{1,3})\b")
_COUNTRIES = frozenset({"Việt Nam", "Lào", "Campuchia", "Trung Quốc", "Vietnam", "Laos", "Cambodia", "China"})
_LEVEL_OF = {"tỉnh": "provincial", "thành phố": "provincial", "tp": "provincial", "tp.": "provincial", "huyện": "local",
             "xã": "local", "phường": "local", "thị trấn": "local", "thị xã": "local", "quận": "local"}


def find_organisations(text: str, is_foreign_place=lambda name: False) -> list[Mention]:
    # Each pattern runs only where the text holds what it needs (a digit, ".vn", a credit's mark).
    found = _english(text, is_foreign_place) + _vietnamese(text) + _vietnamese_named(text)
    if " police" in text or " border " in text or "provincial Border" in text:
        found += _lower_case_heads(text)
    if "tỉnh" in text or "Tỉnh" in text:
        found += [Mention(x.start(), x.end(), ORGANISATION, slugify(x.group()), x.group(), (("name", x.group()), ("level", "provincial")))
                  for x in _PROVINCE_BODY.finditer(text)]
    if _DIGIT.search(text):
        found += _numbered_units(text)
    if ".vn" in text or ".VN" in text:
        found += _news_sites(text)
    if "(" in text or " - " in text or " – " in text or ":" in text:
        found += _credited_outlets(text)
    return found


_DIGIT = re.compile(r"\d")
# A province's body named without its province ("UBND tỉnh", "Tỉnh ủy"): the article's province, which
# the linking step puts in (see extract/article.py).
_PROVINCE_BODY = re.compile(r"(?<![\w])(?:(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|Công\s+an|BĐBP|"
                            r"(?:Bộ|Ban)\s+[Cc]hỉ\s+huy\s+(?:BĐBP|Bộ\s+đội\s+Biên\s+phòng))\s+tỉnh|Tỉnh\s+[uủ]y)"
                            r"(?![\w])(?!\s+[A-ZĐÀ-Ỹ])")

# A place's police or border post named with lower-case head words: "Dien Bien police", "the Muong Nha
# border station" (not "Lao police", "local border posts").
_LOWER_HEAD = re.compile(r"(?<=[^\W\d_]) (?P<level>(?:provincial|district|commune|city|town) )?"
                         r"(?P<head>(?:land )?border (?:police |guard )?(?:stations|posts)|(?:land )?border police station|"
                         r"police|border (?:guard |defen[cs]e )?(?:station|post)|border (?:guards|forces|guard force)|"
                         r"(?<=provincial )Border Guards?(?: Command| Force| [Cc]ommands)?)(?![\w-])")
_NATIONALITIES = frozenset("Vietnamese Lao Laotian Chinese Cambodian Thai Local The Provincial District Commune".split())


def _lower_case_heads(text: str) -> list[Mention]:
    out = []
    for head in _LOWER_HEAD.finditer(text):
        start = name_run_before(text, head.start(), 4)
        if start is None:
            continue
        place = text[start:head.start()]
        place = place.removesuffix("’s").removesuffix("'s")
        if (place.split()[0] in _NATIONALITIES and not unit_kinds(place) or place.split()[0] in FUNCTION_WORDS
                or place.casefold() in _GENERIC or place in ("A", "An")):
            continue
        kind = head.group("head").lower()
        plural = kind.endswith(("stations", "posts"))
        if plural:
            kind = kind[:-1]
        if kind == "police":
            key, name = f"police-{slugify(place)}", f"{place} Police"
        elif kind.endswith(("station", "post")) or "province" not in unit_kinds(place) and not head.group("level"):
            key, name = f"border-post-{slugify(place)}", f"{place} Border Guard Station"
        else:  # "An Giang border guards": the province's force
            key, name = f"border-guard-command-{slugify(place)}", f"{place} Provincial Border Guard Command"
        end = start + len(place) if plural else head.end()  # a list's plural head belongs to every name in it
        out.append(Mention(start, end, ORGANISATION, key, text[start:end], (("name", name), ("level", ""))))
        if plural or head.group("head").endswith("ommands"):  # "the Dien Bien and Son La provincial Border Guard commands"
            prefix = key[:-len(slugify(place))]
            for first, last in _names_listed_before(text, start):
                out.append(Mention(first, last, ORGANISATION, prefix + slugify(text[first:last]), text[first:last],
                                   (("name", name.replace(place, text[first:last])), ("level", ""))))
    return out


def _names_listed_before(text: str, end: int) -> list[tuple[int, int]]:
    """(start, end) of the names listed before a name that starts at `end`: 'A, B and' before 'C'."""
    out = []
    while True:
        joined = re.search(r"(?:,\s+and\s+|,\s+|\s+and\s+)$", text[max(0, end - 8):end])
        first = name_run_before(text, end - len(joined.group()), 4) if joined else None
        if first is None:
            return out
        last = end - len(joined.group())
        out.append((first, last))
        end = first


# Outlets credited by their abbreviation: "Quang Tri (VNA) –", "TPO - Ngày 2/3", "Photo: VNA", "(Ảnh: TTXVN)";
# not an abbreviation defined in passing ("the Provincial Border Guard (PBG) has").
_CREDITED = re.compile(r"(?:^|(?<=\())(?P<a>[A-ZĐ][A-ZĐ]{1,5}(?:/[A-ZĐ]{2,5})?)(?=\)\s*(?:[-–]\s|\.?\s*$)|\s+[-–]\s)"
                       r"|(?:Photo|Ảnh|Nguồn|Source|Video|Clip)\s*:\s*(?P<b>[A-ZĐ][A-ZĐ]{1,5}(?:/[A-ZĐ]{2,5})?)\b")
_ROMAN = re.compile(r"^[IVXLC]+$")


def _credited_outlets(text: str) -> list[Mention]:
    out = []
    for found in _CREDITED.finditer(text):
        name = found.group("a") or found.group("b")
        start = found.start("a") if found.group("a") else found.start("b")
        if _ROMAN.match(name) or found.group("a") and found.start() > 0 and text[start - 1] != "(":
            continue
        out.append(Mention(start, start + len(name), ORGANISATION, slugify(name), name, (("name", name), ("level", ""))))
    return out


# Vietnamese names of bodies: the opening words, then a capitalised name whose later words may be lower
# case ("Bộ Tư lệnh Lục quân", "Cục Biên giới", "Phòng Nghiệp vụ", "Trường Tiểu học A Viên").
# A school names its kind first ("Trường THPT Lê Quý Đôn"); "Trường Sơn", "Trường Sa" are places.
_SCHOOL_KINDS = ("THPT|THCS|PTDTBT|PTDTNT|PTDT|PTCS|TH|PT|Tiểu|Trung|Mầm|Mẫu|Đại|Cao|Phổ|Quân|Sĩ|Chính|Dân|Hữu|Nội|"
                 "Dạy|Văn|Cán|Bồi|Kỹ|Nghiệp|Biên|Nghệ|Sư|Năng|Quốc|Song")
_VI_HEADS = re.compile(
    r"(?<![\w])(?P<head>Tiểu\s+đoàn|Đại\s+đội|Trung\s+đoàn|Lữ\s+đoàn|Hải\s+đội|Hải\s+đoàn|Bộ\s+Chỉ\s+huy|Ban\s+Chỉ\s+huy|Ban\s+Chỉ\s+đạo|Bộ\s+Tổng\s+Tư\s+lệnh|Bộ\s+Tổng\s+Tham\s+mưu|Bộ\s+Tư\s+lệnh|Tổng\s+cục|Chi\s+cục|Cục|Phòng|Đội|"
    rf"Quân\s+đội|Học\s+viện|Đại\s+học|Trường(?=\s+(?:{_SCHOOL_KINDS})\b)|Bệnh\s+viện|Trung\s+tâm|Tổng\s+công\s+ty|Công\s+ty|Tập\s+đoàn|Viện|Sở|Trạm(?:\s+y\s+tế|\s+xá)?|Hội|Tòa\s+án|Toà\s+án|Ngân\s+hàng|Đoàn\s+Thanh\s+niên|Quỹ|Quân\s+khu|"
    r"Bộ|Ban(?=\s+(?:Chấp|Thường|Tổ|Dân|Tuyên|Kinh|Nội|Quản|Đối|Văn|Công|Tài|Pháp|Tiếp|Bảo|An|Chuyên)\b)|Ủy\s+ban|Uỷ\s+ban|Liên\s+đoàn|Liên\s+hiệp|Nhóm|Câu\s+lạc\s+bộ|Báo|Đài|Văn\s+phòng|Tỉnh\s+đội|Đảng\s+bộ|Tạp\s+chí)\s+(?=[A-ZĐÀ-Ỹ])")
# Lower-case words that may continue a Vietnamese name after its capitalised first word.
_VI_NAME_WORDS = frozenset(
    "quân binh giới nghiệp vụ sát nhiệm đặc tham mưu trị hậu cần kỹ thuật chính an ninh biên phòng nhân dân quốc sự "
    "tế cơ động huấn luyện quản lý cửa khẩu ma túy tội phạm chống điều tra hình hoàng gia liên hợp tác ngoại đối "
    "tuyên giáo dục đào tạo y học trung tiểu phổ thông non mầm nội trú bán tộc sở cấp và thiện nguyện soát kiểm "
    "giao vận tải hải thủy lợi nghiệp môi trường công thương đội đoàn huy lệnh bộ vũ trang biển cảnh chỉ đạo "
    "thanh niên phụ nữ cựu chiến binh nông dân hội tỉnh huyện xã ủy uỷ chức ương đạo thường bộ phần liên doanh "
    "trách nhiệm hữu hạn động vệ cảng bảo khu án niên kiểm sát sách nông thôn thương binh du lịch thể thao văn hóa hoá "
    "truyền thông tin khoa công nghệ tài chính nguyên tư pháp tôn lao tế dục".split())
# Kinds of body written like names but naming none.
_VI_GENERIC = frozenset({"ban tổ chức", "trạm kiểm soát", "trạm kiểm soát biên phòng", "trạm cửa khẩu", "trạm cửa khẩu chính",
                         "ban chỉ huy biên phòng cửa khẩu", "ban chỉ huy", "ban chỉ đạo", "trạm biên phòng", "đội công tác",
                         "tổ công tác", "đội vận động quần chúng", "đội trinh sát", "hội đồng", "ban quản lý"})
# Name words that only finish a compound ("Tiểu học", "Y học"): "Trường … Nậm Cuổi học về" ends at "Cuổi".
_VI_SECOND_HALF = {"học": {"tiểu", "trung", "đại", "y", "khoa", "sư", "văn", "hóa", "hoá", "tin", "dược"}}
# Verbs that follow a name and share words with names ("điều động" and "điều tra", "tổ chức" and "tổ").
_VI_VERB = re.compile(r"(?:chỉ\s+đạo|chỉ\s+huy|chủ\s+trì|điều\s+động|điều\s+hành|tổ\s+chức|phối\s+hợp|kiểm\s+tra|tuần\s+tra|quản\s+lý\s+(?:và|chặt)|"
                      r"hợp\s+tác\s+(?:với|chặt)|tham\s+gia|trao|tặng|phát\s+hiện|tiến\s+hành|triển\s+khai|thực\s+hiện|tài\s+trợ|"
                      r"hỗ\s+trợ|ủng\s+hộ|bàn\s+giao|tiếp\s+nhận|phát\s+động|ký\s+kết|ra\s+quân|thăm|chúc|đón|cử)\b")
_UNIT_OPENINGS = {"Tiểu", "Đại", "Trung", "Lữ", "Hải", "Đội", "Bộ", "Quân"}  # units that may end on a number
_FOREIGN_END = re.compile(r"(?:Lào|Campuchia|Cam-pu-chia|Trung Quốc|Thái Lan|Hoàng gia)$")
_COUNTRY_AFTER = re.compile(r" (?:nước )?(?:CHDCND Lào|Lào|Campuchia|Cam-pu-chia|Trung Quốc|Việt Nam|VN|Hoàng gia Campuchia)\b")


def _vietnamese_named(text: str) -> list[Mention]:
    out = []
    for head in _VI_HEADS.finditer(text):
        end = _vi_name_end(text, head.end(), unit=head.group("head").split()[0] in _UNIT_OPENINGS)
        if end is None:
            continue
        country = _COUNTRY_AFTER.match(text, end)
        if country:
            end = country.end()
        name = text[head.start():end]
        if " ".join(name.casefold().split()) in _VI_GENERIC:
            continue  # "Ban Tổ chức", "Trạm Kiểm soát biên phòng": a kind of body, no name
        level = "foreign" if _FOREIGN_END.search(name) else ""
        out.append(Mention(head.start(), end, ORGANISATION, slugify(name), name, (("name", name), ("level", level))))
    return out


# Words that never stand inside a Vietnamese name: prepositions, particles, conjunctions.
_VI_STOP = frozenset("và của cho tại với để trong về được bị là có các những cùng đến từ theo trên dưới khi đã đang sẽ "
                     "vừa mới thì mà này đó ở vào ra lên xuống nhằm nên như hay hoặc gồm thuộc tới sau trước qua "
                     "không chưa rất cũng đều nhiều một hai ba bốn năm do bởi lần thứ".split())


def _bridges_to_a_name(text: str, start: int) -> bool:
    """A lower-case word of any kind continues a name when a capitalised word follows it ("Hội Liên
    hiệp Phụ nữ", "Công ty Cổ phần Xi măng Hà Tiên"), unless it is a verb or a word that joins clauses
    ("… Tỉnh ủy ban hành Quyết định", "… do Đại tá …")."""
    word = WORD.match(text, start)
    if not word or word.group() in _VI_STOP or _VI_VERB.match(text, start) or text[word.end():word.end() + 1] != " ":
        return False
    following = WORD.match(text, word.end() + 1)
    return (bool(following) and following.group()[0].isupper() and len(following.group()) > 1
            and following.group() not in FUNCTION_WORDS)


def _vi_name_end(text: str, start: int, unit: bool = False) -> int | None:
    """The end of a name that opens with a capitalised word at `start`: later words are capitalised,
    acronyms, numbers or words of _VI_NAME_WORDS; it ends on such a word, at most eight of them."""
    end = None
    position = start
    placed = False  # a level word and its place were read: the name ends with the place
    for count in range(14):
        word = WORD.match(text, position)
        if not word:
            break
        token = word.group()
        capital = token[0].isupper()
        if placed and not capital:
            break
        placed = placed or capital and text[max(0, word.start() - 5):word.start()] in ("tỉnh ", "huyện ", " xã ")
        if count == 0 and (not capital or token in FUNCTION_WORDS):
            return None
        if token == "và" and (_VI_OPENING.match(text, word.end() + 1) or _VI_HEADS.match(text, word.end() + 1)):
            break  # "Ban Chỉ huy BĐBP Hà Tĩnh và Công an tỉnh": two bodies
        if not capital and (token not in _VI_NAME_WORDS and not _bridges_to_a_name(text, word.start())
                            or _VI_VERB.match(text, word.start())
                            or token in _VI_SECOND_HALF and text[:word.start()].split()[-1].casefold() not in _VI_SECOND_HALF[token]
                            or token == "cần" and not text[:word.start()].endswith("hậu ")):
            break
        if count == 0 and token in ("Tư", "Chỉ", "Tổng"):
            return None  # "Bộ Tư lệnh cần...": a longer opening that did not match, not a name
        if token in FUNCTION_WORDS and count and token not in ("Bà", "Ông", "Anh", "Chị"):
            break  # a sentence going on, but "Bà Rịa" and "Anh Sơn" are names
        end = word.end()
        if text[end:end + 3] in (" - ", " – ") and not text.startswith(("Vương", "Việt", "Lào", "Cam"), end + 3):
            position = end + 3  # "Huấn luyện - Cơ động 2", not "... - Vương quốc Campuchia"
        elif text.startswith(" về ma túy", end) and token == "phạm":
            position = end + 4  # "Phòng Cảnh sát điều tra tội phạm về ma túy": the drug squad
        elif text[end:end + 8] == ", chống " and token == "Phòng":
            position = end + 2  # "Cục Phòng, chống ma túy và tội phạm": prevention and control
        elif end < len(text) and text[end] == " ":
            position = end + 1
        else:
            break
    number = re.match(r"(?: số)? \d{1,3}(?![\d/%.,]\d)", text[end:end + 8]) if end and unit else None
    if number:  # "Tiểu đoàn Huấn luyện - Cơ động 2"
        end += number.end()
    while end is not None and text[start:end].split()[-1] == "và":
        end = start + len(text[start:end].rsplit(" ", 1)[0])
    return end


_NEWS_SITE = re.compile(r"(?<![\w.@/])[A-Za-z][A-Za-z-]{2,30}\.(?:vn|VN|com\.vn|net\.vn|org\.vn)\b(?![./\w])")


def _news_sites(text: str) -> list[Mention]:
    """Online papers credited by their address ("Baonghean.vn", "VOV.VN"): organisations."""
    return [Mention(x.start(), x.end(), ORGANISATION, slugify(x.group()), x.group(), (("name", x.group()), ("level", "")))
            for x in _NEWS_SITE.finditer(text)]


def _english(text: str, is_foreign_place) -> list[Mention]:
    out: list[Mention] = []
    for word in _HEAD.finditer(text):
        end = word.end()
        number = re.match(r" (?:No\.\s*)?\d{1,3}(?![\d/%.,]\d|\d)", text[end:end + 9])  # "Corps 15", "Division No. 2"
        if number:
            end += number.end()
        start = _run_start(text, word.start())
        # "Department of Drug and Crime Prevention", "People's Committee of Ha Giang province": a tail after "of".
        tail = re.match(r"\s+of\s+(?:the\s+)?", text[end:end + 12]) if word.group() in _TAKES_OF and not number else None
        if tail:
            tail_end = _tail_end(text, end + tail.end())
            if tail_end:
                level = re.match(r"\s+(?:province|district|commune|city)\b", text[tail_end:tail_end + 12])
                end = tail_end + (level.end() if level else 0)
        if start is None:
            if end == word.end():
                continue  # a head word alone ("the Committee") names nothing
            start = word.start()
        if text.endswith(("’s", "'s"), start, end):
            end -= 2  # "the Ministry of National Defence’s plan"
        post_of = _POST_OF.match(text, word.start()) if word.group() in ("Station", "Post") else None
        if post_of and _BORDER_BEFORE.search(text, max(0, word.start() - 14), word.start()):
            place_end = name_run(text, post_of.end(), 6)  # "the Border Post of Na Meo International Border Gate"
            if place_end is not None:
                place = _GATE_WORDS.sub("", text[post_of.end():place_end])
                start = text.rindex("Border", 0, word.start())
                out.append(Mention(start, place_end, ORGANISATION, f"border-post-{slugify(place)}", text[start:place_end],
                                   (("name", f"{place} Border Guard Station"), ("level", "local"))))
                continue
        name = text[start:end]
        if name.casefold() in _GENERIC or name.casefold().removeprefix("the ") in _GENERIC:
            continue
        plural = _PLURAL.search(name)
        if plural and plural.start() > 0:
            out += _name_list(text, start, plural, is_foreign_place)
            continue
        if plural and text.startswith(": ", end):  # "the Border Guard Stations: Thanh Hai, Mui Ne and …"
            out += [_org(text, first, last, f"{text[first:last]} {plural.group().removesuffix('s')}", is_foreign_place)
                    for first, last in _listed_names(text, end + 2)]
            continue
        if plural and plural.start() == 0:
            continue  # "Border Guard Stations" of no name
        before_head = text[start:word.start()]
        ended = before_head.rsplit(" and ", 1)[0].split()[-1:] if " and " in before_head else []
        if ended and (ended[0] in _HEADS or ended[0] in _COUNTRIES) and not re.search(r" (?:of|for) .* and ", before_head):
            start += before_head.rindex(" and ") + 5  # "Vietnam and VTC News": the name after "and"
            name = text[start:end]
        if word.group() == "News" and not _OUTLET_NAME.fullmatch(text, start, word.start()):
            continue  # "More Society News", "Latest News": page furniture, not an outlet
        out.append(_org(text, start, end, name, is_foreign_place))
    return out


# The name of an outlet "... News": an acronym ("VTC News") or one or two words that are no section heading.
_OUTLET_NAME = re.compile(r"(?:[A-ZĐ][A-Za-zĐ]*[A-Z]\w*|(?!(?:More|Latest|Related|Top|Hot|Breaking|Other|Society|World|Sports|"
                          r"Business|Local|National|International|Featured|Popular|Daily|Good|Fake|Video|Photo)\b)"
                          r"[A-Z][a-z]+(?: [A-Z][a-z]+)?) ")


_NOT_POST_NAMES = frozenset("Radio Television TV Power Petrol Gas Bus Train Railway Weather Pumping Health Medical "
                            "Research Space Police Fire Rescue Relay".split())
_POST_OF = re.compile(r"(?:Station|Post)\s+(?:of|at)\s+(?:the\s+)?(?=[A-ZĐ])")
_BORDER_BEFORE = re.compile(r"Border\s+(?:Guard\s+)?$")
_GATE_WORDS = re.compile(r"(?:\s+(?:International|National|Main|Auxiliary))?\s+(?:Border\s+Gate|Port|Seaport|Checkpoint|City|Town)$")


def _tail_end(text: str, start: int) -> int | None:
    """The end of a name after "of": capitalised words, joined by "and", "for", "of" ("Drug and Crime
    Prevention and Control")."""
    end = _before_a_person(text, start, name_run(text, start, 8))
    while end is not None:
        joined = re.match(r" (?:and|for|of|on) (?=[A-ZĐ])", text[end:end + 6])
        if joined and joined.group() == " and " and text[:end].rsplit(None, 1)[-1] in _HEADS:
            break  # "Union of the High Command and Viettel Group": the first name is whole, a second begins
        more = name_run(text, end + joined.end(), 6) if joined else None
        if more is None or joined.group() == " and " and _HEADS.intersection(text[end:more].split()):
            break  # "Ministry of Interior and China's Ministry of …": a second body
        end = more
    return end


_NUMBER_GAP = re.compile(r" \d{1,3} ")


def _before_a_person(text: str, start: int, end: int | None) -> int | None:
    """A name after "of" that runs on into a person's ("Department of Foreign Affairs Hoang Van Nam"):
    the body's name ends before the family name."""
    if end is None:
        return None
    words = list(WORD.finditer(text, start, end))
    for i in range(1, len(words) - 1):
        if words[i].group() in family_names() and 2 <= len(words) - i <= 4:
            return words[i - 1].end()
    return end if len(words) <= 6 else words[5].end()


def _run_start(text: str, head_start: int) -> int | None:
    """Where the capitalised run that ends with the head word at `head_start` begins, after dropping
    a position ("Commander of the") and sentence-opening words; None when the head stands alone."""
    words = list(WORD.finditer(text, max(0, head_start - 120), head_start))
    position = head_start
    taken = []
    for word in reversed(words):
        token = word.group()
        gap = text[word.end():position]
        if gap not in (" ", "’s ", "'s ", "' ", "’ ", " & ", "-") and not _NUMBER_GAP.fullmatch(gap):
            break  # "Farmers' Association", "Naval Region 3 Command"
        if not (is_name_word(token) or token in _CONNECTORS or token.isupper() and len(token) <= 6 and "-" not in token):
            break
        if token in _HEADS and taken and taken[-1].group() in ("of", "and"):
            break  # "Border Posts of the Command", "the Committee and the Command": two names
        if token == "the" and text[max(0, word.start() - 3):word.start()] != "of ":
            break  # "the" inside a name only after "of" ("Command of the Navy")
        taken.append(word)
        position = word.start()
    taken.reverse()
    # A run is cut after a position word followed by "of (the)": the name is what comes after.
    for i, word in enumerate(taken):
        before = [w.group() for w in taken[:i]]
        if word.group() == "of" and (not any(w in _HEADS for w in before) or any(w in _POSITIONS for w in before)):
            taken = taken[i + 1:]  # "Action Program of the ...", "Command Officer of the ...": the body after "of"
            break
    possessor = max((i for i, word in enumerate(taken) if _possessive(text, word)), default=None)
    if possessor is not None:
        taken = taken[possessor + 1:]  # "China's Yunnan Provincial Public Security Department": the name after
    while taken and (taken[0].group() in _CONNECTORS or taken[0].group() in FUNCTION_WORDS
                     or taken[0].group() in _POSITIONS or _opening_verb(text, taken[0])):
        taken.pop(0)
    if not taken:
        return None
    return taken[0].start()


def _possessive(text: str, word: re.Match) -> bool:
    """'China's', 'Laos'' before a name; 'People's' and 'Women's' are part of one."""
    token = word.group()
    owner = token[:-2] if token.endswith(("'s", "’s")) else token
    marked = owner != token or text.startswith(("'s ", "’s ", "' ", "’ "), word.end())
    return marked and owner not in ("People", "Women", "Children", "Farmers", "Workers", "Veterans", "Peoples")


def _opening_verb(text: str, word: re.Match) -> bool:
    """'Grasping the Politburo's resolution': a sentence that opens with a verb, not a name."""
    return word.group().endswith("ing") and (word.start() == 0 or text[max(0, word.start() - 2):word.start()] in (". ", "\n"))


def _name_list(text: str, start: int, plural: re.Match, is_foreign_place) -> list[Mention]:
    """'the Sen Thuong, A Pa Chai and Leng Su Sin Border Posts': one organisation for each name, keyed as
    its singular form would be ('Leng Su Sin Border Post')."""
    out = []
    names_end = start + len(text[start:start + plural.start()].rstrip())
    suffix = plural.group().removesuffix("s")
    position = names_end
    while True:
        first = _name_start(text, position)
        if first is None:
            break
        name = text[first:position]
        full = _org(text, first, position, f"{name} {suffix}", is_foreign_place)
        end = start + len(plural.string) if position == names_end else position  # the last keeps its head
        out.append(Mention(first, end, ORGANISATION, full.key, text[first:end], full.data))
        join = re.search(r"(?:,\s+and\s+|,\s+|\s+and\s+)$", text[max(0, first - 8):first])
        if not join:
            break
        position = first - len(join.group())
    return out


def _name_start(text: str, end: int) -> int | None:
    start = None
    position = end
    for word in reversed(list(WORD.finditer(text, max(0, end - 60), end))):
        if word.end() != position or not is_name_word(word.group()) or word.group() in FUNCTION_WORDS:
            break
        start = word.start()
        if start == 0 or text[start - 1] != " ":
            break
        position = start - 1
    return start


# English names of a province's bodies, keyed as their Vietnamese names are: "Lao Cai Provincial Police"
# and "Công an tỉnh Lào Cai" are one organisation.
_PROVINCIAL_EN = [(re.compile(p), prefix) for p, prefix in (
    (r"^(?P<place>.+?)\s+(?:[Pp]rovincial\s+)?Border\s+Guards?(?:\s+High)?(?:\s+Command)?$", "border-guard-command"),
    (r"^(?P<place>.+?)\s+(?:[Pp]rovincial\s+)?Military\s+Command$", "military-command"),
    (r"^(?P<place>.+?)\s+(?:[Pp]rovincial\s+)?Police(?:\s+Department)?$", "police"),
    (r"^(?P<place>.+?)\s+(?:[Pp]rovincial\s+)?People['’]s\s+Committee$", "peoples-committee"),
    (r"^People['’]s\s+Committee\s+of\s+(?P<place>.+?)(?:\s+(?:[Pp]rovince|[Dd]istrict|[Cc]ommune|[Cc]ity))?$", "peoples-committee"),
    (r"^(?P<place>.+?)\s+(?:[Pp]rovincial\s+)?Party\s+Committee$", "party-committee"),
    (r"^(?P<place>.+?)\s+(?:[Pp]rovincial\s+)?Customs(?:\s+Department)?$", "customs"),
)]


_NOT_PLACES = frozenset("Provincial District Commune City National Central Vietnam Viet Nam Vietnamese The".split())


def _org(text: str, start: int, end: int, name: str, is_foreign_place) -> Mention:
    post = _BORDER_POST_EN.search(name)
    level = _level(name, is_foreign_place)
    place = name[:post.start()].split() if post else []
    if post and "Border" not in post.group() and not (0 < len(place) <= 3 and all(is_name_word(w) for w in place)
                                                      and place[-1] not in _NOT_POST_NAMES):
        post = None  # "Xin Cai Station" is a border post, "the Radio Station of ..." is not
    if post and place:
        # "Dinh Ba International Border Gate Border Guard Station" is the post of Dinh Ba, as "Đồn Biên phòng Cửa khẩu Quốc tế Đình Bà"
        key, level = f"border-post-{slugify(_GATE_WORDS.sub('', name[:post.start()]) or name[:post.start()])}", level or "local"
    else:
        key = slugify(name)
        for pattern, prefix in _PROVINCIAL_EN:
            found = pattern.match(name)
            place = re.sub(r"\s+(?:District|Commune|Province|City|Town)$", "", found.group("place")) if found else ""
            if place and all(is_name_word(w) and w not in _NOT_PLACES for w in place.split()):
                key = f"{prefix}-{slugify(place)}"
                break
    return Mention(start, end, ORGANISATION, key, text[start:end], (("name", name), ("level", level)))


def _level(name: str, is_foreign_place) -> str:
    words = name.split()
    foreign = words and words[0] in ("Lao", "Laos", "Chinese", "China", "Cambodian", "Cambodia", "Royal")
    if foreign and not name.startswith("Lao Cai") or words and is_foreign_place(words[0]):
        return "foreign"
    if re.search(r"\b(?:Provincial|provincial|Province)\b", name):
        return "provincial"
    if re.search(r"\b(?:District|Commune|Station|Post|Team|Village|district|commune)\b", name):
        return "local"
    return ""


def _vietnamese(text: str) -> list[Mention]:
    out: list[Mention] = []
    for opening in _VI_OPENING.finditer(text):
        found = _VI_PATTERN.match(text, opening.start())
        if found is None:
            continue
        index = int(found.lastgroup[1:])
        _, prefix, level = _VI_PATTERNS[index]
        end = _name_before_person(text, found.end())
        if end is None and prefix == "border-post":
            number = re.match(r"\d{2,4}\b(?![/.,]\d)", text[found.end():found.end() + 6])  # "Đồn BP 821"
            end = found.end() + number.end() if number else None
        if end is None:
            continue
        code = re.match(r"\d+\b", text[end:end + 6])
        if code and end - found.end() <= 2:  # "Đồn Công an bảo vệ biên giới X16": a code, not a letter
            end += code.end()
        name = text[found.end():end]
        if prefix == "foreign":  # "Công an Trung Quốc": that country's police
            if name in _COUNTRIES:
                whole = text[found.start():end]
                out.append(Mention(found.start(), end, ORGANISATION, slugify(whole), whole, (("name", whole), ("level", "foreign"))))
            continue
        if name in _COUNTRIES:
            continue  # "các Đồn Biên phòng Việt Nam": the country's posts, no one post
        level_word = re.search(rf"{_LEVEL}\s*$", found.group())
        level = level or (_LEVEL_OF.get(re.sub(r"\s+", " ", level_word.group().strip().lower())) if level_word else "")
        if prefix == "party-committee" and not level:
            level = "provincial" if found.group().startswith(("Tỉnh", "Thành")) else "local"
        key = f"{prefix}-{slugify(name)}"
        out.append(Mention(found.start(), end, ORGANISATION, key, text[found.start():end],
                           (("name", text[found.start():end]), ("level", level or "local"))))
        if prefix == "border-post" and text.endswith(("các ", "Các "), 0, found.start()):
            # "các Đồn Biên phòng Ga Ry, A Nông và Hòa Bắc": one post for each name
            for first, last in _listed_names(text, end, after_first=True):
                out.append(Mention(first, last, ORGANISATION, f"{prefix}-{slugify(text[first:last])}", text[first:last],
                                   (("name", f"{found.group().strip()} {text[first:last]}"), ("level", "local"))))
    return out


def _listed_names(text: str, position: int, after_first: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each name in 'A, B và C' from `position` ('after_first': A is read already, the
    list goes on after it)."""
    out = []
    while True:
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


def _name_before_person(text: str, start: int) -> int | None:
    """The place name that ends a Vietnamese body's name, without the person named right after it:
    "Đồn Biên phòng Tổng Cọt Nông Tiến Hùng" is the post Tổng Cọt and its officer Nông Tiến Hùng."""
    end = name_run(text, start, 8, cued=True, dash=True)
    if end is None:
        return None
    words = list(WORD.finditer(text, start, end))
    if len(words) > 4:
        for i in range(1, len(words) - 1):
            if words[i].group() in family_names() and 2 <= len(words) - i <= 4:
                return words[i - 1].end()
        return words[3].end()
    return end


def _numbered_units(text: str) -> list[Mention]:
    out = []
    for found in _VI_NUMBERED.finditer(text):
        unit = re.sub(r"\s+", " ", found.group("unit"))
        key = f"{slugify(unit)}-{found.group('n')}"
        out.append(Mention(found.start(), found.end(), ORGANISATION, key, found.group(),
                           (("name", found.group()), ("level", ""))))
    return out
