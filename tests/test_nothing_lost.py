"""Properties over generated articles: every word reaches the page; no markup gets in."""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import markdown
from hypothesis import given
from hypothesis import strategies as st

from docs_gen.curated import Curated
from docs_gen.pipeline import Options, SourceFile, generate

TEMPLATES = Path(__file__).parent.parent / "templates"
EXTENSIONS = ["attr_list", "footnotes", "tables", "admonition", "toc"]
WORDS = ["border", "post", "Biên", "phòng", "Tô", "Lâm", "đồn", "guard", "2025", "22/1", "No.", "(1)", "village",
         "<script>alert(1)</script>", "<b", "onclick=\"x()\"", "javascript:alert(1)", "{{", "}}", "{%", "%}",
         "*", "**", "_", "__", "#", "##", "|", "[", "]", "(", ")", "![x](y)", "[a](b)", "`", "```", ">", "-", "+",
         "1.", "&amp;", "&", "\\", "~~", "^", "==", ":", "{: #x }", "[^1]", "---", "\u200b", "\u202e", "مرحبا",
         "People's", "“quoted”", "Source:", "TRAN VAN AN", "General", "Colonel", "Resolution", "March"]
LINE = st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(" ".join)
ARTICLE = st.lists(LINE, min_size=1, max_size=8)
# Tags and attributes the templates and Markdown write (data-pagefind-ignore: furniture left out of the
# search index); nothing else may appear in a page body.
ALLOWED_TAGS = {"h1", "h2", "h3", "p", "a", "sup", "div", "hr", "ol", "ul", "li", "em", "strong", "table", "thead",
                "tbody", "tr", "th", "td", "span", "code"}
ALLOWED_ATTRIBUTES = {"id", "class", "href", "title", "style", "rel", "data-pagefind-ignore"}


def page_for(lines: list[str]) -> tuple[str, str]:
    """The article's text and its rendered body; ("", "") when the reader rejected it with a reason."""
    text = "\n".join(lines) + "\n"
    # The article page is what is checked: no database or CSV files (data=False) for each of the examples.
    result = generate([SourceFile("a.txt", text.encode())], Curated(), Options(TEMPLATES, data=False))
    pages = [p for p in result.pages if p.path.startswith("articles/") and p.path != "articles/index.md"]
    if not pages:
        assert [p.message for p in result.problems if p.severity == "error"], "rejected without a reason"
        body = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)  # front matter alone is metadata, not text
        assert not re.search(r"[^\W_]", re.sub(r"(?im)^(source|nguồn)\s*:.*$", "", body)), "rejected text had words"
        return "", ""
    page = pages[0]
    body = page.content.split("\n---\n", 1)[1]  # without the front matter
    return text, markdown.markdown(body, extensions=EXTENSIONS)


class Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        for name, value in attrs:
            self.attributes.add(name)
            if name == "href":
                self.hrefs.append(value or "")


def words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())


@given(ARTICLE)
def test_every_word_reaches_the_page(lines):
    text, page = page_for(lines)
    visible = html.unescape(re.sub(r"<[^>]+>", " ", page)).casefold()
    have = words(visible)
    counts = {w: have.count(w) for w in set(have)}
    for line in text.splitlines():
        if re.match(r"^(source|nguồn)\s*:\s*https?://", line, re.IGNORECASE):
            continue  # becomes the source link
        for word in set(words(line)):
            assert counts.get(word, 0) >= 1, (word, line)


@given(ARTICLE)
def test_article_text_adds_no_element_or_attribute(lines):
    _, page = page_for(lines)
    parser = Elements()
    parser.feed(page)
    assert parser.tags <= ALLOWED_TAGS, parser.tags - ALLOWED_TAGS
    assert parser.attributes <= ALLOWED_ATTRIBUTES, parser.attributes - ALLOWED_ATTRIBUTES
    assert not any(h.strip().lower().startswith(("javascript:", "data:", "vbscript:")) for h in parser.hrefs)
