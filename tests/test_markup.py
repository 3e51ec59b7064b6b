"""Article text renders literally: no Markdown, HTML or template syntax survives as markup."""
from __future__ import annotations

import markdown

from docs_gen.markup import escape, link

EXTENSIONS = ["attr_list", "footnotes", "tables", "admonition", "toc"]


def render(text: str) -> str:
    return markdown.markdown(escape(text), extensions=EXTENSIONS)


def visible(html: str) -> str:
    import html as h
    import re

    return h.unescape(re.sub(r"<[^>]+>", "", html))


def test_markdown_and_html_are_shown_as_written():
    for text in ["*bold* and _it_ and `code`", "[a link](http://x)", "<script>alert(1)</script>",
                 "# not a heading", "1. not a list", "- not a list", "> not a quote", "a | b | c",
                 "{{ jinja }} {% if x %}", "![img](x.png)", "[^1] not a footnote", "<b onclick=\"x()\">b</b>",
                 "javascript:alert(1)", "a \\ backslash", "&amp; stays &amp;", "{: #id }"]:
        html = render(text)
        assert "<script" not in html and "<b" not in html and "<a" not in html and "<h1" not in html
        assert "<ol" not in html and "<ul" not in html and "<blockquote" not in html and "<img" not in html
        assert visible(html) == text, text


def test_link_title_is_escaped():
    html = markdown.markdown(link("Border Guard", "../g.md", 'say "hi" <b>'), extensions=EXTENSIONS)
    assert 'title="say &#34;hi&#34; &#60;b&#62;"' in html
