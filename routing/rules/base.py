"""The parts every rule family shares: the context a rule sees, the `Rule` unit, the age table.

No Django imports here.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from routing.answers import Answers
from routing.vocabulary import ADULT_AGE, UNBORN, tot, tot_en_met

URGENCIES = ("nu", "vandaag", "binnenkort", "info")
URGENCY_RANK = {u: i for i, u in enumerate(URGENCIES)}
TOPICS = (
    "product",
    "crisis",
    "mandate",
    "accessibility",
    "disagreement",
    "age",
    "situations",
    "other-system",
)
#: The region whose places also have the French Community's services, another system beside
#: the Flemish one (R-BXL-FR).
BRUSSELS = "brussel"

# Pregnancy: Kind en Gezin and zorggarantie start at "-9 maanden" (S003:11686-11688, 14820-14822).
PREGNANCY = -0.75
NO_BEMIDDELING_WITH = frozenset({"ocj", "vk", "toegangspoort", "sdj"})  # D5, S004:221-225
#: The support forms whose contacts are those of the place of the crisis when it is elsewhere:
#: the crisis meldpunt "in je regio" (S001:71). An application at the toegangspoort stays with
#: the province where the pupil officially lives (S001:43, S001:100).
AT_CRISIS_PLACE = frozenset({"crisismeldpunt"})

# Youth care stops at 18 ("Eens 18, stopt de jeugdhulp", S003:5506-5510). Its only sourced
# exceptions: contextbegeleiding "kan nog opgestart worden op 18 j." (S003:5192-5196), and VAPH
# help that is not directly accessible, "NRTH: tot 25 jaar" (S003:6482). `ADULT_AGE` (18)
# lives in the vocabulary, which asks its follow-ups by it too.
VAPH_NRTH_UNTIL = 25
# The CLB follows some pupils past 18: "kan ook langer zoals B.O. (21 jaar), handicap (25
# jaar)" (S003:7896-7902); per pupil, so the advice says it may, not that it will.
CLB_LONGER = {"buitengewoon onderwijs": tot(21), "handicap": tot(25)}

# Age range per support form, in years, half-open [from, until); None = no bound in the seeds.
# An integer age a is the interval [a, a+1); "ongeboren" is [PREGNANCY, 0). A form is possible
# when its range overlaps that interval. Forms not listed have no age limit in the seeds (CAW:
# "voor iedereen", S003:8890-8892; bemiddeling: none stated, G10). The crisis meldpunt is youth
# care: its age is `Context.youth_care`, not a row here. "tot N" and "tot en met N" are read as
# the vocabulary decides (`tot`, `tot_en_met`).
AGE_RANGES: dict[str, tuple[float | None, float | None]] = {
    # G2: "-9 maanden tot 3 jaar" (S003:11686-11688).
    "kind-en-gezin": (PREGNANCY, tot(3)),
    # G1: "van 2,5 tot 18 jaar" (S001:51). The extensions (buitengewoon onderwijs 21, handicap
    # 25, S003:7896-7902) are exceptions per pupil (`CLB_LONGER`).
    "clb": (2.5, tot(18)),
    # G3: "jongeren tussen 12 en 25 jaar" (S003:8894-8896): 25 included.
    "jac": (12, tot_en_met(25)),
    # M-rules: OCJ/VK consult and aanmelding only for minors; the consulent stops at 18 (G6).
    "ocj": (0, tot(18)),
    "ocj-consult": (0, tot(18)),
    "vk": (0, tot(18)),
    # ACT target group "alle kinderen en jongeren" (S003:10460-10466); its latest exception is
    # NRTH VAPH "tot 25 jaar" (S003:6482). Not before birth: no prenatal offer in the seeds.
    "toegangspoort": (0, tot(VAPH_NRTH_UNTIL)),
    # No seed limits cliëntoverleg to minors (S004:102 "Iedereen kan cliëntoverleg aanvragen";
    # S004:104-105 limits only requesters from outside the decree). It belongs to youth care,
    # which for a young adult runs on only in the exceptions of `Context.gate_open`; the advice
    # cannot tell whether it still runs, so the step is for minors and R-CAW-TRAJECT names
    # cliëntoverleg to young adults still in youth care.
    "clientoverleg": (0, tot(18)),
    # Rechtspositiedecreet: the minor's vertrouwenspersoon (S003:13874-13892).
    "vertrouwenspersoon": (0, tot(18)),
    # RTH "0 tot 21 jaar" (S003:6468); DOP has no limit.
    "thuisbegeleidingsdienst-vaph": (0, tot(21)),
    # 1G1P "gezinnen met kinderen en jongeren tussen 0-25 jaar" (S003:1380-1382).
    "1g1p": (0, tot_en_met(25)),
    "eerstelijnspsycholoog": (0, tot_en_met(25)),
    # "aanstaande ouders … tot 12/13 jaar, tot 18 jaar" differs per werking (S003:8902-8906):
    # the widest reading, the step says the limit differs per municipality.
    "gezinscoaching": (PREGNANCY, tot(18)),
    # Not in the seeds: Awel is for "children and young people" (its own site); minors only,
    # young adults get Tele-Onthaal and the JAC. nupraatikerover: "minors and young adults".
    "awel": (0, tot(18)),
    "nupraatikerover": (0, tot_en_met(25)),
}


def age_interval(leeftijd: int | str) -> tuple[float, float]:
    """The age of the answers as a half-open interval in years."""
    if leeftijd == UNBORN:
        return (PREGNANCY, 0.0)
    a = float(leeftijd)
    return (a, a + 1.0)


def age_allows(slug: str, leeftijd: int | str) -> bool:
    """True when support form `slug` is possible at this age (interval overlap with its range)."""
    rng = AGE_RANGES.get(slug)
    if rng is None:
        return True
    lo, hi = age_interval(leeftijd)
    r_lo, r_hi = rng
    return (r_hi is None or lo < r_hi) and (r_lo is None or r_lo < hi)


@lru_cache(maxsize=64)
def excluded_at(leeftijd: int | str) -> frozenset[str]:
    """The support forms of `AGE_RANGES` that are not possible at this age."""
    return frozenset(slug for slug in AGE_RANGES if not age_allows(slug, leeftijd))


@dataclass(frozen=True)
class Context:
    """What a rule may look at: the answers, whether the place is in Flanders/Brussels, and
    whether it is in Brussels.

    Deliberately not the region: regional differences are in the catalogue's contacts, so the
    same answers give the same steps everywhere in the werkingsgebied. `in_brussel` is only
    read by the rules for another system (`Rule.other_system`): in Brussels the French
    Community's services work beside the Flemish ones, which no contact of a step can say.
    """

    answers: Answers
    in_werkingsgebied: bool
    sit: frozenset[str]
    rol: str
    citizen: bool
    prof: bool
    minor: bool  # an age under 18 (not unborn)
    adult: bool  # 18 or older
    excluded: frozenset[str]  # support forms outside their age range at this age
    suicide: bool  # the person said that someone thinks about suicide
    # Youth care can still start: unborn, a minor, or 18 (contextbegeleiding, S003:5192-5196).
    youth_care: bool
    # An application at the toegangspoort is possible: youth care can start, or a (suspected)
    # disability within the toegangspoort's age (VAPH NRTH "tot 25 jaar", S003:6482).
    gate_open: bool
    # The CLB may still follow the pupil: its ages, or past 18 in buitengewoon onderwijs or with
    # a (suspected) disability (`CLB_LONGER`).
    clb_may_follow: bool
    # Every conflict party named (`met`, several allowed).
    met_alle: frozenset[str]
    # The help stopped because the young person came of age: not a unilateral stop by a care
    # worker, but the law ("Eens 18, stopt de jeugdhulp", S003:5506-5510).
    came_of_age: bool
    # Help is being stopped by a care worker without agreement (situation gestopt), not
    # because the young person came of age.
    unilateral_stop: bool
    in_brussel: bool = False  # the place is in the Brussels-Capital Region

    @classmethod
    def of(cls, answers: Answers, in_werkingsgebied: bool, in_brussel: bool = False) -> Context:
        """Build the context once per evaluation; rules only read these precomputed fields."""
        age = answers.leeftijd
        sit = frozenset(answers.situatie)
        if "zelfdoding" in sit:
            # Thoughts of suicide are also a mental-health question: every rule for
            # `psychisch` applies too (after the Zelfmoordlijn, which comes first).
            sit |= {"psychisch"}
        excluded = excluded_at(age)
        adult = age != UNBORN and int(age) >= ADULT_AGE
        youth_care = not adult or int(age) == ADULT_AGE
        handicap = "handicap" in sit
        clb_until = max(CLB_LONGER.values()) if handicap else CLB_LONGER["buitengewoon onderwijs"]
        came_of_age = bool(answers.gestopt_18) and adult
        return cls(
            answers=answers,
            in_werkingsgebied=in_werkingsgebied,
            sit=sit,
            rol=answers.rol,
            citizen=not answers.is_professional,
            prof=answers.is_professional,
            minor=age != UNBORN and not adult,
            adult=adult,
            excluded=excluded,
            suicide="zelfdoding" in sit,
            youth_care=youth_care,
            gate_open=youth_care or (handicap and "toegangspoort" not in excluded),
            clb_may_follow="clb" not in excluded or (adult and int(age) < clb_until),
            met_alle=frozenset(answers.met_alle),
            came_of_age=came_of_age,
            unilateral_stop="gestopt" in sit and not came_of_age,
            in_brussel=in_brussel,
        )

    def age_ok(self, slug: str) -> bool:
        """Whether support form `slug` is within its age range for these answers."""
        return slug not in self.excluded

    def conflict_with_hulpverlener(self) -> bool:
        """A conflict or unilateral stop with a care worker (or with nobody named)."""
        return ("conflict" in self.sit or self.unilateral_stop) and self.answers.met in (
            None,
            "hulpverlener",
        )


# What each field of `Context` means, in words: the rule book writes every condition with
# these, so a reviewer can check it without reading Python.
CONTEXT_WORDS = {
    "in_werkingsgebied": "the place is in Flanders or Brussels",
    "citizen": "the role is a citizen",
    "prof": "the role is a professional",
    "minor": "the age is under 18 (born)",
    "adult": "the age is 18 or older",
    "suicide": "someone thinks about suicide (situation zelfdoding)",
    "youth_care": f"youth care can still start (unborn, under {ADULT_AGE}, or exactly {ADULT_AGE})",
    "gate_open": (
        "an application at the toegangspoort is possible (youth care can still start, or a "
        f"(suspected) disability under {VAPH_NRTH_UNTIL})"
    ),
    "clb_may_follow": (
        f"the CLB may still follow the pupil (its ages, or from {ADULT_AGE} until "
        f"{CLB_LONGER['buitengewoon onderwijs']:g} in buitengewoon onderwijs, until "
        f"{CLB_LONGER['handicap']:g} with a (suspected) disability; the last year excluded)"
    ),
    "conflict_with_hulpverlener": (
        "the situation includes conflict, or gestopt not because of coming of age, with a care "
        "worker or nobody named"
    ),
    "came_of_age": "the help stopped because the young person turned 18 (gestopt_18, 18+)",
    "unilateral_stop": (
        "the situation includes gestopt and the help did not stop because of coming of age"
    ),
    "in_brussel": "the place is in the Brussels-Capital Region",
}


@dataclass(frozen=True)
class StepSpec:
    """A step a rule yields: the support form and how urgent it is."""

    vorm: str
    urgentie: str


@dataclass(frozen=True)
class OtherSystemSpec:
    """A service of another system a rule names beside the advice (`Advice.andere_systemen`):
    the catalogue's support form `vorm`, only when the advice has a step for `beside` (its
    Flemish counterpart). Never a step: its contacts are not the region's Flemish ones."""

    vorm: str
    beside: str


@dataclass(frozen=True)
class NotPossibleSpec:
    """A "not possible" entry a rule yields; its reason is the rule's `waarom` text."""

    vorm: str


@dataclass(frozen=True, eq=False)
class Rule:
    """One routing rule.

    `key` is unique and stable; `id` is the seed rule id (or a new id documented in the
    package docstring), `refs` further rule ids it implements. `applies` is a predicate on a
    `Context`; its docstring explains the reading, including any tension between seeds it resolves.
    A step is only yielded when its support form is within its age range (`AGE_RANGES`).
    `everywhere` rules also run outside Flanders and Brussels; `fallback` rules only run when
    no other rule gave a step.
    """

    key: str
    id: str
    topic: str
    applies: Callable[[Context], bool]
    source: str
    step: StepSpec | None = None
    niet_mogelijk: NotPossibleSpec | None = None
    other_system: OtherSystemSpec | None = None
    refs: tuple[str, ...] = ()
    everywhere: bool = False
    fallback: bool = False
    # A notice for the whole advice (`Advice.meldingen`) instead of a step: its `wat_doen`.
    melding: bool = False
    # Every text the rule can show: `<field>` with optional variants `<field>.<rol>` and
    # `<field>.prof` / `<field>.burger` (fields: titel, wat_doen, waarom).
    texts: Mapping[str, str] = field(default_factory=dict)
    # False when the predicate itself states the ages (a documented exception to the table).
    age_gate: bool = True

    @property
    def ids(self) -> tuple[str, ...]:
        """All rule ids this rule stands for, its own first."""
        return (self.id, *self.refs)

    @property
    def doc(self) -> str:
        """The reading of the seeds this rule implements (its predicate's docstring)."""
        return inspect.cleandoc(self.applies.__doc__ or "")

    def fires(self, ctx: Context) -> bool:
        """Whether the rule applies here, including the age range of the step it yields."""
        if self.age_gate and self.step is not None and self.step.vorm in ctx.excluded:
            return False
        return self.applies(ctx)


# Who can be a party in a conflict about youth care: only parties ask for bemiddeling (D8,
# S004:208-214).
PARTIES = frozenset({"jongere", "ouder", "hulpverlener"})
