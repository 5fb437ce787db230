"""The enumerated answer space, shared by the invariant test and the benchmark: every role ×
gevaar × boundary age × set of one to three situations × each applicable `met`, `lopend` and
`clb_bereikbaar` (when a follow-up applies is the vocabulary's rule). No Django imports."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import combinations
from typing import Literal

from routing.answers import Answers
from routing.vocabulary import (
    CONFLICT_PARTIES,
    ROLES,
    SITUATIONS,
    UNBORN,
    asks_clb_bereikbaar,
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
METS = (None, *CONFLICT_PARTIES)
TRI = (None, True, False)


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


def answer_space(places: Iterable[str | None] = (None,)) -> Iterator[Answers]:
    """The whole space, once per place (NIS code)."""
    places = tuple(places)
    for rol in ROLES:
        for gevaar in (True, False):
            for leeftijd in AGES:
                for place in places:
                    yield from answers_for(rol, gevaar, leeftijd, place)
