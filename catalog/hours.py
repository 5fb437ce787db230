"""Opening hours in plain Dutch, and whether a contact point is open right now."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from functools import cache
from typing import Protocol

import holidays

DAY_NAMES = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
ALWAYS_OPEN_TEXT = "24 uur op 24, 7 dagen op 7"


class Slot(Protocol):
    weekday: int
    opens: time
    closes: time


class Exception_(Protocol):
    starts_on: date
    ends_on: date
    closed: bool
    opens: time | None
    closes: time | None


@cache
def _belgian_holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("BE", years=year)


def is_public_holiday(day: date) -> bool:
    """A Belgian public holiday (the `holidays` package's list for Belgium)."""
    return day in _belgian_holidays(day.year)


def _clock(t: time) -> str:
    return f"{t.hour}.{t.minute:02d}"


def _slots_text(slots: Sequence[tuple[time, time]]) -> str:
    return " en ".join(f"van {_clock(a)} tot {_clock(b)} uur" for a, b in slots)


def _days_text(days: list[int]) -> str:
    if days == [0, 1, 2, 3, 4]:
        return "Elke werkdag"
    if days == list(range(7)):
        return "Elke dag"
    if len(days) >= 3 and days == list(range(days[0], days[-1] + 1)):
        return f"Van {DAY_NAMES[days[0]]} tot {DAY_NAMES[days[-1]]}"
    names = [DAY_NAMES[d] for d in days]
    text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]
    return text[0].upper() + text[1:]


def hours_text(slots: Sequence[Slot], always_open: bool, closed_on_public_holidays: bool) -> str:
    """Plain Dutch opening hours, "" when unknown.

    Days with the same hours are grouped: "Elke werkdag van 9.00 tot 12.00 uur en van 14.00 tot
    17.00 uur. Niet op feestdagen."
    """
    if always_open:
        return ALWAYS_OPEN_TEXT
    if not slots:
        return ""
    per_day: dict[int, list[tuple[time, time]]] = {}
    for slot in sorted(slots, key=lambda s: (s.weekday, s.opens)):
        per_day.setdefault(slot.weekday, []).append((slot.opens, slot.closes))
    groups: dict[tuple[tuple[time, time], ...], list[int]] = {}
    for day, day_slots in per_day.items():
        groups.setdefault(tuple(day_slots), []).append(day)
    parts = [f"{_days_text(days)} {_slots_text(hours)}." for hours, days in groups.items()]
    if closed_on_public_holidays:
        parts.append("Niet op feestdagen.")
    return " ".join(parts)


def is_open(
    slots: Sequence[Slot],
    exceptions: Sequence[Exception_],
    always_open: bool,
    closed_on_public_holidays: bool,
    at: datetime,
) -> bool | None:
    """Whether the contact point is open at `at` (local time); None when its hours are unknown."""
    if always_open:
        return True
    today, now = at.date(), at.time()
    for exc in exceptions:
        if exc.starts_on <= today <= exc.ends_on:
            if exc.closed:
                return False
            return bool(exc.opens and exc.closes and exc.opens <= now < exc.closes)
    if not slots:
        return None
    if closed_on_public_holidays and is_public_holiday(today):
        return False
    return any(s.weekday == at.weekday() and s.opens <= now < s.closes for s in slots)
