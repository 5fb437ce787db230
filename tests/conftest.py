"""Shared fixtures: the test database holds the real catalogue, loaded once per session."""

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load geography and the catalogue fixtures into the test database once."""
    with django_db_blocker.unblock():
        call_command("load_catalog", verbosity=0)


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
