"""What the engine needs to know about places and contacts, as plain data.

The engine never touches the database. It asks a `Directory` (the catalogue in production,
an in-memory fake in tests) where a postcode or NIS code lies and which contact points a support
form has there. No Django imports here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Protocol

from routing.vocabulary import say


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


@dataclass(frozen=True)
class Contact:
    """One contact point, ready to show: what the JSON API calls a `contact`.

    Provenance is kept apart: the source (`bron_naam`, `bron_url`, `bron_datum`: its own date,
    "zonder datum" when it shows none), when the values were copied from it (`overgenomen_op`)
    and when a person confirmed they are still current (`nagekeken_op`, None until someone did).
    """

    naam: str
    bron: str
    nagekeken_op: date | None
    telefoon: str | None = None  # E.164, for tel: links
    telefoon_weergave: str | None = None  # as Belgians write it: zone number, digit groups
    email: str | None = None
    website: str | None = None
    bereikbaar: str = ""  # plain Dutch opening hours, "24 uur op 24, 7 dagen op 7", or ""
    nu_open: bool | None = None  # None: hours unknown or not sure enough for a live badge
    bron_naam: str = ""  # the source as people know it, never an internal reference
    bron_url: str | None = None
    bron_datum: str = "zonder datum"
    overgenomen_op: date | None = None
    bevestiging: str = "niet-bevestigd"  # "bevestigd", "niet-bevestigd" or "verouderd"
    werkgebied_afgeleid: bool = False  # no source names this area: we inferred it
    werkgebied_uitleg: str = ""
    uren_volgens: str = ""  # the hours come from a source of this date and may have changed
    uitleg: str = ""  # plain Dutch about the channel ("ook via chat", "gratis, anoniem")
    uitleg_taal: str = "nl"  # the language of `uitleg` (Dutch when it has no translation)
    sleutel: str = ""  # the catalogue's stable key, for "Klopt er iets niet?" (not in the JSON)


@dataclass(frozen=True)
class Route:
    """The sourced way to act today while a support form's regional contact is unknown: what
    to do (`uitleg`), a page that helps, contacts that cover the place, and where the text
    comes from. The JSON API calls it `zolang_niet_gekend`.

    The directory gives the texts for every reader in `varianten` ("" for young people,
    parents and others, "jongere", "prof"); the engine keeps the one for the reader
    (`for_reader`), so a step carries a single `uitleg`.
    """

    uitleg: str
    pagina: str | None = None
    contacten: tuple[Contact, ...] = ()
    bron_naam: str = ""
    bron_url: str | None = None
    bron_datum: str = "zonder datum"
    varianten: tuple[tuple[str, str], ...] = ()
    taal: str = "nl"  # the language of `uitleg` (Dutch when it has no translation)

    def for_reader(self, rol: str | None) -> Route:
        """This route worded for `rol` (role variant, then register, then the default)."""
        texts = dict(self.varianten)
        return replace(self, uitleg=say(texts, rol) if texts else self.uitleg, varianten=())

    @property
    def actionable(self) -> bool:
        """Whether it gives something to dial or click: a page, or a contact with a phone
        number, an e-mail address or a website."""
        return bool(self.pagina) or any(c.telefoon or c.email or c.website for c in self.contacten)


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
