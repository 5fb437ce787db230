"""The lookup for professionals (/zoek/), municipality pages, region sheets and the catalogue of
support forms, tested over HTTP against the real catalogue."""

from __future__ import annotations

import re

import pytest
from django.db.models import Q

from catalog.models import ContactPoint, Coverage, OpeningSlot, SupportForm
from catalog.selectors import snapshot
from catalog.services import catalogue_write

pytestmark = pytest.mark.django_db

OVL_PHONES = ["02 243 51 70", "02 243 51 07", "02 249 77 90", "09 216 73 30", "09 265 04 90"]


def text(response) -> str:
    """The visible text of the <main> element, whitespace collapsed."""
    html = response.content.decode()
    main = html[html.find("<main") : html.find("</main>")] if "<main" in html else html
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main))


def result_links(response) -> list[str]:
    """The municipality links of a search result, in order."""
    return re.findall(r'href="/gemeente/(\d{5})/"', response.content.decode())


def htmx_search(client, q: str):
    return client.get("/zoek/", {"q": q}, HTTP_HX_REQUEST="true")


# -- search -------------------------------------------------------------------------------


def test_search_page_has_a_labelled_search_field_with_live_results(client):
    response = client.get("/zoek/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<label for="q">' in html
    assert 'data-hx-get="/zoek/"' in html
    assert 'data-hx-trigger="input changed delay:300ms, search"' in html
    assert 'data-hx-push-url="true"' in html
    assert 'data-hx-target="#resultaten"' in html
    assert 'method="get"' in html


def test_postcode_redirects_to_the_one_municipality_on_plain_submit(client):
    response = client.get("/zoek/", {"q": "9620", "ga": "1"})
    assert response.status_code == 302
    assert response["Location"] == "/gemeente/41081/"
    # The same search as a link or a history entry shows the result: Back keeps working.
    response = client.get("/zoek/", {"q": "9620"})
    assert response.status_code == 200
    assert result_links(response) == ["41081"]


def test_htmx_gets_only_the_results_partial(client):
    response = htmx_search(client, "9620")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and "<main" not in html
    assert result_links(response) == ["41081"]
    assert "Zottegem" in html
    assert "HX-Request" in response["Vary"]


def test_htmx_history_restore_gets_the_full_page(client):
    response = client.get(
        "/zoek/", {"q": "9620"}, HTTP_HX_REQUEST="true", HTTP_HX_HISTORY_RESTORE_REQUEST="true"
    )
    assert response.status_code == 200
    assert "<html" in response.content.decode()


@pytest.mark.parametrize(
    "query,nis",
    [
        ("Sint-Niklaas", "46021"),
        ("sint niklaas", "46021"),
        ("SINT-NIKLAAS", "46021"),
        ("sintniklaas", "46021"),
        ("St-Niklaas", "46021"),
        ("Gand", "44021"),
        ("gent", "44021"),
        ("Bruxelles", "21004"),
        ("Anvers", "11002"),
        ("Zottegem", "41081"),
        ("zöttegem", "41081"),
        ("Sint-Genesius-Rode", "23101"),
        ("rhode saint genese", "23101"),
        ("Rhode-Saint-Genèse", "23101"),
        ("41081", "41081"),
        ("9620 Zottegem", "41081"),
    ],
)
def test_names_french_names_and_nis_codes_find_the_municipality(client, query, nis):
    response = htmx_search(client, query)
    assert response.status_code == 200
    assert result_links(response)[0] == nis


def test_prefix_matches_come_before_substring_matches(client):
    links = result_links(htmx_search(client, "gent"))
    assert links[0] == "44021"  # Gent
    response = htmx_search(client, "niklaas")
    assert result_links(response) == ["46021"]  # "Sint-Niklaas": a word starts with it


@pytest.mark.parametrize(
    "postcode,expected",
    [("1040", {"21004", "21005"}), ("1050", {"21004", "21009"}), ("1804", {"23088", "23096"})],
)
def test_shared_postcodes_let_the_user_choose(client, postcode, expected):
    # Plain submit: no redirect, the choice is shown.
    response = client.get("/zoek/", {"q": postcode, "ga": "1"})
    assert response.status_code == 200
    assert set(result_links(response)) == expected
    assert f"De postcode {postcode} hoort bij 2 gemeenten" in text(response)


def test_nis_code_redirects_on_plain_submit(client):
    response = client.get("/zoek/", {"q": "43005", "ga": "1"})
    assert response.status_code == 302
    assert response["Location"] == "/gemeente/43005/"


def test_a_walloon_postcode_says_it_lies_outside(client):
    response = htmx_search(client, "4000")
    assert response.status_code == 200
    assert "ligt buiten Vlaanderen en Brussel" in text(response)
    assert "/gemeente/62063/" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "xyzzy",
        "0000",
        "99999",
        "123",
        "123456",
        "!!!",
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        "a" * 1000,
        "9" * 1000,
        "🙂",
        "%",
        "_",
    ],
)
def test_nonsense_and_very_long_input_find_nothing_friendly(client, query):
    for response in (client.get("/zoek/", {"q": query}), htmx_search(client, query)):
        assert response.status_code == 200
        assert "Niets gevonden" in text(response)
        assert "<script>alert" not in response.content.decode()


def test_empty_search_shows_the_form_without_a_message(client):
    for response in (client.get("/zoek/"), client.get("/zoek/", {"q": "   "})):
        assert response.status_code == 200
        assert "Niets gevonden" not in text(response)


def test_search_uses_few_queries(client, django_assert_max_num_queries):
    client.get("/zoek/", {"q": "sint"})  # builds the catalogue snapshot and the index
    with django_assert_max_num_queries(2):  # the snapshot's version check and the regions
        htmx_search(client, "gent")
    with django_assert_max_num_queries(2):  # also for a typo: no query per name
        htmx_search(client, "gnet")


# -- municipality pages -------------------------------------------------------------------


def test_aalst_page(client):
    response = client.get("/gemeente/41002/")
    page = text(response)
    assert response.status_code == 200
    assert "Aalst" in page and "9300" in page
    assert "OCJ Aalst" in page and "02 249 77 90" in page
    assert 'href="mailto:ocj.aalst@opgroeien.be"' in response.content.decode()
    for heading in ("Crisis", "Verontrusting", "Intersectorale toegangspoort",
                    "Cliëntoverleg en bemiddeling", "Brede instap", "Hulplijnen"):  # fmt: skip
        assert heading in page, heading


def test_zottegem_page_shows_ocj_aalst_vk_crisis_and_toegangspoort(client):
    response = client.get("/gemeente/41081/")
    page = text(response)
    html = response.content.decode()
    assert "OCJ Aalst" in page
    assert "arrondissement Aalst" in page
    assert 'href="tel:+3222497790"' in html  # OCJ Aalst
    assert "09 216 73 30" in page  # VK Oost-Vlaanderen
    assert "09 265 04 90" in page  # crisis network
    assert "02 243 51 70" in page  # ACT: toegangspoort
    assert "02 243 51 07" in page  # OCJ consult line
    assert "nog niet bevestigd" in page and "gecontroleerd op" not in page
    assert "Folder Jeugdhulp in Vlaanderen – Regio Oost-Vlaanderen, zonder datum" in page
    assert "S000" not in page  # internal references stay in the admin
    assert "Werkgebied niet zeker" in page  # OCJ Aalst's area is inferred
    assert "A-document" in page
    assert 'href="/"' in html and "Start de vragenlijst als hulpverlener" in page
    assert "OCJ Gent" not in page and "OCJ Oudenaarde" not in page


def test_eeklo_is_served_by_ocj_gent(client):
    response = client.get("/gemeente/43005/")
    page = text(response)
    assert "ocj.genteeklo@opgroeien.be" in page
    assert "OCJ Aalst" not in page


def test_antwerpen_shows_no_oost_vlaanderen_numbers(client):
    response = client.get("/gemeente/11002/")
    page = text(response)
    assert response.status_code == 200
    regional = ContactPoint.objects.filter(active=True).filter(
        Q(coverage=Coverage.REGIONS, regions="oost-vlaanderen")
        | Q(coverage=Coverage.ARRONDISSEMENTS, arrondissements__region="oost-vlaanderen")
    )
    foreign = {p.phone_display for p in regional if p.phone} | set(OVL_PHONES)
    assert len(foreign) >= 5
    for number in foreign:
        assert number not in page, number
    for email in ("act.oostvlaanderen@", "ocj.aalst@", "ocj.genteeklo@", "info@vkgent.be"):
        assert email not in page
    assert "nog niet gekend" in page
    assert 'href="https://www.jeugdhulp.be"' in response.content.decode()
    assert "112" in page and "1712" in page


def test_unknown_nis_gives_a_dutch_404(client):
    for url in ("/gemeente/99999/", "/gemeente/abc/", "/gemeente/4100%00/"):
        response = client.get(url)
        assert response.status_code == 404
        assert "Deze pagina bestaat niet" in text(response)


def test_walloon_municipality_is_outside_with_emergency_numbers(client):
    response = client.get("/gemeente/62063/")  # Luik
    page = text(response)
    assert response.status_code == 200
    assert "Luik" in page and "Liège" in page
    assert "buiten het werkgebied" in page
    assert 'href="tel:112"' in response.content.decode()
    assert 'href="tel:101"' in response.content.decode()
    assert "1712" not in page


# -- region sheets --------------------------------------------------------------------------


def test_oost_vlaanderen_sheet_lists_offices_and_the_arrondissements_they_serve(client):
    response = client.get("/regio/oost-vlaanderen/")
    page = text(response)
    assert response.status_code == 200
    for office in ("OCJ Aalst", "OCJ Dendermonde", "OCJ Oudenaarde", "OCJ Sint-Niklaas"):
        assert office in page
    assert "ocj.genteeklo@opgroeien.be" in page
    assert "Voor arrondissementen Eeklo en Gent" in page
    assert "Voor arrondissement Aalst" in page
    assert "02 243 51 07" in page  # consult
    assert "09 265 04 90" in page and "09 216 73 30" in page and "02 243 51 70" in page
    assert "Brede instap" in page and "Bemiddeling" in page
    assert "Zottegem" in page  # the arrondissement table


def test_other_region_sheets_show_gaps_not_foreign_numbers(client):
    for slug in ("antwerpen", "limburg", "vlaams-brabant", "west-vlaanderen", "brussel"):
        response = client.get(f"/regio/{slug}/")
        page = text(response)
        assert response.status_code == 200
        assert "nog niet gekend" in page.lower()
        for number in OVL_PHONES:
            assert number not in page, (slug, number)
    assert "02 209 16 36" in text(client.get("/regio/brussel/"))  # Crisis-BXL


def test_region_list_and_unknown_region(client):
    assert client.get("/regio/").status_code == 200
    assert client.get("/regio/nergens/").status_code == 404
    assert client.get("/regio/%00/").status_code == 404


# -- catalogue of support forms -----------------------------------------------------------


def test_catalogue_lists_every_support_form(client):
    response = client.get("/hulpvormen/")
    assert response.status_code == 200
    assert "Ondersteuningscentrum Jeugdzorg (OCJ)" in text(response)
    assert 'href="/hulpvormen/ocj/"' in response.content.decode()


def test_catalogue_filters(client):
    all_links = re.findall(
        r'href="/hulpvormen/([^"/]+)/"', client.get("/hulpvormen/").content.decode()
    )
    response = client.get("/hulpvormen/", {"toegang": "gemandateerd"})
    links = re.findall(r'href="/hulpvormen/([^"/]+)/"', response.content.decode())
    assert "ocj" in links and "vk" in links and "clb" not in links
    assert len(links) < len(all_links)
    night = client.get("/hulpvormen/", {"altijd": "on"})
    night_links = re.findall(r'href="/hulpvormen/([^"/]+)/"', night.content.decode())
    assert "noodnummer-112" in night_links and "ocj" not in night_links
    adult = client.get("/hulpvormen/", {"leeftijd": "20"})
    assert "/hulpvormen/ocj/" not in adult.content.decode()  # OCJ stops at 18
    parents = client.get("/hulpvormen/", {"wie": "ouder", "leeftijd": "ongeboren"})
    assert parents.status_code == 200
    assert "/hulpvormen/kind-en-gezin/" in parents.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"leeftijd": "99"},
        {"leeftijd": "-1"},
        {"toegang": "x"},
        {"wie": "<b>"},
        {"leeftijd": "a" * 500},
    ],
)
def test_bad_filters_give_400_with_a_clear_message(client, params):
    response = client.get("/hulpvormen/", params)
    assert response.status_code == 400
    assert "Deze filter klopt niet" in text(response)


def test_support_form_page(client):
    response = client.get("/hulpvormen/ocj/")
    page = text(response)
    assert response.status_code == 200
    assert "Ondersteuningscentrum Jeugdzorg (OCJ)" in page
    assert "Tot 18 jaar" in page
    assert "Bronnen" in page and "Folder Jeugdhulp in Vlaanderen" in page and "S000" not in page
    assert "OCJ Aalst" in page and "Werkt voor: arrondissement Aalst" in page
    assert 'href="/zoek/"' in response.content.decode()
    assert "Consultlijn OCJ voor hulpverleners" in page  # a part of the OCJ


def test_unknown_support_form_is_404(client):
    assert client.get("/hulpvormen/bestaat-niet/").status_code == 404
    assert client.get("/hulpvormen/%C3%A9%00/").status_code == 404


# -- constant number of queries -----------------------------------------------------------


@pytest.fixture
def ten_times_the_contacts(db):
    """Copy every contact point ten times, with its links and opening hours.

    In bulk, in one catalogue write (one transaction, one new version): what is measured is
    the pages' queries, and saving 480 records one by one took most of this test's time."""
    relations = ("support_forms", "regions", "arrondissements", "municipalities")
    originals = list(
        ContactPoint.objects.prefetch_related(*relations, "opening_slots").order_by("pk")
    )
    fields = [f for f in ContactPoint._meta.concrete_fields if not f.primary_key]
    with catalogue_write():
        copies = ContactPoint.objects.bulk_create(
            ContactPoint(
                **{f.attname: getattr(original, f.attname) for f in fields}
                | {"key": f"{original.key}-kopie-{n}"}
            )
            for n in range(10)
            for original in originals
        )
        pairs = list(zip(originals * 10, copies, strict=True))
        for name in relations:
            field = ContactPoint._meta.get_field(name)
            through = field.remote_field.through
            source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
            through.objects.bulk_create(
                through(**{f"{source}_id": copy.pk, f"{target}_id": linked.pk})
                for original, copy in pairs
                for linked in getattr(original, name).all()
            )
        OpeningSlot.objects.bulk_create(
            OpeningSlot(contact_point=copy, weekday=s.weekday, opens=s.opens, closes=s.closes)
            for original, copy in pairs
            for s in original.opening_slots.all()
        )
    assert ContactPoint.objects.count() == 11 * len(originals)


PAGES = {
    "/gemeente/41081/": 7,
    "/gemeente/11002/": 7,
    "/gemeente/62063/": 5,
    "/regio/oost-vlaanderen/": 10,
    "/regio/brussel/": 11,  # one more: the fallbacks of its unknown services (snapshot)
    "/hulpvormen/": 2,  # the version its kept page belongs to, and the forms
    "/hulpvormen/ocj/": 8,
    "/hulpvormen/bemiddeling/": 8,
    "/api/gemeenten/41081/": 6,
    "/api/open-data/hsds.json": 8,  # one more: the municipalities a merger made uncertain
}


@pytest.mark.parametrize("url,limit", PAGES.items())
def test_query_count_does_not_grow_with_the_catalogue(
    client, django_assert_max_num_queries, ten_times_the_contacts, url, limit
):
    # The in-memory catalogue is rebuilt once after the copies (a fixed number of queries,
    # see test_selectors); what is counted here is each page's own cost.
    snapshot()
    with django_assert_max_num_queries(limit):
        response = client.get(url)
    assert response.status_code == 200
    if url == "/gemeente/41081/":
        assert text(response).count("OCJ Aalst") >= 11


INTERNAL = re.compile(r"\bS00[0-9]\b|seed_digest|design §|contacts\.md|\.py\b|\{#|#\}")


def test_support_form_pages_show_no_internal_references(client):
    """Sources appear by name and link; editors' notes and line references stay in the admin."""
    slugs = list(SupportForm.objects.values_list("slug", flat=True))
    assert len(slugs) > 40
    for slug in slugs:
        page = client.get(f"/hulpvormen/{slug}/").content.decode()
        main = page.split("<main", 1)[1]
        assert not INTERNAL.search(main), (slug, INTERNAL.search(main).group(0))
    crisis = client.get("/hulpvormen/crisismeldpunt/").content.decode()
    assert "Folder Jeugdhulp in Vlaanderen" in crisis


def test_region_sheet_gives_numbers_to_dial_where_the_meldpunt_is_unknown(client):
    page = client.get("/regio/antwerpen/").content.decode()
    unknown = re.findall(r'<p class="unknown">Nog niet gekend in deze regio\.(.*?)</p>', page, re.S)
    assert any('href="tel:101"' in u and 'href="tel:106"' in u for u in unknown)
    assert all("Zolang:." not in u for u in unknown)
