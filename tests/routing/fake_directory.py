"""An in-memory `Directory` shaped like the real catalogue, with obviously fake numbers.

One municipality per youth-care region plus Luik outside Flanders and Brussels, and a Brussels
postcode shared by two municipalities. Coverage is uneven on purpose, like the real catalogue:
Oost-Vlaanderen has an OCJ per arrondissement, a crisis line, a VK and an ACT; Antwerpen has
nothing regional; Brussel only the crisis line. National lines cover Flanders and Brussels;
112 and 101 all of Belgium. Every support form without a contact somewhere has a route there
(a page, and for the crisis line the police number), worded per reader.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from routing.directory import Area, Contact, Route

CHECKED = date(2026, 1, 15)


@dataclass(frozen=True)
class Place:
    nis: str
    name: str
    region: str | None
    postcodes: tuple[str, ...]


PLACES: tuple[Place, ...] = (
    Place("44021", "Gent", "oost-vlaanderen", ("9000",)),
    Place("41002", "Aalst", "oost-vlaanderen", ("9300",)),
    Place("11002", "Antwerpen", "antwerpen", ("2000",)),
    Place("71022", "Hasselt", "limburg", ("3500",)),
    Place("24062", "Leuven", "vlaams-brabant", ("3000",)),
    Place("31005", "Brugge", "west-vlaanderen", ("8000",)),
    Place("21005", "Etterbeek", "brussel", ("1040",)),
    Place("21004", "Brussel", "brussel", ("1000", "1040")),
    Place("62063", "Luik", None, ("4000",)),
)

# One municipality of each region plus one outside: what the invariant test walks over.
REPRESENTATIVES = ("44021", "11002", "71022", "24062", "31005", "21004", "62063")

# Coverage: ("belgie",), ("vlaanderen",), ("regio", slug), ("arr", "44"), ("nis", "44021").
# Most specific first in the answer of contacts_for.
_SPECIFICITY = {"nis": 0, "arr": 1, "regio": 2, "vlaanderen": 3, "belgie": 4}


def _contact(name: str, n: int, **extra: object) -> Contact:
    return Contact(
        naam=name,
        bron="test",
        nagekeken_op=CHECKED,
        telefoon=f"+3200000{n:04d}",
        telefoon_weergave=f"00 000 {n:04d}",
        **extra,  # type: ignore[arg-type]
    )


CONTACTS: tuple[tuple[str, tuple[str, ...], Contact], ...] = (
    ("noodnummer-112", ("belgie",), _contact("Test noodnummer", 1, bereikbaar="altijd")),
    ("politie-101", ("belgie",), _contact("Test politie", 2, bereikbaar="altijd")),
    ("hulplijn-1712", ("vlaanderen",), _contact("Test hulplijn geweld", 3)),
    ("awel", ("vlaanderen",), _contact("Test jongerenlijn", 4)),
    ("tele-onthaal", ("vlaanderen",), _contact("Test luisterlijn", 5, nu_open=True)),
    ("zelfmoordlijn-1813", ("vlaanderen",), _contact("Test zelfmoordlijn", 6)),
    ("kind-en-gezin", ("vlaanderen",), _contact("Test Kind en Gezin-lijn", 7)),
    ("nupraatikerover", ("vlaanderen",), _contact("Test chat", 8, website="https://example.test")),
    ("toegangspoort", ("regio", "oost-vlaanderen"), _contact("Test ITP Oost-Vlaanderen", 10)),
    ("crisismeldpunt", ("regio", "oost-vlaanderen"), _contact("Test crisis OVL", 11)),
    ("vk", ("regio", "oost-vlaanderen"), _contact("Test VK OVL", 12, email="vk@example.test")),
    ("ocj", ("arr", "44"), _contact("Test OCJ Gent", 13)),
    ("ocj", ("arr", "41"), _contact("Test OCJ Aalst", 14)),
    ("ocj", ("regio", "oost-vlaanderen"), _contact("Test OCJ consult OVL", 15)),
    ("clientoverleg", ("regio", "oost-vlaanderen"), _contact("Test ACT OVL", 16)),
    ("bemiddeling", ("regio", "oost-vlaanderen"), _contact("Test ACT OVL", 16)),
    ("crisismeldpunt", ("regio", "brussel"), _contact("Test crisis Brussel", 17)),
    ("crisismeldpunt", ("regio", "west-vlaanderen"), _contact("Test crisis WVL", 18)),
    ("vk", ("regio", "limburg"), _contact("Test VK Limburg", 19)),
    ("clb", ("nis", "31005"), _contact("Test CLB Brugge", 20)),
    # French-speaking services in Brussels: another system, never a step's contact.
    ("centre-prevention-suicide", ("regio", "brussel"), _contact("Test ligne suicide", 21)),
    ("tele-accueil-bruxelles", ("regio", "brussel"), _contact("Test écoute", 22)),
    ("ecoute-enfants", ("regio", "brussel"), _contact("Test écoute enfants", 23)),
)


def _route(slug: str, *contacts: Contact) -> Route:
    return Route(
        uitleg=f"Test route {slug} voor iedereen.",
        pagina=f"https://example.test/{slug}",
        contacten=contacts,
        bron_naam="Testbron",
        varianten=(
            ("", f"Test route {slug} voor iedereen."),
            ("jongere", f"Test route {slug} voor jou."),
            ("prof", f"Test route {slug}: wat jij als hulpverlener doet."),
        ),
    )


#: Routes while a contact is unknown, for every support form (in Flanders and Brussels).
ROUTES: dict[str, Route] = {
    slug: _route(slug)
    for slug in {s for s, _, _ in CONTACTS}
    | {
        "caw",
        "jac",
        "cgg",
        "ckg",
        "dop",
        "thuisbegeleidingsdienst-vaph",
        "gezinscoaching",
        "eerstelijnspsycholoog",
        "vertrouwenspersoon",
        "casusregie-veilig-huis",
        "ocj-consult",
        "1g1p",
    }
}
ROUTES["crisismeldpunt"] = _route("crisismeldpunt", CONTACTS[1][2])
# Found through the school (no contact of its own), as in the catalogue.
ROUTES["centre-pms"] = _route("centre-pms")


class FakeDirectory:
    """`Directory` over the tables above; counts its calls."""

    def __init__(self) -> None:
        self.by_nis = {p.nis: p for p in PLACES}
        self.by_postcode: dict[str, list[Place]] = {}
        for p in PLACES:
            for pc in p.postcodes:
                self.by_postcode.setdefault(pc, []).append(p)
        self._cache: dict[tuple[str, str], tuple[Contact, ...]] = {}
        self._areas: dict[str, Area] = {}
        self.calls = 0

    def _area(self, place: Place, others: Sequence[Place] = ()) -> Area:
        return Area(
            nis=place.nis,
            name=place.name,
            region=place.region,
            in_werkingsgebied=place.region is not None,
            alternatives=tuple((o.nis, o.name) for o in others),
        )

    def area_for(self, postcode: str | None, nis: str | None) -> Area | None:
        if nis is not None:
            place = self.by_nis.get(nis)
            if place is None:
                return None
            # One frozen Area per municipality: the invariant sweep asks millions of times.
            area = self._areas.get(nis)
            if area is None:
                area = self._areas[nis] = self._area(place)
            return area
        places = self.by_postcode.get(postcode or "")
        if not places:
            return None
        # Several municipalities: the first one (by NIS) is shown, the others are named.
        ordered = sorted(places, key=lambda p: p.nis)
        return self._area(ordered[0], ordered[1:])

    def covers(self, coverage: tuple[str, ...], nis: str) -> bool:
        """Whether a coverage tuple includes municipality `nis`."""
        place = self.by_nis[nis]
        kind = coverage[0]
        if kind == "belgie":
            return True
        if kind == "vlaanderen":
            return place.region is not None
        if kind == "regio":
            return place.region == coverage[1]
        if kind == "arr":
            return nis.startswith(coverage[1])
        return nis == coverage[1]

    def contacts_for(self, slug: str, nis: str) -> Sequence[Contact]:
        self.calls += 1
        key = (slug, nis)
        cached = self._cache.get(key)
        if cached is None:
            hits = [
                (_SPECIFICITY[cov[0]], i, c)
                for i, (s, cov, c) in enumerate(CONTACTS)
                if s == slug and nis in self.by_nis and self.covers(cov, nis)
            ]
            cached = tuple(c for _, _, c in sorted(hits, key=lambda h: (h[0], h[1])))
            self._cache[key] = cached
        return cached

    def fallback_for(self, slug: str, nis: str) -> Route | None:
        place = self.by_nis.get(nis)
        if place is None or place.region is None:
            return None
        return ROUTES.get(slug)

    def allowed_contacts(self, slug: str, nis: str) -> set[Contact]:
        """Every contact of `slug` whose coverage includes `nis` (for invariant 8)."""
        return {c for s, cov, c in CONTACTS if s == slug and self.covers(cov, nis)}
