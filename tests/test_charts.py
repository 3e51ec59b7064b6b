"""Bar charts as inline SVG: named, described, their numbers in a table, links in a group, no colours."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from docs_gen.charts import Bar, BarChart, bar_chart, nice_step, summary


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def chart(bars, **kwargs) -> BarChart:
    return BarChart(kwargs.get("id", "chart-x"), kwargs.get("title", "Things per year"), tuple(bars), "thing", "things", "Year")


@pytest.mark.parametrize("top, step", [(1, 1), (4, 1), (5, 2), (8, 2), (9, 5), (20, 5), (21, 10), (150, 50), (201, 100)])
def test_nice_step_cuts_the_axis_into_at_most_four_parts(top, step):
    assert nice_step(top) == step


def test_a_chart_without_links_is_an_image_named_by_its_caption_and_described():
    html = bar_chart(chart([Bar("2019", 3), Bar("2020", 0), Bar("2021", 7)]))
    found = tags(html)
    svg = next(attrs for tag, attrs in found if tag == "svg")
    assert svg["role"] == "img"
    ids = {attrs["id"] for _, attrs in found if "id" in attrs}
    assert svg["aria-labelledby"] in ids and svg["aria-describedby"] in ids
    assert "<desc id=\"chart-x-desc\">2019 to 2021: 10 things in all, the most in 2021 (7 things).</desc>" in html
    # Two bars drawn (none for the zero), each with its tooltip; all three rows in the table.
    assert html.count('class="dg-chart__bar"') == 2
    assert "<title>2019: 3 things</title>" in html and "<title>2021: 7 things</title>" in html
    assert re.findall(r"<tr><td>(\d+)</td><td>(\d+)</td></tr>", html) == [("2019", "3"), ("2020", "0"), ("2021", "7")]
    assert '<th scope="col">Things</th>' in html and "<details" in html


def test_a_chart_of_links_is_a_group_whose_bars_are_named_links():
    html = bar_chart(chart([Bar("2016", 1, href="#year-2016"), Bar("2021", 4, href="../2021/#year-2021")]))
    svg = next(attrs for tag, attrs in tags(html) if tag == "svg")
    assert "role" not in svg  # links inside role="img" would be hidden from assistive technology
    links = [attrs for tag, attrs in tags(html) if tag == "a" and "xlink:href" in attrs]
    assert [(a["xlink:href"], a["aria-label"]) for a in links] == [
        ("#year-2016", "2016: 1 thing"), ("../2021/#year-2021", "2021: 4 things")]
    # Every bar's whole slot is its target, however short the bar; the table links the same places.
    assert html.count('class="dg-chart__hit"') == 2
    assert '<a href="#year-2016">2016</a>' in html
    # No plain href on an SVG link: the theme's instant navigation cannot assign one (read-only).
    assert not [attrs for tag, attrs in tags(html.split("<details")[0]) if tag == "a" and "href" in attrs]


def test_colours_come_from_the_stylesheet_only():
    html = bar_chart(chart([Bar("2019", 3, href="#a"), Bar("2020", 5)]))
    assert not re.search(r"\b(fill|stroke|style|color)=", html)
    assert "#" not in re.sub(r'(xlink:)?href="[^"]*"', "", html)


def test_text_is_escaped():
    html = bar_chart(BarChart("c", "Mentions of <b>&\"x\"</b>", (Bar("<i>", 2, href='#"a"'),), "one", "many", "A&B"))
    assert "<b>" not in html and "<i>" not in html and 'href="#"a""' not in html
    assert "&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;" in html and "A&amp;B" in html


def test_axis_labels_never_overlap_and_years_win_over_months():
    bars = [Bar(f"m{i}", i % 5, tick=str(2000 + i // 12) if i % 12 == 0 else "JFMAMJJASOND"[i % 12], minor=i % 12 != 0)
            for i in range(120)]
    html = bar_chart(chart(bars))
    ticks = re.findall(r'<text x="([\d.]+)" y="\d+" text-anchor="middle">([^<]+)</text>', html.split("dg-chart__ticks")[1])
    assert [label for _, label in ticks if len(label) == 4] == [str(2000 + y) for y in range(10)]
    spans = sorted((float(x) - 3.8 * len(label), float(x) + 3.8 * len(label)) for x, label in ticks)
    assert all(left[1] <= right[0] for left, right in zip(spans, spans[1:]))


def test_many_bars_share_the_plot_and_drop_their_value_labels():
    html = bar_chart(chart([Bar(str(1900 + i), i) for i in range(100)]))
    width = int(re.search(r'<svg [^>]*width="(\d+)"', html).group(1))
    assert width <= 700
    assert 'class="dg-chart__value"' not in html


@pytest.mark.parametrize("values, expected", [
    ([2, 2], "a to b: 4 things in all, the most in a and b (2 things each)."),
    ([0, 0], "a to b: 0 things in all."),
    ([5], "a: 5 things in all."),
    ([1, 1, 1, 1], "a to d: 4 things in all, at most 1 thing in one."),
])
def test_summary_says_what_the_bars_show(values, expected):
    bars = [Bar("abcd"[i], value) for i, value in enumerate(values)]
    assert summary(chart(bars)) == expected


def test_same_chart_same_bytes():
    bars = [Bar(str(2000 + i), (i * 7) % 11, href=f"#y{i}") for i in range(30)]
    assert bar_chart(chart(bars)) == bar_chart(chart(list(bars)))
