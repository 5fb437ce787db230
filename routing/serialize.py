"""Advice and errors as the public JSON of the API (plain dicts, ready for json.dumps)."""

from __future__ import annotations

from datetime import date
from typing import Any

from routing.answers import AnswerErrors
from routing.directory import Area, Contact, Route
from routing.engine import Advice, NotPossible, Step


def contact_to_dict(contact: Contact) -> dict[str, Any]:
    """One `contacten` item: every key always present, dates as ISO dates.

    `nagekeken_op` is the day a person confirmed the contact is current, or null; the keys
    after it describe the source (its name, address and own date), when the values were taken
    from it, and whether the area is inferred."""
    return {
        "naam": contact.naam,
        "telefoon": contact.telefoon,
        "telefoon_weergave": contact.telefoon_weergave,
        "email": contact.email,
        "website": contact.website,
        "bereikbaar": contact.bereikbaar,
        "nu_open": contact.nu_open,
        "bron": contact.bron,
        "nagekeken_op": _iso(contact.nagekeken_op),
        "bron_naam": contact.bron_naam,
        "bron_url": contact.bron_url,
        "bron_datum": contact.bron_datum,
        "overgenomen_op": _iso(contact.overgenomen_op),
        "bevestiging": contact.bevestiging,
        "werkgebied_afgeleid": contact.werkgebied_afgeleid,
        "werkgebied_uitleg": contact.werkgebied_uitleg,
        "uren_volgens": contact.uren_volgens,
        "uitleg": contact.uitleg,
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def route_to_dict(route: Route) -> dict[str, Any]:
    """The `zolang_niet_gekend` object: the way to act today while a step's own contact is
    unknown (what to do, a page, contacts) and the source of its text."""
    return {
        "uitleg": route.uitleg,
        "pagina": route.pagina,
        "contacten": [contact_to_dict(c) for c in route.contacten],
        "bron_naam": route.bron_naam,
        "bron_url": route.bron_url,
        "bron_datum": route.bron_datum,
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
    data = {
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
