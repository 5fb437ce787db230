"""One catalogue version for every cache: an editor's save in the admin (through the write
layer) shows at once on every output this process keeps or derives from the catalogue, even
when the version is otherwise rechecked only every minute."""

from __future__ import annotations

import pytest
from django.test import Client

from catalog.models import ContactPoint, Municipality, SupportForm
from routing.answer_space import answers_for
from routing.answers import parse_answers
from routing.engine import advise
from routing.web.directory import DatabaseDirectory
from routing.web.views import SESSION_KEY
from tests.catalog.test_editor_safety import NO_INLINES, change_url, form_data
from tests.routing.asking import answer_the_rest

pytestmark = pytest.mark.django_db

KEY = "ocj-aalst"  # covers Zottegem
ZOTTEGEM = "41081"


@pytest.fixture(autouse=True)
def rarely_rechecked(settings):
    """As in production, with a long interval: only the process's own write can show the
    change this quickly."""
    settings.CATALOGUE_RECHECK_SECONDS = 60


def advice_showing(key: str, nis: str) -> dict[str, list[str]]:
    """Answers (as the questionnaire stores them) whose advice for `nis` shows contact `key`."""
    directory = DatabaseDirectory()
    for answers in answers_for("ouder", False, 12, nis):
        # The questions still open answered the way that changes nothing.
        stored = answer_the_rest(answers.to_query())
        shown = advise(parse_answers(stored), directory)
        if any(c.sleutel == key for step in shown.stappen for c in step.contacten):
            return stored
    raise AssertionError(f"no advice for a parent shows {key}")


def outputs(visitor: Client, nis: str, region: str) -> dict[str, str]:
    """Every public output that shows the contacts of `nis`, as a visitor gets it."""
    urls = [
        "/advies/",
        f"/gemeente/{nis}/",
        f"/regio/{region}/",
        f"/api/gemeenten/{nis}/",
        "/api/open-data/hsds.json",
    ]
    pages = {}
    for url in urls:
        response = visitor.get(url)
        assert response.status_code == 200, url
        pages[url] = response.content.decode()
    return pages


def test_a_contact_saved_in_the_admin_shows_at_once_everywhere(admin_client_logged_in):
    point = ContactPoint.objects.get(key=KEY)
    # Another contact's phone from the catalogue: a real, sourced number, shown differently.
    other = ContactPoint.objects.exclude(phone="").exclude(phone=point.phone).order_by("pk")[0]
    region = Municipality.objects.get(nis=ZOTTEGEM).region_id
    visitor = Client()
    session = visitor.session
    session[SESSION_KEY] = advice_showing(KEY, ZOTTEGEM)
    session.save()
    visitor.cookies["sessionid"] = session.session_key

    before = outputs(visitor, ZOTTEGEM, region)
    assert all(point.name in page for page in before.values())
    assert outputs(visitor, ZOTTEGEM, region) == before  # kept and derived as they are

    new_name = f"{point.name} (nieuwe naam)"
    data = form_data(admin_client_logged_in.get(change_url(point)))
    data.update(NO_INLINES, name=new_name, phone=other.phone)
    assert admin_client_logged_in.post(change_url(point), data).status_code == 302

    after = outputs(visitor, ZOTTEGEM, region)
    for url, page in after.items():
        assert new_name in page and new_name not in before[url], url
    for url in ("/advies/", f"/gemeente/{ZOTTEGEM}/", f"/regio/{region}/"):
        assert other.phone_display in after[url], url  # the phone as shown: a new display part


def test_a_support_form_saved_in_the_admin_shows_at_once_on_the_kept_list(
    admin_client_logged_in,
):
    form = SupportForm.objects.get(slug="ocj")
    visitor = Client()
    before = visitor.get("/hulpvormen/").content.decode()
    assert visitor.get("/hulpvormen/").content.decode() == before
    url = f"/admin/catalog/supportform/{form.pk}/change/"
    data = form_data(admin_client_logged_in.get(url))
    new_name = f"{form.name} (nieuwe naam)"
    data.update({"name": new_name, "fallbacks-TOTAL_FORMS": 0, "fallbacks-INITIAL_FORMS": 0})
    assert admin_client_logged_in.post(url, data).status_code == 302
    after = visitor.get("/hulpvormen/").content.decode()
    assert new_name in after and new_name not in before
