"""The place question and /zoek/ share one place finder: formats people type, typos, errors."""

from __future__ import annotations

import re

import pytest

from tests.routing.asking import finish_through_http

pytestmark = pytest.mark.django_db

BEFORE_PLACE = [{"gevaar": "nee"}, {"rol": "ouder"}, {"leeftijd": "7"}]


def at_place_question(client) -> str:
    for position, data in enumerate(BEFORE_PLACE, start=1):
        assert client.post(f"/vragen/{position}/", data).status_code == 303
    return f"/vragen/{len(BEFORE_PLACE) + 1}/"


def summary_place(client) -> str:
    finish_through_http(client)
    page = client.get("/vragen/samenvatting/", follow=True).content.decode()
    return re.sub(r"\s+", " ", page)


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("9000 Gent", "Gent"),
        ("9 000", "Gent"),
        ("sint niklaas", "Sint-Niklaas"),
        ("SINT-NIKLAAS", "Sint-Niklaas"),
        ("Gand", "Gent"),
        ("1040 Etterbeek", "Etterbeek"),
    ],
)
def test_place_formats_are_accepted_without_javascript(client, typed, shown) -> None:
    url = at_place_question(client)
    response = client.post(url, {"postcode": typed})
    assert response.status_code == 303, response.content.decode()[:2000]
    client.post(f"/vragen/{len(BEFORE_PLACE) + 2}/", {"situatie": ["opvoeding"]})
    assert shown in summary_place(client)


def test_a_typo_gets_did_you_mean_buttons_that_work_without_javascript(client) -> None:
    url = at_place_question(client)
    response = client.post(url, {"postcode": "Gnet"})
    page = response.content.decode()
    assert response.status_code == 400
    assert "We vinden die gemeente niet" in page and "Er ontbreekt nog iets" not in page
    assert "Bedoel je" in page
    assert re.search(r'name="gemeente" value="44021"[^>]*>\s*9000 Gent', page)
    assert "postcode" in page.lower()
    # The button is a normal submit: choosing it answers the question.
    assert client.post(url, {"postcode": "Gnet", "gemeente": "44021"}).status_code == 303


def test_empty_place_says_something_is_missing(client) -> None:
    url = at_place_question(client)
    page = client.post(url, {"postcode": ""}).content.decode()
    assert "Er ontbreekt nog iets" in page and "We vinden die gemeente niet" not in page


@pytest.mark.parametrize("typed", ["Antwerepn", "Sint Niklas"])
def test_typos_on_the_lookup_get_proposals(client, typed) -> None:
    page = client.get("/zoek/", {"q": typed}).content.decode()
    assert "Bedoel je" in page
    assert "Antwerpen" in page or "Sint-Niklaas" in page
    assert "postcode" in page


def test_suggestions_show_the_format_the_field_accepts(client) -> None:
    page = client.post("/vragen/plaatsen/", {"postcode": "gent"}).content.decode()
    assert "9000 Gent" in page


def test_place_outside_flanders_and_brussels_is_not_a_dead_end(client) -> None:
    url = at_place_question(client)
    assert client.post(url, {"postcode": "4000"}).status_code == 303
    page = client.get("/gemeente/62063/").content.decode()
    assert "112" in page and "101" in page


@pytest.mark.parametrize(
    "typed,heading",
    [
        ("", "Er ontbreekt nog iets"),
        ("   ", "Er ontbreekt nog iets"),
        ("Sint", "Welke gemeente bedoel je?"),
        ("Gnet", "We vinden die gemeente niet"),
    ],
)
def test_place_error_heading_says_what_is_wrong(client, typed, heading):
    for position, data in enumerate(
        [{"gevaar": "nee"}, {"rol": "ouder"}, {"leeftijd": "10"}], start=1
    ):
        assert client.post(f"/vragen/{position}/", data).status_code == 303
    response = client.post("/vragen/4/", {"postcode": typed})
    assert response.status_code == 400
    assert f'<h2 id="fout-titel">{heading}</h2>' in response.content.decode()


@pytest.mark.parametrize(
    "typed,municipality",
    [
        ("Heverlee", "Leuven"),
        ("Kessel-Lo", "Leuven"),
        ("Wilrijk", "Antwerpen"),
        ("Borgerhout", "Antwerpen"),
    ],
)
def test_a_deelgemeente_leads_to_its_municipality(client, typed, municipality) -> None:
    # From the sourced list of postal localities: the deelgemeente is found by its own name,
    # and a municipality whose name merely contains it ("Oud-Heverlee") is not offered.
    page = re.sub(r"\s+", " ", client.get("/zoek/", {"q": typed}).content.decode())
    assert f"{typed}, deel van {municipality}" in page
    suggestions = client.post("/vragen/plaatsen/", {"postcode": typed}).content.decode()
    assert f"{typed}, deel van {municipality}" in suggestions
    assert "Oud-Heverlee" not in page and "Oud-Heverlee" not in suggestions
    url = at_place_question(client)
    response = client.post(url, {"postcode": typed})
    assert response.status_code == 303
    client.post(f"/vragen/{len(BEFORE_PLACE) + 2}/", {"situatie": ["opvoeding"]})
    assert municipality in summary_place(client)


def test_a_locality_name_shared_by_two_places_asks_which(client) -> None:
    # "Berchem" is part of Antwerpen (2600) and of Kluisbergen (9690): both are offered,
    # before Sint-Agatha-Berchem, whose French name only starts with it.
    suggestions = client.post("/vragen/plaatsen/", {"postcode": "Berchem"}).content.decode()
    antwerpen = suggestions.index("2600 Berchem, deel van Antwerpen")
    kluisbergen = suggestions.index("9690 Berchem, deel van Kluisbergen")
    assert max(antwerpen, kluisbergen) < suggestions.index("Sint-Agatha-Berchem")
    url = at_place_question(client)
    assert client.post(url, {"postcode": "Berchem"}).status_code == 400


def test_a_former_municipality_wins_over_a_locality_of_the_same_name(client) -> None:
    # Beveren merged in 2025; Roeselare also has a part called Beveren (8800).
    url = at_place_question(client)
    assert client.post(url, {"postcode": "Beveren"}).status_code == 303


def test_a_whole_municipality_name_is_found_without_a_postcode_hint(client) -> None:
    page = re.sub(r"\s+", " ", client.get("/zoek/", {"q": "Oud-Heverlee"}).content.decode())
    assert "1 gemeente gevonden" in page
    assert "deelgemeente" not in page.split("resultaten")[-1].split("Meer overzichten")[0]
    suggestions = client.post("/vragen/plaatsen/", {"postcode": "Gent"}).content.decode()
    assert "deelgemeente" not in suggestions
