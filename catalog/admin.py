"""Django admin for editors at the regional teams: find, correct and confirm contacts."""

from __future__ import annotations

from datetime import date

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import path
from simple_history.admin import SimpleHistoryAdmin

from catalog.coverage import coverage_report
from catalog.models import (
    CONFIRMED,
    STALE,
    STALE_AFTER,
    UNCONFIRMED,
    Arrondissement,
    ContactPoint,
    Municipality,
    OpeningException,
    OpeningSlot,
    PostalCode,
    Region,
    SupportForm,
)

admin.site.site_header = "Routewijzer — beheer"
admin.site.site_title = "Routewijzer beheer"
admin.site.index_title = "Catalogus van de jeugdhulp"


#: Editors paste bare domains ("jeugdhulp.be"): read them as https.
URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}


class ReadOnlyAdmin(admin.ModelAdmin):
    """Geography comes from Statbel (load_catalog); editors look it up but do not change it."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(Region)
class RegionAdmin(ReadOnlyAdmin):
    list_display = ["name", "slug", "statbel_code"]


@admin.register(Arrondissement)
class ArrondissementAdmin(ReadOnlyAdmin):
    list_display = ["code", "name", "region"]
    list_filter = ["region"]


class PostalCodeInline(admin.TabularInline):
    model = PostalCode
    extra = 0
    can_delete = False
    readonly_fields = ["code"]

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(Municipality)
class MunicipalityAdmin(ReadOnlyAdmin):
    list_display = ["name_nl", "name_fr", "nis", "region"]
    list_filter = ["region"]
    search_fields = ["name_nl", "name_fr", "nis", "postal_codes__code"]
    inlines = [PostalCodeInline]


@admin.register(SupportForm)
class SupportFormAdmin(SimpleHistoryAdmin):
    formfield_overrides = URL_FIELDS
    list_display = ["name", "slug", "access", "always_available", "parent"]
    list_filter = ["access", "always_available", "voluntary"]
    search_fields = ["name", "slug", "summary"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "parent", "summary", "description"]}),
        ("Toegang", {"fields": ["access", "voluntary", "who_may_ask", "always_available", "free"]}),
        ("Leeftijd", {"fields": ["from_pregnancy", "age_from", "age_until", "age_note"]}),
        ("Bron", {"fields": ["source", "more_info_url"]}),
    ]


class OpeningSlotInline(admin.TabularInline):
    model = OpeningSlot
    extra = 1
    verbose_name = "openingsuur"


class OpeningExceptionInline(admin.TabularInline):
    model = OpeningException
    extra = 0


class RegionFilter(admin.SimpleListFilter):
    """Contact points that serve (part of) a region, whatever the kind of coverage."""

    title = "regio"
    parameter_name = "regio"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list:
        return [(r.slug, r.name) for r in Region.objects.all()]

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        if not self.value():
            return queryset
        region = self.value()
        return queryset.filter(
            Q(regions__slug=region)
            | Q(arrondissements__region_id=region)
            | Q(municipalities__region_id=region)
        ).distinct()


class ConfirmationFilter(admin.SimpleListFilter):
    title = "bevestiging"
    parameter_name = "bevestiging"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list:
        return [
            (CONFIRMED, "bevestigd in het laatste jaar"),
            (STALE, "verouderd (langer dan een jaar geleden bevestigd)"),
            (UNCONFIRMED, "nog niet bevestigd"),
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        limit = date.today() - STALE_AFTER
        if self.value() == CONFIRMED:
            return queryset.filter(confirmed_on__gte=limit)
        if self.value() == STALE:
            return queryset.filter(confirmed_on__lt=limit)
        if self.value() == UNCONFIRMED:
            return queryset.filter(confirmed_on__isnull=True)
        return queryset


@admin.register(ContactPoint)
class ContactPointAdmin(SimpleHistoryAdmin):
    formfield_overrides = URL_FIELDS
    list_display = [
        "name",
        "phone_display",
        "email",
        "coverage",
        "confidence",
        "confirmed_on",
        "active",
    ]
    list_filter = [
        RegionFilter,
        "support_forms",
        "confidence",
        ConfirmationFilter,
        "active",
        "coverage",
    ]
    search_fields = ["name", "key", "phone", "email", "website", "source"]
    autocomplete_fields = ["municipalities", "superseded_by"]
    filter_horizontal = ["support_forms"]
    inlines = [OpeningSlotInline, OpeningExceptionInline]
    actions = ["confirm_today"]
    fieldsets = [
        (None, {"fields": ["name", "key", "support_forms", "active", "superseded_by", "note"]}),
        ("Bereikbaar", {"fields": ["phone", "email", "website", "address", "channel_note"]}),
        (
            "Werkgebied",
            {
                "description": "Kies één soort werkgebied. Het meest precieze werkgebied wint: "
                "een gemeente gaat voor een arrondissement, dat gaat voor een regio.",
                "fields": ["coverage", "regions", "arrondissements", "municipalities"],
            },
        ),
        ("Openingsuren", {"fields": ["always_open", "closed_on_public_holidays"]}),
        (
            "Bron",
            {
                "fields": [
                    "confidence",
                    "source",
                    "source_url",
                    "source_date",
                    "taken_on",
                    "confirmed_on",
                ]
            },
        ),
    ]

    def get_readonly_fields(self, request: HttpRequest, obj: ContactPoint | None = None) -> list:
        # The key is the fixture's identity: fixed once the record exists.
        return ["key"] if obj is not None else []

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        # Few regions and arrondissements: plain checkboxes instead of a long list.
        if db_field.name in ("regions", "arrondissements"):
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.action(description="Bevestigen: ik heb nagekeken dat dit nog klopt")
    def confirm_today(self, request: HttpRequest, queryset: QuerySet) -> None:
        """Set `confirmed_on` to today, through save() so the history records who did it."""
        today = date.today()
        for point in queryset:
            point.confirmed_on = today
            point.version += 1
            point._change_reason = "bevestigd"
            point.save(update_fields=["confirmed_on", "version"])
        self.message_user(
            request,
            f"{queryset.count()} contactpunt(en) bevestigd op {today:%d-%m-%Y}.",
            messages.SUCCESS,
        )

    def get_urls(self) -> list:
        return [
            path(
                "dekking/",
                self.admin_site.admin_view(self.coverage_view),
                name="catalog_contactpoint_coverage",
            ),
            *super().get_urls(),
        ]

    def coverage_view(self, request: HttpRequest) -> HttpResponse:
        """Per region and routing support form: is a contact known, missing or stale?"""
        context = {
            **self.admin_site.each_context(request),
            "title": "Dekkingsrapport",
            "opts": self.model._meta,
            "report": coverage_report(),
        }
        return TemplateResponse(request, "admin/catalog/coverage_report.html", context)
