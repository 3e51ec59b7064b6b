"""Curated places, organisations and people (YAML an editor keeps), validated on load."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import Problem
from .records import Field, load_records

PLACE_KINDS = ("province", "city", "region", "country", "sea", "district", "commune", "border-gate", "island", "river",
               "lake", "mountain", "bay", "foreign")


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    vi_name: str | None
    kind: str
    aliases: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    vi_name: str | None
    aliases: tuple[str, ...]
    line: int
    level: str = "national"  # national, provincial, local or foreign


@dataclass(frozen=True)
class PersonAlias:
    id: str
    name: str
    aliases: tuple[str, ...]
    line: int


def load_places(path: Path, display: str | None = None) -> tuple[list[Place], list[Problem]]:
    schema = {"name": Field(str, required=True), "vi_name": Field(str),
              "kind": Field(str, required=True, choices=PLACE_KINDS), "aliases": Field(list, default=[])}
    records, problems = load_records(path, display, schema)
    return [Place(r["id"], r["name"], r["vi_name"], r["kind"], r["aliases"], line) for r, line in records], problems


def load_organisations(path: Path, display: str | None = None) -> tuple[list[Organisation], list[Problem]]:
    schema = {"name": Field(str, required=True), "vi_name": Field(str), "aliases": Field(list, default=[]),
              "level": Field(str, default="national", choices=("national", "provincial", "local", "foreign"))}
    records, problems = load_records(path, display, schema)
    return [Organisation(r["id"], r["name"], r["vi_name"], r["aliases"], line, r["level"]) for r, line in records], problems


def load_people(path: Path, display: str | None = None) -> tuple[list[PersonAlias], list[Problem]]:
    schema = {"name": Field(str, required=True), "aliases": Field(list, default=[])}
    records, problems = load_records(path, display, schema)
    return [PersonAlias(r["id"], r["name"], r["aliases"], line) for r, line in records], problems
