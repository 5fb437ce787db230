"""The citizens' texts read easily in every language.

The texts are the rule core's (`routing.texts.core_texts`): rule texts, phrases, answer
labels and hints, the questions, the messages. Variants written for professionals (`.prof`,
or a professional role) are left out: they may use the sector's words. Dutch is scored with
Flesch-Douma, French with Kandel-Moles, English with Flesch reading ease (`textstat`, whose
`flesch_reading_ease` uses the formula of the language set). French and English texts come
from the compiled gettext catalogues, as the site reads them; a placeholder (`{name}`,
`%(name)s`) becomes a short sentence, as the advice fills in a whole sentence or a name.

Not scored, by the rule in `scored` (tested below): texts of one or two words (a label such as
"ouder" gives no sentence to measure), and texts that are mostly names or addresses (a
service's Dutch name stays Dutch in every language, and its long compound words would say
nothing about how the sentence around it reads).
"""

from __future__ import annotations

import gettext
import re
import statistics
from functools import cache
from pathlib import Path

import pytest
import textstat
from django.conf import settings

from routing.texts import core_texts
from routing.vocabulary import PROFESSIONAL_ROLES

LOCALE = Path(settings.BASE_DIR) / "locale"
LANGUAGES = [code for code, _ in settings.LANGUAGES]
MEDIAN = 60
FLOOR = 40
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\([A-Za-z_]+\)s")
#: What a placeholder becomes: a short plain sentence in the text's language.
FILLER = {"nl": "Dat is goed.", "fr": "C'est bien.", "en": "That is good."}
#: A variant for professionals: `wat_doen.prof` (a rule text) or `label (prof)` (an option).
FOR_PROFESSIONALS = re.compile(
    r"(?:\.|\()(?:{})\)?$".format("|".join(sorted({"prof", *PROFESSIONAL_ROLES})))
)
PUNCTUATION = "«»\"'“”‘’,;:!?—–"
SENTENCE_END = (".", "?", "!", ":")


def citizen_texts() -> dict[str, str]:
    """Dutch text → where it comes from, for the texts families and young people read."""
    return {
        text: where for text, where in core_texts().items() if not FOR_PROFESSIONALS.search(where)
    }


@cache
def catalogue(language: str) -> dict[str, str]:
    with open(LOCALE / language / "LC_MESSAGES" / "django.mo", "rb") as mo:
        return gettext.GNUTranslations(mo)._catalog  # type: ignore[attr-defined]


def in_language(dutch: str, language: str) -> str:
    """The text as a reader of `language` sees it, placeholders filled."""
    text = dutch if language == settings.LANGUAGE_CODE else catalogue(language).get(dutch, "")
    return PLACEHOLDER.sub(FILLER[language], text)


def words(text: str) -> list[tuple[str, bool]]:
    """Each word, and whether it is (part of) a name or an address.

    A name word is inside brackets, an acronym (two capitals: VK, OCJ), has a digit, an @ or a
    dot inside (a number, an e-mail address, a website), or starts with a capital without
    starting a sentence."""
    found = []
    depth = 0
    sentence_start = True
    for raw in text.split():
        word = raw.strip(PUNCTUATION).strip("().")
        is_name = (
            depth > 0
            or raw.startswith("(")
            or re.search(r"\d|@|\w\.\w", word) is not None
            or re.match(r"[A-Z][A-Z-]+", word) is not None
            or (word[:1].isupper() and not sentence_start)
        )
        found.append((word, is_name))
        depth = max(0, depth + raw.count("(") - raw.count(")"))
        sentence_start = raw.rstrip(PUNCTUATION.replace("?", "").replace("!", "")).endswith(
            SENTENCE_END
        )
    return found


def name_words(texts: list[str]) -> frozenset[str]:
    """Words that stand capitalised in a name somewhere in these texts (such as
    "Vertrouwenscentrum"): they count as name words everywhere, also written in lower case."""
    return frozenset(
        word.lower()
        for text in texts
        for word, is_name in words(text)
        if is_name and word.isalpha()
    )


def scored(text: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether a text is scored: three words or more, and more plain words than name words
    (and at least three plain words)."""
    found = words(text)
    plain = [w for w, is_name in found if not is_name and w.lower() not in names]
    return len(found) >= 3 and len(plain) >= 3 and len(plain) > len(found) / 2


def scores(language: str) -> list[tuple[float, str, str, str]]:
    """(score, where and Dutch text, text, where) of every scored citizens' text in
    `language`, lowest first."""
    textstat.set_lang(language)
    notes = citizen_texts()
    texts = {dutch: in_language(dutch, language) for dutch in notes}
    names = name_words(list(texts.values()))
    found = [
        (
            textstat.flesch_reading_ease(text),
            f"{notes[dutch]}: {dutch!r}",
            text if text != dutch else "",
            notes[dutch],
        )
        for dutch, text in texts.items()
        if text and scored(text, names)
    ]
    return sorted(found)


def test_the_citizens_texts_leave_out_the_professionals_variants() -> None:
    notes = citizen_texts().values()
    assert notes and not any(n.endswith((".prof", "(prof)", ".school")) for n in notes)
    assert any(n.endswith("wat_doen.ouder") for n in notes)
    assert any(n.startswith("question ") for n in notes)
    assert any(n == "phrase from the answers" for n in notes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ouder", False),  # one or two words: a label
        ("Ik weet het niet", True),
        ("Mail info@awel.be of 102", False),  # mostly an address and a number
        ("Le Vertrouwenscentrum Kindermishandeling (VK)", False),  # a service's name
        ("Het VK (Vertrouwenscentrum Kindermishandeling)", False),
        ("Bel het VK als je je zorgen maakt over een kind.", True),
        ("Chat anoniem op nupraatikerover.be", True),
    ],
)
def test_which_texts_are_scored(text: str, expected: bool) -> None:
    assert scored(text) is expected


def test_a_name_written_in_lower_case_counts_as_a_name() -> None:
    names = name_words(["Bel het Vertrouwenscentrum Kindermishandeling vandaag nog op."])
    assert scored("Het vertrouwenscentrum kindermishandeling (VK)") is True
    assert scored("Het vertrouwenscentrum kindermishandeling (VK)", names) is False


def test_the_scores_tell_hard_from_easy_text() -> None:
    """The measure can fail: a sentence of long official words scores low."""
    textstat.set_lang("nl")
    easy = "Bel ons als je hulp wilt. Wij luisteren naar je."
    hard = (
        "Niet rechtstreeks toegankelijke jeugdhulpverlening vereist een multidisciplinaire "
        "indicatiestelling door de intersectorale toegangspoort."
    )
    assert textstat.flesch_reading_ease(easy) >= MEDIAN > FLOOR > textstat.flesch_reading_ease(hard)


def report(language: str, low: list[tuple[float, str, str, str]]) -> str:
    return f"{len(low)} citizens' text(s) in {language!r} score below {FLOOR}:\n" + "\n".join(
        f"  {score:6.1f}  {where}" + (f"\n          {text!r}" if text else "")
        for score, where, text, _ in low
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_citizens_texts_read_easily_on_the_whole(language: str) -> None:
    found = scores(language)
    assert len(found) > 100, f"only {len(found)} texts scored in {language!r}"
    median = statistics.median(score for score, *_ in found)
    assert median >= MEDIAN, f"{language}: median {median:.1f} < {MEDIAN}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_citizens_text_is_hard_to_read(language: str) -> None:
    low = [f for f in scores(language) if f[0] < FLOOR]
    assert not low, report(language, low)
