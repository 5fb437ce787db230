"""The public pages: htmx partials, privacy headers, suggestions, the advice page, fuzzing."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from routing import questionnaire as q

HTMX = {"HTTP_HX_REQUEST": "true"}
BABY = [
    {"gevaar": "nee"},
    {"rol": "ouder"},
    {"leeftijd": "0"},
    {"postcode": "8000"},
    {"situatie": ["opvoeding"]},
    {"taal_gezin": "nl"},
]


def finish(client, steps=BABY) -> None:
    for position, data in enumerate(steps, start=1):
        assert client.post(f"/vragen/{position}/", data).status_code == 303


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/vragen/1/"])
def test_pages_are_never_cached(client, url) -> None:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    assert "HX-Request" in response["Vary"]


@pytest.mark.django_db
def test_htmx_gets_only_the_step_with_its_title(client) -> None:
    full = client.get("/vragen/1/").content.decode()
    partial = client.get("/vragen/1/", **HTMX).content.decode()
    assert "<html" in full and "<html" not in partial
    fewest, most = q.question_range({})
    title = f"<title>Vraag 1 van {fewest} tot {most} – Routewijzer jeugdhulp</title>"
    assert partial.lstrip().startswith(title)
    assert 'data-hx-push-url="true"' in partial
    assert len(partial.encode()) < 8 * 1024


@pytest.mark.django_db
def test_htmx_error_is_swapped_but_not_pushed(client) -> None:
    response = client.post("/vragen/1/", {}, **HTMX)
    assert response.status_code == 400
    assert response["HX-Push-Url"] == "false"
    assert "error-summary" in response.content.decode()


@pytest.mark.django_db
def test_history_restore_gets_the_full_page(client) -> None:
    response = client.get("/vragen/1/", HTTP_HX_HISTORY_RESTORE_REQUEST="true", **HTMX)
    assert "<html" in response.content.decode()


@pytest.mark.django_db
def test_place_suggestions(client) -> None:
    page = client.post("/vragen/plaatsen/", {"postcode": "900"}).content.decode()
    assert 'value="44021"' in page and "9000 Gent" in page
    page = client.post("/vragen/plaatsen/", {"postcode": "brug"}).content.decode()
    assert "Brugge" in page
    page = client.post("/vragen/plaatsen/", {"postcode": "4000"}).content.decode()
    assert "ligt buiten Vlaanderen en Brussel" in page
    page = client.post("/vragen/plaatsen/", {"postcode": "1040"}).content.decode()
    assert page.count('name="gemeente"') == 2  # Etterbeek and Brussel
    assert client.post("/vragen/plaatsen/", {"postcode": "x"}).status_code == 200
    assert client.get("/vragen/plaatsen/?postcode=9000").status_code == 405


@pytest.mark.django_db
def test_advice_page(client) -> None:
    finish(client)
    response = client.get("/advies/")
    page = response.content.decode()
    assert response["Cache-Control"] == "no-store"
    assert '<meta name="robots" content="noindex, nofollow">' in page
    assert 'data-vorm="kind-en-gezin"' in page
    assert "<details" in page and "Waarom dit advies?" in page
    # No rule ids or internal references for the public.
    assert "Volgens regel" not in page and "design §" not in page and "contacts.md" not in page
    assert "Opnieuw beginnen" in page
    assert "print-head" in page
    # Urgency in words next to the icon, never colour alone.
    assert "Deze week" in page and "Binnenkort" not in page
    # Nothing of the answers in the title.
    assert "<title>Je advies – Routewijzer jeugdhulp</title>" in page


@pytest.mark.django_db
def test_advice_for_a_professional_uses_professional_wording(client) -> None:
    finish(
        client,
        [
            {"gevaar": "nee"},
            {"rol": "hulpverlener"},
            {"leeftijd": "14"},
            {"postcode": "3500"},
            {"situatie": ["zorgen", "weigert"]},
            {"lopend": "nee"},
            {"beroep": "jeugdhulp"},
            {"taal_gezin": "nl"},
        ],
    )
    page = client.get("/advies/").content.decode()
    assert "Advies: de volgende stappen" in page
    assert 'data-vorm="vk"' in page and 'data-vorm="ocj"' in page
    summary = client.get("/vragen/samenvatting/").content.decode()
    assert "Verontrusting" in summary


@pytest.mark.django_db
def test_not_possible_is_listed_with_its_reason(client) -> None:
    finish(
        client,
        [
            {"gevaar": "nee"},
            {"rol": "ouder"},
            {"leeftijd": "10"},
            {"postcode": "9000"},
            {"situatie": ["conflict"]},
            {"met": "ocj"},
            {"klacht": "nee"},
            {"taal_gezin": "nl"},
        ],
    )
    page = client.get("/advies/").content.decode()
    assert "Wat hier niet kan" in page


@pytest.mark.django_db
def test_methods(client) -> None:
    assert client.put("/vragen/1/").status_code == 405
    assert client.post("/").status_code == 405
    assert client.post("/advies/").status_code == 405


values = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["ja", "nee", "ouder", "school", "9000", "4000", "weet-niet", "crisis"]),
)


@pytest.mark.django_db
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    position=st.integers(min_value=1, max_value=8),
    data=st.dictionaries(
        st.sampled_from(["gevaar", "rol", "leeftijd", "postcode", "gemeente", "situatie", "met"]),
        st.lists(values.filter(lambda s: "\x00" not in s), max_size=3),
        max_size=4,
    ),
    htmx=st.booleans(),
)
def test_fuzzed_steps_never_fail(client, position, data, htmx) -> None:
    finish(client, BABY[: position - 1] if position <= 5 else BABY)
    headers = HTMX if htmx else {}
    response = client.post(f"/vragen/{position}/", data, **headers)
    assert response.status_code in (303, 400)
    for url in ("/vragen/samenvatting/", "/advies/"):
        assert client.get(url).status_code in (200, 303)


@pytest.mark.django_db
def test_after_yes_to_danger_the_next_question_starts_at_the_call_buttons(client) -> None:
    assert client.post("/vragen/1/", {"gevaar": "ja"}).status_code == 303
    second = client.get("/vragen/2/").content.decode()
    assert re.search(r'<section class="danger-box" id="nu-bellen"[^>]*autofocus', second)
    assert 'href="tel:112"' in second and 'href="tel:101"' in second
    assert client.post("/vragen/2/", {"rol": "ouder"}).status_code == 303
    third = client.get("/vragen/3/").content.decode()
    assert 'id="nu-bellen"' in third  # still shown, but focus starts at the question again
    assert not re.search(r'<section class="danger-box" id="nu-bellen"[^>]*autofocus', third)
