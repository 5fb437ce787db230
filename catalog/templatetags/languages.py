"""An editor's text in the page's language: `{{ form|text_in_language:"summary" }}` is the
French or English field (`summary_fr`, `summary_en`) when an editor filled it in, otherwise
the Dutch one; `{{ form|language_of:"summary" }}` says which, for a `lang` attribute."""

from __future__ import annotations

from typing import Any

from django import template
from django.conf import settings
from django.utils.translation import get_language

register = template.Library()


def _translated(obj: Any, field: str) -> str:
    language = get_language() or settings.LANGUAGE_CODE
    if language == settings.LANGUAGE_CODE:
        return ""
    return getattr(obj, f"{field}_{language}", "") or ""


@register.filter
def text_in_language(obj: Any, field: str) -> str:
    """The text of `field` in the page's language, or the Dutch text."""
    return _translated(obj, field) or getattr(obj, field, "")


@register.filter
def language_of(obj: Any, field: str) -> str:
    """The language `text_in_language` gives for `field`."""
    return (get_language() or settings.LANGUAGE_CODE) if _translated(obj, field) else "nl"
