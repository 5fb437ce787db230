"""Municipality pages and region sheets say only what is true of their contacts: where an area
is inferred, what the source is and its date, that nobody confirmed it yet, and a live "nu open"
only for hours that a dated source states."""

from __future__ import annotations

import re
from datetime import date

import pytest

from catalog.models import Arrondissement, ContactPoint, SupportForm

pytestmark = pytest.mark.django_db

BKZ, ANTWERPEN, HASSELT, GENT, BRUSSEL = "46030", "11002", "71072", "44021", "21004"


def glance(client, nis: str) -> dict[str, str]:
    """The at-a-glance table of a municipality page: row label → the row's HTML."""
    page = client.get(f"/gemeente/{nis}/").content.decode()
    table = page.split('<table class="glance-table">')[1].split("</table>")[0]
    rows = re.findall(r'<tr>\s*<th scope="row">([^<]+)(.*?)</tr>', table, re.S)
    return {label.strip(): html for label, html in rows}


def card(page: str, name: str) -> str:
    """The contact card (includes/contact.html) of the contact called `name`."""
    return page.split(f"<strong>{name}</strong>")[1].split('<div class="contact">')[0]


def test_glance_table_marks_every_inferred_area(client):
    rows = glance(client, BKZ)
    # In Beveren-Kruibeke-Zwijndrecht every regional or arrondissement contact is inferred.
    for label in ("Crisismeldpunt", "OCJ", "VK", "Toegangspoort"):
        assert "Werkgebied niet zeker" in rows[label], label
    # Ghent's own office: its area is inferred from the office's name too; its VK is not.
    rows = glance(client, GENT)
    assert "Werkgebied niet zeker" in rows["OCJ"]
    assert "Werkgebied niet zeker" not in rows["VK"]


def test_glance_table_shows_the_antwerp_number_beside_the_safe_way(client):
    crisis = glance(client, ANTWERPEN)["Crisismeldpunt"]
    assert crisis.index('href="tel:101"') < crisis.index('href="tel:+3236095757"')
    assert 'href="tel:106"' in crisis and 'href="tel:102"' in crisis
    assert "nog niet bevestigd, werkgebied niet zeker" in crisis


def test_municipality_page_claims_no_checks(client):
    page = client.get(f"/gemeente/{GENT}/").content.decode()
    assert "nagekeken hebben" not in page
    assert "Bij elk contact staan de bron en de datum van die bron" in page
    ocj = card(page, "OCJ Gent")
    assert "Folder Jeugdhulp in Vlaanderen – Regio Oost-Vlaanderen</a>" not in ocj  # no URL
    assert "zonder datum (april 2019 of later)" in ocj and "nog niet bevestigd" in ocj


def test_live_badge_only_for_hours_a_dated_source_states(client):
    page = client.get(f"/gemeente/{GENT}/").content.decode()
    meldpunt = card(page, "Crisisnetwerk Oost-Vlaanderen (crisismeldpunt)")
    assert "nu open" not in meldpunt and "volgens een bron van onbekende datum" in meldpunt
    assert "nu open" not in card(page, "Noodnummer 112")
    # Crisis-BXL: "7/7 en 24/24" in a press release of 29 March 2018.
    page = client.get(f"/gemeente/{BRUSSEL}/").content.decode()
    assert "nu open" in card(page, "Crisis-BXL (crisismeldpunt Brussel)")


def test_region_sheet_marks_inferred_areas_and_dates_its_sources(client):
    sheet = client.get("/regio/oost-vlaanderen/").content.decode()
    assert "nakeken" not in sheet and "nagekeken hebben" not in sheet
    aalst = sheet.split("<strong>OCJ Aalst</strong>")[1].split('<div class="sheet-contact">')[0]
    assert "Werkgebied niet zeker." in aalst and "arrondissement Aalst" in aalst
    # A region-wide contact reaches Beveren-Kruibeke-Zwijndrecht only by inference.
    vk = sheet.split("<strong>VK Oost-Vlaanderen")[1].split('<div class="sheet-contact">')[0]
    assert "Werkgebied niet zeker." in vk and "Voor Beveren-Kruibeke-Zwijndrecht:" in vk
    sources = sheet.split('id="bronnen"')[1]
    assert "Folder Jeugdhulp in Vlaanderen – Regio Oost-Vlaanderen, zonder datum" in sources
    assert "Persbericht van minister Bianca Debaets" not in sources  # Brussels, not here


def test_region_sheet_on_paper_states_a_merger_note_once_and_a_repeated_contact_briefly(client):
    sheet = client.get("/regio/oost-vlaanderen/").content.decode()
    vk = sheet.split("<strong>VK Oost-Vlaanderen")[1].split('<div class="sheet-contact">')[0]
    assert '<span class="print-inline">(noot 1)</span>' in vk
    foot = sheet.split('id="bronnen"')[1]
    assert foot.count("werkgebied niet zeker: Voor Beveren-Kruibeke-Zwijndrecht:") == 1
    # The toegangspoort comes back under cliëntoverleg and bemiddeling: its hours once on paper.
    act = sheet.split("<strong>ACT Oost-Vlaanderen")[1:]
    assert len(act) == 3
    hours = "Elke werkdag van 9.00 tot 12.00 uur"
    assert hours in act[0] and "zie hoger" not in act[0].split("</div>")[0]
    for again in act[1:]:
        contact = again.split("</div>")[0]
        assert "zie hoger" in contact and "Nog niet bevestigd" in contact
        assert f'<span class="no-print">{hours}' in contact


def test_region_sheet_gives_the_antwerp_number_with_its_source_beside_101(client):
    sheet = client.get("/regio/antwerpen/").content.decode()
    crisis = sheet.split("Nog niet gekend in deze regio.")[1].split("</p>")[0]
    assert crisis.index('href="tel:101"') < crisis.index('href="tel:+3236095757"')
    assert 'href="https://www.jeugdzorgemmausmechelen.be/hulp-nodig/crisis"' in crisis
    assert "nog niet bevestigd, werkgebied niet zeker" in crisis
    assert "Dag en nacht, behalve elke werkdag van 12.30 tot 13.00 uur." in crisis
    assert 'href="tel:106"' in crisis and 'href="tel:102"' in crisis


def test_hasselt_reaches_an_arrondissement_contact_only_by_inference(client):
    # Hasselt took in Kortessem (arrondissement Tongeren) in 2025: a contact for the
    # arrondissement Hasselt, as an editor would add one, is not sure for all of it.
    point = ContactPoint.objects.create(
        key="test-ocj-hasselt",
        name="Testkantoor Hasselt",
        phone="+3211000000",
        coverage="arrondissements",
        confidence="official",
        source="https://example.org/bron",
        source_name="Testbron",
        taken_on=date(2026, 12, 5),
    )
    point.support_forms.set([SupportForm.objects.get(slug="ocj")])
    point.arrondissements.set([Arrondissement.objects.get(code="71")])
    data = client.get(f"/api/gemeenten/{HASSELT}/").json()
    contact = data["ondersteuningsvormen"]["ocj"]["contacten"][0]
    assert contact["werkgebied_afgeleid"] is True and "Kortessem" in contact["werkgebied_uitleg"]
    assert "Werkgebied niet zeker" in glance(client, HASSELT)["OCJ"]
    # A municipality of the same arrondissement without a merger is covered as named.
    data = client.get("/api/gemeenten/71011/").json()  # Diepenbeek
    assert data["ondersteuningsvormen"]["ocj"]["contacten"][0]["werkgebied_afgeleid"] is False
