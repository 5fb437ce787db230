"""R-BXL-FR in the engine, over many answers: another system's services come on top of the
steps in Brussels only, each beside its Flemish counterpart, and only with something sourced
to act on; the steps themselves are the same as anywhere else in Flanders and Brussels."""

from __future__ import annotations

import inspect
from dataclasses import replace
from itertools import islice

import pytest

from routing import rules
from routing.answer_space import AGES, answers_for
from routing.engine import advise
from routing.vocabulary import ROLES
from tests.routing.fake_directory import FakeDirectory

BRUSSEL, GENT = "21004", "44021"
#: Each other-system form and the step it stands beside, from the rules themselves.
BESIDE = {r.other_system.vorm: r.other_system.beside for r in rules.RULES if r.other_system}


def sample():
    """A slice of the answer space per role and age, without danger and with it."""
    for rol in ROLES:
        for leeftijd in AGES:
            for gevaar in (False, True):
                yield from islice(answers_for(rol, gevaar, leeftijd), 0, None, 97)


def test_every_other_system_form_has_a_counterpart_step_form() -> None:
    assert BESIDE and set(BESIDE.values()) <= set(rules.SUPPORT_FORMS)
    assert not set(BESIDE) & set(rules.SUPPORT_FORMS)  # never a step of its own


def test_brussels_keeps_the_steps_and_adds_only_beside_a_counterpart() -> None:
    directory = FakeDirectory()
    seen = set()
    for answers in sample():
        brussel = advise(replace(answers, gemeente=BRUSSEL), directory)
        gent = advise(replace(answers, gemeente=GENT), directory)
        assert gent.andere_systemen == ()
        assert [(s.vorm, s.titel, s.wat_doen, s.waarom, s.regels) for s in brussel.stappen] == [
            (s.vorm, s.titel, s.wat_doen, s.waarom, s.regels) for s in gent.stappen
        ]
        vormen = {s.vorm for s in brussel.stappen}
        expected = [v for v in BESIDE if BESIDE[v] in vormen]
        assert [i.vorm for i in brussel.andere_systemen] == expected, answers
        for item in brussel.andere_systemen:
            assert item.regels == ("R-BXL-FR",) and item.waarom and item.titel
            seen.add(item.vorm)
    assert seen == set(BESIDE)  # the sample reaches every one of them


class NothingSourced(FakeDirectory):
    """The catalogue without the French-speaking contacts and without the centre PMS' way in."""

    def contacts_for(self, slug, nis):
        return () if slug in BESIDE else super().contacts_for(slug, nis)

    def fallback_for(self, slug, nis):
        return None if slug in BESIDE else super().fallback_for(slug, nis)


@pytest.mark.parametrize(
    "answers",
    [
        {"rol": "jongere", "leeftijd": 15, "situatie": ("zelfdoding",)},
        {"rol": "ouder", "leeftijd": 9, "situatie": ("school",)},
    ],
)
def test_where_nothing_is_sourced_it_says_nothing(answers) -> None:
    base = next(answers_for(answers["rol"], False, answers["leeftijd"], BRUSSEL))
    asked = replace(base, situatie=answers["situatie"])
    assert advise(asked, FakeDirectory()).andere_systemen  # the catalogue has them
    assert advise(asked, NothingSourced()).andere_systemen == ()


def test_only_the_other_system_rules_read_whether_the_place_is_in_brussels() -> None:
    # The steps stay the same everywhere in Flanders and Brussels: no step rule may look.
    readers = [r.key for r in rules.RULES if "in_brussel" in inspect.getsource(r.applies)]
    assert readers and all(rules.RULES_BY_KEY[k].other_system for k in readers), readers
