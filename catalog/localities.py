"""Deelgemeenten and other postal localities ("Heverlee", "Wilrijk"): which municipality
each belongs to, from the sourced list in fixtures/localities.toml.

Reference data like the postcodes: editors do not change it, so it is read once per process
instead of living in the database. The place finder (`catalog.search`) joins it with the
catalogue snapshot; a locality whose municipality the catalogue does not know is ignored.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.conf import settings


@dataclass(frozen=True)
class Locality:
    """One postal locality: its name (and other-language names), postcode and municipality."""

    name: str
    postcode: str
    nis: str
    other_names: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.other_names)


@dataclass(frozen=True)
class LocalitySource:
    name: str
    url: str
    date: str


def _path() -> Path:
    return Path(settings.BASE_DIR) / "fixtures" / "localities.toml"


@cache
def _data() -> dict:
    return tomllib.loads(_path().read_text("utf-8"))


def localities() -> tuple[Locality, ...]:
    """Every locality of the list, in file order."""
    return tuple(
        Locality(
            name=row["name"],
            postcode=row["postcode"],
            nis=row["nis"],
            other_names=tuple(row.get("other_names", ())),
        )
        for row in _data().get("locality", ())
    )


def source() -> LocalitySource:
    """Where the list comes from, to name it where a locality is shown."""
    found = _data()["source"]
    return LocalitySource(found["name"], found["url"], found["date"])
