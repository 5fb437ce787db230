"""The PostgreSQL health check: skipped right after a query, still done after an idle spell."""

from __future__ import annotations

import pytest
from django.db import connection as default_connection
from django.db import connections

connection = connections["default"]

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        default_connection.vendor != "postgresql", reason="the health check is PostgreSQL's"
    ),
]


@pytest.fixture
def checks(monkeypatch, settings) -> list[bool]:
    """Each health check the connection makes ("SELECT 1"), as it happens."""
    made: list[bool] = []
    connection.ensure_connection()
    usable = connection.is_usable

    def counted() -> bool:
        made.append(True)
        return usable()

    monkeypatch.setattr(connection, "health_check_enabled", True)
    monkeypatch.setattr(connection, "is_usable", counted)
    return made


def next_request() -> None:
    """A new request (Django then allows one health check again), and its first query."""
    connection.health_check_done = False
    with connection.cursor() as cursor:
        cursor.execute("SELECT 2")


def test_a_connection_that_just_answered_is_not_checked_again(checks):
    next_request()
    next_request()
    assert checks == []


def test_a_connection_idle_for_a_while_is_checked_first(checks):
    next_request()
    connection.answered_at -= 5
    next_request()
    assert checks == [True]
