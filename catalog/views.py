"""Catalogue pages: the lookup for professionals, municipality pages, region sheets and the
catalogue of support forms. Thin: parse, ask a small module, render."""

from __future__ import annotations

import re

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext
from django.views.decorators.http import require_safe

from catalog import catalogue, lookup, regions
from catalog.page_cache import cached_per_catalogue_version
from catalog.search import search as find

NIS_PATTERN = re.compile(r"[0-9]{5}")
SLUG_PATTERN = re.compile(r"[a-z0-9-]{1,80}")


def not_found(request: HttpRequest, message: str) -> HttpResponse:
    """A 404 page with a way back to the lookup."""
    return render(request, "catalog/not_found.html", {"message": message}, status=404)


@require_safe
@cached_per_catalogue_version
def search(request: HttpRequest) -> HttpResponse:
    """Look up a municipality by postcode, name or NIS code (`?q=`).

    HTMX requests get only the results. A plain form submit (the button's `ga=1`) with one
    exact postcode or NIS match goes straight to that municipality; the same URL without
    `ga` (a pushed history entry, a shared link) shows the result, so Back keeps working.
    """
    result = find(request.GET.get("q", ""))
    htmx = getattr(request, "htmx", None)
    partial = bool(htmx) and not htmx.history_restore_request
    if not htmx and result.exact is not None and request.GET.get("ga") == "1":
        return HttpResponseRedirect(reverse("catalog:municipality", args=[result.exact.nis]))
    template = "catalog/search.html#results" if partial else "catalog/search.html"
    context = {"result": result, "regions": regions.regions()}
    response = render(request, template, context)
    patch_vary_headers(response, ["HX-Request"])
    return response


@require_safe
def municipality(request: HttpRequest, nis: str) -> HttpResponse:
    """Everything a CLB worker needs for one municipality, grouped."""
    if NIS_PATTERN.fullmatch(nis):
        sheet = lookup.municipality_sheet(nis)
        if sheet is not None:
            return render(request, "catalog/municipality.html", {"sheet": sheet})
        outside = lookup.outside_sheet(nis)
        if outside is not None:
            return render(request, "catalog/outside.html", {"sheet": outside})
    return not_found(
        request, gettext("Er is geen gemeente met NIS-code {nis}.").format(nis=nis[:20])
    )


@require_safe
@cached_per_catalogue_version
def region_list(request: HttpRequest) -> HttpResponse:
    """The six regions, each with a printable sheet."""
    return render(request, "catalog/regions.html", {"regions": regions.regions()})


@require_safe
def region(request: HttpRequest, slug: str) -> HttpResponse:
    """The printable overview of one region."""
    sheet = regions.region_sheet(slug) if SLUG_PATTERN.fullmatch(slug) else None
    if sheet is None:
        return not_found(request, gettext("Deze regio bestaat niet."))
    return render(request, "catalog/region.html", {"sheet": sheet})


@require_safe
@cached_per_catalogue_version
def support_forms(request: HttpRequest) -> HttpResponse:
    """The catalogue of support forms, with filters; 400 and a clear message for bad ones."""
    form = catalogue.FilterForm(request.GET)
    valid = form.is_valid()
    items = catalogue.all_forms()
    if valid:
        items = catalogue.filter_forms(items, form.cleaned_data)
    context = {
        "form": form,
        "groups": catalogue.grouped(items),
        "count": len(items),
        "filtered": valid and any(form.cleaned_data.values()),
    }
    return render(request, "catalog/support_forms.html", context, status=200 if valid else 400)


@require_safe
def support_form(request: HttpRequest, slug: str) -> HttpResponse:
    """One support form: what it is, the facts, its sources, where to find it."""
    page = catalogue.form_page(slug) if SLUG_PATTERN.fullmatch(slug) else None
    if page is None:
        return not_found(request, gettext("Deze hulpvorm staat niet in de catalogus."))
    form = page.form
    context = {
        "page": page,
        "age": catalogue.age_text(form),
        "roles": catalogue.roles_text(form),
        "voluntary": catalogue.yes_no(form.voluntary),
        "free": catalogue.yes_no(form.free),
        # Editors' notes and line references stay in the admin; the public sees names and links.
        "sources": regions.source_refs(form.source),
    }
    return render(request, "catalog/support_form.html", context)
