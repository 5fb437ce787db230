"""Which contact points cover a municipality: the most specific coverage wins, gaps stay gaps."""

from datetime import date

import pytest

from catalog.models import Arrondissement, ContactPoint, Municipality, Region, SupportForm
from catalog.selectors import contacts_by_slug, contacts_for

pytestmark = pytest.mark.django_db

OCJ_EMAIL = {
    "41002": "ocj.aalst@opgroeien.be",  # Aalst
    "41081": "ocj.aalst@opgroeien.be",  # Zottegem lies in arrondissement Aalst
    "43005": "ocj.genteeklo@opgroeien.be",  # Eeklo
    "44021": "ocj.genteeklo@opgroeien.be",  # Gent
    "46029": "ocj.sintniklaas@opgroeien.be",  # Lokeren (merged with Moerbeke in 2025)
    "42006": "ocj.dendermonde@opgroeien.be",  # Dendermonde
    "45035": "ocj.oudenaarde@opgroeien.be",  # Oudenaarde
}


def test_every_oost_vlaanderen_municipality_has_exactly_one_ocj_office():
    municipalities = Municipality.objects.filter(region_id="oost-vlaanderen")
    assert municipalities.count() == 55
    for municipality in municipalities:
        offices = contacts_for("ocj", municipality.nis)
        assert len(offices) == 1, (municipality, offices)


@pytest.mark.parametrize("nis,email", OCJ_EMAIL.items())
def test_the_right_ocj_office(nis, email):
    assert [c.email for c in contacts_for("ocj", nis)] == [email]


@pytest.mark.parametrize("nis", ["11002", "71072", "31005", "24062"])
def test_no_crisis_line_is_invented_outside_the_known_regions(nis):
    """Antwerpen, Limburg, West-Vlaanderen, Vlaams-Brabant: no source gives a crisis number."""
    assert contacts_for("crisismeldpunt", nis) == []
    assert contacts_for("ocj", nis) == []


def test_regional_crisis_line_for_oost_vlaanderen_and_brussels():
    gent = contacts_for("crisismeldpunt", "44021")
    brussel = contacts_for("crisismeldpunt", "21004")
    assert len(gent) == 1 and len(brussel) == 1
    assert gent[0].pk != brussel[0].pk
    assert gent[0].always_open and brussel[0].always_open


def test_national_lines_cover_flanders_and_brussels_but_not_wallonia():
    assert [c.phone for c in contacts_for("hulplijn-1712", "11002")] == ["1712"]
    assert [c.phone for c in contacts_for("hulplijn-1712", "21004")] == ["1712"]
    assert contacts_for("hulplijn-1712", "62063") == []  # Luik


def test_emergency_numbers_cover_all_of_belgium():
    assert [c.phone for c in contacts_for("noodnummer-112", "62063")] == ["112"]
    assert [c.phone for c in contacts_for("politie-101", "41002")] == ["101"]


def test_superseded_records_are_never_returned():
    inactive = ContactPoint.objects.filter(active=False)
    assert inactive.exists()
    shown = {c.pk for cs in contacts_by_slug("44021").values() for c in cs}
    assert shown.isdisjoint(set(inactive.values_list("pk", flat=True)))
    # The seed-004 loket of Oost-Vlaanderen is history; ACT is current.
    assert all("oost-vlaanderen.be" not in c.email for c in contacts_for("clientoverleg", "44021"))
    assert contacts_for("clientoverleg", "44021")


def test_most_specific_coverage_wins():
    """An office for one municipality hides the arrondissement's office there, nowhere else."""
    ocj = SupportForm.objects.get(slug="ocj")
    special = ContactPoint.objects.create(
        key="test-ocj-zwalm",
        name="Test OCJ Zwalm",
        email="test@example.org",
        coverage="municipalities",
        confidence="inferred",
        source="test",
        taken_on=date(2026, 1, 1),
    )
    special.support_forms.add(ocj)
    zwalm = Municipality.objects.get(name_nl="Zwalm")
    special.municipalities.add(zwalm)
    assert contacts_for("ocj", zwalm.nis) == [special]
    assert contacts_for("ocj", "45035")[0].email == "ocj.oudenaarde@opgroeien.be"


def _test_line(key: str, coverage: str) -> ContactPoint:
    point = ContactPoint.objects.create(
        key=key,
        name=key,
        email=f"{key}@example.org",
        coverage=coverage,
        confidence="inferred",
        source="test",
        taken_on=date(2026, 1, 1),
    )
    point.support_forms.add(SupportForm.objects.get(slug="crisismeldpunt"))
    return point


def test_an_arrondissement_contact_hides_the_region_contact_there_only():
    """Region Antwerpen has no crisis line in the catalogue: with one for the region and one
    for arrondissement Antwerpen, each municipality gets the most specific one."""
    region_line = _test_line("test-crisis-regio", "regions")
    region_line.regions.add(Region.objects.get(slug="antwerpen"))
    arrondissement_line = _test_line("test-crisis-arr", "arrondissements")
    arrondissement_line.arrondissements.add(Arrondissement.objects.get(code="11"))
    assert contacts_for("crisismeldpunt", "11002") == [arrondissement_line]  # Antwerpen
    assert contacts_for("crisismeldpunt", "12025") == [region_line]  # Mechelen
    assert contacts_for("crisismeldpunt", "44021") != [region_line]  # Gent: another region


def test_inactive_contact_points_disappear():
    office = contacts_for("ocj", "41002")[0]
    office.active = False
    office.save()
    assert contacts_for("ocj", "41002") == []


def test_query_count_does_not_grow_with_the_catalogue(django_assert_max_num_queries):
    """With ten times the contact points: a fixed number of queries to rebuild the in-memory
    snapshot after a change, then one (the version check) per call."""
    relations = ("support_forms", "regions", "arrondissements", "municipalities")
    originals = list(ContactPoint.objects.filter(active=True).prefetch_related(*relations))
    linked = [{name: list(getattr(p, name).all()) for name in relations} for p in originals]
    for n in range(10):
        for point, links in zip(originals, linked, strict=True):
            copy = ContactPoint.objects.get(pk=point.pk)
            copy.pk, copy.key = None, f"{point.key}-copy-{n}"
            copy.save()
            for name, objs in links.items():
                getattr(copy, name).set(objs)
    assert ContactPoint.objects.count() > 10 * len(originals)
    with django_assert_max_num_queries(15):  # the version, the snapshot's twelve, fallbacks
        found = contacts_by_slug("41002")
    assert len(found["ocj"]) == 11
    with django_assert_max_num_queries(1):
        assert len(contacts_by_slug("41002")["ocj"]) == 11
