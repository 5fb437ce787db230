"""Fail soft: with the database unreachable, 503 answers that say so, and a quiet log.

The outage is simulated in-process by refusing every query. Recovery without a restart needs
a real server: .ci/run stops and starts PostgreSQL under requests against bin/start
(.ci/outage.py).
"""

import io
import json
import logging

import pytest
from django.db import OperationalError, connection

from routewijzer import views
from routewijzer.logs import JsonFormatter

pytestmark = pytest.mark.django_db

API = "/api/advies/?gevaar=nee&rol=ouder&leeftijd=12&postcode=9000&situatie=conflict"


def refuse(execute, sql, params, many, context):
    raise OperationalError("connection to server failed: Connection refused")


@pytest.fixture
def outage(client, monkeypatch):
    """A client whose every database query fails, and the log lines written meanwhile."""
    monkeypatch.setattr(views, "_last_traceback", {})
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    client.raise_request_exception = False
    try:
        with connection.execute_wrapper(refuse):
            yield client, lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    finally:
        root.removeHandler(handler)


def test_the_json_api_answers_503_in_json_with_retry_after(outage):
    client, _ = outage
    for url in [API, "/api/gemeenten/44021/", "/api/open-data/hsds.json"]:
        response = client.get(url)
        assert response.status_code == 503, url
        assert response["Content-Type"].startswith("application/json")
        assert int(response["Retry-After"]) > 0
        assert response.json()["fouten"]["server"]


@pytest.mark.parametrize("url", ["/vragen/1/", "/zoek/?q=gent", "/gemeente/44021/", "/regio/"])
def test_pages_answer_a_dutch_503_page(outage, url):
    client, _ = outage
    response = client.get(url)
    assert response.status_code == 503
    assert response["Content-Type"].startswith("text/html")
    assert "Routewijzer werkt even niet" in response.content.decode()
    assert response["Retry-After"]


def test_the_health_check_answers_503(outage):
    client, _ = outage
    assert client.get("/gezond/").status_code == 503


def test_one_line_per_failed_request_and_one_traceback_per_kind(outage):
    client, lines = outage
    for _ in range(5):
        client.get(API)
        client.get("/zoek/?q=gent")
    # Besides: at most one note that the session cleanup (due once per interval) failed.
    logged = [r for r in lines() if r["logger"] != "routewijzer.middleware"]
    requests = [r for r in logged if r["logger"] == "routewijzer.request"]
    assert len(requests) == 10
    assert all(r["status"] == 503 for r in requests)
    assert {r["error"] for r in requests} == {"django.db.utils.OperationalError"}
    assert sum("exception" in r for r in logged) == 1
    assert len(logged) == 11  # one line per request, one traceback


def test_other_server_errors_stay_500(client, monkeypatch):
    import routing.web.api

    monkeypatch.setattr(views, "_last_traceback", {})

    def broken(*args, **kwargs):
        raise RuntimeError("kapot")

    monkeypatch.setattr(routing.web.api, "advise", broken)
    client.raise_request_exception = False
    response = client.get(API)
    assert response.status_code == 500
    assert "Retry-After" not in response


def test_the_health_check_logs_one_line(outage):
    client, lines = outage
    client.get("/gezond/")
    logged = [r for r in lines() if r["logger"] != "routewijzer.middleware"]
    assert [r["logger"] for r in logged] == ["routewijzer.request"]
