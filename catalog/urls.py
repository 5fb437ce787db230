"""Catalogue pages and APIs."""

app_name = "catalog"

urlpatterns: list = []
