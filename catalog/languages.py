"""Which language a text is in: the `taal` query parameter of the JSON APIs, and an editor's
text in a reader's language.

The APIs have no language prefix in their paths (the pages do); keys and values of their JSON
stay Dutch in every language, only the texts change. Default: Dutch.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext

#: The language codes of the site, Dutch (the source) first.
CODES = tuple(code for code, _ in settings.LANGUAGES)


class BadLanguage(ValueError):
    """`taal` is not one of the site's languages (answer 400 naming `taal`)."""

    def __init__(self) -> None:
        super().__init__(
            gettext("Kies de taal van de teksten: taal=nl, taal=fr of taal=en (één keer).")
        )


def api_language(request: HttpRequest) -> str:
    """The language `taal` asks for (Dutch when absent); raises `BadLanguage` otherwise."""
    values = request.GET.getlist("taal")
    if not values:
        return settings.LANGUAGE_CODE
    if len(values) != 1 or values[0].strip().lower() not in CODES:
        raise BadLanguage
    return values[0].strip().lower()


def in_language(obj: Any, field: str, language: str) -> tuple[str, str]:
    """An editor's text of `field` in `language` (the field `<field>_<language>`) when it was
    filled in, otherwise the Dutch text; with the language the text is in."""
    if language != settings.LANGUAGE_CODE:
        translated = getattr(obj, f"{field}_{language}", "") or ""
        if translated:
            return translated, language
    return getattr(obj, field, "") or "", settings.LANGUAGE_CODE
