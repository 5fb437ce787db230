"""Lookup pages kept in memory per catalogue version: an edit shows at once, fragments and
full pages are kept apart, and nothing personal is ever kept."""

import pytest
from django.http import HttpResponse
from django.middleware.csrf import get_token

from catalog.models import Municipality, SupportForm
from catalog.page_cache import PageStore

pytestmark = pytest.mark.django_db


def test_the_same_search_twice_gives_the_same_page(client):
    first = client.get("/zoek/", {"q": "gent"})
    second = client.get("/zoek/", {"q": "gent"})
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    assert second["Content-Type"] == first["Content-Type"]
    assert "HX-Request" in second["Vary"]


def test_an_htmx_fragment_and_the_full_page_are_kept_apart(client):
    full = client.get("/zoek/", {"q": "gent"}).content.decode()
    fragment = client.get("/zoek/", {"q": "gent"}, HTTP_HX_REQUEST="true").content.decode()
    again = client.get("/zoek/", {"q": "gent"}).content.decode()
    assert "<html" in full and "<html" not in fragment and "<html" in again
    assert "Gent" in fragment


def test_an_editors_change_shows_on_the_next_request(admin_client_logged_in, client):
    assert "Gentse Testnaam" not in client.get("/zoek/", {"q": "gent"}).content.decode()
    gent = Municipality.objects.get(nis="44021")
    gent.name_fr = "Gentse Testnaam"
    gent.save()  # as the admin does: the catalogue version changes
    assert "Gentse Testnaam" in client.get("/zoek/", {"q": "gent"}).content.decode()

    form = SupportForm.objects.get(slug="ocj")
    before = client.get("/hulpvormen/").content.decode()
    form.name = "Ondersteuningscentrum Jeugdzorg (nieuwe naam)"
    form.save()
    after = client.get("/hulpvormen/").content.decode()
    assert "(nieuwe naam)" not in before and "(nieuwe naam)" in after


def test_answers_and_pages_with_a_form_are_never_kept(client):
    # The questionnaire sets the CSRF cookie and stores answers: each visitor gets their own.
    first = client.get("/vragen/1/")
    assert first.cookies.get("csrftoken")
    other = client.__class__()
    assert other.get("/vragen/1/").cookies.get("csrftoken")
    token_field = 'name="csrfmiddlewaretoken" value="'
    mine = first.content.decode().split(token_field)[1][:20]
    theirs = other.get("/vragen/1/").content.decode().split(token_field)[1][:20]
    assert mine != theirs


def test_a_page_with_a_form_token_is_never_kept(rf):
    # The token is the visitor's own: a second visitor must get a page of their own.
    store = PageStore(4)
    renders = []

    def render_with_token(request):
        renders.append(get_token(request))
        return HttpResponse(renders[-1])

    for _ in range(2):
        request = rf.get("/met-formulier/")
        store.response(request, "met-formulier", lambda r=request: render_with_token(r))
    assert len(renders) == 2

    plain = []
    for _ in range(2):
        store.response(rf.get("/"), "zonder", lambda: plain.append(1) or HttpResponse("x"))
    assert plain == [1]


def test_a_kept_part_of_a_page_follows_the_same_rules(rf):
    # `page` gives a kept page's content and headers (the advice page puts its advice into
    # one): kept only when it may be shared, like a whole page.
    store = PageStore(4)
    renders = []

    def render(request, with_token):
        renders.append(get_token(request) if with_token else "")
        response = HttpResponse(f"deel {len(renders)}")
        response["X-Deel"] = "ja"
        return response

    for with_token in (True, True, False, False):
        request = rf.get("/deel/")
        kept = store.page(
            request, ("deel", with_token), lambda r=request, t=with_token: render(r, t)
        )
        assert kept.content.startswith(b"deel ") and ("X-Deel", "ja") in kept.headers
    assert len(renders) == 3  # both with a token rendered; the plain part once
    assert (
        store.page(rf.get("/deel/"), ("deel", False), lambda: render(rf.get("/"), False)).content
        == b"deel 3"
    )
    assert (
        store.page(rf.get("/deel/"), ("deel", False), lambda: HttpResponse()).response()["X-Deel"]
        == "ja"
    )
