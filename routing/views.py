"""Questionnaire, advice pages and the advice API."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def start(request: HttpRequest) -> HttpResponse:
    """The start page: what this site does and does not do."""
    return render(request, "routing/start.html")
