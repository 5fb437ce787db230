"""The rule set: one declarative `Rule` per routing rule of the seeds.

Every rule names the seed rule it implements (`id`, such as A7, M3, C4, D5: the rule ids
explained in docs/regels.md) and the seed lines it rests on (`source`). Rules that the seeds do
not state as an IF/THEN but that the product needs carry a new id:

- `R-NOOD`: danger now → 112 (ambulance, fire) and 101 (police) first; Belgium-wide numbers.
- `R-BUITEN`: a place outside Flanders and Brussels → only the Belgium-wide emergency numbers;
  Walloon and German-speaking youth care are other systems.
- `R-1813`: someone thinks about suicide → the Zelfmoordlijn 1813 (day and night) right after
  112/101, today; outside Flanders and Brussels 112.
- `R-1712`: worry about violence or abuse → citizens call 1712; professionals go to the VK.
- `R-HULPLIJN`: listening lines for a young person or adult (Awel, Tele-Onthaal, Zelfmoordlijn
  1813, nupraatikerover.be).
- `R-1G1P`: "1 gezin 1 plan", its gezinscoach and eerstelijnspsycholoog (S002:14;
  S003:1380-1382, 1456-1468, 1488-1498, 1610-1618). Where it exists differs per region.
- `R-VERTROUWENSPERSOON`: a child and its parents may bring a vertrouwenspersoon to every contact
  with youth care (S003:13874-13892, 14160-14168).
- `R-CAW-TRAJECT`: young adults who lost the overview: CAW trajectbegeleiding coordinates
  (S003:4096-4100, 4382-4394).
- `R-CLB-VERSLAG`: only the CLB may deliver a verslag or gemotiveerd verslag for specific
  educational needs (S001:94).
- `R-BREED`: fallback; when no other rule gives a step, the brede instap (A3) is the way in.

Texts are data: each rule's texts live in `TEXTS` under stable keys `<rule key>.<field>` with
optional variants `<field>.<rol>` and `<field>.prof` / `<field>.burger`. Citizens (jongere,
ouder, andere) read plain Dutch B1 without unexplained abbreviations; professionals
(hulpverlener, school) read the professional terms.

No Django imports here.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from routing.answers import Answers
from routing.vocabulary import PARTY_NAMES, UNBORN, register

URGENCIES = ("nu", "vandaag", "binnenkort", "info")
URGENCY_RANK = {u: i for i, u in enumerate(URGENCIES)}
TOPICS = ("product", "crisis", "mandate", "accessibility", "disagreement", "age")

# Pregnancy: Kind en Gezin and zorggarantie start at "-9 maanden" (S003:11686-11688, 14820-14822).
PREGNANCY = -0.75
NO_BEMIDDELING_WITH = frozenset({"ocj", "vk", "toegangspoort", "sdj"})  # D5, S004:221-225

# Age range per support form, in years, half-open [from, until); None = no bound in the seeds.
# An integer age a is the interval [a, a+1); "ongeboren" is [PREGNANCY, 0). A form is possible
# when its range overlaps that interval. Forms not listed have no age limit in the seeds (CAW:
# "voor iedereen", S003:8890-8892; crisis meldpunt, bemiddeling: none stated, G10).
AGE_RANGES: dict[str, tuple[float | None, float | None]] = {
    # G2: "-9 maanden tot 3 jaar" (S003:11686-11688); 3 is exclusive.
    "kind-en-gezin": (PREGNANCY, 3),
    # G1: "van 2,5 tot 18 jaar" (S001:51). The extensions (buitengewoon onderwijs 21, handicap
    # 25, S003:7896-7902) are exceptions per pupil; the DOP and CAW/JAC cover those ages.
    "clb": (2.5, 18),
    # G3: "jongeren tussen 12 en 25 jaar" (S003:8894-8896), read inclusive of 25: the
    # vocabulary's oldest age still reaches the JAC (it is part of the CAW, which has no limit).
    "jac": (12, 26),
    # M-rules: OCJ/VK consult and aanmelding only for minors; the consulent stops at 18 (G6).
    "ocj": (0, 18),
    "ocj-consult": (0, 18),
    "vk": (0, 18),
    # ACT target group "alle kinderen en jongeren" (S003:10460-10466); NRTH VAPH "tot 25 jaar"
    # (S003:6482). Not before birth: the toegangspoort has no prenatal offer in the seeds.
    "toegangspoort": (0, 26),
    # "continuïteit van de hulp aan een minderjarige" (S004:105).
    "clientoverleg": (0, 18),
    # Rechtspositiedecreet: the minor's vertrouwenspersoon (S003:13874-13892).
    "vertrouwenspersoon": (0, 18),
    # RTH "0 tot 21 jaar" (S003:6468), read as until the 21st birthday; DOP has no limit.
    "thuisbegeleidingsdienst-vaph": (0, 21),
    # 1G1P "gezinnen met kinderen en jongeren tussen 0-25 jaar" (S003:1380-1382).
    "1g1p": (0, 26),
    "eerstelijnspsycholoog": (0, 26),
    # "aanstaande ouders … tot 12/13 jaar, tot 18 jaar" differs per werking (S003:8902-8906):
    # the widest reading, the step says the limit differs per municipality.
    "gezinscoaching": (PREGNANCY, 18),
    # Not in the seeds: Awel is for "children and young people" (its own site); minors only,
    # young adults get Tele-Onthaal and the JAC. nupraatikerover: "minors and young adults".
    "awel": (0, 18),
    "nupraatikerover": (0, 26),
}


def age_interval(leeftijd: int | str) -> tuple[float, float]:
    """The age of the answers as a half-open interval in years."""
    if leeftijd == UNBORN:
        return (PREGNANCY, 0.0)
    a = float(leeftijd)  # type: ignore[arg-type]
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
    """What a rule may look at: the answers and whether the place is in Flanders/Brussels.

    Deliberately not the region: regional differences are in the catalogue's contacts, so the
    same answers give the same rules everywhere in the werkingsgebied.
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

    @classmethod
    def of(cls, answers: Answers, in_werkingsgebied: bool) -> Context:
        """Build the context once per evaluation; rules only read these precomputed fields."""
        age = answers.leeftijd
        sit = frozenset(answers.situatie)
        if "zelfdoding" in sit:
            # Thoughts of suicide are also a mental-health question: every rule for
            # `psychisch` applies too (after the Zelfmoordlijn, which comes first).
            sit |= {"psychisch"}
        return cls(
            answers=answers,
            in_werkingsgebied=in_werkingsgebied,
            sit=sit,
            rol=answers.rol,
            citizen=not answers.is_professional,
            prof=answers.is_professional,
            minor=age != UNBORN and int(age) < 18,
            adult=age != UNBORN and int(age) >= 18,
            excluded=excluded_at(age),
            suicide="zelfdoding" in sit,
        )

    def age_ok(self, slug: str) -> bool:
        """Whether support form `slug` is within its age range for these answers."""
        return slug not in self.excluded

    def conflict_with_hulpverlener(self) -> bool:
        """A conflict or unilateral stop with a care worker (or with nobody named)."""
        return bool(self.sit & {"conflict", "gestopt"}) and self.answers.met in (
            None,
            "hulpverlener",
        )


@dataclass(frozen=True)
class StepSpec:
    """A step a rule yields: the support form and how urgent it is. Texts: `TEXTS[rule.key…]`."""

    vorm: str
    urgentie: str


@dataclass(frozen=True)
class NotPossibleSpec:
    """A "not possible" entry a rule yields; its reason is `TEXTS[rule.key + '.waarom']`."""

    vorm: str


@dataclass(frozen=True)
class Rule:
    """One routing rule.

    `key` is unique and stable (text keys derive from it); `id` is the seed rule id (or a
    new documented id), `refs` further rule ids it implements. `applies` is a predicate on a
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
    refs: tuple[str, ...] = ()
    everywhere: bool = False
    fallback: bool = False
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


# --- predicates -------------------------------------------------------------------------------
# One named function per reading, so the docstring documents the choice.


def danger_now(c: Context) -> bool:
    """Someone is in immediate danger: 112/101 come before everything else."""
    return c.answers.gevaar


def outside_no_danger(c: Context) -> bool:
    """Outside Flanders and Brussels without danger: still list the Belgium-wide emergency
    numbers, as information, so every combination yields at least one step."""
    return not c.in_werkingsgebied and not c.answers.gevaar


def crisis_hulpverlener(c: Context) -> bool:
    """C1/C3/C5: care workers call the regional crisis meldpunt, 24/7, for consult or
    aanmelding (S000:53-62; S001:71-73)."""
    return "crisis" in c.sit and c.rol == "hulpverlener"


def crisis_citizen(c: Context) -> bool:
    """C2, where the seeds differ: S000:56-59 lets children, young people and parents call the
    crisis meldpunt "uitzonderlijk"; S001 names only CLB, police and schools. Safest for the child:
    give the number to every citizen (an "andere" such as a grandparent too: the meldpunten take
    calls from citizens, see docs/regels.md) but say it is meant for care workers
    first, so whoever already has a care worker asks them to call."""
    return "crisis" in c.sit and c.citizen


def school_cannot_use_clb(c: Context) -> bool:
    """C4: a school that cannot call on a CLB worker (not reachable now, or the pupil is outside
    the CLB's ages) may exceptionally call the crisis meldpunt itself and must inform the CLB as
    soon as possible (S001:75)."""
    return (
        "crisis" in c.sit
        and c.rol == "school"
        and (c.answers.clb_bereikbaar is False or not c.age_ok("clb"))
    )


def school_crisis_via_clb(c: Context) -> bool:
    """C2/C5: in a crisis the school goes through its CLB, which calls the crisis meldpunt; when
    it is not known whether the CLB is reachable, the C4 exception is named in the text."""
    return (
        "crisis" in c.sit
        and c.rol == "school"
        and c.answers.clb_bereikbaar is not False
        and c.age_ok("clb")
    )


def worry_citizen(c: Context) -> bool:
    """R-1712: a citizen worried about violence, abuse or neglect calls 1712; an "andere" who
    sees a family refuse needed help is worried about the same (verontrusting)."""
    return ("zorgen" in c.sit and c.citizen) or ("weigert" in c.sit and c.rol == "andere")


def worry_citizen_vk(c: Context) -> bool:
    """M4: a child, young person or parent may go to the VK (or OCJ) themselves, "maar doet dat
    toch best samen met een hulpverlener" (S000:78-81). Only for minors (age table)."""
    return "zorgen" in c.sit and c.rol in ("jongere", "ouder")


def worry_young_person(c: Context) -> bool:
    """R-HULPLIJN: a young person worried about their own safety can chat anonymously with the
    VK's chat for minors and young adults."""
    return "zorgen" in c.sit and c.rol == "jongere"


def _worker_not_via_clb(c: Context) -> bool:
    # A school goes through its CLB (M10), unless the pupil is outside the CLB's ages.
    return c.rol == "hulpverlener" or (c.rol == "school" and not c.age_ok("clb"))


def family_violence_professional(c: Context) -> bool:
    """A19 + M14: casusregie of the Veilig Huis starts from a professional's aanmelding (or after
    a police intervention), only with a raised risk of repeated family violence, when sharing
    information across sectors and one joint approach are needed (S003:4072-4094, 4440-4444).
    Only a care worker can register; the conditions are named in the text. No age limit."""
    return "zorgen" in c.sit and c.rol == "hulpverlener"


def worry_professional(c: Context) -> bool:
    """M1/M2/M3: a professional worried about a minor first discusses it with the young person
    and parents, then asks the VK or OCJ for a consult or aanmelding; CLB staff do so on a
    decision of the multidisciplinary team (S000:69-78; S001:63-67). Minors only (age table)."""
    return "zorgen" in c.sit and _worker_not_via_clb(c)


def worry_school(c: Context) -> bool:
    """M10: a school MUST contact the CLB about verontrusting (S003:7640-7646); the CLB decides
    with its multidisciplinary team on consult or aanmelding (M3, S001:67)."""
    return bool(c.sit & {"zorgen", "weigert"}) and c.rol == "school"


def refuses_professional(c: Context) -> bool:
    """M5/M6: when the family does not accept needed help or voluntary help gets stuck, a
    gemandateerde voorziening can co-follow or start help, even unasked; without a solution in
    dialogue it goes to the parket (S000:86-95; S002:56). Talk with the family first (M1).
    Minors only: maatschappelijke noodzaak does not exist for adults (age table, G6)."""
    return "weigert" in c.sit and _worker_not_via_clb(c)


def worry_or_refuses_professional(c: Context) -> bool:
    """M2/M7: the OCJ gives consult to care workers with a question about verontrusting
    (S000:72-78; S003:5172-5174). In Oost-Vlaanderen that is a separate consult line, so the
    step has its own support form (`ocj-consult`); elsewhere it shows "nog niet gekend"."""
    return worry_professional(c) or refuses_professional(c)


def refuses_family(c: Context) -> bool:
    """M4/M6/M8: a young person or parent whose help is stuck or refused may go to the OCJ
    themselves, best with a care worker; the OCJ's help needs their agreement but they cannot
    stop it alone (S000:78-81; S002:56; S003:5296-5308). Minors only (age table)."""
    return "weigert" in c.sit and c.rol in ("jongere", "ouder")


def worry_or_refusal_adult_professional(c: Context) -> bool:
    """G6: OCJ and VK work for minors; from 18 the consulent stops (S003:5506-5516). Say so."""
    return bool(c.sit & {"zorgen", "weigert"}) and c.adult and c.prof


def worry_or_refusal_adult(c: Context) -> bool:
    """G6 + G3: for a young adult the CAW helps (18-25, S003:4096-4100) where OCJ/VK cannot."""
    return bool(c.sit & {"zorgen", "weigert"}) and c.adult


def worry_young_child(c: Context) -> bool:
    """M12 + G2: Kind en Gezin may act without a request from the parents when a (unborn)
    young child is in danger (S003:11854-11870). Age table: pregnancy up to 3. Intensive help
    for a young child is `needs_zorggarantie`."""
    return bool(c.sit & {"zorgen", "weigert", "overzicht"})


def needs_zorggarantie(c: Context) -> bool:
    """G2 + M16: zorggarantie is for unborn and very young children (from -9 months to 3 years)
    in a very precarious situation with a threatened placement; registration is possible during
    pregnancy (S003:14820-14826, 14940-14944). Families need to hear of it too, not only
    professionals, so every role except the school (which goes through the CLB) gets it when
    more intensive help is needed. Kind en Gezin is also the age-fitting first stop for a baby
    (not the CLB or the JAC). Age table: pregnancy up to 3."""
    return "intensief" in c.sit and c.rol != "school"


def suicide_first(c: Context) -> bool:
    """R-1813: someone thinks about suicide (themselves or their child): the Zelfmoordlijn 1813,
    reachable day and night, comes right after 112/101, today, for every role."""
    return c.suicide


def suicide_outside(c: Context) -> bool:
    """R-1813 outside Flanders and Brussels: 1813 is a Flemish line, so point to 112, which
    answers in all of Belgium, today rather than as information."""
    return c.suicide and not c.in_werkingsgebied and not c.answers.gevaar


_BREED_KG = frozenset({"vraag", "opvoeding", "psychisch", "handicap"})
_BREED_CLB = frozenset({"vraag", "school", "psychisch", "opvoeding", "handicap"})
_BREED_JAC = frozenset({"vraag", "psychisch", "school", "opvoeding", "zorgen", "weigert"})
_BREED_CAW = frozenset({"vraag", "opvoeding", "psychisch"})


def brede_instap_kg(c: Context) -> bool:
    """A3 + G2: Kind en Gezin is brede instap for (future) parents of children up to 3."""
    return bool(c.sit & _BREED_KG)


def brede_instap_clb(c: Context) -> bool:
    """A3 + G1: the CLB is brede instap for pupils from 2,5 to 18 and their parents; a young
    person may also talk to the CLB about worries. Schools: see A4."""
    return c.rol != "school" and (
        bool(c.sit & _BREED_CLB) or ("zorgen" in c.sit and c.rol == "jongere")
    )


def brede_instap_jac(c: Context) -> bool:
    """A3/A17 + G3: the JAC is where young people of 12-25 go themselves, free and confidential
    (S003:8894-8896, 9520-9522, 9590-9596)."""
    return c.rol == "jongere" and bool(c.sit & _BREED_JAC)


def brede_instap_caw(c: Context) -> bool:
    """A3: the CAW is brede instap for parents and anyone else, any question (S000:97-103)."""
    return c.rol in ("ouder", "andere", "hulpverlener") and bool(c.sit & _BREED_CAW)


def school_via_clb(c: Context) -> bool:
    """A4 + M10: for a pupil, referral to therapy or specialised help is the CLB's job (it has
    beroepsgeheim, the school has not), and problematic absence must go to the CLB
    (S001:79, 90; S003:7640-7646)."""
    return c.rol == "school" and bool(
        c.sit & {"vraag", "school", "psychisch", "opvoeding", "handicap", "intensief"}
    )


def school_adult_pupil(c: Context) -> bool:
    """A4 for pupils of 18 or older, whom the CLB no longer reaches: the JAC (12-25)."""
    return c.rol == "school" and c.adult and not (c.sit <= {"crisis"})


def clb_indicatiesteller(c: Context) -> bool:
    """R-CLB-VERSLAG: for pupils with specific educational needs only the CLB may deliver a
    verslag or gemotiveerd verslag (S001:94). Named where a pupil, parent or school asks about a
    (suspected) disability together with school."""
    return {"handicap", "school"} <= c.sit and c.rol in ("jongere", "ouder", "school")


def clb_beyond_18(c: Context) -> bool:
    """G1: the CLB follows pupils longer: in buitengewoon onderwijs until 21, with a disability
    until 25 (S003:7896-7902). The age table stops the CLB at 18, so this rule states its own
    ages: a (suspected) disability, 18 to 24 (read as until the 25th birthday)."""
    age = c.answers.leeftijd
    return (
        "handicap" in c.sit
        and c.adult
        and isinstance(age, int)
        and age < 25
        and c.rol in ("jongere", "ouder", "school")
    )


def mental_health(c: Context) -> bool:
    """A2/A17: the CGG is directly accessible, on own initiative (S001:27, 39, 92). A school
    refers through the CLB (A4)."""
    return "psychisch" in c.sit and c.rol != "school"


def awel(c: Context) -> bool:
    """R-HULPLIJN: a minor who wants to talk can call or chat with Awel."""
    return c.rol == "jongere" and bool(c.sit & {"psychisch", "zorgen", "vraag"})


def suicide_line(c: Context) -> bool:
    """R-HULPLIJN: with mental-health worries (and no answer about suicide, which `suicide_first`
    handles), still name the Zelfmoordlijn 1813 to citizens, as information."""
    return "psychisch" in c.answers.situatie and c.citizen and not c.suicide


def listening_line_adult(c: Context) -> bool:
    """R-HULPLIJN: Tele-Onthaal listens to everyone, day and night; for adults asking."""
    return "psychisch" in c.sit and (
        c.rol in ("ouder", "andere") or (c.rol == "jongere" and c.adult)
    )


def first_line_psychologist(c: Context) -> bool:
    """R-1G1P: mild to moderate psychological complaints of children and young people: the
    eerstelijnspsycholoog of the 1G1P collaboration (S003:1456-1468, 1610-1618). Not with
    thoughts of suicide: those are no mild complaint."""
    return "psychisch" in c.sit and c.rol in ("jongere", "ouder", "hulpverlener") and not c.suicide


def parenting_ckg(c: Context) -> bool:
    """A2: the CKG is directly accessible problem-specific help for families (S001:28, 39)."""
    return "opvoeding" in c.sit and c.rol in ("ouder", "hulpverlener")


def parenting_coach(c: Context) -> bool:
    """A17/A18: parents may register themselves for gezinscoaching (S003:9974-9984); a care
    worker only passes a family on with its consent (S003:9720-9726)."""
    return "opvoeding" in c.sit and c.rol in ("ouder", "hulpverlener")


def one_family_one_plan(c: Context) -> bool:
    """R-1G1P: families with problems on several domains or on a waiting list; one plan per
    family, a talk within the month (S003:1392-1404, 1488-1498, 2348-2352)."""
    return c.rol == "ouder" and bool(c.sit & {"opvoeding", "overzicht", "intensief"})


def disability(c: Context) -> bool:
    """A2/A15: DOP and VAPH home guidance are directly accessible (S001:29, 31); the DOP also
    helps to apply for VAPH support (S003:13066-13076). Schools go through the CLB (A4)."""
    return "handicap" in c.sit and c.rol != "school"


def intensive_citizen_referrer(c: Context) -> bool:
    """A7: not directly accessible help needs an erkende verwijzer (CLB, CAW/JAC, or the
    care worker the family already has); this step names that way in first. Not for a child
    under 3: Kind en Gezin is the age-fitting first stop then (`needs_zorggarantie`)."""
    return "intensief" in c.sit and c.citizen and not c.age_ok("kind-en-gezin")


def intensive_citizen_jac(c: Context) -> bool:
    """A7: for a young person of 12-25 the JAC (part of the CAW) can be the verwijzer."""
    return "intensief" in c.sit and c.rol == "jongere"


def intensive_citizen_caw(c: Context) -> bool:
    """A7: for parents and others, and for young persons outside the JAC's ages, the CAW."""
    return "intensief" in c.sit and c.citizen and not (c.rol == "jongere" and c.age_ok("jac"))


def intensive_citizen_gate(c: Context) -> bool:
    """A5-A10, D3, where the seeds differ: S001:45/92 say minors and parents cannot go to the
    toegangspoort on their own (an erkende verwijzer is required); S004:173-174/183-184 and
    S003:10616-10620 allow self-registration with bemiddeling as a condition. Safest reading
    here: the way in is the verwijzer (these steps come first, at higher urgency);
    the self-route is mentioned only together with the bemiddeling condition."""
    return "intensief" in c.sit and c.citizen and c.minor


def intensive_professional(c: Context) -> bool:
    """A8/A9/A6/A13: a care worker files the A-document with the young person and parents at
    the toegangspoort of the province of the child's domicile, once the request is clarified
    and directly accessible help is insufficient; CLBs as multidisciplinary team. Minors: for
    young adults see `intensive_young_adult`."""
    return "intensief" in c.sit and c.rol == "hulpverlener" and c.minor


def intensive_school(c: Context) -> bool:
    """A13: a school cannot file an A-document itself; the CLB (multidisciplinary team) or
    another erkende verwijzer does (S001:90-92; S003:7774-7778). Minors."""
    return "intensief" in c.sit and c.rol == "school" and c.minor


def intensive_young_adult(c: Context) -> bool:
    """G4/G5/G6: from 18 youth care stops (S003:5506-5516), except that contextbegeleiding can
    still start at 18 (and with a verblijfsmodule run until 21, S003:5188-5196) and VAPH help
    that is not directly accessible runs until 25 (S003:6482). So the toegangspoort is named to
    a young adult only at 18, or with a (suspected) disability, and the step states those
    conditions; otherwise the CAW/JAC is the way (A7.caw, A7.jac, A4.school-meerderjarig)."""
    if not ("intensief" in c.sit and c.adult):
        return False
    return c.answers.leeftijd == 18 or "handicap" in c.sit


# Who can be a party in a conflict about youth care: only parties ask for bemiddeling (D8).
PARTIES = frozenset({"jongere", "ouder", "hulpverlener"})


def disagree_about_application(c: Context) -> bool:
    """D4/A11, where the seeds differ: S000:125-129 makes bemiddeling compulsory when young person,
    parents and/or care worker disagree about a toegangspoort application; S004 frames it as the
    condition for going there alone. Both are kept: here the compulsory case. Only parties ask
    for bemiddeling (D8); a school or another person gets `conflict_third_party`."""
    return (
        "intensief" in c.sit
        and "conflict" in c.sit
        and c.answers.met in (None, "hulpverlener")
        and c.rol in PARTIES
    )


def stopped_bemiddeling(c: Context) -> bool:
    """D2 + D18, where the seeds differ: a provider that stops help unilaterally, without agreement,
    must engage bemiddeling (S004:167-171, 186-187; S000:129-131). S004 also names cliëntoverleg
    as an obligation then (S004:67-68); the seeds do not say which. Safest for the child: name
    both (this rule and D11-gestopt), so continuity is protected whichever applies. Only
    parties ask for bemiddeling (D8, S004:208-214): a school or another person gets
    `conflict_third_party` instead."""
    return "gestopt" in c.sit and c.answers.met in (None, "hulpverlener") and c.rol in PARTIES


def conflict_party(c: Context) -> bool:
    """D1: a conflict that endangers the continuity of help between client and care worker:
    bemiddeling is possible, voluntary, confidential and free (S004:180-181; S000:113-124)."""
    return "conflict" in c.sit and c.answers.met in (None, "hulpverlener") and c.rol in PARTIES


def conflict_third_party(c: Context) -> bool:
    """D8: only parties to the conflict may ask for bemiddeling; others (a school, a grandparent,
    a neighbour) can tell the parties it exists and how they ask for it (S004:208-214). This
    holds for help that is stopped as much as for a conflict."""
    return c.conflict_with_hulpverlener() and c.rol in ("andere", "school")


def conflict_with_mandated(c: Context) -> bool:
    """D5/D6: bemiddeling is impossible with the SDJ, a gemandateerde voorziening (OCJ, VK) or
    the toegangspoort: "Deze diensten kunnen geen partij zijn in bemiddeling" (S004:221-231)."""
    return bool(c.sit & {"conflict", "gestopt"}) and c.answers.met in NO_BEMIDDELING_WITH


def conflict_with_mandated_overleg(c: Context) -> bool:
    """D5 → what is possible instead: cliëntoverleg, which anyone may request, SDJ staff often
    do, and which works in verontrusting too (S004:102-108; M15, S004:135-139). Also when such a
    service stops the help; no seed says an overleg must follow then, so it is offered, not
    claimed as an obligation."""
    return bool(c.sit & {"conflict", "gestopt"}) and c.answers.met in NO_BEMIDDELING_WITH


def stopped_overleg(c: Context) -> bool:
    """D11(c) + D18: cliëntoverleg is an obligation when a care worker stops help
    unilaterally without the client's consent (S004:67-68); see D2 for why both are named. The
    seed says so of a care worker (hulpverlener), not of the OCJ, VK, toegangspoort or SDJ:
    those cases get `conflict_with_mandated_overleg`, without the obligation."""
    return "gestopt" in c.sit and c.answers.met in (None, "hulpverlener")


def providers_conflict(c: Context) -> bool:
    """D7 + D11(a): a care worker whose conflict is with other providers, without the client,
    cannot use bemiddeling; cliëntoverleg restores coordination (S004:59-62, 150-151)."""
    return (
        "conflict" in c.sit and c.rol == "hulpverlener" and c.answers.met in (None, "hulpverlener")
    )


def lost_overview(c: Context) -> bool:
    """D11(b)/D13: when the client and context lose the overview, cliëntoverleg; anyone may
    request it, the client too (S004:63-66, 102-108). Minors (age table)."""
    return "overzicht" in c.sit


def overleg_not_for_worry(c: Context) -> bool:
    """M15: cliëntoverleg can be used in verontrusting, but not to raise the worry with the
    family: that stays the care worker's job (S004:135-139). Told to professionals who ask for
    overview together with a worry."""
    return "overzicht" in c.sit and "zorgen" in c.sit and c.prof


def overleg_not_for_a_place(c: Context) -> bool:
    """D14: cliëntoverleg is not the way to negotiate a place with providers: that is
    jeugdhulpregie of the toegangspoort; with providers who cannot agree on one werkplan it can
    be used (S004:126-132). Told to professionals who ask for overview and intensive help."""
    return "overzicht" in c.sit and "intensief" in c.sit and c.prof


def lost_overview_adult(c: Context) -> bool:
    """R-CAW-TRAJECT: for a young adult (cliëntoverleg is for minors), CAW trajectbegeleiding
    coordinates complex help (S003:4096-4100, 4382-4394)."""
    return "overzicht" in c.sit and c.adult


def trusted_person(c: Context) -> bool:
    """R-VERTROUWENSPERSOON: in a conflict with youth care a minor (and the parents) may bring a
    vertrouwenspersoon, who may start bemiddeling or overleg (S003:13874-13892, 14160-14168)."""
    return bool(c.sit & {"conflict", "gestopt"}) and c.rol in ("jongere", "ouder")


def always(c: Context) -> bool:
    """R-BREED: the brede instap, for anyone with any question (A3, S001:35; S000:97-100)."""
    return True


# --- the rules --------------------------------------------------------------------------------

S = StepSpec
RULES: tuple[Rule, ...] = (
    # Emergency first (its steps are "nu"; 112 before 101).
    Rule(
        key="nood.112",
        id="R-NOOD",
        topic="crisis",
        applies=danger_now,
        source="112: Belgium-wide emergency number (ambulance, fire)",
        step=S("noodnummer-112", "nu"),
        everywhere=True,
    ),
    Rule(
        key="nood.101",
        id="R-NOOD",
        topic="crisis",
        applies=danger_now,
        source="101: Belgium-wide police number; S003:4222-4226 (M14)",
        step=S("politie-101", "nu"),
        refs=("M14",),
        everywhere=True,
    ),
    # Suicide: right after 112/101, today.
    Rule(
        key="R-1813",
        id="R-1813",
        topic="crisis",
        applies=suicide_first,
        source="zelfmoord1813.be: 1813 is reachable 24/7",
        step=S("zelfmoordlijn-1813", "vandaag"),
    ),
    Rule(
        key="buiten.112-zelfdoding",
        id="R-1813",
        topic="crisis",
        applies=suicide_outside,
        source="112 in all of Belgium",
        step=S("noodnummer-112", "vandaag"),
        refs=("R-BUITEN",),
        everywhere=True,
    ),
    Rule(
        key="buiten.112",
        id="R-BUITEN",
        topic="product",
        applies=outside_no_danger,
        source="112: Belgium-wide emergency number",
        step=S("noodnummer-112", "info"),
        everywhere=True,
    ),
    Rule(
        key="buiten.101",
        id="R-BUITEN",
        topic="product",
        applies=outside_no_danger,
        source="101: Belgium-wide police number",
        step=S("politie-101", "info"),
        everywhere=True,
    ),
    # Crisis.
    Rule(
        key="C1.hulpverlener",
        id="C1",
        topic="crisis",
        applies=crisis_hulpverlener,
        source="S000:53-62; S001:71-73",
        step=S("crisismeldpunt", "vandaag"),
        refs=("C3", "C5"),
    ),
    Rule(
        key="C2.burger",
        id="C2",
        topic="crisis",
        applies=crisis_citizen,
        source="S000:53-62; S001:71-73",
        step=S("crisismeldpunt", "vandaag"),
        refs=("C1", "C3"),
    ),
    Rule(
        key="C4.school-zelf",
        id="C4",
        topic="crisis",
        applies=school_cannot_use_clb,
        source="S001:75",
        step=S("crisismeldpunt", "vandaag"),
        refs=("C3",),
    ),
    Rule(
        key="C5.school-clb",
        id="C5",
        topic="crisis",
        applies=school_crisis_via_clb,
        source="S001:71-75",
        step=S("clb", "vandaag"),
        refs=("C2",),
    ),
    Rule(
        key="C5.school-meldpunt",
        id="C5",
        topic="crisis",
        applies=school_crisis_via_clb,
        source="S001:71-75",
        step=S("crisismeldpunt", "vandaag"),
        refs=("C4", "C3"),
    ),
    # Worry about safety (verontrusting) and families that refuse needed help.
    Rule(
        key="M10.school",
        id="M10",
        topic="mandate",
        applies=worry_school,
        source="S003:7640-7646; S001:63-67",
        step=S("clb", "binnenkort"),
        refs=("M3",),
    ),
    Rule(
        key="M2.vk",
        id="M2",
        topic="mandate",
        applies=worry_professional,
        source="S000:69-78; S001:63-67",
        step=S("vk", "binnenkort"),
        refs=("M1", "M3"),
    ),
    Rule(
        key="M2.ocj",
        id="M2",
        topic="mandate",
        applies=worry_professional,
        source="S000:72-95; S001:67",
        step=S("ocj", "binnenkort"),
        refs=("M1", "M3", "M5"),
    ),
    Rule(
        key="M6.ocj",
        id="M6",
        topic="mandate",
        applies=refuses_professional,
        source="S000:86-95; S002:56; S001:63-67",
        step=S("ocj", "binnenkort"),
        refs=("M1", "M3", "M5", "M8"),
    ),
    Rule(
        key="M2.ocj-consult",
        id="M2",
        topic="mandate",
        applies=worry_or_refuses_professional,
        source="S000:72-78; S003:5172-5174",
        step=S("ocj-consult", "binnenkort"),
        refs=("M7",),
    ),
    Rule(
        key="A19.casusregie",
        id="A19",
        topic="mandate",
        applies=family_violence_professional,
        source="S003:4072-4094, 4284-4294, 4440-4444",
        step=S("casusregie-veilig-huis", "info"),
        refs=("M14",),
    ),
    Rule(
        key="R-1712",
        id="R-1712",
        topic="mandate",
        applies=worry_citizen,
        source="1712: the Flemish line for violence, abuse and child abuse",
        step=S("hulplijn-1712", "binnenkort"),
    ),
    Rule(
        key="M4.vk",
        id="M4",
        topic="mandate",
        applies=worry_citizen_vk,
        source="S000:78-81",
        step=S("vk", "info"),
    ),
    Rule(
        key="M4.ocj",
        id="M4",
        topic="mandate",
        applies=refuses_family,
        source="S000:78-95; S002:56; S003:5296-5308",
        step=S("ocj", "binnenkort"),
        refs=("M6", "M8"),
    ),
    Rule(
        key="G2.zorggarantie",
        id="G2",
        topic="age",
        applies=needs_zorggarantie,
        source="S003:11686-11688, 14820-14826, 14940-14944",
        step=S("kind-en-gezin", "binnenkort"),
        refs=("M16", "A7"),
    ),
    Rule(
        key="M12.kind-en-gezin",
        id="M12",
        topic="mandate",
        applies=worry_young_child,
        source="S003:11854-11870, 14820-14826, 14940-14944",
        step=S("kind-en-gezin", "binnenkort"),
        refs=("G2",),
    ),
    Rule(
        key="G6.ocj",
        id="G6",
        topic="age",
        applies=worry_or_refusal_adult_professional,
        source="S003:5506-5516",
        niet_mogelijk=NotPossibleSpec("ocj"),
    ),
    Rule(
        key="G6.vk",
        id="G6",
        topic="age",
        applies=worry_or_refusal_adult_professional,
        source="S003:5506-5516",
        niet_mogelijk=NotPossibleSpec("vk"),
    ),
    Rule(
        key="G6.caw",
        id="G6",
        topic="age",
        applies=worry_or_refusal_adult,
        source="S003:5506-5516, 4096-4100",
        step=S("caw", "binnenkort"),
        refs=("G3",),
    ),
    Rule(
        key="R-HULPLIJN.nupraat",
        id="R-HULPLIJN",
        topic="product",
        applies=worry_young_person,
        source="nupraatikerover.be: chat of the Vertrouwenscentra Kindermishandeling",
        step=S("nupraatikerover", "info"),
    ),
    # Not directly accessible help: the verwijzer first, then the toegangspoort.
    Rule(
        key="A7.clb",
        id="A7",
        topic="accessibility",
        applies=intensive_citizen_referrer,
        source="S001:45, 92",
        step=S("clb", "binnenkort"),
        refs=("A13",),
    ),
    Rule(
        key="A7.jac",
        id="A7",
        topic="accessibility",
        applies=intensive_citizen_jac,
        source="S001:92; S003:10616-10620",
        step=S("jac", "binnenkort"),
    ),
    Rule(
        key="A7.caw",
        id="A7",
        topic="accessibility",
        applies=intensive_citizen_caw,
        source="S001:92; S003:10616-10620",
        step=S("caw", "binnenkort"),
    ),
    Rule(
        key="D4.aanvraag",
        id="D4",
        topic="disagreement",
        applies=disagree_about_application,
        source="S000:125-129",
        step=S("bemiddeling", "binnenkort"),
        refs=("A11",),
    ),
    Rule(
        key="A7.toegangspoort",
        id="A7",
        topic="accessibility",
        applies=intensive_citizen_gate,
        source="S001:14, 43-45, 92, 100; S000:42-46; S004:173-174, 183-184; S003:10616-10620",
        step=S("toegangspoort", "info"),
        refs=("A5", "A6", "A10", "D3", "A12"),
    ),
    Rule(
        key="A8.toegangspoort",
        id="A8",
        topic="accessibility",
        applies=intensive_professional,
        source="S000:43-46; S001:43, 100; S003:10470-10490, 7774-7778",
        step=S("toegangspoort", "binnenkort"),
        refs=("A5", "A6", "A9", "A13", "A12"),
    ),
    Rule(
        key="A13.toegangspoort",
        id="A13",
        topic="accessibility",
        applies=intensive_school,
        source="S001:90-92, 100; S003:7774-7778",
        step=S("toegangspoort", "info"),
        refs=("A5", "A6"),
    ),
    Rule(
        key="G4.toegangspoort",
        id="G4",
        topic="age",
        applies=intensive_young_adult,
        source="S003:5188-5196, 5506-5516, 6468-6482",
        step=S("toegangspoort", "info"),
        refs=("G5", "G6", "A12"),
    ),
    # Disagreement and continuity.
    Rule(
        key="D2.bemiddeling",
        id="D2",
        topic="disagreement",
        applies=stopped_bemiddeling,
        source="S004:167-171, 186-187; S000:129-131",
        step=S("bemiddeling", "binnenkort"),
        refs=("D18",),
    ),
    Rule(
        key="D1.bemiddeling",
        id="D1",
        topic="disagreement",
        applies=conflict_party,
        source="S004:180-181, 194-198; S000:113-141",
        step=S("bemiddeling", "binnenkort"),
        refs=("D7", "D9"),
    ),
    Rule(
        key="D8.bemiddeling",
        id="D8",
        topic="disagreement",
        applies=conflict_third_party,
        source="S004:208-214",
        step=S("bemiddeling", "info"),
    ),
    Rule(
        key="D5.bemiddeling",
        id="D5",
        topic="disagreement",
        applies=conflict_with_mandated,
        source="S004:221-231",
        niet_mogelijk=NotPossibleSpec("bemiddeling"),
        refs=("D6",),
    ),
    Rule(
        key="D5.clientoverleg",
        id="D5",
        topic="disagreement",
        applies=conflict_with_mandated_overleg,
        source="S004:102-108, 135-139, 221-231",
        step=S("clientoverleg", "binnenkort"),
        refs=("D13",),
    ),
    Rule(
        key="D11.gestopt",
        id="D11",
        topic="disagreement",
        applies=stopped_overleg,
        source="S004:67-68",
        step=S("clientoverleg", "binnenkort"),
        refs=("D18",),
    ),
    Rule(
        key="D7.clientoverleg",
        id="D7",
        topic="disagreement",
        applies=providers_conflict,
        source="S004:59-62, 150-151",
        step=S("clientoverleg", "info"),
        refs=("D11",),
    ),
    Rule(
        key="D11.overzicht",
        id="D11",
        topic="disagreement",
        applies=lost_overview,
        source="S004:55-72, 102-108",
        step=S("clientoverleg", "binnenkort"),
        refs=("D13",),
    ),
    Rule(
        key="M15.clientoverleg",
        id="M15",
        topic="mandate",
        applies=overleg_not_for_worry,
        source="S004:135-139",
        step=S("clientoverleg", "info"),
    ),
    Rule(
        key="D14.clientoverleg",
        id="D14",
        topic="disagreement",
        applies=overleg_not_for_a_place,
        source="S004:126-132",
        step=S("clientoverleg", "info"),
    ),
    Rule(
        key="R-CAW-TRAJECT",
        id="R-CAW-TRAJECT",
        topic="product",
        applies=lost_overview_adult,
        source="S003:4096-4100, 4382-4394",
        step=S("caw", "binnenkort"),
    ),
    Rule(
        key="R-VERTROUWENSPERSOON",
        id="R-VERTROUWENSPERSOON",
        topic="disagreement",
        applies=trusted_person,
        source="S003:13874-13892, 14070-14078, 14160-14168",
        step=S("vertrouwenspersoon", "info"),
    ),
    # Brede instap and problem-specific directly accessible help.
    Rule(
        key="A4.school",
        id="A4",
        topic="accessibility",
        applies=school_via_clb,
        source="S001:79, 90; S003:7640-7646",
        step=S("clb", "binnenkort"),
        refs=("M10",),
    ),
    Rule(
        key="A4.school-meerderjarig",
        id="A4",
        topic="age",
        applies=school_adult_pupil,
        source="S003:8894-8896; S001:51",
        step=S("jac", "binnenkort"),
        refs=("G1", "G3"),
    ),
    Rule(
        key="R-CLB-VERSLAG",
        id="R-CLB-VERSLAG",
        topic="accessibility",
        applies=clb_indicatiesteller,
        source="S001:94",
        step=S("clb", "binnenkort"),
    ),
    Rule(
        key="G1.clb-langer",
        id="G1",
        topic="age",
        applies=clb_beyond_18,
        source="S003:7890-7902",
        step=S("clb", "info"),
        age_gate=False,
    ),
    Rule(
        key="A3.kind-en-gezin",
        id="A3",
        topic="accessibility",
        applies=brede_instap_kg,
        source="S000:97-103; S003:11686-11688",
        step=S("kind-en-gezin", "binnenkort"),
        refs=("G2",),
    ),
    Rule(
        key="A3.clb",
        id="A3",
        topic="accessibility",
        applies=brede_instap_clb,
        source="S000:97-103; S001:33-35, 51",
        step=S("clb", "binnenkort"),
        refs=("G1",),
    ),
    Rule(
        key="A3.jac",
        id="A3",
        topic="accessibility",
        applies=brede_instap_jac,
        source="S000:7; S003:8894-8896, 9520-9522, 9590-9596",
        step=S("jac", "binnenkort"),
        refs=("G3", "A17"),
    ),
    Rule(
        key="A3.caw",
        id="A3",
        topic="accessibility",
        applies=brede_instap_caw,
        source="S000:7, 97-103; S001:26, 92",
        step=S("caw", "binnenkort"),
    ),
    Rule(
        key="A2.cgg",
        id="A2",
        topic="accessibility",
        applies=mental_health,
        source="S001:27, 39, 92",
        step=S("cgg", "binnenkort"),
        refs=("A17",),
    ),
    Rule(
        key="R-HULPLIJN.awel",
        id="R-HULPLIJN",
        topic="product",
        applies=awel,
        source="awel.be: line for children and young people",
        step=S("awel", "binnenkort"),
    ),
    Rule(
        key="A2.dop",
        id="A2",
        topic="accessibility",
        applies=disability,
        source="S001:29, 39; S003:11712-11720, 13066-13076",
        step=S("dop", "binnenkort"),
        refs=("A15",),
    ),
    Rule(
        key="A2.vaph",
        id="A2",
        topic="accessibility",
        applies=disability,
        source="S001:31, 39; S003:6468-6482",
        step=S("thuisbegeleidingsdienst-vaph", "info"),
        refs=("G5",),
    ),
    Rule(
        key="A2.ckg",
        id="A2",
        topic="accessibility",
        applies=parenting_ckg,
        source="S001:28, 39",
        step=S("ckg", "info"),
    ),
    Rule(
        key="A17.gezinscoaching",
        id="A17",
        topic="accessibility",
        applies=parenting_coach,
        source="S003:8900-8906, 9720-9726, 9974-9984",
        step=S("gezinscoaching", "info"),
        refs=("A18",),
    ),
    Rule(
        key="R-1G1P.plan",
        id="R-1G1P",
        topic="product",
        applies=one_family_one_plan,
        source="S002:14; S003:1380-1404, 1488-1498, 2348-2352",
        step=S("1g1p", "info"),
    ),
    Rule(
        key="R-1G1P.psycholoog",
        id="R-1G1P",
        topic="product",
        applies=first_line_psychologist,
        source="S003:1456-1468, 1610-1618",
        step=S("eerstelijnspsycholoog", "info"),
    ),
    Rule(
        key="R-HULPLIJN.1813",
        id="R-HULPLIJN",
        topic="product",
        applies=suicide_line,
        source="zelfmoord1813.be: Zelfmoordlijn 1813",
        step=S("zelfmoordlijn-1813", "info"),
    ),
    Rule(
        key="R-HULPLIJN.tele-onthaal",
        id="R-HULPLIJN",
        topic="product",
        applies=listening_line_adult,
        source="tele-onthaal.be: listening line for everyone",
        step=S("tele-onthaal", "info"),
    ),
    # Fallback: nothing else applied.
    Rule(
        key="R-BREED.caw",
        id="R-BREED",
        topic="accessibility",
        applies=always,
        source="S000:97-103; S003:8890-8892",
        step=S("caw", "binnenkort"),
        refs=("A3",),
        fallback=True,
    ),
)

RULES_BY_KEY = {r.key: r for r in RULES}
RULE_IDS = frozenset(i for r in RULES for i in r.ids)


# --- texts ------------------------------------------------------------------------------------
# `TEXTS["<rule key>.<field>[.<rol>|.prof|.burger]"]`. Fields: titel, wat_doen, waarom (a
# template; placeholders from `phrases()`). Lookup order: .<rol>, .prof/.burger, plain.

_T: dict[str, dict[str, str]] = {
    "nood.112": {
        "titel": "Bel nu 112",
        "wat_doen": (
            "Is iemand nu in gevaar, gewond of in nood? Bel meteen 112 voor een ziekenwagen of de "
            "brandweer. Dat is gratis en kan dag en nacht."
        ),
        "waarom": "Je zei dat iemand nu in gevaar is. Dan gaat veiligheid voor alles.",
    },
    "nood.101": {
        "titel": "Bel 101 voor de politie",
        "wat_doen": (
            "Is er gevaar door iemand, zoals geweld of een bedreiging? Bel 101 voor de politie. "
            "Dat is gratis en kan dag en nacht."
        ),
        "waarom": "Je zei dat iemand nu in gevaar is. De politie kan meteen komen helpen.",
    },
    "R-1813": {
        "titel": "Bel of chat nu met de Zelfmoordlijn 1813",
        "titel.prof": "Zelfmoordlijn 1813: vandaag nog",
        "wat_doen": (
            "Denk je aan zelfdoding, of denkt iemand in je omgeving eraan? Bel gratis naar "
            "1813. Je kan dag en nacht bellen, ook in het weekend. Je hoeft je naam niet te "
            "zeggen. Op zelfmoord1813.be kan je ook chatten. Is er nu gevaar? Bel dan eerst "
            "112."
        ),
        "wat_doen.ouder": (
            "Denkt je kind aan zelfdoding? Bel gratis naar 1813. Je kan dag en nacht bellen, "
            "ook in het weekend. Ze helpen jou om erover te praten met je kind en zoeken mee "
            "naar hulp. Op zelfmoord1813.be kan je ook chatten. Is er nu gevaar? Bel dan "
            "eerst 112."
        ),
        "wat_doen.prof": (
            "De Zelfmoordlijn 1813 is dag en nacht bereikbaar, gratis en anoniem, ook voor "
            "hulpverleners en leerkrachten die zich zorgen maken over iemand. Neem gedachten "
            "aan zelfdoding altijd ernstig en bespreek ze vandaag nog. Bij acuut gevaar: 112."
        ),
        "waarom": (
            "{zelfdoding_zin} Bij gedachten aan zelfdoding is praten met iemand die ervoor "
            "opgeleid is het eerste wat helpt, en dat kan meteen."
        ),
    },
    "buiten.112-zelfdoding": {
        "titel": "Denk je aan zelfdoding? Bel 112 als het niet veilig is",
        "wat_doen": (
            "Denkt iemand aan zelfdoding en is die persoon niet veilig? Bel 112. Dat nummer "
            "werkt in heel België, dag en nacht."
        ),
        "waarom": (
            "{zelfdoding_zin} Je woonplaats ligt buiten Vlaanderen en Brussel. 112 helpt in "
            "heel België."
        ),
    },
    "buiten.112": {
        "titel": "Bij gevaar: 112",
        "wat_doen": (
            "In heel België bel je 112 als iemand in gevaar of gewond is (ziekenwagen, brandweer)."
        ),
        "waarom": (
            "Je woonplaats ligt buiten Vlaanderen en Brussel. Dit nummer geldt in heel België."
        ),
    },
    "buiten.101": {
        "titel": "Bij gevaar door iemand: 101",
        "wat_doen": "In heel België bel je 101 voor de politie.",
        "waarom": (
            "Je woonplaats ligt buiten Vlaanderen en Brussel. Dit nummer geldt in heel België."
        ),
    },
    "C1.hulpverlener": {
        "titel": "Contacteer het crisismeldpunt jeugdhulp van je regio",
        "wat_doen": (
            "Heb je tijdens de crisis zelf niet meteen een antwoord? Contacteer het "
            "crisismeldpunt jeugdhulp van je regio voor een consult of een aanmelding. Het is "
            "24 uur op 24 en 7 dagen op 7 bereikbaar. Het netwerk crisisjeugdhulp zorgt, "
            "afhankelijk van de nood, voor interventie, begeleiding of opvang."
        ),
        "waarom": (
            "Je zei dat er een acute crisis is en dat er vandaag hulp nodig is. Hulpverleners "
            "kunnen dan dag en nacht terecht bij het crisismeldpunt."
        ),
    },
    "C2.burger": {
        "titel": "Bel vandaag het crisismeldpunt",
        "wat_doen": (
            "Het crisismeldpunt helpt als alles plots misloopt. Het is dag en nacht "
            "bereikbaar, ook in het weekend. Het is er vooral voor hulpverleners: heb je al "
            "een hulpverlener, vraag dan of die meteen belt. Lukt dat niet, dan mag je in een "
            "acute crisis ook zelf bellen."
        ),
        "waarom": (
            "Je zei dat er een acute crisis is en dat er vandaag hulp nodig is. Het "
            "crisismeldpunt kan zorgen voor een gesprek, begeleiding of een plek om te blijven."
        ),
    },
    "C4.school-zelf": {
        "titel": "Contacteer zelf het crisismeldpunt en breng het CLB op de hoogte",
        "wat_doen": (
            "Kan de school geen beroep doen op een CLB-medewerker, dan mag de school "
            "uitzonderlijk zelf het crisismeldpunt jeugdhulp contacteren voor een consult of "
            "aanmelding (24 uur op 24, 7 dagen op 7). Breng het CLB daarna zo snel mogelijk op "
            "de hoogte van die beslissing."
        ),
        "waarom": (
            "Je zei dat er een acute crisis is en {school_clb_zin} Dan mag een school het "
            "crisismeldpunt uitzonderlijk zelf contacteren."
        ),
    },
    "C5.school-clb": {
        "titel": "Contacteer nu het CLB van de leerling",
        "wat_doen": (
            "Bel nu het CLB. De CLB-medewerker kan het crisismeldpunt jeugdhulp dag en nacht "
            "contacteren voor een consult of aanmelding."
        ),
        "waarom": (
            "Je zei dat er een acute crisis is met een leerling. In een crisis werkt de school "
            "via het CLB."
        ),
    },
    "C5.school-meldpunt": {
        "titel": "Crisismeldpunt jeugdhulp: via het CLB",
        "wat_doen": (
            "Het CLB contacteert het crisismeldpunt voor een consult of aanmelding. Bereik je "
            "het CLB niet, dan mag de school uitzonderlijk zelf het crisismeldpunt contacteren. "
            "Breng het CLB daarna zo snel mogelijk op de hoogte."
        ),
        "waarom": (
            "Je zei dat er een acute crisis is. Het crisismeldpunt is 24 uur op 24 en 7 dagen "
            "op 7 bereikbaar."
        ),
    },
    "M10.school": {
        "titel": "Contacteer het CLB over je zorg",
        "wat_doen": (
            "Bij verontrusting (verwaarlozing, kindermishandeling) moet de school contact "
            "opnemen met het CLB. Het CLB maakt de situatie bespreekbaar met de leerling en de "
            "ouders. Is het nodig, dan beslist het multidisciplinair team van het CLB over een "
            "consult of aanmelding bij het VK of een OCJ, ook als de leerling of de ouders dat "
            "niet willen."
        ),
        "waarom": (
            "{zorgen_of_weigert_zin} Een school moet dan het CLB contacteren. Het CLB heeft "
            "beroepsgeheim en kan verder gaan."
        ),
    },
    "M2.vk": {
        "titel": "Bespreek je zorg, en vraag een consult of aanmelding bij het VK",
        "wat_doen": (
            "Maak je zorg eerst bespreekbaar met de jongere en de ouders; ook de raad van "
            "collega's helpt. Lukt dat, werk dan verder aan een hulpplan met hun vrijwillige "
            "medewerking. Blijft de twijfel, of is de situatie niet veilig: vraag een consult "
            "of doe een aanmelding bij het Vertrouwenscentrum Kindermishandeling (VK). Werk je "
            "in een CLB, dan gebeurt dat op basis van een beslissing van het multidisciplinair "
            "team."
        ),
        "waarom": (
            "{zorgen_zin} {leeftijd_zin} Het VK en het OCJ zijn gemandateerde voorzieningen: ze "
            "beoordelen verontrustende situaties en mogen optreden, ook zonder hulpvraag."
        ),
    },
    "M2.ocj": {
        "titel": "Consult of aanmelding bij het OCJ",
        "wat_doen": (
            "Het Ondersteuningscentrum Jeugdzorg (OCJ) geeft ook consult en neemt aanmeldingen "
            "aan bij verontrusting en een vermoeden van maatschappelijke noodzaak. Vindt het OCJ "
            "samen met het gezin geen oplossing, dan kan het naar het parket stappen."
        ),
        "waarom": (
            "{zorgen_zin} {leeftijd_zin} Ook het OCJ is een gemandateerde voorziening voor "
            "minderjarigen in een verontrustende situatie."
        ),
    },
    "M2.ocj-consult": {
        "titel": "Twijfel je nog? Vraag een consult aan het OCJ",
        "wat_doen": (
            "Met een vraag over verontrusting kan je als hulpverlener een consult vragen bij het "
            "Ondersteuningscentrum Jeugdzorg (OCJ). Je bespreekt de situatie; een consult is nog "
            "geen aanmelding."
        ),
        "waarom": "{zorgen_zin} Een consult helpt je beslissen of een aanmelding nodig is.",
    },
    "G2.zorggarantie": {
        "titel": "Kind en Gezin: hulp voor een heel jong kind",
        "titel.prof": "Kind en Gezin: zorggarantie (jonge kind)",
        "wat_doen": (
            "Kind en Gezin helpt aanstaande ouders en gezinnen met kinderen tot 3 jaar, ook "
            "als er meer hulp nodig is. Is een ongeboren of heel jong kind (tot 3 jaar) thuis "
            "niet veilig, en dreigt het uit huis geplaatst te worden? Dan bestaat er "
            "zorggarantie: snelle extra hulp om dat zo veel mogelijk te vermijden. Aanmelden "
            "kan al tijdens de zwangerschap. Vraag Kind en Gezin, of je hulpverlener, ernaar."
        ),
        "wat_doen.prof": (
            "Zorggarantie is er voor ongeboren en heel jonge kinderen (van -9 maanden tot 3 "
            "jaar) in een erg precaire situatie met dreigende uithuisplaatsing. Aanmelden kan "
            "al tijdens de zwangerschap; een lokaal team van Kind en Gezin werkt samen met "
            "een casuscoördinator. Is een gemandateerde voorziening of de SDJ al betrokken, "
            "dan zit die mee aan de zorgtafel."
        ),
        "waarom": (
            "{intensief_zin} {leeftijd_zin} Voor een kind van die leeftijd is Kind en Gezin "
            "de eerste plek, ook om zwaardere hulp te vragen."
        ),
    },
    "A19.casusregie": {
        "titel": "Herhaald geweld in het gezin: casusregie van het Veilig Huis",
        "wat_doen": (
            "Is er een verhoogd risico dat het geweld in het gezin zich herhaalt, en moeten "
            "de diensten daarom informatie delen en samen één aanpak volgen? Dan kan je het "
            "gezin als professional aanmelden bij het Veilig Huis van je gerechtelijk "
            "arrondissement (in Vlaanderen). Een casusregisseur maakt met de partners één "
            "plan van aanpak; politie en parket werken mee voor de veiligheid. De hulp is "
            "vrijwillig en gratis."
        ),
        "waarom": (
            "{zorgen_zin} Casusregie start na een aanmelding door een professional of na een "
            "tussenkomst van de politie, en alleen als aan die drie voorwaarden voldaan is."
        ),
    },
    "M6.ocj": {
        "titel": "Maatschappelijke noodzaak: consult of aanmelding bij het OCJ",
        "wat_doen": (
            "Bespreek eerst met de jongere en de ouders waarom de hulp nodig is. Aanvaarden ze "
            "de nodige hulp niet, of loopt de vrijwillige hulp vast? Vraag dan een consult of "
            "doe een aanmelding bij het OCJ. Het OCJ mag optreden, ook als niemand om hulp "
            "vraagt. Vindt het samen met het gezin geen oplossing, dan stapt het naar het "
            "parket; de jeugdrechter kan hulp opleggen. Werk je in een CLB, dan gebeurt een "
            "aanmelding op basis van een beslissing van het multidisciplinair team."
        ),
        "waarom": (
            "{weigert_zin} {leeftijd_zin} Bij een vermoeden van maatschappelijke noodzaak mag "
            "het OCJ optreden, ook zonder hulpvraag."
        ),
    },
    "R-1712": {
        "titel": "Bel 1712 als je je zorgen maakt over geweld of misbruik",
        "wat_doen": (
            "Bij 1712 kan je terecht met vragen over geweld, misbruik en kindermishandeling. "
            "Bellen is gratis en het nummer staat niet op de telefoonrekening. 1712 is geen "
            "noodnummer: is er nu gevaar, bel dan 112 of 101."
        ),
        "waarom": "{zorgen_of_weigert_zin} 1712 luistert, geeft raad en zoekt mee naar hulp.",
    },
    "M4.vk": {
        "titel": "Je mag ook zelf naar het Vertrouwenscentrum Kindermishandeling",
        "wat_doen": (
            "Het VK (Vertrouwenscentrum Kindermishandeling) helpt bij kindermishandeling en "
            "geweld in het gezin. Je mag er zelf naartoe, maar doe dat liefst samen met een "
            "hulpverlener, bijvoorbeeld van {brede_instap_namen}."
        ),
        "waarom": (
            "{zorgen_zin} {leeftijd_zin} Het VK werkt met kinderen en jongeren die niet "
            "veilig zijn, en hun gezin."
        ),
    },
    "M4.ocj": {
        "titel": "Loopt de hulp vast? Het OCJ kan helpen",
        "wat_doen": (
            "Het OCJ (Ondersteuningscentrum Jeugdzorg) helpt als de hulp vastloopt of als de "
            "nodige hulp niet aanvaard wordt. Het OCJ maakt samen met jullie een plan. Jullie "
            "moeten akkoord gaan, maar je kan die hulp niet zomaar alleen stoppen. Je mag zelf "
            "naar het OCJ stappen, maar doe dat liefst samen met een hulpverlener."
        ),
        "waarom": (
            "{weigert_zin} {lopend_zin} Het OCJ helpt gezinnen als de nodige hulp niet van de "
            "grond komt."
        ),
    },
    "M12.kind-en-gezin": {
        "titel": "Kind en Gezin",
        "titel.prof": "Kind en Gezin (lokaal team, zorggarantie)",
        "wat_doen": (
            "Kind en Gezin helpt aanstaande ouders en gezinnen met kinderen tot 3 jaar. Ze "
            "werken mee met het gezin, ook als het moeilijk gaat, en zoeken snel extra hulp als "
            "een kind niet veilig is."
        ),
        "wat_doen.prof": (
            "Het lokaal team van Kind en Gezin heeft een mandaat om signalen van (mogelijke) "
            "kindermishandeling ernstig te nemen en hulp bij te schakelen, ook zonder hulpvraag "
            "van het gezin. Bij dreigende uithuisplaatsing van een ongeboren of heel jong kind "
            "(tot 3 jaar) is er zorggarantie; aanmelden kan al tijdens de zwangerschap."
        ),
        "waarom": (
            "{leeftijd_zin} {situatie_zin} Kind en Gezin mag ook zelf hulp inschakelen als "
            "een heel jong kind niet veilig is."
        ),
    },
    "G6.ocj": {
        "waarom": (
            "{leeftijd_zin} Een consult of aanmelding bij het OCJ kan alleen voor minderjarigen: "
            "vanaf 18 jaar volgt de consulent niet meer op (behalve na een jeugddelict)."
        ),
    },
    "G6.vk": {
        "waarom": (
            "{leeftijd_zin} Het VK werkt met minderjarigen. Voor een jongvolwassene kan het CAW "
            "helpen."
        ),
    },
    "G6.caw": {
        "titel": "Het CAW helpt ook jongvolwassenen",
        "titel.prof": "Verwijs naar het CAW",
        "wat_doen": (
            "Het CAW (Centrum Algemeen Welzijnswerk) helpt jongvolwassenen van 18 tot 25 jaar "
            "en hun ouders, gratis, ook bij geweld en problemen thuis. Jongeren tot 25 jaar "
            "kunnen ook naar het JAC (het jongerenaanbod van het CAW)."
        ),
        "wat_doen.prof": (
            "Het CAW biedt trajectbegeleiding aan jongvolwassenen van 18 tot 25 jaar en hun "
            "ouders, ook bij intrafamiliaal geweld. Doorverwijzen gebeurt met instemming van de "
            "jongere: vanaf 18 jaar beslist de jongere zelf."
        ),
        "waarom": (
            "{leeftijd_zin} {zorgen_of_weigert_zin} Het OCJ en het VK werken alleen met "
            "minderjarigen; het CAW helpt ook jongvolwassenen."
        ),
    },
    "R-HULPLIJN.nupraat": {
        "titel": "Chat anoniem op nupraatikerover.be",
        "wat_doen": (
            "Gebeurt er thuis of ergens anders iets dat niet goed voelt? Op nupraatikerover.be "
            "kan je chatten met iemand van het Vertrouwenscentrum Kindermishandeling. Je hoeft je "
            "naam niet te zeggen."
        ),
        "waarom": "{zorgen_zin} Chatten kan anoniem, ook als je nog niet klaar bent om te bellen.",
    },
    "A7.clb": {
        "titel": "Vraag het CLB om samen een aanvraag te doen",
        "wat_doen": (
            "Voor zwaardere hulp heb je een erkende verwijzer nodig: iemand die de aanvraag "
            "samen met jou doet. Het CLB (Centrum voor Leerlingenbegeleiding) kan dat. Heb je "
            "al een hulpverlener, dan kan die het ook."
        ),
        "waarom": (
            "{intensief_zin} {leeftijd_zin} {lopend_zin} Zwaardere hulp vraag je aan via een "
            "erkende verwijzer, en het CLB is er een."
        ),
    },
    "A7.jac": {
        "titel": "Vraag het aan het JAC",
        "wat_doen": (
            "Het JAC (jongerenaanbod van het Centrum Algemeen Welzijnswerk) helpt jongeren van 12 "
            "tot 25 jaar, gratis en "
            "vertrouwelijk. Een hulpverlener van het JAC kan samen met jou bekijken welke hulp "
            "je nodig hebt, en de aanvraag samen met jou doen."
        ),
        "waarom": (
            "{intensief_zin} {leeftijd_zin} Het JAC is er voor jongeren van 12 tot 25 jaar en "
            "kan de aanvraag samen met jou doen."
        ),
    },
    "A7.caw": {
        "titel": "Vraag het aan het CAW",
        "wat_doen": (
            "Een hulpverlener van het CAW (Centrum Algemeen Welzijnswerk) kan samen met jou "
            "bekijken welke hulp nodig is, en de aanvraag samen met jou doen. Het CAW is gratis."
        ),
        "waarom": (
            "{intensief_zin} {lopend_zin} Zwaardere hulp vraag je aan via een erkende "
            "verwijzer, en het CAW is er een."
        ),
    },
    "A7.toegangspoort": {
        "titel": "Zo vraag je zwaardere hulp aan",
        "wat_doen": (
            "Zwaardere hulp, zoals verblijf buiten huis of lange, intensieve begeleiding, kan "
            "je niet zomaar zelf starten. Ze wordt aangevraagd bij de toegangspoort van de "
            "provincie waar {kind_of_jongere} officieel woont. Dat doet een erkende verwijzer "
            "samen met jou: {brede_instap_namen}, of je eigen hulpverlener. Wil je toch zelf "
            "rechtstreeks naar de toegangspoort stappen? Dan moet je eerst bemiddeling "
            "vragen: dat is een voorwaarde. Bemiddeling is een gesprek met een onafhankelijke "
            "bemiddelaar. Na de aanvraag zoekt de toegangspoort binnen 15 werkdagen een "
            "voorstel: welke hulp en wie die geeft. Zodra de hulp start, krijg je een "
            "beslissing met wie je helpt en hoe lang. Daarna sluit de toegangspoort het "
            "dossier af en volgt ze de hulp niet verder op."
        ),
        "waarom": (
            "{intensief_zin} Die hulp is niet rechtstreeks toegankelijk: de toegangspoort kijkt "
            "eerst welke hulp nodig is en waar die te vinden is."
        ),
    },
    "A8.toegangspoort": {
        "titel": "A-document bij de intersectorale toegangspoort",
        "wat_doen": (
            "Meld samen met de jongere en de ouders aan met een A-document (standaard "
            "elektronisch aanmeldingsdocument) bij de intersectorale toegangspoort van de "
            "provincie waar de minderjarige gedomicilieerd is. Voorwaarden: je hebt de "
            "hulpvraag al uitgeklaard met de jongere en de ouders, en jullie vinden samen dat "
            "de eigen mogelijkheden en de rechtstreeks toegankelijke jeugdhulp onvoldoende "
            "zijn. In een CLB dient het multidisciplinair team de aanvraag in. De "
            "toegangspoort houdt je op de hoogte en betrekt je bij elke stap. Binnen 15 "
            "werkdagen werkt een jeugdhulpregisseur een jeugdhulpverleningsvoorstel uit; "
            "zodra de hulp start, volgt een jeugdhulpverleningsbeslissing en sluit de "
            "toegangspoort het dossier af, zonder verdere opvolging."
        ),
        "waarom": (
            "{intensief_zin} Niet rechtstreeks toegankelijke jeugdhulp loopt via de "
            "intersectorale toegangspoort."
        ),
    },
    "A13.toegangspoort": {
        "titel": "Niet rechtstreeks toegankelijke hulp: via het CLB",
        "wat_doen": (
            "Een school kan zelf geen aanvraag doen bij de intersectorale toegangspoort. Het "
            "CLB (als multidisciplinair team) of een andere erkende verwijzer meldt aan met een "
            "A-document, samen met de leerling en de ouders, bij de toegangspoort van de "
            "provincie waar de leerling officieel woont."
        ),
        "waarom": (
            "{intensief_zin} Die hulp is niet rechtstreeks toegankelijk: een erkende "
            "verwijzer vraagt ze aan."
        ),
    },
    "G4.toegangspoort": {
        "titel": "Vanaf 18 jaar: alleen in bepaalde gevallen via de toegangspoort",
        "wat_doen": (
            "Vanaf 18 jaar stopt de jeugdhulp in principe. De toegangspoort kan nog alleen in "
            "deze gevallen: begeleiding van het gezin (contextbegeleiding) kan nog starten op "
            "18 jaar, en loopt tot 21 jaar als er ook verblijf bij hoort; bij een handicap "
            "kan hulp van het VAPH die niet rechtstreeks toegankelijk is tot 25 jaar. Ook dan "
            "doet een erkende verwijzer de aanvraag samen met de jongere, zoals het CAW of "
            "het JAC. Wil de jongere zelf rechtstreeks naar de toegangspoort stappen, dan is "
            "bemiddeling eerst een voorwaarde. In alle andere gevallen is het CAW of het JAC "
            "de weg."
        ),
        "wat_doen.prof": (
            "Vanaf 18 jaar stopt de jeugdhulp. Uitzonderingen: contextbegeleiding kan nog "
            "opstarten op 18 jaar (met een verblijfsmodule tot 21 jaar); niet rechtstreeks "
            "toegankelijke VAPH-hulp kan tot 25 jaar. Alleen dan meld je met het A-document "
            "aan bij de toegangspoort, samen met de jongere. Anders verwijs je naar het CAW "
            "of het JAC (trajectbegeleiding 18-25)."
        ),
        "waarom": (
            "{intensief_zin} {leeftijd_zin} Voor jongvolwassenen is zwaardere jeugdhulp "
            "alleen in die gevallen nog mogelijk."
        ),
    },
    "D4.aanvraag": {
        "titel": "Bemiddeling bij onenigheid over de aanvraag",
        "wat_doen": (
            "Zijn jullie het met de hulpverlener niet eens over een aanvraag bij de "
            "toegangspoort? Dan moet er bemiddeling komen: een onafhankelijke bemiddelaar helpt "
            "jullie samen een oplossing te vinden. Bemiddeling is gratis en vertrouwelijk."
        ),
        "wat_doen.prof": (
            "Raken jongere, ouders en hulpverlener het niet eens over een aanvraag bij de "
            "toegangspoort, dan moet bemiddeling ingeschakeld worden. De aanvraag gaat naar "
            "het regionale team Continuïteit van het ACT (afdeling Continuïteit en Toegang) "
            "of via jeugdhulp.be/startpunt."
        ),
        "waarom": (
            "{intensief_zin} {conflict_zin} Over een aanvraag bij de toegangspoort moet er "
            "dan bemiddeling komen."
        ),
    },
    "D2.bemiddeling": {
        "titel": "De hulp mag niet zomaar stoppen: vraag naar bemiddeling",
        "titel.prof": "Eenzijdige stopzetting: bemiddeling is verplicht",
        "wat_doen": (
            "Wil een hulpverlener de hulp stoppen zonder jullie akkoord? Dan moet die eerst "
            "bemiddeling inschakelen, zodat de hulp kan doorgaan. Vraag ernaar. Je kan ook zelf "
            "bemiddeling vragen via jeugdhulp.be/startpunt/startpunt-jongere of "
            "jeugdhulp.be/startpunt/startpunt-ouders. Bemiddeling is gratis en vertrouwelijk."
        ),
        "wat_doen.prof": (
            "Wil een jeugdhulpaanbieder de hulp eenzijdig beëindigen, zonder akkoord of vraag "
            "van de cliënt of de ouders, dan moet hij bemiddeling inschakelen met het oog op "
            "de continuïteit (decreet integrale jeugdhulp, art. 30, §1, 4°). Alleen partijen "
            "in het conflict vragen bemiddeling aan, bij het regionale team Continuïteit van "
            "het ACT (afdeling Continuïteit en Toegang) of via jeugdhulp.be/startpunt."
        ),
        "waarom": (
            "{gestopt_zin} Een hulpverlener mag de hulp niet zomaar stopzetten: bemiddeling "
            "moet de hulp helpen doorgaan."
        ),
    },
    "D1.bemiddeling": {
        "titel": "Vraag bemiddeling",
        "titel.prof": "Bemiddeling in de jeugdhulp",
        "wat_doen": (
            "Een onafhankelijke bemiddelaar helpt jullie om samen het conflict op te lossen, "
            "zodat de hulp kan doorgaan. Bemiddeling is gratis, vrijwillig en vertrouwelijk: de "
            "bemiddelaar vertelt niets door. Vraag het aan via "
            "jeugdhulp.be/startpunt/startpunt-jongere of jeugdhulp.be/startpunt/startpunt-ouders."
        ),
        "wat_doen.prof": (
            "Bemiddeling kan bij een conflict tussen cliënt (jongere, ouders) en hulpverlener(s) "
            "dat de continuïteit van de hulp bedreigt. Enkel partijen in het conflict kunnen ze "
            "aanvragen. Niet bij een conflict tussen jeugdhulpaanbieders onderling zonder de "
            "cliënt: gebruik dan cliëntoverleg."
        ),
        "waarom": "{conflict_zin} Bemiddeling is er voor conflicten die de hulp in gevaar brengen.",
    },
    "D8.bemiddeling": {
        "titel": "Vertel over bemiddeling",
        "wat_doen": (
            "Alleen wie zelf partij is in het conflict (de jongere, de ouders of de "
            "hulpverlener) kan bemiddeling vragen. Je kan het dus niet zelf aanvragen. Wel "
            "kan je de jongere of de ouders vertellen dat het bestaat: een onafhankelijke "
            "bemiddelaar helpt, gratis en vertrouwelijk. Zij kunnen het aanvragen via "
            "jeugdhulp.be/startpunt."
        ),
        "waarom": (
            "{conflict_of_gestopt_zin} Bemiddeling kan helpen, maar alleen de partijen zelf "
            "kunnen erom vragen."
        ),
        "wat_doen.prof": (
            "Alleen partijen in het conflict (de cliënt, de ouders of de hulpverlener) kunnen "
            "bemiddeling aanvragen; een school of een andere betrokkene niet. Informeer de "
            "jongere en de ouders dat bemiddeling bestaat en dat zij ze kunnen aanvragen via "
            "jeugdhulp.be/startpunt."
        ),
    },
    "D5.bemiddeling": {
        "waarom": (
            "Je zei dat het om {met_naam} gaat. Bemiddeling is dan niet mogelijk: die dienst "
            "kan geen partij zijn in bemiddeling. {d5_wel_zin} Gaat het conflict eigenlijk "
            "over een andere hulpverlener, dan kan bemiddeling wel."
        ),
        "waarom.prof": (
            "Het gaat om {met_naam}. De SDJ, een gemandateerde voorziening (OCJ, VK) en de "
            "intersectorale toegangspoort kunnen geen partij zijn in bemiddeling. Is het "
            "conflict tussen cliënt en een andere hulpverlener terwijl zo'n dienst het "
            "dossier volgt, dan kan bemiddeling wel; het schort het proces bij die dienst "
            "nooit op. {d5_wel_zin}"
        ),
    },
    "D5.clientoverleg": {
        "titel": "Wat wel kan: cliëntoverleg",
        "wat_doen": (
            "Bij cliëntoverleg zitten jullie samen met alle hulpverleners, onder leiding van "
            "een onafhankelijke voorzitter. Jullie maken samen een plan: wie doet wat. Je mag "
            "het zelf aanvragen, of een hulpverlener vragen om te helpen. Je mag een "
            "vertrouwenspersoon meenemen."
        ),
        "wat_doen.prof": (
            "Cliëntoverleg (externe, onafhankelijke voorzitter) stemt hulp en ondersteuning op "
            "elkaar af en levert een werkplan met een hulpcoördinator. Iedereen kan het "
            "aanvragen, met instemming van de cliënt; de cliënt is aanwezig."
        ),
        "waarom": (
            "Je zei dat het om {met_naam} gaat. Bemiddeling kan dan niet. Cliëntoverleg kan "
            "wel: iedereen mag het vragen, ook als er zorgen zijn over de veiligheid."
        ),
    },
    "D11.gestopt": {
        "titel": "Vraag cliëntoverleg",
        "titel.prof": "Cliëntoverleg is verplicht bij eenzijdige stopzetting",
        "wat_doen": (
            "Wil een hulpverlener de hulp stoppen zonder jullie akkoord, dan moet er ook een "
            "overleg komen: cliëntoverleg. Jullie zitten samen met de hulpverleners, onder "
            "leiding van een onafhankelijke voorzitter, en maken samen een plan zodat de hulp "
            "niet zomaar wegvalt."
        ),
        "wat_doen.prof": (
            "Cliëntoverleg is een verplichting wanneer de hulpverlener de hulp aan een cliënt "
            "eenzijdig wil stoppen zonder instemming van het cliëntsysteem. Aanvraag bij het "
            "regionale team Continuïteit van het ACT (afdeling Continuïteit en Toegang)."
        ),
        "waarom": (
            "{gestopt_zin} Stopt een hulpverlener de hulp zonder jullie akkoord, dan moet er "
            "ook cliëntoverleg komen."
        ),
    },
    "D7.clientoverleg": {
        "titel": "Cliëntoverleg voor afstemming tussen hulpverleners",
        "wat_doen": (
            "Lukt het de hulpverleners zelf niet meer om de hulp af te stemmen en te "
            "coördineren, dan is cliëntoverleg aangewezen. Een conflict tussen "
            "jeugdhulpaanbieders onderling, zonder de cliënt, komt niet in aanmerking voor "
            "bemiddeling."
        ),
        "waarom": (
            "{conflict_zin} Tussen hulpverleners onderling is er geen bemiddeling; "
            "cliëntoverleg brengt de afstemming terug."
        ),
    },
    "D11.overzicht": {
        "titel": "Vraag cliëntoverleg",
        "titel.prof": "Cliëntoverleg",
        "wat_doen": (
            "Bij cliëntoverleg zitten jullie samen met alle hulpverleners, onder leiding van een "
            "onafhankelijke voorzitter. Jullie maken samen één plan: wie doet wat. Eén "
            "hulpverlener wordt het aanspreekpunt. Je mag het zelf aanvragen, of een "
            "hulpverlener vragen om te helpen. Je mag iemand meenemen die je vertrouwt."
        ),
        "wat_doen.prof": (
            "Cliëntoverleg is aangewezen wanneer de cliënt en zijn context het overzicht "
            "verliezen, of wanneer de hulpverlening zelf de afstemming niet meer kan "
            "organiseren. Resultaat: een werkplan en een hulpcoördinator. Iedereen kan het "
            "aanvragen, met instemming van de cliënt."
        ),
        "waarom": "{overzicht_zin} Cliëntoverleg brengt iedereen samen rond één plan.",
    },
    "M15.clientoverleg": {
        "titel": "Cliëntoverleg",
        "wat_doen": "Cliëntoverleg kan ook bij verontrusting.",
        "waarom": (
            "Cliëntoverleg is niet de weg om je zorgen over de veiligheid met het gezin te "
            "bespreken: dat blijft de taak van de betrokken hulpverlener(s)."
        ),
    },
    "D14.clientoverleg": {
        "titel": "Cliëntoverleg",
        "wat_doen": (
            "Cliëntoverleg helpt betrokken hulpverleners om met de cliënt tot één werkplan te "
            "komen."
        ),
        "waarom": (
            "Cliëntoverleg is niet bedoeld om met voorzieningen over een plaats te "
            "onderhandelen: dat doet de jeugdhulpregie van de toegangspoort. Lukt het de "
            "betrokken hulpverleners niet om samen met het gezin tot één werkplan te komen, "
            "dan kan het wel."
        ),
    },
    "R-CAW-TRAJECT": {
        "titel": "Het CAW helpt het overzicht te bewaren",
        "wat_doen": (
            "Bij het CAW (Centrum Algemeen Welzijnswerk) kan een vaste begeleider alle hulp op "
            "een rij zetten en mee opvolgen, voor jongvolwassenen van 18 tot 25 jaar. Het CAW is "
            "gratis."
        ),
        "wat_doen.prof": (
            "Voor jongvolwassenen (18-25) coördineert de trajectbegeleiding van het CAW "
            "complexe, meervoudige hulpverlening. Cliëntoverleg is gericht op minderjarigen."
        ),
        "waarom": (
            "{overzicht_zin} {leeftijd_zin} Cliëntoverleg is er voor minderjarigen; voor "
            "jongvolwassenen houdt het CAW het overzicht."
        ),
    },
    "R-VERTROUWENSPERSOON": {
        "titel": "Neem een vertrouwenspersoon mee",
        "wat_doen": (
            "Je mag iemand die je vertrouwt meenemen naar elk gesprek met de jeugdhulp: een "
            "vertrouwenspersoon. Dat is iemand van 18 jaar of ouder die niets te maken heeft "
            "met de hulp die je nu krijgt. Die persoon mag cliëntoverleg vragen en kan je "
            "helpen om bemiddeling te vragen. De aanvraag voor bemiddeling doen de partijen "
            "in het conflict zelf: jij of je ouders."
        ),
        "waarom": (
            "{conflict_of_gestopt_zin} Met iemand naast je is het makkelijker om te zeggen "
            "wat je wil."
        ),
    },
    "A4.school": {
        "titel": "Bespreek het met het CLB",
        "wat_doen": (
            "Bespreek de situatie met het CLB van de leerling. Doorverwijzen naar therapie of "
            "gespecialiseerde hulp doet het CLB, niet de school: het CLB heeft beroepsgeheim. "
            "Bij (problematische) afwezigheid moet de school het CLB contacteren."
        ),
        "waarom": (
            "{situatie_zin} {leeftijd_zin} Doorverwijzen naar gespecialiseerde hulp is de "
            "taak van het CLB."
        ),
    },
    "A4.school-meerderjarig": {
        "titel": "Het JAC voor leerlingen vanaf 18 jaar",
        "wat_doen": (
            "Het CLB werkt in principe tot 18 jaar. Het volgt leerlingen wel langer: in het "
            "buitengewoon onderwijs tot 21 jaar, leerlingen met een handicap tot 25 jaar. "
            "Andere meerderjarige leerlingen kunnen zelf naar het JAC (jongeren van 12 tot 25 "
            "jaar, gratis en vertrouwelijk). De jongere beslist zelf."
        ),
        "waarom": (
            "{leeftijd_zin} Vanaf 18 jaar beslist de leerling zelf, en het JAC helpt jongeren "
            "tot 25 jaar."
        ),
    },
    "R-CLB-VERSLAG": {
        "titel": "Het CLB: ook voor een verslag over de noden op school",
        "wat_doen": (
            "Heeft een leerling door een (vermoeden van) handicap andere noden op school? Het "
            "CLB (Centrum voor Leerlingenbegeleiding) bekijkt dat samen met de leerling, de "
            "ouders en de school. Alleen het CLB mag een verslag of een gemotiveerd verslag "
            "maken; dat is nodig voor extra steun of voor buitengewoon onderwijs."
        ),
        "wat_doen.prof": (
            "Bespreek de onderwijsbehoeften met het CLB. Het CLB is de enige gemachtigde "
            "indicatiesteller voor een verslag of gemotiveerd verslag bij specifieke "
            "onderwijsbehoeften."
        ),
        "waarom": (
            "{handicap_zin} {school_zin} Alleen het CLB mag een verslag of gemotiveerd "
            "verslag voor specifieke onderwijsbehoeften afleveren."
        ),
    },
    "G1.clb-langer": {
        "titel": "Het CLB kan ook na 18 jaar nog helpen",
        "wat_doen": (
            "Het CLB (Centrum voor Leerlingenbegeleiding) werkt meestal tot 18 jaar. Maar het "
            "volgt leerlingen langer: in het buitengewoon onderwijs tot 21 jaar, en "
            "leerlingen met een handicap tot 25 jaar. Gaat de jongere nog naar school? Vraag "
            "het dan aan het CLB van de school."
        ),
        "wat_doen.prof": (
            "Het CLB volgt leerlingen langer dan 18 jaar: in het buitengewoon onderwijs tot "
            "21 jaar, met een handicap tot 25 jaar."
        ),
        "waarom": (
            "{handicap_zin} {leeftijd_zin} Voor leerlingen met een handicap blijft het CLB "
            "tot 25 jaar bevoegd."
        ),
    },
    "A3.kind-en-gezin": {
        "titel": "Kind en Gezin",
        "wat_doen": (
            "Kind en Gezin helpt aanstaande ouders en gezinnen met kinderen tot 3 jaar, met "
            "elke vraag over opgroeien en opvoeden. Je kan er zelf terecht, ook telefonisch of "
            "via chat."
        ),
        "wat_doen.prof": (
            "Kind en Gezin (preventieve dienst, brede instap) voor aanstaande ouders en "
            "gezinnen met kinderen tot 3 jaar; rechtstreeks toegankelijk."
        ),
        "waarom": (
            "{leeftijd_zin} {situatie_zin} Kind en Gezin is de eerste plek voor gezinnen met "
            "kinderen tot 3 jaar."
        ),
    },
    "A3.clb": {
        "titel": "Het CLB",
        "wat_doen": (
            "Het CLB (Centrum voor Leerlingenbegeleiding) helpt kinderen en jongeren van 2,5 "
            "tot 18 jaar die naar school gaan, en hun ouders. Met elke vraag: leren, school, "
            "gezondheid, hoe je je voelt. Je kan er zelf terecht, het CLB van je school helpt "
            "je verder."
        ),
        "wat_doen.prof": (
            "Het CLB is brede instap voor leerlingen van 2,5 tot 18 jaar en hun ouders; "
            "rechtstreeks toegankelijk en erkende verwijzer."
        ),
        "waarom": (
            "{leeftijd_zin} {situatie_zin} Het CLB is de eerste plek voor schoolgaande "
            "kinderen en jongeren."
        ),
    },
    "A3.jac": {
        "titel": "Het JAC",
        "wat_doen": (
            "Het JAC (jongerenaanbod van het Centrum Algemeen Welzijnswerk) is er voor jongeren "
            "van 12 tot 25 jaar, met "
            "al hun vragen en problemen. Je kan er zelf naartoe. Het is gratis en "
            "vertrouwelijk, en jij beslist waarover je praat."
        ),
        "waarom": (
            "{leeftijd_zin} {situatie_zin} Bij het JAC kunnen jongeren zelf langsgaan met "
            "elke vraag."
        ),
    },
    "A3.caw": {
        "titel": "Het CAW",
        "wat_doen": (
            "Bij het CAW (Centrum Algemeen Welzijnswerk) kan iedereen terecht, met elke vraag. "
            "Een hulpverlener zoekt samen met jou uit wat er aan de hand is. Soms is een "
            "eenvoudig advies genoeg; anders verwijst het CAW je door. Het CAW is gratis."
        ),
        "wat_doen.prof": (
            "Het CAW is brede instap voor ouders en opvoedingsverantwoordelijken, rechtstreeks "
            "toegankelijk en gratis; doorverwijzing gebeurt met instemming van de cliënt."
        ),
        "waarom": "{situatie_zin} Bij het CAW kan iedereen terecht met elke vraag.",
    },
    "A2.cgg": {
        "titel": "Een CGG",
        "wat_doen": (
            "Een CGG (Centrum voor Geestelijke Gezondheidszorg) helpt bij psychische problemen, "
            "zoals je lang somber of angstig voelen. Je kan er zelf naartoe, zonder verwijzing."
        ),
        "wat_doen.prof": (
            "Het CGG biedt probleemgebonden, rechtstreeks toegankelijke hulp bij psychische "
            "problemen; ouders en jongeren kunnen ook op eigen initiatief contact opnemen."
        ),
        "waarom": "{psychisch_zin} Een CGG is gespecialiseerd in psychische problemen.",
    },
    "R-HULPLIJN.awel": {
        "titel": "Praat met Awel",
        "wat_doen": (
            "Bij Awel kan je bellen of chatten met iemand die naar je luistert, over alles wat "
            "je bezighoudt. Het is gratis en je hoeft je naam niet te zeggen."
        ),
        "waarom": "{situatie_zin} Soms helpt het om eerst met iemand te praten die luistert.",
    },
    "A2.dop": {
        "titel": "Een DOP",
        "titel.prof": "Dienst Ondersteuningsplan (DOP)",
        "wat_doen": (
            "Een DOP (Dienst Ondersteuningsplan) helpt als je denkt dat er een handicap is. Ze "
            "maken samen met jou een plan: welke steun je nodig hebt en wie die kan geven. Ze "
            "helpen ook om steun aan te vragen bij het VAPH (Vlaams Agentschap voor Personen met "
            "een Handicap). Je kan er zelf naartoe."
        ),
        "wat_doen.prof": (
            "De DOP is rechtstreeks toegankelijk, ook bij een vermoeden van handicap zonder "
            "VAPH-inschrijving. De DOP maakt een ondersteuningsplan en helpt bij een aanvraag "
            "voor specialistische VAPH-ondersteuning; niet rechtstreeks toegankelijke "
            "VAPH-hulp loopt via de intersectorale toegangspoort."
        ),
        "waarom": "{handicap_zin} Een DOP helpt zoeken welke steun nodig is, ook zonder diagnose.",
    },
    "A2.vaph": {
        "titel": "Thuisbegeleiding bij een handicap",
        "wat_doen": (
            "Een thuisbegeleidingsdienst voor personen met een handicap komt bij jullie thuis "
            "helpen, voor kinderen en jongeren tot 21 jaar. Je kan er zelf naartoe. Er kan een "
            "eigen bijdrage zijn."
        ),
        "wat_doen.prof": (
            "Thuisbegeleidingsdiensten VAPH: rechtstreeks toegankelijke hulp (0 tot 21 jaar); "
            "er is een persoonlijke bijdrage."
        ),
        "waarom": (
            "{handicap_zin} {leeftijd_zin} Thuisbegeleiding is er voor kinderen en jongeren "
            "tot 21 jaar."
        ),
    },
    "A2.ckg": {
        "titel": "Een CKG",
        "wat_doen": (
            "Een CKG (Centrum voor Kinderzorg en Gezinsondersteuning) helpt gezinnen bij de "
            "opvoeding, ook als het thuis even niet lukt. Je kan er zelf naartoe."
        ),
        "wat_doen.prof": "Het CKG biedt rechtstreeks toegankelijke, probleemgebonden hulp.",
        "waarom": (
            "{opvoeding_zin} Een CKG helpt bij de opvoeding, ook als het thuis moeilijk loopt."
        ),
    },
    "A17.gezinscoaching": {
        "titel": "Gezinscoaching",
        "wat_doen": (
            "Een gezinscoach staat naast jullie gezin, ook als het moeilijk gaat, en helpt de "
            "weg te vinden naar andere hulp. Je mag jullie gezin zelf aanmelden. Niet elke "
            "gemeente heeft gezinscoaching, en de leeftijd van de kinderen verschilt per plaats."
        ),
        "wat_doen.prof": (
            "Gezinscoaching ((inter)gemeentelijk) voor gezinnen in een zeer kwetsbare situatie. "
            "Toeleiden kan alleen als het gezin toestemming geeft om de contactgegevens door te "
            "geven. Leeftijdsgrens en aanbod verschillen per werking."
        ),
        "waarom": "{opvoeding_zin} Een gezinscoach helpt het hele gezin de weg te vinden.",
    },
    "R-1G1P.plan": {
        "titel": "1 gezin 1 plan",
        "wat_doen": (
            "In veel regio's werken diensten samen aan '1 gezin 1 plan': binnen de maand is "
            "er een gesprek, jullie krijgen één vast aanspreekpunt en één plan voor het hele "
            "gezin. Vraag bij {brede_instap_namen} of dat bij jou in de buurt bestaat."
        ),
        "waarom": (
            "{situatie_zin} Met één plan voor het hele gezin hoef je je verhaal niet telkens "
            "opnieuw te vertellen."
        ),
    },
    "R-1G1P.psycholoog": {
        "titel": "Een eerstelijnspsycholoog",
        "wat_doen": (
            "Voor kinderen en jongeren met lichte of matige psychische klachten bestaat er "
            "vaak een eerstelijnspsycholoog in de buurt, voor korte hulp. Vraag ernaar bij "
            "{brede_instap_namen}, of bij je huisarts."
        ),
        "wat_doen.prof": (
            "De eerstelijnspsychologische functie (in 1G1P-samenwerkingsverbanden) biedt "
            "laagdrempelige, kortdurende zorg bij milde tot matige psychische klachten."
        ),
        "waarom": (
            "{psychisch_zin} Bij lichte of matige klachten kan korte hulp dichtbij genoeg zijn."
        ),
    },
    "R-HULPLIJN.1813": {
        "titel": "Denk je aan zelfdoding? Zelfmoordlijn 1813",
        "wat_doen": (
            "Denk je aan zelfdoding, of maak je je zorgen over iemand die dat doet? Bel of chat "
            "met de Zelfmoordlijn 1813. Dat is gratis en anoniem."
        ),
        "waarom": (
            "{psychisch_zin} Ook als je twijfelt of het zo erg is, mag je de Zelfmoordlijn bellen."
        ),
    },
    "R-HULPLIJN.tele-onthaal": {
        "titel": "Tele-Onthaal luistert",
        "wat_doen": (
            "Wil je met iemand praten? Tele-Onthaal luistert dag en nacht, via telefoon of "
            "chat. Het is gratis en anoniem."
        ),
        "waarom": "{psychisch_zin} Praten met iemand die luistert kan al helpen.",
    },
    "R-BREED.caw": {
        "titel": "Het CAW",
        "wat_doen": (
            "Bij het CAW (Centrum Algemeen Welzijnswerk) kan iedereen terecht, met elke vraag. "
            "Het is gratis. Een hulpverlener zoekt samen met jou wat er nodig is en verwijst je "
            "door als dat moet."
        ),
        "wat_doen.prof": (
            "Het CAW is brede instap voor iedereen, rechtstreeks toegankelijk en gratis; "
            "jongeren van 12 tot 25 jaar kunnen ook naar het JAC."
        ),
        "waarom": "Met elke vraag kan je terecht bij de brede instap.",
    },
}

TEXTS: dict[str, str] = {
    f"{key}.{fld}": text for key, fields in _T.items() for fld, text in fields.items()
}

# Sentences built from the person's own answers; `phrases()` fills the placeholders above.
PHRASES: dict[str, str] = {
    "leeftijd.jongere": "Je zei dat je {n} bent.",
    "leeftijd.jongere.ongeboren": "Je zei dat het gaat om een kind dat nog niet geboren is.",
    "leeftijd.ouder": "Je zei dat je kind {n} is.",
    "leeftijd.ouder.ongeboren": "Je zei dat je kind nog niet geboren is.",
    "leeftijd": "Je zei dat het kind {n} is.",
    "leeftijd.volwassen": "Je zei dat de jongere {n} is.",
    "leeftijd.ongeboren": "Je zei dat het kind nog niet geboren is.",
    "crisis": "Je zei dat er een acute crisis is.",
    "zelfdoding": "Je zei dat iemand aan zelfdoding denkt.",
    "zelfdoding.jongere": "Je zei dat je aan zelfdoding denkt.",
    "zelfdoding.ouder": "Je zei dat je kind aan zelfdoding denkt.",
    "zelfdoding.prof": "Je zei dat de jongere aan zelfdoding denkt.",
    "zorgen": "Je zei dat je je zorgen maakt over de veiligheid of de ontwikkeling van het kind.",
    "zorgen.jongere": (
        "Je zei dat je je zorgen maakt over je veiligheid of over hoe het met je gaat."
    ),
    "zorgen.ouder": (
        "Je zei dat je je zorgen maakt over de veiligheid of de ontwikkeling van je kind."
    ),
    "vraag": "Je zei dat je een vraag of een probleem hebt en niet goed weet waar je terecht kan.",
    "opvoeding": "Je zei dat je vragen hebt over de opvoeding.",
    "psychisch": "Je zei dat het psychisch niet goed gaat.",
    "psychisch.prof": "Je zei dat het psychisch niet goed gaat met de jongere.",
    "school": "Je zei dat er problemen zijn op school of met afwezigheid.",
    "handicap": "Je zei dat er een handicap is, of een vermoeden ervan.",
    "intensief": "Je zei dat er meer of zwaardere hulp nodig is, zoals verblijf buiten huis of "
    "lange begeleiding.",
    "conflict": "Je zei dat jullie het niet eens zijn met een hulpverlener.",
    "conflict.prof": "Je zei dat er een conflict is met een hulpverlener.",
    "gestopt": "Je zei dat de hulp gestopt wordt zonder jullie akkoord.",
    "gestopt.prof": "Je zei dat de hulp gestopt wordt zonder akkoord van de jongere of de ouders.",
    "overzicht": "Je zei dat er veel hulpverleners zijn en dat jullie het overzicht kwijt zijn.",
    "overzicht.prof": "Je zei dat er veel hulpverleners betrokken zijn en dat het overzicht "
    "verloren is.",
    "weigert": "Je zei dat de nodige hulp niet aanvaard wordt, of dat de hulp vastloopt.",
    "weigert.prof": "Je zei dat het gezin de nodige hulp niet aanvaardt, of dat de vrijwillige "
    "hulp vastloopt.",
    "lopend.ja": "Er is al hulp: je hulpverlener kan je hier ook bij helpen.",
    "lopend.ja.prof": "Er loopt al hulp.",
    "school_clb.nee": "dat je het CLB nu niet kan bereiken.",
    # Where to ask first, named only within its age range (no CLB for a baby, no JAC for a
    # child under 12): Kind en Gezin until 3, the CLB from 3 to 18, the JAC from 12.
    "namen.jong": "Kind en Gezin of het CAW (Centrum Algemeen Welzijnswerk)",
    "namen.kind": "het CLB (Centrum voor Leerlingenbegeleiding) of het CAW (Centrum Algemeen "
    "Welzijnswerk)",
    "namen.tiener": "het CLB (Centrum voor Leerlingenbegeleiding), het CAW (Centrum Algemeen "
    "Welzijnswerk) of het JAC (het jongerenaanbod van het CAW)",
    "namen.volwassen": "het CAW (Centrum Algemeen Welzijnswerk) of het JAC (het jongerenaanbod "
    "van het CAW)",
    "d5_wel.minderjarig": "Wat wel kan: bespreek het met de dienst zelf, of vraag cliëntoverleg.",
    "d5_wel.minderjarig.gezin": (
        "Wat wel kan: bespreek het met de dienst zelf, neem een vertrouwenspersoon mee, of vraag "
        "cliëntoverleg."
    ),
    "d5_wel.minderjarig.prof": "Wat wel kan: cliëntoverleg.",
    "d5_wel.volwassen": "Wat wel kan: bespreek het met de dienst zelf.",
    "d5_wel.volwassen.prof": "Bespreek het met de dienst zelf.",
    "school_clb.leeftijd": "dat de leerling buiten de leeftijd van het CLB valt.",
}


@lru_cache(maxsize=4096)
def text(key: str, fld: str, rol: str) -> str:
    """The text of `key.fld` for this role: role variant, then register variant, then plain."""
    for k in (f"{key}.{fld}.{rol}", f"{key}.{fld}.{register(rol)}", f"{key}.{fld}"):
        t = TEXTS.get(k)
        if t is not None:
            return t
    return ""


def _phrase(key: str, rol: str) -> str:
    for k in (f"{key}.{rol}", f"{key}.{register(rol)}", key):
        if k in PHRASES:
            return PHRASES[k]
    return ""


def phrases(answers: Answers) -> dict[str, str]:
    """The placeholder values for reason templates, from the person's own answers."""
    return _phrases(
        answers.rol,
        answers.leeftijd,
        answers.situatie,
        answers.met,
        answers.lopend,
        answers.clb_bereikbaar,
    )


@lru_cache(maxsize=16384)
def _phrases(
    rol: str,
    leeftijd: int | str,
    sit: tuple[str, ...],
    met: str | None,
    lopend: bool | None,
    clb_bereikbaar: bool | None,
) -> dict[str, str]:
    p = dict(_situation_phrases(rol, sit, met))
    adult = leeftijd != UNBORN and int(leeftijd) >= 18
    if adult:
        # Nobody calls a young adult "het kind".
        p = {k: v.replace("het kind", "de jongere") for k, v in p.items()}
    p["leeftijd_zin"] = _age_phrase(rol, leeftijd)
    p["kind_of_jongere"] = "de jongere" if adult else "het kind"
    p["brede_instap_namen"] = PHRASES[f"namen.{_age_group(leeftijd)}"]
    minor = not adult and leeftijd != UNBORN
    gezin = rol in ("jongere", "ouder")
    # What D5 may suggest instead of bemiddeling: only routes this advice offers at this age
    # (cliëntoverleg and the vertrouwenspersoon are for minors; the latter for the family).
    prof = register(rol) == "prof"
    if minor:
        d5 = "prof" if prof else "gezin" if gezin else ""
        p["d5_wel_zin"] = PHRASES["d5_wel.minderjarig" + (f".{d5}" if d5 else "")]
    else:
        p["d5_wel_zin"] = PHRASES["d5_wel.volwassen" + (".prof" if prof else "")]
    p["lopend_zin"] = _phrase("lopend.ja", rol) if lopend else ""
    p["school_clb_zin"] = (
        PHRASES["school_clb.nee"] if clb_bereikbaar is False else PHRASES["school_clb.leeftijd"]
    )
    return p


def _age_group(leeftijd: int | str) -> str:
    if leeftijd == UNBORN or int(leeftijd) < 3:
        return "jong"
    n = int(leeftijd)
    return "kind" if n < 12 else "tiener" if n < 18 else "volwassen"


@lru_cache(maxsize=256)
def _age_phrase(rol: str, leeftijd: int | str) -> str:
    if leeftijd == UNBORN:
        return PHRASES.get(f"leeftijd.{rol}.ongeboren", PHRASES["leeftijd.ongeboren"])
    n = int(leeftijd)
    years = "jonger dan 1 jaar" if n == 0 else f"{n} jaar"
    if n >= 18 and rol not in ("jongere", "ouder"):
        return PHRASES["leeftijd.volwassen"].format(n=years)
    return PHRASES.get(f"leeftijd.{rol}", PHRASES["leeftijd"]).format(n=years)


@lru_cache(maxsize=8192)
def _situation_phrases(rol: str, sit: tuple[str, ...], met: str | None) -> dict[str, str]:
    # The placeholders that depend on the situations (and the conflict party) only: shared by
    # every age, `lopend` and `clb_bereikbaar`. Callers copy, never change, this dict.
    by_sit = {s: _phrase(s, rol) for s in sit}
    if "zelfdoding" in by_sit and "psychisch" not in by_sit:
        # Suicide brings the mental-health rules along; their reason is the same sentence.
        by_sit["psychisch"] = by_sit["zelfdoding"]
    # Sentences for the situations that made the person ask, in canonical order.
    situatie_zin = " ".join(by_sit[s] for s in sit if s not in ("crisis",)) or by_sit.get(
        "crisis", ""
    )
    reg = register(rol)
    p = {
        "situatie_zin": situatie_zin,
        "met_naam": PARTY_NAMES[reg].get(met or "hulpverlener", ""),
    }
    for s in (
        "zelfdoding",
        "school",
        "zorgen",
        "psychisch",
        "intensief",
        "conflict",
        "gestopt",
        "overzicht",
        "weigert",
        "handicap",
        "opvoeding",
    ):
        p[f"{s}_zin"] = by_sit.get(s, "")
    if met and met != "hulpverlener" and p["conflict_zin"]:
        # The generic conflict sentence names a care worker; name the actual party instead.
        p["conflict_zin"] = f"Je zei dat er een conflict is met {p['met_naam']}."
    p["zorgen_of_weigert_zin"] = " ".join(x for x in (p["zorgen_zin"], p["weigert_zin"]) if x)
    p["conflict_of_gestopt_zin"] = " ".join(x for x in (p["conflict_zin"], p["gestopt_zin"]) if x)
    return p
