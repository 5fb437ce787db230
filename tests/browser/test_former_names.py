"""A former municipality name in a real browser: the place question and /zoek/, with and
without JavaScript, lead to today's municipality (Meulebeke is Tielt, never Lebbeke)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.test_questionnaire import path_of, wait_for_page

SHOWN = "Meulebeke → nu Tielt (sinds 1 januari 2025)"


def to_place_question(page: Page, server_url: str) -> str:
    page.goto(server_url + "/vragen/1/")
    path = path_of(page.url)
    page.check("#f-gevaar-nee")
    page.get_by_role("button", name="Verder").click()
    path = wait_for_page(page, path)
    page.check("#f-rol-ouder")
    page.get_by_role("button", name="Verder").click()
    path = wait_for_page(page, path)
    page.select_option("#f-leeftijd", "7")
    page.get_by_role("button", name="Verder").click()
    return wait_for_page(page, path)


def test_place_question_suggests_today_s_municipality(page: Page, server_url: str) -> None:
    path = to_place_question(page, server_url)
    page.fill("#f-postcode", "Meulebeke")
    suggestion = page.locator("button.suggestion")
    expect(suggestion).to_have_count(1)
    expect(suggestion).to_have_text(SHOWN)
    expect(page.locator(".suggestions")).not_to_contain_text("Lebbeke")
    suggestion.click()
    wait_for_page(page, path)
    expect(page.locator("#f-situatie-opvoeding")).to_be_visible()  # the next question


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
def test_lookup_finds_a_former_name(browser, server_url: str, js: bool) -> None:
    context = browser.new_context(java_script_enabled=js, locale="nl-BE")
    page = context.new_page()
    page.goto(server_url + "/zoek/")
    page.fill("#q", "Meulebeke")  # with JavaScript, htmx searches while typing
    if not js:
        page.get_by_role("button", name="Zoek").click()
    results = page.locator("#resultaten")
    expect(results.get_by_role("link", name=SHOWN)).to_be_visible()
    expect(results).not_to_contain_text("Lebbeke")
    results.get_by_role("link", name=SHOWN).click()
    expect(page.locator("main h1")).to_contain_text("Tielt")
    context.close()


def test_place_question_accepts_a_former_name_without_javascript(browser, server_url: str) -> None:
    context = browser.new_context(java_script_enabled=False, locale="nl-BE")
    page = context.new_page()
    path = to_place_question(page, server_url)
    page.fill("#f-postcode", "meulebeke")
    page.get_by_role("button", name="Verder").click()
    path = wait_for_page(page, path)
    page.check("#f-situatie-opvoeding")
    page.get_by_role("button", name="Verder").click()
    # A parent of a 7-year-old with a parenting question: is there a child under 3 too?
    path = wait_for_page(page, path)
    page.check("#f-jong_kind-nee")
    page.get_by_role("button", name="Verder").click()
    path = wait_for_page(page, path)
    page.check("#f-taal_gezin-nl")
    page.get_by_role("button", name="Verder").click()
    assert wait_for_page(page, path) == "/vragen/samenvatting/"
    expect(page.locator("main")).to_contain_text("Tielt")
    expect(page.locator("main")).not_to_contain_text("Lebbeke")
    context.close()
