"""Step cards are rendered once and shared between advice pages that show an equal card: a
shared card never changes a page. Each page, rendered after many others, is byte for byte the
page rendered with nothing kept; and a card never crosses languages, kinds of reader,
catalogue versions or hours."""

from __future__ import annotations

import re
import uuid
from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.template.loader import render_to_string
from django.test import Client
from django.utils import translation

from catalog.models import CatalogueVersion, ContactPoint, Municipality, OpeningSlot, SupportForm
from routing.answers import parse_answers
from routing.engine import advise
from routing.web import advice_page, views
from routing.web.directory import DatabaseDirectory
from routing.web.languages import translator
from tests.routing.test_views_advice import (
    CRISIS_AND_PSYCHISCH,
    PARENT_CONFLICT,
    PROFESSIONAL_WORRIES,
    answer_the_rest,
    steps,
)

pytestmark = pytest.mark.django_db

BRUSSELS = ZoneInfo("Europe/Brussels")
MONDAY_NOON = datetime(2026, 11, 23, 12, 0, tzinfo=BRUSSELS)
MONDAY_NIGHT = datetime(2026, 11, 23, 23, 0, tzinfo=BRUSSELS)

SUICIDE_YOUNG = {
    "gevaar": ["nee"],
    "rol": ["jongere"],
    "leeftijd": ["15"],
    "situatie": ["zelfdoding"],
}
# Answer sets whose pages share cards in different places: another age (another "why"), the
# same situation for another reader, danger first (other step numbers), another municipality.
SHARING = [
    PARENT_CONFLICT,
    {**PARENT_CONFLICT, "leeftijd": ["13"]},
    {**PARENT_CONFLICT, "rol": ["jongere"], "leeftijd": ["15"]},
    {**PARENT_CONFLICT, "rol": ["hulpverlener"]},
    {**PARENT_CONFLICT, "situatie": ["conflict", "opvoeding"]},
    {**PARENT_CONFLICT, "postcode": ["9300"]},
    {**PARENT_CONFLICT, "gevaar": ["ja"]},
    CRISIS_AND_PSYCHISCH,
    {**CRISIS_AND_PSYCHISCH, "gevaar": ["nee"]},
    PROFESSIONAL_WORRIES,
    {**PROFESSIONAL_WORRIES, "rol": ["ouder"]},
    # Brussels: the French-speaking services beside the steps, kept as cards too.
    {**SUICIDE_YOUNG, "postcode": ["1000"]},
    {**SUICIDE_YOUNG, "leeftijd": ["16"], "postcode": ["1000"]},
    {**SUICIDE_YOUNG, "situatie": ["zelfdoding", "psychisch"], "postcode": ["1000"]},
]
LANGUAGES = ["", "/fr", "/en"]


def page(client: Client, answers: dict[str, list[str]], prefix: str = "") -> str:
    session = client.session
    session[views.SESSION_KEY] = answer_the_rest({k: list(v) for k, v in answers.items()})
    session.save()
    response = client.get(f"{prefix}/advies/")
    assert response.status_code == 200, answers
    return response.content.decode()


def nothing_kept() -> None:
    """A new catalogue version, as every catalogue write makes: every kept card and page
    belongs to the old one."""
    CatalogueVersion.objects.update(token=uuid.uuid4().hex)


def test_a_page_after_many_others_is_the_page_rendered_alone(client):
    shown = {}
    for prefix in LANGUAGES:
        for n, answers in enumerate(SHARING):
            shown[prefix, n] = page(client, answers, prefix)
    for (prefix, n), html in shown.items():
        nothing_kept()
        assert page(client, SHARING[n], prefix) == html, (prefix, SHARING[n])


def test_the_brussels_answer_sets_have_french_speaking_services(client):
    # So the comparison above covers the kept cards of another system too.
    pages = [page(client, answers) for answers in SHARING[-3:]]
    sections = [html[html.index('class="other-systems"') :] for html in pages]
    assert all('data-vorm="centre-prevention-suicide"' in section for section in sections)


def test_a_kept_page_never_shows_another_visitor_address(client):
    # The language links repeat the address, query string included: a page kept for one
    # address is not the page for another.
    page(client, PARENT_CONFLICT)
    with_query = client.get("/advies/?van=elders").content.decode()
    assert 'href="/fr/advies/?van=elders"' in with_query
    assert "van=elders" not in page(Client(), PARENT_CONFLICT)


def test_a_shared_card_gets_the_page_own_number_and_why(client):
    upbringing = {**PARENT_CONFLICT, "situatie": ["conflict", "opvoeding"]}
    twelve = steps(page(client, upbringing))["clb"]
    thirteen = steps(page(client, {**upbringing, "leeftijd": ["13"]}))["clb"]
    assert "12 jaar" in twelve and "13 jaar" in thirteen and "12 jaar" not in thirteen
    # The same card, second on one page and further down on the other.
    numbers = []
    for answers in (PARENT_CONFLICT, upbringing):
        html = page(client, answers)
        ids = re.findall(r'id="stap-(\d+)"', html)
        assert ids == [str(n) for n in range(1, len(ids) + 1)]
        card = steps(html)["vertrouwenspersoon"]
        numbers.append(re.search(r'id="stap-(\d+)"', card).group(1))
    assert numbers[0] == "2" and numbers[1] != "2"


def test_the_french_page_never_gets_a_dutch_card(client):
    dutch = steps(page(client, PARENT_CONFLICT))
    french = steps(page(client, PARENT_CONFLICT, "/fr"))
    assert french.keys() == dutch.keys()
    for vorm, card in french.items():
        assert "Étape" in card and "Stap " not in card, vorm
        assert card != dutch[vorm]


def test_a_family_card_is_not_served_to_a_professional(client):
    family = steps(page(client, PARENT_CONFLICT))["bemiddeling"]
    professional = steps(page(client, {**PARENT_CONFLICT, "rol": ["hulpverlener"]}))
    assert "Online aanvragen kan" in family
    assert "Online aanvragen kan" not in professional["bemiddeling"]


def test_an_edited_contact_shows_on_every_page_that_shares_its_card(client):
    first = steps(page(client, PARENT_CONFLICT))["bemiddeling"]
    shown = re.search(r'href="tel:([+0-9]+)"', first).group(1)
    point = ContactPoint.objects.filter(phone=shown).first()
    assert point is not None
    point.phone = "+3292000000"
    point.save()  # as the admin does: a new catalogue version
    other = steps(page(client, {**PARENT_CONFLICT, "leeftijd": ["13"]}))["bemiddeling"]
    assert 'href="tel:+3292000000"' in other and f'href="tel:{shown}"' not in other


def test_open_now_on_a_shared_card_is_never_from_another_hour(client, monkeypatch):
    card = steps(page(client, PARENT_CONFLICT))["bemiddeling"]
    name = re.search(r'<p class="contact-name"><strong>([^<]+)</strong>', card).group(1)
    point = ContactPoint.objects.get(name=name.replace("&#x27;", "'"))
    # Known, sure hours: open on Mondays from 9 to 17.
    point.opening_slots.all().delete()
    OpeningSlot.objects.create(contact_point=point, weekday=0, opens=time(9), closes=time(17))
    ContactPoint.objects.filter(pk=point.pk).update(hours_as_of="", always_open=False)
    nothing_kept()

    def at(moment: datetime, answers: dict[str, list[str]]) -> str:
        monkeypatch.setattr(
            views, "DatabaseDirectory", lambda **kw: DatabaseDirectory(lambda: moment, **kw)
        )
        return steps(page(client, answers))["bemiddeling"]

    assert "nu open" in at(MONDAY_NOON, PARENT_CONFLICT)
    night = at(MONDAY_NIGHT, {**PARENT_CONFLICT, "leeftijd": ["13"]})
    assert "nu gesloten" in night and "nu open" not in night


# --- the advice body, kept per shape ------------------------------------------------------------

#: Answer sets whose bodies hold every open part: a danger box, urgent and later steps, tips,
#: notices, rows of what is not possible, the French-speaking services in Brussels.
BODIES = [
    *SHARING,
    {**PARENT_CONFLICT, "met": ["ocj"]},
    {**PARENT_CONFLICT, "taal_gezin": ["andere"]},
    {**PROFESSIONAL_WORRIES, "postcode": ["1000"]},
]


def directly_rendered_body(answers: dict[str, list[str]], language: str, moment) -> str:
    """The body template rendered with the advice's own values: nothing kept, no slots."""
    stored = answer_the_rest({k: list(v) for k, v in answers.items()})
    with translation.override(language):
        directory = DatabaseDirectory(lambda: moment, language=language)
        result = advise(parse_answers(stored), directory, translate=translator())
        page_context = advice_page.context(result)
        return render_to_string(
            "routing/_advice_body.html", {**page_context, "PAGE_LANGUAGE": language}
        )


def test_the_page_holds_the_body_template_rendered_with_its_own_values(client, monkeypatch):
    # The kept bodies are cut where the cards, the place, the notices and the rows go, and
    # filled per page: the page must hold exactly what the template makes of its advice.
    monkeypatch.setattr(
        views, "DatabaseDirectory", lambda **kw: DatabaseDirectory(lambda: MONDAY_NOON, **kw)
    )
    seen = set()
    for prefix, language in (("", "nl"), ("/fr", "fr"), ("/en", "en")):
        for answers in BODIES:
            html = page(client, answers, prefix)
            expected = directly_rendered_body(answers, language, MONDAY_NOON)
            assert expected in html, (language, answers)
            seen.update(
                part
                for part in (
                    'id="nu-bellen"',
                    'class="notice"',
                    'id="niet-mogelijk"',
                    'class="other-systems"',
                    'class="good-to-know"',
                )
                if part in expected
            )
    assert len(seen) == 5, seen  # every open part was compared


def test_an_editor_name_on_a_kept_body_is_escaped_once(client, monkeypatch):
    monkeypatch.setattr(
        views, "DatabaseDirectory", lambda **kw: DatabaseDirectory(lambda: MONDAY_NOON, **kw)
    )
    page(client, PARENT_CONFLICT)  # the shape of this body is kept
    Municipality.objects.filter(nis="44021").update(name_nl="Gent <b>&amp; 'Zomergem'")
    SupportForm.objects.filter(slug="bemiddeling").update(name="Bemiddeling & <i>meer</i>")
    nothing_kept()
    for answers in (PARENT_CONFLICT, {**PARENT_CONFLICT, "met": ["ocj"]}):
        html = page(client, answers)
        assert directly_rendered_body(answers, "nl", MONDAY_NOON) in html
        assert "<b>" not in html and "<i>meer" not in html
    assert "Gent &lt;b&gt;&amp;amp; &#x27;Zomergem&#x27;" in html
    assert "<h3>Bemiddeling &amp; &lt;i&gt;meer&lt;/i&gt;</h3>" in html
