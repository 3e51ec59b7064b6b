"""Per-block extractors: each takes one block of text and returns spans into it."""
