"""Age: what changes at 3, at 18 and beyond for young adults.

Each rule is one unit: its condition (a predicate whose docstring gives the reading of the
seeds), the `Rule` with its id and seed lines, and every text it can show. No Django imports.
"""

from __future__ import annotations

from routing.rules.base import Context, NotPossibleSpec, Rule, StepSpec


def needs_zorggarantie(c: Context) -> bool:
    """G2 + M16: zorggarantie is for unborn and very young children (from -9 months to 3 years)
    in a very precarious situation with a threatened placement; registration is possible during
    pregnancy (S003:14820-14826, 14940-14944). Families need to hear of it too, not only
    professionals, so every role except the school (which goes through the CLB) gets it when
    more intensive help is needed. Kind en Gezin is also the age-fitting first stop for a baby
    (not the CLB or the JAC). Age table: pregnancy up to 3."""
    return "intensief" in c.sit and c.rol != "school"


G2_ZORGGARANTIE = Rule(
    key="G2.zorggarantie",
    id="G2",
    topic="age",
    applies=needs_zorggarantie,
    source="S003:11686-11688, 14820-14826, 14940-14944",
    step=StepSpec("kind-en-gezin", "binnenkort"),
    refs=("M16", "A7"),
    texts={
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
)


def worry_or_refusal_adult_professional(c: Context) -> bool:
    """G6: OCJ and VK work for minors; from 18 the consulent stops (S003:5506-5516). Say so."""
    return bool(c.sit & {"zorgen", "weigert"}) and c.adult and c.prof


G6_OCJ = Rule(
    key="G6.ocj",
    id="G6",
    topic="age",
    applies=worry_or_refusal_adult_professional,
    source="S003:5506-5516",
    niet_mogelijk=NotPossibleSpec("ocj"),
    texts={
        "waarom": (
            "{leeftijd_zin} Een consult of aanmelding bij het OCJ kan alleen voor "
            "minderjarigen: vanaf 18 jaar volgen de jeugdrechter en de consulent niet meer "
            "op. Alleen na een jeugddelict kan het toezicht van de jeugdrechter tot 23 jaar "
            "blijven, en volgt de consulent van de SDJ verder op."
        ),
    },
)


G6_VK = Rule(
    key="G6.vk",
    id="G6",
    topic="age",
    applies=worry_or_refusal_adult_professional,
    source="S003:5506-5516",
    niet_mogelijk=NotPossibleSpec("vk"),
    texts={
        "waarom": (
            "{leeftijd_zin} Het VK werkt met minderjarigen. Voor een jongvolwassene kan het "
            "CAW helpen."
        ),
    },
)


def worry_or_refusal_adult(c: Context) -> bool:
    """G6 + G3: for a young adult the CAW helps (18-25, S003:4096-4100) where OCJ/VK cannot."""
    return bool(c.sit & {"zorgen", "weigert"}) and c.adult


G6_CAW = Rule(
    key="G6.caw",
    id="G6",
    topic="age",
    applies=worry_or_refusal_adult,
    source="S003:5506-5516, 4096-4100",
    step=StepSpec("caw", "binnenkort"),
    refs=("G3",),
    texts={
        "titel": "Het CAW helpt ook jongvolwassenen",
        "titel.prof": "Verwijs naar het CAW",
        "wat_doen": (
            "Het CAW (Centrum Algemeen Welzijnswerk) helpt jongvolwassenen van 18 tot en met "
            "25 jaar en hun ouders, gratis, ook bij geweld en problemen thuis. Jongeren tot en "
            "met 25 jaar kunnen ook naar het JAC (het jongerenaanbod van het CAW)."
        ),
        "wat_doen.prof": (
            "Het CAW biedt trajectbegeleiding aan jongvolwassenen van 18 tot en met 25 jaar en hun "
            "ouders, ook bij intrafamiliaal geweld. Doorverwijzen gebeurt met instemming van "
            "de jongere: vanaf 18 jaar beslist de jongere zelf."
        ),
        "waarom": (
            "{leeftijd_zin} {zorgen_of_weigert_zin} Het OCJ en het VK werken alleen met "
            "minderjarigen; het CAW helpt ook jongvolwassenen."
        ),
    },
)


def intensive_young_adult(c: Context) -> bool:
    """G4/G5/G6: from 18 youth care stops (S003:5506-5516), except that contextbegeleiding can
    still start at 18 (and with a verblijfsmodule run until 21, S003:5188-5196) and VAPH help
    that is not directly accessible runs "tot 25 jaar" (S003:6482). So the toegangspoort is
    named to a young adult only at 18, or with a (suspected) disability under 25
    (`Context.gate_open`), and the step states those conditions; otherwise
    `intensive_adult_gate_closed` says that youth care has stopped and what remains. A school
    cannot apply itself (S001:90-92): its text names the CLB or another erkende verwijzer."""
    return "intensief" in c.sit and c.adult and c.gate_open


G4_TOEGANGSPOORT = Rule(
    key="G4.toegangspoort",
    id="G4",
    topic="age",
    applies=intensive_young_adult,
    source="S003:5188-5196, 5506-5516, 6468-6482",
    step=StepSpec("toegangspoort", "info"),
    refs=("G5", "G6", "A12"),
    texts={
        "titel": "Vanaf 18 jaar: alleen in bepaalde gevallen via de toegangspoort",
        "wat_doen": (
            "Vanaf 18 jaar stopt de jeugdhulp meestal. Zwaardere hulp kan dan nog maar in "
            "twee gevallen. Eén: begeleiding van de jongere en het gezin kan nog starten op "
            "18 jaar. Woont de jongere dan ook ergens anders dan thuis, dan kan die "
            "begeleiding duren tot 21 jaar. Twee: bij een handicap kan hulp van het VAPH "
            "(Vlaams Agentschap voor Personen met een Handicap) tot 25 jaar. Die hulp kan je "
            "niet zelf starten. Een erkende verwijzer doet de aanvraag, samen met de jongere: "
            "iemand van een dienst die zo'n aanvraag mag doen, zoals het CAW of het JAC. Wil "
            "de jongere toch zelf naar de toegangspoort gaan? Dan moet er eerst bemiddeling "
            "zijn: een gesprek met een onafhankelijke bemiddelaar. In alle andere gevallen "
            "helpen het CAW en het JAC verder."
        ),
        "wat_doen.jongere": (
            "Vanaf 18 jaar stopt de jeugdhulp meestal. Zwaardere hulp kan dan nog maar in "
            "twee gevallen. Eén: begeleiding van jou en je gezin kan nog starten als je 18 "
            "bent. Woon je dan ook ergens anders dan thuis, dan kan die begeleiding duren tot "
            "je 21 wordt. Twee: heb je een handicap, dan kan je hulp van het VAPH (Vlaams "
            "Agentschap voor Personen met een Handicap) krijgen tot je 25 wordt. Die hulp kan "
            "je niet zelf starten. Een erkende verwijzer doet de aanvraag samen met jou: "
            "iemand van een dienst die zo'n aanvraag mag doen, zoals het CAW of het JAC. Wil "
            "je toch zelf naar de toegangspoort gaan? Dan moet er eerst bemiddeling zijn: een "
            "gesprek met een onafhankelijke bemiddelaar. In alle andere gevallen helpen het "
            "CAW en het JAC je verder."
        ),
        "wat_doen.prof": (
            "Vanaf 18 jaar stopt de jeugdhulp. Uitzonderingen: contextbegeleiding kan nog "
            "opstarten op 18 jaar (met een verblijfsmodule tot 21 jaar); niet rechtstreeks "
            "toegankelijke VAPH-hulp kan tot 25 jaar. Alleen dan meld je met het A-document "
            "aan bij de toegangspoort, samen met de jongere. Anders verwijs je naar het CAW "
            "of het JAC (trajectbegeleiding 18-25)."
        ),
        "wat_doen.school": (
            "Vanaf 18 jaar stopt de jeugdhulp. Uitzonderingen: contextbegeleiding kan nog "
            "opstarten op 18 jaar (met een verblijfsmodule tot 21 jaar); niet rechtstreeks "
            "toegankelijke VAPH-hulp kan tot 25 jaar. Een school kan zelf geen aanvraag doen "
            "bij de toegangspoort: het CLB (dat leerlingen in het buitengewoon onderwijs tot "
            "21 jaar en met een handicap tot 25 jaar kan volgen) of een andere erkende "
            "verwijzer meldt aan, samen met de leerling. Anders kan de leerling naar het CAW "
            "of het JAC."
        ),
        "waarom": (
            "{intensief_zin} {leeftijd_zin} Voor jongvolwassenen is zwaardere jeugdhulp "
            "alleen in die gevallen nog mogelijk."
        ),
    },
)


def school_adult_pupil(c: Context) -> bool:
    """A4 for pupils of 18 or older, whom the CLB no longer reaches: the JAC (12-25)."""
    return c.rol == "school" and c.adult and not (c.sit <= {"crisis"})


A4_SCHOOL_MEERDERJARIG = Rule(
    key="A4.school-meerderjarig",
    id="A4",
    topic="age",
    applies=school_adult_pupil,
    source="S003:8894-8896; S001:51",
    step=StepSpec("jac", "binnenkort"),
    refs=("G1", "G3"),
    texts={
        "titel": "Het JAC voor leerlingen vanaf 18 jaar",
        "wat_doen": (
            "Het CLB werkt in principe tot 18 jaar. Het volgt leerlingen wel langer: in het "
            "buitengewoon onderwijs tot 21 jaar, leerlingen met een handicap tot 25 jaar. "
            "Andere meerderjarige leerlingen kunnen zelf naar het JAC (jongeren van 12 tot en "
            "met 25 jaar, gratis en vertrouwelijk). De jongere beslist zelf."
        ),
        "waarom": (
            "{leeftijd_zin} Vanaf 18 jaar beslist de leerling zelf, en het JAC helpt jongeren "
            "tot en met 25 jaar."
        ),
    },
)


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


G1_CLB_LANGER = Rule(
    key="G1.clb-langer",
    id="G1",
    topic="age",
    applies=clb_beyond_18,
    source="S003:7890-7902",
    step=StepSpec("clb", "info"),
    age_gate=False,
    texts={
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
            "{handicap_zin} {leeftijd_zin} Voor leerlingen met een handicap kan het CLB tot "
            "25 jaar blijven helpen; vraag het CLB of het de leerling nog volgt."
        ),
    },
)


def intensive_adult_gate_closed(c: Context) -> bool:
    """G4/G6 for a young adult past the exceptions (19 or older without a disability, or 25):
    youth care has stopped (S003:5506-5510) and no application at the toegangspoort is
    possible, so no referrer can make one (A7 does not fire). Every role hears that, and what
    remains: the CAW and its JAC, trajectbegeleiding for young adults of 18 to 25
    (S003:4096-4100)."""
    return "intensief" in c.sit and c.adult and not c.gate_open


G4_CAW = Rule(
    key="G4.caw",
    id="G4",
    topic="age",
    applies=intensive_adult_gate_closed,
    source="S003:4096-4100, 5192-5196, 5506-5510, 6482",
    step=StepSpec("caw", "binnenkort"),
    refs=("G6", "G3"),
    texts={
        "titel": "Vanaf 18 jaar: het CAW helpt verder",
        "titel.prof": "Jeugdhulp gestopt: verwijs naar het CAW of het JAC",
        "wat_doen": (
            "Vanaf 18 jaar stopt de jeugdhulp. Zwaardere jeugdhulp, zoals verblijf buiten huis "
            "of lange begeleiding, kan dan niet meer aangevraagd worden. Het CAW (Centrum "
            "Algemeen Welzijnswerk) helpt jongvolwassenen van 18 tot en met 25 jaar. Een vaste "
            "begeleider zoekt samen met de jongvolwassene welke hulp er is, en volgt die mee "
            "op. Jongeren kunnen ook naar het JAC (het jongerenaanbod van het CAW). Het CAW is "
            "gratis."
        ),
        "wat_doen.prof": (
            "Vanaf 18 jaar stopt de jeugdhulp. Een aanmelding bij de intersectorale "
            "toegangspoort kan niet meer. De enige uitzonderingen zijn contextbegeleiding die "
            "op 18 jaar start (met een verblijfsmodule tot 21 jaar) en niet rechtstreeks "
            "toegankelijke VAPH-hulp bij een handicap, tot 25 jaar. Wat blijft: het CAW of "
            "het JAC, met trajectbegeleiding voor jongvolwassenen van 18 tot en met 25 jaar. "
            "Doorverwijzen gebeurt met instemming van de jongvolwassene."
        ),
        "waarom": (
            "{intensief_zin} {leeftijd_zin} Vanaf 18 jaar stopt de jeugdhulp; het CAW helpt "
            "jongvolwassenen verder."
        ),
    },
)


G4_NIET_TOEGANGSPOORT = Rule(
    key="G4.niet-toegangspoort",
    id="G4",
    topic="age",
    applies=intensive_adult_gate_closed,
    source="S003:5192-5196, 5506-5510, 6482",
    niet_mogelijk=NotPossibleSpec("toegangspoort"),
    refs=("G6",),
    texts={
        "waarom": (
            "{leeftijd_zin} Vanaf 18 jaar stopt de jeugdhulp. Een aanvraag voor zwaardere "
            "jeugdhulp bij de toegangspoort kan dan niet meer. Alleen begeleiding van het "
            "gezin die op 18 jaar start, en hulp bij een handicap tot 25 jaar, kunnen nog."
        ),
        "waarom.prof": (
            "{leeftijd_zin} Vanaf 18 jaar stopt de jeugdhulp: geen aanmelding meer bij de "
            "intersectorale toegangspoort. Uitzonderingen: contextbegeleiding die op 18 jaar "
            "start, en niet rechtstreeks toegankelijke VAPH-hulp tot 25 jaar."
        ),
    },
)


RULES = (
    G2_ZORGGARANTIE,
    G6_OCJ,
    G6_VK,
    G6_CAW,
    G4_TOEGANGSPOORT,
    G4_CAW,
    G4_NIET_TOEGANGSPOORT,
    A4_SCHOOL_MEERDERJARIG,
    G1_CLB_LANGER,
)
