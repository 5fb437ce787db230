"""Admin login helpers."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest

#: Longest username django-axes records: no account can have a longer name (Django's user
#: model allows 150), and axes stores it in a 255-character column, where PostgreSQL refused
#: a longer one with a server error instead of a login error.
MAX_USERNAME = 150


def axes_username(request: HttpRequest, credentials: dict | None = None) -> str | None:
    """The username django-axes counts failed logins for, cut to `MAX_USERNAME` characters."""
    if credentials:
        username = credentials.get("username")
    else:
        username = getattr(request, "data", request.POST).get("username")
    return username[:MAX_USERNAME] if isinstance(username, str) else username


def client_ip(request: HttpRequest) -> str | None:
    """The client address django-axes counts failed logins for.

    Behind `settings.LOGIN_PROXY_COUNT` proxies that each append the address they saw to
    X-Forwarded-For (nginx's `$proxy_add_x_forwarded_for`), that is the entry the outermost
    proxy added; anything left of it the client may have made up. Without proxies, or with a
    header shorter than that, the direct peer's address.
    """
    count = settings.LOGIN_PROXY_COUNT
    if count > 0:
        header = request.META.get("HTTP_X_FORWARDED_FOR", "")
        forwarded = [part.strip() for part in header.split(",") if part.strip()]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR")
