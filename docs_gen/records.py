"""Validate a YAML list of records against a small schema, naming file, line and field on error."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import Problem
from .yamlio import load_yaml

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Field:
    kind: type  # str, list (of str) or bool
    required: bool = False
    default: Any = None
    choices: tuple[str, ...] = ()  # for text: the allowed values


def load_records(path: Path, display: str | None, schema: dict[str, Field]) -> tuple[list[tuple[dict, int]], list[Problem]]:
    """Records with their line numbers, and problems. A bad record is skipped; the rest load.

    Every record needs an `id` (lowercase ASCII words joined by hyphens) unique in the file.
    Raises InputError on a YAML syntax error.
    """
    name = display or str(path)
    data, lines = load_yaml(path, name)
    if data is None:
        return [], []
    if not isinstance(data, list):
        return [], [Problem(name, 1, "expected a list of entries (each starting with '- id: ...')")]
    records: list[tuple[dict, int]] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for index, item in enumerate(data):
        line = lines.get(index, 1)
        if not isinstance(item, dict):
            problems.append(Problem(name, line, "entry is not a mapping of field: value", "write 'field: value' lines"))
            continue
        record, errors = _check(item, schema)
        if not errors and record["id"] in seen:
            errors.append(f"field 'id': duplicate id {record['id']!r}")
        for error in errors:
            problems.append(Problem(name, line, error, "known fields: " + ", ".join(["id", *schema])))
        if not errors:
            seen.add(record["id"])
            records.append((record, line))
    return records, problems


def _check(item: dict, schema: dict[str, Field]) -> tuple[dict, list[str]]:
    errors: list[str] = []
    record: dict[str, Any] = {}
    identifier = item.get("id")
    if not isinstance(identifier, str) or not _ID.match(identifier):
        errors.append(f"field 'id': expected lowercase words joined by hyphens, got {identifier!r}")
    record["id"] = identifier
    for key in item:
        if key != "id" and key not in schema:
            errors.append(f"unknown field {key!r}")
    for key, spec in schema.items():
        value = item.get(key)
        if value is None:
            if spec.required:
                errors.append(f"field {key!r} is missing")
            record[key] = spec.default if not isinstance(spec.default, list) else tuple(spec.default)
            continue
        if spec.kind is list:
            if not isinstance(value, list) or not all(isinstance(v, (str, int)) and str(v).strip() for v in value):
                errors.append(f"field {key!r}: expected a list of text, got {type(value).__name__}")
                continue
            record[key] = tuple(str(v).strip() for v in value)
        elif spec.kind is bool:
            if not isinstance(value, bool):
                errors.append(f"field {key!r}: expected true or false, got {value!r}")
                continue
            record[key] = value
        else:
            if not isinstance(value, (str, int)) or isinstance(value, bool) or not str(value).strip():
                errors.append(f"field {key!r}: expected text, got {type(value).__name__}")
                continue
            if spec.choices and str(value).strip() not in spec.choices:
                errors.append(f"field {key!r}: unknown value {value!r} (use one of {', '.join(spec.choices)})")
                continue
            record[key] = str(value).strip()
    return record, errors
