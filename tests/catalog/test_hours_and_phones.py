"""Opening hours in words, "open now" (with Belgian public holidays), phone numbers."""

from dataclasses import dataclass
from datetime import date, datetime, time

import pytest
from django.core.exceptions import ValidationError

from catalog.hours import hours_text, is_open
from catalog.phones import display_phone, normalise_phone


@dataclass
class Slot:
    weekday: int
    opens: time
    closes: time


@dataclass
class Closure:
    starts_on: date
    ends_on: date
    closed: bool = True
    opens: time | None = None
    closes: time | None = None


OFFICE = [Slot(d, time(9), time(12)) for d in range(5)] + [
    Slot(d, time(14), time(17)) for d in range(5)
]


def test_working_days_in_words():
    text = hours_text(OFFICE, always_open=False, closed_on_public_holidays=True)
    assert text == (
        "Elke werkdag van 9.00 tot 12.00 uur en van 14.00 tot 17.00 uur. Niet op feestdagen."
    )


def test_some_days_in_words():
    slots = [Slot(d, time(10), time(12)) for d in (0, 3, 4)]
    text = hours_text(slots, always_open=False, closed_on_public_holidays=False)
    assert text == "Maandag, donderdag en vrijdag van 10.00 tot 12.00 uur."


def test_unknown_and_always_open():
    assert hours_text([], always_open=False, closed_on_public_holidays=True) == ""
    assert hours_text([], always_open=True, closed_on_public_holidays=True).startswith("24 uur")


@pytest.mark.parametrize(
    "moment,expected",
    [
        (datetime(2026, 11, 23, 10, 0), True),  # Monday morning
        (datetime(2026, 11, 23, 12, 30), False),  # lunch break
        (datetime(2026, 11, 23, 17, 0), False),  # closing time itself
        (datetime(2026, 11, 22, 10, 0), False),  # Sunday
        (datetime(2026, 11, 11, 10, 0), False),  # Wapenstilstand, a Wednesday
        (datetime(2026, 12, 24, 10, 0), False),  # closure below
    ],
)
def test_open_now(moment, expected):
    closures = [Closure(date(2026, 12, 24), date(2026, 12, 26))]
    assert is_open(OFFICE, closures, False, True, moment) is expected


def test_open_now_unknown_or_always():
    assert is_open([], [], False, True, datetime(2026, 11, 23, 10)) is None
    assert is_open([], [], True, True, datetime(2026, 11, 11, 3)) is True


def test_changed_hours_on_a_day():
    special = [Closure(date(2026, 11, 23), date(2026, 11, 23), False, time(13), time(15))]
    assert is_open(OFFICE, special, False, True, datetime(2026, 11, 23, 10)) is False
    assert is_open(OFFICE, special, False, True, datetime(2026, 11, 23, 14)) is True


@pytest.mark.parametrize(
    "raw,stored,shown",
    [
        ("02 243 51 70", "+3222435170", "02 243 51 70"),
        ("+32 9 265 04 90", "+3292650490", "09 265 04 90"),
        ("1712", "1712", "1712"),
        ("112", "112", "112"),
        ("", "", ""),
    ],
)
def test_phone_numbers(raw, stored, shown):
    assert normalise_phone(raw) == stored
    assert display_phone(stored) == shown


@pytest.mark.parametrize("raw", ["12", "09 12", "abc", "02 243 51 70 99 99"])
def test_bad_phone_numbers(raw):
    with pytest.raises(ValidationError):
        normalise_phone(raw)


#: Open day and night, except on working days from 12:30 to 13:00 (a crisis line's own words).
DAY_AND_NIGHT_WITH_BREAK = (
    [Slot(d, time(0), time(12, 30)) for d in range(5)]
    + [Slot(d, time(13), time(23, 59)) for d in range(5)]
    + [Slot(d, time(0), time(23, 59)) for d in (5, 6)]
)


def test_day_and_night_with_a_break_in_words():
    text = hours_text(DAY_AND_NIGHT_WITH_BREAK, always_open=False, closed_on_public_holidays=False)
    assert text == "Dag en nacht, behalve elke werkdag van 12.30 tot 13.00 uur."
    whole_days = [Slot(d, time(0), time(23, 59)) for d in range(7)]
    assert hours_text(whole_days, False, False) == "24 uur op 24, 7 dagen op 7"
    # A slot ending at 23:59 is said as midnight.
    evenings = [Slot(d, time(18), time(23, 59)) for d in range(5)]
    assert hours_text(evenings, False, False) == "Elke werkdag van 18.00 tot 24.00 uur."


@pytest.mark.parametrize(
    "moment,expected",
    [
        (datetime(2026, 11, 23, 3, 0), True),  # Monday night
        (datetime(2026, 11, 23, 12, 45), False),  # the working-day break
        (datetime(2026, 11, 23, 13, 0), True),
        (datetime(2026, 11, 23, 23, 59, 30), True),  # the last minute before midnight
        (datetime(2026, 11, 22, 12, 45), True),  # Sunday: no break
    ],
)
def test_open_now_day_and_night_with_a_break(moment, expected):
    assert is_open(DAY_AND_NIGHT_WITH_BREAK, [], False, False, moment) is expected
