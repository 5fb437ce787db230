"""The public "Klopt er iets niet?" form and its review queue in the admin."""

from __future__ import annotations

import pytest
from django.core.cache import caches
from django.core.cache.backends import locmem
from django.test import Client

from catalog.feedback import PER_ADDRESS, PER_SESSION
from catalog.models import ContactPoint, Feedback

pytestmark = pytest.mark.django_db
URL = "/klopt-er-iets-niet/"


@pytest.fixture(autouse=True)
def fresh_limits():
    caches["limits"].clear()
    yield
    caches["limits"].clear()


def test_every_contact_links_to_the_form(client):
    page = client.get("/gemeente/41002/").content.decode()  # Aalst
    assert f'href="{URL}?contact=ocj-aalst"' in page


def test_a_report_lands_in_the_review_queue(client, admin_client_logged_in):
    form = client.get(URL, {"contact": "ocj-aalst"})
    page = form.content.decode()
    assert form.status_code == 200 and "OCJ Aalst" in page
    assert "We vragen geen naam, e-mailadres of telefoonnummer" in page
    response = client.post(
        URL, {"contact": "ocj-aalst", "kind": "telefoon", "correction": "Nu 1 2 3"}
    )
    assert response.status_code == 302 and response["Location"].endswith("/bedankt/")
    report = Feedback.objects.get()
    assert report.contact_point == ContactPoint.objects.get(key="ocj-aalst")
    assert (report.kind, report.correction, report.status) == ("telefoon", "Nu 1 2 3", "nieuw")
    queue = admin_client_logged_in.get("/admin/catalog/feedback/")
    assert "OCJ Aalst" in queue.content.decode()
    admin_client_logged_in.post(
        "/admin/catalog/feedback/", {"action": "accept", "_selected_action": [report.pk]}
    )
    report.refresh_from_db()
    assert report.status == "aanvaard"


def test_bad_input_is_a_400_with_a_dutch_message(client):
    response = client.post(URL, {"contact": "ocj-aalst", "kind": "geheim"})
    assert response.status_code == 400
    assert (
        "Kies wat er niet klopt" in response.content.decode()
        or "geldige" in response.content.decode()
    )
    response = client.post(URL, {"kind": "telefoon", "correction": "x" * 1001})
    assert response.status_code == 400 and "1000 tekens" in response.content.decode()
    assert not Feedback.objects.exists()


def test_the_honeypot_stores_nothing(client):
    response = client.post(URL, {"kind": "uren", "website": "http://spam.example"})
    assert response.status_code == 302
    assert not Feedback.objects.exists()


def test_rate_limit_per_session(client):
    for _ in range(PER_SESSION):
        assert client.post(URL, {"kind": "ander"}).status_code == 302
    response = client.post(URL, {"kind": "ander"})
    assert response.status_code == 429 and "over een uur" in response.content.decode()
    assert Feedback.objects.count() == PER_SESSION


def test_rate_limit_per_address():
    _fill_the_limit()
    assert Client().post(URL, {"kind": "ander"}).status_code == 429


def _fill_the_limit(**address) -> None:
    sent = 0
    while sent < PER_ADDRESS:
        other = Client()  # a new session each time, same address
        for _ in range(min(PER_SESSION, PER_ADDRESS - sent)):
            assert other.post(URL, {"kind": "ander"}, **address).status_code == 302
            sent += 1


def test_the_honeypot_does_not_count_towards_the_limit():
    """A bot filling the honeypot must not bring its address (many people behind one proxy
    or NAT) to the limit."""
    for _ in range(3 * PER_ADDRESS):
        assert Client().post(URL, {"kind": "ander", "website": "x"}).status_code == 302
    assert Client().post(URL, {"kind": "ander"}).status_code == 302
    assert Feedback.objects.count() == 1


def test_behind_the_proxy_the_limit_is_per_client(settings):
    """Behind nginx every request comes from the proxy: the limit must count the address
    nginx saw (the last X-Forwarded-For entry), so one client never blocks the others."""
    settings.PROXY_COUNT = 1
    _fill_the_limit(HTTP_X_FORWARDED_FOR="198.51.100.7")
    made_up = {"HTTP_X_FORWARDED_FOR": "192.0.2.1, 198.51.100.7"}
    response = Client().post(URL, {"kind": "ander"}, **made_up)
    assert response.status_code == 429 and "over een uur" in response.content.decode()
    other = Client().post(URL, {"kind": "ander"}, HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert other.status_code == 302


def test_the_limit_is_shared_by_all_workers():
    """Each gunicorn worker is its own process: a count kept in process memory starts again
    at zero in the next worker. Simulated here by forgetting all of this process's caches."""
    _fill_the_limit()
    locmem._caches.clear()
    locmem._expire_info.clear()
    assert Client().post(URL, {"kind": "ander"}).status_code == 429


def test_no_personal_data_is_stored():
    fields = {f.name for f in Feedback._meta.get_fields()}
    assert fields == {
        "id",
        "contact_point",
        "kind",
        "correction",
        "status",
        "editor_note",
        "created_at",
    }


def test_editors_work_the_review_queue(client, django_user_model):
    from django.contrib.auth.models import Group

    Feedback.objects.create(kind="uren", correction="Nu tot 18 uur")
    user = django_user_model.objects.create_user("redactie", password="x" * 16, is_staff=True)
    user.groups.add(Group.objects.get(name="Redacteur"))
    client.force_login(user)
    queue = client.get("/admin/catalog/feedback/")
    assert queue.status_code == 200 and "Nu tot 18 uur" in queue.content.decode()
