"""The product's own rules: emergency numbers first, suicide, outside Flanders and
Brussels, listening lines, 1 gezin 1 plan, and the fallback.

Each rule is one unit: its condition (a predicate whose docstring gives the reading of the
seeds), the `Rule` with its id and seed lines, and every text it can show. No Django imports.
"""

from __future__ import annotations

from routing.rules.base import Context, Rule, StepSpec


def outside_no_danger(c: Context) -> bool:
    """Outside Flanders and Brussels without danger: still list the Belgium-wide emergency
    numbers, as information, so every combination yields at least one step."""
    return not c.in_werkingsgebied and not c.answers.gevaar


BUITEN_112 = Rule(
    key="buiten.112",
    id="R-BUITEN",
    topic="product",
    applies=outside_no_danger,
    source="112: Belgium-wide emergency number",
    step=StepSpec("noodnummer-112", "info"),
    everywhere=True,
    texts={
        "titel": "Bij gevaar: 112",
        "wat_doen": (
            "In heel België bel je 112 als iemand in gevaar of gewond is (ziekenwagen, brandweer)."
        ),
        "waarom": (
            "Je woonplaats ligt buiten Vlaanderen en Brussel. Dit nummer geldt in heel België."
        ),
    },
)


BUITEN_101 = Rule(
    key="buiten.101",
    id="R-BUITEN",
    topic="product",
    applies=outside_no_danger,
    source="101: Belgium-wide police number",
    step=StepSpec("politie-101", "info"),
    everywhere=True,
    texts={
        "titel": "Bij gevaar door iemand: 101",
        "wat_doen": "In heel België bel je 101 voor de politie.",
        "waarom": (
            "Je woonplaats ligt buiten Vlaanderen en Brussel. Dit nummer geldt in heel België."
        ),
    },
)


def worry_young_person(c: Context) -> bool:
    """R-HULPLIJN: a young person worried about their own safety can chat anonymously with the
    VK's chat for minors and young adults."""
    return "zorgen" in c.sit and c.rol == "jongere"


R_HULPLIJN_NUPRAAT = Rule(
    key="R-HULPLIJN.nupraat",
    id="R-HULPLIJN",
    topic="product",
    applies=worry_young_person,
    source="nupraatikerover.be: chat of the Vertrouwenscentra Kindermishandeling",
    step=StepSpec("nupraatikerover", "info"),
    texts={
        "titel": "Chat anoniem op nupraatikerover.be",
        "wat_doen": (
            "Gebeurt er thuis of ergens anders iets dat niet goed voelt? Op "
            "nupraatikerover.be kan je chatten met iemand van het Vertrouwenscentrum "
            "Kindermishandeling. Je hoeft je naam niet te zeggen."
        ),
        "waarom": "{zorgen_zin} Chatten kan anoniem, ook als je nog niet klaar bent om te bellen.",
    },
)


def lost_overview_adult(c: Context) -> bool:
    """R-CAW-TRAJECT: for a young adult, CAW trajectbegeleiding coordinates complex help
    (S003:4096-4100, 4382-4394). No seed limits cliëntoverleg to minors (S004:102); it works
    within youth care, which for a young adult runs on only in its exceptions (contextbegeleiding
    from 18, S003:5192-5196; VAPH to 25, S003:6482). The advice cannot know whether that help
    still runs, so the text names cliëntoverleg for that case."""
    return "overzicht" in c.sit and c.adult


R_CAW_TRAJECT = Rule(
    key="R-CAW-TRAJECT",
    id="R-CAW-TRAJECT",
    topic="product",
    applies=lost_overview_adult,
    source="S003:4096-4100, 4382-4394",
    step=StepSpec("caw", "binnenkort"),
    texts={
        "titel": "Het CAW helpt het overzicht te bewaren",
        "wat_doen": (
            "Bij het CAW (Centrum Algemeen Welzijnswerk) kan een vaste begeleider alle hulp "
            "op een rij zetten en mee opvolgen, voor jongvolwassenen van 18 tot en met 25 "
            "jaar. Het CAW is gratis. Krijg je nog jeugdhulp, bijvoorbeeld hulp bij een "
            "handicap? Dan kan je ook cliëntoverleg vragen: alle hulpverleners zitten dan samen "
            "met jou rond één plan."
        ),
        "wat_doen.prof": (
            "Voor jongvolwassenen (18-25) coördineert de trajectbegeleiding van het CAW "
            "complexe, meervoudige hulpverlening. Loopt er nog jeugdhulp (contextbegeleiding "
            "die op 18 jaar startte, of VAPH-hulp tot 25 jaar), dan kan ook cliëntoverleg: "
            "iedereen kan het aanvragen, met instemming van de cliënt."
        ),
        "waarom": (
            "{overzicht_zin} {leeftijd_zin} Voor jongvolwassenen houdt het CAW het overzicht. "
            "Loopt er nog jeugdhulp, dan kan je ook cliëntoverleg vragen."
        ),
    },
)


def awel(c: Context) -> bool:
    """R-HULPLIJN: a minor who wants to talk can call or chat with Awel."""
    return c.rol == "jongere" and bool(c.sit & {"psychisch", "zorgen", "vraag"})


R_HULPLIJN_AWEL = Rule(
    key="R-HULPLIJN.awel",
    id="R-HULPLIJN",
    topic="product",
    applies=awel,
    source="awel.be: line for children and young people",
    step=StepSpec("awel", "binnenkort"),
    texts={
        "titel": "Praat met Awel",
        "wat_doen": (
            "Bij Awel kan je bellen of chatten met iemand die naar je luistert, over alles "
            "wat je bezighoudt. Het is gratis en je hoeft je naam niet te zeggen."
        ),
        "waarom": "{situatie_zin} Soms helpt het om eerst met iemand te praten die luistert.",
    },
)


def one_family_one_plan(c: Context) -> bool:
    """R-1G1P: families with problems on several domains or on a waiting list; one plan per
    family, a talk within the month (S003:1392-1404, 1488-1498, 2348-2352)."""
    return c.rol == "ouder" and bool(c.sit & {"opvoeding", "overzicht", "intensief"})


R_1G1P_PLAN = Rule(
    key="R-1G1P.plan",
    id="R-1G1P",
    topic="product",
    applies=one_family_one_plan,
    source="S002:14; S003:1380-1404, 1488-1498, 2348-2352",
    step=StepSpec("1g1p", "info"),
    texts={
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
)


def first_line_psychologist(c: Context) -> bool:
    """R-1G1P: mild to moderate psychological complaints of children and young people: the
    eerstelijnspsycholoog of the 1G1P collaboration (S003:1456-1468, 1610-1618). Not with
    thoughts of suicide: those are no mild complaint."""
    return "psychisch" in c.sit and c.rol in ("jongere", "ouder", "hulpverlener") and not c.suicide


R_1G1P_PSYCHOLOOG = Rule(
    key="R-1G1P.psycholoog",
    id="R-1G1P",
    topic="product",
    applies=first_line_psychologist,
    source="S003:1456-1468, 1610-1618",
    step=StepSpec("eerstelijnspsycholoog", "info"),
    texts={
        "titel": "Een eerstelijnspsycholoog",
        "wat_doen": (
            "Voor kinderen en jongeren met lichte of matige psychische klachten werkt in "
            "sommige regio's een eerstelijnspsycholoog, voor korte hulp. Vraag bij "
            "{brede_instap_namen} of dat bij jou in de buurt bestaat."
        ),
        "wat_doen.prof": (
            "De eerstelijnspsychologische functie (in 1G1P-samenwerkingsverbanden) biedt "
            "laagdrempelige, kortdurende zorg bij milde tot matige psychische klachten."
        ),
        "waarom": (
            "{psychisch_zin} Bij lichte of matige klachten kan korte hulp dichtbij genoeg zijn."
        ),
    },
)


def suicide_line(c: Context) -> bool:
    """R-HULPLIJN: with mental-health worries (and no answer about suicide, which `suicide_first`
    handles), still name the Zelfmoordlijn 1813 to citizens, as information."""
    return "psychisch" in c.answers.situatie and c.citizen and not c.suicide


R_HULPLIJN_1813 = Rule(
    key="R-HULPLIJN.1813",
    id="R-HULPLIJN",
    topic="product",
    applies=suicide_line,
    source="zelfmoord1813.be: Zelfmoordlijn 1813",
    step=StepSpec("zelfmoordlijn-1813", "info"),
    texts={
        "titel": "Denk je aan zelfdoding? Zelfmoordlijn 1813",
        "wat_doen": (
            "Denk je aan zelfdoding, of maak je je zorgen over iemand die dat doet? Bel of "
            "chat met de Zelfmoordlijn 1813. Dat is gratis en anoniem."
        ),
        "waarom": (
            "{psychisch_zin} Ook als je twijfelt of het zo erg is, mag je de Zelfmoordlijn bellen."
        ),
    },
)


def listening_line_adult(c: Context) -> bool:
    """R-HULPLIJN: Tele-Onthaal listens to everyone, day and night; for adults asking."""
    return "psychisch" in c.sit and (
        c.rol in ("ouder", "andere") or (c.rol == "jongere" and c.adult)
    )


R_HULPLIJN_TELE_ONTHAAL = Rule(
    key="R-HULPLIJN.tele-onthaal",
    id="R-HULPLIJN",
    topic="product",
    applies=listening_line_adult,
    source="tele-onthaal.be: listening line for everyone",
    step=StepSpec("tele-onthaal", "info"),
    texts={
        "titel": "Tele-Onthaal luistert",
        "wat_doen": (
            "Wil je met iemand praten? Tele-Onthaal luistert dag en nacht, via telefoon of "
            "chat. Het is gratis en anoniem."
        ),
        "waarom": "{psychisch_zin} Praten met iemand die luistert kan al helpen.",
    },
)


RULES = (
    BUITEN_112,
    BUITEN_101,
    R_HULPLIJN_NUPRAAT,
    R_CAW_TRAJECT,
    R_HULPLIJN_AWEL,
    R_1G1P_PLAN,
    R_1G1P_PSYCHOLOOG,
    R_HULPLIJN_1813,
    R_HULPLIJN_TELE_ONTHAAL,
)
