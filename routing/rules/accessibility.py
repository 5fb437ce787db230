"""Accessibility: directly accessible help (brede instap and problem-specific services) and
help that is not directly accessible (the toegangspoort, through an erkende verwijzer).

Each rule is one unit: its condition (a predicate whose docstring gives the reading of the
seeds), the `Rule` with its id and seed lines, and every text it can show. No Django imports.
"""

from __future__ import annotations

from routing.rules.base import Context, Rule, StepSpec


def intensive_citizen_referrer(c: Context) -> bool:
    """A7: not directly accessible help needs an erkende verwijzer (CLB, CAW/JAC, or the
    care worker the family already has); this step names that way in first. Not for a child
    under 3: Kind en Gezin is the age-fitting first stop then (`needs_zorggarantie`)."""
    return "intensief" in c.sit and c.citizen and not c.age_ok("kind-en-gezin")


A7_CLB = Rule(
    key="A7.clb",
    id="A7",
    topic="accessibility",
    applies=intensive_citizen_referrer,
    source="S001:45, 92",
    step=StepSpec("clb", "binnenkort"),
    refs=("A13",),
    texts={
        "titel": "Vraag het CLB om samen een aanvraag te doen",
        "wat_doen": (
            "Voor zwaardere hulp heb je een erkende verwijzer nodig: iemand die de aanvraag "
            "samen met jou doet. Het CLB (Centrum voor Leerlingenbegeleiding) kan dat. Heb je "
            "al een hulpverlener, dan kan die het ook."
        ),
        # Someone outside the family cannot apply or consent: they point the family there.
        "wat_doen.andere": (
            "Voor zwaardere hulp is een erkende verwijzer nodig: iemand die de aanvraag samen "
            "met het kind of de jongere en de ouders doet. Het CLB (Centrum voor "
            "Leerlingenbegeleiding) kan dat, of de hulpverlener die het gezin al heeft. "
            "Vertel het gezin dat die weg bestaat."
        ),
        "waarom": (
            "{intensief_zin} {leeftijd_zin} {lopend_zin} Zwaardere hulp vraag je aan via een "
            "erkende verwijzer, en het CLB is er een."
        ),
    },
)


def intensive_citizen_jac(c: Context) -> bool:
    """A7: for a young person of 12-25 the JAC (part of the CAW) can be the verwijzer, while an
    application is still possible at their age (`Context.gate_open`; G4). Past that, the JAC
    cannot apply for youth care any more: `intensive_adult_gate_closed` says what remains."""
    return "intensief" in c.sit and c.rol == "jongere" and c.gate_open


A7_JAC = Rule(
    key="A7.jac",
    id="A7",
    topic="accessibility",
    applies=intensive_citizen_jac,
    source="S001:92; S003:10616-10620",
    step=StepSpec("jac", "binnenkort"),
    texts={
        "titel": "Vraag het aan het JAC",
        "wat_doen": (
            "Het JAC (jongerenaanbod van het Centrum Algemeen Welzijnswerk) helpt jongeren "
            "van 12 tot en met 25 jaar, gratis en vertrouwelijk. Een hulpverlener van het JAC kan "
            "samen met jou bekijken welke hulp je nodig hebt, en de aanvraag samen met jou "
            "doen."
        ),
        "waarom": (
            "{intensief_zin} {leeftijd_zin} Het JAC is er voor jongeren van 12 tot en met 25 "
            "jaar en kan de aanvraag samen met jou doen."
        ),
    },
)


def intensive_citizen_caw(c: Context) -> bool:
    """A7: for parents and others, and for young persons outside the JAC's ages, the CAW, while
    an application is still possible at this age (`Context.gate_open`; G4)."""
    return (
        "intensief" in c.sit
        and c.citizen
        and c.gate_open
        and not (c.rol == "jongere" and c.age_ok("jac"))
    )


A7_CAW = Rule(
    key="A7.caw",
    id="A7",
    topic="accessibility",
    applies=intensive_citizen_caw,
    source="S001:92; S003:10616-10620",
    step=StepSpec("caw", "binnenkort"),
    texts={
        "titel": "Vraag het aan het CAW",
        "wat_doen": (
            "Een hulpverlener van het CAW (Centrum Algemeen Welzijnswerk) kan samen met jou "
            "bekijken welke hulp nodig is, en de aanvraag samen met jou doen. Het CAW is "
            "gratis."
        ),
        "wat_doen.andere": (
            "Een hulpverlener van het CAW (Centrum Algemeen Welzijnswerk) kan samen met het "
            "gezin bekijken welke hulp nodig is, en de aanvraag samen met hen doen. Het CAW is "
            "gratis. Vertel het gezin dat het er zelf terecht kan."
        ),
        "waarom": (
            "{intensief_zin} {lopend_zin} Zwaardere hulp vraag je aan via een erkende "
            "verwijzer, en het CAW is er een."
        ),
    },
)


def intensive_citizen_gate(c: Context) -> bool:
    """A5-A10, D3, where the seeds differ: S001:45/92 say minors and parents cannot go to the
    toegangspoort on their own (an erkende verwijzer is required); S004:173-174/183-184 and
    S003:10616-10620 allow self-registration with bemiddeling as a condition. Safest reading
    here: the way in is the verwijzer (these steps come first, at higher urgency);
    the self-route is mentioned only together with the bemiddeling condition."""
    return "intensief" in c.sit and c.citizen and c.minor


A7_TOEGANGSPOORT = Rule(
    key="A7.toegangspoort",
    id="A7",
    topic="accessibility",
    applies=intensive_citizen_gate,
    source="S001:14, 43-45, 92, 100; S000:42-46; S004:173-174, 183-184; S003:10616-10620",
    step=StepSpec("toegangspoort", "info"),
    refs=("A5", "A6", "A10", "D3", "A12"),
    texts={
        "titel": "Zo vraag je zwaardere hulp aan",
        "wat_doen": (
            "Zwaardere hulp, zoals verblijf buiten huis of lange, intensieve begeleiding, kan "
            "je niet zomaar zelf starten. Ze wordt aangevraagd bij de toegangspoort van de "
            "regio waar {kind_of_jongere} officieel woont. Dat doet een erkende verwijzer "
            "samen met jou: {brede_instap_namen}, of je eigen hulpverlener. Heb je al een "
            "hulpverlener en zijn jullie het niet eens over de aanvraag? Dan kan je ook zelf "
            "naar de toegangspoort stappen, maar dan moet er eerst bemiddeling zijn: een gesprek "
            "met een onafhankelijke bemiddelaar. Na de aanvraag bekijkt de toegangspoort "
            "welke hulp nodig is. Daarna zoekt een jeugdhulpregisseur welke hulp past en wie "
            "die geeft. Zodra de hulp start, krijg je een beslissing. Daarin staat wie je "
            "helpt en hoe lang. Daarna sluit de toegangspoort het dossier af en volgt ze de "
            "hulp niet verder op."
        ),
        "wat_doen.andere": (
            "Zwaardere hulp, zoals verblijf buiten huis of lange, intensieve begeleiding, kan "
            "niet zomaar starten. Ze wordt aangevraagd bij de toegangspoort van de regio waar "
            "{kind_of_jongere} officieel woont. Dat doet een erkende verwijzer samen met "
            "{kind_of_jongere} en de ouders: {brede_instap_namen}, of de hulpverlener die het "
            "gezin al heeft. Alleen het gezin zelf kan rechtstreeks naar de toegangspoort "
            "stappen, en dan moet er eerst bemiddeling zijn. Vertel het gezin welke weg er is."
        ),
        "waarom": (
            "{intensief_zin} Die hulp is niet rechtstreeks toegankelijk: de toegangspoort "
            "kijkt eerst welke hulp nodig is en waar die te vinden is."
        ),
    },
)


def intensive_professional(c: Context) -> bool:
    """A8/A9/A6/A13: a care worker files the A-document with the young person and parents at
    the toegangspoort of the province of the child's domicile, once the request is clarified
    and directly accessible help is insufficient; CLBs as multidisciplinary team. Minors: for
    young adults see `intensive_young_adult`."""
    return "intensief" in c.sit and c.rol == "hulpverlener" and c.minor


A8_TOEGANGSPOORT = Rule(
    key="A8.toegangspoort",
    id="A8",
    topic="accessibility",
    applies=intensive_professional,
    source="S000:43-46; S001:43, 100; S003:10470-10490, 7774-7778",
    step=StepSpec("toegangspoort", "binnenkort"),
    refs=("A5", "A6", "A9", "A13", "A12"),
    texts={
        "titel": "Meld aan bij de toegangspoort met het A-document",
        "wat_doen": (
            "Meld samen met de jongere en de ouders aan bij de intersectorale toegangspoort "
            "van de provincie waar de minderjarige gedomicilieerd is. Dat doe je met een "
            "A-document (standaard elektronisch aanmeldingsdocument). Voorwaarden: je hebt de "
            "hulpvraag al uitgeklaard met de jongere en de ouders. En jullie vinden samen dat "
            "de eigen mogelijkheden en de rechtstreeks toegankelijke jeugdhulp niet volstaan. "
            "In een CLB dat erkend is als multidisciplinair team (de meeste CLB's) dient "
            "het multidisciplinair team de aanvraag in. De toegangspoort houdt je op de hoogte "
            "en betrekt je bij elke stap. Na de indicatiestelling werkt een "
            "jeugdhulpregisseur (jeugdhulpregie, fase 2) binnen 15 werkdagen een "
            "jeugdhulpverleningsvoorstel uit. Zodra de hulp start, volgt een "
            "jeugdhulpverleningsbeslissing. Dan sluit de toegangspoort het dossier af, zonder "
            "verdere opvolging."
        ),
        "waarom": (
            "{intensief_zin} Niet rechtstreeks toegankelijke jeugdhulp loopt via de "
            "intersectorale toegangspoort."
        ),
    },
)


def intensive_school(c: Context) -> bool:
    """A13: a school cannot file an A-document itself; the CLB (multidisciplinary team) or
    another erkende verwijzer does (S001:90-92; S003:7774-7778). Minors."""
    return "intensief" in c.sit and c.rol == "school" and c.minor


A13_TOEGANGSPOORT = Rule(
    key="A13.toegangspoort",
    id="A13",
    topic="accessibility",
    applies=intensive_school,
    source="S001:90-92, 100; S003:7774-7778",
    step=StepSpec("toegangspoort", "info"),
    refs=("A5", "A6"),
    texts={
        "titel": "Niet rechtstreeks toegankelijke hulp: via het CLB",
        "wat_doen": (
            "Een school kan zelf geen aanvraag doen bij de intersectorale toegangspoort. Het "
            "CLB (als multidisciplinair team) of een andere erkende verwijzer meldt aan met "
            "een A-document, samen met de leerling en de ouders, bij de toegangspoort van de "
            "provincie waar de leerling officieel woont."
        ),
        "waarom": (
            "{intensief_zin} Die hulp is niet rechtstreeks toegankelijk: een erkende "
            "verwijzer vraagt ze aan."
        ),
    },
)


def school_via_clb(c: Context) -> bool:
    """A4 + M10: for a pupil, referral to therapy or specialised help is the CLB's job (it has
    beroepsgeheim, the school has not), and problematic absence must go to the CLB
    (S001:79, 90; S003:7640-7646)."""
    return c.rol == "school" and bool(
        c.sit & {"vraag", "school", "psychisch", "opvoeding", "handicap", "intensief"}
    )


A4_SCHOOL = Rule(
    key="A4.school",
    id="A4",
    topic="accessibility",
    applies=school_via_clb,
    source="S001:79, 90; S003:7640-7646",
    step=StepSpec("clb", "binnenkort"),
    refs=("M10",),
    texts={
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
)


def clb_indicatiesteller(c: Context) -> bool:
    """R-CLB-VERSLAG: for pupils with specific educational needs only the CLB may deliver a
    verslag or gemotiveerd verslag (S001:94). Named where a pupil, parent or school asks about a
    (suspected) disability together with school."""
    return {"handicap", "school"} <= c.sit and c.rol in ("jongere", "ouder", "school")


R_CLB_VERSLAG = Rule(
    key="R-CLB-VERSLAG",
    id="R-CLB-VERSLAG",
    topic="accessibility",
    applies=clb_indicatiesteller,
    source="S001:94",
    step=StepSpec("clb", "binnenkort"),
    texts={
        "titel": "Het CLB: ook voor een verslag over de noden op school",
        "wat_doen": (
            "Heeft een leerling door een (vermoeden van) handicap andere noden op school? Het "
            "CLB (Centrum voor Leerlingenbegeleiding) bekijkt dat samen met de leerling, de "
            "ouders en de school. Alleen het CLB mag een verslag of een gemotiveerd verslag "
            "maken."
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
)


_BREED_KG = frozenset({"vraag", "opvoeding", "psychisch", "handicap"})


def brede_instap_kg(c: Context) -> bool:
    """A3 + G2: Kind en Gezin is brede instap for (future) parents of children up to 3."""
    return bool(c.sit & _BREED_KG)


A3_KIND_EN_GEZIN = Rule(
    key="A3.kind-en-gezin",
    id="A3",
    topic="accessibility",
    applies=brede_instap_kg,
    source="S000:97-103; S003:11686-11688",
    step=StepSpec("kind-en-gezin", "binnenkort"),
    refs=("G2",),
    texts={
        "titel": "Kind en Gezin",
        "wat_doen": (
            "Kind en Gezin helpt aanstaande ouders en gezinnen met kinderen tot 3 jaar, met "
            "elke vraag over opgroeien en opvoeden. Je kan er zelf terecht, ook telefonisch "
            "of via chat."
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
)


_BREED_CLB = frozenset({"vraag", "school", "psychisch", "opvoeding", "handicap"})


def brede_instap_clb(c: Context) -> bool:
    """A3 + G1: the CLB is brede instap for pupils from 2,5 to 18 and their parents; a young
    person may also talk to the CLB about worries. Schools: see A4."""
    return c.rol != "school" and (
        bool(c.sit & _BREED_CLB) or ("zorgen" in c.sit and c.rol == "jongere")
    )


A3_CLB = Rule(
    key="A3.clb",
    id="A3",
    topic="accessibility",
    applies=brede_instap_clb,
    source="S000:97-103; S001:33-35, 51; S003:7498-7504",
    step=StepSpec("clb", "binnenkort"),
    refs=("G1",),
    texts={
        "titel": "Het CLB",
        "wat_doen": (
            "Het CLB (Centrum voor Leerlingenbegeleiding) helpt kinderen en jongeren van 2,5 "
            "tot 18 jaar die naar school gaan, en hun ouders. Met elke vraag: leren, school, "
            "gezondheid, hoe je je voelt. Je kan er zelf terecht: het CLB van je school helpt "
            "je verder. Ook wie niet ingeschreven is in een school of thuisonderwijs krijgt, "
            "kan bij een CLB terecht."
        ),
        "wat_doen.andere": (
            "Het CLB (Centrum voor Leerlingenbegeleiding) helpt kinderen en jongeren van 2,5 "
            "tot 18 jaar die naar school gaan, en hun ouders, met elke vraag. Het kind of de "
            "jongere en de ouders kunnen er zelf terecht, bij het CLB van de school. Vertel "
            "hen dat die weg bestaat."
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
)


_BREED_JAC = frozenset({"vraag", "psychisch", "school", "opvoeding", "zorgen", "weigert"})


def brede_instap_jac(c: Context) -> bool:
    """A3/A17 + G3: the JAC is where young people of 12-25 go themselves, free and confidential
    (S003:8894-8896, 9520-9522, 9590-9596)."""
    return c.rol == "jongere" and bool(c.sit & _BREED_JAC)


A3_JAC = Rule(
    key="A3.jac",
    id="A3",
    topic="accessibility",
    applies=brede_instap_jac,
    source="S000:7; S003:8894-8896, 9520-9522, 9590-9596",
    step=StepSpec("jac", "binnenkort"),
    refs=("G3", "A17"),
    texts={
        "titel": "Het JAC",
        "wat_doen": (
            "Het JAC (jongerenaanbod van het Centrum Algemeen Welzijnswerk) is er voor "
            "jongeren van 12 tot en met 25 jaar, met al hun vragen en problemen. Je kan er zelf "
            "naartoe. Het is gratis en vertrouwelijk, en jij beslist waarover je praat."
        ),
        "waarom": (
            "{leeftijd_zin} {situatie_zin} Bij het JAC kunnen jongeren zelf langsgaan met "
            "elke vraag."
        ),
    },
)


_BREED_CAW = frozenset({"vraag", "opvoeding", "psychisch"})


def brede_instap_caw(c: Context) -> bool:
    """A3: the CAW is brede instap for parents and anyone else, any question (S000:97-103)."""
    return c.rol in ("ouder", "andere", "hulpverlener") and bool(c.sit & _BREED_CAW)


A3_CAW = Rule(
    key="A3.caw",
    id="A3",
    topic="accessibility",
    applies=brede_instap_caw,
    source="S000:7, 97-103; S001:26, 92",
    step=StepSpec("caw", "binnenkort"),
    texts={
        "titel": "Het CAW",
        "wat_doen": (
            "Bij het CAW (Centrum Algemeen Welzijnswerk) kan iedereen terecht, met elke "
            "vraag. Een hulpverlener zoekt samen met jou uit wat er aan de hand is. Soms is "
            "een eenvoudig advies genoeg; anders verwijst het CAW je door. Het CAW is gratis."
        ),
        "wat_doen.prof": (
            "Het CAW is brede instap voor iedereen (kinderen, jongeren en ouders), "
            "rechtstreeks toegankelijk en gratis; doorverwijzing gebeurt met instemming van "
            "de cliënt."
        ),
        "waarom": "{situatie_zin} Bij het CAW kan iedereen terecht met elke vraag.",
    },
)


def mental_health(c: Context) -> bool:
    """A2/A17: the CGG is directly accessible, on own initiative (S001:27, 39, 92). A school
    refers through the CLB (A4)."""
    return "psychisch" in c.sit and c.rol != "school"


A2_CGG = Rule(
    key="A2.cgg",
    id="A2",
    topic="accessibility",
    applies=mental_health,
    source="S001:27, 39, 92",
    step=StepSpec("cgg", "binnenkort"),
    refs=("A17",),
    texts={
        "titel": "Een CGG",
        "wat_doen": (
            "Een CGG (Centrum voor Geestelijke Gezondheidszorg) helpt bij psychische "
            "problemen, zoals je lang somber of angstig voelen. Je kan er zelf naartoe, "
            "zonder verwijzing."
        ),
        "wat_doen.prof": (
            "Het CGG biedt probleemgebonden, rechtstreeks toegankelijke hulp bij psychische "
            "problemen; ouders en jongeren kunnen ook op eigen initiatief contact opnemen."
        ),
        "waarom": "{psychisch_zin} Een CGG is gespecialiseerd in psychische problemen.",
    },
)


def disability(c: Context) -> bool:
    """A2/A15: DOP and VAPH home guidance are directly accessible (S001:29, 31); the DOP also
    helps to apply for VAPH support (S003:13066-13076). Schools go through the CLB (A4)."""
    return "handicap" in c.sit and c.rol != "school"


A2_DOP = Rule(
    key="A2.dop",
    id="A2",
    topic="accessibility",
    applies=disability,
    source="S001:29, 39; S003:11712-11720, 13066-13076",
    step=StepSpec("dop", "binnenkort"),
    refs=("A15",),
    texts={
        "titel": "Een DOP",
        "titel.prof": "Dienst Ondersteuningsplan (DOP)",
        "wat_doen": (
            "Een DOP (Dienst Ondersteuningsplan) helpt als je denkt dat er een handicap is, "
            "en als je nog geen steun krijgt van het VAPH. "
            "Ze maken samen met jou een plan: welke steun je nodig hebt en wie die kan geven. "
            "Ze helpen ook om steun aan te vragen bij het VAPH (Vlaams Agentschap voor "
            "Personen met een Handicap). Je kan er zelf naartoe."
        ),
        "wat_doen.prof": (
            "De DOP is rechtstreeks toegankelijk, ook bij een vermoeden van handicap zonder "
            "VAPH-inschrijving. De DOP maakt een ondersteuningsplan en helpt bij een aanvraag "
            "voor specialistische VAPH-ondersteuning; niet rechtstreeks toegankelijke "
            "VAPH-hulp loopt via de intersectorale toegangspoort."
        ),
        "waarom": "{handicap_zin} Een DOP helpt zoeken welke steun nodig is, ook zonder diagnose.",
    },
)


A2_VAPH = Rule(
    key="A2.vaph",
    id="A2",
    topic="accessibility",
    applies=disability,
    source="S001:31, 39; S003:6468-6482",
    step=StepSpec("thuisbegeleidingsdienst-vaph", "info"),
    refs=("G5",),
    texts={
        "titel": "Thuisbegeleiding bij een handicap",
        "wat_doen": (
            "Een thuisbegeleidingsdienst voor personen met een handicap komt bij jullie thuis "
            "helpen, voor kinderen en jongeren tot 21 jaar. Je kan er zelf naartoe. Er kan "
            "een eigen bijdrage zijn."
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
)


def parenting_ckg(c: Context) -> bool:
    """A2: the CKG is directly accessible problem-specific help for families (S001:28, 39)."""
    return "opvoeding" in c.sit and c.rol in ("ouder", "hulpverlener")


A2_CKG = Rule(
    key="A2.ckg",
    id="A2",
    topic="accessibility",
    applies=parenting_ckg,
    source="S001:28, 39",
    step=StepSpec("ckg", "info"),
    texts={
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
)


# Signs in the answers of a very vulnerable family or a precarious relation with help: worry
# about safety, needed help refused or stuck, many care workers and no overview, heavier help.
_VULNERABLE = frozenset({"zorgen", "weigert", "overzicht", "intensief"})


def parenting_coach(c: Context) -> bool:
    """A17/A18: gezinscoaching is for "Gezinnen in een zeer kwetsbare situatie" and "Gezinnen
    met een precaire hulpverleningsrelatie" (S003:8900, 8908-8910), not for every question
    about parenting. So: a parenting question together with a sign of that vulnerability.
    Parents may register themselves (S003:9974-9984); a care worker only passes a family on
    with its consent (S003:9720-9726)."""
    return "opvoeding" in c.sit and bool(c.sit & _VULNERABLE) and c.rol in ("ouder", "hulpverlener")


A17_GEZINSCOACHING = Rule(
    key="A17.gezinscoaching",
    id="A17",
    topic="accessibility",
    applies=parenting_coach,
    source="S003:8900-8910, 9720-9726, 9974-9984",
    step=StepSpec("gezinscoaching", "info"),
    refs=("A18",),
    texts={
        "titel": "Gezinscoaching",
        "wat_doen": (
            "Gezinscoaching is er voor gezinnen die het heel moeilijk hebben, of bij wie de "
            "hulp telkens niet lukt. Een gezinscoach staat dan naast jullie gezin en helpt de "
            "weg te vinden naar andere hulp. Je mag jullie gezin zelf aanmelden. Niet elke "
            "gemeente heeft gezinscoaching, en de leeftijd van de kinderen verschilt per "
            "plaats."
        ),
        "wat_doen.prof": (
            "Gezinscoaching ((inter)gemeentelijk) voor gezinnen in een zeer kwetsbare "
            "situatie. Toeleiden kan alleen als het gezin toestemming geeft om de "
            "contactgegevens door te geven. Leeftijdsgrens en aanbod verschillen per werking."
        ),
        "waarom": (
            "{opvoeding_zin} {situatie_zin} Gezinscoaching is er voor gezinnen in een heel "
            "kwetsbare situatie; een gezinscoach helpt het hele gezin de weg te vinden."
        ),
    },
)


def always(c: Context) -> bool:
    """R-BREED: the brede instap, for anyone with any question (A3, S001:35; S000:97-100)."""
    return True


R_BREED_CAW = Rule(
    key="R-BREED.caw",
    id="R-BREED",
    topic="accessibility",
    applies=always,
    source="S000:97-103; S003:8890-8892",
    step=StepSpec("caw", "binnenkort"),
    refs=("A3",),
    fallback=True,
    texts={
        "titel": "Het CAW",
        "wat_doen": (
            "Bij het CAW (Centrum Algemeen Welzijnswerk) kan iedereen terecht, met elke "
            "vraag. Het is gratis. Een hulpverlener zoekt samen met jou wat er nodig is en "
            "verwijst je door als dat moet."
        ),
        "wat_doen.prof": (
            "Het CAW is brede instap voor iedereen, rechtstreeks toegankelijk en gratis; "
            "jongeren van 12 tot en met 25 jaar kunnen ook naar het JAC."
        ),
        "waarom": "Met elke vraag kan je terecht bij de brede instap.",
    },
)


RULES = (
    A7_CLB,
    A7_JAC,
    A7_CAW,
    A7_TOEGANGSPOORT,
    A8_TOEGANGSPOORT,
    A13_TOEGANGSPOORT,
    A4_SCHOOL,
    R_CLB_VERSLAG,
    A3_KIND_EN_GEZIN,
    A3_CLB,
    A3_JAC,
    A3_CAW,
    A2_CGG,
    A2_DOP,
    A2_VAPH,
    A2_CKG,
    A17_GEZINSCOACHING,
    R_BREED_CAW,
)
