"""Coverage report: for each region and routing support form, is a contact known?"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from catalog.models import STALE_AFTER, ContactPoint, Coverage, Municipality, Region

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


def _covers(point: ContactPoint, municipality: Municipality) -> bool:
    if point.coverage in (Coverage.BELGIE, Coverage.VLAANDEREN_BRUSSEL):
        return True
    if point.coverage == Coverage.REGIONS:
        return municipality.region_id in {r.slug for r in point.regions.all()}
    if point.coverage == Coverage.ARRONDISSEMENTS:
        return municipality.arrondissement_code in {a.code for a in point.arrondissements.all()}
    return municipality.nis in {m.nis for m in point.municipalities.all()}


def coverage_report(today: date | None = None) -> list[RegionRow]:
    """Status per region × routing support form: `gekend` (every municipality covered by a
    contact checked in the last year), `verouderd` (covered, but a contact is stale), `deels`
    (some municipalities), `ontbreekt` (none). A handful of queries, computed in memory."""
    today = today or date.today()
    points = list(
        ContactPoint.objects.filter(active=True).prefetch_related(
            "support_forms", "regions", "arrondissements", "municipalities"
        )
    )
    by_slug: dict[str, list[ContactPoint]] = {slug: [] for slug in ROUTING_SLUGS}
    for point in points:
        for form in point.support_forms.all():
            if form.slug in by_slug:
                by_slug[form.slug].append(point)
    municipalities = list(Municipality.objects.all())
    rows = []
    for region in Region.objects.all():
        members = [m for m in municipalities if m.region_id == region.slug]
        cells = []
        for slug in ROUTING_SLUGS:
            serving = [p for p in by_slug[slug] if any(_covers(p, m) for m in members)]
            covered = sum(1 for m in members if any(_covers(p, m) for p in serving))
            stale = any(today - p.verified_on > STALE_AFTER for p in serving)
            if covered == 0:
                status = MISSING
            elif covered < len(members):
                status = PARTLY
            else:
                status = STALE if stale else KNOWN
            cells.append(Cell(slug, status, covered, len(members)))
        rows.append(RegionRow(region, cells))
    return rows
