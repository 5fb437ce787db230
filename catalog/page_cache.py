"""Rendered public pages kept per catalogue version, in each process's memory.

The lookup pages (/zoek/, the lists of regions and support forms) are the same for every
visitor: they depend only on the address (path and query string), on whether htmx asked for a
fragment, and on the catalogue. Rendering them with Django's templates costs several times the
work of answering the request itself, so each process keeps the last `MAX_ENTRIES` rendered
pages and drops them all when the catalogue version changes (`selectors.current_token`: an
editor's change shows as quickly as everywhere else).

Only pages that are safe to share are kept: status 200, no CSRF token made while rendering,
no cookie set, no `Vary: Cookie`, nothing that depends on the time. `PageStore` is the
mechanism; its caller picks a key that covers everything the page shows (the address for the
lookup pages; for the advice page the whole advice value, see `routing.web.advice_page`). The
questionnaire's pages are never kept.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.cache import has_vary_header
from django.utils.translation import get_language

from catalog import selectors
from catalog.utils.lru import VersionedLRU

#: Rendered pages kept per process (a lookup page is about 15 KB: a few MB at most).
MAX_ENTRIES = 256
#: Request headers that change what such a page renders (htmx fragments).
VARYING_HEADERS = ("HX-Request", "HX-History-Restore-Request")


@dataclass(frozen=True)
class KeptPage:
    """A rendered page as kept: its content and its headers (never its cookies)."""

    content: bytes
    headers: tuple[tuple[str, str], ...]

    def response(self, content: str | bytes | None = None) -> HttpResponse:
        """A new response with these headers, and this page's content or `content`."""
        response = HttpResponse(self.content if content is None else content)
        for name, value in self.headers:
            response[name] = value
        return response


def _shareable(request: HttpRequest, response: HttpResponse) -> bool:
    # A rendered CSRF token is the visitor's own; the middleware only adds its cookie and
    # `Vary: Cookie` after the view, so ask the request whether one was made.
    return (
        not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not has_vary_header(response, "Cookie")
    )


class PageStore:
    """Rendered pages of one kind, kept per catalogue version in this process (LRU)."""

    def __init__(self, max_entries: int) -> None:
        self._pages: VersionedLRU[KeptPage] = VersionedLRU(max_entries)

    def response(
        self, request: HttpRequest, key: Hashable, render: Callable[[], HttpResponse]
    ) -> HttpResponse:
        """The page kept for `key` (and the request's htmx headers), or `render()`'s answer,
        kept when it is safe to share."""
        token = selectors.current_token()
        full_key = _full_key(request, key)
        found = self._pages.get(token, full_key)
        if found is not None:
            return found.response()
        response = render()
        self._keep(token, full_key, request, response)
        return response

    def page(
        self, request: HttpRequest, key: Hashable, render: Callable[[], HttpResponse]
    ) -> KeptPage:
        """As `response`, for a page that is only a part of the answer: its content and
        headers, without making a response of the kept page first."""
        token = selectors.current_token()
        full_key = _full_key(request, key)
        found = self._pages.get(token, full_key)
        if found is not None:
            return found
        return self._keep(token, full_key, request, render())

    def _keep(
        self, token: str | None, full_key: Hashable, request: HttpRequest, response: HttpResponse
    ) -> KeptPage:
        """`response` as a kept page, kept only when it is safe to share."""
        kept = KeptPage(response.content, tuple(response.items()))
        if _shareable(request, response):
            self._pages.put(token, full_key, kept)
        return kept


#: The request headers of VARYING_HEADERS as Django's request.META names them (read there:
#: `request.headers` would be built from all of META on every request).
_VARYING_META = tuple("HTTP_" + name.upper().replace("-", "_") for name in VARYING_HEADERS)


def _full_key(request: HttpRequest, key: Hashable) -> Hashable:
    # The language too: the advice page's key is its advice, the same in every language.
    return (key, get_language(), *(request.META.get(name, "") for name in _VARYING_META))


_lookup_pages = PageStore(MAX_ENTRIES)


def cached_per_catalogue_version(
    view: Callable[..., HttpResponse],
) -> Callable[..., HttpResponse]:
    """Keep the view's rendered page per address and catalogue version (see the module)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return _lookup_pages.response(
            request, request.get_full_path(), lambda: view(request, *args, **kwargs)
        )

    return wrapper
