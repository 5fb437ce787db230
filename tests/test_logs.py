"""Structured request logs, and no answer or other personal data in them."""

import io
import json
import logging

import pytest
from django.conf import settings
from django.utils.log import configure_logging

from routewijzer.logs import JsonFormatter
from tests.routing.asking import finish_through_http
from tests.routing.test_questionnaire import answer

pytestmark = pytest.mark.django_db

#: Distinctive answers: none of these strings may reach the logs.
WALK = [
    {"gevaar": "nee"},
    {"rol": "jongere"},
    {"leeftijd": "17"},
    {"postcode": "3500"},
    {"situatie": ["psychisch", "conflict"]},
    {"met": "toegangspoort"},
]
ANSWER_VALUES = ["jongere", "3500", "Hasselt", "psychisch", "conflict", "toegangspoort"]


@pytest.fixture
def log_lines():
    """Everything logged during the test, as the production JSON formatter writes it."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    try:
        yield lambda: [line for line in stream.getvalue().splitlines() if line]
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


def test_one_json_line_per_request_with_route_status_and_duration(client, log_lines):
    client.get("/gemeente/44021/")
    lines = [json.loads(line) for line in log_lines()]
    requests = [r for r in lines if r["logger"] == "routewijzer.request"]
    assert len(requests) == 1
    entry = requests[0]
    assert entry["method"] == "GET" and entry["status"] == 200
    assert entry["route"] == "gemeente/<str:nis>/"
    assert entry["view"] == "catalog:municipality"
    assert entry["duration_ms"] >= 0
    assert set(entry) == {
        "time", "level", "logger", "message", "method", "path", "route", "view", "status",
        "duration_ms", "htmx",
    }  # fmt: skip


def test_a_questionnaire_walk_leaves_no_answer_in_the_logs(client, log_lines):
    client.get("/")
    for position, data in enumerate(WALK, start=1):
        assert answer(client, position, data).status_code == 303
    finish_through_http(client)
    assert client.get("/vragen/samenvatting/").status_code == 200
    assert client.get("/advies/").status_code == 200
    query = "gevaar=nee&rol=jongere&leeftijd=17&postcode=3500&situatie=psychisch"
    assert client.get(f"/api/advies/?{query}").status_code == 200
    assert client.get("/zoek/?q=3500").status_code == 200
    assert client.get("/vragen/4/?q=3500", HTTP_HX_REQUEST="true").status_code < 500
    # Errors too: a wrong answer and an unknown URL.
    assert answer(client, 3, {"leeftijd": "jongere-3500"}).status_code == 400
    client.get("/bestaat-niet/?postcode=3500")
    text = "\n".join(log_lines())
    assert text.count('"logger": "routewijzer.request"') >= 12
    for value in ANSWER_VALUES:
        assert value not in text, value
    assert "?" not in text  # never a query string
    assert "sessionid" not in text and "csrftoken" not in text
    assert "127.0.0.1" not in text  # no client address


def test_server_errors_are_logged_as_errors_without_the_request(client, log_lines, monkeypatch):
    import routing.web.api
    from routewijzer import views

    monkeypatch.setattr(views, "_last_traceback", {})  # no traceback from an earlier test

    def broken(*args, **kwargs):
        raise RuntimeError("kapot")

    monkeypatch.setattr(routing.web.api, "advise", broken)
    client.raise_request_exception = False
    query = "gevaar=nee&rol=jongere&leeftijd=17&postcode=3500&situatie=psychisch"
    assert client.get(f"/api/advies/?{query}").status_code == 500
    lines = [json.loads(line) for line in log_lines()]
    assert any(r["level"] == "error" and "exception" in r for r in lines)
    assert any(r["logger"] == "routewijzer.request" and r["status"] == 500 for r in lines)
    text = "\n".join(log_lines())
    assert "3500" not in text and "psychisch" not in text


@pytest.fixture
def logging_configured_twice():
    """As when anything runs django.setup() again: each logger filter is added once more."""
    configure_logging(settings.LOGGING_CONFIG, settings.LOGGING)


def test_a_refused_host_header_is_one_short_warning_a_minute(
    logging_configured_twice, client, log_lines, monkeypatch
):
    """A Host header outside ALLOWED_HOSTS: Django logged the whole header twice with a
    traceback at error level, for every such request (29 KB for 7,000 characters)."""
    from routewijzer import views

    monkeypatch.setattr(views, "_last_traceback", {})  # nothing logged by an earlier test
    host = "x" * 7000
    assert [client.get("/", HTTP_HOST=host).status_code for _ in range(3)] == [400] * 3
    lines = [json.loads(line) for line in log_lines()]
    refusals = [r for r in lines if r["logger"] == "django.security.DisallowedHost"]
    assert len(refusals) == 1  # rate-limited: one a minute, not one per request
    assert refusals[0]["level"] == "warning" and "exception" not in refusals[0]
    assert all(r["level"] != "error" for r in lines)
    assert [r["status"] for r in lines if r["logger"] == "routewijzer.request"] == [400] * 3
    assert sum(len(line) for line in log_lines()) < 2000
