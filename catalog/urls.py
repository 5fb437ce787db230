"""Catalogue pages and APIs."""

from django.urls import path

from catalog import views

app_name = "catalog"

urlpatterns = [
    path("zoek/", views.search, name="search"),
]
