"""JSON API: GET /api/advies/?<answers>[&taal=nl|fr|en]."""

from django.http import HttpRequest, HttpResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import override
from django.views.decorators.http import require_GET

from catalog.languages import BadLanguage, api_language
from catalog.utils.json_response import json_response
from routing.answers import AnswerErrors, parse_answers
from routing.engine import advise
from routing.serialize import advice_to_dict, errors_to_dict
from routing.web.directory import DatabaseDirectory
from routing.web.languages import gettext_each, translator


def _json(data: dict, status: int = 200) -> HttpResponse:
    response = json_response(data, status=status)
    # Answers can be sensitive: no cache anywhere may keep them.
    add_never_cache_headers(response)
    response["Cache-Control"] = "no-store"
    return response


@require_GET
def advice_api(request: HttpRequest) -> HttpResponse:
    """The advice for the answers in the query string; 400 with `fouten` when they are wrong.
    `taal=fr|en` gives the texts in French or English; keys and values stay the same."""
    try:
        language = api_language(request)
    except BadLanguage as error:
        return _json({"fouten": {"taal": [str(error)]}}, status=400)
    with override(language):
        try:
            answers = parse_answers(dict(request.GET.lists()))
            advice = advise(answers, DatabaseDirectory(language=language), translate=translator())
        except AnswerErrors as errors:
            return _json({"fouten": gettext_each(errors_to_dict(errors)["fouten"])}, status=400)
        return _json(advice_to_dict(advice))
