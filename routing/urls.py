"""Questionnaire, advice and the advice API."""

app_name = "routing"

urlpatterns: list = []
