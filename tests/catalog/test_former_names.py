"""Former municipality names (2019 and 2025 mergers): loaded from the fixture with their
source, found by the one place finder on /zoek/ and in the questionnaire's place question."""

from __future__ import annotations

import re

import pytest

from catalog import importer
from catalog.models import FormerMunicipalityName, Municipality
from catalog.search import Outcome, exact_name, search
from tests.routing.asking import finish_through_http

pytestmark = pytest.mark.django_db

ROWS = importer.load_fixture("former_municipalities.toml")["former_name"]
BEFORE_PLACE = [{"gevaar": "nee"}, {"rol": "ouder"}, {"leeftijd": "7"}]


def nis_of(name: str) -> str:
    return Municipality.objects.get(name_nl=name).nis


def text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def at_place_question(client) -> str:
    for position, data in enumerate(BEFORE_PLACE, start=1):
        assert client.post(f"/vragen/{position}/", data).status_code == 303
    return f"/vragen/{len(BEFORE_PLACE) + 1}/"


@pytest.mark.parametrize("row", ROWS, ids=[row["name"] for row in ROWS])
def test_every_former_name_finds_todays_municipality(row) -> None:
    for typed in (row["name"], row["name"].upper(), row["name"].replace("-", " ").lower()):
        result = search(typed)
        assert result.outcome == Outcome.FOUND, typed
        first = result.places[0]
        assert (first.name, first.former_name) == (row["municipality"], row["name"])
        assert first.merged_on == row["merged_on"]
        assert exact_name(result) == first


@pytest.mark.parametrize(
    ("former", "current", "since"),
    [
        ("Meulebeke", "Tielt", "1 januari 2025"),
        ("Moerbeke", "Lokeren", "1 januari 2025"),
        ("Zwijndrecht", "Beveren-Kruibeke-Zwijndrecht", "1 januari 2025"),
        ("Nevele", "Deinze", "1 januari 2019"),
        ("Borsbeek", "Antwerpen", "1 januari 2025"),
        ("Gooik", "Pajottegem", "1 januari 2025"),
        ("Kortessem", "Hasselt", "1 januari 2025"),
        ("Knesselare", "Aalter", "1 januari 2019"),
    ],
)
def test_the_lookup_shows_the_former_name_and_today_s_municipality(
    client, former, current, since
) -> None:
    for partial in (False, True):
        headers = {"HX-Request": "true"} if partial else {}
        page = text(client.get("/zoek/", {"q": former}, headers=headers))
        assert f"{former} → nu {current} (sinds {since})" in page
        assert f'href="/gemeente/{nis_of(current)}/"' in page
        assert "Niets gevonden" not in page


def test_meulebeke_is_tielt_and_never_lebbeke(client) -> None:
    page = text(client.get("/zoek/", {"q": "Meulebeke"}))
    assert "Lebbeke" not in page and "Bedoel je" not in page
    suggestions = text(client.post("/vragen/plaatsen/", {"postcode": "Meulebeke"}))
    assert "Lebbeke" not in suggestions
    assert f'value="{nis_of("Tielt")}"' in suggestions
    assert "Meulebeke → nu Tielt (sinds 1 januari 2025)" in suggestions


def test_a_typo_in_a_former_name_proposes_it_first(client) -> None:
    result = search("Meulebek")
    assert result.outcome == Outcome.FOUND  # a prefix of the former name
    assert result.places[0].name == "Tielt"
    typo = search("Meulebeek")
    assert typo.outcome == Outcome.NOTHING
    assert (typo.close[0].name, typo.close[0].former_name) == ("Tielt", "Meulebeke")
    page = text(client.get("/zoek/", {"q": "Meulebeek"}))
    assert "Bedoel je" in page and "Meulebeke → nu Tielt" in page


def test_a_former_name_answers_the_place_question_without_javascript(client) -> None:
    url = at_place_question(client)
    assert client.post(url, {"postcode": "Meulebeke"}).status_code == 303
    client.post(f"/vragen/{len(BEFORE_PLACE) + 2}/", {"situatie": ["opvoeding"]})
    finish_through_http(client)
    summary = text(client.get("/vragen/samenvatting/", follow=True))
    assert "Tielt" in summary and "Lebbeke" not in summary


def test_a_former_name_answers_the_place_question_with_a_suggestion(client) -> None:
    url = at_place_question(client)
    suggestions = text(client.post("/vragen/plaatsen/", {"postcode": "zwijndrecht"}))
    nis = nis_of("Beveren-Kruibeke-Zwijndrecht")
    assert re.search(rf'name="gemeente" value="{nis}"[^>]*> ?Zwijndrecht → nu', suggestions)
    assert client.post(url, {"postcode": "zwijndrecht", "gemeente": nis}).status_code == 303


def test_own_names_still_win() -> None:
    assert search("Tielt").places[0].former_name == ""
    assert search("Aalter").places[0].former_name == ""  # Aalter kept its name
    result = search("Merelbeke")  # former name, part of today's "Merelbeke-Melle"
    assert [p.name for p in result.places].count("Merelbeke-Melle") == 1


def test_loading_twice_gives_the_same_counts() -> None:
    first = importer.load_catalog()
    second = importer.load_catalog()
    assert first.totals == second.totals
    assert second.totals["vroegere gemeente"] == len(ROWS) == 35
    assert not second.created.get("vroegere gemeente")
    assert not second.updated.get("vroegere gemeente")
    stored = FormerMunicipalityName.objects.get(name="Meulebeke")
    assert stored.municipality.name_nl == "Tielt"
    assert stored.source_url.startswith("https://www.vlaanderen.be/")


def test_an_edit_in_the_database_is_kept(monkeypatch) -> None:
    FormerMunicipalityName.objects.filter(name="Nevele").update(source="nagekeken bron")
    report = importer.load_catalog()
    assert FormerMunicipalityName.objects.get(name="Nevele").source == "nagekeken bron"
    assert [(c.key, c.field) for c in report.conflicts] == [("Nevele", "source")]


def test_an_unknown_current_municipality_stops_the_load(monkeypatch) -> None:
    rows = [dict(ROWS[0], municipality="Nergensdorp")]
    original = importer.load_fixture
    monkeypatch.setattr(
        importer,
        "load_fixture",
        lambda name: (
            {"former_name": rows} if name == "former_municipalities.toml" else original(name)
        ),
    )
    with pytest.raises(ValueError, match="Nergensdorp"):
        importer.load_catalog()


def test_a_new_former_name_is_found_at_once() -> None:
    assert search("Oudeplaats").outcome == Outcome.NOTHING
    FormerMunicipalityName.objects.create(
        name="Oudeplaats",
        municipality_id=nis_of("Gent"),
        merged_on="2025-01-01",
        source="test",
    )
    assert search("Oudeplaats").places[0].name == "Gent"


def test_the_admin_lists_former_names_read_only(admin_client_logged_in) -> None:
    page = admin_client_logged_in.get("/admin/catalog/formermunicipalityname/")
    assert page.status_code == 200
    assert (
        "Meulebeke" in page.content.decode() and "vroegere gemeentenamen" in page.content.decode()
    )
    assert (
        admin_client_logged_in.get("/admin/catalog/formermunicipalityname/add/").status_code == 403
    )
