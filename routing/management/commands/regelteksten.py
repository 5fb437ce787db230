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
import tempfile
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.core.management.commands import makemessages

from routing.texts import core_texts
from routing.web.languages import read_po

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
#: A module written only while `makemessages` runs, so that it finds the core's texts too.
CORE_MODULE = Path(settings.BASE_DIR) / "routing" / "_core_texts_for_makemessages.py"
#: Not public texts: the admin stays Dutch; tests and benchmarks show nothing to a visitor.
IGNORE = ["tests/*", "bench/*", "templates/admin/*", "staticfiles/*", "catalog/admin.py"]


class _OneCatalogue(makemessages.Command):
    """`makemessages` writing every text into one locale directory, whatever app the file is
    in."""

    def __init__(self, locale_dir: Path) -> None:
        super().__init__()
        self.one_locale_dir = locale_dir

    def find_files(self, root: str) -> list[Any]:
        """The files `makemessages` would read, all with the one locale directory."""
        return [
            self.translatable_file_class(f.dirpath, f.file, str(self.one_locale_dir))
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


def _msgids(po: Path) -> set[str]:
    return {e.msgid for e in read_po(po)} if po.exists() else set()


class Command(BaseCommand):
    help = "Put every Dutch text into locale/<language>/LC_MESSAGES/django.po and compile it."

    def add_arguments(self, parser: Any) -> None:
        """--check: change nothing; fail when a catalogue lacks a text or lists an old one."""
        parser.add_argument(
            "--check",
            action="store_true",
            help="Change nothing; fail when the catalogues are not up to date with the texts.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        """Extract, merge and compile the French and English catalogues (or only check)."""
        languages = [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
        if not options["check"]:
            self.extract(LOCALE_DIR, languages, options["verbosity"])
            self.compile(languages)
            self.stdout.write(f"{len(core_texts())} core texts; catalogues in {LOCALE_DIR}")
            return
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp)
            for code in languages:
                po = LOCALE_DIR / code / "LC_MESSAGES" / "django.po"
                (fresh / code / "LC_MESSAGES").mkdir(parents=True)
                if po.exists():
                    shutil.copy(po, fresh / code / "LC_MESSAGES" / "django.po")
            self.extract(fresh, languages, 0)
            problems = []
            for code in languages:
                committed = _msgids(LOCALE_DIR / code / "LC_MESSAGES" / "django.po")
                wanted = _msgids(fresh / code / "LC_MESSAGES" / "django.po")
                problems += [f"{code}: missing {t!r}" for t in sorted(wanted - committed)]
                problems += [f"{code}: no longer used {t!r}" for t in sorted(committed - wanted)]
        if problems:
            raise CommandError(
                "The catalogues are not up to date; run `manage.py regelteksten`:\n"
                + "\n".join(problems[:40])
                + (f"\n… and {len(problems) - 40} more" if len(problems) > 40 else "")
            )
        self.stdout.write("The catalogues list every text.")

    def extract(self, locale_dir: Path, languages: list[str], verbosity: int) -> None:
        """Write every text into `locale_dir`/<language>/LC_MESSAGES/django.po."""
        for code in languages:
            (locale_dir / code / "LC_MESSAGES").mkdir(parents=True, exist_ok=True)
        CORE_MODULE.write_text(_core_module(core_texts()), encoding="utf-8")
        try:
            call_command(
                _OneCatalogue(locale_dir),
                locale=languages,
                ignore_patterns=IGNORE,
                no_obsolete=True,
                no_location=False,
                add_location="file",
                verbosity=verbosity,
            )
        finally:
            CORE_MODULE.unlink(missing_ok=True)
        for code in languages:
            _tidy(locale_dir / code / "LC_MESSAGES" / "django.po", code)

    def compile(self, languages: list[str]) -> None:
        """Compile each django.po into the django.mo Django reads."""
        if shutil.which("msgfmt") is None:
            raise CommandError("msgfmt not found: install gettext (apt-get install gettext).")
        for code in languages:
            po = LOCALE_DIR / code / "LC_MESSAGES" / "django.po"
            subprocess.run(
                ["msgfmt", "--check-format", "-o", str(po.with_suffix(".mo")), str(po)],
                check=True,
            )
