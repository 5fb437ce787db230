"""Where a region's contact is unknown, the public pages still name a sourced way to get help."""

from __future__ import annotations

import re

import pytest

from catalog.models import ContactPoint
from tests.routing.asking import finish_through_http

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
    finish_through_http(client)
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


def test_without_a_known_vk_nobody_is_sent_only_to_a_daytime_line(client):
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
    finish_through_http(client)
    vk = step_html(client.get("/advies/").content.decode(), "vk")
    assert "nog niet in onze gegevens" in vk
    # A professional calls the VK itself; no page is said to list the VKs unless it does.
    assert "rechtstreeks" in vk
    assert "vertrouwenscentrum-kindermishandeling.be" not in vk
    # 1712 answers on working days: its hours carry their date, and 101 is there for the night.
    assert 'href="tel:1712"' in vk and 'href="tel:101"' in vk
    assert "Elke werkdag van 9.00 tot 17.00 uur" in vk and "februari 2019" in vk
    assert "'s nachts" in vk or "&#x27;s nachts" in vk


def test_police_101_day_and_night_with_a_dated_source_that_says_so(client):
    page = client.get("/gemeente/71072/").content.decode()  # Hasselt
    card = page.split("<strong>Noodnummer politie 101</strong>")[1].split('<div class="contact">')[
        0
    ]
    assert "Bereikbaar: 24 uur op 24, 7 dagen op 7" in card and "nu open" in card
    assert 'href="http://www.pzglm.be/nl/tipvandemaand"' in card and "mei 2017" in card
    # The 112 → 101 transfer is said only with a source that states it (the same page).
    assert "doorgeschakeld naar 101" in card


def test_free_lines_name_a_source_that_says_free(client):
    crisis = crisis_advice(client, NO_MELDPUNT["limburg"])
    sheet = re.sub(r"\s+", " ", crisis)
    # "Gratis" for 106 and 1813 rests on articles that are not the contacts' main source: the
    # public note names them (the editors' own reference is never published).
    assert "Gratis (volgens VRT NWS, juli 2021) en anoniem" in sheet
    psychisch = client.get("/gemeente/71072/").content.decode()
    assert "Gratis (volgens De Morgen), dag en nacht" in re.sub(r"\s+", " ", psychisch)
    for point in ContactPoint.objects.filter(key__in=["tele-onthaal-106", "zelfmoordlijn-1813"]):
        assert "gratis" in point.source.lower()


def test_antwerp_advice_adds_the_unconfirmed_meldpunt_number_after_101(client):
    crisis = step_html(crisis_advice(client, NO_MELDPUNT["antwerpen"]), "crisismeldpunt")
    assert crisis.index('href="tel:101"') < crisis.index('href="tel:+3236095757"')
    assert 'href="tel:106"' in crisis and 'href="tel:102"' in crisis
    line = crisis.split("Crisismeldpunt voor minderjarigen (provincie Antwerpen)</strong>")[1]
    line = line.split('<div class="contact">')[0]
    assert "Werkgebied niet zeker." in line and "nog niet bevestigd" in line
    assert "Dag en nacht, behalve elke werkdag van 12.30 tot 13.00 uur." in line
    assert "nu open" not in line and "nu gesloten" not in line
    # Elsewhere the number is not given.
    other = step_html(crisis_advice(client, NO_MELDPUNT["limburg"]), "crisismeldpunt")
    assert "+3236095757" not in other


def test_municipality_pages_speak_to_professionals(client):
    # Their readers are CLB staff and care workers: a route tells them what they do
    # themselves, never to "go with a care worker".
    page = re.sub(r"\s+", " ", client.get("/gemeente/71072/").content.decode())
    assert "Vraag het nummer na bij je dienst of de JO-lijn" in page
    assert "Ga samen met een hulpverlener" not in page
