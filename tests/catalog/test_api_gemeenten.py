"""GET /api/gemeenten/<nis>/: the municipality and its contacts as JSON."""

from __future__ import annotations

import json

import pytest

from catalog.coverage import routing_slugs

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
    "bron_naam",
    "bron_url",
    "bron_datum",
    "overgenomen_op",
    "bevestiging",
    "werkgebied_afgeleid",
    "werkgebied_uitleg",
    "uren_volgens",
    "uitleg",
    "bereikbaar_taal",  # added with French and English: the language `bereikbaar` is in
    "uitleg_taal",  # added with French and English: the language `uitleg` is in
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
    assert list(forms) == list(routing_slugs())
    # Published keys stay, also for forms no rule yields today.
    assert {"begeleidingsdienst-bjb", "jeugdwelzijnswerk", "casusregie-veilig-huis"} <= set(forms)
    ocj = forms["ocj"]
    assert ocj["contact_gekend"] is True
    assert [c["naam"] for c in ocj["contacten"]] == ["OCJ Aalst"]
    contact = ocj["contacten"][0]
    assert set(contact) == CONTACT_KEYS
    assert contact["telefoon"] == "+3222497790"
    assert contact["telefoon_weergave"] == "02 249 77 90"
    assert contact["email"] == "ocj.aalst@opgroeien.be"
    # Nobody confirmed it yet: no date pretends otherwise; the source says what it is.
    assert contact["nagekeken_op"] is None and contact["bevestiging"] == "niet-bevestigd"
    assert contact["overgenomen_op"] == "2026-11-22"
    assert contact["bron_naam"] == "Folder Jeugdhulp in Vlaanderen – Regio Oost-Vlaanderen"
    assert contact["bron_datum"].startswith("zonder datum")
    assert (
        contact["werkgebied_afgeleid"] is True
        and "arrondissement Aalst" in (contact["werkgebied_uitleg"])
    )
    # "Dag en nacht" for this meldpunt rests on an undated page about all meldpunten: no live
    # badge, the hours say where they come from.
    crisis = forms["crisismeldpunt"]["contacten"][0]
    assert (
        crisis["nu_open"] is None and "volgens een bron van onbekende datum" in crisis["bereikbaar"]
    )
    consult = forms["ocj-consult"]["contacten"]
    assert [c["telefoon_weergave"] for c in consult] == ["02 243 51 07"]
    act = forms["toegangspoort"]["contacten"][0]
    # Hours from an older page: shown with their date, never as a live open/closed badge.
    assert act["nu_open"] is None and "volgens een bron van" in act["bereikbaar"]


def test_unknown_contacts_are_marked_not_invented(client):
    _, data = get(client, "11002")  # Antwerpen
    forms = data["ondersteuningsvormen"]
    assert forms["ocj"]["contact_gekend"] is False and forms["ocj"]["contacten"] == []
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


# One municipality in each region whose crisis meldpunt is not known yet.
NO_MELDPUNT = {
    "antwerpen": "11002",  # Antwerpen
    "limburg": "71072",  # Hasselt
    "vlaams-brabant": "24062",  # Leuven
    "west-vlaanderen": "31005",  # Brugge
}


@pytest.mark.parametrize("nis", NO_MELDPUNT.values(), ids=NO_MELDPUNT.keys())
def test_crisis_without_meldpunt_still_gives_numbers_to_dial_today(client, nis):
    _, data = get(client, nis)
    crisis = data["ondersteuningsvormen"]["crisismeldpunt"]
    assert crisis["contact_gekend"] is False and crisis["contacten"] == []
    fallback = crisis["zolang_niet_gekend"]
    assert "politie" in fallback["uitleg"] and "101" in fallback["uitleg"]
    numbers = {c["telefoon"]: c for c in fallback["contacten"]}
    safe = [n for n in numbers if n in ("101", "106", "102")]
    assert safe == ["101", "106", "102"]  # police first: it can reach the meldpunt
    assert next(iter(numbers)) == "101"
    assert numbers["101"]["bereikbaar"] == "24 uur op 24, 7 dagen op 7"
    assert numbers["106"]["bereikbaar"] == "24 uur op 24, 7 dagen op 7"
    assert "Niet dag en nacht" in numbers["102"]["uitleg"]  # Awel's limited hours, said so
    for contact in numbers.values():
        assert contact["bron_naam"] and contact["overgenomen_op"]


def test_antwerp_meldpunt_number_stands_beside_the_safe_way_never_instead(client):
    _, data = get(client, NO_MELDPUNT["antwerpen"])
    crisis = data["ondersteuningsvormen"]["crisismeldpunt"]
    # Not a confirmed regional contact: the safe way stays, the number is added beside it.
    assert crisis["contact_gekend"] is False
    fallback = crisis["zolang_niet_gekend"]
    assert "nog niet bevestigd" in fallback["uitleg"]
    numbers = [c["telefoon"] for c in fallback["contacten"]]
    assert numbers == ["101", "+3236095757", "106", "102"]
    line = fallback["contacten"][1]
    assert line["bevestiging"] == "niet-bevestigd" and line["nagekeken_op"] is None
    assert line["werkgebied_afgeleid"] is True and "Mechelen" in line["werkgebied_uitleg"]
    assert line["bron_url"] == "https://www.jeugdzorgemmausmechelen.be/hulp-nodig/crisis"
    assert line["bron_datum"] == "zonder datum"
    # The working-day break of its own source, without a live "nu open".
    assert line["bereikbaar"].startswith(
        "Dag en nacht, behalve elke werkdag van 12.30 tot 13.00 uur."
    )
    assert line["nu_open"] is None
    # Only in the province it was found for.
    for region, nis in NO_MELDPUNT.items():
        if region != "antwerpen":
            _, other = get(client, nis)
            contacts = other["ondersteuningsvormen"]["crisismeldpunt"]["zolang_niet_gekend"]
            assert "+3236095757" not in [c["telefoon"] for c in contacts["contacten"]]


@pytest.mark.parametrize(
    ("slug", "number_or_site"),
    [
        ("vk", "1712"),
        ("ocj", "https://clb.be"),
        ("toegangspoort", "https://clb.be"),
        ("1g1p", "https://www.1g1p.be"),
    ],
)
def test_other_empty_cells_name_a_sourced_way(client, slug, number_or_site):
    _, data = get(client, "71072")  # Hasselt: none of these known in Limburg
    form = data["ondersteuningsvormen"][slug]
    assert form["contact_gekend"] is False
    reachable = {c["telefoon"] for c in form["zolang_niet_gekend"]["contacten"]} | {
        c["website"] for c in form["zolang_niet_gekend"]["contacten"]
    }
    assert number_or_site in reachable


def test_a_known_contact_gets_no_fallback(client):
    _, data = get(client, "44021")  # Gent: crisis network known
    assert "zolang_niet_gekend" not in data["ondersteuningsvormen"]["crisismeldpunt"]


def test_1g1p_uses_the_sourced_municipality_lists_and_the_2018_list(client):
    _, kapellen = get(client, "11023")
    _, mechelen = get(client, "12025")
    assert [c["naam"] for c in kapellen["ondersteuningsvormen"]["1g1p"]["contacten"]] == [
        "1 Gezin 1 Plan Noorderkempen"
    ]
    shown = mechelen["ondersteuningsvormen"]["1g1p"]["contacten"]
    assert [c["bron_datum"] for c in shown] == ["2018"]
    assert "Trawant" in shown[0]["uitleg"]


def test_merger_municipalities_are_marked_inferred(client):
    _, bkz = get(client, "46030")  # Beveren-Kruibeke-Zwijndrecht, in Oost-Vlaanderen since 2025
    vk = bkz["ondersteuningsvormen"]["vk"]["contacten"][0]
    assert vk["werkgebied_afgeleid"] is True and "2025" in vk["werkgebied_uitleg"]
    _, lokeren = get(client, "46029")  # with Moerbeke, formerly arrondissement Gent
    assert lokeren["ondersteuningsvormen"]["ocj"]["contacten"][0]["werkgebied_afgeleid"] is True
    # The province did not change for Lokeren: its VK is not marked.
    assert lokeren["ondersteuningsvormen"]["vk"]["contacten"][0]["werkgebied_afgeleid"] is False
