"""Every public page: the emergency numbers sit in a landmark of their own, and every web
address a text names can be tapped (a note such as "ook via www.1813.be" is a link)."""

from __future__ import annotations

import re

import pytest

from routing.web.views import SESSION_KEY
from tests.routing.golden import CASES
from tests.routing.test_views_advice import as_session

pytestmark = pytest.mark.django_db

LOOKUP_PAGES = [
    "/",
    "/zoek/?q=gent",
    "/gemeente/44021/",
    "/gemeente/71072/",
    "/regio/limburg/",
    "/hulpvormen/",
    "/klopt-er-iets-niet/",
]
_LINK = re.compile(r"<a\b[^>]*>.*?</a>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_ADDRESS = re.compile(r"(?<![\w@/.-])(?:https?://|www\.)[^\s<]+", re.IGNORECASE)


def untappable_addresses(html: str) -> list[str]:
    """Web addresses in the visible text of a page that are not inside a link."""
    body = html.split("<body", 1)[1]
    body = re.sub(r"<(script|style)\b.*?</\1>", "", body, flags=re.DOTALL)
    return _ADDRESS.findall(_TAG.sub(" ", _LINK.sub(" ", body)))


def advice_pages(client) -> list[str]:
    pages = []
    for case in CASES.values():
        session = client.session
        session[SESSION_KEY] = as_session(case)
        session.save()
        response = client.get("/advies/")
        assert response.status_code == 200
        pages.append(response.content.decode())
    return pages


def test_every_web_address_on_a_public_page_is_a_link(client) -> None:
    pages = [client.get(path).content.decode() for path in LOOKUP_PAGES]
    pages += advice_pages(client)
    found = {address for page in pages for address in untappable_addresses(page)}
    assert found == set()


def test_the_check_sees_an_address_outside_a_link() -> None:
    page = '<body><p>Ook via www.1813.be of <a href="https://x.be">x.be</a>.</p></body>'
    assert untappable_addresses(page) == ["www.1813.be"]


@pytest.mark.parametrize("path", LOOKUP_PAGES)
def test_the_emergency_numbers_are_in_a_landmark(client, path) -> None:
    page = client.get(path).content.decode()
    bar = re.search(
        r'<aside class="emergency-bar" aria-label="Noodnummers">(.*?)</aside>', page, re.S
    )
    assert bar is not None and 'href="tel:112"' in bar.group(1)
