"""Admin login helpers."""

from __future__ import annotations

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from django.conf import settings
from django.db.models import Sum
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


class LoginAttempts(AxesDatabaseHandler):
    """django-axes' database handler with a limit of its own for each client address.

    Axes counts failures for each of `AXES_LOCKOUT_PARAMETERS` (here: the address, and the
    username with the address) and locks out when the largest count reaches one limit
    (`AXES_FAILURE_LIMIT`). One client that tries many usernames must meet a limit too, but a
    shared address (an office) must not be locked out as fast as one username there: so the
    address's count is scaled to `settings.LOGIN_ADDRESS_FAILURE_LIMIT`, which it reaches
    exactly when the scaled count reaches `AXES_FAILURE_LIMIT`.
    """

    def get_failures(self, request: HttpRequest, credentials: dict | None = None) -> int:
        """Failures counted against `AXES_FAILURE_LIMIT` for this request's client."""
        per_address, per_username = (
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        limit = get_failure_limit(request, credentials)
        return max(per_username, per_address * limit // settings.LOGIN_ADDRESS_FAILURE_LIMIT)
