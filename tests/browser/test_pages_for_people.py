"""Pages that work for their people, in a real browser: safety within reach on a phone, the
advice's first screen, focus after "Ja" to the danger question, the place finder without
JavaScript, print page counts, axe on every public page type, and small things."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import axe_violations
from tests.browser.test_questionnaire import PERSONAS, Persona, complete, wait_for_page

PHONE = {"width": 390, "height": 844}


def pdf_pages(page: Page) -> int:
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def answered(browser: Browser, server_url: str, name: str, *, js: bool = True) -> Page:
    """A phone-sized page on the advice of a persona."""
    context = browser.new_context(viewport=PHONE, java_script_enabled=js, locale="nl-BE")
    page = context.new_page()
    page.goto(server_url + "/vragen/1/")
    complete(page, PERSONAS[name], js=js)
    page.goto(server_url + "/advies/")
    return page


def quick_exit_is_reachable(page: Page) -> None:
    """The "Snel weg" button is inside the viewport and nothing covers its centre."""
    button = page.get_by_role("button", name="Snel weg")
    box = button.bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"]
    on_top = page.evaluate(
        "([x, y]) => document.elementFromPoint(x, y).closest('.quick-exit-button') !== null",
        [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2],
    )
    assert on_top


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
@pytest.mark.parametrize("path", ["/advies/", "/gemeente/41081/", "/regio/antwerpen/"])
def test_quick_exit_stays_in_reach_while_scrolling(browser, server_url, js, path) -> None:
    page = answered(browser, server_url, "jongere-in-crisis", js=js)
    page.goto(server_url + path)
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height > 2 * PHONE["height"]  # a long page, so scrolling matters
    for y in range(0, height, PHONE["height"] // 2):
        page.evaluate("y => window.scrollTo(0, y)", y)
        quick_exit_is_reachable(page)
    # The sticky bar is one short row, so it does not hide the content.
    assert page.locator(".site-header").bounding_box()["height"] <= 80
    page.context.close()


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
def test_crisis_advice_puts_what_to_do_now_on_the_first_screen(browser, server_url, js) -> None:
    page = answered(browser, server_url, "jongere-in-crisis", js=js)
    for number in ("112", "101"):
        call = page.locator(f'.danger-box a.call[href="tel:{number}"]')
        expect(call).to_be_visible()
        box = call.bounding_box()
        assert box["y"] + box["height"] <= PHONE["height"], number
        assert box["height"] >= 44  # the same big buttons as on the danger question
    order = page.evaluate(
        """() => {
            const pos = (sel) => {
                const el = document.querySelector(sel);
                return el ? el.getBoundingClientRect().top + window.scrollY : null;
            };
            return {
                danger: pos('.danger-box'), crisis: pos('[data-vorm="crisismeldpunt"]'),
                line: pos('[data-vorm="zelfmoordlijn-1813"]'), notice: pos('.notice'),
                lead: pos('.lead'),
            };
        }"""
    )
    for later in ("notice", "lead"):
        if order[later] is not None:
            assert order["crisis"] < order[later] and order["line"] < order[later], order
    assert order["danger"] < order["crisis"]
    main = page.locator("main").inner_text()
    assert "Volgens regel" not in main and "design §" not in main
    assert "Binnenkort" not in main and "Nu bellen" in main
    page.context.close()


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
def test_yes_to_danger_moves_focus_to_the_emergency_box(browser, server_url, js) -> None:
    context = browser.new_context(viewport=PHONE, java_script_enabled=js)
    page = context.new_page()
    page.goto(server_url + "/vragen/1/")
    page.check("#f-gevaar-ja")
    page.get_by_role("button", name="Verder").click()
    if js:
        wait_for_page(page, "/vragen/1/")
    else:
        page.wait_for_url(re.compile(r"/vragen/2/$"))
    expect(page.locator("#nu-bellen")).to_be_focused()
    expect(page.locator("#nu-bellen a.call").first).to_have_attribute("href", "tel:112")
    context.close()


def test_a_typo_without_javascript_gets_did_you_mean(browser, server_url) -> None:
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(server_url + "/vragen/1/")
    for selector in ("#f-gevaar-nee", "#f-rol-ouder"):
        page.check(selector)
        page.get_by_role("button", name="Verder").click()
    page.select_option("#f-leeftijd", "9")
    page.get_by_role("button", name="Verder").click()
    page.fill("#f-postcode", "Antwerepn")
    page.get_by_role("button", name="Verder").click()
    expect(page.locator(".error-summary h2")).to_have_text("We vinden die gemeente niet")
    expect(page.locator(".suggestions")).to_contain_text("Bedoel je")
    page.get_by_role("button", name=re.compile("Antwerpen")).first.click()
    page.wait_for_url(re.compile(r"/vragen/5/$"))
    context.close()


@pytest.mark.parametrize("slug", ["oost-vlaanderen", "antwerpen", "brussel", "limburg"])
def test_region_sheet_prints_on_one_a4_page(page: Page, server_url, slug) -> None:
    page.goto(server_url + f"/regio/{slug}/")
    assert pdf_pages(page) == 1
    page.emulate_media(media="print")
    for badge in page.locator(".tag").all():
        expect(badge).to_be_hidden()
    expect(page.locator(".sheet-footer")).to_contain_text("afgedrukt op")


#: A crisis where no crisis meldpunt is known yet: the longest crisis step (three numbers to
#: dial today instead of one), with 112/101 first.
CRISIS_ONLY = Persona(
    answers={
        "gevaar": "ja",
        "rol": "jongere",
        "leeftijd": "15",
        "postcode": "2000",
        "situatie": ["crisis"],
    },
    first="noodnummer-112",
    includes=("politie-101", "crisismeldpunt"),
)


def test_crisis_advice_prints_on_one_page(browser, server_url) -> None:
    context = browser.new_context(viewport=PHONE, locale="nl-BE")
    page = context.new_page()
    page.goto(server_url + "/vragen/1/")
    complete(page, CRISIS_ONLY)
    page.goto(server_url + "/advies/")
    expect(page.locator('[data-vorm="crisismeldpunt"] a[href="tel:101"]').first).to_be_visible()
    assert pdf_pages(page) == 1
    page.emulate_media(media="print")
    expect(page.locator(".print-head")).to_contain_text("afgedrukt op")
    for badge in page.locator(".tag").all():
        expect(badge).to_be_hidden()
    page.context.close()


PUBLIC_PAGES = {
    "start": "/",
    "vraag": "/vragen/1/",
    "zoek-typfout": "/zoek/?q=Gnet",
    "zoek-niets": "/zoek/?q=Wilrijk",
    "zoek-vroegere-naam": "/zoek/?q=Meulebeke",
    "gemeente": "/gemeente/41002/",
    "gemeente-brussel": "/gemeente/21004/",
    "regio-west": "/regio/west-vlaanderen/",
}


@pytest.mark.parametrize("name,path", PUBLIC_PAGES.items())
def test_public_pages_are_accessible_local_and_fit_320px(page: Page, server_url, name, path):
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(server_url + path, wait_until="networkidle")
    assert axe_violations(page) == []
    assert all(url.startswith(server_url) for url in requests), requests
    assert errors == []
    description = page.locator('meta[name="description"]').get_attribute("content")
    assert description and len(description) > 40
    assert page.locator("[hx-get], [hx-post], [hx-target]").count() == 0
    page.set_viewport_size({"width": 320, "height": 640})
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), name


def test_crisis_advice_is_accessible(browser, server_url) -> None:
    page = answered(browser, server_url, "jongere-in-crisis")
    assert axe_violations(page) == []
    page.set_viewport_size({"width": 320, "height": 640})
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.context.close()


def test_begin_is_above_the_fold_on_a_phone(browser, server_url) -> None:
    # A Dutch browser: an English one is sent to /en/ (the first page follows the browser).
    context = browser.new_context(viewport=PHONE, locale="nl-BE")
    page = context.new_page()
    page.goto(server_url + "/")
    box = page.get_by_role("link", name="Begin").bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"]
    context.close()


def test_favicon_and_head(page: Page, server_url) -> None:
    assert page.request.get(server_url + "/favicon.ico").status == 200
    for path in ("/", "/vragen/1/", "/zoek/", "/gemeente/41002/", "/regio/", "/hulpvormen/"):
        get = page.request.get(server_url + path, max_redirects=0)
        head = page.request.head(server_url + path, max_redirects=0)
        assert head.status == get.status, path


def test_municipality_page_starts_with_the_key_contacts(page: Page, server_url) -> None:
    page.goto(server_url + "/gemeente/41002/")
    first_h2 = page.locator("main h2").first
    expect(first_h2).to_have_text("In één oogopslag")
    table = page.locator(".glance-table")
    for label in ("Crisismeldpunt", "OCJ", "VK", "Toegangspoort", "Cliëntoverleg", "Bemiddeling"):
        expect(table.get_by_role("rowheader", name=re.compile(label))).to_be_visible()
    expect(table.locator('a[href^="tel:"]').first).to_be_visible()
    expect(table.locator('a[href^="mailto:"]').first).to_be_visible()
    # A heading never just repeats the contact's name under it.
    headings = page.locator(".entry h3").all_inner_texts()
    names = page.locator(".entry .contact-name strong").all_inner_texts()
    assert not set(headings) & set(names), set(headings) & set(names)
