"""The catalogue speaks the routing vocabulary: its lists follow the rules and the questionnaire,
so a new step or role cannot go without a contact, a filter or a row on the coverage report."""

import re

import pytest

from catalog.models import SupportForm
from routing.rules import RULES
from routing.vocabulary import ROLE_OPTIONS

pytestmark = pytest.mark.django_db


def test_the_coverage_report_knows_every_support_form_a_rule_yields(admin_client_logged_in):
    response = admin_client_logged_in.get("/admin/catalog/contactpoint/dekking/")
    assert response.status_code == 200
    yielded = {rule.step.vorm for rule in RULES if rule.step is not None}
    assert yielded
    for region, cells in response.context["report_named"]:
        named = {cell.slug: name for cell, name in cells}
        missing = sorted(yielded - set(named))
        assert not missing, f"{region}: no row for {missing}"
        # Each one is a support form of the catalogue, shown by its name.
        assert all(named[slug] for slug in yielded), region


def test_the_catalogue_filters_on_the_questionnaire_roles(client):
    page = client.get("/hulpvormen/").content.decode()
    select = re.search(r'<select name="wie"[^>]*>(.*?)</select>', page, re.S)
    assert select is not None
    values = re.findall(r'<option value="([^"]*)"', select.group(1))
    assert values == ["", *(o.value for o in ROLE_OPTIONS)]
    for option in ROLE_OPTIONS:
        response = client.get("/hulpvormen/", {"wie": option.value})
        assert response.status_code == 200, option.value


def test_every_who_may_ask_is_a_questionnaire_role():
    """The catalogue pages name each role in words; a value outside the vocabulary would show
    as a bare code."""
    roles = {o.value for o in ROLE_OPTIONS}
    forms = SupportForm.objects.values_list("slug", "who_may_ask")
    assert any(who for _, who in forms)
    for slug, who in forms:
        assert set(who or []) <= roles, slug
