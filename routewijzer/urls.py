"""Root URL configuration."""

from django.contrib import admin
from django.http import HttpRequest, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.urls import include, path

from routewijzer.health import health
from routewijzer.openapi import openapi_json
from routewijzer.views import quick_exit, robots_txt, server_error


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
    path("", include("catalog.urls")),
    path("", include("routing.web.urls")),
]

handler500 = server_error
