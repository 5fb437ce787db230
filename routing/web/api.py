"""JSON API: GET /api/advies/?<answers>."""

from django.http import HttpRequest, HttpResponse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_GET

from catalog.utils.json_response import json_response
from routing.answers import AnswerErrors, parse_answers
from routing.engine import advise
from routing.serialize import advice_to_dict, errors_to_dict
from routing.web.directory import DatabaseDirectory


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
    return _json(advice_to_dict(advice))
