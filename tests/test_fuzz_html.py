"""Hypothesis fuzz of the HTML pages: forms and query strings never give a server error."""

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from routing.answers import KEYS

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

#: Query and form keys the views read, and some they do not.
FIELD_NAMES = [*KEYS, "q", "toegang", "rol", "vorm", "page", "ga", "csrfmiddlewaretoken", "x",
               "contact", "kind", "correction", "website", "term"]  # fmt: skip
#: Times and dates that cannot be: reversed ranges, hours past 23:59, far-future days.
IMPOSSIBLE_TIMES = ["17:00-09:00", "09:00-09:00", "25:00", "24:00", "12:60", "-1:00", "9",
                    "2099-01-01", "01-01-2099", "2027-02-30", "0000-00-00"]  # fmt: skip
# Printable text and the troublemakers: NUL, surrogates are not sendable, long strings, digits.
VALUES = st.one_of(
    st.text(max_size=40),
    st.text(max_size=10).map(lambda text: f"{text}\x00{text}"),
    st.from_regex(r"[0-9]{1,6}", fullmatch=True),
    st.sampled_from(["", "ja", "nee", "ongeboren", "0", "25", "26", "-1", "1040", "44021",
                     "\x00", "%", "<script>", "' OR 1=1 --", "ａｂｃ", "x" * 5000,
                     *IMPOSSIBLE_TIMES]),
)  # fmt: skip
FORM = st.dictionaries(
    st.sampled_from(FIELD_NAMES), st.one_of(VALUES, st.lists(VALUES, max_size=4)), max_size=6
)
GET_PAGES = [
    "/", "/zoek/", "/regio/", "/hulpvormen/", "/vragen/1/", "/vragen/4/", "/vragen/plaatsen/",
    "/vragen/samenvatting/", "/advies/", "/klopt-er-iets-niet/",
]  # fmt: skip
PATH_PAGES = ["/gemeente/{}/", "/regio/{}/", "/hulpvormen/{}/", "/vragen/{}/"]
PATH_PART = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="/?#"),
    min_size=1,
    max_size=30,
)


@FUZZ
@given(page=st.sampled_from(GET_PAGES), query=FORM, htmx=st.booleans())
@example(page="/klopt-er-iets-niet/", query={"contact": "\x00"}, htmx=False)
def test_query_strings_never_give_a_server_error(client, page, query, htmx):
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    response = client.get(page, query, **headers)
    assert response.status_code < 500


@FUZZ
@given(position=st.integers(min_value=0, max_value=12), form=FORM, htmx=st.booleans())
def test_question_forms_never_give_a_server_error(client, position, form, htmx):
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    response = client.post(f"/vragen/{position}/", form, **headers)
    assert response.status_code < 500


@FUZZ
@given(template=st.sampled_from(PATH_PAGES), part=PATH_PART)
def test_path_parameters_never_give_a_server_error(client, template, part):
    from urllib.parse import quote

    response = client.get(template.format(quote(part, safe="")))
    assert response.status_code < 500


@FUZZ
@given(form=FORM)
def test_other_forms_never_give_a_server_error(client, form):
    for url in (
        "/opnieuw/", "/snel-weg/", "/vragen/plaatsen/", "/admin/login/", "/klopt-er-iets-niet/"
    ):  # fmt: skip
        assert client.post(url, form).status_code < 500


ADMIN_LOOKUPS = [
    "/admin/autocomplete/?app_label=catalog&model_name=contactpoint&field_name=municipalities",
    "/admin/catalog/contactpoint/?",
    "/admin/catalog/feedback/?",
]


@FUZZ
@given(url=st.sampled_from(ADMIN_LOOKUPS), name=st.sampled_from(["term", "q"]), value=VALUES)
@example(url=ADMIN_LOOKUPS[0], name="term", value="\x00")
def test_admin_searches_never_give_a_server_error(admin_client_logged_in, url, name, value):
    from urllib.parse import urlencode

    response = admin_client_logged_in.get(f"{url}&{urlencode({name: value})}")
    assert response.status_code < 500


#: One CSV row the import accepts; the fuzz replaces one or two of its cells.
CSV_ROW = {
    "key": "fuzzloket", "name": "Fuzzloket", "website": "https://example.org/", "coverage":
    "belgie", "confidence": "official", "source": "https://example.org/", "taken_on":
    "2026-01-05", "hours": "ma 09:00-12:00",
}  # fmt: skip
CELLS = st.one_of(
    VALUES,
    st.sampled_from(IMPOSSIBLE_TIMES).map(lambda span: f"ma {span}"),
    st.lists(st.sampled_from(["ma", "zo", "xx", "09:00", "-", "25:00", "17:00-09:00", "|", " "]),
             max_size=6).map("".join),
)  # fmt: skip


@FUZZ
@given(cells=st.dictionaries(st.sampled_from([*CSV_ROW, "confirmed_on", "versie"]), CELLS,
                             min_size=1, max_size=2))  # fmt: skip
@example(cells={"key": "a\x00b"})
@example(cells={"hours": "ma 17:00-09:00"})
@example(cells={"hours": "ma 25:00-26:00", "confirmed_on": "2099-01-01"})
def test_csv_import_never_gives_a_server_error(admin_client_logged_in, cells):
    """Any cell, NUL bytes, reversed or impossible hours and dates: a Dutch message per row."""
    import csv
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile

    row = {**CSV_ROW, **cells}
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(row))
    writer.writeheader()
    writer.writerow(row)
    upload = SimpleUploadedFile("c.csv", out.getvalue().encode(), "text/csv")
    response = admin_client_logged_in.post(
        "/admin/catalog/contactpoint/importeren/", {"bestand": upload}
    )
    assert response.status_code in (200, 400)
    for message in response.context.get("errors") or []:
        assert message.startswith("Rij 2:") or "eerste rij" in message, message
        assert "Invalid" not in message and "isoformat" not in message, message
