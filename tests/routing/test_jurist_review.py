"""A jurist's reading of the rule book: the two harms and the readings that said more or less
than the sources, each through `advise()` (and the JSON API for the harm), with the seed lines.

Expected values are written out here; each test failed on the advice before its correction.
"""

from __future__ import annotations

import pytest

from routing.engine import Advice
from tests.routing.asking import ask, step, vormen

ADULT_AGES = (19, 22, 25)


def all_text(advice: Advice) -> str:
    parts = [f"{s.titel} {s.wat_doen} {s.waarom}" for s in advice.stappen]
    return " ".join(parts + [n.waarom for n in advice.niet_mogelijk])


# --- harm 1: a young adult in crisis --------------------------------------------------------


@pytest.mark.parametrize("rol", ["jongere", "ouder", "andere", "hulpverlener", "school"])
@pytest.mark.parametrize("leeftijd", ADULT_AGES)
def test_young_adult_in_crisis_gets_adult_routes_today(directory, rol, leeftijd) -> None:
    """Crisis youth care is for "kinderen, jongeren of hun ouders" (S000:53-62) and youth care
    stops at 18 (S003:5506-5508): no youth crisis meldpunt from 19. Instead, today: 112/101,
    Tele-Onthaal (106) and the CAW, which serves 18-25 (S003:4096-4100)."""
    advice = ask(directory, rol=rol, leeftijd=leeftijd, situatie="crisis")
    v = vormen(advice)
    assert "crisismeldpunt" not in v
    today = {s.vorm for s in advice.stappen if s.urgentie == "vandaag"}
    assert {"noodnummer-112", "tele-onthaal", "caw"} <= today
    assert "18 jaar" in step(advice, "caw").waarom


@pytest.mark.django_db
def test_young_adult_in_crisis_through_the_api(client) -> None:
    """The same through GET /api/advies/ with the real catalogue: a number to dial today."""
    response = client.get(
        "/api/advies/",
        {
            "gevaar": "nee",
            "rol": "jongere",
            "leeftijd": "22",
            "postcode": "9000",
            "situatie": "crisis",
        },
    )
    assert response.status_code == 200
    steps = response.json()["stappen"]
    assert "crisismeldpunt" not in [s["vorm"] for s in steps]
    tele = next(s for s in steps if s["vorm"] == "tele-onthaal")
    assert tele["urgentie"] == "vandaag"
    assert any("106" in (c["telefoon"] or "") for c in tele["contacten"]), tele["contacten"]


@pytest.mark.parametrize("rol", ["jongere", "ouder", "hulpverlener"])
def test_at_18_the_crisis_meldpunt_still_answers(directory, rol) -> None:
    """At 18 help can still start (S003:5192-5196): the meldpunt stays, the adult routes wait."""
    advice = ask(directory, rol=rol, leeftijd=18, situatie="crisis")
    assert "crisismeldpunt" in vormen(advice)
    assert "tele-onthaal" not in vormen(advice)


# --- harm 2: routes closed at their age -----------------------------------------------------


@pytest.mark.parametrize("rol", ["jongere", "ouder", "andere"])
def test_no_application_promised_to_a_young_adult_without_exception(directory, rol) -> None:
    """At 20 without a disability no toegangspoort application is possible (S003:5506-5510;
    exceptions only S003:5192-5196 and S003:6482): no "aanvraag samen met jou", no "erkende
    verwijzer"; the advice says youth care stopped and names the CAW."""
    advice = ask(directory, rol=rol, leeftijd=20, situatie="intensief")
    text = all_text(advice)
    assert "de aanvraag samen met jou" not in text
    assert "erkende verwijzer" not in text
    assert "stopt de jeugdhulp" in step(advice, "caw").wat_doen
    assert [n.vorm for n in advice.niet_mogelijk] == ["toegangspoort"]


def test_professional_hears_that_youth_care_stopped_and_what_remains(directory) -> None:
    advice = ask(directory, rol="hulpverlener", leeftijd=20, situatie="intensief")
    caw = step(advice, "caw")
    assert "G4" in caw.regels and "R-BREED" not in caw.regels
    assert "stopt de jeugdhulp" in caw.wat_doen
    assert "contextbegeleiding" in caw.wat_doen and "VAPH" in caw.wat_doen
    assert "toegangspoort" not in vormen(advice)


@pytest.mark.parametrize(
    ("leeftijd", "situatie"), [(18, "intensief"), (21, ["handicap", "intensief"])]
)
def test_the_sourced_exceptions_keep_the_application(directory, leeftijd, situatie) -> None:
    """Contextbegeleiding at 18 (S003:5192-5196), VAPH help with a disability (S003:6482)."""
    advice = ask(directory, rol="jongere", leeftijd=leeftijd, situatie=situatie)
    assert "toegangspoort" in vormen(advice) and "jac" in vormen(advice)
    assert not advice.niet_mogelijk


def test_tot_25_is_read_once(directory) -> None:
    """ "tot N jaar" excludes N (routing/vocabulary.py): at 25 neither the CLB (handicap "(25
    jaar)", S003:7900-7902) nor VAPH NRTH ("tot 25 jaar", S003:6482) is offered; the JAC
    ("tussen 12 en 25 jaar", S003:8894-8896) still is."""
    advice = ask(directory, rol="jongere", leeftijd=25, situatie=["handicap", "intensief"])
    v = vormen(advice)
    assert "clb" not in v and "toegangspoort" not in v
    assert "toegangspoort" in [n.vorm for n in advice.niet_mogelijk]
    younger = ask(directory, rol="jongere", leeftijd=24, situatie=["handicap", "intensief"])
    assert {"clb", "toegangspoort"} <= set(vormen(younger))


# --- readings that contradicted the sources -------------------------------------------------


def test_family_hears_no_15_day_deadline(directory) -> None:
    """The 15 working days belong to the jeugdhulpregisseur in phase 2 (S003:10524-10530,
    S004:126-128), not to the family's application."""
    advice = ask(directory, rol="ouder", leeftijd=9, situatie="intensief")
    text = step(advice, "toegangspoort").wat_doen
    assert "15 werkdagen" not in text
    assert "een beslissing met wie je helpt" not in text and "wie je helpt" in text


def test_family_hears_the_ocj_mandate(directory) -> None:
    """OCJ is a gemandateerde voorziening: acts unasked, goes to the parket (S000:83-95)."""
    advice = ask(directory, rol="ouder", leeftijd=12, situatie="weigert")
    text = step(advice, "ocj").wat_doen
    assert "niemand om hulp vraagt" in text and "parket" in text and "jeugdrechter" in text


def test_vertrouwenspersoon_speaks_to_a_parent_as_a_parent(directory) -> None:
    """A parent has their own right (S003:13882-13892); the vertrouwenspersoon may take the
    initiative (S003:14160-14168), the parties file (S004:208-209)."""
    advice = ask(directory, rol="ouder", leeftijd=10, situatie="gestopt", met="hulpverlener")
    text = step(advice, "vertrouwenspersoon").wat_doen
    assert "jij of je ouders" not in text
    assert "jouw eigen recht" in text and "initiatief" in text


def test_kind_en_gezin_mandate_not_on_lost_overview_alone(directory) -> None:
    """The mandate is for "dreigend gevaar" (S003:11854-11870), not for a lost overview."""
    advice = ask(directory, rol="ouder", leeftijd=1, situatie="overzicht")
    assert all("M12" not in s.regels for s in advice.stappen)
    prof = ask(directory, rol="hulpverlener", leeftijd=1, situatie="zorgen")
    kg = step(prof, "kind-en-gezin")
    assert "zorggarantie" not in kg.titel


def test_school_is_not_told_to_file_an_a_document(directory) -> None:
    """Referral is the CLB's, not the school's (S001:90-92; S003:7774-7778)."""
    advice = ask(directory, rol="school", leeftijd=18, situatie="intensief")
    text = step(advice, "toegangspoort").wat_doen
    assert "meld je met het A-document" not in text
    assert "Een school kan zelf geen aanvraag doen" in text


@pytest.mark.parametrize("leeftijd", [18, 19, 20])
def test_pupil_of_18_plus_is_not_outside_the_clb(directory, leeftijd) -> None:
    """The CLB can follow pupils longer: B.O. to 21, handicap to 25 (S003:7896-7902)."""
    advice = ask(directory, rol="school", leeftijd=leeftijd, situatie="crisis")
    assert "buiten de leeftijd van het CLB" not in all_text(advice)
    if leeftijd == 18:
        assert vormen(advice)[:2] == ["clb", "crisismeldpunt"]


def test_another_person_is_pointed_to_a_care_worker_or_the_police(directory) -> None:
    """S000:56-59 names families "uitzonderlijk", S001:71 the police; the reading no longer
    cites the rule book as its own source."""
    from routing import rules

    advice = ask(directory, rol="andere", leeftijd=10, situatie="crisis")
    text = step(advice, "crisismeldpunt").wat_doen
    assert "101" in text and "hulpverlener" in text
    assert "regels.md" not in rules.RULES_BY_KEY["C2.burger"].doc


def test_casusregie_in_brussels_says_the_sources_name_no_veilig_huis(directory) -> None:
    """A Veilig Huis per gerechtelijk arrondissement in Flanders (S003:4284-4294)."""
    advice = ask(directory, rol="hulpverlener", leeftijd=10, situatie="zorgen", postcode="1000")
    text = step(advice, "casusregie-veilig-huis").wat_doen
    assert "Voor Brussel" in text and "VK" in text


def test_gezinscoaching_only_for_vulnerable_families(directory) -> None:
    """ "Gezinnen in een zeer kwetsbare situatie" (S003:8900, 8908-8910)."""
    plain = ask(directory, rol="ouder", leeftijd=8, situatie="opvoeding")
    assert "gezinscoaching" not in vormen(plain)
    stuck = ask(directory, rol="ouder", leeftijd=8, situatie=["opvoeding", "weigert"])
    assert "kwetsbare" in step(stuck, "gezinscoaching").waarom


def test_clientoverleg_not_said_to_be_for_minors_only(directory) -> None:
    """No source limits cliëntoverleg to minors (S004:102); young adults still in youth care
    (S003:5192-5196, 6482) hear of it."""
    for rol in ("ouder", "hulpverlener"):
        advice = ask(directory, rol=rol, leeftijd=20, situatie="overzicht")
        caw = step(advice, "caw")
        text = f"{caw.wat_doen} {caw.waarom}"
        assert "er voor minderjarigen" not in text and "gericht op minderjarigen" not in text
        assert "cliëntoverleg" in text
