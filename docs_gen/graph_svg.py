"""The graph of co-mentions drawn as inline SVG: every node a link to its entity's page, kinds told
apart by shape as well as colour, labels placed where they cover no other label or node.

Colours come from CSS classes (docs_gen.css), so the drawing follows the light and the dark scheme.
Each node carries its number and its neighbours' numbers, which graph.js reads to show one entity's
neighbours; without scripts, a link to a node's id still marks it (CSS :target)."""
from __future__ import annotations

import math
from collections.abc import Callable
from html import escape

from markupsafe import Markup

from . import models as m
from .charts import coord, count
from .graph import Graph, Node

WIDTH, HEIGHT = 1100, 760
PAD_X, PAD_Y = 120, 36  # room for the labels of the outermost nodes
FONT = 12
CHAR = 0.6 * FONT
LABEL_LENGTH = 26  # characters; a longer name is cut with "…" (its full name is in the tooltip)
KIND_NAMES = {m.PERSON: "person", m.ORGANISATION: "organisation", m.PLACE: "place", m.DOCUMENT: "document"}
LEGEND = ((m.PERSON, "People"), (m.ORGANISATION, "Organisations"), (m.PLACE, "Places"), (m.DOCUMENT, "Documents"))

Box = tuple[float, float, float, float]  # left, top, right, bottom


def shape(kind: str, x: float, y: float, r: float) -> str:
    """The node's mark: a circle for a person, a square for an organisation, a triangle for a place,
    a diamond for a document (shapes keep the kinds apart without colour)."""
    if kind == m.ORGANISATION:
        side = r * 1.7
        return f'<rect class="dg-graph__shape" x="{coord(x - side / 2)}" y="{coord(y - side / 2)}" width="{coord(side)}" height="{coord(side)}"/>'
    if kind == m.PLACE:
        s = r * 1.35
        points = [(x, y - s), (x + s * 0.866, y + s * 0.5), (x - s * 0.866, y + s * 0.5)]
        return f'<polygon class="dg-graph__shape" points="{_points(points)}"/>'
    if kind == m.DOCUMENT:
        s = r * 1.3
        return f'<polygon class="dg-graph__shape" points="{_points([(x, y - s), (x + s, y), (x, y + s), (x - s, y)])}"/>'
    return f'<circle class="dg-graph__shape" cx="{coord(x)}" cy="{coord(y)}" r="{coord(r)}"/>'


def graph_figure(graph: Graph, href: Callable[[str], str], caption: str) -> Markup:
    """The legend, the focus control, the drawing and the same graph as a table."""
    nodes = graph.nodes
    most = max((node.articles for node in nodes), default=1)
    radius = [5 + 9 * math.sqrt(node.articles / most) for node in nodes]
    points = _separate([(PAD_X + node.x * (WIDTH - 2 * PAD_X), PAD_Y + node.y * (HEIGHT - 2 * PAD_Y)) for node in nodes],
                       radius)
    labels = _place_labels(nodes, points, radius)
    near = graph.neighbours()
    strongest = max((edge.articles for edge in graph.edges), default=1)
    out = ['<figure class="dg-graph">',
           f'<figcaption id="graph-caption">{escape(caption)}</figcaption>',
           '<ul class="dg-graph__legend">']
    for kind, title in LEGEND:
        out.append(f'<li class="dg-graph__node--{KIND_NAMES[kind]}"><svg width="18" height="18" viewBox="0 0 18 18" '
                   f'aria-hidden="true">{shape(kind, 9, 9.5, 6)}</svg> {title}</li>')
    out.append('<li><svg width="28" height="18" viewBox="0 0 28 18" aria-hidden="true"><line class="dg-graph__edge" '
               'x1="2" y1="9" x2="26" y2="9" stroke-width="2"/></svg> Named in the same articles (thicker: more)</li>')
    out.append('</ul>')
    # Shown by graph.js: without scripts a choice here could do nothing.
    out.append('<p class="dg-graph__focus" hidden><label for="dg-graph-focus">Show the links of</label> '
               '<select id="dg-graph-focus"><option value="">everyone</option>')
    for number in sorted(range(len(nodes)), key=lambda i: (nodes[i].name.casefold(), nodes[i].id)):
        out.append(f'<option value="{nodes[number].id}">{escape(nodes[number].name)}</option>')
    out.append('</select></p>')
    out.append(f'<div class="dg-graph__canvas"><svg class="dg-graph__svg" aria-labelledby="graph-caption" '
               f'aria-describedby="graph-desc" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" '
               f'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">')
    out.append(f'<desc id="graph-desc">{len(nodes)} people, organisations, places and documents, each a link to its '
               f'page, joined by {len(graph.edges)} lines; the table after the drawing lists the same links.</desc>')
    out.append('<g class="dg-graph__edges">')
    for edge in graph.edges:
        (x1, y1), (x2, y2) = points[edge.a], points[edge.b]
        width = 1 + 3 * math.sqrt(edge.articles / strongest)
        out.append(f'<line class="dg-graph__edge" data-a="{edge.a}" data-b="{edge.b}" x1="{coord(x1)}" y1="{coord(y1)}" '
                   f'x2="{coord(x2)}" y2="{coord(y2)}" stroke-width="{coord(width)}"/>')
    out.append('</g>\n<g class="dg-graph__nodes">')
    # Node links use xlink:href for the theme's sake (see charts.bar_chart).
    for number in reversed(range(len(nodes))):  # the most connected drawn last, on top
        node, (x, y) = nodes[number], points[number]
        kind = KIND_NAMES[node.kind]
        said = f"{node.name}, {kind}, in {count(node.articles, 'article', 'articles')}"
        label_x, label_y, anchor, shown = labels[number]
        text = node.name if len(node.name) <= LABEL_LENGTH else node.name[: LABEL_LENGTH - 1].rstrip() + "…"
        out.append(f'<a id="{node.id}" class="dg-graph__node dg-graph__node--{kind}" xlink:href="{escape(href(node.page))}" '
                   f'data-n="{number}" data-near="{" ".join(map(str, near[number]))}" aria-label="{escape(said)}">'
                   f'<title>{escape(said)}</title>{shape(node.kind, x, y, radius[number])}'
                   f'<text class="dg-graph__label{"" if shown else " dg-graph__label--extra"}" x="{coord(label_x)}" '
                   f'y="{coord(label_y)}" text-anchor="{anchor}">{escape(text)}</text></a>')
    out.append('</g>\n</svg></div>')
    out.append(_table(graph, href, near))
    out.append('</figure>')
    return Markup("\n".join(out))


def _separate(points: list[tuple[float, float]], radius: list[float], rounds: int = 12) -> list[tuple[float, float]]:
    """Nudge apart the marks that cover each other (the layout pulls hubs together and knows no
    sizes): each overlapping pair moves apart along the line between them, in a fixed order."""
    xs, ys = [x for x, _ in points], [y for _, y in points]
    for _ in range(rounds):
        moved = False
        for i in range(len(xs)):
            for j in range(i + 1, len(xs)):
                dx, dy = xs[j] - xs[i], ys[j] - ys[i]
                room = radius[i] + radius[j] + 6
                if abs(dx) >= room or abs(dy) >= room:
                    continue
                distance = math.hypot(dx, dy)
                if distance >= room:
                    continue
                if distance == 0:
                    dx, dy, distance = 1.0, 0.0, 1.0
                push = (room - distance) / 2 / distance
                xs[i], ys[i], xs[j], ys[j] = xs[i] - dx * push, ys[i] - dy * push, xs[j] + dx * push, ys[j] + dy * push
                moved = True
        if not moved:
            break
    return [(min(WIDTH - PAD_X / 2, max(PAD_X / 2, x)), min(HEIGHT - PAD_Y / 2, max(PAD_Y / 2, y))) for x, y in zip(xs, ys)]


def _place_labels(nodes: tuple[Node, ...], points: list[tuple[float, float]],
                  radius: list[float]) -> list[tuple[float, float, str, bool]]:
    """(x, y, text-anchor, shown) of each label. The most connected choose first, among the right,
    the left, below and above their node, the first place that overlaps no label or node already
    there and stays inside the drawing; a label with no such place shows on hover and focus only."""
    marks: list[Box] = [(x - r, y - r, x + r, y + r) for (x, y), r in zip(points, radius)]
    taken: list[Box] = []
    out = []
    for number, node in enumerate(nodes):
        (x, y), r = points[number], radius[number]
        width = CHAR * min(len(node.name), LABEL_LENGTH)
        places = [(x + r + 4, y + FONT * 0.35, "start", (x + r + 3, y - FONT * 0.6, x + r + 5 + width, y + FONT * 0.6)),
                  (x - r - 4, y + FONT * 0.35, "end", (x - r - 5 - width, y - FONT * 0.6, x - r - 3, y + FONT * 0.6)),
                  (x, y + r + FONT + 2, "middle", (x - width / 2, y + r + 2, x + width / 2, y + r + FONT + 5)),
                  (x, y - r - 5, "middle", (x - width / 2, y - r - FONT - 5, x + width / 2, y - r - 2))]
        for label_x, label_y, anchor, box in places:
            inside = box[0] >= 0 and box[1] >= 0 and box[2] <= WIDTH and box[3] <= HEIGHT
            if inside and not any(_overlap(box, other) for other in taken) and not any(
                    _overlap(box, mark) for i, mark in enumerate(marks) if i != number):
                taken.append(box)
                out.append((label_x, label_y, anchor, True))
                break
        else:
            label_x, label_y, anchor, _ = places[0] if x < WIDTH / 2 else places[1]
            out.append((label_x, label_y, anchor, False))
    return out


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _table(graph: Graph, href: Callable[[str], str], near: list[list[int]]) -> str:
    """The drawing's text alternative: each node with the nodes it is joined to, most shared first."""
    nodes = graph.nodes
    shared = {}
    for edge in graph.edges:
        shared[(edge.a, edge.b)] = shared[(edge.b, edge.a)] = edge.articles
    rows = []
    for number in sorted(range(len(nodes)), key=lambda i: (nodes[i].name.casefold(), nodes[i].id)):
        node = nodes[number]
        others = sorted(near[number], key=lambda other: (-shared[(number, other)], nodes[other].name.casefold()))
        joined = " · ".join(f'<a href="{escape(href(nodes[o].page))}">{escape(nodes[o].name)}</a> '
                            f'({shared[(number, o)]})' for o in others)
        rows.append(f'<tr><td><a href="{escape(href(node.page))}">{escape(node.name)}</a></td>'
                    f'<td>{KIND_NAMES[node.kind]}</td><td>{node.articles:,}</td><td>{joined}</td></tr>')
    return ('<details class="dg-numbers"><summary>The graph as a table</summary>\n<table>\n'
            '<thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Articles</th>'
            '<th scope="col">Joined to (articles naming both)</th></tr></thead>\n<tbody>\n'
            + "\n".join(rows) + "\n</tbody>\n</table>\n</details>")


def _points(points: list[tuple[float, float]]) -> str:
    return " ".join(f"{coord(x)},{coord(y)}" for x, y in points)

