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


def neutral_answer(key: str) -> list[str]:
    """The answer to a follow-up that changes nothing ("nee", or "Ik weet het niet" at `met`)."""
    from routing.vocabulary import FOLLOW_UPS_BY_KEY

    if key == "met":
        return []
    follow_up = FOLLOW_UPS_BY_KEY.get(key)
    return [follow_up.neutral[0]] if follow_up else ["nee"]


def answer_the_rest(stored: dict[str, list[str]]) -> dict[str, list[str]]:
    """Stored answers with every question still open answered neutrally (in place)."""
    from routing import questionnaire as q

    for question in q.applicable(stored):
        if not question.is_answered(stored):
            stored[question.key] = neutral_answer(question.key)
    return stored


def finish_through_http(client) -> None:
    """Answer the questions still open through plain form posts, neutrally."""
    from routing import questionnaire as q

    while True:
        stored = client.session.get("antwoorden", {})
        position = q.next_position(stored)
        if position is None:
            return
        key = q.applicable(stored)[position - 1].key
        value = neutral_answer(key) or ["weet-niet"]
        assert client.post(f"/vragen/{position}/", {key: value}).status_code == 303
