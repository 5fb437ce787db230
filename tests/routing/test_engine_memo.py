"""The engine's plan memo is keyed on every answer but the place: two answer sets that differ
in any other answer never share a memoised plan, whatever answers `Answers` holds."""

from __future__ import annotations

from dataclasses import fields, replace
from itertools import chain

import pytest

from routing import engine
from routing.answer_space import AGES, answer_space, situation_answers
from routing.answers import ROLES, Answers
from routing.engine import PLACE_ANSWERS, advise
from routing.vocabulary import FOLLOW_UPS

GENT = "44021"
NOT_PLACE = [f.name for f in fields(Answers) if f.name not in PLACE_ANSWERS]
NOTICE_ONLY = {f.key: f.values for f in FOLLOW_UPS if f.notice_only}


def shown(advice: engine.Advice) -> tuple:
    """What the person is told (the advice also repeats the answers, which always differ)."""
    return advice.stappen, advice.niet_mogelijk, advice.meldingen


def fresh(answers: Answers, directory) -> tuple:
    """What the advice tells, computed without any memo."""
    engine.MEMOISE = False
    try:
        return shown(advise(answers, directory))
    finally:
        engine.MEMOISE = True


def pair_differing_in(name: str, directory) -> tuple[Answers, Answers]:
    """Two answer sets of the enumerated space, equal but for `name` (and the place), whose
    fresh advice differs: were `name` missing from the memo key, they would share a plan."""
    seen: dict[Answers, Answers] = {}
    # Both parts of the enumerated space: the follow-ups live in the second. A follow-up the
    # space leaves out (it only adds a notice) is added to the first part with each value.
    follow_ups = (a for r in ROLES for age in AGES for a in situation_answers(r, False, age, GENT))
    space = chain(follow_ups, answer_space((GENT,)))
    if name in NOTICE_ONLY:
        space = (replace(a, **{name: v}) for a in space for v in (None, *NOTICE_ONLY[name]))
    for answers in space:
        rest = replace(answers, **{name: None})
        other = seen.setdefault(rest, answers)
        if other is not answers and fresh(other, directory) != fresh(answers, directory):
            return other, answers
    pytest.fail(f"the answer space has no pair differing only in {name}: enumerate its values")


def test_the_place_is_not_part_of_the_key() -> None:
    assert set(PLACE_ANSWERS) <= {f.name for f in fields(Answers)}
    assert NOT_PLACE, "the plan depends on the answers"


@pytest.mark.parametrize("name", NOT_PLACE)
def test_answers_differing_in_one_answer_never_share_a_plan(name, directory) -> None:
    first, second = pair_differing_in(name, directory)
    engine._PLANS.clear()
    engine._ASSEMBLED.clear()
    advise(first, directory)  # memoised: the second must not get its plan
    assert shown(advise(second, directory)) == fresh(second, directory)
    assert shown(advise(first, directory)) == fresh(first, directory)


def test_the_same_answers_elsewhere_share_the_plan(directory) -> None:
    """The place is left out on purpose: another municipality reuses the memoised plan."""
    ghent = Answers(gevaar=False, rol="ouder", leeftijd=12, situatie=("opvoeding",), gemeente=GENT)
    elsewhere = replace(ghent, gemeente=None, postcode="2000")
    engine._PLANS.clear()
    engine._ASSEMBLED.clear()
    first = advise(ghent, directory)
    second = advise(elsewhere, directory)
    assert len(engine._PLANS) == 1
    assert [s.titel for s in second.stappen] == [s.titel for s in first.stappen]
    assert shown(second) == fresh(elsewhere, directory)
