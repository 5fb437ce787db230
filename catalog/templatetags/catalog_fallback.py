"""`{% fallback_here as fallback %}`: what helps while a contact is unknown, for the
"nog niet gekend" notice.

The notice is included from the advice (a `step` for the area `advice.gebied`) and from the
municipality sheet (an `entry` for municipality `m`); the tag reads whichever is there, so the
including pages need no change.
"""

from __future__ import annotations

from typing import Any

from django import template

from catalog.contacts import LOOKUP_READER, route_for
from catalog.display import Route

register = template.Library()


def _slug_and_nis(context: template.Context) -> tuple[str | None, str | None]:
    step, entry = context.get("step"), context.get("entry")
    slug = getattr(step, "vorm", None) or getattr(entry, "slug", None)
    advice, municipality = context.get("advice"), context.get("m")
    area = getattr(advice, "gebied", None)
    nis = getattr(area, "nis", None) or getattr(municipality, "nis", None)
    return slug, nis


@register.simple_tag(takes_context=True)
def fallback_here(context: template.Context) -> Route | None:
    """The route of the support form and municipality in the including page, or None: the
    one the advice gives, worded for the lookup pages' readers (professionals)."""
    slug, nis = _slug_and_nis(context)
    if not slug or not nis:
        return None
    route = route_for(slug, nis)
    return route.worded(LOOKUP_READER) if route is not None else None


@register.filter
def bare_url(url: Any) -> str:
    """An address as people read it: no scheme, no trailing slash."""
    text = str(url or "")
    for prefix in ("https://", "http://"):
        text = text.removeprefix(prefix)
    return text.removeprefix("www.").rstrip("/")
