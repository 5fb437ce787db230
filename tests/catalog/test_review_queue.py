"""The review queue as an editor uses it: filter reports by region and support form, see the
contact's current values beside the report, and read a contact's history without Python."""

from __future__ import annotations

import re

import pytest

from catalog.models import ContactPoint, Feedback, Region

pytestmark = pytest.mark.django_db


def text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def test_reports_filter_by_region_and_support_form(admin_client_logged_in):
    gent = ContactPoint.objects.get(key="ocj-gent")
    brussel = ContactPoint.objects.get(key="crisis-bxl")
    Feedback.objects.create(contact_point=gent, kind=Feedback.Kind.PHONE, correction="gent-1")
    Feedback.objects.create(contact_point=brussel, kind=Feedback.Kind.PHONE, correction="bxl-1")
    page = text(admin_client_logged_in.get("/admin/catalog/feedback/?regio=oost-vlaanderen"))
    assert "gent-1" in page and "bxl-1" not in page
    form = brussel.support_forms.first()
    url = f"/admin/catalog/feedback/?contact_point__support_forms__id__exact={form.pk}"
    page = text(admin_client_logged_in.get(url))
    assert "bxl-1" in page and "gent-1" not in page


def test_a_report_shows_the_current_values_beside_it(admin_client_logged_in):
    point = ContactPoint.objects.get(key="ocj-gent")
    report = Feedback.objects.create(
        contact_point=point, kind=Feedback.Kind.PHONE, correction="Het nummer is 09 000 00 00"
    )
    page = text(admin_client_logged_in.get(f"/admin/catalog/feedback/{report.pk}/change/"))
    current = page.split('class="current-values"')[1].split("</dl>")[0]
    assert f"<dt>Telefoon (gemeld)</dt><dd>{point.phone_display}</dd>" in current
    assert "<dt>E-mail</dt>" in current
    assert "Het nummer is 09 000 00 00" in page


def test_the_history_reads_as_dutch_not_python(admin_client_logged_in):
    point = ContactPoint.objects.get(key="ocj-gent")
    point.email = ""
    point.confirmed_on = None
    point.save()
    point.regions.add(Region.objects.get(slug="limburg"))
    point.always_open = not point.always_open
    point.save()
    history = text(admin_client_logged_in.get(f"/admin/catalog/contactpoint/{point.pk}/history/"))
    changes = " ".join(re.findall(r"<li> <strong>.*?</li>", history.split("<tbody>")[1]))
    assert changes
    assert "None" not in changes and "[" not in changes and "True" not in changes
    assert "(leeg)" in changes and "Limburg" in changes
