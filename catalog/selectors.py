"""Read-only questions to the catalogue, answered from a per-process snapshot in memory.

The catalogue is small (about 300 municipalities, 1,200 postcodes, a few hundred contact
points), and every advice needs a large part of it. Building it from the ORM on each request
cost ~20 ms; instead each process keeps one snapshot and checks, with one cheap query of
`CatalogueVersion`, that it is still current. Every write to the catalogue changes that version
(signals in `catalog.models`, and `load_catalog` at its end). A process sees its own writes at
once; another process's within `settings.CATALOGUE_RECHECK_SECONDS` (one second by default):
the version is checked at most that often, so a busy server does not pay a database round
trip on every request for a catalogue that changes a few times a day. With 0 the version is
checked once per HTTP request, and outside requests (shell, commands) on every call.

When the version cannot be read quickly (someone holds a lock on its table: a migration, a
long import, a stuck transaction), the check gives up after
`settings.CATALOGUE_VERSION_LOCK_TIMEOUT_MS` and the process goes on with the snapshot it
holds, asking again after the recheck interval: pages answered from memory stay up.

The snapshot only holds data: "open now" is computed per request by the callers.

This module is the only reader of the catalogue version. Every cache of something built from
the catalogue either lives in the snapshot (`Snapshot.derived`, `shown_parts`: dropped with
it) or is keyed on its token (`current_token`: the page stores, the open-data export), so one
check decides for all of them whether they are still current.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from django.conf import settings
from django.core.signals import request_finished, request_started
from django.db import OperationalError
from django.db.models import Prefetch, prefetch_related_objects

from catalog import models as catalog_models
from catalog.hours import hours_text
from catalog.models import (
    Arrondissement,
    CatalogueVersion,
    ContactPoint,
    Coverage,
    FallbackContact,
    FormerMunicipalityName,
    Municipality,
    OpeningException,
    OpeningSlot,
    PostalCode,
    Region,
    SupportForm,
)
from catalog.utils.database import timed_out

log = logging.getLogger(__name__)
T = TypeVar("T")

# How specific each kind of coverage is: the highest level present for a support form wins.
LEVEL_MUNICIPALITY = 4
LEVEL_ARRONDISSEMENT = 3
LEVEL_REGION = 2
LEVEL_FLANDERS_BRUSSELS = 1
LEVEL_BELGIUM = 0


@dataclass
class _Point:
    """An active contact point with what its coverage needs, precomputed."""

    contact: ContactPoint
    order: int  # position in the database's ("name", "id") order
    slugs: tuple[str, ...]
    municipalities: frozenset[str]
    arrondissements: frozenset[str]
    regions: frozenset[str]

    def level(self, nis: str, municipality: Municipality | None) -> int | None:
        """How specifically this point covers `nis` (None: it does not)."""
        coverage = self.contact.coverage
        if coverage == Coverage.MUNICIPALITIES:
            return LEVEL_MUNICIPALITY if nis in self.municipalities else None
        if coverage == Coverage.ARRONDISSEMENTS:
            return LEVEL_ARRONDISSEMENT if nis[:2] in self.arrondissements else None
        if coverage == Coverage.REGIONS:
            in_region = municipality is not None and municipality.region_id in self.regions
            return LEVEL_REGION if in_region else None
        if coverage == Coverage.VLAANDEREN_BRUSSEL:
            return LEVEL_FLANDERS_BRUSSELS if municipality is not None else None
        if coverage == Coverage.BELGIE:
            return LEVEL_BELGIUM
        return None


@dataclass(frozen=True)
class Fallback:
    """What helps while a support form's own contact is unknown in a municipality."""

    text: str
    url: str
    points: tuple[_Point, ...]
    text_jongere: str = ""
    text_prof: str = ""
    source_name: str = ""
    source_url: str = ""
    source_date: str = ""
    text_fr: str = ""
    text_en: str = ""


@dataclass
class Snapshot:
    """The catalogue as routing and lookup read it, at one version."""

    token: str | None
    municipalities: dict[str, Municipality]
    postcodes: dict[str, tuple[str, ...]]
    postcodes_by_nis: dict[str, tuple[str, ...]]
    arrondissements: dict[str, str]
    points: list[_Point]
    #: Per support form: what helps while its own contact is unknown (text, page, source, and
    #: the active contact points in order).
    fallbacks: dict[str, Fallback] = field(default_factory=dict)
    #: Former municipality names (merged in 2019 or 2025): (name, NIS code of today's
    #: municipality, merger date), by name.
    former_names: tuple[tuple[str, str, date], ...] = ()
    #: The regions, by name.
    regions: tuple[Region, ...] = ()
    #: The name of every support form, by slug.
    form_names: dict[str, str] = field(default_factory=dict)
    #: Contacts per slug of each municipality in Flanders and Brussels, computed on first use.
    _by_nis: dict[str, dict[str, list[ContactPoint]]] = field(default_factory=dict)
    #: Fallback contact points per slug of each municipality, computed on first use.
    _fallbacks_by_nis: dict[str, dict[str, list[ContactPoint]]] = field(default_factory=dict)
    #: What is shown of each of its contact points (`shown_parts`), by primary key.
    _shown: dict[int, ShownParts] = field(default_factory=dict)
    #: Values computed from the whole snapshot (`derived`), by the function that built them.
    _derived: dict[Callable[..., Any], Any] = field(default_factory=dict)

    def derived(self, build: Callable[[Snapshot], T]) -> T:
        """`build(self)`, computed once per snapshot (the place finder's index): it is
        dropped with the snapshot, so it always belongs to the catalogue version read."""
        try:
            return self._derived[build]
        except KeyError:
            value = self._derived[build] = build(self)  # two threads may both build: harmless
            return value

    def owns(self, point: ContactPoint) -> bool:
        """Whether `point` is this snapshot's own instance (not one read from the ORM since)."""
        owned = self.derived(_points_by_pk).get(point.pk)
        return owned is point

    def contacts(self, nis: str) -> dict[str, list[ContactPoint]]:
        """All slugs' contact points covering `nis`, most specific coverage only."""
        known = self._by_nis.get(nis)
        if known is not None:
            return known
        municipality = self.municipalities.get(nis)
        best: dict[str, tuple[int, list[_Point]]] = {}
        for point in self.points:
            level = point.level(nis, municipality)
            if level is None:
                continue
            for slug in point.slugs:
                current = best.get(slug)
                if current is None or level > current[0]:
                    best[slug] = (level, [point])
                elif level == current[0]:
                    current[1].append(point)
        result = {
            slug: [p.contact for p in sorted(points, key=lambda p: p.order)]
            for slug, (_, points) in sorted(best.items())
        }
        # Only real municipalities are kept: arbitrary input must not grow the memory.
        if municipality is not None:
            self._by_nis[nis] = result
        return result

    def fallback_points(self, nis: str) -> dict[str, list[ContactPoint]]:
        """Per support form with a fallback: its fallback contact points that cover `nis`."""
        known = self._fallbacks_by_nis.get(nis)
        if known is not None:
            return known
        municipality = self.municipalities.get(nis)
        result = {
            slug: [p.contact for p in fallback.points if p.level(nis, municipality) is not None]
            for slug, fallback in self.fallbacks.items()
        }
        if municipality is not None:  # as for contacts: arbitrary input must not grow memory
            self._fallbacks_by_nis[nis] = result
        return result


def _points_by_pk(snap: Snapshot) -> dict[int, ContactPoint]:
    return {p.contact.pk: p.contact for p in snap.points}


@dataclass(frozen=True)
class ShownParts:
    """What the pages show of a contact point that does not depend on the moment: its
    opening slots and exceptions, its phone as people write it, and its hours in words."""

    slots: list[OpeningSlot]
    exceptions: list[OpeningException]
    phone_display: str
    hours: str


def _shown_parts(point: ContactPoint) -> ShownParts:
    slots = list(point.opening_slots.all())
    exceptions = list(point.opening_exceptions.all())
    return ShownParts(
        slots,
        exceptions,
        point.phone_display,
        hours_text(slots, point.always_open, point.closed_on_public_holidays),
    )


def _build(token: str | None) -> Snapshot:
    """Load the snapshot at version `token`: twelve queries whatever the catalogue's size.

    The caller reads the token first: data read after it is at least as new, never older (a
    change committed in between only causes one more rebuild).
    """
    municipalities = {m.nis: m for m in Municipality.objects.select_related("region")}
    postcodes: dict[str, list[str]] = defaultdict(list)
    postcodes_by_nis: dict[str, list[str]] = defaultdict(list)
    for code, nis in PostalCode.objects.order_by("code", "municipality_id").values_list(
        "code", "municipality_id"
    ):
        postcodes[code].append(nis)
        if code not in postcodes_by_nis[nis]:
            postcodes_by_nis[nis].append(code)
    arrondissements = dict(Arrondissement.objects.values_list("code", "name"))
    former_names = tuple(
        FormerMunicipalityName.objects.order_by("name").values_list(
            "name", "municipality_id", "merged_on"
        )
    )
    contacts = list(
        ContactPoint.objects.active().defer("imported_values", "note").order_by("name", "id")
    )
    links: dict[str, dict[int, list[str]]] = {}
    for name, target in (
        ("support_forms", "supportform__slug"),
        ("regions", "region_id"),
        ("arrondissements", "arrondissement_id"),
        ("municipalities", "municipality_id"),
    ):
        through = getattr(ContactPoint, name).through
        by_point: dict[int, list[str]] = defaultdict(list)
        rows = through.objects.filter(contactpoint__active=True).values_list(
            "contactpoint_id", target
        )
        for point_id, value in rows.order_by(target):
            by_point[point_id].append(value)
        links[name] = by_point
    _attach_hours(contacts)
    points = [
        _Point(
            contact=c,
            order=i,
            slugs=tuple(links["support_forms"].get(c.pk, ())),
            municipalities=frozenset(links["municipalities"].get(c.pk, ())),
            arrondissements=frozenset(links["arrondissements"].get(c.pk, ())),
            regions=frozenset(links["regions"].get(c.pk, ())),
        )
        for i, c in enumerate(contacts)
    ]
    by_pk = {p.contact.pk: p for p in points}
    fallback_points: dict[int, list[_Point]] = defaultdict(list)
    for form_id, point_id in FallbackContact.objects.order_by("position", "id").values_list(
        "support_form_id", "contact_point_id"
    ):
        if point_id in by_pk:  # inactive contact points never help
            fallback_points[form_id].append(by_pk[point_id])
    forms = SupportForm.objects.values_list(
        "pk",
        "slug",
        "name",
        "fallback_text",
        "fallback_url",
        "fallback_text_jongere",
        "fallback_text_prof",
        "fallback_source_name",
        "fallback_source_url",
        "fallback_source_date",
        "fallback_text_fr",
        "fallback_text_en",
    )
    fallbacks = {
        slug: Fallback(text, url, tuple(fallback_points.get(pk, ())), *rest)
        for pk, slug, _, text, url, *rest in forms
        if text or url or pk in fallback_points
    }
    return Snapshot(
        token=token,
        fallbacks=fallbacks,
        municipalities=municipalities,
        postcodes={code: tuple(found) for code, found in postcodes.items()},
        postcodes_by_nis={nis: tuple(codes) for nis, codes in postcodes_by_nis.items()},
        arrondissements=arrondissements,
        former_names=former_names,
        points=points,
        regions=tuple(Region.objects.order_by("name")),
        form_names={slug: name for _, slug, name, *_ in forms},
    )


class _Cache:
    """The process's snapshot, and when its version was last checked."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.snapshot: Snapshot | None = None
        self.request = threading.local()  # .checked: bumps count seen, or None
        #: (monotonic time, bumps count) of the last version check in this process.
        self.last_check: tuple[float, int] | None = None
        #: When the version check started failing on a lock (monotonic), or None.
        self.stalled_since: float | None = None

    def _fresh(self, snapshot: Snapshot | None, bumps: int) -> bool:
        """Whether `snapshot` may be used without asking the database for the version."""
        if snapshot is None:
            return False
        interval = settings.CATALOGUE_RECHECK_SECONDS
        last = self.last_check
        return (
            interval > 0
            and last is not None
            and last[1] == bumps
            and 0 <= time.monotonic() - last[0] < interval
        )

    def get(self) -> Snapshot:
        bumps = catalog_models.local_bump_count()
        snapshot = self.snapshot
        # Called dozens of times per request: the cheapest test first.
        if snapshot is not None and getattr(self.request, "checked", None) == bumps:
            return snapshot  # already checked in this request, and no write here since
        if self._fresh(snapshot, bumps):
            # Asked again dozens of times in this request: the test above answers them, and
            # the whole request sees one version.
            self._checked_in_request(bumps)
            return snapshot
        checked_at = time.monotonic()
        try:
            token = CatalogueVersion.current(
                lock_timeout_ms=settings.CATALOGUE_VERSION_LOCK_TIMEOUT_MS
            )
        except OperationalError as error:
            if snapshot is None or not timed_out(error):
                raise
            return self._keep(snapshot, checked_at, bumps)
        if self.stalled_since is not None:
            log.info(
                "catalogue version readable again after %.1f s",
                checked_at - self.stalled_since,
            )
            self.stalled_since = None
        # A missing version row (a flushed test database) is never trusted: rebuild.
        if snapshot is None or token is None or snapshot.token != token:
            with self.lock:
                snapshot = _build(token)
                self.snapshot = snapshot
        self.last_check = (checked_at, bumps) if token is not None else None
        self._checked_in_request(bumps)
        return snapshot

    def _checked_in_request(self, bumps: int) -> None:
        if getattr(self.request, "active", False):
            self.request.checked = bumps

    def _keep(self, snapshot: Snapshot, checked_at: float, bumps: int) -> Snapshot:
        """Go on with the snapshot held when the version could not be read in time (a lock
        on its table): asked again after the recheck interval, as after a successful check.
        Logged once per stall, without a traceback: every request would repeat it."""
        if self.stalled_since is None:
            self.stalled_since = checked_at
            log.warning(
                "catalogue version not readable in time (locked): serving the catalogue this "
                "process holds until it is"
            )
        self.last_check = (checked_at, bumps)
        self._checked_in_request(bumps)
        return snapshot

    def start_request(self, **kwargs: object) -> None:
        self.request.active = True
        self.request.checked = None

    def end_request(self, **kwargs: object) -> None:
        self.request.active = False
        self.request.checked = None

    def clear(self) -> None:
        with self.lock:
            self.snapshot = None
            self.last_check = None
            self.stalled_since = None
        self.request.checked = None


_cache = _Cache()
request_started.connect(_cache.start_request, dispatch_uid="catalog-snapshot-start")
request_finished.connect(_cache.end_request, dispatch_uid="catalog-snapshot-end")


def snapshot() -> Snapshot:
    """The current catalogue snapshot (one query to check it, more only after a change)."""
    return _cache.get()


def current_token() -> str | None:
    """The catalogue version the current snapshot was built at: the key of every cache of
    something built from the catalogue. None when the database has no version row (a flushed
    test database): then nothing may be kept."""
    return _cache.get().token


def shown_parts(point: ContactPoint) -> ShownParts:
    """The moment-independent parts of `point` as shown (phone parsing and hour texts: about a
    fifth of the municipality API's time): kept in the snapshot that holds `point`, so they
    belong to its version; computed afresh for an instance read from the database (it may be
    newer). No version check: a point of the held snapshot gives its parts either way."""
    held = _cache.snapshot
    if held is None or not held.owns(point):
        return _shown_parts(point)
    parts = held._shown.get(point.pk)
    if parts is None:
        parts = held._shown[point.pk] = _shown_parts(point)
    return parts


def version_of(point: ContactPoint) -> str | None:
    """The catalogue version `point` belongs to: the held snapshot's token when `point` is its
    own instance; None for an instance read from the database since (it may be newer) or
    without a version row. No version check, as for `shown_parts`."""
    held = _cache.snapshot
    if held is None or not held.owns(point):
        return None
    return held.token


def forget_snapshot() -> None:
    """Drop this process's snapshot (the next call rebuilds it)."""
    _cache.clear()


def _attach_hours(contacts: Iterable[ContactPoint]) -> None:
    """Load opening slots and exceptions of these contact points in two queries."""
    prefetch_related_objects(
        list(contacts),
        Prefetch("opening_slots", queryset=OpeningSlot.objects.order_by("weekday", "opens")),
        Prefetch("opening_exceptions", queryset=OpeningException.objects.order_by("starts_on")),
    )


def contacts_by_slug(nis: str, slugs: Iterable[str] | None = None) -> dict[str, list[ContactPoint]]:
    """Active contact points covering municipality `nis`, per support-form slug.

    For each slug only the most specific coverage is kept (a municipality-level contact hides a
    region-level one), ordered by name. A slug without contacts is absent: "not known". One
    query when the snapshot is current, whatever the catalogue's size. The contact points are
    shared by the whole process: read them, never change them.
    """
    found = snapshot().contacts(nis)
    wanted = found.keys() if slugs is None else [s for s in dict.fromkeys(slugs) if s in found]
    return {slug: list(found[slug]) for slug in sorted(wanted)}


def contacts_for(slug: str, nis: str) -> list[ContactPoint]:
    """The active contact points of support form `slug` covering municipality `nis`, most
    specific coverage first. Empty means "not known": never another region's contact."""
    return contacts_by_slug(nis, [slug]).get(slug, [])


def nationwide_contacts(slug: str) -> list[ContactPoint]:
    """The active contact points of `slug` that serve all of Belgium (112, 101), by name."""
    return [
        p.contact
        for p in snapshot().points
        if p.contact.coverage == Coverage.BELGIE and slug in p.slugs
    ]


def fallback_for(slug: str, nis: str) -> tuple[Fallback, list[ContactPoint]] | None:
    """What helps while `slug` has no contact for `nis`: its fallback and the fallback contact
    points that cover `nis`; None when the support form has none."""
    current = snapshot()
    fallback = current.fallbacks.get(slug)
    if fallback is None:
        return None
    return fallback, list(current.fallback_points(nis)[slug])


def support_form_names(slugs: Iterable[str]) -> dict[str, str]:
    """The names of these support forms, by slug (unknown slugs are left out)."""
    names = snapshot().form_names
    return {slug: names[slug] for slug in slugs if slug in names}


def all_regions() -> list[Region]:
    """The regions of Flanders and Brussels, by name."""
    return list(snapshot().regions)


def municipality_by_nis(nis: str) -> Municipality | None:
    """The municipality with this NIS code, with its region, or None."""
    return snapshot().municipalities.get(nis)


def municipalities_for_postcode(code: str) -> list[Municipality]:
    """The municipalities of a postcode in Flanders or Brussels (two for 1040, 1050, 1804)."""
    current = snapshot()
    return [current.municipalities[nis] for nis in current.postcodes.get(code, ())]


def postcodes_of(nis: str) -> list[str]:
    """The postcodes of a municipality in Flanders or Brussels, sorted (empty when unknown)."""
    return list(snapshot().postcodes_by_nis.get(nis, ()))


def arrondissement_name(code: str) -> str | None:
    """The name of the arrondissement with this two-digit code, or None."""
    return snapshot().arrondissements.get(code)
