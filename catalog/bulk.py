"""CSV export and bulk import of contact points for editors.

The CSV has the columns of `COLUMNS` (the export writes exactly these, so an export edited in a
spreadsheet can be imported again). Lists are separated by "|", yes/no columns say `ja` or
`nee`, dates are written as 2027-03-03, and hours as `ma 09:00-12:00|di 14:00-17:00`.

An import is all or nothing: every bad row gets a Dutch message with its row number and nothing
is saved. It reuses the catalogue importer's merge: a record whose `versie` in the CSV is older
than the stored one was changed since the export, and then every value that differs is kept as
it is and reported, never silently overwritten. The values the fixtures last gave
(`imported_values`) are left alone, so `load_catalog` still knows an editor's value from its own.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from catalog.importer import (
    CONTACT_M2M,
    CONTACT_SPECS,
    DAYS,
    Report,
    _apply_contact,
    _current_contact,
    _merge,
    _set_relations,
    _wanted,
)
from catalog.models import ContactPoint, catalogue_changes_batched

CHANGE_REASON = "CSV-import"
LIST_COLUMNS = ("support_forms", "regions", "arrondissements", "municipalities")
BOOL_COLUMNS = ("always_open", "closed_on_public_holidays", "coverage_inferred", "active")
DATE_COLUMNS = ("taken_on", "confirmed_on")
COLUMNS = (
    "key",
    "versie",
    "name",
    "support_forms",
    "phone",
    "email",
    "website",
    "address",
    "channel_note",
    "coverage",
    "regions",
    "arrondissements",
    "municipalities",
    "coverage_inferred",
    "coverage_note",
    "always_open",
    "closed_on_public_holidays",
    "hours",
    "hours_as_of",
    "confidence",
    "source_name",
    "source",
    "source_url",
    "source_date",
    "taken_on",
    "confirmed_on",
    "active",
    "note",
)
DAY_NAMES = {number: name for name, number in DAYS.items()}


class BulkError(Exception):
    """The CSV cannot be imported; `messages` has one Dutch line per problem."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("\n".join(messages))
        self.messages = messages


@dataclass
class BulkResult:
    """What an import did (or, in a dry run, would do)."""

    added: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)
    kept: list[str] = field(default_factory=list)  # an editor's newer value was kept
    unchanged: list[str] = field(default_factory=list)


# -- export -----------------------------------------------------------------------------


def _cell(name: str, values: dict[str, Any], point: ContactPoint) -> str:
    if name == "key":
        return point.key
    if name == "versie":
        return str(point.version)
    if name == "hours":
        return "|".join(f"{DAY_NAMES[d]} {a}-{b}" for d, a, b in values["hours"])
    value = values.get(name)
    if name in LIST_COLUMNS:
        return "|".join(value)
    if name in BOOL_COLUMNS:
        return "ja" if value else "nee"
    return "" if value is None else str(value)


def export_csv(points: Iterable[ContactPoint]) -> str:
    """The contact points as CSV text, in the columns an import reads."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for point in points:
        values = _current_contact(point)
        writer.writerow([_cell(name, values, point) for name in COLUMNS])
    return out.getvalue()


# -- import -----------------------------------------------------------------------------


def _bool(text: str, column: str) -> bool:
    value = text.strip().lower()
    if value in ("ja", "j", "1", "true", "waar"):
        return True
    if value in ("nee", "n", "0", "false", "onwaar", ""):
        return False
    raise ValueError(f"kolom {column}: schrijf ja of nee, niet '{text}'")


def _date(text: str, column: str) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"kolom {column}: schrijf de datum als 2027-03-03, niet '{text}'"
        ) from None


def _hours(text: str) -> list[dict]:
    rows = []
    for part in filter(None, (p.strip() for p in text.split("|"))):
        try:
            day, span = part.split()
            opens, closes = span.split("-")
        except ValueError:
            raise ValueError(f"kolom hours: '{part}' is niet zoals 'ma 09:00-12:00'") from None
        if day not in DAYS:
            raise ValueError(f"kolom hours: '{day}' is geen dag (ma, di, wo, do, vr, za, zo)")
        rows.append({"days": [day], "from": opens, "until": closes})
    return rows


def _row(raw: dict[str, str]) -> tuple[dict[str, Any], int | None]:
    """One CSV row as a fixture row (the importer's shape), and the version it was exported at."""
    row: dict[str, Any] = {}
    for name in COLUMNS:
        text = (raw.get(name) or "").strip()
        if name == "versie":
            continue
        if name in LIST_COLUMNS:
            row[name] = [v.strip() for v in text.split("|") if v.strip()]
        elif name in BOOL_COLUMNS:
            row[name] = _bool(text, name) if text or name != "active" else True
        elif name in DATE_COLUMNS:
            row[name] = _date(text, name)
        elif name == "hours":
            row[name] = _hours(text)
        elif text:
            row[name] = text
    version_text = (raw.get("versie") or "").strip()
    if version_text and not version_text.isdigit():
        raise ValueError(f"kolom versie: '{version_text}' is geen getal")
    return row, int(version_text) if version_text else None


def _messages(error: Exception) -> list[str]:
    if isinstance(error, ValidationError):
        if hasattr(error, "error_dict"):
            return [
                f"{ContactPoint._meta.get_field(name).verbose_name if name != '__all__' else ''}"
                f"{': ' if name != '__all__' else ''}{' '.join(msgs)}"
                for name, msgs in error.message_dict.items()
            ]
        return list(error.messages)
    return [str(error)]


def _import_row(row: dict[str, Any], version: int | None, result: BulkResult) -> None:
    key = row.get("key", "")
    if not key:
        raise ValueError("kolom key is leeg: elk contactpunt heeft een vaste code")
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
            f"{key}: {c.field} bleef '{c.kept}' (na de export aangepast); de CSV zegt '{c.fixture}'"
            for c in report.conflicts
        )
    if not values:
        result.unchanged.append(key)
        return
    if obj is None:
        obj = ContactPoint(key=key)
        result.added.append(key)
    else:
        result.changed[key] = sorted(values)
        obj.version += 1
    relations = _apply_contact(obj, values)
    obj._change_reason = CHANGE_REASON
    obj.full_clean(validate_unique=False)
    obj.save()  # imported_values untouched: they stay the fixtures' values
    _set_relations(obj, relations)


def import_csv(text: str, dry_run: bool) -> BulkResult:
    """Import contact points from CSV text; all or nothing. Raises BulkError with one Dutch
    message per bad row (row 1 is the header). A dry run says what would happen and saves
    nothing."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [
        c for c in ("key", "name", "coverage", "source") if c not in (reader.fieldnames or [])
    ]
    if missing:
        raise BulkError([f"De kolom(men) {', '.join(missing)} ontbreken in de eerste rij."])
    result = BulkResult()
    errors: list[str] = []
    try:
        # One new catalogue version after the commit; none after a rollback.
        with catalogue_changes_batched(), transaction.atomic():
            for number, raw in enumerate(reader, start=2):
                try:
                    with transaction.atomic():
                        row, version = _row(raw)
                        _import_row(row, version, result)
                except (ValueError, ValidationError) as error:
                    errors.extend(f"Rij {number}: {message}" for message in _messages(error))
            if errors or dry_run:
                raise _RollBack
    except _RollBack:
        pass
    if errors:
        raise BulkError(errors)
    return result


class _RollBack(Exception):
    """Undo a dry run, or an import with a bad row."""
