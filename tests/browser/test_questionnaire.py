"""The public questionnaire in a real browser: personas with JavaScript on and off, Back and
Forward, starting again, quick exit, keyboard only, axe, own-origin requests and page weight."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from routing.questionnaire import QUESTIONS
from tests.browser.conftest import axe_violations
from tests.routing.asking import neutral_answer

QUESTION_PATH = re.compile(r"/vragen/(\d+)/$")
FIRST_PAGE_BUDGET = 40 * 1024
STEP_SWAP_BUDGET = 8 * 1024


@dataclass(frozen=True)
class Persona:
    """Answers per vocabulary key, the keys the questionnaire must ask, and the advice."""

    answers: dict[str, str | list[str]]
    first: str  # the support form of the first step
    includes: tuple[str, ...]
    absent_keys: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())


PERSONAS = {
    "jongere-in-crisis": Persona(
        answers={
            "gevaar": "ja",
            "rol": "jongere",
            "leeftijd": "15",
            "postcode": "2000",
            "situatie": ["crisis", "psychisch"],
            "geheim": "nee",
            "taal_gezin": "nl",
        },
        first="noodnummer-112",
        includes=("politie-101", "crisismeldpunt"),
        absent_keys=("met", "lopend", "clb_bereikbaar"),
    ),
    "ouder-hulp-gestopt": Persona(
        answers={
            "gevaar": "nee",
            "rol": "ouder",
            "leeftijd": "12",
            "postcode": "9000",
            "situatie": ["gestopt"],
            "met": "hulpverlener",
            "taal_gezin": "andere",
        },
        first="bemiddeling",
        includes=("clientoverleg",),
        absent_keys=("lopend", "clb_bereikbaar"),
        notes=("sociaal tolk",),
    ),
    "clb-gezin-weigert": Persona(
        answers={
            "gevaar": "nee",
            "rol": "hulpverlener",
            "leeftijd": "14",
            "postcode": "3500",
            "situatie": ["zorgen", "weigert"],
            "lopend": "nee",
            "beroep": "clb",
            "taal_gezin": "nl",
        },
        first="vk",
        includes=("ocj",),
        absent_keys=("met", "clb_bereikbaar"),
    ),
    "ouder-van-baby": Persona(
        answers={
            "gevaar": "nee",
            "rol": "ouder",
            "leeftijd": "0",
            "postcode": "8000",
            "situatie": ["opvoeding"],
            "taal_gezin": "fr",
        },
        first="kind-en-gezin",
        includes=("caw",),
        absent_keys=("met", "lopend", "clb_bereikbaar"),
    ),
    "school-buiten-vlaanderen": Persona(
        answers={
            "gevaar": "nee",
            "rol": "school",
            "leeftijd": "10",
            "postcode": "4000",
            "situatie": ["crisis"],
            "clb_bereikbaar": "nee",
            "crisis_elders": "nee",
        },
        first="noodnummer-112",
        includes=("politie-101",),
        absent_keys=("met", "lopend"),
        notes=("buiten Vlaanderen en Brussel",),
    ),
    # The crisis is elsewhere: the crisis line of that place, a second place question.
    "hulpverlener-crisis-elders": Persona(
        answers={
            "gevaar": "nee",
            "rol": "hulpverlener",
            "leeftijd": "14",
            "postcode": "2000",
            "situatie": ["crisis"],
            "crisis_elders": "ja",
            "crisis_postcode": "9000",
        },
        first="crisismeldpunt",
        includes=(),
        absent_keys=("met", "lopend", "taal_gezin"),
        notes=("waar de crisis is",),
    ),
}


# --- helpers ----------------------------------------------------------------------------------


def path_of(url: str) -> str:
    return urlsplit(url).path


def wait_for_page(page: Page, previous: str) -> str:
    """Wait until the URL changed (a navigation or an htmx push) and the new content is in."""
    page.wait_for_url(lambda url: path_of(url) != previous)
    path = path_of(page.url)
    if QUESTION_PATH.search(path):
        expect(page.locator(f'form.step[action="{path}"]')).to_be_visible()
    else:
        expect(page.locator("main h1")).to_be_visible()
    # An htmx swap is done (and the new fields wired up) once it has settled.
    expect(page.locator(".htmx-request, .htmx-swapping, .htmx-settling")).to_have_count(0)
    return path


def place_key(page: Page) -> str | None:
    """The key of a place question (its field is always `postcode`; the input's id names the
    home or the place of the crisis)."""
    place = page.locator("form.step input.input-place")
    return place.get_attribute("id")[2:] if place.count() else None


def current_key(page: Page) -> str:
    """The vocabulary key the shown question asks."""
    if key := place_key(page):
        return key
    names = page.locator("form.step [name]").evaluate_all(
        "els => els.map(e => e.name).filter(n => n !== 'csrfmiddlewaretoken')"
    )
    return names[0]


def current_key_nojs(page: Page) -> str:
    if key := place_key(page):
        return key
    for key in (q.key for q in QUESTIONS):
        if page.locator(f'form.step [name="{key}"]').count():
            return key
    raise AssertionError("no question on this page")


def fill(page: Page, key: str, value: str | list[str]) -> None:
    """Answer the shown question like a person would (with the mouse)."""
    if key == "leeftijd":
        page.select_option("#f-leeftijd", str(value))
    elif key in ("postcode", "crisis_postcode"):
        page.fill(f"#f-{key}", str(value))
    else:
        for v in [value] if isinstance(value, str) else value:
            page.check(f"#f-{key}-{v}")


def complete(page: Page, persona: Persona, *, js: bool = True, audit: bool = False) -> list[str]:
    """Answer every question until the summary; returns the keys that were asked."""
    asked: list[str] = []
    path = path_of(page.url)
    while QUESTION_PATH.search(path):
        key = current_key(page) if js else current_key_nojs(page)
        asked.append(key)
        number, total = re.search(
            r"Vraag (\d+) van (\d+)", page.locator("main").inner_text()
        ).groups()
        assert int(number) == len(asked) and int(total) >= int(number)
        if audit:
            assert axe_violations(page) == [], (key, axe_violations(page))
        # A question the persona does not mention gets the answer that changes nothing (the
        # persona tests check that every question asked is one the persona answers).
        fill(page, key, persona.answers.get(key) or neutral_answer(key))
        page.get_by_role("button", name="Verder").click()
        path = wait_for_page(page, path)
    assert path == "/vragen/samenvatting/"
    return asked


def check_advice(page: Page, persona: Persona) -> None:
    steps = page.locator("[data-vorm]")
    expect(steps.first).to_have_attribute("data-vorm", persona.first)
    shown = steps.evaluate_all("els => els.map(e => e.dataset.vorm)")
    for vorm in persona.includes:
        assert vorm in shown, (vorm, shown)
    for note in persona.notes:
        expect(page.locator("main")).to_contain_text(note)
    # Urgency is written out, not only coloured.
    expect(page.locator("main .urgency").first).not_to_be_empty()


def wire_size(response) -> int:
    sizes = response.request.sizes()
    return sizes["responseBodySize"] + sizes["responseHeadersSize"]


# --- personas ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", PERSONAS)
def test_persona_with_javascript(page: Page, server_url: str, name: str) -> None:
    persona = PERSONAS[name]
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(server_url + "/")
    page.get_by_role("link", name="Begin").click()
    wait_for_page(page, "/")
    asked = complete(page, persona, js=True, audit=True)
    assert set(asked) == set(persona.answers)
    assert not set(asked) & set(persona.absent_keys)
    assert axe_violations(page) == []  # the summary
    page.get_by_role("link", name="Toon mijn advies").click()
    wait_for_page(page, "/vragen/samenvatting/")
    check_advice(page, persona)
    assert axe_violations(page) == []  # the advice
    assert all(url.startswith(server_url) for url in requests), requests
    # Nothing about the answers in the URL, the title or the browser's storage.
    assert "htmx-history-cache" not in page.evaluate("Object.keys(localStorage)")
    for value in persona.answers.values():
        for v in [value] if isinstance(value, str) else value:
            if len(v) > 3:
                assert v not in page.url


@pytest.mark.parametrize("name", PERSONAS)
def test_persona_without_javascript(browser, server_url: str, name: str) -> None:
    persona = PERSONAS[name]
    context = browser.new_context(java_script_enabled=False, locale="nl-BE")
    page = context.new_page()
    page.goto(server_url + "/vragen/1/")
    asked = complete(page, persona, js=False)
    assert set(asked) == set(persona.answers)
    page.get_by_role("link", name="Toon mijn advies").click()
    wait_for_page(page, "/vragen/samenvatting/")
    check_advice(page, persona)
    context.close()


# --- errors, Back/Forward, starting again, quick exit ----------------------------------------


def test_error_state_is_accessible_and_linked(page: Page, server_url: str, screenshot) -> None:
    statuses: list[int] = []
    page.on("response", lambda r: statuses.append(r.status) if "/vragen/" in r.url else None)
    page.goto(server_url + "/vragen/1/")
    page.get_by_role("button", name="Verder").click()
    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    assert 400 in statuses
    assert page.title().startswith("Fout: Vraag 1 van")
    fieldset = page.locator("fieldset")
    assert "fout-gevaar" in fieldset.get_attribute("aria-describedby")
    assert axe_violations(page) == []
    screenshot("vraag-fout")
    summary.get_by_role("link").click()
    expect(page.locator("#f-gevaar-ja")).to_be_focused()
    # An error on the place question: the input itself is marked invalid.
    page.check("#f-gevaar-nee")
    page.get_by_role("button", name="Verder").click()
    expect(page.locator("#f-rol-ouder")).to_be_visible()
    page.check("#f-rol-ouder")
    page.get_by_role("button", name="Verder").click()
    page.select_option("#f-leeftijd", "7")
    page.get_by_role("button", name="Verder").click()
    page.fill("#f-postcode", "0123")
    page.get_by_role("button", name="Verder").click()
    expect(page.locator("#f-postcode")).to_have_attribute("aria-invalid", "true")
    expect(page.locator(".error-summary")).to_contain_text("4 cijfers")
    assert axe_violations(page) == []


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
def test_back_and_forward_keep_answers(browser, server_url: str, js: bool) -> None:
    context = browser.new_context(java_script_enabled=js, locale="nl-BE")
    page = context.new_page()
    page.goto(server_url + "/vragen/1/")
    for key, value in (("gevaar", "nee"), ("rol", "school"), ("leeftijd", "9")):
        expect(page.locator(f'form.step [name="{key}"]').first).to_be_visible()
        fill(page, key, value)
        page.get_by_role("button", name="Verder").click()
        wait_for_page(page, f"/vragen/{('gevaar', 'rol', 'leeftijd').index(key) + 1}/")
    assert page.url.endswith("/vragen/4/")
    page.go_back()
    page.wait_for_url("**/vragen/3/")
    expect(page.locator("#f-leeftijd")).to_have_value("9")
    page.go_back()
    page.wait_for_url("**/vragen/2/")
    expect(page.locator("#f-rol-school")).to_be_checked()
    page.go_forward()
    page.wait_for_url("**/vragen/3/")
    expect(page.locator("#f-leeftijd")).to_have_value("9")
    # Changing an answer on the way back keeps the others.
    page.select_option("#f-leeftijd", "10")
    page.get_by_role("button", name="Verder").click()
    page.wait_for_url("**/vragen/4/")
    page.go_back()
    page.wait_for_url("**/vragen/3/")
    expect(page.locator("#f-leeftijd")).to_have_value("10")
    context.close()


def _finish(page: Page, server_url: str, persona: Persona, js: bool = True) -> None:
    page.goto(server_url + "/vragen/1/")
    complete(page, persona, js=js)
    page.get_by_role("link", name="Toon mijn advies").click()
    wait_for_page(page, "/vragen/samenvatting/")
    check_advice(page, persona)


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
def test_start_again_forgets_the_answers(browser, server_url: str, js: bool) -> None:
    context = browser.new_context(java_script_enabled=js, locale="nl-BE")
    page = context.new_page()
    _finish(page, server_url, PERSONAS["ouder-van-baby"], js=js)
    page.get_by_role("button", name="Opnieuw beginnen").click()
    page.wait_for_url(server_url + "/")
    expect(page.get_by_role("link", name="Begin")).to_be_visible()
    page.goto(server_url + "/advies/")
    page.wait_for_url("**/vragen/1/")
    expect(page.locator("input[name=gevaar]:checked")).to_have_count(0)
    context.close()


def test_quick_exit_forgets_the_answers(page: Page, server_url: str) -> None:
    page.route("https://www.google.be/**", lambda route: route.fulfill(body="neutraal"))
    _finish(page, server_url, PERSONAS["ouder-hulp-gestopt"])
    page.get_by_role("button", name="Snel weg").click()
    page.wait_for_url("https://www.google.be/**")
    for _ in range(20):  # the flush is a background request; give it a moment
        page.goto(server_url + "/advies/")
        if "/vragen/1/" in page.url:
            break
        page.wait_for_timeout(100)
    assert page.url.endswith("/vragen/1/")


def test_quick_exit_without_javascript_forgets_the_answers(browser, server_url: str) -> None:
    context = browser.new_context(java_script_enabled=False, locale="nl-BE")
    page = context.new_page()
    page.route("https://www.google.be/**", lambda route: route.fulfill(body="neutraal"))
    _finish(page, server_url, PERSONAS["ouder-hulp-gestopt"], js=False)
    page.get_by_role("button", name="Snel weg").click()
    page.wait_for_url("https://www.google.be/**")
    page.goto(server_url + "/advies/")
    assert page.url.endswith("/vragen/1/")
    context.close()


# --- keyboard, weight, look -------------------------------------------------------------------


def tab_to(page: Page, selector: str, limit: int = 60) -> None:
    """Press Tab until the element matching `selector` has focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_keyboard_only(page: Page, server_url: str) -> None:
    page.goto(server_url + "/")
    tab_to(page, "a.start-button")
    page.keyboard.press("Enter")
    page.wait_for_url("**/vragen/1/")
    # After each htmx swap the focus is on the new question's heading.
    tab_to(page, "input[name=gevaar]")
    page.keyboard.press("ArrowDown")  # "nee"
    expect(page.locator("#f-gevaar-nee")).to_be_checked()
    tab_to(page, "button.primary")
    page.keyboard.press("Enter")
    page.wait_for_url("**/vragen/2/")
    expect(page.locator("main h1")).to_be_focused()
    tab_to(page, "input[name=rol]")
    page.keyboard.press("Space")  # the first: jongere
    tab_to(page, "button.primary")
    page.keyboard.press("Enter")
    page.wait_for_url("**/vragen/3/")
    expect(page.locator("main h1")).to_be_focused()
    tab_to(page, "#f-leeftijd")
    for _ in range(18):  # Kies…, nog niet geboren, 0, 1, … 16
        page.keyboard.press("ArrowDown")
    expect(page.locator("#f-leeftijd")).to_have_value("16")
    tab_to(page, "button.primary")
    page.keyboard.press("Enter")
    page.wait_for_url("**/vragen/4/")
    # Focus moves on htmx:afterSettle, when htmx has wired up the new field's suggestions.
    expect(page.locator("main h1")).to_be_focused()
    tab_to(page, "#f-postcode")
    page.keyboard.type("1000")
    suggestion = page.locator("button.suggestion").first
    expect(suggestion).to_be_visible()
    tab_to(page, "button.suggestion")  # choose the municipality from the suggestions
    page.keyboard.press("Enter")
    page.wait_for_url("**/vragen/5/")
    expect(page.locator("main h1")).to_be_focused()
    tab_to(page, "#f-situatie-school")
    page.keyboard.press("Space")
    tab_to(page, "button.primary")
    page.keyboard.press("Enter")
    # A young person of 16 with a school question: help without the parents, and the school.
    page.wait_for_url("**/vragen/6/")
    expect(page.locator("main h1")).to_be_focused()
    tab_to(page, "input[name=geheim]")
    page.keyboard.press("ArrowDown")  # "nee"
    expect(page.locator("#f-geheim-nee")).to_be_checked()
    tab_to(page, "button.primary")
    page.keyboard.press("Enter")
    page.wait_for_url("**/vragen/7/")
    expect(page.locator("main h1")).to_be_focused()
    tab_to(page, "input[name=school_situatie]")
    page.keyboard.press("Space")  # the first: no school registration or home education
    tab_to(page, "button.primary")
    page.keyboard.press("Enter")
    page.wait_for_url("**/vragen/8/")
    expect(page.locator("main h1")).to_be_focused()
    tab_to(page, "input[name=taal_gezin]")
    page.keyboard.press("Space")  # the first: Dutch
    expect(page.locator("#f-taal_gezin-nl")).to_be_checked()
    tab_to(page, "button.primary")
    page.keyboard.press("Enter")
    page.wait_for_url("**/vragen/samenvatting/")
    expect(page.locator("main")).to_contain_text("Brussel")
    tab_to(page, "a[href$='/advies/']")
    page.keyboard.press("Enter")
    page.wait_for_url("**/advies/")
    expect(page.locator("[data-vorm]").first).to_be_visible()


def test_page_weight(page: Page, server_url: str) -> None:
    responses = []
    page.on("response", lambda r: responses.append(r))
    page.goto(server_url + "/vragen/1/", wait_until="networkidle")
    first = sum(wire_size(r) for r in responses)
    encodings = {r.url.rsplit("/", 1)[-1]: r.headers.get("content-encoding") for r in responses}
    print(f"\nfirst page + assets: {first} bytes over the wire; encodings: {encodings}")
    assert first <= FIRST_PAGE_BUDGET, (first, encodings)
    responses.clear()
    page.check("#f-gevaar-nee")
    page.get_by_role("button", name="Verder").click()
    wait_for_page(page, "/vragen/1/")
    page.wait_for_load_state("networkidle")
    swap = sum(wire_size(r) for r in responses)
    print(f"step swap: {swap} bytes over the wire in {len(responses)} responses")
    assert responses[0].request.headers.get("hx-request") == "true"
    assert "<html" not in responses[-1].text()  # only the step, not the whole page
    assert swap <= STEP_SWAP_BUDGET, swap


def test_screenshots_and_small_screens(page: Page, server_url: str, screenshot) -> None:
    """One screenshot per page type, at phone width (360 px) and desktop; no sideways scroll."""
    persona = PERSONAS["clb-gezin-weigert"]

    def no_sideways_scroll() -> None:
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    for width, suffix in ((360, "-360"), (1024, "")):
        page.set_viewport_size({"width": width, "height": 800})
        page.context.clear_cookies()
        page.goto(server_url + "/")
        no_sideways_scroll()
        screenshot("start" + suffix)
        page.goto(server_url + "/vragen/1/")
        page.check("#f-gevaar-ja")
        no_sideways_scroll()
        screenshot("vraag-gevaar-ja" + suffix)
        page.check("#f-gevaar-nee")
        path = "/vragen/1/"
        names = {"rol": "vraag-keuze", "leeftijd": "vraag-leeftijd", "postcode": "vraag-plaats"}
        names |= {"situatie": "vraag-situatie", "lopend": "vraag-vervolg"}
        page.get_by_role("button", name="Verder").click()
        path = wait_for_page(page, path)
        while QUESTION_PATH.search(path):
            key = current_key(page)
            fill(page, key, persona.answers[key])
            if key == "postcode":
                page.fill("#f-postcode", "35")
                expect(page.locator("button.suggestion").first).to_be_visible()
                page.fill("#f-postcode", "3500")
                expect(page.locator("button.suggestion")).to_have_count(1)
                expect(page.locator("button.suggestion")).to_have_text("3500 Hasselt")
            no_sideways_scroll()
            screenshot(names.get(key, f"vraag-{key}") + suffix)
            page.get_by_role("button", name="Verder").click()
            path = wait_for_page(page, path)
        no_sideways_scroll()
        screenshot("samenvatting" + suffix)
        page.get_by_role("link", name="Toon mijn advies").click()
        wait_for_page(page, "/vragen/samenvatting/")
        page.locator("details.why").first.locator("summary").click()
        no_sideways_scroll()
        screenshot("advies" + suffix)
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".print-head")).to_be_visible()
    screenshot("advies-print")
