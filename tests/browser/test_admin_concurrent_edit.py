"""Two editors in two browsers save the same contact: the second is stopped, keeps their input."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.browser.conftest import ROOT, SERVER_ENV, axe_violations

PASSWORD = "een-lang-wachtwoord-voor-tests"
CREATE = (
    "from django.contrib.auth import get_user_model; U = get_user_model(); "
    "[U.objects.filter(username=n).exists() or U.objects.create_superuser(n, n + '@example.org', "
    f"'{PASSWORD}') for n in ('eerste', 'tweede')]"
)


@pytest.fixture(scope="module")
def editors(server_url):
    subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", CREATE],
        cwd=ROOT,
        env=SERVER_ENV,
        check=True,
        capture_output=True,
    )
    return server_url


def log_in(browser, url: str, name: str):
    context = browser.new_context()
    page = context.new_page()
    page.goto(url + "/admin/login/")
    page.fill("#id_username", name)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(url + "/admin/")
    return page


def test_the_second_save_is_refused_with_input_kept(browser, editors):
    url = editors
    first, second = log_in(browser, url, "eerste"), log_in(browser, url, "tweede")
    for page in (first, second):
        page.goto(url + "/admin/catalog/contactpoint/?q=vk-oost-vlaanderen")
        page.get_by_role(
            "link", name="VK Oost-Vlaanderen (Vertrouwenscentrum Kindermishandeling)"
        ).click()
        page.wait_for_selector("#id_email")
    original = first.input_value("#id_email")
    first.fill("#id_email", "eerste@example.org")
    first.click("input[name=_continue]")
    first.wait_for_selector(".messagelist .success")
    try:
        second.fill("#id_email", "tweede@example.org")
        second.click("input[name=_continue]")
        second.wait_for_selector(".errornote, .errorlist")
        assert "Iemand anders heeft dit intussen opgeslagen" in second.content()
        assert second.input_value("#id_email") == "tweede@example.org"

        first.reload()
        assert first.input_value("#id_email") == "eerste@example.org"
    finally:
        # The other browser tests share this catalogue: put the real address back.
        first.goto(first.url)
        first.fill("#id_email", original)
        first.click("input[name=_continue]")
        first.wait_for_selector(".messagelist .success")


def test_feedback_form_is_accessible_and_works_without_javascript(browser, server_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server_url + "/gemeente/41002/")
    page.locator("a", has_text="Klopt er iets niet?").first.click()
    assert page.get_by_role("heading", name="Klopt er iets niet?").is_visible()
    page.get_by_label("Het telefoonnummer").check()
    page.get_by_label("Wat moet het zijn? (niet verplicht)").fill("Het nummer is veranderd.")
    page.get_by_role("button", name="Verstuur").click()
    assert page.get_by_role("heading", name="Bedankt").is_visible()
    context.close()


def test_feedback_form_has_no_axe_violations(page, server_url):
    page.goto(server_url + "/klopt-er-iets-niet/?contact=ocj-aalst")
    assert axe_violations(page) == []
