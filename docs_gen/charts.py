"""Bar charts drawn at build time as inline SVG.

Nothing is loaded from elsewhere and no colour is written into the SVG: classes take them from the
theme's CSS custom properties (docs_gen.css), so a chart follows the light and the dark scheme. Each
chart has a name and a one-sentence summary for assistive technology, and its numbers as a table in
a <details> element for any reader who cannot make out the bars."""
from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape as escape_html

from markupsafe import Markup

FONT = 12  # px: the SVG is drawn at its natural size, shrunk only on narrow screens
CHAR = 0.62 * FONT  # the width of a digit or letter, near enough to keep axis labels apart
PLOT_WIDTH = 640  # what the bars share, up to their widest
PLOT_HEIGHT = 140
SLOT = (6.0, 40.0)  # narrowest and widest space of one bar
TOP, BOTTOM = 18, 22  # room above the plot for value labels, below it for the axis labels


@dataclass(frozen=True)
class Bar:
    label: str  # the category as the table and the tooltip write it: "2016", "2025-03"
    value: int
    tick: str | None = None  # the axis label: None for `label`, "" for none
    href: str = ""  # where the bar leads (a final relative URL), or nowhere
    minor: bool = False  # its axis label gives way to the others (a month's, beside the years)


@dataclass(frozen=True)
class BarChart:
    id: str  # unique on its page; the ids of the chart's parts start with it
    title: str  # what it shows: the visible caption and the accessible name
    bars: tuple[Bar, ...]
    one: str  # what one unit is called ("article"), and many ("articles")
    many: str
    column: str  # the heading of the labels in the table of numbers ("Year")


def count(value: int, one: str, many: str) -> str:
    return f"{value:,} {one if value == 1 else many}"


def nice_step(top: int, parts: int = 4) -> int:
    """The smallest step of 1, 2 or 5 times a power of ten that cuts 0..top into at most `parts`."""
    power = 1
    while True:
        for factor in (1, 2, 5):
            if top <= factor * power * parts:
                return factor * power
        power *= 10


def summary(chart: BarChart) -> str:
    """One sentence that says what the bars show, for screen readers (the SVG's <desc>)."""
    bars = chart.bars
    if not bars:
        return "No data."
    top = max(bar.value for bar in bars)
    most = [bar.label for bar in bars if bar.value == top]
    total = sum(bar.value for bar in bars)
    span = bars[0].label if len(bars) == 1 else f"{bars[0].label} to {bars[-1].label}"
    said = f"{span}: {count(total, chart.one, chart.many)} in all"
    if len(bars) == 1 or not top:
        return said + "."
    if len(most) == 1:
        return f"{said}, the most in {most[0]} ({count(top, chart.one, chart.many)})."
    if len(most) <= 3:
        return f"{said}, the most in {', '.join(most[:-1])} and {most[-1]} ({count(top, chart.one, chart.many)} each)."
    return f"{said}, at most {count(top, chart.one, chart.many)} in one."


def bar_chart(chart: BarChart) -> Markup:
    """<figure> with a caption, the SVG and the table of numbers, on lines of their own without a
    blank one, so a Markdown page takes the whole figure as one HTML block."""
    bars = chart.bars
    slot = min(SLOT[1], max(SLOT[0], PLOT_WIDTH / max(1, len(bars))))
    width_bar = max(2.0, round(slot * 0.72, 1))
    top_value = max((bar.value for bar in bars), default=0) or 1
    step = nice_step(top_value)
    axis_top = math.ceil(top_value / step) * step
    left = 8 + CHAR * len(f"{axis_top:,}")
    width = math.ceil(left + slot * len(bars) + 8)
    height = TOP + PLOT_HEIGHT + BOTTOM
    base = TOP + PLOT_HEIGHT

    def y(value: float) -> float:
        return base - PLOT_HEIGHT * value / axis_top

    # Links inside an element of role "img" would be hidden from assistive technology (its children
    # are presentational, and axe reports nested-interactive): a chart of links keeps the SVG's own
    # role (a graphics document, whose links are reachable), named the same way.
    role = "" if any(bar.href for bar in bars) else ' role="img"'
    out = [f'<figure class="dg-chart" id="{chart.id}">',
           f'<figcaption id="{chart.id}-caption">{escape_html(chart.title)}</figcaption>',
           f'<svg class="dg-chart__svg"{role} '
           f'aria-labelledby="{chart.id}-caption" aria-describedby="{chart.id}-desc" width="{width}" '
           f'height="{height}" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">',
           f'<desc id="{chart.id}-desc">{escape_html(summary(chart))}</desc>',
           '<g class="dg-chart__grid">']
    for value in range(0, axis_top + 1, step):
        at = coord(y(value))
        out.append(f'<line x1="{coord(left)}" x2="{width - 4}" y1="{at}" y2="{at}"/>'
                   f'<text x="{coord(left - 6)}" y="{coord(y(value) + FONT * 0.35)}" text-anchor="end">{value:,}</text>')
    out.append('</g>\n<g class="dg-chart__bars">')
    show_values = len(bars) <= 24 and all(CHAR * len(f"{bar.value:,}") <= slot for bar in bars)
    for i, bar in enumerate(bars):
        middle = left + slot * (i + 0.5)
        said = escape_html(f"{bar.label}: {count(bar.value, chart.one, chart.many)}")
        shape = ""
        if bar.value:
            shape = (f'<rect class="dg-chart__bar" x="{coord(middle - width_bar / 2)}" y="{coord(y(bar.value))}" '
                     f'width="{coord(width_bar)}" height="{coord(base - y(bar.value))}"/>')
            if show_values:
                shape += (f'<text class="dg-chart__value" x="{coord(middle)}" y="{coord(y(bar.value) - 4)}" '
                          f'text-anchor="middle">{bar.value:,}</text>')
        if bar.href:
            # xlink:href, not href: the theme's instant navigation assigns `a.href` of every element
            # with an href attribute, which throws on an SVG link (its href is read-only) and stops
            # the navigation; it skips this attribute and leaves the click to the browser.
            # The whole height of the slot is the target, so that a short bar is as easy to follow.
            out.append(f'<a xlink:href="{escape_html(bar.href)}" aria-label="{said}"><title>{said}</title>'
                       f'<rect class="dg-chart__hit" x="{coord(left + slot * i)}" y="{TOP}" width="{coord(slot)}" '
                       f'height="{PLOT_HEIGHT}"/>{shape}</a>')
        elif shape:
            out.append(f'<g><title>{said}</title>{shape}</g>')
    out.append('</g>\n<g class="dg-chart__ticks">')
    # Axis labels that would touch one another are left out: the major ones (years) are placed
    # first, left to right, then the minor ones (months) where there is still room.
    placed: list[tuple[float, float]] = []
    for minor in (False, True):
        for i, bar in enumerate(bars):
            tick = bar.label if bar.tick is None else bar.tick
            if bar.minor != minor or not tick:
                continue
            middle, half = left + slot * (i + 0.5), CHAR * (len(tick) + 1) / 2
            if all(middle + half <= start or middle - half >= end for start, end in placed):
                placed.append((middle - half, middle + half))
                out.append(f'<text x="{coord(middle)}" y="{base + FONT + 4}" text-anchor="middle">{escape_html(tick)}</text>')
    out.append("</g>\n</svg>")
    out.append(_table(chart))
    out.append("</figure>")
    return Markup("\n".join(out))


def _table(chart: BarChart) -> str:
    rows = "".join(
        f'<tr><td>{_label(bar)}</td><td>{bar.value:,}</td></tr>' for bar in chart.bars)
    return (f'<details class="dg-numbers"><summary>The numbers</summary>\n'
            f'<table>\n<thead><tr><th scope="col">{escape_html(chart.column)}</th>'
            f'<th scope="col">{escape_html(chart.many.capitalize())}</th></tr></thead>\n'
            f'<tbody>{rows}</tbody>\n</table>\n</details>')


def _label(bar: Bar) -> str:
    label = escape_html(bar.label)
    return f'<a href="{escape_html(bar.href)}">{label}</a>' if bar.href else label


def coord(value: float) -> str:
    """A coordinate with one decimal at most: short, and the same in every build."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text
