"""Editors never lose work or break the site: locking, no deletes, repairs, full reverts."""

from __future__ import annotations

from datetime import date, time

import pytest
from django.contrib.auth.models import Group

from catalog.importer import load_catalog
from catalog.models import ContactPoint, OpeningSlot, SupportForm

pytestmark = pytest.mark.django_db

NO_INLINES = {
    "opening_slots-TOTAL_FORMS": 0,
    "opening_slots-INITIAL_FORMS": 0,
    "opening_exceptions-TOTAL_FORMS": 0,
    "opening_exceptions-INITIAL_FORMS": 0,
}


def form_data(response) -> dict:
    """What a browser would post back from the admin form on this page, unchanged."""
    form = response.context["adminform"].form
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None or value is False:
            continue
        if value is True:
            data[name] = "on"
        elif isinstance(value, list | tuple):
            data[name] = [getattr(v, "pk", v) for v in value]
        elif isinstance(value, date):
            data[name] = value.isoformat()
        else:
            data[name] = value
    return data


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_user("redacteur", password="x" * 16, is_staff=True)
    user.groups.add(Group.objects.get(name="Redacteur"))
    client.force_login(user)
    return client


def change_url(point: ContactPoint) -> str:
    return f"/admin/catalog/contactpoint/{point.pk}/change/"


def test_a_second_editor_does_not_silently_overwrite_the_first(
    admin_client_logged_in, client, django_user_model
):
    point = ContactPoint.objects.get(key="vk-oost-vlaanderen")
    other = django_user_model.objects.create_superuser("tweede", "t@example.org", "y" * 16)
    second = type(client)()
    second.force_login(other)
    first_form = form_data(admin_client_logged_in.get(change_url(point)))
    second_form = form_data(second.get(change_url(point)))

    first_form.update(NO_INLINES, email="eerste@example.org")
    assert admin_client_logged_in.post(change_url(point), first_form).status_code == 302

    second_form.update(NO_INLINES, email="tweede@example.org")
    response = second.post(change_url(point), second_form)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Iemand anders heeft dit intussen opgeslagen" in page
    assert "tweede@example.org" in page  # the second editor keeps their input
    point.refresh_from_db()
    assert point.email == "eerste@example.org"

    # Saving again after looking is a deliberate choice, and then it is kept.
    again = form_data(response)
    again.update(NO_INLINES)
    assert second.post(change_url(point), again).status_code == 302
    point.refresh_from_db()
    assert point.email == "tweede@example.org"


def test_editors_deactivate_instead_of_delete(editor):
    point = ContactPoint.objects.get(key="ocj-aalst")
    assert editor.get(f"/admin/catalog/contactpoint/{point.pk}/delete/").status_code == 403
    form = SupportForm.objects.get(slug="ocj")
    assert editor.get(f"/admin/catalog/supportform/{form.pk}/delete/").status_code == 403
    listing = editor.get("/admin/catalog/contactpoint/")
    actions = dict(listing.context["action_form"].fields["action"].choices)
    assert "delete_selected" not in actions and "deactivate" in actions
    response = editor.post(
        "/admin/catalog/contactpoint/", {"action": "deactivate", "_selected_action": [point.pk]}
    )
    assert response.status_code == 302
    point.refresh_from_db()
    assert point.active is False and point.history.first().history_change_reason == "gedeactiveerd"


@pytest.mark.parametrize(
    "key", ["noodnummer-112", "politie-101", "crisis-bxl", "hulplijn-1712", "zelfmoordlijn-1813"]
)
def test_nobody_deletes_emergency_records_in_the_admin(admin_client_logged_in, key):
    point = ContactPoint.objects.get(key=key)
    url = f"/admin/catalog/contactpoint/{point.pk}/delete/"
    assert admin_client_logged_in.get(url).status_code == 403
    assert admin_client_logged_in.post(url, {"post": "yes"}).status_code == 403
    assert ContactPoint.objects.filter(key=key).exists()


def test_nobody_deletes_the_112_support_form(admin_client_logged_in):
    form = SupportForm.objects.get(slug="noodnummer-112")
    url = f"/admin/catalog/supportform/{form.pk}/delete/"
    assert admin_client_logged_in.post(url, {"post": "yes"}).status_code == 403
    # A superuser may still delete a record that is not an emergency one.
    other = ContactPoint.objects.get(key="ocj-aalst")
    assert (
        admin_client_logged_in.get(f"/admin/catalog/contactpoint/{other.pk}/delete/").status_code
        == 200
    )


def test_load_catalog_repairs_links_an_accidental_delete_broke():
    SupportForm.objects.filter(slug="noodnummer-112").delete()  # e.g. in the shell
    point = ContactPoint.objects.get(key="noodnummer-112")
    assert not point.support_forms.exists()
    report = load_catalog()
    assert list(point.support_forms.values_list("slug", flat=True)) == ["noodnummer-112"]
    assert any("noodnummer-112" in line for line in report.repaired)
    assert not any(c.key == "noodnummer-112" for c in report.conflicts)


def test_an_editors_own_unlink_is_still_kept():
    point = ContactPoint.objects.get(key="act-oost-vlaanderen")
    point.support_forms.remove(SupportForm.objects.get(slug="bemiddeling"))
    report = load_catalog()
    assert "bemiddeling" not in point.support_forms.values_list("slug", flat=True)
    assert any(c.key == "act-oost-vlaanderen" for c in report.conflicts)


def test_revert_from_history_restores_coverage_and_hours(admin_client_logged_in):
    point = ContactPoint.objects.get(key="act-oost-vlaanderen")
    original_version = point.history.first().history_id
    hours_before = sorted(point.opening_slots.values_list("weekday", "opens", "closes"))
    assert hours_before

    data = form_data(admin_client_logged_in.get(change_url(point)))
    slots = list(point.opening_slots.all())
    data.update(
        {
            "regions": ["limburg"],
            "opening_slots-TOTAL_FORMS": len(slots),
            "opening_slots-INITIAL_FORMS": len(slots),
            "opening_exceptions-TOTAL_FORMS": 0,
            "opening_exceptions-INITIAL_FORMS": 0,
        }
    )
    for i, slot in enumerate(slots):
        data.update(
            {
                f"opening_slots-{i}-id": slot.pk,
                f"opening_slots-{i}-contact_point": point.pk,
                f"opening_slots-{i}-weekday": slot.weekday,
                f"opening_slots-{i}-opens": "10:00",
                f"opening_slots-{i}-closes": "11:00",
                f"opening_slots-{i}-DELETE": "on" if i else "",
            }
        )
    assert admin_client_logged_in.post(change_url(point), data).status_code == 302
    assert list(point.regions.values_list("slug", flat=True)) == ["limburg"]
    assert list(point.opening_slots.values_list("opens", flat=True)) == [time(10, 0)]

    revert_url = f"/admin/catalog/contactpoint/{point.pk}/history/{original_version}/"
    page = admin_client_logged_in.get(revert_url)
    assert page.status_code == 200
    reverted = form_data(page)
    assert reverted["regions"] == ["oost-vlaanderen"]
    assert admin_client_logged_in.post(revert_url, reverted).status_code == 302
    assert list(point.regions.values_list("slug", flat=True)) == ["oost-vlaanderen"]
    after = sorted(
        OpeningSlot.objects.filter(contact_point=point).values_list("weekday", "opens", "closes")
    )
    assert after == hours_before


def test_board_to_a_saved_sourced_contact_in_few_clicks(admin_client_logged_in, client):
    board = admin_client_logged_in.get("/admin/catalog/contactpoint/dekking/")
    assert board.status_code == 200
    page = board.content.decode()
    assert "Totaal: 0 groen" in page
    # Every active contact is counted: none confirmed yet, all from a source.
    assert board.context["points"]["bevestigd"] == 0
    assert (
        board.context["points"]["niet_bevestigd"]
        == ContactPoint.objects.filter(active=True).count()
    )
    assert "nog niet bevestigd" in page
    cells = {
        (region.slug, cell.slug): (cell, link)
        for region, row in board.context["board"]
        for cell, link, _service in row
    }
    cell, (url, label) = cells[("antwerpen", "crisismeldpunt")]
    assert cell.colour == "rood" and label == "Toevoegen"
    # Click 1: the cell's link opens the add form with the service and region filled in.
    add = admin_client_logged_in.get(url)
    form = add.context["adminform"].form
    assert form.initial["regions"] == ["antwerpen"] and form.initial["coverage"] == "regions"
    assert form.initial["taken_on"] == date.today()
    # The editor types the values from the source, picks the confidence (clicks 2-3) and
    # saves (click 4).
    data = form_data(add)
    data.update(
        NO_INLINES,
        name="Testmeldpunt",
        key="testmeldpunt",
        website="https://example.org/meldpunt",
        source_name="Website van de dienst",
        source_url="https://example.org/meldpunt",
        source="Gelezen op de website van de dienst",
        confidence="official",
        confirmed_on=date.today().isoformat(),
    )
    data.pop("seen_version", None)
    assert admin_client_logged_in.post(url, data).status_code == 302
    saved = ContactPoint.objects.get(key="testmeldpunt")
    assert list(saved.regions.values_list("slug", flat=True)) == ["antwerpen"]
    assert list(saved.support_forms.values_list("slug", flat=True)) == ["crisismeldpunt"]
    board = admin_client_logged_in.get("/admin/catalog/contactpoint/dekking/")
    cells = {
        (region.slug, cell.slug): cell for region, row in board.context["board"] for cell, *_ in row
    }
    assert cells[("antwerpen", "crisismeldpunt")].colour == "groen"
    assert "Totaal: 1 groen" in board.content.decode()
    # And the family in Antwerpen now gets it instead of the fallback.
    crisis = client.get("/api/gemeenten/11002/").json()["ondersteuningsvormen"]["crisismeldpunt"]
    assert crisis["contact_gekend"] is True and "zolang_niet_gekend" not in crisis


def test_a_refused_number_gets_its_true_reason(admin_client_logged_in):
    point = ContactPoint.objects.get(key="vk-oost-vlaanderen")
    data = form_data(admin_client_logged_in.get(change_url(point)))
    for phone, reason in [
        ("216 73 30", "netnummer"),
        ("09 216 73 3", "te kort"),
        ("09 216 73 30 1", "cijfer te veel"),
        ("02 000 00 00", "bestaat niet"),
    ]:
        response = admin_client_logged_in.post(
            change_url(point), {**data, **NO_INLINES, "phone": phone}
        )
        assert response.status_code == 200
        errors = " ".join(response.context["adminform"].form.errors["phone"])
        assert reason in errors, (phone, errors)
        if reason != "netnummer":
            assert "netnummer" not in errors


def test_history_and_revert_screens_speak_dutch(admin_client_logged_in):
    point = ContactPoint.objects.get(key="ocj-aalst")
    history = admin_client_logged_in.get(f"/admin/catalog/contactpoint/{point.pk}/history/")
    page = history.content.decode()
    assert "Gewijzigd door" in page and "Reden" in page and "Kies hieronder een datum" in page
    for english in ("Change history", "Changed by", "Change reason", "Choose a date", ">Changes<"):
        assert english not in page
    version = point.history.first().history_id
    revert = admin_client_logged_in.get(
        f"/admin/catalog/contactpoint/{point.pk}/history/{version}/"
    )
    page = revert.content.decode()
    assert "Terugzetten" in page and "Catalogus jeugdhulp" in page
    for english in ("Revert", "Historical", "Catalog <", "Press the"):
        assert english not in page
    board = admin_client_logged_in.get("/admin/catalog/contactpoint/dekking/").content.decode()
    assert "Dekkingsbord" in board


def test_the_form_shows_phone_numbers_as_people_write_them(admin_client_logged_in):
    point = ContactPoint.objects.get(key="vk-oost-vlaanderen")
    assert point.phone == "+3292167330"
    page = admin_client_logged_in.get(change_url(point)).content.decode()
    assert 'value="09 216 73 30"' in page and "+3292167330" not in page
    listing = admin_client_logged_in.get("/admin/catalog/contactpoint/").content.decode()
    assert "09 216 73 30" in listing and "Model name" not in listing


def test_support_form_fallbacks_are_edited_in_the_admin_with_locking(admin_client_logged_in):
    form = SupportForm.objects.get(slug="crisismeldpunt")
    url = f"/admin/catalog/supportform/{form.pk}/change/"
    page = admin_client_logged_in.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Zolang het contact in een regio niet gekend is" in html and "Tele-Onthaal" in html
    stale = form_data(page)
    stale.update({"fallbacks-TOTAL_FORMS": 0, "fallbacks-INITIAL_FORMS": 0})
    SupportForm.objects.filter(pk=form.pk).update(version=form.version + 1)  # someone saved
    response = admin_client_logged_in.post(url, stale)
    assert response.status_code == 200
    assert "Iemand anders heeft dit intussen opgeslagen" in response.content.decode()
