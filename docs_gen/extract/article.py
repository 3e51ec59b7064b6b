"""Run every extractor over every block of one article (a per-file stage: no other file is seen)."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from .. import models as m
from ..admin_units import family_names, unit_kinds
from .candidates import find_candidates
from .dates import find_dates
from .documents import DocumentFinder
from .names import COUNTRY_NAMES, body_name, slugify
from .organisations import LISTED_HEAD, LISTED_HEAD_EN, key_as_named
from .people import PeopleFinder
from .places import PlaceFinder
from .phrases import PhraseMatcher, fold
from .spans import StaticSpans
from .terms import find_terms

# Names are outermost: a place inside a person's or an organisation's name ("Major Tran Hoa Binh",
# "Nghia Thuan Border Guard Station") is no mention of that place, nor a person inside an organisation's
# name ("Ho Chi Minh Communist Youth Union") a mention of that person.
_NOT_INSIDE = {m.PLACE: (m.PERSON, m.ORGANISATION, m.DOCUMENT), m.PERSON: (m.ORGANISATION, m.PLACE),
               m.ORGANISATION: (m.PERSON,), m.DOCUMENT: ()}


@dataclass(frozen=True)
class Extractors:
    """Matchers built once from the curated data and shared by all articles."""

    terms: PhraseMatcher
    documents: DocumentFinder
    people: PeopleFinder
    places: PlaceFinder


@dataclass(frozen=True)
class ArticleMentions:
    article_id: str
    mentions: tuple[tuple[int, m.Mention], ...]  # (block index, mention), in reading order


def extract_article(article: m.Article, extractors: Extractors) -> ArticleMentions:
    found: list[tuple[int, m.Mention]] = []
    known_people: list[str] = []
    known_places: dict[str, tuple[str, str, str]] = {}  # places named with a type word, found bare later
    # The last block with a letter: what follows it ("HIỀN HẠNH", then ";" and ".") is left-over punctuation.
    closing = max((i for i, block in enumerate(article.blocks) if any(c.isalpha() for c in block.text)), default=-1)
    for index, block in enumerate(article.blocks):
        text = block.text
        people = extractors.people.find(text, known_people)
        known_people.extend(p.get("name") for p in people if p.get("name") not in known_people)
        places = extractors.places.find(text, tuple(known_places.values()))
        documents = extractors.documents.find(text)
        names = _outermost(people + _one_side_only(text, places) + documents)
        if any(x.kind == m.PLACE for x in names) and any(x.kind == m.PERSON for x in names):
            names = _listed_among_places(text, names)
        for place in names:
            if place.kind == m.PLACE and place.get("type") in _TYPED and place.key not in known_places:
                known_places[place.key] = (place.get("name"), place.key, place.get("type"))
        block_mentions = (find_terms(text, extractors.terms) + names
                          + find_dates(text) + find_candidates(text))
        if block.kind in (m.CAPTION, m.HEADING) and not names:
            block_mentions += extractors.people.caption_credits(text)  # "TRÍ THỌ |": a credit on a line of its own
        if index == closing and block.kind in (m.PARAGRAPH, m.BYLINE) and not names:
            # "Lan Anh": the writer, closing the article
            block_mentions += extractors.people.closing_name(text, byline=block.kind == m.BYLINE)
        found.extend((index, mention) for mention in sorted(block_mentions, key=lambda x: (x.start, x.end)))
    found = _join_short_documents(_join_generic_bodies(article, _join_short_names(_join_bodies_named_short(_join_gate_forms(
        _join_numbered_units(_join_post_numbers(article, _posts_not_people(found)))))), extractors.places.places))
    found = _teams_of_posts(article, _places_not_people(_join_bracketed_names(article, found)))
    return ArticleMentions(article.id, tuple(_acronyms(article, _join_cut_off_name(article, closing, found))))


# Bodies of both sides named as one: "Bộ Tư lệnh Biên phòng hai nước", "the two Border Guard Commands", "both
# Border Guard Commands": each country's, so no one body's page ("hai Đồn Biên phòng A và B" lists two posts).
_BOTH_SIDES_AFTER = re.compile(r"\s+(?:của\s+)?(?:hai\s+(?:nước|bên)|các\s+nước|of\s+(?:the\s+)?(?:two|both)\s+(?:countries|sides))\b")
_BOTH_SIDES_BEFORE = re.compile(r"(?:\b(?:[Tt]he\s+two|[Bb]oth)|(?<![\w])[Hh]ai)\s+\Z")  # before a national body only


# A body's name inside a document's title: "the UN Convention on …", "the ASEAN Charter", "the Vietnam Coast Guard Law",
# "Luật Cảnh sát biển Việt Nam" name the document, not the body.
_TITLE_AFTER = re.compile(r"\s+(?:Convention|Protocol|Charter|Treaty|Law|Declaration|Code\s+of)\b")
_TITLE_BEFORE = re.compile(r"(?<![\w])(?:Luật|Công\s+ước|Hiến\s+chương)\s+\Z")


def _one_side_only(text: str, found: list[m.Mention]) -> list[m.Mention]:
    return [x for x in found if x.kind != m.ORGANISATION or not (
        _BOTH_SIDES_AFTER.match(text, x.end) or _TITLE_AFTER.match(text, x.end)
        or _TITLE_BEFORE.search(text, max(0, x.start - 12), x.start)
        or x.get("level") == "national" and _BOTH_SIDES_BEFORE.search(text, max(0, x.start - 12), x.start))]


_NOT_NAMED_AFTER_PEOPLE = frozenset({"village", "border-gate", "island", "mountain", "river", "waterfall"})


def _places_not_people(found: list[tuple[int, m.Mention]]) -> list[tuple[int, m.Mention]]:
    """A name with no title that the article gives to a gate, a village or an island ("Ma Lu Thang Border Gate", "Ha
    Xi village", "Son Cha Island") is that place where it stands alone too ("to make Ma Lu Thang a hub"): many bear
    names that read as people's. Not so a ward, a commune or a street, which are named after people ("phường Lê
    Lợi" beside King Lê Lợi)."""
    places = {fold(x.get("name") or ""): x for _, x in found if x.kind == m.PLACE and x.get("type") in _NOT_NAMED_AFTER_PEOPLE}
    if not places:
        return found
    out = []
    for index, x in found:
        place = places.get(fold(x.get("name") or "")) if x.kind == m.PERSON and not x.get("title") else None
        out.append((index, replace(x, kind=m.PLACE, key=place.key, data=place.data) if place else x))
    return out


_POST_KEY = re.compile(r"^border-(?:management-)?post-")
# A post's teams, named by what they do ("Đội vận động quần chúng", "the Mass Mobilisation Team"): the team of the
# post named last before them, or of the one post the article names. Each post's team has its page.
_POST_TEAM = re.compile(r"(?<![\w])(?:Đội\s+(?:[Vv]ận\s+động\s+quần\s+chúng|[Cc]ông\s+tác\s+địa\s+bàn|[Cc]ông\s+tác\s+biên\s+phòng|"
                        r"[Tt]rinh\s+sát|[Vv]ũ\s+trang|Tuần\s+tra|[Tt]ìm\s+kiếm,?\s+cứu\s+nạn)|"
                        r"Mass\s+Mobili[sz]ation\s+Team|Reconnaissance\s+Team|Armed\s+Team|Search\s+and\s+Rescue\s+Team)"
                        r"(?![\w])(?P<owner>\s+(?:(?:của|thuộc|of)\s+)?(?:the\s+)?(?=[A-ZĐ]))?")


_A_POST_AFTER = re.compile(r"(?:Đồn|Post|Station|Border)\b")
# A post named by its kind alone, capitalised: "the Border Guard Station" ("Đồn Biên phòng" alone is the glossary's).
_POST_ITSELF = re.compile(r"(?<![\w])(?:Border\s+Guard\s+Station|Border\s+(?:Guard\s+)?Post)(?![\w])(?!\s+(?:\(|\d|[A-Z]|of\b))")


def _teams_of_posts(article: m.Article, found: list[tuple[int, m.Mention]]) -> list[tuple[int, m.Mention]]:
    """A post's teams named by what they do, and the post named by its kind alone, keyed by their post."""
    posts = {x.key: x for _, x in found if x.kind == m.ORGANISATION and _POST_KEY.match(x.key)}
    if not posts:
        return found
    by_block: dict[int, list[m.Mention]] = {}
    for index, x in found:
        by_block.setdefault(index, []).append(x)
    added: list[tuple[int, m.Mention]] = []
    replaced: set[tuple[int, int, int]] = set()  # (block, start, end) of the generic mentions the added ones stand for
    last_post = None if len(posts) > 1 else next(iter(posts.values()))
    for index, block in enumerate(article.blocks):
        mentions = sorted(by_block.get(index, ()), key=lambda x: x.start)
        generic = {(x.start, x.end) for x in mentions if x.key == slugify(x.text)}  # "the Mass Mobilization Team", no one's
        taken = StaticSpans((x.start, x.end) for x in mentions if (x.start, x.end) not in generic)
        posts_here = sorted((x for x in mentions if _POST_KEY.match(x.key)), key=lambda x: x.end)
        post_ends = [x.end for x in posts_here]
        post_at = {x.start: x for x in posts_here}
        for team in _POST_TEAM.finditer(block.text) if ("Đội" in block.text or "Team" in block.text) else ():
            start, end = team.start(), team.end() - len(team.group("owner") or "")
            before = bisect.bisect_right(post_ends, start)  # the posts that end before the team
            post = posts_here[before - 1] if before else last_post
            if team.group("owner"):  # "Đội vận động quần chúng Đồn Biên phòng X", "… của Đồn": that post, or the one before
                owner = post_at.get(team.end())
                if owner is None and not _A_POST_AFTER.match(block.text, team.end()):
                    continue  # another body's team, named after it
                post = owner or post
            if post is None or taken.overlaps(start, end):
                continue
            name = " ".join(block.text[start:end].split())
            replaced.add((index, start, end))  # the generic one, if any
            added.append((index, m.Mention(start, end, m.ORGANISATION, f"{slugify(name)}-{post.key}", block.text[start:end],
                                         (("name", f"{name} ({post.get('name') or post.text})"), ("level", "local")))))
        for itself in _POST_ITSELF.finditer(block.text) if len(posts) == 1 and ("Station" in block.text or "Post" in block.text) else ():
            if not taken.overlaps(itself.start(), itself.end()):  # "the Border Guard Station": the article's one post
                post = next(iter(posts.values()))
                replaced.add((index, *itself.span()))
                added.append((index, m.Mention(itself.start(), itself.end(), m.ORGANISATION, post.key, itself.group(), post.data)))
        if posts_here and len(posts) > 1:
            last_post = posts_here[-1]
    kept = [(i, x) for i, x in found if (i, x.start, x.end) not in replaced]
    return sorted(kept + added, key=lambda x: (x[0], x[1].start, x[1].end))


_NUMBERED_POST_KEY = re.compile(r"^border-post-\d+$")
# Between a post's name and its number in apposition: "Đồn Biên phòng Chi Ma (Đồn Biên phòng 41)", "Đồn Biên phòng
# 394-Đồn Biên phòng Trường Sa", "Border Post 394 – Truong Sa Border Post".
_APPOSITION = re.compile(r"\s*\(\s*|\s*[-–]\s*")


def _join_post_numbers(article: m.Article, found: list[tuple[int, m.Mention]]) -> list[tuple[int, m.Mention]]:
    """A post named by its number beside its name is that post, wherever else the article writes its number."""
    named: dict[str, m.Mention] = {}
    previous: tuple[int, m.Mention] | None = None
    for index, x in found:
        if x.kind != m.ORGANISATION:
            continue
        if previous and previous[0] == index and _POST_KEY.match(x.key) and _POST_KEY.match(previous[1].key):
            first, second = previous[1], x
            text = article.blocks[index].text
            joined = _APPOSITION.fullmatch(text, first.end, second.start)
            closed = not joined or "(" not in joined.group() or text.startswith(")", second.end)
            numbered = [y for y in (first, second) if _NUMBERED_POST_KEY.match(y.key)]
            if joined and closed and len(numbered) == 1:
                name = second if numbered[0] is first else first
                named.setdefault(numbered[0].key, name)
        previous = (index, x)
    if not named:
        return found
    return [(i, replace(x, key=named[x.key].key, data=named[x.key].data) if x.kind == m.ORGANISATION and x.key in named else x)
            for i, x in found]


_PLAIN_TITLES = frozenset({"", "anh", "chị", "ông", "bà", "em", "mr", "mrs", "ms"})


def _join_cut_off_name(article: m.Article, closing: int, found: list[tuple[int, m.Mention]]) -> list[tuple[int, m.Mention]]:
    """A copy cut off in the middle of a name ("… lãnh đạo Đồn Biên phòng Hư") ends on the start of a name the
    article gave whole before ("Đồn Biên phòng Hướng Lập"): it is that name, not a new one. A family name
    alone there ("… Trung úy Nguyễn") is no one."""
    if closing < 0:
        return found
    text_end = len(article.blocks[closing].text.rstrip())
    out: list[tuple[int, m.Mention] | None] = list(found)
    for position, (index, last) in enumerate(found):
        if index != closing or last.end != text_end or last.kind not in (m.PERSON, m.PLACE, m.ORGANISATION):
            continue
        cut = fold(last.text)
        whole = {x.key: x for i, x in found if x.kind == last.kind and x.key != last.key
                 and len(fold(x.text)) > len(cut) and fold(x.text).startswith(cut)}
        if len(whole) == 1:
            named = next(iter(whole.values()))
            out[position] = (index, replace(last, key=named.key, data=named.data))
        elif last.kind == m.PERSON and last.get("name") in family_names():
            out[position] = None  # "… Trung úy Nguyễn": the family name alone, the given name cut off
        elif last.kind == m.PERSON and last.start > 0 and len(last.text.rsplit(None, 1)[-1]) <= 2 \
                and last.get("role") != "credit" and article.blocks[closing].text.rstrip()[-1:].isalpha() \
                and (last.get("title") or "").casefold().rstrip(".") in _PLAIN_TITLES:
            # "… đoàn về Sơn L", "… gặp anh La La": a name cut off, its last syllable short ("Thượng tá Hoàng Ngọc B", a
            # rank before it, is a name withheld)
            out[position] = None
    return [x for x in out if x is not None]


def _posts_not_people(found: list[tuple[int, m.Mention]]) -> list[tuple[int, m.Mention]]:
    """A name the article gives a border post ("Đồn Biên phòng Pò Hèn", "Đồn quản lý biên giới Khúc Thủy") is
    not a person elsewhere in it, unless a position or a birth year says so: "liệt sĩ Pò Hèn" is the
    memorial of that post, "Khúc Thủy" no Mr Khúc."""
    posts = {fold(_POST_KEY.sub("", x.key).replace("-", " ")) for _, x in found
             if x.kind == m.ORGANISATION and _POST_KEY.match(x.key)}
    if not posts:
        return found
    return [(i, x) for i, x in found if not (x.kind == m.PERSON and " " in x.get("name") and not x.get("position")
                                              and not x.get("born") and fold(x.get("name")) in posts)]


# "the Vietnam People’s Army (VPA)": the letters in brackets name that body in the rest of the article.
_ACRONYM_AFTER = re.compile(r"\s*\((?P<acronym>[A-ZĐ][A-ZĐ&]{1,8})\)")


def _acronyms(article: m.Article, found: list[tuple[int, m.Mention]]) -> list[tuple[int, m.Mention]]:
    defined: dict[str, tuple[int, m.Mention]] = {}  # acronym -> (block, the body it was defined after)
    for index, mention in found:
        if mention.kind == m.ORGANISATION:
            after = _ACRONYM_AFTER.match(article.blocks[index].text, mention.end)
            if after and after.group("acronym") not in defined:
                defined[after.group("acronym")] = (index, replace(mention, start=after.start("acronym"), end=after.end("acronym")))
    if not defined:
        return found
    pattern = re.compile(r"(?<![\w&])(?:" + "|".join(map(re.escape, sorted(defined, key=len, reverse=True))) + r")(?![\w&])")
    taken: dict[int, list[tuple[int, int]]] = {}
    for index, mention in found:
        taken.setdefault(index, []).append((mention.start, mention.end))
    added = []
    for index, block in enumerate(article.blocks):
        spans = StaticSpans(taken.get(index, ()))
        for hit in pattern.finditer(block.text):
            block_of_definition, body = defined[hit.group()]
            if (index, hit.start()) < (block_of_definition, body.start) or spans.overlaps(hit.start(), hit.end()):
                continue  # before its definition, or inside another mention
            added.append((index, replace(body, start=hit.start(), end=hit.end(), text=hit.group())))
    return sorted(found + added, key=lambda x: (x[0], x[1].start, x[1].end)) if added else found


def _join_short_documents(found: list[tuple[int, m.Mention]]) -> list[tuple[int, m.Mention]]:
    """'Decree 106' after 'Decree No. 106/2014/ND-CP': the one document of that type and number the
    article gives in full."""
    full: dict[tuple[str, str], dict[str, m.Mention]] = {}
    for _, mention in found:
        if mention.kind == m.DOCUMENT and mention.get("code") and mention.get("number"):
            full.setdefault((mention.get("type"), mention.get("number")), {})[mention.key] = mention
    if not full:
        return found
    out = []
    for index, mention in found:
        if mention.kind == m.DOCUMENT and not mention.get("code") and mention.get("number"):
            longer = full.get((mention.get("type"), mention.get("number")), {})
            if len(longer) == 1:
                body = next(iter(longer.values()))
                mention = replace(mention, key=body.key, data=body.data)
        out.append((index, mention))
    return out


# A province's body named without its province ("the provincial Border Guard Command", "UBND tỉnh",
# "the Provincial People's Committee"): the one such body of that province the article names. Without
# "provincial", "the Border Guard Command" and "the Border Guard High Command" are the national one.
_GENERIC_BODIES = [(re.compile(p, re.IGNORECASE), prefix) for p, prefix in (
    (r"^(?:the\s+)?provincial\s+border\s+guards?\s+command$|^(?:(?:bộ|ban)\s+chỉ\s+huy|bch)\s+(?:bộ\s+đội\s+biên\s+phòng|"
     r"bđbp)(?:\s+\(bđbp\))?(?:\s+tỉnh|\s+thành\s+phố)?$|^(?:bđbp|bộ\s+đội\s+biên\s+phòng(?:\s+\(bđbp\))?)\s+(?:tỉnh|thành\s+phố)$|"
     r"^provincial\s+border\s+guards?(?:\s+command)?$", "border-guard-command-"),
    (r"^(?:the\s+)?provincial\s+people['’]s\s+committee$|^(?:ubnd|ủy\s+ban\s+nhân\s+dân)\s+tỉnh$", "peoples-committee-"),
    (r"^(?:the\s+)?provincial\s+people['’]s\s+council$|^(?:hđnd|hội\s+đồng\s+nhân\s+dân)\s+tỉnh$", "peoples-council-"),
    (r"^(?:the\s+)?provincial\s+party\s+committee$|^tỉnh\s+(?:[uủ]y|uỷ)$", "party-committee-"),
    (r"^đảng\s+bộ\s+tỉnh$", "party-organisation-"),
    (r"^tỉnh\s+đoàn$", "youth-union-"),
    (r"^đảng\s+(?:ủy|uỷ)\s+(?:(?:bộ|ban)\s+chỉ\s+huy\s+)?(?:bđbp|bộ\s+đội\s+biên\s+phòng)(?:\s+\(bđbp\))?\s+tỉnh$", "dang-uy-border-guard-command-"),
    (r"^đảng\s+bộ\s+(?:(?:bộ|ban)\s+chỉ\s+huy\s+)?(?:bđbp|bộ\s+đội\s+biên\s+phòng)(?:\s+\(bđbp\))?\s+tỉnh$", "dang-bo-border-guard-command-"),
    (r"^(?:the\s+)?provincial\s+police$|^công\s+an\s+tỉnh$", "police-"),
    (r"^(?:the\s+)?provincial\s+military\s+command$|^(?:(?:bộ|ban)\s+chỉ\s+huy|bch)\s+quân\s+sự\s+tỉnh$", "military-command-"),
    (r"^(?:the\s+)?provincial\s+fatherland\s+front(?:\s+committee)?$|^(?:ủy|uỷ)\s+ban\s+(?:mttq|mặt\s+trận\s+tổ\s+quốc)"
     r"(?:\s+việt\s+nam)?\s+tỉnh$", "fatherland-front-"),
)]


_ANY_GENERIC_BODY = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in _GENERIC_BODIES), re.IGNORECASE)


# The English name of a province's body, for one named only as "the provincial …" in an article about one province.
_BODY_NAMES = {"border-guard-command-": "{} Provincial Border Guard Command", "peoples-committee-": "People's Committee of {} Province",
               "peoples-council-": "{} Provincial People's Council",
               "party-committee-": "{} Provincial Party Committee", "police-": "{} Provincial Police",
               "military-command-": "{} Provincial Military Command",
               "fatherland-front-": "{} Provincial Fatherland Front Committee",
               "party-organisation-": "{} Provincial Party Organisation",
               "youth-union-": "{} Provincial Youth Union",
               "dang-uy-border-guard-command-": "Party Committee of the {} Provincial Border Guard",
               "dang-bo-border-guard-command-": "Party Organisation of the {} Provincial Border Guard"}


# "the provincial …", "the municipal …" (a city of provincial rank) before a body's name.
_LEVEL_BEFORE = re.compile(r"(?:[Pp]rovincial|[Mm]unicipal) $")
_TITLED_LEVEL = re.compile(r"Provincial (?=[A-Z])")
# "the Provincial Police": a body named by its level alone, without a page when its province is unknown.
_LEVEL_ONLY_KEYS = frozenset({"provincial-police", "provincial-border-guard"})


def _join_generic_bodies(article: m.Article, found: list[tuple[int, m.Mention]], places: dict) -> list[tuple[int, m.Mention]]:
    named: dict[str, dict[str, m.Mention]] = {}
    provinces: dict[str, str] = {}  # the Vietnamese provinces the article names: key -> name
    in_bodies: dict[str, str] = {}  # those named only inside a province's body ("Bộ đội Biên phòng tỉnh Nghệ An")
    body_provinces: dict[str, object] = {}  # each body's province, looked up once for both passes
    local: dict[str, dict[str, str]] = {}  # the districts and the communes the article names: type -> key -> name

    def province_of(key: str):
        if key not in body_provinces:
            body_provinces[key] = _province_of(key, places)
        return body_provinces[key]

    for _, mention in found:
        if mention.kind == m.ORGANISATION and mention.get("level") != "local":  # "Công an huyện X" is no province's
            for _, prefix in _GENERIC_BODIES:
                if mention.key.startswith(prefix):
                    named.setdefault(prefix, {})[mention.key] = mention
            province = province_of(mention.key)
            if province:
                in_bodies[province.id] = province.name
        elif mention.kind == m.PLACE and mention.get("type") in _PROVINCIAL and mention.get("vi_name"):
            provinces[mention.key] = mention.get("name")
        elif mention.kind == m.PLACE and mention.get("type") in _LOCAL_LEVELS:
            names = local.setdefault(mention.get("type"), {})
            if mention.key not in names or names[mention.key].isascii():  # "Sín Thầu" rather than "Sin Thau"
                names[mention.key] = mention.get("name")
    provinces = provinces or in_bodies
    unnamed: dict[str, m.Mention] = {}
    recent: tuple[str, str] | None = None  # the Vietnamese province named last, by itself or in a body's name
    recent_block = -1  # the paragraph that named it
    out = []
    for index, mention in found:
        if mention.kind == m.PLACE and mention.get("type") in _PROVINCIAL and mention.get("vi_name"):
            recent, recent_block = (mention.key, mention.get("name")), index
        elif mention.kind == m.ORGANISATION and (province := province_of(mention.key)):
            recent, recent_block = (province.id, province.name), index
        if mention.kind == m.ORGANISATION:
            text = mention.text
            level = _LEVEL_BEFORE.search(article.blocks[index].text, max(0, mention.start - 11), mention.start)
            if level:  # "the provincial Border Guard High Command", "the municipal People's Committee" (a city's)
                text = "provincial " + text
            generic = next((prefix for pattern, prefix in _GENERIC_BODIES
                            if pattern.match(text) or pattern.match(mention.get("name") or "")), None)  # "Đảng ủy, Bộ Chỉ huy BĐBP tỉnh"
            if generic and len(named.get(generic, ())) == 1 and not (recent_block == index and generic + recent[0] not in named[generic]):
                body = next(iter(named[generic].values()))
                mention = replace(mention, key=body.key, data=body.data)
            elif generic and not named.get(generic) and len(provinces) == 1:
                # "UBND tỉnh" in an article about one province: that province's committee
                key, name = next(iter(provinces.items()))
                mention = replace(mention, key=generic + key,
                                  data=(("name", body_name(_BODY_NAMES[generic], name)), ("level", "provincial")))
            elif generic and recent:
                # An article naming several provinces: "… Ba Ria – Vung Tau province, and worked with the provincial
                # People's Committee" is the committee of the province named last (before the one body of its kind
                # the article names, when that province was named in the same paragraph).
                key, name = recent
                body = named.get(generic, {}).get(generic + key)
                data = body.data if body else (("name", body_name(_BODY_NAMES[generic], name)), ("level", "provincial"))
                mention = replace(mention, key=generic + key, data=data)
            elif generic and (level or mention.key in _LEVEL_ONLY_KEYS):
                continue  # "the provincial Border Guard Command" of a province the article does not name: not the national one
            elif generic and not named.get(generic) and (text.endswith((" tỉnh", " thành phố")) or generic == "border-guard-command-"):
                # "BĐBP tỉnh" and "Bộ Chỉ huy BĐBP tỉnh", "Ban Chỉ huy BĐBP" and "BĐBP thành phố": one body, its province
                # unnamed, as first written (a command of the Border Guard is always a province's)
                first = unnamed.setdefault(generic, mention)
                mention = replace(mention, key=first.key, data=first.data)
            if generic and level:  # the link covers the level too: "the [provincial People's Committee]"
                mention = replace(mention, start=level.start(), text=article.blocks[index].text[level.start():mention.end])
            elif not generic and (bare := _BARE_LOCAL.search(mention.get("name") or "")) \
                    and len(local.get(_LOCAL_LEVELS_VI[bare.group(1)], ())) == 1:
                # "Hội Nông dân huyện" in an article about one district: that district's
                place = next(iter(local[_LOCAL_LEVELS_VI[bare.group(1)]].values()))
                full = f"{mention.get('name')} {place}"
                as_named = key_as_named(full)
                mention = replace(mention, key=as_named.key if as_named else slugify(full), data=(("name", full), *(
                    (k, v) for k, v in mention.data if k != "name")))
            elif not generic and _TITLED_LEVEL.match(mention.text) and (recent or len(provinces) == 1) \
                    and mention.key == slugify(mention.text):
                # "Provincial Youth Union" after "Nghe An Provincial Youth Union": that province's, its level in the name
                province = recent if recent else next(iter(provinces.items()))
                bare = replace(mention, text=mention.text[_TITLED_LEVEL.match(mention.text).end():])
                mention = replace(_of_province(bare, province, places, english=True), text=mention.text)
            elif not generic and (_BARE_PROVINCE.search(mention.get("name") or "") or level and not mention.text[:1].islower()
                                  and not province_of(mention.key)):  # but "the provincial Border Guard Command of Kien Giang"
                if not recent and len(provinces) != 1:
                    if level:
                        continue  # "the provincial Women's Union" of a province the article does not name: not the national one
                else:
                    province = recent if recent else next(iter(provinces.items()))
                    mention = _of_province(mention, province, places, english=bool(level))
                    if level:
                        mention = replace(mention, start=level.start(), text=article.blocks[index].text[level.start():mention.end])
        out.append((index, mention))
    return out


# Any other body named with "tỉnh" and no province: "Hội Nông dân tỉnh", "Ngân hàng CSXH tỉnh"; with "huyện" or "xã"
# and no district or commune: "Hội Nông dân huyện", "Hội Phụ nữ xã".
_BARE_PROVINCE = re.compile(r"^[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ].* tỉnh$")
_BARE_LOCAL = re.compile(r"^[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ].* (huyện|xã)$")
_LOCAL_LEVELS_VI = {"huyện": "district", "xã": "commune"}
_LOCAL_LEVELS = frozenset(_LOCAL_LEVELS_VI.values())


def _of_province(mention: m.Mention, province: tuple[str, str], places: dict, english: bool = False) -> m.Mention:
    """A province's body named without its province, given the province the article is about: "Hội Nông dân tỉnh" in an
    article about Hà Giang is "Hội Nông dân tỉnh Hà Giang", "the provincial Women's Union" the "Ha Giang Provincial
    Women's Union", the page of that body however it is written."""
    key, name = province
    place = places.get(key)
    if english:
        full = f"{place.name if place is not None else name} Provincial {mention.text}"
    else:
        full = f"{mention.get('name')} {place.vi_name if place is not None and place.vi_name else name}"
    # the curated national body's other names and level are not this one's
    data = tuple((k, v) for k, v in mention.data if k not in ("name", "vi_name", "level"))
    named = key_as_named(full)  # keyed as the body written whole would be, in either language
    return replace(mention, key=named.key if named else slugify(full), data=(("name", full), ("level", "provincial"), *data))


# A unit named by its kind and number alone: "Regiment 600", "Trung đoàn 600", "Squadron No. 2".
_BARE_NUMBERED_UNIT = re.compile(r"^(?:Regiment|Battalion|Brigade|Squadron|Flotilla|Company|Division|Trung đoàn|Tiểu đoàn|"
                                 r"Lữ đoàn|Đại đội|Hải [Đđ]ội|Hải đoàn|Sư đoàn)(?: Biên phòng| BP)?(?: No\.)? ?\d{1,4}$")


def _join_numbered_units(found: list[tuple[int, m.Mention]]) -> list[tuple[int, m.Mention]]:
    """'Regiment 600' after 'Police Guard Regiment 600', 'Hải đội Biên phòng 2' beside 'Hải đội 2 BĐBP Quảng Bình': that
    unit, when one unit of the article is named so."""
    bare = {_bare_unit(x.text) for _, x in found if x.kind == m.ORGANISATION and _BARE_NUMBERED_UNIT.match(x.text)}
    if not bare:
        return found
    longer: dict[str, dict[str, m.Mention]] = {}
    for _, x in found:
        if x.kind == m.ORGANISATION and not _BARE_NUMBERED_UNIT.match(x.text):
            for tail in bare:
                if fold(x.text).endswith(" " + tail) and not fold(x.text).endswith(" of " + tail) \
                        or fold(x.text).startswith(tail + " "):  # not "Division of Company 253"
                    longer.setdefault(tail, {})[x.key] = x
    out = []
    for index, x in found:
        if x.kind == m.ORGANISATION and _BARE_NUMBERED_UNIT.match(x.text) and len(longer.get(_bare_unit(x.text), ())) == 1:
            whole = next(iter(longer[_bare_unit(x.text)].values()))
            x = replace(x, key=whole.key, data=whole.data)
        out.append((index, x))
    return out


def _bare_unit(name: str) -> str:
    """'hai doi 2' for 'Hải đội Biên phòng 2', 'Hải đội BP 2' and 'Hải Đội 2'."""
    return _FORCE_IN_UNIT.sub("", fold(name))


_FORCE_IN_UNIT = re.compile(r" (?:bien phong|bp)(?= )")


# Level words, which a body's name may or may not write before its place ("Hội CCB tỉnh Điện Biên", "Hội CCB Điện Biên").
_LEVEL_WORDS = re.compile(r" (?:tinh|huyen|xa|thi xa|thi tran|thanh pho|tp\.?|phuong)(?= |$)")
_LEVEL_OPENING = re.compile(r"^(?:tỉnh|huyện|xã|thị xã|thị trấn|thành phố|TP\.?|phường)\s+")


def _short_form(name: str) -> tuple[str, tuple[str, ...]]:
    """A body's name less its level words, and those words."""
    folded = fold(name).casefold()
    return _LEVEL_WORDS.sub("", folded), tuple(_LEVEL_WORDS.findall(folded))


_SEAT = re.compile(r"^(?:in|at|tại|ở)\s+(?:the\s+)?")  # not "of": "the Ministry of Justice of Vietnam" is no other's short name


def _is_place(words: str) -> bool:
    """A place, or where a body sits ("in Cambodia", "tại Lào"): what may follow a body's short name in its full one."""
    seat = _SEAT.match(words)
    place = words[seat.end():] if seat else words
    return bool(unit_kinds(place)) or bool(seat) and place in COUNTRY_NAMES


def _joins_short(x: m.Mention) -> bool:
    """A body a pattern found, not a curated one ("Công an nhân dân vũ trang" is no province's) nor one named by its
    level alone, which _join_generic_bodies places, nor a head whose owner is named after it ("Đảng ủy, UBND xã X")."""
    return x.kind == m.ORGANISATION and not x.get("vi_name") and not _ANY_GENERIC_BODY.match(x.text) \
        and not ((LISTED_HEAD.fullmatch(x.text) or LISTED_HEAD_EN.fullmatch(x.text)) and x.get("name") != x.text)


def _join_bodies_named_short(found: list[tuple[int, m.Mention]]) -> list[tuple[int, m.Mention]]:
    """'Hội CCB' and 'Hội CCB Điện Biên' beside 'Hội CCB tỉnh Điện Biên', 'Hội LHPN xã' beside 'Hội LHPN xã Mường Chanh':
    one body, named in full once, when the article names one body so and the words after the short name are a place.
    Two level words tell two bodies apart: "Công an thị trấn Mường Tè" is not "Công an huyện Mường Tè"."""
    joinable = [_joins_short(x) for _, x in found]
    forms = {x.text: _short_form(x.text) for (_, x), ok in zip(found, joinable) if ok}  # each name once
    if len(set(forms.values())) < 2:
        return found
    fullest: dict[tuple[str, tuple[str, ...]], str] = {}  # (name less level words, level words) -> its fullest writing
    for text, form in forms.items():
        if form not in fullest or len(text) > len(fullest[form]):
            fullest[form] = text
    canonical = {}  # a form -> the form of the body it names
    for name, levels in fullest:
        leveled = [other for other in fullest if other[0] == name and other[1]]
        canonical[(name, levels)] = leveled[0] if not levels and len(leveled) == 1 else (name, levels)  # "Hội CCB Điện Biên"
    for form in set(canonical.values()):
        name, levels = form
        longer = {other for other in canonical.values() if other[0].startswith(name + " ") and (not levels or other[1] == levels)
                  and _is_place(_LEVEL_OPENING.sub("", fullest[other][len(fullest[form]):].strip()))}
        if len(longer) == 1:
            whole = longer.pop()  # "Hội LHPN xã" is the one of "… xã Mường Chanh"
            canonical.update({f: whole for f, c in canonical.items() if c == form})
    wholes = {fullest[canonical[form]]: None for form in canonical}  # the fullest writings, to find their mentions
    for (_, x), ok in zip(found, joinable):
        if ok and x.text in wholes and wholes[x.text] is None:
            wholes[x.text] = x
    out = []
    for (index, x), ok in zip(found, joinable):
        if ok:
            whole = wholes[fullest[canonical[forms[x.text]]]]
            if whole.key != x.key:
                x = replace(x, key=whole.key, data=whole.data)
        out.append((index, x))
    return out


_GATE_WORDS = re.compile(r"\s(?:international\s)?border\sgate(?=\s)|\s(?:cua khau|ck)(?:\squoc te)?(?=\s)")


def _join_gate_forms(found: list[tuple[int, m.Mention]]) -> list[tuple[int, m.Mention]]:
    """'Moc Bai customs branch' after 'Moc Bai border gate Customs Branch': one body, named with and without its gate."""
    by_form: dict[str, m.Mention] = {}
    for _, x in found:
        if x.kind == m.ORGANISATION:
            form = _GATE_WORDS.sub("", fold(x.text))
            if form not in by_form or len(x.text) > len(by_form[form].text):
                by_form[form] = x  # the fullest name of the body
    out = []
    for index, x in found:
        whole = by_form.get(_GATE_WORDS.sub("", fold(x.text))) if x.kind == m.ORGANISATION else None
        if whole is not None and whole.key != x.key and whole.text != x.text:  # two "Đảng ủy" may be two bodies' committees
            x = replace(x, key=whole.key, data=whole.data)
        out.append((index, x))
    return out


_PROVINCIAL = ("province", "city")  # the curated cities are the five of provincial rank (and Huế since 2025)


def _province_of(key: str, places: dict):
    """The curated province whose key ends a body's key ("border-guard-command-nghe-an"), if any."""
    parts = key.split("-")
    for n in (1, 2, 3):
        place = places.get("-".join(parts[-n:])) if len(parts) > n else None
        if place is not None and place.kind in _PROVINCIAL and place.vi_name:
            return place
    return None


# In the South a person is called by the order of birth and the given name: "Sáu Nguyên", "Út Hậu", "Hai Lúa".
# Written without diacritics too, but for "Nam" and "Tam", which are given names of their own.
_BIRTH_ORDER = re.compile(r"^(?:Hai|Ba|Tư|Tu|Năm|Sáu|Sau|Bảy|Bay|Tám|Chín|Chin|Mười|Muoi|Út|Ut|Cả)\s+(\S+)$")


def _join_short_names(found: list[tuple[int, m.Mention]]) -> list[tuple[int, m.Mention]]:
    """A shorter name that only one longer name of the article ends with ("Hoàng Tam" after "Huỳnh Hoàng
    Tam", "Tam"), opens with when it is one word ("Uncle Ho"), that is its first and last word
    ("Nguyễn Hùng" for "Nguyễn Văn Hùng") or that leaves out its middle "Văn" or "Thị" ("Nguyễn Ngọc Trâm"
    for "Nguyễn Thị Ngọc Trâm"), is that person, wherever each comes."""
    full: dict[str, set[tuple[str, str]]] = {}
    given: dict[str, set[tuple[str, str]]] = {}  # the last word: a Vietnamese name's given name
    for _, mention in found:
        name = mention.get("name")
        if mention.kind == m.PERSON and " " in name and not _BIRTH_ORDER.match(name):
            words = [fold(w) for w in name.split()]
            given.setdefault(words[-1], set()).add((mention.key, name))
            parts = {words[0], *(" ".join(words[i:]) for i in range(1, len(words)))}
            if len(words) >= 3:
                parts.add(f"{words[0]} {words[-1]}")  # "Nguyễn Hùng" for "Nguyễn Văn Hùng"
            if len(words) >= 4 and words[1] in ("van", "thi"):
                parts.add(" ".join(words[:1] + words[2:]))  # "Nguyen Ngoc Tram" for "Nguyen Thi Ngoc Tram"
            for part in parts:
                full.setdefault(part, set()).add((mention.key, name))
    if not full:
        return found
    out = []
    for index, mention in found:
        name = mention.get("name")
        nickname = _BIRTH_ORDER.match(name) if mention.kind == m.PERSON else None
        if nickname and len(full.get(fold(nickname.group(1)), ())) == 1:
            name = nickname.group(1)  # "Nguyễn Tấn Nguyên (Sáu Nguyên)": called by the order of his birth and his name
        candidates = full.get(fold(name), ()) if mention.kind == m.PERSON else ()
        if len(candidates) > 1 and name in family_names() and len(given.get(fold(name), ())) == 1:
            # "Nguyen" beside "Ho Van Nguyen" and "Nguyen Trong Tieng": a Vietnamese is called by the given name
            candidates = given[fold(name)]
        if len(candidates) == 1:
            key, whole = next(iter(candidates))
            data = tuple(("name", whole) if k == "name" else (k, v) for k, v in mention.data)
            mention = replace(mention, key=key, data=data)
        out.append((index, mention))
    return out


def _join_bracketed_names(article: m.Article, found: list[tuple[int, m.Mention]]) -> list[tuple[int, m.Mention]]:
    """'Wei Huan Feng (Vi Hoán Phong)': a name, then its other spelling in brackets, is one person wherever
    either is written."""
    people = [(index, x) for index, x in found if x.kind == m.PERSON]
    same: dict[str, m.Mention] = {}
    for (index, first), (next_index, second) in zip(people, people[1:]):
        text = article.blocks[index].text
        if index == next_index and text[first.end:second.start] == " (" and text[second.end:second.end + 1] == ")" \
                and first.key != second.key and second.key not in same:
            same[second.key] = first
    if not same:
        return found
    return [(index, replace(x, key=same[x.key].key, data=tuple(("name", same[x.key].get("name")) if k == "name" else (k, v)
                                                               for k, v in x.data))
             if x.kind == m.PERSON and x.key in same else x) for index, x in found]


_TYPED = {"commune", "ward", "township", "village", "district", "town", "border-gate"}


# What may follow an item of a list of places: the list goes on or ends ("…, Triệu Âu, cùng", "Sầm Tớ (tỉnh …)");
# not an age ("Nguyễn Nhật, 35") nor a verb ("…, Dung said").
_LIST_ITEM_END = re.compile(r"\s*(?:$|[.;)]|,(?!\s*\d)|\s\((?!\d)|\s+(?:và|and)\s)")
_LIST_JOINT = re.compile(r",\s+|\s+(?:và|and)\s+|,\s+(?:và|and)\s+")


def _listed_among_places(text: str, names: list[m.Mention]) -> list[m.Mention]:
    """A name with no title, position or credit listed between places ("4 xã: Mỹ Hưng, Cách Linh, Triệu Âu và Đại
    Sơn", "Xốp Bâu, Viêng Xay, Sầm Tớ") is a place of their kind, not a person: a family name opens many places."""
    ordered = sorted(names, key=lambda x: x.start)
    out = []
    for i, x in enumerate(ordered):
        if x.kind == m.PERSON and len(x.data) == 1 and len(x.text.split()) <= 2 and _LIST_ITEM_END.match(text, x.end):
            before = ordered[i - 1] if i else None
            after = ordered[i + 1] if i + 1 < len(ordered) else None
            neighbours = [y for y, a, b in ((before, before.end if before else 0, x.start), (after, x.end, after.start if after else 0))
                          if y is not None and y.kind == m.PLACE and _LIST_JOINT.fullmatch(text, a, b)]
            earlier = ordered[i - 2] if i > 1 else None
            if len(neighbours) == 2 or neighbours and neighbours[0] is before and earlier is not None \
                    and earlier.kind == m.PLACE and _LIST_JOINT.fullmatch(text, earlier.end, before.start):
                kinds = {y.get("type") for y in neighbours}
                kind = kinds.pop() if len(kinds) == 1 else ""
                key = f"{slugify(x.text)}-{kind}" if kind in ("commune", "district", "village", "ward") else slugify(x.text)
                x = m.Mention(x.start, x.end, m.PLACE, key, x.text, (("name", x.text), ("type", kind)))
        out.append(x)
    return out


def _outermost(mentions: list[m.Mention]) -> list[m.Mention]:
    """Drop names that lie inside a longer name of another kind (see _NOT_INSIDE); documents are kept
    whole and only hold places ("the Law on Vietnam Border Guard" names no place)."""
    spans = {kind: StaticSpans((x.start, x.end) for x in mentions if x.kind == kind)
             for kind in (m.PERSON, m.ORGANISATION, m.PLACE, m.DOCUMENT)}
    # Where a person and a place have the same words, a title, position, credit or birth year makes it a
    # person ("Translated by Trung Thanh"); a name alone is the place ("thôn Mới, Xa Đư").
    people = {(x.start, x.end): len(x.data) > 1 for x in mentions if x.kind == m.PERSON}
    places = {(x.start, x.end) for x in mentions if x.kind == m.PLACE}
    # A name read from a list of bodies ("the Stations: Thanh Hai, Mui Ne") is the body, not the place or a person.
    listed = {(x.start, x.end) for x in mentions if x.kind == m.ORGANISATION and x.get("name") != x.text}
    # Where a person and a body have the same words, the body's head word ("Nong Thon Viet Magazine") makes it the body.
    bodies = {(x.start, x.end) for x in mentions if x.kind == m.ORGANISATION}
    return [x for x in mentions if not any(spans[outer].contains(x.start, x.end) for outer in _NOT_INSIDE[x.kind])
            and not (x.kind == m.PLACE and (people.get((x.start, x.end)) or (x.start, x.end) in listed))
            and not (x.kind == m.PERSON and (((x.start, x.end) in places or (x.start, x.end) in bodies)
                                             and not people[(x.start, x.end)] or (x.start, x.end) in listed))]
