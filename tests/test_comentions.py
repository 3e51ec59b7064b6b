"""Co-mentions counted once for the corpus: who is named with whom, in how many articles."""
from __future__ import annotations

import time

from docs_gen import models as m
from docs_gen.comentions import CoMentions, Partner, co_mentions
from docs_gen.link import Entity, Occurrence

SECTIONS = {m.PERSON: "people", m.ORGANISATION: "organisations", m.PLACE: "places", m.DOCUMENT: "documents",
            m.TERM: "glossary"}


def entities(named_in: dict[tuple[str, str], list[str]]) -> dict[tuple[str, str], Entity]:
    """Entities from {(kind, key): [article of each mention]}."""
    return {(kind, key): Entity(kind, key, key.title(), f"{SECTIONS[kind]}/{key}.md", (), (),
                                tuple(Occurrence(article, "p-1", key, 0, 0, 1) for article in articles))
            for (kind, key), articles in named_in.items()}


P, O, PL, D, T = m.PERSON, m.ORGANISATION, m.PLACE, m.DOCUMENT, m.TERM


def test_partners_are_counted_per_article_not_per_mention():
    co = co_mentions(entities({
        (P, "lan"): ["a1", "a1", "a2", "a3"],
        (PL, "lao-cai"): ["a1", "a2", "a2"],
        (D, "law"): ["a3"],
        (O, "post"): ["a4"],
    }))
    assert co.of((P, "lan")) == (Partner((PL, "lao-cai"), 2), Partner((D, "law"), 1))
    assert co.of((PL, "lao-cai")) == (Partner((P, "lan"), 2),)
    assert co.of((O, "post")) == ()  # named alone
    assert co.reach == {(P, "lan"): 2, (PL, "lao-cai"): 1, (D, "law"): 1, (O, "post"): 0}
    assert co.articles[(P, "lan")] == 3


def test_terms_have_named_partners_and_are_nobodys_partner():
    co = co_mentions(entities({(T, "four-togethers"): ["a1", "a2"], (P, "lan"): ["a1"], (T, "border-guard"): ["a1"]}))
    assert co.of((T, "four-togethers")) == (Partner((P, "lan"), 1),)
    assert co.of((P, "lan")) == ()
    assert (T, "four-togethers") not in co.reach


def test_equal_counts_go_to_the_better_known_partner_then_by_key():
    co = co_mentions(entities({
        (P, "lan"): ["a1"],
        (PL, "zeta"): ["a1", "a2", "a3"],  # in more articles: first among equals
        (PL, "alpha"): ["a1"],
        (PL, "beta"): ["a1"],
    }))
    assert [p.key for p in co.of((P, "lan"))] == [(PL, "zeta"), (PL, "alpha"), (PL, "beta")]


def test_only_the_best_few_are_kept():
    named = {(P, f"p{i:02d}"): ["a1"] * (i + 1) for i in range(30)}
    named.update({(P, "hub"): ["a1", "a2"], (PL, "x"): ["a2"]})
    co = co_mentions(entities(named), top=5)
    assert len(co.of((P, "hub"))) == 5
    assert co.reach[(P, "hub")] == 31  # reach counts them all


def test_an_article_naming_very_many_counts_its_most_mentioned_only():
    # The article names 60 people; only the 40 it names most count.
    named = {(P, f"p{i:02d}"): ["big"] * (2 if i < 40 else 1) for i in range(60)}
    co = co_mentions(entities(named), per_article=40)
    assert co.reach[(P, "p00")] == 39
    assert co.reach[(P, "p59")] == 0 and co.of((P, "p59")) == ()


def test_the_same_corpus_gives_the_same_result_in_any_order():
    named = {(P, "lan"): ["a1", "a2"], (PL, "lao-cai"): ["a2", "a1"], (D, "law"): ["a1"], (O, "post"): ["a2"]}
    forward = co_mentions(entities(named))
    backward = co_mentions(entities(dict(reversed(list(named.items())))))
    assert forward.partners == backward.partners and forward.reach == backward.reach


def test_time_grows_with_the_corpus_not_its_square():
    """10 times the articles (each naming the same number of entities, some of them everywhere)
    take about 10 times as long, not 100."""

    def corpus(articles: int) -> dict:
        hubs = [(PL, "vietnam"), (O, "politburo"), (T, "border-guard")]
        named: dict[tuple[str, str], list[str]] = {hub: [] for hub in hubs}
        for a in range(articles):
            for hub in hubs:
                if hub[1] != "vietnam" or a % 2:
                    named[hub].append(f"a{a}")
            for j in range(15):  # people shared by neighbouring articles
                named.setdefault((P, f"p{(a * 7 + j) % (articles // 2 + 20)}"), []).append(f"a{a}")
        return entities(named)

    def seconds(items) -> float:
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            result = co_mentions(items)
            best = min(best, time.process_time() - started)
        assert isinstance(result, CoMentions)
        return best

    small, large = corpus(500), corpus(5000)
    assert seconds(large) < 25 * seconds(small)


def test_counting_again_what_edits_changed_equals_counting_from_scratch():
    """The memo of `mkdocs serve` over random edits: entities added to and dropped from articles,
    articles removed, with few partners kept and few entities counted per article, so that ties at
    the cut and entities that move in the order of the better known are frequent."""
    import random

    from docs_gen.comentions import CoMemo
    from docs_gen.graph import GraphMemo, _shared_articles, _shared_kept

    kinds = (P, O, PL, D, T)
    for seed in range(30):
        rng = random.Random(seed)
        named: dict[tuple[str, str], list[str]] = {}
        for _ in range(40):
            key = (rng.choice(kinds), f"e{rng.randrange(25)}")
            named.setdefault(key, []).extend(f"a{rng.randrange(12)}" for _ in range(rng.randrange(1, 4)))
        memo, graph = CoMemo(verify=True), GraphMemo()
        items = entities(named)
        for step in range(12):
            found = co_mentions(items, top=2, per_article=3, memo=memo)
            assert found == co_mentions(items, top=2, per_article=3), (seed, step)
            chosen = sorted(items)[:6]
            assert _shared_kept(graph, memo, chosen) == _shared_articles(items, chosen), (seed, step)
            # An edit: some entities of one article change; the others stay the very objects.
            article = f"a{rng.randrange(12)}"
            for key in rng.sample(sorted(named), 3):
                uses = [a for a in named[key] if a != article] + [article] * rng.randrange(3)
                if uses:
                    named[key] = uses
                else:
                    del named[key]
            if rng.random() < 0.3:
                named[(rng.choice(kinds), f"new{step}")] = [article, f"a{rng.randrange(12)}"]
            fresh = entities(named)
            items = {key: items[key] if key in items and items[key].occurrences == fresh[key].occurrences else fresh[key]
                     for key in fresh}
