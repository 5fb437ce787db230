"""French-speaking services for a place in Brussels (R-BXL-FR), through the API and the advice
page with the real catalogue: named beside their Flemish counterpart, as another system, with
their source; never elsewhere, never as a step, and nothing the sources do not give."""

from __future__ import annotations

import re
from io import StringIO

import pytest
from django.core.management import call_command

from catalog.models import ContactPoint
from routing.web.views import SESSION_KEY
from tests.routing.asking import answer_the_rest

pytestmark = pytest.mark.django_db

SUICIDE_YOUNG = {"gevaar": "nee", "rol": "jongere", "leeftijd": "15", "situatie": "zelfdoding"}
HEADING = "Franstalige hulp in Brussel (een ander systeem)"
FRENCH_FORMS = ("centre-prevention-suicide", "tele-accueil-bruxelles", "ecoute-enfants")


def api(client, answers: dict[str, str | list[str]], postcode: str) -> dict:
    response = client.get("/api/advies/", {**answers, "postcode": postcode})
    assert response.status_code == 200, response.content
    return response.json()


def page(client, answers: dict[str, str | list[str]], postcode: str) -> str:
    session = client.session
    session[SESSION_KEY] = answer_the_rest(
        {k: v if isinstance(v, list) else [v] for k, v in {**answers, "postcode": postcode}.items()}
    )
    session.save()
    response = client.get("/advies/")
    assert response.status_code == 200
    return response.content.decode()


def other(advice: dict, vorm: str) -> dict | None:
    return next((i for i in advice.get("andere_systemen", []) if i["vorm"] == vorm), None)


def test_suicide_in_brussels_names_the_french_line_with_its_source(client):
    point = ContactPoint.objects.get(support_forms__slug="centre-prevention-suicide")
    advice = api(client, SUICIDE_YOUNG, "1000")
    item = other(advice, "centre-prevention-suicide")
    assert item is not None, advice.get("andere_systemen")
    assert "R-BXL-FR" in item["regels"] and "Frans" in item["wat_doen"]
    [contact] = item["contacten"]
    assert contact["telefoon_weergave"] == "0800 32 123" == point.phone_display
    assert contact["bron_naam"] == point.source_name and contact["bron_naam"]
    assert contact["bron_url"] == point.source_url and contact["bron_url"].startswith("http")
    assert contact["bron_datum"] == point.source_date
    # Nobody called it: the catalogue says so, and it is never a step of the Flemish advice.
    assert contact["bevestiging"] == "niet-bevestigd" and contact["nagekeken_op"] is None
    assert "zelfmoordlijn-1813" in [s["vorm"] for s in advice["stappen"]]
    for step in advice["stappen"]:
        assert step["vorm"] not in FRENCH_FORMS
        assert "0800 32 123" not in str(step["contacten"])


def test_the_same_answers_in_gent_name_no_french_service(client):
    advice = api(client, SUICIDE_YOUNG, "9000")
    assert "andere_systemen" not in advice
    assert "0800 32 123" not in str(advice)
    html = page(client, SUICIDE_YOUNG, "9000")
    assert HEADING not in html and "0800 32 123" not in html


def test_the_advice_page_shows_them_apart_as_another_system(client):
    html = page(client, SUICIDE_YOUNG, "1000")
    section = html[html.index(HEADING) :]
    section = section[: section.index("</section>")]
    assert 'href="tel:+3280032123"' in section
    point = ContactPoint.objects.get(support_forms__slug="centre-prevention-suicide")
    assert point.source_name in section and "nog niet bevestigd" in section
    # Not a numbered step, and not the first thing on the page.
    assert "Stap " not in section
    assert html.index("zelfmoordlijn-1813") < html.index(HEADING)


def test_listening_lines_follow_their_flemish_counterpart(client):
    parent = {"gevaar": "nee", "rol": "ouder", "leeftijd": "16", "situatie": "psychisch"}
    advice = api(client, parent, "1000")
    assert "tele-onthaal" in [s["vorm"] for s in advice["stappen"]]
    assert other(advice, "tele-accueil-bruxelles")["contacten"][0]["telefoon"] == "107"
    # A 14-year-old gets Awel, not Tele-Onthaal: so Écoute-Enfants, not Télé-Accueil.
    young = {**parent, "rol": "jongere", "leeftijd": "14"}
    advice = api(client, young, "1000")
    assert other(advice, "tele-accueil-bruxelles") is None
    assert other(advice, "ecoute-enfants") is not None


def test_ecoute_enfants_is_never_shown_as_day_and_night(client):
    young = {"gevaar": "nee", "rol": "jongere", "leeftijd": "14", "situatie": "vraag"}
    [contact] = other(api(client, young, "1000"), "ecoute-enfants")["contacten"]
    assert contact["nu_open"] is None  # old hours: no live badge
    assert contact["uren_volgens"] and "kan veranderd zijn" in contact["bereikbaar"]
    assert "dag en nacht" not in contact["bereikbaar"].lower()
    assert "24 uur" not in contact["bereikbaar"]


@pytest.mark.parametrize("rol", ["ouder", "jongere", "school"])
def test_a_clb_step_in_brussels_says_the_schools_language_decides(client, rol):
    answers = {"gevaar": "nee", "rol": rol, "leeftijd": "9", "situatie": "school"}
    advice = api(client, answers, "1000")
    assert "clb" in [s["vorm"] for s in advice["stappen"]]
    item = other(advice, "centre-pms")
    assert item is not None and item["contacten"] == []
    assert "Franstalige school" in item["wat_doen"]
    way = item["zo_vind_je_het"]
    assert way["bron_url"] == "https://www.wbe.be/nos-ecoles/centres-pms/" and way["uitleg"]
    assert "school" in way["uitleg"]
    html = page(client, answers, "1000")
    assert HEADING in html and "centre PMS" in html[html.index(HEADING) :]


def test_without_a_clb_step_there_is_no_centre_pms(client):
    baby = {"gevaar": "nee", "rol": "ouder", "leeftijd": "1", "situatie": "opvoeding"}
    assert other(api(client, baby, "1000"), "centre-pms") is None


def test_municipality_lookup_lists_no_french_service_as_a_flemish_support_form(client):
    data = client.get("/api/gemeenten/21004/").json()
    assert not set(data["ondersteuningsvormen"]) & {*FRENCH_FORMS, "centre-pms"}


# What the sources did not give, or only from a third-party copy: the SAJ de Bruxelles numbers
# (not to publish until an official page confirms them) and a number no stored page shows.
# Digit groups with any separators, to find every spelling.
UNSOURCED = re.compile(r"413\D{0,3}39\D{0,3}18|413\D{0,3}41\D{0,3}91|0800\D{0,3}98\D{0,3}100")


def test_nothing_unsourced_anywhere(client):
    for point in ContactPoint.objects.all():
        assert not UNSOURCED.search(point.phone), point.key
    answers = [
        SUICIDE_YOUNG,
        {"gevaar": "nee", "rol": "ouder", "leeftijd": "12", "situatie": ["zorgen", "crisis"]},
        {"gevaar": "ja", "rol": "jongere", "leeftijd": "16", "situatie": "psychisch"},
        {"gevaar": "nee", "rol": "hulpverlener", "leeftijd": "9", "situatie": "school"},
    ]
    for a in answers:
        for text in (str(api(client, a, "1000")), page(client, a, "1000")):
            assert not UNSOURCED.search(text), a
            assert "SAJ" not in text and "Service de l'aide" not in text


def test_the_command_line_names_them_too():
    out = StringIO()
    args = ["--rol", "jongere", "--leeftijd", "15", "--situatie", "zelfdoding"]
    call_command("advies", *args, "--postcode", "1000", stdout=out)
    text = out.getvalue()
    tail = text[text.index("Franstalige hulp in Brussel (een ander systeem):") :]
    assert "0800 32 123" in tail and "nog niet bevestigd" in tail
    out = StringIO()
    call_command("advies", *args, "--postcode", "9000", stdout=out)
    assert "Franstalige hulp" not in out.getvalue()
