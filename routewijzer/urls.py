"""Root URL configuration."""

from django.contrib import admin
from django.urls import include, path

from routewijzer.health import health

urlpatterns = [
    path("admin/", admin.site.urls),
    path("gezond/", health, name="health"),
    path("", include("catalog.urls")),
    path("", include("routing.urls")),
]
