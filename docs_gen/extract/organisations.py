"""Organisations by pattern, in English and Vietnamese: border posts and stations, provincial commands,
People's and Party Committees, police, customs, military and Coast Guard units, foreign counterparts.

English names end in a head noun ("Nghia Thuan Border Guard Station", "Phongsaly Provincial Military
Command"); Vietnamese ones open with it ("Đồn Biên phòng Sín Thầu", "Công an tỉnh Lào Cai"). A border
post has one key in both languages, so the English and Vietnamese reports of it meet on one page.
"""
from __future__ import annotations

import re

from ..admin_units import unit_kinds
from ..models import ORGANISATION, Mention
from .names import slugify, vietnamese_words
from .organisations_en import (country_police, english_organisations, level_only_bodies, lower_case_heads,
                               lower_case_posts_of)
from .organisations_vi import (companies, drug_departments, field_bodies, listed_posts, lower_case_units, party_key,
                               province_bodies, vietnamese_named_bodies, vietnamese_organisations)


def find_organisations(text: str, is_foreign_place=lambda name: False) -> list[Mention]:
    # Each pattern runs only where the text holds what it needs (a digit, ".vn", a credit's mark).
    found = english_organisations(text, is_foreign_place) + vietnamese_organisations(text) + vietnamese_named_bodies(text)
    if _LOWER_HEAD_GATE.search(text):
        found += lower_case_heads(text, is_foreign_place) + lower_case_posts_of(text) + country_police(text)
    if "rovincial " in text:
        found += level_only_bodies(text)
    if "tỉnh" in text or "Tỉnh" in text or "Đoàn Thanh" in text or "thành phố" in text:
        found += province_bodies(text)
    if "cảnh sát" in text or "dân y" in text:
        found += lower_case_units(text, found)
    if "ông ty" in text:
        found += companies(text)
    if "Ban " in text or "Trung tâm" in text or "Hội đồng" in text or "Phòng khám" in text or "Trạm " in text:
        found += field_bodies(text)
    if "chống ma t" in text:
        found += drug_departments(text)
    if "phòng:" in text or "phòng :" in text or "BP:" in text:
        found += listed_posts(text)
    if _DIGIT.search(text):
        numbered = _numbered_units(text)
        spans = {(x.start, x.end) for x in numbered}
        found = [x for x in found if (x.start, x.end) not in spans] + numbered  # "Bộ Tư lệnh Vùng 5": one key, the number's
    if ".vn" in text or ".VN" in text:
        found += _news_sites(text)
    if "(" in text or "- " in text or "– " in text or ":" in text or text.startswith(("Theo ", "Compiled by ")) \
            or text.endswith((" -", " –")):
        found += _credited_outlets(text, is_foreign_place)
    if "hỉ huy Đồn" in text or "hỉ huy đồn" in text:
        found = _commands_of_posts(text, found)
    if "Biên phòng" in text or "BĐBP" in text or "CANDVT" in text or "vũ trang" in text or "Campuchia" in text:
        found = [_with_owning_force(text, x) for x in found]
    return found


# A numbered unit followed by the force it belongs to: "Hải đoàn 28 Bộ đội Biên phòng", "Đồn 209 Công an nhân dân vũ
# trang", "Tiểu đoàn 623 Cảnh sát Biên phòng Campuchia": one name, the unit's.
_OWNING_FORCE = re.compile(r"\s+(?:Bộ\s+đội\s+[Bb]iên\s+phòng|Biên\s+phòng|BĐBP|Công\s+an\s+nhân\s+dân\s+vũ\s+trang|CANDVT|"
                           r"Cảnh\s+sát\s+[Bb]iên\s+phòng\s+Campuchia|Quân\s+đội\s+Hoàng\s+gia\s+Campuchia)(?![\w])")
_ENDS_IN_NUMBER = re.compile(r"\d\Z")


def _with_owning_force(text: str, x: Mention) -> Mention:
    force = _OWNING_FORCE.match(text, x.end) if _ENDS_IN_NUMBER.search(x.text) else None
    if force is None or text.startswith((" tỉnh ", " Tỉnh "), force.end()) or text[force.end() + 1:force.end() + 2].isupper():
        return x  # "Hải đội 2 BĐBP Quảng Ninh": a unit of a province's force, named so elsewhere
    whole = text[x.start:force.end()]
    if force.group().endswith("Campuchia"):  # Cambodia's battalion 623, not one of Vietnam's
        return Mention(x.start, force.end(), x.kind, slugify(whole), whole, (("name", whole), ("level", "foreign")))
    return Mention(x.start, force.end(), x.kind, x.key, whole, tuple((k, whole if k == "name" else v) for k, v in x.data))


_POST_COMMAND = re.compile(r"Ban\s+[Cc]hỉ\s+huy\s+(?=[Đđ]ồn\s)")


def _commands_of_posts(text: str, found: list[Mention]) -> list[Mention]:
    """'Ban Chỉ huy Đồn Biên phòng X', the post's command, is the post: one page for both."""
    posts = {(x.start, x.end): x for x in found if x.key.startswith("border-post-")}
    out = []
    for x in found:
        command = _POST_COMMAND.match(text, x.start)
        post = posts.get((command.end(), x.end)) if command else None
        out.append(Mention(x.start, x.end, x.kind, post.key, x.text, post.data) if post else x)
    return out


# A unit followed by the body it belongs to is one name: "Phòng Cảnh sát Điều tra về tội phạm ma túy Công an
# tỉnh An Giang", "Đội phòng chống ma túy Cục Hải quan tỉnh Điện Biên". Between them only the unit's field,
# in lower case, may stand.
_UNIT_HEAD = re.compile(r"(?:Phòng|Đội|Ban|Trạm|Tổ|Đại\s+đội|Trung\s+đội|Hải\s+đội)\s")
_PARENT_HEAD = re.compile(r"(?:Công\s+an|Cục|Chi\s+cục|Bộ\s+Chỉ\s+huy|Ban\s+Chỉ\s+huy|(?:Bộ\s+đội\s+)?Biên\s+phòng|BĐBP|Hải\s+đoàn|"
                          r"Bộ\s+Tư\s+lệnh|Sở)\s")
_FORCE_SPELLED = re.compile(r"(?:(?:Bộ\s+đội\s+)?Biên\s+phòng|BĐBP)(?:\s+tỉnh)?(?=\s+[A-ZĐ])")
_UNIT_FIELD = re.compile(r"(?:\s+(?:về|và|tội|phạm|ma|túy|tuý|kinh|tế|hình|sự|giao|thông|đường|thủy|thuỷ|bộ|môi|trường|"
                         r"phòng,?|chống|buôn|lậu|gian|điều|tra|trinh|sát|đặc|nhiệm))*\s+")


def units_of_a_body(text: str, found: list[Mention]) -> list[Mention]:
    starts: dict[int, Mention] = {}
    for x in found:
        if _PARENT_HEAD.match(text, x.start) and x.end - x.start > len(starts.get(x.start, x).text) - 1:
            starts[x.start] = x  # the longest body starting there
    out = []
    for unit in found:
        if not _UNIT_HEAD.match(text, unit.start):
            continue
        field = _UNIT_FIELD.match(text, unit.end)
        gap = text[unit.end:field.end()] if field else ""
        parent = starts.get(field.end()) if field and "," not in gap and not gap.endswith(" và ") else None
        if parent is None:
            continue
        name = text[unit.start:parent.end]
        key = slugify(_FORCE_SPELLED.sub("BĐBP", name))  # "Hải đội 2 Biên phòng Quảng Trị" is "Hải đội 2 BĐBP Quảng Trị"
        out.append(Mention(unit.start, parent.end, ORGANISATION, key, name,
                           (("name", name), ("level", parent.get("level") or ""))))
    return out


_DIGIT = re.compile(r"\d")
# What lower_case_heads needs in a text: a head word in lower case.
_LOWER_HEAD_GATE = re.compile(r" police| border | Border Guard|rovincial Border|rovince Border|military command|school|hospital|checkpoint|"
                              r"task force|customs |kindergarten|Guards? station|Border (?:station|post)|immigration |television |radio station|health cent|medical cent")


_VI_NUMBERED = re.compile(
    r"(?<![\w])(?:Ban\s+Chỉ\s+huy\s+|Bộ\s+[Tt]ư\s+lệnh(?:\s+\(BTL\))?\s+(?=Vùng|Cảnh\s+sát\s+biển\s+Vùng)|Border\s+Guard\s+(?=Squadron|Flotilla)|(?:Vietnam|Viet\s+Nam)\s+(?=Coast\s+Guard\s+[Rr]egion))?(?P<unit>Hải\s+[Đđ]ội|Phân\s+đội|Chi\s+đội\s+Kiểm\s+ngư|Binh\s+đoàn|Quân\s+đoàn|Đoàn\s+[Kk]inh\s+tế\s*[-–]\s*[Qq]uốc\s+phòng|Lâm\s+trường|Tiểu\s+đội|Hải\s+đoàn|Biên\s+đội|Tiểu\s+đoàn|Đại\s+đội|Trung\s+đội|Trung\s+đoàn|Lữ\s+[Đđ]oàn|Sư\s+đoàn|Bệnh\s+viện|Vùng\s+Cảnh\s+sát\s+biển|"
    r"Cảnh\s+sát\s+biển\s+Vùng|"
    r"Coast\s+Guard\s+[Rr]egion|Flotilla|Battalion|Brigade|Regiment|Squadron|Checkpoint|Chốt)(?:\s+(?:[Bb]iên\s+phòng|BP|Border\s+Guard))?"
    r"(?:\s+\((?:CSB|BP|BĐBP)\))?\s+(?:số\s+|No\.?\s*)?(?P<n>(?:[IVX]{1,4}/)?\d{1,4})\b(?![.,/]\d)(?P<tail>\s+Command\b|\s+of\s+[A-ZĐ][^\W\d_]*(?:\s+(?:-\s+)?[A-ZĐ][^\W\d_]*){0,4}\s+"
    r"[Pp]rovince\b)?")


# The Navy's regions, numbered before or after: "Naval Region 5", "Vùng 5 Hải quân", "Bộ Tư lệnh Vùng 5" (the
# Coast Guard's are "Vùng Cảnh sát biển 4").
_NAVAL_REGION = re.compile(r"(?<![\w])(?:(?:Bộ\s+Tư\s+lệnh\s+)?Vùng\s+(?P<a>\d)(?:\s+Hải\s+[Qq]uân)?|Bộ\s+[Tt]ư\s+lệnh\s+vùng\s+(?P<e>\d)(?:\s+Hải\s+[Qq]uân)?|vùng\s+(?P<f>\d)\s+Hải\s+[Qq]uân|"
                           r"(?:the\s+)?Naval\s+Region\s+(?P<b>\d)(?:\s+Command)?|(?P<c>\d)(?:st|nd|rd|th)\s+Naval\s+Region(?:\s+Command)?|"
                           r"Hải\s+[Qq]uân\s+[Vv]ùng\s+(?P<d>\d))\b(?!,\s+Hải\s+quân\s+Hoàng\s+gia)")  # "Hải quân vùng 5"
# Thailand's navy names its regions "areas": "Navy Area 2", "the 2nd Naval Area", "Hải quân vùng 2, Hải quân Hoàng gia Thái Lan".
_THAI_NAVAL_AREA = re.compile(r"(?<![\w])(?:(?:Royal\s+Thai\s+)?Navy\s+Area\s+(?P<a>\d)|(?P<b>\d)(?:st|nd|rd|th)\s+Naval\s+Area(?:\s+Command)?|"
                              r"Hải\s+[Qq]uân\s+[Vv]ùng\s+(?P<c>\d)(?=,\s+Hải\s+quân\s+Hoàng\s+gia\s+Thái))\b")
# The Coast Guard's regions by their ordinal or the force's initials: "the 4th Coast Guard Region", "the 4th Regional
# Coast Guard Command", "VCG Region 2", keyed as "Vùng Cảnh sát biển 4".
_COAST_GUARD_REGION = re.compile(r"(?<![\w])(?:Command\s+of\s+the\s+)?(?P<a>\d)(?:st|nd|rd|th)\s+(?:Regional\s+Coast\s+Guard|"
                                 r"Coast\s+Guard\s+Region)(?:\s+Command)?\b|(?<![\w])VCG\s+Region\s+(?P<b>\d)\b(?:\s+Command\b)?")


# Checkpoints and teams numbered after what they do: "Chốt bảo vệ biên giới và phòng, chống dịch COVID-19 số 9",
# "Tổ công tác phòng, chống dịch số 14".
_VI_NUMBERED_DUTY = re.compile(r"(?<![\w])(?:Chốt(?!\s+trưởng)|Tổ\s+công\s+tác|Tổ(?!\s+chức|\s+trưởng|\s+phó)|Đội\s+công\s+tác|Trạm|Cụm)(?:,?\s+(?:[a-zđà-ỹ]+|COVID-19|Covid-19)){1,12}"
                               r"\s+số\s+\d{1,3}\b(?![.,/]\d)")


# A Coast Guard region keyed alike in both languages: "Vùng Cảnh sát biển 4" is "Coast Guard Region 4".
_UNIT_KEYS = {"vung-canh-sat-bien": "coast-guard-region", "canh-sat-bien-vung": "coast-guard-region"}


def _regions(pattern: re.Pattern, text: str, key: str, name: str, level: str) -> list[Mention]:
    """The numbered regions a pattern finds, whichever of its groups holds the number: "Naval Region 5",
    "Vùng 5 Hải quân", "the 5th Naval Region" are one key."""
    out = []
    for found in pattern.finditer(text):
        number = next(n for n in found.groups() if n)
        out.append(Mention(found.start(), found.end(), ORGANISATION, f"{key}-{number}", found.group(),
                           (("name", f"{name} {number}"), ("level", level))))
    return out


def _numbered_units(text: str) -> list[Mention]:
    out = _regions(_NAVAL_REGION, text, "naval-region", "Naval Region", "national")
    out += _regions(_THAI_NAVAL_AREA, text, "royal-thai-navy-area", "Royal Thai Navy Area", "foreign")
    out += _regions(_COAST_GUARD_REGION, text, "coast-guard-region", "Coast Guard Region", "national")
    out += [Mention(x.start(), x.end(), ORGANISATION, slugify(x.group()), x.group(), (("name", x.group()), ("level", "local")))
            for x in _VI_NUMBERED_DUTY.finditer(text)] if "số" in text else []
    for found in _VI_NUMBERED.finditer(text):
        unit = re.sub(r"\s+", " ", found.group("unit")).replace("Hải Đội", "Hải đội")
        key = f"{_UNIT_KEYS.get(slugify(unit), slugify(unit))}-{slugify(found.group('n'))}"
        tail = found.group("tail") or ""
        if tail.lstrip().startswith("of"):  # "Border Guard Squadron 2 of Ba Ria - Vung Tau Province": that province's
            key += "-" + slugify(re.sub(r"^\s*of\s+|\s+[Pp]rovince$", "", tail))
        out.append(Mention(found.start(), found.end(), ORGANISATION, key, found.group(),
                           (("name", found.group()), ("level", ""))))
    return out


# Outlets credited by their abbreviation: "Quang Tri (VNA) –", "TPO - Ngày 2/3", "VCN- In the cold", "Photo: VNA", "(Ảnh: TTXVN)";
# not an abbreviation defined in passing ("the Provincial Border Guard (PBG) has").
_CREDITED = re.compile(r"(?:^|(?<=\())(?P<a>[A-ZĐ][A-ZĐ&]{1,5}(?:/[A-ZĐ]{2,5})?)(?=\)\s*(?:[-–]\s|\.?\s*$)|\s+[-–]\s|[-–]\s(?=[A-ZĐ]))"
                       r"|^\((?P<c>[A-ZĐ][A-ZĐ&]{1,5})\)\s+(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])"  # "(NTO) Bộ Chỉ huy …": a paragraph opening with it
                       r"|(?:Photo|Ảnh|Nguồn|Source|Video|Clip)\s*:\s*(?P<b>[A-ZĐ][A-ZĐ]{1,5}(?:/[A-ZĐ]{2,5})?)\b")


_ROMAN = re.compile(r"^[IVXLC]+$")
# Cities written in capitals as a dateline, spelt as one word ("HANOI") where the gazetteer has two.
_CAPITALS = frozenset({"Hanoi", "Saigon", "Vientiane", "Beijing", "Bangkok", "Hue"})


_PHOTO_BEFORE = re.compile(r"(?:Photo|Ảnh|ảnh|ẢNH)\s*:\s*$")


def _credited_outlets(text: str, is_foreign_place) -> list[Mention]:
    out = []
    for found in _CREDITED.finditer(text):
        group = next(g for g in "abc" if found.group(g))
        name, start = found.group(group), found.start(group)
        if _ROMAN.match(name) or name in _NOT_OUTLETS or name in _CITY_ABBREVIATIONS \
                or found.group("a") and found.start() > 0 and text[start - 1] != "(" \
                or _PHOTO_BEFORE.search(text, max(0, start - 8), start) and len(name) == 2:
            continue  # "Ảnh: MĐ": a photographer's initials (see people.py)
        if found.group("a") and found.start() == 0 and (unit_kinds(name.title()) or name.title() in _CAPITALS):
            continue  # "HANOI - …", "HUẾ –": a dateline's city
        for part in re.finditer(r"[^/]+", name):  # "VNA/VNS": the agency and its paper, each credited
            part_start = start + part.start()
            out.append(Mention(part_start, part_start + len(part.group()), ORGANISATION, slugify(part.group()), part.group(),
                               (("name", part.group()), ("level", ""))))
    return out + _named_outlets(text, is_foreign_place)


# Outlets credited by a name rather than an abbreviation: "(VOVworld) –" or "Kinhtedothi -" opening the
# article, "Source: baobienphong", "Photo: Vientiane Times", "Compiled by BTA". A person credited has two
# names at least ("Photo: Le Thach"), so one word, or a word before a newspaper's head word, is an outlet.
_OUTLET_WORD = r"[A-Za-zĐđ][\w.]*[\w]"
_PAPER_WORDS = "Times|Post|News|Express|Daily|Today|Online|Press|Herald|Tribune|Bridge|Plus|World"
_OUTLET = rf"(?:{_OUTLET_WORD}(?: (?:{_PAPER_WORDS}))?|[A-Z]{{2,5}} [A-Z][a-z]+)"
_NAMED_CREDIT = re.compile(
    rf"^\((?P<a>{_OUTLET}|[A-ZĐ]\w+(?: [A-ZĐ]\w+){{1,2}})\)\s*[-–]"  # "(VOVworld) –", "(VOV5) -", "(Ngày Nay) -"
    rf"|^\((?P<d>[A-ZĐ]\w+(?: [A-ZĐ]\w+){{1,2}})\) (?=[A-ZĐ])"  # "(Web Quảng Trị) Chiều 23/9": a paragraph opening so
    rf"|^(?P<b>{_OUTLET})\s+[-–](?:\s|$)"  # "Kinhtedothi - ", "VietNamNet Bridge - ", "HQ Online -" on a line of its own
    rf"|(?:\b(?:Source|Nguồn|Photo|Ảnh)\s*:\s*|^Theo\s+|\bCompiled\s+by\s+)(?P<c>{_OUTLET})(?=\s*(?:[|)]|\.?$))",
    re.MULTILINE)
_DOMAIN_END = re.compile(r"\.(?:vn|VN|com|COM|net|org)$")
# Cities written short, in brackets after a place as outlets are after a story: "xã Long Hải (TPHCM)".
_CITY_ABBREVIATIONS = frozenset({"TPHCM", "HCM", "HCMC", "TPHN"})
# Credits that name no outlet: a reporter ("PV", phóng viên), a photo handed over, an archive.
_NOT_OUTLETS = frozenset({"PV", "PV.", "provided", "Internet", "internet", "archive", "Archive", "file", "File", "TL", "Tư liệu",
                          "tư liệu", "Handout", "handout", "CTV"})  # "Ảnh: CTV": a contributor (cộng tác viên)


def _named_outlets(text: str, is_foreign_place) -> list[Mention]:
    out = []
    for found in _NAMED_CREDIT.finditer(text):
        group = next(g for g in "abcd" if found.group(g))
        name, start = found.group(group).rstrip("."), found.start(group)
        if group == "c" and (re.fullmatch(r"[A-ZĐ]{2}", name) or " " not in name and not name.isupper() and vietnamese_words(name)):
            continue  # "Ảnh: MĐ", "Ảnh: Khá": a photographer's initials or pen name (see people.py)
        if "." in name and not _DOMAIN_END.search(name):
            continue  # "Ảnh: T.D", "V.LANG - ": a person's initials
        if name in _NOT_OUTLETS or (name.isalpha() and name.isupper() and len(name) <= 5
                                    and not found.group().startswith(("Theo", "Compiled"))):
            continue  # an abbreviation is _CREDITED's
        if (group not in "ad" or " " in name) and (_ROMAN.match(name) or unit_kinds(name.title()) or name.title() in _CAPITALS
                             or is_foreign_place(name) or name.isupper() and " " in name):
            continue  # "HANOI - …", "Photo: Hanoi", "KHOA NAM - " (a reporter): no outlet
        if group == "b" and name.isalpha() and name.istitle() and name.lower() in _COMMON_OPENINGS:
            continue
        out.append(Mention(start, start + len(name), ORGANISATION, slugify(name), name, (("name", name), ("level", ""))))
    return out


# Capitalised words that open a sentence before a dash without crediting anyone.
_COMMON_OPENINGS = frozenset({"update", "video", "photo", "photos", "infographic", "exclusive", "live", "note", "clip",
                              "ảnh", "video", "tin", "bài", "independence"})  # "Independence - Freedom - Happiness", the motto


_NEWS_SITE = re.compile(r"(?<![\w.@/])[A-Za-z][A-Za-z-]{2,30}\.(?:vn|VN|com\.vn|net\.vn|org\.vn|gov\.vn)\b(?![./\w])")


def _news_sites(text: str) -> list[Mention]:
    """Online papers credited by their address ("Baonghean.vn", "VOV.VN"): organisations."""
    return [Mention(x.start(), x.end(), ORGANISATION, slugify(x.group()), x.group(), (("name", x.group()), ("level", "")))
            for x in _NEWS_SITE.finditer(text)]


# Bodies listed before the last one, which names their shared owner once: "Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt
# Nam xã Long Hải" are the commune's four bodies; "Bí thư Đảng ủy, Chủ tịch UBND xã Ia Dal" holds two posts of one
# commune; "Bí thư Đảng ủy, Chính ủy BĐBP tỉnh Nghệ An", the command's Party committee.
_SHARED_HEAD = (r"Đảng\s+(?:ủy|uỷ)|Đảng\s+bộ|HĐND|Hội\s+đồng\s+[Nn]hân\s+[Dd]ân|UBND|(?:[ỦU]y|Uỷ)\s+ban\s+[Nn]hân\s+[Dd]ân|"
                r"(?:(?:[ỦU]y|Uỷ)\s+ban|UB)\s+(?:MTTQ|Mặt\s+trận\s+Tổ\s+quốc)(?:\s+Việt\s+Nam)?|UBMTTQ(?:\s+Việt\s+Nam)?|"
                r"MTTQ(?:\s+Việt\s+Nam)?|Công\s+an|Hội\s+(?:Liên\s+hiệp\s+)?[Pp]hụ\s+nữ|Hội\s+[Nn]ông\s+dân|"
                r"Hội\s+[Cc]ựu\s+chiến\s+binh|Đoàn\s+[Tt]hanh\s+niên|Ban\s+[Cc]hỉ\s+huy\s+[Qq]uân\s+sự")
_SHARED_HEAD_AT = re.compile(rf"(?:{_SHARED_HEAD})(?![\w])")
_SHARED_TITLE = (r"(?:Phó\s+)?(?:Chủ\s+tịch|Chính\s+ủy|Chính\s+uỷ|Chính\s+trị\s+viên|Chỉ\s+huy\s+trưởng|Đồn\s+trưởng|"
                 r"Trưởng|Giám\s+đốc|Bí\s+thư)\s+")
_LISTED_HEADS = re.compile(rf"(?<![\w])(?P<heads>(?:(?:{_SHARED_TITLE})?(?:{_SHARED_HEAD})(?:\s*,\s*|\s+và\s+|\s+[-–]\s+))+)"
                           rf"(?P<title>{_SHARED_TITLE})?$")
LISTED_HEAD = re.compile(_SHARED_HEAD)
_SHARED_TITLE_AT = re.compile(_SHARED_TITLE)
_TITLE_BEFORE = re.compile(_SHARED_TITLE + r"\Z")
_OWNER_OPENS = re.compile(r"(?:xã|huyện|tỉnh|phường|thị\s+trấn|thị\s+xã|thành\s+phố|quận|TP\.?)\s?[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]")


# In English the owner follows the last body after "of": "the Party Committee, People's Council and People's Committee
# of Tam Hop commune".
_SHARED_HEAD_EN = (r"Party\s+Committee|People['’]s\s+Council|People['’]s\s+Committee|(?:Vietnam\s+)?Fatherland\s+Front(?:\s+Committee)?|"
                   r"Police|Military\s+Command|Women['’]s\s+Union|Youth\s+Union|Farmers['’]?\s+Association|Veterans['’]?\s+Association")
_LISTED_HEADS_EN = re.compile(rf"(?<![\w’'])(?P<heads>(?:(?:{_SHARED_HEAD_EN})(?:,\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?))+)$")
_SHARED_HEAD_EN_AT = re.compile(rf"(?:{_SHARED_HEAD_EN})\s+of\s+")
LISTED_HEAD_EN = re.compile(_SHARED_HEAD_EN)


def _as_if_named(text: str, start: int, end: int, name: str) -> Mention | None:
    """The words at start:end keyed as the body `name` would be, if the patterns find it whole."""
    named = key_as_named(name)
    return Mention(start, end, ORGANISATION, named.key, text[start:end], named.data) if named else None


def key_as_named(name: str) -> Mention | None:
    """The body `name` as the patterns find it, if they find it whole."""
    return next((x for x in find_organisations(name) if x.start == 0 and x.end == len(name)), None)


def shared_owner_bodies(text: str, found: list[Mention]) -> list[Mention]:
    """The bodies named in a list by their kind alone, each keyed as if its owner, named once at the list's end,
    were written after it."""
    return _shared_owner_bodies_vi(text, found) + _shared_owner_bodies_en(text, found)


# The Party committee named before the body it leads, or before a post of it: "advise the Party Committee, Border Guard
# Command", "Secretary of the Party Committee, Political Commissar of the Provincial Border Guard Command", "Deputy
# Secretary of the Party Committee and Chairman of the People's Council of Tho Chau Special Zone".
_PARTY_BEFORE_EN = re.compile(r"(?<![\w])Party\s+Committee(?:,\s+|\s+and\s+)(?:(?:Deputy\s+|Vice\s+)?(?:Chairman|Chairwoman|Chair|"
                              r"Political\s+Commissar|Commander|Director|Head)\s+of\s+)?(?:the\s+)?$")


def _shared_owner_bodies_en(text: str, found: list[Mention]) -> list[Mention]:
    out = []
    for body in found:
        own = _SHARED_HEAD_EN_AT.match(text, body.start)
        party = _PARTY_BEFORE_EN.search(text, max(0, body.start - 80), body.start) if "Party" in text else None
        if party:
            start, end = party.start(), party.start() + len("Party Committee")
            if own and not text.startswith("Party", body.start):  # "… Chairman of the People's Council of X": X's
                out.append(_as_if_named(text, start, end, f"Party Committee of {text[own.end():body.end]}"))
            elif not own and body.key.startswith(("border-guard-command", "military-command-", "border-post-")):
                name = f"Party Committee of the {body.get('name') or body.text}"
                out.append(Mention(start, end, ORGANISATION, party_key("dang-uy", body), text[start:end],
                                   (("name", name), ("level", body.get("level") or ""))))
        listed = _LISTED_HEADS_EN.search(text, max(0, body.start - 120), body.start) if own else None
        for head in LISTED_HEAD_EN.finditer(listed.group("heads")) if listed else ():
            start, end = listed.start() + head.start(), listed.start() + head.end()
            out.append(_as_if_named(text, start, end, f"{' '.join(head.group().split())} of {text[own.end():body.end]}"))
    return [x for x in out if x is not None]


def _shared_owner_bodies_vi(text: str, found: list[Mention]) -> list[Mention]:
    out = []
    for body in found:
        if body.start < 5 or text[body.start - 1] not in " ,":
            continue
        listed = _LISTED_HEADS.search(text, max(0, body.start - 120), body.start)
        if listed is None or listed.group("title") and not _SHARED_TITLE_AT.match(listed.group("heads")) \
                and not _TITLE_BEFORE.search(text, max(0, listed.start() - 20), listed.start()):
            continue  # a title after the list is a person's second post ("Bí thư Đảng ủy, Chủ tịch UBND xã X"), after the first
        own = _SHARED_HEAD_AT.match(text, body.start)
        owner = text[own.end():body.end].strip() if own else ""
        for head in LISTED_HEAD.finditer(listed.group("heads")):
            start, end = listed.start() + head.start(), listed.start() + head.end()
            kind = " ".join(head.group().split())
            if owner and _OWNER_OPENS.match(owner):  # the owner is a place: the head of that place
                out.append(_as_if_named(text, start, end, f"{kind} {owner}"))
            elif not own and kind.startswith("Đảng"):  # a unit's own Party committee or organisation
                out.append(Mention(start, end, ORGANISATION, party_key(slugify(kind), body), text[start:end],
                                   (("name", f"{kind} {body.text}"), ("level", body.get("level") or ""))))
    return [x for x in out if x is not None]
