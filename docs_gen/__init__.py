"""docs_gen: turn a folder of news articles into a cross-linked MkDocs knowledge site."""

__version__ = "0.1.0"
