"""A shown contact's field list is stated once, in `catalog.display.Contact`: the JSON of both
APIs, the OpenAPI document and the editors' CSV columns follow the dataclass."""

from __future__ import annotations

from dataclasses import fields

import pytest

from catalog.display import Contact, shown_from
from catalog.models import ContactPoint
from tests.catalog.test_bulk_import import export

pytestmark = pytest.mark.django_db

#: The fields the JSON leaves out (the key for "Klopt er iets niet?" stays on the server).
PRIVATE = {f.name for f in fields(Contact) if f.metadata.get("private")}


def _public_fields() -> list[str]:
    return [f.name for f in fields(Contact) if f.name not in PRIVATE]


def test_the_apis_and_the_openapi_document_give_the_dataclass_fields(client):
    assert {"sleutel"} == PRIVATE
    public = _public_fields()
    schema = client.get("/api/openapi.json").json()["components"]["schemas"]["Contact"]
    assert list(schema["properties"]) == public
    assert set(schema["required"]) < set(public)

    place = client.get("/api/gemeenten/41081/").json()["ondersteuningsvormen"]
    assert [list(c) for c in place["ocj"]["contacten"]] == [public]

    query = {"gevaar": "nee", "rol": "ouder", "leeftijd": "12", "postcode": "9620"}
    query["situatie"] = "crisis"
    advice = client.get("/api/advies/", query).json()
    shown = [list(c) for step in advice["stappen"] for c in step["contacten"]]
    assert shown and all(keys == public for keys in shown)


def test_every_stored_value_a_contact_shows_is_a_csv_column(admin_client_logged_in):
    """Editors can correct in a spreadsheet every stored value the public sees."""
    point = ContactPoint.objects.filter(active=True).exclude(email="").first()
    assert point is not None
    row = export(admin_client_logged_in, point.key)[0]
    model_fields = {f.name for f in ContactPoint._meta.get_fields()}
    sources = shown_from()
    assert {"naam", "telefoon", "email", "bron_url"} <= set(sources)
    for shown, source in sources.items():
        assert source in model_fields, shown
        assert source in row, f"{shown} shows {source}, which the CSV export leaves out"
    # The export and the JSON name the same stored value.
    assert row[sources["email"]] == point.email
    assert row[sources["naam"]] == point.name
