"""Mandate: verontrusting (worry about a child's safety), maatschappelijke noodzaak, and the
services that may act without a request (VK, OCJ, Kind en Gezin, Veilig Huis).

Each rule is one unit: its condition (a predicate whose docstring gives the reading of the
seeds), the `Rule` with its id and seed lines, and every text it can show. No Django imports.
"""

from __future__ import annotations

from routing.rules.base import Context, Rule, StepSpec


def worry_school(c: Context) -> bool:
    """M10: a school MUST contact the CLB about verontrusting (S003:7640-7646); the CLB decides
    with its multidisciplinary team on consult or aanmelding (M3, S001:67)."""
    return bool(c.sit & {"zorgen", "weigert"}) and c.rol == "school"


M10_SCHOOL = Rule(
    key="M10.school",
    id="M10",
    topic="mandate",
    applies=worry_school,
    source="S003:7640-7646; S001:63-67",
    step=StepSpec("clb", "binnenkort"),
    refs=("M3",),
    texts={
        "titel": "Contacteer het CLB over je zorg",
        "wat_doen": (
            "Bij verontrusting (verwaarlozing, kindermishandeling) moet de school contact "
            "opnemen met het CLB. Het CLB maakt de situatie bespreekbaar met de leerling en "
            "de ouders. Is het nodig, dan beslist het multidisciplinair team van het CLB over "
            "een consult of aanmelding bij het VK of een OCJ, ook als de leerling of de "
            "ouders dat niet willen."
        ),
        "waarom": (
            "{zorgen_of_weigert_zin} Een school moet dan het CLB contacteren. Het CLB heeft "
            "beroepsgeheim: het kan informatie delen en doorverwijzen, en op beslissing van "
            "zijn multidisciplinair team het VK of het OCJ contacteren."
        ),
    },
)


def _worker_not_via_clb(c: Context) -> bool:
    # A school goes through its CLB (M10), unless the pupil is outside the CLB's ages.
    return c.rol == "hulpverlener" or (c.rol == "school" and not c.age_ok("clb"))


def worry_professional(c: Context) -> bool:
    """M1/M2/M3: a professional worried about a minor first discusses it with the young person
    and parents, then asks the VK or OCJ for a consult or aanmelding; CLB staff do so on a
    decision of the multidisciplinary team (S000:69-78; S001:63-67). Minors only (age table)."""
    return "zorgen" in c.sit and _worker_not_via_clb(c)


M2_VK = Rule(
    key="M2.vk",
    id="M2",
    topic="mandate",
    applies=worry_professional,
    source="S000:69-78; S001:63-67",
    step=StepSpec("vk", "binnenkort"),
    refs=("M1", "M3"),
    texts={
        "titel": "Bespreek je zorg, en vraag een consult of aanmelding bij het VK",
        "wat_doen": (
            "Maak je zorg eerst bespreekbaar met de ouders en, als dat kan, met het kind of de "
            "jongere; ook de raad van "
            "collega's helpt. Lukt dat, werk dan verder aan een hulpplan met hun vrijwillige "
            "medewerking. Blijft de twijfel, of is de situatie niet veilig: vraag een consult "
            "of doe een aanmelding bij het Vertrouwenscentrum Kindermishandeling (VK). Werk "
            "je in een CLB, dan gebeurt dat op basis van een beslissing van het "
            "multidisciplinair team."
        ),
        "waarom": (
            "{zorgen_zin} {leeftijd_zin} Het VK en het OCJ zijn gemandateerde voorzieningen: "
            "ze beoordelen verontrustende situaties en mogen optreden, ook zonder hulpvraag."
        ),
    },
)


M2_OCJ = Rule(
    key="M2.ocj",
    id="M2",
    topic="mandate",
    applies=worry_professional,
    source="S000:72-95; S001:67",
    step=StepSpec("ocj", "binnenkort"),
    refs=("M1", "M3", "M5"),
    texts={
        "titel": "Consult of aanmelding bij het OCJ",
        "wat_doen": (
            "Het Ondersteuningscentrum Jeugdzorg (OCJ) geeft ook consult en neemt "
            "aanmeldingen aan bij verontrusting en een vermoeden van maatschappelijke "
            "noodzaak. Vindt het OCJ samen met het gezin geen oplossing, dan kan het naar het "
            "parket stappen."
        ),
        "waarom": (
            "{zorgen_zin} {leeftijd_zin} Ook het OCJ is een gemandateerde voorziening voor "
            "minderjarigen in een verontrustende situatie."
        ),
    },
)


def refuses_professional(c: Context) -> bool:
    """M5/M6: when the family does not accept needed help or voluntary help gets stuck, a
    gemandateerde voorziening can co-follow or start help, even unasked; without a solution in
    dialogue it goes to the parket (S000:86-95; S002:56). Talk with the family first (M1).
    Minors only: maatschappelijke noodzaak does not exist for adults (age table, G6)."""
    return "weigert" in c.sit and _worker_not_via_clb(c)


M6_OCJ = Rule(
    key="M6.ocj",
    id="M6",
    topic="mandate",
    applies=refuses_professional,
    source="S000:86-95; S002:56; S001:63-67",
    step=StepSpec("ocj", "binnenkort"),
    refs=("M1", "M3", "M5", "M8"),
    texts={
        "titel": "Maatschappelijke noodzaak: consult of aanmelding bij het OCJ",
        "wat_doen": (
            "Bespreek eerst met de ouders en, als dat kan, met het kind of de jongere waarom "
            "de hulp nodig is. Aanvaarden "
            "ze de nodige hulp niet, of loopt de vrijwillige hulp vast? Vraag dan een consult "
            "of doe een aanmelding bij het OCJ. Het OCJ mag optreden, ook als niemand om hulp "
            "vraagt. Vindt het samen met het gezin geen oplossing, dan stapt het naar het "
            "parket; de jeugdrechter kan hulp opleggen. Werk je in een CLB, dan gebeurt een "
            "consult of een aanmelding op basis van een beslissing van het multidisciplinair "
            "team."
        ),
        "waarom": (
            "{weigert_zin} {leeftijd_zin} Bij een vermoeden van maatschappelijke noodzaak mag "
            "het OCJ optreden, ook zonder hulpvraag."
        ),
    },
)


def worry_or_refuses_professional(c: Context) -> bool:
    """M2/M7: the OCJ gives consult to care workers with a question about verontrusting
    (S000:72-78; S003:5172-5174). In Oost-Vlaanderen that is a separate consult line, so the
    step has its own support form (`ocj-consult`); elsewhere it shows "nog niet gekend"."""
    return worry_professional(c) or refuses_professional(c)


M2_OCJ_CONSULT = Rule(
    key="M2.ocj-consult",
    id="M2",
    topic="mandate",
    applies=worry_or_refuses_professional,
    source="S000:72-78; S003:5172-5174",
    step=StepSpec("ocj-consult", "binnenkort"),
    refs=("M7",),
    texts={
        "titel": "Twijfel je nog? Vraag een consult aan het OCJ",
        "wat_doen": (
            "Met een vraag over verontrusting kan je als hulpverlener een consult vragen bij "
            "het Ondersteuningscentrum Jeugdzorg (OCJ). Je bespreekt de situatie; een consult "
            "is nog geen aanmelding."
        ),
        "waarom": "{zorgen_zin} Een consult helpt je beslissen of een aanmelding nodig is.",
    },
)


def family_violence_professional(c: Context) -> bool:
    """A19 + M14: casusregie of the Veilig Huis starts from a professional's aanmelding (or after
    a police intervention), only with a raised risk of repeated family violence, when sharing
    information across sectors and one joint approach are needed (S003:4072-4094, 4440-4444).
    Only a care worker can register; the three conditions are named in the text, one by one,
    so a worry without repeated family violence does not lead there. No age limit. The Veilig
    Huis exists "per gerechterlijk arrondissement" in Flanders (S003:4284-4294); the seeds name
    none for Brussels, and the rules do not see the region, so the text says so and names the
    VK or the CAW there."""
    return "zorgen" in c.sit and c.rol == "hulpverlener"


A19_CASUSREGIE = Rule(
    key="A19.casusregie",
    id="A19",
    topic="mandate",
    applies=family_violence_professional,
    source="S003:4072-4094, 4284-4294, 4440-4444",
    step=StepSpec("casusregie-veilig-huis", "info"),
    refs=("M14",),
    texts={
        "titel": "Bij herhaald geweld in het gezin: casusregie van het Veilig Huis",
        "wat_doen": (
            "Casusregie kan als aan drie voorwaarden voldaan is: (1) er is een verhoogd risico "
            "dat het geweld in het gezin zich herhaalt; (2) de diensten moeten daarom "
            "informatie delen en samen overleggen; (3) er is nood aan één afgestemde aanpak. "
            "Dan kan je het gezin als professional aanmelden bij het Veilig Huis: in "
            "Vlaanderen is er één per gerechtelijk arrondissement. Voor Brussel noemen onze "
            "bronnen geen Veilig Huis; bespreek het daar met het VK (voor minderjarigen) of "
            "het CAW. Een casusregisseur maakt met de partners één plan van aanpak; politie "
            "en parket werken mee voor de veiligheid. De hulp is vrijwillig en gratis."
        ),
        "waarom": (
            "{zorgen_zin} Casusregie start na een aanmelding door een professional of na een "
            "tussenkomst van de politie, en alleen als aan die drie voorwaarden voldaan is."
        ),
    },
)


def worry_citizen(c: Context) -> bool:
    """R-1712: a citizen worried about violence, abuse or neglect calls 1712; an "andere" who
    sees a family refuse needed help is worried about the same (verontrusting)."""
    return ("zorgen" in c.sit and c.citizen) or ("weigert" in c.sit and c.rol == "andere")


R_1712 = Rule(
    key="R-1712",
    id="R-1712",
    topic="mandate",
    applies=worry_citizen,
    source=(
        "1712.be/nl/over-1712 (free, for citizens, not an emergency number); "
        "kindinnood.be/node/12 (not on the phone bill)"
    ),
    step=StepSpec("hulplijn-1712", "binnenkort"),
    texts={
        "titel": "Bel 1712 als je je zorgen maakt over geweld of misbruik",
        "wat_doen": (
            "Bij 1712 kan je terecht met vragen over geweld, misbruik en kindermishandeling. "
            "Bellen is gratis en het nummer staat niet op de telefoonrekening. 1712 is geen "
            "noodnummer: is er nu gevaar, bel dan 112 of 101."
        ),
        "waarom": "{zorgen_of_weigert_zin} 1712 luistert, geeft raad en zoekt mee naar hulp.",
    },
)


def worry_citizen_vk(c: Context) -> bool:
    """M4: a child, young person or parent may go to the VK (or OCJ) themselves, "maar doet dat
    toch best samen met een hulpverlener" (S000:78-81). Only for minors (age table)."""
    return "zorgen" in c.sit and c.rol in ("jongere", "ouder")


M4_VK = Rule(
    key="M4.vk",
    id="M4",
    topic="mandate",
    applies=worry_citizen_vk,
    source="S000:78-81",
    step=StepSpec("vk", "info"),
    texts={
        "titel": "Je mag ook zelf naar het Vertrouwenscentrum Kindermishandeling",
        "wat_doen": (
            "Het VK (Vertrouwenscentrum Kindermishandeling) helpt bij kindermishandeling en "
            "geweld in het gezin. Je mag er zelf naartoe, maar doe dat liefst samen met een "
            "hulpverlener, bijvoorbeeld van {brede_instap_namen}."
        ),
        "waarom": (
            "{zorgen_zin} {leeftijd_zin} Het VK werkt met kinderen en jongeren die niet "
            "veilig zijn, en hun gezin."
        ),
    },
)


def refuses_family(c: Context) -> bool:
    """M4/M6/M8: a young person or parent whose help is stuck or refused may go to the OCJ
    themselves, best with a care worker; the OCJ's help needs their agreement but they cannot
    stop it alone (S000:78-81; S002:56; S003:5296-5308). Minors only (age table)."""
    return "weigert" in c.sit and c.rol in ("jongere", "ouder")


M4_OCJ = Rule(
    key="M4.ocj",
    id="M4",
    topic="mandate",
    applies=refuses_family,
    source="S000:78-95; S002:56; S003:5296-5308",
    step=StepSpec("ocj", "binnenkort"),
    refs=("M6", "M8"),
    texts={
        "titel": "Loopt de hulp vast? Het OCJ kan helpen",
        "wat_doen": (
            "Het OCJ (Ondersteuningscentrum Jeugdzorg) helpt als de hulp vastloopt of als de "
            "nodige hulp niet aanvaard wordt. Het OCJ zoekt samen met jullie en de "
            "hulpverlener een oplossing. Het OCJ mag ook zelf optreden als niemand om hulp "
            "vraagt. Komt er samen geen oplossing, dan stapt het OCJ naar het parket, en kan "
            "de jeugdrechter hulp verplichten. Je mag zelf naar het OCJ stappen, maar doe dat "
            "liefst samen met een hulpverlener."
        ),
        "waarom": (
            "{weigert_zin} {lopend_zin} Het OCJ helpt gezinnen als de nodige hulp niet van de "
            "grond komt."
        ),
    },
)


def worry_young_child(c: Context) -> bool:
    """M12 + G2: Kind en Gezin may act without a request from the parents "in situaties met
    dreigend gevaar voor kinderen", on "signalen van (mogelijke) kindermishandeling"
    (S003:11854-11870): a worry about safety, or needed help refused. Not a lost overview
    alone. Age table: pregnancy up to 3. Intensive help for a young child is
    `needs_zorggarantie`."""
    return bool(c.sit & {"zorgen", "weigert"})


M12_KIND_EN_GEZIN = Rule(
    key="M12.kind-en-gezin",
    id="M12",
    topic="mandate",
    applies=worry_young_child,
    source="S003:11854-11870, 14820-14826, 14940-14944",
    step=StepSpec("kind-en-gezin", "binnenkort"),
    refs=("G2",),
    texts={
        "titel": "Kind en Gezin",
        "titel.prof": "Kind en Gezin (lokaal team)",
        "wat_doen": (
            "Kind en Gezin helpt aanstaande ouders en gezinnen met kinderen tot 3 jaar. Ze "
            "werken mee met het gezin, ook als het moeilijk gaat, en zoeken snel extra hulp "
            "als een kind niet veilig is."
        ),
        "wat_doen.prof": (
            "Het lokaal team van Kind en Gezin heeft een mandaat om signalen van (mogelijke) "
            "kindermishandeling ernstig te nemen en hulp bij te schakelen, ook zonder "
            "hulpvraag van het gezin. Alleen in een erg precaire situatie met dreigende "
            "uithuisplaatsing van een ongeboren of heel jong kind (tot 3 jaar) is er "
            "zorggarantie; aanmelden kan al tijdens de zwangerschap."
        ),
        "waarom": (
            "{leeftijd_zin} {zorgen_of_weigert_zin} Kind en Gezin mag ook zelf hulp "
            "inschakelen als een heel jong kind niet veilig is."
        ),
    },
)


def overleg_not_for_worry(c: Context) -> bool:
    """M15: cliëntoverleg can be used in verontrusting, but not to raise the worry with the
    family: that stays the care worker's job (S004:135-139). Told to professionals who ask for
    overview together with a worry."""
    return "overzicht" in c.sit and "zorgen" in c.sit and c.prof


M15_CLIENTOVERLEG = Rule(
    key="M15.clientoverleg",
    id="M15",
    topic="mandate",
    applies=overleg_not_for_worry,
    source="S004:135-139",
    step=StepSpec("clientoverleg", "info"),
    texts={
        "titel": "Cliëntoverleg",
        "wat_doen": (
            "Cliëntoverleg kan ook als je je zorgen maakt over de veiligheid van een kind "
            "(verontrusting)."
        ),
        "waarom": (
            "Cliëntoverleg is niet de weg om je zorgen over de veiligheid met het gezin te "
            "bespreken: dat blijft de taak van de betrokken hulpverlener(s)."
        ),
    },
)


RULES = (
    M10_SCHOOL,
    M2_VK,
    M2_OCJ,
    M6_OCJ,
    M2_OCJ_CONSULT,
    A19_CASUSREGIE,
    R_1712,
    M4_VK,
    M4_OCJ,
    M12_KIND_EN_GEZIN,
    M15_CLIENTOVERLEG,
)
