"""Every Dutch text has a French and an English translation, and the catalogues are current.

Dutch is the source: the msgids of locale/<language>/LC_MESSAGES/django.po are the Dutch texts
of the templates, the code and the rule core (`routing.texts.core_texts`). A text without a
translation, or with one marked fuzzy (a Dutch text that changed), fails here, naming the text
and the language. The site reads the compiled django.mo, so that must match its .po.
"""

from __future__ import annotations

import gettext
import os
import re
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from routing.texts import core_texts
from routing.web.languages import PoEntry, read_po

LOCALE = Path(settings.BASE_DIR) / "locale"
LANGUAGES = [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
CORE_LOCATION = "routing/texts.py"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\([A-Za-z_]+\)s")


def entries(language: str) -> list[PoEntry]:
    return read_po(LOCALE / language / "LC_MESSAGES" / "django.po")


def compiled(language: str) -> dict[str, str]:
    with open(LOCALE / language / "LC_MESSAGES" / "django.mo", "rb") as mo:
        return gettext.GNUTranslations(mo)._catalog  # type: ignore[attr-defined]


def report(language: str, missing: list[str]) -> str:
    shown = "\n".join(f"  - {text!r}" for text in missing[:25])
    more = f"\n  … and {len(missing) - 25} more" if len(missing) > 25 else ""
    return (
        f"{len(missing)} Dutch text(s) have no {language!r} translation (empty or fuzzy) in "
        f"locale/{language}/LC_MESSAGES/django.po:\n{shown}{more}\n"
        "Translate them there, then run `manage.py regelteksten` (it also compiles django.mo)."
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_text_has_a_translation(language: str) -> None:
    """Templates and code: the site's own page texts."""
    missing = [
        e.msgid for e in entries(language) if CORE_LOCATION not in e.locations and not e.translated
    ]
    assert not missing, report(language, missing)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_rule_text_phrase_and_label_has_a_translation(language: str) -> None:
    """The rule core's texts, read as the site reads them: from the compiled catalogue."""
    catalogue = compiled(language)
    missing = [text for text in core_texts() if not catalogue.get(text)]
    assert not missing, report(language, missing)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_core_text_is_in_the_catalogue(language: str) -> None:
    """A rule text added without running `manage.py regelteksten` is named here."""
    listed = {e.msgid for e in entries(language)}
    missing = [text for text in core_texts() if text not in listed]
    assert not missing, (
        f"Not in locale/{language}/LC_MESSAGES/django.po; run `manage.py regelteksten`:\n"
        + "\n".join(f"  - {t!r}" for t in missing[:25])
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_its_source(language: str) -> None:
    catalogue = compiled(language)
    stale = []
    for e in entries(language):
        if not e.translated:
            if e.msgid in catalogue:
                stale.append(e.msgid)
            continue
        key = (e.msgid, 0) if e.msgid_plural else e.msgid
        if catalogue.get(key) != e.msgstr[0]:
            stale.append(e.msgid)
    assert not stale, (
        f"locale/{language}/LC_MESSAGES/django.mo is older than its .po; run "
        f"`manage.py regelteksten`. Differs: {stale[:10]!r}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders(language: str) -> None:
    """A translation fills the same {names} and %(names)s as its Dutch text, or the page
    would fail (or show a raw placeholder)."""

    def names(*texts: str) -> set[str]:
        return {name for text in texts for name in PLACEHOLDER.findall(text)}

    wrong = [
        (e.msgid, e.msgstr)
        for e in entries(language)
        if e.translated
        # A plural form may leave out the count ("1 commune"); together they use them all.
        if names(*e.msgstr) != names(e.msgid, e.msgid_plural)
        or any(not names(t) <= names(e.msgid, e.msgid_plural) for t in e.msgstr)
        or (not e.msgid_plural and names(e.msgstr[0]) != names(e.msgid))
    ]
    assert not wrong, f"{language}: placeholders differ: {wrong[:5]!r}"


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("xgettext") is None and not os.environ.get("ROUTEWIJZER_REQUIRE_GETTEXT"),
    reason="needs gettext (xgettext); CI sets ROUTEWIJZER_REQUIRE_GETTEXT=1",
)
def test_catalogues_list_every_text_of_templates_and_code() -> None:
    """`makemessages` over templates and code finds no text the catalogues lack."""
    call_command("regelteksten", check=True, verbosity=0)
