"""What the files made from the whole corpus (the JSON exports, the database and its CSV copies) keep
from one making to the next: each export's line of an article, an entry or a date, and the rows an
article gives the database, with what they were made from. A dirty build or a save then encodes again
only the lines of what an edit changed (at 10,000 articles the exports alone encode 70 MB of JSON).

Kept with the other memos (memo_store.py, and in the server's memory). The sources are compared by
identity first: an unchanged article, entity or list of related articles is the very object of the
last build (kept by the read cache and the link memo), so most comparisons stop there."""
from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any


_NONE: dict = {}


@dataclass
class RowMemo:
    # By part ("articles.json", "sentences", ...): key -> (what was made, *the sources it was made
    # from), one flat tuple: millions of objects in the memos take seconds to read back, so each item
    # adds as few as it can. Those of the last making that ran to its end; a making stopped half-way
    # (a newer save) leaves them as they were.
    parts: dict[str, dict[Hashable, tuple]] = field(default_factory=dict)
    _now: dict[str, dict[Hashable, tuple]] | None = field(default=None, repr=False)
    made: int = 0  # made again in the current making (the rest kept)

    def start(self) -> None:
        self._now, self.made = {}, 0

    def finish(self) -> None:
        """The making ran to its end: what it used is what the next one finds."""
        if self._now is not None:
            self.parts, self._now = self._now, None

    def kept(self, part: str, key: Hashable, sources: tuple, make: Callable[[], Any]) -> Any:
        """What `make` returns for `sources`: the last making's when its sources were the same."""
        old = self.parts.get(part, _NONE).get(key)
        if old is not None and _same(old, sources):
            found = old[0]
        else:
            found = make()
            self.made += 1
        if self._now is not None:
            self._now.setdefault(part, {})[key] = (found, *sources)
        return found


def _same(kept: tuple, sources: tuple) -> bool:
    """Whether `kept` (what was made, then its sources) was made from `sources`."""
    if len(kept) != len(sources) + 1:
        return False
    for n, now in enumerate(sources, 1):
        then = kept[n]
        if then is not now and then != now:
            return False
    return True
