"""Opening hours in plain words (Dutch, or French and English through the catalogues), and
whether a contact point is open right now."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time
from functools import cache
from itertools import pairwise
from typing import Protocol

import holidays
from django.utils import translation
from django.utils.translation import gettext, gettext_noop

DAY_NAMES = (
    gettext_noop("maandag"),
    gettext_noop("dinsdag"),
    gettext_noop("woensdag"),
    gettext_noop("donderdag"),
    gettext_noop("vrijdag"),
    gettext_noop("zaterdag"),
    gettext_noop("zondag"),
)
ALWAYS_OPEN_TEXT = gettext_noop("24 uur op 24, 7 dagen op 7")
#: A slot that closes at 23:59 runs until midnight: a time of day cannot say 24:00, and a line
#: that is open "dag en nacht, behalve …" is entered as slots from 0:00 to 23:59.
END_OF_DAY = time(23, 59)


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


#: A time of day as editors write it: 9:00 or 09:00, from 00:00 to 23:59.
_CLOCK = re.compile(r"(?P<hour>[01]?[0-9]|2[0-3]):(?P<minute>[0-5][0-9])")


def parse_clock(text: str) -> time:
    """A time of day written as 09:00; ValueError with a Dutch message for anything else."""
    match = _CLOCK.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"'{text}' is geen uur: schrijf het als 09:00 (van 00:00 tot 23:59)")
    return time(int(match["hour"]), int(match["minute"]))


def span_problem(opens: time, closes: time) -> str | None:
    """Why a slot from `opens` to `closes` on one day cannot be, in Dutch; None when it can."""
    if opens < closes:
        return None
    return (
        f"open van {opens:%H:%M} tot {closes:%H:%M} kan niet: het sluituur moet later zijn "
        "dan het openingsuur. Loopt het over middernacht, schrijf dan twee stukken: tot "
        "23:59, en de dag erna vanaf 00:00"
    )


@cache
def _belgian_holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("BE", years=year)


def is_public_holiday(day: date) -> bool:
    """A Belgian public holiday (the `holidays` package's list for Belgium)."""
    return day in _belgian_holidays(day.year)


def _clock(t: time) -> str:
    return "24.00" if t >= END_OF_DAY else f"{t.hour}.{t.minute:02d}"


def _closes_after(slot_closes: time, now: time) -> bool:
    return now < slot_closes or slot_closes >= END_OF_DAY


def _gaps(day_slots: Sequence[tuple[time, time]]) -> list[tuple[time, time]] | None:
    """The closed parts of a day that is open from midnight to midnight with short breaks
    ("dag en nacht, behalve van 12.30 tot 13.00 uur"); None when the day is not like that."""
    if day_slots[0][0] != time(0) or day_slots[-1][1] < END_OF_DAY:
        return None
    return [(a[1], b[0]) for a, b in pairwise(day_slots) if a[1] < b[0]]


def _and(parts: Sequence[str]) -> str:
    """ "a, b en c" in the active language."""
    if len(parts) == 1:
        return parts[0]
    return gettext("{a} en {b}").format(a=", ".join(parts[:-1]), b=parts[-1])


def _slots_text(slots: Sequence[tuple[time, time]]) -> str:
    return _and(
        [gettext("van {van} tot {tot} uur").format(van=_clock(a), tot=_clock(b)) for a, b in slots]
    )


def _days_text(days: list[int]) -> str:
    if days == [0, 1, 2, 3, 4]:
        return gettext("Elke werkdag")
    if days == list(range(7)):
        return gettext("Elke dag")
    if len(days) >= 3 and days == list(range(days[0], days[-1] + 1)):
        return gettext("Van {van} tot {tot}").format(
            van=gettext(DAY_NAMES[days[0]]), tot=gettext(DAY_NAMES[days[-1]])
        )
    text = _and([gettext(DAY_NAMES[d]) for d in days])
    return text[0].upper() + text[1:]


def hours_text(
    slots: Sequence[Slot], always_open: bool, closed_on_public_holidays: bool, language: str = "nl"
) -> str:
    """Opening hours in plain words, in `language` (Dutch unless asked), "" when unknown.

    Days with the same hours are grouped: "Elke werkdag van 9.00 tot 12.00 uur en van 14.00 tot
    17.00 uur. Niet op feestdagen."
    """
    with translation.override(language):
        return _hours_text(slots, always_open, closed_on_public_holidays)


def _hours_text(slots: Sequence[Slot], always_open: bool, closed_on_public_holidays: bool) -> str:
    if always_open:
        return gettext(ALWAYS_OPEN_TEXT)
    if not slots:
        return ""
    per_day: dict[int, list[tuple[time, time]]] = {}
    for slot in sorted(slots, key=lambda s: (s.weekday, s.opens)):
        per_day.setdefault(slot.weekday, []).append((slot.opens, slot.closes))
    gaps = {day: _gaps(day_slots) for day, day_slots in per_day.items()}
    if len(per_day) == 7 and all(g is not None for g in gaps.values()):
        parts = [_day_and_night_text({day: g or [] for day, g in gaps.items()})]
    else:
        groups: dict[tuple[tuple[time, time], ...], list[int]] = {}
        for day, day_slots in per_day.items():
            groups.setdefault(tuple(day_slots), []).append(day)
        parts = [f"{_days_text(days)} {_slots_text(hours)}." for hours, days in groups.items()]
    if closed_on_public_holidays:
        parts.append(gettext("Niet op feestdagen."))
    return " ".join(parts)


def _day_and_night_text(gaps: dict[int, list[tuple[time, time]]]) -> str:
    """Every day from midnight to midnight: "dag en nacht", with the breaks said once per group
    of days ("Dag en nacht, behalve elke werkdag van 12.30 tot 13.00 uur.")."""
    if not any(gaps.values()):
        return gettext(ALWAYS_OPEN_TEXT)
    groups: dict[tuple[tuple[time, time], ...], list[int]] = {}
    for day in sorted(gaps):
        if gaps[day]:
            groups.setdefault(tuple(gaps[day]), []).append(day)
    breaks = [
        f"{_days_text(days)[0].lower()}{_days_text(days)[1:]} {_slots_text(hours)}"
        for hours, days in groups.items()
    ]
    return gettext("Dag en nacht, behalve {pauzes}.").format(pauzes=_and(breaks))


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
    return any(
        s.weekday == at.weekday() and s.opens <= now and _closes_after(s.closes, now) for s in slots
    )
