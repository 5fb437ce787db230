"""The advice for representative answer sets equals its reviewed golden file.

After an intended change to a rule or text: `.venv/bin/python -m tests.routing.golden`, review
the diff of tests/routing/golden/, commit it with the change.
"""

from __future__ import annotations

import pytest

from tests.routing.golden import CASES, DIR, advice_for, dump


@pytest.mark.parametrize("name", sorted(CASES))
def test_advice_equals_golden_file(name: str) -> None:
    path = DIR / f"{name}.json"
    assert path.exists(), f"no golden file for {name}: run python -m tests.routing.golden"
    assert dump(advice_for(CASES[name])) == path.read_text(encoding="utf-8")


def test_no_stale_golden_files() -> None:
    assert {p.stem for p in DIR.glob("*.json")} == set(CASES)
