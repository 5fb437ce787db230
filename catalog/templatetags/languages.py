"""An editor's text in the page's language: `{{ form|text_in_language:"summary" }}` is the
French or English field (`summary_fr`, `summary_en`) when an editor filled it in, otherwise
the Dutch one; `{{ form|language_of:"summary" }}` says which, for a `lang` attribute."""

from __future__ import annotations

from typing import Any

from django import template
from django.conf import settings
from django.utils.translation import get_language

from catalog.languages import in_language

register = template.Library()


def _current() -> str:
    return get_language() or settings.LANGUAGE_CODE


@register.filter
def text_in_language(obj: Any, field: str) -> str:
    """The text of `field` in the page's language, or the Dutch text."""
    return in_language(obj, field, _current())[0]


@register.filter
def language_of(obj: Any, field: str) -> str:
    """The language `text_in_language` gives for `field`."""
    return in_language(obj, field, _current())[1]
