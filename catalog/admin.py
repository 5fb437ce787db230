"""Django admin for editors at the regional teams: find, correct and confirm contacts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.text import capfirst
from simple_history.admin import SimpleHistoryAdmin

from catalog import bulk, selectors, services
from catalog.coverage import KEY_SERVICES, board, coverage_report, provenance_counts
from catalog.history_display import ReadableHistoryMixin
from catalog.hours import hours_text
from catalog.models import (
    CONFIRMED,
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
from catalog.vocabulary import vocabulary

admin.site.site_header = "Routewijzer — beheer"
admin.site.site_title = "Routewijzer beheer"
admin.site.index_title = "Catalogus van de jeugdhulp"


#: A file of the whole catalogue is far smaller than this.
MAX_CSV_BYTES = 2_000_000
TOO_BIG = "Het bestand is te groot (meer dan 2 MB)."
#: An action on many contacts is all or nothing: one saved meanwhile by someone else stops it.
ACTION_STALE = (
    "Iemand anders heeft een van deze contactpunten intussen opgeslagen. Er is niets {done}. "
    "Kijk de lijst na en probeer het opnieuw."
)


def _uploaded_rows(request: HttpRequest) -> list[list[str]]:
    """The rows of the uploaded file (preview) or of the hidden field (confirm)."""
    upload = request.FILES.get("bestand")
    if upload is not None:
        if upload.size > MAX_CSV_BYTES:
            raise bulk.BulkError([TOO_BIG])
        return bulk.read_file(upload.read())
    text = request.POST.get("csv_text", "")
    if not text:
        raise bulk.BulkError(["Kies eerst een bestand (.xlsx of .csv)."])
    if len(text) > MAX_CSV_BYTES:
        raise bulk.BulkError([TOO_BIG])
    return bulk.read_text(text)


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


class VersionCheckedForm(forms.ModelForm):
    """Refuses to save over someone else's newer save (optimistic locking).

    The form carries the version the editor opened; if the record has changed since, the
    editor gets a Dutch message and keeps what they typed. The hidden version then moves on,
    so saving again is a deliberate choice after looking at the history. The binding check
    is the write layer's, at save time (`services.claim_version`)."""

    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    #: Set on the form shown again after a save lost the race at write time
    #: (`WriteLayerAdmin`): it then reports the conflict whatever the version says now.
    lost_race = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            # The stored version, not the instance's: a revert shows an old instance.
            self.fields["seen_version"].initial = services.stored_version(
                type(self.instance), self.instance.pk
            )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if self.instance.pk is None:
            return cleaned
        try:
            if self.lost_race:
                raise services.StaleVersion
            services.check_version(
                model=type(self.instance), pk=self.instance.pk, seen=cleaned.get("seen_version")
            )
        except services.StaleVersion as stale:
            data = self.data.copy()
            current = services.stored_version(type(self.instance), self.instance.pk)
            data[self.add_prefix("seen_version")] = str(current)
            self.data = data
            raise ValidationError(str(stale), code="stale") from None
        return cleaned


def _errors_of(form: forms.BaseForm, before: str = "") -> list[tuple[str, str, list[str]]]:
    """(id of the field's input, its label, its messages) for each field in error."""
    found = []
    for name, messages_ in form.errors.items():
        if name not in form.fields or form.fields[name].widget.is_hidden:
            found.append(("", before.rstrip(": ") or "Het formulier", list(messages_)))
            continue
        field = form[name]
        # Checkbox lists have no one input for the label: lead to the first box.
        target = field.id_for_label or f"{field.auto_id}_0"
        found.append((target, before + capfirst(field.label), list(messages_)))
    return found


def error_summary(context: dict) -> list[tuple[str, str, list[str]]]:
    """Every error of a change form and its inlines, for the summary at the top of the form."""
    found = []
    adminform = context.get("adminform")
    if adminform is not None:
        found += _errors_of(adminform.form)
    for inline in context.get("inline_admin_formsets", []):
        formset = inline.formset
        name = capfirst(formset.model._meta.verbose_name)
        for number, form in enumerate(formset.forms, start=1):
            found += _errors_of(form, f"{name} {number}: ")
        if formset.non_form_errors():
            found.append(
                (
                    "",
                    capfirst(formset.model._meta.verbose_name_plural),
                    list(formset.non_form_errors()),
                )
            )
    return found


class EditorFormMixin:
    """The change form names each field in error and links to it; after a save, the list
    shows the saved record."""

    def render_change_form(
        self,
        request: HttpRequest,
        context: dict[str, Any],
        add: bool = False,
        change: bool = False,
        form_url: str = "",
        obj: Any = None,
    ) -> HttpResponse:
        context["error_summary"] = error_summary(context)
        parent = super()  # type: ignore[misc]
        return parent.render_change_form(request, context, add, change, form_url, obj)

    def render_history_view(
        self, request: HttpRequest, template: str, context: dict[str, Any], **kwargs: Any
    ) -> HttpResponse:
        """The revert form (from history) gets the same summary as the change form."""
        context["error_summary"] = error_summary(context)
        parent = super()  # type: ignore[misc]
        return parent.render_history_view(request, template, context, **kwargs)

    def saved_record_search(self, obj: Any) -> str:
        """What to search the list for so it shows this record (its code)."""
        raise NotImplementedError

    def _to_saved_record(self, request: HttpRequest, obj: Any) -> HttpResponse | None:
        if not self.has_view_or_change_permission(request):  # type: ignore[attr-defined]
            return None
        opts = obj._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        return HttpResponseRedirect(f"{url}?{urlencode({'q': self.saved_record_search(obj)})}")

    def response_post_save_add(self, request: HttpRequest, obj: Any) -> HttpResponse:
        redirect = self._to_saved_record(request, obj)
        return redirect or super().response_post_save_add(request, obj)  # type: ignore[misc]

    def response_post_save_change(self, request: HttpRequest, obj: Any) -> HttpResponse:
        redirect = self._to_saved_record(request, obj)
        return redirect or super().response_post_save_change(request, obj)  # type: ignore[misc]


class WriteLayerAdmin(SimpleHistoryAdmin):
    """Saves and reverts go through `catalog.services` as one change each.

    A save that loses the race after its form was checked (another save committed in
    between) is rolled back and its form shown again, marked as having lost: it gives the
    Dutch conflict message and keeps the editor's input. That form cannot save, so however
    many saves meet, none ends in a server error."""

    def save_through_layer(self, request: HttpRequest, form: Any, formsets: list) -> None:
        raise NotImplementedError

    def revert_through_layer(self, request: HttpRequest, form: Any, record: Any) -> None:
        raise NotImplementedError

    def get_form(self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs):
        form_class = super().get_form(request, obj, change=change, **kwargs)
        if getattr(request, "_lost_race", False):
            return type(form_class.__name__, (form_class,), {"lost_race": True})
        return form_class

    def _again_after_lost_race(
        self, request: HttpRequest, view: Callable[[], HttpResponse]
    ) -> HttpResponse:
        try:
            return view()
        except services.StaleVersion:
            if request.method != "POST":
                raise
            request._lost_race = True
            return view()

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        parent = super().changeform_view
        return self._again_after_lost_race(
            request, lambda: parent(request, object_id, form_url, extra_context)
        )

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """Revert: the form shows that version; saving puts it back whole (see the write
        layer), in one transaction."""
        history = self.model.history.model
        request._reverting = get_object_or_404(history, id=object_id, history_id=version_id)
        parent = super().history_form_view

        def view() -> HttpResponse:
            with transaction.atomic():
                return parent(request, object_id, version_id, extra_context)

        return self._again_after_lost_race(request, view)

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        record = getattr(request, "_reverting", None)
        if record is not None:
            self.revert_through_layer(request, form, record)
        # Otherwise the record is saved with its inlines, as one change, in save_related.

    def save_related(self, request: HttpRequest, form: Any, formsets: list, change: bool) -> None:
        self.save_through_layer(request, form, formsets)


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


class LabelledTabularInline(admin.TabularInline):
    """A table row's inputs have no label of their own: each is named after its column, so a
    screen reader says which one has the focus."""

    def formfield_for_dbfield(self, db_field: models.Field, request: HttpRequest, **kwargs: Any):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None:
            field.widget.attrs.setdefault("aria-label", capfirst(field.label))
        return field


class FallbackContactInline(LabelledTabularInline):
    model = FallbackContact
    extra = 0
    verbose_name = "contact dat intussen helpt"
    verbose_name_plural = "contacten die helpen zolang het eigen contact niet gekend is"


@admin.register(SupportForm)
class SupportFormAdmin(EditorFormMixin, ReadableHistoryMixin, NoDeleteMixin, WriteLayerAdmin):
    form = VersionCheckedForm
    formfield_overrides = URL_FIELDS
    list_display = ["name", "slug", "access", "always_available", "parent"]
    list_filter = ["access", "always_available", "voluntary"]
    search_fields = ["name", "slug", "summary"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [FallbackContactInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "parent", "summary", "description", "seen_version"]}),
        ("Toegang", {"fields": ["access", "voluntary", "who_may_ask", "always_available", "free"]}),
        ("Leeftijd", {"fields": ["from_pregnancy", "age_from", "age_until", "age_note"]}),
        ("Bron", {"fields": ["source", "more_info_url"]}),
        (
            "In het Frans en het Engels",
            {
                "fields": [
                    "summary_fr",
                    "summary_en",
                    "description_fr",
                    "description_en",
                    "fallback_text_fr",
                    "fallback_text_en",
                ]
            },
        ),
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
        return obj.slug in vocabulary().emergency_forms

    def saved_record_search(self, obj: SupportForm) -> str:
        return obj.slug

    def save_through_layer(self, request: HttpRequest, form: Any, formsets: list) -> None:
        services.save_support_form(
            form=form, formsets=formsets, seen_version=form.cleaned_data.get("seen_version")
        )

    def revert_through_layer(self, request: HttpRequest, form: Any, record: Any) -> None:
        services.revert_support_form(
            form=form, record=record, seen_version=form.cleaned_data.get("seen_version")
        )


class OpeningSlotInline(LabelledTabularInline):
    model = OpeningSlot  # names ("openingsuur", "openingsuren") come from the model
    extra = 1


class OpeningExceptionInline(LabelledTabularInline):
    model = OpeningException
    extra = 0


class RegionFilter(admin.SimpleListFilter):
    """Contact points that serve (part of) a region, whatever the kind of coverage."""

    title = "regio"
    parameter_name = "regio"
    #: The path from the listed model to its contact point ("" for contact points).
    to_contact = ""

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list:
        return [(r.slug, r.name) for r in Region.objects.all()]

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        if not self.value():
            return queryset
        region, path = self.value(), self.to_contact
        return queryset.filter(
            Q(**{f"{path}regions__slug": region})
            | Q(**{f"{path}arrondissements__region_id": region})
            | Q(**{f"{path}municipalities__region_id": region})
        ).distinct()


class FeedbackRegionFilter(RegionFilter):
    """Reports about contact points that serve (part of) a region."""

    to_contact = "contact_point__"


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
    """A new contact always names its source by a name the public can read.

    A confirmation belongs to the values a person checked: changing a phone number, e-mail,
    address, website, hours or coverage clears it, unless the editor ticks `confirm_now`
    (or fills in a new "bevestigd op") in the same save."""

    confirm_now = forms.BooleanField(
        label="Ik heb deze gegevens vandaag zelf nagekeken (bevestigen)",
        required=False,
        help_text="Zonder vinkje vervalt de bevestiging als je telefoon, e-mail, adres, "
        "website, openingsuren of werkgebied wijzigt.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if "source_name" in self.fields:
            self.fields["source_name"].required = True
        if self.instance.phone and not self.is_bound:
            # Shown as people write it; stored again in one form on save.
            self.initial["phone"] = display_phone(self.instance.phone)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        checked_by_person = cleaned.get("confidence") in services.PERSON_CHECKED
        if checked_by_person and not (cleaned.get("confirmed_on") or cleaned.get("confirm_now")):
            self.add_error(
                "confidence",
                "Wie zelf nakeek, vult ook de datum in: vul 'bevestigd op' in of vink "
                "'Ik heb deze gegevens vandaag zelf nagekeken' aan.",
            )
        return cleaned


@admin.register(ContactPoint)
class ContactPointAdmin(EditorFormMixin, ReadableHistoryMixin, NoDeleteMixin, WriteLayerAdmin):
    form = ContactPointForm
    formfield_overrides = URL_FIELDS
    list_display = [
        "name",
        "phone_shown",
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
    # No autocompletes (here, nor for a support form's parent or a fallback contact): their
    # search boxes have no accessible name. A single choice is a plain list; municipalities
    # are chosen like support forms, in two boxes with a search field.
    filter_horizontal = ["support_forms", "municipalities"]
    inlines = [OpeningSlotInline, OpeningExceptionInline]
    actions = ["confirm_today", "deactivate", "export_csv", "export_xlsx"]
    # What must be filled in comes first, so an editor sees at once what a new contact needs.
    fieldsets = [
        (
            "Altijd in te vullen",
            {
                "description": "Deze velden zijn verplicht (vet gedrukt). Vul daarna ook een "
                "telefoonnummer, e-mailadres of website in bij 'Bereikbaar'. De naam van de "
                "bron ziet het publiek; waar precies in de bron alleen de redactie.",
                "fields": [
                    "name",
                    "key",
                    "support_forms",
                    "coverage",
                    "source_name",
                    "source",
                    "confidence",
                    "taken_on",
                    "seen_version",
                ],
            },
        ),
        (
            "Bereikbaar",
            {
                "fields": [
                    "phone",
                    "email",
                    "website",
                    "address",
                    "channel_note",
                    "channel_note_fr",
                    "channel_note_en",
                ]
            },
        ),
        (
            "Werkgebied",
            {
                "description": "Vink hier de regio's, arrondissementen of gemeenten aan die "
                "horen bij het soort werkgebied dat je bovenaan koos. Het meest precieze "
                "werkgebied wint: een gemeente gaat voor een arrondissement, dat gaat voor een "
                "regio.",
                "fields": [
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
            "Bron en bevestiging",
            {
                "description": "'Bevestigd op' vul je pas in als je zelf nakeek dat het nog klopt.",
                "fields": [
                    "source_url",
                    "source_date",
                    "confirmed_on",
                    "confirm_now",
                ],
            },
        ),
        ("Beheer", {"fields": ["active", "superseded_by", "note"]}),
    ]

    def is_emergency(self, obj: ContactPoint) -> bool:
        return obj.is_emergency

    def saved_record_search(self, obj: ContactPoint) -> str:
        return obj.key

    @admin.display(description="telefoon", ordering="phone")
    def phone_shown(self, obj: ContactPoint) -> str:
        return obj.phone_display

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

    def save_through_layer(self, request: HttpRequest, form: Any, formsets: list) -> None:
        services.save_contact_point(
            form=form,
            formsets=formsets,
            seen_version=form.cleaned_data.get("seen_version"),
            confirm_on=date.today() if form.cleaned_data.get("confirm_now") else None,
        )

    def revert_through_layer(self, request: HttpRequest, form: Any, record: Any) -> None:
        services.revert_contact_point(
            form=form, record=record, seen_version=form.cleaned_data.get("seen_version")
        )

    @admin.action(description="Bevestigen: ik heb nagekeken dat dit nog klopt")
    def confirm_today(self, request: HttpRequest, queryset: QuerySet) -> None:
        """Confirm today; the history records who confirmed which values."""
        today = date.today()
        try:
            count = services.confirm_contact_points(points=queryset, on=today)
        except services.StaleVersion:
            self.message_user(request, ACTION_STALE.format(done="bevestigd"), messages.ERROR)
            return
        self.message_user(
            request, f"{count} contactpunt(en) bevestigd op {today:%d-%m-%Y}.", messages.SUCCESS
        )

    @admin.action(description="Deactiveren (niet meer tonen, wel bewaren)")
    def deactivate(self, request: HttpRequest, queryset: QuerySet) -> None:
        """The editor's way to remove a contact: it stays in the catalogue and its history."""
        try:
            count = services.deactivate_contact_points(points=queryset)
        except services.StaleVersion:
            self.message_user(request, ACTION_STALE.format(done="gedeactiveerd"), messages.ERROR)
            return
        self.message_user(request, f"{count} contactpunt(en) gedeactiveerd.", messages.SUCCESS)

    def _export_points(self, queryset: QuerySet) -> QuerySet:
        return queryset.prefetch_related(
            "support_forms", "regions", "arrondissements", "municipalities", "opening_slots"
        ).select_related("superseded_by")

    @admin.action(description="Exporteren als CSV (om aan te passen en weer in te laden)")
    def export_csv(self, request: HttpRequest, queryset: QuerySet) -> HttpResponse:
        response = HttpResponse(
            bulk.export_csv(self._export_points(queryset)), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = 'attachment; filename="contactpunten.csv"'
        return response

    @admin.action(description="Exporteren als Excel-bestand (om aan te passen en weer in te laden)")
    def export_xlsx(self, request: HttpRequest, queryset: QuerySet) -> HttpResponse:
        response = HttpResponse(
            bulk.export_xlsx(self._export_points(queryset)), content_type=bulk.XLSX_TYPE
        )
        response["Content-Disposition"] = 'attachment; filename="contactpunten.xlsx"'
        return response

    # -- revert from history: the form shows that version's coverage too --------------------

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
        labels = dict(KEY_SERVICES)
        board_rows = [
            (
                row.region,
                [
                    (cell, self._cell_link(cell, row.region, forms_by_slug), labels[cell.slug])
                    for cell in row.cells
                ],
            )
            for row in rows
        ]
        report = coverage_report()
        names = selectors.support_form_names({c.slug for row in report for c in row.cells})
        # Support forms by their names, as editors know them.
        report_rows = [
            (row.region, [(cell, names.get(cell.slug, "")) for cell in row.cells]) for row in report
        ]
        context = {
            **self.admin_site.each_context(request),
            "title": "Dekkingsrapport",
            "opts": self.model._meta,
            "services": KEY_SERVICES,
            "board": board_rows,
            "totals": totals,
            "points": provenance_counts(),
            "report": report,
            "report_named": report_rows,
        }
        return TemplateResponse(request, "admin/catalog/coverage_report.html", context)

    def import_view(self, request: HttpRequest) -> HttpResponse:
        """Upload a file, see every row before and after, then confirm."""
        if not self.has_add_permission(request) or not self.has_change_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": "Contactpunten importeren uit Excel of CSV",
            "opts": self.model._meta,
            "headings": [heading for _, heading in bulk.COLUMN_HEADINGS],
        }
        status = 200
        if request.method == "POST":
            confirm = "bevestigen" in request.POST
            try:
                rows = _uploaded_rows(request)
                result = bulk.import_rows(rows, dry_run=not confirm)
            except bulk.BulkConflict as conflict:
                # Nothing was saved: preview the file again against what is stored now (the
                # newer values are kept and listed), so the editor confirms knowingly.
                context["errors"], status = conflict.messages, 409
                try:
                    again = bulk.import_rows(rows, dry_run=True)
                except bulk.BulkError as error:
                    context["errors"] += error.messages
                else:
                    context.update(result=again, csv_text=bulk.table_text(rows))
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
                    return HttpResponseRedirect(reverse("admin:catalog_contactpoint_changelist"))
                context.update(result=result, csv_text=bulk.table_text(rows))
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
class FeedbackAdmin(EditorFormMixin, admin.ModelAdmin):
    """The review queue of the public "Klopt er iets niet?" form."""

    list_display = ["created_at", "contact_link", "kind", "short_correction", "status"]
    list_filter = [
        "status",
        "kind",
        FeedbackRegionFilter,
        ("contact_point__support_forms", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["correction", "contact_point__name"]
    readonly_fields = ["created_at", "contact_link", "kind", "correction", "current_values"]
    fields = [
        "created_at",
        "contact_link",
        "kind",
        "correction",
        "current_values",
        "status",
        "editor_note",
    ]
    actions = ["accept", "reject"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # reports come from the public form only

    def _to_saved_record(self, request: HttpRequest, obj: Feedback) -> None:
        return None  # reports have no code to search for: back to the queue as it was

    @admin.display(description="contactpunt")
    def contact_link(self, obj: Feedback) -> str:
        if obj.contact_point_id is None:
            return "onbekend contact"
        url = reverse("admin:catalog_contactpoint_change", args=[obj.contact_point_id])
        return format_html('<a href="{}">{}</a>', url, obj.contact_point)

    @admin.display(description="wat nu in de catalogus staat")
    def current_values(self, obj: Feedback) -> str:
        """The contact's current values beside the report, the reported one marked."""
        point = obj.contact_point
        if point is None:
            return "onbekend contact"
        hours = hours_text(
            list(point.opening_slots.all()), point.always_open, point.closed_on_public_holidays
        )
        rows = [
            (Feedback.Kind.PHONE, "Telefoon", point.phone_display or point.phone),
            (Feedback.Kind.EMAIL, "E-mail", point.email),
            (Feedback.Kind.HOURS, "Openingsuren", hours),
            (Feedback.Kind.ADDRESS, "Adres", point.address),
            (Feedback.Kind.ADDRESS, "Website", point.website),
        ]
        return format_html(
            '<dl class="current-values">{}</dl>',
            format_html_join(
                "",
                "<dt>{}{}</dt><dd>{}</dd>",
                (
                    (label, " (gemeld)" if kind == obj.kind else "", value or "(leeg)")
                    for kind, label, value in rows
                ),
            ),
        )

    @admin.display(description="voorgestelde verbetering")
    def short_correction(self, obj: Feedback) -> str:
        return (obj.correction[:80] + "…") if len(obj.correction) > 80 else obj.correction

    @admin.action(description="Aanvaarden (het contact is of wordt aangepast)")
    def accept(self, request: HttpRequest, queryset: QuerySet) -> None:
        count = services.settle_feedback(reports=queryset, status=Feedback.Status.ACCEPTED)
        self.message_user(request, f"{count} melding(en) aanvaard.", messages.SUCCESS)

    @admin.action(description="Afwijzen")
    def reject(self, request: HttpRequest, queryset: QuerySet) -> None:
        count = services.settle_feedback(reports=queryset, status=Feedback.Status.REJECTED)
        self.message_user(request, f"{count} melding(en) afgewezen.", messages.SUCCESS)
