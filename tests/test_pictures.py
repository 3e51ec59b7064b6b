"""What the pages show at a glance: charts over time, with a sentence where there is nothing to draw."""
from __future__ import annotations

import re

from docs_gen import models as m
from docs_gen.comentions import co_mentions
from docs_gen.graph import build_graph
from docs_gen.pictures import MONTHS_AT_MOST, Overview, articles_chart, graph_page_figure, mentions_chart, timeline_chart
from test_comentions import entities


def article(n: int, date: str | None) -> m.Article:
    return m.Article(f"a{n}", f"a{n}.txt", f"A{n}", False, "en", date, None, None, None, ())


def rows(html: str) -> list[tuple[str, str]]:
    return re.findall(r"<tr><td>(?:<a [^>]*>)?([^<]+)(?:</a>)?</td><td>([\d,]+)</td></tr>", html)


def test_mentions_are_charted_per_year_of_the_articles_dates_with_empty_years_shown():
    years = {"a1": "2019", "a2": "2019", "a3": "2022"}
    html = mentions_chart("Lan", [("a1", 3), ("a2", 1), ("a3", 2), ("a4", 5)], years)
    assert 'role="img"' in html and "Mentions of Lan per year" in html
    assert rows(html) == [("2019", "4"), ("2020", "0"), ("2021", "0"), ("2022", "2")]
    assert "5 more mentions are in articles without a date." in html


def test_mentions_in_one_year_or_without_dates_are_a_sentence():
    one = mentions_chart("Lan", [("a1", 3), ("a2", 1)], {"a1": "2024", "a2": "2024"})
    assert "<svg" not in one and "4 mentions are in articles of 2024." in one
    undated = mentions_chart("Lan", [("a1", 1)], {})
    assert "<svg" not in undated and "state no date" in undated
    assert mentions_chart("Lan", [], {"a1": "2024"}) == ""


def test_articles_are_charted_per_month_from_the_first_to_the_last():
    html = articles_chart([article(1, "2024-11-05"), article(2, "2025-02-01"), article(3, "2025-02-20"), article(4, None)])
    assert rows(html) == [("Nov 2024", "1"), ("Dec 2024", "0"), ("Jan 2025", "0"), ("Feb 2025", "2")]
    assert "Articles per month" in html and "1 article states no date and is not counted." in html
    # The axis names the first month and each January by the year.
    ticks = re.findall(r'text-anchor="middle">([^<]+)</text>', html.split("dg-chart__ticks")[1])
    assert "2024" in ticks and "2025" in ticks


def test_a_long_span_of_articles_is_charted_per_year():
    html = articles_chart([article(1, "2010-01-01"), article(2, "2010-06-01"), article(3, "2024-12-31")])
    assert MONTHS_AT_MOST < 15 * 12
    assert "Articles per year" in html and rows(html)[0] == ("2010", "2") and len(rows(html)) == 15


def test_articles_without_any_date_say_so():
    html = articles_chart([article(1, None), article(2, None)])
    assert "<svg" not in html and "The 2 articles state no date" in html
    assert articles_chart([]) == ""


def test_the_timeline_chart_links_each_bar_to_its_year():
    html = timeline_chart({"2021": 3, "1930": 1}, lambda year: f"#year-{year}")
    assert re.findall(r'xlink:href="([^"]+)"', html) == ["#year-1930", "#year-2021"]
    assert "role=" not in html
    assert timeline_chart({}, lambda year: "") == ""


def test_a_corpus_where_nothing_is_named_together_has_no_drawing():
    items = entities({(m.PERSON, "lan"): ["a1"], (m.PLACE, "lao-cai"): ["a2"]})
    co = co_mentions(items)
    view = Overview(co, build_graph(items, co), frozenset(), {})
    html = graph_page_figure(view, lambda page: page)
    assert "<svg" not in html and "No two people" in html
