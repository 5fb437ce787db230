"""Database constraints keep the catalogue's invariants, whatever writes to it."""

from datetime import date, time

import pytest
from django.db import DataError, IntegrityError, transaction

from catalog.models import (
    ContactPoint,
    Municipality,
    OpeningException,
    OpeningSlot,
    Region,
    SupportForm,
)

pytestmark = pytest.mark.django_db


def contact(**overrides) -> ContactPoint:
    values = {
        "key": "test-contact",
        "name": "Testcontact",
        "phone": "+3222435170",
        "coverage": "belgie",
        "confidence": "seed",
        "source": "test",
        "taken_on": date(2026, 1, 1),
    }
    values.update(overrides)
    return ContactPoint(**values)


def assert_rejected(obj) -> None:
    # PostgreSQL refuses an over-long value itself (DataError) before any constraint.
    with pytest.raises((IntegrityError, DataError)), transaction.atomic():
        obj.save()


def test_contact_point_needs_a_phone_email_or_website():
    assert_rejected(contact(phone="", email="", website=""))


@pytest.mark.parametrize(
    "field,value", [("phone", "+3222435170"), ("email", "a@b.be"), ("website", "https://x.be")]
)
def test_one_way_to_reach_is_enough(field, value):
    obj = contact(**{"phone": "", "email": "", "website": "", field: value})
    obj.save()
    assert ContactPoint.objects.filter(pk=obj.pk).exists()


def test_contact_point_needs_a_source():
    assert_rejected(contact(source=""))


def test_support_form_age_range_must_be_ordered():
    assert_rejected(
        SupportForm(
            slug="x", name="X", summary="x", access="andere", source="t", age_from=18, age_until=12
        )
    )


def test_support_form_age_range_may_be_open_ended():
    SupportForm(slug="x", name="X", summary="x", access="andere", source="t", age_from=12).save()


@pytest.mark.parametrize("nis", ["4100", "410021", "4100a"])
def test_municipality_nis_code_has_five_digits(nis):
    assert_rejected(Municipality(nis=nis, name_nl="X", name_fr="X", region=Region.objects.first()))


def test_opening_slot_must_open_before_it_closes():
    point = contact()
    point.save()
    assert_rejected(OpeningSlot(contact_point=point, weekday=0, opens=time(12), closes=time(9)))
    assert_rejected(OpeningSlot(contact_point=point, weekday=7, opens=time(9), closes=time(12)))


def test_opening_exception_dates_and_hours_are_ordered():
    point = contact()
    point.save()
    assert_rejected(
        OpeningException(contact_point=point, starts_on=date(2026, 5, 2), ends_on=date(2026, 5, 1))
    )
    assert_rejected(
        OpeningException(
            contact_point=point, starts_on=date(2026, 5, 1), ends_on=date(2026, 5, 1), closed=False
        )
    )
