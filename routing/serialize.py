"""Advice and errors as the JSON of design §7.3 (plain dicts, ready for json.dumps)."""

from __future__ import annotations

from typing import Any

from routing.answers import AnswerErrors
from routing.directory import Area, Contact
from routing.engine import Advice, NotPossible, Step


def contact_to_dict(contact: Contact) -> dict[str, Any]:
    """One `contacten` item: every key always present, `nagekeken_op` as an ISO date."""
    return {
        "naam": contact.naam,
        "telefoon": contact.telefoon,
        "telefoon_weergave": contact.telefoon_weergave,
        "email": contact.email,
        "website": contact.website,
        "bereikbaar": contact.bereikbaar,
        "nu_open": contact.nu_open,
        "bron": contact.bron,
        "nagekeken_op": contact.nagekeken_op.isoformat(),
    }


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
    """One `stappen` item."""
    return {
        "vorm": step.vorm,
        "titel": step.titel,
        "urgentie": step.urgentie,
        "wat_doen": step.wat_doen,
        "waarom": step.waarom,
        "regels": list(step.regels),
        "contacten": [contact_to_dict(c) for c in step.contacten],
        "contact_gekend": step.contact_gekend,
    }


def not_possible_to_dict(item: NotPossible) -> dict[str, Any]:
    """One `niet_mogelijk` item."""
    return {"vorm": item.vorm, "waarom": item.waarom, "regels": list(item.regels)}


def advice_to_dict(advice: Advice) -> dict[str, Any]:
    """The advice exactly in the JSON shape of design §7.3."""
    return {
        "antwoorden": advice.antwoorden.as_dict(),
        "gebied": area_to_dict(advice.gebied),
        "stappen": [step_to_dict(s) for s in advice.stappen],
        "niet_mogelijk": [not_possible_to_dict(n) for n in advice.niet_mogelijk],
        "meldingen": list(advice.meldingen),
    }


def errors_to_dict(exc: AnswerErrors) -> dict[str, Any]:
    """`{"fouten": {"<key>": ["<Dutch message>", ...]}}` for a 400 answer."""
    return {"fouten": {key: list(messages) for key, messages in exc.errors.items()}}
