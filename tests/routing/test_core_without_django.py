"""The rule engine core is plain Python: it imports and gives advice where Django is missing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = (
    "routing.vocabulary",
    "routing.answers",
    "routing.rules",
    "routing.engine",
    "routing.serialize",
    "routing.directory",
    "routing.questionnaire",
    "routing.answer_space",
    "routing.rulebook",
    "routing.texts",
)

# Run in a fresh interpreter in which importing `django` (or any submodule) fails.
PROGRAM = f"""
import importlib, importlib.abc, sys

class NoDjango(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "django" or name.startswith("django."):
            raise ImportError("django is not available here")
        return None

sys.meta_path.insert(0, NoDjango())
for name in {CORE!r}:
    importlib.import_module(name)

from routing.answers import parse_answers
from routing.engine import advise
from routing.serialize import advice_to_dict
from tests.routing.fake_directory import FakeDirectory

answers = parse_answers(
    {{"gevaar": ["nee"], "rol": ["ouder"], "leeftijd": ["9"], "postcode": ["9000"],
      "situatie": ["zelfdoding"]}}
)
print(advice_to_dict(advise(answers, FakeDirectory()))["stappen"][0]["vorm"])
print(sorted(m for m in sys.modules if m == "django" or m.startswith("django.")))
"""


def test_core_imports_and_advises_without_django() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["zelfmoordlijn-1813", "[]"]


def test_the_blocker_works() -> None:
    """The check can fail: a module that imports Django is refused in that interpreter."""
    program = PROGRAM.replace(f"for name in {CORE!r}:", "for name in ('routing.web.views',):")
    result = subprocess.run(
        [sys.executable, "-c", program],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert "django is not available here" in result.stderr
