"""Root URL configuration."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.http import HttpRequest, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.urls import include, path

from catalog import urls as catalog_urls
from routewijzer.health import health
from routewijzer.openapi import openapi_json
from routewijzer.views import quick_exit, robots_txt, server_error
from routing.web import urls as routing_urls


def favicon(request: HttpRequest) -> HttpResponsePermanentRedirect:
    """`/favicon.ico` for browsers that ask for it: the site's icon (static, so cached)."""
    return HttpResponsePermanentRedirect(static("favicon.svg"))


urlpatterns = [
    path("admin/", admin.site.urls),
    path("gezond/", health, name="health"),
    path("snel-weg/", quick_exit, name="quick-exit"),
    path("robots.txt", robots_txt, name="robots"),
    path("favicon.ico", favicon, name="favicon"),
    path("api/openapi.json", openapi_json, name="openapi"),
    path("", include((catalog_urls.api_urlpatterns, "catalog"), namespace="catalog-api")),
    path("", include((routing_urls.api_urlpatterns, "routing"), namespace="routing-api")),
]
# Public pages in every language: Dutch without a prefix, /fr/… and /en/…. The admin, the API
# and "Snel weg" above have none (the admin stays Dutch; the API reads `taal`).
# The questionnaire and the advice first: they are asked most, and the catalogue's pages are
# kept rendered anyway. The two share no path.
urlpatterns += i18n_patterns(
    path("", include("routing.web.urls")),
    path("", include("catalog.urls")),
    prefix_default_language=False,
)

handler500 = server_error
