"""Coverage report: for each region and routing support form, is a contact known?"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from catalog.models import STALE_AFTER, Region
from catalog.selectors import snapshot

#: The support forms the advice links to contacts (design §7.2).
ROUTING_SLUGS = (
    "noodnummer-112",
    "politie-101",
    "crisismeldpunt",
    "hulplijn-1712",
    "awel",
    "tele-onthaal",
    "zelfmoordlijn-1813",
    "nupraatikerover",
    "clb",
    "kind-en-gezin",
    "caw",
    "jac",
    "cgg",
    "ckg",
    "dop",
    "thuisbegeleidingsdienst-vaph",
    "begeleidingsdienst-bjb",
    "toegangspoort",
    "ocj",
    "vk",
    "bemiddeling",
    "clientoverleg",
    "1g1p",
    "gezinscoaching",
    "eerstelijnspsycholoog",
    "vertrouwenspersoon",
    "jeugdwelzijnswerk",
)

KNOWN, PARTLY, MISSING, STALE = "gekend", "deels", "ontbreekt", "verouderd"


@dataclass(frozen=True)
class Cell:
    """One support form in one region."""

    slug: str
    status: str
    covered: int
    total: int


@dataclass(frozen=True)
class RegionRow:
    region: Region
    cells: list[Cell]


def coverage_report(today: date | None = None) -> list[RegionRow]:
    """Status per region × routing support form: `gekend` (every municipality has a contact
    checked in the last year), `verouderd` (every municipality has one, but a shown contact is
    stale), `deels` (some municipalities), `ontbreekt` (none).

    Reads the contacts each municipality really gets (`Snapshot.contacts`: active, most
    specific coverage), so the report and the advice can never disagree."""
    today = today or date.today()
    current = snapshot()
    by_region: dict[str, list[str]] = {}
    for municipality in current.municipalities.values():
        by_region.setdefault(municipality.region_id, []).append(municipality.nis)
    rows = []
    for region in Region.objects.all():
        members = by_region.get(region.slug, [])
        shown = [current.contacts(nis) for nis in members]
        cells = []
        for slug in ROUTING_SLUGS:
            found = [contacts[slug] for contacts in shown if slug in contacts]
            stale = any(today - p.verified_on > STALE_AFTER for ps in found for p in ps)
            if not found:
                status = MISSING
            elif len(found) < len(members):
                status = PARTLY
            else:
                status = STALE if stale else KNOWN
            cells.append(Cell(slug, status, len(found), len(members)))
        rows.append(RegionRow(region, cells))
    return rows
