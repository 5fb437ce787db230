"""The public questionnaire, its summary and the advice page (thin views).

Answers live in the session only, in the answer vocabulary (key → list of strings),
under `SESSION_KEY`; URLs and page titles stay neutral (`/vragen/3/`, "Vraag 3 van 6").
Every page is a normal form or link that works without JavaScript; with htmx the same view
returns only the `content` partial, which is swapped into `<main>`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import get_language, gettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from catalog import selectors
from catalog.contacts import to_contact
from routing import questionnaire as q
from routing.answers import KEYS, AnswerErrors, parse_answers
from routing.directory import Contact
from routing.engine import advise
from routing.web import advice_page, forms
from routing.web.directory import DatabaseDirectory
from routing.web.languages import translator

SESSION_KEY = "antwoorden"
SITE = "Routewijzer jeugdhulp"


# --- helpers ----------------------------------------------------------------------------------


def private(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """No cache may keep these pages (they show answers); htmx and full pages differ."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        # What `add_never_cache_headers` leaves once its Cache-Control is replaced by the
        # stricter "no-store", without its parsing on every answer page.
        response.setdefault("Expires", http_date())
        response["Cache-Control"] = "no-store"
        patch_vary_headers(response, ["HX-Request"])
        return response

    return wrapper


def get_answers(request: HttpRequest) -> q.RawAnswers:
    """The stored answers, defensively reduced to vocabulary keys with lists of strings."""
    stored = request.session.get(SESSION_KEY)
    if not isinstance(stored, dict):
        return {}
    return {
        k: [v for v in values if isinstance(v, str)]
        for k, values in stored.items()
        if k in KEYS and isinstance(values, list)
    }


def save_answers(request: HttpRequest, answers: Mapping[str, list[str]]) -> None:
    """Store the answers in the session (and nowhere else)."""
    request.session[SESSION_KEY] = {k: list(v) for k, v in answers.items()}


def question_url(position: int) -> str:
    """The neutral URL of the question at this 1-based position."""
    return reverse("routing:question", args=[position])


def next_url(answers: Mapping[str, list[str]]) -> str:
    """Where a person with these answers continues: the first open question, or the summary."""
    position = q.next_position(answers)
    return question_url(position) if position else reverse("routing:summary")


def see_other(url: str) -> HttpResponseRedirect:
    """POST → redirect → GET, so Back and reload never resend a form."""
    return HttpResponseRedirect(url, status=303)


def page(
    request: HttpRequest, template: str, context: dict[str, Any], status: int = 200
) -> HttpResponse:
    """The full page, or for htmx only its `content` partial (with the page title)."""
    partial = bool(request.htmx) and not request.htmx.history_restore_request
    context = {**context, "partial": partial, "site_title": SITE}
    name = f"{template}#content" if partial else template
    response = render(request, name, context, status=status)
    if partial and status >= 400:
        response["HX-Push-Url"] = "false"  # the error belongs to the same history entry
    return response


def words(text: q.Text, rol: str | None) -> str:
    """A questionnaire text (Dutch, from the vocabulary) for this role, in the page's
    language."""
    dutch = q.say(text, rol)
    return gettext(dutch) if dutch else ""


def emergency_contacts() -> list[Contact]:
    """The Belgium-wide emergency numbers (112, 101) from the catalogue, 112 first."""
    now = timezone.localtime()
    language = get_language() or "nl"
    return [
        to_contact(point, now, language=language)
        for slug in advice_page.EMERGENCY_NUMBERS
        for point in selectors.nationwide_contacts(slug)
    ]


# --- start ------------------------------------------------------------------------------------


@require_safe
@private
def start(request: HttpRequest) -> HttpResponse:
    """The start page: what this site does and does not do, privacy, and "begin"."""
    answers = get_answers(request)
    return page(
        request,
        "routing/start.html",
        {
            "page_title": gettext("Start"),
            "has_answers": bool(answers),
            "continue_url": next_url(answers),
        },
    )


# --- questions --------------------------------------------------------------------------------


def _option_rows(
    question: q.Question, rol: str | None, chosen: list[str]
) -> list[dict[str, str | bool]]:
    return [
        {
            "value": o.value,
            "id": f"f-{question.key}-{o.value}",
            "label": words(o.label, rol),
            "hint": words(o.hint, rol),
            "checked": o.value in chosen,
        }
        for o in question.options
    ]


def _chosen(question: q.Question, answers: Mapping[str, list[str]]) -> list[str]:
    values = answers.get(question.key)
    if question.key == "met" and values == []:
        return [q.UNKNOWN]
    return list(values or [])


def _place_value(answers: Mapping[str, list[str]], keys: tuple[str, str] = forms.PLACE_KEYS) -> str:
    if answers.get(keys[0]):
        return answers[keys[0]][0]
    if answers.get(keys[1]):
        area = forms.place_area(answers, keys)
        return area.name if area else ""
    return ""


def _question_context(
    question: q.Question,
    answers: Mapping[str, list[str]],
    position: int,
    *,
    chosen: list[str],
    text: str = "",
    error: str = "",
) -> dict[str, Any]:
    rol = (answers.get("rol") or [None])[0]
    if question.key == "rol":
        rol = None  # the role question itself is always worded neutrally
    danger = answers.get("gevaar") == ["ja"]
    # Until the role and the situations are known, say how many questions there can be, so
    # the count never jumps when a follow-up question is added.
    fewest, most = q.question_range(answers)
    of = (
        f"{fewest}"
        if fewest == most
        else gettext("{fewest} tot {most}").format(fewest=fewest, most=most)
    )
    title = gettext("Vraag {position} van {total}").format(position=position, total=of)
    context: dict[str, Any] = {
        "page_title": gettext("Fout: {title}").format(title=title) if error else title,
        "question": question,
        "title": words(question.title, rol),
        "hint": words(question.hint, rol),
        "options": _option_rows(question, rol, chosen),
        "position": position,
        "total": of,
        "previous_url": question_url(position - 1) if position > 1 else reverse("routing:start"),
        "error": error,
        "text": text,
        "danger": danger and question.key != "gevaar",
        "emergency": emergency_contacts() if question.key == "gevaar" or danger else [],
    }
    if question.key == "situatie":
        area = forms.place_area(answers)
        if area is not None and not area.in_werkingsgebied:
            context["outside_note"] = forms.outside_note(_place_value(answers), area)
    return context


@require_http_methods(["GET", "HEAD", "POST"])
@private
def question(request: HttpRequest, position: int) -> HttpResponse:
    """One question: GET shows it with the stored answer; POST stores it and moves on."""
    answers = get_answers(request)
    steps = q.applicable(answers)
    first_open = q.next_position(answers)
    if not 1 <= position <= len(steps) or (first_open is not None and position > first_open):
        return see_other(next_url(answers))
    current = steps[position - 1]

    if request.method == "POST":
        try:
            values = forms.clean_step(current, request.POST)
        except q.StepError as error:
            submitted = request.POST.getlist(current.key)
            context = _question_context(
                current,
                answers,
                position,
                chosen=[v for v in submitted if isinstance(v, str)],
                text=request.POST.get("postcode", "")[: forms.MAX_TEXT],
                error=gettext(error.message),
            )
            if current.kind == "place":  # "Bedoel je …?": the same buttons as while typing
                context["suggestions"] = forms.suggest_places(context["text"])
            return page(request, "routing/question.html", context, status=400)
        answers = q.apply_step(answers, current, values)
        save_answers(request, answers)
        return see_other(next_url(answers))

    context = _question_context(
        current,
        answers,
        position,
        chosen=_chosen(current, answers),
        text=_place_value(answers, current.place_keys) if current.kind == "place" else "",
    )
    # Right after "Ja" to the danger question, start at the call buttons; later questions
    # start at their own heading again.
    context["danger_focus"] = context["danger"] and steps[position - 2].key == "gevaar"
    return page(request, "routing/question.html", context)


@require_POST
@private
def places(request: HttpRequest) -> HttpResponse:
    """Municipality suggestions while typing a postcode or name (htmx; POST keeps the typed
    text out of URLs and logs)."""
    suggestions = forms.suggest_places(request.POST.get("postcode", ""))
    return render(request, "routing/places.html", {"suggestions": suggestions})


# --- summary, advice, restart -----------------------------------------------------------------


@require_safe
@private
def summary(request: HttpRequest) -> HttpResponse:
    """All answers with a "wijzig" link each; from here the advice."""
    answers = get_answers(request)
    if q.next_position(answers) is not None:
        return see_other(next_url(answers))
    rol = (answers.get("rol") or [None])[0]
    rows = []
    area = None
    for position, question in enumerate(q.applicable(answers), start=1):
        if question.kind == "place":
            place = forms.place_area(answers, question.place_keys)
            values = [forms.place_text(answers, place, question.place_keys)]
            if question.place_keys == forms.PLACE_KEYS:
                area = place  # the home: a place outside gets its note
        else:
            values = [gettext(v) for v in q.answer_texts(question, answers, rol)]
        rows.append(
            {
                "label": words(question.summary_label, rol),
                "values": values,
                "url": question_url(position),
            }
        )
    outside = ""
    if area is not None and not area.in_werkingsgebied:
        outside = forms.outside_note(_place_value(answers), area)
    context = {"page_title": gettext("Je antwoorden"), "rows": rows, "outside_note": outside}
    return page(request, "routing/summary.html", context)


@require_safe
@private
def advice(request: HttpRequest) -> HttpResponse:
    """The advice for the stored answers; without complete answers, back to the questions."""
    answers = get_answers(request)
    if q.next_position(answers) is not None:
        return see_other(next_url(answers))
    try:
        directory = DatabaseDirectory(language=get_language())
        result = advise(parse_answers(answers), directory, translate=translator())
    except AnswerErrors as errors:
        # Stale or impossible answers: ask the first question that has a problem again.
        for position, question in enumerate(q.applicable(answers), start=1):
            if set(question.keys) & set(errors.errors):
                return see_other(question_url(position))
        return see_other(question_url(1))
    context = advice_page.context(result)
    return advice_page.rendered_once(
        request, context, lambda extra: page(request, "routing/advice.html", {**context, **extra})
    )


# No CSRF token needed, as for "Snel weg": forgetting is harmless, and the session cookie
# (SameSite=Lax) is not sent with another site's form post anyway.
@csrf_exempt
@require_POST
@private
def restart(request: HttpRequest) -> HttpResponse:
    """Forget every answer (the whole session) and go back to the start."""
    request.session.flush()
    return see_other(reverse("routing:start"))
