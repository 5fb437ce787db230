"""French and English through HTTP: the language in the URL, the switch, the API's `taal`, and
a Dutch admin."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.utils import translation

from routing.rules import PHRASES

pytestmark = pytest.mark.django_db

BRUSSELS_PARENT = {
    "gevaar": "nee",
    "rol": "ouder",
    "leeftijd": "9",
    "postcode": "1030",
    "situatie": "opvoeding",
}


class _Page(HTMLParser):
    """The parts of a page a language check needs: <html lang>, alternates, the switch."""

    def __init__(self) -> None:
        super().__init__()
        self.lang = None
        self.alternates: dict[str, str] = {}
        self.switch: dict[str, str] = {}
        self.current: list[str] = []
        self._in_switch = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "link" and a.get("rel") == "alternate" and a.get("hreflang"):
            self.alternates[a["hreflang"]] = a["href"]
        elif tag == "nav" and "language-switch" in (a.get("class") or ""):
            self._in_switch = True
        elif tag == "a" and self._in_switch:
            self.switch[a["hreflang"]] = a["href"]
            if a.get("aria-current"):
                self.current.append(a["hreflang"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav":
            self._in_switch = False


def parse(response) -> _Page:
    page = _Page()
    page.feed(response.content.decode())
    return page


def text_of(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def walk(client, prefix: str, answers: dict[str, str]) -> None:
    """Answer the questionnaire one page at a time, as a person does, under `prefix`."""
    for position, key in enumerate(("gevaar", "rol", "leeftijd", "postcode", "situatie"), 1):
        url = f"{prefix}/vragen/{position}/"
        page = client.get(url)
        assert page.status_code == 200, url
        response = client.post(url, {key: answers[key]})
        assert response.status_code == 303, (url, response.content[:300])
        assert response["Location"].startswith(f"{prefix}/"), response["Location"]
    # The follow-ups these answers bring, answered neutrally.
    from routing import questionnaire as q
    from tests.routing.asking import neutral_answer

    while (position := q.next_position(client.session.get("antwoorden", {}))) is not None:
        key = q.applicable(client.session["antwoorden"])[position - 1].key
        url = f"{prefix}/vragen/{position}/"
        response = client.post(url, {key: neutral_answer(key) or ["weet-niet"]})
        assert response.status_code == 303, (url, response.content[:300])
        assert response["Location"].startswith(f"{prefix}/"), response["Location"]


def gettext_in(language: str, text: str) -> str:
    with translation.override(language):
        return translation.gettext(text)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_whole_flow_in_french_and_english(client, language: str) -> None:
    prefix = f"/{language}"
    start = client.get(f"{prefix}/")
    assert start.status_code == 200
    assert parse(start).lang == language
    walk(client, prefix, BRUSSELS_PARENT)
    summary = client.get(f"{prefix}/vragen/samenvatting/")
    assert summary.status_code == 200
    assert gettext_in(language, "Kloppen je antwoorden?") in summary.content.decode()
    assert "Kloppen je antwoorden?" not in summary.content.decode()
    advice = client.get(f"{prefix}/advies/")
    assert advice.status_code == 200
    page = parse(advice)
    assert page.lang == language
    body = advice.content.decode()
    # The page's own words are in the language; the Dutch ones are gone.
    for dutch in ("Waarom dit advies?", "Opnieuw beginnen", "Snel weg", "Antwoorden wijzigen"):
        assert gettext_in(language, dutch) != dutch, dutch
        assert gettext_in(language, dutch) in body, dutch
        assert f">{dutch}<" not in body, dutch
    assert "Schaerbeek" in body or "Schaarbeek" in body
    # Catalogue texts without a translation (opening hours) are shown in Dutch, marked so.
    hours = re.findall(r'Bereikbaar: (<span lang="nl">)?', body)
    assert not hours, "Dutch label left on the page"
    assert '<span lang="nl">' in body


def test_dutch_stays_without_prefix_and_unchanged(client) -> None:
    start = client.get("/")
    assert start.status_code == 200
    page = parse(start)
    assert page.lang == "nl"
    assert page.current == ["nl"]
    assert "Waar kan je terecht met een vraag over jeugdhulp?" in start.content.decode()


@pytest.mark.parametrize("path", ["/", "/vragen/1/", "/zoek/?q=1030"])
def test_every_page_has_alternates_and_a_switch_to_the_same_page(client, path: str) -> None:
    page = parse(client.get(path))
    bare, _, query = path.partition("?")
    for code, _name in settings.LANGUAGES:
        expected = bare if code == "nl" else f"/{code}{bare}"
        expected += f"?{query}" if query else ""
        assert page.switch[code] == expected
        assert page.alternates[code] == f"http://testserver{expected}"


def test_language_switch_keeps_the_answers_and_the_step(client) -> None:
    walk(client, "", {**BRUSSELS_PARENT})
    question = client.get("/vragen/3/")
    switch = parse(question).switch
    assert switch["fr"] == "/fr/vragen/3/"
    french = client.get(switch["fr"])
    assert french.status_code == 200
    # The age given in Dutch is still chosen on the French page.
    assert re.search(r'<option value="9" selected>', french.content.decode())
    from routing import questionnaire as q

    total = len(q.applicable(client.session["antwoorden"]))
    assert gettext_in("fr", "Vraag {position} van {total}").format(
        position=3, total=total
    ) in text_of(french)
    # And the summary in English lists the same answers.
    summary = client.get("/en/vragen/samenvatting/")
    assert summary.status_code == 200
    assert "1030" in summary.content.decode()


def test_browser_language_chooses_only_the_first_page(client) -> None:
    first = client.get("/", HTTP_ACCEPT_LANGUAGE="fr-BE,fr;q=0.9,nl;q=0.5")
    assert first.status_code == 302
    assert first["Location"] == "/fr/"
    assert "Accept-Language" in first["Vary"]
    # A shared link keeps its language; so does a visit from this site (the switch to Dutch).
    shared = client.get("/vragen/1/", HTTP_ACCEPT_LANGUAGE="fr")
    assert shared.status_code == 200
    assert parse(shared).lang == "nl"
    back = client.get("/", HTTP_ACCEPT_LANGUAGE="fr", HTTP_REFERER="http://testserver/fr/")
    assert back.status_code == 200
    assert parse(back).lang == "nl"
    # No cookie remembers a language.
    assert settings.LANGUAGE_COOKIE_NAME not in first.cookies


def test_htmx_step_brings_the_switch_for_the_new_address(client) -> None:
    client.get("/fr/vragen/1/")
    response = client.get("/fr/vragen/1/", HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert 'data-hx-swap-oob="true"' in body
    assert 'href="/en/vragen/1/"' in body


def test_quick_exit_and_restart_work_in_french(client) -> None:
    walk(client, "/fr", BRUSSELS_PARENT)
    restart = client.post("/fr/opnieuw/")
    assert restart.status_code == 303
    assert restart["Location"] == "/fr/"
    assert client.get("/fr/vragen/samenvatting/")["Location"] == "/fr/vragen/1/"
    page = client.get("/fr/").content.decode()
    assert gettext_in("fr", "Snel weg") in page
    assert client.post("/snel-weg/").status_code == 303


def test_error_messages_in_french(client) -> None:
    response = client.post("/fr/vragen/1/", {})
    assert response.status_code == 400
    assert parse(response).lang == "fr"
    assert "Kies 'ja' of 'nee'" not in response.content.decode()
    missing = client.get("/fr/bestaat-niet/")
    assert missing.status_code == 404
    assert parse(missing).lang == "fr"
    assert gettext_in("fr", "Deze pagina bestaat niet") in missing.content.decode()


def api(client, **params):
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return client.get(f"/api/advies/?{query}")


def test_api_taal_changes_texts_not_keys_or_values(client) -> None:
    dutch = api(client, **BRUSSELS_PARENT).json()
    french = api(client, **BRUSSELS_PARENT, taal="fr").json()
    assert api(client, **BRUSSELS_PARENT, taal="nl").json() == dutch

    def shape(data):
        # Keys everywhere; values that are not texts (forms, urgencies, ids, contacts).
        def values(contact):
            return {k: v for k, v in contact.items() if k not in ("uitleg", "uitleg_taal")}

        return {
            "keys": sorted(data),
            "antwoorden": data["antwoorden"],
            "gebied": data["gebied"],
            "stappen": [
                (
                    s["vorm"],
                    s["urgentie"],
                    s["regels"],
                    [values(c) for c in s["contacten"]],
                    sorted(s),
                )
                for s in data["stappen"]
            ],
            "niet_mogelijk": [(n["vorm"], n["regels"]) for n in data["niet_mogelijk"]],
        }

    assert shape(french) == shape(dutch)
    # A channel note an editor translated is French, and says so; the others stay Dutch.
    notes = [c for s in french["stappen"] for c in s["contacten"] if c["uitleg"]]
    assert {c["uitleg_taal"] for c in notes} <= {"fr", "nl"}
    assert any(c["uitleg_taal"] == "fr" for c in notes)
    # A notice or phrase the catalogue translates is French in the French answer.
    years = gettext_in("fr", PHRASES["jaren"])
    if years != PHRASES["jaren"]:
        assert any(years.format(n=9) in s["waarom"] for s in french["stappen"])


@pytest.mark.parametrize("taal", ["de", "FRA", ""])
def test_api_refuses_an_unknown_language_naming_taal(client, taal: str) -> None:
    for url in (f"/api/advies/?taal={taal}", f"/api/gemeenten/21015/?taal={taal}"):
        response = client.get(url)
        assert response.status_code == 400, url
        assert list(response.json()["fouten"]) == ["taal"]
    twice = client.get("/api/advies/?taal=fr&taal=en")
    assert twice.status_code == 400
    assert list(twice.json()["fouten"]) == ["taal"]


def test_api_errors_are_in_the_language_asked(client) -> None:
    response = api(client, taal="fr", rol="ouder")
    assert response.status_code == 400
    messages = [m for msgs in response.json()["fouten"].values() for m in msgs]
    dutch = [m for msgs in api(client, rol="ouder").json()["fouten"].values() for m in msgs]
    assert len(messages) == len(dutch)
    translated = [gettext_in("fr", m) for m in dutch]
    assert messages == translated


def test_municipality_api_in_french(client) -> None:
    response = client.get("/api/gemeenten/21015/?taal=fr")
    assert response.status_code == 200
    assert response.json()["gemeente"]["nis"] == "21015"
    assert client.get("/api/gemeenten/1/?taal=fr").json()["fouten"]["nis"] == [
        gettext_in("fr", "Een NIS-code heeft precies 5 cijfers.")
    ]


def test_admin_stays_dutch(admin_client_logged_in) -> None:
    assert admin_client_logged_in.get("/fr/admin/").status_code == 404
    page = admin_client_logged_in.get("/admin/", HTTP_ACCEPT_LANGUAGE="fr,en;q=0.8")
    assert page.status_code == 200
    assert parse(page).lang == "nl"


def test_an_editors_french_route_text_shows_on_the_french_advice(admin_client_logged_in) -> None:
    """Editors write a route's text in French in the admin; until they do, the French page
    shows the Dutch text marked as Dutch, never an empty card."""
    from catalog.models import SupportForm, bump_catalogue_version
    from tests.catalog.test_editor_safety import form_data
    from tests.routing.test_routes import (
        answers_yielding,
        first_sentence,
        place_without_contact,
        step_html,
    )

    client = admin_client_logged_in
    # As if no editor had translated it yet (the catalogue ships a French and English text).
    SupportForm.objects.filter(slug="cgg").update(fallback_text_fr="", fallback_text_en="")
    bump_catalogue_version()
    form = SupportForm.objects.get(slug="cgg")
    found = answers_yielding("cgg", "ouder")
    session = client.session
    session["antwoorden"] = {**found.to_query(), "gemeente": [place_without_contact("cgg")]}
    session.save()

    card = step_html(client.get("/fr/advies/").content.decode(), "cgg")
    dutch = first_sentence(form.fallback_text)
    assert re.search(r'<p class="unknown" lang="nl">', card)
    assert dutch.split()[0] in card

    url = f"/admin/catalog/supportform/{form.pk}/change/"
    data = form_data(client.get(url))
    data.update({"fallbacks-TOTAL_FORMS": 0, "fallbacks-INITIAL_FORMS": 0})
    data["fallback_text_fr"] = (
        "Appelez le CGG de votre région. Son numéro est sur la carte sociale."
    )
    assert client.post(url, data).status_code == 302

    card = step_html(client.get("/fr/advies/").content.decode(), "cgg")
    assert "Appelez le CGG de votre région." in card
    assert '<p class="unknown" lang="nl">' not in card
    # The Dutch and English pages keep the Dutch text (no English one was written).
    assert dutch.split()[0] in step_html(client.get("/advies/").content.decode(), "cgg")
    english = step_html(client.get("/en/advies/").content.decode(), "cgg")
    assert '<p class="unknown" lang="nl">' in english
    assert "Appelez" not in english


@pytest.mark.parametrize("language", ["fr", "en"])
def test_lookup_pages_in_french_and_english(client, language: str) -> None:
    search = client.get(f"/{language}/zoek/?q=1030")
    assert search.status_code == 200
    assert parse(search).lang == language
    assert gettext_in(language, "Zoek per gemeente") in search.content.decode()
    sheet = client.get(f"/{language}/gemeente/21015/")
    assert sheet.status_code == 200
    body = sheet.content.decode()
    assert parse(sheet).lang == language
    for dutch in ("In één oogopslag", "Bij gevaar of een crisis", "Op deze pagina"):
        assert gettext_in(language, dutch) != dutch
        assert gettext_in(language, dutch) in body, dutch
    # Service names stay Dutch: people say them on the phone.
    assert "Crisismeldpunt" in body


def test_klopt_er_iets_niet_in_french(client) -> None:
    page = client.get("/fr/klopt-er-iets-niet/")
    assert page.status_code == 200
    body = html.unescape(page.content.decode())
    assert parse(page).lang == "fr"
    for dutch in ("Wat klopt er niet?", "het telefoonnummer", "Verstuur"):
        assert gettext_in("fr", dutch).lower() in body.lower(), dutch
    missing = client.post("/fr/klopt-er-iets-niet/", {})
    assert missing.status_code == 400
    assert gettext_in("fr", "Kies wat er niet klopt.") in html.unescape(missing.content.decode())


def test_admin_keeps_the_dutch_feedback_choices(admin_client_logged_in) -> None:
    page = admin_client_logged_in.get("/admin/catalog/feedback/?kind__exact=telefoon")
    assert page.status_code == 200
    assert "het telefoonnummer" in page.content.decode()


def test_openapi_documents_taal(client) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/advies/", "/api/gemeenten/{nis}/"):
        (taal,) = [p for p in paths[path]["get"]["parameters"] if p["name"] == "taal"]
        assert taal["in"] == "query" and not taal["required"]
        assert taal["schema"]["enum"] == [code for code, _ in settings.LANGUAGES]


def test_support_form_pages_in_french_with_the_editors_summary(client) -> None:
    from catalog.models import SupportForm

    listing = client.get("/fr/hulpvormen/")
    assert listing.status_code == 200
    body = html.unescape(listing.content.decode())
    assert gettext_in("fr", "Hulpvormen in de jeugdhulp") in body
    assert gettext_in("fr", "via de toegangspoort").lower() in body.lower()
    from catalog.models import bump_catalogue_version

    # As if no editor had translated it yet (the catalogue ships a French text).
    SupportForm.objects.filter(slug="cgg").update(summary_fr="")
    bump_catalogue_version()
    form = SupportForm.objects.get(slug="cgg")
    page = client.get("/fr/hulpvormen/cgg/").content.decode()
    # No French summary yet: the Dutch one, marked as Dutch.
    assert '<p class="lead" lang="nl">' in page
    SupportForm.objects.filter(pk=form.pk).update(summary_fr="Aide pour la santé mentale.")
    page = client.get("/fr/hulpvormen/cgg/").content.decode()
    assert '<p class="lead">Aide pour la santé mentale.</p>' in page
    # The Dutch page is unchanged.
    assert form.summary in html.unescape(client.get("/hulpvormen/cgg/").content.decode())
    # An unknown support form: the French 404 text.
    missing = client.get("/fr/hulpvormen/bestaat-niet/")
    assert missing.status_code == 404
    assert gettext_in("fr", "Deze hulpvorm staat niet in de catalogus.") in html.unescape(
        missing.content.decode()
    )


@pytest.mark.parametrize("language", ["fr", "en"])
def test_region_sheet_in_french_and_english(client, language: str) -> None:
    page = client.get(f"/{language}/regio/brussel/")
    assert page.status_code == 200
    body = html.unescape(page.content.decode())
    assert parse(page).lang == language
    assert gettext_in(language, "Welke gemeente hoort bij welk arrondissement?") in body
    # The block titles are the Dutch names, marked as Dutch.
    assert '<span lang="nl">Vertrouwenscentrum Kindermishandeling (VK)</span>' in body


@pytest.mark.parametrize("taal", ["fr", "en"])
def test_opening_hours_are_in_the_language_asked(client, taal: str) -> None:
    """Hours composed from the catalogue's slots are worded in the language asked; hours that
    carry a source's Dutch date stay Dutch and say so."""

    def contacts(query: str) -> list[dict]:
        data = client.get(f"/api/gemeenten/44021/{query}").json()["ondersteuningsvormen"]
        return [c for form in data.values() for c in form["contacten"] if c["bereikbaar"]]

    dutch = {c["naam"]: c["bereikbaar"] for c in contacts("")}
    shown = contacts(f"?taal={taal}")
    translated = [c for c in shown if c["bereikbaar_taal"] == taal]
    assert translated, "no contact with composed hours"
    for contact in translated:
        assert contact["bereikbaar"] != dutch[contact["naam"]]
        assert not {"uur", "werkdag", "feestdagen", "dagen"} & set(
            contact["bereikbaar"].replace(".", " ").replace(",", " ").split()
        )
    for contact in shown:
        if contact["bereikbaar_taal"] == "nl":
            assert contact["bereikbaar"] == dutch[contact["naam"]]
