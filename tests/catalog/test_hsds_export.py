"""The open-data export in the shape of Open Referral HSDS 3 (/api/open-data/hsds.json)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from catalog.catalogue import age_text
from catalog.models import ContactPoint, SupportForm

pytestmark = pytest.mark.django_db

TABLES = (
    "organizations",
    "services",
    "service_at_location",
    "locations",
    "phones",
    "schedules",
    "service_areas",
)
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$")


@pytest.fixture
def export(client):
    response = client.get("/api/open-data/hsds.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    return json.loads(response.content.decode("utf-8"))


def test_tables_and_metadata(export):
    for table in TABLES:
        assert isinstance(export[table], list) and export[table], table
    meta = export["metadata"]
    assert meta["hsds_version"].startswith("3")
    assert meta["licence"]["id"] == "CC-BY-4.0"
    assert any("Statbel" in c["by"] and c["licence"] == "CC BY 4.0" for c in meta["credits"])
    assert date.fromisoformat(meta["generated_at"][:10])
    assert meta["counts"] == {t: len(export[t]) for t in TABLES}


def test_only_active_contact_points(export):
    active = ContactPoint.objects.filter(active=True)
    assert len(export["organizations"]) == active.count()
    names = {o["name"] for o in export["organizations"]}
    for inactive in ContactPoint.objects.filter(active=False):
        if not active.filter(name=inactive.name).exists():
            assert inactive.name not in names


def test_ids_are_unique_stable_uuids(client, export):
    again = json.loads(client.get("/api/open-data/hsds.json").content)
    for table in TABLES:
        ids = [row["id"] for row in export[table]]
        assert len(ids) == len(set(ids)), table
        assert all(UUID.match(i) for i in ids), table
        assert ids == [row["id"] for row in again[table]]


def test_references_point_to_existing_rows(export):
    ids = {t: {row["id"] for row in export[t]} for t in TABLES}
    for service in export["services"]:
        assert service["organization_id"] in ids["organizations"]
        assert service["status"] == "active"
    for link in export["service_at_location"]:
        assert link["service_id"] in ids["services"]
        assert link["location_id"] in ids["locations"]
    for phone in export["phones"]:
        assert phone["organization_id"] in ids["organizations"]
        assert phone["location_id"] in ids["locations"]
    for schedule in export["schedules"]:
        assert schedule["location_id"] in ids["locations"]
    for area in export["service_areas"]:
        assert area["service_id"] in ids["services"]
        assert area["service_at_location_id"] in ids["service_at_location"]


def test_every_service_has_source_and_honest_dates(export):
    for service in export["services"]:
        assert service["source_name"] and "source" not in service  # the reference is internal
        assert date.fromisoformat(service["taken_on"])
        # Nobody confirmed a fixture value: no assurance is claimed (HSDS leaves it out).
        assert "assured_date" not in service and "confirmed_on" not in service


def test_ocj_aalst_as_hsds(export):
    org = next(o for o in export["organizations"] if o["name"] == "OCJ Aalst")
    assert org["email"] == "ocj.aalst@opgroeien.be"
    services = [s for s in export["services"] if s["organization_id"] == org["id"]]
    assert [s["alternate_name"] for s in services] == ["ocj"]
    assert services[0]["maximum_age"] == 18
    phones = [p for p in export["phones"] if p["organization_id"] == org["id"]]
    assert [p["number"] for p in phones] == ["+3222497790"]
    areas = [a for a in export["service_areas"] if a["service_id"] == services[0]["id"]]
    assert [(a["name"], a["uri"]) for a in areas] == [
        ("Arrondissement Aalst", "urn:statbel:refnis:41000")
    ]


def test_schedules_from_opening_slots(export):
    act = next(o for o in export["organizations"] if o["name"].startswith("ACT Oost-Vlaanderen"))
    location = next(loc for loc in export["locations"] if loc["organization_id"] == act["id"])
    rows = [s for s in export["schedules"] if s["location_id"] == location["id"]]
    assert {(s["byday"], s["opens_at"], s["closes_at"]) for s in rows} == {
        ("MO,TU,WE,TH,FR", "09:00", "12:00"),
        ("MO,TU,WE,TH,FR", "14:00", "17:00"),
    }
    assert all(s["freq"] == "WEEKLY" for s in rows)
    crisis = next(o for o in export["organizations"] if o["name"].startswith("Crisisnetwerk"))
    crisis_location = next(
        loc for loc in export["locations"] if loc["organization_id"] == crisis["id"]
    )
    always = [s for s in export["schedules"] if s["location_id"] == crisis_location["id"]]
    assert [(s["byday"], s["opens_at"], s["closes_at"]) for s in always] == [
        ("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59")
    ]


def test_service_areas_from_coverage(export):
    names = {a["name"] for a in export["service_areas"]}
    assert "België" in names
    assert "Regio Oost-Vlaanderen" in names
    assert {"Arrondissement Eeklo", "Arrondissement Gent"} <= names


#: The official HSDS 3.0 schemas (Open Referral, CC BY-SA 4.0; see the folder's README).
SCHEMAS = Path(__file__).parent / "hsds-3.0"
SCHEMA_OF_TABLE = {
    "organizations": "organization.json",
    "services": "service.json",
    "locations": "location.json",
    "service_at_location": "service_at_location.json",
    "phones": "phone.json",
    "schedules": "schedule.json",
    "service_areas": "service_area.json",
}


def _validators() -> dict[str, Draft202012Validator]:
    schemas = {path.name: json.loads(path.read_text()) for path in SCHEMAS.glob("*.json")}
    registry = Registry().with_resources(
        (name, Resource(schema, specification=DRAFT202012)) for name, schema in schemas.items()
    )
    return {
        table: Draft202012Validator(
            schemas[name], registry=registry, format_checker=FormatChecker()
        )
        for table, name in SCHEMA_OF_TABLE.items()
    }


def _problems(export: dict) -> list[str]:
    return [
        f"{table} {record['id']}: {error.json_path}: {error.message}"
        for table, validator in _validators().items()
        for record in export[table]
        for error in validator.iter_errors(record)
    ]


def test_every_record_is_valid_hsds_3(export):
    """Each record against the official schema of its table: no null where HSDS leaves a
    field out, every language record with its id, the formats (uuid, date, email) right."""
    assert sum(len(export[table]) for table in SCHEMA_OF_TABLE) > 200
    problems = _problems(export)
    assert not problems, "\n".join(problems[:20])


def test_confirmed_contacts_and_addresses_are_valid_hsds_3_too(client):
    """What the fixtures lack: a confirmation date and an address (split as HSDS wants)."""
    point = ContactPoint.objects.get(key="vk-oost-vlaanderen")
    point.confirmed_on = date(2026, 11, 20)
    point.address = "Stationsstraat 45 A, 9700 Oudenaarde"
    point.save()
    brussels = ContactPoint.objects.filter(active=True).exclude(pk=point.pk).first()
    brussels.address = "Kunstberg 1, 1000 Brussel"
    brussels.save()
    export = json.loads(client.get("/api/open-data/hsds.json").content)
    assert not _problems(export)
    location = next(
        loc for loc in export["locations"] if loc["name"] == point.name and loc["addresses"]
    )
    (address,) = location["addresses"]
    assert (address["address_1"], address["postal_code"], address["city"]) == (
        "Stationsstraat 45 A",
        "9700",
        "Oudenaarde",
    )
    assert address["state_province"] == "Provincie Oost-Vlaanderen"
    services = [s for s in export["services"] if s["name"].endswith(f"– {point.name}")]
    assert services and all(s["assured_date"] == "2026-11-20" for s in services)
    (in_brussels,) = [
        loc["addresses"][0]
        for loc in export["locations"]
        if loc["name"] == brussels.name and loc["addresses"]
    ]
    assert in_brussels["state_province"] == "Brussels Hoofdstedelijk Gewest"


def test_no_field_is_null(export):
    def nulls(value, path):
        if value is None:
            yield path
        elif isinstance(value, dict):
            for key, item in value.items():
                yield from nulls(item, f"{path}.{key}")
        elif isinstance(value, list):
            for number, item in enumerate(value):
                yield from nulls(item, f"{path}[{number}]")

    assert not list(nulls({t: export[t] for t in TABLES}, "$"))


SEED_LINE = re.compile(r"\bS\d{3}:\d+")


def test_eligibility_is_the_public_age_text_without_seed_line_codes(export):
    """The editors' age note cites seed lines ("S003:1380-1382"): internal references that
    public data must not carry. The export says what the public pages say."""
    assert SupportForm.objects.filter(age_note__regex=r"S[0-9]{3}:[0-9]").exists()
    public = {age_text(form) for form in SupportForm.objects.all()}
    for service in export["services"]:
        assert service["eligibility_description"] in public
    for table in TABLES:
        for record in export[table]:
            # `source` is the editors' reference to the source document, kept for now.
            text = json.dumps({k: v for k, v in record.items() if k != "source"})
            assert not SEED_LINE.search(text), (table, record["id"])


def test_inferred_areas_say_so_also_through_a_merger(export):
    def areas_of(name: str) -> list[dict]:
        org = next(o for o in export["organizations"] if o["name"] == name)
        services = {s["id"] for s in export["services"] if s["organization_id"] == org["id"]}
        return [a for a in export["service_areas"] if a["service_id"] in services]

    # Named after its arrondissement only, and Beveren-Kruibeke-Zwijndrecht came by a merger.
    (area,) = areas_of("OCJ Sint-Niklaas")
    assert area["description"].startswith("Werkgebied afgeleid:")
    assert "Beveren-Kruibeke-Zwijndrecht (46030)" in area["description"]
    assert "Lokeren (46029)" in area["description"]
    # A region-wide record: only the municipality that changed region is inferred.
    vk = areas_of("VK Oost-Vlaanderen (Vertrouwenscentrum Kindermishandeling)")
    assert all("46030" in a["description"] and "46029" not in a["description"] for a in vk)
    # A source names Brussels' area: nothing inferred.
    assert all(
        a.get("description") is None for a in areas_of("Crisis-BXL (crisismeldpunt Brussel)")
    )
