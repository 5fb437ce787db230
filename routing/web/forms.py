"""Cleaning one questionnaire step from a POST, including the place lookup in the catalogue.

The choice questions are validated by `routing.questionnaire.clean_choice` (pure Python); the
place question reads the place with the same place finder as the lookup for professionals
(`catalog.search`: postcodes, names in Dutch or French, typos), so it lives here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from django.http import QueryDict
from django.utils.translation import gettext, gettext_noop

from catalog import search
from routing.directory import Area
from routing.questionnaire import Question, RawAnswers, StepError, clean_choice, say
from routing.vocabulary import HOME_PLACE_KEYS as PLACE_KEYS
from routing.web.directory import DatabaseDirectory

POSTCODE_RE = re.compile(r"[1-9][0-9]{3}")
NIS_RE = re.compile(r"[0-9]{5}")
MAX_TEXT = 60
MAX_SUGGESTIONS = 8

# Dutch, the source; raised in the reader's language.
MESSAGES = {
    "postcode.format": gettext_noop("Een Belgische postcode heeft 4 cijfers, bijvoorbeeld 9000."),
    "postcode.unknown": gettext_noop("We kennen postcode {code} niet. Kijk de postcode na."),
    "gemeente.unknown": gettext_noop(
        "We vinden geen gemeente in Vlaanderen of Brussel met die naam. Is je gemeente "
        "samengevoegd of woon je in een deelgemeente? Vul dan de postcode in (4 cijfers)."
    ),
    "gemeente.several": gettext_noop(
        "Die naam past bij meer dan één gemeente. Kies je gemeente uit de lijst."
    ),
    "gemeente.choose": gettext_noop("Kies een gemeente uit de lijst."),
}


def clean_step(question: Question, data: QueryDict | Mapping[str, list[str]]) -> RawAnswers:
    """The vocabulary to store for this step's POST; raises `StepError` in plain Dutch."""
    if question.kind == "place":
        # The form's fields are always `postcode` and `gemeente`; stored under the question's
        # own keys (the home, or the place of the crisis).
        found = clean_place(_first(data, "postcode"), _first(data, "gemeente"), question)
        names = dict(zip(PLACE_KEYS, question.place_keys, strict=True))
        return {names[k]: v for k, v in found.items()}
    values = data.getlist(question.key) if isinstance(data, QueryDict) else data.get(question.key)
    return clean_choice(question, list(values or []))


def _first(data: QueryDict | Mapping[str, list[str]], key: str) -> str:
    if isinstance(data, QueryDict):
        value = data.get(key, "")
    else:
        values = data.get(key) or []
        value = values[0] if values else ""
    return value.strip()[:MAX_TEXT] if isinstance(value, str) else ""


def _postcode_in(text: str) -> str:
    """The 4 digits of "9000", "9 000" or "9000 Gent"; "" when there is no such number."""
    digits = re.sub(r"[\s.]", "", text)
    if digits.isdigit():
        return digits
    numbers = re.findall(r"[0-9]+", text)
    return numbers[0] if len(numbers) == 1 else ""


def clean_place(text: str, nis: str, question: Question) -> RawAnswers:
    """A postcode ("9000", "9 000", "9000 Gent"), a municipality name in Dutch or French (any
    case, with or without hyphens), or a municipality chosen from the suggestions.

    A postcode must be a known Belgian one; outside Flanders and Brussels it is accepted (the
    advice says it is outside the werkingsgebied and still gives the emergency numbers).
    """
    if nis:
        if NIS_RE.fullmatch(nis) and DatabaseDirectory().area_for(None, nis) is not None:
            return {"gemeente": [nis]}
        raise StepError(gettext(MESSAGES["gemeente.choose"]))
    if not text:
        raise StepError(gettext(say(question.required, None)))
    result = search.search(text)
    if result.kind == "postcode":
        code = _postcode_in(text)
        if result.outcome == search.Outcome.NOTHING:
            if not POSTCODE_RE.fullmatch(code):
                raise StepError(gettext(MESSAGES["postcode.format"]))
            raise StepError(gettext(MESSAGES["postcode.unknown"]).format(code=code))
        shared = len(search.search(code).places) > 1
        if shared and len(result.places) == 1:  # "1040 Etterbeek"
            return {"postcode": [code], "gemeente": [result.places[0].nis]}
        return {"postcode": [code]}
    if result.kind == "nis" and result.outcome != search.Outcome.NOTHING:
        found = result.places or result.outside
        return {"gemeente": [found[0].nis]}
    if _postcode_in(text) or result.kind == "nis":
        raise StepError(gettext(MESSAGES["postcode.format"]))
    place = search.exact_name(result)
    if place is not None:
        return {"gemeente": [place.nis]}
    if result.outcome == search.Outcome.FOUND and len(result.places) > 1:
        raise StepError(gettext(MESSAGES["gemeente.several"]))
    raise StepError(gettext(MESSAGES["gemeente.unknown"]))


@dataclass(frozen=True)
class Suggestion:
    """A municipality to choose while typing: NIS code and how it is shown ("9000 Gent")."""

    nis: str
    label: str
    #: Found by a former name ("Meulebeke", now Tielt): that name and the merger date.
    former_name: str = ""
    merged_on: date | None = None


@dataclass(frozen=True)
class Suggestions:
    """What the place field suggests: municipalities, or a note about a place outside."""

    items: tuple[Suggestion, ...] = ()
    outside: str = ""
    #: The items are close names for a typo: "Bedoel je …?".
    close: bool = False
    #: No municipality or known locality has the typed name as its whole name: the items are
    #: only names that start with or contain it.
    partial: bool = False


def _label(place: search.Place, code: str = "") -> str:
    first = code or (place.postcodes[0] if place.postcodes else "")
    return f"{first} {place.name}".strip()


def _suggestion(place: search.Place, code: str = "") -> Suggestion:
    if place.former_name:
        # Not "8700 Tielt": today's first postcode is not the former municipality's own.
        return Suggestion(place.nis, place.name, place.former_name, place.merged_on)
    if place.locality:
        code = place.postcodes[0] if place.postcodes else ""
        return Suggestion(
            place.nis,
            gettext("{code} {locality}, deel van {name}")
            .format(code=code, locality=place.locality, name=place.name)
            .strip(),
        )
    return Suggestion(place.nis, _label(place, code))


def suggest_places(text: str) -> Suggestions:
    """Municipalities of Flanders and Brussels for a (partial) postcode or name, shown as
    "9000 Gent"; close names for a typo; or a note for a complete postcode outside.

    At most `MAX_SUGGESTIONS`; reads the catalogue snapshot only.
    """
    text = text.strip()[:MAX_TEXT]
    digits = re.sub(r"[\s.]", "", text)
    if digits.isdigit() and len(digits) < 4:
        codes = search.postcodes_starting_with(digits)[:MAX_SUGGESTIONS]
        return Suggestions(items=tuple(Suggestion(p.nis, _label(p, code)) for code, p in codes))
    if len(text) < 2:
        return Suggestions()
    result = search.search(text)
    if result.outcome == search.Outcome.OUTSIDE and result.kind == "postcode":
        area = DatabaseDirectory().area_for(_postcode_in(text), None)
        if area is not None:
            return Suggestions(outside=outside_note(_postcode_in(text), area))
    code = _postcode_in(text) if result.kind == "postcode" else ""
    items = tuple(_suggestion(p, code) for p in result.places[:MAX_SUGGESTIONS])
    if not items and result.close:
        close = tuple(_suggestion(p) for p in result.close)
        return Suggestions(items=close, close=True)
    return Suggestions(
        items=items, partial=result.match in (search.NameMatch.START, search.NameMatch.INSIDE)
    )


def outside_note(code: str, area: Area) -> str:
    """The plain note for a place outside Flanders and Brussels."""
    return gettext(
        "{code} {name} ligt buiten Vlaanderen en Brussel. Je kan verdergaan: je krijgt dan de "
        "noodnummers voor heel België, maar geen diensten in de buurt."
    ).format(code=code, name=area.name)


def place_area(answers: Mapping[str, list[str]], keys: tuple[str, str] = PLACE_KEYS) -> Area | None:
    """Where the stored answers place the child, or with `keys` the crisis (None when not
    answered or unknown)."""
    postcode = (answers.get(keys[0]) or [None])[0]
    nis = (answers.get(keys[1]) or [None])[0]
    if not postcode and not nis:
        return None
    return DatabaseDirectory().area_for(postcode, nis)


def place_text(
    answers: Mapping[str, list[str]], area: Area | None, keys: tuple[str, str] = PLACE_KEYS
) -> str:
    """The place answer in words: "9000 Gent", "Gent" or the postcode alone."""
    postcode = (answers.get(keys[0]) or [""])[0]
    if area is None:
        return postcode
    return f"{postcode} {area.name}".strip()
