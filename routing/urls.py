"""Questionnaire, advice and the advice API."""

from django.urls import path

from routing import api, views

app_name = "routing"

urlpatterns = [
    path("", views.start, name="start"),
    path("api/advies/", api.advice_api, name="advice-api"),
]
