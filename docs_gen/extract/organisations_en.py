"""Organisations named in English: the name ends in a head noun ("Nghia Thuan Border Guard Station",
"Phongsaly Provincial Military Command", "the Department of Foreign Affairs"), or is a place before lower-case
head words ("Dien Bien police", "the Muong Nha border station")."""
from __future__ import annotations

import re

from ..admin_units import family_names, unit_kinds
from ..models import ORGANISATION, Mention
from .names import (COUNTRY_NAMES, ENGLISH_FUNCTION_WORDS, FUNCTION_WORDS, WORD, end_before_person, is_name_word,
                    listed_names, name_run, name_run_before, slugify, small_level_suffix, vietnamese_words)

# The last word of an English organisation's name.
_HEADS = frozenset(
    "Command Station Post Checkpoint Sub-station Substation Department Committee Police Customs Company "
    "Corporation School Hospital Union Association Team Battalion Brigade Regiment Flotilla Squadron Academy "
    "Institute Ministry Bureau Agency Office Council Corps Centre Center Club Commission Secretariat "
    "Administration Authority Board Unit Division Court Procuracy Bank University College Newspaper Television "
    "Radio Federation Organisation Organization Group Fleet Headquarters Garrison Outpost Detachment Directorate "
    "Service Army Navy Assembly Government Politburo Section Zone Staff Posts Stations Commands Checkpoints Forces Force News Sub-department Sub-Department Party Gendarmerie Branch Embassy Consulate Foundation Portal "
    "Society Cell Cooperative Alliance Shipyard Sub-region Sub-Region Sub-Command Sub-command Squad Confederation Magazine "
    "Casino Kindergarten Clinic Hotel".split())


_HEAD = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(_HEADS - {"Staff"}, key=len, reverse=True))
                   + r"|(?<=Coast )Guard|(?<=General )Staff)(?![\w-])")


# Heads whose name may go on after "of" ("Department of Foreign Affairs", "Command of Quang Tri Province").
_TAKES_OF = frozenset("Bank Sub-region Sub-Region Sub-department Sub-Department Assembly Army Staff Command Department Committee Ministry Commission Office Bureau Board Council Union Association "
                      "Institute Academy University Administration Authority Directorate Police Customs Headquarters "
                      "Government Center Centre Division Court Agency Procuracy Party Hospital Federation Organisation "
                      "Organization Fund School Team Unit Section Squad Confederation Gendarmerie Society Cell Clinic Group".split())
# Departments and divisions of a body named after "of the" are named on their own, as the body is ("the Politics
# Department of the Border Guard High Command"); a standing committee or a command of one is named whole.
_PART_OF = frozenset({"Department", "Division"})
_OF_A_PLACE = re.compile(r"\s+of\s+(?:[A-ZĐ][\w’'-]*\s+){1,4}(?:[Pp]rovince|[Dd]istrict|[Cc]ity)\b")
# Heads whose name may also go on after "on" or "for": "Office on Drugs and Crime", "National Committee
# for Search and Rescue".
_TAKES_ON_FOR = frozenset("Committee Commission Office Council Board Agency Center Centre Institute Fund Department "
                          "Authority Administration School".split())
# Bodies whose name is fixed before "on" or "for", and documents whose subject "on" opens.
_FIXED_BODY = re.compile(r"(?:Central|Party|People['’]s|Executive|Standing|Provincial|District|Commune) $")
_DOCUMENT_TITLE = re.compile(r"(?:Articles?\s+of\s+(?:the\s+)?)?(?:Law|Decree|Resolution|Ordinance|Circular|Decision)\s+(?:on|of)\s")
_DOCUMENT_BEFORE = re.compile(r"\b(?:Resolution|Decision|Directive|Decree|Conclusion|Plan|Law|Regulation|Circular|Instruction)\b")
_BEARINGS = (r"(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west|north-central|south-central)"
             r"(?:ern)?")
# What a place is, before its name: "the central province of Quang Nam", "the Central Highlands province of Kon Tum".
_DESCRIBED_PLACE = (rf"(?:(?:{_BEARINGS}|(?:(?:South |North )?Central|Northern|Southern|North-?western) Highlands?|Mekong Delta|"
                    r"border|coastal|mountainous|northernmost|southernmost)\s+){1,2}(?P<type>province|city)")
_DESCRIBED_OF = re.compile(rf"\bof the {_DESCRIBED_PLACE} of (?P<place>[A-ZĐ].*)$")
_TAIL = re.compile(rf"\s+(?P<joint>of|on|for)\s+(?:the\s+)?(?:{_BEARINGS}\s+(?=[A-Z]))?"
                   # "of the central province of Quang Nam", "of the Central Highlands province of Kon Tum"
                   rf"(?:(?<=the ){_DESCRIBED_PLACE} of (?=[A-Z]))?(?!(?:January|February|March|April|May|June|July|August|September|"
                   r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")


# Lower-case words inside a name: "Mong Cai border gate Customs Branch", "Cai Lan port Customs Branch".
_CONNECTORS = frozenset({"of", "for", "on", "the", "and", "provincial", "district", "commune", "city", "town", "border", "gate",
                        "city’s", "city's", "district’s", "district's", "province’s", "province's",
                         "international", "port"})


# Words that, at the start of a run, are a person's position rather than part of the name: "Commander of
# the Lai Chau Border Guard Command" names the command after "of the".
_POSITIONS = frozenset(
    "Head Chief Commander Deputy Vice Chairman Chairwoman Director Secretary Member Members Leader Leaders "
    "Representative Representatives Officer Officers Soldiers Troops Political Commissar Minister Secretaries "
    "Chairmen Commanders Directors Heads Ministers "
    "Permanent Acting Former Delegation Delegates Mr Mrs Ms Hero Heroes".split())


# Vietnamese words that open sentences ("Hai", "Ba": two, three) but are names' first syllables too, and
# are so inside a sentence; the honorifics are not.
_VI_OPENERS = FUNCTION_WORDS - ENGLISH_FUNCTION_WORDS - {"Ông", "Bà", "Anh", "Chị"}


def _mid_sentence(text: str, start: int) -> bool:
    """Whether a word at `start` stands inside a sentence: a word or a comma before it, not a full stop."""
    before = text[:start].rstrip()
    return bool(before) and (before[-1] == "," or before[-1].isalpha())


_RANKS = frozenset("Colonel General Major Lieutenant Captain Sergeant Brigadier Admiral Col Gen Lt Maj Capt".split())


# Runs that are the force itself or a generic body, which the glossary covers or which name nothing.
_GENERIC = frozenset(s.casefold() for s in (
    "Border Guard", "Border Guards", "Vietnam Border Guard", "Viet Nam Border Guard", "Border Guard Force",
    "Border Defence Force", "Border Defense Force", "Border Demarcation Post", "Border Demarcation Posts", "Governments", "Border Guard Station", "Border Guard Post", "Border Post",
    "Border Station", "Party", "State", "Army", "Police", "Customs", "Government", "Ministry", "Department",
    "Command", "Committee", "Station", "Post", "Team", "Unit", "Office", "Border Guard Command", "Provincial Border Guard",
    "People's Committee", "Party Committee", "Provincial Police", "High Command", "Military High Command", "Forces", "Armed Forces",
    "Border Guard Forces", "Security Forces", "Border Forces", "Border Defence Forces", "Border Defense Forces",
    "Steering Committee", "Union", "Soviet Union", "European Union", "People's Armed Forces", "People’s Armed Forces",
    "People's Council", "People’s Council", "People’s Committee", "Party Cell", "Cell", "Society"))
# A province's committee named by its level alone, in lower case ("the provincial People's Committee").
_COMMITTEE = re.compile(r"People['’]s Committee|People['’]s Council|Party Committee")
_LEVEL_BEFORE = re.compile(r"(?:provincial|municipal) $")
# A nationality before a generic name: the force or party of that country, no one body ("Vietnamese Party",
# "Lao Border Defense Forces").
_NATIONALITY = re.compile(r"^(?:the\s+)?(?:Vietnamese|Lao|Laotian|Cambodian|Chinese|Thai|Viet Nam|Vietnam|Laos|Cambodia|China)\s+")


# "Xin Cai Border Guard Station", "Xin Cai Border Post", "Xin Cai Station": one border post.
_BORDER_POST_EN = re.compile(r"\s+(?:(?:Border\s+)?Gate\s+(?:Border\s+)?Guard\s+|Border\s+(?:Guard\s+|Defen[cs]e\s+)?)?(?:Station|Post)$")


# The common part of a plural name shared by a list: "the Nghe An, Thanh Hoa and Son La provincial Border
# Guard Commands" names three commands.
_PLURAL = re.compile(r"(?:[Pp]rovincial\s+|District\s+|Commune\s+)?(?:Border\s+(?:Guards?\s+)?(?:High\s+)?|Military\s+|Police\s+|"
                     r"People['’]s\s+|Party\s+)?(?:Posts|Stations|Commands|Committees|Checkpoints|Departments)$")


# A place's police or border post named with lower-case head words: "Dien Bien police", "the Muong Nha
# border station" (not "Lao police", "local border posts").
_LOWER_HEAD = re.compile(r"(?<=[^\W\d_]) (?P<level>(?:provincial|district|commune|city|town) |(?:[Pp]rovince|[Dd]istrict)['’]s )?"
                         r"(?P<head>(?:land )?border (?:police |guard )?(?:stations|posts)|(?:land )?border police station|"
                         r"police(?: force)?|(?:international )?border (?:guard |defen[cs]e )?(?:station|post)|(?<=[a-z] )Border (?:Guards? )?(?:station|post)|"
                         r"border (?:guards|forces|guard forces?)|"
                         # "the Song Doc Border Guard": a place's guard, capitalised (not "Ha Tinh Provincial Border Guard")
                         r"(?<![Pp]rovincial )(?<![Pp]rovince )(?<!City )(?<!s['’] )Border Guards?(?! [A-Z\d(])|"
                         r"(?P<other>(?:primary |secondary |high |elementary |boarding |ethnic boarding )?school|preschool|"
                         r"kindergarten|hospital|health (?:centre|center)|medical (?:centre|center)|(?<!border )(?<!international )checkpoint|border control station|task force|customs office|"
                         r"border management (?:company|unit|brigade|team|station)|immigration (?:inspection )?station|"
                         r"customs (?:branch|division|sub-department)|television channel|television station|radio station)|"
                         r"(?:(?<=provincial )|(?<=Province )|(?<=province ))Border Guards?(?: Command| Force| [Cc]ommands)?|"
                         r"border guard command|military command|customs department)(?![\w-])")


_NATIONALITIES = frozenset("Vietnamese Lao Laotian Chinese Cambodian Thai Local The Provincial District Commune".split())
_POSSESSIVE_END = re.compile(r"['’]s $")
# Capitalised words that say what police or guards do, not where: "Immigration police", "Traffic police".
_NOT_PLACES_OF_POLICE = frozenset("Immigration Traffic Drug Economic Criminal Tourist Marine Military Environmental Border "
                                  "Mobile Riot Secret Transport Railway Forest Security Investigation Anti-drug Anti-Drug "
                                  "Waterway River Sea Coastal Customs".split())


# A province's body named by its level alone ("the Provincial Police", "the provincial Border Guard"): kept
# for the article's linking to give it the province the article is about, dropped where it cannot.
_LEVEL_ONLY = re.compile(r"(?<![\w-])[Pp]rovincial\s+(?P<body>Border\s+Guards?|Police)(?![\w-]|\s+(?:[A-Z]|of\b|[a-z]+\s+(?:station|post|force)))")


def level_only_bodies(text: str) -> list[Mention]:
    return [Mention(x.start(), x.end(), ORGANISATION, f"provincial-{slugify(x.group('body')).removesuffix('s')}", x.group(),
                    (("name", x.group()), ("level", "provincial"))) for x in _LEVEL_ONLY.finditer(text)]


# A neighbour's police named by the country's possessive: "Laos' police", "Cambodia's police" (the adjective,
# "Lao police", says whose officers, and names no body).
_COUNTRY_POLICE = re.compile(r"(?<![\w-])(?P<country>Laos|Cambodia|China|Thailand)(?:['’]s?)\s+police(?![\w-])")


def country_police(text: str) -> list[Mention]:
    return [Mention(x.start(), x.end(), ORGANISATION, f"police-{slugify(x.group('country'))}", x.group(),
                    (("name", x.group()), ("level", "foreign"))) for x in _COUNTRY_POLICE.finditer(text)]


_MONTHS = frozenset("January February March April May June July August September October November December".split())


def lower_case_heads(text: str, is_foreign_place=lambda name: False) -> list[Mention]:
    out = []
    for head in _LOWER_HEAD.finditer(text):
        start = name_run_before(text, head.start(), 4, dash=True)
        if start is None:
            continue
        place = text[start:head.start()]
        place = place.removesuffix("’s").removesuffix("'s")
        place = re.sub(r" [Pp]rovinces?$", "", place)  # "Binh Thuan Province’s border guard force"
        if (place.split()[0] in _NATIONALITIES and not unit_kinds(place) or place.split()[0] in FUNCTION_WORDS
                or _BEARING_WORD.fullmatch(place.split()[0])  # "the Northwestern province’s border guard command"
                or place.split()[0] in _POSITIONS or place.split()[0] == "Sino"
                or place in COUNTRY_NAMES
                or place.casefold() in _GENERIC or place in ("A", "An") or place.split()[-1] in _MONTHS
                or place.split()[-1] in _NOT_PLACES_OF_POLICE and not head.group("head").endswith(("post", "station"))):
            continue
        if re.fullmatch(r"Border Guards?", head.group("head")) and not head.group("level") \
                and not (unit_kinds(place) or vietnamese_words(place)):
            continue  # "Frontline Border Guards", "Female Border Guard": no place's guard
        if " " not in place and not head.group("level") and text[:start].rstrip()[-1:] in ("", ".", "!", "?", ":", '"', "“") \
                and not (unit_kinds(place) or vietnamese_words(place) or is_foreign_place(place)):
            continue  # "Suspicious border guards …": an English word opening the sentence, no place
        kind = head.group("head").lower().removesuffix(" force")
        plural = kind.endswith(("stations", "posts"))
        if plural:
            kind = kind[:-1]
        if head.group("other"):  # "Buoc Pat school", "Y Leng task force", "Binh Thuan provincial hospital"
            level = _POSSESSIVE_END.sub(" ", head.group("level") or "")  # "Muong Lat District’s health centre"
            other = f"{level}{head.group('other')}".title()
            name = f"{place} {other}" if place[:1].isupper() else f"{place} {other}".title()
            out.append(Mention(start, head.end(), ORGANISATION, slugify(name.replace("Center", "Centre")), text[start:head.end()],
                               (("name", name), ("level", ""))))
            continue
        if kind == "police":
            suffix = small_level_suffix(head.group("level"), place)  # "-district": "Dien Bien district police"
            key, name = f"police-{slugify(place)}{suffix}", f"{place} {suffix[1:].title()} Police" if suffix else f"{place} Police"
        elif kind == "military command":
            key, name = f"military-command-{slugify(place)}", f"{place} Provincial Military Command"
        elif kind == "customs department" and not unit_kinds(place) & {"province", "city"}:
            key, name = slugify(f"{place} customs department"), f"{place} Customs Department"  # a border gate's, or abroad
        elif kind == "customs department":
            key, name = f"customs-{slugify(place)}", f"{place} Customs Department"
        elif kind.endswith(("station", "post")) or "province" not in unit_kinds(place) and not head.group("level"):
            key, name = f"border-post-{slugify(place)}", f"{place} Border Guard Station"
        else:  # "An Giang border guards": the province's force
            key, name = f"border-guard-command-{slugify(place)}", f"{place} Provincial Border Guard Command"
        listed = _names_listed_before(text, start) if plural or head.group("head").endswith("ommands") else []
        if plural and not listed:
            continue  # "Twinning border posts": a plural head names posts only after a list of names
        end = start + len(place) if plural else head.end()  # a list's plural head belongs to every name in it
        out.append(Mention(start, end, ORGANISATION, key, text[start:end], (("name", name), ("level", ""))))
        prefix = key[:-len(slugify(place))]  # "the Dien Bien and Son La provincial Border Guard commands"
        for first, last in listed:
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


_CHAPTER = re.compile(r" (?:chapter|branch|organi[sz]ation|unit)(?= of )")


_PARTNERSHIP_AFTER = re.compile(r" (?:Partnership|Relationship|Relations|Framework|Agreement)\b")


_BASED_IN = re.compile(r"[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3}(?:\s+(?:[Pp]rovince|[Cc]ity|[Dd]istrict))?-based\s+")
_EVENT_AFTER = re.compile(r"(?:\s+(?:Global|Regional|International|Annual|Chiefs['’]?|Leaders['’]?))*\s+(?:Summit|Meeting|Conference|"
                          r"Forum|Festival|Games|Cup|Convention|Charter|Declaration|Exercise|Drill)\b")


def english_organisations(text: str, is_foreign_place) -> list[Mention]:
    out: list[Mention] = []
    for word in _HEAD.finditer(text):
        if word.group() == "Party" and re.match(r" [A-Z]", text[word.end():word.end() + 2]):
            continue  # "the 13th National Party Congress", "Party Central Committee": the name goes on
        if word.group() in ("Cooperative", "Cooperation") and _PARTNERSHIP_AFTER.match(text, word.end()):
            continue  # "Comprehensive Strategic Cooperative Partnership": a relation between countries, no body
        end = word.end()
        number = re.match(r" (?:No\.?\s*|Number\s+|[A-Z])?(?:\d{1,3}|(?!19|20)\d{4})(?![\d/%.,]\d|\d)| (?:[IVX]{2,5}|[IVX](?=[.,;:)]|$))\b",
                          text[end:end + 13])
        # "Corps 15", "Division No. 2" or "No 2", "Team K70", "Ranger Company 2110" (not a year), "Regional Customs
        # Sub-Department VII"
        if number:
            end += number.end()
        media = _MEDIA_TAIL.match(text, end) if word.group() == "Newspaper" else \
            _RADIO_TAIL.match(text, end) if word.group() == "Radio" else None
        if media:
            end = media.end()  # "Hai Phong Newspaper, Radio and Television": a province's merged media body
        if _HEAD_OF_BEFORE.search(text, max(0, word.start() - 24), word.start()):
            continue  # "Ministry of Police": this head is the name of the body before "of"
        if word.group() in ("Embassy", "Consulate"):  # "the Cambodian Embassy in Vietnam", "Consulate General in …"
            country = re.match(r"(?: General)? of (?:the )?(?=[A-ZĐ])", text[end:end + 17])
            country_end = name_run(text, end + country.end(), 5) if country else None
            if country_end and text[:country_end].endswith(("Kingdom", "Republic")) and text.startswith(" of ", country_end):
                country_end = name_run(text, country_end + 4, 5) or country_end  # "of the Kingdom of Cambodia"
            if country_end:
                end = country_end  # "the Embassy of Laos in Vietnam": its country, then its seat
            seat = re.match(r"(?: General)? in (?=[A-ZĐ])", text[end:end + 13])
            seat_end = name_run(text, end + seat.end(), 4) if seat else None
            if seat_end:
                end = seat_end
        chapter = _CHAPTER.match(text, end) if word.group() in ("Union", "Association", "Society") else None
        if chapter:
            end = chapter.end()  # "the Women’s Union chapter of Thong Thu commune": that commune's, not the national union
        start = _run_start(text, word.start(), is_foreign_place)
        based = _BASED_IN.match(text, start, word.start()) if start is not None else None
        if based:
            start = based.end()  # "Dong Nai Province-based Coast Guard Intelligence Division No. 2": where it sits, then its name
        # "Department of Drug and Crime Prevention", "People's Committee of Ha Giang province": a tail after "of".
        # "Steering Committee 138 of Lang Son province", "Public Security Force of Malypho district"
        takes_of = word.group() in _TAKES_OF or word.group() == "Force" and _OF_A_PLACE.match(text, end)
        tail = _TAIL.match(text[end:end + 64]) if takes_of and (not number or _OF_A_PLACE.match(text, end)
                                                                  or _of_known_place(text, end)) else None
        if tail and tail.group("joint") != "of" and (word.group() not in _TAKES_ON_FOR or _FIXED_BODY.search(text, max(0, word.start() - 12), word.start())
                                                     or _DOCUMENT_BEFORE.search(text, max(0, word.start() - 80), word.start())):
            tail = None  # "Resolution 44 of the Party Central Committee on the Strategy …": the resolution's subject
        if tail and word.group() == "Headquarters" and start is None:
            continue  # "the Headquarters of the Border Guard Command": the seat of the body named after "of"
        if tail:
            ordinal = _ORDINAL_AFTER.match(text, end + tail.end())  # "Command of the 5th Military Zone"
            tail_end = _tail_end(text, ordinal.end() if ordinal else end + tail.end(), series=tail.group("joint") != "of")
            if tail_end and _PLURAL_PLACES.match(text, tail_end):
                continue  # "the Police of Phongsaly and Luang Prabang provinces": one body in each, none named whole
            if tail_end and tail.group("joint") == "of" and "the" in tail.group() and word.group() in _PART_OF \
                    and text[:tail_end].rsplit(None, 1)[-1] in _HEADS - {"Party", "Zone"}:
                tail_end = None  # "Politics Department of the Vietnam Border Guard High Command": two bodies, each named
            unit_number = re.match(r" (?:No\.\s*)?\d{1,3}\b(?![.,/]\d)| [IVX]{1,4}\b(?!['’-])", text[tail_end:tail_end + 9]) if tail_end else None
            if unit_number and text[:tail_end].rsplit(None, 1)[-1] in _HEADS | {"Region"}:
                tail_end += unit_number.end()  # "… Team of Border Guard Squadron 18", "Command of the Coast Guard Region 2",
                # "Coordination Center of Region III"
            if tail_end:
                level = re.match(r"\s+(?:province|district|commune|city|village|hamlet|ward|town)\b", text[tail_end:tail_end + 12])
                end = tail_end + (level.end() if level else 0)
                inner = _ABBREVIATION_INSIDE.match(text, end)
                inner_end = name_run(text, inner.end(), 3) if inner else None
                if inner_end and text[:inner_end].rsplit(None, 1)[-1] in _HEADS:
                    end = inner_end  # "Communist Party of China (CPC) Central Committee"
        opening = word.start() if start is None else start
        if word.group() in ("Embassy", "Consulate") and text.endswith(("U.S. ", "U.S ", "U. S. "), 0, opening):
            start = text.rindex("U.", 0, opening)  # "the U.S. Embassy in Hanoi", as "US Embassy"
        if start is None:
            if end == word.end() or word.group() == "Zone":
                continue  # a head word alone ("the Committee") names nothing; "Zone 3" is a quarter of a ward
            start = word.start()
        if text.endswith(("’s", "'s"), start, end):
            end -= 2  # "the Ministry of National Defence’s plan"
        post_of = _POST_OF.match(text, word.start()) if word.group() in ("Station", "Post", "Stations", "Posts") else None
        if post_of and _BORDER_BEFORE.search(text, max(0, word.start() - 14), word.start()) \
                and text.rindex("Border", 0, word.start()) <= start:  # "Tam Quang Border Post at …" is named already
            place_end = _before_rank(text, post_of.end(), name_run(text, post_of.end(), 6))  # "the Border Post of Na Meo International Border Gate"
            if place_end is not None:
                start = text.rindex("Border", 0, word.start())
                place_start = post_of.end()
                while place_end is not None:  # "the Border Posts of Muong Nha and Huoi Puoc Border Gate": each one
                    place_end += len(_LOWER_GATE.match(text, place_end).group())  # "… International Border gate"
                    place = _GATE_WORDS.sub("", _BORDER_POST_EN.sub("", text[place_start:place_end]))  # "of X Border Post"
                    out.append(Mention(start, place_end, ORGANISATION, f"border-post-{slugify(place)}", text[start:place_end],
                                       (("name", f"{place} Border Guard Station"), ("level", "local"))))
                    more = re.match(r",? and (?=[A-ZĐ])|, (?=[A-ZĐ])", text[place_end:place_end + 6]) \
                        if word.group().endswith("s") else None
                    if more is None:
                        break
                    next_start = place_end + more.end()
                    next_end = name_run(text, next_start, 6)
                    if next_end is None or text[next_start:next_end] in COUNTRY_NAMES or text.startswith(("’", "'"), next_end):
                        break  # "… and Laos’ Border Company 163": another body
                    start, place_start, place_end = next_start, next_start, next_end
                continue
        name = text[start:end]
        if _DOCUMENT_TITLE.match(name):
            continue  # "the Law on Organization of the Government": a law's title names no body
        if _EVENT_AFTER.match(text, end):
            continue  # "the 2nd Coast Guard Global Summit", "the ASEAN Navy Chiefs' Meeting": an event named after bodies
        if _GATE_CHECKPOINT.search(name) or word.group() == "Zone" and _ZONE.search(name):
            continue  # "Phnom Den International Checkpoint": a border gate, as Cambodia and Laos call them; an economic zone is a place
        if (name.casefold() in _GENERIC or name.casefold().removeprefix("the ") in _GENERIC
                or _NATIONALITY.sub("", name).casefold() in _GENERIC) and not (
                    _COMMITTEE.fullmatch(name) and _LEVEL_BEFORE.search(text, max(0, start - 11), start)):
            continue  # but "the provincial People's Committee": the linking gives it its province, or drops it
        plural = _PLURAL.search(name)
        if plural and plural.start() > 0:
            out += _name_list(text, start, plural, is_foreign_place)
            continue
        if plural and text.startswith(": ", end):  # "the Border Guard Stations: Thanh Hai, Mui Ne and …"
            out += [_org(text, first, last, f"{text[first:last]} {plural.group().removesuffix('s')}", is_foreign_place)
                    for first, last in listed_names(text, end + 2)]
            continue
        if plural and plural.start() == 0:
            continue  # "Border Guard Stations" of no name
        before_head = text[start:word.start()]
        ended = before_head.rsplit(" and ", 1)[0].split()[-1:] if " and " in before_head else []
        if ended and (ended[0] in _HEADS or ended[0] in COUNTRY_NAMES or ended[0] in _PLACE_ENDS
                      or unit_kinds(before_head.rsplit(" and ", 1)[0])) \
                and not re.search(r" (?:of|for) .* and ", before_head):
            start += before_head.rindex(" and ") + 5  # "Vietnam and VTC News", "Son La and Company 214": the name after "and"
            name = text[start:end]
            if name.casefold() in _GENERIC or name in _HEADS:
                continue  # "… Hall and Company Heng": no body's name after "and"
        if word.group() == "News" and (not _OUTLET_NAME.fullmatch(text, start, word.start())
                                       or _SECTION_NEWS.fullmatch(text, start, end)):
            continue  # "More Society News", "Latest News": page furniture, not an outlet
        out.extend(_team_and_post(text, start, end, _org(text, start, end, name, is_foreign_place), is_foreign_place))
    return out


def _team_and_post(text: str, start: int, end: int, body: Mention, is_foreign_place) -> list[Mention]:
    """'the Mass Mobilization Team of Tuyen Binh Border Post': the team, keyed as that post's, and the post, each
    named where it is written (as 'Đội vận động quần chúng Đồn Biên phòng X' is read)."""
    part = _PART_OF_POST.match(text, start, end)
    if part is None or not part.group("head").endswith("Team") or not body.key.startswith(slugify(part.group("head")) + "-border-post-"):
        return [body]
    post = _org(text, part.end(), end, text[part.end():end], is_foreign_place)
    if not post.key.startswith("border-post-"):
        return [body]
    team_end = part.start() + len(part.group("head"))
    return [Mention(start, team_end, ORGANISATION, body.key, text[start:team_end], body.data), post]


# The places of several bodies after "of", or a nationality before a common noun: "Police of Phongsaly and
# Luang Prabang provinces", "Police of the Lao provinces".
_PLURAL_PLACES = re.compile(r" (?:provinces|districts|communes|cities|localities|sides|countries|border|authorities)\b")


# Words that end a place's name: a body named after "A Dot Border Gate and" is a second one.
_PLACE_ENDS = frozenset("Gate Province District Commune City Town Village Island Port Guards Guard Hall".split())
# The name of an outlet "... News": an acronym ("VTC News") or one or two words that are no section heading.
_OUTLET_NAME = re.compile(r"(?:[A-ZĐ][A-Za-zĐ]*[A-Z]\w*|(?!(?:More|Latest|Related|Top|Hot|Breaking|Other|Society|World|Sports|"
                          r"Business|Local|National|International|Featured|Popular|Daily|Good|Fake|Video|Photo)\b)"
                          r"[A-Z][a-z]+(?: [A-Z][a-z]+)?) ")


_NOT_POST_NAMES = frozenset("Radio Television TV Power Petrol Gas Bus Train Railway Weather Pumping Health Medical "
                            "Research Space Police Fire Rescue Relay".split())


_POST_OF = re.compile(r"(?:Stations?|Posts?)\s+(?:of|at)\s+(?:the\s+)?(?=[A-ZĐ])")
_OWNER = re.compile(r"[A-Z][\w-]*['’]s (?=[A-ZĐ])")
_LOWER_GATE = re.compile(r"(?: (?:border )?gate| port| seaport)?\b")
# "the border post of An Thoi Port", "border guard post of Tay Trang border gate": a post named by its gate.
_LOWER_POST_OF = re.compile(r"(?<![\w-])[Bb]order (?:guard |defen[cs]e )?(?:post|station)(?P<plural>s)? (?:of|at) (?:the )?(?=[A-ZĐ])")


def lower_case_posts_of(text: str) -> list[Mention]:
    out = []
    for post in _LOWER_POST_OF.finditer(text):
        owner = _OWNER.match(text, post.end())  # "the border post of Vietnam's A Pa Chai"
        place_start = owner.end() if owner else post.end()
        place_end = name_run(text, place_start, 6)
        if place_end is None:
            continue
        end = place_end + len(_LOWER_GATE.match(text, place_end).group())
        place = _GATE_WORDS.sub("", text[place_start:place_end]) or text[place_start:place_end]
        if place in COUNTRY_NAMES or place.split()[0] in _NATIONALITIES or place.endswith(("'s", "’s")) \
                or unit_kinds(place) == {"province"} or _COMMANDS_AFTER.match(text, end):
            continue  # "the border post of Vietnam", "the border posts of the Nghe An and Son La provincial Border Guard Commands"
        out.append(Mention(post.start(), end, ORGANISATION, f"border-post-{slugify(place)}", text[post.start():end],
                           (("name", f"{place} Border Guard Station"), ("level", "local"))))
        if post.group("plural"):  # "the border posts of Pho Bang and Lung Cu": one post for each name
            for first, last in listed_names(text, end, after_first=True):
                other = text[first:last]
                out.append(Mention(first, last, ORGANISATION, f"border-post-{slugify(other)}", other,
                                   (("name", f"{other} Border Guard Station"), ("level", "local"))))
    return out


_BORDER_BEFORE = re.compile(r"Border\s+(?:Guard\s+)?$")
_DASH_AFTER = re.compile(r"\s?[-–]\s?[A-ZĐ]")
_ZONE = re.compile(r"(?:Economic|Economic-Commercial|Industrial|Trade|Special)\s+Zones?$|Industrial\s+Parks?$")  # "Phu Quoc Special Zone"
_GATE_CHECKPOINT = re.compile(r"\sInternational\s+(?:Border\s+)?Checkpoints?$")
_COMMANDS_AFTER = re.compile(r"(?:,\s+[A-Z][\w ]{1,20})*(?:,?\s+and\s+[A-Z][\w ]{1,20})?\s+(?:[Pp]rovincial|[Pp]rovince)\b")


_GATE_WORDS = re.compile(r"\s+(?:International|National|Main|Auxiliary)$|(?:\s+(?:International|National|Main|Auxiliary))?"
                         r"\s+(?:[Bb]order\s+[Gg]ate|Border|[Gg]ate|Port|port|Seaport|seaport|Checkpoint|City|Town)$")


def _tail_end(text: str, start: int, series: bool = False) -> int | None:
    """The end of a name after "of": capitalised words, joined by "and", "for", "of" ("Drug and Crime
    Prevention and Control"). `series`: after "for" or "on" the name may list its fields ("Committee for
    Natural Disaster Prevention, Search and Rescue")."""
    disease = _DISEASE.match(text, start)
    if disease:  # "Steering Committee for COVID-19 Prevention and Control"
        start = disease.end()
    # "Department of Foreign Affairs Hoang Van Nam": the body's name ends before the person's
    run_end = name_run(text, start, 8)
    if run_end and _DASH_AFTER.match(text, run_end) and unit_kinds(text[start:run_end]):
        run_end = name_run(text, start, 8, dash=True)  # "of Dong Dang - Lang Son Border Gate Economic Zone": two places joined
    level = _LEVEL_INSIDE.match(text, run_end) if run_end else None
    body_end = name_run(text, level.end(), 4) if level else None
    if body_end and text[:body_end].rsplit(None, 1)[-1] in _HEADS:
        run_end = body_end  # "Women’s Union of the An Giang provincial Border Guard Command": the level inside the name
    end = end_before_person(text, start, run_end, search_above=1, most=6)
    if end is not None and text[:end].rsplit(None, 1)[-1].rstrip("'’") in COUNTRY_NAMES and (
            text.startswith(("’ ", "' "), end) or text[end - 1] in "'’"):
        end += text[end] in "'’"  # "Laos’ Phongsaly province": the possessive of a name ending in s
    possessive = next((x for x in re.finditer(r"(\w+)(?:['’]s\b|(?<=s)['’](?=\s))", text[start:end + 1])
                       if x.group(1) not in _NAME_POSSESSIVES and x.end() <= end - start), None) if end else None
    if possessive:  # "Ministry of National Defence’s Border Guard High Command": two bodies
        owner = text[start:start + possessive.end(1)]
        if " " not in owner and owner in COUNTRY_NAMES and text[start + possessive.end():start + possessive.end() + 1] == " ":
            place_start = start + possessive.end() + 1
            bearing = _BEARING.match(text, place_start)  # "of Vietnam’s northern Lao Cai province"
            place_end = name_run(text, bearing.end() if bearing else place_start, 4)
            if place_end is None:
                return start + possessive.end(1)  # "the Royal Government of Cambodia’s effort": the country's body
            if text.endswith("Autonomous Region", 0, place_end):
                return place_end  # "People's Government of China’s Guangxi Zhuang Autonomous Region"
            level = re.match(r"\s+province\b", text[place_end:place_end + 10])
            return place_end + level.end() if level else None  # "of Laos’s Phongsaly province": that province's body
        local = _LOCAL_AFTER_OWNER.match(text, start + possessive.end()) if unit_kinds(owner) & {"province", "city"} else None
        if local and unit_kinds(local.group("place")):
            return local.end()  # "Police of Quang Ninh’s Hai Ha district": that district's police
        if " " not in owner and (owner in _NATIONALITIES or unit_kinds(owner)):
            return None  # "of Quang Ninh’s …": no name
        return start + possessive.end(1)  # "Ministry of Interior's General Department": the ministry, then its department
    while end is not None:
        joined = _NAME_JOINED.match(text, end)
        if joined and joined.group() in (" and ", " & ") and text[:end].rsplit(None, 1)[-1] in _HEADS:
            break  # "Union of the High Command and Viettel Group": the first name is whole, a second begins
        more = name_run(text, joined.end(), 6) if joined else None
        if more is not None:  # "Department of Industry and Trade Vu Hong Thuy": the body's name ends before the person's
            more = end_before_person(text, joined.end(), more, search_above=0, most=6)
        if more is None or joined.group() == " and " and ((_HEADS | _NOT_FIELDS).intersection(text[end:more].split())
                                                          or _RANK_OR_POSITION.match(text, joined.end())
                                                          or re.match(r" (?:No\.\s*)?\d", text[more:more + 6])):
            break  # "Ministry of Interior and China's Ministry of …", "… Development and Senior Colonel Le Van Tam",
            # "Ministry of National Defence and Military Region 5": a unit named by its number
        end = more
    listed = _SERIES.match(text, end) if end is not None and (series or text[start - 3:start] == "of ") else None
    if listed and not _HEADS.intersection(listed.group().split()) and not unit_kinds(listed.group().rsplit(" and ", 1)[-1]):
        end = listed.end()  # "Committee for … Prevention, Search and Rescue", "Department of Labour, Invalids and Social Affairs"
    return end


# Places of worship, which are no field of a body: "Department of Education and Training and Prey Chop Pagoda" names two.
_NOT_FIELDS = frozenset("Pagoda Temple Church Cathedral Mosque Monastery".split())


# Small words inside a name after "of": "Drug and Crime Prevention", "Committee for Response to Incidents, …".
_NAME_JOINED = re.compile(r" (?:and|&|for|of|on|(?<=Response )to) (?=[A-ZĐ])(?!(?:January|February|March|April|May|June|July|August|"
                          r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)")  # "… on Aug 23": a day
_DISEASE = re.compile(r"(?:COVID|Covid)-19\s+(?=[A-Z])")
_LEVEL_INSIDE = re.compile(r" (?:provincial|district|municipal|city) (?=[A-Z])")
_BEARING = re.compile(rf"{_BEARINGS}\s+(?=[A-ZĐ])")
_BEARING_WORD = re.compile(_BEARINGS, re.IGNORECASE)


_RANK_WORDS = frozenset("Colonel Lieutenant Captain Sergeant Admiral Brigadier Col. Lt. Capt.".split())
# A rank or a position after "and" opens no field of a body's name.
_RANK_OR_POSITION = re.compile(r"(?:Senior\s+|Lieutenant\s+|Major\s+|Brigadier\s+|Deputy\s+|Vice\s+)?(?:Colonel|General|Major|"
                               r"Captain|Lieutenant|Sergeant|Admiral|Minister|Director|Chairman|Chairwoman|Commander|"
                               r"Mr|Mrs|Ms|Dr|Col|Gen|Lt|Maj|Capt|H\.E|(?:Head|Chief|Secretary|Political\s+Commissar)(?=\s+of\b))\b")
# "H.E.": His Excellency; "… and Head of the provincial Investigation Police Agency": a second post of the person


# The last fields of a name that lists them: ", Search and Rescue".
_SERIES = re.compile(r", [A-Z][a-z]+(?: [A-Z][a-z]+)? and [A-Z][a-z]+(?: [A-Z][a-z]+)?(?: and Rescue)?(?![\w-])")  # "…, Search and Rescue"


_MEDIA_TAIL = re.compile(r",? (?:Radio|Radio,) and Television\b|,? Radio[- ]Television\b| and Radio-Television\b")
_RADIO_TAIL = re.compile(r",? and Television(?: Station)?\b")  # "An Giang Provincial Radio and Television"
_ABBREVIATION_INSIDE = re.compile(r" \([A-Z]{2,6}\) (?=[A-Z])")
_ORDINAL_AFTER = re.compile(r"\d{1,2}(?:st|nd|rd|th) (?=[A-Z])")
_NUMBER_GAP = re.compile(r" \d{1,3} ")
_ORDINAL_BEFORE = re.compile(r"(?<![\w.,])\d{1,2}(?:st|nd|rd|th) $")
# A head right after "Ministry of", "Minister of": the ministry's name ("Ministry of Police", "Minister of Police").
_HEAD_OF_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(_TAKES_OF | {"Minister"}, key=len, reverse=True))
                             + r")\s+of\s+(?:the\s+)?$")


def _before_rank(text: str, start: int, end: int | None) -> int | None:
    """The end of a name run before the rank of a person named after it ("… Border Gate Lieutenant Colonel …")."""
    while end is not None:
        words = text[start:end].rsplit(" ", 1)
        if len(words) < 2 or words[1] not in _RANKS and words[1] != "Senior":
            break
        end = start + len(words[0])
    return end


# Numbers written out, which open a sentence about so many members of a body, never its name.
_COUNT_WORDS = frozenset("Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen "
                         "Eighteen Nineteen Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety Hundreds Thousands Dozens".split())


# A district or commune after its province's possessive: "of Quang Ninh’s Hai Ha district".
_LOCAL_AFTER_OWNER = re.compile(r" (?P<place>[A-ZĐ][^\W\d_]*(?: [A-ZĐ][^\W\d_]*){0,3}) (?:district|commune|town|ward)\b")


def _of_known_place(text: str, at: int) -> bool:
    """"… of Long An": "of" and a province or district the gazetteer knows, written without its type word
    ("Steering Committee 389 of Long An")."""
    joint = re.match(r" of (?=[A-ZĐ])", text[at:at + 5])
    place_end = name_run(text, at + 4, 4) if joint else None
    return place_end is not None and bool(unit_kinds(text[at + 4:place_end]) & {"province", "district", "city"})


def _run_start(text: str, head_start: int, is_foreign_place=lambda name: False) -> int | None:
    """Where the capitalised run that ends with the head word at `head_start` begins, after dropping
    a position ("Commander of the") and sentence-opening words; None when the head stands alone."""
    words = list(WORD.finditer(text, max(0, head_start - 120), head_start))
    position = head_start
    taken = []
    after_head = False  # the run stopped at a head before "of" or "and"
    after_rank = False  # the run stopped at a person's rank
    for word in reversed(words):
        token = word.group()
        gap = text[word.end():position]
        if gap not in (" ", "’s ", "'s ", "' ", "’ ", " & ", "-") and not _NUMBER_GAP.fullmatch(gap):
            break  # "Farmers' Association", "Naval Region 3 Command"
        if not (is_name_word(token) or token in _CONNECTORS or token.isupper() and len(token) <= 6 and "-" not in token):
            break
        if token in _HEADS and taken and taken[-1].group() in ("of", "and"):
            after_head = True
            break  # "Border Posts of the Command", "the Committee and the Command": two names
        if token == "the" and text[max(0, word.start() - 3):word.start()] != "of ":
            break  # "the" inside a name only after "of" ("Command of the Navy")
        if token in _TITLE_CASE_WORDS:
            break  # a headline in title case: "Drug Ring Busted By Lang Son Police"
        if token == "and" and text[max(0, word.start() - 2):word.start() - 1].isdigit():
            break  # "Battalion Number 241 and Interdisciplinary Checkpoint Number 15": a numbered unit ends before "and"
        if token in _RANK_WORDS:
            after_rank = True
            break  # "Chief of Staff Senior Colonel Luong Cao Khai of the … Command": a person's rank, the body after "of"
        taken.append(word)
        position = word.start()
    taken.reverse()
    ands = [i for i, word in enumerate(taken) if word.group() == "and"]
    if after_rank and ands and not {"of", "the"} & {w.group() for w in taken[:ands[-1]]}:
        taken = taken[ands[-1] + 1:]  # "Colonel Nguyen Van Lu and Mondulkiri … Sub-region": the person, then the body
    # "Luong The Vinh Secondary School": after a family name "The" is a middle name (Thế), not an article
    inner_the = [i for i, word in enumerate(taken) if i and word.group() == "The" and taken[i - 1].group() not in family_names()]
    if inner_the:
        taken = taken[inner_the[-1]:]  # "Meas Sokchea The Phnom Penh Post": a byline, then the paper's name
    if after_head and taken and taken[0].group() == "of":
        # The run stopped at "Ministry of": what follows is that body's name up to "and", then this one's
        # ("Ministry of Public Security and Ministry of Foreign Affairs").
        joined = [i for i, word in enumerate(taken) if word.group() == "and"
                  and not (0 < i < len(taken) - 1 and {taken[i - 1].group(), taken[i + 1].group()} <= _SCHOOL_LEVELS)]
        taken = taken[joined[-1] + 1:] if joined else taken[1:]
    if len(taken) > 1 and taken[0].group() in ("A", "An") and (taken[1].group() in _NATIONALITIES | COUNTRY_NAMES
                                                             or taken[1].group().endswith(("an", "ese", "ish"))
                                                             or taken[0].group() == "A" and not vietnamese_words(taken[1].group())):
        taken.pop(0)  # "An Indian Coast Guard ship", "A Royal Thai Navy patrol boat": the article, not a name
    # "Dak Nong Border Guard Commander Colonel Nguyen Van Lu and Mondulkiri Military Command": a person before
    # "and", then the name.
    joins = [i for i, word in enumerate(taken) if word.group() == "and"
             and any((w.group() in _POSITIONS or w.group() in _RANKS) and taken[j + 1].group() != "of"
                     for j, w in enumerate(taken[:i]))]  # "Chairman of the X and Y Association": one name
    if joins:
        taken = taken[joins[-1] + 1:]
    # A run is cut after a position word followed by "of (the)": the name is what comes after; and again
    # after a field that no head word names ("Head of Political Affairs of the Hue City … Command").
    cut = True
    while cut:
        cut = False
        for i, word in enumerate(taken):
            before = [w.group() for w in taken[:i]]
            if word.group() == "of" and (not any(w in _HEADS for w in before) or any(w in _POSITIONS for w in before)):
                taken, cut = taken[i + 1:], True  # "Action Program of the ...", "Command Officer of the ...": the body after "of"
                break
    possessor = max((i for i, word in enumerate(taken) if _possessive(text, word)), default=None)
    if possessor is not None and _owner(taken[possessor].group()) in _HEADS and (
            _UNIT_HEAD.match(text, head_start) or _owner(taken[possessor].group()) == "Ministry"):
        # "X Provincial Border Guard Command's Hua Lu Border Post": the command's post, named alone;
        # "the Agriculture Ministry's Fisheries Administration": the ministry's department
        taken = taken[possessor + 1:]
    elif possessor is not None and _owner(taken[possessor].group()) not in _BODY_OWNERS:
        owner = _vietnamese_owner(taken, possessor)
        if owner is None and is_foreign_place(_owner(taken[possessor].group())) \
                and not text.startswith(("Ministry", "Government"), head_start):
            owner = possessor  # "Salavan's Public Security Department": a province across the border names its body,
            # but "Beijing's Defense Ministry" is the country's
        # "China's Yunnan Provincial Public Security Department": the name after; "Quang Ninh's People's
        # Committee": the province names its body, as "Quang Ninh Provincial People's Committee" does.
        taken = taken[possessor + 1:] if owner is None else taken[owner:]
    while taken and (taken[0].group() in _CONNECTORS or taken[0].group() in FUNCTION_WORDS or taken[0].group() in _FURNITURE
                     or taken[0].group() in _COUNT_WORDS  # "Seventeen Vietnamese People's Army (VPA) personnel"
                     or taken[0].group() in _POSITIONS and not (taken[0].group() == "Political"  # "Political Division"
                                                                 and WORD.match(text, taken[0].end() + 1).group() in _HEADS)
                     or _opening_verb(text, taken[0])):
        if len(taken) > 1 and unit_kinds(f"{taken[0].group()} {taken[1].group()}"):
            break  # "Hai Phong Newspaper", "Ba Ria Port": a place whose first word opens sentences too
        if len(taken) > 1 and taken[0].group() in _VI_OPENERS and _mid_sentence(text, taken[0].start()):
            break  # "…, Ba Nguyen Border Guard Station": capitalised inside a sentence, "Ba" (three) is a name's
        taken.pop(0)
    if not taken:
        return None
    ordinal = _ORDINAL_BEFORE.search(text, max(0, taken[0].start() - 6), taken[0].start())
    if ordinal and text.startswith("National Assembly", taken[0].start()):
        ordinal = None  # "the 14th National Assembly": the one Assembly in its term
    return ordinal.start() if ordinal else taken[0].start()  # "the 2nd Naval Area Command"


# Words a headline capitalises that never stand inside a body's name.
# Not "On" nor "To", which are Vietnamese syllables without their marks ("Chieng On", "Co To").
_TITLE_CASE_WORDS = frozenset("By In At From With After Amid Over As Into Against Busted Arrested Seized "
                              "Hosts Holds Meets Visits Welcomes Receives Helps Strengthen Strengthens Inaugurate Inaugurates "
                              "Sign Signs Launch Launches Boost Boosts Discuss Discusses".split())


# The levels a school joins in its name: "Tuyen Binh Primary and Secondary School" is one school.
_SCHOOL_LEVELS = frozenset({"Primary", "Secondary", "Elementary", "Kindergarten", "Junior", "Middle", "High", "Lower", "Upper",
                            "Preschool", "Nursery"})
# Words of page furniture before a section's name: "More Society", "Top News".
_FURNITURE = frozenset({"More", "Top", "Hot", "Read", "See", "Most"})
# A site's section: "Politics News", "Society News".
_SECTION_NEWS = re.compile(r"(?:Politics|Society|Business|Sports|World|Economy|Culture|Travel|Opinion|Latest|National|Local|"
                           r"International|Breaking)\s+News")
# Possessives that are part of a name: "People's Army", "Women's Union".
_NAME_POSSESSIVES = frozenset({"People", "Women", "Children", "Farmers", "Workers", "Veterans", "Peoples"})


# A body, a gate or a province that owns a body names it with its own name: "the National Assembly's
# Defence and Security Committee", "Huu Nghi International Border Gate's Border Post", "Quang Ninh
# Province's Border Guard Command".
_BODY_OWNERS = (_HEADS - {"Party"}) | {"Gate", "Province", "province", "District", "district", "City", "city", "Commune",
                                       "commune", "Town", "town", "townlet"}


# Units that a body's possessive owns without taking them into its name.
_UNIT_HEAD = re.compile(r"(?:Post|Station|Checkpoint|Company|Battalion|Team|Squadron|Flotilla|Brigade|Regiment)\b")


def _vietnamese_owner(taken: list[re.Match], possessor: int) -> int | None:
    """Where the Vietnamese province, city or district that ends at the possessive `possessor` opens, if one does."""
    for i in range(max(0, possessor - 3), possessor + 1):
        words = " ".join(w.group() for w in taken[i:possessor + 1])
        if unit_kinds(re.sub(r"['’]s?$", "", words)) & {"province", "city", "district"}:
            return i
    return None


def _owner(token: str) -> str:
    return token[:-2] if token.endswith(("'s", "’s")) else token


def _possessive(text: str, word: re.Match) -> bool:
    """'China's', 'Laos'' before a name; 'People's' and 'Women's' are part of one."""
    token = word.group()
    owner = token[:-2] if token.endswith(("'s", "’s")) else token
    marked = owner != token or text.startswith(("'s ", "’s ", "' ", "’ "), word.end())
    return marked and owner not in _NAME_POSSESSIVES


def _opening_verb(text: str, word: re.Match) -> bool:
    """'Grasping the Politburo's resolution': a sentence that opens with a verb, not a name."""
    return (word.group().endswith("ing") and (word.start() == 0 or text[max(0, word.start() - 2):word.start()] in (". ", "\n"))
            and not text.startswith((" Committee", " Board"), word.end()))  # "Steering Committee 389 …" opens a name


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
        if word.end() != position or not is_name_word(word.group()) or word.group() in FUNCTION_WORDS \
                or word.group() in _TITLE_CASE_WORDS:
            break
        start = word.start()
        if start == 0 or text[start - 1] != " ":
            break
        position = start - 1
    return start


_MASS_ORGANISATIONS = ((r"Women['’]s\s+Union", "womens-union"), (r"Farmers['’]?\s+(?:Association|Union)", "farmers-association"),
                       (r"(?:War\s+)?Veterans['’]?\s+Association", "veterans-association"),
                       (r"(?:Ho\s+Chi\s+Minh\s+Communist\s+)?Youth\s+Union", "youth-union"))

# English names of a province's bodies, keyed as their Vietnamese names are: "Lao Cai Provincial Police"
# and "Công an tỉnh Lào Cai" are one organisation.
_PROVINCIAL_EN = [(re.compile(p), prefix) for p, prefix in (
    (r"^(?P<place>.+?)\s+(?:[Pp]rovincial\s+)?(?:Border\s+Guards?|BG)(?:\s+High)?(?:\s+Command)?$", "border-guard-command"),
    (r"^(?P<place>.+?)\s+(?:[Pp]rovincial\s+)?Military\s+Command$", "military-command"),
    (r"^(?P<place>.+?)\s+(?:[Pp]rovincial\s+)?Border\s+Police$", "border-police"),  # "Cảnh sát biên giới tỉnh Svay Rieng"
    (r"^(?P<place>.+?)\s+(?:[Pp]rovincial\s+)?Police(?:\s+Department)?$", "police"),
    (r"^(?P<place>.+?)\s+(?:[Pp]rovincial\s+)?People['’]s\s+Committee$", "peoples-committee"),
    (r"^(?P<place>.+?)\s+(?:[Pp]rovincial\s+)?People['’]s\s+Council$", "peoples-council"),
    (r"^People['’]s\s+Council\s+of\s+(?P<place>.+?)(?:\s+(?P<level>[Pp]rovince|[Dd]istrict|[Cc]ommune|[Cc]ity))?$", "peoples-council"),
    (r"^People['’]s\s+Committee\s+of\s+(?P<place>.+?)(?:\s+(?P<level>[Pp]rovince|[Dd]istrict|[Cc]ommune|[Cc]ity|[Tt]own|[Ww]ard))?$",
     "peoples-committee"),
    # "Border Guard Command of northern Lao Cai province", "Military Command of Houaphanh province"
    (r"^(?:Provincial\s+)?Border\s+Guards?\s+(?:Command|Force)\s+of\s+(?:the\s+)?(?:\w+ern\s+)?(?P<place>.+?)\s+[Pp]rovince$",
     "border-guard-command"),
    (r"^(?:Provincial\s+)?Military\s+Command\s+of\s+(?:the\s+)?(?:\w+ern\s+)?(?P<place>.+?)\s+[Pp]rovince$", "military-command"),
    (r"^(?P<place>.+?)\s+(?:[Pp]rovincial\s+)?Party\s+Committee$", "party-committee"),
    (r"^Party\s+Committee\s+of\s+(?P<place>.+?)(?:\s+(?P<level>[Pp]rovince|[Dd]istrict|[Cc]ommune|[Cc]ity|[Tt]own|[Ww]ard))?$",
     "party-committee"),
    (r"^(?:Provincial\s+)?Police(?:\s+Department)?\s+of\s+(?P<place>.+?)"
     r"(?:\s+(?P<level>[Pp]rovince|[Dd]istrict|[Cc]ommune|[Cc]ity|[Tt]own|[Ww]ard))?$", "police"),
    (r"^(?P<place>.+?)\s+(?:[Pp]rovincial\s+)?Fatherland\s+Front(?:\s+Committee)?$", "fatherland-front"),
    (r"^(?:Vietnam\s+)?Fatherland\s+Front(?:\s+Committee)?\s+of\s+(?P<place>.+?)"
     r"(?:\s+(?P<level>[Pp]rovince|[Dd]istrict|[Cc]ommune|[Cc]ity|[Tt]own|[Ww]ard))?$", "fatherland-front"),
    # Cambodia's provincial armed forces: "Mondulkiri Military Sub-region", "Military Sub-region of Kratie province"
    (r"^(?P<place>.+?)\s+(?:[Pp]rovincial\s+)?Military\s+Sub-[Rr]egion$", "military-sub-region"),
    (r"^(?:Provincial\s+)?Military\s+Sub-[Rr]egion\s+of\s+(?:the\s+)?(?P<place>.+?)\s+[Pp]rovince$", "military-sub-region"),
    (r"^(?P<place>.+?)\s+(?:[Pp]rovincial\s+)?Customs(?:\s+Department|\s+Branch)?$", "customs"),  # "Tan Thanh Customs (Branch)"
    (r"^(?:Provincial\s+)?Customs(?:\s+Department)?\s+of\s+(?P<place>.+?)\s+(?P<level>[Pp]rovince|[Cc]ity)$", "customs"),
    # The mass organisations, keyed as "Hội Nông dân tỉnh Lào Cai", "Hội Liên hiệp Phụ nữ huyện Mường Tè"…
    *((rf"^(?P<place>.+?)\s+(?:(?P<level>[Pp]rovincial|[Dd]istrict|[Cc]ommune|[Tt]own|[Ww]ard)\s+)?{body}$", prefix)
      for body, prefix in _MASS_ORGANISATIONS),
    *((rf"^{body}\s+of\s+(?P<place>.+?)(?:\s+(?P<level>[Pp]rovince|[Dd]istrict|[Cc]ommune|[Cc]ity|[Tt]own|[Ww]ard))?$", prefix)
      for body, prefix in _MASS_ORGANISATIONS),
)]


# "Department of Public Security" is the "Public Security Department", "Command of the 4th Regional Coast
# Guard" the "4th Regional Coast Guard Command": one key for both word orders.
_BODY_OF_PLACE = re.compile(r"^(?P<body>.+)\s+of\s+(?:the\s+)?(?P<place>[A-ZĐ][^\W\d_]*(?:[\s-]+[A-ZĐ][^\W\d_]*){0,3})"
                            r"(?:\s+(?:[Pp]rovince|[Dd]istrict|[Cc]ity))?$")
_HEAD_OF_NAME = re.compile(r"^(?P<head>Command|Department|Committee|Office|Bureau|Board|Agency|Division)\s+of\s+(?:the\s+)?(?P<rest>.+)$")
# Words that open no place's name ("Viet" of "Viet Nam", not "Nam" of "Quang Nam").
_NOT_PLACES = frozenset("Provincial District Commune City National Central Vietnam Viet Vietnamese The".split())


def _org(text: str, start: int, end: int, name: str, is_foreign_place) -> Mention:
    described = _DESCRIBED_OF.search(name)
    if described:  # "Party Committee of the central province of Quang Nam" is the "Party Committee of Quang Nam province"
        name = f"{name[:described.start()]}of {described.group('place')} {described.group('type')}"
    post = _BORDER_POST_EN.search(name)
    level = _level(name, is_foreign_place)
    place = name[:post.start()].split() if post else []
    if post and "Border" not in post.group() and not (0 < len(place) <= 3 and all(is_name_word(w) for w in place)
                                                      and place[-1] not in _NOT_POST_NAMES):
        post = None  # "Xin Cai Station" is a border post, "the Radio Station of ..." is not
    if post and place:
        # "Dinh Ba International Border Gate Border Guard Station" is the post of Dinh Ba, as "Đồn Biên phòng Cửa khẩu Quốc tế Đình Bà"
        part = _PART_OF_POST.match(name)  # "the Party Committee of the Lao Bao Border Guard Station": the post's
        gate = re.sub(r"['’]s$", "", name[part.end() if part else 0:post.start()])  # "Huu Nghi International Border Gate's Border Post"
        key, level = f"border-post-{slugify(_GATE_WORDS.sub('', gate) or gate)}", level or "local"
        if part and part.group("head") == "Party Committee":
            key = f"dang-uy-{key}"  # as "Đảng ủy Đồn Biên phòng Lao Bảo"
        elif part and part.group("head") not in ("Command", "Board of Commanders"):
            key = f"{slugify(part.group('head'))}-{key}"  # the post's team: "the Mass Mobilisation Team of …"
    elif (party := _PARTY_OF.match(name)) and (body := _org(text, start, end, party.group("rest"), is_foreign_place)).key \
            .startswith(("border-guard-command", "military-command-")):
        # "the Party Committee of the Quang Binh Provincial Border Guard Command", of the (national) Border Guard Command
        key = "border-guard-party-committee" if body.key == "border-guard-command" else f"dang-uy-{body.key}"
    else:
        inverted = _HEAD_OF_NAME.match(name)
        of_place = _BODY_OF_PLACE.match(name)
        if of_place and unit_kinds(of_place.group("place")) & {"province", "district", "city"}:
            # "Customs Department of Lang Son province" is the "Lang Son Customs Department"
            key = slugify(f"{of_place.group('place')} {of_place.group('body')}")
        else:
            key = slugify(f"{inverted.group('rest')} {inverted.group('head')}" if inverted
                          and not _HEADS.intersection(inverted.group("rest").split()) else name)
        for pattern, prefix in _PROVINCIAL_EN:
            found = pattern.match(name)
            place = re.sub(r"(?:['’]s)?$", "", found.group("place"), count=1) if found else ""
            owner = re.match(r"(\S+?)['’]s?\s+", place) or re.match(r"(.+?)['’]s\s+", place)
            if owner and (owner.group(1) in COUNTRY_NAMES or unit_kinds(owner.group(1)) & {"province", "city"}):
                place = place[owner.end():]  # "Military Command of Laos’ Phongsaly province": Phongsaly's
                bearing = _BEARING.match(place)
                place = place[bearing.end():] if bearing else place  # "Vietnam’s northern Lao Cai"
            level_word = found and "level" in pattern.groupindex and found.group("level")
            typed = re.search(r"\s+(District|Commune|Province|City|Town|Ward|province|district|city|commune|town|ward)$", place)
            if typed:
                place, level_word = place[:typed.start()], typed.group(1)
            if place and all(is_name_word(w) and w not in _NOT_PLACES for w in place.split()):
                key = f"{prefix}-{slugify(place)}{small_level_suffix(level_word, place)}"
                break
    armed_post = _ARMED_POLICE_POST.fullmatch(name)
    if armed_post:
        key = f"armed-police-post-{armed_post.group('n')}"  # as "Đồn CANDVT 209": one page in both languages
    adjective = _FOREIGN_ADJECTIVE.match(text, start, end)  # an embassy keeps its country: "the Cambodian Embassy"
    if adjective and end - adjective.end() > 8:
        start = adjective.end()  # "the Cambodian Ministry of Interior": the link on the ministry, its page named whole
    return Mention(start, end, ORGANISATION, key, text[start:end], (("name", name), ("level", level)))


# A numbered post of the People's Armed Public Security Force (the Border Guard's name before 1979).
_ARMED_POLICE_POST = re.compile(r"(?:the\s+)?(?:People['’]s\s+)?Armed\s+(?:Public\s+)?(?:Security|Police)(?:\s+Force)?\s+"
                                r"(?:Post|Station)\s+(?:No\.\s*)?(?P<n>\d{1,4})")
_PARTY_OF = re.compile(r"^Party\s+Committee\s+of\s+(?:the\s+)?(?P<rest>.+)$")
# A post's part named before it: its command (the post itself, as "Ban Chỉ huy Đồn"), its Party committee, a team.
_PART_OF_POST = re.compile(r"(?P<head>(?:[A-Z][\w'’-]*\s+){0,3}?(?:Command|Board\s+of\s+Commanders|Committee|Team|Union|Cell|Unit|Clinic))"
                           r"\s+of\s+(?:the\s+)?")


_FOREIGN_ADJECTIVE = re.compile(r"(?:Cambodian|Lao|Laotian|Chinese|Thai) (?=(?:Ministry|Government|General|National) )")


_NEIGHBOUR_OWNS = re.compile(r"\b(?:Laos|Cambodia|China|Thailand)['’]")  # "Military Command of Laos’ Phongsaly province"


def _level(name: str, is_foreign_place) -> str:
    words = name.split()
    foreign = words and words[0] in ("Lao", "Laos", "Chinese", "China", "Cambodian", "Cambodia", "Royal")
    owner = re.search(r"\bof\s+(?:the\s+)?([A-Z][\w-]+)", name)  # "Military Sub-region of Kratie province"
    if foreign and not name.startswith("Lao Cai") or words and is_foreign_place(words[0]) or _NEIGHBOUR_OWNS.search(name) \
            or owner and is_foreign_place(owner.group(1)):
        return "foreign"
    if re.search(r"\b(?:Provincial|provincial|Province|province)\b", name):
        return "provincial"
    if re.search(r"\b(?:District|Commune|Station|Post|Team|Village|district|commune)\b", name):
        return "local"
    return ""
