"""The OpenAPI document at /api/openapi.json, and the API checked against it in-process.

CI also runs schemathesis against the live app under gunicorn (`.ci/run`); this is the quick
version every `make test` runs.
"""

from urllib.parse import quote

import jsonschema
import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from routewijzer.wsgi import application

pytestmark = pytest.mark.django_db


def test_the_document_is_served_and_names_every_api(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    document = response.json()
    assert document["openapi"].startswith("3.")
    assert {"/api/advies/", "/api/gemeenten/{nis}/", "/api/open-data/hsds.json"} <= set(
        document["paths"]
    )


def _parameters(client) -> list[dict]:
    document = client.get("/api/openapi.json").json()
    return [
        parameter
        for path in document["paths"].values()
        for operation in path.values()
        for parameter in operation.get("parameters", [])
    ]


def test_every_parameter_says_which_values_it_takes(client):
    """A parameter without a pattern or a list of values lets any string pass as valid, which
    the API then refuses: clients and fuzzers cannot tell a good value from a bad one."""
    for parameter in _parameters(client):
        schema = parameter["schema"]
        schema = schema.get("items", schema)
        assert "pattern" in schema or "enum" in schema, parameter["name"]


@pytest.mark.parametrize("nis", ["0", "4402", "440210", "4402a", " 44021", "44021", "99999"])
def test_the_nis_pattern_allows_what_the_api_reads_as_a_nis_code(client, nis):
    """Schema-valid means not refused as malformed (400); a well-formed unknown code is 404."""
    (parameter,) = [p for p in _parameters(client) if p["name"] == "nis"]
    valid = jsonschema.Draft202012Validator(parameter["schema"]).is_valid(nis)
    status = client.get(f"/api/gemeenten/{quote(nis)}/").status_code
    assert valid == (status != 400), (nis, status)


schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)


@pytest.fixture
def keep_test_connection():
    """Like Django's test client: the WSGI app must not close the test's database connection
    at the end of each request (on PostgreSQL that ends the test transaction)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.include(path_regex="^/api/(advies|gemeenten)").parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much],
)
def test_the_api_follows_its_document(case, db, keep_test_connection):
    response = case.call(headers={"Accept-Encoding": "identity"})  # no gzip in-process
    assert response.status_code < 500
    case.validate_response(
        response,
        excluded_checks=[schemathesis.checks.positive_data_acceptance],
    )
