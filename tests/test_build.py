"""End to end: `mkdocs build --strict` on a fixture project of our own articles and on the seeds."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def make_project(tmp: Path, articles: Path | None = None) -> Path:
    """A copy of the project's configuration, templates and curated data with the given articles."""
    shutil.copy(ROOT / "mkdocs.yml", tmp / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", tmp / "templates")
    seeds = tmp / "seeds"
    shutil.copytree(ROOT / "seeds" / "_data", seeds / "_data")
    for path in sorted((articles or ROOT / "seeds").glob("*")):
        if path.is_file():
            shutil.copy(path, seeds / path.name)
    return tmp


def build(project: Path, *extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", *extra], cwd=project,
                          capture_output=True, text=True, env=env, timeout=300)


def text_of(html: str) -> str:
    import html as h

    html = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", html)
    return h.unescape(re.sub(r"(?s)<[^>]+>", " ", html))


def parsed_tags(html: str) -> list[tuple[str, list]]:
    """Every start tag of an HTML text with its attributes, as a browser's parser sees them."""
    from html.parser import HTMLParser

    found: list[tuple[str, list]] = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, attrs))

    Collector().feed(html)
    return found


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("fixture"), FIXTURES)
    result = build(project)
    assert result.returncode == 0, result.stderr[-3000:]
    return project / "site"


def test_fixture_project_builds_strict_with_every_page(fixture_site: Path):
    articles = json.loads((fixture_site / "data" / "articles.json").read_text(encoding="utf-8"))
    assert sorted(a["source_file"] for a in articles) == ["hostile.txt", "river-post.txt", "xa-bien-gioi.txt"]
    for a in articles:
        assert (fixture_site / a["url"] / "index.html").is_file()
        assert set(a) >= {"id", "source_file", "title", "language", "url", "source_url", "outlet", "date", "author", "words"}
    for page in ["index.html", "articles/index.html", "glossary/index.html", "people/index.html",
                 "organisations/index.html", "places/index.html", "documents/index.html", "timeline/index.html"]:
        assert (fixture_site / page).is_file(), page
    # Nothing generated is written into the source folder, and raw inputs are not published.
    assert not list(fixture_site.rglob("*.txt")) and not list(fixture_site.rglob("*.yml"))


def test_article_page_is_literal_and_complete(fixture_site: Path):
    article = next(a for a in json.loads((fixture_site / "data" / "articles.json").read_text(encoding="utf-8"))
                   if a["source_file"] == "river-post.txt")
    html = (fixture_site / article["url"] / "index.html").read_text(encoding="utf-8")
    body = html.split('<article class="md-content__inner', 1)[1]
    assert "<b>slates</b>" not in body and "&lt;b&gt;slates" in body.replace("&#60;", "&lt;").replace("&#62;", "&gt;")
    assert "<em>chalk</em>" not in body
    assert 'id="p-1"' in body and 'class="dg-caption" id="p-5"' in body or 'id="p-5" class="dg-caption"' in body
    assert 'href="https://example.org/news/river-post-night-school"' in body
    assert 'class="footnote' in body and 'href="#fn:1"' in body and 'href="#fnref:1"' in body
    visible = text_of(body)
    source = (FIXTURES / "river-post.txt").read_text(encoding="utf-8")
    # Documented boilerplate: the comment counter, and the Source line that becomes the source link.
    source = re.sub(r"(?m)^(Comment \(3\)|Source: \S+)$", "", source)
    for word in re.findall(r"[^\W_]+", source):
        if word.isupper() and len(word) > 1:
            word = word.capitalize()  # the byline's all-caps name is written in normal case
        assert word in visible, word
    assert "Comment (3)" not in visible


def test_seeds_build_strict(tmp_path: Path):
    project = make_project(tmp_path)
    result = build(project)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "docs_gen: 5 articles" in result.stderr
    # A province's body shows its province by name, not by key.
    page = (project / "site" / "organisations" / "border-guard-command-lai-chau" / "index.html").read_text(encoding="utf-8")
    assert "<td>Lai Chau</td>" in page and "lai-chau</td>" not in page


def test_hostile_text_is_shown_not_run(fixture_site: Path):
    article = next(a for a in json.loads((fixture_site / "data" / "articles.json").read_text(encoding="utf-8"))
                   if a["source_file"] == "hostile.txt")
    html = (fixture_site / article["url"] / "index.html").read_text(encoding="utf-8")
    body = html.split('<article class="md-content__inner', 1)[1].split("</article>", 1)[0]
    tags = parsed_tags(body)
    assert not [t for t, _ in tags if t in ("script", "img")]
    attributes = [(name, value or "") for _, attrs in tags for name, value in attrs]
    assert not [a for a in attributes if a[0].startswith("on")]  # the text "onerror=" is shown, never an attribute
    assert not [v for n, v in attributes if n == "href" and ("javascript" in v or "evil.example" in v)]
    visible = text_of(body)
    assert '<script>alert("headline")</script>' in visible and "{{ config.site_name }}" in visible
    assert "{% for x in range(3) %}{{ x }}{% endfor %}" in visible and "**bold** [link](http://evil.example)" in visible


def test_site_url_from_the_environment_fills_sitemap_feed_and_canonical_links(tmp_path):
    project = make_project(tmp_path)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL="https://example.github.io/border-guard-kb/")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    site = project / "site"
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert sitemap.count("<loc>https://example.github.io/border-guard-kb/") > 50
    feed = (site / "feed.xml").read_text(encoding="utf-8")
    assert feed.count("<link>https://example.github.io/border-guard-kb/articles/") == 5
    assert '<link rel="canonical" href="https://example.github.io/border-guard-kb/">' in (site / "index.html").read_text(encoding="utf-8")
    assert "Page not found" in (site / "404.html").read_text(encoding="utf-8")


def test_generated_html_pages_have_their_table_of_contents_and_anchors_for_strict_links(tmp_path):
    """Generated HTML pages skip MkDocs' Markdown step: their headings still fill the page's table of
    contents, and links from hand-written Markdown into them are still checked anchor by anchor."""
    project = make_project(tmp_path, FIXTURES)
    assert build(project).returncode == 0
    article = next(a for a in json.loads((project / "site" / "data" / "articles.json").read_text(encoding="utf-8"))
                   if a["source_file"] == "river-post.txt")
    html = (project / "site" / article["url"] / "index.html").read_text(encoding="utf-8")
    toc = html.split('class="md-nav md-nav--secondary"', 1)[1].split("</nav>", 1)[0]
    assert 'href="#in-this-article"' in toc and 'href="#related-articles"' in toc
    notes = project / "seeds" / "notes.md"
    notes.write_text(f"# Notes\n\n[A paragraph](articles/{article['id']}.md#p-1)\n", encoding="utf-8")
    result = build(project)
    assert result.returncode == 0, result.stderr[-3000:]
    notes.write_text(f"# Notes\n\n[Nowhere](articles/{article['id']}.md#no-such-anchor)\n", encoding="utf-8")
    result = build(project)
    assert result.returncode == 1 and "no-such-anchor" in result.stderr


def test_anchor_ids_are_read_from_id_attributes_only():
    from docs_gen.plugin import ANCHOR
    body = '<h2 id="a">x</h2><p data-id="not-an-anchor" class="id">\n<span\nid="b">id="nor-text"</span><a\tid="c">'
    assert ANCHOR.findall(body) == ["a", "b", "c"]
