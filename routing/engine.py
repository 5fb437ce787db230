"""advise(answers, directory) -> Advice: the rules applied to one person's answers.

Pure Python: the engine asks a `Directory` where the place is and which contacts cover it, and
never touches the database. The rule evaluation depends only on the answers and on whether the
place is inside Flanders and Brussels (regional differences live in the catalogue's contacts,
not in the rules), so it is memoised on exactly those inputs; contacts and area-specific notices
are attached per call.
"""

from __future__ import annotations

from dataclasses import dataclass

from routing.answers import AnswerErrors, Answers
from routing.directory import Area, Contact, Directory
from routing.rules import RULES, URGENCY_RANK, Context, Rule, phrases, text

MESSAGES = {
    "onbekend.postcode": "We kennen deze postcode niet. Kijk de postcode na (4 cijfers).",
    "onbekend.gemeente": "We kennen deze gemeente niet. Kies een gemeente uit de lijst.",
    "buiten": (
        "{naam} ligt buiten Vlaanderen en Brussel. De jeugdhulp in Wallonië en in de "
        "Duitstalige Gemeenschap is anders georganiseerd, en deze wegwijzer kent die diensten "
        "niet. Bij gevaar bel je in heel België 112 of 101."
    ),
    "meer_gemeenten": (
        "De postcode {postcode} hoort bij meer dan één gemeente: {namen}. We tonen de hulp voor "
        "{naam}. Woont het kind in een andere gemeente, kies dan die gemeente."
    ),
    "contact_onbekend": (
        "Voor sommige stappen kennen we nog geen contactgegevens voor {naam}. Kijk dan op "
        "jeugdhulp.be."
    ),
}


class UnknownPlace(AnswerErrors):
    """The postcode or NIS code is well-formed but no known Belgian place (answer 400)."""


@dataclass(frozen=True)
class Step:
    """One next step: what to do, why, which rules say so, and who to contact."""

    vorm: str
    titel: str
    urgentie: str
    wat_doen: str
    waarom: str
    regels: tuple[str, ...]
    contacten: tuple[Contact, ...] = ()
    contact_gekend: bool = False


@dataclass(frozen=True)
class NotPossible:
    """Something the person might expect that is not possible here, with the reason."""

    vorm: str
    waarom: str
    regels: tuple[str, ...]


@dataclass(frozen=True)
class Advice:
    """The whole advice: design §7.3 as Python data (see `routing.serialize`)."""

    antwoorden: Answers
    gebied: Area | None
    stappen: tuple[Step, ...]
    niet_mogelijk: tuple[NotPossible, ...]
    meldingen: tuple[str, ...]


@dataclass(frozen=True)
class _PlannedStep:
    vorm: str
    titel: str
    urgentie: str
    wat_doen: str
    waarom: str
    regels: tuple[str, ...]


def _fill(template: str, values: dict[str, str]) -> str:
    # Placeholders may be empty strings; collapse the spaces they leave (rarely needed).
    filled = template.format_map(values)
    if "  " in filled or filled[:1] == " " or filled[-1:] == " ":
        filled = " ".join(filled.split())
    return filled


def _merge_ids(target: list[str], ids: tuple[str, ...]) -> None:
    for i in ids:
        if i not in target:
            target.append(i)


_REGULAR = tuple((i, r) for i, r in enumerate(RULES) if not r.fallback)
_FALLBACK = tuple((i, r) for i, r in enumerate(RULES) if r.fallback)
_REGULAR_EVERYWHERE = tuple((i, r) for i, r in _REGULAR if r.everywhere)
_FALLBACK_EVERYWHERE = tuple((i, r) for i, r in _FALLBACK if r.everywhere)

Plan = tuple[tuple["_PlannedStep", ...], tuple["NotPossible", ...]]
_PLANS: dict[tuple, Plan] = {}
_MAX_PLANS = 100_000  # about 100 MB at most; cleared wholesale when full


def _plan(answers: Answers, in_werkingsgebied: bool) -> Plan:
    """The memoised plan: rule evaluation depends only on these inputs, never on the place."""
    key = (
        answers.gevaar,
        answers.rol,
        answers.leeftijd,
        answers.situatie,
        answers.met,
        answers.lopend,
        answers.clb_bereikbaar,
        in_werkingsgebied,
    )
    plan = _PLANS.get(key)
    if plan is None:
        plan = _evaluate(answers, in_werkingsgebied)
        if len(_PLANS) >= _MAX_PLANS:
            _PLANS.clear()
        _PLANS[key] = plan
    return plan


def _evaluate(answers: Answers, in_werkingsgebied: bool) -> Plan:
    """Evaluate every rule; merge steps per support form; order by urgency, then rule order."""
    ctx = Context.of(answers, in_werkingsgebied)
    values = phrases(answers)
    rol = answers.rol
    # vorm -> [first rule index, best urgency rank, rule key of best, ids, reasons]
    steps: dict[str, list] = {}
    not_possible: dict[str, list] = {}

    def evaluate(candidates: tuple[tuple[int, Rule], ...]) -> None:
        for index, rule in candidates:
            if not rule.fires(ctx):
                continue
            reason = _fill(text(rule.key, "waarom", rol), values)
            if rule.step is not None:
                rank = URGENCY_RANK[rule.step.urgentie]
                entry = steps.get(rule.step.vorm)
                if entry is None:
                    steps[rule.step.vorm] = [index, rank, rule.key, list(rule.ids), [reason]]
                    continue
                if rank < entry[1]:
                    entry[1], entry[2] = rank, rule.key
                _merge_ids(entry[3], rule.ids)
                if reason not in entry[4]:
                    entry[4].append(reason)
            if rule.niet_mogelijk is not None:
                entry = not_possible.setdefault(rule.niet_mogelijk.vorm, [[], []])
                _merge_ids(entry[0], rule.ids)
                if reason not in entry[1]:
                    entry[1].append(reason)

    evaluate(_REGULAR if in_werkingsgebied else _REGULAR_EVERYWHERE)
    if not steps:
        evaluate(_FALLBACK if in_werkingsgebied else _FALLBACK_EVERYWHERE)

    ordered = sorted(steps.items(), key=lambda kv: (kv[1][1], kv[1][0]))
    planned = tuple(
        _PlannedStep(
            vorm=vorm,
            titel=text(key, "titel", rol),
            urgentie=RULE_URGENCIES[rank],
            wat_doen=_fill(text(key, "wat_doen", rol), values),
            waarom=" ".join(reasons),
            regels=tuple(ids),
        )
        for vorm, (_, rank, key, ids, reasons) in ordered
    )
    nots = tuple(
        NotPossible(vorm=vorm, waarom=" ".join(reasons), regels=tuple(ids))
        for vorm, (ids, reasons) in not_possible.items()
    )
    return planned, nots


RULE_URGENCIES = tuple(sorted(URGENCY_RANK, key=URGENCY_RANK.__getitem__))


def _area(answers: Answers, directory: Directory) -> Area:
    area = directory.area_for(answers.postcode, answers.gemeente)
    if area is None:
        if answers.gemeente is not None:
            raise UnknownPlace({"gemeente": [MESSAGES["onbekend.gemeente"]]})
        raise UnknownPlace({"postcode": [MESSAGES["onbekend.postcode"]]})
    return area


def advise(answers: Answers, directory: Directory) -> Advice:
    """The advice for these answers, with contacts for the child's municipality.

    Raises `UnknownPlace` (an `AnswerErrors`) when the directory does not know the postcode or
    NIS code. Deterministic: the same answers and directory give an equal `Advice`.
    """
    area = _area(answers, directory)
    planned, nots = _plan(answers, area.in_werkingsgebied)
    nis = area.nis
    stappen = []
    unknown = False
    for p in planned:
        contacts = tuple(directory.contacts_for(p.vorm, nis))
        if not contacts:
            unknown = True
        stappen.append(
            Step(
                vorm=p.vorm,
                titel=p.titel,
                urgentie=p.urgentie,
                wat_doen=p.wat_doen,
                waarom=p.waarom,
                regels=p.regels,
                contacten=contacts,
                contact_gekend=bool(contacts),
            )
        )
    meldingen = []
    if not area.in_werkingsgebied:
        meldingen.append(MESSAGES["buiten"].format(naam=area.name))
    if area.alternatives and answers.gemeente is None:
        names = [area.name, *(name for _, name in area.alternatives)]
        meldingen.append(
            MESSAGES["meer_gemeenten"].format(
                postcode=answers.postcode, namen=" en ".join(names), naam=area.name
            )
        )
    if unknown:
        meldingen.append(MESSAGES["contact_onbekend"].format(naam=area.name))
    return Advice(
        antwoorden=answers,
        gebied=area,
        stappen=tuple(stappen),
        niet_mogelijk=nots,
        meldingen=tuple(meldingen),
    )
