"""Glossary matching speed: time to match one text against glossaries of growing size.

    python bench/phrases.py

The matcher walks a trie from each word, so its time follows the length of the text, not the
number of entries; the figures below show it.
"""
from __future__ import annotations

import random
import time

from docs_gen.extract.phrases import PhraseMatcher, clear_caches

WORDS = ("border post guard station village commune patrol marker team programme movement people "
         "defence security twinning cluster mobilisation propaganda school house cow women children").split()


def phrases(count: int, rng: random.Random) -> list[tuple[str, str, bool]]:
    return [(" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4))) + f" {i}", f"k{i}", True)
            for i in range(count)]


def text(words: int, rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) if rng.random() < 0.9 else str(rng.randrange(20_000)) for _ in range(words))


def main() -> None:
    rng = random.Random(7)
    print("| entries | text words | seconds | µs per word |")
    print("|---:|---:|---:|---:|")
    for entries in (100, 1_000, 10_000, 100_000):
        matcher = PhraseMatcher(phrases(entries, rng))
        for words in (10_000, 100_000):
            sample = text(words, rng)
            clear_caches()
            started = time.perf_counter()
            matcher.find(sample)
            elapsed = time.perf_counter() - started
            print(f"| {entries:,} | {words:,} | {elapsed:.3f} | {elapsed / words * 1e6:.2f} |")


if __name__ == "__main__":
    main()
