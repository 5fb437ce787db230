"""The engine's age table (routing.rules.AGE_RANGES) never offers a support form at an age the
catalogue excludes (invariant 5, with the catalogue as the authority on ages).

The rules may be narrower than the catalogue (a routing choice documented in routing/rules/), never
wider. Ages are checked as the questionnaire asks them: ongeboren and every year 0–25.
"""

import pytest

from catalog.models import SupportForm
from routing.answers import MAX_AGE, UNBORN
from routing.rules import AGE_RANGES, age_allows

pytestmark = pytest.mark.django_db

AGES = (UNBORN, *range(MAX_AGE + 1))


def catalogue_allows(form: SupportForm, age: int | str) -> bool:
    """Whether the catalogue's range overlaps the year of this age (same reading as the rules)."""
    lo, hi = (-1.0, 0.0) if age == UNBORN else (float(age), float(age) + 1.0)
    starts = -1.0 if form.from_pregnancy else form.age_from
    if starts is None:
        starts = 0.0  # no lower bound stated: from birth, not before
    return float(starts) < hi and (form.age_until is None or lo < float(form.age_until))


@pytest.mark.parametrize("slug", sorted(AGE_RANGES))
def test_rules_stay_within_the_catalogues_age_range(slug):
    form = SupportForm.objects.get(slug=slug)
    wider = [age for age in AGES if age_allows(slug, age) and not catalogue_allows(form, age)]
    assert wider == [], f"{slug}: the rules offer it at {wider}, the catalogue does not"
