"""A write that meets a newer save, wherever an editor starts it (change form, revert, the
list's actions, CSV import), answers with a Dutch conflict message and keeps what the editor
typed or uploaded; never a server error. The other save comes in at the worst moment: after
the form's own version check, just before the write layer claims the record's version."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db.models import F

from catalog import services
from catalog.models import ContactPoint, SupportForm
from tests.catalog.test_bulk_import import confirm, export, upload
from tests.catalog.test_editor_safety import NO_INLINES, change_url, form_data

pytestmark = pytest.mark.django_db

CONFLICT = "Iemand anders heeft dit intussen opgeslagen"
KEY = "vk-oost-vlaanderen"


def let_another_save_in(monkeypatch: pytest.MonkeyPatch, times: int | None = None) -> None:
    """Each of the next `times` version claims (all, when None) finds that someone else saved
    the record a moment earlier."""
    claim = services.claim_version
    left = [times]

    def claim_after_another_save(obj, *, seen):
        if left[0] is None or left[0] > 0:
            type(obj).objects.filter(pk=obj.pk).update(version=F("version") + 1)
            left[0] = None if left[0] is None else left[0] - 1
        return claim(obj, seen=seen)

    monkeypatch.setattr(services, "claim_version", claim_after_another_save)


def test_a_contact_save_that_loses_at_write_time_keeps_the_input(
    admin_client_logged_in, monkeypatch
):
    point = ContactPoint.objects.get(key=KEY)
    data = form_data(admin_client_logged_in.get(change_url(point)))
    data.update(NO_INLINES, email="mijn@example.org")
    let_another_save_in(monkeypatch)  # every save meets another: still no server error

    response = admin_client_logged_in.post(change_url(point), data)

    assert response.status_code == 200
    page = response.content.decode()
    assert CONFLICT in page and "mijn@example.org" in page
    assert 'id="foutoverzicht"' in page
    assert ContactPoint.objects.get(pk=point.pk).email == point.email


def test_a_support_form_save_that_loses_at_write_time_keeps_the_input(
    admin_client_logged_in, monkeypatch
):
    support_form = SupportForm.objects.get(slug="crisismeldpunt")
    url = f"/admin/catalog/supportform/{support_form.pk}/change/"
    data = form_data(admin_client_logged_in.get(url))
    data.update(
        {"fallbacks-TOTAL_FORMS": 0, "fallbacks-INITIAL_FORMS": 0, "summary": "Mijn samenvatting"}
    )
    let_another_save_in(monkeypatch)

    response = admin_client_logged_in.post(url, data)

    assert response.status_code == 200
    page = response.content.decode()
    assert CONFLICT in page and "Mijn samenvatting" in page
    assert SupportForm.objects.get(pk=support_form.pk).summary == support_form.summary


def test_a_revert_that_loses_at_write_time_shows_the_conflict(admin_client_logged_in, monkeypatch):
    point = ContactPoint.objects.get(key=KEY)
    first = point.history.first().history_id
    data = form_data(admin_client_logged_in.get(change_url(point)))
    data.update(NO_INLINES, email="later@example.org")
    assert admin_client_logged_in.post(change_url(point), data).status_code == 302
    revert_url = f"/admin/catalog/contactpoint/{point.pk}/history/{first}/"
    reverted = form_data(admin_client_logged_in.get(revert_url))
    let_another_save_in(monkeypatch)

    response = admin_client_logged_in.post(revert_url, reverted)

    assert response.status_code == 200
    page = response.content.decode()
    assert CONFLICT in page and 'id="foutoverzicht"' in page
    assert ContactPoint.objects.get(pk=point.pk).email == "later@example.org"


@pytest.mark.parametrize(
    ("action", "done"), [("confirm_today", "bevestigd"), ("deactivate", "gedeactiveerd")]
)
def test_an_action_that_meets_a_newer_save_changes_nothing_and_says_so(
    admin_client_logged_in, monkeypatch, action, done
):
    point = ContactPoint.objects.get(key=KEY)
    let_another_save_in(monkeypatch)

    response = admin_client_logged_in.post(
        "/admin/catalog/contactpoint/",
        {"action": action, "_selected_action": [point.pk]},
        follow=True,
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert "Iemand anders heeft een van deze contactpunten intussen opgeslagen" in page
    assert f"Er is niets {done}" in page
    after = ContactPoint.objects.get(pk=point.pk)
    assert (after.confirmed_on, after.active, after.version) == (
        point.confirmed_on,
        point.active,
        point.version,
    )


def test_an_import_confirmed_while_its_contact_is_saved_saves_nothing_and_previews_again(
    admin_client_logged_in, monkeypatch
):
    rows = export(admin_client_logged_in, KEY)
    rows[0]["email"] = "import@example.org"
    preview = upload(admin_client_logged_in, rows)
    assert preview.status_code == 200
    let_another_save_in(monkeypatch, times=1)

    response = confirm(admin_client_logged_in, preview)

    assert response.status_code == 409
    assert any("opgeslagen terwijl de import liep" in e for e in response.context["errors"])
    # The editor's file is kept, previewed again, ready to confirm once more.
    assert response.context["csv_text"] == preview.context["csv_text"]
    assert response.context["result"].changed == {KEY: ["e-mail"]}
    assert "Bevestigen en bewaren" in response.content.decode()
    assert ContactPoint.objects.get(key=KEY).email != "import@example.org"
    assert confirm(admin_client_logged_in, response).status_code == 302
    assert ContactPoint.objects.get(key=KEY).email == "import@example.org"


def test_the_revert_form_lists_its_errors_at_the_top(admin_client_logged_in):
    """The revert form (from history) names each field in error and links to it, as the
    change form does."""
    point = ContactPoint.objects.get(key=KEY)
    revert_url = (
        f"/admin/catalog/contactpoint/{point.pk}/history/{point.history.first().history_id}/"
    )
    reverted = form_data(admin_client_logged_in.get(revert_url))
    reverted["email"] = "geen adres"

    response = admin_client_logged_in.post(revert_url, reverted)

    assert response.status_code == 200
    summary = response.context["error_summary"]
    assert [(target, label) for target, label, _ in summary] == [("id_email", "E-mail")]
    page = response.content.decode()
    assert 'id="foutoverzicht"' in page and 'href="#id_email"' in page
    assert "catalog/admin-forms.js" in page


def test_load_catalog_that_meets_an_editors_save_says_so_and_loads_nothing(monkeypatch):
    point = ContactPoint.objects.get(key=KEY)
    # The name as an older fixture gave it: load_catalog writes this contact again.
    imported = {**point.imported_values, "name": "Oude naam"}
    ContactPoint.objects.filter(pk=point.pk).update(name="Oude naam", imported_values=imported)
    let_another_save_in(monkeypatch)

    with pytest.raises(CommandError, match="Er is niets ingeladen"):
        call_command("load_catalog", verbosity=0, stdout=StringIO())

    assert ContactPoint.objects.get(pk=point.pk).name == "Oude naam"
