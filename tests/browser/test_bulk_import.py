"""An editor imports a region's contacts from the .xlsx file Excel saves, from the admin start
page: list, import link, file, preview with every row, confirm."""

from __future__ import annotations

import io
from datetime import datetime

import openpyxl
import pytest

from tests.browser.conftest import axe_violations
from tests.browser.test_admin_concurrent_edit import editors, log_in  # noqa: F401 - fixture

pytestmark = pytest.mark.browser

HEADINGS = [
    "vaste code", "naam", "ondersteuningsvormen", "telefoon", "werkgebied", "regio's",
    "betrouwbaarheid", "naam van de bron", "bronverwijzing", "overgenomen op", "actief",
]  # fmt: skip


def workbook() -> bytes:
    """Two contacts as an editor types them in Excel: names, a date cell, Dutch yes/no. Not
    active, so the catalogue the other browser tests read shows nothing new."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADINGS)
    for number in (1, 2):
        sheet.append([
            f"browser-import-{number}", f"Browserloket {number}",
            "Cliëntoverleg integrale jeugdhulp", f"011 23 45 6{number}", "regio's", "Limburg",
            "officiële pagina",
            "Folder van de regio", "Folder van de regio, p. 3", datetime(2026, 1, 5), "nee",
        ])  # fmt: skip
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_region_is_imported_from_an_excel_file(browser, editors):  # noqa: F811
    page = log_in(browser, editors, "eerste")
    page.get_by_role("link", name="Contactpunten").first.click()
    page.get_by_role("link", name="Importeren uit Excel of CSV").click()
    page.set_input_files(
        "#bestand",
        files=[{"name": "limburg.xlsx", "mimeType": "application/vnd.openxmlformats-"
                "officedocument.spreadsheetml.sheet", "buffer": workbook()}],
    )  # fmt: skip
    page.get_by_role("button", name="Voorbeeld tonen").click()
    for number in (1, 2):
        table = page.locator(f"table:has(caption:text('browser-import-{number} (nieuw)'))")
        assert table.get_by_role("cell", name=f"Browserloket {number}").is_visible()
        assert table.get_by_role("cell", name="Limburg").is_visible()
    assert axe_violations(page) == []
    page.get_by_role("button", name="Bevestigen en bewaren").click()
    page.wait_for_selector(".messagelist .success")
    assert "Import klaar: 2 toegevoegd" in page.locator(".messagelist").inner_text()
    page.context.close()
