"""The coverage board on a phone, as an editor opens it from the admin start page: its colours
show under the site's Content-Security-Policy, and it needs no sideways scrolling at 390 px."""

from __future__ import annotations

import pytest

from tests.browser.test_admin_concurrent_edit import editors, log_in  # noqa: F401 - fixture

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


@pytest.mark.parametrize("viewport", [PHONE, {"width": 1280, "height": 900}], ids=["phone", "desk"])
def test_the_board_is_reached_from_the_start_page_and_fits(browser, editors, viewport):  # noqa: F811
    page = log_in(browser, editors, "eerste")
    page.set_viewport_size(viewport)
    page.goto(editors + "/admin/")
    page.get_by_role("link", name="Dekkingsbord").click()
    page.wait_for_selector("#coverage-board")
    red = page.locator("#coverage-board td.cell-rood").first
    colour = red.evaluate("cell => getComputedStyle(cell).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    # Neither the page nor the board's own scroll box is wider than the screen.
    wide = page.evaluate(
        "Math.max(document.documentElement.scrollWidth,"
        " document.querySelector('#coverage-board').getBoundingClientRect().right)"
    )
    assert wide <= viewport["width"]
    page.context.close()
