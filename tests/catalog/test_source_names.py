"""A source document has one human name, wherever the public sees it."""

import re

import pytest

from catalog.models import ContactPoint
from catalog.regions import SEED_NAMES

pytestmark = pytest.mark.django_db


def test_contacts_from_one_source_document_name_it_as_the_support_form_pages_do():
    only_a_document = re.compile(r"(S00[0-9]):[0-9, -]+")
    checked = 0
    for point in ContactPoint.objects.all():
        match = only_a_document.fullmatch(point.source.strip())
        if match and match.group(1) in SEED_NAMES:
            assert point.source_name == SEED_NAMES[match.group(1)], point.key
            checked += 1
    assert checked >= 10
