"""Disagreement and continuity: bemiddeling and cliëntoverleg.

Each rule is one unit: its condition (a predicate whose docstring gives the reading of the
seeds), the `Rule` with its id and seed lines, and every text it can show. No Django imports.
"""

from __future__ import annotations

from routing.rules.base import (
    NO_BEMIDDELING_WITH,
    PARTIES,
    Context,
    NotPossibleSpec,
    Rule,
    StepSpec,
)


def disagree_about_application(c: Context) -> bool:
    """D4/A11, where the seeds differ: S000:125-129 makes bemiddeling compulsory when young person,
    parents and/or care worker disagree about a toegangspoort application; S004 frames it as the
    condition for going there alone. Both are kept: here the compulsory case. Only parties ask
    for bemiddeling (D8); a school or another person gets `conflict_third_party`. Only while an
    application is possible at this age (`Context.gate_open`, G4)."""
    return (
        "intensief" in c.sit
        and "conflict" in c.sit
        and c.gate_open
        and c.answers.met in (None, "hulpverlener")
        and c.rol in PARTIES
    )


D4_AANVRAAG = Rule(
    key="D4.aanvraag",
    id="D4",
    topic="disagreement",
    applies=disagree_about_application,
    source="S000:125-129",
    step=StepSpec("bemiddeling", "binnenkort"),
    refs=("A11",),
    texts={
        "titel": "Bemiddeling als jullie het niet eens zijn over de aanvraag",
        "wat_doen": (
            "Zijn jullie het met de hulpverlener niet eens over een aanvraag bij de "
            "toegangspoort? Dan moet er bemiddeling komen: een onafhankelijke bemiddelaar "
            "helpt jullie samen een oplossing te vinden. Bemiddeling is gratis en "
            "vertrouwelijk."
        ),
        "wat_doen.prof": (
            "Raken jongere, ouders en hulpverlener het niet eens over een aanvraag bij de "
            "toegangspoort, dan moet bemiddeling ingeschakeld worden. De aanvraag gaat naar "
            "het ACT (afdeling Continuïteit en Toegang) van de regio "
            "of via jeugdhulp.be/startpunt."
        ),
        "waarom": (
            "{intensief_zin} {conflict_zin} Over een aanvraag bij de toegangspoort moet er "
            "dan bemiddeling komen."
        ),
    },
)


def stopped_bemiddeling(c: Context) -> bool:
    """D2 + D18, where the seeds differ: a provider that stops help unilaterally, without agreement,
    must engage bemiddeling (S004:167-171, 186-187; S000:129-131). S004 also names cliëntoverleg
    as an obligation then (S004:67-68); the seeds do not say which. Safest for the child: name
    both (this rule and D11-gestopt), so continuity is protected whichever applies. Only
    parties ask for bemiddeling (D8, S004:208-214): a school or another person gets
    `conflict_third_party` instead."""
    return c.unilateral_stop and c.answers.met in (None, "hulpverlener") and c.rol in PARTIES


D2_BEMIDDELING = Rule(
    key="D2.bemiddeling",
    id="D2",
    topic="disagreement",
    applies=stopped_bemiddeling,
    source="S004:167-171, 186-187; S000:129-131",
    step=StepSpec("bemiddeling", "binnenkort"),
    refs=("D18",),
    texts={
        "titel": "De hulp mag niet zomaar stoppen: vraag naar bemiddeling",
        "titel.prof": "Eenzijdige stopzetting: bemiddeling is verplicht",
        "wat_doen": (
            "Wil een hulpverlener de hulp stoppen zonder jullie akkoord? Dan moet die eerst "
            "bemiddeling inschakelen, met als doel dat de hulp kan doorgaan. Vraag ernaar. "
            "Je kan ook zelf bemiddeling vragen via jeugdhulp.be/startpunt/startpunt-jongere of "
            "jeugdhulp.be/startpunt/startpunt-ouders. Bemiddeling is gratis en vertrouwelijk."
        ),
        # Each party gets its own request page: one clear way to act.
        "wat_doen.jongere": (
            "Wil een hulpverlener de hulp stoppen zonder jullie akkoord? Dan moet die eerst "
            "bemiddeling inschakelen, met als doel dat de hulp kan doorgaan. Vraag ernaar. "
            "Je kan ook zelf bemiddeling vragen via jeugdhulp.be/startpunt/startpunt-jongere. "
            "Bemiddeling is gratis en vertrouwelijk."
        ),
        "wat_doen.ouder": (
            "Wil een hulpverlener de hulp stoppen zonder jullie akkoord? Dan moet die eerst "
            "bemiddeling inschakelen, met als doel dat de hulp kan doorgaan. Vraag ernaar. "
            "Je kan ook zelf bemiddeling vragen via jeugdhulp.be/startpunt/startpunt-ouders. "
            "Bemiddeling is gratis en vertrouwelijk."
        ),
        "wat_doen.prof": (
            "Wil een jeugdhulpaanbieder de hulp eenzijdig beëindigen, zonder akkoord of vraag "
            "van de cliënt of de ouders, dan moet hij bemiddeling inschakelen met het oog op "
            "de continuïteit (decreet integrale jeugdhulp, art. 30, §1, 4°). Alleen partijen "
            "in het conflict vragen bemiddeling aan, bij het ACT (afdeling Continuïteit en "
            "Toegang) van de regio of via jeugdhulp.be/startpunt."
        ),
        "waarom": (
            "{gestopt_zin} Een hulpverlener mag de hulp niet zomaar stopzetten: bemiddeling "
            "is er om de hulp te laten doorgaan, al lukt dat niet altijd."
        ),
    },
)


def conflict_party(c: Context) -> bool:
    """D1: a conflict that endangers the continuity of help between client and care worker:
    bemiddeling is possible, voluntary, confidential and free (S004:180-181; S000:113-124).
    Not when the person says it is a complaint rather than a conflict about continuity:
    bemiddeling is for "een conflict dat raakt aan de continuïteit" (S004:208-209; R-KLACHT)."""
    return (
        "conflict" in c.sit
        and c.answers.met in (None, "hulpverlener")
        and c.rol in PARTIES
        and not c.answers.klacht
    )


D1_BEMIDDELING = Rule(
    key="D1.bemiddeling",
    id="D1",
    topic="disagreement",
    applies=conflict_party,
    source="S004:180-181, 194-198; S000:113-141",
    step=StepSpec("bemiddeling", "binnenkort"),
    refs=("D7", "D9"),
    texts={
        "titel": "Vraag bemiddeling",
        "titel.prof": "Bemiddeling in de jeugdhulp",
        "wat_doen": (
            "Een onafhankelijke bemiddelaar helpt jullie om samen het conflict op te lossen. "
            "Zo kan de hulp doorgaan. Bemiddeling is gratis, vrijwillig en vertrouwelijk. "
            "Wat er gezegd wordt, blijft tussen jullie, tenzij jullie samen iets anders "
            "afspreken. Vraag het aan via "
            "jeugdhulp.be/startpunt/startpunt-jongere of "
            "jeugdhulp.be/startpunt/startpunt-ouders."
        ),
        "wat_doen.jongere": (
            "Een onafhankelijke bemiddelaar helpt jullie om samen het conflict op te lossen. "
            "Zo kan de hulp doorgaan. Bemiddeling is gratis, vrijwillig en vertrouwelijk. "
            "Wat er gezegd wordt, blijft tussen jullie, tenzij jullie samen iets anders "
            "afspreken. Vraag het aan via "
            "jeugdhulp.be/startpunt/startpunt-jongere."
        ),
        "wat_doen.ouder": (
            "Een onafhankelijke bemiddelaar helpt jullie om samen het conflict op te lossen. "
            "Zo kan de hulp doorgaan. Bemiddeling is gratis, vrijwillig en vertrouwelijk. "
            "Wat er gezegd wordt, blijft tussen jullie, tenzij jullie samen iets anders "
            "afspreken. Vraag het aan via "
            "jeugdhulp.be/startpunt/startpunt-ouders."
        ),
        "wat_doen.prof": (
            "Bemiddeling kan bij een conflict tussen cliënt (jongere, ouders) en "
            "hulpverlener(s) dat de continuïteit van de hulp bedreigt. Enkel partijen in het "
            "conflict kunnen ze aanvragen. Niet bij een conflict tussen jeugdhulpaanbieders "
            "onderling zonder de cliënt: gebruik dan cliëntoverleg."
        ),
        "waarom": "{conflict_zin} Bemiddeling is er voor conflicten die de hulp in gevaar brengen.",
    },
)


def conflict_third_party(c: Context) -> bool:
    """D8: only parties to the conflict may ask for bemiddeling; others (a school, a grandparent,
    a neighbour) can tell the parties it exists and how they ask for it (S004:208-214). This
    holds for help that is stopped as much as for a conflict."""
    return c.conflict_with_hulpverlener() and c.rol in ("andere", "school")


D8_BEMIDDELING = Rule(
    key="D8.bemiddeling",
    id="D8",
    topic="disagreement",
    applies=conflict_third_party,
    source="S004:208-214",
    step=StepSpec("bemiddeling", "info"),
    texts={
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
)


def conflict_with_mandated(c: Context) -> bool:
    """D5/D6: bemiddeling is impossible with the SDJ, a gemandateerde voorziening (OCJ, VK) or
    the toegangspoort: "Deze diensten kunnen geen partij zijn in bemiddeling" (S004:221-231)."""
    return bool(c.sit & {"conflict", "gestopt"}) and c.answers.met in NO_BEMIDDELING_WITH


D5_BEMIDDELING = Rule(
    key="D5.bemiddeling",
    id="D5",
    topic="disagreement",
    applies=conflict_with_mandated,
    source="S004:221-231",
    niet_mogelijk=NotPossibleSpec("bemiddeling"),
    refs=("D6",),
    texts={
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
)


def conflict_with_mandated_overleg(c: Context) -> bool:
    """D5 → what is possible instead: cliëntoverleg, which anyone may request, SDJ staff often
    do, and which works in verontrusting too (S004:102-108; M15, S004:135-139). Also when such a
    service stops the help; no seed says an overleg must follow then, so it is offered, not
    claimed as an obligation."""
    return bool(c.sit & {"conflict", "gestopt"}) and c.answers.met in NO_BEMIDDELING_WITH


D5_CLIENTOVERLEG = Rule(
    key="D5.clientoverleg",
    id="D5",
    topic="disagreement",
    applies=conflict_with_mandated_overleg,
    source="S004:102-108, 135-139, 221-231",
    step=StepSpec("clientoverleg", "binnenkort"),
    refs=("D13",),
    texts={
        "titel": "Wat wel kan: cliëntoverleg",
        "wat_doen": (
            "Bij cliëntoverleg zitten jullie samen met alle hulpverleners, onder leiding van "
            "een onafhankelijke voorzitter. Jullie maken samen een plan: wie doet wat. Je mag "
            "het zelf aanvragen, of een hulpverlener vragen om te helpen. Je mag een "
            "vertrouwenspersoon meenemen."
        ),
        "wat_doen.prof": (
            "Cliëntoverleg (externe, onafhankelijke voorzitter) stemt hulp en ondersteuning "
            "op elkaar af en levert een werkplan met een hulpcoördinator. Iedereen kan het "
            "aanvragen, met instemming van de cliënt; de cliënt is aanwezig."
        ),
        "waarom": (
            "Je zei dat het om {met_naam} gaat. Bemiddeling kan dan niet. Cliëntoverleg kan "
            "wel: iedereen mag het vragen, ook als er zorgen zijn over de veiligheid."
        ),
    },
)


def stopped_overleg(c: Context) -> bool:
    """D11(c) + D18: cliëntoverleg is an obligation when a care worker stops help
    unilaterally without the client's consent (S004:67-68); see D2 for why both are named. The
    seed says so of a care worker (hulpverlener), not of the OCJ, VK, toegangspoort or SDJ:
    those cases get `conflict_with_mandated_overleg`, without the obligation. Help that stopped
    because the young person turned 18 is not such a stop (R-18)."""
    return c.unilateral_stop and c.answers.met in (None, "hulpverlener")


D11_GESTOPT = Rule(
    key="D11.gestopt",
    id="D11",
    topic="disagreement",
    applies=stopped_overleg,
    source="S004:67-68",
    step=StepSpec("clientoverleg", "binnenkort"),
    refs=("D18",),
    texts={
        "titel": "Vraag cliëntoverleg",
        "titel.prof": "Cliëntoverleg is verplicht bij eenzijdige stopzetting",
        "wat_doen": (
            "Wil een hulpverlener de hulp stoppen zonder jullie akkoord, dan moet er ook een "
            "overleg komen: cliëntoverleg. Jullie zitten samen met de hulpverleners, onder "
            "leiding van een onafhankelijke voorzitter, en maken samen een plan zodat de hulp "
            "niet zomaar wegvalt. Ook bemiddeling is dan verplicht. Er is geen vaste "
            "volgorde: vraag allebei."
        ),
        "wat_doen.andere": (
            "Wil een hulpverlener de hulp stoppen zonder akkoord van de jongere of de ouders, "
            "dan moet er ook een overleg komen: cliëntoverleg. Het gezin zit dan samen met de "
            "hulpverleners, onder leiding van een onafhankelijke voorzitter. Vertel het gezin "
            "dat het dit kan vragen."
        ),
        "wat_doen.prof": (
            "Cliëntoverleg is een verplichting wanneer de hulpverlener de hulp aan een cliënt "
            "eenzijdig wil stoppen zonder instemming van het cliëntsysteem. Aanvraag bij het "
            "ACT (afdeling Continuïteit en Toegang) van de regio."
        ),
        "waarom": (
            "{gestopt_zin} Stopt een hulpverlener de hulp zonder jullie akkoord, dan moet er "
            "ook cliëntoverleg komen."
        ),
    },
)


def providers_conflict(c: Context) -> bool:
    """D7 + D11(a): a care worker whose conflict is with other providers, without the client,
    cannot use bemiddeling; cliëntoverleg restores coordination (S004:59-62, 150-151)."""
    return (
        "conflict" in c.sit and c.rol == "hulpverlener" and c.answers.met in (None, "hulpverlener")
    )


D7_CLIENTOVERLEG = Rule(
    key="D7.clientoverleg",
    id="D7",
    topic="disagreement",
    applies=providers_conflict,
    source="S004:59-62, 150-151",
    step=StepSpec("clientoverleg", "info"),
    refs=("D11",),
    texts={
        "titel": "Cliëntoverleg: de hulpverleners spreken samen af wat ze doen",
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
)


def lost_overview(c: Context) -> bool:
    """D11(b)/D13: when the client and context lose the overview, cliëntoverleg; anyone may
    request it, the client too (S004:63-66, 102-108). Minors (age table)."""
    return "overzicht" in c.sit


D11_OVERZICHT = Rule(
    key="D11.overzicht",
    id="D11",
    topic="disagreement",
    applies=lost_overview,
    source="S004:55-72, 102-108",
    step=StepSpec("clientoverleg", "binnenkort"),
    refs=("D13",),
    texts={
        "titel": "Vraag cliëntoverleg",
        "titel.prof": "Cliëntoverleg",
        "wat_doen": (
            "Bij cliëntoverleg zitten jullie samen met alle hulpverleners, onder leiding van "
            "een onafhankelijke voorzitter. Jullie maken samen één plan: wie doet wat. Eén "
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
)


def overleg_not_for_a_place(c: Context) -> bool:
    """D14: cliëntoverleg is not the way to negotiate a place with providers: that is
    jeugdhulpregie of the toegangspoort; with providers who cannot agree on one werkplan it can
    be used (S004:126-132). Told to professionals who ask for overview and intensive help."""
    return "overzicht" in c.sit and "intensief" in c.sit and c.prof


D14_CLIENTOVERLEG = Rule(
    key="D14.clientoverleg",
    id="D14",
    topic="disagreement",
    applies=overleg_not_for_a_place,
    source="S004:126-132",
    step=StepSpec("clientoverleg", "info"),
    texts={
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
)


def trusted_person(c: Context) -> bool:
    """R-VERTROUWENSPERSOON: in a conflict with youth care a minor, and each parent, may bring a
    vertrouwenspersoon to every contact (S003:13874-13892: the parent's own right is at
    13882-13892). Where the seeds differ: S003:14160-14168 gives the vertrouwenspersoon the
    mandate "bemiddeling en overleg te initiëren"; S004:208-209 lets only the parties to the
    conflict request bemiddeling. Both are kept: the vertrouwenspersoon may ask for
    cliëntoverleg and take the initiative for bemiddeling, and the request for bemiddeling is
    made by the parties. Parents read about their own right, not their child's."""
    return bool(c.sit & {"conflict", "gestopt"}) and c.rol in ("jongere", "ouder")


R_VERTROUWENSPERSOON = Rule(
    key="R-VERTROUWENSPERSOON",
    id="R-VERTROUWENSPERSOON",
    topic="disagreement",
    applies=trusted_person,
    source="S003:13874-13892, 14070-14078, 14160-14168; S004:208-209",
    step=StepSpec("vertrouwenspersoon", "info"),
    texts={
        "titel": "Neem een vertrouwenspersoon mee",
        "wat_doen": (
            "Je mag iemand die je vertrouwt meenemen naar elk gesprek met de jeugdhulp: een "
            "vertrouwenspersoon. Dat is iemand van 18 jaar of ouder die niets te maken heeft "
            "met de hulp die je nu krijgt. Die persoon mag cliëntoverleg vragen en kan het "
            "initiatief nemen voor bemiddeling. De aanvraag voor bemiddeling zelf doen de "
            "partijen in het conflict: jij of je ouders. Je vertrouwenspersoon helpt je daarbij."
        ),
        "wat_doen.ouder": (
            "Als ouder mag je iemand die je vertrouwt meenemen naar elk gesprek met de "
            "jeugdhulp: een vertrouwenspersoon. Dat is jouw eigen recht; je kind heeft het "
            "ook. Een vertrouwenspersoon is iemand van 18 jaar of ouder die niets te maken "
            "heeft met de hulp die jullie nu krijgen. Die persoon mag cliëntoverleg vragen en "
            "kan het initiatief nemen voor bemiddeling. De aanvraag voor bemiddeling zelf doen "
            "de partijen in het conflict: jij, je kind of de hulpverlener."
        ),
        "waarom": (
            "{conflict_of_gestopt_zin} Met iemand naast je is het makkelijker om te zeggen "
            "wat je wil."
        ),
    },
)


RULES = (
    D4_AANVRAAG,
    D2_BEMIDDELING,
    D1_BEMIDDELING,
    D8_BEMIDDELING,
    D5_BEMIDDELING,
    D5_CLIENTOVERLEG,
    D11_GESTOPT,
    D7_CLIENTOVERLEG,
    D11_OVERZICHT,
    D14_CLIENTOVERLEG,
    R_VERTROUWENSPERSOON,
)
