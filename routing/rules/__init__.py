"""The rule set, one module per rule family: product, crisis, mandate, accessibility,
disagreement, age and other_system. Each rule is one unit in its family's module: its condition,
its `Rule` (id, seed lines, what it yields) and every text it can show. docs/regels.md lists
them all.

Every rule names the seed rule it implements (`id`, such as A7, M3, C4, D5: the rule ids
explained in docs/regels.md) and the seed lines it rests on (`source`). Rules that the seeds do
not state as an IF/THEN but that the product needs carry a new id:

- `R-NOOD`: danger now → 112 (ambulance, fire) and 101 (police) first; Belgium-wide numbers.
- `R-BUITEN`: a place outside Flanders and Brussels → only the Belgium-wide emergency numbers;
  Walloon and German-speaking youth care are other systems.
- `R-1813`: someone thinks about suicide → the Zelfmoordlijn 1813 (day and night) right after
  112/101, today; outside Flanders and Brussels 112.
- `R-CRISIS-VOLWASSEN`: a young adult (19-25) in crisis: the crisis meldpunt is youth care and
  closed at that age (S000:53-62; S003:5506-5508), so 112/101, Tele-Onthaal and the CAW
  (18-25, S003:4096-4100), each something to act on today.
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
- `R-18`: the young person turns 18 soon, or the help stopped because they turned 18: what
  comes after (CAW and JAC to 25, contextbegeleiding from 18, VAPH to 25), and a stop at 18 is
  no unilateral stop (S003:5506-5510).
- `R-GEZIN`: the disagreement is inside the family: bemiddeling about an application to the
  toegangspoort (S000:125-129), and the CAW for each of them (S003:4096-4100).
- `R-MEERDERE`: a conflict with a care worker while the SDJ, an OCJ/VK or the toegangspoort
  follows the dossier: bemiddeling with the care worker still can (S004:227-231).
- `R-KLACHT`: a complaint, not a conflict about continuity: the vertrouwenspersoon supports
  the right to complain (S003:13906-13910).
- `R-GEHEIM`: a young person of 12 to 17 who wants help without the parents knowing: the JAC
  is confidential (S003:9520-9524, 11172-11194).
- `R-WACHT`: a family already waiting: 1 gezin 1 plan (S003:1380-1402) and, after the
  toegangspoort, jeugdhulpregie (S003:10524-10530; S004:126-132).
- `R-BEROEP`: which professional asks: a CLB worker (the multidisciplinary team, the only
  indicatiesteller for a verslag: S001:67, 94; S003:7774-7778) or someone outside youth care
  (a GP, the police, a youth worker), who may still ask for cliëntoverleg (S004:103-105).
- `R-SCHOOL`: no school registration or home education (the CLB serves them,
  S003:7498-7504), buitengewoon onderwijs (the CLB until 21, S003:7896-7902).
- `R-ZWANGER`: a pregnant minor or expecting father is also an expecting parent: Kind en
  Gezin from pregnancy (S003:11686-11688, 14942-14944).
- `R-BROERS`: a younger child under 3 in the family: Kind en Gezin follows the family by its
  youngest child (S003:12068-12074).
- `R-PLAATS`: the crisis is in another municipality than where the young person lives: the
  crisis meldpunt of the region of the crisis (S001:71), the toegangspoort of the province of
  the home (S001:43, S001:100).
- `R-TAAL`: the family speaks French or another language at home: a sociaal tolk and
  multilingual brugfiguren (S003:2490-2500), as a notice for the whole advice.
- `R-BREED`: fallback; when no other rule gives a step, the brede instap (A3) is the way in.
- `R-BXL-FR`: a place in Brussels → beside the Zelfmoordlijn, Tele-Onthaal, Awel or the CLB,
  also the French-speaking service (Centre de Prévention du Suicide, Télé-Accueil,
  Écoute-Enfants, the school's centre PMS), as another system, never as a step
  (`other_system`).

Texts: citizens (jongere, ouder, andere) read plain Dutch B1 without unexplained
abbreviations; professionals (hulpverlener, school) read the professional terms. The order of
`ORDER` is the evaluation order: for steps of equal urgency, the first rule wins the title.

No Django imports here.
"""

from __future__ import annotations

from functools import lru_cache

from routing.rules import (
    accessibility,
    age,
    crisis,
    disagreement,
    mandate,
    other_system,
    product,
    situations,
)
from routing.rules.base import (
    AGE_RANGES,
    CONTEXT_WORDS,
    NO_BEMIDDELING_WITH,
    PARTIES,
    PREGNANCY,
    TOPICS,
    URGENCIES,
    URGENCY_RANK,
    Context,
    NotPossibleSpec,
    OtherSystemSpec,
    Rule,
    StepSpec,
    age_allows,
    age_interval,
    excluded_at,
)
from routing.rules.phrases import PHRASES, phrases
from routing.vocabulary import register

__all__ = [
    "AGE_RANGES",
    "CONTEXT_WORDS",
    "EMERGENCY_FORMS",
    "EMERGENCY_NUMBERS",
    "NO_BEMIDDELING_WITH",
    "ORDER",
    "PARTIES",
    "PHRASES",
    "PREGNANCY",
    "RULES",
    "RULES_BY_KEY",
    "RULE_IDS",
    "SUPPORT_FORMS",
    "TEXTS",
    "TOPICS",
    "URGENCIES",
    "URGENCY_RANK",
    "Context",
    "NotPossibleSpec",
    "OtherSystemSpec",
    "Rule",
    "StepSpec",
    "age_allows",
    "age_interval",
    "excluded_at",
    "phrases",
    "text",
]

_BY_KEY = {
    r.key: r
    for family in (
        product,
        crisis,
        mandate,
        accessibility,
        disagreement,
        age,
        situations,
        other_system,
    )
    for r in family.RULES
}

# Evaluation order across the families.
ORDER = (
    "nood.112",
    "nood.101",
    "R-1813",
    "buiten.112-zelfdoding",
    "buiten.112",
    "buiten.101",
    "C1.hulpverlener",
    "C2.burger",
    "C4.school-zelf",
    "C5.school-clb",
    "C5.school-meldpunt",
    "R-CRISIS-VOLWASSEN.112",
    "R-CRISIS-VOLWASSEN.tele-onthaal",
    "R-CRISIS-VOLWASSEN.caw",
    "M10.school",
    "M2.vk",
    "M2.ocj",
    "M6.ocj",
    "M2.ocj-consult",
    "R-BEROEP.mdt",
    "A19.casusregie",
    "R-1712",
    "M4.vk",
    "M4.ocj",
    "G2.zorggarantie",
    "M12.kind-en-gezin",
    "G6.ocj",
    "G6.vk",
    "G6.caw",
    "R-HULPLIJN.nupraat",
    "A7.clb",
    "A7.jac",
    "A7.caw",
    "D4.aanvraag",
    "A7.toegangspoort",
    "A8.toegangspoort",
    "A13.toegangspoort",
    "G4.toegangspoort",
    "G4.caw",
    "R-18.gestopt",
    "R-18.bijna",
    "G4.niet-toegangspoort",
    "R-GEZIN.bemiddeling",
    "R-MEERDERE",
    "D2.bemiddeling",
    "D1.bemiddeling",
    "D8.bemiddeling",
    "D5.bemiddeling",
    "D5.clientoverleg",
    "D11.gestopt",
    "D7.clientoverleg",
    "D11.overzicht",
    "M15.clientoverleg",
    "D14.clientoverleg",
    "R-WACHT.regie",
    "R-BEROEP.buiten",
    "R-CAW-TRAJECT",
    "R-KLACHT",
    "R-VERTROUWENSPERSOON",
    "A4.school",
    "A4.school-meerderjarig",
    "R-CLB-VERSLAG",
    "R-BEROEP.clb",
    "R-SCHOOL.geen-school",
    "R-SCHOOL.buitengewoon",
    "G1.clb-langer",
    "R-GEHEIM",
    "R-ZWANGER",
    "A3.kind-en-gezin",
    "A3.clb",
    "A3.jac",
    "R-GEZIN.caw",
    "A3.caw",
    "A2.cgg",
    "R-HULPLIJN.awel",
    "A2.dop",
    "A2.vaph",
    "A2.ckg",
    "A17.gezinscoaching",
    "R-BROERS",
    # After C1, C4 and C5: their titles and what to do (for a school: the CLB's part) stay;
    # this rule adds why the meldpunt is that of the place of the crisis.
    "R-PLAATS",
    "R-TAAL",
    "R-WACHT.1g1p",
    "R-1G1P.plan",
    "R-1G1P.psycholoog",
    "R-HULPLIJN.1813",
    "R-HULPLIJN.tele-onthaal",
    "R-BREED.caw",
    "R-BXL-FR.cps",
    "R-BXL-FR.tele-accueil",
    "R-BXL-FR.ecoute-enfants",
    "R-BXL-FR.pms",
)
assert set(ORDER) == set(_BY_KEY) and len(ORDER) == len(_BY_KEY), "ORDER must list every rule once"

RULES: tuple[Rule, ...] = tuple(_BY_KEY[key] for key in ORDER)
RULES_BY_KEY = {r.key: r for r in RULES}
RULE_IDS = frozenset(i for r in RULES for i in r.ids)
TEXTS: dict[str, str] = {f"{r.key}.{fld}": t for r in RULES for fld, t in r.texts.items()}

# The support-form vocabulary is what the rules yield: the catalogue's coverage board, lookup
# pages and API, and the advice all read these, so a new step cannot miss its contacts.
#: Every support form a rule can give a step to, in evaluation order (first rule first).
SUPPORT_FORMS: tuple[str, ...] = tuple(dict.fromkeys(r.step.vorm for r in RULES if r.step))
#: The Belgium-wide numbers for danger now (R-NOOD): 112 and 101, always shown first.
EMERGENCY_NUMBERS: tuple[str, ...] = tuple(
    r.step.vorm for r in RULES if r.id == "R-NOOD" and r.step
)
#: The lines of the rules for danger now, thoughts of suicide, violence or abuse and crisis
#: (R-NOOD, R-1813, R-1712, C1, C2): emergency records, which no editor may delete.
EMERGENCY_FORMS: frozenset[str] = frozenset(
    r.step.vorm for r in RULES if r.step and r.id in {"R-NOOD", "R-1813", "R-1712", "C1", "C2"}
)


@lru_cache(maxsize=4096)
def text(key: str, fld: str, rol: str) -> str:
    """The text of rule `key`, field `fld`, for this role: role variant, then register variant,
    then plain."""
    texts = RULES_BY_KEY[key].texts
    for k in (f"{fld}.{rol}", f"{fld}.{register(rol)}", fld):
        t = texts.get(k)
        if t is not None:
            return t
    return ""
