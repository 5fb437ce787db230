"""The layout every public page shares: quick exit, emergency line, no third-party requests."""

from tests.browser.conftest import axe_violations


def test_start_page_layout_is_accessible_and_local(page, server_url, screenshot):
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(server_url + "/")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.get_by_role("button", name="Snel weg").is_visible()
    assert page.locator(".emergency-line").is_visible()
    assert axe_violations(page) == []
    assert requests and all(url.startswith(server_url) for url in requests), requests
    screenshot("start")


def test_quick_exit_leaves_and_forgets(page, server_url):
    page.route("https://www.google.be/**", lambda route: route.fulfill(body="neutraal"))
    page.goto(server_url + "/")
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_url("https://www.google.be/**")
    assert "neutraal" in page.content()


def test_quick_exit_without_javascript(browser, server_url):
    # A Dutch browser: the first page follows the browser's language ("Snel weg" in Dutch).
    context = browser.new_context(java_script_enabled=False, locale="nl-BE")
    page = context.new_page()
    page.route("https://www.google.be/**", lambda route: route.fulfill(body="neutraal"))
    page.goto(server_url + "/")
    page.get_by_role("button", name="Snel weg").click()
    page.wait_for_url("https://www.google.be/**")
    context.close()


def test_every_file_a_page_loads_is_there(page, server_url):
    """The stylesheets, scripts and icon of two pages in a row, by their hashed names."""
    answers: list[tuple[str, int]] = []
    page.on("response", lambda r: answers.append((r.url, r.status)))
    page.goto(server_url + "/")
    page.goto(server_url + "/zoek/?q=gent")
    files = [(url, status) for url, status in answers if "/static/" in url]
    assert any(".css" in url for url, _ in files) and any(".js" in url for url, _ in files)
    assert all(status == 200 for _, status in files), files
    # Hashed names (site.abc123.css): browsers may keep them for good.
    assert all(url.rsplit("/", 1)[1].count(".") >= 2 for url, _ in files), files
