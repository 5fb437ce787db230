"""The open-data export is built once per catalogue version and answers conditional GETs."""

import json

import pytest

from catalog.models import ContactPoint

pytestmark = pytest.mark.django_db

URL = "/api/open-data/hsds.json"


def test_etag_and_last_modified_give_304(client):
    first = client.get(URL)
    assert first.status_code == 200
    etag, modified = first["ETag"], first["Last-Modified"]
    assert etag and modified
    same = client.get(URL, HTTP_IF_NONE_MATCH=etag)
    assert same.status_code == 304 and same.content == b""
    assert same["ETag"] == etag
    assert client.get(URL, HTTP_IF_MODIFIED_SINCE=modified).status_code == 304
    assert client.get(URL, HTTP_IF_NONE_MATCH='"iets-anders"').status_code == 200


def test_a_repeated_request_is_not_rebuilt(client, django_assert_max_num_queries):
    body = client.get(URL).content
    # Only the catalogue version check remains (and whatever the middleware reads).
    with django_assert_max_num_queries(2):
        again = client.get(URL)
    assert again.content == body


def test_an_edit_gives_a_new_etag_and_new_content(client):
    first = client.get(URL)
    point = ContactPoint.objects.filter(active=True).order_by("pk").first()
    point.name = f"{point.name} (nieuw)"
    point.save()
    after = client.get(URL, HTTP_IF_NONE_MATCH=first["ETag"])
    assert after.status_code == 200
    assert after["ETag"] != first["ETag"]
    names = {o["name"] for o in json.loads(after.content)["organizations"]}
    assert point.name in names
