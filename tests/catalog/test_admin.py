"""The admin that editors use: validation, the check action, history, the coverage report."""

from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Group, Permission

from catalog.models import ContactPoint, SupportForm

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/catalog/contactpoint/add/"


def new_contact_data(**overrides) -> dict:
    data = {
        "name": "Nieuw contact",
        "key": "nieuw-contact",
        "support_forms": [SupportForm.objects.get(slug="vk").pk],
        "active": "on",
        "phone": "09 216 73 30",
        "coverage": "regions",
        "regions": ["limburg"],
        "closed_on_public_holidays": "on",
        "confidence": "official",
        "source_name": "Website van de dienst",
        "source": "https://example.org/bron",
        "taken_on": "2026-11-20",
        "opening_slots-TOTAL_FORMS": 1,
        "opening_slots-INITIAL_FORMS": 0,
        "opening_slots-0-weekday": 0,
        "opening_slots-0-opens": "09:00",
        "opening_slots-0-closes": "12:00",
        "opening_exceptions-TOTAL_FORMS": 0,
        "opening_exceptions-INITIAL_FORMS": 0,
        "_save": "Bewaren",
    }
    data.update(overrides)
    return data


def test_a_bad_phone_number_gets_a_clear_error(admin_client_logged_in):
    response = admin_client_logged_in.post(ADD_URL, new_contact_data(phone="09 12"))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "te kort" in " ".join(errors["phone"])
    assert not ContactPoint.objects.filter(key="nieuw-contact").exists()


def test_a_good_phone_number_is_normalised_and_hours_saved(admin_client_logged_in):
    response = admin_client_logged_in.post(ADD_URL, new_contact_data())
    assert response.status_code == 302
    point = ContactPoint.objects.get(key="nieuw-contact")
    assert point.phone == "+3292167330"
    assert point.phone_display == "09 216 73 30"
    assert point.opening_slots.count() == 1
    assert point.history.count() >= 1


def test_no_way_to_reach_is_refused(admin_client_logged_in):
    response = admin_client_logged_in.post(ADD_URL, new_contact_data(phone=""))
    assert response.status_code == 200
    assert "Vul een telefoonnummer" in response.content.decode()


def test_a_confirmation_dated_after_today_is_refused(admin_client_logged_in):
    """A future date would count as "bevestigd" for years: only today or earlier."""
    tomorrow = date.today() + timedelta(days=1)
    for day in (tomorrow, date(2099, 1, 1)):
        data = new_contact_data(confirmed_on=day.isoformat())
        response = admin_client_logged_in.post(ADD_URL, data)
        assert response.status_code == 200
        errors = " ".join(response.context["adminform"].form.errors["confirmed_on"])
        assert "toekomst" in errors and f"{day:%d-%m-%Y}" in errors
        assert not ContactPoint.objects.filter(key="nieuw-contact").exists()
    response = admin_client_logged_in.post(
        ADD_URL, new_contact_data(confirmed_on=date.today().isoformat())
    )
    assert response.status_code == 302
    assert ContactPoint.objects.get(key="nieuw-contact").confirmed_on == date.today()


@pytest.mark.parametrize(("opens", "closes"), [("17:00", "09:00"), ("09:00", "09:00")])
def test_hours_that_close_before_they_open_get_a_dutch_error(admin_client_logged_in, opens, closes):
    data = new_contact_data(**{"opening_slots-0-opens": opens, "opening_slots-0-closes": closes})
    response = admin_client_logged_in.post(ADD_URL, data)
    assert response.status_code == 200
    errors = response.context["inline_admin_formsets"][0].formset.errors[0]
    assert "sluituur moet later zijn" in " ".join(errors["closes"])
    assert "slot_ordered" not in response.content.decode()
    assert not ContactPoint.objects.filter(key="nieuw-contact").exists()


def test_confirm_action_sets_the_date_and_keeps_who_in_history(admin_client_logged_in):
    point = ContactPoint.objects.get(email="ocj.aalst@opgroeien.be")
    assert point.confirmed_on is None  # fixtures never claim a confirmation
    taken = point.taken_on
    before = point.history.count()
    response = admin_client_logged_in.post(
        "/admin/catalog/contactpoint/",
        {"action": "confirm_today", "_selected_action": [point.pk]},
    )
    assert response.status_code == 302
    point.refresh_from_db()
    assert point.confirmed_on == date.today()
    assert point.taken_on == taken  # when it was copied from the source does not change
    assert point.history.count() == before + 1
    entry = point.history.first()
    # Who confirmed (the history's user), when, and which values.
    assert entry.history_change_reason == (
        f"bevestigd op {date.today():%d-%m-%Y}: telefoon, e-mail, werkgebied"
    )
    assert entry.history_user.username == "beheer"


def test_history_page_lists_changes(admin_client_logged_in):
    point = ContactPoint.objects.get(email="ocj.aalst@opgroeien.be")
    response = admin_client_logged_in.get(f"/admin/catalog/contactpoint/{point.pk}/history/")
    assert response.status_code == 200
    assert "load_catalog" in response.content.decode()


def test_filters_by_region_and_confirmation(admin_client_logged_in):
    stale = ContactPoint.objects.get(email="ocj.aalst@opgroeien.be")
    stale.confirmed_on = date.today() - timedelta(days=400)
    stale.save()
    fresh = ContactPoint.objects.get(email="ocj.dendermonde@opgroeien.be")
    fresh.confirmed_on = date.today()
    fresh.save()
    page = admin_client_logged_in.get("/admin/catalog/contactpoint/?bevestiging=verouderd")
    assert [p.pk for p in page.context["cl"].result_list] == [stale.pk]
    page = admin_client_logged_in.get("/admin/catalog/contactpoint/?bevestiging=bevestigd")
    assert [p.pk for p in page.context["cl"].result_list] == [fresh.pk]
    page = admin_client_logged_in.get("/admin/catalog/contactpoint/?bevestiging=niet-bevestigd")
    assert stale.pk not in {p.pk for p in page.context["cl"].result_list}
    page = admin_client_logged_in.get("/admin/catalog/contactpoint/?regio=oost-vlaanderen")
    names = {p.name for p in page.context["cl"].result_list}
    assert stale.name in names
    assert not any("BXL" in n for n in names)


def test_coverage_report(admin_client_logged_in):
    response = admin_client_logged_in.get("/admin/catalog/contactpoint/dekking/")
    assert response.status_code == 200
    report = {row.region.slug: {c.slug: c for c in row.cells} for row in response.context["report"]}
    # Known from a source, but nobody confirmed it yet: amber, not green.
    assert report["oost-vlaanderen"]["ocj"].status == "niet-bevestigd"
    assert report["oost-vlaanderen"]["crisismeldpunt"].colour == "oranje"
    assert report["antwerpen"]["crisismeldpunt"].status == "ontbreekt"
    assert report["antwerpen"]["crisismeldpunt"].colour == "rood"
    assert report["brussel"]["crisismeldpunt"].status == "niet-bevestigd"
    assert report["limburg"]["hulplijn-1712"].status == "niet-bevestigd"
    # A regional 1 Gezin 1 Plan record whose only reach is the Flanders-wide 1g1p.be is a
    # fallback, not a regional contact: red, and its link adds a real one.
    for region in ("antwerpen", "oost-vlaanderen", "vlaams-brabant", "west-vlaanderen", "brussel"):
        assert report[region]["1g1p"].status == "alleen-algemeen", region
        assert report[region]["1g1p"].colour == "rood" and report[region]["1g1p"].point_ids == ()
    assert {c.status for c in report["limburg"].values() if c.slug == "1g1p"} == {"ontbreekt"}
    # A Flanders-wide service's own Flanders-wide contact stays what it is.
    assert report["antwerpen"]["clb"].status == "niet-bevestigd"
    # Once the region's record gets a way of its own, it is a regional contact again.
    brussels = ContactPoint.objects.get(key="1g1p-2018-brussel")
    brussels.email = "1g1p@example.org"
    brussels.save()
    response = admin_client_logged_in.get("/admin/catalog/contactpoint/dekking/")
    report = {row.region.slug: {c.slug: c for c in row.cells} for row in response.context["report"]}
    assert report["brussel"]["1g1p"].status == "niet-bevestigd"
    assert 'data-status="alleen-algemeen"' in response.content.decode()
    point = ContactPoint.objects.get(key="crisis-bxl")
    point.confirmed_on = date.today()
    point.save()
    response = admin_client_logged_in.get("/admin/catalog/contactpoint/dekking/")
    report = {row.region.slug: {c.slug: c for c in row.cells} for row in response.context["report"]}
    assert report["brussel"]["crisismeldpunt"].status == "gekend"
    assert report["brussel"]["crisismeldpunt"].colour == "groen"
    point.confirmed_on = date.today() - timedelta(days=400)
    point.save()
    response = admin_client_logged_in.get("/admin/catalog/contactpoint/dekking/")
    report = {row.region.slug: {c.slug: c for c in row.cells} for row in response.context["report"]}
    assert report["brussel"]["crisismeldpunt"].status == "verouderd"


def test_editor_group_can_edit_the_catalogue_but_not_users():
    group = Group.objects.get(name="Redacteur")
    codes = set(group.permissions.values_list("codename", flat=True))
    assert {"change_contactpoint", "add_contactpoint", "change_supportform"} <= codes
    assert "view_municipality" in codes and "change_municipality" not in codes
    users = Permission.objects.filter(content_type__app_label="auth")
    assert not group.permissions.filter(pk__in=users).exists()


def test_editor_can_open_the_admin(client, django_user_model):
    user = django_user_model.objects.create_user("redacteur", password="x" * 16, is_staff=True)
    user.groups.add(Group.objects.get(name="Redacteur"))
    client.force_login(user)
    assert client.get("/admin/catalog/contactpoint/").status_code == 200
    assert client.get("/admin/auth/user/").status_code == 403
