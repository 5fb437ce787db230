"""The questionnaire in French on a phone, with and without JavaScript: a French-speaking parent
in Schaerbeek whose browser asks for French."""

from __future__ import annotations

import gettext
import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.test_questionnaire import Persona

PHONE = {"width": 360, "height": 740}
ANSWERS = {
    "gevaar": "nee",
    "rol": "ouder",
    "leeftijd": "9",
    "postcode": "1030",
    "situatie": ["opvoeding"],
    "jong_kind": "nee",  # the follow-up "opvoeding" brings: no younger child
    "taal_gezin": "fr",  # French at home
}


def path_of(url: str) -> str:
    return urlsplit(url).path


def shown_key(page: Page) -> str:
    for key in ANSWERS:
        if page.locator(f'form.step [name="{key}"]').count():
            return key
    raise AssertionError(f"no known question on {page.url}")


def answer(page: Page, key: str) -> None:
    value = ANSWERS[key]
    if key == "leeftijd":
        page.select_option("#f-leeftijd", value)
    elif key == "postcode":
        page.fill("#f-postcode", value)
    else:
        for v in [value] if isinstance(value, str) else value:
            page.check(f"#f-{key}-{v}")


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
def test_questionnaire_in_french_on_a_phone(browser, server_url: str, js: bool) -> None:
    context = browser.new_context(
        java_script_enabled=js, locale="fr-BE", viewport=PHONE, timezone_id="Europe/Brussels"
    )
    page = context.new_page()
    # The browser's French chooses the first page; from there every address is French.
    page.goto(server_url + "/")
    assert path_of(page.url) == "/fr/"
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_role("button", name="Quitter vite")).to_be_visible()
    page.get_by_role("link", name="Commencer").click()
    asked = []
    while re.fullmatch(r"/fr/vragen/\d+/", path_of(page.url)):
        path = path_of(page.url)
        main = page.locator("main")
        expect(main.locator("form.step")).to_be_visible()
        assert re.search(r"Question \d+ sur \d+", main.inner_text())
        key = shown_key(page)
        asked.append(key)
        answer(page, key)
        page.get_by_role("button", name="Continuer").click()
        page.wait_for_url(lambda url, before=path: path_of(url) != before)
        expect(page.locator(".htmx-request, .htmx-swapping, .htmx-settling")).to_have_count(0)
    assert asked == list(ANSWERS)
    assert path_of(page.url) == "/fr/vragen/samenvatting/"
    expect(page.locator("main h1")).to_have_text("Vos réponses sont-elles correctes ?")
    # The switch is on the page after every step (with htmx: swapped in out of band).
    expect(page.locator("nav.language-switch a[hreflang=en]")).to_have_attribute(
        "href", "/en/vragen/samenvatting/"
    )
    page.get_by_role("link", name="Voir mes conseils").click()
    page.wait_for_url(lambda url: path_of(url) == "/fr/advies/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("main [data-vorm]").first).to_be_visible()
    expect(page.locator("main")).to_contain_text("Pourquoi ce conseil ?")
    # French at home: the advice says how to ask for an interpreter.
    expect(page.locator("main")).to_contain_text("interprète social")
    # Switching to Dutch keeps the answers: the same advice, in Dutch.
    page.locator("nav.language-switch a[hreflang=nl]").click()
    page.wait_for_url(lambda url: path_of(url) == "/advies/")
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.locator("main [data-vorm]").first).to_be_visible()
    # No horizontal scrolling on the phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    context.close()


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("slug", ["oost-vlaanderen", "brussel"])
def test_region_sheet_in_another_language_prints_on_one_a4_page(
    page: Page, server_url: str, language: str, slug: str
) -> None:
    from tests.browser.test_pages_for_people import pdf_pages

    page.goto(f"{server_url}/{language}/regio/{slug}/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    assert pdf_pages(page) == 1


#: The browser's language for each page language.
LOCALES = {"fr": "fr-BE", "en": "en-GB"}


def translated(language: str, dutch: str) -> str:
    """A Dutch text as the site shows it in `language` (from the compiled catalogue)."""
    from pathlib import Path

    locale = Path(__file__).resolve().parents[2] / "locale"
    return gettext.translation("django", locale, languages=[language]).gettext(dutch)


def advice_in(browser: Browser, server_url: str, language: str, persona: Persona) -> Page:
    """A phone-sized page showing the advice for `persona`, reached by answering every question
    under /<language>/ (follow-ups the persona does not list are answered neutrally)."""
    from tests.browser.test_pages_for_people import PHONE as ADVICE_PHONE
    from tests.browser.test_questionnaire import current_key, fill, wait_for_page
    from tests.routing.asking import neutral_answer

    context = browser.new_context(
        viewport=ADVICE_PHONE, locale=LOCALES[language], timezone_id="Europe/Brussels"
    )
    page = context.new_page()
    page.goto(f"{server_url}/{language}/vragen/1/")
    path = path_of(page.url)
    while re.fullmatch(rf"/{language}/vragen/\d+/", path):
        key = current_key(page)
        value = persona.answers.get(key) or neutral_answer(key) or ["weet-niet"]
        fill(page, key, value)
        page.locator("form.step").get_by_role("button", name=translated(language, "Verder")).click()
        path = wait_for_page(page, path)
    assert path == f"/{language}/vragen/samenvatting/", path
    page.goto(f"{server_url}/{language}/advies/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("main [data-vorm]").first).to_have_attribute("data-vorm", persona.first)
    return page


@pytest.mark.parametrize("persona", ["brussel", "crisis-en-psychisch"])
def test_french_advice_on_a_phone_is_accessible(browser, server_url: str, persona: str) -> None:
    from tests.browser.conftest import axe_violations
    from tests.browser.test_advice_page import BRUSSELS, CRISIS_AND_PSYCHISCH

    chosen = BRUSSELS if persona == "brussel" else CRISIS_AND_PSYCHISCH
    page = advice_in(browser, server_url, "fr", chosen)
    assert axe_violations(page) == []
    # Everything folded open: still no violations, nothing sideways at 320 px.
    page.evaluate("document.querySelectorAll('main details').forEach(d => d.open = true)")
    assert axe_violations(page) == []
    page.set_viewport_size({"width": 320, "height": 640})
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.context.close()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_advice_prints_on_as_many_pages_as_the_dutch(
    browser, server_url: str, language: str
) -> None:
    """The answers of the Dutch print test (danger, a crisis and psychological trouble): French
    and English sentences run longer, and the page must still fit one A4."""
    from tests.browser.test_advice_page import CRISIS_AND_PSYCHISCH, advice_page
    from tests.browser.test_pages_for_people import pdf_pages

    dutch = advice_page(browser, server_url, CRISIS_AND_PSYCHISCH)
    budget = pdf_pages(dutch)
    dutch.context.close()
    assert budget == 1
    page = advice_in(browser, server_url, language, CRISIS_AND_PSYCHISCH)
    assert pdf_pages(page) == budget
    page.emulate_media(media="print")
    for number in ("112", "101", "1813"):
        assert page.locator(f'main a[href="tel:{number}"]').first.is_visible(), number
    head = translated(
        language, "Routewijzer jeugdhulp, afgedrukt op %(day)s. Een wegwijzer, geen beslissing."
    ).split("%(day)s")[0]
    assert "afgedrukt" not in head
    assert head.strip() in page.locator(".print-head").inner_text()
    page.context.close()
