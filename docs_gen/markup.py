"""Write article text into Markdown so that it renders literally, never as markup."""
from __future__ import annotations

import re

# Every ASCII character that Markdown, HTML, attr_list, footnotes or Jinja-aware tools could read
# as syntax is written as a numeric character reference: the browser shows the same character,
# but no parser sees syntax in it.
_SPECIAL = {c: f"&#{ord(c)};" for c in "\\`*_{}[]<>#|~^=+&$!:\"'"}
_TABLE = str.maketrans(_SPECIAL)
# A line starting like a list item ("1. ", "- ", "+ ") or a block quote would become one.
_LIST_START = re.compile(r"^(\s*)(\d+)([.)])")


def escape(text: str) -> str:
    out = text.translate(_TABLE)
    if out.startswith("-"):
        out = "&#45;" + out[1:]
    return _LIST_START.sub(lambda found: f"{found.group(1)}{found.group(2)}&#{ord(found.group(3))};", out)


def attribute(text: str) -> str:
    """Text for a quoted Markdown link title."""
    return escape(text.replace("\n", " "))


def link(label_markdown: str, href: str, title: str = "") -> str:
    if title:
        return f'[{label_markdown}]({href} "{attribute(title)}")'
    return f"[{label_markdown}]({href})"
