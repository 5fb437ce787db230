"""Site-wide middleware: request logs, allowed methods, the Permissions-Policy header and the
first page's language."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_supported_language_variant
from django.utils.translation.trans_real import parse_accept_lang_header
from django.views.defaults import bad_request

from catalog.utils.json_response import json_response

request_log = logging.getLogger("routewijzer.request")
log = logging.getLogger(__name__)

#: Longest path written to the log (an unknown URL can be anything someone typed).
MAX_LOGGED_PATH = 200


class RequestLogMiddleware:
    """One structured log line per request: method, path, route, status and duration.

    Never the query string (the advice API carries answers there), the body, cookies, the
    session, the IP address, the referrer or the user agent.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        """Serve the request, then log it."""
        started = time.perf_counter()
        response = self.get_response(request)
        duration_ms = round((time.perf_counter() - started) * 1000, 2)
        match = getattr(request, "resolver_match", None)
        status = response.status_code
        fields = {
            "method": request.method,
            "path": request.path[:MAX_LOGGED_PATH],
            "route": match.route if match else None,
            "view": match.view_name if match else None,
            "status": status,
            "duration_ms": duration_ms,
            "htmx": request.headers.get("HX-Request") == "true",
        }
        # Set by the server-error handler: which exception failed this request.
        error_kind = getattr(request, "error_kind", None)
        if error_kind:
            fields["error"] = error_kind
        request_log.log(
            logging.ERROR if status >= 500 else logging.INFO,
            "%s %s %s",
            request.method,
            request.path[:MAX_LOGGED_PATH],
            status,
            extra={"fields": fields},
        )
        return response


class PermissionsPolicyMiddleware:
    """Send `Permissions-Policy` from settings.PERMISSIONS_POLICY ({feature: [origins]};
    an empty list denies the feature everywhere)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(origins)})"
            for feature, origins in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request: HttpRequest) -> HttpResponse:
        """Add the header unless the view set its own."""
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response


#: Every page of this site is read with GET (or HEAD) and sent with POST.
ALLOWED_METHODS = ("GET", "HEAD", "POST")
#: The JSON API and the health check are read-only.
READ_ONLY_PREFIXES = ("/api/", "/gezond/")
READ_METHODS = ("GET", "HEAD")


#: What a field holding a NUL byte is told, in the API's error format.
NUL_MESSAGE = "Bevat een teken dat hier niet kan (een NUL-teken). Laat het weg."


def _nul_fields(request: HttpRequest) -> list[str]:
    """The names of the query and form fields holding a NUL byte ("invoer" for a name that
    holds one). Paths are the views' own: their converters and lookups answer 404."""
    found: list[str] = []
    data = [request.GET, request.POST] if request.method == "POST" else [request.GET]
    for query in data:
        for key, values in query.lists():
            if "\x00" in key or any("\x00" in value for value in values):
                found.append(key if "\x00" not in key else "invoer")
    return found


def _nul_refused(request: HttpRequest, fields: list[str]) -> HttpResponse:
    """400 in Dutch: the API's error JSON under /api/, else the site's own 400 page."""
    if request.path.startswith("/api/"):
        return json_response({"fouten": {key: [NUL_MESSAGE] for key in fields}}, status=400)
    return bad_request(request, BadRequest("NUL byte in the request"))


class AllowedMethodsMiddleware:
    """Answer any other method (PUT, DELETE, TRACE, OPTIONS, ...), and anything but GET/HEAD
    on the read-only API, with 405 before anything else looks at it: otherwise the CSRF check
    answers 403 first, and TRACE would reach views that do not check their method.

    Also refuses a NUL byte in the query string or form data with a Dutch 400: no address or
    form here may hold one, and PostgreSQL cannot store or even compare with it, so every view
    (and the admin's search and autocomplete, and django-axes, which looks up the username of
    a failed login before any form validation) would need its own check or give a 500."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        """Refuse unknown methods and NUL bytes; pass the rest on."""
        if request.path.startswith(READ_ONLY_PREFIXES):
            if request.method not in READ_METHODS:
                return HttpResponseNotAllowed(READ_METHODS)
        elif request.method not in ALLOWED_METHODS:
            return HttpResponseNotAllowed(ALLOWED_METHODS)
        fields = _nul_fields(request)
        if fields:
            return _nul_refused(request, fields)
        return self.get_response(request)


#: Session key holding when the session's expiry was last pushed back (epoch seconds).
RENEWED_KEY = "_renewed"


class SessionLifetimeMiddleware:
    """Keep a session alive while it is used, and delete expired sessions.

    - Idle expiry: a session expires `settings.SESSION_COOKIE_AGE` after it was last saved. A
      request that uses the session saves it again (which pushes the expiry back) when it was
      last saved more than `settings.SESSION_RENEW_INTERVAL` seconds ago: so a session lives
      at most SESSION_COOKIE_AGE without use, at the cost of one write per few minutes
      rather than one per request.
    - Cleanup: after a response, at most once every `settings.SESSION_CLEANUP_INTERVAL`
      seconds per process, expired sessions (with the answers in them) are deleted from the
      store. No cron job needed (Django's `clearsessions` command does the same by hand).

    Must come after SessionMiddleware, which saves the session after this returns.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.lock = threading.Lock()
        # The first cleanup comes one interval after start, not with the first request.
        self.last_cleanup = time.monotonic()

    def _cleanup_due(self) -> bool:
        now = time.monotonic()
        with self.lock:
            if now - self.last_cleanup < settings.SESSION_CLEANUP_INTERVAL:
                return False
            self.last_cleanup = now
            return True

    def __call__(self, request: HttpRequest) -> HttpResponse:
        """Serve the request; renew a used session's expiry; clear expired ones when due."""
        response = self.get_response(request)
        session = request.session
        if session.accessed and session.session_key and session.keys():
            now = int(time.time())
            if now - session.get(RENEWED_KEY, 0) >= settings.SESSION_RENEW_INTERVAL:
                session[RENEWED_KEY] = now
        if self._cleanup_due():
            try:
                session.clear_expired()
            except OSError as error:
                # The session directory cannot be read just now: try again next interval.
                log.warning("expired sessions not cleared: %s", error.strerror)
        return response


class FirstPageLanguageMiddleware:
    """Let the browser's language choose the first page only: a visit that starts at `/`
    (typed or from another site, no query string) goes to /fr/ or /en/ when the browser
    prefers French or English to Dutch.

    A shared or bookmarked link keeps its own language, and so does every page reached from
    this site (its Referer is this site), such as the language switch's link back to Dutch.
    No cookie remembers a choice: the language is the URL's. Must come after LocaleMiddleware.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        """Redirect a first visit to `/` to the browser's language; otherwise pass on."""
        if request.path_info == "/" and request.method in ("GET", "HEAD") and not request.GET:
            language = _browser_language(request)
            if language != settings.LANGUAGE_CODE and not _from_this_site(request):
                response = HttpResponseRedirect(f"/{language}/")
                patch_vary_headers(response, ("Accept-Language", "Referer"))
                return response
            response = self.get_response(request)
            patch_vary_headers(response, ("Accept-Language", "Referer"))
            return response
        return self.get_response(request)


def _browser_language(request: HttpRequest) -> str:
    """The first language of the browser's Accept-Language that the site has (Dutch when
    none), without a cookie."""
    for code, _ in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        if code == "*":
            break
        try:
            return get_supported_language_variant(code)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE


def _from_this_site(request: HttpRequest) -> bool:
    referer = request.headers.get("Referer")
    return bool(referer) and urlsplit(referer).netloc == request.get_host()
