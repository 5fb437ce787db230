"""The server-error pages (500, 503) in a real browser: accessible, "Snel weg" on the first
phone screen, and leaving without JavaScript.

The app under test cannot be made to fail on demand, so the browser gets the page exactly as
the error handler renders it (a template without a request), at an address of the app and
with the app's own security headers; "Snel weg" then posts to the real app.
"""

from __future__ import annotations

import urllib.request

import pytest
from django.template import loader
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import axe_violations

PHONE = {"width": 390, "height": 844}


def serve(page: Page, server_url: str, template: str, status: int) -> str:
    """Answer `<server>/fout/` with the rendered error template; return its URL."""
    with urllib.request.urlopen(f"{server_url}/robots.txt", timeout=10) as response:
        csp = response.headers["Content-Security-Policy"]
    assert csp, "the app sends a Content-Security-Policy"
    body = loader.get_template(template).render()
    url = f"{server_url}/fout/"
    page.route(
        url,
        lambda route: route.fulfill(
            status=status,
            body=body,
            content_type="text/html; charset=utf-8",
            headers={"Content-Security-Policy": csp},
        ),
    )
    page.route("https://www.google.be/**", lambda route: route.fulfill(body="neutraal"))
    return url


@pytest.mark.parametrize("template,status", [("500.html", 500), ("503.html", 503)])
def test_server_error_page_is_accessible_and_snel_weg_leaves_without_javascript(
    browser: Browser, server_url: str, template: str, status: int
) -> None:
    for js in (True, False):
        context = browser.new_context(java_script_enabled=js, viewport=PHONE, locale="nl-BE")
        page = context.new_page()
        url = serve(page, server_url, template, status)
        page.goto(url)
        button = page.get_by_role("button", name="Snel weg")
        expect(button).to_be_in_viewport()
        if js:  # axe runs as a script in the page
            assert axe_violations(page) == []
        else:
            button.click()
            page.wait_for_url("https://www.google.be/**")
            assert "neutraal" in page.content()
        context.close()
