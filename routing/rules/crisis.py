"""Crisis: the crisis meldpunt, and who calls it.

Each rule is one unit: its condition (a predicate whose docstring gives the reading of the
seeds), the `Rule` with its id and seed lines, and every text it can show. No Django imports.
"""

from __future__ import annotations

from routing.rules.base import Context, Rule, StepSpec


def danger_now(c: Context) -> bool:
    """Someone is in immediate danger: 112/101 come before everything else."""
    return c.answers.gevaar


NOOD_112 = Rule(
    key="nood.112",
    id="R-NOOD",
    topic="crisis",
    applies=danger_now,
    source="112: Belgium-wide emergency number (ambulance, fire)",
    step=StepSpec("noodnummer-112", "nu"),
    everywhere=True,
    texts={
        "titel": "Bel nu 112",
        "wat_doen": (
            "Is iemand nu in gevaar, gewond of in nood? Bel meteen 112 voor een ziekenwagen "
            "of de brandweer. Dat is gratis en kan dag en nacht."
        ),
        "waarom": "Je zei dat iemand nu in gevaar is. Dan gaat veiligheid voor alles.",
    },
)


NOOD_101 = Rule(
    key="nood.101",
    id="R-NOOD",
    topic="crisis",
    applies=danger_now,
    source="101: Belgium-wide police number; S003:4222-4226 (M14)",
    step=StepSpec("politie-101", "nu"),
    refs=("M14",),
    everywhere=True,
    texts={
        "titel": "Bel 101 voor de politie",
        "wat_doen": (
            "Is er gevaar door iemand, zoals geweld of een bedreiging? Bel 101 voor de "
            "politie. Dat is gratis en kan dag en nacht."
        ),
        "waarom": "Je zei dat iemand nu in gevaar is. De politie kan meteen komen helpen.",
    },
)


def suicide_first(c: Context) -> bool:
    """R-1813: someone thinks about suicide (themselves or their child): the Zelfmoordlijn 1813,
    reachable day and night, comes right after 112/101, today, for every role."""
    return c.suicide


R_1813 = Rule(
    key="R-1813",
    id="R-1813",
    topic="crisis",
    applies=suicide_first,
    source="zelfmoord1813.be: 1813 is reachable 24/7",
    step=StepSpec("zelfmoordlijn-1813", "vandaag"),
    texts={
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
)


def suicide_outside(c: Context) -> bool:
    """R-1813 outside Flanders and Brussels: 1813 is a Flemish line, so point to 112, which
    answers in all of Belgium, today rather than as information."""
    return c.suicide and not c.in_werkingsgebied and not c.answers.gevaar


BUITEN_112_ZELFDODING = Rule(
    key="buiten.112-zelfdoding",
    id="R-1813",
    topic="crisis",
    applies=suicide_outside,
    source="112 in all of Belgium",
    step=StepSpec("noodnummer-112", "vandaag"),
    refs=("R-BUITEN",),
    everywhere=True,
    texts={
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
)


def crisis_hulpverlener(c: Context) -> bool:
    """C1/C3/C5: care workers call the regional crisis meldpunt, 24/7, for consult or
    aanmelding (S000:53-62; S001:71-73)."""
    return "crisis" in c.sit and c.rol == "hulpverlener"


C1_HULPVERLENER = Rule(
    key="C1.hulpverlener",
    id="C1",
    topic="crisis",
    applies=crisis_hulpverlener,
    source="S000:53-62; S001:71-73",
    step=StepSpec("crisismeldpunt", "vandaag"),
    refs=("C3", "C5"),
    texts={
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
)


def crisis_citizen(c: Context) -> bool:
    """C2, where the seeds differ: S000:56-59 lets children, young people and parents call the
    crisis meldpunt "uitzonderlijk"; S001 names only CLB, police and schools. Safest for the child:
    give the number to every citizen (an "andere" such as a grandparent too: the meldpunten take
    calls from citizens, see docs/regels.md) but say it is meant for care workers
    first, so whoever already has a care worker asks them to call."""
    return "crisis" in c.sit and c.citizen


C2_BURGER = Rule(
    key="C2.burger",
    id="C2",
    topic="crisis",
    applies=crisis_citizen,
    source="S000:53-62; S001:71-73",
    step=StepSpec("crisismeldpunt", "vandaag"),
    refs=("C1", "C3"),
    texts={
        "titel": "Bel vandaag het crisismeldpunt",
        "wat_doen": (
            "Het crisismeldpunt helpt als alles plots misloopt. Het is dag en nacht "
            "bereikbaar, ook in het weekend. Het is er vooral voor hulpverleners: heb je al "
            "een hulpverlener, vraag dan of die meteen belt. Lukt dat niet, dan mag je in een "
            "acute crisis ook zelf bellen."
        ),
        "waarom": (
            "Je zei dat er een acute crisis is en dat er vandaag hulp nodig is. Het "
            "crisismeldpunt kan zorgen voor een gesprek, begeleiding of een plek om te "
            "blijven."
        ),
    },
)


def school_cannot_use_clb(c: Context) -> bool:
    """C4: a school that cannot call on a CLB worker (not reachable now, or the pupil is outside
    the CLB's ages) may exceptionally call the crisis meldpunt itself and must inform the CLB as
    soon as possible (S001:75)."""
    return (
        "crisis" in c.sit
        and c.rol == "school"
        and (c.answers.clb_bereikbaar is False or not c.age_ok("clb"))
    )


C4_SCHOOL_ZELF = Rule(
    key="C4.school-zelf",
    id="C4",
    topic="crisis",
    applies=school_cannot_use_clb,
    source="S001:75",
    step=StepSpec("crisismeldpunt", "vandaag"),
    refs=("C3",),
    texts={
        "titel": "Contacteer zelf het crisismeldpunt en breng het CLB op de hoogte",
        "wat_doen": (
            "Kan de school geen beroep doen op een CLB-medewerker, dan mag de school "
            "uitzonderlijk zelf het crisismeldpunt jeugdhulp contacteren voor een consult of "
            "aanmelding (24 uur op 24, 7 dagen op 7). Breng het CLB daarna zo snel mogelijk "
            "op de hoogte van die beslissing."
        ),
        "waarom": (
            "Je zei dat er een acute crisis is en {school_clb_zin} Dan mag een school het "
            "crisismeldpunt uitzonderlijk zelf contacteren."
        ),
    },
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


C5_SCHOOL_CLB = Rule(
    key="C5.school-clb",
    id="C5",
    topic="crisis",
    applies=school_crisis_via_clb,
    source="S001:71-75",
    step=StepSpec("clb", "vandaag"),
    refs=("C2",),
    texts={
        "titel": "Contacteer nu het CLB van de leerling",
        "wat_doen": (
            "Bel nu het CLB. De CLB-medewerker kan het crisismeldpunt jeugdhulp dag en nacht "
            "contacteren voor een consult of aanmelding."
        ),
        "waarom": (
            "Je zei dat er een acute crisis is met een leerling. In een crisis werkt de "
            "school via het CLB."
        ),
    },
)


C5_SCHOOL_MELDPUNT = Rule(
    key="C5.school-meldpunt",
    id="C5",
    topic="crisis",
    applies=school_crisis_via_clb,
    source="S001:71-75",
    step=StepSpec("crisismeldpunt", "vandaag"),
    refs=("C4", "C3"),
    texts={
        "titel": "Crisismeldpunt jeugdhulp: via het CLB",
        "wat_doen": (
            "Het CLB contacteert het crisismeldpunt voor een consult of aanmelding. Bereik je "
            "het CLB niet, dan mag de school uitzonderlijk zelf het crisismeldpunt "
            "contacteren. Breng het CLB daarna zo snel mogelijk op de hoogte."
        ),
        "waarom": (
            "Je zei dat er een acute crisis is. Het crisismeldpunt is 24 uur op 24 en 7 dagen "
            "op 7 bereikbaar."
        ),
    },
)


RULES = (
    NOOD_112,
    NOOD_101,
    R_1813,
    BUITEN_112_ZELFDODING,
    C1_HULPVERLENER,
    C2_BURGER,
    C4_SCHOOL_ZELF,
    C5_SCHOOL_CLB,
    C5_SCHOOL_MELDPUNT,
)
