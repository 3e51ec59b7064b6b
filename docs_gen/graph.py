"""The graph of co-mentions: the most connected people, organisations, places and documents, the
strongest links between them, and where each is drawn.

Only the most connected part is shown, so the picture stays readable (and its layout cheap) however
large the corpus; each node keeps its strongest few links, so a node linked to everyone does not
hide the rest under its lines."""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import combinations
from operator import attrgetter

from .comentions import NAMED_KINDS, CoMentions, Key
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


def node_id(page: str) -> str:
    """"people/to-lam.md" -> "node-people-to-lam": the section keeps a place and an organisation of
    the same name apart."""
    return "node-" + page[: -len(".md")].replace("/", "-")


def build_graph(entities: Mapping[Key, Entity], co: CoMentions, size: int = NODES,
                per_node: int = LINKS_PER_NODE) -> Graph:
    chosen = _most_connected(co, size)
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
