"""advise(answers, directory) -> Advice: the rules applied to one person's answers.

Pure Python: the engine asks a `Directory` where the place is and which contacts cover it, and
never touches the database. The rule evaluation depends only on the answers and on whether the
place is inside Flanders and Brussels (regional differences live in the catalogue's contacts,
not in the rules), so it is memoised on exactly those inputs; contacts and area-specific notices
are attached per call.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from string import Formatter
from typing import Any, TypeVar

from routing.answers import AnswerErrors, Answers
from routing.directory import Area, Contact, Directory
from routing.rules import RULES, URGENCY_RANK, Context, Rule, phrases, text

_T = TypeVar("_T")

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
    # The finished `Step` per municipality (NIS code), reused while the directory gives equal
    # contacts: building a frozen dataclass per step per call was a third of `advise`.
    steps_by_nis: dict[str, Step] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    def step(self, nis: str, contacts: tuple[Contact, ...]) -> Step:
        """This step with these contacts: a cached `Step` when its contacts are equal."""
        step = self.steps_by_nis.get(nis)
        if step is None or step.contacten != contacts:
            step = Step(
                vorm=self.vorm,
                titel=self.titel,
                urgentie=self.urgentie,
                wat_doen=self.wat_doen,
                waarom=self.waarom,
                regels=self.regels,
                contacten=contacts,
                contact_gekend=bool(contacts),
            )
            if len(self.steps_by_nis) >= _MAX_STEPS_PER_PLANNED_STEP:
                self.steps_by_nis.clear()
            self.steps_by_nis[nis] = step
        return step


def _fill(template: str, values: Mapping[str, str]) -> str:
    # Placeholders may be empty strings; collapse the spaces they leave (rarely needed).
    filled = template.format_map(values)
    if "  " in filled or filled[:1] == " " or filled[-1:] == " ":
        filled = " ".join(filled.split())
    return filled


def _placeholders_of(template: str) -> frozenset[str]:
    """The names `_fill` reads from its values for this template ("a" for "{a.b}" or "{a[0]}")."""
    return frozenset(
        re.split(r"[.\[]", name, maxsplit=1)[0]
        for _, name, _, _ in Formatter().parse(template)
        if name is not None
    )


def _merge_ids(target: list[str], ids: tuple[str, ...]) -> None:
    for i in ids:
        if i not in target:
            target.append(i)


_REGULAR = tuple((i, r) for i, r in enumerate(RULES) if not r.fallback)
_FALLBACK = tuple((i, r) for i, r in enumerate(RULES) if r.fallback)
_REGULAR_EVERYWHERE = tuple((i, r) for i, r in _REGULAR if r.everywhere)
_FALLBACK_EVERYWHERE = tuple((i, r) for i, r in _FALLBACK if r.everywhere)


def _unrolled(candidates: tuple[tuple[int, Rule], ...]) -> tuple[tuple[int, str | None, Any], ...]:
    # (index, support form whose age range gates the rule or None, predicate): `Rule.fires`
    # without its method call and attribute look-ups, for the memoised path.
    return tuple((i, r.step.vorm if r.step is not None else None, r.applies) for i, r in candidates)


_UNROLLED = {
    True: (_unrolled(_REGULAR), _unrolled(_FALLBACK)),
    False: (_unrolled(_REGULAR_EVERYWHERE), _unrolled(_FALLBACK_EVERYWHERE)),
}

Plan = tuple[tuple["_PlannedStep", ...], tuple["NotPossible", ...]]
Fired = tuple[int, ...]  # indices into RULES of the rules that fire, in rule order

# Memo tables, each cleared wholesale when full (about 250 MB together at most).
_PLANS: dict[tuple, Plan] = {}  # answers without the place → plan
_MAX_PLANS = 100_000
_FIRED: dict[tuple, Fired] = {}  # what rules can see (`_fired_key`) → rules that fire
_MAX_FIRED = 100_000
_ASSEMBLED: dict[tuple, Plan] = {}  # fired rules, role, placeholder values → plan
_MAX_ASSEMBLED = 100_000
_INTERNED: dict[tuple, Any] = {}  # (class, fields) → the one shared instance
_MAX_INTERNED = 50_000
_MAX_STEPS_PER_PLANNED_STEP = 8  # municipalities whose finished Step is kept per planned step


def _remember(table: dict, limit: int, key: object, value: object) -> None:
    if len(table) >= limit:
        table.clear()
    table[key] = value


def _plan(answers: Answers, in_werkingsgebied: bool) -> Plan:
    """The plan, memoised: always equal to `_evaluate`'s (the invariant test compares them).

    Three layers, each keyed on everything its result depends on: the whole answers (without
    the place); the rules that fire, on what rules can see (`_fired_key`); the texts, on the
    fired rules, the role and the values of the placeholders their templates use.
    """
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
    if plan is not None:
        return plan
    fired_key = _fired_key(answers, in_werkingsgebied)
    fired = _FIRED.get(fired_key)
    if fired is None:
        fired = _fired(Context.of(answers, in_werkingsgebied))
        _remember(_FIRED, _MAX_FIRED, fired_key, fired)
    rol = answers.rol
    names = _placeholders(fired, rol)
    values = phrases(answers) if names else {}
    assembled_key = (fired, rol, tuple([values[n] for n in names]))
    plan = _ASSEMBLED.get(assembled_key)
    if plan is None:
        plan = _assemble(fired, rol, values)
        _remember(_ASSEMBLED, _MAX_ASSEMBLED, assembled_key, plan)
    _remember(_PLANS, _MAX_PLANS, key, plan)
    return plan


def _evaluate(answers: Answers, in_werkingsgebied: bool) -> Plan:
    """The plan computed afresh, without any memo: the reference `_plan` must equal."""
    fired = _fired(Context.of(answers, in_werkingsgebied))
    return _assemble(fired, answers.rol, phrases(answers))


@lru_cache(maxsize=64)
def _age_class(leeftijd: int | str) -> tuple[bool, bool, frozenset[str]]:
    # All a rule sees of the age (`Context.minor`, `.adult`, `.excluded`): ages with equal
    # classes fire the same rules.
    ctx = Context.of(Answers(gevaar=False, rol="andere", leeftijd=leeftijd, situatie=()), True)
    return (ctx.minor, ctx.adult, ctx.excluded)


def _fired_key(answers: Answers, in_werkingsgebied: bool) -> tuple:
    """What the rules can see of these answers: everything but the place, with the age reduced
    to its `_age_class` (ages of the same class fire the same rules)."""
    return (
        in_werkingsgebied,
        _age_class(answers.leeftijd),
        answers.gevaar,
        answers.rol,
        answers.situatie,
        answers.met,
        answers.lopend,
        answers.clb_bereikbaar,
    )


def _fired(ctx: Context) -> Fired:
    """The rules that fire: the regular ones, or when none of them yields a step, the regular
    ones followed by the fallback ones (only `everywhere` rules outside Flanders and Brussels).

    `Rule.fires` is unrolled here (age gate, then predicate): this is the hot path."""
    regular, fallback = _UNROLLED[ctx.in_werkingsgebied]
    excluded = ctx.excluded
    fired = tuple(
        [
            i
            for i, vorm, applies in regular
            if (vorm is None or vorm not in excluded) and applies(ctx)
        ]
    )
    if not any(RULES[index].step is not None for index in fired):
        fired += tuple(
            [
                i
                for i, vorm, applies in fallback
                if (vorm is None or vorm not in excluded) and applies(ctx)
            ]
        )
    return fired


@lru_cache(maxsize=4096)
def _placeholders(fired: Fired, rol: str) -> tuple[str, ...]:
    """The placeholder names the templates of these rules read for this role, sorted."""
    names: set[str] = set()
    for index in fired:
        key = RULES[index].key
        for fld in ("waarom", "wat_doen"):
            names |= _placeholders_of(text(key, fld, rol))
    return tuple(sorted(names))


def _assemble(fired: Fired, rol: str, values: Mapping[str, str]) -> Plan:
    """Merge the fired rules' steps per support form; order by urgency, then rule order."""
    # vorm -> [first rule index, best urgency rank, rule key of best, ids, reasons]
    steps: dict[str, list] = {}
    not_possible: dict[str, list] = {}
    for index in fired:
        rule = RULES[index]
        reason = _fill(text(rule.key, "waarom", rol), values)
        if rule.step is not None:
            rank = URGENCY_RANK[rule.step.urgentie]
            entry = steps.get(rule.step.vorm)
            if entry is None:
                steps[rule.step.vorm] = [index, rank, rule.key, list(rule.ids), [reason]]
            else:
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

    ordered = sorted(steps.items(), key=lambda kv: (kv[1][1], kv[1][0]))
    planned = tuple(
        [
            _interned(
                _PlannedStep,
                vorm,
                text(key, "titel", rol),
                RULE_URGENCIES[rank],
                _fill(text(key, "wat_doen", rol), values),
                " ".join(reasons),
                tuple(ids),
            )
            for vorm, (_, rank, key, ids, reasons) in ordered
        ]
    )
    nots = tuple(
        [
            _interned(NotPossible, vorm, " ".join(reasons), tuple(ids))
            for vorm, (ids, reasons) in not_possible.items()
        ]
    )
    return planned, nots


def _interned(cls: type[_T], *fields: Any) -> _T:
    """`cls(*fields)`, one shared instance per distinct value: plans share their steps, and so
    each planned step's cache of finished `Step`s."""
    key = (cls, fields)
    item = _INTERNED.get(key)
    if item is None:
        item = cls(*fields)
        _remember(_INTERNED, _MAX_INTERNED, key, item)
    return item


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
    contacts_for = directory.contacts_for
    stappen = []
    unknown = False
    for p in planned:
        contacts = tuple(contacts_for(p.vorm, nis))
        if not contacts:
            unknown = True
        step = p.steps_by_nis.get(nis)
        if step is None or step.contacten != contacts:
            step = p.step(nis, contacts)
        stappen.append(step)
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
