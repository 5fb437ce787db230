"""Catalogue pages (with a language prefix, see routewijzer.urls) and APIs (without)."""

from django.urls import path

from catalog import api, feedback, views

app_name = "catalog"

urlpatterns = [
    path("zoek/", views.search, name="search"),
    path("gemeente/<str:nis>/", views.municipality, name="municipality"),
    path("regio/", views.region_list, name="regions"),
    path("regio/<str:slug>/", views.region, name="region"),
    path("hulpvormen/", views.support_forms, name="support-forms"),
    path("hulpvormen/<str:slug>/", views.support_form, name="support-form"),
    path("klopt-er-iets-niet/", feedback.feedback, name="feedback"),
    path("klopt-er-iets-niet/bedankt/", feedback.thanks, name="feedback-thanks"),
]

# The JSON APIs have no language prefix: `taal` in the query string chooses the language.
api_urlpatterns = [
    path("api/gemeenten/<str:nis>/", api.municipality_api, name="municipality-api"),
    path("api/open-data/hsds.json", api.hsds_export, name="hsds"),
]
