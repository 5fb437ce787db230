"""The admin forms editors use: an error summary that names and links every field in error,
required fields first, Dutch names everywhere, and a list that shows the saved record."""

import re

import pytest
from django.utils.text import capfirst

from catalog.models import ContactPoint, SupportForm
from tests.catalog.test_admin import ADD_URL, new_contact_data

pytestmark = pytest.mark.django_db

SUMMARY = re.compile(r'<div class="error-summary" id="foutoverzicht".*?</div>', re.S)


def summary_links(content: str) -> dict[str, str]:
    """The summary's links: target id -> link text."""
    match = SUMMARY.search(content)
    assert match, "no error summary on the page"
    return dict(re.findall(r'<a href="#([^"]+)">([^<]+)</a>', match.group(0)))


def test_the_summary_names_and_links_every_field_in_error(admin_client_logged_in):
    data = new_contact_data(phone="09 12", source="", coverage="")
    data.update({"opening_slots-0-opens": "12:00", "opening_slots-0-closes": "09:00"})
    response = admin_client_logged_in.post(ADD_URL, data)
    assert response.status_code == 200
    content = response.content.decode()
    links = summary_links(content)
    form = response.context["adminform"].form
    assert set(form.errors) <= {name.removeprefix("id_") for name in links}
    for name in form.errors:
        assert links[f"id_{name}"] == capfirst(form.fields[name].label)
        assert f'id="id_{name}"' in content  # the link leads to the input itself
    # The row of opening hours is named with its number, and linked to its input.
    assert links["id_opening_slots-0-closes"].startswith("Openingsuur 1: ")
    assert 'id="id_opening_slots-0-closes"' in content


def test_a_checkbox_list_in_error_links_to_its_first_box(admin_client_logged_in):
    response = admin_client_logged_in.post(ADD_URL, new_contact_data(regions=["nergens"]))
    links = summary_links(response.content.decode())
    assert "id_regions_0" in links
    assert 'id="id_regions_0"' in response.content.decode()


def test_a_form_without_errors_has_no_summary(admin_client_logged_in):
    response = admin_client_logged_in.get(ADD_URL)
    assert not SUMMARY.search(response.content.decode())


def test_required_fields_come_first_on_the_contact_point_form(admin_client_logged_in):
    response = admin_client_logged_in.get(ADD_URL)
    content = response.content.decode()
    form = response.context["adminform"].form
    visible = [n for n, f in form.fields.items() if not f.widget.is_hidden]
    where = {n: content.index(f'name="{n}"') for n in visible}
    required = [n for n in visible if form.fields[n].required]
    optional = [n for n in visible if not form.fields[n].required]
    assert required and optional
    assert max(where[n] for n in required) < min(where[n] for n in optional)


def test_every_label_and_column_is_dutch(admin_client_logged_in):
    point = ContactPoint.objects.filter(opening_slots__isnull=False).first()
    change = admin_client_logged_in.get(f"/admin/catalog/contactpoint/{point.pk}/change/")
    text = change.content.decode()
    assert "Openingsuren" in text and "peningsuurs" not in text
    listing = admin_client_logged_in.get("/admin/catalog/contactpoint/").content.decode()
    assert "Phone display" not in listing and "phone_display" not in listing
    assert ">Telefoon</a>" in listing


def test_after_saving_the_list_shows_the_saved_record(admin_client_logged_in):
    response = admin_client_logged_in.post(ADD_URL, new_contact_data())
    assert response.status_code == 302
    listing = admin_client_logged_in.get(response["Location"])
    shown = list(listing.context["cl"].result_list)
    assert ContactPoint.objects.get(key="nieuw-contact") in shown
    assert len(shown) < ContactPoint.objects.count()


def test_after_changing_a_support_form_the_list_shows_it(admin_client_logged_in):
    support_form = SupportForm.objects.order_by("-name").first()
    page = admin_client_logged_in.get(f"/admin/catalog/supportform/{support_form.pk}/change/")
    form = page.context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and k in form.fields}
    data = {
        k: ("on" if v is True else "" if v is False else v)
        for k, v in data.items()
        if not isinstance(v, (list, dict))
    }
    data.update(
        {
            "seen_version": form.fields["seen_version"].initial,
            "who_may_ask": '["ouder"]',
            "fallbacks-TOTAL_FORMS": 0,
            "fallbacks-INITIAL_FORMS": 0,
            "_save": "Bewaren",
        }
    )
    response = admin_client_logged_in.post(page.request["PATH_INFO"], data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    listing = admin_client_logged_in.get(response["Location"])
    shown = list(listing.context["cl"].result_list)
    assert support_form in shown
    assert len(shown) < SupportForm.objects.count()


def test_the_admin_scripts_catalogue_speaks_dutch(admin_client_logged_in):
    catalogue = admin_client_logged_in.get("/admin/jsi18n/").content.decode()
    # The texts of the multiple-choice widget that Django's Dutch lacks.
    for english in ("Choose all %s", "Remove all %s", "Choose selected %s"):
        assert f'"{english}"' in catalogue  # the key, with its Dutch value
    assert "Alle %s kiezen" in catalogue and "Alle %s verwijderen" in catalogue


def test_a_page_with_errors_is_titled_in_dutch(admin_client_logged_in):
    response = admin_client_logged_in.post(ADD_URL, new_contact_data(source=""))
    title = re.search(r"<title>(.*?)</title>", response.content.decode(), re.S).group(1)
    assert title.startswith("Fout:")
