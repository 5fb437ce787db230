"""The situations people bring beyond the first questions: coming of age, a disagreement inside
the family, several parties, a complaint, a young person who wants help without the parents
knowing, and a family that is already waiting.

Each reads a follow-up of the vocabulary (`FOLLOW_UPS`) or several conflict parties (`met`);
without those answers none of these rules fires. Each rule is one unit: its condition (a
predicate whose docstring gives the reading of the seeds), the `Rule` with its id and seed
lines, and every text it can show. No Django imports.
"""

from __future__ import annotations

from routing.rules.base import NO_BEMIDDELING_WITH, PARTIES, Context, Rule, StepSpec
from routing.vocabulary import FAMILY_PARTIES

# --- coming of age (R-18) ---


def turns_18_soon(c: Context) -> bool:
    """R-18: at 17, youth care ends on the 18th birthday ("Eens 18, stopt de jeugdhulp",
    S003:5506-5510). What can follow is in the seeds: contextbegeleiding can still start at 18
    and, with a verblijfsmodule, run until 21 (S003:5192-5196); VAPH help that is not directly
    accessible runs until 25 (S003:6482); the CAW helps young adults of 18 to 25
    (S003:4096-4100) and its JAC young people of 12 to 25 (S003:8894-8896). In Oost-Vlaanderen
    "Bruggen na(ar) 18" works with young people in the transition age, 15 to 25
    (S003:8942-8960, 9250-9266). So the person hears to prepare now, with the CAW."""
    return bool(c.answers.bijna_18) and c.minor


R_18_BIJNA = Rule(
    key="R-18.bijna",
    id="R-18",
    topic="situations",
    applies=turns_18_soon,
    source="S003:5506-5510, 5192-5196, 6482, 4096-4100, 8894-8896, 8942-8960, 9250-9266",
    step=StepSpec("caw", "binnenkort"),
    refs=("G6", "G3"),
    texts={
        "titel": "Bereid nu voor wat er na 18 jaar komt",
        "titel.prof": "Overgang naar 18: bereid de nazorg nu voor",
        "wat_doen": (
            "Op 18 jaar stopt de jeugdhulp meestal. Spreek nu al af wat er daarna komt. Het CAW "
            "(Centrum Algemeen Welzijnswerk) helpt jongvolwassenen van 18 tot en met 25 jaar, "
            "gratis. Het JAC (het jongerenaanbod van het CAW) helpt jongeren tot en met 25 "
            "jaar. Begeleiding van de jongere en het gezin kan nog starten op 18 jaar. Bij een "
            "handicap kan hulp van het VAPH doorlopen tot 25 jaar. Vraag de hulpverlener om "
            "dit samen voor te bereiden."
        ),
        "wat_doen.jongere": (
            "Als je 18 wordt, stopt de jeugdhulp meestal. Spreek nu al af wat er daarna komt. "
            "Het JAC (het jongerenaanbod van het CAW) helpt jongeren tot en met 25 jaar, "
            "gratis. Het CAW (Centrum Algemeen Welzijnswerk) helpt jongvolwassenen van 18 tot "
            "en met 25 jaar. Begeleiding van jou en je gezin kan nog starten als je 18 bent. "
            "Heb je een handicap, dan kan hulp van het VAPH doorlopen tot je 25 wordt. Vraag "
            "je hulpverlener om dit samen met jou voor te bereiden."
        ),
        "wat_doen.prof": (
            "Eens 18 stopt de jeugdhulp. Wat kan: contextbegeleiding kan nog opstarten op 18 "
            "jaar (gekoppeld aan een verblijfsmodule tot 21 jaar); niet rechtstreeks "
            "toegankelijke VAPH-hulp loopt tot 25 jaar; het CAW en het JAC bieden "
            "trajectbegeleiding aan jongvolwassenen van 18 tot en met 25 jaar. In "
            "Oost-Vlaanderen werkt 'Bruggen na(ar) 18' met kwetsbare jongeren van 15 tot 25 "
            "jaar in de transitieleeftijd. Bereid de overgang samen met de jongere voor."
        ),
        "waarom": (
            "{leeftijd_zin} {bijna_18_zin} Op 18 jaar stopt de jeugdhulp meestal; wie nu al "
            "plant, valt na 18 niet zonder hulp."
        ),
    },
)


def stopped_at_18(c: Context) -> bool:
    """R-18: the help stopped because the young person turned 18. That is the law, not a
    unilateral stop by a care worker (S003:5506-5510), so bemiddeling and cliëntoverleg for
    continuity (D2, D11) do not apply (`Context.unilateral_stop`). What remains: the CAW for
    young adults of 18 to 25 (S003:4096-4100) and its JAC to 25 (S003:8894-8896); the brede
    instap stays a fallback when further help stops (S003:7924-7930). At 18 contextbegeleiding
    can still start (S003:5192-5196) and with a disability VAPH help runs until 25
    (S003:6482): `{na_18_zin}` says which applies at this age."""
    return c.came_of_age


R_18_GESTOPT = Rule(
    key="R-18.gestopt",
    id="R-18",
    topic="situations",
    applies=stopped_at_18,
    source="S003:5506-5510, 4096-4100, 8894-8896, 7924-7930, 5192-5196, 6482",
    step=StepSpec("caw", "binnenkort"),
    refs=("G6", "G3"),
    texts={
        "titel": "De jeugdhulp stopte op 18: het CAW helpt verder",
        "titel.prof": "Jeugdhulp gestopt op 18: verwijs naar het CAW of het JAC",
        "wat_doen": (
            "Het CAW (Centrum Algemeen Welzijnswerk) helpt jongvolwassenen van 18 tot en met "
            "25 jaar, gratis. Een vaste begeleider zoekt samen met de jongere welke hulp er "
            "nog is. Jongeren tot en met 25 jaar kunnen ook naar het JAC (het jongerenaanbod "
            "van het CAW). Vanaf 18 jaar beslist de jongere zelf."
        ),
        "wat_doen.jongere": (
            "Het CAW (Centrum Algemeen Welzijnswerk) helpt jongvolwassenen van 18 tot en met "
            "25 jaar, gratis. Een vaste begeleider zoekt samen met jou welke hulp er nog is. "
            "Je kan ook naar het JAC (het jongerenaanbod van het CAW), tot en met 25 jaar."
        ),
        "wat_doen.prof": (
            "Eens 18 stopt de jeugdhulp: dat is geen eenzijdige stopzetting, dus bemiddeling "
            "of cliëntoverleg voor de continuïteit zijn niet de weg. Verwijs met instemming "
            "van de jongvolwassene naar het CAW of het JAC (trajectbegeleiding 18-25). De "
            "brede instap blijft een terugvalbasis als de verdere hulp stopt."
        ),
        "waarom": (
            "{leeftijd_zin} {gestopt_18_zin} Vanaf 18 jaar stopt de jeugdhulp; het CAW en het "
            "JAC helpen jongvolwassenen verder. {na_18_zin}"
        ),
    },
)


# --- a disagreement inside the family (R-GEZIN) ---


def family_disagrees_about_application(c: Context) -> bool:
    """R-GEZIN + D4: bemiddeling "moet ook ingeschakeld worden wanneer kind, jongere, ouder
    en/of hulpverlener het niet eens geraken over een aanvraag naar de toegangspoort"
    (S000:125-129): the disagreement may be inside the family, between the young person and
    the parents or between the parents. Only parties ask for bemiddeling (D8, S004:208-214),
    and only while an application is possible at this age (`Context.gate_open`, G4)."""
    return (
        "intensief" in c.sit
        and "conflict" in c.sit
        and bool(c.met_alle & set(FAMILY_PARTIES))
        and c.gate_open
        and c.rol in PARTIES
    )


R_GEZIN_BEMIDDELING = Rule(
    key="R-GEZIN.bemiddeling",
    id="R-GEZIN",
    topic="situations",
    applies=family_disagrees_about_application,
    source="S000:125-129; S004:208-214",
    step=StepSpec("bemiddeling", "binnenkort"),
    refs=("D4", "A11"),
    texts={
        "titel": "Niet akkoord over zwaardere hulp: vraag bemiddeling",
        "titel.prof": "Oneens binnen het cliëntsysteem over de aanvraag: bemiddeling",
        "wat_doen": (
            "Zijn de jongere en de ouders, of de ouders onderling, het niet eens over een "
            "aanvraag bij de toegangspoort? Dan moet er bemiddeling komen: een "
            "onafhankelijke bemiddelaar helpt jullie samen een oplossing te vinden. "
            "Bemiddeling is gratis en vertrouwelijk. Vraag het aan via jeugdhulp.be/startpunt."
        ),
        "wat_doen.prof": (
            "Raken kind, jongere, ouder en/of hulpverlener het niet eens over een aanvraag bij "
            "de toegangspoort, dan moet bemiddeling ingeschakeld worden, ook als het conflict "
            "binnen het cliëntsysteem ligt. Alleen de partijen vragen ze aan, bij het ACT "
            "(afdeling Continuïteit en Toegang) van de regio of via jeugdhulp.be/startpunt."
        ),
        "waarom": (
            "{intensief_zin} {conflict_zin} Over een aanvraag bij de toegangspoort moet er "
            "dan bemiddeling komen."
        ),
    },
)


def family_disagrees(c: Context) -> bool:
    """R-GEZIN: a disagreement inside the family about help. Help is voluntary: "Jij en je
    ouders moeten akkoord gaan" and changes are decided together (S003:5296-5308);
    contextbegeleiders try to involve both parents (S003:6112-6114). The CAW works with
    minors of 12 to 17, young adults and parents (S003:4096-4100): a place where each of them
    can go, whatever the age of the child. The seed says the agreement of the OCJ's voluntary
    help; the texts say it of voluntary help, which needs agreement by its very name."""
    return bool(c.sit & {"conflict", "gestopt"}) and bool(c.met_alle & set(FAMILY_PARTIES))


R_GEZIN_CAW = Rule(
    key="R-GEZIN.caw",
    id="R-GEZIN",
    topic="situations",
    applies=family_disagrees,
    source="S003:4096-4100, 5296-5308, 6112-6114",
    step=StepSpec("caw", "binnenkort"),
    texts={
        "titel": "Samen praten over de hulp: het CAW",
        "titel.prof": "Oneens binnen het gezin: het CAW",
        "wat_doen": (
            "Vrijwillige hulp vraagt het akkoord van de jongere en de ouders. Over veranderen "
            "of stoppen beslissen ze samen met de hulpverleners. Het CAW (Centrum Algemeen "
            "Welzijnswerk) helpt jongeren, jongvolwassenen en ouders, gratis. Elk van jullie "
            "kan er terecht om te praten."
        ),
        "wat_doen.prof": (
            "Vrijwillige hulp vraagt het akkoord van de jongere en de ouders; over "
            "veranderen of stoppen beslissen zij, het netwerk en de hulpverleners samen. "
            "Betrek beide ouders zoveel mogelijk. Het CAW werkt met minderjarigen van 12 tot "
            "17 jaar, jongvolwassenen en ouders."
        ),
        "waarom": "{conflict_zin} Hulp lukt pas als de jongere en de ouders akkoord gaan.",
    },
)


# --- several parties (R-MEERDERE) ---


def conflict_while_mandated_service_follows(c: Context) -> bool:
    """R-MEERDERE + D6: the conflict is with a care worker while the SDJ, an OCJ/VK or the
    toegangspoort follows the dossier. "Kan bemiddeling wel ingeschakeld worden door de
    partijen zelf"; those services inform the parties about it, and bemiddeling never
    suspends their process (S004:227-231). The SDJ works only on a judge's or the parket's
    referral (S003:5474-5478), so its work goes on. Only parties ask (D8, S004:208-214)."""
    return (
        ("conflict" in c.sit or c.unilateral_stop)
        and c.answers.met == "hulpverlener"
        and bool(c.met_alle & NO_BEMIDDELING_WITH)
        and c.rol in PARTIES
    )


R_MEERDERE = Rule(
    key="R-MEERDERE",
    id="R-MEERDERE",
    topic="situations",
    applies=conflict_while_mandated_service_follows,
    source="S004:227-231; S003:5474-5478",
    step=StepSpec("bemiddeling", "binnenkort"),
    refs=("D6",),
    texts={
        "titel": "Bemiddeling met de hulpverlener blijft mogelijk",
        "titel.prof": "Bemiddeling kan ook als een gemandateerde dienst het dossier volgt",
        "wat_doen": (
            "Het conflict is met een hulpverlener. Dan kunnen jullie bemiddeling vragen, ook "
            "al volgt {met_ook_naam} jullie dossier. Die dienst kan zelf geen partij zijn in "
            "bemiddeling, maar kan jullie er wel over informeren. Wat die "
            "dienst doet, loopt gewoon verder: bemiddeling zet dat niet stil. Vraag "
            "bemiddeling aan via jeugdhulp.be/startpunt. Ze is gratis en vertrouwelijk."
        ),
        "wat_doen.prof": (
            "In een dossier dat {met_ook_naam} opvolgt, kunnen de partijen (cliënt, "
            "hulpverlener) bij een conflict zelf bemiddeling inschakelen. Die diensten hebben "
            "een sleutelpositie om partijen te informeren over bemiddeling. Bemiddeling schort "
            "het proces bij die diensten nooit op."
        ),
        "waarom": (
            "Je zei dat het conflict met een hulpverlener is en dat ook {met_ook_naam} "
            "betrokken is. Bemiddeling met de hulpverlener blijft dan mogelijk."
        ),
    },
)


# --- a complaint (R-KLACHT) ---


def complaint(c: Context) -> bool:
    """R-KLACHT: a complaint about how a care worker treated the family is not a conflict
    about continuity, for which bemiddeling exists (S004:208-209), so D1 stays silent then.
    The vertrouwenspersoon supports the use of the minor's rights, "recht op informatie,
    recht op toegang tot je dossier, klachtrecht" (S003:13906-13910); a parent has a
    vertrouwenspersoon of their own (S003:13882-13892). Minors (age table)."""
    return bool(c.answers.klacht) and "conflict" in c.sit and c.rol in ("jongere", "ouder")


R_KLACHT = Rule(
    key="R-KLACHT",
    id="R-KLACHT",
    topic="situations",
    applies=complaint,
    source="S003:13874-13892, 13906-13910; S004:208-209",
    step=StepSpec("vertrouwenspersoon", "binnenkort"),
    texts={
        "titel": "Een klacht: een vertrouwenspersoon helpt je",
        "wat_doen": (
            "Je hebt rechten in de jeugdhulp: het recht op informatie, het recht om je dossier "
            "in te kijken en het recht om te klagen. Een vertrouwenspersoon helpt je die "
            "rechten te gebruiken en helpt je zeggen wat je niet gezegd krijgt. Dat is iemand "
            "van 18 jaar of ouder die je zelf kiest en die niets te maken heeft met de hulp "
            "die je nu krijgt."
        ),
        "wat_doen.ouder": (
            "Als ouder mag je je in elk contact met de jeugdhulp laten bijstaan door een "
            "vertrouwenspersoon; je kind heeft dat recht ook. De vertrouwenspersoon van je "
            "kind helpt het zijn rechten te gebruiken: het recht op informatie, het recht om "
            "het dossier in te kijken en het recht om te klagen. Een vertrouwenspersoon is "
            "iemand van 18 jaar of ouder die niets te maken heeft met de hulp die jullie nu "
            "krijgen."
        ),
        "waarom": (
            "Je zei dat je vooral een klacht hebt. Bemiddeling is er om de hulp te laten "
            "doorgaan bij een conflict; bij een klacht helpt een vertrouwenspersoon je."
        ),
    },
)


# --- help without the parents knowing (R-GEHEIM) ---


def without_parents_knowing(c: Context) -> bool:
    """R-GEHEIM: a young person of 12 to 17 who wants help without the parents knowing. At
    the JAC young people can go "gratis, vrijblijvend en vertrouwelijk" (S003:9520-9524); "een
    minderjarige van twaalf jaar of ouder wordt geacht in staat te zijn om zijn belangen
    redelijk te beoordelen" (S003:11190-11194). The worker also respects "het recht van de
    ouders om geïnformeerd te worden over fundamentele opvoedingskwesties" (S003:11172-11184),
    so the text says that honestly. JAC ages by the age table (12-25)."""
    return bool(c.answers.geheim) and c.rol == "jongere" and c.minor


R_GEHEIM = Rule(
    key="R-GEHEIM",
    id="R-GEHEIM",
    topic="situations",
    applies=without_parents_knowing,
    source="S003:9520-9524, 11172-11194",
    step=StepSpec("jac", "binnenkort"),
    refs=("G3",),
    texts={
        "titel": "Het JAC: praten zonder dat je ouders het moeten weten",
        "wat_doen": (
            "Bij het JAC (het jongerenaanbod van het CAW) kan je gratis, vrijblijvend en "
            "vertrouwelijk terecht, ook zonder je ouders. Vanaf 12 jaar word je geacht zelf "
            "te kunnen inschatten wat goed voor je is. Eerlijk is eerlijk: bij grote vragen "
            "over je opvoeding hebben je ouders het recht om geïnformeerd te worden. Vraag "
            "aan het JAC wat tussen jullie blijft."
        ),
        "waarom": (
            "Je zei dat je hulp wil zonder dat je ouders het weten. Het JAC is vertrouwelijk "
            "en er voor jongeren van 12 tot en met 25 jaar."
        ),
    },
)


# --- already waiting (R-WACHT) ---


def waiting(c: Context) -> bool:
    """R-WACHT + R-1G1P: "1 gezin 1 plan" is also for "gezinnen op een wachtlijst (kunnen deze
    periode niet zelfstandig overbruggen)" (S003:1380-1402), with a gezinscoach
    (S003:1610-1618). Asked with heavier help needed and none running yet; any waiting, on a
    waiting list or after the toegangspoort. 1G1P ages by the age table (0-25)."""
    return c.answers.wacht in ("wachtlijst", "toegangspoort") and "intensief" in c.sit


R_WACHT_1G1P = Rule(
    key="R-WACHT.1g1p",
    id="R-WACHT",
    topic="situations",
    applies=waiting,
    source="S003:1380-1402, 1610-1618",
    step=StepSpec("1g1p", "binnenkort"),
    refs=("R-1G1P",),
    texts={
        "titel": "Tijdens het wachten: 1 gezin 1 plan",
        "titel.prof": "Wachttijd overbruggen: 1 gezin 1 plan",
        "wat_doen": (
            "'1 gezin 1 plan' helpt gezinnen met kinderen en jongeren tot en met 25 jaar, ook "
            "gezinnen die op een wachtlijst staan en die tijd niet alleen kunnen overbruggen. "
            "Een gezinscoach kan jullie intussen helpen. Waar het bestaat, verschilt per regio."
        ),
        "wat_doen.prof": (
            "1G1P richt zich ook op gezinnen op een wachtlijst die die periode niet "
            "zelfstandig kunnen overbruggen: een gezinscoach of eerstelijnspsycholoog "
            "ondersteunt intussen. Het aanbod verschilt per regio."
        ),
        "waarom": "{wacht_zin} Wachten is zwaar; er is hulp om die tijd te overbruggen.",
    },
)


def waiting_after_gate(c: Context) -> bool:
    """R-WACHT + D14: after the toegangspoort's decision, a jeugdhulpregisseur "zoekt uit wie
    de hulpverlening effectief zal uitvoeren" and works out a proposal within 15 working days
    (S003:10524-10530). Cliëntoverleg is not the way to find a place (that is jeugdhulpregie),
    but can run during jeugdhulpregie when providers and the family cannot agree on one
    werkplan (S004:126-132). Only while an application is possible (`Context.gate_open`);
    cliëntoverleg for minors (age table)."""
    return c.answers.wacht == "toegangspoort" and "intensief" in c.sit and c.gate_open


R_WACHT_REGIE = Rule(
    key="R-WACHT.regie",
    id="R-WACHT",
    topic="situations",
    applies=waiting_after_gate,
    source="S003:10524-10530; S004:126-132",
    step=StepSpec("clientoverleg", "info"),
    refs=("D14",),
    texts={
        "titel": "Na de toegangspoort: wie zoekt de plaats?",
        "titel.prof": "Jeugdhulpregie na de toegangspoort",
        "wat_doen": (
            "Na de beslissing van de toegangspoort zoekt een jeugdhulpregisseur uit wie de "
            "hulp zal geven. Binnen 15 werkdagen maakt die een voorstel. Vraag de "
            "toegangspoort of je hulpverlener hoe ver dat staat. Cliëntoverleg is er niet om "
            "een plaats te zoeken, maar wel als de hulpverleners en jullie niet tot één plan "
            "komen."
        ),
        "wat_doen.prof": (
            "Na de indicatiestelling zoekt de jeugdhulpregisseur uit wie de hulp effectief "
            "uitvoert en werkt binnen de 15 werkdagen een jeugdhulpverleningsvoorstel uit. "
            "Cliëntoverleg is niet bedoeld om aanbod te onderhandelen, maar kan tijdens "
            "jeugdhulpregie als de (kandidaat-)aanbieders met het cliëntsysteem niet tot een "
            "afgestemd werkplan komen."
        ),
        "waarom": "{wacht_zin} Het zoeken naar een plaats heeft vaste stappen.",
    },
)


RULES: tuple[Rule, ...] = (
    R_18_BIJNA,
    R_18_GESTOPT,
    R_GEZIN_BEMIDDELING,
    R_GEZIN_CAW,
    R_MEERDERE,
    R_KLACHT,
    R_GEHEIM,
    R_WACHT_1G1P,
    R_WACHT_REGIE,
)


# --- which professional (R-BEROEP) ---


def clb_worker_specific_needs(c: Context) -> bool:
    """R-BEROEP + R-CLB-VERSLAG: a CLB worker is "de enige gemachtigde 'indicatiesteller'" for a
    verslag or gemotiveerd verslag for pupils with specific educational needs (S001:94), and
    the CLB is recognised as a multidisciplinary team that applies for help that is not
    directly accessible (S003:7774-7778). Named to a CLB worker asking about school or a
    (suspected) disability; CLB ages by the age table."""
    return c.answers.beroep == "clb" and bool(c.sit & {"school", "handicap"})


R_BEROEP_CLB = Rule(
    key="R-BEROEP.clb",
    id="R-BEROEP",
    topic="situations",
    applies=clb_worker_specific_needs,
    source="S001:94; S003:7774-7778",
    step=StepSpec("clb", "binnenkort"),
    refs=("R-CLB-VERSLAG",),
    texts={
        "titel": "Als CLB-medewerker: verslag en aanvraag",
        "wat_doen": (
            "Gaat het om een leerling met specifieke onderwijsbehoeften? Dan mag alleen jij "
            "het verslag of gemotiveerd verslag opmaken. Jij bent de enige gemachtigde "
            "indicatiesteller. De meeste CLB's zijn erkend als "
            "multidisciplinair team. Zo'n CLB kan ook hulp aanvragen die niet rechtstreeks "
            "toegankelijk is."
        ),
        "waarom": (
            "{situatie_zin} Je zei dat je in een CLB werkt. Voor een verslag is het CLB de "
            "enige bevoegde dienst."
        ),
    },
)


def clb_worker_worries(c: Context) -> bool:
    """R-BEROEP + M2: a CLB worker goes to the VK or the OCJ for a consult or an aanmelding "op
    basis van een beslissing van het multidisciplinair team van je CLB" (S001:67). Minors (age
    table of the VK)."""
    return c.answers.beroep == "clb" and "zorgen" in c.sit


R_BEROEP_MDT = Rule(
    key="R-BEROEP.mdt",
    id="R-BEROEP",
    topic="situations",
    applies=clb_worker_worries,
    source="S001:67",
    step=StepSpec("vk", "binnenkort"),
    refs=("M2",),
    texts={
        "titel": "Consult of aanmelding na beslissing van het multidisciplinair team",
        "wat_doen": (
            "Als CLB-medewerker ga je voor een consult of een aanmelding bij het VK of het "
            "OCJ op basis van een beslissing van het multidisciplinair team van je CLB."
        ),
        "waarom": (
            "{zorgen_zin} Je zei dat je in een CLB werkt: het multidisciplinair team beslist "
            "mee over de stap naar het VK of het OCJ."
        ),
    },
)


def outside_the_decree(c: Context) -> bool:
    """R-BEROEP + D13: "Ook hulpverleners buiten het toepassingsgebied van het decreet Integrale
    Jeugdhulp kunnen een aanvraag doen als het om de continuïteit van de hulp aan een
    minderjarige gaat" (S004:103-105): a GP, a police officer or a youth worker may ask for
    cliëntoverleg when the overview is lost or a conflict threatens the help. Minors (age
    table)."""
    return c.answers.beroep == "buiten" and bool(c.sit & {"overzicht", "conflict"})


R_BEROEP_BUITEN = Rule(
    key="R-BEROEP.buiten",
    id="R-BEROEP",
    topic="situations",
    applies=outside_the_decree,
    source="S004:103-105",
    step=StepSpec("clientoverleg", "info"),
    refs=("D13",),
    texts={
        "titel": "Ook buiten de jeugdhulp mag je cliëntoverleg vragen",
        "wat_doen": (
            "Werk je buiten de jeugdhulp, bijvoorbeeld als huisarts, bij de politie of in het "
            "jeugdwerk? Dan mag je toch cliëntoverleg aanvragen als het gaat om de "
            "continuïteit van de hulp aan een minderjarige, met instemming van de cliënt."
        ),
        "waarom": (
            "{situatie_zin} Je zei dat je buiten de jeugdhulp werkt. Cliëntoverleg staat ook "
            "voor jou open."
        ),
    },
)


# --- the school situation (R-SCHOOL) ---


def no_school(c: Context) -> bool:
    """R-SCHOOL: the CLB serves "kinderen en jongeren zonder schoolinschrijving en leerlingen
    in huisonderwijs" too (S003:7498-7504). CLB ages by the age table."""
    return c.answers.school_situatie == "geen_school" and "school" in c.sit


R_SCHOOL_GEEN = Rule(
    key="R-SCHOOL.geen-school",
    id="R-SCHOOL",
    topic="situations",
    applies=no_school,
    source="S003:7498-7504",
    step=StepSpec("clb", "binnenkort"),
    refs=("A3",),
    texts={
        "titel": "Het CLB helpt ook zonder school",
        "wat_doen": (
            "Het CLB (Centrum voor Leerlingenbegeleiding) helpt ook kinderen en jongeren die "
            "niet ingeschreven zijn in een school, en leerlingen in huisonderwijs. Vraag het "
            "CLB in je buurt om een gesprek."
        ),
        "wat_doen.prof": (
            "Het CLB is er ook voor kinderen en jongeren zonder schoolinschrijving en voor "
            "leerlingen in huisonderwijs."
        ),
        "waarom": (
            "Je zei dat er geen inschrijving in een school is, of huisonderwijs. Ook dan kan "
            "het CLB helpen."
        ),
    },
)


def special_education_adult(c: Context) -> bool:
    """R-SCHOOL + G1: in buitengewoon onderwijs the CLB can follow a pupil until 21
    (S003:7896-7902). The age table stops the CLB at 18, so this rule states its own ages:
    18 to 20."""
    age = c.answers.leeftijd
    return (
        c.answers.school_situatie == "buitengewoon"
        and "school" in c.sit
        and isinstance(age, int)
        and 18 <= age < 21
    )


R_SCHOOL_BO = Rule(
    key="R-SCHOOL.buitengewoon",
    id="R-SCHOOL",
    topic="situations",
    applies=special_education_adult,
    source="S003:7890-7902",
    step=StepSpec("clb", "binnenkort"),
    refs=("G1",),
    age_gate=False,
    texts={
        "titel": "In het buitengewoon onderwijs helpt het CLB tot 21 jaar",
        "wat_doen": (
            "Het CLB (Centrum voor Leerlingenbegeleiding) werkt meestal tot 18 jaar, maar "
            "volgt leerlingen in het buitengewoon onderwijs tot 21 jaar. Vraag het aan het "
            "CLB van de school."
        ),
        "wat_doen.prof": (
            "Het CLB volgt leerlingen in het buitengewoon onderwijs tot 21 jaar: het CLB van "
            "de school blijft het aanspreekpunt."
        ),
        "waarom": (
            "{leeftijd_zin} Je zei dat het om buitengewoon onderwijs gaat. Daar volgt het CLB "
            "leerlingen langer."
        ),
    },
)


# --- a pregnant minor (R-ZWANGER) and a younger child in the family (R-BROERS) ---


def pregnant_minor(c: Context) -> bool:
    """R-ZWANGER: a minor who is pregnant, or an expecting father, is also an expecting parent:
    Kind en Gezin is for "aanstaande ouders en gezinnen met kinderen tussen -9 maanden en 3
    jaar" (S003:11686-11688), and zorggarantie can be asked during the pregnancy
    (S003:14942-14944). Kind en Gezin's age table is about the child, not the parent: this rule
    states its own ages (asked from 12 to 17)."""
    return bool(c.answers.zwanger) and c.minor


R_ZWANGER = Rule(
    key="R-ZWANGER",
    id="R-ZWANGER",
    topic="situations",
    applies=pregnant_minor,
    source="S003:11686-11688, 14942-14944",
    step=StepSpec("kind-en-gezin", "binnenkort"),
    refs=("G2",),
    age_gate=False,
    texts={
        "titel": "Kind en Gezin helpt ook jonge aanstaande ouders",
        "wat_doen": (
            "Kind en Gezin helpt aanstaande ouders al tijdens de zwangerschap, en gezinnen met "
            "kinderen tot 3 jaar. Ook een jonge moeder of vader kan er terecht. Is er "
            "meer hulp nodig, dan kan aanmelden voor zorggarantie al tijdens de zwangerschap."
        ),
        "wat_doen.jongere": (
            "Kind en Gezin helpt aanstaande ouders al tijdens de zwangerschap, en gezinnen met "
            "kinderen tot 3 jaar. Ook als je zelf nog jong bent, kan je er terecht. Je "
            "kan ook met al je vragen naar het JAC (jongeren van 12 tot en met 25 jaar)."
        ),
        "waarom": (
            "Je zei dat er een zwangerschap is. Dan is de jongere ook een aanstaande ouder, "
            "en Kind en Gezin is er voor aanstaande ouders."
        ),
    },
)


def younger_child_in_family(c: Context) -> bool:
    """R-BROERS: Kind en Gezin follows a family "zolang het jongste kind in dienstverlening
    K&G" is: support depends on the age of the youngest child (S003:12068-12074), from -9
    months to 3 (S003:11686-11688). So a parent asking about an older child, with a child
    under 3 or a pregnancy in the family, can go to Kind en Gezin for the family. The age of
    the asked child does not matter here: this rule states its own ages."""
    return bool(c.answers.jong_kind) and c.rol == "ouder"


R_BROERS = Rule(
    key="R-BROERS",
    id="R-BROERS",
    topic="situations",
    applies=younger_child_in_family,
    source="S003:12068-12074, 11686-11688",
    step=StepSpec("kind-en-gezin", "info"),
    age_gate=False,
    texts={
        "titel": "Kind en Gezin voor het hele gezin",
        "wat_doen": (
            "Kind en Gezin kijkt naar de leeftijd van het jongste kind in het gezin: zolang "
            "dat jonger is dan 3 jaar, volgt Kind en Gezin het gezin op. Ook met je vragen "
            "over de opvoeding kan je er dan terecht."
        ),
        "waarom": (
            "Je zei dat er in het gezin ook een kind jonger dan 3 jaar is, of een "
            "zwangerschap. Kind en Gezin kijkt naar het jongste kind."
        ),
    },
)


# --- where the crisis is (R-PLAATS) and the family's language (R-TAAL) ---


def crisis_elsewhere(c: Context) -> bool:
    """R-PLAATS: the seeds name two places. In a crisis a CLB worker calls "het meldpunt
    crisisjeugdhulp in je regio" (S001:71): the region where they work, where the crisis is.
    An application for heavier help goes to "de intersectorale toegangspoort van de provincie
    waar de leerling officieel woont" (S001:43, S001:100). So when a care worker or school says
    the crisis is in another municipality, the crisis meldpunt's contacts are those of that
    place (`AT_CRISIS_PLACE`, attached by the engine) and the toegangspoort stays with the
    home. Only care workers and schools are asked: the seeds say it to them. The crisis
    meldpunt is youth care: only while youth care can still start (`youth_care`)."""
    return bool(c.answers.crisis_elders) and c.prof and "crisis" in c.sit and c.youth_care


R_PLAATS = Rule(
    key="R-PLAATS",
    id="R-PLAATS",
    topic="situations",
    applies=crisis_elsewhere,
    source="S001:71, S001:43, S001:100",
    step=StepSpec("crisismeldpunt", "vandaag"),
    refs=("C1",),
    texts={
        "titel": "Bel het crisismeldpunt van de plaats van de crisis",
        "wat_doen": (
            "Bel het crisismeldpunt van de regio waar de crisis is, voor een consult of een "
            "aanmelding. Het is 24 uur op 24 en 7 dagen op 7 bereikbaar. Vraag je later "
            "zwaardere hulp aan, dan doe je dat bij de toegangspoort van de provincie waar de "
            "jongere officieel woont."
        ),
        "waarom": (
            "Je zei dat de crisis in een andere gemeente is dan waar de jongere woont. Het "
            "crisismeldpunt is dat van de regio waar de crisis is. Een aanvraag bij de "
            "toegangspoort gaat naar de provincie waar de jongere officieel woont."
        ),
    },
)


def family_speaks_another_language(c: Context) -> bool:
    """R-TAAL: the family speaks French or another language at home. The seeds know
    "brugfiguren" who are multilingual: "ze kennen de taal van zowel het kwetsbaar gezin als
    van de dienstverlenende instanties" (S003:2490-2500), and help "in de taal van het gezin"
    (S003:6136-6140). Beyond the seeds: "Nieuwkomers die nog niet genoeg Nederlands kennen en
    in Vlaanderen hulp zoeken, kunnen bijgestaan worden door een sociale tolk", and since 2020
    the service that calls in the interpreter pays for it (VRT NWS, 26 September 2019). No
    source says which Flemish service speaks French or another language itself, so the advice
    names no such service; in Brussels the French-speaking services of another system are
    named beside their counterparts anyway (R-BXL-FR). A notice for the whole advice, not a
    step: it is about how to talk with every service in it."""
    return c.answers.taal_gezin in ("fr", "andere")


R_TAAL = Rule(
    key="R-TAAL",
    id="R-TAAL",
    topic="situations",
    applies=family_speaks_another_language,
    source="S003:2490-2500, 6136-6140; VRT NWS, 26 September 2019 (sociaal tolken)",
    melding=True,
    texts={
        "wat_doen": (
            "Spreek je weinig Nederlands? Vraag dan bij je eerste contact of de dienst een "
            "sociaal tolk kan vragen. Een tolk vertaalt wat jullie zeggen. Sommige diensten "
            "werken ook met brugfiguren: zij spreken de taal van het gezin en die van de hulp."
        ),
        "wat_doen.prof": (
            "Spreekt het gezin weinig Nederlands? Je kan een sociaal tolk inschakelen; sinds "
            "2020 betaalt de dienst die de tolk vraagt de factuur (bron: VRT NWS, 2019). "
            "Brugfiguren kennen de taal van het gezin en van de hulpverlening."
        ),
    },
)


RULES += (
    R_PLAATS,
    R_TAAL,
    R_BEROEP_CLB,
    R_BEROEP_MDT,
    R_BEROEP_BUITEN,
    R_SCHOOL_GEEN,
    R_SCHOOL_BO,
    R_ZWANGER,
    R_BROERS,
)
