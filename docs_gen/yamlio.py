"""Load editor-written YAML and keep the line of every record, so errors can name it."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import InputError, Problem


def load_yaml(path: Path, display: str | None = None) -> tuple[Any, dict[int, int]]:
    """Parse a YAML file. Returns the data and, for a top-level list, {index: line} (1-based).

    Raises InputError naming the file and line on a syntax error.
    """
    name = display or str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(Problem(name, None, f"not UTF-8 text ({exc.reason})", "save the file as UTF-8")) from None
    return parse_yaml(text, name)


def parse_yaml(text: str, name: str) -> tuple[Any, dict[int, int]]:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(Problem(name, line, f"invalid YAML: {reason}", "check indentation and quoting")) from None
    if node is None:
        return None, {}
    lines: dict[int, int] = {}
    if isinstance(node, yaml.SequenceNode):
        lines = {i: item.start_mark.line + 1 for i, item in enumerate(node.value)}
    elif isinstance(node, yaml.MappingNode):
        lines = {i: key.start_mark.line + 1 for i, (key, _) in enumerate(node.value)}
    try:
        data = yaml.load(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:  # constructor errors (e.g. bad tags)
        mark = getattr(exc, "problem_mark", None)
        raise InputError(Problem(name, mark.line + 1 if mark else None, f"invalid YAML: {exc}")) from None
    return data, lines
