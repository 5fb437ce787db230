"""Questionnaire, advice and the advice API."""

from django.urls import path

from routing import views

app_name = "routing"

urlpatterns = [
    path("", views.start, name="start"),
]
