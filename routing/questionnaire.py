"""The public questionnaire as data: questions, options, wording per role, and the order.

One question per page. Answers are kept in the public vocabulary (key → list of strings,
`routing.vocabulary`, which also owns every option, its wording and when a follow-up question
is asked) and only become `Answers` through `routing.answers.parse_answers` at the end. This
module decides which questions apply (`applicable`), which one comes next (`next_position`),
checks one step's choice (`clean_choice`) and forgets answers that no longer apply
(`apply_step`). No Django imports: the place lookup of the postcode question lives in
`routing.web.forms`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from routing.vocabulary import (
    AGE_OPTIONS,
    CHOICES,
    CRISIS_PLACE_KEYS,
    FOLLOW_UPS,
    HOME_PLACE_KEYS,
    MET_OPTIONS,
    ROLE_OPTIONS,
    SITUATION_OPTIONS,
    UNKNOWN,
    YES_NO,
    YES_NO_OPTIONS,
    FollowUp,
    Option,
    Said,
    Text,
    asks_clb_bereikbaar,
    asks_crisis_plaats,
    asks_lopend,
    asks_met,
    is_choice,
    register,
    say,
)

RawAnswers = dict[str, list[str]]


@dataclass(frozen=True)
class Question:
    """One page of the questionnaire.

    `kind` is how it is asked: `radio` (one of), `checkbox` (one or more), `select` (one of a
    long list) or `place` (a postcode or municipality, checked against the catalogue).
    `applies` says, from the answers so far, whether the question is asked at all.
    """

    key: str
    kind: str
    title: Text
    hint: Text
    options: tuple[Option, ...]
    required: Text
    summary_label: Text
    applies: Callable[[Mapping[str, list[str]]], bool] = field(default=lambda answers: True)
    # A place question stores a postcode, a municipality's NIS code, or both, under these keys.
    place_keys: tuple[str, str] = HOME_PLACE_KEYS

    @property
    def keys(self) -> tuple[str, ...]:
        """The vocabulary keys this question sets (a place question sets two)."""
        return self.place_keys if self.kind == "place" else (self.key,)

    @property
    def field_id(self) -> str:
        """The id of the first input, where the error summary links to."""
        if self.kind in ("radio", "checkbox"):
            return f"f-{self.key}-{self.options[0].value}"
        return f"f-{self.key}"

    def is_answered(self, answers: Mapping[str, list[str]]) -> bool:
        """Whether the person has answered (an empty list at `met` is "I don't know")."""
        return any(k in answers for k in self.keys)

    def option_label(self, value: str, rol: str | None) -> str:
        """The label of an option value in this role's wording (the value when unknown)."""
        for option in self.options:
            if option.value == value:
                return say(option.label, rol)
        return value


class StepError(ValueError):
    """The answer to one question is missing or invalid; `message` says what to do, in Dutch."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


def _situations(answers: Mapping[str, list[str]]) -> set[str]:
    return set(answers.get("situatie", []))


def _rol(answers: Mapping[str, list[str]]) -> str | None:
    values = answers.get("rol") or []
    return values[0] if values else None


def _follow_up_questions(f: FollowUp) -> tuple[Question, ...]:
    """The page of a follow-up: everything but its place in the order is the vocabulary's.
    After "the crisis is elsewhere" comes the place of the crisis."""
    question = Question(
        key=f.key,
        kind="radio",
        title=f.title,
        hint=f.hint,
        options=f.options,
        required=f.invalid,
        summary_label=f.summary_label,
        applies=lambda a: f.asked(Said.of_raw(a)),
    )
    if f.key != "crisis_elders":
        return (question,)
    return question, CRISIS_PLACE_QUESTION


CRISIS_PLACE_QUESTION = Question(
    key=CRISIS_PLACE_KEYS[0],
    kind="place",
    title="Waar is de crisis?",
    hint="Vul de postcode of de gemeente in waar de crisis nu is. Zo vinden we het "
    "crisismeldpunt van die regio.",
    options=(),
    required="Vul een postcode (4 cijfers) of de naam van een gemeente in.",
    summary_label="Plaats van de crisis",
    applies=lambda a: asks_crisis_plaats(Said.of_raw(a)),
    place_keys=CRISIS_PLACE_KEYS,
)


QUESTIONS: tuple[Question, ...] = (
    Question(
        key="gevaar",
        kind="radio",
        title="Is er nu iemand in gevaar?",
        hint="Bijvoorbeeld: iemand is gewond, wordt geslagen of bedreigd, of iemands leven is "
        "in gevaar.",
        options=(
            Option("ja", "Ja, er is nu gevaar"),
            Option("nee", "Nee, niet op dit moment"),
        ),
        required="Kies 'ja' of 'nee': is er nu iemand in gevaar?",
        summary_label="Nu in gevaar",
    ),
    Question(
        key="rol",
        kind="radio",
        title="Wie ben jij?",
        hint="Zo kunnen we het advies in de juiste woorden geven.",
        options=ROLE_OPTIONS,
        required="Kies wie je bent.",
        summary_label="Wie je bent",
    ),
    Question(
        key="leeftijd",
        kind="select",
        title={
            "": "Hoe oud is het kind of de jongere?",
            "jongere": "Hoe oud ben je?",
            "ouder": "Hoe oud is je kind?",
            "prof": "Hoe oud is de minderjarige of jongvolwassene?",
        },
        hint={
            "": "Gaat het over meer kinderen? Kies het kind over wie je je de meeste zorgen maakt.",
            "jongere": "Deze wegwijzer helpt jongeren tot 25 jaar.",
            "ouder": "Ben je zwanger? Kies 'nog niet geboren'. Gaat het over meer kinderen? Kies "
            "het kind over wie je je de meeste zorgen maakt.",
            "prof": "Bij een zwangerschap: 'nog niet geboren'.",
        },
        options=AGE_OPTIONS,
        required="Kies een leeftijd, of 'nog niet geboren'.",
        summary_label={"": "Leeftijd", "jongere": "Je leeftijd"},
    ),
    Question(
        key="postcode",
        kind="place",
        title={
            "": "Waar woont het kind of de jongere?",
            "jongere": "Waar woon je?",
            "ouder": "Waar woont je kind?",
            "prof": "Waar woont de minderjarige of jongvolwassene?",
        },
        hint={
            "": "Vul de postcode of de gemeente in waar het kind officieel woont. Zo vinden we "
            "de hulp in de buurt.",
            "jongere": "Vul de postcode of de gemeente in waar je officieel woont. Zo vinden we "
            "de hulp in de buurt.",
            "prof": "Postcode of gemeente van de domicilie.",
        },
        options=(),
        required="Vul een postcode (4 cijfers) of de naam van een gemeente in.",
        summary_label="Woonplaats",
    ),
    Question(
        key="situatie",
        kind="checkbox",
        title={"": "Wat is er aan de hand?", "prof": "Waarover gaat je vraag?"},
        hint={
            "": "Kies alles wat past. Je hoeft niets uit te leggen.",
            "prof": "Kies alles wat past.",
        },
        options=SITUATION_OPTIONS,
        required="Kies minstens één situatie die past.",
        summary_label={"": "Wat er aan de hand is", "prof": "Vraag"},
    ),
    Question(
        key="met",
        kind="checkbox",
        title={"": "Met wie is er onenigheid?", "prof": "Met wie is het conflict?"},
        hint={
            "": "Niet elke dienst kan bemiddelen. Daarom vragen we het. Kies alles wat past: "
            "bijvoorbeeld een hulpverlener, en ook de jeugdrechtbank als die het dossier volgt.",
            "prof": "Bemiddeling is niet mogelijk bij een conflict met het OCJ, het VK, de "
            "toegangspoort of de SDJ.",
        },
        options=MET_OPTIONS,
        required="Kies met wie er onenigheid is, of 'Ik weet het niet'.",
        summary_label={"": "Onenigheid met", "prof": "Conflict met"},
        applies=lambda a: asks_met(_situations(a)),
    ),
    Question(
        key="lopend",
        kind="radio",
        title={
            "": "Krijgen jullie nu al hulp?",
            "jongere": "Krijg je nu al hulp?",
            "prof": "Loopt er al hulpverlening?",
        },
        hint={
            "": "Bijvoorbeeld begeleiding door een dienst, een centrum voor "
            "leerlingenbegeleiding (CLB) of een psycholoog.",
            "prof": "Een lopend hulpverleningstraject, ook vrijwillige hulp.",
        },
        options=YES_NO_OPTIONS,
        required="Kies 'ja' of 'nee': is er nu al hulp?",
        summary_label={"": "Nu al hulp", "prof": "Lopende hulp"},
        applies=lambda a: asks_lopend(_situations(a)),
    ),
    Question(
        key="clb_bereikbaar",
        kind="radio",
        title="Kan je het CLB van je school nu bereiken?",
        hint="Bij een crisis met een leerling is het CLB de eerste partner van de school.",
        options=(
            Option("ja", "Ja, het CLB is nu bereikbaar"),
            Option("nee", "Nee", "Bijvoorbeeld buiten de openingsuren of in de vakantie."),
        ),
        required="Kies 'ja' of 'nee': kan je het CLB nu bereiken?",
        summary_label="CLB nu bereikbaar",
        applies=lambda a: asks_clb_bereikbaar(_rol(a), _situations(a)),
    ),
    *(q for f in FOLLOW_UPS for q in _follow_up_questions(f)),
)
QUESTIONS_BY_KEY = {q.key: q for q in QUESTIONS}


#: The answers that decide which questions are asked: a question's `applies` sees only these
#: (see `applicable`), so a new condition on another answer must add its key here.
DECISIVE_KEYS = ("rol", "leeftijd", "situatie", "lopend", "crisis_elders")


def _decisive(answers: Mapping[str, list[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((k, tuple(answers[k])) for k in DECISIVE_KEYS if k in answers)


def applicable(answers: Mapping[str, list[str]]) -> list[Question]:
    """The questions asked for these answers, in order (positions are 1-based in URLs)."""
    return list(_applicable(_decisive(answers)))


@lru_cache(maxsize=1024)
def _applicable(known: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[Question, ...]:
    # Every page and the advice ask this several times; a few hundred combinations of the
    # decisive answers cover nearly every visitor.
    given = {k: list(v) for k, v in known}
    return tuple(q for q in QUESTIONS if q.applies(given))


def question_range(answers: Mapping[str, list[str]]) -> tuple[int, int]:
    """The fewest and the most questions a person with these answers can be asked in all.

    The decisive answers (`DECISIVE_KEYS`: role, age, situations, `lopend`, `crisis_elders`)
    decide which questions are asked, and more situations never ask fewer of them; so every
    role, age, `lopend` and `crisis_elders` with one situation at a time and with all of them
    together give the bounds. Once those are answered, the two numbers are equal: the real total.
    """
    return _range(_decisive(answers))


@lru_cache(maxsize=256)
def _range(known: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[int, int]:
    given = {k: list(v) for k, v in known}
    roles = [given["rol"]] if "rol" in given else [[o.value] for o in ROLE_OPTIONS]
    ages = [given["leeftijd"]] if "leeftijd" in given else [[o.value] for o in AGE_OPTIONS]
    if "situatie" in given:
        situations = [given["situatie"]]
    else:
        situations = [[o.value] for o in SITUATION_OPTIONS]
        situations.append([o.value for o in SITUATION_OPTIONS])
    lopend = [given["lopend"]] if "lopend" in given else [[v] for v in YES_NO]
    elders = [given["crisis_elders"]] if "crisis_elders" in given else [[v] for v in YES_NO]
    counts = [
        len(applicable({"rol": r, "leeftijd": a, "situatie": s, "lopend": x, "crisis_elders": e}))
        for r in roles
        for a in ages
        for s in situations
        for x in lopend
        for e in elders
    ]
    return min(counts), max(counts)


def next_position(answers: Mapping[str, list[str]]) -> int | None:
    """The 1-based position of the first unanswered question, or None when all are answered."""
    for position, question in enumerate(applicable(answers), start=1):
        if not question.is_answered(answers):
            return position
    return None


def prune(answers: Mapping[str, list[str]]) -> RawAnswers:
    """Only the answers of questions that still apply: a changed answer can make an earlier
    follow-up answer meaningless (e.g. `met` after `conflict` was unticked)."""
    keep = {k for q in applicable(answers) for k in q.keys}
    return {k: list(v) for k, v in answers.items() if k in keep}


def apply_step(
    answers: Mapping[str, list[str]], question: Question, values: Mapping[str, list[str]]
) -> RawAnswers:
    """The answers after answering `question` with `values` (as returned by a clean step)."""
    updated = {k: list(v) for k, v in answers.items() if k not in question.keys}
    updated.update({k: list(v) for k, v in values.items()})
    return prune(updated)


def clean_choice(question: Question, submitted: list[str]) -> RawAnswers:
    """Validate the submitted values of a radio, checkbox or select question.

    Returns the vocabulary to store; raises `StepError` with the question's Dutch message for a
    missing or unknown value (tampered input gets the same calm message).
    """
    allowed = [o.value for o in question.options]
    values = [v.strip() for v in submitted if isinstance(v, str) and v.strip()]

    def valid(value: str) -> bool:
        # The vocabulary's own check for choice keys; the "don't know" at `met` and the ages
        # are this question's options.
        return (
            is_choice(question.key, value)
            or (question.key not in CHOICES and value in allowed)
            or (question.key == "met" and value == UNKNOWN)
        )

    if not values or not all(valid(v) for v in values):
        raise StepError(say(question.required, None))
    if question.kind == "checkbox":
        chosen = [v for v in allowed if v in values]  # canonical order, no duplicates
        if question.key == "met":
            # "Ik weet het niet" alone is an answer (an empty list); beside a party it adds
            # nothing.
            chosen = [v for v in chosen if v != UNKNOWN]
        return {question.key: chosen}
    if len(set(values)) != 1:
        raise StepError(say(question.required, None))
    value = values[0]
    if question.key == "met" and value == UNKNOWN:
        return {"met": []}
    return {question.key: [value]}


def answer_texts(
    question: Question, answers: Mapping[str, list[str]], rol: str | None
) -> list[str]:
    """The stored answer in words, one item per value, for the summary (the place question is
    done by the view: it needs the catalogue)."""
    values = answers.get(question.key, [])
    if question.key == "met" and not values:
        return [say(MET_OPTIONS[-1].label, rol)]
    return [question.option_label(v, rol) for v in values]


__all__ = [
    "QUESTIONS",
    "QUESTIONS_BY_KEY",
    "UNKNOWN",
    "YES_NO",
    "Option",
    "Question",
    "RawAnswers",
    "StepError",
    "answer_texts",
    "applicable",
    "apply_step",
    "clean_choice",
    "next_position",
    "prune",
    "register",
    "say",
]
