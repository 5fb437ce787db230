"""Shared fixtures: the test database holds the real catalogue, loaded once per session."""

import os

import pytest
from django.core.management import call_command
from django.test import override_settings

# Fixtures through which a test reaches the database (pytest-django blocks every other test).
DATABASE_FIXTURES = frozenset(
    {
        "db",
        "transactional_db",
        "django_db_reset_sequences",
        "django_db_serialized_rollback",
        "live_server",
        "admin_client",
        "admin_user",
    }
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """With ROUTEWIJZER_DATABASE_TESTS_ONLY=1, run only what can differ between database engines:
    tests that reach the database, and the slow ones that start the app in a subprocess. CI runs
    the whole suite on PostgreSQL and this subset again on SQLite; the rest cannot tell them apart.
    """
    if os.environ.get("ROUTEWIJZER_DATABASE_TESTS_ONLY") != "1":
        return
    keep, drop = [], []
    for item in items:
        reaches_db = item.get_closest_marker("django_db") or item.get_closest_marker("slow")
        uses_fixture = DATABASE_FIXTURES & set(getattr(item, "fixturenames", ()))
        (keep if reaches_db or uses_fixture else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load geography and the catalogue fixtures into the test database once."""
    with django_db_blocker.unblock():
        call_command("load_catalog", verbosity=0)


@pytest.fixture(autouse=True, scope="session")
def sessions_in_a_directory_of_their_own(tmp_path_factory):
    """The tests' sessions go to pytest's temporary directory, not the checkout's."""
    with override_settings(SESSION_FILE_PATH=str(tmp_path_factory.mktemp("sessions"))):
        yield


@pytest.fixture(autouse=True)
def catalogue_checked_on_every_request(settings):
    """Tests write "as another worker" between two calls and expect the change at once."""
    settings.CATALOGUE_RECHECK_SECONDS = 0


@pytest.fixture
def admin_client_logged_in(db, client, django_user_model):
    """A client logged in as a superuser."""
    user = django_user_model.objects.create_superuser("beheer", "beheer@example.org", "x" * 16)
    client.force_login(user)
    return client
