"""Hypothesis fuzz of the HTML pages: forms and query strings never give a server error."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from routing.answers import KEYS

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

#: Query and form keys the views read, and some they do not.
FIELD_NAMES = [*KEYS, "q", "toegang", "rol", "vorm", "page", "ga", "csrfmiddlewaretoken", "x"]
# Printable text and the troublemakers: NUL, surrogates are not sendable, long strings, digits.
VALUES = st.one_of(
    st.text(max_size=40),
    st.from_regex(r"[0-9]{1,6}", fullmatch=True),
    st.sampled_from(["", "ja", "nee", "ongeboren", "0", "25", "26", "-1", "1040", "44021",
                     "\x00", "%", "<script>", "' OR 1=1 --", "ａｂｃ", "x" * 5000]),
)  # fmt: skip
FORM = st.dictionaries(
    st.sampled_from(FIELD_NAMES), st.one_of(VALUES, st.lists(VALUES, max_size=4)), max_size=6
)
GET_PAGES = [
    "/", "/zoek/", "/regio/", "/hulpvormen/", "/vragen/1/", "/vragen/4/", "/vragen/plaatsen/",
    "/vragen/samenvatting/", "/advies/",
]  # fmt: skip
PATH_PAGES = ["/gemeente/{}/", "/regio/{}/", "/hulpvormen/{}/", "/vragen/{}/"]
PATH_PART = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="/?#"),
    min_size=1,
    max_size=30,
)


@FUZZ
@given(page=st.sampled_from(GET_PAGES), query=FORM, htmx=st.booleans())
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
    for url in ("/opnieuw/", "/snel-weg/", "/vragen/plaatsen/", "/admin/login/"):
        assert client.post(url, form).status_code < 500
