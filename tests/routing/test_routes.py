"""Every support form a rule can yield has a way to act today where its regional contact is
unknown: the route travels with the advice and reads the same in the API and on the page,
worded for the reader (a professional is told what they do)."""

from __future__ import annotations

import functools
import html
import re

import pytest

from catalog.models import Municipality, SupportForm
from routing import engine
from routing.answer_space import AGES, answers_for
from routing.answers import Answers
from routing.rules import RULES
from routing.vocabulary import asks_clb_bereikbaar, asks_met, register
from routing.web.directory import DatabaseDirectory
from tests.routing.asking import answer_the_rest

pytestmark = pytest.mark.django_db

#: The support forms that lack a regional contact somewhere in the catalogue (the other forms
#: a rule can yield have a contact in every municipality: checked below).
ROUTED = (
    "cgg",
    "ckg",
    "dop",
    "thuisbegeleidingsdienst-vaph",
    "gezinscoaching",
    "eerstelijnspsycholoog",
    "vertrouwenspersoon",
    "clientoverleg",
    "casusregie-veilig-huis",
    "ocj-consult",
    "crisismeldpunt",
    "toegangspoort",
    "ocj",
    "vk",
    "1g1p",
)
#: One municipality per region: Antwerpen, Hasselt, Leuven, Brugge, Brussel, Gent.
PLACES = ("11002", "71072", "24062", "31005", "21004", "44021")
READERS = {
    "ouder": ("ouder", "andere"),
    "jongere": ("jongere",),
    "prof": ("hulpverlener", "school"),
}
#: What a professional must never be told: they are the care worker.
NOT_FOR_PROFESSIONALS = ("samen met een hulpverlener", "doet het samen met jou")


@functools.cache
def answers_yielding(vorm: str, reader: str) -> Answers | None:
    """The first complete answer set (every follow-up answered) of this register whose
    advice has a step for `vorm` (the rules decide; the place does not)."""
    for rol in READERS[reader]:
        for leeftijd in AGES:
            for answers in answers_for(rol, False, leeftijd):
                if answers.lopend is None or (asks_met(answers.situatie) and not answers.met):
                    continue
                if asks_clb_bereikbaar(rol, answers.situatie) and answers.clb_bereikbaar is None:
                    continue
                planned, _, _ = engine._plan(answers, True)
                if any(p.vorm == vorm for p in planned):
                    return answers
    return None


def place_without_contact(vorm: str) -> str:
    directory = DatabaseDirectory()
    found = [nis for nis in PLACES if not directory.contacts_for(vorm, nis)]
    assert found, f"{vorm} has a contact everywhere: take it out of ROUTED"
    return found[0]


def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.:?!])\s", text, maxsplit=1)[0]


def bare(url: str) -> str:
    """An address without scheme, "www." and trailing slash."""
    return re.sub(r"^https?://(www\.)?", "", url).rstrip("/")


def step_html(page: str, vorm: str) -> str:
    match = re.search(
        rf'<li class="card step-card[^"]*" data-vorm="{vorm}">(.*?)<details class="why">',
        page,
        re.S,
    )
    assert match, f"no {vorm} step on the page"
    return match.group(1)


def test_every_form_a_rule_yields_has_a_contact_or_a_route_everywhere():
    """Over every municipality of the catalogue: a contact, or a route with a text and
    something to dial or click (the JSON and the page both show it)."""
    directory = DatabaseDirectory()
    forms = sorted({r.step.vorm for r in RULES if r.step is not None})
    dead_ends = []
    for nis in Municipality.objects.values_list("nis", flat=True):
        for vorm in forms:
            if directory.contacts_for(vorm, nis):
                continue
            route = directory.fallback_for(vorm, nis)
            if route is None or not route.actionable or not route.uitleg or not route.bron_naam:
                dead_ends.append((vorm, nis))
    assert not dead_ends, dead_ends[:10]


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("vorm", ROUTED)
def test_route_shows_in_api_and_on_page_for_the_reader(client, vorm, reader):
    found = answers_yielding(vorm, reader)
    if found is None:
        pytest.skip(f"no rule gives {vorm} to this kind of reader")
    nis = place_without_contact(vorm)
    query = {**found.to_query(), "gemeente": [nis]}
    form = SupportForm.objects.get(slug=vorm)
    own_text = {"prof": form.fallback_text_prof, "jongere": form.fallback_text_jongere}
    expected = own_text.get(reader) or form.fallback_text

    data = client.get("/api/advies/", query).json()
    step = next(s for s in data["stappen"] if s["vorm"] == vorm)
    assert step["contact_gekend"] is False
    route = step["zolang_niet_gekend"]
    assert route["uitleg"] == expected
    assert route["bron_naam"] and "S00" not in route["bron_naam"]
    dial_or_click = [route["pagina"]] + [
        c["telefoon"] or c["website"] or c["email"] for c in route["contacten"]
    ]
    assert any(dial_or_click)
    if register(found.rol) == "prof":
        assert not any(phrase in route["uitleg"] for phrase in NOT_FOR_PROFESSIONALS)
    assert any("Bij die stappen staat wat je intussen kunt doen" in m for m in data["meldingen"])

    session = client.session
    session["antwoorden"] = answer_the_rest(dict(query))
    session.save()
    page = client.get("/advies/")
    assert page.status_code == 200
    card = step_html(page.content.decode(), vorm)
    assert html.escape(first_sentence(expected), quote=False) in card
    assert route["bron_naam"] in html.unescape(card)
    # Something to tap on the card: the route's page (as a line, or linked in its text) or a
    # route contact's number.
    hrefs = {bare(h) for h in re.findall(r'href="([^"]+)"', card)}
    wanted = {bare(route["pagina"] or "")} | {
        f"tel:{c['telefoon']}" for c in route["contacten"] if c["telefoon"]
    }
    assert hrefs & wanted, (hrefs, wanted)


def test_municipality_api_gives_the_route_the_advice_gives(client):
    """`/api/gemeenten/<nis>/` has no reader: the text for everyone, and each reader's."""
    nis = place_without_contact("cgg")
    form = SupportForm.objects.get(slug="cgg")
    data = client.get(f"/api/gemeenten/{nis}/").json()
    route = data["ondersteuningsvormen"]["cgg"]["zolang_niet_gekend"]
    assert route["uitleg"] == form.fallback_text
    assert route["uitleg_per_lezer"] == {
        "iedereen": form.fallback_text,
        "jongere": form.fallback_text_jongere,
        "hulpverlener": form.fallback_text_prof,
    }
    assert route["pagina"] == form.fallback_url and route["bron_naam"]


def test_an_editor_changes_a_route_in_the_admin_and_the_advice_shows_it(
    admin_client_logged_in,
):
    from tests.catalog.test_editor_safety import form_data

    form = SupportForm.objects.get(slug="cgg")
    url = f"/admin/catalog/supportform/{form.pk}/change/"
    page = admin_client_logged_in.get(url)
    html_page = page.content.decode().lower()
    for label in ("voor een hulpverlener of school", "bron van die uitleg", "datum van die bron"):
        assert label in html_page
    data = form_data(page)
    data.update({"fallbacks-TOTAL_FORMS": 0, "fallbacks-INITIAL_FORMS": 0})
    data["fallback_text_prof"] = "Bel het CGG van de regio; het nummer staat op de sociale kaart."
    data["fallback_source_name"] = "De sociale kaart"
    response = admin_client_logged_in.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]

    found = answers_yielding("cgg", "prof")
    query = {**found.to_query(), "gemeente": [place_without_contact("cgg")]}
    advice = admin_client_logged_in.get("/api/advies/", query).json()
    route = next(s for s in advice["stappen"] if s["vorm"] == "cgg")["zolang_niet_gekend"]
    assert route["uitleg"] == data["fallback_text_prof"]
    assert route["bron_naam"] == "De sociale kaart"
