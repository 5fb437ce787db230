"""A contact point and a route as the public sees them: plain values, no Django.

The lookup pages, the JSON APIs and the advice all show these. `Contact` states the field list
of a shown contact once: its JSON (`contact_to_dict`), the OpenAPI schema (`contact_schema`)
and the tie to the editors' CSV columns (`shown_from`: the contact point field a value comes
from) all read the dataclass's fields. The routing engine's `Directory` port hands out these
same values, so the catalogue never needs the engine to show a contact.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any


def _about(*, source: str = "", optional: bool = False, **schema: Any) -> dict[str, Any]:
    """A `Contact` field's metadata: the contact point field it shows (`source`, "" for a
    value worked out when shown), whether the OpenAPI schema marks it optional (keys added
    after the first release) and extra OpenAPI keywords (description, format, enum)."""
    return {"source": source, "optional": optional, "schema": schema}


@dataclass(frozen=True, kw_only=True)
class Contact:
    """One contact point, ready to show: what the JSON API calls a `contact`, in its order.

    Provenance is kept apart: the source (`bron_naam`, `bron_url`, `bron_datum`: its own date,
    "zonder datum" when it shows none), when the values were copied from it (`overgenomen_op`)
    and when a person confirmed they are still current (`nagekeken_op`, None until someone did).
    """

    naam: str = field(metadata=_about(source="name"))
    telefoon: str | None = field(
        default=None,
        metadata=_about(source="phone", description="E.164 of kort nummer, voor tel:-links"),
    )
    # As Belgians write it: zone number, digit groups.
    telefoon_weergave: str | None = field(
        default=None, metadata=_about(description="Zoals men het in België schrijft")
    )
    email: str | None = field(default=None, metadata=_about(source="email"))
    website: str | None = field(default=None, metadata=_about(source="website"))
    # Opening hours in plain Dutch ("24 uur op 24, 7 dagen op 7"), or "".
    bereikbaar: str = field(
        default="", metadata=_about(description="Openingsuren in eenvoudig Nederlands, of leeg")
    )
    # None: hours unknown, or not sure enough for a live badge.
    nu_open: bool | None = field(default=None, metadata=_about(description="null: uren onbekend"))
    bron: str = field(
        metadata=_about(source="source_name", description="De naam van de bron, zoals bron_naam"),
    )
    nagekeken_op: date | None = field(
        metadata=_about(
            source="confirmed_on",
            format="date",
            description="Bevestigd door een persoon; null: nog niet",
        ),
    )
    # The source as people know it, never an internal reference.
    bron_naam: str = field(
        default="",
        metadata=_about(
            source="source_name", optional=True, description="De bron zoals het publiek ze leest"
        ),
    )
    bron_url: str | None = field(default=None, metadata=_about(source="source_url", optional=True))
    bron_datum: str = field(
        default="zonder datum",
        metadata=_about(
            source="source_date",
            optional=True,
            description="De datum van de bron zelf, of 'zonder datum'",
        ),
    )
    overgenomen_op: date | None = field(
        default=None, metadata=_about(source="taken_on", optional=True, format="date")
    )
    bevestiging: str = field(
        default="niet-bevestigd",
        metadata=_about(optional=True, enum=["bevestigd", "niet-bevestigd", "verouderd"]),
    )
    # True when no source names this area: it was inferred.
    werkgebied_afgeleid: bool = field(
        default=False, metadata=_about(source="coverage_inferred", optional=True)
    )
    werkgebied_uitleg: str = field(
        default="", metadata=_about(source="coverage_note", optional=True)
    )
    # The hours come from a source of this date and may have changed.
    uren_volgens: str = field(
        default="",
        metadata=_about(
            source="hours_as_of",
            optional=True,
            description="Uren uit een bron van deze datum; geen 'nu open'",
        ),
    )
    # The language of `bereikbaar`: Dutch, or the page's language (hours from a dated source
    # keep the source's Dutch wording).
    bereikbaar_taal: str = field(
        default="nl",
        metadata=_about(
            optional=True,
            enum=["nl", "fr", "en"],
            description="De taal van bereikbaar",
        ),
    )
    # Plain Dutch about the channel ("ook via chat", "gratis, anoniem").
    uitleg: str = field(default="", metadata=_about(source="channel_note", optional=True))
    # The language of `uitleg`: Dutch when an editor wrote no translation (pages mark it lang).
    uitleg_taal: str = field(
        default="nl",
        metadata=_about(
            optional=True,
            enum=["nl", "fr", "en"],
            description="De taal van uitleg: nl als er nog geen vertaling is",
        ),
    )
    # The catalogue's stable key, for "Klopt er iets niet?": not in the JSON.
    sleutel: str = field(default="", metadata={"source": "key", "private": True})


#: The keys of a contact in the public JSON, in order.
CONTACT_KEYS: tuple[str, ...] = tuple(
    f.name for f in fields(Contact) if not f.metadata.get("private")
)


def shown_from() -> dict[str, str]:
    """Per `Contact` field, the contact point field whose stored value it shows as it is
    (values worked out when shown, such as the hours in words, are left out)."""
    return {f.name: f.metadata["source"] for f in fields(Contact) if f.metadata.get("source")}


def contact_schema() -> dict[str, Any]:
    """The OpenAPI schema of a contact: its type from the field's annotation, its extra
    keywords and whether it is required from the field's metadata."""
    properties: dict[str, Any] = {}
    optional = []
    for f in fields(Contact):
        if f.metadata.get("private"):
            continue
        kind, nullable = _SCHEMA_TYPES[str(f.type)]
        properties[f.name] = {"type": kind, **f.metadata["schema"]}
        if nullable:
            properties[f.name]["nullable"] = True
        if f.metadata["optional"]:
            optional.append(f.name)
    return {
        "type": "object",
        "properties": properties,
        "required": [key for key in properties if key not in optional],
    }


#: JSON type and nullability per annotation; a date is written as an ISO date string.
_SCHEMA_TYPES = {
    "str": ("string", False),
    "str | None": ("string", True),
    "date | None": ("string", True),
    "bool": ("boolean", False),
    "bool | None": ("boolean", True),
}


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def contact_to_dict(contact: Contact) -> dict[str, Any]:
    """One `contacten` item: every key always present, dates as ISO dates.

    `nagekeken_op` is the day a person confirmed the contact is current, or null; the keys
    after it describe the source (its name, address and own date), when the values were taken
    from it, and whether the area is inferred."""
    return {key: _json_value(getattr(contact, key)) for key in CONTACT_KEYS}


@dataclass(frozen=True)
class Route:
    """The sourced way to act today while a support form's regional contact is unknown: what
    to do (`uitleg`), a page that helps, contacts that cover the place, and where the text
    comes from. The JSON API calls it `zolang_niet_gekend`.

    The catalogue gives the texts for every reader in `varianten` ("" for young people,
    parents and others, "jongere", "prof"); `worded` keeps the one for a reader, so what is
    shown carries a single `uitleg`.
    """

    uitleg: str
    pagina: str | None = None
    contacten: tuple[Contact, ...] = ()
    bron_naam: str = ""
    bron_url: str | None = None
    bron_datum: str = "zonder datum"
    varianten: tuple[tuple[str, str], ...] = ()
    taal: str = "nl"  # the language of `uitleg` (Dutch when it has no translation)

    def worded(self, reader: str) -> Route:
        """This route in the words for `reader` (a key of `varianten`), else the default."""
        texts = dict(self.varianten)
        return replace(self, uitleg=texts.get(reader, texts.get("", self.uitleg)), varianten=())

    @property
    def actionable(self) -> bool:
        """Whether it gives something to dial or click: a page, or a contact with a phone
        number, an e-mail address or a website."""
        return bool(self.pagina) or any(c.telefoon or c.email or c.website for c in self.contacten)


def route_to_dict(route: Route) -> dict[str, Any]:
    """The `zolang_niet_gekend` object: the way to act today while a step's own contact is
    unknown (what to do, a page, contacts) and the source of its text."""
    return {
        "uitleg": route.uitleg,
        "pagina": route.pagina,
        "contacten": [contact_to_dict(c) for c in route.contacten],
        "bron_naam": route.bron_naam,
        "bron_url": route.bron_url,
        "bron_datum": route.bron_datum,
    }
