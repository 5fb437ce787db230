"""Rule corrections, each tested through `advise()` and, where the contract matters, through
GET /api/advies/ with the real catalogue. Seed lines per test; expected values are literal."""

from __future__ import annotations

import re

import pytest

from routing.engine import Advice
from tests.routing.asking import ask, step, vormen


def all_text(advice: Advice) -> str:
    parts = [f"{s.titel} {s.wat_doen} {s.waarom}" for s in advice.stappen]
    parts += [n.waarom for n in advice.niet_mogelijk]
    return " ".join(parts + list(advice.meldingen))


# --- suicide first ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rol", "leeftijd"),
    [("jongere", 15), ("ouder", 9), ("ouder", 17), ("jongere", 22), ("hulpverlener", 14)],
)
def test_suicide_1813_is_the_first_step(directory, rol, leeftijd) -> None:
    """R-1813: 'I think about suicide' / 'my child does' → 1813 first, today, day and night."""
    advice = ask(directory, rol=rol, leeftijd=leeftijd, situatie=["zelfdoding", "school"])
    first = advice.stappen[0]
    assert first.vorm == "zelfmoordlijn-1813"
    assert first.urgentie == "vandaag"
    assert "R-1813" in first.regels
    assert "dag en nacht" in first.wat_doen


def test_suicide_comes_right_after_112_and_101_and_before_the_crisis_line(directory) -> None:
    """Danger and suicide and crisis: 112, 101, then 1813, then the crisis meldpunt."""
    advice = ask(
        directory, gevaar="ja", rol="jongere", leeftijd=16, situatie=["crisis", "zelfdoding"]
    )
    assert vormen(advice)[:4] == [
        "noodnummer-112",
        "politie-101",
        "zelfmoordlijn-1813",
        "crisismeldpunt",
    ]


def test_suicide_brings_mental_health_help_along(directory) -> None:
    """Suicide is also a mental-health question: the CGG follows, with a reason."""
    advice = ask(directory, rol="jongere", leeftijd=16, situatie="zelfdoding")
    assert "cgg" in vormen(advice)
    assert step(advice, "cgg").waarom.startswith("Je zei dat je aan zelfdoding denkt.")


def test_psychisch_alone_keeps_1813_as_information(directory) -> None:
    """`psychisch` still works: 1813 stays named to citizens, as information."""
    advice = ask(directory, rol="ouder", leeftijd=14, situatie="psychisch")
    assert step(advice, "zelfmoordlijn-1813").urgentie == "info"


def test_suicide_outside_flanders_gives_112_today(directory) -> None:
    """1813 is a Flemish line; in Luik the advice gives 112 today, not as information."""
    advice = ask(directory, rol="jongere", leeftijd=16, postcode="4000", situatie="zelfdoding")
    assert advice.stappen[0].vorm == "noodnummer-112"
    assert advice.stappen[0].urgentie == "vandaag"
    assert "zelfmoordlijn-1813" not in vormen(advice)


@pytest.mark.django_db
def test_api_accepts_zelfdoding_and_puts_1813_first(client) -> None:
    """The new value is part of the public contract; `psychisch` keeps working."""
    base = "/api/advies/?gevaar=nee&rol=ouder&leeftijd=15&postcode=9000"
    data = client.get(f"{base}&situatie=zelfdoding").json()
    assert data["stappen"][0]["vorm"] == "zelfmoordlijn-1813"
    assert data["stappen"][0]["urgentie"] == "vandaag"
    assert data["antwoorden"]["situatie"] == ["zelfdoding"]
    assert client.get(f"{base}&situatie=psychisch").status_code == 200


# --- young adults ------------------------------------------------------------------------


@pytest.mark.parametrize("rol", ["jongere", "ouder", "hulpverlener"])
@pytest.mark.parametrize("leeftijd", [19, 22, 25])
def test_young_adult_without_condition_gets_no_toegangspoort(directory, rol, leeftijd) -> None:
    """G6 (S003:5506-5516): from 18 youth care stops; without a seed exception the CAW/JAC is
    the way, not the toegangspoort."""
    advice = ask(directory, rol=rol, leeftijd=leeftijd, situatie="intensief")
    assert "toegangspoort" not in vormen(advice)
    assert {"caw", "jac"} & set(vormen(advice))


@pytest.mark.parametrize(
    ("leeftijd", "situatie"), [(18, ["intensief"]), (23, ["intensief", "handicap"])]
)
def test_young_adult_toegangspoort_only_with_its_conditions(directory, leeftijd, situatie) -> None:
    """G4 (S003:5188-5196: contextbegeleiding can still start at 18, until 21 with verblijf)
    and G5 (S003:6482: VAPH until 25): the step states those conditions."""
    advice = ask(directory, rol="jongere", leeftijd=leeftijd, situatie=situatie)
    s = step(advice, "toegangspoort")
    assert "G4" in s.regels and s.urgentie == "info"
    assert "nog maar in twee gevallen" in s.wat_doen
    assert "als je 18 bent" in s.wat_doen and "tot je 21 wordt" in s.wat_doen
    assert "tot je 25 wordt" in s.wat_doen
    assert vormen(advice).index("jac") < vormen(advice).index("toegangspoort")


@pytest.mark.parametrize("rol", ["andere", "hulpverlener", "school"])
def test_no_text_calls_an_adult_het_kind(directory, rol) -> None:
    advice = ask(
        directory,
        rol=rol,
        leeftijd=20,
        postcode="1040",
        situatie=["zorgen", "intensief", "handicap"],
    )
    assert "het kind" not in all_text(advice)
    assert "Je zei dat de jongere 20 jaar is." in all_text(advice)


# --- only parties ask for bemiddeling ----------------------------------------------------


@pytest.mark.parametrize("rol", ["school", "andere"])
@pytest.mark.parametrize("situatie", ["conflict", "gestopt", ["conflict", "intensief"]])
def test_third_parties_are_told_to_inform_the_parties(directory, rol, situatie) -> None:
    """D8 (S004:208-214): only parties ask for bemiddeling, also when help is stopped."""
    advice = ask(directory, rol=rol, leeftijd=12, situatie=situatie, met="hulpverlener")
    s = step(advice, "bemiddeling")
    assert s.regels == ("D8",)
    assert s.urgentie == "info"
    assert "Alleen" in s.wat_doen and "partij" in s.wat_doen
    assert "Vraag het aan" not in s.wat_doen and "Je kan ook zelf" not in s.wat_doen


@pytest.mark.parametrize("rol", ["jongere", "ouder", "hulpverlener"])
def test_parties_may_ask_for_bemiddeling_when_help_stops(directory, rol) -> None:
    """D2 (S004:167-171): a party may ask for bemiddeling when help is stopped."""
    advice = ask(directory, rol=rol, leeftijd=12, situatie="gestopt", met="hulpverlener")
    assert "D2" in step(advice, "bemiddeling").regels


# --- limits of cliëntoverleg -------------------------------------------------------------


def test_clientoverleg_is_not_the_way_to_raise_a_worry(directory) -> None:
    """M15 (S004:135-139): raising verontrusting with a family stays the care worker's job."""
    advice = ask(directory, rol="hulpverlener", leeftijd=10, situatie=["overzicht", "zorgen"])
    s = step(advice, "clientoverleg")
    assert "M15" in s.regels
    assert "niet de weg om je zorgen over de veiligheid met het gezin te bespreken" in s.waarom


def test_clientoverleg_is_not_the_way_to_negotiate_a_place(directory) -> None:
    """D14 (S004:126-132): negotiating a place with providers is jeugdhulpregie."""
    advice = ask(directory, rol="hulpverlener", leeftijd=10, situatie=["overzicht", "intensief"])
    s = step(advice, "clientoverleg")
    assert "D14" in s.regels and "jeugdhulpregie" in s.waarom


def test_citizens_do_not_get_the_professional_limits(directory) -> None:
    advice = ask(directory, rol="ouder", leeftijd=10, situatie=["overzicht", "zorgen"])
    assert "M15" not in step(advice, "clientoverleg").regels


# --- zorggarantie and age-fitting referrers ---------------------------------------------


@pytest.mark.parametrize("leeftijd", ["ongeboren", 0, 1, 2])
def test_zorggarantie_is_named_to_parents_of_a_very_young_child(directory, leeftijd) -> None:
    """G2 (S003:14820-14826, 14940-14944): zorggarantie from -9 months to 3 years."""
    advice = ask(directory, rol="ouder", leeftijd=leeftijd, situatie="intensief")
    s = step(advice, "kind-en-gezin")
    assert "G2" in s.regels
    assert "zorggarantie" in s.wat_doen and "uit huis geplaatst" in s.wat_doen
    assert "tijdens de zwangerschap" in s.wat_doen


@pytest.mark.parametrize("leeftijd", ["ongeboren", 0, 1])
def test_no_clb_or_jac_for_a_baby(directory, leeftijd) -> None:
    advice = ask(directory, rol="ouder", leeftijd=leeftijd, situatie=["intensief", "zorgen"])
    text = all_text(advice)
    assert "CLB" not in text and "JAC" not in text
    assert "clb" not in vormen(advice) and "jac" not in vormen(advice)


def test_referrers_for_a_toddler_are_kind_en_gezin_not_the_clb(directory) -> None:
    """A toddler of 2: the referrer named in the toegangspoort and VK texts is Kind en Gezin."""
    advice = ask(directory, rol="ouder", leeftijd=2, situatie=["intensief", "zorgen"])
    assert "Kind en Gezin" in step(advice, "toegangspoort").wat_doen
    assert "CLB" not in step(advice, "toegangspoort").wat_doen
    assert "CLB" not in step(advice, "vk").wat_doen
    assert "clb" not in vormen(advice)


# --- help stopped by a mandated service --------------------------------------------------


@pytest.mark.parametrize("met", ["ocj", "vk", "toegangspoort", "sdj"])
def test_help_stopped_by_a_mandated_service(directory, met) -> None:
    """D5 (S004:221-225): no bemiddeling; no 'ook cliëntoverleg' and no claimed obligation
    (S004:67-68 speaks of a care worker only)."""
    advice = ask(directory, rol="ouder", leeftijd=12, situatie="gestopt", met=met)
    assert "bemiddeling" not in vormen(advice)
    overleg = step(advice, "clientoverleg")
    assert "D11" not in overleg.regels and "ook" not in overleg.titel.lower()
    assert "moet" not in overleg.wat_doen and "verplicht" not in overleg.wat_doen


@pytest.mark.parametrize("met", ["vk", "toegangspoort"])
def test_no_consulent_where_the_family_has_none(directory, met) -> None:
    advice = ask(directory, rol="ouder", leeftijd=12, situatie="conflict", met=met)
    assert "consulent" not in all_text(advice)


def test_niet_mogelijk_only_suggests_routes_offered_at_that_age(directory) -> None:
    """An adult gets no cliëntoverleg and no vertrouwenspersoon, so D5 does not suggest them."""
    advice = ask(directory, rol="ouder", leeftijd=20, situatie="gestopt", met="sdj")
    (nm,) = advice.niet_mogelijk
    assert "clientoverleg" not in vormen(advice)
    assert "cliëntoverleg" not in nm.waarom and "vertrouwenspersoon" not in nm.waarom


# --- the CLB beyond 18 and as indicatiesteller -------------------------------------------


@pytest.mark.parametrize("leeftijd", [18, 21, 24])
def test_clb_follows_pupils_with_a_disability_until_25(directory, leeftijd) -> None:
    """G1 (S003:7896-7902): buitengewoon onderwijs until 21, handicap until 25."""
    advice = ask(directory, rol="ouder", leeftijd=leeftijd, situatie="handicap")
    s = step(advice, "clb")
    assert "G1" in s.regels and "tot 25 jaar" in s.wat_doen and "tot 21 jaar" in s.wat_doen


def test_no_clb_at_25(directory) -> None:
    advice = ask(directory, rol="ouder", leeftijd=25, situatie="handicap")
    assert "clb" not in vormen(advice)


@pytest.mark.parametrize("rol", ["ouder", "school", "jongere"])
def test_clb_is_the_only_indicatiesteller(directory, rol) -> None:
    """R-CLB-VERSLAG (S001:94): only the CLB delivers a (gemotiveerd) verslag."""
    advice = ask(directory, rol=rol, leeftijd=9, situatie=["handicap", "school"])
    s = step(advice, "clb")
    assert "R-CLB-VERSLAG" in s.regels
    assert "verslag of gemotiveerd verslag" in s.waarom


# --- casusregie and after an aanmelding --------------------------------------------------


def test_casusregie_of_the_veilig_huis_for_professionals(directory) -> None:
    """A19 (S003:4072-4094, 4440-4444): registration by a professional, three conditions."""
    advice = ask(directory, rol="hulpverlener", leeftijd=9, situatie="zorgen")
    s = step(advice, "casusregie-veilig-huis")
    assert "A19" in s.regels and "herhaalt" in s.wat_doen and "Veilig Huis" in s.wat_doen
    citizen = ask(directory, rol="ouder", leeftijd=9, situatie="zorgen")
    assert "casusregie-veilig-huis" not in vormen(citizen)


@pytest.mark.parametrize("rol", ["ouder", "hulpverlener"])
def test_what_happens_after_an_aanmelding(directory, rol) -> None:
    """A12 (S003:10524-10530, 10786-10796): a proposal, a decision, the file closed. The 15
    working days belong to the jeugdhulpregisseur after the indicatiestelling (S004:126-128):
    told to professionals with that starting point, not to families as a deadline."""
    advice = ask(directory, rol=rol, leeftijd=14, situatie="intensief")
    s = step(advice, "toegangspoort")
    assert "A12" in s.regels
    assert "dossier af" in s.wat_doen
    if rol == "hulpverlener":
        assert "Na de indicatiestelling" in s.wat_doen and "15 werkdagen" in s.wat_doen
    else:
        assert "15 werkdagen" not in s.wat_doen and "jeugdhulpregisseur" in s.wat_doen


# --- texts -------------------------------------------------------------------------------


def test_no_sentence_repeated_within_one_waarom(directory) -> None:
    advice = ask(directory, rol="ouder", leeftijd=14, situatie=["intensief", "vraag", "school"])
    for s in advice.stappen:
        sentences = re.split(r"(?<=[.!?])\s+", s.waarom)
        assert len(sentences) == len(set(sentences)), s.waarom


def test_no_outdated_loket_and_no_brussels_toegangspoort(directory) -> None:
    for rol in ("ouder", "hulpverlener"):
        advice = ask(
            directory,
            rol=rol,
            leeftijd=12,
            postcode="1040",
            situatie=["intensief", "conflict", "gestopt"],
            met="hulpverlener",
        )
        text = all_text(advice)
        assert "regionaal loket" not in text
        assert "toegangspoort van Brussel" not in text


def test_vertrouwenspersoon_does_not_file_bemiddeling(directory) -> None:
    """S003 lets a vertrouwenspersoon help start it; only parties file (S004:208-214)."""
    advice = ask(directory, rol="jongere", leeftijd=14, situatie="conflict", met="hulpverlener")
    s = step(advice, "vertrouwenspersoon")
    assert "mag ook bemiddeling" not in s.wat_doen
    assert "doen de partijen in het conflict" in s.wat_doen


@pytest.mark.parametrize(
    "rol,own,other",
    [
        ("ouder", "startpunt-ouders", "startpunt-jongere"),
        ("jongere", "startpunt-jongere", "startpunt-ouders"),
    ],
)
@pytest.mark.parametrize("situatie", ["conflict", "gestopt"])
def test_a_party_is_sent_to_its_own_request_page_for_bemiddeling(
    directory, rol, own, other, situatie
) -> None:
    advice = ask(directory, rol=rol, leeftijd=14, situatie=situatie, met="hulpverlener")
    text = step(advice, "bemiddeling").wat_doen
    assert own in text and other not in text
