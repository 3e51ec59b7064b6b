"""Load the editor-curated data (glossary, documents, places, organisations, people) from one folder."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, Problem
from .extract.article import Extractors
from .extract.documents import DocumentAlias, DocumentFinder, load_document_aliases
from .extract.people import PeopleFinder
from .extract.places import PlaceFinder
from .extract.terms import build_term_matcher
from .gazetteer import Organisation, PersonAlias, Place, load_organisations, load_people, load_places
from .glossary import GlossaryEntry, load_glossary

FILES = ("glossary.yml", "documents.yml", "places.yml", "organisations.yml", "people.yml")


@dataclass(frozen=True)
class Curated:
    glossary: tuple[GlossaryEntry, ...] = ()
    documents: tuple[DocumentAlias, ...] = ()
    places: tuple[Place, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    people: tuple[PersonAlias, ...] = ()
    problems: tuple[Problem, ...] = field(default=())
    fingerprint: str = ""  # changes whenever a curated file changes

    def extractors(self) -> Extractors:
        return Extractors(
            terms=build_term_matcher(self.glossary),
            documents=DocumentFinder(self.documents),
            people=PeopleFinder(self.people, exclude=[name for p in (*self.places, *self.organisations)
                                                      for name in (p.name, p.vi_name or "", *p.aliases)]),
            places=PlaceFinder(self.places, self.organisations),
        )


def load_curated(folder: Path, display_prefix: str = "") -> Curated:
    """Every file is optional; a file with errors contributes its valid entries and its problems."""
    loaders = {
        "glossary": ("glossary.yml", load_glossary),
        "documents": ("documents.yml", load_document_aliases),
        "places": ("places.yml", load_places),
        "organisations": ("organisations.yml", load_organisations),
        "people": ("people.yml", load_people),
    }
    values: dict[str, tuple] = {}
    problems: list[Problem] = []
    digest = hashlib.blake2b(digest_size=16)
    for name, (filename, loader) in loaders.items():
        path = folder / filename
        if not path.is_file():
            values[name] = ()
            continue
        digest.update(filename.encode() + b"\0" + path.read_bytes() + b"\0")
        try:
            entries, found = loader(path, f"{display_prefix}{filename}")
        except InputError as error:
            entries, found = [], [error.problem.dropping()]
        values[name] = tuple(entries)
        problems.extend(found)
    return Curated(**values, problems=tuple(problems), fingerprint=digest.hexdigest())
