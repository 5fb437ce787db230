"""Questionnaire, advice and the advice API. Paths are neutral: no answers, no situations.

The pages get a language prefix (routewijzer.urls); the API does not."""

from django.urls import path

from routing.web import api, views

app_name = "routing"

urlpatterns = [
    path("", views.start, name="start"),
    path("vragen/<int:position>/", views.question, name="question"),
    path("vragen/plaatsen/", views.places, name="places"),
    path("vragen/samenvatting/", views.summary, name="summary"),
    path("advies/", views.advice, name="advice"),
    path("opnieuw/", views.restart, name="restart"),
]

# The JSON API has no language prefix: it takes `taal` in the query string instead.
api_urlpatterns = [
    path("api/advies/", api.advice_api, name="advice-api"),
]
