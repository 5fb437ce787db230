"""The questionnaire: which questions apply, validation per step, and the flow through the
Django test client (fast, no browser)."""

from __future__ import annotations

import itertools
import re

import pytest
from django.test import Client

from routing import questionnaire as q
from routing.answer_space import answer_space
from routing.answers import parse_answers

NEUTRAL = re.compile(r"^/(vragen/(\d+|samenvatting)/|advies/)?$")


# --- pure questionnaire ------------------------------------------------------------------------


def keys(answers: dict[str, list[str]]) -> list[str]:
    return [question.key for question in q.applicable(answers)]


def test_base_questions_always_apply() -> None:
    assert keys({}) == ["gevaar", "rol", "leeftijd", "postcode", "situatie"]


@pytest.mark.parametrize(
    ("answers", "follow_ups"),
    [
        ({"situatie": ["conflict"]}, ["met", "taal_gezin"]),
        ({"situatie": ["gestopt"]}, ["met", "taal_gezin"]),
        ({"situatie": ["intensief"]}, ["lopend", "wacht", "taal_gezin"]),
        ({"situatie": ["intensief"], "lopend": ["ja"]}, ["lopend", "taal_gezin"]),
        (
            {"situatie": ["conflict"], "rol": ["ouder"], "leeftijd": ["9"]},
            ["met", "klacht", "taal_gezin"],
        ),
        (
            {"situatie": ["conflict"], "rol": ["ouder"], "leeftijd": ["19"]},
            ["met", "gestopt_18", "taal_gezin"],
        ),
        (
            {"situatie": ["psychisch"], "rol": ["jongere"], "leeftijd": ["17"]},
            ["geheim", "bijna_18", "taal_gezin"],
        ),
        ({"situatie": ["psychisch"], "rol": ["jongere"], "leeftijd": ["11"]}, ["taal_gezin"]),
        # A crisis or thoughts of suicide alone go straight to their numbers.
        ({"situatie": ["crisis"], "rol": ["jongere"], "leeftijd": ["17"]}, []),
        ({"situatie": ["zelfdoding"], "rol": ["ouder"], "leeftijd": ["12"]}, []),
        ({"situatie": ["weigert", "conflict"]}, ["met", "lopend", "taal_gezin"]),
        ({"situatie": ["crisis"], "rol": ["school"]}, ["clb_bereikbaar", "crisis_elders"]),
        (
            {"situatie": ["crisis"], "rol": ["hulpverlener"], "crisis_elders": ["ja"]},
            ["crisis_elders", "crisis_postcode"],
        ),
        ({"situatie": ["crisis"], "rol": ["ouder"]}, []),
        ({"situatie": ["school"], "rol": ["school"]}, ["taal_gezin"]),
    ],
)
def test_only_applicable_follow_ups(answers, follow_ups) -> None:
    assert keys(answers)[5:] == follow_ups


class Reading(dict):
    """Answers that note which keys a question's condition looks at."""

    def __init__(self, answers: dict[str, list[str]]) -> None:
        super().__init__(answers)
        self.read: set[str] = set()

    def get(self, key, default=None):
        self.read.add(key)
        return super().get(key, default)

    def __getitem__(self, key):
        self.read.add(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        self.read.add(key)
        return super().__contains__(key)


def test_which_questions_apply_depends_on_the_decisive_answers_alone() -> None:
    # `applicable` shows the conditions only the decisive answers (and keeps the result per
    # combination of them): a condition on another answer would silently never hold.
    space = answer_space(["44021"])
    for answers in itertools.islice(space, 0, None, 997):
        given = {**answers.to_query(), "taal_gezin": ["fr"], "crisis_postcode": ["1000"]}
        reading = Reading(given)
        asked = [question for question in q.QUESTIONS if question.applies(reading)]
        assert reading.read <= set(q.DECISIVE_KEYS), reading.read - set(q.DECISIVE_KEYS)
        assert q.applicable(given) == asked, given


def test_next_position_and_prune() -> None:
    answers = {"gevaar": ["nee"], "rol": ["ouder"], "leeftijd": ["3"], "postcode": ["9000"]}
    assert q.next_position(answers) == 5
    answers = q.apply_step(answers, q.QUESTIONS_BY_KEY["situatie"], {"situatie": ["conflict"]})
    assert q.next_position(answers) == 6
    answers = q.apply_step(answers, q.QUESTIONS_BY_KEY["met"], {"met": []})  # "weet niet"
    assert q.next_position(answers) == 7  # a parent of a minor: a complaint?
    answers = q.apply_step(answers, q.QUESTIONS_BY_KEY["klacht"], {"klacht": ["nee"]})
    assert q.next_position(answers) == 8  # the language at home
    answers = q.apply_step(answers, q.QUESTIONS_BY_KEY["taal_gezin"], {"taal_gezin": ["nl"]})
    assert q.next_position(answers) is None
    assert parse_answers(answers).met is None
    # Unticking the conflict forgets the follow-up answer.
    answers = q.apply_step(answers, q.QUESTIONS_BY_KEY["situatie"], {"situatie": ["vraag"]})
    assert "met" not in answers and "klacht" not in answers
    assert q.next_position(answers) is None


def test_place_question_answered_by_gemeente_alone() -> None:
    answers = {"gevaar": ["nee"], "rol": ["ouder"], "leeftijd": ["3"], "gemeente": ["44021"]}
    assert q.next_position(answers) == 5


@pytest.mark.parametrize(
    ("key", "submitted", "stored"),
    [
        ("gevaar", ["ja"], ["ja"]),
        ("leeftijd", ["ongeboren"], ["ongeboren"]),
        ("leeftijd", [" 7 "], ["7"]),
        ("situatie", ["weigert", "crisis", "crisis"], ["crisis", "weigert"]),
        ("met", ["weet-niet"], []),
    ],
)
def test_clean_choice_accepts(key, submitted, stored) -> None:
    assert q.clean_choice(q.QUESTIONS_BY_KEY[key], submitted) == {key: stored}


@pytest.mark.parametrize(
    ("key", "submitted"),
    [
        ("gevaar", []),
        ("gevaar", ["misschien"]),
        ("gevaar", ["ja", "nee"]),
        ("leeftijd", ["26"]),
        ("leeftijd", ["-1"]),
        ("situatie", ["crisis", "<script>"]),
        ("rol", ["admin"]),
        ("met", ["politie"]),
    ],
)
def test_clean_choice_rejects_with_dutch_message(key, submitted) -> None:
    with pytest.raises(q.StepError) as error:
        q.clean_choice(q.QUESTIONS_BY_KEY[key], submitted)
    assert error.value.message == q.say(q.QUESTIONS_BY_KEY[key].required, None)


def test_every_option_is_vocabulary_and_parses() -> None:
    base = {"gevaar": ["nee"], "rol": ["ouder"], "leeftijd": ["3"], "postcode": ["9000"]}
    for question in q.QUESTIONS:
        for option in question.options:
            answers = {**base, "situatie": ["conflict", "intensief"], "rol": ["school"]}
            stored = q.clean_choice(question, [option.value])
            parse_answers({**answers, **stored})  # never raises


def test_wording_per_role_has_no_unexplained_abbreviations_for_citizens() -> None:
    """Young people and parents never see CLB, OCJ, VK, SDJ without the words spelled out."""
    abbreviations = re.compile(r"\b(CLB|OCJ|VK|SDJ|CAW|JAC|CGG)\b")
    for rol in ("jongere", "ouder", "andere"):
        for question in q.QUESTIONS:
            if question.key == "clb_bereikbaar":
                continue  # only asked to school staff
            texts = [q.say(question.title, rol), q.say(question.hint, rol)]
            for option in question.options:
                # The hint stands right under its label: together they explain a term.
                texts.append(f"{q.say(option.label, rol)} {q.say(option.hint, rol)}")
            for text in texts:
                for match in abbreviations.finditer(text):
                    assert f"({match.group(1)})" in text, (rol, question.key, text)
    prof = q.QUESTIONS_BY_KEY["situatie"].option_label("intensief", "hulpverlener")
    assert "toegankelijke jeugdhulp" in prof


# --- the flow through the test client ----------------------------------------------------------


def answer(client, position: int, data: dict, htmx: bool = False):
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    return client.post(f"/vragen/{position}/", data, **headers)


PARENT_STOPPED = [
    {"gevaar": "nee"},
    {"rol": "ouder"},
    {"leeftijd": "12"},
    {"postcode": "9000"},
    {"situatie": ["gestopt"]},
    {"met": "hulpverlener"},
    {"taal_gezin": "nl"},
]


@pytest.mark.django_db
def test_full_flow_keeps_only_vocabulary_in_the_session(client) -> None:
    assert client.get("/").status_code == 200
    for position, data in enumerate(PARENT_STOPPED, start=1):
        response = answer(client, position, data)
        assert response.status_code == 303, response.content[:500]
        assert NEUTRAL.match(response["Location"]), response["Location"]
    assert response["Location"] == "/vragen/samenvatting/"
    stored = client.session["antwoorden"]
    assert stored == {
        "gevaar": ["nee"],
        "rol": ["ouder"],
        "leeftijd": ["12"],
        "postcode": ["9000"],
        "situatie": ["gestopt"],
        "met": ["hulpverlener"],
        "taal_gezin": ["nl"],
    }
    summary = client.get("/vragen/samenvatting/")
    assert summary.status_code == 200
    assert "9000 Gent" in summary.content.decode()
    advice = client.get("/advies/")
    assert advice.status_code == 200
    assert 'data-vorm="bemiddeling"' in advice.content.decode()
    assert advice["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_get_shows_the_stored_answer(client) -> None:
    for position, data in enumerate(PARENT_STOPPED[:3], start=1):
        answer(client, position, data)
    page = client.get("/vragen/2/").content.decode()
    assert re.search(r'id="f-rol-ouder"[^>]*checked', page)
    page = client.get("/vragen/3/").content.decode()
    assert '<option value="12" selected>' in page


@pytest.mark.django_db
def test_questions_ahead_of_the_answers_redirect_to_the_first_open_one(client) -> None:
    assert client.get("/vragen/4/")["Location"] == "/vragen/1/"
    assert client.get("/vragen/99/")["Location"] == "/vragen/1/"
    assert client.get("/vragen/0/")["Location"] == "/vragen/1/"
    assert client.get("/advies/")["Location"] == "/vragen/1/"
    assert client.get("/vragen/samenvatting/")["Location"] == "/vragen/1/"
    answer(client, 1, {"gevaar": "ja"})
    assert client.get("/advies/")["Location"] == "/vragen/2/"


@pytest.mark.django_db
def test_changing_an_answer_returns_to_the_summary_or_a_new_follow_up(client) -> None:
    for position, data in enumerate(PARENT_STOPPED, start=1):
        answer(client, position, data)
    assert answer(client, 3, {"leeftijd": "13"})["Location"] == "/vragen/samenvatting/"
    # A new situation brings its follow-up question.
    assert answer(client, 5, {"situatie": ["gestopt", "intensief"]})["Location"] == "/vragen/7/"
    assert answer(client, 7, {"lopend": "ja"})["Location"] == "/vragen/samenvatting/"
    # Dropping the conflict forgets `met`.
    answer(client, 5, {"situatie": ["intensief"]})
    assert "met" not in client.session["antwoorden"]


@pytest.mark.django_db
def test_gevaar_ja_shows_112_and_101_on_the_next_question(client) -> None:
    page = client.get("/vragen/1/").content.decode()
    assert 'href="tel:112"' in page and 'href="tel:101"' in page
    answer(client, 1, {"gevaar": "ja"})
    page = client.get("/vragen/2/").content.decode()
    assert "danger-box" in page and 'href="tel:112"' in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("position", "data", "message"),
    [
        (1, {}, "Kies &#x27;ja&#x27; of &#x27;nee&#x27;"),
        (1, {"gevaar": "misschien"}, "Kies &#x27;ja&#x27; of &#x27;nee&#x27;"),
        (1, {"gevaar": ["ja", "nee"]}, "Kies &#x27;ja&#x27; of &#x27;nee&#x27;"),
    ],
)
def test_invalid_step_is_400_with_linked_error(client, position, data, message) -> None:
    response = answer(client, position, data)
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert 'href="#f-gevaar-ja"' in page
    assert 'aria-describedby="hint-gevaar fout-gevaar"' in page
    assert "<title>Fout: Vraag 1 van 5" in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "status", "stored"),
    [
        ("9000", 303, {"postcode": ["9000"]}),
        (" gent ", 303, {"gemeente": ["44021"]}),
        ("4000", 303, {"postcode": ["4000"]}),  # Luik: outside, still allowed
        ("0999", 400, None),
        ("12345", 400, None),
        ("9999", 400, None),  # no Belgian place
        ("Atlantis", 400, None),
        ("", 400, None),
        ("<script>alert(1)</script>", 400, None),
        ("٩٠٠٠", 400, None),
    ],
)
def test_place_question(client, text, status, stored) -> None:
    for position, data in enumerate(PARENT_STOPPED[:3], start=1):
        answer(client, position, data)
    response = answer(client, 4, {"postcode": text})
    assert response.status_code == status
    if stored is not None:
        saved = client.session["antwoorden"]
        assert {k: saved[k] for k in ("postcode", "gemeente") if k in saved} == stored
    else:
        page = response.content.decode()
        assert 'aria-invalid="true"' in page
        assert "<script>alert" not in page


@pytest.mark.django_db
def test_place_chosen_from_suggestions(client) -> None:
    for position, data in enumerate(PARENT_STOPPED[:3], start=1):
        answer(client, position, data)
    assert answer(client, 4, {"postcode": "104", "gemeente": "21005"}).status_code == 303
    assert client.session["antwoorden"]["gemeente"] == ["21005"]
    assert "postcode" not in client.session["antwoorden"]
    assert answer(client, 4, {"postcode": "", "gemeente": "99999"}).status_code == 400
    assert answer(client, 4, {"postcode": "", "gemeente": "abc"}).status_code == 400


@pytest.mark.django_db
def test_outside_flanders_is_explained(client) -> None:
    for position, data in enumerate(
        [{"gevaar": "nee"}, {"rol": "school"}, {"leeftijd": "9"}, {"postcode": "4000"}], start=1
    ):
        answer(client, position, data)
    page = client.get("/vragen/5/").content.decode()
    assert "ligt buiten Vlaanderen en Brussel" in page
    answer(client, 5, {"situatie": ["crisis"]})
    answer(client, 6, {"clb_bereikbaar": "nee"})
    answer(client, 7, {"crisis_elders": "nee"})
    advice = client.get("/advies/").content.decode()
    assert "buiten Vlaanderen en Brussel" in advice
    assert 'data-vorm="noodnummer-112"' in advice


@pytest.mark.django_db
def test_restart_forgets_everything(client) -> None:
    for position, data in enumerate(PARENT_STOPPED, start=1):
        answer(client, position, data)
    assert client.get("/advies/").status_code == 200
    response = client.post("/opnieuw/")
    assert response.status_code == 303 and response["Location"] == "/"
    assert "antwoorden" not in client.session
    assert client.get("/advies/")["Location"] == "/vragen/1/"
    assert client.get("/opnieuw/").status_code == 405


@pytest.mark.django_db
def test_quick_exit_forgets_everything(client) -> None:
    for position, data in enumerate(PARENT_STOPPED, start=1):
        answer(client, position, data)
    client.post("/snel-weg/")
    assert client.get("/advies/")["Location"] == "/vragen/1/"


@pytest.mark.django_db
def test_tampered_session_never_breaks_the_pages(client) -> None:
    session = client.session
    session["antwoorden"] = {
        "gevaar": ["ja"],
        "rol": "ouder",  # not a list
        "leeftijd": [3],  # not strings
        "postcode": ["9999"],
        "situatie": ["crisis", "bogus"],
        "evil": ["x"],
    }
    session.save()
    for url in ("/", "/vragen/1/", "/vragen/2/", "/vragen/samenvatting/", "/advies/"):
        assert client.get(url).status_code in (200, 303), url


@pytest.mark.django_db
def test_restart_needs_no_form_token_like_snel_weg() -> None:
    # A browser whose form token went stale must still be able to forget its answers.
    strict = Client(enforce_csrf_checks=True)
    for position, data in enumerate(PARENT_STOPPED, start=1):
        token = strict.get(f"/vragen/{position}/").cookies["csrftoken"].value
        strict.post(f"/vragen/{position}/", data, HTTP_X_CSRFTOKEN=token)
    page = strict.get("/advies/").content.decode()
    assert "Opnieuw beginnen" in page and "csrfmiddlewaretoken" not in page
    response = strict.post("/opnieuw/")
    assert response.status_code == 303 and "antwoorden" not in strict.session


# --- the situations people bring, through plain forms (no JavaScript) ----------------------

SEVENTEEN_IN_CONFLICT = [
    {"gevaar": "nee"},
    {"rol": "jongere"},
    {"leeftijd": "17"},
    {"postcode": "9000"},
    {"situatie": ["conflict"]},
    {"met": ["hulpverlener", "sdj"]},
    {"klacht": "ja"},
    {"geheim": "ja"},
    {"bijna_18": "ja"},
    {"taal_gezin": "nl"},
]


@pytest.mark.django_db
def test_situations_can_be_said_and_change_the_advice(client) -> None:
    for position, data in enumerate(SEVENTEEN_IN_CONFLICT, start=1):
        response = answer(client, position, data)
        assert response.status_code == 303, (position, response.content[:300])
    assert response["Location"] == "/vragen/samenvatting/"
    stored = client.session["antwoorden"]
    assert stored["met"] == ["hulpverlener", "sdj"]
    assert (stored["klacht"], stored["geheim"], stored["bijna_18"]) == (["ja"], ["ja"], ["ja"])
    summary = client.get("/vragen/samenvatting/").content.decode()
    assert "Binnenkort 18" in summary and "Zonder dat je ouders het weten" in summary
    advice = client.get("/advies/").content.decode()
    for vorm in ("vertrouwenspersoon", "jac", "caw"):
        assert f'data-vorm="{vorm}"' in advice, vorm
    # A complaint is not a conflict about continuity; the JAC is confidential.
    assert "het recht om te klagen" in advice and "vertrouwelijk" in advice
    assert "Spreek nu al af wat er daarna komt" in advice


@pytest.mark.django_db
def test_a_changed_answer_forgets_the_follow_ups_it_no_longer_asks(client) -> None:
    for position, data in enumerate(SEVENTEEN_IN_CONFLICT, start=1):
        answer(client, position, data)
    # Age 19: no complaint question for an adult, nor "without your parents"; the coming of
    # age is asked the other way round.
    assert answer(client, 3, {"leeftijd": "19"})["Location"] == "/vragen/7/"
    stored = client.session["antwoorden"]
    assert not {"klacht", "geheim", "bijna_18"} & set(stored)
    page = client.get("/vragen/7/").content.decode()
    assert "Stopte je hulp omdat je 18 werd?" in page
    assert answer(client, 7, {"gestopt_18": "ja"})["Location"] == "/vragen/samenvatting/"
    advice = client.get("/advies/").content.decode()
    assert "De jeugdhulp stopte op 18" in advice


@pytest.mark.django_db
def test_several_parties_are_checkboxes_and_dont_know_alone_is_an_answer(client) -> None:
    for position, data in enumerate(SEVENTEEN_IN_CONFLICT[:5], start=1):
        answer(client, position, data)
    page = client.get("/vragen/6/").content.decode()
    assert re.search(r'type="checkbox" id="f-met-sdj"', page)
    assert answer(client, 6, {"met": ["weet-niet"]}).status_code == 303
    assert client.session["antwoorden"]["met"] == []
    answer(client, 6, {"met": ["weet-niet", "ocj"]})
    assert client.session["antwoorden"]["met"] == ["ocj"]
    response = answer(client, 6, {"met": ["rechter"]})
    assert response.status_code == 400
    response = answer(client, 7, {"klacht": "misschien"})
    assert response.status_code == 400
    assert "klacht" in response.content.decode()


# --- where the crisis is, and the language at home (plain forms) -----------------------------


@pytest.mark.django_db
def test_the_place_of_the_crisis_is_a_second_place_question(client) -> None:
    walk = [
        {"gevaar": "nee"},
        {"rol": "hulpverlener"},
        {"leeftijd": "14"},
        {"postcode": "2000"},
        {"situatie": ["crisis"]},
        {"crisis_elders": "ja"},
    ]
    for position, data in enumerate(walk, start=1):
        assert answer(client, position, data).status_code == 303
    page = client.get("/vragen/7/").content.decode()
    assert "Waar is de crisis?" in page and 'id="f-crisis_postcode"' in page
    # The same field names as the home's place question, the same checks and suggestions.
    assert answer(client, 7, {"postcode": "12"}).status_code == 400
    assert answer(client, 7, {"postcode": "9000"})["Location"] == "/vragen/samenvatting/"
    stored = client.session["antwoorden"]
    assert stored["postcode"] == ["2000"] and stored["crisis_postcode"] == ["9000"]
    summary = client.get("/vragen/samenvatting/").content.decode()
    assert "Plaats van de crisis" in summary and "9000 Gent" in summary
    advice = client.get("/advies/").content.decode()
    assert "Gent, waar de crisis is" in advice
    # The crisis is not elsewhere after all: its place is forgotten.
    assert answer(client, 6, {"crisis_elders": "nee"})["Location"] == "/vragen/samenvatting/"
    assert "crisis_postcode" not in client.session["antwoorden"]


@pytest.mark.django_db
def test_the_language_at_home_is_asked_and_read(client) -> None:
    for position, data in enumerate(PARENT_STOPPED[:-1], start=1):
        answer(client, position, data)
    page = client.get("/vragen/7/").content.decode()
    assert "Welke taal spreekt het gezin thuis?" in page
    assert answer(client, 7, {"taal_gezin": "andere"})["Location"] == "/vragen/samenvatting/"
    assert "sociaal tolk" in client.get("/advies/").content.decode()
    fr = client.get("/fr/advies/").content.decode()
    assert "interprète social" in fr
