"""The open-data export in the shape of Open Referral HSDS 3 (/api/open-data/hsds.json)."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from catalog.models import ContactPoint

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
        # Nobody confirmed a fixture value: no assurance is claimed.
        assert service["assured_date"] is None and service["confirmed_on"] is None


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
