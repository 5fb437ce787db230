"""The advice page on a phone (390×844): how many screens a typical advice takes, one full card
per contact, the facts folded away but reachable without JavaScript, and print."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.conftest import axe_violations
from tests.browser.test_pages_for_people import PHONE, pdf_pages
from tests.browser.test_questionnaire import Persona, complete

#: Typical advices, one per kind of visitor.
TYPICAL = {
    "ouder-12-conflict": Persona(
        answers={
            "gevaar": "nee",
            "rol": "ouder",
            "leeftijd": "12",
            "postcode": "9000",
            "situatie": ["conflict"],
            "met": "hulpverlener",
            "klacht": "nee",
        },
        first="bemiddeling",
        includes=(),
    ),
    "jongere-15-crisis": Persona(
        answers={
            "gevaar": "nee",
            "rol": "jongere",
            "leeftijd": "15",
            "postcode": "2000",
            "situatie": ["crisis"],
        },
        first="crisismeldpunt",
        includes=(),
    ),
    "hulpverlener-8-zorgen": Persona(
        answers={
            "gevaar": "nee",
            "rol": "hulpverlener",
            "leeftijd": "8",
            "postcode": "3500",
            "situatie": ["zorgen"],
            "beroep": "jeugdhulp",
        },
        first="ocj",
        includes=(),
    ),
}

#: "About two phone screens" for a family (a little slack for a long municipality name or an
#: extra notice). A professional's advice has more steps with longer texts: about three and a
#: half today (it was five before sources and reasons were folded), plus the language switch's
#: line under the header (24 px, on every page).
MAX_SCREENS = {"ouder-12-conflict": 2.5, "jongere-15-crisis": 2.5, "hulpverlener-8-zorgen": 3.8}


def advice_page(browser: Browser, server_url: str, persona: Persona, *, js: bool = True) -> Page:
    """A phone-sized page showing the advice for these answers."""
    context = browser.new_context(viewport=PHONE, java_script_enabled=js, locale="nl-BE")
    page = context.new_page()
    page.goto(server_url + "/vragen/1/")
    complete(page, persona, js=js)
    page.goto(server_url + "/advies/")
    return page


def screens(page: Page) -> float:
    """The document height in phone screens."""
    return page.evaluate("document.documentElement.scrollHeight") / PHONE["height"]


@pytest.mark.parametrize("name", TYPICAL)
def test_a_typical_advice_fits_about_two_phone_screens(browser, server_url, name) -> None:
    page = advice_page(browser, server_url, TYPICAL[name], js=False)
    height = screens(page)
    print(f"\n{name}: {height:.2f} phone screens")  # the figure, with pytest -s
    assert height <= MAX_SCREENS[name], f"{name}: {height:.2f} screens"
    page.context.close()


#: Danger now, a crisis and psychological trouble: the longest advice a young person gets.
CRISIS_AND_PSYCHISCH = Persona(
    answers={
        "gevaar": "ja",
        "rol": "jongere",
        "leeftijd": "15",
        "postcode": "2000",
        "situatie": ["crisis", "psychisch"],
        "geheim": "nee",
    },
    first="noodnummer-112",
    includes=("crisismeldpunt", "zelfmoordlijn-1813"),
)


#: Brussels: French-speaking services of another system come after the steps.
BRUSSELS = Persona(
    answers={
        "gevaar": "nee",
        "rol": "ouder",
        "leeftijd": "12",
        "postcode": "1000",
        "situatie": ["zelfdoding", "school"],
        "school_situatie": "nee",
    },
    first="zelfmoordlijn-1813",
    includes=("clb",),
)


@pytest.mark.parametrize("name", [*TYPICAL, "crisis-en-psychisch", "brussel"])
def test_advice_is_accessible(browser, server_url, name) -> None:
    persona = BRUSSELS if name == "brussel" else TYPICAL.get(name, CRISIS_AND_PSYCHISCH)
    page = advice_page(browser, server_url, persona)
    assert axe_violations(page) == []
    # Open everything that is folded: still no violations, nothing sideways at 320 px.
    page.evaluate("document.querySelectorAll('main details').forEach(d => d.open = true)")
    assert axe_violations(page) == []
    page.set_viewport_size({"width": 320, "height": 640})
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.context.close()


def test_folded_parts_open_with_the_keyboard_without_javascript(browser, server_url) -> None:
    page = advice_page(browser, server_url, TYPICAL["ouder-12-conflict"], js=False)
    tips = page.locator("details.good-to-know")
    tip = tips.locator('[data-vorm="vertrouwenspersoon"] h2')
    assert not tip.is_visible()
    summary = tips.locator("summary").first
    summary.focus()
    page.keyboard.press("Enter")
    assert tip.is_visible()
    source = page.locator('[data-vorm="bemiddeling"] details.source')
    source.locator("summary").focus()
    page.keyboard.press("Space")
    assert source.get_by_text("Klopt er iets niet?").is_visible()
    page.context.close()


def test_crisis_and_psychisch_advice_prints_on_one_page(browser, server_url) -> None:
    page = advice_page(browser, server_url, CRISIS_AND_PSYCHISCH)
    assert pdf_pages(page) == 1
    page.emulate_media(media="print")
    main = page.locator("main")
    # On paper: the numbers, the opening hours and the print date; no live badge.
    for number in ("112", "101", "1813", "106", "102"):
        assert page.locator(f'main a[href="tel:{number}"]').first.is_visible(), number
    assert "24 uur op 24" in main.inner_text()
    assert "afgedrukt op" in page.locator(".print-head").inner_text()
    for badge in page.locator(".tag").all():
        assert not badge.is_visible()
    page.context.close()
