"""The admin screens editors use, in Chromium: Dutch throughout (also what the admin's
JavaScript writes), an error summary that leads to the field, and no serious axe findings."""

from __future__ import annotations

import pytest

from tests.browser.conftest import axe_violations
from tests.browser.test_admin_concurrent_edit import editors, log_in  # noqa: F401 - fixture

pytestmark = pytest.mark.browser

SCREENS = {
    "wijzigformulier": "/admin/catalog/contactpoint/add/",
    "lijst": "/admin/catalog/contactpoint/",
    "dekkingsbord": "/admin/catalog/contactpoint/dekking/",
    "import": "/admin/catalog/contactpoint/importeren/",
    "meldingen": "/admin/catalog/feedback/",
    "ondersteuningsvorm": "/admin/catalog/supportform/add/",
}


def serious(page) -> list[str]:
    """The critical and serious axe findings on the page, readable in a failure."""
    page.wait_for_load_state("networkidle")
    return [
        f"{v['impact']} {v['id']}: {v['nodes'][:4]}"
        for v in axe_violations(page)
        if v["impact"] in ("critical", "serious")
    ]


@pytest.mark.parametrize("screen", SCREENS)
def test_editor_screens_have_no_serious_axe_findings(browser, editors, screen):  # noqa: F811
    page = log_in(browser, editors, "eerste")
    page.goto(editors + SCREENS[screen])
    bad = serious(page)
    page.context.close()
    assert not bad, "; ".join(bad)


def test_an_existing_contacts_form_has_no_serious_axe_findings(browser, editors):  # noqa: F811
    page = log_in(browser, editors, "eerste")
    page.goto(editors + "/admin/catalog/contactpoint/?q=vk-oost-vlaanderen")
    page.get_by_role(
        "link", name="VK Oost-Vlaanderen (Vertrouwenscentrum Kindermishandeling)"
    ).click()
    page.wait_for_selector("#id_email")
    bad = serious(page)
    page.context.close()
    assert not bad, "; ".join(bad)


def test_the_multiple_choice_widget_speaks_dutch(browser, editors):  # noqa: F811
    page = log_in(browser, editors, "eerste")
    page.goto(editors + "/admin/catalog/contactpoint/add/")
    widget = page.locator(".selector").first
    widget.wait_for()
    text = widget.inner_text()
    page.context.close()
    assert "Choose" not in text and "Chosen" not in text and "Available" not in text
    assert "Beschikbare" in text


def test_an_error_summary_leads_to_the_field(browser, editors):  # noqa: F811
    page = log_in(browser, editors, "eerste")
    page.goto(editors + "/admin/catalog/contactpoint/add/")
    page.fill("#id_name", "Proef zonder bron")
    page.click("input[name=_save]")
    summary = page.locator("#foutoverzicht")
    summary.wait_for()
    link = summary.get_by_role("link", name="waar precies in de bron", exact=False)
    bad = serious(page)
    link.click()
    focused = page.evaluate("document.activeElement.id")
    page.context.close()
    assert focused == "id_source"
    assert not bad, "; ".join(bad)


def test_a_multiple_choice_in_error_is_reached_from_the_summary(browser, editors):  # noqa: F811
    page = log_in(browser, editors, "eerste")
    page.goto(editors + "/admin/catalog/contactpoint/add/")
    page.fill("#id_name", "Proef zonder ondersteuningsvorm")
    page.click("input[name=_save]")
    page.locator("#foutoverzicht").get_by_role("link", name="Ondersteuningsvormen").click()
    focused = page.evaluate("document.activeElement.id")
    page.context.close()
    assert focused == "id_support_forms_input"


def test_a_report_in_the_review_queue_has_no_serious_axe_findings(browser, editors):  # noqa: F811
    visitor = browser.new_context(java_script_enabled=False).new_page()
    visitor.goto(editors + "/klopt-er-iets-niet/?contact=ocj-aalst")
    visitor.get_by_label("Het telefoonnummer").check()
    visitor.get_by_role("button", name="Verstuur").click()
    visitor.context.close()
    page = log_in(browser, editors, "eerste")
    page.goto(editors + "/admin/catalog/feedback/")
    page.locator("#result_list tbody a").first.click()
    page.wait_for_selector("#id_status")
    bad = serious(page)
    page.context.close()
    assert not bad, "; ".join(bad)
