"""The link stage on hand-made mentions: entities, first-mention links, related, same event, timeline."""
from __future__ import annotations

from docs_gen import models as m
from docs_gen.curated import Curated
from docs_gen.extract.article import ArticleMentions
from docs_gen.link import link_corpus


def article(article_id: str, texts: list[str], language: str = "en", kinds: list[str] | None = None) -> m.Article:
    kinds = kinds or [m.PARAGRAPH] * len(texts)
    blocks = tuple(m.Block(kind, text, i + 1, f"p-{i + 1}") for i, (kind, text) in enumerate(zip(kinds, texts)))
    return m.Article(article_id, f"{article_id}.txt", article_id, False, language, None, None, None, None, blocks)


def mention(text: str, words: str, kind: str, key: str, *data: tuple[str, str], nth: int = 0) -> m.Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return m.Mention(start, start + len(words), kind, key, words, tuple(data))


def test_first_mention_per_article_is_linked_and_never_in_headings():
    texts = ["Border posts", "The border post and the border post again.", "Another border post."]
    a = article("a", texts, kinds=[m.HEADING, m.PARAGRAPH, m.PARAGRAPH])
    found = (
        (0, mention(texts[0], "Border posts", m.TERM, "border-post")),
        (1, mention(texts[1], "border post", m.TERM, "border-post")),
        (1, mention(texts[1], "border post", m.TERM, "border-post", nth=1)),
        (2, mention(texts[2], "border post", m.TERM, "border-post")),
    )
    corpus = link_corpus([a], [ArticleMentions("a", found)], Curated())
    assert list(corpus.links["a"]) == [1]
    assert [x.start for x in corpus.links["a"][1]] == [4]
    entity = corpus.entities[(m.TERM, "border-post")]
    assert [o.anchor for o in entity.occurrences] == ["p-1", "p-2", "p-2", "p-3"]
    assert entity.page == "glossary/border-post.md"

    per_section = link_corpus([a], [ArticleMentions("a", found)], Curated(), link_scope="paragraph")
    assert sorted(per_section.links["a"]) == [1, 2]


def test_longest_overlapping_mention_wins_the_link():
    text = "The Border Guard Command met."
    a = article("a", [text])
    found = ((0, mention(text, "Border Guard", m.TERM, "border-guard")),
             (0, mention(text, "Border Guard Command", m.ORGANISATION, "border-guard-command")))
    corpus = link_corpus([a], [ArticleMentions("a", found)], Curated())
    assert [x.key for x in corpus.links["a"][0]] == ["border-guard-command"]
    # Both are still counted as mentions for their pages.
    assert (m.TERM, "border-guard") in corpus.entities


def test_disjoint_mentions_are_all_linked_in_reading_order_but_never_inside_a_url():
    texts = ["Hanoi and Hue met Lam.", "See WWW.Hanoi.example or Hue."]
    a = article("a", texts)
    found = ((0, mention(texts[0], "Lam", m.PERSON, "lam")), (0, mention(texts[0], "Hanoi", m.PLACE, "hanoi")),
             (0, mention(texts[0], "Hue", m.PLACE, "hue")), (1, mention(texts[1], "Hanoi", m.PLACE, "hanoi-2")),
             (1, mention(texts[1], "Hue", m.PLACE, "hue-2")))
    corpus = link_corpus([a], [ArticleMentions("a", found)], Curated())
    assert [x.key for x in corpus.links["a"][0]] == ["hanoi", "hue", "lam"]
    assert [x.key for x in corpus.links["a"][1]] == ["hue-2"]


def test_person_name_prefers_the_spelling_with_diacritics_and_joins_languages():
    en, vi = "General Secretary To Lam visited.", "Tổng Bí thư Tô Lâm thăm."
    a, b = article("a", [en]), article("b", [vi], "vi")
    corpus = link_corpus([a, b], [
        ArticleMentions("a", ((0, mention(en, "To Lam", m.PERSON, "to-lam", ("name", "To Lam"), ("title", "General Secretary"))),)),
        ArticleMentions("b", ((0, mention(vi, "Tô Lâm", m.PERSON, "to-lam", ("name", "Tô Lâm"), ("title", "Tổng Bí thư"))),)),
    ], Curated())
    person = corpus.entities[(m.PERSON, "to-lam")]
    assert person.name == "Tô Lâm"
    assert person.aliases == ("To Lam",)
    assert person.attribute("title") == ("General Secretary", "Tổng Bí thư")
    assert [x for x, _ in person.article_counts()] == ["a", "b"]


def test_related_articles_weight_rare_shared_items_above_common_ones():
    common = [(m.TERM, "border-guard")]
    texts = {"a": "x", "b": "x", "c": "x", "d": "x"}
    shared = {
        "a": common + [(m.DOCUMENT, "directive-1"), (m.PLACE, "lai-chau")],
        "b": common + [(m.DOCUMENT, "directive-1")],
        "c": common + [(m.PLACE, "ha-giang")],
        "d": common,
    }
    articles = [article(k, [t]) for k, t in texts.items()]
    extracted = [ArticleMentions(k, tuple((0, m.Mention(0, 1, kind, key, "x")) for kind, key in keys))
                 for k, keys in shared.items()]
    corpus = link_corpus(articles, extracted, Curated())
    assert [r.article for r in corpus.related["a"]] == ["b", "c", "d"]
    assert corpus.related["a"][0].shared[0] == "x"  # named by the entity's display name


def test_related_ties_are_ordered_by_id_whatever_the_order_of_sets():
    # b and c each share with a three items found in 2, 3 and 4 articles: equal scores. Summed in
    # the order of a set, they could differ in the last bit from one run to the next.
    shared = {
        "a": ["p1", "p2", "p3", "q1", "q2", "q3"],
        "b": ["p1", "p2", "p3"], "c": ["q1", "q2", "q3"],
        "d": ["p2", "p3"], "e": ["p3"], "f": ["q2", "q3"], "g": ["q3"],
    }
    articles = [article(k, ["x"]) for k in shared]
    extracted = [ArticleMentions(k, tuple((0, m.Mention(0, 1, m.PLACE, key, "x", (("name", key),))) for key in keys))
                 for k, keys in shared.items()]
    related = link_corpus(articles, extracted, Curated()).related["a"]
    assert [r.article for r in related] == ["b", "c", "d", "f", "e", "g"]
    assert related[0].score == related[1].score
    assert related[0].shared == ("p1", "p2", "p3")  # rarest first


def test_same_event_needs_the_same_day_and_a_shared_person_or_place():
    en = "This afternoon (January 22) To Lam visited. Lunar New Year 2025 is near."
    vi = "Chiều 22/1, Tổng Bí thư Tô Lâm thăm. Sang năm 2025."
    other = "On January 22 the Lai Chau post held a meeting in 2025."
    a, b, c = article("a", [en]), article("b", [vi], "vi"), article("c", [other])
    day = ("type", "partial")
    extracted = [
        ArticleMentions("a", ((0, mention(en, "January 22", m.DATE, "XXXX-01-22", ("value", "XXXX-01-22"), day)),
                              (0, mention(en, "To Lam", m.PERSON, "to-lam")))),
        ArticleMentions("b", ((0, mention(vi, "22/1", m.DATE, "XXXX-01-22", ("value", "XXXX-01-22"), day)),
                              (0, mention(vi, "Tô Lâm", m.PERSON, "to-lam")))),
        ArticleMentions("c", ((0, mention(other, "January 22", m.DATE, "XXXX-01-22", ("value", "XXXX-01-22"), day)),
                              (0, mention(other, "Lai Chau", m.PLACE, "lai-chau")))),
    ]
    corpus = link_corpus([a, b, c], extracted, Curated())
    assert corpus.same_event == {"a": ("b",), "b": ("a",)}
    values = {(e.article, e.value, e.inferred) for e in corpus.timeline}
    assert {("a", "2025-01-22", True), ("b", "2025-01-22", True)} <= values
    # "in 2025" does not say the article's own day is in 2025: c's day stays undated, not guessed.
    assert [(e.article, e.value) for e in corpus.undated] == [("c", "XXXX-01-22")]
    events = {e.article: e.event for e in corpus.timeline if e.value == "2025-01-22"}
    assert events["a"] == events["b"]
