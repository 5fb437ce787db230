"""Fixtures for the pure-Python routing tests (no database)."""

import pytest

from tests.routing.fake_directory import FakeDirectory


@pytest.fixture
def directory() -> FakeDirectory:
    """A fresh in-memory directory."""
    return FakeDirectory()
