"""GET /api/gemeenten/<nis>/ (design §7.4): the municipality and its contacts as JSON."""

from __future__ import annotations

import json

import pytest

from catalog.coverage import ROUTING_SLUGS

pytestmark = pytest.mark.django_db

CONTACT_KEYS = {
    "naam",
    "telefoon",
    "telefoon_weergave",
    "email",
    "website",
    "bereikbaar",
    "nu_open",
    "bron",
    "nagekeken_op",
}


def get(client, nis: str):
    response = client.get(f"/api/gemeenten/{nis}/")
    return response, json.loads(response.content.decode("utf-8"))


def test_zottegem(client):
    response, data = get(client, "41081")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert data["gemeente"] == {
        "nis": "41081",
        "naam": "Zottegem",
        "naam_fr": "Zottegem",
        "postcodes": ["9620"],
    }
    assert data["regio"] == "oost-vlaanderen"
    assert data["arrondissement"] == {"code": "41", "naam": "Aalst"}
    assert data["in_werkingsgebied"] is True
    forms = data["ondersteuningsvormen"]
    assert list(forms) == list(ROUTING_SLUGS)
    ocj = forms["ocj"]
    assert ocj["contact_gekend"] is True
    assert [c["naam"] for c in ocj["contacten"]] == ["OCJ Aalst"]
    contact = ocj["contacten"][0]
    assert set(contact) == CONTACT_KEYS
    assert contact["telefoon"] == "+3222497790"
    assert contact["telefoon_weergave"] == "02 249 77 90"
    assert contact["email"] == "ocj.aalst@opgroeien.be"
    assert len(contact["nagekeken_op"]) == 10 and contact["nagekeken_op"][4] == "-"
    assert forms["crisismeldpunt"]["contacten"][0]["nu_open"] is True


def test_unknown_contacts_are_marked_not_invented(client):
    _, data = get(client, "11002")  # Antwerpen
    forms = data["ondersteuningsvormen"]
    assert forms["ocj"] == {"contact_gekend": False, "contacten": []}
    assert forms["crisismeldpunt"]["contact_gekend"] is False
    assert forms["hulplijn-1712"]["contact_gekend"] is True
    for item in forms.values():
        assert item["contact_gekend"] is bool(item["contacten"])


def test_json_keeps_accents_readable(client):
    response, data = get(client, "21004")  # Brussel / Bruxelles
    assert data["gemeente"]["naam_fr"] == "Bruxelles"
    assert data["regio"] == "brussel"
    assert sorted(data["gemeente"]["postcodes"])[:2] == ["1000", "1020"]
    response, _ = get(client, "23101")
    assert "Rhode-Saint-Genèse" in response.content.decode("utf-8")  # not \\u00e8


def test_eeklo_ocj_gent(client):
    _, data = get(client, "43005")
    assert [c["email"] for c in data["ondersteuningsvormen"]["ocj"]["contacten"]] == [
        "ocj.genteeklo@opgroeien.be"
    ]


def test_walloon_municipality_is_outside(client):
    response, data = get(client, "62063")
    assert response.status_code == 200
    assert data["in_werkingsgebied"] is False
    assert data["regio"] is None
    forms = data["ondersteuningsvormen"]
    assert forms["noodnummer-112"]["contact_gekend"] is True
    assert forms["ocj"]["contact_gekend"] is False
    assert forms["hulplijn-1712"]["contact_gekend"] is False


def test_unknown_nis_is_404_json(client):
    response, data = get(client, "99999")
    assert response.status_code == 404
    assert "nis" in data["fouten"]


@pytest.mark.parametrize("nis", ["1234", "123456", "abcde", "4100%20", "%00", "41-02"])
def test_malformed_nis_is_400_json(client, nis):
    response, data = get(client, nis)
    assert response.status_code == 400
    assert data["fouten"]["nis"] == ["Een NIS-code heeft precies 5 cijfers."]


def test_only_get(client):
    assert client.post("/api/gemeenten/41081/").status_code == 405
