"""The OpenAPI 3 description of the JSON API, served at /api/openapi.json.

Written by hand from the public contract (docs/engine.md): it is what integrators rely on,
and CI checks the live app against it with schemathesis (`.ci/run`), so a change to the API
that this document does not follow fails the build.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

from catalog.api import READERS as ROUTE_READERS
from catalog.display import contact_schema
from routing.rules import URGENCIES
from routing.vocabulary import (
    CONFLICT_PARTIES,
    CRISIS_PLACE_KEYS,
    FOLLOW_UPS,
    MAX_AGE,
    ROLES,
    SITUATIONS,
    YES_NO,
    say,
)

REGIONS = (
    "antwerpen",
    "brussel",
    "limburg",
    "oost-vlaanderen",
    "vlaams-brabant",
    "west-vlaanderen",
)


def _string(**extra: Any) -> dict[str, Any]:
    return {"type": "string", **extra}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {**schema, "nullable": True}


def _object(properties: dict[str, Any], optional: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": [key for key in properties if key not in optional],
    }


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _query(
    name: str, schema: dict[str, Any], description: str, required: bool = False, **extra: Any
) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "description": description,
            "schema": schema, **extra}  # fmt: skip


# A contact's keys, types and descriptions come from the dataclass the JSON is written from.
CONTACT = contact_schema()
# The route while a step's own contact is unknown: what to do (worded for the reader of the
# advice), a page, contacts, and the source of the text.
ROUTE = {
    "uitleg": _string(minLength=1),
    "pagina": _nullable(_string()),
    "contacten": {"type": "array", "items": _ref("Contact")},
    "bron_naam": _string(),
    "bron_url": _nullable(_string()),
    "bron_datum": _string(),
}
FALLBACK = _object(ROUTE)
FORM_CONTACTS = _object(
    {
        "contact_gekend": {"type": "boolean"},
        "contacten": {"type": "array", "items": _ref("Contact")},
        # No reader here: `uitleg` for everyone, and each reader's wording.
        "zolang_niet_gekend": _object(
            {**ROUTE, "uitleg_per_lezer": _object({r: _string() for r in ROUTE_READERS})}
        ),
    },
    optional=("zolang_niet_gekend",),
)
ERRORS = _object(
    {
        "fouten": {
            "type": "object",
            "additionalProperties": {"type": "array", "items": _string(), "minItems": 1},
        }
    }
)
ADVICE = _object(
    {
        "antwoorden": {"type": "object", "description": "De geldige antwoorden, genormaliseerd"},
        "gebied": _nullable(
            _object(
                {
                    "gemeente": _object({"nis": _string(pattern="^[0-9]{5}$"), "naam": _string()}),
                    "regio": _nullable(_string(enum=list(REGIONS))),
                    "in_werkingsgebied": {"type": "boolean"},
                }
            )
        ),
        "stappen": {
            "type": "array",
            "items": _object(
                {
                    "vorm": _string(),
                    "titel": _string(),
                    "urgentie": _string(enum=list(URGENCIES)),
                    "wat_doen": _string(),
                    "waarom": _string(minLength=1),
                    "regels": {"type": "array", "items": _string(), "minItems": 1},
                    "contacten": {"type": "array", "items": _ref("Contact")},
                    "contact_gekend": {"type": "boolean"},
                    "zolang_niet_gekend": FALLBACK,
                },
                optional=("zolang_niet_gekend",),
            ),
        },
        "niet_mogelijk": {
            "type": "array",
            "items": _object(
                {
                    "vorm": _string(),
                    "waarom": _string(),
                    "regels": {"type": "array", "items": _string()},
                }
            ),
        },
        "meldingen": {"type": "array", "items": _string()},
        "andere_systemen": {
            "type": "array",
            "description": "Alleen in Brussel, en alleen als er iets is: Franstalige diensten "
            "van een ander systeem, naast de stappen (geen stap, geen Vlaams contact). "
            "Zonder eigen contact zegt zo_vind_je_het hoe je de dienst vindt.",
            "items": _object(
                {
                    "vorm": _string(),
                    "titel": _string(),
                    "wat_doen": _string(),
                    "waarom": _string(minLength=1),
                    "regels": {"type": "array", "items": _string(), "minItems": 1},
                    "contacten": {"type": "array", "items": _ref("Contact")},
                    "zo_vind_je_het": FALLBACK,
                },
                optional=("zo_vind_je_het",),
            ),
        },
    },
    optional=("andere_systemen",),
)
MUNICIPALITY = _object(
    {
        "gemeente": _object(
            {
                "nis": _string(pattern="^[0-9]{5}$"),
                "naam": _string(),
                "naam_fr": _string(),
                "postcodes": {"type": "array", "items": _string(pattern="^[0-9]{4}$")},
            },
            optional=("postcodes",),
        ),
        "regio": _nullable(_string(enum=list(REGIONS))),
        "regio_naam": _nullable(_string()),
        "arrondissement": _nullable(
            _object({"code": _string(pattern="^[0-9]{2}$"), "naam": _nullable(_string())})
        ),
        "in_werkingsgebied": {"type": "boolean"},
        "melding": _string(),
        "ondersteuningsvormen": {"type": "object", "additionalProperties": _ref("FormContacts")},
    },
    optional=("melding",),
)

ADVICE_PARAMETERS = [
    _query("gevaar", _string(enum=list(YES_NO)), "Is iemand nu in gevaar?", required=True),
    _query("rol", _string(enum=list(ROLES)), "Wie stelt de vraag", required=True),
    _query(
        "leeftijd",
        _string(pattern="^(ongeboren|0?[0-9]|1[0-9]|2[0-5])$"),
        f"Leeftijd van het kind: 'ongeboren' of 0 tot {MAX_AGE}",
        required=True,
    ),
    # The API needs a postcode or a gemeente; OpenAPI 3.0 cannot say "one of two", so the
    # postcode is the documented required one.
    _query(
        "postcode",
        _string(pattern="^[1-9][0-9]{3}$"),
        "Postcode van de plaats waar het kind officieel woont",
        required=True,
    ),
    # Optional keys may be sent empty, as HTML forms do: empty means "not answered".
    _query("gemeente", _string(pattern="^([0-9]{5})?$"), "NIS-code; wint van postcode"),
    _query(
        "situatie",
        {"type": "array", "items": _string(enum=list(SITUATIONS)), "minItems": 1},
        "Wat er aan de hand is (herhaal de sleutel voor meer)",
        required=True,
        style="form",
        explode=True,
    ),
    _query(
        "met",
        {"type": "array", "items": _string(enum=[*CONFLICT_PARTIES, ""])},
        "Met wie het conflict is (herhaal de sleutel voor meer partijen)",
        style="form",
        explode=True,
    ),
    _query("lopend", _string(enum=[*YES_NO, ""]), "Loopt er al hulp?"),
    _query("clb_bereikbaar", _string(enum=[*YES_NO, ""]), "Kan de school het CLB nu bereiken?"),
    # The follow-ups for the situations people bring: optional, kept only where asked.
    *(_query(f.key, _string(enum=[*f.values, ""]), say(f.title, None)) for f in FOLLOW_UPS),
    # The place of the crisis: needed (one of the two) when crisis_elders is ja, else ignored.
    _query(
        CRISIS_PLACE_KEYS[0],
        _string(pattern="^([1-9][0-9]{3})?$"),
        "Postcode van de plaats van de crisis (bij crisis_elders=ja)",
    ),
    _query(
        CRISIS_PLACE_KEYS[1],
        _string(pattern="^([0-9]{5})?$"),
        "NIS-code van de plaats van de crisis; wint van crisis_postcode",
    ),
]

# The language of the texts only: keys and values (vorm, urgentie, regels, …) stay Dutch.
LANGUAGE_PARAMETER = _query(
    "taal",
    _string(enum=[code for code, _ in settings.LANGUAGES]),
    "Taal van de teksten (titels, uitleg, meldingen, foutmeldingen): nl (standaard), fr of en. "
    "Sleutels en waarden blijven Nederlands; een andere waarde geeft 400 met fouten.taal.",
)

NIS_PARAMETER = {
    "name": "nis",
    "in": "path",
    "required": True,
    "schema": _string(pattern="^[0-9]{5}$"),
    "description": "NIS-code (5 cijfers)",
}


def document() -> dict[str, Any]:
    """The OpenAPI 3.0 document."""
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Routewijzer jeugdhulp",
            "version": "1",
            "description": "Advies voor de volgende stap in de integrale jeugdhulp, en de "
            "contacten per gemeente in Vlaanderen en Brussel. Antwoorden worden niet bewaard.",
            "license": {"name": "EUPL-1.2"},
        },
        "paths": {
            "/api/advies/": {
                "get": {
                    "operationId": "advies",
                    "summary": "Advies voor een set antwoorden",
                    "parameters": [*ADVICE_PARAMETERS, LANGUAGE_PARAMETER],
                    "responses": {
                        "200": _json(_ref("Advice"), "Het advies"),
                        "400": _json(_ref("Errors"), "Ontbrekende of ongeldige antwoorden of taal"),
                    },
                }
            },
            "/api/gemeenten/{nis}/": {
                "get": {
                    "operationId": "gemeente",
                    "summary": "Een gemeente en de contacten per ondersteuningsvorm",
                    "parameters": [NIS_PARAMETER, LANGUAGE_PARAMETER],
                    "responses": {
                        "200": _json(_ref("Municipality"), "De gemeente"),
                        "400": _json(_ref("Errors"), "Geen geldige NIS-code of taal"),
                        "404": _json(_ref("Errors"), "Geen Belgische gemeente"),
                    },
                }
            },
            "/api/open-data/hsds.json": {
                "get": {
                    "operationId": "hsds",
                    "summary": "De hele catalogus als Open Referral HSDS 3",
                    "description": "Met ETag en Last-Modified: If-None-Match of "
                    "If-Modified-Since krijgt 304 zolang de catalogus niet veranderde.",
                    "responses": {
                        "200": _json({"type": "object"}, "De catalogus"),
                        "304": {"description": "Niet veranderd sinds de vorige keer"},
                    },
                }
            },
            "/gezond/": {
                "get": {
                    "operationId": "gezond",
                    "summary": "Gezondheid: antwoordt 200 als de databank antwoordt",
                    "responses": {
                        "200": _json(_object({"status": _string()}), "In orde"),
                        "503": _json(_object({"status": _string()}), "Geen databank"),
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "Contact": CONTACT,
                "FormContacts": FORM_CONTACTS,
                "Errors": ERRORS,
                "Advice": ADVICE,
                "Municipality": MUNICIPALITY,
            }
        },
    }


@require_GET
def openapi_json(request: HttpRequest) -> JsonResponse:
    """`GET /api/openapi.json`."""
    return JsonResponse(document(), json_dumps_params={"ensure_ascii": False})
