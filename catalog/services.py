"""The one way into the catalogue: every write an editor or a command makes goes through here.

Each entry point runs in one transaction and gives the catalogue one new version at its end,
however many rows it saved (`catalogue_write`). A record an editor opened at version N is saved
only while it is still at N: the version is claimed with a conditional UPDATE, so of two saves
that arrive together exactly one wins and the other raises `StaleVersion` (the admin shows its
Dutch message and keeps the editor's input). Callers (admin, CSV import, `load_catalog`) decide
*what* to write; the rules of *how* live here: versions, the one transaction, history reasons,
and that a confirmation belongs to the values a person checked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, time, timedelta
from typing import Any, TypeVar

from django import forms
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F, QuerySet
from django.utils import timezone

from catalog.models import (
    Arrondissement,
    Confidence,
    ContactPoint,
    FallbackContact,
    Feedback,
    Municipality,
    OpeningException,
    OpeningSlot,
    Region,
    SupportForm,
    bump_catalogue_version,
    catalogue_changes_batched,
)

Versioned = TypeVar("Versioned", ContactPoint, SupportForm)

STALE_MESSAGE = (
    "Iemand anders heeft dit intussen opgeslagen. Je wijzigingen zijn nog niet bewaard; ze "
    "staan hieronder nog ingevuld. Bekijk eerst wat er veranderd is (knop Geschiedenis, in een "
    "nieuw tabblad). Sla daarna opnieuw op als je jouw versie wilt bewaren."
)

#: The values a confirmation vouches for, by the name editors know them (history reasons).
#: "hours" stands for the opening hours and exceptions, which live in their own tables.
CHECKED_VALUES: dict[str, tuple[str, ...]] = {
    "telefoon": ("phone",),
    "e-mail": ("email",),
    "adres": ("address",),
    "website": ("website",),
    "openingsuren": ("always_open", "closed_on_public_holidays", "hours_as_of", "hours"),
    "werkgebied": ("coverage", "regions", "arrondissements", "municipalities"),
}

#: Relations of a contact point, by the natural key a fixture or CSV names them with.
CONTACT_M2M: dict[str, tuple[str, type[models.Model]]] = {
    "support_forms": ("slug", SupportForm),
    "regions": ("slug", Region),
    "arrondissements": ("code", Arrondissement),
    "municipalities": ("nis", Municipality),
}


class StaleVersion(Exception):
    """The record changed since the editor (or the import) read it; nothing was saved."""

    def __init__(self) -> None:
        super().__init__(STALE_MESSAGE)


# -- the rules every write shares ---------------------------------------------------------


@contextmanager
def catalogue_write() -> Iterator[None]:
    """One transaction, and one new catalogue version when it succeeds.

    The version is bumped explicitly too, because bulk writes and `update()` send no signals;
    inside the batch every bump (explicit or from a signal) collapses into one."""
    with transaction.atomic(), catalogue_changes_batched():
        yield
        bump_catalogue_version()


def stored_version(model: type[Versioned], pk: Any) -> int | None:
    """The version of a record as saved now (None when it no longer exists)."""
    return model.objects.filter(pk=pk).values_list("version", flat=True).first()


def check_version(*, model: type[Versioned], pk: Any, seen: int | None) -> None:
    """Raise StaleVersion when the record moved past `seen` (a friendly early check; the
    binding one is `claim_version`, at write time)."""
    current = stored_version(model, pk)
    if current is not None and current != seen:
        raise StaleVersion


def claim_version(obj: Versioned, *, seen: int | None) -> None:
    """Move `obj` to the next version if it is still at `seen`, else raise StaleVersion.

    A conditional UPDATE: on PostgreSQL the second of two simultaneous saves waits for the
    first to commit, then finds the version moved and updates nothing."""
    if seen is None:
        raise StaleVersion
    claimed = type(obj).objects.filter(pk=obj.pk, version=seen).update(version=F("version") + 1)
    if not claimed:
        raise StaleVersion
    obj.version = seen + 1


def _save_versioned(obj: Versioned, *, seen: int | None, reason: str) -> None:
    if obj.pk is not None and not obj._state.adding:
        claim_version(obj, seen=seen)
    obj._change_reason = reason or None
    obj.save()


# -- a confirmation belongs to the values a person checked --------------------------------

#: Confidence kinds that say a person checked the values: they need a confirmation date.
PERSON_CHECKED = frozenset({Confidence.PHONED, Confidence.MAILED, Confidence.OWN_SITE})


def checked_changes(changed: Iterable[str]) -> list[str]:
    """The confirmed values (by their Dutch name) among the changed fields."""
    changed = set(changed)
    return [label for label, fields in CHECKED_VALUES.items() if changed & set(fields)]


def _confirmed_list(point: ContactPoint) -> str:
    """The values a confirmation vouches for: those the contact has."""
    has = {
        "telefoon": point.phone,
        "e-mail": point.email,
        "adres": point.address,
        "website": point.website,
        "openingsuren": point.always_open
        or (point.pk is not None and point.opening_slots.exists()),
        "werkgebied": True,
    }
    return ", ".join(label for label in CHECKED_VALUES if has[label])


def settle_confirmation(
    point: ContactPoint, *, changed: Iterable[str], reconfirmed_on: date | None
) -> str:
    """Apply the confirmation rule to `point` before it is saved; return the history reason.

    A confirmation vouches for the values a person checked. Changing one of them clears it,
    unless the editor confirms again in the same save (`reconfirmed_on`). A confidence that
    says a person checked then no longer holds either: it becomes "andere bron"."""
    if reconfirmed_on is not None:
        point.confirmed_on = reconfirmed_on
        return f"bevestigd op {reconfirmed_on:%d-%m-%Y}: {_confirmed_list(point)}"[:100]
    touched = checked_changes(changed)
    if not touched or point.confirmed_on is None:
        return ""
    point.confirmed_on = None
    if point.confidence in PERSON_CHECKED:
        point.confidence = Confidence.THIRD_PARTY
    return f"bevestiging vervallen: {', '.join(touched)} gewijzigd"[:100]


# -- the admin's forms ----------------------------------------------------------------------


def _hours_changed(formsets: Sequence[forms.BaseFormSet]) -> bool:
    return any(
        getattr(fs, "model", None) in (OpeningSlot, OpeningException) and fs.has_changed()
        for fs in formsets
    )


def _really_changed(point: ContactPoint, changed_data: Iterable[str]) -> set[str]:
    """The form's changed fields whose stored value differs (the form shows a phone number as
    people write it, with its zone number and spaces, and stores it in E.164)."""
    stored = ContactPoint.objects.filter(pk=point.pk).first() if point.pk else None
    return {
        name
        for name in changed_data
        if stored is None
        or name in CONTACT_M2M
        or not hasattr(stored, name)
        or getattr(stored, name) != getattr(point, name)
    }


def save_contact_point(
    *,
    form: forms.ModelForm,
    formsets: Sequence[forms.BaseFormSet] = (),
    seen_version: int | None,
    confirm_on: date | None = None,
) -> ContactPoint:
    """Save the admin's contact form with its inlines (hours, exceptions) as one change.

    `confirm_on`: the editor confirmed the values in this save. A changed "bevestigd op"
    date counts as confirming too."""
    point: ContactPoint = form.instance
    changed = _really_changed(point, form.changed_data)
    if _hours_changed(formsets):
        changed.add("hours")
    if confirm_on is None and "confirmed_on" in changed and point.confirmed_on is not None:
        confirm_on = point.confirmed_on
    with catalogue_write():
        reason = settle_confirmation(point, changed=changed, reconfirmed_on=confirm_on)
        _save_versioned(point, seen=seen_version, reason=reason)
        form.save_m2m()
        for formset in formsets:
            formset.save()
    return point


def save_support_form(
    *,
    form: forms.ModelForm,
    formsets: Sequence[forms.BaseFormSet] = (),
    seen_version: int | None,
) -> SupportForm:
    """Save the admin's support form with its fallback contacts as one change."""
    support_form: SupportForm = form.instance
    with catalogue_write():
        _save_versioned(support_form, seen=seen_version, reason="")
        form.save_m2m()
        for formset in formsets:
            formset.save()
    return support_form


def _locked(points: QuerySet[ContactPoint]) -> QuerySet[ContactPoint]:
    """The same records, locked until the transaction ends (the admin's filters may add a
    DISTINCT, which FOR UPDATE does not allow)."""
    return ContactPoint.objects.filter(pk__in=points.values("pk")).select_for_update()


def confirm_contact_points(*, points: QuerySet[ContactPoint], on: date) -> int:
    """ "I checked that these are still right": each gets `on` as its confirmation date, and
    its history says which values were confirmed (and, through the history, by whom)."""
    count = 0
    with catalogue_write():
        for point in _locked(points):
            point.confirmed_on = on
            _save_versioned(
                point,
                seen=point.version,
                reason=settle_confirmation(point, changed=(), reconfirmed_on=on),
            )
            count += 1
    return count


def deactivate_contact_points(*, points: QuerySet[ContactPoint]) -> int:
    """The editor's way to remove contacts: they stay, with their history, and are not shown."""
    count = 0
    with catalogue_write():
        for point in _locked(points.active()):
            point.active = False
            _save_versioned(point, seen=point.version, reason="gedeactiveerd")
            count += 1
    return count


def _next_moment(model: type[Versioned], record: Any) -> Any:
    """The moment just before the version after `record` was saved (or now)."""
    later = (
        model.history.filter(id=record.id, history_date__gt=record.history_date)
        .order_by("history_date")
        .values_list("history_date", flat=True)
        .first()
    )
    return (later - timedelta(microseconds=1)) if later else timezone.now()


def _keep_imported_values(obj: Versioned) -> None:
    """History leaves out the fixture's values: keep today's, so load_catalog still tells a
    fixture value from an editor's after a revert."""
    obj.imported_values = (
        type(obj).objects.filter(pk=obj.pk).values_list("imported_values", flat=True).first() or {}
    )


def revert_contact_point(
    *, form: forms.ModelForm, record: Any, seen_version: int | None
) -> ContactPoint:
    """Put a contact back as it was in history `record`: fields, coverage, and the opening
    hours and exceptions of that moment, in one transaction (no reader sees it half done).

    The old confirmation comes back with the old values it vouched for."""
    point: ContactPoint = form.instance
    moment = _next_moment(ContactPoint, record)
    slots = list(OpeningSlot.history.as_of(moment).filter(contact_point_id=point.pk))
    exceptions = list(OpeningException.history.as_of(moment).filter(contact_point_id=point.pk))
    _keep_imported_values(point)
    with catalogue_write():
        _save_versioned(
            point, seen=seen_version, reason=f"teruggezet naar {record.history_date:%d-%m-%Y %H:%M}"
        )
        form.save_m2m()
        OpeningSlot.objects.filter(contact_point_id=point.pk).delete()
        OpeningException.objects.filter(contact_point_id=point.pk).delete()
        OpeningSlot.objects.bulk_create(
            OpeningSlot(contact_point=point, weekday=s.weekday, opens=s.opens, closes=s.closes)
            for s in slots
        )
        OpeningException.objects.bulk_create(
            OpeningException(
                contact_point=point,
                starts_on=e.starts_on,
                ends_on=e.ends_on,
                closed=e.closed,
                opens=e.opens,
                closes=e.closes,
                note=e.note,
            )
            for e in exceptions
        )
    return point


def revert_support_form(
    *, form: forms.ModelForm, record: Any, seen_version: int | None
) -> SupportForm:
    """Put a support form back as it was in history `record`, with the contacts that helped
    while its own contact was unknown (also those deleted since), in one transaction.

    Fallback contacts have a history only since it was switched on: for an older moment they
    are left as they are rather than emptied."""
    support_form: SupportForm = form.instance
    moment = _next_moment(SupportForm, record)
    first = FallbackContact.history.order_by("history_date").values_list("history_date").first()
    _keep_imported_values(support_form)
    with catalogue_write():
        _save_versioned(
            support_form,
            seen=seen_version,
            reason=f"teruggezet naar {record.history_date:%d-%m-%Y %H:%M}",
        )
        form.save_m2m()
        if first is not None and first[0] <= moment:
            then = FallbackContact.history.as_of(moment).filter(support_form_id=support_form.pk)
            replace_fallbacks(
                support_form=support_form,
                point_ids=[f.contact_point_id for f in sorted(then, key=lambda f: f.position)],
            )
    return support_form


def replace_fallbacks(*, support_form: SupportForm, point_ids: Sequence[int]) -> None:
    """Set the contacts that help while the support form's own is unknown, in this order.
    Contacts that no longer exist are skipped (a revert cannot bring them back)."""
    existing = set(ContactPoint.objects.filter(pk__in=point_ids).values_list("pk", flat=True))
    with catalogue_write():
        FallbackContact.objects.filter(support_form=support_form).delete()
        for position, pk in enumerate(p for p in point_ids if p in existing):
            FallbackContact.objects.create(
                support_form=support_form, contact_point_id=pk, position=position
            )


# -- imports: the CSV of the admin and the fixtures of load_catalog ------------------------


def write_contact(
    *,
    point: ContactPoint,
    values: dict[str, Any],
    reason: str,
    seen_version: int | None = None,
    imported: dict[str, Any] | None = None,
) -> None:
    """Write `values` (the importer's comparable form) to `point`, validated, with its
    relations and hours. `imported`: the fixture values to remember (load_catalog only).

    A changed confirmed value clears the confirmation unless the values confirm again
    (a new `confirmed_on`)."""
    relations = {}
    for name, value in values.items():
        if name in CONTACT_M2M or name in ("hours", "superseded_by"):
            relations[name] = value
        elif name in ("taken_on", "confirmed_on"):
            setattr(point, name, date.fromisoformat(value) if value else None)
        else:
            setattr(point, name, value)
    again = point.confirmed_on if "confirmed_on" in values and point.confirmed_on else None
    with catalogue_write():
        if point.pk is not None:
            reason = settle_confirmation(point, changed=values, reconfirmed_on=again) or reason
        if imported is not None:
            point.imported_values = imported
        point.full_clean(validate_unique=False)
        _save_versioned(
            point, seen=point.version if seen_version is None else seen_version, reason=reason
        )
        _set_relations(point, relations)


def _set_relations(point: ContactPoint, relations: dict[str, Any]) -> None:
    for name, keys in relations.items():
        if name in CONTACT_M2M:
            attr, model = CONTACT_M2M[name]
            found = list(model.objects.filter(**{f"{attr}__in": keys}))
            missing = set(keys) - {getattr(o, attr) for o in found}
            if missing:
                raise ValueError(f"contactpunt {point.key}: onbekende {name}: {sorted(missing)}")
            getattr(point, name).set(found)
        elif name == "hours":
            point.opening_slots.all().delete()
            for weekday, opens, closes in keys:
                OpeningSlot.objects.create(
                    contact_point=point,
                    weekday=weekday,
                    opens=time.fromisoformat(opens),
                    closes=time.fromisoformat(closes),
                )


def save_imported(*, obj: models.Model, imported: dict[str, Any], reason: str) -> None:
    """Save a record the fixtures created or changed, remembering the fixture's values."""
    obj.imported_values = imported
    with catalogue_write():
        obj.full_clean(validate_unique=False)
        if isinstance(obj, ContactPoint | SupportForm):
            _save_versioned(obj, seen=obj.version, reason=reason)
        else:
            obj._change_reason = reason
            obj.save()


def remember_imported(*, obj: models.Model, imported: dict[str, Any]) -> None:
    """Record the fixture's values without changing the record (nothing public changes)."""
    type(obj).objects.filter(pk=obj.pk).update(imported_values=imported)
    obj.imported_values = imported


class _RollBack(Exception):
    """Undo a dry run, or an import with a bad row."""


def import_csv_rows(
    *,
    rows: Iterable[tuple[int, Callable[[], None]]],
    dry_run: bool,
) -> list[tuple[int, Exception]]:
    """Run each numbered row's import in one transaction: all or nothing.

    Returns the rows that failed, with their error; when any failed, or for a dry run,
    nothing is saved (and the catalogue keeps its version). A row whose record someone saved
    while it was being written fails with `StaleVersion`."""
    errors: list[tuple[int, Exception]] = []
    try:
        with catalogue_write():
            for number, import_row in rows:
                try:
                    with transaction.atomic():
                        import_row()
                except (ValueError, ValidationError, StaleVersion) as error:
                    errors.append((number, error))
            if errors or dry_run:
                raise _RollBack
    except _RollBack:
        pass
    return errors


def load_catalogue(*, load: Callable[[], Any]) -> Any:
    """Run the whole fixture import as one catalogue change (see `catalog.importer`)."""
    with catalogue_write():
        return load()


# -- the public "Klopt er iets niet?" reports ---------------------------------------------


def settle_feedback(*, reports: QuerySet[Feedback], status: str) -> int:
    """Accept or reject reports. The catalogue itself is not touched (an editor corrects the
    contact through its form), so its version stays and no cache is rebuilt."""
    return Feedback.objects.filter(pk__in=reports.values("pk")).update(status=status)
