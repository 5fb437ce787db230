"""Cleaning one questionnaire step from a POST, including the place lookup in the catalogue.

The choice questions are validated by `routing.questionnaire.clean_choice` (pure Python); the
place question needs the catalogue (postcodes and municipalities of Flanders and Brussels) and
Statbel's list of all Belgian places (via `catalog.directory.DatabaseDirectory`), so it lives here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from django.db.models import Q
from django.http import QueryDict

from catalog.directory import DatabaseDirectory
from catalog.models import Municipality, PostalCode
from routing.directory import Area
from routing.questionnaire import Question, RawAnswers, StepError, clean_choice, say

POSTCODE_RE = re.compile(r"[1-9][0-9]{3}")
NIS_RE = re.compile(r"[0-9]{5}")
MAX_TEXT = 60
MAX_SUGGESTIONS = 8

MESSAGES = {
    "postcode.format": "Een Belgische postcode heeft 4 cijfers, bijvoorbeeld 9000.",
    "postcode.unknown": "We kennen postcode {code} niet. Kijk de postcode na.",
    "gemeente.unknown": (
        "We vinden geen gemeente in Vlaanderen of Brussel met die naam. Vul de postcode in "
        "(4 cijfers)."
    ),
    "gemeente.choose": "Kies een gemeente uit de lijst.",
}


def clean_step(question: Question, data: QueryDict | Mapping[str, list[str]]) -> RawAnswers:
    """The vocabulary to store for this step's POST; raises `StepError` in plain Dutch."""
    if question.kind == "place":
        return clean_place(_first(data, "postcode"), _first(data, "gemeente"), question)
    values = data.getlist(question.key) if isinstance(data, QueryDict) else data.get(question.key)
    return clean_choice(question, list(values or []))


def _first(data: QueryDict | Mapping[str, list[str]], key: str) -> str:
    if isinstance(data, QueryDict):
        value = data.get(key, "")
    else:
        values = data.get(key) or []
        value = values[0] if values else ""
    return value.strip()[:MAX_TEXT] if isinstance(value, str) else ""


def clean_place(text: str, nis: str, question: Question) -> RawAnswers:
    """A postcode, a municipality name, or a municipality chosen from the suggestions.

    A postcode must be a known Belgian one; outside Flanders and Brussels it is accepted (the
    advice says it is outside the werkingsgebied and still gives the emergency numbers).
    """
    if nis:
        if NIS_RE.fullmatch(nis) and Municipality.objects.filter(pk=nis).exists():
            return {"gemeente": [nis]}
        raise StepError(MESSAGES["gemeente.choose"])
    if not text:
        raise StepError(say(question.required, None))
    if text.isdigit() or POSTCODE_RE.fullmatch(text):
        if not POSTCODE_RE.fullmatch(text):
            raise StepError(MESSAGES["postcode.format"])
        if DatabaseDirectory().area_for(text, None) is None:
            raise StepError(MESSAGES["postcode.unknown"].format(code=text))
        return {"postcode": [text]}
    found = list(
        Municipality.objects.filter(Q(name_nl__iexact=text) | Q(name_fr__iexact=text)).values_list(
            "nis", flat=True
        )[:2]
    )
    if len(found) == 1:
        return {"gemeente": [found[0]]}
    raise StepError(MESSAGES["gemeente.unknown"])


@dataclass(frozen=True)
class Suggestion:
    """A municipality to choose while typing: NIS code and how it is shown ("9000 Gent")."""

    nis: str
    label: str


@dataclass(frozen=True)
class Suggestions:
    """What the place field suggests: municipalities, or a note about a place outside."""

    items: tuple[Suggestion, ...] = ()
    outside: str = ""


def suggest_places(text: str) -> Suggestions:
    """Municipalities of Flanders and Brussels matching a (partial) postcode or name.

    A complete postcode outside Flanders and Brussels gives a note instead. At most
    `MAX_SUGGESTIONS`, in a fixed number of queries.
    """
    text = text.strip()[:MAX_TEXT]
    if text.isdigit():
        codes = (
            PostalCode.objects.filter(code__startswith=text)
            .select_related("municipality")
            .order_by("code", "municipality__name_nl")[:MAX_SUGGESTIONS]
        )
        items = tuple(
            Suggestion(pc.municipality_id, f"{pc.code} {pc.municipality}") for pc in codes
        )
        if not items and POSTCODE_RE.fullmatch(text):
            area = DatabaseDirectory().area_for(text, None)
            if area is not None and not area.in_werkingsgebied:
                return Suggestions(outside=outside_note(text, area))
        return Suggestions(items=items)
    if len(text) < 2:
        return Suggestions()
    municipalities = Municipality.objects.filter(
        Q(name_nl__istartswith=text) | Q(name_fr__istartswith=text)
    ).order_by("name_nl")[:MAX_SUGGESTIONS]
    return Suggestions(items=tuple(Suggestion(m.nis, m.name_nl) for m in municipalities))


def outside_note(code: str, area: Area) -> str:
    """The plain-Dutch note for a place outside Flanders and Brussels."""
    return (
        f"{code} {area.name} ligt buiten Vlaanderen en Brussel. Je kan verdergaan: je krijgt "
        "dan de noodnummers voor heel België, maar geen diensten in de buurt."
    )


def place_area(answers: Mapping[str, list[str]]) -> Area | None:
    """Where the stored answers place the child (None when not answered or unknown)."""
    postcode = (answers.get("postcode") or [None])[0]
    nis = (answers.get("gemeente") or [None])[0]
    if not postcode and not nis:
        return None
    return DatabaseDirectory().area_for(postcode, nis)


def place_text(answers: Mapping[str, list[str]], area: Area | None) -> str:
    """The place answer in words: "9000 Gent", "Gent" or the postcode alone."""
    postcode = (answers.get("postcode") or [""])[0]
    if area is None:
        return postcode
    return f"{postcode} {area.name}".strip()
