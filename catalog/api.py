"""JSON APIs of the catalogue: one municipality and the open-data export."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.utils.translation import get_language, gettext, override
from django.views.decorators.http import require_GET

from catalog import hsds, selectors
from catalog.contacts import route_for, to_contact
from catalog.coverage import routing_slugs
from catalog.display import Route, contact_to_dict, route_to_dict
from catalog.languages import BadLanguage, api_language
from catalog.search import outside_municipality
from catalog.utils.json_response import json_response

NIS_PATTERN = re.compile(r"[0-9]{5}")


def _json(data: dict, status: int = 200) -> HttpResponse:
    return json_response(data, status=status)


def _forms(nis: str, at: datetime) -> dict[str, dict[str, Any]]:
    """Per routing support form its contacts; where none is known, also `zolang_niet_gekend`:
    the sourced way to reach that help today (explanation, page, contacts) when there is one."""
    slugs = routing_slugs()
    found = selectors.contacts_by_slug(nis, slugs)
    municipality = selectors.municipality_by_nis(nis)
    language = get_language() or "nl"
    result = {}
    for slug in slugs:
        contacts = [
            contact_to_dict(to_contact(p, at, municipality, language)) for p in found.get(slug, [])
        ]
        result[slug] = {"contact_gekend": bool(contacts), "contacten": contacts}
        route = None if contacts else route_for(slug, nis, at, language)
        if route is not None:
            result[slug]["zolang_niet_gekend"] = _route_for_everyone(route)
    return result


#: The readers `uitleg_per_lezer` words a route for: everyone (young people, parents and
#: others), a young person, a care worker or school.
READERS = {"iedereen": "", "jongere": "jongere", "hulpverlener": "prof"}


def _route_for_everyone(route: Route) -> dict[str, Any]:
    """The route as the advice gives it (`uitleg` for everyone), with each reader's wording:
    this API does not know who asks."""
    data = route_to_dict(route.worded(""))
    data["uitleg_per_lezer"] = {k: route.worded(r).uitleg for k, r in READERS.items()}
    return data


def municipality_data(nis: str, at: datetime | None = None) -> dict[str, Any] | None:
    """The JSON of `GET /api/gemeenten/<nis>/`, or None for a NIS code that is not Belgian.

    A Walloon municipality is answered with `in_werkingsgebied: false` and only the
    Belgium-wide contacts (112, 101): Flemish youth care does not cover it.
    """
    at = at or timezone.localtime()
    municipality = selectors.municipality_by_nis(nis)
    if municipality is not None:
        # From the in-memory catalogue: these two queries were a third of this API's cost.
        postcodes = selectors.postcodes_of(municipality.nis)
        arrondissement_name = selectors.arrondissement_name(municipality.arrondissement_code)
        return {
            "gemeente": {
                "nis": municipality.nis,
                "naam": municipality.name_nl,
                "naam_fr": municipality.name_fr,
                "postcodes": postcodes,
            },
            "regio": municipality.region_id,
            "regio_naam": municipality.region.name,
            "arrondissement": {
                "code": municipality.arrondissement_code,
                "naam": arrondissement_name,
            },
            "in_werkingsgebied": True,
            "ondersteuningsvormen": _forms(nis, at),
        }
    outside = outside_municipality(nis)
    if outside is None:
        return None
    return {
        "gemeente": {"nis": outside.nis, "naam": outside.name, "naam_fr": outside.name_fr},
        "regio": None,
        "regio_naam": None,
        "arrondissement": None,
        "in_werkingsgebied": False,
        "melding": gettext(
            "Deze gemeente ligt buiten Vlaanderen en Brussel. De Vlaamse integrale "
            "jeugdhulp werkt daar niet; bij gevaar bel je 112 of 101."
        ),
        "ondersteuningsvormen": _forms(nis, at),
    }


@require_GET
def municipality_api(request: HttpRequest, nis: str) -> HttpResponse:
    """`GET /api/gemeenten/<nis>/`: 400 for a malformed code or `taal`, 404 for an unknown
    code. `taal=fr|en` gives the texts in French or English."""
    try:
        language = api_language(request)
    except BadLanguage as error:
        return _json({"fouten": {"taal": [str(error)]}}, status=400)
    with override(language):
        if not NIS_PATTERN.fullmatch(nis):
            message = gettext("Een NIS-code heeft precies 5 cijfers.")
            return _json({"fouten": {"nis": [message]}}, status=400)
        data = municipality_data(nis)
        if data is None:
            message = gettext("Er is geen gemeente met NIS-code {nis}.").format(nis=nis)
            return _json({"fouten": {"nis": [message]}}, status=404)
        return _json(data)


@require_GET
def hsds_export(request: HttpRequest) -> HttpResponse:
    """`GET /api/open-data/hsds.json`: the whole catalogue as Open Referral HSDS 3.

    Built once per catalogue version; `If-None-Match` / `If-Modified-Since` get a 304.
    """
    entry = hsds.cached_export(base_url=request.build_absolute_uri("/").rstrip("/"))
    last_modified = entry.last_modified.timestamp()
    response = get_conditional_response(request, etag=entry.etag, last_modified=last_modified)
    if response is None:
        response = HttpResponse(entry.body, content_type="application/json")
    response["ETag"] = entry.etag
    response["Last-Modified"] = http_date(last_modified)
    # Clients and caches may keep it a minute, then ask again (mostly a cheap 304).
    response["Cache-Control"] = "public, max-age=60"
    return response
