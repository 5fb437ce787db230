"""Site-wide views: quick exit, robots.txt and the server-error handler."""

from __future__ import annotations

import logging
import sys
import threading
import time

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.template import loader
from django.utils.translation import get_language, gettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from catalog.utils.database import timed_out
from routewijzer.sessions import SessionStoreUnavailable


@csrf_exempt  # someone leaving in a hurry must never meet a 403; forgetting is harmless
@require_http_methods(["GET", "HEAD", "POST"])  # the address typed or bookmarked works too
def quick_exit(request: HttpRequest) -> HttpResponseRedirect:
    """Forget everything this visitor answered and leave for a neutral site.

    Works without JavaScript (a plain form POST); with JavaScript the page calls this in the
    background and leaves with location.replace.
    """
    # Deletes the session's file: works while the database is down (the 503 page has this
    # button too), and the emptied session makes SessionMiddleware delete the cookie.
    request.session.flush()
    response = HttpResponseRedirect(settings.QUICK_EXIT_URL, status=303)
    response["Cache-Control"] = "no-store"
    # The CSRF cookie is the last trace of the visit on a shared device.
    response.delete_cookie(
        settings.CSRF_COOKIE_NAME,
        path=settings.CSRF_COOKIE_PATH,
        domain=settings.CSRF_COOKIE_DOMAIN,
        samesite=settings.CSRF_COOKIE_SAMESITE,
    )
    return response


#: Crawlers may index the public pages, not the questionnaire steps, advice or admin.
ROBOTS = "User-agent: *\nDisallow: /vragen/\nDisallow: /advies/\nDisallow: /admin/\n"


def robots_txt(request: HttpRequest) -> HttpResponse:
    """`/robots.txt`. Also the trivial view `bench/load` measures as its baseline: the whole
    middleware stack, no database, no template."""
    return HttpResponse(ROBOTS, content_type="text/plain; charset=utf-8")


error_log = logging.getLogger("routewijzer.error")

#: Errors that mean "the database or the sessions cannot be reached now" (down, refusing,
#: stalled past the connect, lock or statement timeout; the session directory full or not
#: writable): the visitor gets 503 and may simply retry.
UNAVAILABLE = (OperationalError, InterfaceError, SessionStoreUnavailable)
#: Seconds a client should wait before retrying after a 503.
RETRY_AFTER = 30
#: A traceback per kind of error at most this often: an outage fails every request, and a
#: traceback each would flood the log.
TRACEBACK_INTERVAL = 60.0

_last_traceback: dict[str, float] = {}
_last_traceback_lock = threading.Lock()


def _traceback_due(kind: str) -> bool:
    now = time.monotonic()
    with _last_traceback_lock:
        last = _last_traceback.get(kind)
        if last is not None and now - last < TRACEBACK_INTERVAL:
            return False
        _last_traceback[kind] = now
        return True


def _language() -> dict[str, str]:
    # These pages render without the request's context processors: the page's language.
    return {"PAGE_LANGUAGE": get_language() or settings.LANGUAGE_CODE}


def server_error(request: HttpRequest) -> HttpResponse:
    """`handler500`: 503 while the database is unavailable (JSON under /api/, with
    Retry-After), otherwise the plain 500 page.

    Django would log each failure with its full traceback; here the request log line names the
    error kind (RequestLogMiddleware reads `request.error_kind`), and the traceback is logged
    at most once a minute per kind.
    """
    error = sys.exc_info()[1]
    # A lock or statement timeout is named by its driver's error (LockNotAvailable,
    # QueryCanceled): the log then tells it from an unreachable database, and each kind gets
    # its own traceback.
    named = error.__cause__ if error is not None and timed_out(error) else error
    kind = f"{type(named).__module__}.{type(named).__qualname__}" if named else "unknown"
    request.error_kind = kind
    if error is not None and _traceback_due(kind):
        error_log.error(
            "%s (traceback at most once a minute per error kind)",
            kind,
            exc_info=error,
            extra={"fields": {"error_kind": kind}},
        )
    if isinstance(error, UNAVAILABLE):
        if request.path.startswith("/api/"):
            response: HttpResponse = JsonResponse(
                {
                    "fouten": {
                        "server": [
                            gettext(
                                "De gegevens zijn even niet bereikbaar. Probeer het over een "
                                "paar minuten opnieuw."
                            )
                        ]
                    }
                },
                status=503,
                json_dumps_params={"ensure_ascii": False},
            )
        else:
            response = HttpResponse(loader.get_template("503.html").render(_language()), status=503)
        response["Retry-After"] = str(RETRY_AFTER)
    else:
        response = HttpResponse(loader.get_template("500.html").render(_language()), status=500)
    response["Cache-Control"] = "no-store"
    # Django's own log line for this response would repeat the traceback on every request.
    response._has_been_logged = True
    return response
