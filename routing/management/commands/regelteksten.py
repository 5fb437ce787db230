"""`manage.py regelteksten`: put every Dutch text into the French and English catalogues.

One command for all texts: the templates and the Python code (as `makemessages` finds them)
and the rule core's texts, which stay plain Dutch literals in their registries
(`routing.texts.core_texts`). It writes locale/<language>/LC_MESSAGES/django.po for every
language of `settings.LANGUAGES` but Dutch, keeping the translations already there (a changed
Dutch text comes back "fuzzy", with the old translation as a suggestion), and then compiles
django.mo. README, "Languages", describes the workflow.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.core.management.commands import makemessages

from routing.texts import core_texts

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
#: A module written only while `makemessages` runs, so that it finds the core's texts too.
CORE_MODULE = Path(settings.BASE_DIR) / "routing" / "_core_texts_for_makemessages.py"
#: Not public texts: the admin stays Dutch; tests and benchmarks show nothing to a visitor.
IGNORE = ["tests/*", "bench/*", "templates/admin/*", "staticfiles/*", "catalog/admin.py"]


class _OneCatalogue(makemessages.Command):
    """`makemessages` writing every text into locale/, whatever app the file is in."""

    def find_files(self, root: str) -> list[Any]:
        """The files `makemessages` would read, all with the project's locale/ directory."""
        return [
            self.translatable_file_class(f.dirpath, f.file, str(LOCALE_DIR))
            for f in super().find_files(root)
        ]


def _core_module(texts: dict[str, str]) -> str:
    lines = [
        "# Written by `manage.py regelteksten` while it runs, then deleted.",
        "from django.utils.translation import gettext_noop",
        "",
    ]
    for text, where in texts.items():
        lines.append(f"# Translators: {where}")
        lines.append(f"gettext_noop({text!r})")
    return "\n".join(lines) + "\n"


def _tidy(po: Path, code: str) -> None:
    """Name the core's texts by the module that lists them (the one `makemessages` read is
    gone), and give a new catalogue a real header instead of gettext's template."""
    text = po.read_text(encoding="utf-8")
    text = text.replace(f"#: {CORE_MODULE.relative_to(settings.BASE_DIR)}", "#: routing/texts.py")
    if text.startswith("# SOME DESCRIPTIVE TITLE."):
        _head, sep, rest = text.partition('msgid ""')
        text = (
            f"# Routewijzer: the public texts in {code}. Dutch (the msgid) is the source.\n"
            "# Made and updated by `manage.py regelteksten`; translate the empty msgstr.\n"
            + sep
            + rest.replace('"Language: \\n"', f'"Language: {code}\\n"')
        )
    po.write_text(text, encoding="utf-8")


class Command(BaseCommand):
    help = "Put every Dutch text into locale/<language>/LC_MESSAGES/django.po and compile it."

    def handle(self, *args: Any, **options: Any) -> None:
        """Extract, merge and compile the French and English catalogues."""
        languages = [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
        for code in languages:
            (LOCALE_DIR / code / "LC_MESSAGES").mkdir(parents=True, exist_ok=True)
        CORE_MODULE.write_text(_core_module(core_texts()), encoding="utf-8")
        try:
            call_command(
                _OneCatalogue(),
                locale=languages,
                ignore_patterns=IGNORE,
                no_obsolete=True,
                no_location=False,
                add_location="file",
                verbosity=options["verbosity"],
            )
        finally:
            CORE_MODULE.unlink(missing_ok=True)
        for code in languages:
            _tidy(LOCALE_DIR / code / "LC_MESSAGES" / "django.po", code)
        if shutil.which("msgfmt") is None:
            raise CommandError("msgfmt not found: install gettext (apt-get install gettext).")
        for code in languages:
            po = LOCALE_DIR / code / "LC_MESSAGES" / "django.po"
            subprocess.run(
                ["msgfmt", "--check-format", "-o", str(po.with_suffix(".mo")), str(po)],
                check=True,
            )
        self.stdout.write(f"{len(core_texts())} core texts; catalogues in {LOCALE_DIR}")
