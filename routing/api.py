"""JSON API: GET /api/advies/?<answers>."""

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_GET

from catalog.api import fallback_to_dict
from catalog.directory import DatabaseDirectory, fallback_for
from routewijzer.json_response import json_response
from routing.answers import AnswerErrors, parse_answers
from routing.engine import Advice, advise
from routing.serialize import advice_to_dict, errors_to_dict


def _json(data: dict, status: int = 200) -> HttpResponse:
    response = json_response(data, status=status)
    # Answers can be sensitive: no cache anywhere may keep them.
    add_never_cache_headers(response)
    response["Cache-Control"] = "no-store"
    return response


@require_GET
def advice_api(request: HttpRequest) -> HttpResponse:
    """The advice for the answers in the query string; 400 with `fouten` when they are wrong."""
    try:
        answers = parse_answers(dict(request.GET.lists()))
        advice = advise(answers, DatabaseDirectory())
    except AnswerErrors as errors:
        return _json(errors_to_dict(errors), status=400)
    return _json(advice_json(advice))


def advice_json(advice: Advice) -> dict[str, Any]:
    """The advice as the API's JSON. Every step whose own contact is unknown also gets the
    sourced way to reach that help today (`zolang_niet_gekend`), as the advice page shows it."""
    data = advice_to_dict(advice)
    area = data["gebied"]
    if not area or not area["in_werkingsgebied"]:
        return data
    for step in data["stappen"]:
        if step["contact_gekend"]:
            continue
        fallback = fallback_for(step["vorm"], area["gemeente"]["nis"])
        if fallback is not None:
            step["zolang_niet_gekend"] = fallback_to_dict(fallback)
    return data
