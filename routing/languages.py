"""The language of a request, for the rule core: its translate callable, and the API's `taal`.

The core is Dutch and Django-free; it takes a `translate` callable (routing.engine). Here is
that callable for the active language: Django's gettext, one stable object per language so the
engine's memo tables can key on it, and None for Dutch (the source: nothing to translate).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.utils import translation

#: The language codes of the site, Dutch (the source) first.
CODES = tuple(code for code, _ in settings.LANGUAGES)


@dataclass(frozen=True)
class Gettext:
    """Translate a Dutch text into `language` (the Dutch text when it has no translation)."""

    language: str

    def __call__(self, text: str) -> str:
        """The translation of `text` (an empty text stays empty, not the catalogue header)."""
        if not text:
            return text
        with translation.override(self.language):
            return translation.gettext(text)


@lru_cache(maxsize=len(CODES))
def _gettext(language: str) -> Gettext:
    return Gettext(language)


def translator(language: str | None = None) -> Gettext | None:
    """The translate callable for `language` (default: the active one); None for Dutch."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    if language == settings.LANGUAGE_CODE or language not in CODES:
        return None
    return _gettext(language)


def gettext_each(messages: dict[str, list[str]]) -> dict[str, list[str]]:
    """Error messages per key (Dutch from the core) in the active language."""
    return {key: [translation.gettext(m) for m in msgs] for key, msgs in messages.items()}
