"""In a real browser on a phone: all content of a public page sits inside a landmark (axe's
"region" rule, which the WCAG rule set leaves out), and the feedback form's button is a
comfortable tap target."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
PAGES = ["/", "/zoek/?q=gent", "/gemeente/44021/", "/regio/limburg/", "/klopt-er-iets-niet/"]


@pytest.mark.parametrize("path", PAGES)
def test_no_content_outside_a_landmark(page, server_url, path) -> None:
    page.set_viewport_size(PHONE)
    page.goto(server_url + path)
    results = Axe().run(page, options={"runOnly": {"type": "rule", "values": ["region"]}})
    assert [n["target"] for v in results.response["violations"] for n in v["nodes"]] == []


def test_the_feedback_button_is_a_comfortable_tap_target(page, server_url) -> None:
    page.set_viewport_size(PHONE)
    page.goto(server_url + "/klopt-er-iets-niet/")
    box = page.get_by_role("button", name="Verstuur").bounding_box()
    assert box is not None and box["height"] >= 44 and box["width"] >= 44
