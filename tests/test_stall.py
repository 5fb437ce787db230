"""A stalled query stalls only itself: while the catalogue version cannot be read (another
connection holds a lock on its table), each process answers from the catalogue it holds.

The first tests simulate the lock timeout in-process, on any database; the last ones hold a
real lock from a second PostgreSQL connection. The same under gunicorn and nginx:
.ci/stall.py, from .ci/run.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import psycopg
import pytest
from django.db import OperationalError, connection

from catalog import selectors
from catalog.models import CatalogueVersion
from routewijzer import views

pytestmark = pytest.mark.django_db

GENT = "44021"
#: Answered from the catalogue held in memory, or keyed on its version (the open-data export).
LOOKUPS = [f"/api/gemeenten/{GENT}/", "/zoek/?q=gent", "/api/open-data/hsds.json"]
VERSION_TABLE = CatalogueVersion._meta.db_table


def lock_timeout(execute, sql, params, many, context):
    """Fail a read of the version as PostgreSQL does when its lock_timeout runs out: what the
    same string asks before the SELECT (a savepoint, the short limit) is done, the rest not."""
    if VERSION_TABLE in sql:
        before = sql[: sql.index("SELECT")]
        if before.strip():
            execute(before, None, many, context)
        raise OperationalError("canceling statement due to lock timeout") from (
            psycopg.errors.LockNotAvailable("canceling statement due to lock timeout")
        )
    return execute(sql, params, many, context)


@pytest.fixture(autouse=True)
def fresh_process():
    """Each test starts as a new worker: no snapshot, no stall noted yet."""
    selectors.forget_snapshot()


@pytest.fixture
def stall_log(caplog) -> Callable[[], list[logging.LogRecord]]:
    """The records the snapshot's logger wrote."""
    caplog.set_level(logging.INFO, logger=selectors.__name__)
    return lambda: [r for r in caplog.records if r.name == selectors.__name__]


def test_while_the_version_is_locked_lookups_answer_from_the_snapshot_held(client, stall_log):
    warm = {url: client.get(url) for url in LOOKUPS}
    assert all(r.status_code == 200 for r in warm.values())
    with connection.execute_wrapper(lock_timeout):
        for _ in range(3):
            for url in LOOKUPS:
                response = client.get(url)
                assert response.status_code == 200, url
                assert response.content == warm[url].content
    logged = stall_log()
    assert [r.levelname for r in logged] == ["WARNING"]  # once, not once per request
    assert logged[0].exc_info is None
    assert "locked" in logged[0].getMessage()


def test_after_the_lock_the_version_is_read_again(client, stall_log):
    url = f"/api/gemeenten/{GENT}/"
    client.get(url)
    with connection.execute_wrapper(lock_timeout):
        assert client.get(url).status_code == 200
    seen = []
    with connection.execute_wrapper(
        lambda execute, sql, *rest: seen.append(sql) or execute(sql, *rest)
    ):
        assert client.get(url).status_code == 200
    assert any(VERSION_TABLE in sql for sql in seen)
    assert [r.levelname for r in stall_log()] == ["WARNING", "INFO"]
    assert "readable again" in stall_log()[-1].getMessage()


def test_without_a_snapshot_to_fall_back_on_the_answer_is_503(client, monkeypatch):
    monkeypatch.setattr(views, "_last_traceback", {})
    selectors.forget_snapshot()  # a worker that has just started
    client.raise_request_exception = False
    with connection.execute_wrapper(lock_timeout):
        response = client.get(f"/api/gemeenten/{GENT}/")
    assert response.status_code == 503
    assert response["Retry-After"]
    assert response.json()["fouten"]["server"]


def test_an_unreachable_database_is_not_taken_for_a_lock(client, monkeypatch):
    """The fallback is for a lock only: with the database gone, pages still say so (503)."""

    def refuse(execute, sql, params, many, context):
        raise OperationalError("connection to server failed: Connection refused")

    monkeypatch.setattr(views, "_last_traceback", {})
    client.get("/zoek/?q=gent")
    client.raise_request_exception = False
    with connection.execute_wrapper(refuse):
        assert client.get("/zoek/?q=gent").status_code == 503


# --- a real lock, held by a second PostgreSQL connection ------------------------------------

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="a lock held by another PostgreSQL connection"
)


@contextmanager
def version_locked() -> Iterator[None]:
    """`LOCK TABLE ... IN ACCESS EXCLUSIVE MODE` on the version's table from another
    connection (as a migration or a stuck transaction would), released at the end."""
    settings = connection.settings_dict
    other = psycopg.connect(
        host=settings["HOST"] or None,
        port=settings["PORT"] or None,
        user=settings["USER"] or None,
        password=settings["PASSWORD"] or None,
        dbname=settings["NAME"],
        options="-c lock_timeout=3000",  # never wait for the test itself
    )
    try:
        other.execute(f'LOCK TABLE "{VERSION_TABLE}" IN ACCESS EXCLUSIVE MODE')
        yield
    finally:
        other.rollback()
        other.close()


#: Seconds: far under the 5 s statement timeout a request used to wait for, with room for a
#: busy test machine (the check through nginx in CI holds the stricter limits).
QUICK = 2


def timed_get(client, url: str):
    started = time.monotonic()
    response = client.get(url)
    return response, time.monotonic() - started


@on_postgresql
def test_a_real_lock_on_the_version_leaves_lookups_served_quickly(client, stall_log):
    warm = {url: client.get(url).content for url in LOOKUPS}
    with version_locked():
        for url in LOOKUPS * 2:
            response, took = timed_get(client, url)
            assert response.status_code == 200, url
            assert took < QUICK, f"{url} took {took:.1f} s"
            assert response.content == warm[url]
    assert [r.levelname for r in stall_log()] == ["WARNING"]
