"""Values every page needs."""

from django.conf import settings
from django.http import HttpRequest


def site(request: HttpRequest) -> dict[str, str]:
    """Settings the layout shows: the quick-exit target, the fallback site, the corrections
    address."""
    return {
        "QUICK_EXIT_URL": settings.QUICK_EXIT_URL,
        "FALLBACK_URL": settings.FALLBACK_URL,
        "CORRECTIONS_EMAIL": settings.CORRECTIONS_EMAIL,
    }
