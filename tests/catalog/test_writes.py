"""The write layer as editors meet it: a confirmation belongs to the values a person checked,
each save is one change (one record version, one catalogue version), and a support form's
revert is complete."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from catalog import models
from catalog.importer import load_catalog
from catalog.models import ContactPoint, FallbackContact, SupportForm
from tests.catalog.test_bulk_import import export, upload
from tests.catalog.test_editor_safety import NO_INLINES, change_url, form_data

pytestmark = pytest.mark.django_db

KEY = "ocj-aalst"  # shown for Zottegem (41081)


def confirmed_point(client, days_ago: int = 10) -> ContactPoint:
    point = ContactPoint.objects.get(key=KEY)
    point.confirmed_on = date.today() - timedelta(days=days_ago)
    point.save()
    return point


def public_contact(client) -> dict:
    data = client.get("/api/gemeenten/41081/").json()
    return data["ondersteuningsvormen"]["ocj"]["contacten"][0]


def save(client, point: ContactPoint, **changes):
    data = form_data(client.get(change_url(point)))
    data.update(NO_INLINES, **changes)
    return client.post(change_url(point), data)


@pytest.mark.parametrize(
    "changes",
    [
        {"phone": "09 216 20 20"},
        {"email": "nieuw@example.org"},
        {"address": "Nieuwstraat 1, 9300 Aalst"},
        {"website": "https://example.org/ocj"},
        {"always_open": "on"},
        {"coverage": "regions", "regions": ["oost-vlaanderen"], "coverage_inferred": ""},
    ],
)
def test_changing_a_confirmed_value_clears_its_confirmation(
    admin_client_logged_in, client, changes
):
    point = confirmed_point(admin_client_logged_in)
    assert public_contact(client)["bevestiging"] == "bevestigd"
    assert save(admin_client_logged_in, point, **changes).status_code == 302
    point.refresh_from_db()
    assert point.confirmed_on is None
    assert point.history.first().history_change_reason.startswith("bevestiging vervallen:")
    shown = public_contact(client)
    assert shown["nagekeken_op"] is None and shown["bevestiging"] == "niet-bevestigd"


def test_changing_the_opening_hours_clears_the_confirmation(admin_client_logged_in):
    point = confirmed_point(admin_client_logged_in)
    data = form_data(admin_client_logged_in.get(change_url(point)))
    data.update(
        NO_INLINES,
        **{
            "opening_slots-TOTAL_FORMS": 1,
            "opening_slots-0-weekday": 2,
            "opening_slots-0-opens": "09:00",
            "opening_slots-0-closes": "12:00",
        },
    )
    assert admin_client_logged_in.post(change_url(point), data).status_code == 302
    point.refresh_from_db()
    assert point.opening_slots.count() == 1 and point.confirmed_on is None
    assert "openingsuren" in point.history.first().history_change_reason


def test_confirming_again_in_the_same_save_keeps_it_and_says_what_was_confirmed(
    admin_client_logged_in, client
):
    point = confirmed_point(admin_client_logged_in)
    response = save(admin_client_logged_in, point, phone="09 216 20 20", confirm_now="on")
    assert response.status_code == 302
    point.refresh_from_db()
    assert point.confirmed_on == date.today()
    entry = point.history.first()
    assert entry.history_change_reason == (
        f"bevestigd op {date.today():%d-%m-%Y}: telefoon, e-mail, werkgebied"
    )
    assert entry.history_user.username == "beheer" and entry.phone == "+3292162020"
    history = admin_client_logged_in.get(f"/admin/catalog/contactpoint/{point.pk}/history/")
    assert entry.history_change_reason in history.content.decode()
    assert public_contact(client)["nagekeken_op"] == date.today().isoformat()


def test_a_change_to_what_no_confirmation_covers_keeps_it(admin_client_logged_in):
    point = confirmed_point(admin_client_logged_in)
    before = point.confirmed_on
    assert save(admin_client_logged_in, point, note="Nagebeld, ok").status_code == 302
    point.refresh_from_db()
    assert point.confirmed_on == before and point.note == "Nagebeld, ok"


def test_what_editors_do_is_a_confidence_that_needs_the_date(admin_client_logged_in):
    point = ContactPoint.objects.get(key=KEY)
    choices = dict(
        admin_client_logged_in.get(change_url(point))
        .context["adminform"]
        .form.fields["confidence"]
        .choices
    )
    assert "telefonisch nagevraagd bij de dienst (met de datum)" in choices.values()
    refused = save(admin_client_logged_in, point, confidence="phoned")
    assert refused.status_code == 200
    errors = refused.context["adminform"].form.errors["confidence"]
    assert "vul 'bevestigd op' in" in " ".join(errors)
    ok = save(admin_client_logged_in, point, confidence="phoned", confirm_now="on")
    assert ok.status_code == 302
    point.refresh_from_db()
    assert point.confidence == "phoned" and point.confirmed_on == date.today()
    # A later change nobody checked no longer claims a call to the service.
    assert save(admin_client_logged_in, point, phone="09 216 20 20").status_code == 302
    point.refresh_from_db()
    assert point.confirmed_on is None and point.confidence == "third_party"


def test_a_csv_import_that_changes_a_confirmed_phone_clears_the_confirmation(
    admin_client_logged_in,
):
    point = confirmed_point(admin_client_logged_in)
    rows = export(admin_client_logged_in, KEY)
    rows[0]["phone"] = "09 216 20 20"
    preview = upload(admin_client_logged_in, rows)
    done = admin_client_logged_in.post(
        "/admin/catalog/contactpoint/importeren/",
        {"csv_text": preview.context["csv_text"], "bevestigen": "1"},
    )
    assert done.status_code == 302
    point.refresh_from_db()
    assert point.phone == "+3292162020" and point.confirmed_on is None


def test_one_save_is_one_record_version_and_one_catalogue_version(admin_client_logged_in):
    point = ContactPoint.objects.get(key=KEY)
    version, bumps = point.version, models.local_bump_count()
    data = form_data(admin_client_logged_in.get(change_url(point)))
    data.update(
        NO_INLINES,
        email="een@example.org",
        regions=["oost-vlaanderen"],
        coverage="regions",
        **{
            "opening_slots-TOTAL_FORMS": 2,
            "opening_slots-0-weekday": 0,
            "opening_slots-0-opens": "09:00",
            "opening_slots-0-closes": "12:00",
            "opening_slots-1-weekday": 1,
            "opening_slots-1-opens": "09:00",
            "opening_slots-1-closes": "12:00",
        },
    )
    assert admin_client_logged_in.post(change_url(point), data).status_code == 302
    point.refresh_from_db()
    assert point.version == version + 1
    assert models.local_bump_count() == bumps + 1


def test_load_catalog_is_one_catalogue_version(db):
    bumps = models.local_bump_count()
    load_catalog()
    assert models.local_bump_count() == bumps + 1


def test_reverting_a_support_form_brings_back_the_fallbacks_deleted_since(
    admin_client_logged_in,
):
    form = SupportForm.objects.get(slug="crisismeldpunt")
    url = f"/admin/catalog/supportform/{form.pk}/change/"
    before = list(form.fallbacks.values_list("contact_point__key", flat=True))
    assert before
    # A first save, so the history has a version with today's fallbacks to go back to.
    data = form_data(admin_client_logged_in.get(url))
    fallbacks = list(form.fallbacks.all())
    inline = {"fallbacks-TOTAL_FORMS": len(fallbacks), "fallbacks-INITIAL_FORMS": len(fallbacks)}
    for i, item in enumerate(fallbacks):
        inline.update(
            {
                f"fallbacks-{i}-id": item.pk,
                f"fallbacks-{i}-support_form": form.pk,
                f"fallbacks-{i}-contact_point": item.contact_point_id,
                f"fallbacks-{i}-position": item.position,
            }
        )
    data.update(inline, summary=form.summary + " ")
    assert admin_client_logged_in.post(url, data).status_code == 302
    kept_version = form.history.first().history_id

    # Then an editor removes every fallback contact.
    data = form_data(admin_client_logged_in.get(url))
    data.update(inline, **{f"fallbacks-{i}-DELETE": "on" for i in range(len(fallbacks))})
    assert admin_client_logged_in.post(url, data).status_code == 302
    assert not FallbackContact.objects.filter(support_form=form).exists()

    revert_url = f"/admin/catalog/supportform/{form.pk}/history/{kept_version}/"
    reverted = form_data(admin_client_logged_in.get(revert_url))
    assert admin_client_logged_in.post(revert_url, reverted).status_code == 302
    assert list(form.fallbacks.values_list("contact_point__key", flat=True)) == before
    # And load_catalog no longer sees an editor's change to keep.
    report = load_catalog()
    assert not any(c.key == "crisismeldpunt" and c.field == "fallbacks" for c in report.conflicts)


def test_confirming_and_deactivating_from_a_region_filtered_list(admin_client_logged_in):
    point = ContactPoint.objects.get(key=KEY)
    listing = "/admin/catalog/contactpoint/?regio=oost-vlaanderen"  # the filter adds DISTINCT
    for action in ("confirm_today", "deactivate"):
        response = admin_client_logged_in.post(
            listing, {"action": action, "_selected_action": [point.pk]}
        )
        assert response.status_code == 302
    point.refresh_from_db()
    assert point.confirmed_on == date.today() and point.active is False
    assert point.version == 3  # each action is one change of the record
