"""Catalogue pages."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def search(request: HttpRequest) -> HttpResponse:
    """Look up a municipality by postcode, name or NIS code."""
    return render(request, "catalog/search.html")
