"""A force-directed layout (Fruchterman and Reingold) of a small weighted graph, computed at build time.

Deterministic: the nodes start on a sunflower spiral in the order given (the most connected in the
middle), every step is plain arithmetic in a fixed order, and nothing random or hash-ordered takes
part, so the same graph gets the same picture in every build. Positions are complex numbers: the
pairwise push between all nodes, the costly part, then runs as a few C-level operations per pair."""
from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from operator import sub

ITERATIONS = 150
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
_ONE = complex(1)


@dataclass(frozen=True)
class Link:
    a: int  # node numbers
    b: int
    weight: float  # how strongly the two pull together (1 and up)


def force_layout(count: int, links: Sequence[Link], iterations: int = ITERATIONS) -> list[tuple[float, float]]:
    """(x, y) of each node in the unit square, the drawing filling it in both directions."""
    return list(_remembered_layout(count, tuple(links), iterations))


@functools.lru_cache(maxsize=2)
def _remembered_layout(count: int, links: tuple[Link, ...], iterations: int) -> tuple[tuple[float, float], ...]:
    """The same graph gets the same layout: a rebuild after an edit that leaves the graph as it was
    (most edits, while serving) does not compute it again."""
    return tuple(_layout(count, links, iterations))


def _layout(count: int, links: Sequence[Link], iterations: int) -> list[tuple[float, float]]:
    if count == 0:
        return []
    if count == 1:
        return [(0.5, 0.5)]
    k = 1.5 * math.sqrt(1.0 / count)  # the distance at which push and pull balance
    k2 = complex(k * k)
    points = []
    for i in range(count):
        radius, angle = 0.5 * math.sqrt((i + 0.5) / count), i * GOLDEN_ANGLE
        points.append(complex(0.5 + radius * math.cos(angle), 0.5 + radius * math.sin(angle)))
    centre = complex(0.5, 0.5)
    gravity = 0.05 * count ** 0.5  # keeps parts that nothing links from drifting off
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        # The push of every other node: k² / conj(p - q) is k² (p - q) / |p - q|², the force along
        # p - q with magnitude k² / |p - q|.
        conjugates = [p.conjugate() for p in points]
        moves = []
        for i, c in enumerate(conjugates):
            differences = map(sub, repeat(c), chain(conjugates[:i], conjugates[i + 1:]))
            try:
                moves.append(k2 * sum(map(_ONE.__truediv__, differences), 0j))
            except ZeroDivisionError:  # two nodes on one spot: pushed apart along a fixed direction
                differences = map(sub, repeat(c), chain(conjugates[:i], conjugates[i + 1:]))
                moves.append(k2 * sum((1 / d if d else complex(1e3) for d in differences), 0j))
        for link in links:
            delta = points[link.a] - points[link.b]
            pull = delta * abs(delta) / k * link.weight
            moves[link.a] -= pull
            moves[link.b] += pull
        for i, p in enumerate(points):
            move = moves[i] + (centre - p) * gravity
            length = abs(move)
            if length > temperature:
                move *= temperature / length
            points[i] = p + move
        temperature -= cooling
    return _fit(points)


def _fit(points: list[complex]) -> list[tuple[float, float]]:
    xs, ys = [p.real for p in points], [p.imag for p in points]
    left, top = min(xs), min(ys)
    width, height = (max(xs) - left) or 1.0, (max(ys) - top) or 1.0
    return [((x - left) / width, (y - top) / height) for x, y in zip(xs, ys)]
