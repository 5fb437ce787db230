"""The enumerated answer space, shared by the invariant test and the benchmark: every role ×
gevaar × boundary age × set of one to three situations × each applicable `met`, `lopend` and
`clb_bereikbaar` (when a follow-up applies is the vocabulary's rule).

The follow-ups for the situations people bring (`FOLLOW_UPS`, the family and several parties
at `met`) form a second part, `situation_answers`: everything the first part leaves out, over
the sets of one or two situations, with only the answers the rules can tell from "not given"
(a `nee` reads as not given: `tests/routing/test_engine_invariants.py` checks that). Why this
suffices is in docs/engine.md ("The answer space"). `representative` names, for an answer set,
the one of its class (answers the rules cannot tell apart) that the sweep evaluates, and
`outside_class` what an advice outside Flanders and Brussels depends on. No Django
imports."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import combinations, product
from typing import Any, Literal

from routing.answers import Answers
from routing.vocabulary import (
    CONFLICT_PARTIES,
    FAMILY_PARTIES,
    FOLLOW_UPS,
    ROLES,
    SITUATIONS,
    UNBORN,
    Said,
    asks_clb_bereikbaar,
    asks_lopend,
    asks_met,
)

#: The ages at every boundary the seeds draw (unborn, 2,5, 3, 12, 18, 21, 25 …).
AGES: tuple[int | Literal["ongeboren"], ...] = (
    UNBORN,
    0,
    1,
    2,
    3,
    8,
    11,
    12,
    13,
    17,
    18,
    21,
    22,
    25,
)
SITUATION_SETS = tuple(c for k in (1, 2, 3) for c in combinations(SITUATIONS, k))
# The first part names one party at most, and none of the family (the answers before the
# situations people bring could be said).
METS = (None, *(p for p in CONFLICT_PARTIES if p not in FAMILY_PARTIES))
TRI = (None, True, False)
#: The second part: sets of one or two situations, and `met` as no party, one, or two.
SMALL_SITUATION_SETS = tuple(c for c in SITUATION_SETS if len(c) <= 2)
PARTY_SETS = ((), *((p,) for p in CONFLICT_PARTIES), *combinations(CONFLICT_PARTIES, 2))
# Per follow-up, the answers a rule can tell from "not given": "nee" reads as not given. A
# follow-up that only adds a notice (`notice_only`) is left out: it changes nothing else.
_TOLD = tuple(
    (f, tuple(v for v in f.values if v not in f.neutral)) for f in FOLLOW_UPS if not f.notice_only
)


def answers_for(
    rol: str, gevaar: bool, leeftijd: int | Literal["ongeboren"], gemeente: str | None = None
) -> Iterator[Answers]:
    """Every answer set for one role, danger answer and age: all situation sets with the
    follow-up answers that apply to them (`met` only with conflict/gestopt, `clb_bereikbaar`
    only for a school in crisis)."""
    for situatie in SITUATION_SETS:
        mets = METS if asks_met(situatie) else (None,)
        clbs = TRI if asks_clb_bereikbaar(rol, situatie) else (None,)
        for met in mets:
            for lopend in TRI:
                for clb in clbs:
                    yield Answers(
                        gevaar=gevaar,
                        rol=rol,
                        leeftijd=leeftijd,
                        situatie=situatie,
                        gemeente=gemeente,
                        met=met,
                        lopend=lopend,
                        clb_bereikbaar=clb,
                    )


def situation_answers(
    rol: str, gevaar: bool, leeftijd: int | Literal["ongeboren"], gemeente: str | None = None
) -> Iterator[Answers]:
    """The second part for one role, danger answer and age: every set of one or two
    situations with every applicable `met` (none, one or two parties), `lopend`,
    `clb_bereikbaar` and follow-up, except what `answers_for` already gives."""
    for situatie in SMALL_SITUATION_SETS:
        parties = PARTY_SETS if asks_met(situatie) else ((),)
        clbs = TRI if asks_clb_bereikbaar(rol, situatie) else (None,)
        for met, lopend, clb in product(parties, TRI, clbs):
            said = Said(rol=rol, leeftijd=leeftijd, situaties=frozenset(situatie), lopend=lopend)
            told = [(None, *(True if f.yes_no else v for v in values)) if f.asked(said)
                    else (None,) for f, values in _TOLD]  # fmt: skip
            first_part = len(met) <= 1 and (met[0] if met else None) in METS
            for follow_ups in product(*told):
                if first_part and not any(v is not None for v in follow_ups):
                    continue  # in `answers_for`
                told_values: dict[str, Any] = {
                    f.key: v for (f, _), v in zip(_TOLD, follow_ups, strict=True)
                }
                yield Answers(
                    gevaar=gevaar,
                    rol=rol,
                    leeftijd=leeftijd,
                    situatie=situatie,
                    gemeente=gemeente,
                    met=met[0] if met else None,
                    met_ook=met[1:],
                    lopend=lopend,
                    clb_bereikbaar=clb,
                    **told_values,
                )


def answer_space(places: Iterable[str | None] = (None,)) -> Iterator[Answers]:
    """The whole space, once per place (NIS code)."""
    places = tuple(places)
    for rol in ROLES:
        for gevaar in (True, False):
            for leeftijd in AGES:
                for place in places:
                    yield from answers_for(rol, gevaar, leeftijd, place)


def _still_asked(answers: Answers, lopend: bool | None) -> bool:
    """Whether every follow-up these answers give is asked with this `lopend` too."""
    given = [f for f in FOLLOW_UPS if getattr(answers, f.key) is not None]
    if not given:
        return True
    said = Said(answers.rol, answers.leeftijd, frozenset(answers.situatie), lopend)
    return all(f.asked(said) for f in given)


def _class_values(answers: Answers) -> tuple[str | None, bool | None, bool | None]:
    """`met`, `lopend` and `clb_bereikbaar` of the representative (see `representative`)."""
    met = None if answers.met == "hulpverlener" and not answers.met_ook else answers.met
    lopend = answers.lopend
    if lopend is not None and (lopend is False or not asks_lopend(answers.situatie)):
        lopend = None if _still_asked(answers, None) else lopend
    return met, lopend, None if answers.clb_bereikbaar else answers.clb_bereikbaar


def is_representative(answers: Answers) -> bool:
    """Whether `answers` is the representative of its class (`representative`)."""
    return _class_values(answers) == (answers.met, answers.lopend, answers.clb_bereikbaar)


def representative(answers: Answers) -> Answers:
    """The answer set of `answers`' class that the invariant sweep evaluates: `answers` itself,
    or the same answers with `met`, `lopend` and `clb_bereikbaar` as if not given where no
    rule can tell the difference (docs/engine.md, "The answer space"):

    - `met` a care worker as the only party reads as no party named: the rules read both as
      "a conflict with a care worker" and name the party in the same words;
    - `lopend` nee reads as not given (the rules read only its ja), and so does ja where the
      vocabulary does not ask it (`asks_lopend`): only rules for those situations read it;
    - `clb_bereikbaar` ja reads as not given: the rules read only its nee.

    `lopend` stays where another value would not ask a follow-up these answers give: the
    representative is always in the enumerated space too."""
    if is_representative(answers):
        return answers
    met, lopend, clb = _class_values(answers)
    return replace(answers, met=met, lopend=lopend, clb_bereikbaar=clb)


def outside_class(answers: Answers) -> tuple[object, ...]:
    """What an advice outside Flanders and Brussels depends on: there only the rules that
    run `everywhere` fire, and they read the danger answer and thoughts of suicide, their
    texts the suicide sentence for this reader and age (docs/engine.md, "One evaluation per
    class")."""
    return answers.rol, answers.gevaar, answers.leeftijd, "zelfdoding" in answers.situatie
