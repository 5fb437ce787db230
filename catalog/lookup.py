"""What a CLB worker needs for one municipality, grouped like the regional flyers.

Everything comes from a fixed number of queries, whatever the catalogue's size: the
municipality (with region and postcodes), its arrondissement, the support forms' names, and the
three queries of `selectors.contacts_by_slug`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext_noop

from catalog import selectors
from catalog.contacts import to_contact
from catalog.coverage import routing_slugs
from catalog.display import Contact
from catalog.models import Municipality
from catalog.search import OutsidePlace, outside_municipality
from catalog.vocabulary import vocabulary

#: The contacts a professional looks up most, with a short label, for the at-a-glance table
#: at the top (the full names and explanations follow in the groups below).
GLANCE = (
    ("crisismeldpunt", "Crisismeldpunt"),
    ("ocj", "OCJ"),
    ("vk", "VK"),
    ("toegangspoort", "Toegangspoort"),
    ("clientoverleg", "Cliëntoverleg"),
    ("bemiddeling", "Bemiddeling"),
)


@dataclass(frozen=True)
class Group:
    """A block of the municipality page: a plain Dutch title, the professional term, a one-line
    explanation, and the support forms it lists (in this order). The title and explanation are
    translated on the page; the term stays Dutch (the word professionals use)."""

    key: str
    title: str
    term: str
    explanation: str
    slugs: tuple[str, ...]
    #: Listed only when the catalogue has a contact (no "nog niet gekend" for these).
    optional: tuple[str, ...] = ()


GROUPS: tuple[Group, ...] = (
    Group(
        "crisis",
        gettext_noop("Bij gevaar of een crisis"),
        "Crisis",
        gettext_noop(
            "Is er nu levensgevaar? Bel 112 of 101. Voor een crisis die vandaag hulp vraagt, belt "
            "een hulpverlener het crisismeldpunt van de regio, dag en nacht."
        ),
        ("noodnummer-112", "politie-101", "crisismeldpunt"),
    ),
    Group(
        "verontrusting",
        gettext_noop("Zorgen over de veiligheid van een kind"),
        "Verontrusting",
        gettext_noop(
            "Het OCJ (Ondersteuningscentrum Jeugdzorg) en het VK (Vertrouwenscentrum "
            "Kindermishandeling) geven hulpverleners een consult (advies) of nemen een "
            "aanmelding aan."
        ),
        ("ocj", "ocj-consult", "vk", "hulplijn-1712"),
    ),
    Group(
        "toegangspoort",
        gettext_noop("Hulp die je niet rechtstreeks kan vragen"),
        "Intersectorale toegangspoort",
        gettext_noop(
            "Voor niet rechtstreeks toegankelijke jeugdhulp meldt een erkende verwijzer (zoals het "
            "CLB) samen met het gezin aan bij de toegangspoort, met een A-document: het formulier "
            "dat de vraag en de situatie beschrijft."
        ),
        ("toegangspoort",),
    ),
    Group(
        "overleg",
        gettext_noop("Samen overleggen of een conflict oplossen"),
        "Cliëntoverleg en bemiddeling",
        gettext_noop(
            "Cliëntoverleg brengt het gezin en alle hulpverleners rond de tafel. Bemiddeling helpt "
            "bij een conflict tussen het gezin en een hulpverlener."
        ),
        ("clientoverleg", "bemiddeling"),
    ),
    Group(
        "brede-instap",
        gettext_noop("Eerste hulp dichtbij"),
        "Brede instap",
        gettext_noop(
            "Met elke vraag kan je terecht bij het CLB, Kind en Gezin of het CAW en JAC. Zij "
            "zoeken mee wat er aan de hand is en verwijzen door als dat nodig is."
        ),
        ("clb", "clbchat", "kind-en-gezin", "caw", "jac"),
        optional=("clbchat",),
    ),
    Group(
        "hulplijnen",
        gettext_noop("Praten met iemand, ook anoniem"),
        "Hulplijnen",
        gettext_noop("Voor kinderen, jongeren en volwassenen die hun verhaal kwijt willen."),
        ("awel", "tele-onthaal", "zelfmoordlijn-1813", "nupraatikerover"),
    ),
)

_LISTED = {slug for group in GROUPS for slug in group.slugs}


def all_groups() -> tuple[Group, ...]:
    """The groups above, then the routing support forms none of them names: shown last, so
    none is forgotten."""
    others = tuple(slug for slug in routing_slugs() if slug not in _LISTED)
    return (
        *GROUPS,
        Group(
            "andere",
            gettext_noop("Andere hulp"),
            "Andere ondersteuningsvormen",
            gettext_noop("Hulp waar de vragenlijst ook naar kan verwijzen."),
            others,
        ),
    )


@dataclass(frozen=True)
class Entry:
    """One support form on the page, with its contacts (empty: "nog niet gekend")."""

    slug: str
    name: str
    contacts: list[Contact]


@dataclass(frozen=True)
class Section:
    """A group with its entries."""

    group: Group
    entries: list[Entry]

    @property
    def unknown_count(self) -> int:
        """How many entries have no contact yet."""
        return sum(1 for entry in self.entries if not entry.contacts)


@dataclass(frozen=True)
class MunicipalitySheet:
    """Everything the municipality page shows."""

    municipality: Municipality
    postcodes: list[str]
    arrondissement_name: str
    sections: list[Section]
    #: The key contacts (`GLANCE`) for the table at the top, with their short labels.
    glance: list[Entry]


def _sections(
    groups: tuple[Group, ...], contacts: dict[str, list[Contact]], names: dict[str, str]
) -> list[Section]:
    sections = []
    for group in groups:
        entries = [
            Entry(slug, names.get(slug, slug), contacts.get(slug, []))
            for slug in group.slugs
            if (slug not in group.optional or contacts.get(slug)) and slug in names
        ]
        sections.append(Section(group, entries))
    return sections


def _contacts(nis: str, at: datetime, slugs: tuple[str, ...] | None = None) -> dict:
    municipality = selectors.municipality_by_nis(nis)
    return {
        slug: [to_contact(point, at, municipality) for point in points]
        for slug, points in selectors.contacts_by_slug(nis, slugs).items()
    }


def municipality_sheet(nis: str, at: datetime | None = None) -> MunicipalitySheet | None:
    """The grouped contacts of a municipality in Flanders or Brussels; None when unknown."""
    municipality = selectors.municipality_by_nis(nis)
    if municipality is None:
        return None
    at = at or timezone.localtime()
    postcodes = selectors.postcodes_of(nis)
    groups = all_groups()
    slugs = {slug for group in groups for slug in group.slugs}
    names = selectors.support_form_names(slugs)
    contacts = _contacts(nis, at, tuple(sorted(slugs)))
    return MunicipalitySheet(
        municipality=municipality,
        postcodes=postcodes,
        arrondissement_name=selectors.arrondissement_name(municipality.arrondissement_code) or "",
        sections=_sections(groups, contacts, names),
        glance=[Entry(slug, label, contacts.get(slug, [])) for slug, label in GLANCE],
    )


@dataclass(frozen=True)
class OutsideSheet:
    """A Belgian municipality outside Flanders and Brussels: only the emergency numbers."""

    place: OutsidePlace
    entries: list[Entry]


def outside_sheet(nis: str, at: datetime | None = None) -> OutsideSheet | None:
    """The page for a Walloon (or German-speaking) municipality; None when not Belgian."""
    place = outside_municipality(nis)
    if place is None:
        return None
    numbers = vocabulary().emergency_numbers
    contacts = _contacts(nis, at or timezone.localtime(), numbers)
    names = selectors.support_form_names(numbers)
    entries = [Entry(s, names.get(s, s), contacts.get(s, [])) for s in numbers]
    return OutsideSheet(place, entries)
