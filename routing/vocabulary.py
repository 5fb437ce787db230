"""The answer vocabulary: every answer key and value, its wording, and when it is asked.

This is the one place that lists the roles, the situations, the conflict parties and the
follow-up questions. The parser (`routing.answers`), the questionnaire, the enumerated answer
space, the OpenAPI description and the rule texts all read it; none keeps a list of its own.

Wording per register: young people and parents (and "andere") read plain Dutch without
unexplained abbreviations (`burger`); care workers and school staff read the professional terms
(`prof`). A text is a plain string or a mapping with variants per role, per register and a
default (""). No Django imports here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

Text = str | Mapping[str, str]

UNBORN: Literal["ongeboren"] = "ongeboren"
MAX_AGE = 25
YES_NO = ("ja", "nee")
UNKNOWN = "weet-niet"  # "Ik weet het niet" at `met`: answered, stored as an empty list
KEYS = (
    "gevaar",
    "rol",
    "leeftijd",
    "postcode",
    "gemeente",
    "situatie",
    "met",
    "lopend",
    "clb_bereikbaar",
)


@dataclass(frozen=True)
class Option:
    """One answer to choose: the vocabulary value, a label, an optional one-line hint and an
    optional short name for lists and filters (such as the catalogue's "who may ask")."""

    value: str
    label: Text
    hint: Text = ""
    short: str = ""


ROLE_OPTIONS = (
    Option("jongere", "Ik ben een jongere", "Je zoekt hulp voor jezelf.", "jongere"),
    Option(
        "ouder", "Ik ben een ouder of opvoeder", "Je zoekt hulp voor je kind of je gezin.", "ouder"
    ),
    Option(
        "hulpverlener",
        "Ik ben hulpverlener (ook CLB)",
        "Je werkt in de hulpverlening, ook in een centrum voor leerlingenbegeleiding (CLB).",
        "hulpverlener (ook CLB)",
    ),
    Option("school", "Ik werk op een school", "Leerkracht, zorgcoördinator of directie.", "school"),
    Option(
        "andere", "Iemand anders", "Bijvoorbeeld familie, een buur of een trainer.", "iemand anders"
    ),
)

ROLES = tuple(o.value for o in ROLE_OPTIONS)
PROFESSIONAL_ROLES = frozenset({"hulpverlener", "school"})  # hulpverlener includes CLB staff
CITIZEN_ROLES = frozenset(ROLES) - PROFESSIONAL_ROLES


def register(rol: str | None) -> str:
    """`prof` for hulpverlener and school, `burger` for everyone else (also before `rol`)."""
    return "prof" if rol in PROFESSIONAL_ROLES else "burger"


def say(text: Text, rol: str | None) -> str:
    """The wording of `text` for this role: role variant, then register, then the default."""
    if isinstance(text, str):
        return text
    for key in (rol or "", register(rol), ""):
        if key in text:
            return text[key]
    return ""


YES_NO_OPTIONS = (Option("ja", "Ja"), Option("nee", "Nee"))

SITUATION_OPTIONS = (
    Option(
        "crisis",
        {"": "Er is een crisis: er is vandaag nog hulp nodig", "prof": "Crisis: hulp vandaag"},
        {
            "": "Alles loopt plots mis en het kan niet wachten tot later.",
            "prof": "Acute situatie; crisisjeugdhulp (interventie, begeleiding of opvang) nodig.",
        },
    ),
    Option(
        "zelfdoding",
        {
            "": "Iemand denkt aan zelfdoding",
            "jongere": "Ik denk aan zelfdoding",
            "ouder": "Mijn kind denkt aan zelfdoding",
            "prof": "Gedachten aan zelfdoding",
        },
        {
            "": "Ook als je niet zeker bent, of als het om gedachten gaat en niet om plannen.",
            "prof": "Suïcidale gedachten of signalen, ook zonder concreet plan.",
        },
    ),
    Option(
        "zorgen",
        {
            "": "Ik maak me zorgen over de veiligheid van een kind",
            "jongere": "Ik voel me thuis of ergens anders niet veilig",
            "prof": "Verontrusting",
        },
        {
            "": "Bijvoorbeeld geweld, misbruik of verwaarlozing, of het kind groeit niet goed op.",
            "jongere": "Bijvoorbeeld geweld, misbruik, of er wordt niet goed voor je gezorgd.",
            "prof": "Zorgen over veiligheid of ontwikkeling: geweld, misbruik, verwaarlozing.",
        },
    ),
    Option(
        "vraag",
        {"": "Ik heb een vraag of probleem en weet niet waar ik terecht kan"},
        {"": "Je zoekt een eerste plek om je vraag te stellen.", "prof": "Een brede hulpvraag."},
    ),
    Option(
        "opvoeding",
        {"": "Vragen over opvoeden", "jongere": "Problemen thuis met mijn ouders"},
        {
            "": "Je zoekt tips of steun bij het opvoeden.",
            "jongere": "Bijvoorbeeld veel ruzie of je voelt je thuis niet begrepen.",
            "prof": "Opvoedingsondersteuning voor ouders.",
        },
    ),
    Option(
        "psychisch",
        {
            "": "Iemand zit niet goed in zijn vel",
            "jongere": "Ik zit niet goed in mijn vel",
            "prof": "Psychische problemen",
        },
        {
            "": "Somber, angstig of veel stress.",
            "prof": "Psychisch welzijn, geestelijke gezondheid.",
        },
    ),
    Option(
        "school",
        {"": "Problemen op school", "prof": "Schoolproblemen of spijbelen"},
        {
            "": "Bijvoorbeeld niet meer naar school gaan, leerproblemen of pesten.",
            "prof": "Leerlingenbegeleiding, afwezigheden, leerproblemen.",
        },
    ),
    Option(
        "handicap",
        {"": "Een handicap, of het vermoeden daarvan", "prof": "(Vermoeden van) handicap"},
        {
            "": "Je denkt dat er een beperking is, of die is er al vastgesteld.",
            "prof": "Ook als er nog geen diagnose of attest is.",
        },
    ),
    Option(
        "intensief",
        {
            "": "Er is meer of zwaardere hulp nodig",
            "prof": "Niet-rechtstreeks toegankelijke jeugdhulp nodig",
        },
        {
            "": "Bijvoorbeeld een tijd niet thuis wonen, of lange begeleiding.",
            "prof": "Aanmelding bij de toegangspoort met A-document (verblijf, intensieve "
            "begeleiding).",
        },
    ),
    Option(
        "conflict",
        {
            "": "Ik ben het niet eens met een hulpverlener",
            "prof": "Conflict met een hulpverlener of dienst",
        },
        {
            "": "Je hebt onenigheid met iemand die hulp geeft of over hulp beslist.",
            "prof": "Onenigheid tussen cliënt en hulpverlening, of tussen diensten.",
        },
    ),
    Option(
        "gestopt",
        {"": "De hulp stopt, maar wij willen dat niet", "prof": "Hulp stopt zonder akkoord"},
        {
            "": "De hulp wordt afgebouwd of stopgezet zonder dat jullie akkoord zijn.",
            "jongere": "De hulp stopt, terwijl jij dat niet wil.",
            "prof": "Eenzijdige stopzetting of afbouw van de hulpverlening.",
        },
    ),
    Option(
        "overzicht",
        {"": "Er zijn te veel hulpverleners, we zien door de bomen het bos niet meer"},
        {
            "": "Je weet niet meer wie wat doet.",
            "prof": "Veel betrokken diensten; nood aan afstemming (cliëntoverleg).",
        },
    ),
    Option(
        "weigert",
        {
            "": "Het gezin wil de nodige hulp niet",
            "prof": "Gezin weigert noodzakelijke hulp, of vrijwillige hulp loopt vast",
        },
        {
            "": "Of de hulp die er is, loopt vast.",
            "prof": "Mogelijk maatschappelijke noodzaak: consult bij het OCJ.",
        },
    ),
)

MET_OPTIONS = (
    Option(
        "hulpverlener",
        {"": "Een hulpverlener", "prof": "Een hulpverlener of voorziening"},
        {
            "": "Iemand die jullie begeleidt, bijvoorbeeld van een dienst of een voorziening.",
            "prof": "Rechtstreeks of niet-rechtstreeks toegankelijke jeugdhulp.",
        },
    ),
    Option(
        "ocj",
        {"": "Het ondersteuningscentrum jeugdzorg (OCJ)", "prof": "Het OCJ"},
        {"": "Helpt als de hulp vastloopt of als er zorgen zijn over veiligheid."},
    ),
    Option(
        "vk",
        {"": "Het vertrouwenscentrum kindermishandeling (VK)", "prof": "Het VK"},
        {"": "Helpt bij geweld, misbruik of verwaarlozing."},
    ),
    Option(
        "toegangspoort",
        {"": "De toegangspoort", "prof": "De intersectorale toegangspoort"},
        {
            "": "Beslist of zwaardere jeugdhulp nodig is, zoals een verblijf.",
            "prof": "Indicatiestelling of jeugdhulpbeslissing (A-document).",
        },
    ),
    Option(
        "sdj",
        {"": "De sociale dienst van de jeugdrechtbank (SDJ)", "prof": "De SDJ"},
        {"": "Werkt in opdracht van de jeugdrechter.", "prof": "Gerechtelijke jeugdhulp."},
    ),
    Option(UNKNOWN, "Ik weet het niet"),
)

# How an age limit in the sources is read, decided once for every age table and text:
# - "tot N jaar" stops on the Nth birthday: N itself is not included ("van 2,5 tot 18 jaar",
#   "RTH: 0 tot 21 jaar", "NRTH: tot 25 jaar", "handicap (25 jaar)"). This is the reading the
#   legal limit of 18 forces ("Eens 18, stopt de jeugdhulp", S003:5506), so every "tot" reads alike.
# - "tussen A en B jaar", "A-B jaar" and "tot en met N" include the last year ("tussen 12 en 25
#   jaar", "0-25 jaar").
# - One exception, named where it is used: a source that lists adjoining ranges ("12 tot 17 jaar,
#   18 tot 25 jaar", S003:4096-4100) shows by its own numbers that it means "tot en met".
# Our own texts follow the same words: "tot 18 jaar" excludes 18, "tot en met 25 jaar" includes 25.


def tot(n: float) -> float:
    """The end of an age range written "tot N jaar": the Nth birthday, not included."""
    return n


def tot_en_met(n: float) -> float:
    """The end of an age range that includes year N ("tussen A en N", "A-N", "tot en met N")."""
    return n + 1


AGE_OPTIONS = (
    Option(UNBORN, "Nog niet geboren (zwangerschap)"),
    Option("0", "Jonger dan 1 jaar"),
    *(Option(str(n), f"{n} jaar") for n in range(1, MAX_AGE + 1)),
)

# The canonical order of the situations is the order of their options: `Answers.situatie` is
# always sorted by it, so the same set of situations gives equal answers and equal advice.
SITUATIONS = tuple(o.value for o in SITUATION_OPTIONS)
CONFLICT_PARTIES = tuple(o.value for o in MET_OPTIONS if o.value != UNKNOWN)

# How the rule texts name a conflict party, per register.
PARTY_NAMES = {
    "burger": {
        "hulpverlener": "een hulpverlener",
        "ocj": "het OCJ (Ondersteuningscentrum Jeugdzorg)",
        "vk": "het VK (Vertrouwenscentrum Kindermishandeling)",
        "toegangspoort": "de toegangspoort (die beslist over zwaardere hulp)",
        "sdj": "de SDJ (Sociale Dienst voor Gerechtelijke Jeugdhulp)",
    },
    "prof": {
        "hulpverlener": "een hulpverlener",
        "ocj": "het OCJ",
        "vk": "het VK",
        "toegangspoort": "de intersectorale toegangspoort",
        "sdj": "de SDJ",
    },
}

# The values each choice key accepts (`leeftijd` and the place keys have a format instead).
CHOICES: dict[str, tuple[str, ...]] = {
    "gevaar": YES_NO,
    "rol": ROLES,
    "situatie": SITUATIONS,
    "met": CONFLICT_PARTIES,
    "lopend": YES_NO,
    "clb_bereikbaar": YES_NO,
}


def is_choice(key: str, value: str) -> bool:
    """Whether `value` is one of the values of choice key `key`: the one value check."""
    return value in CHOICES.get(key, ())


# --- follow-up questions: when each is asked (and its answer kept) ----------------------------


def asks_met(situaties: Iterable[str]) -> bool:
    """`met` (with whom) only with a conflict or with help that is stopped."""
    return not {"conflict", "gestopt"}.isdisjoint(situaties)


def asks_lopend(situaties: Iterable[str]) -> bool:
    """`lopend` (help already ongoing) only with intensive help or refused help."""
    return not {"intensief", "weigert"}.isdisjoint(situaties)


def asks_clb_bereikbaar(rol: str | None, situaties: Iterable[str]) -> bool:
    """`clb_bereikbaar` only for school staff in a crisis."""
    return rol == "school" and "crisis" in set(situaties)
