"""Fields meant for editors only never reach a page, an API or the open-data export."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from django.apps import apps
from django.test import Client

from catalog.models import (
    EDITOR_ONLY_FIELDS,
    Arrondissement,
    ContactPoint,
    Feedback,
    Municipality,
    Region,
    SupportForm,
    bump_catalogue_version,
)
from tests.test_html_valid import GET_PAGES, PATHS, answer_all

pytestmark = pytest.mark.django_db

MARKER = "prive-merkteken-8c1f"
#: What an editor might type: a seed line, a private note and an address only they should see.
TYPED = f"S003:12 {MARKER} bel Jan op 0470 00 00 00; https://{MARKER}.example/notitie"


@pytest.fixture
def marked() -> None:
    """Every editor-only field of every record holds the marker."""
    point = ContactPoint.objects.get(key="ocj-aalst")
    Feedback.objects.create(contact_point=point, kind=Feedback.Kind.PHONE, correction="09 1")
    for model_name, fields in EDITOR_ONLY_FIELDS.items():
        model = apps.get_model("catalog", model_name)
        assert model.objects.update(**dict.fromkeys(fields, TYPED))
    bump_catalogue_version()  # update() sends no signal; the app must see the new values


def public_outputs() -> dict[str, str]:
    """Every public output, by URL: pages, both JSON APIs, the HSDS export, the region sheets
    and the OpenAPI document."""
    outputs: dict[str, str] = {}
    client = Client()

    def keep(url: str, response) -> None:
        assert response.status_code in (200, 400, 404), (url, response.status_code)
        outputs[url] = response.content.decode()

    for name, steps in PATHS.items():
        journey = Client()
        pages: dict[str, str] = {}
        answer_all(journey, steps, pages, name)
        outputs.update({f"{name}: {key}": text for key, text in pages.items()})
        for url in ("/", "/vragen/samenvatting/", "/advies/"):
            keep(f"{name}: {url}", journey.get(url))
        answers: dict = {}
        for step in steps:
            answers.update(step)
        url = f"/api/advies/?{urlencode(answers, doseq=True)}"
        keep(url, client.get(url))
    for url in GET_PAGES.values():
        keep(url, client.get(url))
    for region in Region.objects.all():
        keep(f"/regio/{region.slug}/", client.get(f"/regio/{region.slug}/"))
    for slug in SupportForm.objects.values_list("slug", flat=True):
        keep(f"/hulpvormen/{slug}/", client.get(f"/hulpvormen/{slug}/"))
    # One municipality per arrondissement: between them they meet every regional contact.
    for code in Arrondissement.objects.values_list("code", flat=True):
        nis = Municipality.objects.filter(nis__startswith=code).values_list("nis", flat=True)[0]
        for url in (f"/gemeente/{nis}/", f"/api/gemeenten/{nis}/"):
            keep(url, client.get(url))
    for key in ContactPoint.objects.values_list("key", flat=True)[:5]:
        url = f"/klopt-er-iets-niet/?contact={key}"
        keep(url, client.get(url))
    for url in ("/api/open-data/hsds.json", "/api/openapi.json"):
        keep(url, client.get(url))
    return outputs


def test_no_editor_only_field_reaches_any_public_output(marked):
    outputs = public_outputs()
    leaks = [url for url, text in outputs.items() if MARKER in text.lower()]
    assert leaks == []
    # The walk met the contacts (by their public source names): the check above means something.
    shown_source = ContactPoint.objects.get(key="ocj-aalst").source_name
    assert shown_source in outputs["/api/open-data/hsds.json"]
    assert any(shown_source in text for url, text in outputs.items() if "/regio/" in url)


def test_the_api_keeps_bron_and_fills_it_with_the_public_source_name(marked, client):
    data = client.get("/api/gemeenten/41081/").json()  # Zottegem: OCJ Aalst
    contact = data["ondersteuningsvormen"]["ocj"]["contacten"][0]
    point = ContactPoint.objects.get(key="ocj-aalst")
    assert contact["naam"] == point.name
    assert contact["bron"] == contact["bron_naam"] == point.source_name
