"""What the engine needs to know about places and contacts, as plain data.

The engine never touches the database. It asks a `Directory` (the catalogue in production,
an in-memory fake in tests) where a postcode or NIS code lies and which contact points a support
form has there. No Django imports here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

# The values the port hands out are the catalogue's own display values (plain Python, like
# this module): one field list for the advice, the lookup pages and the JSON.
from catalog.display import Contact, Route
from routing.vocabulary import register

__all__ = ["Area", "Contact", "Directory", "Route", "for_reader"]


@dataclass(frozen=True)
class Area:
    """Where the child lives, as far as routing cares.

    `region` is the slug of one of the six youth-care regions (antwerpen, limburg,
    oost-vlaanderen, vlaams-brabant, west-vlaanderen, brussel), or None outside Flanders and
    Brussels (`in_werkingsgebied` is then False). `alternatives` lists the other municipalities
    when a postcode belongs to more than one (1040, 1050, 1804).
    """

    nis: str
    name: str
    region: str | None
    in_werkingsgebied: bool
    alternatives: tuple[tuple[str, str], ...] = ()


def for_reader(route: Route, rol: str | None) -> Route:
    """`route` worded for `rol`: its role's text, then its register's, then the default."""
    texts = dict(route.varianten)
    return route.worded(next((k for k in (rol or "", register(rol)) if k in texts), ""))


class Directory(Protocol):
    """The questions the engine asks the catalogue."""

    def area_for(self, postcode: str | None, nis: str | None) -> Area | None:
        """The area of a NIS code (wins) or postcode; None when neither is a known Belgian place."""
        ...

    def contacts_for(self, slug: str, nis: str) -> Sequence[Contact]:
        """Active contacts of support form `slug` covering municipality `nis`, most specific
        coverage first. Empty means "not known": never fill it with another region's contact."""
        ...

    def fallback_for(self, slug: str, nis: str) -> Route | None:
        """The route to support form `slug` from municipality `nis` while its own contact is
        unknown there (with every reader's text in `varianten`); None when it has none."""
        ...
