"""Root URL configuration."""

from django.contrib import admin
from django.urls import include, path

from routewijzer.health import health
from routewijzer.views import quick_exit

urlpatterns = [
    path("admin/", admin.site.urls),
    path("gezond/", health, name="health"),
    path("snel-weg/", quick_exit, name="quick-exit"),
    path("", include("catalog.urls")),
    path("", include("routing.urls")),
]
