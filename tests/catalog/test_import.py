"""load_catalog: idempotent, complete, and it never overwrites an editor's change."""

from io import StringIO

import pytest
from django.core.management import call_command

from catalog import importer
from catalog.models import ContactPoint, Municipality, PostalCode, Region

pytestmark = pytest.mark.django_db


def run() -> str:
    out = StringIO()
    call_command("load_catalog", stdout=out)
    return out.getvalue()


def test_geography_is_complete():
    assert Region.objects.count() == 6
    flemish = Municipality.objects.exclude(region_id="brussel").count()
    brussels = Municipality.objects.filter(region_id="brussel").count()
    assert (flemish, brussels) == (285, 19)
    assert PostalCode.objects.filter(code="1040").count() == 2
    assert PostalCode.objects.filter(code="9000").get().municipality.name_nl == "Gent"


def test_running_twice_changes_nothing():
    counts = importer.load_catalog().totals
    report = importer.load_catalog()
    assert report.totals == counts
    assert not any(report.created.values())
    assert not any(report.updated.values())
    assert report.conflicts == []


def test_an_editors_change_is_kept_and_reported(admin_client_logged_in):
    point = ContactPoint.objects.get(email="ocj.aalst@opgroeien.be")
    url = f"/admin/catalog/contactpoint/{point.pk}/change/"
    page = admin_client_logged_in.get(url)
    form = page.context["adminform"].form
    data = {
        name: value
        for name, value in form.initial.items()
        if value is not None and not isinstance(value, list)
    }
    data.update(
        {
            "phone": "053 72 11 11",
            "support_forms": [f.pk for f in point.support_forms.all()],
            "arrondissements": [a.pk for a in point.arrondissements.all()],
            "taken_on": point.taken_on.isoformat(),
            "seen_version": point.version,
            "_save": "Bewaren",
        }
    )
    for prefix in ("opening_slots", "opening_exceptions"):
        data.update({f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0})
    response = admin_client_logged_in.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    point.refresh_from_db()
    assert point.phone == "+3253721111"

    output = run()
    point.refresh_from_db()
    assert point.phone == "+3253721111"
    assert "bewaard" in output and point.key in output and "phone" in output


def test_a_changed_fixture_updates_untouched_fields_only(monkeypatch):
    point = ContactPoint.objects.get(email="ocj.aalst@opgroeien.be")
    point.note = "aangepast door een redacteur"
    point.save()
    rows = importer.load_fixture("contact_points.toml")["contact_point"]
    for row in rows:
        if row["key"] == point.key:
            row["note"] = "nieuwe uitleg uit de fixture"
            row["channel_note"] = "ook via chat (nieuw)"
    monkeypatch.setattr(
        importer,
        "load_fixture",
        lambda name: (
            {"contact_point": rows}
            if name == "contact_points.toml"
            else importer.tomllib.loads((importer.FIXTURES_DIR / name).read_text("utf-8"))
        ),
    )
    report = importer.load_catalog()
    point.refresh_from_db()
    assert point.channel_note == "ook via chat (nieuw)"
    assert point.note == "aangepast door een redacteur"
    assert [(c.key, c.field) for c in report.conflicts] == [(point.key, "note")]


def test_records_an_editor_added_are_never_deleted():
    extra = ContactPoint.objects.create(
        key="door-redacteur",
        name="Extra",
        website="https://example.org",
        coverage="belgie",
        confidence="official",
        source="redacteur",
        taken_on="2026-11-01",
    )
    run()
    assert ContactPoint.objects.filter(pk=extra.pk).exists()


def test_import_writes_history():
    point = ContactPoint.objects.get(email="ocj.aalst@opgroeien.be")
    assert point.history.filter(history_change_reason="load_catalog").exists()


def test_route_fields_added_later_are_filled_for_records_imported_before():
    """A database loaded before the route fields existed: they are empty and were never
    imported, so the next run fills them (not an editor's change); an editor's own text is
    still kept."""
    from catalog.models import SupportForm

    new_fields = sorted(importer.SUPPORT_FORM_NEW_FIELDS)
    assert "fallback_text_prof" in new_fields
    for form in SupportForm.objects.all():
        for name in new_fields:
            form.imported_values.pop(name, None)
        SupportForm.objects.filter(pk=form.pk).update(
            imported_values=form.imported_values, **dict.fromkeys(new_fields, "")
        )
    SupportForm.objects.filter(slug="dop").update(fallback_text_prof="Eigen tekst van de redactie.")
    report = importer.load_catalog()
    cgg = SupportForm.objects.get(slug="cgg")
    assert cgg.fallback_text_prof and cgg.fallback_source_name
    assert SupportForm.objects.get(slug="dop").fallback_text_prof == "Eigen tekst van de redactie."
    assert [(c.key, c.field) for c in report.conflicts] == [("dop", "fallback_text_prof")]
