"""The questionnaire in French on a phone, with and without JavaScript: a French-speaking parent
in Schaerbeek whose browser asks for French."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

PHONE = {"width": 360, "height": 740}
ANSWERS = {
    "gevaar": "nee",
    "rol": "ouder",
    "leeftijd": "9",
    "postcode": "1030",
    "situatie": ["opvoeding"],
    "jong_kind": "nee",  # the follow-up "opvoeding" brings: no younger child
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
