"""The admin's history in words an editor reads: "(leeg)" instead of None, names separated by
commas instead of Python lists, "ja"/"nee", Belgian dates and the labels of choices."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from django.db.models import Model
from django.http import HttpRequest
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString
from simple_history.models import ModelChange
from simple_history.template_utils import HistoricalRecordContextHelper

EMPTY = "(leeg)"


def readable(value: Any, choices: dict[Any, str] | None = None) -> str:
    """One stored value as an editor says it."""
    if choices and value in choices:
        return str(choices[value])
    if value is None or value == "" or value == []:
        return EMPTY
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, list | tuple):
        return ", ".join(readable(item) for item in value)
    return str(value)


class ReadableHistoryHelper(HistoricalRecordContextHelper):
    def stringify_delta_change_values(
        self, change: ModelChange, old: Any, new: Any
    ) -> tuple[SafeString, SafeString]:
        field = self.model._meta.get_field(change.field)
        choices = dict(field.flatchoices) if getattr(field, "choices", None) else None
        return (
            conditional_escape(readable(old, choices)),
            conditional_escape(readable(new, choices)),
        )


class ReadableHistoryMixin:
    """For a SimpleHistoryAdmin: its list of changes uses `ReadableHistoryHelper`."""

    def get_historical_record_context_helper(
        self, request: HttpRequest, historical_record: Model
    ) -> HistoricalRecordContextHelper:
        return ReadableHistoryHelper(self.model, historical_record)  # type: ignore[attr-defined]
