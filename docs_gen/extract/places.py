"""Places from the curated gazetteer, the administrative units of Vietnam and patterns ("xã Nghĩa Thuận",
"Pha Luong village", "border marker No. 12"); organisations from the curated list and from patterns
built on places ("People's Committee of Lang Son province", "Lai Chau Provincial Border Guards")."""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import replace
from collections.abc import Sequence

from ..admin_units import city_names, commune_names, district_names, ethnic_groups, family_names, unit_kinds
from ..models import ORGANISATION, PLACE, Mention
from .names import (FUNCTION_WORDS, MIDDLE_NAME, SETTLEMENT_HEAD, WORD, body_name, holder_after_body, is_name_word, name_run,
                    name_run_before, names_a_person, slugify, vietnamese_words)
from .organisations import find_organisations, shared_owner_bodies, units_of_a_body
from .organisations_vi import branches, party_bodies
from .phrases import PhraseMatcher, fold, fold_spelling
from .spans import StaticSpans, choose_links

# Organisations named after a province: (pattern before the place, pattern after it, key prefix, English name).
_APS = r"['’]"
_PLACE_ORGS = [
    (rf"(?:People{_APS}s Committee|Provincial People{_APS}s Committee) of (?:the )?$", r"^(?:\s+(?:province|city|Province|City))?",
     "peoples-committee", "People's Committee of {} Province"),
    (r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) (?:tỉnh|thành phố) $", r"^", "peoples-committee", "People's Committee of {} Province"),
    (r"^", rf"^\s+Provincial People{_APS}s Committee", "peoples-committee", "People's Committee of {} Province"),
    (r"^", r"^\s+(?:Provincial\s+)?Border\s+Guards?(?:\s+(?:Command|Force))?", "border-guard-command", "{} Provincial Border Guard Command"),
    (r"(?:(?:Bộ|Ban) [Cc]hỉ huy (?:Bộ [Đđ]ội [Bb]iên [Pp]hòng|BĐBP)|Bộ [Đđ]ội [Bb]iên [Pp]hòng|BĐBP|Biên [Pp]hòng)(?: \(BĐBP\))? "
     r"(?:(?:tỉnh|thành phố) )?$",
     r"^", "border-guard-command", "{} Provincial Border Guard Command"),
    (r"(?:Provincial\s+)?Border\s+Guards?(?:\s+High)?(?:\s+Command)?\s+of\s+(?:the\s+)?"
     r"(?:(?:Vietnam|Viet\s+Nam|Việt\s+Nam)[’']s\s+)?(?:(?:[a-z-]+\s+){0,3}province\s+of\s+)?$", r"^(?:\s+[Pp]rovince)?", "border-guard-command",
     "{} Provincial Border Guard Command"),
    (r"^", r"^\s+Provincial Party Committee", "party-committee", "{} Provincial Party Committee"),
    (r"(?:Provincial Party Committee|Party Committee) of (?:the )?$", r"^(?:\s+(?:province|Province))?", "party-committee",
     "{} Provincial Party Committee"),
    (r"(?:Tỉnh ủy|Tỉnh uỷ) $", r"^", "party-committee", "{} Provincial Party Committee"),
    (r"(?<![\w-])(?:[Cc]ông [Aa]n|CA) $", r"^", "police", "{} Police"),  # "Công an Đồng Nai", without "tỉnh"
    (r"(?<![\w-])(?:Cục )?[Hh]ải [Qq]uan $", r"^", "customs", "{} Customs Department"),  # "Hải quan Hà Tĩnh"
]
# A word that the patterns above need near the place (before it, or right after it).
_ORG_WORD = re.compile(r"Committee|Command|Border|Guard|BĐBP|[Bb]iên phòng|UBND|[ỦU]y ban|Uỷ ban|Tỉnh [uủ]y|Party|[Cc]ông [Aa]n|CA |[Hh]ải [Qq]uan|"
                       r"\s+(?:Provincial|Border|People)")
_COMPILED = [(re.compile(before + r"\Z" if before != "^" else r"(?!)"), re.compile(after), prefix, name, before == "^")
             for before, after, prefix, name in _PLACE_ORGS]
# The army's military regions, however written: "Military Region 2", "Military Zone 4 Command", "the 4th Military
# Zone", "Quân khu 2", "Bộ Tư lệnh Quân khu 2".
_MILITARY_REGION = re.compile(r"\b(?:(?:Bộ\s+[Tt]ư\s+lệnh\s+)?Quân\s+khu|(?:Command\s+of\s+(?:the\s+)?)?Military\s+(?:Region|Zone))\s+"
                              r"(?P<n>\d{1,2})\b(?:\s+Command\b)?"
                              r"|\b(?P<m>\d)(?:st|nd|rd|th)\s+Military\s+(?:Region|Zone)\b(?:\s+Command\b)?")


def _marks(phrase: str) -> tuple[tuple[str, str], ...]:
    """Each word's letters and the set of its marks, wherever a mark sits: "Ủy" and "Uỷ" are one spelling,
    "biên" and "biển" two."""
    out = []
    for word in phrase.casefold().split():
        letters = unicodedata.normalize("NFD", word)
        base = "".join(c for c in letters if not unicodedata.combining(c)).replace("đ", "d")
        out.append((base, "".join(sorted(c for c in letters if unicodedata.combining(c)))))
    return tuple(out)


# Spellings of one highland syllable that both stand ("Đăk Glei", "Đắk Glei").
_HIGHLAND_SPELLINGS = re.compile(r"(?<![^\W\d_])(đ|l)ăk(?![^\W\d_])")


@functools.lru_cache(maxsize=65536)
def _unit_marks(name: str) -> tuple[tuple[str, str], ...]:
    return _marks(_HIGHLAND_SPELLINGS.sub(r"\1ắk", name.casefold()))


@functools.lru_cache(maxsize=1024)
def _known_matcher(known: tuple[tuple[str, str, str], ...]) -> PhraseMatcher:
    return PhraseMatcher((name, key, True) for name, key, _ in known)


class PlaceFinder:
    def __init__(self, places: Sequence, organisations: Sequence) -> None:
        self.places = {p.id: p for p in places}
        self.organisations = {o.id: o for o in organisations}
        # A one-word Vietnamese name is matched with its diacritics only: "Lào" is Laos, "Lao" an adjective.
        self.place_matcher = PhraseMatcher(
            (phrase, p.id, not _exact_only(phrase, p))
            for p in places for phrase in (p.name, p.vi_name or "", *p.aliases) if phrase)
        # An acronym keeps its spelling: "AP" is not the Vietnamese word "Áp".
        self.org_matcher = PhraseMatcher(
            (phrase, o.id, not _ACRONYM.fullmatch(phrase)) for o in organisations
            for phrase in (o.name, o.vi_name or "", *o.aliases) if phrase)
        # Each curated body's Vietnamese spellings by their marks, so that a match made without marks ("Cảnh sát
        # biên…" for "Cảnh sát biển") is kept only where the text writes no marks or the same ones.
        self.org_marks = {o.id: {_marks(n) for n in (o.name, o.vi_name or "", *o.aliases) if n and not n.isascii()}
                          for o in organisations}
        self.org_unmarked = {o.id: {fold(n).casefold() for n in (o.name, o.vi_name or "", *o.aliases) if n and n.isascii()}
                             for o in organisations}  # "Thanh Nien" spells "Thanh Niên" as well
        self.by_form: dict[str, str] = {}  # every spelling of a curated place -> its id (the first place keeps it)
        for p in places:
            for n in (p.name, p.vi_name or "", *p.aliases):
                if n:
                    self.by_form.setdefault(_form(n), p.id)
                    if not _exact_only(n, p):
                        self.by_form.setdefault(_form(fold(n)), p.id)
                        self.by_form.setdefault(fold_spelling(_form(fold(n))), p.id)  # "Bạch Long Vỹ" is Bạch Long Vĩ
        self.forms = {p.id: {form for n in (p.name, p.vi_name or "", *p.aliases) if n
                             for form in ((_form(n),) if _exact_only(n, p)
                                          else (_form(n), _form(fold(n)), fold_spelling(_form(fold(n)))))} for p in places}
        self.exact = {p.id: {n for n in (p.name, p.vi_name or "", *p.aliases) if n} for p in places}
        self.foreign = {fold(n) for p in places if p.kind == "foreign" for n in (p.name, p.vi_name or "", *p.aliases) if n}
        # Places across the border are spelt many ways ("Ratanakkiri", "Bolykhamsay", "Preyveng"): each curated
        # spelling's sound, kept when it is long enough and names one place only.
        sounds: dict[str, set[str]] = {}
        for p in places:
            if p.kind == "foreign":
                for n in (p.name, p.vi_name or "", *p.aliases):
                    if n and len(sound_key(n)) >= 6:
                        sounds.setdefault(sound_key(n), set()).add(p.id)
        self.foreign_sounds = {key: next(iter(ids)) for key, ids in sounds.items() if len(ids) == 1}
        # Districts and cities are named bare ("Quan Ba", "Mường Khương", "Móng Cái"); communes only with a
        # type word, or once the article has named them so.
        units = ([(name, f"{slugify(name)}-district", True) for name in district_names() if " " in name]
                 + [(name, f"{slugify(name)}-city", True) for name in city_names() if " " in name
                    and name.split()[0] not in _COMMON_FAMILY_NAMES and not self.by_form.get(_form(fold(name)))]
                 + [(name, f"{slugify(name)}-commune", True) for name in commune_names()
                    if " " in name and name.split()[0] not in _COMMON_FAMILY_NAMES])
        self.admin_matcher = PhraseMatcher(units, capitalised=True)
        self.units = units
        self._admin_names: dict[str, list[str]] | None = None  # made when first asked for
        # Communes named after people ("Trần Hưng Đạo", "Lê Lợi") are found bare only once the article has
        # named them with a type word: alone, the name is the person.

    def curated_key(self, name: str, kind: str) -> str | None:
        """The curated place of that name and of a kind that fits ("Co To island" is the island Co To;
        "Hoa Binh river" is no province)."""
        key = self.by_form.get(_form(name)) or self.by_form.get(_form(fold(name))) \
            or self.by_form.get(fold_spelling(_form(fold(name))))
        return key if key and self.places[key].kind in _SAME_KIND.get(kind, (kind,)) else None

    def admin_names(self, key: str) -> list[str]:
        """The spellings of a unit of the gazetteer: a name written with its marks matches only a unit of
        the same marks ("Đón Xuân" is not Đôn Xuân)."""
        if self._admin_names is None:
            self._admin_names = {}
            for name, unit, _ in self.units:
                self._admin_names.setdefault(unit, []).append(name)
        return self._admin_names[key]

    def find(self, text: str, known: tuple[tuple[str, str, str], ...] = ()) -> list[Mention]:
        """Places, and organisations; a pattern organisation contains its place mention as well.
        `known`: (name, key, type) of places the article named earlier with a type word."""
        found = self._curated(text)
        places = [x for x in found if x.kind == PLACE]
        places += self._foreign_by_sound(text, places)
        places += find_pattern_places(text, self.curated_key)
        for start, end, key in self.admin_matcher.find(text):
            end = _without_possessive(text, start, end)
            surface = text[start:end]
            if not surface.isascii() and _unit_marks(surface) not in map(_unit_marks, self.admin_names(key)):
                continue  # "Đón Xuân", "Ban Liên": written with other marks than the unit of that name
            if _in_award_name(text, start) or text.endswith(("báo ", "Báo "), max(0, start - 4), start) \
                    or text.startswith((" bộ", " Bộ"), end) and not text[end + 3:end + 4].isalpha() \
                    or _CREDIT_BEFORE.search(text, max(0, start - 8), start):
                continue  # "báo Tiền Phong": a paper named like a commune; "Ảnh: Anh Dũng", a photographer; "Nam Trung bộ", a region
            if (_written_as_name(surface, False) and not surface.isupper() and _whole_name(text, start, end)
                    and not _is_street(text, start, end) and fold(surface) not in ethnic_groups()
                    and not _DIRECTIONS.issuperset(fold(surface).split())):
                kind = "district" if key.endswith("-district") else "city" if key.endswith("-city") else "commune"
                places.append(Mention(start, end, PLACE, key, text[start:end], (("name", text[start:end]), ("type", kind))))
        if known:
            for start, end, key in _known_matcher(known).find(text):
                if _written_as_name(text[start:end], False):
                    name, kind = next((n, t) for n, k, t in known if k == key)
                    places.append(Mention(start, end, PLACE, key, text[start:end], (("name", name), ("type", kind))))
        organisations = [x for x in found if x.kind == ORGANISATION]
        curated_ends = {x.end: x for x in organisations}
        curated_starts = {x.start: x for x in organisations}
        for body in find_organisations(text, lambda name: fold(name) in self.foreign):
            curated = curated_ends.get(body.end)
            if curated and _OWN_COUNTRY.fullmatch(text, body.start, curated.start):
                # "the Vietnamese Ministry of National Defence": the curated ministry, written with its country
                organisations[organisations.index(curated)] = replace(curated, start=body.start, text=text[body.start:curated.end])
                continue
            curated = curated_starts.get(body.start)
            if curated and curated.end < body.end and _OWN_COUNTRY_AFTER.fullmatch(text, curated.end, body.end):
                # "Bộ Quốc phòng VN", "Bộ Tư lệnh BĐBP Việt Nam": the curated body, written with its country after
                organisations[organisations.index(curated)] = replace(curated, end=body.end, text=text[curated.start:body.end])
                continue
            if any(body.start <= x.start and x.end < body.end and text.startswith((" and ", " và "), x.end)
                   for x in curated_ends.values()):
                continue  # "the Vietnam Bank for Social Policies and Viettel Group": a curated body, then another
            organisations.append(body)
        if "Đảng" in text or "Thường" in text:
            organisations = party_bodies(text, organisations) + organisations  # first: they win ties
        if ", " in text or " và " in text or " and " in text:
            organisations = shared_owner_bodies(text, organisations) + organisations
        if "oàn " in text or "ội " in text or "Chi bộ" in text:
            organisations = branches(text, organisations) + organisations
        if "Công an" in text or "Cục" in text or "Bộ" in text or "BĐBP" in text or "Biên phòng" in text:
            organisations += units_of_a_body(text, organisations)  # with the curated and the provinces' bodies too
        return sorted(choose_links(places) + choose_links(organisations), key=lambda x: (x.start, -x.end))

    def _foreign_by_sound(self, text: str, found: list[Mention]) -> list[Mention]:
        """Capitalised names of one to three words that sound like a curated place across the border."""
        taken = StaticSpans((x.start, x.end) for x in found)
        out = []
        for run in _FOREIGN_NAME_RUN.finditer(text):
            words = [(run.start() + w.start(), run.start() + w.end()) for w in re.finditer(r"[^ -]+", run.group())]
            # The whole run, less the small words that open it ("The Huaphan delegation"): never a part of a longer
            # name ("Guangxi" in "Guangxi Zhuang").
            first, last = 0, len(words) - 1
            while first < last and (text[words[first][0]:words[first][1]] in FUNCTION_WORDS
                                    or text[words[first][0]:words[first][1]] in _TYPE_WORDS):
                first += 1
            while last > first and text[words[last][0]:words[last][1]] in _TYPE_WORDS:
                last -= 1  # "Savannakkhet Province", "Tỉnh Preyveng"
            for start, end in ((words[first][0], words[last][1]),):
                key = self.foreign_sounds.get(sound_key(text[start:end]))
                if key and not taken.overlaps(start, end):
                    place = self.places[key]
                    out.append(Mention(start, end, PLACE, key, text[start:end],
                                       (("name", place.name), ("vi_name", place.vi_name or ""), ("type", place.kind))))
                    break
        return out

    def _curated_matches(self, text: str) -> list[tuple[int, int, str]]:
        """The curated places' matches, less those written in lower case that are no exact spelling ("hòa bình",
        peace, is not Hòa Bình province). A match so dropped does not hide a name that overlaps it: in "Biên
        phòng Thanh Hóa", "phòng Thanh" (folded, Phòng Thành) is dropped and "Thanh Hóa" is found."""
        def written_so(start: int, end: int, key: str) -> bool:
            surface = text[start:_without_possessive(text, start, end)]
            return _written_as_name(surface, False) or self.places[key].kind != "region" and surface in self.exact[key]

        kept = []
        for start, end, key in self.place_matcher.find(text):
            if self.places[key].kind == "region" and _BEARING_BEFORE.search(text, max(0, start - 12), start):
                continue  # "về hướng Tây Bắc", "gió mùa Đông Bắc": a bearing or a wind, not the region
            if written_so(start, end, key):
                kept.append((start, end, key))
                continue
            if self.places[key].kind == "region":
                continue  # "central Vietnam", "miền Trung": a region described, and nothing inside it named
            first = WORD.match(text, start)
            masked = " " * first.end() + text[first.end():end + 60]
            kept += [x for x in self.place_matcher.find(masked) if start < x[0] < end and written_so(*x)]
        return sorted(set(kept))

    def _curated(self, text: str) -> list[Mention]:
        found: list[Mention] = []
        for start, end, key in self._curated_matches(text):
            end = _without_possessive(text, start, end)
            place = self.places[key]
            if _is_street(text, start, end) or _after_family_name(text, start):
                continue  # "đường Hà Nội", "Nguyen Hue" (a person, and a street)
            if place.kind == "country" and (_FORCE_BEFORE.search(text, max(0, start - 20), start) or _HERO_MOTHER_BEFORE.search(
                    text, max(0, start - 6), start) and _HERO_AFTER.match(text, end)):
                continue  # "Bộ đội Biên phòng Việt Nam", "Bà mẹ Việt Nam Anh hùng": inside a name, not the country
            if _in_award_name(text, start) or _MOUNTAIN_RANGE.match(text, end) or _RANGE_BEFORE.search(text, max(0, start - 10), start):
                continue  # "dãy Hoàng Liên Sơn", "the Hoang Lien Son range": mountains, named like the province of old
            surface = text[start:end]
            if _form(surface) not in self.forms[key] and fold_spelling(_form(fold(surface))) not in self.forms[key]:
                continue  # "Lao" (an adjective) is no plural-folded "Laos"
            found.append(Mention(start, end, PLACE, key, text[start:end],
                                 (("name", place.name), ("vi_name", place.vi_name or ""), ("type", place.kind))))
            organisation = self._place_organisation(text, start, end, place) if place.kind in ("province", "city") else None
            if organisation:
                found.append(organisation)
        for region in _MILITARY_REGION.finditer(text):
            number = region.group("n") or region.group("m")
            found.append(Mention(region.start(), region.end(), ORGANISATION, f"military-region-{number}", region.group(),
                                 (("name", f"Military Region {number}"),)))
        taken = StaticSpans((x.start, x.end) for x in found if x.kind == ORGANISATION)
        for start, end, key in self.org_matcher.find(text):
            end = _without_possessive(text, start, end)
            organisation = self.organisations[key]
            surface = text[start:end]
            if self.org_marks[key] and any(c.isalpha() and not c.isascii() for c in surface) \
                    and _marks(surface) not in self.org_marks[key] and fold(surface).casefold() not in self.org_unmarked[key]:
                continue  # "Cảnh sát biên phòng" holds no "Cảnh sát biển" (the Coast Guard)
            if any(c.isalpha() and not c.isascii() for c in surface) and _marks(surface) not in self.org_marks[key] \
                    and any(w[:1].islower() for w in surface.split()):
                continue  # "Tuổi trẻ Bộ đội biên phòng" (the force's youth), not the paper "Tuoi Tre" spelt with marks
            if _PLACE_TYPE_NEAR.search(text, max(0, start - 12), start) or _PLACE_TYPE_AFTER.match(text, end):
                continue  # "xã Tiền Phong", "Tien Phong hamlet": a place named like a paper
            if " " not in surface and _OF_ANOTHER.match(text, end):
                continue  # "the Secretariat of the HCYU", "the Government of Laos": another body's, named on
            if surface == "Chính phủ" and _PRIME_MINISTER_BEFORE.search(text, max(0, start - 10), start):
                continue  # "Thủ tướng Chính phủ": the Prime Minister's title, no mention of the Government
            if surface.endswith("s") and surface[:-1] in (organisation.name, *organisation.aliases) \
                    or _PLURAL_HEAD.search(surface):
                continue  # "the Vietnamese and Lao Governments", "the two countries' Defence Ministries": two bodies
            if surface != surface.upper() and surface.upper() in organisation.aliases and surface not in organisation.aliases:
                continue  # "Who will help?": the word, not WHO (an abbreviation is written in capitals)
            if organisation.level == "national" and _FOREIGN_OWNER_AFTER.match(text, end):
                continue  # "Bộ Tổng tham mưu, Quân đội nhân dân Lào", "Trung ương Đảng Nhân dân Campuchia": another country's
            if _is_street(text, start, end) or _SHIP_OR_LAW_BEFORE.search(text, max(0, start - 12), start):
                continue  # "Thanh Nien Street", "đường Thanh Niên": a street named like a paper; "Tàu Cảnh sát biển
                # 6007", "Luật Cảnh sát biển Việt Nam": a ship or a law named after the body
            if surface[:1].islower() and not surface.isascii() and not surface.startswith(("báo ", "tạp chí ", "đài ")) \
                    and surface[:1].upper() + surface[1:] in (organisation.vi_name, *organisation.aliases):
                continue  # "cán bộ Công an": officers of the police, not the Ministry ("Bộ Công an")
            lowercase_ok = any(a[:1].islower() for a in organisation.aliases) and not text[start:end].endswith("s")
            if not taken.overlaps(start, end) and (lowercase_ok or text[start:end] != text[start:end].lower()):
                if _LEVEL_AFTER.match(text, end):
                    continue  # "Đảng ủy Bộ đội Biên phòng (BĐBP) tỉnh": a province's body, not the national one
                country = _COUNTRY_AFTER.match(text, end)
                if country:  # "Quân đội nhân dân Lào", "Bộ Quốc phòng Campuchia": that country's body, not ours
                    name = text[start:country.end()]
                    found.append(Mention(start, country.end(), ORGANISATION, slugify(name), name,
                                         (("name", name), ("level", "foreign"))))
                    continue
                owner = _COUNTRY_BEFORE.search(text, max(0, start - 16), start)
                if owner:  # "Laos' Ministry of Defence", "the Cambodian Ministry of Interior": theirs, not ours
                    first = start if owner.group().rstrip().endswith(("'", "’", "s")) else owner.start()
                    name = text[first:end]
                    found.append(Mention(first, end, ORGANISATION, slugify(text[owner.start():end]), name,
                                         (("name", name), ("level", "foreign"))))
                    continue
                own = _OWN_COUNTRY_BEFORE.search(text, max(0, start - 12), start) if organisation.level != "foreign" else None
                if own and not own.group().rstrip().endswith(("'s", "’s")):
                    start = own.start()  # "the Vietnamese Government": ours, written with its country ("Vietnam’s
                    # Ministry of National Defense" is the ministry's name after its owner's)
                country = _OWN_COUNTRY_AFTER.match(text, end) if organisation.level != "foreign" else None
                if country:
                    end = country.end()  # "Chính phủ Việt Nam": ours, its country after its name
                found.append(Mention(start, end, ORGANISATION, key, text[start:end],
                                     (("name", organisation.name), ("vi_name", organisation.vi_name or ""),
                                      ("level", organisation.level))))
        return sorted(found, key=lambda x: (x.start, -x.end))

    @staticmethod
    def _place_organisation(text: str, start: int, end: int, place) -> Mention | None:
        before = text[max(0, start - 100):start]
        after = text[end:end + 60]
        if not (_ORG_WORD.search(before) or _ORG_WORD.match(after)):
            return None  # no word of a body's name around: most mentions of a province
        for pattern_before, pattern_after, prefix, name, after_only in _COMPILED:
            if prefix == "police" and place.kind != "province":
                continue  # "Công an TP.HCM" is keyed by organisations_vi, as "Công an TP Hồ Chí Minh" is
            lead = None if after_only else pattern_before.search(before)
            if not after_only and lead is None:
                continue
            tail = pattern_after.match(after)
            if tail is None or (after_only and not tail.group()):
                continue
            org_start = start - (len(before) - lead.start()) if lead else start
            org_end = end + tail.end()
            return Mention(org_start, org_end, ORGANISATION, f"{prefix}-{place.id}", text[org_start:org_end],
                           (("name", body_name(name, place.name)), ("place", place.id)))
        return None


# One to three capitalised words, or two glued ("PrayVeng").
_FOREIGN_NAME_RUN = re.compile(r"(?<![\w’'-])[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]+(?:[ -][A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]+){0,2}(?![\w’'-])")
_TYPE_WORDS = frozenset("Province Provinces District City County Town Tỉnh Huyện Thành Phố Bản Xã".split())
_SOUNDS = [("ph", "f"), ("kh", "k"), ("th", "t"), ("ch", "c"), ("ck", "k"), ("q", "k"), ("ou", "u"), ("x", "s"), ("y", "i"),
           ("ea", "e")]


def sound_key(name: str) -> str:
    """What a foreign name sounds like, whatever its spelling: letters only, spelling pairs made one,
    doubled letters single, no final h ("Ratanakkiri" and "Ratanakiri", "Bolykhamsay" and "Bolikhamxay")."""
    key = re.sub(r"[^a-z]", "", fold(name).casefold())
    for spelling, sound in _SOUNDS:
        key = key.replace(spelling, sound)
    return re.sub(r"(.)\1+", r"\1", key).removesuffix("h")


def _form(name: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", name.casefold().replace("’", "'")))


def _exact_only(phrase: str, place) -> bool:
    """A one-word Vietnamese name is matched as written only: "Lào" is Laos, "Lao" an adjective; "Nga" is
    Russia, "Ngà" (ivory, and the end of "Nậm Ngà") is not."""
    return phrase == place.vi_name and " " not in phrase


_MOUNTAIN_RANGE = re.compile(r"\s+(?:[Rr]ange|[Mm]ountains|[Mm]ountain\s+[Rr]ange)\b")
_RANGE_BEFORE = re.compile(r"(?<![\w])[Dd]ãy\s+(?:núi\s+)?$")


def _whole_name(text: str, start: int, end: int) -> bool:
    """Not a part of a longer capitalised name ("Tam Bình" in "Tam Bình Bá", "Lê Lợi" in "Đinh Lê Lợi")."""
    after = WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    before = re.search(r"([^\W\d_]+)\s$", text[max(0, start - 30):start])
    return not (after and is_name_word(after.group())) and not (before and is_name_word(before.group(1))
                                                               and before.group(1) not in FUNCTION_WORDS
                                                               and not _after_unit_name(text, start)
                                                               and not _BODY_KIND_BEFORE.search(text, max(0, start - 12), start))


# A kind of body written in capitals before its province: "Hải Quan Hà Tĩnh" is the province's customs.
_BODY_KIND_BEFORE = re.compile(r"(?<![\w])(?:Hải Quan|Công An|Biên Phòng|Quân Đội|Cảnh Sát|Kiểm Lâm) $")


# "huyện Kỳ Sơn Nghệ An": a district named with its type word, then its province with no comma between.
_CUED_UNIT_BEFORE = re.compile(r"(?<![\w])(?:huyện|xã|phường|quận|thị xã|thị trấn) (?P<name>(?:[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]* ){1,3})$")


def _after_unit_name(text: str, start: int) -> bool:
    before = _CUED_UNIT_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and bool(unit_kinds(before.group("name").strip()))


# The family names most people bear: a commune named with one of them is named after a person.
_COMMON_FAMILY_NAMES = frozenset("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh "
                                 "Lương Triệu Ngô".split())


def _without_possessive(text: str, start: int, end: int) -> int:
    """The matcher folds "Quang Binh’s" into "Quang Binh": the place ends before the "’s"."""
    return end - 2 if text.endswith(("’s", "'s"), start, end) else end


def _after_family_name(text: str, start: int) -> bool:
    before = re.search(r"([^\W\d_]+) $", text[max(0, start - 12):start])
    return bool(before and before.group(1) in family_names()) and not _after_unit_name(text, start) \
        and not _BODY_KIND_BEFORE.search(text, max(0, start - 12), start) \
        and not _PREPOSITION_OPENING.search(text, max(0, start - 8), start)  # "Hải Quan Hà Tĩnh": not Mr Quan


# A preposition that is a family name too, opening a sentence: "Từ Hà Nội, đoàn …" is from Hanoi, no Mr Từ.
_PREPOSITION_OPENING = re.compile(r"(?:^|[.!?:;\n“\"(]\s*)(?:Từ|Tu) $")


_OWNER_WORDS = r"(?:Quân\s+đội|QĐND|Đảng|Nhân\s+dân|NDCM|Cộng\s+sản)\b[^\W\d_]*(?:\s+[^\W\d_]+){0,4}?\s+"
_FOREIGN_OWNER_AFTER = re.compile(rf"(?:,\s+(?:{_OWNER_WORDS})?|\s+{_OWNER_WORDS})"  # "Chính phủ Lào" is found whole
                                  r"(?:nước\s+)?(?:Lào|Campuchia|Cam-pu-chia|Trung\s+Quốc|Thái\s+Lan|Hoàng\s+gia\s+Campuchia)(?![\w])")
_SHIP_OR_LAW_BEFORE = re.compile(r"(?<![\w])(?:[Tt]àu|(?<![Pp]háp )[Ll]uật|[Dd]ự\s+thảo\s+[Ll]uật|[Pp]háp\s+lệnh)\s+$")


def _is_street(text: str, start: int, end: int) -> bool:
    return bool(_STREET_BEFORE.search(text, max(0, start - 8), start) or _STREET_AFTER.match(text, end))


def _written_as_name(surface: str, lowercase_allowed: bool) -> bool:
    """Proper names capitalise every word ("Lạng Sơn", "Lang Son"); regions may be written in lower case."""
    words = [w for w in re.split(r"[\s\-–]+", surface) if w[:1].isalpha() and w not in ("of", "the", "and")]
    return lowercase_allowed or all(w[0].isupper() for w in words)


# --- places by pattern ---------------------------------------------------------------------------

# Vietnamese type words stand before the name ("xã Nghĩa Thuận"); English ones after it ("Nghia Thuan
# commune"), or before it with "of" ("the commune of Nghia Thuan").
_VI_CUES = {
    "xã": "commune", "phường": "ward", "thị trấn": "township", "thị xã": "town", "huyện": "district", "quận": "district",
    "thành phố": "city", "tp.": "city", "tp": "city", "tỉnh": "province", "bản": "village", "thôn": "village",
    "làng": "village", "xóm": "village", "ấp": "village", "tổ dân phố": "village", "cụm dân cư": "village",
    "khu phố": "village", "huyện đảo": "district", "buôn": "village", "bon": "village", "plei": "village",  # the Highlands' villages
    "cửa khẩu": "border-gate", "cửa khẩu quốc tế": "border-gate", "cửa khẩu chính": "border-gate",
    "cửa khẩu phụ": "border-gate", "cửa khẩu song phương": "border-gate", "lối mở": "border-gate", "sông": "river",
    "suối": "river", "khe": "river", "đảo": "island", "quần đảo": "island", "núi": "mountain", "đèo": "mountain", "hồ": "lake",
    "vịnh": "bay", "h.": "district", "tt.": "township", "khối": "village", "khóm": "village", "tổ": "village",
    "lạch": "river", "cửa biển": "river", "cửa sông": "river", "ngã ba": "junction", "cụm bản": "village", "cụm": "village",
    "ckqt": "border-gate",  # "CKQT Nà Phàu": cửa khẩu quốc tế
    "cảng cá": "border-gate",  # fishing ports ("cảng" alone also names companies' wharves)
    "thác": "waterfall", "cồn": "island", "mũi": "cape", "dốc": "mountain", "dãy": "mountain", "dãy núi": "mountain",
    "vườn quốc gia": "region",  # "thác Bản Giốc", "cồn Pò Thon", "mũi Cà Mau", "dãy Trường Sơn", "Vườn quốc gia Pù Mát"
    "hòn": "island", "cửa": "river",  # "hòn Đá Lẻ" (an islet), "cửa Gianh" (a river's mouth)
    "cù lao": "island", "kênh": "river", "thung lũng": "region", "dòng": "river", "hon": "island", "đỉnh": "mountain", "đỉnh núi": "mountain", "khu kinh tế cửa khẩu": "economic-zone",  # "Hon Tuong" in English text  # "cù lao Minh" (a river island), "kênh Vĩnh Tế"
}
_EN_CUES = {
    "commune": "commune", "ward": "ward", "township": "township", "town": "town", "district": "district", "county": "district",
    "city": "city", "province": "province", "village": "village", "hamlet": "village", "border gate": "border-gate",
    "international border gate": "border-gate", "national border gate": "border-gate", "main border gate": "border-gate",
    "auxiliary border gate": "border-gate", "secondary border gate": "border-gate", "bilateral border gate": "border-gate",
    "pathway": "border-gate", "border pathway": "border-gate", "border crossing point": "border-gate", "border crossing": "border-gate", "river": "river", "stream": "river",
    "island": "island", "islands": "island", "archipelago": "island", "mountain": "mountain", "pass": "mountain",
    "peak": "mountain", "range": "mountain", "mountain range": "mountain", "lake": "lake", "bay": "bay", "waterfall": "waterfall", "estuary": "river", "canal": "river",
    "valley": "region", "gulf": "sea", "bordergate": "border-gate",
    "economic zone": "economic-zone", "border gate economic zone": "economic-zone", "special economic zone": "economic-zone",
    "international border gate economic zone": "economic-zone",
    "economic-commercial zone": "economic-zone", "special economic-commercial zone": "economic-zone",
    "industrial park": "economic-zone",
    "port": "border-gate", "seaport": "border-gate", "fishing port": "border-gate",
    "international checkpoint": "border-gate", "international border checkpoint": "border-gate", "border checkpoint": "border-gate",
    "border checkpoints": "border-gate",
}
_EN_PLURAL = {"communes": "commune", "districts": "district", "counties": "district", "villages": "village", "wards": "ward",
              "provinces": "province", "hamlets": "village", "border gates": "border-gate", "bordergates": "border-gate"}
_VI_PLURAL = re.compile(r"(?:các|hai|ba|bốn|năm|sáu|\d)\s+$", re.IGNORECASE)


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# Type words are found with the phrase matcher (one walk over the block's words), then read in context.
_CUE_WORDS = PhraseMatcher([(cue, f"vi:{kind}", False) for cue, kind in _VI_CUES.items() if not cue.endswith(".")]
                           + [(cue, f"en:{kind}", False) for cue, kind in {**_EN_CUES, **_EN_PLURAL}.items()])
_VI_CUE_AT = re.compile(rf"(?:{_alternation(_VI_CUES)})\s", re.IGNORECASE)  # tried at one position only
_MOUNT = re.compile(r"(?<![\w.])(?:Mount|Mt\.)\s+(?=[A-ZĐ])")
_VI_ABBREVIATION = re.compile(r"(?<![\w.])(?P<cue>TP\.|H\.|TT\.)\s*(?=[^\W\d_]{2})")  # not initials: "H.V (17 tuổi)"
# What may stand between a type word and the name: "cửa khẩu quốc tế (CKQT) Cha Lo", "xã biên giới Na Mèo".
_VI_GAP = re.compile(r"(?:\s+(?:biên\s+giới|giáp\s+biên|vùng\s+biên))?(?:\s+\([A-ZĐ]{2,6}\))?"
                     r"(?:\s*:|,?\s+(?:như|gồm(?:\s+có)?|là)(?=\s+[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]))?"
                     r"(?:\s+|(?<=\.))(?=[^\W\d_])")  # "các cửa khẩu như Chi Ma và Cốc Nam", "các xã: A, B"
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])")
_PLURAL_NAME = re.compile(r"(?:\s+of|,?\s+(?:namely|such\s+as|including)|:)?\s+(?:the\s+)?(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])")
_MARKER = re.compile(
    r"(?<![\w])(?:(?:[Bb]order|[Bb]oundary|[Nn]ational)\s+)?(?:[Mm]arkers?|[Ll]andmarks?|[Mm]ilestones?|(?:[Cc]ột\s+)?[Mm]ốc"
    r"(?:\s+(?:[Qq]uốc\s+[Gg]iới|[Bb]iên\s+[Gg]iới|biên\s+cương|chính|phụ|đại|giới))*)\s*(?:[Nn]o\.?\s*|[Nn]umber\s+|số\s+)?"
    r"(?P<n>\d{1,4}(?:[/.]\d{1,2})?(?: ?\(\d{1,2}\))?)(?![\d/%,.]\d|\d|\s*(?:km|m|meters?|mét|người|hộ)\b)")  # "mốc 67 (2)": a twin
# The markers listed after the first: "markers 411 to 428", "mốc 443 đến 447", "mốc quốc giới 317, 318, 319 và 320";
# a number after a comma is a marker only where no word follows it ("mốc 317, 20 hộ dân").
_MARKER_NUMBER = r"\d{1,4}(?:/\d{1,2})?(?:\(\d{1,2}\))?(?![\d/%,.]\d|\d)"
_MARKER_NEXT = re.compile(rf"\s*,\s*(?:số\s+|No\.?\s*)?(?P<n>{_MARKER_NUMBER})(?!\s*(?!(?:và|and|to|đến|tới)\b)[^\W\d_])|"
                          rf"\s*,?\s*(?:to|and|đến|tới|và|-|–)\s*(?:số\s+|No\.?\s*)?(?P<m>{_MARKER_NUMBER})"
                          r"(?!\s*(?:km|m|meters?|mét|người|hộ|households?|people|famil(?:y|ies)|gia\s+đình)\b)")
_NATIONALITY = re.compile(r"(?:Vietnamese|Cambodian|Chinese|Lao|Laotian|Thai|Malaysian|Indonesian|Filipino|Burmese|"
                          r"Myanmar|Japanese|Korean|Indian|American|Australian|Russian|French|British)")
_ACRONYM = re.compile(r"[A-ZĐ]{2,6}")
# A place's type word before or after a name: "xã Tiền Phong", "Tien Phong hamlet" are places named like papers.
_PLACE_TYPE_NEAR = re.compile(r"(?<![\w])(?:xã|phường|thôn|bản|ấp|làng|khối|khu\s+phố|thị\s+trấn|huyện|quận) $")
_PLACE_TYPE_AFTER = re.compile(r" (?:hamlet|village|commune|ward|district|township)\b")
_OWN_COUNTRY_WORDS = r"Vietnamese|Vietnam['’]s|Viet Nam['’]s|Việt Nam"
_OWN_COUNTRY = re.compile(rf"(?:{_OWN_COUNTRY_WORDS})\s+")
_OWN_COUNTRY_BEFORE = re.compile(rf"(?<![\w-])(?:{_OWN_COUNTRY_WORDS}|Vietnam|Viet Nam)\s+$")
_OWN_COUNTRY_AFTER = re.compile(r"\s+(?:(?:nước\s+)?(?:[Cc]ộng\s+[Hh]òa\s+[Xx]ã\s+[Hh]ội\s+[Cc]hủ\s+[Nn]ghĩa\s+)?(?:Việt\s+Nam|VN)|of\s+(?:the\s+)?(?:Socialist\s+Republic\s+of\s+)?(?:Vietnam|Viet\s+Nam|Việt\s+Nam))")
# A level word after a national body's name makes it that level's body ("Mặt trận Tổ quốc huyện").
_LEVEL_AFTER = re.compile(r"(?:\s*\([^()]{1,12}\))?\s+(?:cấp\s+)?(?:tỉnh|huyện|xã|phường|quận|thị\s+xã|thành\s+phố|cơ\s+sở)\b")
_COUNTRY_AFTER = re.compile(r" (?:nước )?(?:CHDCND Lào|Lào|Campuchia|Cam-pu-chia|Trung Quốc|Thái Lan|Hoàng gia Campuchia)\b")
_FOREIGN_AFTER = re.compile(r"\s*[,(]\s*(?:nước\s+)?(?:Lào|Laos|Campuchia|Cambodia|Trung Quốc|China|Thái Lan|Thailand)\b")
_COUNTRY_BEFORE = re.compile(r"(?:Laos['’]|Lao|Laotian|Cambodia['’]s|Cambodian|China['’]s|Chinese|Thailand['’]s|Thai)\s+$")
# "khu vực Đông Nam đảo Vĩnh Thực": a direction, though communes bear such names too.
_DIRECTIONS = frozenset("dong tay nam bac".split())
_NUMBER_BEFORE = re.compile(r"(?: | No\.\s?)\d{1,3} $")  # "A Luoi 1 Commune", "Son Kim No.1 Commune"
_HEADMAN = re.compile(r"(?:[Gg]ià|[Tt]rưởng|[Pp]hó)\s+$")
# Streets and roads are named after people and places: "đường Lê Lợi", "phố Trần Hưng Đạo", "Le Loi Street"
# ("thành phố", "khu phố" and "tổ dân phố" are a city and quarters, not streets).
_STREET_BEFORE = re.compile(r"(?:[Đđ]ường|(?<![Tt]hành )(?<![Kk]hu )(?<!dân )[Pp]hố|[Đđ]ại\s+lộ|[Nn]gõ|[Hh]ẻm|[Kk]iệt)\s+$")
_STREET_AFTER = re.compile(r"\s+(?:Street|Road|Avenue|Boulevard|Trail|Highway|street|road|walking\s+street)\b")
# A country inside the name of a force or a title: "BĐBP Việt Nam", "Bà mẹ Việt Nam Anh hùng".
_FORCE_BEFORE = re.compile(r"(?:[Bb]iên\s+phòng|BĐBP)\s+(?:\(BĐBP\)\s+)?$")
_HERO_MOTHER_BEFORE = re.compile(r"[Mm]ẹ\s+$")
_HERO_AFTER = re.compile(r"\s+[Aa]nh\s+hùng\b")
_OF_ANOTHER = re.compile(r"\s+of\s+(?:the\s+)?[A-ZĐ]")
_PLURAL_HEAD = re.compile(r"\b(?:Ministries|Governments|Committees|Commands|Councils|Departments|Armies|Navies)\b")
_PRIME_MINISTER_BEFORE = re.compile(r"[Tt]hủ\s+tướng\s+$")
_AWARD_BEFORE = re.compile(r"(?:[Hh]uân\s+chương|[Hh]uy\s+chương|[Hh]uân,\s+[Hh]uy\s+chương|Order\s+of(?:\s+the)?|Medal|"
                           r"(?<![\w])(?:[Tt]hời|[Tt]riều\s+đại|[Nn]hà|[Vv]ương\s+triều))\s+$")


def _in_award_name(text: str, start: int) -> bool:
    """'Huân chương Sao Vàng': an order's name, not the commune Sao Vàng; 'thời Tây Sơn', 'nhà Lý': an era or a
    dynasty, not the district."""
    return bool(_AWARD_BEFORE.search(text, max(0, start - 24), start))
_BEARING_BEFORE = re.compile(r"(?:[Hh]ướng|về\s+phía|[Gg]ió(?:\s+mùa)?|âu|Đông|Tây|Nam|Bắc)\s+$")
_LIST_JOIN = re.compile(r"(?:,\s+|\s+(?:and|và|,\s*and)\s+)")


# Kinds a type word may name among the curated kinds.
_SAME_KIND = {"province": ("province", "city", "foreign"), "city": ("city", "province", "foreign"),
              "town": ("city", "province", "foreign"), "district": ("district", "foreign"), "island": ("island",),
              "commune": ("commune",), "border-gate": ("border-gate",)}


# Vietnamese type words kept inside an English name: "Hon Khoai island" is "hòn Khoai".
_ISLAND_WORD = re.compile(r"^(?:Hon|Hòn|Dao|Đảo)\s+", re.IGNORECASE)


_CREDIT_BEFORE = re.compile(r"(?:Ảnh|ảnh|Photo|Bài|Tin)\s*:\s*$")
_NUMBER_SIGN = re.compile(r" No\.\s?(?=\d)")


def _place_type_key(name: str, kind: str) -> str:
    if kind == "island":
        name = _ISLAND_WORD.sub("", name)
    return f"{slugify(_NUMBER_SIGN.sub(' ', name))}-{kind}"  # "Son Kim No.1" is "Sơn Kim 1"


# The next place of a list, after its type word: "…, tỉnh Quảng Tây", "…, Khu tự trị dân tộc Choang".
_NEXT_IN_LIST = re.compile(r"\s*,\s*(?:(?:tỉnh|thành\s+phố|TP\.|[Kk]hu\s+tự\s+trị(?:\s+dân\s+tộc)?|province\s+of)\s*)?")


def _foreign_after(text: str, end: int, curated_key) -> bool:
    """A place of a neighbour country is among the next two of the list: "TP.Sùng Tả, Khu tự trị dân tộc Choang,
    tỉnh Quảng Tây" is a Chinese city (a curated place that is no Vietnamese unit is a neighbour's)."""
    for _ in range(2):
        after = _NEXT_IN_LIST.match(text, end)
        name_end = name_run(text, after.end(), cued=True) if after else None
        if name_end is None:
            return False
        name = text[after.end():name_end]
        if curated_key(name, "province") and not unit_kinds(name):
            return True
        end = name_end
    return False


def find_pattern_places(text: str, curated_key) -> list[Mention]:
    """Places named with a type word in either language, and border markers; `curated_key(name)` gives
    the curated place a name denotes (provinces, countries), if any."""
    found: list[Mention] = []

    def add(start: int, end: int, name_start: int, name_end: int, kind: str) -> None:
        name = text[name_start:name_end]
        if holder_after_body(text, name_start, name):
            return  # "Chủ tịch UBND huyện Nguyễn Văn Ba": the chairman, not a district
        kinds = unit_kinds(name) & {"province", "city"} if kind == "province" else unit_kinds(name)
        if kind in ("province", "city", "town") and not kinds and not curated_key(name, kind) \
                and not _FOREIGN_AFTER.match(text, name_end) and not _foreign_after(text, name_end, curated_key):
            return  # "Provincial"...: only the real provinces, and foreign ones said to be so ("tỉnh X, Lào")
        if kind == "economic-zone":  # "Moc Bai Border Gate Economic Zone", "Khu kinh tế cửa khẩu Mộc Bài": one zone, named whole
            found.append(Mention(start, end, PLACE, f"{slugify(name)}-economic-zone", text[start:end],
                                 (("name", text[start:end]), ("type", "region"))))
            return
        curated = curated_key(name, kind)
        if curated and kind == "city" and {"province", "city"} <= unit_kinds(name):
            curated = None  # "Lào Cai City", "thành phố Hà Giang": the province's city of that name, not the province
        elif curated and kind in ("province", "city"):
            return  # the curated gazetteer finds it by name
        key = curated or _place_type_key(name, kind)
        found.append(Mention(start, end, PLACE, key, text[start:end], (("name", name), ("type", kind))))

    for start, end, key in _CUE_WORDS.find(text):
        language, kind = key.split(":")
        cue = text[start:end]
        if language == "vi":
            _vietnamese_cue(text, start, end, cue, kind, add)
        else:
            _english_cue(text, start, end, cue, kind, add)
    for mount in _MOUNT.finditer(text) if "M" in text else ():  # "Mount Fansipan", "Mt. Pu Ta Leng"
        end = name_run(text, mount.end(), 3)
        if end is not None:
            add(mount.start(), end, mount.end(), end, "mountain")
    for abbreviation in _VI_ABBREVIATION.finditer(text):  # "TP. Hồ Chí Minh", "H.Tịnh Biên"
        if _CREDIT_BEFORE.search(text, max(0, abbreviation.start() - 8), abbreviation.start()):
            continue  # "Ảnh: H. Thượng": a photographer's initial
        end = name_run(text, abbreviation.end(), cued=True)
        if end is not None:
            add(abbreviation.start(), end, abbreviation.end(), end, _VI_CUES[abbreviation.group("cue").lower()])
    for hamlet in _NUMBERED_HAMLET.finditer(text) if any(c.isdigit() for c in text) else ():
        commune = _numbered_hamlet_commune(text, hamlet.end())
        if commune:  # "ấp 3, xã Tân Thành": hamlet 3 of that commune (every commune has a hamlet 3)
            written = hamlet.group()
            found.append(Mention(hamlet.start(), hamlet.end(), PLACE, f"{slugify(written)}-{slugify(commune)}", written,
                                 (("name", f"{written}, {commune}"), ("type", "village"))))
    for marker in _MARKER.finditer(text):
        spans = [(marker.start(), marker.end(), marker.group("n"))]
        while (listed := _MARKER_NEXT.match(text, spans[-1][1])) and len(spans) < 30:
            group = "n" if listed.group("n") else "m"
            spans.append((listed.start(group), listed.end(), listed.group(group)))
        for start, end, number in spans:
            found.append(Mention(start, end, PLACE, f"marker-{slugify(number)}", text[start:end],
                                 (("name", f"Marker No. {number}"), ("type", "marker"))))
    return found


# A hamlet known by its number ("ấp 3", "Hamlet 5"), then the commune or ward it is in.
_NUMBERED_HAMLET = re.compile(r"(?<![\w])(?:[Ấấ]p|[Tt]hôn|[Bb]ản|[Xx]óm|[Tt]ổ\s+dân\s+phố|[Kk]hu\s+phố|[Kk]hóm|[Tt]ổ|[Hh]amlet|"
                              r"[Zz]one)\s+(?:[Ss]ố\s+|[Nn]o\.?\s*)?\d{1,3}(?![\d.,/%]\d|[\w/])")
_COMMUNE_AFTER = re.compile(r"\s*,\s*(?:(?:xã|phường|thị\s+trấn)\s+(?P<vi>[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])|(?P<en>[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]))")


def _numbered_hamlet_commune(text: str, end: int) -> str | None:
    """The commune or ward named right after a numbered hamlet: "…, xã Tân Thành", "…, Tan Thanh commune"."""
    after = _COMMUNE_AFTER.match(text, end)
    if not after:
        return None
    start = after.start("vi") if after.group("vi") else after.start("en")
    name_end = name_run(text, start, 4, cued=True)
    if name_end is None:
        return None
    if after.group("en") and not re.match(r"\s+(?:commune|ward|township)\b", text[name_end:name_end + 12], re.IGNORECASE):
        return None
    return text[start:name_end]


def _with_unit_number(text: str, start: int, end: int, kind: str) -> int:
    """'xã A Lưới 1', 'thôn A Roàng 1': the number that ends the name of a village, or of a commune merged
    in 2025 when the gazetteer has it (not '… 5 người')."""
    number = re.match(r" \d{1,2}(?![\w/.,]\d|[\w/])(?! (?:người|hộ|km|m|ha|lượt|vụ|em|cháu|con|chiếc|tấn)\b)", text[end:end + 12])
    if number and (kind == "village" or unit_kinds(text[start:end + number.end()])):
        return end + number.end()
    return end


_VILLAGE_WORDS = {"Thôn", "Bản", "Làng", "Xóm", "Ấp", "Buôn", "Khóm"}  # "Hồ", "Sông", "Núi", "Tổ" are family names too
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w])(?:tại|ở|về|thuộc|của|đến|từ|và)\s$")


_CAPITALISED_RUN = re.compile(r"[^\W\d_]+(?: [A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]*){1,2}")


def _unit_named_with_cue(text: str, start: int) -> bool:
    """'Bản Lầu', 'Thôn Mới' may be a commune's whole name, its type word and all."""
    run = _CAPITALISED_RUN.match(text, start)
    words = run.group().split() if run else []
    return any(unit_kinds(" ".join(words[:n])) for n in range(2, len(words) + 1))


_ROMAN_AFTER = re.compile(r" I{1,3}(?!\w|\.\w)")


_DOCUMENT_COPY = re.compile(r"\s+(?:Ghi\s+nhớ|Cam\s+kết|Thỏa\s+thuận|Thoả\s+thuận|Hợp\s+đồng|Kế\s+hoạch|Báo\s+cáo|Tuyên\s+bố|"
                            r"Quy\s+chế|Hiến\s+pháp|Biên\s+bản|Nghị\s+quyết|Đề\s+án)(?![\w])")
_NO_NAME_OPENS = frozenset({"Cuộc", "Việc", "Mọi", "Những", "Các"})  # words that open sentences, never a name


def _settlement_not_person(text: str, end: int) -> bool:
    """'Trưởng bản Pa Thơm': the name after the head of a settlement's title is the settlement's."""
    gap = _VI_GAP.match(text, end)
    name_end = name_run(text, gap.end(), cued=True) if gap else None
    return name_end is not None and not names_a_person(text[gap.end():name_end])


def _vietnamese_cue(text: str, start: int, end: int, cue: str, kind: str, add) -> None:
    """'xã Nghĩa Thuận', 'các xã A, B và C', 'thôn Mới, Xa Ry, Cheng'."""
    if cue[0].isupper() and kind in ("village", "lake", "river", "mountain") and start > 0 and text[start - 1] == " " \
            and (cue not in _VILLAGE_WORDS or not _LOWER_WORD_BEFORE.search(text, max(0, start - 12), start)
                 or _unit_named_with_cue(text, start)):
        return  # "Bản Lầu", "Hồ Chí Minh": a capitalised word inside a name, not a type word ("trú tại Thôn X" is one)
    if kind == "lake" and cue[0].isupper() and re.match(r"\s+(?:Văn|Thị|Van|Thi)\s", text[end:end + 6]):
        return  # "Hồ Văn Thủy, head of the village": Mr Hồ, not a lake
    if kind == "village" and _DOCUMENT_COPY.match(text, end):
        return  # "ký bản Ghi nhớ": a copy of a document, no village
    if kind == "village" and _HEADMAN.search(text, max(0, start - 8), start) \
            and not (SETTLEMENT_HEAD.search(text, max(0, start - 12), end + 1) and _settlement_not_person(text, end)):
        return  # "già làng Hồ Văn Thanh", "Trưởng bản Sùng A Chứ": a person's title, not a village
    gap = _VI_GAP.match(text, end)
    if not gap:
        return
    name_end = name_run(text, gap.end(), cued=True)
    if name_end is None or text[gap.end():gap.end() + 6].split(" ", 1)[0] in _NO_NAME_OPENS:
        return  # "biển đảo Cuộc sống vùng biên": a heading's words, no island named "Cuộc"
    person = MIDDLE_NAME.search(text, gap.end() + 1, name_end + 30)
    if person and person.start() < name_end and person.start() > gap.end():
        name_end = person.start() - 1  # "UBND xã Cốc Pàng Mò Văn Sợi": the commune, then its chairman
    if cue == "Hon" and not _bare_islet_name(text[gap.end():name_end]):
        return  # "Hon Khoai Island", "Hon Chuoi Lighthouse Station": a longer English name, found by its last word
    name_end = _before_province(text, gap.end(), name_end) if kind not in ("province", "city") else name_end
    name_end = _with_unit_number(text, gap.end(), name_end, kind)
    roman = _ROMAN_AFTER.match(text, name_end) if kind == "border-gate" else None
    name_end = roman.end() if roman else name_end  # "cửa khẩu Bắc Luân II": the second gate of that name
    add(start, name_end, gap.end(), name_end, kind)
    if kind == "village" or _VI_PLURAL.search(text, max(0, start - 12), start):
        _list_after(text, name_end, kind, add)  # villages are listed after one type word


def _before_province(text: str, start: int, end: int) -> int:
    """'huyện Kỳ Sơn Nghệ An': a district, then its province with no comma between; the district ends before it."""
    words = text[start:end].split(" ")
    for size in (2, 3):
        if len(words) - size >= 2 and "province" in unit_kinds(" ".join(words[-size:])) \
                and unit_kinds(" ".join(words[:-size])):
            return start + len(" ".join(words[:-size]))
    return end


def _bare_islet_name(name: str) -> bool:
    words = name.split()
    return len(words) <= 3 and not any(w.casefold() in _EN_CUES or w.casefold() in _EN_NAME_ENDS for w in words)


_EN_NAME_ENDS = frozenset({"station", "forest", "lighthouse", "ranger", "post", "guard", "border", "school", "market", "beach"})


# Capitalised words before a type word that describe rather than name: "Female village patriarch Ksor Blam".
_NOT_PLACE_ADJECTIVES = frozenset("Female Male Remote Poor Ethnic Minority Mountainous Coastal Rural Urban Neighbouring "
                                  "Neighboring Nearby Local Border Frontier Island Model Cultural Twinned Twin".split())


# "the seas and islands of the Fatherland": the country, said with feeling, no island's name.
_NOT_NAMES_AFTER_OF = frozenset({"Fatherland", "Motherland", "Homeland", "Country", "Nation"})


def _english_cue(text: str, start: int, end: int, cue: str, kind: str, add) -> None:
    """'Nghia Thuan commune', 'Nam Cuong and Bac Son communes', 'the communes of A and B'."""
    word = " ".join(cue.lower().split())
    if kind == "economic-zone" and not cue[-1:].isupper() and not cue.split()[-1][:1].isupper():
        return  # "the Cat Hai special economic zone" describes; "Moc Bai Border Gate Economic Zone" names
    plural = word.endswith("s") and word not in _EN_CUES
    name_start = name_run_before(text, start - 1) if start > 0 and text[start - 1] == " " else None
    if name_start is not None and (_NATIONALITY.fullmatch(text, name_start, start - 1)
                                   or text[name_start:start - 1] in _NOT_PLACE_ADJECTIVES):
        name_start = None  # "the Cambodian island of Koh Tang": an adjective, the name comes after "of"
    number = _NUMBER_BEFORE.search(text, max(0, start - 10), start) if name_start is None else None
    if number and number.start() > 0:  # "Hoa Binh 2 hamlet", "A Luoi 1 Commune" (communes merged in 2025)
        name_start = name_run_before(text, number.start())
        if name_start is not None and kind != "village" and not unit_kinds(_NUMBER_SIGN.sub(" ", text[name_start:start - 1])):
            name_start = None
    if name_start is not None and cue[0].islower() and " " not in text[name_start:start - 1] \
            and text[:name_start].rstrip()[-1:] in ("", ".", "!", "?", ":") \
            and (not vietnamese_words(text[name_start:start - 1]) or text[name_start:start - 1] in ("A", "An")):
        return  # "Annual river cleaning programmes", "A border checkpoint": an English word opening the sentence, no name
    if name_start is not None:
        lower_generic = word in ("city", "town", "province") and cue[0].islower()
        if text.endswith(("’s", "'s"), name_start, start - 1):
            return  # "Lang Son’s border gates": the gates of a place the gazetteers find by its name
        if not (lower_generic and not unit_kinds(text[name_start:start - 1])):  # "the border city" said of something
            add(name_start, end, name_start, start - 1, kind)
            if plural:
                _list_before(text, name_start, kind, add)
        return
    after = _OF_NAME.match(text, end) if not plural else _PLURAL_NAME.match(text, end)
    if after:
        name_end = name_run(text, after.end())
        if name_end is not None and text[after.end():name_end] not in _NOT_NAMES_AFTER_OF:
            add(after.end(), name_end, after.end(), name_end, kind)
            _list_after(text, name_end, kind, add)


def _list_after(text: str, end: int, kind: str, add) -> None:
    """'các xã Nghĩa Thuận, Bát Đại Sơn và Cao Mã Pờ': the names after the first."""
    while True:
        join = _LIST_JOIN.match(text, end)
        if not join:
            return
        nxt = name_run(text, join.end())
        if nxt is None or _VI_CUE_AT.match(text, join.end()) or MIDDLE_NAME.fullmatch(text, join.end(), nxt):
            return  # "… thị trấn Lam Sơn, Thọ Xuân và Lê Văn Quỳnh, sinh năm 1979": a person after the places
        add(join.end(), nxt, join.end(), nxt, kind)
        end = nxt


def _list_before(text: str, start: int, kind: str, add) -> None:
    """'Nghia Thuan and Bat Dai Son communes': the names before the last."""
    while True:
        before = text[max(0, start - 8):start]
        join = re.search(r"(?:,\s+|\s+and\s+|,\s+and\s+)$", before)
        if not join:
            return
        end = start - len(join.group())
        first = name_run_before(text, end)
        if first is None:
            return
        add(first, end, first, end, kind)
        start = first
