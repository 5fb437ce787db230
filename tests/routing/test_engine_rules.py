"""Targeted behaviour of key rules, written from the seeds (rule id and seed line per test)."""

from __future__ import annotations

import pytest

from routing import rules
from routing.answers import SITUATIONS, parse_answers
from routing.engine import UnknownPlace, advise
from routing.serialize import advice_to_dict, errors_to_dict
from tests.routing.asking import ask, step, vormen


@pytest.mark.parametrize("met", ["ocj", "vk", "toegangspoort", "sdj"])
@pytest.mark.parametrize("situatie", ["conflict", "gestopt"])
def test_d5_no_bemiddeling_with_mandated_services(directory, met: str, situatie: str) -> None:
    """D5 (S004:221-225): the SDJ, OCJ, VK and toegangspoort cannot be party in bemiddeling;
    the advice says so under niet_mogelijk and names what is possible instead."""
    advice = ask(directory, rol="ouder", leeftijd=12, situatie=situatie, met=met)
    assert "bemiddeling" not in vormen(advice)
    (nm,) = [n for n in advice.niet_mogelijk if n.vorm == "bemiddeling"]
    assert "D5" in nm.regels
    assert "niet mogelijk" in nm.waarom and "Wat wel kan" in nm.waarom
    assert "clientoverleg" in vormen(advice)  # the alternative, for a minor


def test_d5_names_the_service_without_abbreviation_for_citizens(directory) -> None:
    """D5 text for a parent: no unexplained abbreviation."""
    advice = ask(directory, rol="ouder", leeftijd=9, situatie="conflict", met="ocj")
    assert "OCJ (Ondersteuningscentrum Jeugdzorg)" in advice.niet_mogelijk[0].waarom


def test_d1_bemiddeling_possible_with_a_care_worker(directory) -> None:
    """D1 (S004:180-181; S000:113-124): a conflict with a care worker → bemiddeling."""
    advice = ask(directory, rol="jongere", leeftijd=15, situatie="conflict", met="hulpverlener")
    s = step(advice, "bemiddeling")
    assert "D1" in s.regels and s.urgentie == "binnenkort"
    assert not advice.niet_mogelijk


def test_d2_unilateral_stop_bemiddeling_obligatory_and_clientoverleg(directory) -> None:
    """D2 (S004:167-171) + D11(c) (S004:67-68), D18: both are named."""
    advice = ask(directory, rol="ouder", leeftijd=10, situatie="gestopt", met="hulpverlener")
    b = step(advice, "bemiddeling")
    assert "D2" in b.regels and "moet" in b.wat_doen
    assert b.waarom.startswith("Je zei dat de hulp gestopt wordt zonder jullie akkoord")
    assert "D11" in step(advice, "clientoverleg").regels


def test_d7_professional_conflict_points_to_clientoverleg(directory) -> None:
    """D7 (S004:150-151): no bemiddeling between providers without the client; D11(a)."""
    advice = ask(directory, rol="hulpverlener", leeftijd=10, situatie="conflict")
    assert "cliëntoverleg" in step(advice, "bemiddeling").wat_doen
    assert "D7" in step(advice, "clientoverleg").regels


def test_d8_third_party_cannot_request_bemiddeling(directory) -> None:
    """D8 (S004:208-214): only parties to the conflict may ask."""
    advice = ask(directory, rol="andere", leeftijd=10, situatie="conflict")
    s = step(advice, "bemiddeling")
    assert s.regels == ("D8",) and "Alleen wie zelf partij is" in s.wat_doen


@pytest.mark.parametrize("rol", ["jongere", "ouder", "andere"])
def test_a7_a10_toegangspoort_via_verwijzer_with_bemiddeling_condition(directory, rol) -> None:
    """A7 (S001:45, 92), A10/D3 (S004:173-174, 183-184), where the seeds differ: the verwijzer comes
    first; going alone is mentioned only with bemiddeling as condition."""
    advice = ask(directory, rol=rol, leeftijd=14, situatie="intensief")
    v = vormen(advice)
    assert v.index("clb") < v.index("toegangspoort")
    tp = step(advice, "toegangspoort")
    assert {"A7", "A10", "D3"} <= set(tp.regels)
    assert "erkende verwijzer" in tp.wat_doen and "eerst bemiddeling" in tp.wat_doen
    assert tp.urgentie == "info"


def test_a8_professional_files_a_document(directory) -> None:
    """A8/A6/A9 (S000:43-46; S001:43, 100; S003:10470-10490): A-document, province of
    domicile, preconditions."""
    advice = ask(directory, rol="hulpverlener", leeftijd=14, situatie="intensief")
    tp = step(advice, "toegangspoort")
    assert tp.urgentie == "binnenkort" and "A-document" in tp.wat_doen
    assert "gedomicilieerd" in tp.wat_doen and "A9" in tp.regels
    assert tp.contact_gekend  # Gent: Oost-Vlaanderen's ITP


def test_a13_school_goes_through_the_clb(directory) -> None:
    """A13/A4 (S001:90-92): a school cannot file an A-document; the CLB does."""
    advice = ask(directory, rol="school", leeftijd=14, situatie="intensief")
    assert vormen(advice)[0] == "clb"
    assert "kan zelf geen aanvraag doen" in step(advice, "toegangspoort").wat_doen


def test_d4_disagreement_about_application_needs_bemiddeling(directory) -> None:
    """D4/A11 (S000:125-129): disagreement about a toegangspoort application."""
    advice = ask(directory, rol="ouder", leeftijd=14, situatie=["intensief", "conflict"])
    assert "D4" in step(advice, "bemiddeling").regels


def test_m3_clb_multidisciplinary_team_for_professionals(directory) -> None:
    """M1/M2/M3 (S000:69-78; S001:63-67): talk first, then consult/aanmelding at VK or OCJ;
    for CLB staff on a decision of the multidisciplinary team."""
    advice = ask(directory, rol="hulpverlener", leeftijd=9, situatie="zorgen")
    vk = step(advice, "vk")
    assert {"M1", "M2", "M3"} <= set(vk.regels)
    assert "bespreekbaar" in vk.wat_doen and "multidisciplinair team" in vk.wat_doen
    assert "ocj" in vormen(advice) and "hulplijn-1712" not in vormen(advice)


def test_m10_school_must_contact_clb(directory) -> None:
    """M10 (S003:7640-7646) + M3: a school with a worry goes to the CLB."""
    advice = ask(directory, rol="school", leeftijd=9, situatie="zorgen")
    assert vormen(advice) == ["clb"]
    assert "multidisciplinair team" in step(advice, "clb").wat_doen


def test_citizens_call_1712_professionals_the_vk(directory) -> None:
    """R-1712: citizens go via 1712; M4 (S000:78-81) the VK is possible too."""
    advice = ask(directory, rol="ouder", leeftijd=6, situatie="zorgen")
    assert vormen(advice)[0] == "hulplijn-1712"
    assert "M4" in step(advice, "vk").regels and step(advice, "vk").urgentie == "info"


def test_m6_family_refuses_minor_only(directory) -> None:
    """M5/M6 (S000:86-95; S002:56) for minors; G6 (S003:5506-5516) not for adults."""
    minor = ask(directory, rol="hulpverlener", leeftijd=17, situatie="weigert")
    assert "M6" in step(minor, "ocj").regels
    adult = ask(directory, rol="hulpverlener", leeftijd=18, situatie="weigert")
    assert "ocj" not in vormen(adult) and "caw" in vormen(adult)
    assert {n.vorm for n in adult.niet_mogelijk} == {"ocj", "vk"}


def test_c4_school_without_clb_calls_meldpunt_and_informs_clb(directory) -> None:
    """C4 (S001:75): a school that cannot reach its CLB may call and must inform the CLB."""
    advice = ask(directory, rol="school", leeftijd=10, situatie="crisis", clb_bereikbaar="nee")
    s = advice.stappen[0]
    assert s.vorm == "crisismeldpunt" and s.urgentie == "vandaag" and "C4" in s.regels
    assert "op de hoogte" in s.wat_doen
    assert "clb" not in vormen(advice)


def test_c5_school_with_clb_goes_through_it(directory) -> None:
    """C2/C5 (S001:71-75): the CLB calls; the C4 exception is named."""
    advice = ask(directory, rol="school", leeftijd=10, situatie="crisis", clb_bereikbaar="ja")
    assert vormen(advice)[:2] == ["clb", "crisismeldpunt"]
    assert "uitzonderlijk" in step(advice, "crisismeldpunt").wat_doen


def test_c2_families_may_call_the_meldpunt_exceptionally(directory) -> None:
    """C2 (S000:56-59), where the seeds differ: meant for care workers, families exceptionally."""
    advice = ask(directory, rol="jongere", leeftijd=15, situatie="crisis")
    s = step(advice, "crisismeldpunt")
    assert s.urgentie == "vandaag" and "vooral voor hulpverleners" in s.wat_doen


def test_danger_first(directory) -> None:
    """R-NOOD: 112 then 101, both now, before the crisis meldpunt."""
    advice = ask(directory, gevaar="ja", rol="ouder", leeftijd=4, situatie="crisis")
    assert vormen(advice)[:3] == ["noodnummer-112", "politie-101", "crisismeldpunt"]
    assert [s.urgentie for s in advice.stappen[:3]] == ["nu", "nu", "vandaag"]


@pytest.mark.parametrize(
    ("leeftijd", "expected", "absent"),
    [
        ("ongeboren", {"kind-en-gezin"}, {"clb", "jac"}),
        (2, {"kind-en-gezin", "clb"}, {"jac"}),  # [2, 3) overlaps CLB from 2,5 and K&G to 3
        (3, {"clb"}, {"kind-en-gezin"}),
        (11, {"clb"}, {"jac"}),
        (12, {"clb", "jac"}, set()),
        (17, {"clb", "jac"}, set()),
        (18, {"jac"}, {"clb"}),
        (25, {"jac"}, {"clb"}),
    ],
)
def test_brede_instap_age_boundaries(directory, leeftijd, expected, absent) -> None:
    """A3 + G1/G2/G3: Kind en Gezin pregnancy-3, CLB 2,5-18, JAC 12-25."""
    rol = "jongere" if leeftijd != "ongeboren" else "ouder"
    advice = ask(directory, rol=rol, leeftijd=leeftijd, situatie=["vraag", "opvoeding"])
    got = set(vormen(advice))
    assert expected <= got and not (absent & got)


def test_age_table_interval_overlap() -> None:
    """An integer age a means [a, a+1)."""
    assert rules.age_allows("clb", 2) and not rules.age_allows("clb", 1)
    assert rules.age_allows("kind-en-gezin", "ongeboren")
    assert not rules.age_allows("kind-en-gezin", 3)
    assert rules.age_allows("ocj", 17) and not rules.age_allows("ocj", 18)
    assert not rules.age_allows("ocj", "ongeboren")


def test_outside_werkingsgebied(directory) -> None:
    """R-BUITEN: Luik gets the Belgium-wide numbers and a notice, nothing Flemish."""
    advice = ask(directory, rol="ouder", leeftijd=8, situatie=["crisis", "zorgen"], postcode=4000)
    assert vormen(advice) == ["noodnummer-112", "politie-101"]
    assert all(s.urgentie == "info" and s.contact_gekend for s in advice.stappen)
    assert "Wallonië" in advice.meldingen[0]
    assert advice.gebied is not None and not advice.gebied.in_werkingsgebied
    danger = ask(directory, gevaar="ja", rol="ouder", leeftijd=8, situatie="vraag", postcode=4000)
    assert [s.urgentie for s in danger.stappen] == ["nu", "nu"]


def test_postcode_with_two_municipalities(directory) -> None:
    """1040 belongs to two municipalities; the advice names the alternative."""
    advice = ask(directory, rol="ouder", leeftijd=8, situatie="vraag", postcode=1040)
    assert advice.gebied is not None and advice.gebied.nis == "21004"
    assert any("Etterbeek" in m and "1040" in m for m in advice.meldingen)
    chosen = ask(directory, rol="ouder", leeftijd=8, situatie="vraag", gemeente="21005")
    assert not any("1040" in m for m in chosen.meldingen)


@pytest.mark.parametrize(("key", "value"), [("postcode", "9999"), ("gemeente", "99999")])
def test_unknown_place(directory, key, value) -> None:
    """A well-formed but unknown place raises UnknownPlace (an AnswerErrors: the API's 400)."""
    data = {"gevaar": ["nee"], "rol": ["ouder"], "leeftijd": ["8"], "situatie": ["vraag"]}
    data[key] = [value]
    with pytest.raises(UnknownPlace) as exc:
        advise(parse_answers(data), directory)
    assert list(errors_to_dict(exc.value)["fouten"]) == [key]


def test_missing_contacts_are_marked_not_replaced(directory) -> None:
    """Invariant 8: Antwerpen has no regional contacts; never another region's."""
    advice = ask(directory, rol="hulpverlener", leeftijd=8, situatie="crisis", postcode=2000)
    s = step(advice, "crisismeldpunt")
    assert s.contacten == () and s.contact_gekend is False
    assert any("nog geen contactgegevens voor Antwerpen" in m for m in advice.meldingen)


def test_ocj_contact_per_arrondissement(directory) -> None:
    """The most specific coverage first: OCJ Aalst for Aalst, OCJ Gent for Gent."""
    aalst = ask(directory, rol="hulpverlener", leeftijd=8, situatie="zorgen", postcode=9300)
    assert step(aalst, "ocj").contacten[0].naam == "Test OCJ Aalst"
    gent = ask(directory, rol="hulpverlener", leeftijd=8, situatie="zorgen", postcode=9000)
    assert step(gent, "ocj").contacten[0].naam == "Test OCJ Gent"


def test_waarom_uses_the_persons_own_answers(directory) -> None:
    advice = ask(directory, rol="jongere", leeftijd=15, situatie="school")
    assert "Je zei dat je 15 jaar bent." in step(advice, "clb").waarom


def test_fallback_always_gives_a_step(directory) -> None:
    """R-BREED: a young adult in a conflict with the SDJ still gets a way in."""
    advice = ask(directory, rol="jongere", leeftijd=21, situatie="conflict", met="sdj")
    assert vormen(advice) == ["caw"] and step(advice, "caw").regels[0] == "R-BREED"


def test_json_shape(directory) -> None:
    """The public JSON: keys and value types."""
    d = advice_to_dict(
        ask(directory, rol="ouder", leeftijd=12, situatie="conflict", met="hulpverlener")
    )
    assert list(d) == ["antwoorden", "gebied", "stappen", "niet_mogelijk", "meldingen"]
    assert d["antwoorden"] == {
        "gevaar": "nee",
        "rol": "ouder",
        "leeftijd": 12,
        "postcode": "9000",
        "situatie": ["conflict"],
        "met": "hulpverlener",
    }
    assert d["gebied"] == {
        "gemeente": {"nis": "44021", "naam": "Gent"},
        "regio": "oost-vlaanderen",
        "in_werkingsgebied": True,
    }
    s = d["stappen"][0]
    assert list(s) == [
        "vorm",
        "titel",
        "urgentie",
        "wat_doen",
        "waarom",
        "regels",
        "contacten",
        "contact_gekend",
    ]
    assert s["vorm"] == "bemiddeling" and s["regels"][0] == "D1"
    c = s["contacten"][0]
    assert list(c)[:9] == [  # the contract's keys first; provenance keys may follow
        "naam",
        "telefoon",
        "telefoon_weergave",
        "email",
        "website",
        "bereikbaar",
        "nu_open",
        "bron",
        "nagekeken_op",
    ]
    assert c["nagekeken_op"] == "2026-01-15"


def test_rules_are_well_formed() -> None:
    """Unique keys, known topics and urgencies, a source, texts for every field, a docstring."""
    assert len(rules.RULES_BY_KEY) == len(rules.RULES)
    for r in rules.RULES:
        assert r.topic in rules.TOPICS and r.source and r.doc, r.key
        yields = [r.step, r.niet_mogelijk, r.other_system, r.melding or None]
        assert sum(y is not None for y in yields) == 1, r.key
        if r.melding:  # a notice is its text: what to do says why too
            assert rules.text(r.key, "wat_doen", "ouder"), r.key
            assert rules.text(r.key, "wat_doen", "school"), r.key
            continue
        assert rules.text(r.key, "waarom", "ouder"), r.key
        if r.step is not None:
            assert r.step.urgentie in rules.URGENCIES, r.key
        if r.step is not None or r.other_system is not None:
            assert rules.text(r.key, "titel", "ouder"), r.key
            assert rules.text(r.key, "wat_doen", "school"), r.key


ABBREVIATIONS = ("OCJ", "VK", "CLB", "CAW", "JAC", "CGG", "CKG", "DOP", "SDJ", "VAPH", "ITP")


def _unexplained(text: str) -> list[str]:
    """Abbreviations whose first use is not followed by their expansion in brackets."""
    bad = []
    for abbr in ABBREVIATIONS:
        words = text.replace("(", " ( ").replace(")", " ) ").replace(",", " ").split()
        if abbr not in words:
            continue
        first = words.index(abbr)
        if words[first + 1 : first + 2] != ["("]:
            bad.append(abbr)
    return bad


@pytest.mark.parametrize("rol", ["jongere", "ouder", "andere"])
def test_citizen_texts_explain_abbreviations(directory, rol: str) -> None:
    """Citizens never read an unexplained abbreviation: in every wat_doen and every
    niet_mogelijk reason they can get, the first use is followed by its expansion."""
    seen = set()
    for leeftijd in ("ongeboren", 1, 8, 15, 21):
        for situatie in SITUATIONS:
            for met in (None, "hulpverlener", "ocj", "vk", "toegangspoort", "sdj"):
                extra = {"met": met} if met else {}
                advice = ask(directory, rol=rol, leeftijd=leeftijd, situatie=situatie, **extra)
                for text in [s.wat_doen for s in advice.stappen] + [
                    n.waarom for n in advice.niet_mogelijk
                ]:
                    if text not in seen:
                        seen.add(text)
                        assert not _unexplained(text), f"{_unexplained(text)} in: {text}"
