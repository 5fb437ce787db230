"""Django admin for editors at the regional teams: find, correct and confirm contacts."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.http import urlencode
from simple_history.admin import SimpleHistoryAdmin

from catalog import bulk
from catalog.coverage import KEY_SERVICES, board, coverage_report, provenance_counts
from catalog.models import (
    CONFIRMED,
    EMERGENCY_SLUGS,
    STALE,
    STALE_AFTER,
    UNCONFIRMED,
    Arrondissement,
    ContactPoint,
    FallbackContact,
    Feedback,
    FormerMunicipalityName,
    Municipality,
    OpeningException,
    OpeningSlot,
    PostalCode,
    Region,
    SupportForm,
)
from catalog.phones import display_phone

admin.site.site_header = "Routewijzer — beheer"
admin.site.site_title = "Routewijzer beheer"
admin.site.index_title = "Catalogus van de jeugdhulp"


#: A CSV of the whole catalogue is far smaller than this.
MAX_CSV_BYTES = 2_000_000


def _uploaded_text(request: HttpRequest) -> tuple[str, str | None]:
    """The CSV text from the upload (preview) or the hidden field (confirm), or a problem."""
    upload = request.FILES.get("bestand")
    if upload is not None:
        if upload.size > MAX_CSV_BYTES:
            return "", "Het bestand is te groot (meer dan 2 MB)."
        raw = upload.read()
        for encoding in ("utf-8-sig", "cp1252"):  # spreadsheets save either
            try:
                return raw.decode(encoding), None
            except UnicodeDecodeError:
                continue
        return "", "Het bestand is geen tekst (CSV). Sla het op als CSV (UTF-8)."
    text = request.POST.get("csv_text", "")
    if not text:
        return "", "Kies eerst een CSV-bestand."
    if len(text) > MAX_CSV_BYTES:
        return "", "Het bestand is te groot (meer dan 2 MB)."
    return text, None


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


@admin.register(FormerMunicipalityName)
class FormerMunicipalityNameAdmin(ReadOnlyAdmin):
    """Former names come from the fixture with their source (load_catalog)."""

    list_display = ["name", "municipality", "merged_on", "source"]
    list_filter = ["merged_on"]
    search_fields = ["name", "municipality__name_nl"]


def stored_version(obj: models.Model) -> int | None:
    """The version of `obj` as saved now (None when it no longer exists)."""
    return type(obj).objects.filter(pk=obj.pk).values_list("version", flat=True).first()


class VersionCheckedForm(forms.ModelForm):
    """Refuses to save over someone else's newer save (optimistic locking).

    The form carries the version the editor opened; if the record has changed since, the
    editor gets a Dutch message and keeps what they typed. The hidden version then moves on,
    so saving again is a deliberate choice after looking at the history."""

    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            # The stored version, not the instance's: a revert shows an old instance.
            self.fields["seen_version"].initial = stored_version(self.instance)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if self.instance.pk is None:
            return cleaned
        current = stored_version(self.instance)
        seen = cleaned.get("seen_version")
        if current is not None and seen != current:
            data = self.data.copy()
            data[self.add_prefix("seen_version")] = str(current)
            self.data = data
            raise ValidationError(
                "Iemand anders heeft dit intussen opgeslagen. Je wijzigingen zijn nog niet "
                "bewaard; ze staan hieronder nog ingevuld. Bekijk eerst wat er veranderd is "
                "(knop Geschiedenis, in een nieuw tabblad). Sla daarna opnieuw op als je jouw "
                "versie wilt bewaren.",
                code="stale",
            )
        return cleaned


class NoDeleteMixin:
    """Catalogue records are deactivated, not deleted. Only a superuser may delete, and
    emergency records cannot be deleted by anyone here."""

    object_history_form_template = "admin/catalog/object_history_form.html"

    def is_emergency(self, obj: Any) -> bool:
        raise NotImplementedError

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if not request.user.is_superuser:
            return False
        return obj is None or not self.is_emergency(obj)

    def get_actions(self, request: HttpRequest) -> dict:
        actions = super().get_actions(request)  # type: ignore[misc]
        actions.pop("delete_selected", None)  # a bulk delete cannot skip emergency records
        return actions


class FallbackContactInline(admin.TabularInline):
    model = FallbackContact
    extra = 0
    autocomplete_fields = ["contact_point"]
    verbose_name = "contact dat intussen helpt"
    verbose_name_plural = "contacten die helpen zolang het eigen contact niet gekend is"


@admin.register(SupportForm)
class SupportFormAdmin(NoDeleteMixin, SimpleHistoryAdmin):
    form = VersionCheckedForm
    formfield_overrides = URL_FIELDS
    list_display = ["name", "slug", "access", "always_available", "parent"]
    list_filter = ["access", "always_available", "voluntary"]
    search_fields = ["name", "slug", "summary"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    inlines = [FallbackContactInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "parent", "summary", "description", "seen_version"]}),
        ("Toegang", {"fields": ["access", "voluntary", "who_may_ask", "always_available", "free"]}),
        ("Leeftijd", {"fields": ["from_pregnancy", "age_from", "age_until", "age_note"]}),
        ("Bron", {"fields": ["source", "more_info_url"]}),
        (
            "Zolang het contact in een regio niet gekend is",
            {
                "fields": [
                    "fallback_text",
                    "fallback_text_jongere",
                    "fallback_text_prof",
                    "fallback_url",
                    "fallback_source_name",
                    "fallback_source_url",
                    "fallback_source_date",
                    "fallback_source",
                ]
            },
        ),
    ]

    def is_emergency(self, obj: SupportForm) -> bool:
        return obj.slug in EMERGENCY_SLUGS

    def save_model(self, request: HttpRequest, obj: SupportForm, form: Any, change: bool) -> None:
        if change:
            obj.version = (stored_version(obj) or 0) + 1
        super().save_model(request, obj, form, change)


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


class ContactPointForm(VersionCheckedForm):
    """A new contact always names its source by a name the public can read."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if "source_name" in self.fields:
            self.fields["source_name"].required = True
        if self.instance.phone and not self.is_bound:
            # Shown as people write it; stored again in one form on save.
            self.initial["phone"] = display_phone(self.instance.phone)


@admin.register(ContactPoint)
class ContactPointAdmin(NoDeleteMixin, SimpleHistoryAdmin):
    form = ContactPointForm
    formfield_overrides = URL_FIELDS
    list_display = [
        "name",
        "phone_display",
        "email",
        "coverage",
        "source_name",
        "confirmation",
        "active",
    ]
    list_filter = [
        RegionFilter,
        "support_forms",
        ConfirmationFilter,
        "coverage_inferred",
        "confidence",
        "active",
        "coverage",
    ]
    search_fields = ["name", "key", "phone", "email", "website", "source", "source_name"]
    autocomplete_fields = ["municipalities", "superseded_by"]
    filter_horizontal = ["support_forms"]
    inlines = [OpeningSlotInline, OpeningExceptionInline]
    actions = ["confirm_today", "deactivate", "export_csv"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "name",
                    "key",
                    "support_forms",
                    "active",
                    "superseded_by",
                    "note",
                    "seen_version",
                ]
            },
        ),
        ("Bereikbaar", {"fields": ["phone", "email", "website", "address", "channel_note"]}),
        (
            "Werkgebied",
            {
                "description": "Kies één soort werkgebied. Het meest precieze werkgebied wint: "
                "een gemeente gaat voor een arrondissement, dat gaat voor een regio.",
                "fields": [
                    "coverage",
                    "regions",
                    "arrondissements",
                    "municipalities",
                    "coverage_inferred",
                    "coverage_note",
                ],
            },
        ),
        (
            "Openingsuren",
            {"fields": ["always_open", "closed_on_public_holidays", "hours_as_of"]},
        ),
        (
            "Bron",
            {
                "description": "Waar komt dit vandaan? De naam van de bron ziet het publiek; "
                "de bronverwijzing (brondocument en regels, adressen) alleen de redactie. "
                "'Bevestigd op' vul je pas in als je zelf nakeek dat het nog klopt.",
                "fields": [
                    "source_name",
                    "source_url",
                    "source_date",
                    "source",
                    "confidence",
                    "taken_on",
                    "confirmed_on",
                ],
            },
        ),
    ]

    def is_emergency(self, obj: ContactPoint) -> bool:
        return obj.is_emergency

    @admin.display(description="bevestiging")
    def confirmation(self, obj: ContactPoint) -> str:
        status = obj.provenance_status()
        if status == UNCONFIRMED:
            return "nog niet bevestigd"
        prefix = "verouderd, " if status == STALE else ""
        return f"{prefix}bevestigd op {obj.confirmed_on:%d-%m-%Y}"

    def get_readonly_fields(self, request: HttpRequest, obj: ContactPoint | None = None) -> list:
        # The key is the fixture's identity: fixed once the record exists.
        return ["key"] if obj is not None else []

    def get_prepopulated_fields(self, request: HttpRequest, obj: Any = None) -> dict:
        # Only while adding: afterwards the key is read-only (and the history form reads the
        # class attribute, which must stay empty).
        return {} if obj is not None else {"key": ["name"]}

    def get_changeform_initial_data(self, request: HttpRequest) -> dict[str, Any]:
        """A new contact is taken from its source today; the coverage board prefills the
        support form and region through the query string."""
        initial = super().get_changeform_initial_data(request)
        initial.setdefault("taken_on", date.today())
        return initial

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        # Few regions and arrondissements: plain checkboxes instead of a long list.
        if db_field.name in ("regions", "arrondissements"):
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_model(self, request: HttpRequest, obj: ContactPoint, form: Any, change: bool) -> None:
        if change:
            obj.version = (stored_version(obj) or 0) + 1
        super().save_model(request, obj, form, change)

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

    @admin.action(description="Deactiveren (niet meer tonen, wel bewaren)")
    def deactivate(self, request: HttpRequest, queryset: QuerySet) -> None:
        """The editor's way to remove a contact: it stays in the catalogue and its history."""
        count = 0
        for point in queryset.filter(active=True):
            point.active = False
            point.version += 1
            point._change_reason = "gedeactiveerd"
            point.save(update_fields=["active", "version"])
            count += 1
        self.message_user(request, f"{count} contactpunt(en) gedeactiveerd.", messages.SUCCESS)

    @admin.action(description="Exporteren als CSV (om aan te passen en weer in te laden)")
    def export_csv(self, request: HttpRequest, queryset: QuerySet) -> HttpResponse:
        points = queryset.prefetch_related(
            "support_forms", "regions", "arrondissements", "municipalities", "opening_slots"
        ).select_related("superseded_by")
        response = HttpResponse(bulk.export_csv(points), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="contactpunten.csv"'
        return response

    # -- revert from history: coverage and opening hours come back too ----------------------

    def get_form(self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs):
        form_class = super().get_form(request, obj, change=change, **kwargs)
        record = getattr(request, "_reverting", None)
        if record is None:
            return form_class
        links = {
            "support_forms": [r.supportform_id for r in record.support_forms.all()],
            "regions": [r.region_id for r in record.regions.all()],
            "arrondissements": [r.arrondissement_id for r in record.arrondissements.all()],
            "municipalities": [r.municipality_id for r in record.municipalities.all()],
        }

        class RevertForm(form_class):  # type: ignore[valid-type, misc]
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                for name, values in links.items():
                    if name in self.fields:
                        self.initial[name] = values

        return RevertForm

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """Revert: the form shows the coverage of that version; after saving, the opening
        hours of that version are put back as well (they live in their own tables)."""
        record = get_object_or_404(ContactPoint.history.model, id=object_id, history_id=version_id)
        request._reverting = record
        response = super().history_form_view(request, object_id, version_id, extra_context)
        if request.method == "POST" and response.status_code == 302:
            self._restore_hours(record)
        return response

    def _restore_hours(self, record: Any) -> None:
        """The hours as they stood while this version was current (until the next save)."""
        later = (
            ContactPoint.history.filter(id=record.id, history_date__gt=record.history_date)
            .order_by("history_date")
            .values_list("history_date", flat=True)
            .first()
        )
        moment = (later - timedelta(microseconds=1)) if later else timezone.now()
        slots = list(OpeningSlot.history.as_of(moment).filter(contact_point_id=record.id))
        exceptions = list(OpeningException.history.as_of(moment).filter(contact_point_id=record.id))
        OpeningSlot.objects.filter(contact_point_id=record.id).delete()
        OpeningException.objects.filter(contact_point_id=record.id).delete()
        for slot in slots:
            OpeningSlot.objects.create(
                contact_point_id=record.id,
                weekday=slot.weekday,
                opens=slot.opens,
                closes=slot.closes,
            )
        for item in exceptions:
            OpeningException.objects.create(
                contact_point_id=record.id,
                starts_on=item.starts_on,
                ends_on=item.ends_on,
                closed=item.closed,
                opens=item.opens,
                closes=item.closes,
                note=item.note,
            )

    # -- coverage report and board -----------------------------------------------------------

    def get_urls(self) -> list:
        return [
            path(
                "dekking/",
                self.admin_site.admin_view(self.coverage_view),
                name="catalog_contactpoint_coverage",
            ),
            path(
                "importeren/",
                self.admin_site.admin_view(self.import_view),
                name="catalog_contactpoint_import",
            ),
            *super().get_urls(),
        ]

    def coverage_view(self, request: HttpRequest) -> HttpResponse:
        """The board (regions × key services, one link per cell) and the full report."""
        rows, totals = board()
        forms_by_slug = dict(SupportForm.objects.values_list("slug", "pk"))
        board_rows = [
            (
                row.region,
                [(cell, self._cell_link(cell, row.region, forms_by_slug)) for cell in row.cells],
            )
            for row in rows
        ]
        context = {
            **self.admin_site.each_context(request),
            "title": "Dekkingsrapport",
            "opts": self.model._meta,
            "services": KEY_SERVICES,
            "board": board_rows,
            "totals": totals,
            "points": provenance_counts(),
            "report": coverage_report(),
        }
        return TemplateResponse(request, "admin/catalog/coverage_report.html", context)

    def import_view(self, request: HttpRequest) -> HttpResponse:
        """Upload a CSV, see what would be added, changed and kept, then confirm."""
        if not self.has_add_permission(request) or not self.has_change_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": "Contactpunten importeren uit CSV",
            "opts": self.model._meta,
            "columns": bulk.COLUMNS,
        }
        status = 200
        if request.method == "POST":
            text, problem = _uploaded_text(request)
            confirm = "bevestigen" in request.POST
            if problem:
                context["errors"], status = [problem], 400
            else:
                try:
                    result = bulk.import_csv(text, dry_run=not confirm)
                except bulk.BulkError as error:
                    context["errors"], status = error.messages, 400
                else:
                    if confirm:
                        self.message_user(
                            request,
                            f"Import klaar: {len(result.added)} toegevoegd, "
                            f"{len(result.changed)} aangepast, {len(result.kept)} waarde(n) "
                            "van redacteurs behouden.",
                            messages.SUCCESS,
                        )
                        return HttpResponseRedirect(
                            reverse("admin:catalog_contactpoint_changelist")
                        )
                    context.update(result=result, csv_text=text)
        return TemplateResponse(
            request, "admin/catalog/contactpoint/bulk_import.html", context, status=status
        )

    @staticmethod
    def _cell_link(cell: Any, region: Region, forms_by_slug: dict[str, int]) -> tuple[str, str]:
        """One link per cell: edit its one contact, list its several, or add one with the
        support form and region filled in."""
        if len(cell.point_ids) == 1:
            url = reverse("admin:catalog_contactpoint_change", args=[cell.point_ids[0]])
            return url, "Bekijken of bevestigen"
        if cell.point_ids:
            query = urlencode(
                {"regio": region.slug, "support_forms__id__exact": forms_by_slug[cell.slug]}
            )
            return f"{reverse('admin:catalog_contactpoint_changelist')}?{query}", "Bekijken"
        query = urlencode(
            {
                "support_forms": forms_by_slug[cell.slug],
                "coverage": "regions",
                "regions": region.slug,
            }
        )
        return f"{reverse('admin:catalog_contactpoint_add')}?{query}", "Toevoegen"


@admin.register(Feedback)
class FeedbackAdmin(admin.ModelAdmin):
    """The review queue of the public "Klopt er iets niet?" form."""

    list_display = ["created_at", "contact_link", "kind", "short_correction", "status"]
    list_filter = ["status", "kind"]
    search_fields = ["correction", "contact_point__name"]
    readonly_fields = ["created_at", "contact_link", "kind", "correction"]
    fields = ["created_at", "contact_link", "kind", "correction", "status", "editor_note"]
    actions = ["accept", "reject"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # reports come from the public form only

    @admin.display(description="contactpunt")
    def contact_link(self, obj: Feedback) -> str:
        if obj.contact_point_id is None:
            return "onbekend contact"
        url = reverse("admin:catalog_contactpoint_change", args=[obj.contact_point_id])
        return format_html('<a href="{}">{}</a>', url, obj.contact_point)

    @admin.display(description="voorgestelde verbetering")
    def short_correction(self, obj: Feedback) -> str:
        return (obj.correction[:80] + "…") if len(obj.correction) > 80 else obj.correction

    @admin.action(description="Aanvaarden (het contact is of wordt aangepast)")
    def accept(self, request: HttpRequest, queryset: QuerySet) -> None:
        count = queryset.update(status=Feedback.Status.ACCEPTED)
        self.message_user(request, f"{count} melding(en) aanvaard.", messages.SUCCESS)

    @admin.action(description="Afwijzen")
    def reject(self, request: HttpRequest, queryset: QuerySet) -> None:
        count = queryset.update(status=Feedback.Status.REJECTED)
        self.message_user(request, f"{count} melding(en) afgewezen.", messages.SUCCESS)
