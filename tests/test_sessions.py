"""Sessions and cookies: no answer outlives the visit on the server, no lasting cookie."""

from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.utils import timezone

from tests.routing.test_questionnaire import answer

pytestmark = pytest.mark.django_db


def _session_with_answers(client) -> Session:
    client.get("/")
    assert answer(client, 1, {"gevaar": "nee"}).status_code == 303
    assert answer(client, 2, {"rol": "ouder"}).status_code == 303
    return Session.objects.get(pk=client.cookies["sessionid"].value)


def test_a_session_expires_after_an_hour_without_requests(client):
    session = _session_with_answers(client)
    assert session.get_decoded()  # the answers are in it
    assert session.expire_date <= timezone.now() + timedelta(hours=1)
    cookie = client.cookies["sessionid"]
    assert not cookie["max-age"] and not cookie["expires"]  # gone when the browser closes


def test_using_the_session_renews_the_idle_expiry(client, settings):
    settings.SESSION_RENEW_INTERVAL = 0
    session = _session_with_answers(client)
    Session.objects.filter(pk=session.pk).update(expire_date=timezone.now() + timedelta(minutes=5))
    client.get("/vragen/3/")
    renewed = Session.objects.get(pk=session.pk).expire_date
    assert renewed > timezone.now() + timedelta(minutes=55)


def test_expired_sessions_with_answers_are_deleted_without_an_operator(client, settings):
    settings.SESSION_CLEANUP_INTERVAL = 0
    from django.test import Client

    expired = _session_with_answers(client)
    current = _session_with_answers(Client())
    Session.objects.filter(pk=expired.pk).update(expire_date=timezone.now() - timedelta(seconds=1))
    # Any later request by anyone triggers the cleanup.
    assert Client().get("/robots.txt").status_code == 200
    assert not Session.objects.filter(pk=expired.pk).exists()
    assert Session.objects.filter(pk=current.pk).exists()


def test_the_cleanup_runs_at_a_low_rate(client, settings):
    settings.SESSION_CLEANUP_INTERVAL = 3600
    from django.test import Client

    visitor = Client()
    expired = _session_with_answers(client)
    Session.objects.filter(pk=expired.pk).update(expire_date=timezone.now() - timedelta(seconds=1))
    visitor.get("/robots.txt")
    assert Session.objects.filter(pk=expired.pk).exists()  # not due yet in this process


def test_the_csrf_cookie_ends_with_the_browser(client):
    response = client.get("/vragen/1/")
    cookie = response.cookies["csrftoken"]
    assert cookie.value
    assert not cookie["max-age"] and not cookie["expires"]
    header = str(cookie)
    assert "Max-Age" not in header and "expires" not in header


def test_quick_exit_forgets_the_answers_and_the_csrf_cookie(client):
    session = _session_with_answers(client)
    response = client.post("/snel-weg/")
    assert response.status_code == 303
    assert not Session.objects.filter(pk=session.pk).exists()
    csrf = response.cookies["csrftoken"]
    assert csrf.value == "" and csrf["max-age"] == 0
    assert client.cookies["sessionid"].value == ""
    assert "csrftoken" not in {k for k, v in client.cookies.items() if v.value}


def test_starting_again_forgets_the_answers(client):
    session = _session_with_answers(client)
    assert client.post("/opnieuw/").status_code == 303
    assert not Session.objects.filter(pk=session.pk).exists()


def test_the_expiry_is_renewed_at_most_every_few_minutes(client):
    session = _session_with_answers(client)
    soon = timezone.now() + timedelta(minutes=5)
    Session.objects.filter(pk=session.pk).update(expire_date=soon)
    client.get("/vragen/3/")  # just saved: not saved again
    assert Session.objects.get(pk=session.pk).expire_date == soon


@pytest.mark.parametrize(
    "path", ["/zoek/?q=gent", "/gemeente/44021/", "/regio/", "/regio/antwerpen/", "/hulpvormen/"]
)
def test_looking_something_up_leaves_no_cookie(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert not response.cookies, sorted(response.cookies)


def test_an_expired_session_is_not_read_even_before_the_cleanup(client):
    session = _session_with_answers(client)
    assert client.get("/vragen/samenvatting/").status_code == 303  # answers so far: go on
    Session.objects.filter(pk=session.pk).update(expire_date=timezone.now() - timedelta(seconds=1))
    response = client.get("/advies/")
    assert response.status_code == 303 and response["Location"] == "/vragen/1/"


@pytest.mark.parametrize(
    "value", ["x" * 5000, "a\x00b" * 11, "ABCDEFGHIJKLMNOPQRSTUVWXYZ123456", "é" * 32, "12345678"]
)
def test_a_strange_session_cookie_is_a_fresh_start(client, value):
    client.cookies["sessionid"] = value
    assert client.get("/vragen/1/").status_code == 200
    response = client.get("/advies/")
    assert response.status_code == 303 and response["Location"] == "/vragen/1/"
