"""Export and bulk import in the admin: Excel's files, preview, confirm, all or nothing."""

from __future__ import annotations

import csv
import io
from datetime import datetime

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from catalog.bulk import COLUMN_HEADINGS
from catalog.importer import load_catalog
from catalog.models import ContactPoint

pytestmark = pytest.mark.django_db
URL = "/admin/catalog/contactpoint/importeren/"
FIELD = {heading: name for name, heading in COLUMN_HEADINGS}


def export_response(client, action: str, *keys: str):
    pks = list(ContactPoint.objects.filter(key__in=keys).values_list("pk", flat=True))
    response = client.post(
        "/admin/catalog/contactpoint/", {"action": action, "_selected_action": pks}
    )
    assert response.status_code == 200
    return response


def export(client, *keys: str) -> list[dict]:
    """The exported rows, keyed by field name (the import reads those headings too)."""
    response = export_response(client, "export_csv", *keys)
    assert response["Content-Type"].startswith("text/csv")
    rows = csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";")
    return [{FIELD[heading]: value for heading, value in row.items()} for row in rows]


def as_csv(rows: list[dict]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


def upload(client, rows: list[dict]):
    return client.post(URL, {"bestand": SimpleUploadedFile("c.csv", as_csv(rows), "text/csv")})


def upload_bytes(client, data: bytes, name: str = "c.csv"):
    return client.post(URL, {"bestand": SimpleUploadedFile(name, data, "text/csv")})


def confirm(client, preview):
    return client.post(URL, {"csv_text": preview.context["csv_text"], "bevestigen": "1"})


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
    assert result.changed == {"vk-oost-vlaanderen": ["e-mail"]}
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
    assert preview.context["result"].kept == [
        "vk-oost-vlaanderen: e-mail bleef 'collega@example.org' (na de export aangepast); "
        "het bestand zegt 'spreadsheet@example.org'"
    ]
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


# -- the files Excel writes ---------------------------------------------------------------


def test_the_csv_export_opens_in_excel_with_dutch_headings(admin_client_logged_in):
    """UTF-8 with a byte-order mark and semicolons: Excel with Belgian settings splits the
    columns and shows accents. The phone keeps its leading zero as text."""
    response = export_response(admin_client_logged_in, "export_csv", "vk-oost-vlaanderen")
    assert response.content.startswith("\ufeff".encode())
    header = response.content.decode("utf-8-sig").splitlines()[0].split(";")
    assert header[:3] == ["vaste code", "versie", "naam"] and "telefoon" in header
    row = export(admin_client_logged_in, "vk-oost-vlaanderen")[0]
    assert row["phone"].startswith("0")


def test_an_xlsx_export_edited_in_excel_round_trips(admin_client_logged_in):
    """Export as .xlsx, change a cell and add a row as Excel stores them (a date cell, a
    number cell, 'WAAR'), upload the saved workbook, see the preview, confirm."""
    response = export_response(admin_client_logged_in, "export_xlsx", "vk-oost-vlaanderen")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    sheet = book.active
    header = [cell.value for cell in sheet[1]]
    assert header[0] == "vaste code"
    column = {heading: index for index, heading in enumerate(header)}
    sheet.cell(row=2, column=column["e-mail"] + 1, value="excel@example.org")
    added = dict.fromkeys(header, None)
    added.update(
        {
            "vaste code": "excelloket-limburg",
            "naam": "Excelloket Limburg",
            "ondersteuningsvormen": "clientoverleg",
            "telefoon": "011 23 45 67",
            "werkgebied": "regio's",
            "regio's": "Limburg",
            "betrouwbaarheid": "officiële pagina",
            "bronverwijzing": "https://example.org/loket",
            "overgenomen op": datetime(2027, 1, 5),
            "versie": None,
            "actief": True,
            "dicht op feestdagen": "WAAR",
            "openingsuren": "ma 09:00-12:00",
        }
    )
    sheet.append([added[h] for h in header])
    out = io.BytesIO()
    book.save(out)

    preview = upload_bytes(admin_client_logged_in, out.getvalue(), "contactpunten.xlsx")
    assert preview.status_code == 200, preview.context["errors"]
    result = preview.context["result"]
    assert result.added == ["excelloket-limburg"]
    assert result.changed == {"vk-oost-vlaanderen": ["e-mail"]}
    assert confirm(admin_client_logged_in, preview).status_code == 302
    point = ContactPoint.objects.get(key="excelloket-limburg")
    assert point.phone == "+3211234567" and point.coverage == "regions"
    assert point.taken_on.isoformat() == "2027-01-05" and point.closed_on_public_holidays
    assert [r.slug for r in point.regions.all()] == ["limburg"]
    assert ContactPoint.objects.get(key="vk-oost-vlaanderen").email == "excel@example.org"


def test_a_belgian_excel_csv_in_windows_1252_is_read(admin_client_logged_in):
    """Excel's plain 'CSV' with Belgian settings: semicolons, Windows-1252, dates as 5/01/2027,
    Dutch headings and names instead of codes."""
    text = (
        "vaste code;naam;ondersteuningsvormen;website;werkgebied;regio's;betrouwbaarheid;"
        "bronverwijzing;overgenomen op;bevestigd op\r\n"
        "loket-genk;Loket Genk – Hélène;clientoverleg;https://example.org/genk;regio's;Limburg;"
        "officiële pagina;Folder van de regio, p. 3;5/01/2026;\r\n"
    )
    preview = upload_bytes(admin_client_logged_in, text.encode("cp1252"))
    assert preview.status_code == 200, preview.context["errors"]
    assert confirm(admin_client_logged_in, preview).status_code == 302
    point = ContactPoint.objects.get(key="loket-genk")
    assert point.name == "Loket Genk – Hélène" and point.confidence == "official"
    assert point.taken_on.isoformat() == "2026-01-05"


def test_a_utf8_csv_with_a_byte_order_mark_is_read(admin_client_logged_in):
    """Excel's 'CSV UTF-8': a byte-order mark before the first heading, semicolons."""
    rows = export(admin_client_logged_in, "vk-oost-vlaanderen")
    rows[0]["address"] = "Kortrijksesteenweg 1, Gent – één"
    headings = dict(COLUMN_HEADINGS)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow([headings[name] for name in rows[0]])
    writer.writerow(rows[0].values())
    preview = upload_bytes(admin_client_logged_in, out.getvalue().encode("utf-8-sig"))
    assert preview.status_code == 200, preview.context["errors"]
    assert preview.context["result"].changed == {"vk-oost-vlaanderen": ["adres"]}
    confirm(admin_client_logged_in, preview)
    point = ContactPoint.objects.get(key="vk-oost-vlaanderen")
    assert point.address == "Kortrijksesteenweg 1, Gent – één"


def test_a_file_that_is_no_spreadsheet_gets_a_dutch_message(admin_client_logged_in):
    broken = upload_bytes(admin_client_logged_in, b"PK\x03\x04 no zip", "c.xlsx")
    assert broken.status_code == 400
    assert "Excel-bestand kunnen we niet lezen" in broken.context["errors"][0]
    empty = upload_bytes(admin_client_logged_in, b"")
    assert empty.status_code == 400 and "leeg" in empty.context["errors"][0]


# -- errors and preview -------------------------------------------------------------------


def test_every_error_of_every_row_is_listed_in_dutch_with_suggestions(admin_client_logged_in):
    rows = export(admin_client_logged_in, "vk-oost-vlaanderen")
    first = new_row(rows[0], key="f1", regions="limbrug|atlantis", always_open="misschien")
    second = new_row(
        rows[0], key="f2", coverage="regio", support_forms="clientoverleg|cliëntoverlek"
    )
    # Cells it cannot read and the record's own checks, in one go.
    third = new_row(rows[0], key="f3", phone="216 73 30", taken_on="31/02/2027", name="")
    response = upload(admin_client_logged_in, [first, second, third])
    assert response.status_code == 400
    errors = response.context["errors"]
    assert [e for e in errors if e.startswith("Rij 2:")] == [
        "Rij 2: kolom regio's: 'limbrug' kennen we niet. Bedoel je Limburg?",
        "Rij 2: kolom regio's: 'atlantis' kennen we niet. Schrijf de naam of de code uit de "
        "export.",
        "Rij 2: kolom altijd open: schrijf ja of nee, niet 'misschien'",
    ]
    row3 = " ".join(e for e in errors if e.startswith("Rij 3:"))
    assert "'regio' kennen we niet. Bedoel je regio's?" in row3
    assert "'cliëntoverlek' kennen we niet. Bedoel je Cliëntoverleg integrale jeugdhulp?" in row3
    row4 = [e.split(":")[1] for e in errors if e.startswith("Rij 4:")]
    assert row4 == [" kolom telefoon", " kolom overgenomen op", " kolom naam"]
    for error in errors:  # no Python notation
        assert "[" not in error and "regions" not in error and "Invalid" not in error, error
    assert not ContactPoint.objects.filter(key__in=["f1", "f2", "f3"]).exists()


def test_a_misspelt_heading_is_refused_with_a_suggestion(admin_client_logged_in):
    text = "vaste code;naam;werkgebied;bronverwijzing;telefon\r\nx;X;belgie;bron;02 123 45 67\r\n"
    response = upload_bytes(admin_client_logged_in, text.encode())
    assert response.status_code == 400
    assert response.context["errors"] == [
        "De kolom 'telefon' in de eerste rij kennen we niet. Bedoel je telefoon?"
    ]


def test_the_preview_shows_every_row_and_before_and_after(admin_client_logged_in):
    rows = export(admin_client_logged_in, "vk-oost-vlaanderen")
    before = ContactPoint.objects.get(key="vk-oost-vlaanderen")
    rows[0]["email"] = "nieuw@example.org"
    rows.append(new_row(rows[0]))
    preview = upload(admin_client_logged_in, rows)
    assert preview.status_code == 200
    html = preview.content.decode()
    changed, added = preview.context["result"].rows
    assert (changed.number, changed.status, added.status) == (2, "aangepast", "nieuw")
    email = [cell for cell in changed.cells if cell[0] == "e-mail"]
    assert email == [("e-mail", before.email, "nieuw@example.org", True)]
    name = [cell for cell in changed.cells if cell[0] == "naam"]
    assert name == [("naam", before.name, before.name, False)]
    assert ("naam", "", "Testloket Limburg", False) in added.cells
    assert before.email in html and "<strong>nieuw@example.org</strong>" in html
    assert "Rij 3: testloket-limburg (nieuw)" in html and "Testloket Limburg" in html


FORMULA_LIKE = {"note": "=1+2", "channel_note": "+ ook via chat", "coverage_note": "@regioteam"}


@pytest.mark.parametrize("action", ["export_csv", "export_xlsx"])
def test_no_exported_cell_runs_as_a_formula_and_the_import_reads_it_back(
    admin_client_logged_in, action
):
    """A value starting with = + - @ is written behind an apostrophe in both exports, so a
    spreadsheet shows it as text; the exported file imports again without a change."""
    ContactPoint.objects.filter(key="vk-oost-vlaanderen").update(**FORMULA_LIKE)
    response = export_response(admin_client_logged_in, action, "vk-oost-vlaanderen")
    if action == "export_csv":
        table = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    else:
        sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
        table = [["" if v is None else str(v) for v in row] for row in sheet.values]
    row = dict(zip((FIELD[h] for h in table[0]), table[1], strict=True))
    assert {name: row[name] for name in FORMULA_LIKE} == {
        name: f"'{value}" for name, value in FORMULA_LIKE.items()
    }
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in table[1])

    name = "c.csv" if action == "export_csv" else "c.xlsx"
    preview = upload_bytes(admin_client_logged_in, response.content, name)
    assert preview.status_code == 200, preview.context.get("errors")
    assert preview.context["result"].unchanged == ["vk-oost-vlaanderen"]


def test_a_phone_written_with_plus_behind_an_apostrophe_is_read_as_the_number(
    admin_client_logged_in,
):
    """Phones start with "+" in their international form: the apostrophe a spreadsheet (or
    our export) puts before it is not part of the number."""
    rows = export(admin_client_logged_in, "vk-oost-vlaanderen")
    stored = ContactPoint.objects.get(key="vk-oost-vlaanderen").phone
    assert stored == "+3292167330"
    rows[0]["phone"] = "'+32 9 216 73 30"
    preview = upload(admin_client_logged_in, rows)
    assert preview.status_code == 200, preview.context.get("errors")
    assert preview.context["result"].unchanged == ["vk-oost-vlaanderen"]

    # Another sourced number of the catalogue (the OCJ Aalst's) as a changed value.
    assert ContactPoint.objects.get(key="ocj-aalst").phone == "+3222497790"
    rows[0]["phone"] = "'+32 2 249 77 90"
    preview = upload(admin_client_logged_in, rows)
    assert preview.context["result"].changed == {"vk-oost-vlaanderen": ["telefoon"]}
    assert confirm(admin_client_logged_in, preview).status_code == 302
    assert ContactPoint.objects.get(key="vk-oost-vlaanderen").phone == "+3222497790"
