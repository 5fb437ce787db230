"""The printable overview of one youth-care region, generated from the catalogue.

Its structure follows the regional flyer "Jeugdhulp in Vlaanderen – Regio Oost-Vlaanderen"
(seed 000): brede instap, toegangspoort, OCJ (consult and offices), VK, crisis, cliëntoverleg,
bemiddeling. Which arrondissements an office serves comes from its coverage in the catalogue,
never from a hard-coded list. A fixed number of queries, whatever the catalogue's size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from urllib.parse import urlsplit

from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext_noop

from catalog.contacts import LOOKUP_READER, route_for, to_contact
from catalog.display import Contact, Route
from catalog.models import (
    Arrondissement,
    ContactPoint,
    Coverage,
    Municipality,
    OpeningException,
    OpeningSlot,
    Region,
)
from catalog.selectors import (
    LEVEL_ARRONDISSEMENT,
    LEVEL_BELGIUM,
    LEVEL_FLANDERS_BRUSSELS,
    LEVEL_MUNICIPALITY,
    LEVEL_REGION,
    all_regions,
    support_form_names,
)

LEVELS = {
    Coverage.MUNICIPALITIES: LEVEL_MUNICIPALITY,
    Coverage.ARRONDISSEMENTS: LEVEL_ARRONDISSEMENT,
    Coverage.REGIONS: LEVEL_REGION,
    Coverage.VLAANDEREN_BRUSSEL: LEVEL_FLANDERS_BRUSSELS,
    Coverage.BELGIE: LEVEL_BELGIUM,
}


@dataclass(frozen=True)
class Block:
    """A block of the sheet: title (the Dutch name of the service or term, kept in every
    language), one plain line of explanation (translated on the page), its support forms."""

    title: str
    explanation: str
    slugs: tuple[str, ...]


BLOCKS: tuple[Block, ...] = (
    Block(
        "Crisis",
        gettext_noop(
            "Een acute crisis die vandaag hulp vraagt: het meldpunt crisisjeugdhulp, dag en nacht. "
            "Bij levensgevaar: 112 of 101."
        ),
        ("crisismeldpunt", "noodnummer-112", "politie-101"),
    ),
    Block(
        "Brede instap",
        gettext_noop(
            "Met elke vraag terecht bij het CLB, Kind en Gezin of het CAW en JAC. Zij zoeken mee "
            "wat er aan de hand is en verwijzen door als het nodig is."
        ),
        ("clb", "clbchat", "kind-en-gezin", "caw", "jac"),
    ),
    Block(
        "Intersectorale toegangspoort (ITP)",
        gettext_noop(
            "Voor hulp die niet rechtstreeks toegankelijk is. De hulpverlener meldt samen met het "
            "gezin aan met een A-document (het aanmeldingsformulier)."
        ),
        ("toegangspoort",),
    ),
    Block(
        "Ondersteuningscentrum Jeugdzorg (OCJ)",
        gettext_noop(
            "Gemandateerde voorziening bij verontrusting: consult (advies) voor hulpverleners of "
            "aanmelding. Het kantoor hangt af van waar het kind woont."
        ),
        ("ocj-consult", "ocj"),
    ),
    Block(
        "Vertrouwenscentrum Kindermishandeling (VK)",
        gettext_noop(
            "Bij vermoeden van kindermishandeling of een onveilige situatie: consult of aanmelding."
        ),
        ("vk",),
    ),
    Block(
        "Cliëntoverleg",
        gettext_noop(
            "Het gezin en alle hulpverleners samen rond de tafel, met een onafhankelijke "
            "voorzitter."
        ),
        ("clientoverleg",),
    ),
    Block(
        "Bemiddeling",
        gettext_noop(
            "Een onafhankelijke bemiddelaar helpt bij een conflict tussen het gezin en een "
            "hulpverlener. Gratis, vrijwillig en vertrouwelijk."
        ),
        ("bemiddeling",),
    ),
    Block(
        "Hulplijnen",
        gettext_noop("Voor kinderen, jongeren, ouders en burgers die zich zorgen maken."),
        ("hulplijn-1712", "awel", "tele-onthaal", "zelfmoordlijn-1813", "nupraatikerover"),
    ),
)
SHEET_SLUGS = tuple(dict.fromkeys(slug for block in BLOCKS for slug in block.slugs))


#: The source documents by a name people recognise (the catalogue records them by id and line).
SEED_NAMES = {
    "S000": "Folder Jeugdhulp in Vlaanderen – Regio Oost-Vlaanderen",
    "S001": "Tekst Integrale jeugdhulp en het CLB",
    "S002": "Persbericht: 12 regio's starten laagdrempelige jeugdhulp",
    "S003": "Overzicht van ondersteuningsvormen, Vroeg en nabij",
    "S004": "Brief over cliëntoverleg en bemiddeling in de jeugdhulp",
}
_SOURCE_PART = re.compile(r"https?://[^\s;,]+|\bS00[0-9]\b")


@dataclass(frozen=True)
class SourceRef:
    """One source as the public sees it: a human name, with a link when it is a web page."""

    label: str
    url: str = ""


def source_refs(text: str) -> tuple[SourceRef, ...]:
    """The sources named in a catalogue source text ("S000:6 ; https://www.caw.be/…"), in
    order and each once: seed documents by name, web pages by their site's name and address.
    Line numbers and notes are for editors and are left out."""
    refs: list[SourceRef] = []
    for part in _SOURCE_PART.findall(text or ""):
        if part.startswith("http"):
            host = urlsplit(part).hostname or part
            ref = SourceRef(host.removeprefix("www."), part)
        else:
            ref = SourceRef(SEED_NAMES.get(part, "Brondocument"))
        if ref not in refs:
            refs.append(ref)
    return tuple(refs)


@dataclass(frozen=True)
class SheetSource:
    """A source as the sheet lists it: its name, address and own date, then the other pages
    the catalogue names for the same contact."""

    name: str
    url: str | None
    date: str
    refs: tuple[SourceRef, ...] = ()


@dataclass(frozen=True)
class AreaContact:
    """A contact with the part of the region it serves, in words ("arrondissement Aalst")."""

    contact: Contact
    serves: str
    #: Number of the contact's source in `RegionSheet.sources` (1-based).
    source_no: int = 0
    #: Why the contact's own area is inferred, not named by a source; "" when a source names it.
    area_note: str = ""
    #: Municipalities it reaches only through a merger its sources predate, with their note.
    merger_notes: tuple[str, ...] = ()
    #: Numbers of `merger_notes` in `RegionSheet.notes` (1-based): paper states each once.
    note_nos: tuple[int, ...] = ()
    #: The same contact already appeared higher on the sheet (paper does not repeat its hours).
    repeat: bool = False

    @property
    def uncertain(self) -> str:
        """Why (part of) the area is inferred, in full; "" when its sources name all of it."""
        return " ".join(filter(None, (self.area_note, *self.merger_notes)))


@dataclass(frozen=True)
class SheetEntry:
    """One support form on the sheet."""

    slug: str
    name: str
    contacts: list[AreaContact]
    #: Arrondissements of the region no contact of this support form covers.
    unknown_in: list[str] = field(default_factory=list)
    #: How to reach this help today while the region has no contact of its own (or None).
    fallback: Route | None = None

    @property
    def named_by_contact(self) -> bool:
        """One contact whose name already says what it is ("Awel" for "Awel (hulplijn …)"):
        the heading need not be shown twice."""
        if len(self.contacts) != 1:
            return False
        return self.contacts[0].contact.naam.casefold() in self.name.casefold()


@dataclass(frozen=True)
class SheetBlock:
    block: Block
    entries: list[SheetEntry]


@dataclass(frozen=True)
class ArrondissementRow:
    """An arrondissement of the region and its municipalities."""

    code: str
    name: str
    municipalities: list[Municipality]


@dataclass(frozen=True)
class RegionSheet:
    """Everything the region page shows."""

    region: Region
    arrondissements: list[ArrondissementRow]
    blocks: list[SheetBlock]
    #: The distinct sources of the contacts, numbered in order of appearance.
    sources: list[SheetSource] = field(default_factory=list)
    #: The distinct merger notes of the contacts, numbered in order of appearance.
    notes: list[str] = field(default_factory=list)


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " en " + names[-1]


def _serves(point: ContactPoint, region: Region) -> str:
    if point.coverage == Coverage.BELGIE:
        return "heel België"
    if point.coverage == Coverage.VLAANDEREN_BRUSSEL:
        return "heel Vlaanderen en Brussel"
    if point.coverage == Coverage.REGIONS:
        return f"de hele regio {region.name}"
    if point.coverage == Coverage.ARRONDISSEMENTS:
        names = [a.name for a in point.arrondissements.all() if a.region_id == region.slug]
        word = "arrondissement" if len(names) == 1 else "arrondissementen"
        return f"{word} {_join(names)}"
    names = [m.name_nl for m in point.municipalities.all()]
    word = "gemeente" if len(names) == 1 else "gemeenten"
    return f"{word} {_join(names)}"


def _area_note(point: ContactPoint) -> str:
    """Why the area this contact names for itself is inferred; "" when a source names it."""
    if not point.coverage_inferred:
        return ""
    return point.coverage_note or "Geen bron noemt dit werkgebied."


def _merger_notes(point: ContactPoint, mergers: list[Municipality]) -> tuple[str, ...]:
    """The municipalities this contact reaches only through a merger its sources predate,
    each with its note."""
    codes = {a.code for a in point.arrondissements.all()}
    return tuple(
        f"Voor {municipality.name_nl}: {municipality.merger_note}"
        for municipality in mergers
        if not (point.coverage == Coverage.ARRONDISSEMENTS and municipality.nis[:2] not in codes)
        and municipality.coverage_inferred_for(point.coverage)
    )


def _points(region: Region) -> list[ContactPoint]:
    """Active contact points of the sheet's support forms that serve (part of) the region."""
    touches = (
        Q(coverage__in=[Coverage.BELGIE, Coverage.VLAANDEREN_BRUSSEL])
        | Q(coverage=Coverage.REGIONS, regions=region)
        | Q(coverage=Coverage.ARRONDISSEMENTS, arrondissements__region=region)
        | Q(coverage=Coverage.MUNICIPALITIES, municipalities__region=region)
    )
    ids = ContactPoint.objects.active().filter(touches).values("pk")
    return list(
        ContactPoint.objects.filter(pk__in=ids, support_forms__slug__in=SHEET_SLUGS)
        .distinct()
        .order_by("name", "pk")
        .prefetch_related(
            "support_forms",
            Prefetch("arrondissements", queryset=Arrondissement.objects.order_by("name")),
            Prefetch(
                "municipalities",
                queryset=Municipality.objects.filter(region=region).order_by("name_nl"),
            ),
            Prefetch("opening_slots", queryset=OpeningSlot.objects.order_by("weekday", "opens")),
            Prefetch("opening_exceptions", queryset=OpeningException.objects.order_by("starts_on")),
        )
    )


def _entry(
    slug: str,
    name: str,
    points: list[ContactPoint],
    region: Region,
    arrondissements: list[ArrondissementRow],
    at: datetime,
) -> SheetEntry:
    local = [p for p in points if LEVELS[p.coverage] >= LEVEL_REGION]
    if local:
        shown = sorted(local, key=lambda p: (LEVELS[p.coverage] != LEVEL_REGION, p.name))
    else:
        best = max((LEVELS[p.coverage] for p in points), default=None)
        shown = [p for p in points if LEVELS[p.coverage] == best]
    covered_everywhere = any(LEVELS[p.coverage] <= LEVEL_REGION for p in shown)
    covered = {
        a.code
        for p in shown
        if p.coverage == Coverage.ARRONDISSEMENTS
        for a in p.arrondissements.all()
    }
    unknown = (
        []
        if covered_everywhere or not shown
        else [a.name for a in arrondissements if a.code not in covered]
    )
    mergers = [m for row in arrondissements for m in row.municipalities if m.merger_changed]
    contacts = [
        AreaContact(
            to_contact(p, at),
            _serves(p, region),
            area_note=_area_note(p),
            merger_notes=_merger_notes(p, mergers),
        )
        for p in shown
    ]
    return SheetEntry(slug, name, contacts, unknown)


def region_sheet(slug: str, at: datetime | None = None) -> RegionSheet | None:
    """The overview of region `slug`; None for an unknown region."""
    region = Region.objects.filter(pk=slug).first()
    if region is None:
        return None
    at = at or timezone.localtime()
    municipalities = list(Municipality.objects.filter(region=region).order_by("name_nl"))
    arrondissements = [
        ArrondissementRow(a.code, a.name, [m for m in municipalities if m.nis[:2] == a.code])
        for a in Arrondissement.objects.filter(region=region).order_by("code")
    ]
    points = _points(region)
    names = support_form_names(SHEET_SLUGS)
    by_slug: dict[str, list[ContactPoint]] = {slug: [] for slug in SHEET_SLUGS}
    for point in points:
        for form in point.support_forms.all():
            if form.slug in by_slug:
                by_slug[form.slug].append(point)
    blocks = [
        SheetBlock(
            block,
            [
                _with_fallback(
                    _entry(s, names[s], by_slug[s], region, arrondissements, at), municipalities
                )
                for s in block.slugs
                if s in names and (s != "clbchat" or by_slug[s])
            ],
        )
        for block in BLOCKS
    ]
    return _numbered(RegionSheet(region, arrondissements, blocks))


def _with_fallback(entry: SheetEntry, municipalities: list[Municipality]) -> SheetEntry:
    """An entry without contacts gets the sourced way to reach that help today, as the
    advice gives it, worded for the sheet's readers (care workers, CLB and school staff).
    Routes serve the whole werkingsgebied, so any municipality of the region answers."""
    if entry.contacts or not municipalities:
        return entry
    fallback = route_for(entry.slug, municipalities[0].nis)
    if fallback is not None:
        fallback = fallback.worded(LOOKUP_READER)
    return SheetEntry(entry.slug, entry.name, entry.contacts, entry.unknown_in, fallback)


def _numbered(sheet: RegionSheet) -> RegionSheet:
    """Give each contact the number of its source and of its merger notes, listed once at
    the foot of the sheet, and mark a contact the sheet already showed higher up."""
    sources: list[SheetSource] = []
    notes: list[str] = []
    seen: set[tuple[str, str | None, str | None]] = set()
    blocks = []
    for item in sheet.blocks:
        entries = []
        for entry in item.entries:
            contacts = []
            for area in entry.contacts:
                contact = area.contact
                # The public source only: the editors' own reference never reaches the sheet.
                source = SheetSource(contact.bron_naam, contact.bron_url, contact.bron_datum)
                if source not in sources:
                    sources.append(source)
                number = sources.index(source) + 1
                for note in area.merger_notes:
                    if note not in notes:
                        notes.append(note)
                key = (contact.naam, contact.telefoon, contact.email)
                contacts.append(
                    replace(
                        area,
                        source_no=number,
                        note_nos=tuple(notes.index(n) + 1 for n in area.merger_notes),
                        repeat=key in seen,
                    )
                )
                seen.add(key)
            entries.append(
                SheetEntry(entry.slug, entry.name, contacts, entry.unknown_in, entry.fallback)
            )
        blocks.append(SheetBlock(item.block, entries))
    return RegionSheet(sheet.region, sheet.arrondissements, blocks, sources, notes)


def regions() -> list[Region]:
    """The six regions, by name (from the catalogue snapshot: no query)."""
    return all_regions()
