"""The advice page is rendered once per equal advice: visitors with equal advice get the same
page, and anything that changes the advice (answers, the catalogue, "open now") changes it."""

from __future__ import annotations

import re
from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.test import Client

from catalog.models import CatalogueVersion, ContactPoint, OpeningSlot
from routing.web import views
from routing.web.directory import DatabaseDirectory
from tests.routing.test_views_advice import PARENT_CONFLICT, PROFESSIONAL_WORRIES, advice_page

pytestmark = pytest.mark.django_db

BRUSSELS = ZoneInfo("Europe/Brussels")
MONDAY_NOON = datetime(2026, 11, 23, 12, 0, tzinfo=BRUSSELS)
MONDAY_NIGHT = datetime(2026, 11, 23, 23, 0, tzinfo=BRUSSELS)


def main(page: str) -> str:
    """The advice without the visitor's own form token."""
    body = page[page.index("<main") : page.index("</main>")]
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", body)


def test_two_visitors_with_the_same_answers_see_the_same_advice():
    first, second = Client(), Client()
    assert main(advice_page(first, PARENT_CONFLICT)) == main(advice_page(second, PARENT_CONFLICT))


def test_different_answers_never_share_an_advice(client):
    parent = main(advice_page(client, PARENT_CONFLICT))
    professional = main(advice_page(Client(), PROFESSIONAL_WORRIES))
    assert parent != professional
    assert "Wat kan je nu doen?" in parent and "Advies: de volgende stappen" in professional
    assert main(advice_page(client, PARENT_CONFLICT)) == parent


def test_an_edited_phone_number_shows_on_the_next_advice(client):
    page = advice_page(client, PARENT_CONFLICT)
    shown = re.search(r'href="tel:([+0-9]+)"', page[page.index('class="steps"') :]).group(1)
    point = ContactPoint.objects.filter(phone=shown).first()
    assert point is not None
    point.phone = "+3292000000"
    point.save()  # as the admin does: a new catalogue version
    again = advice_page(client, PARENT_CONFLICT)
    assert 'href="tel:+3292000000"' in again


def test_open_now_is_never_taken_from_another_hour(client, monkeypatch):
    page = advice_page(client, PARENT_CONFLICT)
    first_card = page[page.index('class="steps"') :]
    name = re.search(r'<p class="contact-name"><strong>([^<]+)</strong>', first_card).group(1)
    point = ContactPoint.objects.get(name=name.replace("&#x27;", "'"))
    # Known, sure hours: open on Mondays from 9 to 17.
    point.opening_slots.all().delete()
    OpeningSlot.objects.create(contact_point=point, weekday=0, opens=time(9), closes=time(17))
    ContactPoint.objects.filter(pk=point.pk).update(hours_as_of="", always_open=False)
    CatalogueVersion.objects.update(token="hours-known")

    def at(moment: datetime) -> str:
        monkeypatch.setattr(
            views, "DatabaseDirectory", lambda **kw: DatabaseDirectory(lambda: moment, **kw)
        )
        return advice_page(client, PARENT_CONFLICT)

    noon, night = at(MONDAY_NOON), at(MONDAY_NIGHT)
    assert "nu open" in noon and "nu gesloten" not in noon.split(name)[1][:2000]
    assert "nu gesloten" in night.split(name)[1][:2000]
    assert "nu open" in at(MONDAY_NOON).split(name)[1][:2000]


def test_the_htmx_fragment_and_the_full_page_are_kept_apart(client):
    full = advice_page(client, PARENT_CONFLICT)
    fragment = client.get("/advies/", HTTP_HX_REQUEST="true").content.decode()
    again = client.get("/advies/").content.decode()
    assert "<html" in full and "<html" not in fragment and again == full
    assert "<title>Je advies" in fragment


def test_the_page_has_no_form_token_to_share():
    page = advice_page(Client(), PARENT_CONFLICT)
    assert "csrfmiddlewaretoken" not in page
    assert advice_page(Client(), PARENT_CONFLICT) == page
