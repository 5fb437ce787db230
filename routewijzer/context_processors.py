"""Values every page needs."""

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest
from django.utils.translation import get_language, get_language_from_path


def site(request: HttpRequest) -> dict[str, str]:
    """Settings the layout shows: the quick-exit target, the fallback site, the corrections
    address."""
    return {
        "QUICK_EXIT_URL": settings.QUICK_EXIT_URL,
        "FALLBACK_URL": settings.FALLBACK_URL,
        "CORRECTIONS_EMAIL": settings.CORRECTIONS_EMAIL,
    }


def languages(request: HttpRequest) -> dict[str, object]:
    """The page's language and the same page in every language (the switch and the
    `hreflang` alternates): the same path under the other prefix, with the query string.
    The answers are in the session, so the switch keeps them and the current step."""
    path = request.path_info
    prefix = get_language_from_path(path)
    rest = path[len(prefix) + 1 :] if prefix else path
    query = request.META.get("QUERY_STRING", "")
    current = get_language()
    try:
        # Alternates name the full address; a request for a host we do not serve (its 400
        # page) gets the path alone.
        origin = request.build_absolute_uri("/").rstrip("/")
    except DisallowedHost:
        origin = ""
    links = []
    for code, name in settings.LANGUAGES:
        url = rest if code == settings.LANGUAGE_CODE else f"/{code}{rest}"
        url = request.META.get("SCRIPT_NAME", "").rstrip("/") + url + (f"?{query}" if query else "")
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "absolute": origin + url,
                "current": code == current,
            }
        )
    return {"PAGE_LANGUAGE": current, "LANGUAGE_LINKS": links}
