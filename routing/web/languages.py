"""The language of a request, for the rule core: its translate callable, and the API's `taal`.

The core is Dutch and Django-free; it takes a `translate` callable (routing.engine). Here is
that callable for the active language: Django's gettext, one stable object per language so the
engine's memo tables can key on it, and None for Dutch (the source: nothing to translate).
`read_po` reads a catalogue for `manage.py regelteksten --check` and the tests.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

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


@dataclass(frozen=True)
class PoEntry:
    """One entry of a gettext catalogue (.po): what `manage.py regelteksten` and the tests
    read of it."""

    msgid: str
    msgid_plural: str
    msgstr: tuple[str, ...]
    fuzzy: bool
    notes: tuple[str, ...]  # the "#." comments: where a core text comes from
    locations: tuple[str, ...]

    @property
    def translated(self) -> bool:
        """Every form has a translation and no one marked it fuzzy (to be checked)."""
        return not self.fuzzy and bool(self.msgstr) and all(self.msgstr)


def _unquote(line: str) -> str:
    # A .po string is a C string literal; Python's literal rules read it the same way here.
    return ast.literal_eval(line.strip())


def read_po(path: Path) -> list[PoEntry]:
    """The entries of a .po file (without the header and obsolete "#~" entries)."""
    entries = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        fields: dict[str, list[str]] = {}
        current = None
        flags, notes, locations = "", [], []
        for line in block.splitlines():
            if line.startswith("#,"):
                flags += line
            elif line.startswith("#."):
                notes.append(line[2:].strip())
            elif line.startswith("#:"):
                locations.extend(line[2:].split())
            elif line.startswith("#"):
                continue
            elif line.startswith('"') and current is not None:
                fields[current][-1] += _unquote(line)
            elif " " in line:
                current, _, rest = line.partition(" ")
                fields.setdefault(current, []).append(_unquote(rest))
        msgid = "".join(fields.get("msgid", [""]))
        if not msgid:
            continue
        msgstr = fields.get("msgstr") or [
            fields[k][0] for k in sorted(fields) if k.startswith("msgstr[")
        ]
        entries.append(
            PoEntry(
                msgid=msgid,
                msgid_plural="".join(fields.get("msgid_plural", [""])),
                msgstr=tuple(msgstr),
                fuzzy="fuzzy" in flags,
                notes=tuple(notes),
                locations=tuple(locations),
            )
        )
    return entries
