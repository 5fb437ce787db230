"""One targeted example per rule: answers where it applies, the step (or "not possible" entry)
it must yield with its rule id, and a phrase of its own text, written out here. A second table
gives answers just across each rule's boundary, where it must not apply."""

from __future__ import annotations

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
}

# rule key: (answers just across a boundary, support form, rule id that must be absent there).
COUNTER_EXAMPLES: dict[str, tuple[dict, str, str]] = {
    "R-1813": ({"rol": J, "leeftijd": 15, "situatie": "psychisch"}, "zelfmoordlijn-1813", "R-1813"),
    "G2.zorggarantie": ({"rol": P, "leeftijd": 3, "situatie": "intensief"}, "kind-en-gezin", "G2"),
    "A7.clb": ({"rol": P, "leeftijd": 2, "situatie": "intensief"}, "clb", "A7"),
    "A7.toegangspoort": (
        {"rol": P, "leeftijd": 19, "situatie": "intensief"},
        "toegangspoort",
        "A7",
    ),
    "G4.toegangspoort": (
        {"rol": P, "leeftijd": 19, "situatie": "intensief"},
        "toegangspoort",
        "G4",
    ),
    "D2.bemiddeling": ({"rol": S, "leeftijd": 9, "situatie": "gestopt"}, "bemiddeling", "D2"),
    "D4.aanvraag": (
        {"rol": A, "leeftijd": 9, "situatie": ["intensief", "conflict"]},
        "bemiddeling",
        "D4",
    ),
    "D4.aanvraag-20": (
        {"rol": J, "leeftijd": 20, "situatie": ["intensief", "conflict"], "met": "hulpverlener"},
        "bemiddeling",
        "D4",
    ),
    "D11.gestopt": (
        {"rol": P, "leeftijd": 9, "situatie": "gestopt", "met": "ocj"},
        "clientoverleg",
        "D11",
    ),
    "M15.clientoverleg": (
        {"rol": P, "leeftijd": 9, "situatie": ["overzicht", "zorgen"]},
        "clientoverleg",
        "M15",
    ),
    "G1.clb-langer": ({"rol": J, "leeftijd": 25, "situatie": "handicap"}, "clb", "G1"),
    "R-CLB-VERSLAG": (
        {"rol": H, "leeftijd": 12, "situatie": ["handicap", "school"]},
        "clb",
        "R-CLB-VERSLAG",
    ),
    "A19.casusregie": (
        {"rol": P, "leeftijd": 4, "situatie": "zorgen"},
        "casusregie-veilig-huis",
        "A19",
    ),
    "M12.kind-en-gezin": ({"rol": P, "leeftijd": 3, "situatie": "zorgen"}, "kind-en-gezin", "M12"),
    "R-1G1P.psycholoog": (
        {"rol": J, "leeftijd": 16, "situatie": "zelfdoding"},
        "eerstelijnspsycholoog",
        "R-1G1P",
    ),
    "C1.hulpverlener": ({"rol": H, "leeftijd": 14, "situatie": "zorgen"}, "crisismeldpunt", "C1"),
    "A2.cgg": ({"rol": S, "leeftijd": 14, "situatie": "psychisch"}, "cgg", "A2"),
    # Youth care can still start at 18: the crisis meldpunt, not the adult routes.
    "R-CRISIS-VOLWASSEN.caw": (
        {"rol": J, "leeftijd": 18, "situatie": "crisis"},
        "caw",
        "R-CRISIS-VOLWASSEN",
    ),
    "C2.burger": ({"rol": J, "leeftijd": 19, "situatie": "crisis"}, "crisismeldpunt", "C2"),
    "G4.caw": ({"rol": H, "leeftijd": 18, "situatie": "intensief"}, "caw", "G4"),
    "A7.jac": ({"rol": J, "leeftijd": 19, "situatie": "intensief"}, "jac", "A7"),
    "A17.gezinscoaching": (
        {"rol": P, "leeftijd": 9, "situatie": "opvoeding"},
        "gezinscoaching",
        "A17",
    ),
    "M12.kind-en-gezin-overzicht": (
        {"rol": P, "leeftijd": 1, "situatie": "overzicht"},
        "kind-en-gezin",
        "M12",
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
    "D1.klacht": (
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
}


def advice_for(answers: dict) -> Advice:
    data = {"gevaar": ["nee"], "postcode": ["9000"]}
    for key, value in answers.items():
        data[key] = [str(v) for v in value] if isinstance(value, list) else [str(value)]
    return advise(parse_answers(data), FakeDirectory())


def item(advice: Advice, target: str):
    """The step for a support form, or with "niet:" the "not possible" entry; None if absent."""
    if target.startswith("niet:"):
        items = [n for n in advice.niet_mogelijk if n.vorm == target[5:]]
    else:
        items = [s for s in advice.stappen if s.vorm == target]
    return items[0] if items else None


def test_every_rule_has_an_example() -> None:
    assert set(EXAMPLES) == {r.key for r in rules.RULES}


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
