"""One article file -> Article: headline, headings, captions, footnotes, source, byline, language."""
from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from . import models as m
from .errors import InputError, Problem
from .extract.dates import dateline, dateline_in
from .metadata import Metadata, parse_metadata, split_front_matter

# Lines copied from news pages that are interface, not article text.
_BOILERPLATE = re.compile(
    r"^(comments?\s*\(\d+\)|bình luận\s*\(\d+\)|share|chia sẻ|print|in bài|back to top|"
    r"related (news|articles)|tin liên quan|xem thêm|read more|"
    # share buttons and "follow us" lines: "Chia sẻ Zalo", "ZALO", "Theo dõi Báo Gia Lai trên Google News"
    r"(?:(?:chia sẻ|share)(?:\s+(?:qua|on|via))?\s+)?(?:zalo|facebook|twitter|email|linkedin|telegram|messenger)|"
    r"(?:quay về e-magazine\s+)?(?:theo dõi|follow)\s.{1,60}\s(?:trên|on)\s+google news)$",
    re.IGNORECASE,
)
# Image markers left by scraping: Markdown images ("![]()", "![alt](https://…/a.jpg)"), "[Photo]" /
# "[Ảnh]" placeholders, and the ends of broken image links ("…/a.jpg)"). "![x](y)" with no address is text.
_IMAGE = re.compile(r"!\[[^\]\n]*\]\((?P<url>[^)\s]*)(?:\s+\"[^\"]*\")?\)"
                    r"|\[(?:photo|photos|ảnh|image|images|hình|hình ảnh|video|clip|infographic|graphic|đồ họa)\]"
                    r"|[^\s()\[\]]+\.(?:jpe?g|png|gif|webp|bmp|svg)(?:\?[^\s)]*)?\)", re.IGNORECASE)
# An ISO date before the text, as some exports write the publication date: "date 2020-09-08 Eight ...".
_ISO_DATELINE = re.compile(r"(?:date|Date|DATE)\s*:?\s+(?P<date>(?:19|20)\d\d-[01]\d(?P<day>-[0-3]\d)?)(?![\d/-])\s*")
_SOURCE = re.compile(r"^(source|nguồn)\s*:\s*(.+?)\s*$", re.IGNORECASE)
_FOOTNOTE_RULE = re.compile(r"^[-_—–=*]{3,}$")
_FOOTNOTE_DEF = re.compile(r"^\((\d{1,3})\)\s*(\S.*)$")
_PHOTO_CREDIT = re.compile(r"^(.*\S)\s*_\s*(?:source|nguồn|photo|ảnh)\s*:\s*(.+)$", re.IGNORECASE)
_CLOSING = ".!?;:…\"”’)»"
_ALL_CAPS_NAME = re.compile(r"\b([A-ZÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸĐ]{2,}(?:\s+[A-ZÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸĐ]{2,}){1,4})\b")
_WORD = re.compile(r"[^\W_]+")
# Letters only Vietnamese uses among the two languages; their share decides the language.
_VI_LETTER = re.compile("[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]")


@dataclass(frozen=True)
class ReadResult:
    article: m.Article
    problems: tuple[Problem, ...]


def read_article(text: str, source_file: str, sidecar: str | None = None) -> ReadResult:
    """Parse decoded, normalised text. `sidecar` is the text of `<name>.yml` when there is one.

    The article id is a provisional slug; the corpus makes ids unique after every file is read.
    """
    problems: list[Problem] = []
    meta, body, offset = _metadata(text, source_file, sidecar, problems)
    lines = body.split("\n")
    if not any(line.strip() for line in lines):
        raise InputError(Problem(source_file, None, "empty article (no text)", "add the article text or remove the file"))

    parsed = _Parser(lines, offset, source_file, problems).parse()
    if not parsed.blocks:
        raise InputError(Problem(source_file, None, "no article text (only a source line, boilerplate or frame characters)",
                                 "add the article text or remove the file"))
    language = meta.get("language") or detect_language(" ".join(b.text for b in parsed.blocks))
    title = meta.get("title") or parsed.headline
    derived = not title
    if derived:
        first = next((b.text for b in parsed.blocks if b.kind == m.PARAGRAPH), parsed.blocks[0].text)
        title = derive_title(first)
    source_url = meta.get("source") or parsed.source_url
    article = m.Article(
        id=meta.get("slug") or slugify_title(title, source_file),
        source_file=source_file,
        title=title,
        title_derived=derived,
        language=language,
        date=meta.get("date") or parsed.date,
        source_url=source_url,
        outlet=meta.get("outlet") or outlet_of(source_url),
        author=meta.get("author") or parsed.author,
        blocks=tuple(parsed.blocks),
        dropped=tuple(parsed.dropped),
        same_event=tuple(meta.get("same_event") or ()),
        extra=tuple((k, v if isinstance(v, str) else json.dumps(v, ensure_ascii=False))
                    for k, v in sorted(meta.values.items()) if k in ("summary", "tags")),
        words=sum(len(_WORD.findall(b.text)) for b in parsed.blocks),
    )
    return ReadResult(article, tuple(problems))


def _metadata(text: str, name: str, sidecar: str | None, problems: list[Problem]) -> tuple[Metadata, str, int]:
    head, body, used = split_front_matter(text)
    if head is not None and not _is_mapping(head):
        head, body, used = None, text, 0  # "---" lines around text are a rule, not front matter
    values: dict = {}
    sources = []
    if sidecar is not None:
        sources.append((sidecar, re.sub(r"\.txt$", ".yml", name), 0))
    if head is not None:
        sources.append((head, name, 1))  # front matter is closest to the text: it wins
    for text_of_meta, where, offset in sources:
        try:
            meta, found = parse_metadata(text_of_meta, where, line_offset=offset)
        except InputError as error:  # unreadable metadata is reported; the article still builds
            problems.append(error.problem.dropping())
            continue
        problems.extend(found)
        values.update(meta.values)
    return Metadata(values), body, used


def _is_mapping(yaml_text: str) -> bool:
    """Front matter must be `field: value` lines; anything else between `---` lines is article text."""
    import yaml

    try:
        return isinstance(yaml.safe_load(yaml_text), dict)
    except yaml.YAMLError:
        return bool(re.match(r"^[A-Za-z_]\w*\s*:", yaml_text))  # meant as metadata, with a syntax error


@dataclass
class _Parsed:
    blocks: list[m.Block]
    headline: str | None
    source_url: str | None
    author: str | None
    dropped: list[str]
    date: str | None = None  # from a dateline at the top ("Thứ năm, 2/10/2025 08:15 (GMT+7)")


class _Parser:
    """Classifies lines. Works on a list of (line number, text) without ever discarding text
    except boilerplate, scraped image markers and a dateline line (all kept in `dropped`; the
    dateline also gives the article's date) and the Source line (kept as the source link)."""

    def __init__(self, lines: list[str], offset: int, name: str, problems: list[Problem]):
        self.items = [(offset + i + 1, line.strip()) for i, line in enumerate(lines)]
        self.name = name
        self.problems = problems

    def parse(self) -> _Parsed:
        dropped: list[str] = []
        source_url = None
        kept: list[tuple[int, str]] = []
        for number, line in self.items:
            if not line:
                kept.append((number, ""))
                continue
            if _BOILERPLATE.match(line):
                dropped.append(line)
                continue
            if "[" in line or ")" in line:
                line = _without_images(line, dropped)
                if not line:
                    continue  # only image markers
            src = _SOURCE.match(line)
            if src and re.match(r"^https?://[^\s/]+\.\S+$", src.group(2)):
                source_url = src.group(2)
                continue
            if src and src.group(2).lower().startswith(("http", "www", "//")):
                self.problems.append(Problem(self.name, number, f"malformed source URL {src.group(2)!r}",
                                             "write it as Source: https://host/path", "warning"))
            kept.append((number, line))

        body, notes = self._split_footnotes(kept)
        content = _photo_story([(n, t) for n, t in _unwrapped(body) if t])
        date = _dateline(content, dropped)
        headline = None
        if content and self._is_headline(content):
            headline = content[0][1]
        author, byline_line = self._byline(content)

        blocks: list[m.Block] = []
        for index, (number, line) in enumerate(content):
            if index == 0 and headline is not None:
                continue  # the headline becomes the page title
            kind, text = self._classify(index, number, line, content, byline_line)
            if not text:
                continue  # a bare "|" frame line around a caption holds no words
            if kind == m.BYLINE:
                text = _normal_case_names(text)
            blocks.append(m.Block(kind, text, number, f"p-{len(blocks) + 1}"))
        for number, label, text in notes:
            blocks.append(m.Block(m.FOOTNOTE, text, number, f"fn:{label}", label))  # the id Markdown footnotes give it
        if not blocks and headline:
            blocks.append(m.Block(m.PARAGRAPH, headline, content[0][0], "p-1"))
            headline = None
        return _Parsed(blocks, headline, source_url, author, dropped, date)

    def _split_footnotes(self, lines: list[tuple[int, str]]):
        """Footnotes are the `(N) text` lines after a rule of dashes; other lines stay in the body."""
        rule = next((i for i in range(len(lines) - 1, -1, -1) if _FOOTNOTE_RULE.match(lines[i][1])), None)
        if rule is None:
            return lines, []
        notes: list[tuple[int, str, str]] = []
        body = lines[:rule]
        for number, line in lines[rule + 1:]:
            found = _FOOTNOTE_DEF.match(line)
            if found and found.group(1) not in {label for _, label, _ in notes}:
                notes.append((number, found.group(1), found.group(2)))
            elif line and notes:
                # A continuation line of the previous note: join it so no text is lost.
                n, label, text = notes[-1]
                notes[-1] = (n, label, f"{text} {line}")
            else:
                body.append((number, line))
        if not notes:  # a rule without notes is just a decorative line: keep it as text
            return lines, []
        return body, notes

    @staticmethod
    def _is_headline(content: list[tuple[int, str]]) -> bool:
        first = content[0][1]
        return (len(content) > 1 and _looks_like_heading(first, max_words=25, max_chars=160)
                and not _PHOTO_CREDIT.match(first) and not first.startswith("|") and not first.endswith("|"))

    @staticmethod
    def _byline(content: list[tuple[int, str]]) -> tuple[str | None, int | None]:
        """A short last line naming the author (an all-caps name, or 'By ...') is the byline."""
        # Left-over punctuation after the last words (";", ".") is not the last line.
        while len(content) > 1 and not any(c.isalpha() for c in content[-1][1]):
            content = content[:-1]
        if len(content) < 2:
            return None, None
        number, last = content[-1]
        if len(last.split()) > 25 or last[-1] in ".!?;":
            return None, None
        by = re.match(r"^(?:by|bài(?: và ảnh)?|theo)\s*:?\s+(.+)$", last, re.IGNORECASE)
        caps = _ALL_CAPS_NAME.search(last)
        if caps and len(caps.group(1)) > 4:
            return _title_case(caps.group(1)), number
        if by and len(by.group(1).split()) <= 6:
            return by.group(1).split(",")[0].strip(), number
        return None, None

    def _classify(self, index, number, line, content, byline_line) -> tuple[str, str]:
        if number == byline_line:
            return m.BYLINE, line
        credit = _PHOTO_CREDIT.match(line)
        if credit and len(line) < 300:
            return m.CAPTION, f"{credit.group(1)} — Source: {credit.group(2)}"
        if line.startswith("|") or line.endswith("|"):
            return m.CAPTION, line.strip("|").strip()
        between = 0 < index < len(content) - 1
        if between and _looks_like_heading(line, max_words=14, max_chars=110):
            return m.HEADING, line
        return m.PARAGRAPH, line


def _without_images(line: str, dropped: list[str]) -> str:
    """`line` without scraped image markers, each added to `dropped`."""
    kept: list[str] = []
    at = 0
    for found in _IMAGE.finditer(line):
        url = found.group("url")
        if url and "." not in url and "/" not in url:
            continue  # "![x](y)" points nowhere: it is text
        kept.append(line[at:found.start()])
        dropped.append(found.group())
        at = found.end()
    if not kept:
        return line
    kept.append(line[at:])
    return re.sub(r"\s{2,}", " ", "".join(kept)).strip()


def _photo_story(content: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A photo story's paragraphs each end in " |": when at least half the lines do (the headline
    aside), the bar is a separator, not the frame of a caption, and is taken off (lines that also open
    with "|" stay captions)."""
    ending = sum(1 for _, line in content if line.endswith("|") and not line.startswith("|"))
    if ending < 2 or ending * 2 < len(content) - 1:  # half the lines, the headline aside
        return content
    return [(n, line.rstrip("|").rstrip() if line.endswith("|") and not line.startswith("|") else line)
            for n, line in content]


def _unwrapped(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A text copied from a PDF, a mail or a printout is hard-wrapped: its paragraphs are cut into lines
    of about the same width, so a name can run across two lines ("Bộ Chỉ huy Bộ đội" / "Biên phòng tỉnh").
    When most lines are nearly as wide as the text and end mid-sentence, most often before a word in
    lower case, a line that does so is joined with the next one; a line a paragraph ends on (a full stop,
    or shorter than the width) and the first line (the headline) stay whole. Other texts are returned
    unchanged."""
    widths = sorted(len(line) for _, line in lines if line)
    if len(widths) < 8:
        return lines
    width = widths[len(widths) * 9 // 10 - 1]
    if not 40 <= width <= 110:
        return lines
    full = [line for _, line in lines if line and len(line) >= width - 25]
    open_ends = [b for (_, a), (_, b) in zip(lines, lines[1:]) if a and b and a[-1] not in _CLOSING]
    in_sentence = [b for b in open_ends if b[0].islower()]
    if len(full) * 2 < len(widths) or len(open_ends) * 10 < len(widths) * 3 or len(in_sentence) * 5 < len(open_ends) * 2:
        return lines  # not wrapped: a list of headings or short lines, which open with a capital
    joined: list[tuple[int, str]] = []
    first = next((i for i, (_, line) in enumerate(lines) if line), 0)
    for i, (number, line) in enumerate(lines):
        previous = joined[-1][1] if joined and i - 1 > first else ""
        continues = previous and line and (
            (previous[-1] not in _CLOSING and len(previous.rsplit("\n", 1)[-1]) >= width - 25)
            or (previous[-1] not in ".!?…" and line[0].islower()))
        if continues:
            joined[-1] = (joined[-1][0], previous + "\n" + line)
        else:
            joined.append((number, line))
    return [(number, line.replace("\n", " ")) for number, line in joined]


def _dateline(content: list[tuple[int, str]], dropped: list[str]) -> str | None:
    """The ISO date of a dateline in the first lines ("October 2, 2025 - 08:15", "date 2020-09-08" before
    the text). A line that is only a dateline, or an ISO date that opens the first line, is removed
    from the text and reported in `dropped`; a dateline within a paragraph stays (the date extractor
    knows it is no event)."""
    if content:
        number, first = content[0]
        iso = _ISO_DATELINE.match(first)
        if iso and len(first) > iso.end() and _is_iso(iso.group("date")):
            dropped.append(iso.group().strip())
            content[0] = (number, first[iso.end():])
            if iso.group("day"):
                return iso.group("date")
    for i, (_, line) in enumerate(content[:3]):
        whole = dateline(line) if any(c.isdigit() for c in line[:80]) else None
        if whole is not None:
            if len(content) > 1:
                dropped.append(line)
                del content[i]
            return whole
        inside = dateline_in(line)
        if inside is not None:
            return inside
    return None


def _is_iso(value: str) -> bool:
    try:
        dt.date.fromisoformat(value if len(value) == 10 else value + "-01")
    except ValueError:
        return False
    return True


def _looks_like_heading(line: str, *, max_words: int, max_chars: int) -> bool:
    words = line.split()
    return (0 < len(words) <= max_words and len(line) <= max_chars and line[-1] not in _CLOSING + ",-–—"
            and (line[0].isupper() or line[0].isdigit()))


def _title_case(name: str) -> str:
    return " ".join(w[:1] + w[1:].lower() for w in name.split())


def _normal_case_names(line: str) -> str:
    return _ALL_CAPS_NAME.sub(lambda found: _title_case(found.group(1)), line)


def derive_title(text: str, limit: int = 90) -> str:
    """A headline-like title from the first paragraph: its first sentence or clause, cut at a word."""
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸĐ\"“])", text.strip(), maxsplit=1)[0].rstrip(" .;:")
    if len(sentence) <= limit:
        return sentence
    # Prefer a clause boundary (comma, semicolon, dash) that leaves a title of reasonable length.
    cuts = [i for i in range(40, limit) if sentence[i] in ",;–—" or sentence[i:i + 3] == " - "]
    if cuts:
        return sentence[:cuts[-1]].rstrip(" ,;-–—")
    head = sentence[:limit + 1]
    cut = head.rfind(" ")
    head = head[:cut] if cut > 20 else head[:limit]
    # Never end on an opened quotation or bracket: cut before it instead.
    for opening, closing in (('"', '"'), ("“", "”"), ("(", ")")):
        unbalanced = head.count(opening) % 2 if opening == closing else head.count(opening) > head.count(closing)
        if unbalanced and head.rfind(opening) > 20:
            head = head[:head.rfind(opening)]
    return head.rstrip(" ,;:-") + "…"


def detect_language(text: str) -> str:
    """'vi' when Vietnamese letters (ă, ơ, ệ...) are more than 3% of the letters, else 'en'."""
    lower = text.lower()
    letters = sum(map(str.isalpha, lower))
    if not letters:
        return "en"
    return "vi" if len(_VI_LETTER.findall(lower)) / letters > 0.03 else "en"


def outlet_of(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else host or None


def slugify_title(title: str, source_file: str) -> str:
    from slugify import slugify

    slug = slugify(unicodedata.normalize("NFC", title), max_length=80, word_boundary=True)
    if not slug:
        slug = slugify(source_file.rsplit("/", 1)[-1].rsplit(".", 1)[0]) or "article"
    return slug
