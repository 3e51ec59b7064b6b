"""The graph page's parts: the layout, the choice of nodes and links, and the drawing."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from docs_gen import models as m
from docs_gen.comentions import co_mentions
from docs_gen.graph import build_graph, node_id
from docs_gen.graph_svg import HEIGHT, WIDTH, _overlap, _place_labels, graph_figure
from docs_gen.layout import Link, force_layout
from test_charts import tags
from test_comentions import entities

P, O, PL, D = m.PERSON, m.ORGANISATION, m.PLACE, m.DOCUMENT


def ring(count: int) -> list[Link]:
    return [Link(i, (i + 1) % count, 1.0) for i in range(count)]


@pytest.mark.parametrize("count", [0, 1, 2, 5, 60])
def test_layout_fills_the_unit_square(count):
    points = force_layout(count, ring(count) if count > 2 else [])
    assert len(points) == count
    assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in points)
    if count > 1:
        assert min(x for x, _ in points) == 0 and max(x for x, _ in points) == 1
        assert len(set(points)) == count


def test_linked_nodes_end_up_nearer_than_unlinked_ones():
    # Two cliques of five, one link between them.
    links = [Link(a, b, 1.0) for group in (range(5), range(5, 10)) for a in group for b in group if a < b]
    points = force_layout(10, links + [Link(0, 5, 1.0)])

    def distance(a, b):
        return ((points[a][0] - points[b][0]) ** 2 + (points[a][1] - points[b][1]) ** 2) ** 0.5

    inside = max(distance(a, b) for group in (range(5), range(5, 10)) for a in group for b in group)
    between = min(distance(a, b) for a in range(1, 5) for b in range(6, 10))
    assert inside < between


def test_layout_is_the_same_in_another_process_with_another_hash_seed():
    code = ("from docs_gen.layout import force_layout, Link; "
            "print(force_layout(30, [Link(i, (i * 7) % 30, 1 + i % 3) for i in range(30)]))")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env=dict(os.environ, PYTHONHASHSEED=seed)).stdout for seed in ("1", "2")}
    assert len(runs) == 1


def corpus() -> dict:
    """Articles a0..a39: a hub person in all, places each in a few, one document, lone people."""
    named: dict[tuple[str, str], list[str]] = {(P, "hub"): [f"a{i}" for i in range(40)]}
    for i in range(12):
        named[(PL, f"place-{i:02d}")] = [f"a{j}" for j in range(40) if j % 12 == i or j % 6 == i % 6]
    named[(D, "law")] = ["a1", "a2", "a3"]
    for i in range(40):
        named[(P, f"lone-{i:02d}")] = [f"a{i}"]
    named[(O, "alone")] = ["b1"]  # named with nobody: never in the graph
    return entities(named)


def test_the_graph_keeps_the_most_connected_and_caps_each_kind():
    items = corpus()
    graph = build_graph(items, co_mentions(items), size=10, per_node=3)
    keys = [node.key for node in graph.nodes]
    assert len(keys) == 10 and keys[0] == (P, "hub")
    assert sum(kind == PL for kind, _ in keys) <= 5  # no kind takes more than half
    assert (O, "alone") not in keys
    # Every kept link stands for articles that name both, and no node keeps more than its 3
    # strongest links of its own (others may link to it).
    assert all(edge.a < edge.b and edge.articles >= 1 for edge in graph.edges)
    assert len(graph.edges) <= 3 * len(keys)
    assert graph.neighbours()[0]  # the hub is joined to something


def test_the_graph_is_the_same_in_every_build():
    items = corpus()
    assert build_graph(items, co_mentions(items)) == build_graph(corpus(), co_mentions(corpus()))


def test_node_ids_keep_kinds_apart():
    assert node_id("people/to-lam.md") == "node-people-to-lam"
    assert node_id("places/ha-giang.md") != node_id("organisations/ha-giang.md")


def test_the_drawing_makes_every_node_a_named_link_and_the_same_links_a_table():
    items = corpus()
    graph = build_graph(items, co_mentions(items), size=20)
    html = graph_figure(graph, lambda page: "../" + page[:-3] + "/", "The graph")
    found = tags(html)
    svg = next(attrs for tag, attrs in found if tag == "svg" and attrs.get("class") == "dg-graph__svg")
    assert "role" not in svg and svg["aria-labelledby"] == "graph-caption"
    nodes = [attrs for tag, attrs in found if tag == "a" and "dg-graph__node" in attrs.get("class", "")]
    assert len(nodes) == len(graph.nodes)
    assert all(a["xlink:href"].startswith("../") and a["aria-label"] and a["id"].startswith("node-") for a in nodes)
    assert {a["id"] for a in nodes} == {node.id for node in graph.nodes}
    # Neighbours named by number, as graph.js reads them; each edge joins two drawn nodes.
    numbers = {a["data-n"] for a in nodes}
    assert all(set(a["data-near"].split()) <= numbers for a in nodes)
    assert html.count('class="dg-graph__edge" data-a=') == len(graph.edges)
    # The focus list names every node; the table has a row per node.
    assert html.count("<option value=\"node-") == len(graph.nodes)
    assert html.split("<tbody>")[1].count("<tr>") == len(graph.nodes)
    # Shapes as well as colours: four kinds, four marks, in the legend too.
    for mark in ("<circle", "<rect", "<polygon"):
        assert mark in html
    assert not re.search(r"\b(fill|style|color)=", html)


def test_labels_shown_overlap_no_other_label_or_node_and_stay_inside():
    items = corpus()
    graph = build_graph(items, co_mentions(items), size=60)
    points = [(60 + node.x * (WIDTH - 120), 30 + node.y * (HEIGHT - 60)) for node in graph.nodes]
    radius = [6.0] * len(points)
    labels = _place_labels(graph.nodes, points, radius)
    boxes = []
    for (x, y, anchor, shown), node in zip(labels, graph.nodes):
        if not shown:
            continue
        width = 7.2 * min(len(node.name), 26)
        left = {"start": x - 1, "end": x - width - 1, "middle": x - width / 2}[anchor]
        boxes.append((left + 1, y - 7, left + width - 1, y + 2))
    assert boxes
    assert not [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:] if _overlap(a, b)]
    assert all(0 <= box[0] and box[2] <= WIDTH for box in boxes)
