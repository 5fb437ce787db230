"""Every invariant of the engine (docs/engine.md), checked over the whole answer space.

The space: all 5 roles × gevaar ja/nee × 14 ages (ongeboren, 0, 1, 2, 3, 8, 11, 12, 13, 17, 18,
21, 22, 25) × one municipality of each of the six regions and Luik outside Flanders and
Brussels × every set of one to three of the 13 situations (13 + 78 + 286 = 377 sets) × `met`
(its 5 values or absent, only with conflict/gestopt) × `lopend` (ja/nee/absent) ×
`clb_bereikbaar` (ja/nee/absent, only with rol=school and crisis). That is 3,482,724
combinations. A second part adds the follow-ups for the situations people bring and several
parties at `met` (382,101 more: `routing.answer_space.situation_answers`; why its reductions
are sound is in docs/engine.md and checked by the last tests here). One sweep covers both
(module-scoped fixture) and each invariant is its own test over its results. Every
combination is covered, one answer set per class the rules cannot tell apart is evaluated
(`routing.answer_space.representative` and the place classes of `Sweep.run`; docs/engine.md,
"One evaluation per class", and the tests at the end of this file).

Two readings:
- Invariant 2 (crisis → crisis meldpunt) holds inside Flanders and Brussels. Outside, the
  Flemish meldpunten are not competent; the advice names 112/101 and says Walloon and
  German-speaking youth care are other systems.
- Invariant 3 is checked for every citizen role (jongere, ouder, andere).

Values that matter (the four services bemiddeling is impossible with, the ages, the parties)
are written out here, not read from routing.rules, so a wrong table there is caught.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import multiprocessing
import os
import random
import re
import time
from collections import defaultdict
from string import Formatter

import pytest

from routing import engine, rules
from routing.answer_space import (
    AGES,
    METS,
    SITUATION_SETS,
    answers_for,
    is_representative,
    outside_class,
    representative,
    situation_answers,
)
from routing.answers import ROLES, UNBORN, Answers, parse_answers
from routing.engine import Advice, advise
from routing.vocabulary import CONFLICT_PARTIES, FOLLOW_UPS, asks_lopend
from tests.routing.fake_directory import REPRESENTATIVES, FakeDirectory

EXPECTED_COMBINATIONS = 3_482_724
# The second part (`situation_answers`): gevaar nee, one municipality (see docs/engine.md).
EXPECTED_SITUATION_COMBINATIONS = 382_101

# Age ranges as the seeds give them (docs/regels.md, rule family "age"), written here apart from
# routing.rules so that a wrong table there is caught: [from, until) in years; None = open.
EXPECTED_AGES: dict[str, tuple[float | None, float | None]] = {
    "kind-en-gezin": (-0.75, 3),  # G2: -9 months to 3
    "clb": (2.5, 18),  # G1
    "jac": (12, 26),  # G3: 12-25
    "ocj": (0, 18),  # minors only (G6)
    "vk": (0, 18),
    "clientoverleg": (0, 18),  # S004:105 minderjarige
    "vertrouwenspersoon": (0, 18),
    "thuisbegeleidingsdienst-vaph": (0, 21),  # G5 RTH 0-21
    "1g1p": (0, 26),  # G3 0-25
    "eerstelijnspsycholoog": (0, 26),
    "gezinscoaching": (-0.75, 18),  # G3 up to 12/13 or 18
    "toegangspoort": (0, 25),  # NRTH VAPH "tot 25 jaar", 25 excluded
    "awel": (0, 18),
    "nupraatikerover": (0, 26),
}
MINORS_ONLY = ("ocj", "vk")

SEED_IDS = frozenset(
    [f"A{i}" for i in range(1, 20)]
    + [f"M{i}" for i in range(1, 18)]
    + [f"G{i}" for i in range(1, 11)]
    + [f"C{i}" for i in range(1, 9)]
    + [f"D{i}" for i in range(1, 19)]
    + [f"O{i}" for i in range(1, 6)]
)
# New ids must be documented (as `R-…`) in the rules module docstring.
DOCUMENTED_NEW_IDS = frozenset(re.findall(r"`(R-[A-Z0-9-]+)`", rules.__doc__ or ""))
KNOWN_IDS = SEED_IDS | DOCUMENTED_NEW_IDS

CITIZENS = ("jongere", "ouder", "andere")
REFERRERS = ("clb", "caw", "jac")
MAX_EXAMPLES = 5
INVARIANTS = (
    "1-gevaar-112-eerst",
    "2-crisis-meldpunt",
    "3-toegangspoort-via-verwijzer",
    "4-geen-bemiddeling-d5",
    "5-leeftijd",
    "6-waarom-en-regels",
    "7-minstens-een-stap-en-deterministisch",
    "8-contacten-eigen-gemeente",
    "volgorde-en-uniek",
    "10-zelfdoding-1813-na-112",
    "11-bemiddeling-alleen-partijen",
    "12-jongvolwassenen",
    "13-teksten",
    "14-jeugdhulp-niet-boven-leeftijd",
    "9-elke-stap-uitvoerbaar",
)
# The notice that every step without a contact says what to do meanwhile.
NOTICE_ACT_MEANWHILE = "Bij die stappen staat wat je intussen kunt doen"
NO_BEMIDDELING_WITH = ("ocj", "vk", "toegangspoort", "sdj")  # S004:221-225
# The last age at which youth care can still start (S003:5192-5196, 5506-5510).
YOUTH_CARE_LAST_AGE = 18
# Words that tell a reader an application for youth care can be made with them.
APPLICATION_PROMISES = (
    "de aanvraag samen met jou",
    "meld je met het A-document",
    "erkende verwijzer",
    "een aanvraag bij de toegangspoort",
)
PARTIES = ("jongere", "ouder", "hulpverlener")  # S004:208-214
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


CHUNKS = tuple((rol, gevaar, age) for rol in ROLES for gevaar in (True, False) for age in AGES)
# The second part: danger is read only by rules that read no follow-up, and outside Flanders
# and Brussels no such rule runs (both checked below), so gevaar nee and one municipality.
SITUATION_CHUNKS = tuple(("situaties", rol, False, age) for rol in ROLES for age in AGES)


def answer_space(chunks=CHUNKS):
    """Yield every Answers of the space (postcode/gemeente left out: set per place)."""
    for rol, gevaar, leeftijd in chunks:
        yield from answers_for(rol, gevaar, leeftijd)


@functools.cache
def _in_range(slug: str, leeftijd: object) -> bool:
    rng = EXPECTED_AGES.get(slug)
    if rng is None:
        return True
    lo, hi = (-0.75, 0.0) if leeftijd == UNBORN else (float(leeftijd), float(leeftijd) + 1)
    r_lo, r_hi = rng
    return (r_hi is None or lo < r_hi) and (r_lo is None or r_lo < hi)


class Sweep:
    """Runs the whole space once and records, per invariant, the first few violations."""

    def __init__(self) -> None:
        self.failures: dict[str, list[str]] = defaultdict(list)
        self.counts: dict[str, int] = defaultdict(int)
        self.combinations = 0
        self.evaluated = 0
        self.seconds = 0.0
        self.cpu_seconds = 0.0  # summed over the processes (wall time depends on the machine)
        self.directory = FakeDirectory()
        self._allowed: dict[tuple[str, str], set] = {}
        self._verified: dict[tuple[str, str], tuple] = {}
        self._texts_ok: dict[tuple, str] = {}
        # Per municipality whether it is in Flanders and Brussels, and the (steps, reader,
        # municipality) classes already evaluated there (see `run`).
        self._in_area: dict[str, bool] = {}
        self._attached: set[tuple] = set()
        # The advice per class outside Flanders and Brussels (`outside_class`, municipality).
        self._outside: dict[tuple, Advice] = {}

    def fail(self, invariant: str, answers: Answers, detail: str) -> None:
        self.counts[invariant] += 1
        if len(self.failures[invariant]) < MAX_EXAMPLES:
            self.failures[invariant].append(f"{answers.as_dict()}: {detail}")

    def allowed(self, vorm: str, nis: str) -> set:
        key = (vorm, nis)
        if key not in self._allowed:
            self._allowed[key] = self.directory.allowed_contacts(vorm, nis)
        return self._allowed[key]

    def run_situations(self, chunks=SITUATION_CHUNKS) -> None:
        """The second part, in the first municipality, every invariant per answer set."""
        directory = self.directory
        for _, rol, gevaar, age in chunks:
            for n, answers in enumerate(situation_answers(rol, gevaar, age, REPRESENTATIVES[0])):
                self.combinations += 1
                if n % 101 and not is_representative(answers):
                    continue  # covered by its class
                self.evaluated += 1
                advice = advise(answers, directory)
                self.check(answers, advice)
                self.check_contacts(answers, advice)
                if n % 101 == 0 and engine._evaluate(answers, True) != engine._plan(answers, True):
                    self.fail(INVARIANTS[6], answers, "fresh evaluation differs")

    def run(self, chunks=CHUNKS) -> None:
        """Every answer set at every representative municipality. Inside Flanders and Brussels
        an advice is the plan (the answers without the place: the engine's memo key) plus, per
        step, the contacts and route of (support form, municipality, reader). So after the
        first municipality in the area, an answer set whose steps and reader were already seen
        at a municipality adds nothing there and is not evaluated again: every 101st answer set
        is, in full, and `test_a_place_class_gives_the_same_advice` checks the classes. Outside
        Flanders and Brussels an answer set gets the advice of its `outside_class`, judged for
        its own answers (`test_an_outside_class_gives_the_same_advice`)."""
        start = time.perf_counter()
        directory = self.directory
        for n, base in enumerate(answer_space(chunks)):
            sample = n % 101 == 0
            if not sample and not is_representative(base):
                self.combinations += len(REPRESENTATIVES)  # covered by its class
                continue
            reference = None
            fresh: dict[bool, engine.Plan] = {}
            for nis in REPRESENTATIVES:
                outside = None
                if reference is not None and self._in_area.get(nis) and not sample:
                    key = (tuple(s.vorm for s in reference.stappen), base.rol, nis)
                    if key in self._attached:
                        self.combinations += 1  # covered by its class
                        continue
                    self._attached.add(key)
                elif self._in_area.get(nis) is False and not sample:
                    outside = (*outside_class(base), nis)
                # The first part has no follow-ups: the constructor is much faster than
                # `dataclasses.replace` over 3.5 million calls.
                answers = Answers(
                    gevaar=base.gevaar,
                    rol=base.rol,
                    leeftijd=base.leeftijd,
                    situatie=base.situatie,
                    gemeente=nis,
                    met=base.met,
                    lopend=base.lopend,
                    clb_bereikbaar=base.clb_bereikbaar,
                )
                self.combinations += 1
                advice = self._outside.get(outside) if outside else None
                if advice is not None:
                    # Outside Flanders and Brussels: the advice of its class, judged for these
                    # answers.
                    self.check(answers, advice)
                    self.check_contacts(answers, advice)
                    continue
                advice = advise(answers, directory)
                self.evaluated += 1
                in_wg = advice.gebied is not None and advice.gebied.in_werkingsgebied
                self._in_area[nis] = in_wg
                if outside:
                    self._outside[outside] = advice
                if in_wg and reference is not None:
                    self.check_same_plan(answers, advice, reference)
                else:
                    self.check(answers, advice)
                    if in_wg:
                        reference = advice
                self.check_contacts(answers, advice)
                if n % 101 == 0:
                    # Determinism: the memoised plan equals a fresh evaluation (which depends
                    # on the place only through `in_wg`: one per answer set and place kind),
                    # and a second call gives an equal advice.
                    if in_wg not in fresh:
                        fresh[in_wg] = engine._evaluate(answers, in_wg)
                    if fresh[in_wg] != engine._plan(answers, in_wg):
                        self.fail(INVARIANTS[6], answers, "fresh evaluation differs")
                    if advise(answers, directory) != advice:
                        self.fail(INVARIANTS[6], answers, "second call gave another advice")
        self.seconds = time.perf_counter() - start

    def merge(self, other: Sweep) -> None:
        """Add another sweep's results (from a worker process) to this one."""
        self.combinations += other.combinations
        self.evaluated += other.evaluated
        self.cpu_seconds += other.cpu_seconds
        for k, v in other.counts.items():
            self.counts[k] += v
        for k, v in other.failures.items():
            self.failures[k].extend(v[: MAX_EXAMPLES - len(self.failures[k])])

    def check(self, a: Answers, advice: Advice) -> None:
        steps = advice.stappen
        area = advice.gebied
        vormen = [s.vorm for s in steps]
        # 7: at least one step.
        if not steps:
            self.fail(INVARIANTS[6], a, "no steps")
            return
        # Order by urgency and one step per support form.
        ranks = [rules.URGENCY_RANK[s.urgentie] for s in steps]
        if ranks != sorted(ranks) or len(set(vormen)) != len(vormen):
            self.fail(INVARIANTS[8], a, f"order/duplicates: {vormen} {ranks}")
        # 1: danger → 112 first, now.
        if a.gevaar and (steps[0].vorm != "noodnummer-112" or steps[0].urgentie != "nu"):
            self.fail(INVARIANTS[0], a, f"first step {steps[0].vorm}/{steps[0].urgentie}")
        # 2: crisis → crisis meldpunt today, before every binnenkort/info step; from 19 (youth
        # care closed) something to dial today instead: 112/101 and Tele-Onthaal.
        young_adult = a.leeftijd != UNBORN and int(a.leeftijd) > YOUTH_CARE_LAST_AGE
        if "crisis" in a.situatie and area is not None and area.in_werkingsgebied and young_adult:
            today = {s.vorm for s in steps if s.urgentie in ("nu", "vandaag")}
            if not {"noodnummer-112", "tele-onthaal"} <= today:
                self.fail(INVARIANTS[1], a, f"young adult in crisis, nothing to dial: {vormen}")
        elif "crisis" in a.situatie and area is not None and area.in_werkingsgebied:
            if "crisismeldpunt" not in vormen:
                self.fail(INVARIANTS[1], a, f"no crisismeldpunt in {vormen}")
            else:
                i = vormen.index("crisismeldpunt")
                if steps[i].urgentie != "vandaag" or any(r >= 2 for r in ranks[:i]):
                    self.fail(INVARIANTS[1], a, f"crisismeldpunt not today/first: {vormen}")
        # 3: citizens reach the toegangspoort through a referrer, with bemiddeling as condition.
        if a.rol in CITIZENS and "toegangspoort" in vormen:
            i = vormen.index("toegangspoort")
            text = steps[i].wat_doen
            if not any(v in REFERRERS for v in vormen[:i]):
                self.fail(INVARIANTS[2], a, f"no referrer before toegangspoort: {vormen}")
            if "bemiddeling" not in text or "verwijzer" not in text:
                self.fail(INVARIANTS[2], a, "toegangspoort text lacks verwijzer/bemiddeling")
        # 4: no bemiddeling against OCJ/VK/toegangspoort/SDJ; say so under niet_mogelijk
        # (inside the werkingsgebied: outside it no Flemish instrument is offered at all).
        # With another party named too (a care worker, the family) bemiddeling with that
        # party can still be offered (S004:227-231; S000:125-129).
        if a.met in NO_BEMIDDELING_WITH:
            if "bemiddeling" in vormen and set(a.met_alle) <= set(NO_BEMIDDELING_WITH):
                self.fail(INVARIANTS[3], a, "bemiddeling offered")
            if (
                area is not None
                and area.in_werkingsgebied
                and not any(
                    n.vorm == "bemiddeling" and "D5" in n.regels and n.waarom
                    for n in advice.niet_mogelijk
                )
            ):
                self.fail(INVARIANTS[3], a, "no niet_mogelijk bemiddeling with D5")
        # 5: ages.
        for s in steps:
            # G1: the CLB follows pupils longer: with a disability until 25, in buitengewoon
            # onderwijs until 21 (S003:7896-7902); a school in crisis at 18 goes via the CLB.
            clb_longer = s.vorm == "clb" and (
                ("handicap" in a.situatie and a.leeftijd in range(18, 25))
                or (a.rol == "school" and a.leeftijd == 18 and "crisis" in a.situatie)
                # buitengewoon onderwijs until 21 (S003:7896-7902)
                or (a.school_situatie == "buitengewoon" and a.leeftijd in range(18, 21))
            )
            # Kind en Gezin for an expecting young parent, or a family by its youngest child
            # (S003:11686-11688, 12068-12074).
            family_kg = s.vorm == "kind-en-gezin" and bool(a.zwanger or a.jong_kind)
            if not _in_range(s.vorm, a.leeftijd) and not (clb_longer or family_kg):
                self.fail(INVARIANTS[4], a, f"{s.vorm} outside its age range")
            if s.vorm in MINORS_ONLY and (a.leeftijd == UNBORN or int(a.leeftijd) >= 18):
                self.fail(INVARIANTS[4], a, f"{s.vorm} for a non-minor")
        # 6: reasons and rule ids.
        for item in (*steps, *advice.niet_mogelijk):
            if not item.waarom.strip() or "{" in item.waarom:
                self.fail(INVARIANTS[5], a, f"{item.vorm}: empty or unfilled waarom")
            if not item.regels or not set(item.regels) <= KNOWN_IDS:
                self.fail(INVARIANTS[5], a, f"{item.vorm}: rule ids {item.regels}")
        for s in steps:
            if not s.titel or not s.wat_doen or "{" in s.wat_doen:
                self.fail(INVARIANTS[5], a, f"{s.vorm}: empty titel/wat_doen")
        in_wg = area is not None and area.in_werkingsgebied
        # 10: thoughts of suicide → the Zelfmoordlijn right after 112/101, today or sooner.
        if "zelfdoding" in a.situatie:
            rest = [s for s in steps if s.vorm not in ("noodnummer-112", "politie-101")]
            first = rest[0] if rest else None
            if in_wg and (
                first is None
                or first.vorm != "zelfmoordlijn-1813"
                or first.urgentie not in ("nu", "vandaag")
            ):
                self.fail(INVARIANTS[9], a, f"1813 not right after 112/101: {vormen}")
            if not in_wg and not any(
                s.vorm == "noodnummer-112" and s.urgentie in ("nu", "vandaag") for s in steps
            ):
                self.fail(INVARIANTS[9], a, f"outside: no 112 today: {vormen}")
        # 11: only parties ask for bemiddeling (a school or another person is told to inform).
        if a.rol not in PARTIES and "bemiddeling" in vormen:
            s = steps[vormen.index("bemiddeling")]
            if set(s.regels) != {"D8"}:
                self.fail(INVARIANTS[10], a, f"third party offered bemiddeling: {s.regels}")
        # 12: young adults reach the toegangspoort only at 18 or with a disability.
        adult = a.leeftijd != UNBORN and int(a.leeftijd) >= 18
        conditions = a.leeftijd == 18 or "handicap" in a.situatie
        if adult and "toegangspoort" in vormen and not conditions:
            self.fail(INVARIANTS[11], a, "toegangspoort for an adult without a condition")
        # 14: no youth-care-only route above its sourced age without its sourced exception.
        self.check_youth_care_ages(a, advice)
        # 13: texts.
        group = (
            "adult"
            if adult
            else "baby"
            if a.leeftijd in (UNBORN, 0, 1)
            else "child"
            if int(a.leeftijd) < 12
            else "teen"
        )
        citizen = a.rol in CITIZENS
        for s in steps:
            key = (s.titel, s.wat_doen, s.waarom, group, citizen)
            problem = self._texts_ok.get(key)
            if problem is None:
                problem = _text_problem(s.titel, s.wat_doen, s.waarom, group, citizen)
                self._texts_ok[key] = problem
            if problem:
                self.fail(INVARIANTS[12], a, f"{s.vorm}: {problem}")

    def check_youth_care_ages(self, a: Answers, advice: Advice) -> None:
        """Invariant 14. Youth care stops at 18 (S003:5506-5510); help can still start at 18
        (contextbegeleiding, S003:5192-5196) and VAPH help runs "tot 25 jaar" (S003:6482). So:
        the crisis youth network (S000:53-62) only up to 18; OCJ/VK only for minors; an
        application at the toegangspoort, or a text promising one, only up to 18 or with a
        disability under 25."""
        if a.leeftijd == UNBORN:
            return
        age = int(a.leeftijd)
        vormen = [s.vorm for s in advice.stappen]
        if age > YOUTH_CARE_LAST_AGE and "crisismeldpunt" in vormen:
            self.fail(INVARIANTS[13], a, "crisis youth network for a young adult")
        if age >= 18 and {"ocj", "vk", "ocj-consult"} & set(vormen):
            self.fail(INVARIANTS[13], a, "OCJ/VK aanmelding for an adult")
        gate_open = age <= YOUTH_CARE_LAST_AGE or ("handicap" in a.situatie and age < 25)
        if gate_open:
            return
        if "toegangspoort" in vormen:
            self.fail(INVARIANTS[13], a, "toegangspoort application above its age")
        for s in advice.stappen:
            if any(p in s.wat_doen for p in APPLICATION_PROMISES):
                self.fail(INVARIANTS[13], a, f"{s.vorm}: promises an application: {s.wat_doen}")

    def check_same_plan(self, a: Answers, advice: Advice, reference: Advice) -> None:
        """Invariants 1-7 depend on the answers and on in_werkingsgebied only: rules cannot see
        the region (`rules.Context` has no region field). So for the 2nd-6th municipality in
        Flanders/Brussels it suffices that the steps equal those of the 1st (fully checked)
        apart from their contacts; invariant 8 is checked for every municipality."""
        steps, ref = advice.stappen, reference.stappen
        same = len(steps) == len(ref) and all(
            s.vorm == r.vorm
            and s.urgentie == r.urgentie
            and s.waarom == r.waarom
            and s.regels == r.regels
            and s.wat_doen == r.wat_doen
            for s, r in zip(steps, ref, strict=True)
        )
        if not same or advice.niet_mogelijk != reference.niet_mogelijk:
            self.fail(
                INVARIANTS[6], a, "advice differs between municipalities of the werkingsgebied"
            )

    def check_contacts(self, a: Answers, advice: Advice) -> None:
        """Invariant 8: contacts cover the municipality; missing ones are marked, not replaced.
        Invariant 9: every step has a contact or a route with something to dial or click, and
        only then does the advice say that those steps tell what to do meanwhile."""
        nis = advice.gebied.nis if advice.gebied is not None else ""
        dead_end = False
        for s in advice.stappen:
            if s.contact_gekend != bool(s.contacten):
                self.fail(INVARIANTS[7], a, f"{s.vorm}: contact_gekend wrong")
            if not s.contacten:
                route = s.route
                if route is None or not (
                    route.pagina or any(c.telefoon or c.website for c in route.contacten)
                ):
                    dead_end = True
                    self.fail(INVARIANTS[13], a, f"{s.vorm}: no contact and no route")
                elif not route.uitleg:
                    self.fail(INVARIANTS[13], a, f"{s.vorm}: route without a text")
            elif s.route is not None:
                self.fail(INVARIANTS[13], a, f"{s.vorm}: a route beside a known contact")
            # Each contact tuple is checked once per (support form, municipality).
            key = (s.vorm, nis)
            if s.contacten and self._verified.get(key) is not s.contacten:
                if set(s.contacten) <= self.allowed(s.vorm, nis):
                    self._verified[key] = s.contacten
                else:
                    self.fail(INVARIANTS[7], a, f"{s.vorm}: contact of another area")
        notice = any(NOTICE_ACT_MEANWHILE in m for m in advice.meldingen)
        if notice and dead_end:
            self.fail(INVARIANTS[13], a, "the notice promises what a step does not give")
        if not notice and not dead_end and not all(s.contacten for s in advice.stappen):
            self.fail(INVARIANTS[13], a, "steps with a route but no notice")


def _text_problem(titel: str, wat_doen: str, waarom: str, group: str, citizen: bool) -> str:
    """What is wrong with one step's texts for this age group and register ("" when nothing)."""
    sentences = SENTENCE_END.split(waarom)
    if len(sentences) != len(set(sentences)):
        return f"sentence repeated in waarom: {waarom!r}"
    if all(x.startswith("Je zei") for x in sentences):
        return f"waarom only repeats the answers: {waarom!r}"
    if titel.startswith("Of "):
        return f"title starts with 'Of': {titel!r}"
    text = f"{titel} {wat_doen} {waarom}"
    if group == "adult" and "het kind" in text:
        return "an adult is called 'het kind'"
    if citizen and group == "baby" and "CLB" in text:
        return "the CLB named for a baby"
    if citizen and group in ("baby", "child") and "JAC" in text:
        return "the JAC named for a child under 12"
    if "regionaal loket" in text or "Brussel: de toegangspoort" in text:
        return "outdated or unsourced term"
    return ""


def _run_chunk(chunk: tuple) -> Sweep:
    part = Sweep()
    cpu = time.process_time()
    if chunk[0] == "situaties":
        part.run_situations((chunk,))
    else:
        part.run((chunk,))
    part.cpu_seconds = time.process_time() - cpu
    part._allowed.clear()  # keep what goes back to the parent process small
    part._verified.clear()
    part._texts_ok.clear()
    part._attached.clear()
    part._outside.clear()
    return part


@pytest.fixture(scope="module")
def sweep() -> Sweep:
    """The whole space, evaluated once for all invariant tests of this module.

    Split over the machine's cores (fork: the workers inherit the imported modules); one core
    runs it in-process.
    """
    engine._PLANS.clear()
    total = Sweep()
    start = time.perf_counter()
    workers = min(os.cpu_count() or 1, 4)
    if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for part in pool.imap(_run_chunk, CHUNKS + SITUATION_CHUNKS):
                total.merge(part)
    else:
        for chunk in CHUNKS + SITUATION_CHUNKS:
            total.merge(_run_chunk(chunk))
    total.seconds = time.perf_counter() - start
    return total


def test_space_is_complete(sweep: Sweep) -> None:
    """The sweep covered exactly the enumerated space (count computed independently)."""
    assert len(SITUATION_SETS) == 13 + 78 + 286  # 13 situations, one to three at a time
    assert sweep.combinations == EXPECTED_COMBINATIONS + EXPECTED_SITUATION_COMBINATIONS
    if os.environ.get("ROUTING_SWEEP_REPORT"):
        print(
            f"\n{sweep.combinations} combinations ({sweep.evaluated} evaluated) "
            f"in {sweep.seconds:.1f} s ({sweep.cpu_seconds:.1f} s of CPU)"
        )


def test_a_place_class_gives_the_same_advice() -> None:
    """Why `Sweep.run` may skip an answer set at a municipality once its class (steps,
    reader, municipality) was evaluated there: two answer sets of one class get the same
    contacts, routes, contact marks and notices, and each the plan it gets in the first
    municipality. Checked on a seeded sample of the space, at every municipality in the area."""
    directory = FakeDirectory()
    rng = random.Random(20261205)
    chunks = [(rng.choice(ROLES), rng.choice((True, False)), rng.choice(AGES)) for _ in range(40)]
    bases = [b for chunk in chunks for b in rng.sample(_chunk(*chunk, False), 100)]
    seen: dict[tuple, Advice] = {}
    compared = 0
    for base in bases:
        first = advise(dataclasses.replace(base, gemeente=REPRESENTATIVES[0]), directory)
        for nis in REPRESENTATIVES[1:]:
            advice = advise(dataclasses.replace(base, gemeente=nis), directory)
            if not advice.gebied.in_werkingsgebied:
                continue
            plan = [
                (s.vorm, s.urgentie, s.titel, s.wat_doen, s.waarom, s.regels)
                for s in advice.stappen
            ]
            assert plan == [
                (s.vorm, s.urgentie, s.titel, s.wat_doen, s.waarom, s.regels) for s in first.stappen
            ]
            assert advice.niet_mogelijk == first.niet_mogelijk
            key = (tuple(s.vorm for s in first.stappen), base.rol, nis)
            other = seen.setdefault(key, advice)
            if other is not advice:
                compared += 1
                assert [(s.contacten, s.route, s.contact_gekend) for s in advice.stappen] == [
                    (s.contacten, s.route, s.contact_gekend) for s in other.stappen
                ]
                assert advice.meldingen == other.meldingen
    assert compared > 1000, compared


@pytest.mark.parametrize("invariant", INVARIANTS)
def test_invariant(sweep: Sweep, invariant: str) -> None:
    """Each invariant holds for every combination."""
    examples = sweep.failures.get(invariant, [])
    assert not examples, (
        f"invariant {invariant} broken in {sweep.counts[invariant]} combinations, e.g.:\n"
        + "\n".join(examples)
    )


def test_rule_table_matches_seed_ages() -> None:
    """rules.AGE_RANGES agrees with the seed ages written independently above."""
    for slug, rng in EXPECTED_AGES.items():
        assert rules.AGE_RANGES.get(slug) == rng, slug


# --- why the second part of the space is enough (docs/engine.md, "The answer space") ----------

FOLLOW_UP_READS = (
    *(f"c.answers.{f.key}" for f in FOLLOW_UPS),
    "came_of_age",
    "unilateral_stop",
    "met_alle",
    "FAMILY_PARTIES",
    "conflict_with_hulpverlener",
)


@functools.cache
def _condition_source(rule: rules.Rule) -> str:
    """The source of a rule's condition and of the functions of its module that it calls."""
    source = inspect.getsource(rule.applies)
    module = vars(inspect.getmodule(rule.applies))
    called = [
        f
        for name, f in module.items()
        if callable(f) and f"{name}(" in source and name != rule.applies.__name__
    ]
    return source + "".join(inspect.getsource(f) for f in called if inspect.isfunction(f))


def _reads_follow_ups(rule: rules.Rule) -> bool:
    return any(word in _condition_source(rule) for word in FOLLOW_UP_READS)


def test_danger_and_the_follow_ups_are_read_by_different_rules() -> None:
    """No rule reads both `gevaar` and a follow-up, and none that reads a follow-up runs outside
    Flanders and Brussels: so the second part needs gevaar nee and one municipality only."""
    readers = [r for r in rules.RULES if _reads_follow_ups(r)]
    assert {r.key for r in readers} >= {r.key for r in rules.RULES if r.topic == "situations"}
    for rule in readers:
        assert "gevaar" not in inspect.getsource(rule.applies), rule.key
        assert not rule.everywhere, rule.key
    # Every support form these rules give is one the first part checks in every municipality.
    first_part = {r.step.vorm for r in rules.RULES if r.step and r not in readers}
    assert {r.step.vorm for r in readers if r.step} <= first_part


def test_no_reads_as_not_given() -> None:
    """A follow-up answered "nee" (or `wacht` nee) gives the advice of not answering it, so the
    second part leaves "nee" out. Checked on a sample of the whole product, sets of three
    situations included."""
    rng = random.Random(20)
    directory = FakeDirectory()
    checked = 0
    for _ in range(3000):
        rol, age = rng.choice(ROLES), rng.choice(AGES)
        situatie = rng.choice(SITUATION_SETS)
        nee = {f.key: False if f.yes_no else f.neutral[0] for f in FOLLOW_UPS}
        base = Answers(gevaar=False, rol=rol, leeftijd=age, situatie=situatie, gemeente="44021")
        said = dataclasses.replace(base, **nee)
        a, b = advise(base, directory), advise(said, directory)
        assert (a.stappen, a.niet_mogelijk) == (b.stappen, b.niet_mogelijk), said
        checked += 1
    assert checked == 3000


def test_sets_of_three_situations_with_follow_ups_keep_the_invariants() -> None:
    """The second part stops at two situations; a random sample of three, with every
    follow-up, checks the invariants there too."""
    rng = random.Random(3)
    threes = [s for s in SITUATION_SETS if len(s) == 3]
    sweep = Sweep()
    for _ in range(4000):
        rol, age = rng.choice(ROLES), rng.choice(AGES)
        situatie = rng.choice(threes)
        data = {
            "gevaar": ["ja" if rng.random() < 0.3 else "nee"],
            "rol": [rol],
            "leeftijd": [str(age)],
            "situatie": list(situatie),
            "gemeente": [rng.choice(REPRESENTATIVES[:-1])],
            "met": rng.sample(CONFLICT_PARTIES, rng.choice((0, 1, 2))),
            "lopend": [rng.choice(("ja", "nee"))],
            **{f.key: [rng.choice(f.values)] for f in FOLLOW_UPS},
            # Needed when the crisis is said to be elsewhere; ignored otherwise.
            "crisis_gemeente": [rng.choice(REPRESENTATIVES)],
        }
        answers = parse_answers(data)
        sweep.check(answers, advise(answers, sweep.directory))
    assert not any(sweep.failures.values()), dict(sweep.failures)


def test_a_notice_only_follow_up_adds_its_notice_and_nothing_else() -> None:
    """Why the answer space leaves a `notice_only` follow-up (the language at home) out: only
    notice rules (`Rule.melding`) read it, and on a sample of answers every value of it gives
    the advice without it plus at most those rules' notices."""
    notice_only = [f for f in FOLLOW_UPS if f.notice_only]
    assert notice_only
    for f in notice_only:
        readers = [r for r in rules.RULES if f"c.answers.{f.key}" in inspect.getsource(r.applies)]
        assert readers and all(r.melding and not r.step for r in readers), f.key
    notices = {r.key for r in rules.RULES if r.melding}
    rng = random.Random(12)
    directory = FakeDirectory()
    for _ in range(2000):
        data = {
            "gevaar": [rng.choice(("ja", "nee"))],
            "rol": [rng.choice(ROLES)],
            "leeftijd": [str(rng.choice(AGES))],
            "situatie": list(rng.choice(SITUATION_SETS)),
            "gemeente": [rng.choice(REPRESENTATIVES)],
            "met": rng.sample(CONFLICT_PARTIES, rng.choice((0, 1, 2))),
            "lopend": [rng.choice(("ja", "nee"))],
            **{g.key: [rng.choice(g.values)] for g in FOLLOW_UPS if not g.notice_only},
            "crisis_gemeente": [rng.choice(REPRESENTATIVES)],
        }
        base = parse_answers(data)
        plain = advise(base, directory)
        for f in notice_only:
            for value in f.values:
                said = advise(parse_answers({**data, f.key: [value]}), directory)
                assert (said.stappen, said.niet_mogelijk, said.andere_systemen) == (
                    plain.stappen,
                    plain.niet_mogelijk,
                    plain.andere_systemen,
                ), (data, value)
                added = [m for m in said.meldingen if m not in plain.meldingen]
                assert said.meldingen[: len(plain.meldingen)] == plain.meldingen
                allowed = {rules.text(k, "wat_doen", base.rol) for k in notices}
                assert set(added) <= allowed, added


# --- why `Sweep` evaluates one answer set per class of `representative` -----------------------


@functools.cache
def _chunk(rol: str, gevaar: bool, age: object, second: bool) -> tuple[Answers, ...]:
    if second:
        return tuple(situation_answers(rol, gevaar, age, REPRESENTATIVES[0]))
    return tuple(answers_for(rol, gevaar, age, REPRESENTATIVES[0]))


@functools.cache
def _enumerated(rol: str, gevaar: bool, age: object, second: bool) -> frozenset[Answers]:
    return frozenset(_chunk(rol, gevaar, age, second))


def _class_members(rng: random.Random, count: int) -> list[tuple[Answers, Answers]]:
    """`count` answer sets of both parts that `representative` maps to another, with it."""
    members = []
    while len(members) < count:
        second = rng.random() < 0.5
        rol, age = rng.choice(ROLES), rng.choice(AGES)
        gevaar = False if second else rng.choice((True, False))
        chunk = _chunk(rol, gevaar, age, second)
        for answers in rng.sample(chunk, 100):
            rep = representative(answers)
            if rep is not answers:
                members.append((answers, rep))
    return members[:count]


def test_a_class_of_answers_gives_the_same_advice() -> None:
    """Why `Sweep` evaluates only `representative(answers)`: with a care worker as the only
    party, `lopend` nee (or ja where it is not asked) or `clb_bereikbaar` ja, the advice
    (computed afresh, without the engine's memo) is that of the answers without them, at
    every municipality, and the invariants judge both alike; the representative is itself
    enumerated (in the same part, or, without follow-ups, in the first)."""
    rng = random.Random(20261206)
    directory = FakeDirectory()
    kinds: dict[str, int] = defaultdict(int)
    judge = Sweep()
    engine.MEMOISE = False
    try:
        for answers, rep in _class_members(rng, 2000):
            for name in ("met", "lopend", "clb_bereikbaar"):
                if getattr(answers, name) != getattr(rep, name):
                    kinds[f"{name} {getattr(answers, name)}"] += 1
            assert representative(rep) is rep
            follow_up = any(getattr(rep, f.key) is not None for f in FOLLOW_UPS)
            second = follow_up or rep.met_ook or rep.met not in METS
            assert rep in _enumerated(rep.rol, rep.gevaar, rep.leeftijd, bool(second)), rep
            nis = rng.choice(REPRESENTATIVES)
            a = advise(dataclasses.replace(answers, gemeente=nis), directory)
            b = advise(dataclasses.replace(rep, gemeente=nis), directory)
            assert dataclasses.replace(a, antwoorden=b.antwoorden) == b, answers
            # And the invariants judge both alike.
            assert _verdicts(judge, answers, a) == _verdicts(judge, rep, b), answers
    finally:
        engine.MEMOISE = True
    assert len(kinds) == 4 and min(kinds.values()) > 50, dict(kinds)


def _verdicts(judge: Sweep, answers: Answers, advice: Advice) -> dict[str, int]:
    """The violations `judge` finds in this advice, per invariant."""
    before = dict(judge.counts)
    judge.check(answers, advice)
    judge.check_contacts(answers, advice)
    return {k: n - before.get(k, 0) for k, n in judge.counts.items() if n != before.get(k, 0)}


CHECKS = (Sweep.check, Sweep.check_youth_care_ages, Sweep.check_contacts, _text_problem)


@pytest.mark.parametrize("name", ["lopend", "clb_bereikbaar"])
def test_the_invariants_do_not_read_what_the_classes_leave_out(name: str) -> None:
    """The checks read neither `lopend` nor `clb_bereikbaar`: equal advice within a class
    means equal verdicts. No rule condition reads `lopend`; conditions read `clb_bereikbaar`
    only as nee (so ja reads as not given)."""
    assert not any(name in inspect.getsource(f) for f in CHECKS)
    for rule in rules.RULES:
        reads = re.findall(rf"{name}\b[^\n]*", _condition_source(rule))
        allowed = ("clb_bereikbaar is False", "clb_bereikbaar is not False")
        assert all(r.startswith(allowed) for r in reads), (rule.key, reads)


def test_the_invariants_read_met_as_one_of_the_four_services_only() -> None:
    """The checks read `met` only as one of the four services bemiddeling is impossible
    with (the parties named beside it only then): a care worker named alone and no party
    named are judged alike."""
    reads = [r for f in CHECKS for r in re.findall(r"a\.met\w*\b[^\n]*", inspect.getsource(f))]
    assert reads and reads[0] == "a.met in NO_BEMIDDELING_WITH:", reads
    assert all(r.startswith("a.met_alle) <= set(NO_BEMIDDELING_WITH)") for r in reads[1:]), reads


def test_an_outside_class_gives_the_same_advice() -> None:
    """Why `Sweep.run` judges an answer set outside Flanders and Brussels with the advice of
    its `outside_class`: only the rules marked `everywhere` run there, their conditions read
    the danger answer and thoughts of suicide, their texts only the suicide sentence (which
    depends on the reader and the age); and on a seeded sample, the advice of one class is
    equal at the municipality outside."""
    outside_rules = [r for r in rules.RULES if r.everywhere]
    assert outside_rules
    # The first part, where the classes are used, has no follow-ups: reading one changes
    # nothing there.
    allowed = {"c.answers.gevaar", "c.suicide", "c.in_werkingsgebied"} | {
        f"c.answers.{f.key}" for f in FOLLOW_UPS
    }
    for rule in outside_rules:
        reads = set(re.findall(r"\bc\.[\w.]+", _condition_source(rule)))
        assert reads <= allowed, (rule.key, reads - allowed)
        names = {n for t in rule.texts.values() for _, n, _, _ in Formatter().parse(t) if n}
        assert names <= {"zelfdoding_zin"}, (rule.key, names)
    luik = REPRESENTATIVES[-1]
    directory = FakeDirectory()
    assert not directory.area_for(None, luik).in_werkingsgebied
    rng = random.Random(20261207)
    seen: dict[tuple, Advice] = {}
    compared = 0
    for rol, gevaar, age in rng.sample(CHUNKS, 30):
        for base in rng.sample(_chunk(rol, gevaar, age, False), 100):
            advice = advise(dataclasses.replace(base, gemeente=luik), directory)
            first = seen.setdefault(outside_class(base), advice)
            if first is not advice:
                compared += 1
                assert dataclasses.replace(advice, antwoorden=first.antwoorden) == first, base
    assert compared > 2500, compared


def test_the_lopend_sentence_comes_only_where_lopend_is_asked() -> None:
    """Why `lopend` ja reads as not given where the vocabulary does not ask it: the rules
    whose texts carry its sentence fire for no role, age and set of situations without
    those situations (exhaustive over the first part's roles, ages and sets)."""
    readers = [r for r in rules.RULES if any("{lopend_zin}" in t for t in r.texts.values())]
    assert readers
    fired = 0
    for rol in ROLES:
        for age in AGES:
            for situatie in SITUATION_SETS:
                answers = Answers(gevaar=False, rol=rol, leeftijd=age, situatie=situatie)
                ctx = rules.Context.of(answers, True)
                hits = [r.key for r in readers if r.applies(ctx)]
                fired += bool(hits)
                assert not hits or asks_lopend(situatie), (answers, hits)
    assert fired  # the rules do fire where it is asked
