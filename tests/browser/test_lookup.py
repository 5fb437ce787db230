"""The lookup for professionals in a real browser: accessibility, keyboard use, layout."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import axe_violations

PAGES = {
    "zoek": "/zoek/?q=sint",
    "gemeente": "/gemeente/41081/",
    "gemeente-buiten": "/gemeente/62063/",
    "regio": "/regio/oost-vlaanderen/",
    "regios": "/regio/",
    "hulpvormen": "/hulpvormen/",
    "hulpvormen-fout": "/hulpvormen/?leeftijd=99",
    "hulpvorm": "/hulpvormen/ocj/",
    "niet-gevonden": "/gemeente/99999/",
}


def no_horizontal_scroll(page: Page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("name,path", PAGES.items())
def test_page_is_accessible_local_and_fits_a_phone(page: Page, server_url, screenshot, name, path):
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(server_url + path)
    assert page.locator("h1").count() == 1
    assert axe_violations(page) == []
    assert all(url.startswith(server_url) for url in requests), requests
    screenshot(f"lookup-{name}")
    page.set_viewport_size({"width": 360, "height": 740})
    assert no_horizontal_scroll(page), name
    screenshot(f"lookup-{name}-360")


def tab_to(page: Page, element_id: str, limit: int = 20) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.id") == element_id:
            return
    raise AssertionError(f"Tab never reached #{element_id}")


def test_keyboard_postcode_to_zottegem_with_live_results(page: Page, server_url, screenshot):
    page.goto(server_url + "/zoek/")
    tab_to(page, "q")
    page.keyboard.type("9620")
    result = page.locator("#resultaten").get_by_role("link", name="Zottegem")
    expect(result).to_be_visible()
    expect(page).to_have_url(re.compile(r"/zoek/\?q=9620$"))
    assert axe_violations(page) == []
    screenshot("lookup-zoek-9620")
    page.keyboard.press("Tab")  # the search button
    page.keyboard.press("Tab")  # the first result
    assert page.evaluate("document.activeElement.textContent.trim()") == "Zottegem"
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Zottegem")
    expect(page.get_by_text("OCJ Aalst").first).to_be_visible()
    expect(page.locator("main")).to_contain_text("Crisisnetwerk Oost-Vlaanderen")
    expect(page.locator("main")).to_contain_text("VK Oost-Vlaanderen")
    expect(page.locator("main")).to_contain_text("ACT Oost-Vlaanderen")
    # Back returns to the search with its results.
    page.go_back()
    expect(page.locator("#resultaten").get_by_role("link", name="Zottegem")).to_be_visible()


def test_enter_in_the_field_goes_straight_to_the_municipality(page: Page, server_url):
    page.goto(server_url + "/zoek/")
    tab_to(page, "q")
    page.keyboard.type("9620")
    page.keyboard.press("Enter")
    expect(page).to_have_url(server_url + "/gemeente/41081/")
    expect(page.get_by_text("OCJ Aalst").first).to_be_visible()


def test_shared_postcode_lets_the_user_choose(page: Page, server_url):
    page.goto(server_url + "/zoek/")
    page.get_by_label("Postcode, naam van de gemeente of NIS-code").fill("1040")
    results = page.locator("#resultaten")
    expect(results.get_by_role("link", name=re.compile("^Etterbeek"))).to_be_visible()
    expect(results.get_by_role("link", name=re.compile("^Brussel"))).to_be_visible()


def test_search_works_without_javascript(browser, server_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server_url + "/zoek/")
    page.get_by_label("Postcode, naam van de gemeente of NIS-code").fill("gand")
    page.get_by_role("button", name="Zoek").click()
    page.get_by_role("link", name="Gent (Gand)").click()
    expect(page.locator("main")).to_contain_text("ocj.genteeklo@opgroeien.be")
    context.close()


def test_keyboard_catalogue_filter(page: Page, server_url):
    page.goto(server_url + "/hulpvormen/")
    tab_to(page, "id_toegang")
    page.keyboard.press("ArrowDown")  # noodhulp
    page.get_by_role("button", name="Toon hulpvormen").focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"toegang=noodhulp"))
    expect(page.get_by_role("link", name="Noodnummer 112")).to_be_visible()
    assert axe_violations(page) == []


def pdf_pages(page: Page) -> int:
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


@pytest.mark.parametrize("slug", ["west-vlaanderen", "vlaams-brabant"])
def test_region_sheet_prints_on_one_a4_page(page: Page, server_url, slug):
    """The sheet, which municipality belongs where, and the sources: one A4 page."""
    page.goto(server_url + f"/regio/{slug}/")
    assert pdf_pages(page) == 1


def test_municipality_page_prints_compactly(page: Page, server_url):
    page.goto(server_url + "/gemeente/41081/")
    assert pdf_pages(page) <= 2
