"""What the admin start page shows an editor first: the coverage board's counts and the
number of new "Klopt er iets niet?" reports."""

from __future__ import annotations

from dataclasses import dataclass

from django import template

from catalog.coverage import board
from catalog.models import Feedback

register = template.Library()


@dataclass(frozen=True)
class EditorHome:
    board: dict[str, int]
    new_reports: int


@register.simple_tag
def editor_home() -> EditorHome:
    """Counts for the admin start page (a few queries; the admin is not a hot path)."""
    _rows, totals = board()
    new = Feedback.objects.filter(status=Feedback.Status.NEW).count()
    return EditorHome(board=totals, new_reports=new)
