"""advise(answers, directory) -> Advice: the rules applied to one person's answers.

Pure Python: the engine asks a `Directory` where the place is and which contacts cover it, and
never touches the database. The rule evaluation depends only on the answers and on whether the
place is inside Flanders and Brussels (regional differences live in the catalogue's contacts,
not in the rules), so it is memoised on exactly those inputs; contacts and area-specific notices
are attached per call.

Texts are Dutch, the source. `advise(..., translate=...)` gives them in another language: each
Dutch template (rule text, phrase, notice) is handed to `translate` before its placeholders are
filled; the memo tables key on it too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from functools import lru_cache, reduce
from operator import attrgetter
from string import Formatter
from typing import Any

from routing.answers import AnswerErrors, Answers
from routing.directory import Area, Contact, Directory, Route, for_reader
from routing.rules import PHRASES, RULES, URGENCIES, URGENCY_RANK, Context, phrases, text
from routing.rules.base import AT_CRISIS_PLACE, BRUSSELS
from routing.vocabulary import CRISIS_PLACE_KEYS, HOME_PLACE_KEYS

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
        "{naam}. Woont {wie} in een andere gemeente, kies dan die gemeente."
    ),
    "crisis_meer_gemeenten": (
        "De postcode {postcode} van de plaats van de crisis hoort bij meer dan één gemeente: "
        "{namen}. Het crisismeldpunt in dit advies is dat van {naam}. Is de crisis in een "
        "andere gemeente, kies dan die gemeente."
    ),
    "contact_onbekend": (
        "Voor sommige stappen kennen we nog geen contactgegevens voor {naam}. Bij die stappen "
        "staat wat je intussen kunt doen."
    ),
    "crisis_plaats": (
        "Het crisismeldpunt in dit advies is dat van {naam}, waar de crisis is. De andere "
        "contacten horen bij de plaats waar {wie} woont."
    ),
    "crisis_plaats_buiten": (
        "{naam} ligt buiten Vlaanderen en Brussel. Daar werken de Vlaamse crisismeldpunten "
        "niet. Bij gevaar bel je in heel België 112 of 101. Het crisismeldpunt in dit advies "
        "is dat van de plaats waar {wie} woont."
    ),
    # Only when a step lacks both its contact and a route with something to dial or click.
    "contact_en_route_onbekend": (
        "Voor sommige stappen kennen we nog geen contactgegevens voor {naam}."
    ),
}

#: Gives a Dutch template in the reader's language (for example Django's `gettext`).
Translate = Callable[[str], str]


class UnknownPlace(AnswerErrors):
    """The postcode or NIS code is well-formed but no known Belgian place (answer 400)."""


@dataclass(frozen=True)
class Step:
    """One next step: what to do, why, which rules say so, and who to contact; while no
    contact for the place is known, the route to act on today (worded for the reader)."""

    vorm: str
    titel: str
    urgentie: str
    wat_doen: str
    waarom: str
    regels: tuple[str, ...]
    contacten: tuple[Contact, ...] = ()
    contact_gekend: bool = False
    route: Route | None = None


@dataclass(frozen=True)
class NotPossible:
    """Something the person might expect that is not possible here, with the reason."""

    vorm: str
    waarom: str
    regels: tuple[str, ...]


@dataclass(frozen=True)
class Advice:
    """The whole advice as Python data (`routing.serialize` gives its public JSON)."""

    antwoorden: Answers
    gebied: Area | None
    stappen: tuple[Step, ...]
    niet_mogelijk: tuple[NotPossible, ...]
    meldingen: tuple[str, ...]
    # Services of another system named beside the steps (R-BXL-FR: French-speaking help in
    # Brussels): shaped like steps, never counted as one, only with something to act on.
    andere_systemen: tuple[Step, ...] = ()


@dataclass(frozen=True)
class _PlannedStep:
    """A step before its contacts are known: everything but the municipality."""

    vorm: str
    titel: str
    urgentie: str
    wat_doen: str
    waarom: str
    regels: tuple[str, ...]
    # The finished `Step` per municipality, reused while its contacts are equal: a memoised
    # plan is asked for many municipalities, and building frozen `Step`s was most of the cost
    # of such a call (bench/engine.py).
    finished: dict[str, Step] = field(default_factory=dict, compare=False, repr=False)

    def step(self, nis: str, contacts: tuple[Contact, ...], route: Route | None = None) -> Step:
        """This step with these contacts (or, without them, this route)."""
        done = self.finished.get(nis) if MEMOISE else None
        if done is None or done.contacten != contacts or done.route != route:
            done = Step(
                vorm=self.vorm,
                titel=self.titel,
                urgentie=self.urgentie,
                wat_doen=self.wat_doen,
                waarom=self.waarom,
                regels=self.regels,
                contacten=contacts,
                contact_gekend=bool(contacts),
                route=route,
            )
            if MEMOISE:
                if len(self.finished) >= _MAX_MUNICIPALITIES:
                    self.finished.clear()
                self.finished[nis] = done
        return done


#: The steps before their contacts, the "not possible" entries, and the notices of rules that
#: speak to the whole advice (`Rule.melding`).
Plan = tuple[tuple[_PlannedStep, ...], tuple[NotPossible, ...], tuple[str, ...]]

# Memo tables, each keyed on everything its result depends on and cleared wholesale when full
# (bench/engine.py measures them, with and without; `_PlannedStep.finished` is the third):
# - the plan per answers (without the place: `_plan_key`) and whether the place is in
#   Flanders/Brussels: the same answers are asked for many municipalities;
# - the texts per fired rules, role and the placeholder values their templates read: many
#   answers fire the same rules with the same sentences.
MEMOISE = True
_PLANS: dict[tuple[object, ...], Plan] = {}
_ASSEMBLED: dict[tuple[object, ...], Plan] = {}
_OTHER_SYSTEMS: dict[tuple[object, ...], tuple[_PlannedStep, ...]] = {}
_MAX_ENTRIES = 200_000
_MAX_MUNICIPALITIES = 8  # finished steps kept per planned step
# A route worded for a role, per (route, role): equal routes give equal worded routes, and
# the same one object lets a finished step be reused without comparing routes field by field.
_for_reader = lru_cache(maxsize=4096)(for_reader)


def _fill(template: str, values: Mapping[str, str]) -> str:
    # Placeholders may be empty strings; collapse the spaces they leave.
    filled = template.format_map(values)
    if "  " in filled or filled[:1] == " " or filled[-1:] == " ":
        filled = " ".join(filled.split())
    return filled


def _merge_ids(target: list[str], ids: tuple[str, ...]) -> None:
    for i in ids:
        if i not in target:
            target.append(i)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _merge_sentences(target: list[str], reason: str) -> None:
    # Rules that share a step often give the same sentence ("Je zei dat je 15 bent."): say it
    # once.
    for sentence in _sentences(reason):
        if sentence not in target:
            target.append(sentence)


def _dutch(text: str) -> str:
    return text


#: The answers that name a place. The plan depends on the home only through whether it is in
#: Flanders and Brussels, and on the place of the crisis not at all (`crisis_elders` says
#: whether there is one); the contacts are attached per call.
PLACE_ANSWERS = (*HOME_PLACE_KEYS, *CRISIS_PLACE_KEYS)
# Every field of `Answers` but the place, read from the dataclass itself: an answer added
# there is part of the key at once and can never be forgotten here. (attrgetter: a tenth of
# the cost of `dataclasses.replace`, on a path taken for every advice.)
_NOT_PLACE = attrgetter(*(f.name for f in fields(Answers) if f.name not in PLACE_ANSWERS))


def _plan_key(answers: Answers, in_werkingsgebied: bool, tr: Translate) -> tuple[object, ...]:
    """The memo key of a plan: every answer but the place, whether the place is in Flanders
    and Brussels, and the language's translate callable (one stable object per language)."""
    return _NOT_PLACE(answers), in_werkingsgebied, tr


def _plan(answers: Answers, in_werkingsgebied: bool, tr: Translate = _dutch) -> Plan:
    """The plan for these answers, memoised; always equal to `_evaluate`'s."""
    if not MEMOISE:
        return _evaluate(answers, in_werkingsgebied, tr)
    key = _plan_key(answers, in_werkingsgebied, tr)
    plan = _PLANS.get(key)
    if plan is None:
        fired = _fired(Context.of(answers, in_werkingsgebied))
        values = phrases(answers, tr)
        names = _placeholders(fired, answers.rol)
        assembled_key = (fired, answers.rol, tuple([values[n] for n in names]), tr)
        plan = _ASSEMBLED.get(assembled_key)
        if plan is None:
            plan = _assemble(fired, answers.rol, values, tr)
            _remember(_ASSEMBLED, assembled_key, plan)
        _remember(_PLANS, key, plan)
    return plan


def _remember(table: dict[tuple[object, ...], Plan], key: tuple[object, ...], value: Plan) -> None:
    if len(table) >= _MAX_ENTRIES:
        table.clear()
    table[key] = value


def _evaluate(answers: Answers, in_werkingsgebied: bool, tr: Translate = _dutch) -> Plan:
    """The plan computed afresh, without any memo: the reference `_plan` must equal."""
    ctx = Context.of(answers, in_werkingsgebied)
    return _assemble(_fired(ctx), answers.rol, phrases(answers, tr), tr)


# Per place kind (inside Flanders/Brussels or not): the regular and the fallback rules as
# (index, support form whose age range gates the rule or None, predicate), so the hot loop
# below needs no method calls.
_CANDIDATES = {
    inside: tuple(
        tuple(
            (i, r.step.vorm if r.step is not None and r.age_gate else None, r.applies)
            for i, r in enumerate(RULES)
            if r.fallback == fallback and (inside or r.everywhere)
        )
        for fallback in (False, True)
    )
    for inside in (True, False)
}
Fired = tuple[int, ...]  # indices into RULES, in rule order


def _fired(ctx: Context) -> Fired:
    """The rules that fire (`Rule.fires`): the regular ones, or when none of them yields a
    step, the regular ones followed by the fallback ones (only `everywhere` rules outside
    Flanders and Brussels)."""
    regular, fallback = _CANDIDATES[ctx.in_werkingsgebied]
    excluded = ctx.excluded
    fired = tuple([i for i, vorm, applies in regular if (vorm not in excluded) and applies(ctx)])
    if not any(RULES[i].step is not None for i in fired):
        fired += tuple(
            [i for i, vorm, applies in fallback if (vorm not in excluded) and applies(ctx)]
        )
    return fired


@lru_cache(maxsize=4096)
def _placeholders(fired: Fired, rol: str) -> tuple[str, ...]:
    """The placeholder names the templates of these rules read for this role, sorted."""
    names: set[str] = set()
    for i in fired:
        for fld in ("waarom", "wat_doen"):
            names.update(
                name for _, name, _, _ in Formatter().parse(text(RULES[i].key, fld, rol)) if name
            )
    return tuple(sorted(names))


@lru_cache(maxsize=8192)
def _sentences(reason: str) -> tuple[str, ...]:
    return tuple(x for x in _SENTENCE_END.split(reason) if x)


def _assemble(fired: Fired, rol: str, values: Mapping[str, str], tr: Translate = _dutch) -> Plan:
    """Merge the fired rules' steps per support form; order by urgency, then rule order.

    A support form named by several rules is one step: the most urgent rule gives its title
    and what to do, every rule adds its reasons and ids."""
    # vorm -> [first position, best urgency rank, rule key of best, ids, reason sentences]
    steps: dict[str, list[Any]] = {}
    not_possible: dict[str, list[Any]] = {}
    notes: list[str] = []
    for position in fired:
        rule = RULES[position]
        if rule.melding:
            notes.append(_fill(tr(text(rule.key, "wat_doen", rol)), values))
            continue
        reason = _fill(tr(text(rule.key, "waarom", rol)), values)
        if rule.step is not None:
            rank = URGENCY_RANK[rule.step.urgentie]
            entry = steps.get(rule.step.vorm)
            if entry is None:
                steps[rule.step.vorm] = entry = [position, rank, rule.key, list(rule.ids), []]
            else:
                if rank < entry[1]:
                    entry[1], entry[2] = rank, rule.key
                _merge_ids(entry[3], rule.ids)
            _merge_sentences(entry[4], reason)
        if rule.niet_mogelijk is not None:
            entry = not_possible.setdefault(rule.niet_mogelijk.vorm, [[], []])
            _merge_ids(entry[0], rule.ids)
            _merge_sentences(entry[1], reason)

    ordered = sorted(steps.items(), key=lambda kv: (kv[1][1], kv[1][0]))
    planned = tuple(
        _PlannedStep(
            vorm=vorm,
            titel=tr(text(key, "titel", rol)),
            urgentie=URGENCIES[rank],
            wat_doen=_fill(tr(text(key, "wat_doen", rol)), values),
            waarom=" ".join(reasons),
            regels=tuple(ids),
        )
        for vorm, (_, rank, key, ids, reasons) in ordered
    )
    nots = tuple(
        NotPossible(vorm=vorm, waarom=" ".join(reasons), regels=tuple(ids))
        for vorm, (ids, reasons) in not_possible.items()
    )
    return planned, nots, tuple(notes)


def _other_systems(
    answers: Answers, steps: tuple[_PlannedStep, ...], tr: Translate = _dutch
) -> tuple[_PlannedStep, ...]:
    """The services of another system for these answers in Brussels (R-BXL-FR), each only
    beside a step for its counterpart; memoised on the answers (the steps follow from them).

    They never change the plan: a Brussels place has the same steps as any other place in
    Flanders and Brussels, these come on top."""
    key = (_NOT_PLACE(answers), tr)
    found = _OTHER_SYSTEMS.get(key) if MEMOISE else None
    if found is None:
        ctx = Context.of(answers, True, in_brussel=True)
        vormen = {s.vorm for s in steps}
        values = phrases(answers, tr)
        items: dict[str, list[Any]] = {}  # vorm -> [first rule's key, ids, reason sentences]
        for rule in RULES:
            spec = rule.other_system
            if spec is None or spec.beside not in vormen or not rule.fires(ctx):
                continue
            entry = items.setdefault(spec.vorm, [rule.key, [], []])
            _merge_ids(entry[1], rule.ids)
            _merge_sentences(entry[2], _fill(tr(text(rule.key, "waarom", answers.rol)), values))
        found = tuple(
            _PlannedStep(
                vorm=vorm,
                titel=tr(text(first, "titel", answers.rol)),
                urgentie="info",
                wat_doen=_fill(tr(text(first, "wat_doen", answers.rol)), values),
                waarom=" ".join(reasons),
                regels=tuple(ids),
            )
            for vorm, (first, ids, reasons) in items.items()
        )
        if MEMOISE:
            if len(_OTHER_SYSTEMS) >= _MAX_ENTRIES:
                _OTHER_SYSTEMS.clear()
            _OTHER_SYSTEMS[key] = found
    return found


def _area(
    postcode: str | None, nis: str | None, directory: Directory, tr: Translate, prefix: str = ""
) -> Area:
    area = directory.area_for(postcode, nis)
    if area is None:
        if nis is not None:
            raise UnknownPlace({f"{prefix}gemeente": [tr(MESSAGES["onbekend.gemeente"])]})
        raise UnknownPlace({f"{prefix}postcode": [tr(MESSAGES["onbekend.postcode"])]})
    return area


def _crisis_area(
    answers: Answers, planned: tuple[_PlannedStep, ...], directory: Directory, tr: Translate
) -> Area | None:
    """The place of the crisis (R-PLAATS), when it is elsewhere and a step is for it."""
    if not (answers.crisis_postcode or answers.crisis_gemeente):
        return None
    if not any(p.vorm in AT_CRISIS_PLACE for p in planned):
        return None
    return _area(answers.crisis_postcode, answers.crisis_gemeente, directory, tr, "crisis_")


def _names(area: Area, tr: Translate) -> str:
    """ "A en B" for the municipalities of a shared postcode: the phrases' join of parties."""
    names = [area.name, *(name for _, name in area.alternatives)]
    return reduce(lambda a, b: tr(PHRASES["en"]).format(a=a, b=b), names)


def _who(answers: Answers, tr: Translate) -> str:
    """ "het kind" or "de jongere", as the notices about the place name the person."""
    child = isinstance(answers.leeftijd, str) or answers.leeftijd < 18
    return tr(PHRASES["wie.kind" if child else "wie.jongere"])


def advise(answers: Answers, directory: Directory, translate: Translate | None = None) -> Advice:
    """The advice for these answers, with contacts for the child's municipality.

    Raises `UnknownPlace` (an `AnswerErrors`) when the directory does not know the postcode or
    NIS code. Deterministic: the same answers and directory give an equal `Advice`. The texts
    are Dutch, or with `translate` (a stable callable per language, such as one language's
    `gettext`) in its language; the contacts and routes are the directory's.
    """
    tr = translate or _dutch
    area = _area(answers.postcode, answers.gemeente, directory, tr)
    planned, nots, notes = _plan(answers, area.in_werkingsgebied, tr)
    crisis_area = _crisis_area(answers, planned, directory, tr)
    crisis_nis = crisis_area.nis if crisis_area and crisis_area.in_werkingsgebied else None
    contacts_for = directory.contacts_for
    stappen = []
    unknown = False
    dead_end = False  # a step with neither a contact nor a route to act on
    nis = area.nis
    for p in planned:
        here = crisis_nis if crisis_nis and p.vorm in AT_CRISIS_PLACE else nis
        contacts = tuple(contacts_for(p.vorm, here))
        route = None
        if not contacts:
            unknown = True
            route = directory.fallback_for(p.vorm, here)
            if route is not None:
                route = (_for_reader if MEMOISE else for_reader)(route, answers.rol)
            if route is None or not route.actionable:
                dead_end = True
        stappen.append(p.step(here, contacts, route))
    meldingen = []
    if not area.in_werkingsgebied:
        meldingen.append(tr(MESSAGES["buiten"]).format(naam=area.name))
    if area.alternatives and answers.gemeente is None:
        meldingen.append(
            tr(MESSAGES["meer_gemeenten"]).format(
                postcode=answers.postcode,
                namen=_names(area, tr),
                naam=area.name,
                wie=_who(answers, tr),
            )
        )
    if crisis_area is not None and crisis_area.nis != nis:
        notice = "crisis_plaats" if crisis_nis else "crisis_plaats_buiten"
        meldingen.append(tr(MESSAGES[notice]).format(naam=crisis_area.name, wie=_who(answers, tr)))
    if crisis_area is not None and crisis_area.alternatives and answers.crisis_gemeente is None:
        # The crisis line is that of the first municipality of a shared postcode: say which.
        meldingen.append(
            tr(MESSAGES["crisis_meer_gemeenten"]).format(
                postcode=answers.crisis_postcode,
                namen=_names(crisis_area, tr),
                naam=crisis_area.name,
            )
        )
    if unknown:
        notice = "contact_en_route_onbekend" if dead_end else "contact_onbekend"
        meldingen.append(tr(MESSAGES[notice]).format(naam=area.name))
    meldingen.extend(notes)
    andere = []
    if area.region == BRUSSELS:
        # Only what the catalogue gives to act on: where nothing is sourced, say nothing.
        for p in _other_systems(answers, planned, tr):
            contacts = tuple(contacts_for(p.vorm, nis))
            route = None if contacts else directory.fallback_for(p.vorm, nis)
            if route is not None:
                route = (_for_reader if MEMOISE else for_reader)(route, answers.rol)
            if contacts or (route is not None and route.actionable):
                andere.append(p.step(nis, contacts, route))
    return Advice(
        antwoorden=answers,
        gebied=area,
        stappen=tuple(stappen),
        niet_mogelijk=nots,
        meldingen=tuple(meldingen),
        andere_systemen=tuple(andere),
    )
