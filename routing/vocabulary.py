"""The answer vocabulary: every answer key and value, its wording, and when it is asked.

This is the one place that lists the roles, the situations, the conflict parties and the
follow-up questions. The parser (`routing.answers`), the questionnaire, the enumerated answer
space, the OpenAPI description and the rule texts all read it; none keeps a list of its own.

The follow-up questions for the situations people bring (coming of age, already waiting, a
complaint, a young person who wants to talk without the parents knowing) are `FOLLOW_UPS`:
each is optional everywhere, asked only where its answer can change the advice, and its
absence keeps the advice of the answers without it.

Wording per register: young people and parents (and "andere") read plain Dutch without
unexplained abbreviations (`burger`); care workers and school staff read the professional terms
(`prof`). A text is a plain string or a mapping with variants per role, per register and a
default (""). No Django imports here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

Text = str | Mapping[str, str]

UNBORN: Literal["ongeboren"] = "ongeboren"
MAX_AGE = 25
# Youth care stops at 18 ("Eens 18, stopt de jeugdhulp", S003:5506-5510).
ADULT_AGE = 18
YES_NO = ("ja", "nee")
UNKNOWN = "weet-niet"  # "Ik weet het niet" at `met`: answered, stored as an empty list
BASE_KEYS = (
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
    Option(
        "school",
        "Ik werk op een school",
        "Je geeft les, of je bent zorgcoördinator of directeur.",
        "school",
    ),
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
    # Disagreement inside the family: bemiddeling must come when "kind, jongere, ouder en/of
    # hulpverlener" disagree about an application to the toegangspoort (S000:125-129).
    Option(
        "gezin",
        {
            "": "Binnen het gezin: de jongere en de ouders zijn het niet eens",
            "jongere": "Binnen het gezin: ik en mijn ouders zijn het niet eens",
            "prof": "Binnen het cliëntsysteem: jongere en ouders zijn het oneens",
        },
        {"": "Bijvoorbeeld over welke hulp er moet komen."},
    ),
    Option(
        "ouders",
        {
            "": "Tussen de ouders: de ene ouder wil de hulp, de andere niet",
            "prof": "Tussen de ouders: één ouder weigert de hulp",
        },
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

# The parties inside the family (`met`): the disagreement is not with a service.
FAMILY_PARTIES = ("gezin", "ouders")

# How the rule texts name a conflict party, per register.
PARTY_NAMES = {
    "burger": {
        "gezin": "elkaar, binnen het gezin",
        "ouders": "de andere ouder",
        "hulpverlener": "een hulpverlener",
        "ocj": "het OCJ (Ondersteuningscentrum Jeugdzorg)",
        "vk": "het VK (Vertrouwenscentrum Kindermishandeling)",
        "toegangspoort": "de toegangspoort (die beslist over zwaardere hulp)",
        "sdj": "de SDJ (Sociale Dienst voor Gerechtelijke Jeugdhulp)",
    },
    "prof": {
        "gezin": "elkaar, binnen het cliëntsysteem",
        "ouders": "de andere ouder",
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


# --- follow-up questions: when each is asked (and its answer kept) ---


def asks_met(situaties: Iterable[str]) -> bool:
    """`met` (with whom) only with a conflict or with help that is stopped."""
    return not {"conflict", "gestopt"}.isdisjoint(situaties)


def asks_lopend(situaties: Iterable[str]) -> bool:
    """`lopend` (help already ongoing) only with intensive help or refused help."""
    return not {"intensief", "weigert"}.isdisjoint(situaties)


def asks_clb_bereikbaar(rol: str | None, situaties: Iterable[str]) -> bool:
    """`clb_bereikbaar` only for school staff in a crisis."""
    return rol == "school" and "crisis" in set(situaties)


# --- the follow-ups for the situations people bring ---


@dataclass(frozen=True)
class Said:
    """What decides whether a follow-up is asked: the answers it may look at, parsed."""

    rol: str | None = None
    leeftijd: int | str | None = None
    situaties: frozenset[str] = frozenset()
    lopend: bool | None = None
    crisis_elders: bool | None = None

    @classmethod
    def of_raw(cls, answers: Mapping[str, list[str]]) -> Said:
        """From stored answers (key → list of strings), as the questionnaire keeps them."""

        def first(key: str) -> str | None:
            values = answers.get(key) or []
            return values[0] if values else None

        age = first("leeftijd")
        lopend = first("lopend")
        elders = first("crisis_elders")
        return cls(
            rol=first("rol"),
            leeftijd=int(age) if age and age.isdigit() else UNBORN if age == UNBORN else None,
            situaties=frozenset(answers.get("situatie") or ()),
            lopend=None if lopend is None else lopend == "ja",
            crisis_elders=None if elders is None else elders == "ja",
        )

    def age_in(self, lo: int, until: int) -> bool:
        """A born age from `lo` up to, not including, `until`."""
        return isinstance(self.leeftijd, int) and lo <= self.leeftijd < until


@dataclass(frozen=True)
class FollowUp:
    """A question asked only where its answer can change the advice (`asked`).

    Every follow-up is optional in every entry point; its options are its values (`ja`/`nee`
    become a boolean). `invalid` is the message for a value outside the options.
    """

    key: str
    title: Text
    hint: Text
    options: tuple[Option, ...]
    summary_label: Text
    invalid: str
    asked: Callable[[Said], bool]
    # The values no rule tells apart from "not given" (the answer space leaves them out).
    neutral: tuple[str, ...] = ("nee",)
    # Its answer only adds a notice to the whole advice and is read by no other rule: the
    # answer space leaves it out (a test checks that it changes nothing else).
    notice_only: bool = False

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(o.value for o in self.options)

    @property
    def yes_no(self) -> bool:
        return self.values == YES_NO


def _not_only_acute(said: Said) -> bool:
    # A crisis or thoughts of suicide alone go straight to their numbers: nothing is added.
    return bool(said.situaties - {"crisis", "zelfdoding"})


def asks_bijna_18(said: Said) -> bool:
    """At 17: youth care stops at 18 (S003:5506-5510), so what comes after can be prepared."""
    return said.leeftijd == ADULT_AGE - 1 and _not_only_acute(said)


def asks_gestopt_18(said: Said) -> bool:
    """From 18 to 25: help that stopped at 18 has its own routes (CAW and JAC to 25)."""
    return said.age_in(ADULT_AGE, MAX_AGE + 1) and _not_only_acute(said)


def asks_wacht(said: Said) -> bool:
    """With heavier help needed and none running yet: a family may already be waiting."""
    return "intensief" in said.situaties and said.lopend is not True


def asks_klacht(said: Said) -> bool:
    """With a conflict, for a minor or a parent: a complaint is not a conflict about
    continuity; the minor's and the parent's vertrouwenspersoon help with a complaint."""
    return (
        "conflict" in said.situaties
        and said.rol in ("jongere", "ouder")
        and said.age_in(0, ADULT_AGE)
    )


def asks_geheim(said: Said) -> bool:
    """A young person of 12 to 17 (the JAC's ages among minors) asking for themselves."""
    return said.rol == "jongere" and said.age_in(12, ADULT_AGE) and _not_only_acute(said)


def asks_beroep(said: Said) -> bool:
    """A care worker: a CLB worker, a care worker in youth care, or someone outside it (a GP,
    the police, a youth worker) have different ways in (S001:67, 94; S004:103-105)."""
    return said.rol == "hulpverlener" and bool(
        said.situaties & {"zorgen", "overzicht", "school", "handicap", "conflict"}
    )


def asks_school_situatie(said: Said) -> bool:
    """With school problems, from 3 to 20: the CLB also serves children without a school and
    pupils in home education (S003:7498-7504), in buitengewoon onderwijs until 21
    (S003:7896-7902)."""
    return "school" in said.situaties and said.age_in(3, 21)


def asks_zwanger(said: Said) -> bool:
    """A young person of 12 to 17 with a general question or trouble at home: a pregnancy
    makes them an expecting parent too (S003:11686-11688)."""
    return (
        said.rol == "jongere"
        and said.age_in(12, ADULT_AGE)
        and bool(said.situaties & {"vraag", "opvoeding"})
    )


def asks_jong_kind(said: Said) -> bool:
    """A parent of a child of 3 or older with a parenting question or too many care workers:
    a younger child under 3 keeps the family with Kind en Gezin (S003:12068-12074)."""
    return (
        said.rol == "ouder"
        and said.age_in(3, MAX_AGE + 1)
        and bool(said.situaties & {"opvoeding", "overzicht"})
    )


FOLLOW_UPS: tuple[FollowUp, ...] = (
    FollowUp(
        key="wacht",
        title={
            "": "Wachten jullie al op hulp?",
            "jongere": "Wacht je al op hulp?",
            "prof": "Wacht het gezin al op hulp?",
        },
        hint={"": "Bijvoorbeeld op een wachtlijst, of na een beslissing van de toegangspoort."},
        options=(
            Option(
                "wachtlijst",
                {"": "Ja, we staan op een wachtlijst", "prof": "Ja, op een wachtlijst"},
            ),
            Option(
                "toegangspoort",
                {
                    "": "Ja, de toegangspoort besliste al, we wachten op een plaats",
                    "prof": "Ja, na de toegangspoort: wachten op jeugdhulpregie of een plaats",
                },
            ),
            Option("nee", "Nee"),
        ),
        summary_label={"": "Al aan het wachten", "prof": "Wacht al op hulp"},
        invalid="Kies of jullie al wachten: op een wachtlijst, na de toegangspoort, of nee.",
        asked=asks_wacht,
    ),
    FollowUp(
        key="klacht",
        title={
            "": "Wil je vooral een klacht indienen?",
            "jongere": "Wil je vooral klagen over hoe het ging?",
        },
        hint={
            "": "Over hoe een hulpverlener met jullie omging. Kies 'nee' als je vooral wil dat "
            "de hulp verder kan gaan.",
        },
        options=YES_NO_OPTIONS,
        summary_label="Een klacht",
        invalid="Kies 'ja' of 'nee' bij de vraag of het om een klacht gaat.",
        asked=asks_klacht,
    ),
    FollowUp(
        key="geheim",
        title="Wil je hulp zonder dat je ouders het weten?",
        hint="Je antwoord blijft hier. Het verandert alleen wat we je aanraden.",
        options=YES_NO_OPTIONS,
        summary_label="Zonder dat je ouders het weten",
        invalid="Kies 'ja' of 'nee' bij de vraag of je ouders het mogen weten.",
        asked=asks_geheim,
    ),
    FollowUp(
        key="bijna_18",
        title={
            "": "Wordt de jongere binnenkort 18?",
            "jongere": "Word je binnenkort 18?",
            "ouder": "Wordt je kind binnenkort 18?",
        },
        hint="Vanaf 18 jaar stopt de jeugdhulp meestal. Daarom vragen we het.",
        options=YES_NO_OPTIONS,
        summary_label="Binnenkort 18",
        invalid="Kies 'ja' of 'nee' bij de vraag of de jongere binnenkort 18 wordt.",
        asked=asks_bijna_18,
    ),
    FollowUp(
        key="gestopt_18",
        title={
            "": "Stopte de hulp omdat de jongere 18 werd?",
            "jongere": "Stopte je hulp omdat je 18 werd?",
            "ouder": "Stopte de hulp omdat je kind 18 werd?",
        },
        hint="Vanaf 18 jaar stopt de jeugdhulp meestal. Er is wel andere hulp.",
        options=YES_NO_OPTIONS,
        summary_label="Hulp gestopt op 18",
        invalid="Kies 'ja' of 'nee' bij de vraag of de hulp stopte omdat de jongere 18 werd.",
        asked=asks_gestopt_18,
    ),
)
FOLLOW_UPS += (
    FollowUp(
        key="beroep",
        title="Waar werk je?",
        hint="Niet iedereen kan dezelfde dingen aanvragen. Daarom vragen we het.",
        options=(
            Option(
                "clb", {"": "In een centrum voor leerlingenbegeleiding (CLB)", "prof": "In een CLB"}
            ),
            Option("jeugdhulp", "In de jeugdhulp", "Een dienst of voorziening voor jeugdhulp."),
            Option(
                "buiten",
                "Ergens anders",
                "Bijvoorbeeld als huisarts, bij de politie of in het jeugdwerk.",
            ),
        ),
        summary_label="Waar je werkt",
        invalid="Kies waar je werkt: in een CLB, in de jeugdhulp, of ergens anders.",
        asked=asks_beroep,
        neutral=("jeugdhulp",),
    ),
    FollowUp(
        key="school_situatie",
        title={
            "": "Hoe zit het met school?",
            "jongere": "Hoe zit het met jouw school?",
        },
        hint={
            "": "Het centrum voor leerlingenbegeleiding (CLB) helpt ook als er geen gewone "
            "school is.",
            "prof": "Het CLB helpt ook als er geen gewone school is.",
        },
        options=(
            Option(
                "geen_school",
                {"": "Niet ingeschreven in een school, of huisonderwijs"},
            ),
            Option("buitengewoon", {"": "Buitengewoon onderwijs"}),
            Option("nee", {"": "Een gewone school"}),
        ),
        summary_label="School",
        invalid="Kies hoe het zit met school: geen school, buitengewoon onderwijs, of gewoon.",
        asked=asks_school_situatie,
    ),
    FollowUp(
        key="zwanger",
        title="Ben je zwanger, of word je vader?",
        hint="Dan is er ook hulp voor aanstaande ouders.",
        options=YES_NO_OPTIONS,
        summary_label="Zwanger of aanstaande vader",
        invalid="Kies 'ja' of 'nee' bij de vraag over een zwangerschap.",
        asked=asks_zwanger,
    ),
    FollowUp(
        key="jong_kind",
        title="Is er in het gezin ook een kind jonger dan 3 jaar, of een zwangerschap?",
        hint="Bijvoorbeeld een jonger broertje of zusje.",
        options=YES_NO_OPTIONS,
        summary_label="Ook een kind jonger dan 3",
        invalid="Kies 'ja' of 'nee' bij de vraag over een jonger kind.",
        asked=asks_jong_kind,
    ),
)


def asks_crisis_elders(said: Said) -> bool:
    """A care worker or school staff in a crisis: the crisis meldpunt to call is the one "in
    je regio" (S001:71), an application at the toegangspoort goes to the province where the
    pupil officially lives (S001:43, S001:100). They differ when the crisis is elsewhere."""
    return said.rol in PROFESSIONAL_ROLES and "crisis" in said.situaties


def asks_crisis_plaats(said: Said) -> bool:
    """The place of the crisis, only once the crisis is said to be elsewhere."""
    return asks_crisis_elders(said) and said.crisis_elders is True


def asks_taal_gezin(said: Said) -> bool:
    """The family's language, except when a crisis or thoughts of suicide alone go straight
    to their numbers."""
    return _not_only_acute(said)


FOLLOW_UPS += (
    FollowUp(
        key="crisis_elders",
        title="Is de crisis in een andere gemeente dan waar de jongere woont?",
        hint={
            "": "Bijvoorbeeld op school of in een voorziening. Dan is het crisismeldpunt dat "
            "van de plaats van de crisis.",
        },
        options=YES_NO_OPTIONS,
        summary_label="Crisis elders",
        invalid="Kies 'ja' of 'nee' bij de vraag of de crisis in een andere gemeente is.",
        asked=asks_crisis_elders,
    ),
    FollowUp(
        key="taal_gezin",
        title={
            "": "Welke taal spreekt het gezin thuis?",
            "jongere": "Welke taal spreken jullie thuis?",
        },
        hint="Spreekt het gezin weinig Nederlands? Dan kan een tolk helpen. Daarom vragen we het.",
        options=(
            Option("nl", "Nederlands"),
            Option("fr", "Frans"),
            Option("andere", "Een andere taal"),
        ),
        summary_label="Taal thuis",
        invalid="Kies de taal van het gezin: Nederlands, Frans of een andere taal.",
        asked=asks_taal_gezin,
        neutral=("nl",),
        notice_only=True,
    ),
)
FOLLOW_UPS_BY_KEY = {f.key: f for f in FOLLOW_UPS}
#: A place is a postcode, a municipality's NIS code, or both: where the child officially
#: lives, and (asked after `crisis_elders` = ja) the place of the crisis.
HOME_PLACE_KEYS = ("postcode", "gemeente")
CRISIS_PLACE_KEYS = ("crisis_postcode", "crisis_gemeente")
KEYS = (*BASE_KEYS, *FOLLOW_UPS_BY_KEY, *CRISIS_PLACE_KEYS)
CHOICES.update({f.key: f.values for f in FOLLOW_UPS})
