"""The graph of co-mentions: the most connected people, organisations, places and documents, the
strongest links between them, and where each is drawn.

Only the most connected part is shown, so the picture stays readable (and its layout cheap) however
large the corpus; each node keeps its strongest few links, so a node linked to everyone does not
hide the rest under its lines.

While serving, `GraphMemo` keeps how many articles name each pair of nodes, so that a rebuild counts
again only in the articles an edit touched while the same nodes are chosen."""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import combinations
from operator import attrgetter

from .comentions import NAMED_KINDS, CoMemo, CoMentions, Key
from .layout import Link, force_layout
from .link import Entity

NODES = 120
LINKS_PER_NODE = 4

_ARTICLE = attrgetter("article")


@dataclass(frozen=True)
class Node:
    key: Key
    name: str
    kind: str
    page: str  # the entity's page, e.g. "people/to-lam.md"
    articles: int  # articles that mention it
    x: float  # where it is drawn, in the unit square
    y: float

    @property
    def id(self) -> str:
        """Its HTML id on the graph page; the entity's page links there."""
        return node_id(self.page)


@dataclass(frozen=True)
class Edge:
    a: int  # node numbers, a < b
    b: int
    articles: int  # articles that name both


@dataclass(frozen=True)
class Graph:
    nodes: tuple[Node, ...]  # most connected first
    edges: tuple[Edge, ...]

    def neighbours(self) -> list[list[int]]:
        near: list[list[int]] = [[] for _ in self.nodes]
        for edge in self.edges:
            near[edge.a].append(edge.b)
            near[edge.b].append(edge.a)
        return [sorted(numbers) for numbers in near]


@dataclass
class GraphMemo:
    """The nodes last chosen, the chosen nodes each article names and the articles each pair shares."""

    chosen: tuple[Key, ...] = ()
    present: dict[str, tuple[int, ...]] = field(default_factory=dict)
    shared: Counter = field(default_factory=Counter)


def node_id(page: str) -> str:
    """"people/to-lam.md" -> "node-people-to-lam": the section keeps a place and an organisation of
    the same name apart."""
    return "node-" + page[: -len(".md")].replace("/", "-")


def build_graph(entities: Mapping[Key, Entity], co: CoMentions, size: int = NODES,
                per_node: int = LINKS_PER_NODE, memo: GraphMemo | None = None, counts: CoMemo | None = None) -> Graph:
    """`memo` and `counts`: the last graph and the co-mentions' memo just updated (`mkdocs serve`)."""
    chosen = _most_connected(co, size)
    if memo is not None and counts is not None:
        shared = _shared_kept(memo, counts, chosen)
        if counts.verify:
            assert shared == _shared_articles(entities, chosen), "the graph's kept pairs differ from a count from scratch"
    else:
        shared = _shared_articles(entities, chosen)
    kept: set[tuple[int, int]] = set()
    by_node: dict[int, list[tuple[int, int, int]]] = defaultdict(list)  # node -> (-articles, other, pair)
    for (a, b), count in shared.items():
        by_node[a].append((-count, b, a))
        by_node[b].append((-count, a, b))
    for node, pairs in by_node.items():
        for _, other, _ in sorted(pairs)[:per_node]:
            kept.add((min(node, other), max(node, other)))
    edges = tuple(Edge(a, b, shared[(a, b)]) for a, b in sorted(kept))
    most = max((edge.articles for edge in edges), default=1)
    # A link pulls harder the more articles it stands for, but a few strong ones must not fold the
    # drawing: the pull grows with the logarithm.
    places = force_layout(len(chosen), [Link(e.a, e.b, 1 + math.log(e.articles) / math.log(most + 1)) for e in edges])
    nodes = tuple(Node(key, entities[key].name, key[0], entities[key].page, co.articles[key], x, y)
                  for key, (x, y) in zip(chosen, places))
    return Graph(nodes, edges)


def _most_connected(co: CoMentions, size: int) -> list[Key]:
    """The `size` entities co-mentioned with the most others, most first; no kind takes more than
    half, so that a corpus where, say, places are named with everything still shows its people."""
    ranked = sorted((key for key, reach in co.reach.items() if reach and key[0] in NAMED_KINDS),
                    key=lambda key: (-co.reach[key], -co.articles[key], key))
    cap = max(1, size // 2)
    taken: Counter = Counter()
    chosen = []
    for key in ranked:
        if taken[key[0]] < cap:
            taken[key[0]] += 1
            chosen.append(key)
            if len(chosen) == size:
                break
    return chosen


def _shared_articles(entities: Mapping[Key, Entity], chosen: list[Key]) -> Counter:
    """(a, b) -> the articles that name both chosen nodes a < b, counted over the articles of the
    chosen nodes only."""
    present: dict[str, list[int]] = defaultdict(list)
    for number, key in enumerate(chosen):
        for article in dict.fromkeys(map(_ARTICLE, entities[key].occurrences)):
            present[article].append(number)  # numbers ascend, so each pair comes as (a, b), a < b
    shared: Counter = Counter()
    for numbers in present.values():
        if len(numbers) > 1:
            shared.update(combinations(numbers, 2))
    return shared


def _shared_kept(memo: GraphMemo, counts: CoMemo, chosen: list[Key]) -> Counter:
    """_shared_articles, counted again only in the articles whose mentions changed (counts.touched)
    while the nodes chosen are the same; from each node's articles (counts.spread) otherwise."""
    if tuple(chosen) != memo.chosen or counts.touched is None:
        present: dict[str, list[int]] = defaultdict(list)
        for number, key in enumerate(chosen):
            for article in counts.spread.get(key, ()):
                present[article].append(number)
        memo.chosen, memo.present = tuple(chosen), {a: tuple(numbers) for a, numbers in present.items()}
        memo.shared = Counter()
        for numbers in memo.present.values():
            if len(numbers) > 1:
                memo.shared.update(combinations(numbers, 2))
        return memo.shared
    spreads = [counts.spread.get(key, {}) for key in chosen]
    for article in counts.touched:
        old = memo.present.pop(article, ())
        new = tuple(number for number, spread in enumerate(spreads) if article in spread)
        if new:
            memo.present[article] = new
        if old != new:
            memo.shared.subtract(combinations(old, 2))
            memo.shared.update(combinations(new, 2))
    memo.shared = +memo.shared  # pairs no article shares any more go
    return memo.shared
