"""Every error page keeps "Snel weg": visible, a plain form (no JavaScript needed), and the
server-error pages (500, 503) render and leave without the database."""

from __future__ import annotations

import uuid
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.db import OperationalError, connection
from django.test import Client
from django.urls import reverse

import catalog.views
from catalog import selectors
from routewijzer import views

pytestmark = pytest.mark.django_db


class QuickExitForms(HTMLParser):
    """The quick-exit forms of a page: their attributes, their buttons' texts, and whether
    they come before the page's <main>."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict] = []
        self.in_form: dict | None = None
        self.in_button = False
        self.seen_main = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "main":
            self.seen_main = True
        elif tag == "form" and "quick-exit" in (attributes.get("class") or "").split():
            self.in_form = {**attributes, "buttons": [], "before_main": not self.seen_main}
            self.forms.append(self.in_form)
        elif tag == "button" and self.in_form is not None:
            self.in_button = attributes.get("type", "submit") == "submit" and (
                "hidden" not in attributes
            )
            if self.in_button:
                self.in_form["buttons"].append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self.in_form = None
        elif tag == "button":
            self.in_button = False

    def handle_data(self, data: str) -> None:
        if self.in_button and self.in_form is not None:
            self.in_form["buttons"][-1] += data


def assert_quick_exit(response) -> None:
    """The page has one quick-exit form before its content: a POST to the quick-exit view with
    a visible "Snel weg" submit button."""
    parser = QuickExitForms()
    parser.feed(response.content.decode())
    assert len(parser.forms) == 1, parser.forms
    form = parser.forms[0]
    assert form["method"] == "post"
    assert form["action"] == reverse("quick-exit")
    assert "hidden" not in form
    assert [b.strip() for b in form["buttons"]] == ["Snel weg"]
    assert form["before_main"]


def refuse(execute, sql, params, many, context):
    raise OperationalError("connection to server failed: Connection refused")


@pytest.fixture
def failing(monkeypatch) -> Client:
    """A client that gets the error pages instead of exceptions; /zoek/ raises a bug."""

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("kapot")

    # No traceback in the log: this is the expected error of the test.
    monkeypatch.setattr(views, "_last_traceback", {"builtins.RuntimeError": float("inf")})
    monkeypatch.setattr(catalog.views, "find", broken)
    return Client(raise_request_exception=False)


def test_400_page_has_snel_weg(client) -> None:
    response = client.get("/", HTTP_HOST="bestaat.niet.example")
    assert response.status_code == 400
    assert_quick_exit(response)


def test_403_csrf_page_has_snel_weg() -> None:
    response = Client(enforce_csrf_checks=True).post("/vragen/1/", {"gevaar": "nee"})
    assert response.status_code == 403
    assert "Je formulier is verlopen" in response.content.decode()
    assert_quick_exit(response)


def test_404_page_has_snel_weg(client) -> None:
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert_quick_exit(response)


def test_500_page_has_snel_weg_and_needs_no_database(failing, settings) -> None:
    # The catalogue is in memory and current (as between two version checks in production),
    # and no page is kept for this address (the view must run).
    settings.CATALOGUE_RECHECK_SECONDS = 60
    selectors.snapshot()
    # Every query fails: a page that touched the database would become the 503 page.
    with connection.execute_wrapper(refuse):
        response = failing.get(f"/zoek/?q=gent&nooit-bewaard={uuid.uuid4().hex}")
    assert response.status_code == 500
    assert "Er ging iets mis bij ons" in response.content.decode()
    assert_quick_exit(response)


def test_503_page_has_snel_weg(failing) -> None:
    with connection.execute_wrapper(refuse):
        response = failing.get("/regio/")
    assert response.status_code == 503
    assert "Routewijzer werkt even niet" in response.content.decode()
    assert_quick_exit(response)


def test_snel_weg_leaves_and_forgets_even_while_the_database_is_down(client) -> None:
    """The 503 page's "Snel weg" is pressed while the database is down: the visitor still
    leaves at once, and the browser forgets the session and the CSRF cookie."""
    assert client.post("/vragen/1/", {"gevaar": "ja"}).status_code == 303
    client.get("/vragen/2/")  # sets the CSRF cookie
    assert {settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME} <= set(client.cookies)
    client.raise_request_exception = False
    with connection.execute_wrapper(refuse):
        response = client.post(reverse("quick-exit"))
    assert response.status_code == 303
    assert response["Location"] == settings.QUICK_EXIT_URL
    assert response.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == 0
    assert response.cookies[settings.CSRF_COOKIE_NAME]["max-age"] == 0
