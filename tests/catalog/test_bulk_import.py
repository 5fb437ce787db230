"""CSV export and bulk import in the admin: preview, confirm, all or nothing, no lost edits."""

from __future__ import annotations

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from catalog.importer import load_catalog
from catalog.models import ContactPoint

pytestmark = pytest.mark.django_db
URL = "/admin/catalog/contactpoint/importeren/"


def export(client, *keys: str) -> list[dict]:
    pks = list(ContactPoint.objects.filter(key__in=keys).values_list("pk", flat=True))
    response = client.post(
        "/admin/catalog/contactpoint/", {"action": "export_csv", "_selected_action": pks}
    )
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def as_csv(rows: list[dict]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


def upload(client, rows: list[dict]):
    return client.post(URL, {"bestand": SimpleUploadedFile("c.csv", as_csv(rows), "text/csv")})


def new_row(template: dict, **values) -> dict:
    row = dict.fromkeys(template, "")
    row.update(
        key="testloket-limburg",
        name="Testloket Limburg",
        support_forms="clientoverleg",
        website="https://example.org/loket",
        coverage="regions",
        regions="limburg",
        confidence="official",
        source_name="Website van het loket",
        source="https://example.org/loket",
        taken_on="2027-01-05",
        active="ja",
        hours="ma 09:00-12:00|wo 14:00-16:00",
    )
    row.update(values)
    return row


def test_export_then_preview_then_confirm(admin_client_logged_in, client):
    rows = export(admin_client_logged_in, "vk-oost-vlaanderen")
    assert rows[0]["key"] == "vk-oost-vlaanderen" and rows[0]["versie"] == "1"
    rows[0]["email"] = "nieuw@example.org"
    rows.append(new_row(rows[0]))

    preview = upload(admin_client_logged_in, rows)
    assert preview.status_code == 200
    result = preview.context["result"]
    assert result.added == ["testloket-limburg"]
    assert result.changed == {"vk-oost-vlaanderen": ["email"]}
    assert not ContactPoint.objects.filter(key="testloket-limburg").exists()  # dry run
    assert ContactPoint.objects.get(key="vk-oost-vlaanderen").email == "info@vkgent.be"

    text = preview.context["csv_text"]
    done = admin_client_logged_in.post(URL, {"csv_text": text, "bevestigen": "1"})
    assert done.status_code == 302
    added = ContactPoint.objects.get(key="testloket-limburg")
    assert (
        added.opening_slots.count() == 2
        and added.history.first().history_change_reason == "CSV-import"
    )
    assert ContactPoint.objects.get(key="vk-oost-vlaanderen").email == "nieuw@example.org"
    api = client.get("/api/gemeenten/71072/").json()["ondersteuningsvormen"]["clientoverleg"]
    assert [c["naam"] for c in api["contacten"]] == ["Testloket Limburg"]
    # The fixtures' own values are untouched: a later load_catalog keeps the imported edit.
    report = load_catalog()
    assert ContactPoint.objects.get(key="vk-oost-vlaanderen").email == "nieuw@example.org"
    assert any(c.key == "vk-oost-vlaanderen" and c.field == "email" for c in report.conflicts)


def test_one_bad_row_saves_nothing_and_says_why_per_row(admin_client_logged_in):
    rows = export(admin_client_logged_in, "vk-oost-vlaanderen")
    good = new_row(rows[0])
    bad_phone = new_row(rows[0], key="b1", phone="216 73 30")
    bad_region = new_row(rows[0], key="b2", regions="atlantis")
    bad_bool = new_row(rows[0], key="b3", always_open="misschien")
    response = upload(admin_client_logged_in, [good, bad_phone, bad_region, bad_bool])
    assert response.status_code == 400
    errors = response.context["errors"]
    assert any(e.startswith("Rij 3:") and "netnummer" in e for e in errors)
    assert any(e.startswith("Rij 4:") and "atlantis" in e for e in errors)
    assert any(e.startswith("Rij 5:") and "ja of nee" in e for e in errors)
    confirm = admin_client_logged_in.post(
        URL, {"csv_text": as_csv([good, bad_phone]).decode(), "bevestigen": "1"}
    )
    assert confirm.status_code == 400
    assert not ContactPoint.objects.filter(key="testloket-limburg").exists()


def test_an_edit_made_after_the_export_is_kept(admin_client_logged_in):
    rows = export(admin_client_logged_in, "vk-oost-vlaanderen")
    point = ContactPoint.objects.get(key="vk-oost-vlaanderen")
    point.email = "collega@example.org"  # another editor, after the export
    point.version += 1
    point.save()
    rows[0]["email"] = "spreadsheet@example.org"
    preview = upload(admin_client_logged_in, rows)
    assert preview.status_code == 200
    assert any("collega@example.org" in line for line in preview.context["result"].kept)
    admin_client_logged_in.post(URL, {"csv_text": preview.context["csv_text"], "bevestigen": "1"})
    assert ContactPoint.objects.get(key="vk-oost-vlaanderen").email == "collega@example.org"


def test_a_file_without_the_columns_is_refused(admin_client_logged_in):
    response = admin_client_logged_in.post(
        URL, {"bestand": SimpleUploadedFile("x.csv", b"naam;telefoon\nA;1\n", "text/csv")}
    )
    assert response.status_code == 400
    assert "ontbreken in de eerste rij" in response.context["errors"][0]


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"key": "nul\x00"}, "NUL-teken"),
        ({"name": "Loket\x00Limburg"}, "NUL-teken"),
        ({"hours": "ma 17:00-09:00"}, "sluituur moet later zijn"),
        ({"hours": "ma 09:00-09:00"}, "sluituur moet later zijn"),
        ({"hours": "ma 25:00-26:00"}, "'25:00' is geen uur"),
        ({"hours": "di 09:00-12:60"}, "'12:60' is geen uur"),
        ({"hours": "wo 9-12"}, "'9' is geen uur"),
        ({"confirmed_on": "2099-01-01"}, "01-01-2099 ligt in de toekomst"),
    ],
)
def test_impossible_values_get_a_dutch_message_per_row(admin_client_logged_in, values, expected):
    """NUL bytes (PostgreSQL refuses them), hours that end before they start or do not exist,
    and a confirmation after today: each is a message for its row, never a server error."""
    admin_client_logged_in.raise_request_exception = False
    rows = export(admin_client_logged_in, "vk-oost-vlaanderen")
    response = upload(admin_client_logged_in, [rows[0], new_row(rows[0], **values)])
    assert response.status_code == 400
    errors = response.context["errors"]
    assert len(errors) == 1 and errors[0].startswith("Rij 3:") and expected in errors[0]
    assert "Invalid" not in errors[0]  # no English message from the parser
    assert not ContactPoint.objects.filter(name__startswith="Testloket").exists()


def test_hours_are_read_as_editors_write_them(admin_client_logged_in):
    rows = export(admin_client_logged_in, "vk-oost-vlaanderen")
    added = new_row(rows[0], hours="ma 9:00-12:30|zo 00:00-23:59")
    response = upload(admin_client_logged_in, [added])
    assert response.status_code == 200, response.context["errors"]
    admin_client_logged_in.post(URL, {"csv_text": response.context["csv_text"], "bevestigen": "1"})
    slots = ContactPoint.objects.get(key="testloket-limburg").opening_slots.all()
    assert [str(slot) for slot in slots] == ["maandag 09:00–12:30", "zondag 00:00–23:59"]
