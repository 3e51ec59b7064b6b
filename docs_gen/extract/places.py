"""Places from the curated gazetteer, organisations from the curated list and from patterns
built on places ("People's Committee of Lang Son province", "Lai Chau Provincial Border Guards")."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import ORGANISATION, PLACE, Mention
from .phrases import PhraseMatcher
from .spans import StaticSpans

# Organisations named after a province: (pattern before the place, pattern after it, key prefix, English name).
_APS = r"['’]"
_PLACE_ORGS = [
    (rf"(?:People{_APS}s Committee|Provincial People{_APS}s Committee) of (?:the )?$", rf"^(?:\s+(?:province|city|Province|City))?",
     "peoples-committee", "People's Committee of {} Province"),
    (r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) (?:tỉnh|thành phố) $", r"^", "peoples-committee", "People's Committee of {} Province"),
    (r"^", rf"^\s+Provincial People{_APS}s Committee", "peoples-committee", "People's Committee of {} Province"),
    (r"^", r"^\s+(?:Provincial\s+)?Border\s+Guards?(?:\s+Command)?", "border-guard-command", "{} Provincial Border Guard Command"),
    (r"(?:Bộ Chỉ huy Bộ đội Biên phòng|Bộ Chỉ huy BĐBP|BĐBP) (?:tỉnh|thành phố) $", r"^", "border-guard-command",
     "{} Provincial Border Guard Command"),
    (r"^", r"^\s+Provincial Party Committee", "party-committee", "{} Provincial Party Committee"),
    (r"(?:Provincial Party Committee|Party Committee) of (?:the )?$", r"^(?:\s+(?:province|Province))?", "party-committee",
     "{} Provincial Party Committee"),
    (r"(?:Tỉnh ủy|Tỉnh uỷ) $", r"^", "party-committee", "{} Provincial Party Committee"),
]
_COMPILED = [(re.compile(before + r"\Z" if before != "^" else r"(?!)"), re.compile(after), prefix, name, before == "^")
             for before, after, prefix, name in _PLACE_ORGS]
_MILITARY_REGION = re.compile(r"\b(?:Military Region|Quân khu)\s+(?P<n>\d{1,2})\b(?:\s+Command\b)?")


class PlaceFinder:
    def __init__(self, places: Sequence, organisations: Sequence) -> None:
        self.places = {p.id: p for p in places}
        self.organisations = {o.id: o for o in organisations}
        self.place_matcher = PhraseMatcher(
            (phrase, p.id, True) for p in places for phrase in (p.name, p.vi_name or "", *p.aliases) if phrase)
        self.org_matcher = PhraseMatcher(
            (phrase, o.id, True) for o in organisations for phrase in (o.name, o.vi_name or "", *o.aliases) if phrase)

    def find(self, text: str) -> list[Mention]:
        """Places, and organisations; a pattern organisation contains its place mention as well."""
        found: list[Mention] = []
        for start, end, key in self.place_matcher.find(text):
            place = self.places[key]
            if not _written_as_name(text[start:end], place.kind == "region"):
                continue  # "hòa bình" (peace) is not Hòa Bình province
            found.append(Mention(start, end, PLACE, key, text[start:end],
                                 (("name", place.name), ("vi_name", place.vi_name or ""), ("type", place.kind))))
            organisation = self._place_organisation(text, start, end, place) if place.kind in ("province", "city") else None
            if organisation:
                found.append(organisation)
        for region in _MILITARY_REGION.finditer(text):
            number = region.group("n")
            found.append(Mention(region.start(), region.end(), ORGANISATION, f"military-region-{number}", region.group(),
                                 (("name", f"Military Region {number}"),)))
        taken = StaticSpans((x.start, x.end) for x in found if x.kind == ORGANISATION)
        for start, end, key in self.org_matcher.find(text):
            organisation = self.organisations[key]
            lowercase_ok = any(a[:1].islower() for a in organisation.aliases)
            if not taken.overlaps(start, end) and (lowercase_ok or text[start:end] != text[start:end].lower()):
                found.append(Mention(start, end, ORGANISATION, key, text[start:end],
                                     (("name", organisation.name), ("vi_name", organisation.vi_name or ""))))
        return sorted(found, key=lambda x: (x.start, -x.end))

    @staticmethod
    def _place_organisation(text: str, start: int, end: int, place) -> Mention | None:
        before = text[max(0, start - 60):start]
        after = text[end:end + 60]
        for pattern_before, pattern_after, prefix, name, after_only in _COMPILED:
            lead = None if after_only else pattern_before.search(before)
            if not after_only and lead is None:
                continue
            tail = pattern_after.match(after)
            if tail is None or (after_only and not tail.group()):
                continue
            org_start = start - (len(before) - lead.start()) if lead else start
            org_end = end + tail.end()
            return Mention(org_start, org_end, ORGANISATION, f"{prefix}-{place.id}", text[org_start:org_end],
                           (("name", name.format(place.name)), ("place", place.id)))
        return None


def _written_as_name(surface: str, lowercase_allowed: bool) -> bool:
    """Proper names capitalise every word ("Lạng Sơn", "Lang Son"); regions may be written in lower case."""
    words = [w for w in re.split(r"[\s\-–]+", surface) if w[:1].isalpha()]
    return lowercase_allowed or all(w[0].isupper() for w in words)
