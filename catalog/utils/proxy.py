"""The client's address behind the reverse proxy: one place for everything that counts per
client (admin login lockouts, the "Klopt er iets niet?" limit)."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    """The address of the client that sent this request.

    Behind `settings.PROXY_COUNT` proxies that each append the address they saw to
    X-Forwarded-For (nginx's `$proxy_add_x_forwarded_for`), that is the entry the outermost
    proxy added; anything left of it the client may have made up. Without proxies, or with a
    header shorter than that, the direct peer's address (behind a proxy: the proxy's own, the
    same for every client, so the count must be configured).
    """
    count = settings.PROXY_COUNT
    if count > 0:
        header = request.META.get("HTTP_X_FORWARDED_FOR", "")
        forwarded = [part.strip() for part in header.split(",") if part.strip()]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR")
