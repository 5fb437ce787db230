"""The situations people bring, each said through its follow-up (or several `met` parties) and
changing the advice as its seed lines say: through `advise()`, the JSON API and the CLI.

Expected values are written out here, with the seed lines in each test's docstring.
"""

from __future__ import annotations

import dataclasses
import json
from io import StringIO

import pytest
from django.core.management import call_command

from routewijzer.openapi import document
from routing.answers import KEYS
from routing.engine import Advice
from tests.routing.asking import ask, step, vormen


def ids(advice: Advice) -> set[str]:
    return {i for s in advice.stappen for i in s.regels}


def text(advice: Advice) -> str:
    return " ".join(f"{s.titel} {s.wat_doen} {s.waarom}" for s in advice.stappen)


# --- 2: coming of age -----------------------------------------------------------------------


def test_help_stopped_at_18_is_not_the_answer_of_a_13_year_old(directory) -> None:
    """Youth care stops at 18 (S003:5506-5510): no bemiddeling for continuity then, but the
    CAW (18-25, S003:4096-4100) and the JAC (to 25, S003:8894-8896)."""
    young = ask(directory, rol="jongere", leeftijd=13, situatie="gestopt", met="hulpverlener")
    adult = ask(
        directory,
        rol="jongere",
        leeftijd=18,
        situatie="gestopt",
        met="hulpverlener",
        gestopt_18="ja",
    )
    assert "bemiddeling" in vormen(young) and "bemiddeling" not in vormen(adult)
    assert "caw" in vormen(adult) and "R-18" in step(adult, "caw").regels
    caw = step(adult, "caw")
    assert "JAC" in caw.wat_doen and "25" in caw.wat_doen
    # At 18 contextbegeleiding can still start (S003:5192-5196).
    assert "nog starten" in caw.waarom


def test_stopped_at_18_with_a_disability_names_vaph_to_25(directory) -> None:
    """VAPH help that is not directly accessible runs "tot 25 jaar" (S003:6482)."""
    advice = ask(
        directory, rol="ouder", leeftijd=22, situatie=["gestopt", "handicap"], gestopt_18="ja"
    )
    assert "VAPH" in step(advice, "caw").waarom and "25 jaar" in step(advice, "caw").waarom
    plain = ask(directory, rol="ouder", leeftijd=22, situatie="gestopt", gestopt_18="ja")
    assert "VAPH" not in step(plain, "caw").waarom


def test_turning_18_soon_prepares_what_comes_after(directory) -> None:
    """S003:5506-5510, 5192-5196, 6482, 4096-4100; Bruggen na(ar) 18 (S003:8942-8960)."""
    advice = ask(directory, rol="hulpverlener", leeftijd=17, situatie="intensief", bijna_18="ja")
    caw = step(advice, "caw")
    assert "R-18" in caw.regels
    assert "Bruggen na(ar) 18" in text(advice)
    without = ask(directory, rol="hulpverlener", leeftijd=17, situatie="intensief")
    assert "R-18" not in ids(without)


# --- 1: inside the family ------------------------------------------------------------------


@pytest.mark.parametrize("met", ["gezin", "ouders"])
def test_disagreement_inside_the_family_about_an_application(directory, met) -> None:
    """Bemiddeling must come when "kind, jongere, ouder en/of hulpverlener" disagree about an
    application to the toegangspoort (S000:125-129)."""
    advice = ask(directory, rol="ouder", leeftijd=14, situatie=["intensief", "conflict"], met=met)
    assert "R-GEZIN" in step(advice, "bemiddeling").regels
    assert "R-GEZIN" in step(advice, "caw").regels
    assert "D1" not in ids(advice)  # not a conflict with a care worker


# --- 4: more than one party ---------------------------------------------------------------


def test_conflict_with_a_care_worker_while_the_sdj_follows(directory) -> None:
    """Bemiddeling can be used by the parties in a dossier the SDJ follows; it never suspends
    the SDJ's process (S004:227-231)."""
    advice = ask(
        directory, rol="ouder", leeftijd=15, situatie="conflict", met=["sdj", "hulpverlener"]
    )
    bemiddeling = step(advice, "bemiddeling")
    assert {"R-MEERDERE", "D1"} <= set(bemiddeling.regels)
    assert "SDJ" in bemiddeling.wat_doen and "niet stil" in bemiddeling.wat_doen
    assert not any(n.vorm == "bemiddeling" for n in advice.niet_mogelijk)
    only_sdj = ask(directory, rol="ouder", leeftijd=15, situatie="conflict", met="sdj")
    assert "bemiddeling" not in vormen(only_sdj)
    assert any(n.vorm == "bemiddeling" for n in only_sdj.niet_mogelijk)


# --- 5: a complaint ------------------------------------------------------------------------


def test_a_complaint_goes_to_the_vertrouwenspersoon_not_bemiddeling(directory) -> None:
    """The vertrouwenspersoon supports "klachtrecht" (S003:13906-13910); bemiddeling is for a
    conflict about continuity (S004:208-209)."""
    advice = ask(directory, rol="jongere", leeftijd=15, situatie="conflict", klacht="ja")
    assert "bemiddeling" not in vormen(advice)
    trusted = step(advice, "vertrouwenspersoon")
    assert trusted.urgentie == "binnenkort" and "R-KLACHT" in trusted.regels
    conflict = ask(directory, rol="jongere", leeftijd=15, situatie="conflict", klacht="nee")
    assert "bemiddeling" in vormen(conflict) and "R-KLACHT" not in ids(conflict)


# --- 6: without the parents knowing ------------------------------------------------------


def test_a_minor_who_does_not_want_the_parents_to_know(directory) -> None:
    """JAC: "gratis, vrijblijvend en vertrouwelijk" (S003:9520-9524); from 12 deemed able to
    judge (S003:11190-11194); the parents' right to be informed (S003:11172-11184)."""
    advice = ask(directory, rol="jongere", leeftijd=14, situatie="psychisch", geheim="ja")
    jac = step(advice, "jac")
    assert "R-GEHEIM" in jac.regels and jac.urgentie == "binnenkort"
    assert "vertrouwelijk" in jac.wat_doen and "recht om geïnformeerd" in jac.wat_doen
    # Asked only of a young person: a parent's answer is not kept.
    parent = ask(directory, rol="ouder", leeftijd=14, situatie="psychisch", geheim="ja")
    assert "R-GEHEIM" not in ids(parent) and parent.antwoorden.geheim is None


# --- 3: already waiting --------------------------------------------------------------------


def test_a_family_on_a_waiting_list_and_after_the_toegangspoort(directory) -> None:
    """1G1P for families on a waiting list (S003:1380-1402); jeugdhulpregie makes a proposal
    within 15 working days, cliëntoverleg is not for finding a place (S003:10524-10530;
    S004:126-132)."""
    waiting = ask(directory, rol="ouder", leeftijd=8, situatie="intensief", wacht="wachtlijst")
    assert "R-WACHT" in step(waiting, "1g1p").regels
    after = ask(directory, rol="ouder", leeftijd=8, situatie="intensief", wacht="toegangspoort")
    assert "15 werkdagen" in step(after, "clientoverleg").wat_doen
    running = ask(
        directory, rol="ouder", leeftijd=8, situatie="intensief", lopend="ja", wacht="wachtlijst"
    )
    assert "R-WACHT" not in ids(running)  # asked only while no help runs


# --- the API and the CLI -------------------------------------------------------------------


@pytest.mark.django_db
def test_api_takes_the_new_keys_and_names_an_invalid_one(client) -> None:
    base = "/api/advies/?gevaar=nee&rol=jongere&leeftijd=17&postcode=9000&situatie=conflict"
    response = client.get(base + "&met=hulpverlener&met=sdj&klacht=ja&geheim=ja&bijna_18=ja")
    assert response.status_code == 200
    data = response.json()
    assert data["antwoorden"]["met"] == ["hulpverlener", "sdj"]
    assert data["antwoorden"]["klacht"] == "ja"
    rules = {r for s in data["stappen"] for r in s["regels"]}
    assert {"R-MEERDERE", "R-KLACHT", "R-GEHEIM", "R-18"} <= rules
    for bad in ("klacht=misschien", "wacht=morgen", "met=rechter", "bijna_18=1"):
        response = client.get(f"{base}&{bad}")
        assert response.status_code == 400, bad
        assert bad.split("=")[0] in response.json()["fouten"], bad


@pytest.mark.django_db
def test_old_requests_give_the_old_answers_object(client) -> None:
    base = "/api/advies/?gevaar=nee&rol=ouder&leeftijd=12&postcode=9000&situatie=conflict"
    data = client.get(base + "&met=ocj").json()
    assert data["antwoorden"]["met"] == "ocj"
    assert "klacht" not in data["antwoorden"]


def test_openapi_documents_every_key_the_parser_reads() -> None:
    params = {p["name"]: p for p in document()["paths"]["/api/advies/"]["get"]["parameters"]}
    # Every answer key, and `taal` (the language of the texts, not an answer).
    assert set(KEYS) | {"taal"} == set(params)
    assert params["met"]["schema"]["type"] == "array"
    assert "toegangspoort" in params["wacht"]["schema"]["enum"]


@pytest.mark.django_db
def test_the_advies_command_takes_the_new_keys() -> None:
    out = StringIO()
    call_command(
        "advies",
        "--rol=jongere",
        "--leeftijd=19",
        "--postcode=9000",
        "--situatie=gestopt",
        "--met=hulpverlener",
        "--gestopt-18=ja",
        "--json",
        stdout=out,
    )
    data = json.loads(out.getvalue())
    assert data["antwoorden"]["gestopt_18"] == "ja"
    assert {"R-18"} <= {r for s in data["stappen"] for r in s["regels"]}


# --- 8: where the crisis is and where the young person lives ---------------------------------


def contact_names(advice: Advice, vorm: str) -> list[str]:
    return [c.naam for c in step(advice, vorm).contacten]


def test_the_crisis_line_is_that_of_the_place_of_the_crisis(directory) -> None:
    """A CLB worker calls "het meldpunt crisisjeugdhulp in je regio" (S001:71); heavier help is
    asked at the toegangspoort "van de provincie waar de leerling officieel woont" (S001:43,
    S001:100). A pupil living in Gent, in crisis at a school in Brussels."""
    home = ask(directory, rol="school", leeftijd=14, situatie=["crisis", "intensief"], lopend="nee")
    elsewhere = ask(
        directory,
        rol="school",
        leeftijd=14,
        situatie=["crisis", "intensief"],
        lopend="nee",
        crisis_elders="ja",
        crisis_postcode="1000",
    )
    assert contact_names(home, "crisismeldpunt") == ["Test crisis OVL"]
    assert contact_names(elsewhere, "crisismeldpunt") == ["Test crisis Brussel"]
    # The application stays with the province of the home.
    assert contact_names(elsewhere, "toegangspoort") == contact_names(home, "toegangspoort")
    assert contact_names(home, "toegangspoort") == ["Test ITP Oost-Vlaanderen"]
    assert "R-PLAATS" in step(elsewhere, "crisismeldpunt").regels
    assert "R-PLAATS" not in ids(home)
    assert any("Brussel, waar de crisis is" in m for m in elsewhere.meldingen)
    assert "provincie waar de jongere officieel woont" in step(elsewhere, "crisismeldpunt").waarom


def test_a_crisis_at_the_same_place_or_outside_flanders(directory) -> None:
    """The same municipality adds no notice; a crisis outside Flanders and Brussels keeps the
    home's crisis line (no Flemish meldpunt works there) and says so, with 112 and 101."""
    same = ask(
        directory, rol="hulpverlener", leeftijd=9, situatie="crisis", crisis_elders="ja",
        crisis_gemeente="44021",
    )  # fmt: skip
    assert contact_names(same, "crisismeldpunt") == ["Test crisis OVL"]
    assert not any("waar de crisis is" in m for m in same.meldingen)
    outside = ask(
        directory, rol="hulpverlener", leeftijd=9, situatie="crisis", crisis_elders="ja",
        crisis_postcode="4000",
    )  # fmt: skip
    assert contact_names(outside, "crisismeldpunt") == ["Test crisis OVL"]
    assert any(
        "Luik ligt buiten Vlaanderen en Brussel" in m and "112" in m for m in outside.meldingen
    )


def test_the_place_of_the_crisis_is_asked_only_of_professionals_in_a_crisis(directory) -> None:
    """Citizens are not asked (the seeds say it to professionals); a given crisis place is
    ignored then, and the advice is today's."""
    plain = ask(directory, rol="ouder", leeftijd=9, situatie="crisis")
    given = ask(
        directory, rol="ouder", leeftijd=9, situatie="crisis", crisis_elders="ja",
        crisis_postcode="1000",
    )  # fmt: skip
    assert given == dataclasses.replace(plain, antwoorden=given.antwoorden)
    assert given.antwoorden.crisis_postcode is None and given.antwoorden.crisis_elders is None


@pytest.mark.django_db
def test_api_takes_the_place_of_the_crisis(client) -> None:
    base = "/api/advies/?gevaar=nee&rol=hulpverlener&leeftijd=14&postcode=9000&situatie=crisis"
    data = client.get(base + "&crisis_elders=ja&crisis_postcode=1000").json()
    assert data["antwoorden"]["crisis_postcode"] == "1000"
    meldpunt = next(s for s in data["stappen"] if s["vorm"] == "crisismeldpunt")
    assert "R-PLAATS" in meldpunt["regels"]
    assert any("waar de crisis is" in m for m in data["meldingen"])
    # Elsewhere, but where? A clear 400 naming the key; likewise a place nobody knows.
    for query, key in (
        ("&crisis_elders=ja", "crisis_postcode"),
        ("&crisis_elders=ja&crisis_postcode=12", "crisis_postcode"),
        ("&crisis_elders=ja&crisis_postcode=1999", "crisis_postcode"),
        ("&crisis_elders=ja&crisis_gemeente=99999", "crisis_gemeente"),
    ):
        response = client.get(base + query)
        assert response.status_code == 400, query
        assert key in response.json()["fouten"], query


@pytest.mark.django_db
def test_a_shared_postcode_for_the_crisis_place_says_whose_crisis_line_it_is(client) -> None:
    """1040 is both Brussel and Etterbeek: the advice names the municipality whose crisis line
    it shows and how to choose the other, as it does for the home's postcode; a chosen
    municipality needs no such notice."""
    base = "/api/advies/?gevaar=nee&rol=hulpverlener&leeftijd=14&postcode=9000&situatie=crisis"
    shared = client.get(base + "&crisis_elders=ja&crisis_postcode=1040").json()["meldingen"]
    notice = [m for m in shared if "van de plaats van de crisis" in m]
    assert notice == [
        "De postcode 1040 van de plaats van de crisis hoort bij meer dan één gemeente: Brussel "
        "en Etterbeek. Het crisismeldpunt in dit advies is dat van Brussel. Is de crisis in "
        "een andere gemeente, kies dan die gemeente."
    ]
    chosen = client.get(base + "&crisis_elders=ja&crisis_postcode=1040&crisis_gemeente=21005")
    assert not any("van de plaats van de crisis" in m for m in chosen.json()["meldingen"])
    alone = client.get(base + "&crisis_elders=ja&crisis_postcode=1000").json()["meldingen"]
    assert not any("van de plaats van de crisis" in m for m in alone)
    french = client.get(base + "&crisis_elders=ja&crisis_postcode=1040&taal=fr").json()
    assert any("1040" in m and "Etterbeek" in m and "crise" in m for m in french["meldingen"])


# --- 12: the family's language --------------------------------------------------------------


def test_a_family_speaking_another_language_hears_of_interpreters(directory) -> None:
    """Multilingual brugfiguren know "de taal van zowel het kwetsbaar gezin als van de
    dienstverlenende instanties" (S003:2490-2500); a sociaal tolk helps newcomers who do not
    know enough Dutch (VRT NWS, 2019). Dutch at home, or no answer, changes nothing."""
    plain = ask(directory, rol="ouder", leeftijd=6, situatie="opvoeding")
    dutch = ask(directory, rol="ouder", leeftijd=6, situatie="opvoeding", taal_gezin="nl")
    other = ask(directory, rol="ouder", leeftijd=6, situatie="opvoeding", taal_gezin="andere")
    french = ask(directory, rol="ouder", leeftijd=6, situatie="opvoeding", taal_gezin="fr")
    assert dutch == dataclasses.replace(plain, antwoorden=dutch.antwoorden)
    assert other.stappen == plain.stappen  # a notice, not a step
    for advice in (other, french):
        notice = [m for m in advice.meldingen if "sociaal tolk" in m]
        assert len(notice) == 1 and "brugfiguren" in notice[0]
    prof = ask(directory, rol="hulpverlener", leeftijd=6, situatie="vraag", taal_gezin="andere")
    assert any("betaalt de dienst die de tolk vraagt" in m for m in prof.meldingen)


@pytest.mark.django_db
def test_api_and_command_take_the_family_language(client) -> None:
    base = "/api/advies/?gevaar=nee&rol=ouder&leeftijd=6&postcode=9000&situatie=opvoeding"
    data = client.get(base + "&taal_gezin=andere&taal=fr").json()
    assert data["antwoorden"]["taal_gezin"] == "andere"
    assert any("interprète social" in m for m in data["meldingen"])
    response = client.get(base + "&taal_gezin=klingon")
    assert response.status_code == 400 and "taal_gezin" in response.json()["fouten"]
    out = StringIO()
    call_command(
        "advies",
        "--rol=hulpverlener",
        "--leeftijd=14",
        "--postcode=9000",
        "--situatie=crisis",
        "--crisis-elders=ja",
        "--crisis-postcode=1000",
        "--json",
        stdout=out,
    )
    assert json.loads(out.getvalue())["antwoorden"]["crisis_postcode"] == "1000"
