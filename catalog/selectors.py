"""Read-only questions to the catalogue, each in a fixed number of queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.db.models import (
    Case,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    Value,
    When,
    prefetch_related_objects,
)

from catalog.models import (
    ContactPoint,
    Coverage,
    Municipality,
    OpeningException,
    OpeningSlot,
    PostalCode,
)

# How specific each kind of coverage is: the highest level present for a support form wins.
LEVEL_MUNICIPALITY = 4
LEVEL_ARRONDISSEMENT = 3
LEVEL_REGION = 2
LEVEL_FLANDERS_BRUSSELS = 1
LEVEL_BELGIUM = 0

SupportFormThrough = ContactPoint.support_forms.through
CONTACT_FIELDS = (
    "key", "name", "phone", "email", "website", "address", "channel_note", "coverage",
    "always_open", "closed_on_public_holidays", "confidence", "source", "source_url",
    "source_date", "verified_on", "active",
)  # fmt: skip


def _coverage_level(nis: str) -> Case:
    """A SQL expression over support-form links: how specifically the linked contact point
    covers `nis` (NULL when it does not cover it)."""
    municipality = Municipality.objects.filter(pk=nis)
    by_municipality = ContactPoint.municipalities.through.objects.filter(
        contactpoint_id=OuterRef("contactpoint_id"), municipality_id=nis
    )
    by_arrondissement = ContactPoint.arrondissements.through.objects.filter(
        contactpoint_id=OuterRef("contactpoint_id"), arrondissement_id=nis[:2]
    )
    by_region = ContactPoint.regions.through.objects.filter(
        contactpoint_id=OuterRef("contactpoint_id"),
        region_id__in=municipality.values("region_id"),
    )
    coverage = "contactpoint__coverage"
    return Case(
        When(
            Q(**{coverage: Coverage.MUNICIPALITIES}) & Exists(by_municipality),
            then=Value(LEVEL_MUNICIPALITY),
        ),
        When(
            Q(**{coverage: Coverage.ARRONDISSEMENTS}) & Exists(by_arrondissement),
            then=Value(LEVEL_ARRONDISSEMENT),
        ),
        When(Q(**{coverage: Coverage.REGIONS}) & Exists(by_region), then=Value(LEVEL_REGION)),
        When(
            Q(**{coverage: Coverage.VLAANDEREN_BRUSSEL}) & Exists(municipality),
            then=Value(LEVEL_FLANDERS_BRUSSELS),
        ),
        When(Q(**{coverage: Coverage.BELGIE}), then=Value(LEVEL_BELGIUM)),
        default=None,
        output_field=IntegerField(),
    )


def contacts_by_slug(nis: str, slugs: Iterable[str] | None = None) -> dict[str, list[ContactPoint]]:
    """Active contact points covering municipality `nis`, per support-form slug.

    For each slug only the most specific coverage is kept (a municipality-level contact hides a
    region-level one). A slug without contacts is absent: "not known". Three queries whatever
    the catalogue's size: the links with their contact points, the opening slots, the exceptions.
    """
    links = (
        SupportFormThrough.objects.filter(contactpoint__active=True)
        .annotate(level=_coverage_level(nis))
        .filter(level__isnull=False)
        .select_related("contactpoint", "supportform")
        # Only what is shown: the import bookkeeping and long texts stay in the database.
        .only("supportform__slug", *(f"contactpoint__{f}" for f in CONTACT_FIELDS))
        .order_by("supportform__slug", "-level", "contactpoint__name", "contactpoint_id")
    )
    if slugs is not None:
        links = links.filter(supportform__slug__in=list(slugs))
    result: dict[str, list[ContactPoint]] = defaultdict(list)
    best_level: dict[str, int] = {}
    contacts: dict[int, ContactPoint] = {}
    for link in links:
        slug = link.supportform.slug
        if best_level.setdefault(slug, link.level) != link.level:
            continue
        contact = contacts.setdefault(link.contactpoint_id, link.contactpoint)
        result[slug].append(contact)
    _attach_hours(contacts.values())
    return dict(result)


def _attach_hours(contacts: Iterable[ContactPoint]) -> None:
    """Load opening slots and exceptions of these contact points in two queries."""
    prefetch_related_objects(
        list(contacts),
        Prefetch("opening_slots", queryset=OpeningSlot.objects.order_by("weekday", "opens")),
        Prefetch("opening_exceptions", queryset=OpeningException.objects.order_by("starts_on")),
    )


def contacts_for(slug: str, nis: str) -> list[ContactPoint]:
    """The active contact points of support form `slug` covering municipality `nis`, most
    specific coverage first. Empty means "not known": never another region's contact."""
    return contacts_by_slug(nis, [slug]).get(slug, [])


def municipality_by_nis(nis: str) -> Municipality | None:
    """The municipality with this NIS code, with its region, or None."""
    return Municipality.objects.select_related("region").filter(pk=nis).first()


def municipalities_for_postcode(code: str) -> list[Municipality]:
    """The municipalities of a postcode in Flanders or Brussels (two for 1040, 1050, 1804)."""
    return [
        pc.municipality
        for pc in PostalCode.objects.filter(code=code)
        .select_related("municipality__region")
        .order_by("municipality_id")
    ]
