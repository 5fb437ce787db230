"""Admin login helpers."""

from __future__ import annotations

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
