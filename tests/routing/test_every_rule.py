"""One targeted example per rule: answers where it applies, the step (or "not possible" entry)
it must yield with its rule id, and a phrase of its own text, written out here. A second table
gives answers just across each rule's boundary, where it must not apply."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from routing import rules
from routing.answers import parse_answers
from routing.engine import Advice, advise
from tests.routing.fake_directory import FakeDirectory

P, H, J, S, A = "ouder", "hulpverlener", "jongere", "school", "andere"  # P: parent

# rule key: (answers, support form, rule id, phrase). Answers: rol, leeftijd, situatie, extras.
EXAMPLES: dict[str, tuple[dict, str, str, str]] = {
    "nood.112": (
        {"gevaar": "ja", "rol": P, "leeftijd": 5, "situatie": "vraag"},
        "noodnummer-112",
        "R-NOOD",
        "Bel meteen 112",
    ),
    "nood.101": (
        {"gevaar": "ja", "rol": J, "leeftijd": 15, "situatie": "zorgen"},
        "politie-101",
        "R-NOOD",
        "Bel 101",
    ),
    "R-1813": (
        {"rol": J, "leeftijd": 15, "situatie": "zelfdoding"},
        "zelfmoordlijn-1813",
        "R-1813",
        "dag en nacht",
    ),
    "buiten.112-zelfdoding": (
        {"rol": P, "leeftijd": 15, "postcode": "4000", "situatie": "zelfdoding"},
        "noodnummer-112",
        "R-1813",
        "zelfdoding",
    ),
    "buiten.112": (
        {"rol": P, "leeftijd": 5, "postcode": "4000", "situatie": "vraag"},
        "noodnummer-112",
        "R-BUITEN",
        "In heel België",
    ),
    "buiten.101": (
        {"rol": P, "leeftijd": 5, "postcode": "4000", "situatie": "vraag"},
        "politie-101",
        "R-BUITEN",
        "101",
    ),
    "C1.hulpverlener": (
        {"rol": H, "leeftijd": 14, "situatie": "crisis"},
        "crisismeldpunt",
        "C1",
        "24 uur op 24",
    ),
    "C2.burger": (
        {"rol": A, "leeftijd": 14, "situatie": "crisis"},
        "crisismeldpunt",
        "C2",
        "vooral voor hulpverleners",
    ),
    "C4.school-zelf": (
        {"rol": S, "leeftijd": 10, "situatie": "crisis", "clb_bereikbaar": "nee"},
        "crisismeldpunt",
        "C4",
        "uitzonderlijk zelf",
    ),
    "C5.school-clb": (
        {"rol": S, "leeftijd": 10, "situatie": "crisis", "clb_bereikbaar": "ja"},
        "clb",
        "C5",
        "Bel nu het CLB",
    ),
    "C5.school-meldpunt": (
        {"rol": S, "leeftijd": 10, "situatie": "crisis"},
        "crisismeldpunt",
        "C5",
        "via het CLB",
    ),
    "M10.school": (
        {"rol": S, "leeftijd": 10, "situatie": "zorgen"},
        "clb",
        "M10",
        "moet de school contact",
    ),
    "M2.vk": ({"rol": H, "leeftijd": 10, "situatie": "zorgen"}, "vk", "M2", "bespreekbaar"),
    "M2.ocj": ({"rol": H, "leeftijd": 10, "situatie": "zorgen"}, "ocj", "M2", "naar het parket"),
    "M6.ocj": (
        {"rol": H, "leeftijd": 10, "situatie": "weigert"},
        "ocj",
        "M6",
        "Maatschappelijke noodzaak",
    ),
    "M2.ocj-consult": (
        {"rol": H, "leeftijd": 10, "situatie": "zorgen"},
        "ocj-consult",
        "M2",
        "geen aanmelding",
    ),
    "A19.casusregie": (
        {"rol": H, "leeftijd": 4, "situatie": "zorgen"},
        "casusregie-veilig-huis",
        "A19",
        "Veilig Huis",
    ),
    "R-1712": ({"rol": A, "leeftijd": 7, "situatie": "zorgen"}, "hulplijn-1712", "R-1712", "1712"),
    "M4.vk": (
        {"rol": J, "leeftijd": 14, "situatie": "zorgen"},
        "vk",
        "M4",
        "Je mag er zelf naartoe",
    ),
    "M4.ocj": (
        {"rol": P, "leeftijd": 14, "situatie": "weigert"},
        "ocj",
        "M4",
        "de jeugdrechter hulp verplichten",
    ),
    "G2.zorggarantie": (
        {"rol": P, "leeftijd": 0, "situatie": "intensief"},
        "kind-en-gezin",
        "G2",
        "zorggarantie",
    ),
    "M12.kind-en-gezin": (
        {"rol": P, "leeftijd": 1, "situatie": "zorgen"},
        "kind-en-gezin",
        "M12",
        "niet veilig",
    ),
    "G6.ocj": (
        {"rol": H, "leeftijd": 19, "situatie": "weigert"},
        "niet:ocj",
        "G6",
        "alleen voor minderjarigen",
    ),
    "G6.vk": (
        {"rol": H, "leeftijd": 19, "situatie": "zorgen"},
        "niet:vk",
        "G6",
        "Het VK werkt met minderjarigen",
    ),
    "G6.caw": ({"rol": P, "leeftijd": 19, "situatie": "zorgen"}, "caw", "G6", "jongvolwassenen"),
    "R-HULPLIJN.nupraat": (
        {"rol": J, "leeftijd": 20, "situatie": "zorgen"},
        "nupraatikerover",
        "R-HULPLIJN",
        "anoniem",
    ),
    "A7.clb": (
        {"rol": P, "leeftijd": 9, "situatie": "intensief"},
        "clb",
        "A7",
        "erkende verwijzer",
    ),
    "A7.jac": (
        {"rol": J, "leeftijd": 16, "situatie": "intensief"},
        "jac",
        "A7",
        "de aanvraag samen met jou",
    ),
    "A7.caw": (
        {"rol": A, "leeftijd": 9, "situatie": "intensief"},
        "caw",
        "A7",
        "de aanvraag samen met hen",
    ),
    "D4.aanvraag": (
        {"rol": P, "leeftijd": 9, "situatie": ["intensief", "conflict"]},
        "bemiddeling",
        "D4",
        "aanvraag bij de toegangspoort",
    ),
    "A7.toegangspoort": (
        {"rol": P, "leeftijd": 9, "situatie": "intensief"},
        "toegangspoort",
        "A7",
        "eerst bemiddeling zijn",
    ),
    "A8.toegangspoort": (
        {"rol": H, "leeftijd": 9, "situatie": "intensief"},
        "toegangspoort",
        "A8",
        "A-document",
    ),
    "A13.toegangspoort": (
        {"rol": S, "leeftijd": 9, "situatie": "intensief"},
        "toegangspoort",
        "A13",
        "Een school kan zelf geen aanvraag",
    ),
    "G4.toegangspoort": (
        {"rol": P, "leeftijd": 18, "situatie": "intensief"},
        "toegangspoort",
        "G4",
        "Vanaf 18 jaar",
    ),
    "D2.bemiddeling": (
        {"rol": P, "leeftijd": 9, "situatie": "gestopt", "met": H},
        "bemiddeling",
        "D2",
        "niet zomaar stoppen",
    ),
    "D1.bemiddeling": (
        {"rol": J, "leeftijd": 15, "situatie": "conflict"},
        "bemiddeling",
        "D1",
        "onafhankelijke bemiddelaar",
    ),
    "D8.bemiddeling": (
        {"rol": A, "leeftijd": 9, "situatie": "conflict"},
        "bemiddeling",
        "D8",
        "Alleen wie zelf partij is",
    ),
    "D5.bemiddeling": (
        {"rol": P, "leeftijd": 9, "situatie": "conflict", "met": "sdj"},
        "niet:bemiddeling",
        "D5",
        "geen partij zijn in bemiddeling",
    ),
    "D5.clientoverleg": (
        {"rol": P, "leeftijd": 9, "situatie": "conflict", "met": "ocj"},
        "clientoverleg",
        "D5",
        "Wat wel kan",
    ),
    "D11.gestopt": (
        {"rol": P, "leeftijd": 9, "situatie": "gestopt"},
        "clientoverleg",
        "D11",
        "moet er ook cliëntoverleg komen",
    ),
    "D7.clientoverleg": (
        {"rol": H, "leeftijd": 9, "situatie": "conflict"},
        "clientoverleg",
        "D7",
        "Tussen hulpverleners onderling",
    ),
    "D11.overzicht": (
        {"rol": P, "leeftijd": 9, "situatie": "overzicht"},
        "clientoverleg",
        "D11",
        "één plan",
    ),
    "M15.clientoverleg": (
        {"rol": H, "leeftijd": 9, "situatie": ["overzicht", "zorgen"]},
        "clientoverleg",
        "M15",
        "taak van de betrokken hulpverlener",
    ),
    "D14.clientoverleg": (
        {"rol": S, "leeftijd": 9, "situatie": ["overzicht", "intensief"]},
        "clientoverleg",
        "D14",
        "jeugdhulpregie",
    ),
    "R-CAW-TRAJECT": (
        {"rol": J, "leeftijd": 22, "situatie": "overzicht"},
        "caw",
        "R-CAW-TRAJECT",
        "vaste begeleider",
    ),
    "R-VERTROUWENSPERSOON": (
        {"rol": P, "leeftijd": 9, "situatie": "gestopt"},
        "vertrouwenspersoon",
        "R-VERTROUWENSPERSOON",
        "vertrouwenspersoon",
    ),
    "A4.school": ({"rol": S, "leeftijd": 9, "situatie": "school"}, "clb", "A4", "beroepsgeheim"),
    "A4.school-meerderjarig": (
        {"rol": S, "leeftijd": 19, "situatie": "school"},
        "jac",
        "A4",
        "Andere meerderjarige leerlingen",
    ),
    "R-CLB-VERSLAG": (
        {"rol": P, "leeftijd": 12, "situatie": ["handicap", "school"]},
        "clb",
        "R-CLB-VERSLAG",
        "gemotiveerd verslag",
    ),
    "G1.clb-langer": (
        {"rol": J, "leeftijd": 22, "situatie": "handicap"},
        "clb",
        "G1",
        "tot 25 jaar",
    ),
    "A3.kind-en-gezin": (
        {"rol": P, "leeftijd": 2, "situatie": "opvoeding"},
        "kind-en-gezin",
        "A3",
        "opgroeien en opvoeden",
    ),
    "A3.clb": ({"rol": P, "leeftijd": 9, "situatie": "school"}, "clb", "A3", "schoolgaande"),
    "A3.jac": (
        {"rol": J, "leeftijd": 19, "situatie": "vraag"},
        "jac",
        "A3",
        "jij beslist waarover je praat",
    ),
    "A3.caw": ({"rol": A, "leeftijd": 19, "situatie": "vraag"}, "caw", "A3", "iedereen terecht"),
    "A2.cgg": (
        {"rol": P, "leeftijd": 9, "situatie": "psychisch"},
        "cgg",
        "A2",
        "zonder verwijzing",
    ),
    "R-HULPLIJN.awel": (
        {"rol": J, "leeftijd": 13, "situatie": "vraag"},
        "awel",
        "R-HULPLIJN",
        "Awel",
    ),
    "A2.dop": (
        {"rol": P, "leeftijd": 9, "situatie": "handicap"},
        "dop",
        "A2",
        "Dienst Ondersteuningsplan",
    ),
    "A2.vaph": (
        {"rol": P, "leeftijd": 9, "situatie": "handicap"},
        "thuisbegeleidingsdienst-vaph",
        "A2",
        "tot 21 jaar",
    ),
    "A2.ckg": (
        {"rol": P, "leeftijd": 9, "situatie": "opvoeding"},
        "ckg",
        "A2",
        "Kinderzorg en Gezinsondersteuning",
    ),
    "A17.gezinscoaching": (
        {"rol": P, "leeftijd": 9, "situatie": ["opvoeding", "weigert"]},
        "gezinscoaching",
        "A17",
        "zelf aanmelden",
    ),
    "R-1G1P.plan": (
        {"rol": P, "leeftijd": 9, "situatie": "overzicht"},
        "1g1p",
        "R-1G1P",
        "1 gezin 1 plan",
    ),
    "R-1G1P.psycholoog": (
        {"rol": J, "leeftijd": 16, "situatie": "psychisch"},
        "eerstelijnspsycholoog",
        "R-1G1P",
        "lichte of matige",
    ),
    "R-HULPLIJN.1813": (
        {"rol": P, "leeftijd": 16, "situatie": "psychisch"},
        "zelfmoordlijn-1813",
        "R-HULPLIJN",
        "Zelfmoordlijn",
    ),
    "R-HULPLIJN.tele-onthaal": (
        {"rol": A, "leeftijd": 16, "situatie": "psychisch"},
        "tele-onthaal",
        "R-HULPLIJN",
        "dag en nacht",
    ),
    "R-CRISIS-VOLWASSEN.112": (
        {"rol": J, "leeftijd": 22, "situatie": "crisis"},
        "noodnummer-112",
        "R-CRISIS-VOLWASSEN",
        "Bel 112",
    ),
    "R-CRISIS-VOLWASSEN.tele-onthaal": (
        {"rol": P, "leeftijd": 24, "situatie": "crisis"},
        "tele-onthaal",
        "R-CRISIS-VOLWASSEN",
        "106",
    ),
    "R-CRISIS-VOLWASSEN.caw": (
        {"rol": H, "leeftijd": 19, "situatie": "crisis"},
        "caw",
        "R-CRISIS-VOLWASSEN",
        "vandaag nog",
    ),
    "G4.caw": (
        {"rol": H, "leeftijd": 20, "situatie": "intensief"},
        "caw",
        "G4",
        "stopt de jeugdhulp",
    ),
    "G4.niet-toegangspoort": (
        {"rol": J, "leeftijd": 20, "situatie": "intensief"},
        "niet:toegangspoort",
        "G4",
        "kan dan niet meer",
    ),
    "R-BREED.caw": (
        {"rol": H, "leeftijd": 20, "situatie": "school"},
        "caw",
        "R-BREED",
        "brede instap",
    ),
    # "ander:": a service of another system beside the steps (Brussels, postcode 1000).
    "R-BXL-FR.cps": (
        {"rol": J, "leeftijd": 15, "postcode": "1000", "situatie": "zelfdoding"},
        "ander:centre-prevention-suicide",
        "R-BXL-FR",
        "in het Frans praten over zelfdoding",
    ),
    "R-BXL-FR.tele-accueil": (
        {"rol": P, "leeftijd": 16, "postcode": "1000", "situatie": "psychisch"},
        "ander:tele-accueil-bruxelles",
        "R-BXL-FR",
        "Télé-Accueil",
    ),
    "R-BXL-FR.ecoute-enfants": (
        {"rol": J, "leeftijd": 14, "postcode": "1000", "situatie": "vraag"},
        "ander:ecoute-enfants",
        "R-BXL-FR",
        "niet dag en nacht open",
    ),
    "R-BXL-FR.pms": (
        {"rol": P, "leeftijd": 9, "postcode": "1000", "situatie": "school"},
        "ander:centre-pms",
        "R-BXL-FR",
        "Gaat je kind naar een Franstalige school?",
    ),
    # The situations people bring (follow-ups and several conflict parties).
    "R-18.bijna": (
        {"rol": J, "leeftijd": 17, "situatie": "psychisch", "bijna_18": "ja"},
        "caw",
        "R-18",
        "Spreek nu al af wat er daarna komt",
    ),
    "R-18.gestopt": (
        {"rol": J, "leeftijd": 18, "situatie": "gestopt", "gestopt_18": "ja"},
        "caw",
        "R-18",
        "kan begeleiding van de jongere en het gezin nog starten",
    ),
    "R-GEZIN.bemiddeling": (
        {"rol": P, "leeftijd": 14, "situatie": ["intensief", "conflict"], "met": "gezin"},
        "bemiddeling",
        "R-GEZIN",
        "de ouders onderling",
    ),
    "R-GEZIN.caw": (
        {"rol": P, "leeftijd": 9, "situatie": "conflict", "met": "ouders"},
        "caw",
        "R-GEZIN",
        "Vrijwillige hulp vraagt het akkoord",
    ),
    "R-MEERDERE": (
        {"rol": P, "leeftijd": 15, "situatie": "conflict", "met": ["hulpverlener", "sdj"]},
        "bemiddeling",
        "R-MEERDERE",
        "bemiddeling zet dat niet stil",
    ),
    "R-KLACHT": (
        {"rol": J, "leeftijd": 15, "situatie": "conflict", "klacht": "ja"},
        "vertrouwenspersoon",
        "R-KLACHT",
        "het recht om te klagen",
    ),
    "R-GEHEIM": (
        {"rol": J, "leeftijd": 12, "situatie": "opvoeding", "geheim": "ja"},
        "jac",
        "R-GEHEIM",
        "vertrouwelijk",
    ),
    "R-WACHT.1g1p": (
        {"rol": P, "leeftijd": 8, "situatie": "intensief", "lopend": "nee", "wacht": "wachtlijst"},
        "1g1p",
        "R-WACHT",
        "op een wachtlijst staan",
    ),
    "R-WACHT.regie": (
        {"rol": H, "leeftijd": 8, "situatie": "intensief", "wacht": "toegangspoort"},
        "clientoverleg",
        "R-WACHT",
        "15 werkdagen",
    ),
    "R-BEROEP.clb": (
        {"rol": H, "leeftijd": 10, "situatie": "school", "beroep": "clb"},
        "clb",
        "R-BEROEP",
        "enige gemachtigde indicatiesteller",
    ),
    "R-BEROEP.mdt": (
        {"rol": H, "leeftijd": 10, "situatie": "zorgen", "beroep": "clb"},
        "vk",
        "R-BEROEP",
        "multidisciplinair team",
    ),
    "R-BEROEP.buiten": (
        {"rol": H, "leeftijd": 10, "situatie": "overzicht", "beroep": "buiten"},
        "clientoverleg",
        "R-BEROEP",
        "buiten de jeugdhulp",
    ),
    "R-SCHOOL.geen-school": (
        {"rol": P, "leeftijd": 10, "situatie": "school", "school_situatie": "geen_school"},
        "clb",
        "R-SCHOOL",
        "huisonderwijs",
    ),
    "R-SCHOOL.buitengewoon": (
        {"rol": P, "leeftijd": 20, "situatie": "school", "school_situatie": "buitengewoon"},
        "clb",
        "R-SCHOOL",
        "tot 21 jaar",
    ),
    "R-ZWANGER": (
        {"rol": J, "leeftijd": 16, "situatie": "vraag", "zwanger": "ja"},
        "kind-en-gezin",
        "R-ZWANGER",
        "aanstaande ouders",
    ),
    "R-BROERS": (
        {"rol": P, "leeftijd": 9, "situatie": "opvoeding", "jong_kind": "ja"},
        "kind-en-gezin",
        "R-BROERS",
        "jongste kind",
    ),
    "R-PLAATS": (
        {
            "rol": H,
            "leeftijd": 14,
            "situatie": "crisis",
            "crisis_elders": "ja",
            "crisis_postcode": "2000",
        },
        "crisismeldpunt",
        "R-PLAATS",
        "regio waar de crisis is",
    ),
    "R-TAAL": (
        {"rol": P, "leeftijd": 8, "situatie": "opvoeding", "taal_gezin": "andere"},
        "melding:R-TAAL",
        "R-TAAL",
        "sociaal tolk",
    ),
}

# rule key: (answers just across a boundary, support form, rule id that must be absent there).
# Each differs from the rule's example in one answer (its age, role, situation, `met`, place,
# danger or CLB answer); a key with a suffix after the rule key ("D4.aanvraag-20") is a further
# boundary of the same rule and may differ more.
COUNTER_EXAMPLES: dict[str, tuple[dict, str, str]] = {
    "nood.112": (
        {"gevaar": "nee", "rol": P, "leeftijd": 5, "situatie": "vraag"},
        "noodnummer-112",
        "R-NOOD",
    ),
    "nood.101": (
        {"gevaar": "nee", "rol": J, "leeftijd": 15, "situatie": "zorgen"},
        "politie-101",
        "R-NOOD",
    ),
    "R-1813": ({"rol": J, "leeftijd": 15, "situatie": "psychisch"}, "zelfmoordlijn-1813", "R-1813"),
    # Inside Flanders and Brussels the Zelfmoordlijn itself is the step, not 112.
    "buiten.112-zelfdoding": (
        {"rol": P, "leeftijd": 15, "postcode": "9000", "situatie": "zelfdoding"},
        "noodnummer-112",
        "R-1813",
    ),
    # With danger now, 112 is there for R-NOOD, not as information outside the region.
    "buiten.112": (
        {"gevaar": "ja", "rol": P, "leeftijd": 5, "postcode": "4000", "situatie": "vraag"},
        "noodnummer-112",
        "R-BUITEN",
    ),
    "buiten.101": (
        {"rol": P, "leeftijd": 5, "postcode": "9000", "situatie": "vraag"},
        "politie-101",
        "R-BUITEN",
    ),
    "C1.hulpverlener": ({"rol": H, "leeftijd": 14, "situatie": "zorgen"}, "crisismeldpunt", "C1"),
    # From 19 the crisis meldpunt is closed (at 18 youth care can still start).
    "C2.burger": ({"rol": A, "leeftijd": 19, "situatie": "crisis"}, "crisismeldpunt", "C2"),
    # A care worker calls the meldpunt as a matter of course (C1), not as a school's exception.
    # (With the CLB reachable, the school's meldpunt step still names the C4 exception.)
    "C4.school-zelf": (
        {"rol": H, "leeftijd": 10, "situatie": "crisis", "clb_bereikbaar": "nee"},
        "crisismeldpunt",
        "C4",
    ),
    "C5.school-clb": (
        {"rol": S, "leeftijd": 10, "situatie": "crisis", "clb_bereikbaar": "nee"},
        "clb",
        "C5",
    ),
    "C5.school-meldpunt": (
        {"rol": S, "leeftijd": 10, "situatie": "crisis", "clb_bereikbaar": "nee"},
        "crisismeldpunt",
        "C5",
    ),
    # A pupil of 18 is outside the CLB's ages: the school acts as a care worker would (M2).
    "M10.school": ({"rol": S, "leeftijd": 18, "situatie": "zorgen"}, "clb", "M10"),
    "M2.vk": ({"rol": H, "leeftijd": 18, "situatie": "zorgen"}, "vk", "M2"),
    # A school goes through its CLB (M10).
    "M2.ocj": ({"rol": S, "leeftijd": 10, "situatie": "zorgen"}, "ocj", "M2"),
    "M6.ocj": ({"rol": H, "leeftijd": 18, "situatie": "weigert"}, "ocj", "M6"),
    # The consult line is for care workers; a parent may go to the VK or 1712.
    "M2.ocj-consult": ({"rol": P, "leeftijd": 10, "situatie": "zorgen"}, "ocj-consult", "M2"),
    "A19.casusregie": (
        {"rol": P, "leeftijd": 4, "situatie": "zorgen"},
        "casusregie-veilig-huis",
        "A19",
    ),
    # Professionals go to the VK, not to the citizens' line.
    "R-1712": ({"rol": H, "leeftijd": 7, "situatie": "zorgen"}, "hulplijn-1712", "R-1712"),
    "M4.vk": ({"rol": J, "leeftijd": 18, "situatie": "zorgen"}, "vk", "M4"),
    "M4.ocj": ({"rol": P, "leeftijd": 18, "situatie": "weigert"}, "ocj", "M4"),
    "G2.zorggarantie": ({"rol": P, "leeftijd": 3, "situatie": "intensief"}, "kind-en-gezin", "G2"),
    "M12.kind-en-gezin": ({"rol": P, "leeftijd": 3, "situatie": "zorgen"}, "kind-en-gezin", "M12"),
    # A lost overview alone is no sign of danger for the child.
    "M12.kind-en-gezin-overzicht": (
        {"rol": P, "leeftijd": 1, "situatie": "overzicht"},
        "kind-en-gezin",
        "M12",
    ),
    "G6.ocj": ({"rol": H, "leeftijd": 17, "situatie": "weigert"}, "niet:ocj", "G6"),
    # Citizens are not told what a professional cannot ask of the VK.
    "G6.vk": ({"rol": P, "leeftijd": 19, "situatie": "zorgen"}, "niet:vk", "G6"),
    "G6.caw": ({"rol": P, "leeftijd": 17, "situatie": "zorgen"}, "caw", "G6"),
    # The VK's chat is for the young person worried about their own safety.
    "R-HULPLIJN.nupraat": (
        {"rol": P, "leeftijd": 20, "situatie": "zorgen"},
        "nupraatikerover",
        "R-HULPLIJN",
    ),
    # Under 3, Kind en Gezin is the first stop, not the CLB.
    "A7.clb": ({"rol": P, "leeftijd": 2, "situatie": "intensief"}, "clb", "A7"),
    "A7.jac": ({"rol": J, "leeftijd": 19, "situatie": "intensief"}, "jac", "A7"),
    "A7.caw": ({"rol": A, "leeftijd": 19, "situatie": "intensief"}, "caw", "A7"),
    # Only parties ask for bemiddeling (D8).
    "D4.aanvraag": (
        {"rol": A, "leeftijd": 9, "situatie": ["intensief", "conflict"]},
        "bemiddeling",
        "D4",
    ),
    # From 19 without a disability no application is possible, so no bemiddeling about one.
    "D4.aanvraag-20": (
        {"rol": J, "leeftijd": 20, "situatie": ["intensief", "conflict"], "met": "hulpverlener"},
        "bemiddeling",
        "D4",
    ),
    # At 18 the parent is told of the exceptions (G4), not the minor's way in.
    "A7.toegangspoort": (
        {"rol": P, "leeftijd": 18, "situatie": "intensief"},
        "toegangspoort",
        "A7",
    ),
    "A8.toegangspoort": (
        {"rol": H, "leeftijd": 18, "situatie": "intensief"},
        "toegangspoort",
        "A8",
    ),
    "A13.toegangspoort": (
        {"rol": S, "leeftijd": 18, "situatie": "intensief"},
        "toegangspoort",
        "A13",
    ),
    "G4.toegangspoort": (
        {"rol": P, "leeftijd": 19, "situatie": "intensief"},
        "toegangspoort",
        "G4",
    ),
    # A school is no party to the conflict (D8).
    "D2.bemiddeling": (
        {"rol": S, "leeftijd": 9, "situatie": "gestopt", "met": H},
        "bemiddeling",
        "D2",
    ),
    # The VK cannot be a party in bemiddeling (D5).
    "D1.bemiddeling": (
        {"rol": J, "leeftijd": 15, "situatie": "conflict", "met": "vk"},
        "bemiddeling",
        "D1",
    ),
    # A parent is a party and asks for bemiddeling itself (D1).
    "D8.bemiddeling": ({"rol": P, "leeftijd": 9, "situatie": "conflict"}, "bemiddeling", "D8"),
    "D5.bemiddeling": (
        {"rol": P, "leeftijd": 9, "situatie": "conflict", "met": H},
        "niet:bemiddeling",
        "D5",
    ),
    "D5.clientoverleg": (
        {"rol": P, "leeftijd": 9, "situatie": "conflict", "met": H},
        "clientoverleg",
        "D5",
    ),
    # The obligation holds for a care worker who stops, not for the OCJ.
    "D11.gestopt": (
        {"rol": P, "leeftijd": 9, "situatie": "gestopt", "met": "ocj"},
        "clientoverleg",
        "D11",
    ),
    # A parent in conflict with a care worker is a party: bemiddeling (D1), not D7.
    "D7.clientoverleg": ({"rol": P, "leeftijd": 9, "situatie": "conflict"}, "clientoverleg", "D7"),
    # At 18 the overview of a young adult is CAW trajectbegeleiding's (R-CAW-TRAJECT).
    "D11.overzicht": ({"rol": P, "leeftijd": 18, "situatie": "overzicht"}, "clientoverleg", "D11"),
    "M15.clientoverleg": (
        {"rol": P, "leeftijd": 9, "situatie": ["overzicht", "zorgen"]},
        "clientoverleg",
        "M15",
    ),
    "D14.clientoverleg": (
        {"rol": S, "leeftijd": 9, "situatie": "overzicht"},
        "clientoverleg",
        "D14",
    ),
    "R-CAW-TRAJECT": ({"rol": J, "leeftijd": 17, "situatie": "overzicht"}, "caw", "R-CAW-TRAJECT"),
    # The vertrouwenspersoon is the right of the child and its parents, not of the care worker.
    "R-VERTROUWENSPERSOON": (
        {"rol": H, "leeftijd": 9, "situatie": "gestopt"},
        "vertrouwenspersoon",
        "R-VERTROUWENSPERSOON",
    ),
    # At 18 the CLB no longer reaches the pupil (A4 for adult pupils: the JAC).
    "A4.school": ({"rol": S, "leeftijd": 18, "situatie": "school"}, "clb", "A4"),
    "A4.school-meerderjarig": ({"rol": S, "leeftijd": 17, "situatie": "school"}, "jac", "A4"),
    "R-CLB-VERSLAG": (
        {"rol": H, "leeftijd": 12, "situatie": ["handicap", "school"]},
        "clb",
        "R-CLB-VERSLAG",
    ),
    "G1.clb-langer": ({"rol": J, "leeftijd": 25, "situatie": "handicap"}, "clb", "G1"),
    "A3.kind-en-gezin": ({"rol": P, "leeftijd": 3, "situatie": "opvoeding"}, "kind-en-gezin", "A3"),
    "A3.clb": ({"rol": P, "leeftijd": 18, "situatie": "school"}, "clb", "A3"),
    "A3.jac": ({"rol": J, "leeftijd": 11, "situatie": "vraag"}, "jac", "A3"),
    # A young person's own door is the JAC, not the CAW.
    "A3.caw": ({"rol": J, "leeftijd": 19, "situatie": "vraag"}, "caw", "A3"),
    # A school refers through the CLB (A4).
    "A2.cgg": ({"rol": S, "leeftijd": 9, "situatie": "psychisch"}, "cgg", "A2"),
    "R-HULPLIJN.awel": ({"rol": J, "leeftijd": 18, "situatie": "vraag"}, "awel", "R-HULPLIJN"),
    "A2.dop": ({"rol": S, "leeftijd": 9, "situatie": "handicap"}, "dop", "A2"),
    "A2.vaph": (
        {"rol": P, "leeftijd": 21, "situatie": "handicap"},
        "thuisbegeleidingsdienst-vaph",
        "A2",
    ),
    "A2.ckg": ({"rol": A, "leeftijd": 9, "situatie": "opvoeding"}, "ckg", "A2"),
    "A17.gezinscoaching": (
        {"rol": P, "leeftijd": 9, "situatie": "opvoeding"},
        "gezinscoaching",
        "A17",
    ),
    "R-1G1P.plan": ({"rol": H, "leeftijd": 9, "situatie": "overzicht"}, "1g1p", "R-1G1P"),
    "R-1G1P.psycholoog": (
        {"rol": J, "leeftijd": 16, "situatie": "zelfdoding"},
        "eerstelijnspsycholoog",
        "R-1G1P",
    ),
    # Professionals are not pointed to the Zelfmoordlijn as information.
    "R-HULPLIJN.1813": (
        {"rol": H, "leeftijd": 16, "situatie": "psychisch"},
        "zelfmoordlijn-1813",
        "R-HULPLIJN",
    ),
    # A minor who asks gets Awel, not the adults' line.
    "R-HULPLIJN.tele-onthaal": (
        {"rol": J, "leeftijd": 16, "situatie": "psychisch"},
        "tele-onthaal",
        "R-HULPLIJN",
    ),
    # With danger now, 112 comes first as R-NOOD.
    "R-CRISIS-VOLWASSEN.112": (
        {"gevaar": "ja", "rol": J, "leeftijd": 22, "situatie": "crisis"},
        "noodnummer-112",
        "R-CRISIS-VOLWASSEN",
    ),
    # Youth care can still start at 18: the crisis meldpunt, not the adult routes.
    "R-CRISIS-VOLWASSEN.tele-onthaal": (
        {"rol": P, "leeftijd": 18, "situatie": "crisis"},
        "tele-onthaal",
        "R-CRISIS-VOLWASSEN",
    ),
    "R-CRISIS-VOLWASSEN.caw": (
        {"rol": H, "leeftijd": 18, "situatie": "crisis"},
        "caw",
        "R-CRISIS-VOLWASSEN",
    ),
    "G4.caw": ({"rol": H, "leeftijd": 18, "situatie": "intensief"}, "caw", "G4"),
    # A (suspected) disability keeps the toegangspoort open until 25.
    "G4.niet-toegangspoort": (
        {"rol": J, "leeftijd": 20, "situatie": ["intensief", "handicap"]},
        "niet:toegangspoort",
        "G4",
    ),
    # The fallback only runs when no other rule gives a step: at 17 the CLB does (A3).
    "R-BREED.caw": ({"rol": H, "leeftijd": 17, "situatie": "school"}, "caw", "R-BREED"),
    # The same answers outside Brussels (Gent), and in Brussels without the Flemish step.
    "R-BXL-FR.cps": (
        {"rol": J, "leeftijd": 15, "situatie": "zelfdoding"},
        "ander:centre-prevention-suicide",
        "R-BXL-FR",
    ),
    "R-BXL-FR.tele-accueil": (
        {"rol": J, "leeftijd": 16, "postcode": "1000", "situatie": "psychisch"},
        "ander:tele-accueil-bruxelles",
        "R-BXL-FR",
    ),
    "R-BXL-FR.ecoute-enfants": (
        {"rol": J, "leeftijd": 18, "postcode": "1000", "situatie": "vraag"},
        "ander:ecoute-enfants",
        "R-BXL-FR",
    ),
    "R-BXL-FR.pms": (
        {"rol": P, "leeftijd": 1, "postcode": "1000", "situatie": "school"},
        "ander:centre-pms",
        "R-BXL-FR",
    ),
    # The situations people bring: each just across its boundary.
    "R-18.bijna": (
        {"rol": J, "leeftijd": 16, "situatie": "psychisch", "bijna_18": "ja"},
        "caw",
        "R-18",
    ),
    "R-18.gestopt": (
        {"rol": J, "leeftijd": 18, "situatie": "gestopt", "gestopt_18": "nee"},
        "caw",
        "R-18",
    ),
    # A stop at 18 is no unilateral stop: no bemiddeling for continuity.
    "D2.bemiddeling-op-18": (
        {"rol": J, "leeftijd": 18, "situatie": "gestopt", "gestopt_18": "ja"},
        "bemiddeling",
        "D2",
    ),
    "R-GEZIN.bemiddeling": (
        {"rol": P, "leeftijd": 14, "situatie": ["intensief", "conflict"], "met": "hulpverlener"},
        "bemiddeling",
        "R-GEZIN",
    ),
    "R-GEZIN.bemiddeling-20": (
        {"rol": J, "leeftijd": 20, "situatie": ["intensief", "conflict"], "met": "gezin"},
        "bemiddeling",
        "R-GEZIN",
    ),
    "R-GEZIN.caw": (
        {"rol": P, "leeftijd": 9, "situatie": "conflict", "met": "hulpverlener"},
        "caw",
        "R-GEZIN",
    ),
    "R-MEERDERE": (
        {"rol": P, "leeftijd": 15, "situatie": "conflict", "met": ["ocj", "sdj"]},
        "bemiddeling",
        "R-MEERDERE",
    ),
    "R-MEERDERE-school": (
        {"rol": S, "leeftijd": 15, "situatie": "conflict", "met": ["hulpverlener", "sdj"]},
        "bemiddeling",
        "R-MEERDERE",
    ),
    "R-KLACHT": (
        {"rol": J, "leeftijd": 15, "situatie": "conflict", "klacht": "nee"},
        "vertrouwenspersoon",
        "R-KLACHT",
    ),
    # A complaint is not a conflict about continuity: no bemiddeling for it.
    "D1.bemiddeling-klacht": (
        {"rol": J, "leeftijd": 15, "situatie": "conflict", "klacht": "ja"},
        "bemiddeling",
        "D1",
    ),
    "R-GEHEIM": (
        {"rol": J, "leeftijd": 11, "situatie": "opvoeding", "geheim": "ja"},
        "jac",
        "R-GEHEIM",
    ),
    "R-WACHT.1g1p": (
        {"rol": P, "leeftijd": 8, "situatie": "intensief", "lopend": "ja", "wacht": "wachtlijst"},
        "1g1p",
        "R-WACHT",
    ),
    "R-WACHT.regie": (
        {"rol": H, "leeftijd": 8, "situatie": "intensief", "wacht": "wachtlijst"},
        "clientoverleg",
        "R-WACHT",
    ),
    "R-BEROEP.clb": (
        {"rol": H, "leeftijd": 10, "situatie": "school", "beroep": "jeugdhulp"},
        "clb",
        "R-BEROEP",
    ),
    "R-BEROEP.mdt": (
        {"rol": H, "leeftijd": 10, "situatie": "zorgen", "beroep": "buiten"},
        "vk",
        "R-BEROEP",
    ),
    "R-BEROEP.buiten": (
        {"rol": H, "leeftijd": 10, "situatie": "overzicht", "beroep": "clb"},
        "clientoverleg",
        "R-BEROEP",
    ),
    "R-SCHOOL.geen-school": (
        {"rol": P, "leeftijd": 10, "situatie": "school", "school_situatie": "nee"},
        "clb",
        "R-SCHOOL",
    ),
    "R-SCHOOL.buitengewoon": (
        {"rol": P, "leeftijd": 21, "situatie": "school", "school_situatie": "buitengewoon"},
        "clb",
        "R-SCHOOL",
    ),
    "R-ZWANGER": (
        {"rol": J, "leeftijd": 18, "situatie": "vraag", "zwanger": "ja"},
        "kind-en-gezin",
        "R-ZWANGER",
    ),
    "R-BROERS": (
        {"rol": J, "leeftijd": 9, "situatie": "opvoeding", "jong_kind": "ja"},
        "kind-en-gezin",
        "R-BROERS",
    ),
    "R-PLAATS": (
        {
            "rol": H,
            "leeftijd": 14,
            "situatie": "crisis",
            "crisis_elders": "nee",
            "crisis_postcode": "2000",
        },
        "crisismeldpunt",
        "R-PLAATS",
    ),
    # The crisis meldpunt is youth care: a young adult's crisis goes elsewhere.
    "R-PLAATS-19": (
        {
            "rol": H,
            "leeftijd": 19,
            "situatie": "crisis",
            "crisis_elders": "ja",
            "crisis_postcode": "2000",
        },
        "crisismeldpunt",
        "R-PLAATS",
    ),
    "R-TAAL": (
        {"rol": P, "leeftijd": 8, "situatie": "opvoeding", "taal_gezin": "nl"},
        "melding:R-TAAL",
        "R-TAAL",
    ),
}

# Rules that cannot have a counter-example, with the reason. Empty today: every rule has a
# boundary, even the fallback R-BREED (it stops as soon as another rule gives a step).
NO_COUNTER_EXAMPLE: dict[str, str] = {}


def advice_for(answers: dict) -> Advice:
    data = {"gevaar": ["nee"], "postcode": ["9000"]}
    for key, value in answers.items():
        data[key] = [str(v) for v in value] if isinstance(value, list) else [str(value)]
    return advise(parse_answers(data), FakeDirectory())


def item(advice: Advice, target: str):
    """The step for a support form, with "niet:" the "not possible" entry, with "ander:" the
    service of another system, with "melding:" a rule's notice for the whole advice (its text
    for the reader among the notices); None if absent."""
    if target.startswith("melding:"):
        rule = rules.RULES_BY_KEY[target[8:]]
        notice = rules.text(rule.key, "wat_doen", advice.antwoorden.rol)
        shown = any(m == notice for m in advice.meldingen)
        return SimpleNamespace(regels=rule.ids, waarom=notice) if shown else None
    if target.startswith("niet:"):
        items = [n for n in advice.niet_mogelijk if n.vorm == target[5:]]
    elif target.startswith("ander:"):
        items = [n for n in advice.andere_systemen if n.vorm == target[6:]]
    else:
        items = [s for s in advice.stappen if s.vorm == target]
    return items[0] if items else None


def test_every_rule_has_an_example() -> None:
    assert set(EXAMPLES) == {r.key for r in rules.RULES}


def _rule_of(key: str) -> rules.Rule:
    """The rule a counter-example belongs to: its key, or the longest rule key it extends."""
    if key in rules.RULES_BY_KEY:
        return rules.RULES_BY_KEY[key]
    owners = [k for k in rules.RULES_BY_KEY if key.startswith(f"{k}-")]
    assert owners, f"{key} names no rule"
    return rules.RULES_BY_KEY[max(owners, key=len)]


def test_every_rule_has_a_counter_example() -> None:
    keys = {r.key for r in rules.RULES}
    covered = {_rule_of(k).key for k in COUNTER_EXAMPLES}
    assert set(NO_COUNTER_EXAMPLE) <= keys, set(NO_COUNTER_EXAMPLE) - keys
    assert all(NO_COUNTER_EXAMPLE.values()), "every exception says why"
    assert not covered & set(NO_COUNTER_EXAMPLE), "an exception with a counter-example"
    assert keys - set(NO_COUNTER_EXAMPLE) <= covered, sorted(keys - covered)


def _changed(a: dict, b: dict) -> set[str]:
    """The answers in which `a` and `b` differ (a set of situations counts as one answer)."""

    def norm(v: object) -> object:
        return frozenset(v) if isinstance(v, list) else v

    return {k for k in a.keys() | b.keys() if norm(a.get(k)) != norm(b.get(k))}


@pytest.mark.parametrize("key", sorted(COUNTER_EXAMPLES))
def test_counter_example_is_one_answer_from_the_example(key: str) -> None:
    """A counter-example checks the rule's own step or entry and id, and (under the rule's own
    key) lies one answer away from the example, so it shows the boundary, not another case."""
    rule = _rule_of(key)
    answers, target, rule_id = COUNTER_EXAMPLES[key]
    own = {rule.step.vorm} if rule.step else set()
    own |= {f"niet:{rule.niet_mogelijk.vorm}"} if rule.niet_mogelijk else set()
    own |= {f"ander:{rule.other_system.vorm}"} if rule.other_system else set()
    own |= {f"melding:{rule.key}"} if rule.melding else set()
    assert target in own and rule_id == rule.id, (key, target, rule_id)
    if key == rule.key:
        assert len(_changed(answers, EXAMPLES[key][0])) == 1, _changed(answers, EXAMPLES[key][0])


@pytest.mark.parametrize("key", sorted(EXAMPLES))
def test_rule_applies_in_its_example(key: str) -> None:
    answers, target, rule_id, phrase = EXAMPLES[key]
    found = item(advice_for(answers), target)
    assert found is not None, f"{key}: no {target}"
    assert rule_id in found.regels
    text = f"{getattr(found, 'titel', '')} {getattr(found, 'wat_doen', '')} {found.waarom}"
    assert phrase in text, text


@pytest.mark.parametrize("key", sorted(COUNTER_EXAMPLES))
def test_rule_does_not_apply_across_its_boundary(key: str) -> None:
    answers, target, rule_id = COUNTER_EXAMPLES[key]
    found = item(advice_for(answers), target)
    assert found is None or rule_id not in found.regels, (key, found)
