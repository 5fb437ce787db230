"""Template hygiene that the pages' own tests would only catch page by page."""

from __future__ import annotations

from pathlib import Path

import pytest

TEMPLATES = sorted((Path(__file__).resolve().parent.parent / "templates").rglob("*.html"))


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.name))
def test_short_comments_close_on_their_own_line(path: Path) -> None:
    """Django ends a `{# … #}` comment at the end of its line: one that runs on is shown to
    the public as text. Longer comments need `{% comment %}`."""
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        rest = line
        while "{#" in rest:
            rest = rest.split("{#", 1)[1]
            assert "#}" in rest, f"{path.name}:{number} opens a comment it does not close"
            rest = rest.split("#}", 1)[1]


@pytest.mark.django_db
def test_danger_question_page_shows_no_template_comment(client) -> None:
    assert client.post("/vragen/1/", {"gevaar": "ja"}).status_code == 303
    page = client.get("/vragen/2/").content.decode()
    assert 'id="nu-bellen"' in page
    assert "{#" not in page and "screen reader" not in page


@pytest.mark.django_db
def test_pages_load_htmx_without_its_debug_handler_even_in_debug(client, settings) -> None:
    """django-htmx's debug handler would replace the whole page with a question's 400 answer
    (its error message), losing the header and "Snel weg" on `make run`."""
    settings.DEBUG = True
    page = client.get("/vragen/1/").content.decode()
    assert "htmx-2.min.js" in page
    assert "django-htmx.js" not in page
