"""Helpers for rule tests: ask the engine with keyword answers and pick steps from the advice."""

from __future__ import annotations

from routing.answers import parse_answers
from routing.engine import Advice, Step, advise
from tests.routing.fake_directory import FakeDirectory


def ask(directory: FakeDirectory, **answers: object) -> Advice:
    """Advice for answers given as keyword arguments (lists for repeated keys); no danger and
    postcode 9000 unless given."""
    data = {"gevaar": ["nee"], "postcode": ["9000"]}
    for key, value in answers.items():
        data[key] = [str(v) for v in value] if isinstance(value, list) else [str(value)]
    return advise(parse_answers(data), directory)


def vormen(advice: Advice) -> list[str]:
    """The support forms of the advice's steps, in order."""
    return [s.vorm for s in advice.stappen]


def step(advice: Advice, vorm: str) -> Step:
    """The step for support form `vorm` (StopIteration when the advice has none)."""
    return next(s for s in advice.stappen if s.vorm == vorm)
