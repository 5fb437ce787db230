"""The admin start page is the editor's home: it leads to the coverage board with its counts
and to the new reports; the board names support forms as editors know them."""

from __future__ import annotations

import re

import pytest

from catalog.coverage import board, routing_slugs
from catalog.models import ContactPoint, Feedback

pytestmark = pytest.mark.django_db


def test_the_start_page_shows_the_board_counts_and_new_reports(admin_client_logged_in):
    point = ContactPoint.objects.filter(active=True).first()
    Feedback.objects.create(contact_point=point, kind=Feedback.Kind.PHONE, correction="x")
    Feedback.objects.create(contact_point=point, kind=Feedback.Kind.EMAIL, correction="y")
    Feedback.objects.create(
        contact_point=point, kind=Feedback.Kind.HOURS, status=Feedback.Status.REJECTED
    )
    page = re.sub(r"\s+", " ", admin_client_logged_in.get("/admin/").content.decode())
    _rows, totals = board()
    home = page.split('id="editor-home"')[1].split("</div>")[0]
    assert 'href="/admin/catalog/contactpoint/dekking/"' in home
    assert f"{totals['rood']} rood (niet gekend)" in home
    assert f"{totals['groen']} groen (bevestigd)" in home
    assert "2 nieuwe meldingen" in home
    assert 'href="/admin/catalog/feedback/?status__exact=nieuw"' in home


def test_the_board_has_no_inline_styles_and_names_support_forms(admin_client_logged_in):
    page = admin_client_logged_in.get("/admin/catalog/contactpoint/dekking/").content.decode()
    assert "<style" not in page and "style=" not in page
    assert re.search(r'<link rel="stylesheet" href="/static/catalog/admin-board[^"]*\.css"', page)
    report = page.split('id="coverage-report"')[1]
    cells = re.findall(r"<td>([^<]*)</td>", report)
    assert cells and not set(cells) & set(routing_slugs())
    assert "Centrum voor Geestelijke Gezondheidszorg" in report or "CGG" in report
