"""Export and bulk import of contact points for editors, in the files Excel writes.

The file has the columns of `COLUMN_HEADINGS` under their Dutch headings (the English field
names are read too); the export writes exactly these, so an export edited in a spreadsheet can
be imported again. Read are: Excel's own .xlsx, and CSV separated by semicolons (Excel with
Belgian settings), commas or tabs, in UTF-8 (with or without byte-order mark) or Windows-1252.
The CSV export is UTF-8 with a byte-order mark and semicolons, so Excel opens it as it is.
A value that a spreadsheet would run as a formula (it starts with = + - @) is written behind
an apostrophe in both exports, and read back without it.
Lists are separated by "|" and take a code or a name (`limburg` or `Limburg`), yes/no columns
say `ja` or `nee`, dates are 2027-03-03 or 3/03/2027, and hours `ma 09:00-12:00|di 14:00-17:00`.

Why not django-import-export: its resources save through the model's own `save()`, while every
write here has to pass `services.write_contact` (versions, confirmations, history reason), and
the merge against the exported `versie` is ours anyway; openpyxl alone gives the .xlsx side.

An import is all or nothing: every problem of every row gets a Dutch message with its row number
(a close name gets a suggestion) and nothing is saved. It reuses the catalogue importer's merge:
a record whose `versie` in the file is older than the stored one was changed since the export,
and then every value that differs is kept as it is and reported, never silently overwritten. The
values the fixtures last gave (`imported_values`) are left alone, so `load_catalog` still knows
an editor's value from its own.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

import openpyxl
from django.core.exceptions import ValidationError
from rapidfuzz import fuzz, process, utils

from catalog import services
from catalog.hours import parse_clock, span_problem
from catalog.importer import (
    CONTACT_M2M,
    CONTACT_SPECS,
    DAYS,
    Report,
    _current_contact,
    _merge,
    _wanted,
)
from catalog.models import Confidence, ContactPoint, Coverage
from catalog.phones import display_phone, normalise_phone

CHANGE_REASON = "CSV-import"
LIST_COLUMNS = ("support_forms", "regions", "arrondissements", "municipalities")
BOOL_COLUMNS = ("always_open", "closed_on_public_holidays", "coverage_inferred", "active")
DATE_COLUMNS = ("taken_on", "confirmed_on")
CHOICE_COLUMNS = {"coverage": Coverage, "confidence": Confidence}
#: Field and heading of each column, in file order. The headings are the file's own words:
#: editors' spreadsheets carry them, so they do not follow a change of a form label.
COLUMN_HEADINGS = (
    ("key", "vaste code"),
    ("versie", "versie"),
    ("name", "naam"),
    ("support_forms", "ondersteuningsvormen"),
    ("phone", "telefoon"),
    ("email", "e-mail"),
    ("website", "website"),
    ("address", "adres"),
    ("channel_note", "bereikbaarheid"),
    ("coverage", "werkgebied"),
    ("regions", "regio's"),
    ("arrondissements", "arrondissementen"),
    ("municipalities", "gemeenten"),
    ("coverage_inferred", "werkgebied afgeleid"),
    ("coverage_note", "uitleg bij het werkgebied"),
    ("always_open", "altijd open"),
    ("closed_on_public_holidays", "dicht op feestdagen"),
    ("hours", "openingsuren"),
    ("hours_as_of", "openingsuren volgens een bron van"),
    ("confidence", "betrouwbaarheid"),
    ("source_name", "naam van de bron"),
    ("source", "bronverwijzing"),
    ("source_url", "link naar de bron"),
    ("source_date", "datum van de bron"),
    ("taken_on", "overgenomen op"),
    ("confirmed_on", "bevestigd op"),
    ("active", "actief"),
    ("note", "opmerking"),
)
COLUMNS = tuple(name for name, _ in COLUMN_HEADINGS)
HEADING = dict(COLUMN_HEADINGS)
REQUIRED = ("key", "name", "coverage", "source")
DAY_NAMES = {number: name for name, number in DAYS.items()}
#: A whole catalogue is far smaller; this bounds what a crafted .xlsx can make us read.
MAX_ROWS = 5000
MAX_COLUMNS = 60
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


#: A spreadsheet runs a cell that starts with one of these as a formula (=, +, -, @), and tab
#: or carriage return can hide such a start: both exports write such a value behind an
#: apostrophe (`as_text_cell`), which the import takes off again (`from_text_cell`).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"


def as_text_cell(value: str) -> str:
    """`value` as a cell no spreadsheet runs as a formula. A value that itself starts with an
    apostrophe gets one too, so the import always takes exactly one off."""
    return TEXT_MARK + value if value.startswith((*FORMULA_STARTS, TEXT_MARK)) else value


def from_text_cell(cell: str) -> str:
    """The value of a cell `as_text_cell` wrote (or an editor typed: '+32 ...)."""
    if cell.startswith(TEXT_MARK) and cell[1:].startswith((*FORMULA_STARTS, TEXT_MARK)):
        return cell[1:]
    return cell


class BulkError(Exception):
    """The file cannot be imported; `messages` has one Dutch line per problem."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("\n".join(messages))
        self.messages = messages


class BulkConflict(BulkError):
    """Someone saved a contact of the file while it was being imported: nothing was saved,
    and the preview is worth showing again against what is stored now."""


#: A row whose contact was saved by someone else between reading and writing it.
ROW_STALE = (
    "dit contactpunt is opgeslagen terwijl de import liep. Hieronder zie je opnieuw wat de "
    "import nu zou doen; bevestig opnieuw als dat klopt."
)


@dataclass
class RowPreview:
    """One row as the import would write it: (heading, now, after, changed) per column."""

    number: int
    key: str
    status: str  # nieuw, aangepast or ongewijzigd
    cells: list[tuple[str, str, str, bool]]


@dataclass
class BulkResult:
    """What an import did (or, in a dry run, would do)."""

    added: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)
    kept: list[str] = field(default_factory=list)  # an editor's newer value was kept
    unchanged: list[str] = field(default_factory=list)
    rows: list[RowPreview] = field(default_factory=list)


# -- export -----------------------------------------------------------------------------


def _names() -> dict[str, dict[str, str]]:
    """Per list or choice column: code -> the name editors know it by. A name two records
    share, or one with the list separator in it, is left out: those stay codes."""
    names = {column: {str(v): str(label) for v, label in choices.choices}
             for column, choices in CHOICE_COLUMNS.items()}  # fmt: skip
    for column, (attr, model) in CONTACT_M2M.items():
        field_name = "name_nl" if column == "municipalities" else "name"
        pairs = list(model.objects.values_list(attr, field_name))
        counts = Counter(name.lower() for _, name in pairs)
        names[column] = {
            str(code): name for code, name in pairs if counts[name.lower()] == 1 and "|" not in name
        }
    return names


def _display(name: str, values: dict[str, Any], names: dict[str, dict[str, str]]) -> str:
    """One value (the importer's comparable form) as the file writes it."""
    value = values.get(name)
    if name == "hours":
        return "|".join(f"{DAY_NAMES[d]} {a}-{b}" for d, a, b in value or [])
    if name in LIST_COLUMNS:
        return "|".join(names[name].get(code, code) for code in value or [])
    if name in CHOICE_COLUMNS:
        return names[name].get(value, value or "")
    if name in BOOL_COLUMNS:
        return "ja" if value else "nee"
    if name == "phone":
        # E.164 would lose its "+" in Excel (read as a number); the national form stays text.
        return display_phone(value) if value else ""
    return "" if value is None else str(value)


def export_rows(points: Iterable[ContactPoint]) -> list[list[str]]:
    """The contact points as a table: the headings, then one row per point."""
    rows = [[heading for _, heading in COLUMN_HEADINGS]]
    names = _names()
    for point in points:
        values = _current_contact(point)
        values.update(key=point.key, versie=str(point.version))
        rows.append([as_text_cell(_display(name, values, names)) for name in COLUMNS])
    return rows


def table_text(rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    return out.getvalue()


def export_csv(points: Iterable[ContactPoint]) -> bytes:
    """CSV as Excel with Belgian settings opens it: UTF-8 with a byte-order mark, semicolons."""
    return table_text(export_rows(points), delimiter=";").encode("utf-8-sig")


def export_xlsx(points: Iterable[ContactPoint]) -> bytes:
    """The same table as an Excel workbook. Every cell is text too, so none is read as a
    formula even before an editor changes it."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "contactpunten"
    for row in export_rows(points):
        sheet.append(row)
    for cells in sheet.iter_rows():
        for cell in cells:
            cell.data_type = "s"
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# -- reading a file -----------------------------------------------------------------------


def _xlsx_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else f"{value:%H:%M}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _xlsx_rows(data: bytes) -> list[list[str]]:
    rows: list[list[str]] = []
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.active or book.worksheets[0]
        for values in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS):
            if len(rows) > MAX_ROWS:
                break
            rows.append([_xlsx_text(v) for v in values])
        book.close()
    except Exception:  # a damaged or foreign file fails anywhere inside openpyxl
        raise BulkError(
            ["Dit Excel-bestand kunnen we niet lezen. Sla het opnieuw op als .xlsx of als CSV."]
        ) from None
    return rows


def read_text(text: str) -> list[list[str]]:
    """The rows of CSV text, separated by semicolons, commas or tabs (the header decides)."""
    text = text.removeprefix("\ufeff")
    header = text.partition("\n")[0]
    delimiter = max((";", ",", "\t"), key=header.count)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def read_file(data: bytes) -> list[list[str]]:
    """The rows of an uploaded file: .xlsx, or CSV in UTF-8 or Windows-1252."""
    if data.startswith(b"PK\x03\x04"):  # a zip archive: Excel's .xlsx
        return _xlsx_rows(data)
    for encoding in ("utf-8-sig", "cp1252"):  # Excel saves "CSV UTF-8" or "CSV" (Windows-1252)
        try:
            return read_text(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    raise BulkError(["Dit bestand is geen CSV- of Excel-bestand (.xlsx)."])


# -- import -----------------------------------------------------------------------------


def _close(text: str, names: dict[str, str]) -> str:
    """' Bedoel je X?' for the name (or code) closest to `text`, or nothing if none is close.
    `names` maps what may be typed to the name to suggest."""
    found = process.extractOne(
        text, list(names), scorer=fuzz.ratio, processor=utils.default_process, score_cutoff=70
    )
    return f" Bedoel je {names[found[0]]}?" if found else ""


class _Lookups:
    """Codes and names of what a list or choice column may name, read once per import."""

    def __init__(self) -> None:
        self.display = _names()  # column -> code -> name
        self.codes: dict[str, dict[str, str]] = {}  # column -> lowercase code or name -> code
        self.suggest: dict[str, dict[str, str]] = {}  # column -> code or name -> name
        for column in LIST_COLUMNS:
            attr, model = CONTACT_M2M[column]
            all_codes = [str(code) for code in model.objects.values_list(attr, flat=True)]
            self._add(column, all_codes)
            # Short codes ("vk") are what editors abbreviate; suggest their name.
            self.suggest[column] |= {c: self.display[column].get(c, c) for c in all_codes}
        for column in CHOICE_COLUMNS:
            self._add(column, list(self.display[column]))

    def _add(self, column: str, all_codes: list[str]) -> None:
        names = self.display[column]
        self.codes[column] = {name.lower(): code for code, name in names.items()}
        self.codes[column] |= {code.lower(): code for code in all_codes}  # a code always wins
        self.suggest[column] = {name: name for name in names.values()}

    def code(self, column: str, text: str) -> str:
        found = self.codes[column].get(text.strip().lower())
        if found is None:
            hint = (
                _close(text, self.suggest[column]) or " Schrijf de naam of de code uit de export."
            )
            raise ValueError(f"kolom {HEADING[column]}: '{text}' kennen we niet.{hint}")
        return found


_DAY_FIRST = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


def _bool(text: str, column: str) -> bool:
    value = text.strip().lower()
    if value in ("ja", "j", "1", "true", "waar"):
        return True
    if value in ("nee", "n", "0", "false", "onwaar", ""):
        return False
    raise ValueError(f"kolom {HEADING[column]}: schrijf ja of nee, niet '{text}'")


def _date(text: str, column: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    day_first = _DAY_FIRST.fullmatch(text)  # Excel with Belgian settings writes 5/01/2027
    try:
        if day_first:
            day, month, year = map(int, day_first.groups())
            return date(year, month, day)
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"kolom {HEADING[column]}: schrijf de datum als 2027-03-03 of 3/03/2027, niet '{text}'"
        ) from None


def _hours(text: str) -> list[dict]:
    rows = []
    column = HEADING["hours"]
    for part in filter(None, (p.strip() for p in text.split("|"))):
        try:
            day, span = part.split()
            opens, closes = span.split("-")
        except ValueError:
            raise ValueError(f"kolom {column}: '{part}' is niet zoals 'ma 09:00-12:00'") from None
        if day not in DAYS:
            raise ValueError(f"kolom {column}: '{day}' is geen dag (ma, di, wo, do, vr, za, zo)")
        try:
            start, end = parse_clock(opens), parse_clock(closes)
        except ValueError as error:
            raise ValueError(f"kolom {column}, '{part}': {error}") from None
        problem = span_problem(start, end)
        if problem:
            raise ValueError(f"kolom {column}, '{part}': {problem}")
        rows.append({"days": [day], "from": f"{start:%H:%M}", "until": f"{end:%H:%M}"})
    return rows


def _cell_value(name: str, text: str, lookups: _Lookups) -> Any:
    if name in LIST_COLUMNS:
        codes, problems = [], []
        for part in filter(None, (v.strip() for v in text.split("|"))):
            try:
                codes.append(lookups.code(name, part))
            except ValueError as error:
                problems.append(str(error))
        if problems:
            raise ValidationError(problems)  # one message per unknown name
        return codes
    if name in CHOICE_COLUMNS:
        return lookups.code(name, text) if text else None
    if name in BOOL_COLUMNS:
        return _bool(text, name) if text or name != "active" else True
    if name in DATE_COLUMNS:
        return _date(text, name)
    if name == "hours":
        return _hours(text)
    if name == "phone" and text:
        try:
            normalise_phone(text)
        except ValidationError as error:
            raise ValueError(f"kolom {HEADING[name]}: {' '.join(error.messages)}") from None
    return text or None


def _row(raw: dict[str, str], lookups: _Lookups) -> tuple[dict[str, Any], int | None, dict]:
    """One row as a fixture row (the importer's shape), the version it was exported at, and
    the problems of its cells (column -> message). Without a usable key it raises them."""
    problems = []
    for name, value in raw.items():
        # PostgreSQL cannot store or even look up text with a NUL byte.
        if "\x00" in value:
            problems.append(
                f"kolom {HEADING.get(name, 'achteraan')}: bevat een teken dat hier niet kan (een "
                "NUL-teken). Sla het bestand opnieuw op als CSV (UTF-8)."
            )
    if problems:
        raise ValidationError(problems)
    row: dict[str, Any] = {}
    failed: dict[str, list[str]] = {}
    for name in COLUMNS:
        if name == "versie":
            continue
        try:
            text = from_text_cell((raw.get(name) or "").strip()).strip()
            value = _cell_value(name, text, lookups)
        except ValidationError as error:
            failed[name] = error.messages
            continue
        except ValueError as error:
            failed[name] = [str(error)]
            continue
        if value is not None:
            row[name] = value
    version_text = from_text_cell((raw.get("versie") or "").strip()).strip()
    if version_text and not version_text.isdigit():
        failed["versie"] = [f"kolom versie: '{version_text}' is geen getal"]
    if not row.get("key"):
        failed["key"] = [f"kolom {HEADING['key']} is leeg: elk contactpunt heeft een vaste code"]
        raise ValidationError([m for messages in failed.values() for m in messages])
    return row, int(version_text) if version_text and "versie" not in failed else None, failed


def _import_checked(
    number: int, raw: dict[str, str], lookups: _Lookups, result: BulkResult
) -> None:
    """Import one row; its cells' problems and the record's own checks are raised together
    (a value the row could not read is not reported a second time as missing)."""
    row, version, failed = _row(raw, lookups)
    problems = [m for messages in failed.values() for m in messages]
    try:
        _import_row(number, row, version, result, lookups)
    except ValidationError as error:
        if not failed:
            raise
        if hasattr(error, "error_dict"):
            error = ValidationError({k: v for k, v in error.error_dict.items() if k not in failed})
        problems.extend(_messages(error))
    if problems:
        raise ValidationError(problems)  # the row's savepoint is rolled back


def _messages(error: Exception) -> list[str]:
    if isinstance(error, services.StaleVersion):
        return [ROW_STALE]
    if isinstance(error, ValidationError):
        if hasattr(error, "error_dict"):
            return [
                f"kolom {HEADING.get(name, name)}: {' '.join(msgs)}"
                if name in HEADING
                else " ".join(msgs)
                for name, msgs in error.message_dict.items()
            ]
        return list(error.messages)
    return [str(error)]


def _import_row(
    number: int, row: dict[str, Any], version: int | None, result: BulkResult, lookups: _Lookups
) -> None:
    key = row["key"]
    wanted = _wanted(row, CONTACT_SPECS)
    for name in CONTACT_M2M:
        wanted[name] = sorted(row.get(name, []))
    wanted["hours"] = sorted(
        [DAYS[d], h["from"], h["until"]] for h in row.get("hours", []) for d in h["days"]
    )
    obj = ContactPoint.objects.filter(key=key).first()
    current = None
    report = Report()
    if obj is not None:
        current = _current_contact(obj)
        del current["superseded_by"]
        # Exported at the stored version: every difference is the uploader's change. Changed
        # since the export: nothing counts as a base, so every difference is kept and reported.
        baseline = current if version == obj.version else {}
        values = _merge(report, "contactpunt", key, baseline, current, wanted)
    else:
        values = dict(wanted)
    if report.conflicts:
        result.kept.extend(
            f"{key}: {HEADING[c.field]} bleef '{_display(c.field, current, lookups.display)}' "
            f"(na de export aangepast); het bestand zegt "
            f"'{_display(c.field, wanted, lookups.display)}'"
            for c in report.conflicts
        )
    after = {**(current or {}), **values}
    status = "nieuw" if obj is None else "aangepast" if values else "ongewijzigd"
    cells = []
    for name in COLUMNS[2:]:
        now = _display(name, current, lookups.display) if current is not None else ""
        then = _display(name, after, lookups.display)
        if now or then:
            cells.append((HEADING[name], now, then, current is not None and name in values))
    result.rows.append(RowPreview(number, key, status, cells))
    if not values:
        result.unchanged.append(key)
        return
    if obj is None:
        obj = ContactPoint(key=key)
        result.added.append(key)
    else:
        result.changed[key] = [HEADING[name] for name in COLUMNS if name in values]
    # imported_values untouched: they stay the fixtures' values.
    services.write_contact(point=obj, values=values, reason=CHANGE_REASON)


def _header(cells: list[str]) -> list[str | None]:
    """The field of each column; an unknown heading is an error with a suggestion."""
    known = {name: name for name in COLUMNS} | {h.lower(): name for name, h in COLUMN_HEADINGS}
    fields: list[str | None] = []
    problems = []
    for cell in cells:
        text = cell.strip().removeprefix("\ufeff")
        if not text:
            fields.append(None)
            continue
        name = known.get(text.lower())
        if name is None:
            problems.append(
                f"De kolom '{text}' in de eerste rij kennen we niet."
                + _close(text, {h: h for h in HEADING.values()})
            )
        elif name in fields:
            problems.append(f"De kolom '{text}' staat twee keer in de eerste rij.")
        fields.append(name)
    missing = [HEADING[c] for c in REQUIRED if c not in fields]
    if missing:
        problems.append(f"De kolom(men) {', '.join(missing)} ontbreken in de eerste rij.")
    if problems:
        raise BulkError(problems)
    return fields


def import_rows(rows: list[list[str]], dry_run: bool) -> BulkResult:
    """Import contact points from a table (the first row names the columns); all or nothing.
    Raises BulkError with every problem of every row (row 1 is the header). A dry run says
    what would happen and saves nothing."""
    if not rows:
        raise BulkError(["Het bestand is leeg: de eerste rij noemt de kolommen."])
    if len(rows) > MAX_ROWS:
        raise BulkError([f"Het bestand heeft meer dan {MAX_ROWS} rijen; splits het op."])
    fields = _header(rows[0])
    result = BulkResult()
    lookups = _Lookups()

    def row_import(number: int, cells: list[str]) -> Callable[[], None]:
        raw = {name: value for name, value in zip(fields, cells, strict=False) if name}
        # Cells under no heading are not read, but a NUL byte there is still refused.
        raw[""] = "".join(v for n, v in zip(fields, cells, strict=False) if not n)
        raw[""] += "".join(cells[len(fields) :])
        return lambda: _import_checked(number, raw, lookups, result)

    numbered = (
        (number, row_import(number, cells))
        for number, cells in enumerate(rows[1:], start=2)
        if any(cell.strip() for cell in cells)  # Excel keeps rows that were only cleared
    )
    failed = services.import_csv_rows(rows=numbered, dry_run=dry_run)
    errors = [
        f"Rij {number}: {message}" for number, error in failed for message in _messages(error)
    ]
    if any(isinstance(error, services.StaleVersion) for _, error in failed):
        raise BulkConflict(errors)
    if errors:
        raise BulkError(errors)
    return result
