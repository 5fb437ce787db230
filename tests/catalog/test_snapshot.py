"""The in-memory catalogue (catalog.selectors): every change is visible on the next request."""

from datetime import date

import pytest
from django.core.management import call_command

from catalog import selectors
from catalog.models import CatalogueVersion, ContactPoint, Municipality
from tests.catalog.test_admin import new_contact_data

pytestmark = pytest.mark.django_db

HASSELT = "71072"
AALST = "41002"


def vk_names(client, nis: str) -> list[str]:
    data = client.get(f"/api/gemeenten/{nis}/").json()
    return [c["naam"] for c in data["ondersteuningsvormen"]["vk"]["contacten"]]


def test_an_admin_edit_is_visible_on_the_next_request(admin_client_logged_in, client):
    before = vk_names(client, HASSELT)  # the snapshot is now built and current
    assert "Nieuw contact" not in before
    data = new_contact_data(coverage="municipalities", municipalities=[HASSELT], regions=[])
    assert admin_client_logged_in.post("/admin/catalog/contactpoint/add/", data).status_code == 302
    assert vk_names(client, HASSELT) == ["Nieuw contact"]  # municipality level wins

    point = ContactPoint.objects.get(key="nieuw-contact")
    change = {**data, "municipalities": [AALST], "opening_slots-INITIAL_FORMS": 0}
    change["seen_version"] = point.version  # the hidden field the form carries
    change["opening_slots-TOTAL_FORMS"] = 0
    response = admin_client_logged_in.post(
        f"/admin/catalog/contactpoint/{point.pk}/change/", change
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert vk_names(client, HASSELT) == before  # the coverage change (m2m) is seen at once
    assert "Nieuw contact" in vk_names(client, AALST)


def test_the_confirm_action_is_visible_on_the_next_request(admin_client_logged_in, client):
    point = ContactPoint.objects.get(email="ocj.aalst@opgroeien.be")
    ContactPoint.objects.filter(pk=point.pk).update(confirmed_on=date(2020, 1, 1))
    CatalogueVersion.objects.update(token="test-old-data")  # as a bulk writer must
    api = f"/api/gemeenten/{AALST}/"
    shown = client.get(api).json()["ondersteuningsvormen"]["ocj"]["contacten"][0]
    assert (shown["nagekeken_op"], shown["bevestiging"]) == ("2020-01-01", "verouderd")
    admin_client_logged_in.post(
        "/admin/catalog/contactpoint/",
        {"action": "confirm_today", "_selected_action": [point.pk]},
    )
    shown = client.get(api).json()["ondersteuningsvormen"]["ocj"]["contacten"][0]
    assert shown["nagekeken_op"] == date.today().isoformat()
    assert shown["bevestiging"] == "bevestigd"


def test_a_write_by_another_process_is_seen_through_the_version():
    """Another gunicorn worker's edit arrives only as data plus a new version token."""
    assert selectors.contacts_for("ocj", AALST)[0].email == "ocj.aalst@opgroeien.be"
    ContactPoint.objects.filter(email="ocj.aalst@opgroeien.be").update(email="nieuw@example.org")
    CatalogueVersion.objects.update(token="another-worker")
    assert selectors.contacts_for("ocj", AALST)[0].email == "nieuw@example.org"


def test_deleting_and_deactivating_are_seen_at_once():
    office = selectors.contacts_for("ocj", AALST)[0]
    ContactPoint.objects.get(pk=office.pk).delete()
    assert selectors.contacts_for("ocj", AALST) == []


def test_load_catalog_gives_a_new_version():
    before = CatalogueVersion.current()
    call_command("load_catalog", verbosity=0)
    assert CatalogueVersion.current() not in (None, before)


def test_a_warm_api_call_costs_one_query(client, django_assert_num_queries):
    url = "/api/advies/?gevaar=nee&rol=ouder&leeftijd=12&postcode=9000&situatie=conflict"
    client.get(url)
    with django_assert_num_queries(1):  # the version check; the advice comes from memory
        assert client.get(url).status_code == 200


def test_the_version_is_checked_once_per_request(client, django_assert_max_num_queries):
    client.get("/gemeente/41081/")
    with django_assert_max_num_queries(5):  # version + the page's own postcode/name queries
        assert client.get("/gemeente/41081/").status_code == 200


def test_open_now_is_computed_per_call_not_cached():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from routing.web.directory import DatabaseDirectory

    # Hours known for sure (a confirmed source): only then is "open now" computed.
    ContactPoint.objects.filter(key="clbchat").update(hours_as_of="")
    CatalogueVersion.objects.update(token="hours-now-sure")
    brussels = ZoneInfo("Europe/Brussels")
    monday_evening = datetime(2026, 11, 23, 18, 0, tzinfo=brussels)  # CLBch@t: 17:00-21:00
    monday_noon = datetime(2026, 11, 23, 11, 0, tzinfo=brussels)
    evening = DatabaseDirectory(now=lambda: monday_evening).contacts_for("clbchat", AALST)[0]
    noon = DatabaseDirectory(now=lambda: monday_noon).contacts_for("clbchat", AALST)[0]
    assert evening.nu_open is True and noon.nu_open is False


def test_unknown_codes_do_not_grow_the_cache():
    current = selectors.snapshot()
    for n in range(50):
        selectors.contacts_by_slug(f"9{n:04d}")
    assert not any(nis.startswith("9") for nis in current._by_nis)
    assert Municipality.objects.filter(pk__startswith="9").count() == 0


def test_with_a_recheck_interval_another_workers_edit_shows_after_that_interval(
    settings, monkeypatch, django_assert_num_queries
):
    """In production the version is asked at most once a second per process: no query per
    request, another worker's edit within the interval, this process's own edit at once."""
    settings.CATALOGUE_RECHECK_SECONDS = 1
    selectors.forget_snapshot()
    clock = [1000.0]
    monkeypatch.setattr(selectors.time, "monotonic", lambda: clock[0])
    assert selectors.contacts_for("ocj", AALST)[0].email == "ocj.aalst@opgroeien.be"

    ContactPoint.objects.filter(email="ocj.aalst@opgroeien.be").update(email="nieuw@example.org")
    CatalogueVersion.objects.update(token="another-worker")
    clock[0] += 0.5
    with django_assert_num_queries(0):
        assert selectors.contacts_for("ocj", AALST)[0].email == "ocj.aalst@opgroeien.be"
    clock[0] += 0.6
    assert selectors.contacts_for("ocj", AALST)[0].email == "nieuw@example.org"

    office = ContactPoint.objects.get(email="nieuw@example.org")
    office.email = "eigen@example.org"
    office.save()  # this process's own write: seen without waiting
    assert selectors.contacts_for("ocj", AALST)[0].email == "eigen@example.org"


def test_a_warm_api_call_costs_no_query_within_the_recheck_interval(
    settings, client, django_assert_num_queries
):
    settings.CATALOGUE_RECHECK_SECONDS = 60
    url = "/api/advies/?gevaar=nee&rol=ouder&leeftijd=12&postcode=9000&situatie=conflict"
    client.get(url)
    with django_assert_num_queries(0):
        assert client.get(url).status_code == 200
