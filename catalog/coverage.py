"""Coverage report: for each region and routing support form, is a contact known?"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from catalog.models import CONFIRMED, ContactPoint, Coverage, Region
from catalog.models import STALE as STALE_STATE
from catalog.models import UNCONFIRMED as UNCONFIRMED_STATE
from catalog.selectors import snapshot
from catalog.vocabulary import vocabulary

#: Two forms that `/api/gemeenten/<nis>/` has always listed though no rule yields them yet:
#: kept, so that no client of the public API loses a key.
PUBLISHED_WITHOUT_RULE = ("begeleidingsdienst-bjb", "jeugdwelzijnswerk")


def routing_slugs() -> tuple[str, ...]:
    """The support forms the advice links to contacts: every form a rule can give a step to,
    then those two."""
    yielded = vocabulary().support_forms
    return (*yielded, *(s for s in PUBLISHED_WITHOUT_RULE if s not in yielded))


#: The board's columns: the services every region must have (6 regions × 6 = 36 cells).
KEY_SERVICES = (
    ("toegangspoort", "Toegangspoort"),
    ("ocj", "OCJ"),
    ("vk", "VK"),
    ("crisismeldpunt", "Crisismeldpunt"),
    ("clientoverleg", "Loket cliëntoverleg en bemiddeling"),
    ("1g1p", "1 Gezin 1 Plan"),
)

#: Cell statuses. `gekend`: every municipality has a contact and every shown contact was
#: confirmed in the last year (green). `niet-bevestigd`, `verouderd` and `deels`: known from a
#: source but not (recently) confirmed, or not for every municipality (amber). `alleen-algemeen`:
#: the region's records give no way to reach the service that is not also given for all of
#: Flanders (a 1 Gezin 1 Plan record whose only reach is 1g1p.be): a fallback, not a regional
#: contact (red). `ontbreekt`: no contact at all (red).
KNOWN, UNCONFIRMED, STALE, PARTLY, GENERAL_ONLY, MISSING = (
    "gekend",
    "niet-bevestigd",
    "verouderd",
    "deels",
    "alleen-algemeen",
    "ontbreekt",
)
COLOUR = {
    KNOWN: "groen",
    UNCONFIRMED: "oranje",
    STALE: "oranje",
    PARTLY: "oranje",
    GENERAL_ONLY: "rood",
    MISSING: "rood",
}
LABEL = {
    KNOWN: "bevestigd",
    UNCONFIRMED: "uit een bron, niet bevestigd",
    STALE: "verouderd",
    PARTLY: "niet voor elke gemeente",
    GENERAL_ONLY: "alleen de weg voor heel Vlaanderen",
    MISSING: "niet gekend",
}


@dataclass(frozen=True)
class Cell:
    """One support form in one region."""

    slug: str
    status: str
    covered: int
    total: int
    #: The distinct contact points shown in this region for this form (for the board's links).
    point_ids: tuple[int, ...] = ()

    @property
    def colour(self) -> str:
        return COLOUR[self.status]

    @property
    def label(self) -> str:
        return LABEL[self.status]


@dataclass(frozen=True)
class RegionRow:
    region: Region
    cells: list[Cell]


#: Coverages for all of Flanders (and Brussels) or Belgium: the ways every region has anyway.
GENERAL = (Coverage.BELGIE, Coverage.VLAANDEREN_BRUSSEL)


def _reaches(point: ContactPoint) -> set[str]:
    """The ways to reach a contact point (phone, e-mail, website), comparable across records."""
    ways = {f"tel:{point.phone}"} if point.phone else set()
    if point.email:
        ways.add(f"mailto:{point.email.casefold()}")
    if point.website:
        site = point.website.casefold().split("://", 1)[-1].removeprefix("www.").rstrip("/")
        ways.add(site)
    return ways


def _general_reaches() -> set[str]:
    """Every way to reach a service that the catalogue gives for all of Flanders or Belgium."""
    general = (
        ContactPoint.objects.active().filter(coverage__in=GENERAL).only("phone", "email", "website")
    )
    return {way for point in general for way in _reaches(point)}


def _status(
    points: list[ContactPoint], covered: int, total: int, today: date, general: set[str]
) -> str:
    if not covered:
        return MISSING
    if all(p.coverage not in GENERAL and _reaches(p) <= general for p in points):
        return GENERAL_ONLY
    if covered < total:
        return PARTLY
    states = {p.provenance_status(today) for p in points}
    if states == {CONFIRMED}:
        return KNOWN
    return STALE if STALE_STATE in states else UNCONFIRMED


def coverage_report(
    today: date | None = None, slugs: Iterable[str] | None = None
) -> list[RegionRow]:
    """Status per region × support form (see the statuses above).

    Reads the contacts each municipality really gets (`Snapshot.contacts`: active, most
    specific coverage), so the report and the advice can never disagree."""
    today = today or date.today()
    slugs = tuple(routing_slugs() if slugs is None else slugs)
    current = snapshot()
    general = _general_reaches()
    by_region: dict[str, list[str]] = {}
    for municipality in current.municipalities.values():
        by_region.setdefault(municipality.region_id, []).append(municipality.nis)
    rows = []
    for region in Region.objects.all():
        members = by_region.get(region.slug, [])
        shown = [current.contacts(nis) for nis in members]
        cells = []
        for slug in slugs:
            found = [contacts[slug] for contacts in shown if slug in contacts]
            points = list({p.pk: p for ps in found for p in ps}.values())
            status = _status(points, len(found), len(members), today, general)
            # A cell that only repeats the Flanders-wide way links to "add a contact".
            ids = () if status == GENERAL_ONLY else tuple(sorted(p.pk for p in points))
            cells.append(Cell(slug, status, len(found), len(members), ids))
        rows.append(RegionRow(region, cells))
    return rows


def board(today: date | None = None) -> tuple[list[RegionRow], dict[str, int]]:
    """The 6 regions × key services, and how many cells have each colour."""
    rows = coverage_report(today, [slug for slug, _ in KEY_SERVICES])
    totals = {"groen": 0, "oranje": 0, "rood": 0}
    for row in rows:
        for cell in row.cells:
            totals[cell.colour] += 1
    return rows, totals


def provenance_counts(today: date | None = None) -> dict[str, int]:
    """How many active contact points are `bevestigd`, `niet_bevestigd` or `verouderd`."""
    today = today or date.today()
    names = {CONFIRMED: "bevestigd", UNCONFIRMED_STATE: "niet_bevestigd", STALE_STATE: "verouderd"}
    counts = dict.fromkeys(names.values(), 0)
    for point in ContactPoint.objects.active().only("confirmed_on"):
        counts[names[point.provenance_status(today)]] += 1
    return counts
