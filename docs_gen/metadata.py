"""Editor metadata for one article: front matter or a `<name>.yml` file beside it, validated."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from .errors import Problem
from .yamlio import parse_yaml

LANGUAGES = ("en", "vi")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_FIELDS = {
    "title": "a one-line headline",
    "date": "an ISO date such as 2025-01-22",
    "language": "en or vi",
    "source": "an http(s) URL",
    "outlet": "the publication's name",
    "author": "the author's name",
    "slug": "lowercase ASCII letters, digits and hyphens",
    "same_event": "a list of article file names or ids reporting the same event",
    "summary": "one or two sentences",
    "tags": "a list of words",
}


@dataclass(frozen=True)
class Metadata:
    values: dict[str, Any] = field(default_factory=dict)

    def get(self, name: str, default: Any = None) -> Any:
        return self.values.get(name, default)


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """Split `---` YAML front matter from the text. Returns (yaml or None, body, lines used)."""
    if not text.startswith("---\n"):
        return None, text, 0
    end = text.find("\n---\n", 3)
    if end < 0:
        return None, text, 0
    head = text[4:end + 1]
    return head, text[end + 5:], head.count("\n") + 2


def parse_metadata(text: str, name: str, line_offset: int = 0) -> tuple[Metadata, list[Problem]]:
    """Validate metadata YAML. Invalid fields are reported and left out; the rest is kept."""
    data, lines = parse_yaml(text, name)
    if data is None:
        return Metadata(), []
    if not isinstance(data, dict):
        return Metadata(), [Problem(name, line_offset + 1, "metadata must be a mapping of field: value",
                                    "write one 'field: value' per line")]
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    for index, (key, value) in enumerate(data.items()):
        line = line_offset + lines.get(index, 1)
        error = _check_field(str(key), value)
        if error:
            problems.append(Problem(name, line, f"field '{key}': {error}", _hint(str(key))))
        else:
            values[str(key)] = _clean(str(key), value)
    return Metadata(values), problems


def _hint(key: str) -> str:
    if key in _FIELDS:
        return f"expected {_FIELDS[key]}"
    return "known fields: " + ", ".join(sorted(_FIELDS))


def _check_field(key: str, value: Any) -> str | None:
    if key not in _FIELDS:
        return "unknown field"
    if key in ("same_event", "tags"):
        if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
            return f"must be a list, got {type(value).__name__}"
        return None
    if key == "date":
        if isinstance(value, dt.date):
            return None
        if not isinstance(value, str) or not _iso_date(value):
            return f"not an ISO date: {value!r}"
        return None
    if not isinstance(value, str) or not value.strip():
        return f"must be non-empty text, got {type(value).__name__}"
    if "\n" in value.strip() and key != "summary":
        return "must be one line"
    if key == "language" and value not in LANGUAGES:
        return f"unknown language {value!r}"
    if key == "slug" and not _SLUG.match(value):
        return f"invalid slug {value!r}"
    if key == "source" and not re.match(r"^https?://[^\s/]+\.[^\s]+$", value):
        return f"not an http(s) URL: {value!r}"
    return None


def _iso_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _clean(key: str, value: Any) -> Any:
    if key == "date":
        return value.isoformat() if isinstance(value, dt.date) else value
    if key in ("same_event", "tags"):
        return [str(v) for v in value]
    return value.strip()
