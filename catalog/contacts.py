"""A contact point of the catalogue as the public sees it (hours in words, "open now", the
formatted phone and its provenance), and the route while a contact is unknown."""

from __future__ import annotations

from datetime import date, datetime, time
from functools import lru_cache
from types import SimpleNamespace

from django.utils import timezone

from catalog import selectors
from catalog.display import Contact, Route
from catalog.hours import hours_text, is_open
from catalog.languages import in_language
from catalog.models import ContactPoint, Municipality
from catalog.utils.lru import VersionedLRU

#: The lookup pages (municipality and region sheets) are written for professionals: CLB staff
#: and care workers look up whom to contact themselves, so they read a route's `prof` text.
LOOKUP_READER = "prof"


def _hours_in(point: ContactPoint, language: str) -> str:
    parts = selectors.shown_parts(point)
    slots = tuple((s.weekday, s.opens, s.closes) for s in parts.slots)
    return _hours_text(slots, point.always_open, point.closed_on_public_holidays, language)


@lru_cache(maxsize=4096)
def _hours_text(
    slots: tuple[tuple[int, time, time], ...],
    always_open: bool,
    closed_on_public_holidays: bool,
    language: str,
) -> str:
    shown = [SimpleNamespace(weekday=d, opens=a, closes=b) for d, a, b in slots]
    return hours_text(shown, always_open, closed_on_public_holidays, language)


def to_contact(
    point: ContactPoint,
    at: datetime,
    municipality: Municipality | None = None,
    language: str = "nl",
) -> Contact:
    """A contact point as the engine and the JSON API show it ("open now" as of `at`).

    Hours from an old or unsure source (`hours_as_of`) get their date and no live "open now".
    With `municipality`, a region- or arrondissement-wide coverage that reaches it only through
    a recent merger is marked as inferred too. Equal contacts of the held snapshot are made once
    (see `_made`)."""
    parts = selectors.shown_parts(point)
    if point.hours_as_of and parts.hours:
        open_now = None
    else:
        open_now = is_open(
            parts.slots, parts.exceptions, point.always_open, point.closed_on_public_holidays, at
        )
    today = at.date()
    nis = municipality.nis if municipality is not None else None
    # No version for a point read afresh from the database: made for this use only.
    token = selectors.version_of(point)
    key = (point.pk, nis, language, today, open_now)
    made = _made.get(token, key)
    if made is None:
        made = _contact(point, parts, open_now, today, municipality, language)
        _made.put(token, key, made)
    return made


#: Contacts as made by `to_contact`, by what they depend on besides the catalogue version:
#: the point, the municipality, the language, the day (how old its confirmation is) and
#: whether it is open now. Every advice shows a handful of contacts, mostly the same ones;
#: one value per contact also makes comparing kept cards and pages cheap.
_made: VersionedLRU[Contact] = VersionedLRU(8192)


def _contact(
    point: ContactPoint,
    parts: selectors.ShownParts,
    open_now: bool | None,
    today: date,
    municipality: Municipality | None,
    language: str,
) -> Contact:
    hours, hours_language = parts.hours, "nl"
    if language != "nl" and hours and not point.hours_as_of:
        # The snapshot keeps the Dutch words; other languages are composed here (their dated
        # variant keeps the editor's Dutch date, so it stays Dutch as a whole).
        hours = _hours_in(point, language)
        hours_language = language
    if point.hours_as_of and hours:
        hours = f"{hours} (volgens een bron van {point.hours_as_of}; dit kan veranderd zijn)"
    inferred = point.coverage_inferred
    explanation = point.coverage_note
    note, note_language = in_language(point, "channel_note", language)
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
        bereikbaar_taal=hours_language,
        nu_open=open_now,
        bron_naam=point.source_name,
        bron_url=point.source_url or None,
        bron_datum=point.source_date or "zonder datum",
        overgenomen_op=point.taken_on,
        bevestiging=point.provenance_status(today),
        werkgebied_afgeleid=inferred,
        werkgebied_uitleg=explanation if inferred else "",
        uren_volgens=point.hours_as_of,
        uitleg=note,
        uitleg_taal=note_language,
        sleutel=point.key,
    )


def route_for(
    slug: str, nis: str, at: datetime | None = None, language: str = "nl"
) -> Route | None:
    """The route to support form `slug` from municipality `nis` while its own contact is
    unknown there, with every reader's text in `varianten`; None when the support form has
    none (most forms with contacts everywhere) or `nis` is not a municipality of the
    catalogue."""
    municipality = selectors.municipality_by_nis(nis)
    found = selectors.fallback_for(slug, nis) if municipality is not None else None
    if found is None:
        return None
    fallback, points = found
    at = at or timezone.localtime()
    variants = (("", fallback.text), ("jongere", fallback.text_jongere))
    variants += (("prof", fallback.text_prof),)
    text, text_language = in_language(fallback, "text", language)
    if text_language != "nl":
        variants = ()  # one translated text for every reader
    return Route(
        uitleg=text,
        taal=text_language,
        pagina=fallback.url or None,
        contacten=tuple(to_contact(p, at, municipality, language) for p in points),
        bron_naam=fallback.source_name,
        bron_url=fallback.source_url or None,
        bron_datum=fallback.source_date or "zonder datum",
        varianten=tuple((k, t) for k, t in variants if t),
    )
