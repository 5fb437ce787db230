"""Writes that meet: two editors saving the same record at the same moment, and a reader
looking while a revert runs. Real concurrency needs two database connections that block on
each other, so these run on PostgreSQL (SQLite's in-memory test database cannot)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.db.models.signals import post_delete
from django.test import Client

from catalog import services
from catalog.models import ContactPoint, OpeningSlot
from tests.catalog.test_editor_safety import NO_INLINES, change_url, form_data

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs two real connections (PostgreSQL)"
)

KEY = "ocj-aalst"


@pytest.fixture
def catalogue_reloaded_after(django_db_blocker) -> Iterator[None]:
    """These tests commit for real, and the database is emptied after them: load the
    catalogue again for the tests that follow. Requested before `transactional_db`, so it
    runs after that fixture's flush."""
    yield
    with django_db_blocker.unblock():
        call_command("load_catalog", verbosity=0)


def logged_in(name: str) -> Client:
    user = get_user_model().objects.create_superuser(name, f"{name}@example.org", "x" * 16)
    client = Client()
    client.force_login(user)
    return client


def in_threads(*work: Callable[[], object]) -> list[object]:
    """Run each callable in its own thread (its own database connection); their results."""
    results: list[object] = [None] * len(work)

    def run(index: int) -> None:
        try:
            results[index] = work[index]()
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(work))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


@pytest.mark.parametrize("count", [2, 3])
def test_simultaneous_saves_exactly_one_wins(
    catalogue_reloaded_after, transactional_db, monkeypatch, count
):
    point = ContactPoint.objects.get(key=KEY)
    emails = ("eerste@example.org", "tweede@example.org", "derde@example.org")[:count]
    editors = {email: logged_in(email.partition("@")[0]) for email in emails}
    posts = {}
    for email, client in editors.items():
        data = form_data(client.get(change_url(point)))
        data.update(NO_INLINES, email=email)
        posts[email] = data

    # Every save has passed the form's own version check before any writes: only the write
    # layer's conditional UPDATE can stop the others.
    all_checked = threading.Barrier(count, timeout=20)
    claim = services.claim_version

    def claim_together(obj, *, seen):
        if not getattr(threading.current_thread(), "claimed", False):
            threading.current_thread().claimed = True
            all_checked.wait()
        return claim(obj, seen=seen)

    with monkeypatch.context() as patch:
        patch.setattr(services, "claim_version", claim_together)
        responses = in_threads(
            *(
                lambda c=client, d=posts[e]: c.post(change_url(point), d)
                for e, client in editors.items()
            )
        )

    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200] * (count - 1) + [302]
    winner = next(e for e, r in zip(editors, responses, strict=True) if r.status_code == 302)
    for loser, lost in zip(editors, responses, strict=True):
        if loser == winner:
            continue
        page = lost.content.decode()
        assert "Iemand anders heeft dit intussen opgeslagen" in page
        assert loser in page  # each losing editor keeps their input
        assert point.history.filter(email=loser).count() == 0
    point.refresh_from_db()
    assert point.email == winner and point.version == 2


def test_no_reader_sees_a_contact_without_its_hours_during_a_revert(
    catalogue_reloaded_after, transactional_db
):
    point = ContactPoint.objects.get(key="act-oost-vlaanderen")
    hours = sorted(point.opening_slots.values_list("weekday", "opens", "closes"))
    assert hours
    version = point.history.first().history_id
    editor = logged_in("beheer")
    data = form_data(editor.get(change_url(point)))
    data.update(NO_INLINES, regions=["limburg"])
    assert editor.post(change_url(point), data).status_code == 302

    seen: list[int] = []

    def read_while_reverting(sender, instance, **kwargs) -> None:
        # Another connection looks at the contact's hours in the middle of the revert.
        if instance.contact_point_id == point.pk and not seen:
            seen.extend(in_threads(lambda: OpeningSlot.objects.filter(contact_point=point).count()))

    post_delete.connect(read_while_reverting, sender=OpeningSlot)
    try:
        revert_url = f"/admin/catalog/contactpoint/{point.pk}/history/{version}/"
        reverted = form_data(editor.get(revert_url))
        assert editor.post(revert_url, reverted).status_code == 302
    finally:
        post_delete.disconnect(read_while_reverting, sender=OpeningSlot)

    assert seen == [len(hours)]  # the reader saw the hours, never none
    assert sorted(point.opening_slots.values_list("weekday", "opens", "closes")) == hours
    assert list(point.regions.values_list("slug", flat=True)) == ["oost-vlaanderen"]
