"""Vietnam's administrative units from data/vn_admin.tsv (generated from the PyPI package
vietnam-provinces by data/build_vn_admin.py): provinces, districts, communes and wards before and
after the 2025 merger, looked up by name with or without diacritics."""
from __future__ import annotations

import functools
from importlib.resources import files

from .extract.phrases import fold, fold_spelling

PROVINCIAL = frozenset({"province", "city"})
DISTRICT_LEVEL = frozenset({"district", "town", "special-zone"})
COMMUNE_LEVEL = frozenset({"commune", "ward", "township"})


@functools.cache
def _rows() -> tuple[tuple[str, str], ...]:
    """(kind, name) of every unit, names as written in Vietnamese."""
    lines = files("docs_gen.data").joinpath("vn_admin.tsv").read_text(encoding="utf-8").splitlines()
    return tuple(tuple(line.split("\t")[:2]) for line in lines if line and not line.startswith("#"))


@functools.cache
def admin_units() -> dict[str, frozenset[str]]:
    """Folded name -> the kinds of unit that bear it ("quan ba" -> {"district"})."""
    kinds: dict[str, set[str]] = {}
    for kind, name in _rows():
        kinds.setdefault(fold_spelling(fold(name)), set()).add(kind)
    return {name: frozenset(k) for name, k in kinds.items()}


@functools.cache
def district_names() -> tuple[str, ...]:
    """Names of districts and towns, as written, in a stable order."""
    return tuple(sorted({name for kind, name in _rows() if kind in DISTRICT_LEVEL}))


@functools.cache
def city_names() -> tuple[str, ...]:
    """Names of cities that are no province ("Móng Cái", "Cẩm Phả"), as written, in a stable order."""
    provinces = {name for kind, name in _rows() if kind == "province"}
    return tuple(sorted({name for kind, name in _rows() if kind == "city" and name not in provinces}))


@functools.lru_cache(maxsize=65_536)
def unit_kinds(name: str) -> frozenset[str]:
    return admin_units().get(fold_spelling(fold(name)), frozenset())


@functools.cache
def written_family_names() -> frozenset[str]:
    """Family names that open a personal name (data/family_names.txt), as written there, with their marks."""
    text = files("docs_gen.data").joinpath("family_names.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@functools.cache
def family_names() -> frozenset[str]:
    """The family names as written and folded ("Bàn" and "Ban", for names written without marks)."""
    names = written_family_names()
    return frozenset(names | {fold(n).capitalize() for n in names})


@functools.cache
def ethnic_groups() -> frozenset[str]:
    """Folded names of ethnic groups (data/ethnic_groups.txt): never people, never places."""
    text = files("docs_gen.data").joinpath("ethnic_groups.txt").read_text(encoding="utf-8")
    return frozenset(fold(line.strip()) for line in text.splitlines() if line.strip() and not line.startswith("#"))


@functools.cache
def commune_names() -> tuple[str, ...]:
    """Names of communes, wards and townships, as written, in a stable order."""
    return tuple(sorted({name for kind, name in _rows() if kind in COMMUNE_LEVEL}))
