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
    source=(
        "101: Belgium-wide police number (aalter.be/noodoproepen; "
        "limburg.be/112-en-101-alleen-noodoproepen); M14: S003:4222-4226"
    ),
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
            "ook in het weekend. Ook als ouder kan je er terecht. Op zelfmoord1813.be kan je "
            "ook chatten. Is er nu gevaar? Bel dan eerst 112."
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
    aanmelding (S000:53-62; S001:71-73). It is crisis youth care: up to 18, while youth care
    can still start (S003:5506-5508; `crisis_young_adult` for older young adults)."""
    return "crisis" in c.sit and c.rol == "hulpverlener" and c.youth_care


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
    """C2, where the seeds differ: S000:56-59 lets "hulp- en dienstverleners - en uitzonderlijk
    ook kinderen, jongeren of hun ouders" call the crisis meldpunt; S001:71-75 names CLB staff,
    police and schools. The meldpunten' own page (opgroeien.be, "Crisismeldpunten", undated)
    says professionals and citizens can call. Safest for the child: give the number to every
    citizen, say it is meant for care workers first and that families call only
    exceptionally; someone outside the family (an "andere") first asks the family's care worker
    or the police (101), who can contact the meldpunt (S001:71). Youth care: up to 18, as C1."""
    return "crisis" in c.sit and c.citizen and c.youth_care


C2_BURGER = Rule(
    key="C2.burger",
    id="C2",
    topic="crisis",
    applies=crisis_citizen,
    source=(
        "S000:53-62; S001:71-75; opgroeien.be/kennis/cijfers-en-onderzoek/crisismeldpunten "
        "(undated): professionals and citizens can call"
    ),
    step=StepSpec("crisismeldpunt", "vandaag"),
    refs=("C1", "C3"),
    texts={
        "titel": "Bel vandaag het crisismeldpunt, liefst via een hulpverlener",
        "wat_doen": (
            "Het crisismeldpunt helpt als alles plots misloopt. Het is dag en nacht "
            "bereikbaar, ook in het weekend. Het is er vooral voor hulpverleners: heb je al "
            "een hulpverlener, vraag dan of die meteen belt. Lukt dat niet, dan mag je in een "
            "acute crisis uitzonderlijk ook zelf bellen."
        ),
        "wat_doen.andere": (
            "Het crisismeldpunt helpt als alles plots misloopt met een kind of jongere. Het is "
            "dag en nacht bereikbaar. Het is er vooral voor hulpverleners. Heeft het gezin een "
            "hulpverlener, vraag dan of die meteen belt. Lukt dat niet, bel dan de politie op "
            "101: de politie kan het crisismeldpunt contacteren."
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
    soon as possible (S001:75). A pupil of 18 is not outside the CLB's ages: the CLB follows
    pupils longer in buitengewoon onderwijs and with a handicap (S003:7896-7902). Youth care:
    up to 18, as C1."""
    return (
        "crisis" in c.sit
        and c.rol == "school"
        and c.youth_care
        and (c.answers.clb_bereikbaar is False or not c.clb_may_follow)
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
    it is not known whether the CLB is reachable, the C4 exception is named in the text. Also
    for a pupil of 18, whom the CLB may still follow (S003:7896-7902). Youth care: up to 18."""
    return (
        "crisis" in c.sit
        and c.rol == "school"
        and c.youth_care
        and c.answers.clb_bereikbaar is not False
        and c.clb_may_follow
    )


C5_SCHOOL_CLB = Rule(
    key="C5.school-clb",
    id="C5",
    topic="crisis",
    applies=school_crisis_via_clb,
    source="S001:71-75",
    step=StepSpec("clb", "vandaag"),
    refs=("C2",),
    age_gate=False,
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


def crisis_young_adult(c: Context) -> bool:
    """R-CRISIS-VOLWASSEN: from 19 the crisis meldpunt is not open: crisis youth care is for
    "kinderen, jongeren of hun ouders" (S000:53-62) and youth care stops at 18 (S003:5506-5508;
    at 18 help can still start, S003:5192-5196, so C1/C2 still fire then). A young adult in
    crisis, and whoever asks for them, gets the routes open to adults, each with something to
    act on today: 112/101 when it becomes unsafe, Tele-Onthaal 106 (day and night, anonymous;
    tele-onthaal.be, knack.be 2020-12), and the CAW, which serves young adults of 18 to 25
    (S003:4096-4100). No seed names a crisis service for adults; the texts say so."""
    return "crisis" in c.sit and not c.youth_care


def crisis_young_adult_no_danger(c: Context) -> bool:
    """R-CRISIS-VOLWASSEN without danger now: 112/101 as the step for when it becomes unsafe
    (with danger, R-NOOD already puts them first)."""
    return crisis_young_adult(c) and not c.answers.gevaar


_ADULT_CRISIS_WHY = (
    "Je zei dat er een acute crisis is. {leeftijd_zin} Het crisismeldpunt jeugdhulp is er voor "
    "kinderen, jongeren en hun ouders, en de jeugdhulp stopt op 18 jaar."
)

CRISIS_VOLWASSEN_112 = Rule(
    key="R-CRISIS-VOLWASSEN.112",
    id="R-CRISIS-VOLWASSEN",
    topic="crisis",
    applies=crisis_young_adult_no_danger,
    source="112/101: Belgium-wide emergency numbers; S003:5506-5508",
    step=StepSpec("noodnummer-112", "vandaag"),
    refs=("R-NOOD",),
    texts={
        "titel": "Wordt het onveilig? Bel 112 of 101",
        "wat_doen": (
            "Wordt het onveilig, of is iemand in gevaar of gewond? Bel 112 voor een "
            "ziekenwagen of de brandweer, of 101 voor de politie. Dat is gratis en kan dag en "
            "nacht."
        ),
        "waarom": (_ADULT_CRISIS_WHY + " Bij gevaar helpen 112 en 101 iedereen, op elke leeftijd."),
    },
)


CRISIS_VOLWASSEN_TELE_ONTHAAL = Rule(
    key="R-CRISIS-VOLWASSEN.tele-onthaal",
    id="R-CRISIS-VOLWASSEN",
    topic="crisis",
    applies=crisis_young_adult,
    source="tele-onthaal.be: listening line for everyone, 106, day and night; S003:5506-5508",
    step=StepSpec("tele-onthaal", "vandaag"),
    refs=("R-HULPLIJN",),
    texts={
        "titel": "Praat vandaag nog met iemand: Tele-Onthaal 106",
        "titel.prof": "Geen crisismeldpunt jeugdhulp meer: wat vandaag kan",
        "wat_doen": (
            "Wil je nu meteen met iemand praten? Bel Tele-Onthaal op 106, of chat via hun "
            "website. Dat kan dag en nacht, gratis en zonder je naam te zeggen."
        ),
        "wat_doen.prof": (
            "Het crisismeldpunt jeugdhulp is niet bevoegd voor een jongvolwassene vanaf 19 "
            "jaar. Onze bronnen noemen geen crisisdienst voor volwassenen. Wat vandaag kan: bij "
            "gevaar 112 of 101; de jongvolwassene kan dag en nacht Tele-Onthaal bellen (106, "
            "gratis en anoniem); het CAW helpt jongvolwassenen van 18 tot en met 25 jaar."
        ),
        "waarom": _ADULT_CRISIS_WHY + " Tele-Onthaal luistert naar iedereen, dag en nacht.",
    },
)


CRISIS_VOLWASSEN_CAW = Rule(
    key="R-CRISIS-VOLWASSEN.caw",
    id="R-CRISIS-VOLWASSEN",
    topic="crisis",
    applies=crisis_young_adult,
    source="S003:4096-4100, 5506-5510",
    step=StepSpec("caw", "vandaag"),
    refs=("G6", "G3"),
    texts={
        "titel": "Zoek vandaag nog het CAW",
        "wat_doen": (
            "Het CAW (Centrum Algemeen Welzijnswerk) helpt jongvolwassenen van 18 tot en met "
            "25 jaar, ook als alles tegelijk misloopt. Jongeren kunnen ook naar het JAC (het "
            "jongerenaanbod van het CAW). Het CAW is gratis. Zoek het CAW in je buurt via "
            "caw.be."
        ),
        "wat_doen.prof": (
            "Verwijs de jongvolwassene, met zijn of haar instemming, vandaag nog naar het CAW "
            "of het JAC: trajectbegeleiding voor jongvolwassenen van 18 tot en met 25 jaar. "
            "Vanaf 18 jaar beslist de jongere zelf."
        ),
        "waarom": _ADULT_CRISIS_WHY + " Het CAW helpt jongvolwassenen van 18 tot en met 25 jaar.",
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
    CRISIS_VOLWASSEN_112,
    CRISIS_VOLWASSEN_TELE_ONTHAAL,
    CRISIS_VOLWASSEN_CAW,
)
