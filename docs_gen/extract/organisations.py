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
from .names import slugify
from .organisations_en import english_organisations, lower_case_heads
from .organisations_vi import listed_posts, province_bodies, vietnamese_named_bodies, vietnamese_organisations


def find_organisations(text: str, is_foreign_place=lambda name: False) -> list[Mention]:
    # Each pattern runs only where the text holds what it needs (a digit, ".vn", a credit's mark).
    found = english_organisations(text, is_foreign_place) + vietnamese_organisations(text) + vietnamese_named_bodies(text)
    if " police" in text or " border " in text or "provincial Border" in text or "military command" in text:
        found += lower_case_heads(text)
    if "tỉnh" in text or "Tỉnh" in text or "Đoàn Thanh" in text:
        found += province_bodies(text)
    if "phòng:" in text or "phòng :" in text or "BP:" in text:
        found += listed_posts(text)
    if _DIGIT.search(text):
        found += _numbered_units(text)
    if ".vn" in text or ".VN" in text:
        found += _news_sites(text)
    if "(" in text or " - " in text or " – " in text or ":" in text:
        found += _credited_outlets(text)
    return found


_DIGIT = re.compile(r"\d")


_VI_NUMBERED = re.compile(
    r"(?<![\w])(?P<unit>Hải\s+đội|Hải\s+đoàn|Tiểu\s+đoàn|Đại\s+đội|Trung\s+đội|Trung\s+đoàn|Lữ\s+đoàn|Sư\s+đoàn|Vùng\s+Cảnh\s+sát\s+biển|"
    r"Cảnh\s+sát\s+biển\s+Vùng|Bộ\s+Tư\s+lệnh\s+Vùng|"
    r"Coast\s+Guard\s+Region|Flotilla|Battalion|Brigade|Regiment|Squadron)(?:\s+(?:[Bb]iên\s+phòng|Border\s+Guard))?\s+(?:số\s+|No\.?\s*)?"
    r"(?P<n>\d{1,3})\b")


def _numbered_units(text: str) -> list[Mention]:
    out = []
    for found in _VI_NUMBERED.finditer(text):
        unit = re.sub(r"\s+", " ", found.group("unit"))
        key = f"{slugify(unit)}-{found.group('n')}"
        out.append(Mention(found.start(), found.end(), ORGANISATION, key, found.group(),
                           (("name", found.group()), ("level", ""))))
    return out


# Outlets credited by their abbreviation: "Quang Tri (VNA) –", "TPO - Ngày 2/3", "Photo: VNA", "(Ảnh: TTXVN)";
# not an abbreviation defined in passing ("the Provincial Border Guard (PBG) has").
_CREDITED = re.compile(r"(?:^|(?<=\())(?P<a>[A-ZĐ][A-ZĐ]{1,5}(?:/[A-ZĐ]{2,5})?)(?=\)\s*(?:[-–]\s|\.?\s*$)|\s+[-–]\s)"
                       r"|(?:Photo|Ảnh|Nguồn|Source|Video|Clip)\s*:\s*(?P<b>[A-ZĐ][A-ZĐ]{1,5}(?:/[A-ZĐ]{2,5})?)\b")


_ROMAN = re.compile(r"^[IVXLC]+$")
# Cities written in capitals as a dateline, spelt as one word ("HANOI") where the gazetteer has two.
_CAPITALS = frozenset({"Hanoi", "Saigon", "Vientiane", "Beijing", "Bangkok", "Hue"})


def _credited_outlets(text: str) -> list[Mention]:
    out = []
    for found in _CREDITED.finditer(text):
        name = found.group("a") or found.group("b")
        start = found.start("a") if found.group("a") else found.start("b")
        if _ROMAN.match(name) or found.group("a") and found.start() > 0 and text[start - 1] != "(":
            continue
        if found.group("a") and found.start() == 0 and (unit_kinds(name.title()) or name.title() in _CAPITALS):
            continue  # "HANOI - …", "HUẾ –": a dateline's city
        out.append(Mention(start, start + len(name), ORGANISATION, slugify(name), name, (("name", name), ("level", ""))))
    return out


_NEWS_SITE = re.compile(r"(?<![\w.@/])[A-Za-z][A-Za-z-]{2,30}\.(?:vn|VN|com\.vn|net\.vn|org\.vn)\b(?![./\w])")


def _news_sites(text: str) -> list[Mention]:
    """Online papers credited by their address ("Baonghean.vn", "VOV.VN"): organisations."""
    return [Mention(x.start(), x.end(), ORGANISATION, slugify(x.group()), x.group(), (("name", x.group()), ("level", "")))
            for x in _NEWS_SITE.finditer(text)]
