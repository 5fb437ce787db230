"""Rendered public pages kept per catalogue version, in each process's memory.

The lookup pages (/zoek/, the lists of regions and support forms) are the same for every
visitor: they depend only on the address (path and query string), on whether htmx asked for a
fragment, and on the catalogue. Rendering them with Django's templates costs several times the
work of answering the request itself, so each process keeps the last `MAX_ENTRIES` rendered
pages and drops them all when the catalogue version changes (an editor's change shows as
quickly as everywhere else).

Only pages that are safe to share are kept: status 200, no cookie set, no `Vary: Cookie`
(which a page with a form and its CSRF token would carry), nothing that depends on the time.
Pages with answers (the questionnaire, the advice) are never kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.cache import has_vary_header

from catalog import selectors
from routewijzer.lru import VersionedLRU

#: Rendered pages kept per process (a lookup page is about 15 KB: a few MB at most).
MAX_ENTRIES = 256
#: Request headers that change what such a page renders (htmx fragments).
VARYING_HEADERS = ("HX-Request", "HX-History-Restore-Request")


@dataclass(frozen=True)
class _Page:
    content: bytes
    headers: tuple[tuple[str, str], ...]


_store: VersionedLRU[_Page] = VersionedLRU(MAX_ENTRIES)


def forget_pages() -> None:
    """Drop every kept page of this process."""
    _store.clear()


def _shareable(response: HttpResponse) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not has_vary_header(response, "Cookie")
    )


def cached_per_catalogue_version(
    view: Callable[..., HttpResponse],
) -> Callable[..., HttpResponse]:
    """Keep the view's rendered page per address and catalogue version (see the module)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        token = selectors.snapshot().token
        if token is None:  # no version row (a flushed database): nothing can be trusted
            return view(request, *args, **kwargs)
        key = (request.get_full_path(), *(request.headers.get(h, "") for h in VARYING_HEADERS))
        page = _store.get(token, key)
        if page is not None:
            response = HttpResponse(page.content)
            for name, value in page.headers:
                response[name] = value
            return response
        response = view(request, *args, **kwargs)
        if _shareable(response):
            _store.put(token, key, _Page(response.content, tuple(response.items())))
        return response

    return wrapper
