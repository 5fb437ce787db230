"""No Dutch sentence is left on a French or English page.

Every public page type is fetched under /fr/ and /en/. The Dutch texts of the catalogues
(each msgid of locale/<language>/LC_MESSAGES/django.po with four words or more) must not appear
in the page's text (its text and the attributes people hear or read: alt, title, aria-label,
placeholder, a meta description) outside elements marked `lang="nl"`: the editors' texts
without a translation and service names carry that mark. A Dutch text that its own language's
translations keep (a service's name inside a translation) is not a leftover.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from routing import questionnaire
from routing.web.languages import read_po
from tests.routing.asking import neutral_answer

pytestmark = pytest.mark.django_db

LOCALE = Path(settings.BASE_DIR) / "locale"
LANGUAGES = [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
MIN_WORDS = 4
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\([A-Za-z_]+\)s|%[sd]")
TAG = re.compile(r"<[^>]+>")
SPOKEN_ATTRIBUTES = ("alt", "title", "aria-label", "placeholder")
#: Elements without an end tag.
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)

#: Answer sets by name: a parent in Brussels, and a young person in Gent with a conflict
#: (follow-ups asked). Follow-ups not listed are answered neutrally.
ANSWER_SETS = {
    "brussel": {
        "gevaar": "nee",
        "rol": "ouder",
        "leeftijd": "12",
        "postcode": "1000",
        "situatie": ["zelfdoding", "school"],
    },
    "gent": {
        "gevaar": "nee",
        "rol": "jongere",
        "leeftijd": "17",
        "postcode": "9000",
        "situatie": ["conflict", "crisis"],
        "met": ["hulpverlener", "sdj"],
        "klacht": "ja",
    },
}

#: Pages that need nothing but a GET, by name (without the language prefix).
GET_PAGES = {
    "start": "/",
    "zoek": "/zoek/",
    "zoek-gevonden": "/zoek/?q=sint",
    "gemeente-gent": "/gemeente/44021/",
    "gemeente-brussel": "/gemeente/21004/",
    "regio": "/regio/oost-vlaanderen/",
    "regio-brussel": "/regio/brussel/",
    "hulpvormen": "/hulpvormen/",
    "hulpvorm": "/hulpvormen/ocj/",
    "klopt-er-iets-niet": "/klopt-er-iets-niet/?contact=ocj-aalst",
    "klopt-er-iets-niet-bedankt": "/klopt-er-iets-niet/bedankt/",
    "404": "/bestaat-niet/",
}


def plain(text: str) -> str:
    """Text as a reader gets it: tags dropped, entities read, white space collapsed."""
    return " ".join(html.unescape(TAG.sub(" ", text)).split())


def dutch_sentences(language: str) -> list[str]:
    """The catalogue's Dutch texts of four words or more (the longest piece between two
    placeholders), leaving out those the translations themselves keep."""
    entries = read_po(LOCALE / language / "LC_MESSAGES" / "django.po")
    translations = " ".join(plain(s) for e in entries for s in e.msgstr)
    found = set()
    for entry in entries:
        for msgid in filter(None, (entry.msgid, entry.msgid_plural)):
            piece = max((plain(p) for p in PLACEHOLDER.split(msgid)), key=len)
            piece = piece.strip(" .,:;")
            if len(piece.split()) >= MIN_WORDS and piece not in translations:
                found.add(piece)
    return sorted(found)


class _Text(HTMLParser):
    """The text of a page outside elements marked lang="nl", scripts and styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[bool] = []  # per open element: whether its text is skipped

    @property
    def skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1]

    def handle_starttag(
        self, tag: str, attrs: list[tuple[str, str | None]], closed: bool = False
    ) -> None:
        a = dict(attrs)
        skip = self.skipping or a.get("lang") == "nl" or tag in ("script", "style", "template")
        if not skip:
            self.parts.extend(a[name] or "" for name in SPOKEN_ATTRIBUTES if a.get(name))
            if tag == "meta" and a.get("name") == "description":
                self.parts.append(a.get("content") or "")
        if tag not in VOID and not closed:
            self.stack.append(skip)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs, closed=True)  # <path/> in an svg: nothing to close

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def page_text(body: str) -> str:
    parser = _Text()
    parser.feed(body)
    return " ".join(" ".join(parser.parts).split())


def answer(client: Client, prefix: str, answers: dict, pages: dict[str, str], name: str) -> None:
    """Answer the questionnaire page by page, keeping every question page."""
    while (position := questionnaire.next_position(client.session.get("antwoorden", {}))) or (
        not client.session.get("antwoorden")
    ):
        position = position or 1
        url = f"{prefix}/vragen/{position}/"
        page = client.get(url)
        assert page.status_code == 200, url
        stored = client.session.get("antwoorden", {})
        key = questionnaire.applicable(stored)[position - 1].key
        pages[f"{name}-vraag-{key}"] = page.content.decode()
        value = answers.get(key, neutral_answer(key) or ["weet-niet"])
        response = client.post(url, {key: value})
        assert response.status_code == 303, (url, response.content[:300])


def collect(prefix: str) -> dict[str, str]:
    pages: dict[str, str] = {}
    for name, answers in ANSWER_SETS.items():
        client = Client()
        answer(client, prefix, answers, pages, name)
        for page, path in (("samenvatting", "/vragen/samenvatting/"), ("advies", "/advies/")):
            response = client.get(prefix + path)
            assert response.status_code == 200, (prefix + path, response.status_code)
            pages[f"{name}-{page}"] = response.content.decode()
    client = Client()
    for name, path in GET_PAGES.items():
        response = client.get(prefix + path)
        assert response.status_code in (200, 404), (prefix + path, response.status_code)
        pages[name] = response.content.decode()
    pages["vraag-fout"] = client.post(f"{prefix}/vragen/1/", {}).content.decode()
    pages["klopt-er-iets-niet-fout"] = client.post(
        f"{prefix}/klopt-er-iets-niet/", {"contact": "ocj-aalst"}
    ).content.decode()
    return pages


def leftovers(pages: dict[str, str], sentences: list[str]) -> list[str]:
    found = []
    for name, body in pages.items():
        text = page_text(body)
        found.extend(f"{name}: {s!r}" for s in sentences if s in text)
    return found


def test_the_check_sees_dutch_outside_a_dutch_mark() -> None:
    sentences = ["Is iemand nu in gevaar"]
    marked = '<p lang="nl">Is iemand nu in gevaar?</p><img alt="x"><p>Quelqu\'un ?</p>'
    assert leftovers({"ok": marked}, sentences) == []
    assert leftovers({"p": "<p>Is iemand nu <b>in</b> gevaar?</p>"}, sentences) == [
        "p: 'Is iemand nu in gevaar'"
    ]
    assert leftovers({"a": '<a aria-label="Is iemand nu in gevaar?">x</a>'}, sentences)
    meta = '<meta name="description" content="Is iemand nu in gevaar?">'
    assert leftovers({"m": meta}, sentences)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_dutch_sentence_on_a_french_or_english_page(language: str) -> None:
    sentences = dutch_sentences(language)
    assert len(sentences) > 300, len(sentences)
    pages = collect(f"/{language}")
    # Every page came out in the language asked.
    assert all(f'<html lang="{language}"' in body for body in pages.values())
    found = leftovers(pages, sentences)
    assert not found, (
        f'{len(found)} Dutch text(s) on /{language}/ pages outside lang="nl" '
        "(page: text):\n" + "\n".join(f"  {f}" for f in found)
    )
