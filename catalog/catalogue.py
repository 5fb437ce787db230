"""The public catalogue of support forms (/hulpvormen/): filters, facts in plain Dutch, and
where each support form can be found. A fixed number of queries; filtering is done in Python
over the ~60 support forms (the `who_may_ask` list is JSON, which SQLite cannot search)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django import forms
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext, gettext_lazy

from catalog.contacts import to_contact
from catalog.display import Contact
from catalog.models import (
    Access,
    ContactPoint,
    Coverage,
    OpeningException,
    OpeningSlot,
    SupportForm,
)
from catalog.vocabulary import vocabulary

UNBORN = "ongeboren"
AGE_CHOICES = [("", gettext_lazy("alle leeftijden")), (UNBORN, gettext_lazy("nog niet geboren"))]
AGE_CHOICES += [(str(n), format_lazy(gettext_lazy("{n} jaar"), n=n)) for n in range(26)]
#: The order of the access groups on the list page.
ACCESS_ORDER = [
    Access.NOODHULP,
    Access.HULPLIJN,
    Access.RECHTSTREEKS,
    Access.TOEGANGSPOORT,
    Access.GEMANDATEERD,
    Access.GERECHTELIJK,
    Access.INSTRUMENT,
    Access.ANDERE,
]


def _who_choices() -> list[tuple[str, str]]:
    # Read when the form is shown, in its language: the roles' short names are the
    # vocabulary's, translated with the rule core's texts.
    return [("", gettext("iedereen")), *((v, gettext(label)) for v, label in vocabulary().roles)]


class FilterForm(forms.Form):
    """The filters of /hulpvormen/, all optional, read from the query string."""

    toegang = forms.ChoiceField(
        label=gettext_lazy("Hoe kom je er terecht?"),
        required=False,
        choices=[("", gettext_lazy("alle manieren"))] + [(a.value, a.label) for a in ACCESS_ORDER],
        error_messages={"invalid_choice": gettext_lazy("Kies een manier uit de lijst.")},
    )
    leeftijd = forms.ChoiceField(
        label=gettext_lazy("Leeftijd van het kind of de jongere"),
        required=False,
        choices=AGE_CHOICES,
        error_messages={
            "invalid_choice": gettext_lazy("Kies een leeftijd van 0 tot 25 jaar, of ongeboren.")
        },
    )
    wie = forms.ChoiceField(
        label=gettext_lazy("Wie vraagt het zelf?"),
        required=False,
        choices=_who_choices,
        error_messages={"invalid_choice": gettext_lazy("Kies wie de hulp vraagt uit de lijst.")},
    )
    altijd = forms.BooleanField(
        label=gettext_lazy(
            "Alleen hulp die dag en nacht bereikbaar is (24 uur op 24, 7 dagen op 7)"
        ),
        required=False,
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name in ("toegang", "leeftijd", "wie"):
            self.fields[name].widget.attrs["aria-describedby"] = f"fout-{name}"


def _age_matches(form: SupportForm, age: str) -> bool:
    if age == UNBORN:
        return form.from_pregnancy or form.age_from is None
    years = Decimal(age)
    if form.age_from is not None and years < form.age_from:
        return False
    return form.age_until is None or years < form.age_until


def filter_forms(items: list[SupportForm], data: dict) -> list[SupportForm]:
    """The support forms matching valid filter values (`FilterForm.cleaned_data`)."""
    result = items
    if data.get("toegang"):
        result = [f for f in result if f.access == data["toegang"]]
    if data.get("leeftijd"):
        result = [f for f in result if _age_matches(f, data["leeftijd"])]
    if data.get("wie"):
        result = [f for f in result if data["wie"] in (f.who_may_ask or [])]
    if data.get("altijd"):
        result = [f for f in result if f.always_available]
    return result


@dataclass(frozen=True)
class AccessGroup:
    """Support forms with the same way in."""

    access: str
    label: str
    forms: list[SupportForm]


def grouped(items: list[SupportForm]) -> list[AccessGroup]:
    """Group support forms by access, in `ACCESS_ORDER`; empty groups are left out."""
    labels = dict(Access.choices)
    return [
        AccessGroup(a.value, labels[a.value], [f for f in items if f.access == a.value])
        for a in ACCESS_ORDER
        if any(f.access == a.value for f in items)
    ]


def all_forms() -> list[SupportForm]:
    """Every support form, by name (one query)."""
    return list(SupportForm.objects.order_by("name"))


def _years(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return text.replace(".", ",")


def age_text(form: SupportForm) -> str:
    """The age range in words: "van 12 tot 25 jaar", "tot 18 jaar", "geen leeftijdsgrens"."""
    start = "al tijdens de zwangerschap" if form.from_pregnancy else ""
    if form.age_from is not None and form.age_until is not None:
        return f"van {_years(form.age_from)} tot {_years(form.age_until)} jaar"
    if form.age_from is not None:
        return f"vanaf {_years(form.age_from)} jaar"
    if form.age_until is not None:
        prefix = f"{start}, " if start else ""
        return f"{prefix}tot {_years(form.age_until)} jaar".capitalize()
    return start.capitalize() if start else "Geen leeftijdsgrens in de bronnen"


def roles_text(form: SupportForm) -> str:
    """Who may ask for it themselves, in words."""
    labels = dict(vocabulary().roles)
    names = [labels.get(r, r) for r in form.who_may_ask or []]
    if not names:
        return "Niet vermeld in de bronnen"
    text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]
    # Only the first letter: str.capitalize() would also lower "CLB".
    return text[:1].upper() + text[1:]


def yes_no(value: bool | None) -> str:
    """Ja / Nee / Niet vermeld in de bronnen."""
    if value is None:
        return "Niet vermeld in de bronnen"
    return "Ja" if value else "Nee"


@dataclass(frozen=True)
class Place:
    """A contact point of a support form, with the area it serves in words."""

    contact: Contact
    serves: str
    wide: bool  # Belgium or Flanders-and-Brussels wide


@dataclass(frozen=True)
class FormPage:
    """Everything the page of one support form shows."""

    form: SupportForm
    parts: list[SupportForm]
    places: list[Place]


def _serves(point: ContactPoint) -> str:
    if point.coverage == Coverage.BELGIE:
        return "heel België"
    if point.coverage == Coverage.VLAANDEREN_BRUSSEL:
        return "heel Vlaanderen en Brussel"
    if point.coverage == Coverage.REGIONS:
        return "regio " + ", ".join(r.name for r in point.regions.all())
    if point.coverage == Coverage.ARRONDISSEMENTS:
        return "arrondissement " + ", ".join(a.name for a in point.arrondissements.all())
    count = len(point.municipalities.all())
    return f"{count} gemeente" if count == 1 else f"{count} gemeenten"


def form_page(slug: str, at: datetime | None = None) -> FormPage | None:
    """The support form `slug` with its parts and active contact points; None when unknown."""
    form = SupportForm.objects.select_related("parent").filter(slug=slug).first()
    if form is None:
        return None
    at = at or timezone.localtime()
    parts = list(form.parts.order_by("name"))
    points = (
        form.contact_points.active()
        .order_by("name", "pk")
        .prefetch_related(
            "regions",
            "arrondissements",
            "municipalities",
            Prefetch("opening_slots", queryset=OpeningSlot.objects.order_by("weekday", "opens")),
            Prefetch("opening_exceptions", queryset=OpeningException.objects.order_by("starts_on")),
        )
    )
    places = [
        Place(
            to_contact(p, at),
            _serves(p),
            p.coverage in (Coverage.BELGIE, Coverage.VLAANDEREN_BRUSSEL),
        )
        for p in points
    ]
    places.sort(key=lambda place: (not place.wide, place.serves, place.contact.naam))
    return FormPage(form, parts, places)
