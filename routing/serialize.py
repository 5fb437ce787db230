"""Advice and errors as the public JSON of the API (plain dicts, ready for json.dumps)."""

from __future__ import annotations

from typing import Any

from catalog.display import contact_to_dict, route_to_dict
from routing.answers import AnswerErrors
from routing.directory import Area
from routing.engine import Advice, NotPossible, Step

__all__ = [
    "advice_to_dict",
    "area_to_dict",
    "contact_to_dict",
    "errors_to_dict",
    "not_possible_to_dict",
    "route_to_dict",
    "step_to_dict",
]


def area_to_dict(area: Area | None) -> dict[str, Any] | None:
    """The `gebied` object: municipality, region slug and whether it is in the werkingsgebied."""
    if area is None:
        return None
    return {
        "gemeente": {"nis": area.nis, "naam": area.name},
        "regio": area.region,
        "in_werkingsgebied": area.in_werkingsgebied,
    }


def step_to_dict(step: Step) -> dict[str, Any]:
    """One `stappen` item; `zolang_niet_gekend` only while its contact is unknown and the
    catalogue has a route for it."""
    data = {
        "vorm": step.vorm,
        "titel": step.titel,
        "urgentie": step.urgentie,
        "wat_doen": step.wat_doen,
        "waarom": step.waarom,
        "regels": list(step.regels),
        "contacten": [contact_to_dict(c) for c in step.contacten],
        "contact_gekend": step.contact_gekend,
    }
    if step.route is not None:
        data["zolang_niet_gekend"] = route_to_dict(step.route)
    return data


def other_system_to_dict(item: Step) -> dict[str, Any]:
    """One `andere_systemen` item: a service of another system (French-speaking help in
    Brussels) with its contacts, or `zo_vind_je_het`, the sourced way to find it, when it has
    no contact of its own (the centre PMS of the child's school)."""
    data: dict[str, Any] = {
        "vorm": item.vorm,
        "titel": item.titel,
        "wat_doen": item.wat_doen,
        "waarom": item.waarom,
        "regels": list(item.regels),
        "contacten": [contact_to_dict(c) for c in item.contacten],
    }
    if item.route is not None:
        data["zo_vind_je_het"] = route_to_dict(item.route)
    return data


def not_possible_to_dict(item: NotPossible) -> dict[str, Any]:
    """One `niet_mogelijk` item."""
    return {"vorm": item.vorm, "waarom": item.waarom, "regels": list(item.regels)}


def advice_to_dict(advice: Advice) -> dict[str, Any]:
    """The advice in the public JSON shape (see the OpenAPI document). `andere_systemen` is
    there only when it has items (only in Brussels), so every other advice keeps its shape."""
    data = {
        "antwoorden": advice.antwoorden.as_dict(),
        "gebied": area_to_dict(advice.gebied),
        "stappen": [step_to_dict(s) for s in advice.stappen],
        "niet_mogelijk": [not_possible_to_dict(n) for n in advice.niet_mogelijk],
        "meldingen": list(advice.meldingen),
    }
    if advice.andere_systemen:
        data["andere_systemen"] = [other_system_to_dict(s) for s in advice.andere_systemen]
    return data


def errors_to_dict(exc: AnswerErrors) -> dict[str, Any]:
    """`{"fouten": {"<key>": ["<Dutch message>", ...]}}` for a 400 answer."""
    return {"fouten": {key: list(messages) for key, messages in exc.errors.items()}}
