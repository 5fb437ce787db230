"""The OpenAPI document at /api/openapi.json, and the API checked against it in-process.

CI also runs schemathesis against the live app under gunicorn (`.ci/run`); this is the quick
version every `make test` runs.
"""

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
