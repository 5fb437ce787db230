"""Where a region's contact is unknown, the public pages still name a sourced way to get help."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db

# A postcode in each region whose crisis meldpunt is not known yet.
NO_MELDPUNT = {
    "antwerpen": "2000",
    "limburg": "3500",
    "vlaams-brabant": "3000",
    "west-vlaanderen": "8000",
}


def crisis_advice(client, postcode: str) -> str:
    steps = [
        {"gevaar": "nee"},
        {"rol": "ouder"},
        {"leeftijd": "14"},
        {"postcode": postcode},
        {"situatie": ["crisis"]},
    ]
    for position, data in enumerate(steps, start=1):
        assert client.post(f"/vragen/{position}/", data).status_code == 303
    return client.get("/advies/").content.decode()


def step_html(page: str, vorm: str) -> str:
    match = re.search(
        rf'<li class="card step-card[^"]*" data-vorm="{vorm}">(.*?)</li>'
        r"\s*(?=<li class=\"card|</ol>)",
        page,
        re.S,
    )
    assert match, f"no {vorm} step"
    return match.group(1).split('<details class="why">')[0]  # the step's contacts, not its rules


@pytest.mark.parametrize("postcode", NO_MELDPUNT.values(), ids=NO_MELDPUNT.keys())
def test_crisis_step_gives_numbers_to_dial_today(client, postcode):
    crisis = step_html(crisis_advice(client, postcode), "crisismeldpunt")
    for number in ("101", "106", "102"):
        assert f'href="tel:{number}"' in crisis
    assert "politie" in crisis and "dag en nacht" in crisis
    # Each number with its source by name, never an internal reference.
    assert "Bron: " in crisis and "S001" not in crisis and "S000" not in crisis
    assert "jeugdhulp.be</a>" not in crisis  # not a home page instead of help


def test_known_meldpunt_is_shown_as_such(client):
    crisis = step_html(crisis_advice(client, "9000"), "crisismeldpunt")
    assert 'href="tel:+3292650490"' in crisis
    assert "nog niet in onze gegevens" not in crisis


def test_municipality_sheet_shows_the_fallbacks(client):
    page = client.get("/gemeente/71072/").content.decode()  # Hasselt
    assert 'href="tel:1712"' in page  # VK unknown: citizens call 1712
    assert "erkende verwijzer" in page  # toegangspoort unknown


@pytest.mark.parametrize("postcode", NO_MELDPUNT.values(), ids=NO_MELDPUNT.keys())
def test_advice_api_gives_the_same_numbers_to_dial_today(client, postcode):
    query = f"gevaar=nee&rol=ouder&leeftijd=14&postcode={postcode}&situatie=crisis"
    data = client.get(f"/api/advies/?{query}").json()
    crisis = next(s for s in data["stappen"] if s["vorm"] == "crisismeldpunt")
    assert crisis["contact_gekend"] is False
    phones = {c["telefoon"] for c in crisis["zolang_niet_gekend"]["contacten"]}
    assert {"101", "106", "102"} <= phones
    assert all(c["bron_naam"] for c in crisis["zolang_niet_gekend"]["contacten"])


def test_advice_api_has_no_fallback_where_the_contact_is_known(client):
    data = client.get("/api/advies/?gevaar=nee&rol=ouder&leeftijd=14&postcode=9000&situatie=crisis")
    crisis = next(s for s in data.json()["stappen"] if s["vorm"] == "crisismeldpunt")
    assert crisis["contact_gekend"] is True
    assert "zolang_niet_gekend" not in crisis


def test_a_professional_without_a_known_vk_is_told_where_to_find_it(client):
    # Professionals go to the VK itself, not to 1712 (the line for citizens).
    for position, data in enumerate(
        [
            {"gevaar": "nee"},
            {"rol": "hulpverlener"},
            {"leeftijd": "8"},
            {"postcode": "3500"},
            {"situatie": ["zorgen"]},
        ],
        start=1,
    ):
        assert client.post(f"/vragen/{position}/", data).status_code == 303
    vk = step_html(client.get("/advies/").content.decode(), "vk")
    assert "nog niet in onze gegevens" in vk
    assert '<a href="https://www.vertrouwenscentrum-kindermishandeling.be">' in vk
