"""The question count through HTTP: honest and steady, it never jumps when a follow-up
question is added ("Vraag 3 van 5 tot 7", then "Vraag 6 van 7")."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest

from routing import questionnaire as q

pytestmark = pytest.mark.django_db

PROGRESS = re.compile(r'<span class="progress">Vraag (\d+) van (\d+)(?: tot (\d+))?</span>')

# Answers in the order they are asked; follow-ups included where they apply.
WALKS = {
    "ouder-conflict": [
        {"gevaar": "nee"},
        {"rol": "ouder"},
        {"leeftijd": "12"},
        {"postcode": "9000"},
        {"situatie": ["conflict", "intensief"]},
        {"met": "hulpverlener"},
        {"lopend": "nee"},
        {"wacht": "nee"},
        {"klacht": "nee"},
        {"taal_gezin": "fr"},
    ],
    # Coming of age: one more question at 17, none more for a simple question.
    "jongere-bijna-18": [
        {"gevaar": "nee"},
        {"rol": "jongere"},
        {"leeftijd": "17"},
        {"postcode": "9000"},
        {"situatie": ["psychisch"]},
        {"geheim": "nee"},
        {"bijna_18": "ja"},
        {"taal_gezin": "nl"},
    ],
    "school-crisis": [
        {"gevaar": "ja"},
        {"rol": "school"},
        {"leeftijd": "10"},
        {"postcode": "2000"},
        {"situatie": ["crisis"]},
        {"clb_bereikbaar": "nee"},
        {"crisis_elders": "nee"},
    ],
    "jongere-zorgen": [
        {"gevaar": "nee"},
        {"rol": "jongere"},
        {"leeftijd": "15"},
        {"postcode": "3500"},
        {"situatie": ["zorgen"]},
        {"geheim": "nee"},
        {"taal_gezin": "andere"},
    ],
}


def progress(client, position: int) -> tuple[int, int, int]:
    """(position, fewest, most) as the question page says it."""
    page = client.get(f"/vragen/{position}/").content.decode()
    number, fewest, most = PROGRESS.search(page).groups()
    title = re.search(r"<title>(.*?) –", page).group(1)
    assert title == f"Vraag {number} van {fewest}" + (f" tot {most}" if most else "")
    return int(number), int(fewest), int(most or fewest)


@pytest.mark.parametrize("name", WALKS)
def test_the_count_never_jumps(client, name) -> None:
    walk = WALKS[name]
    shown = []
    for position, data in enumerate(walk, start=1):
        shown.append(progress(client, position))
        assert client.post(f"/vragen/{position}/", data).status_code == 303
    # Every page's range lies within the range shown before it, and holds the real total.
    for (_, low, high), (_, next_low, next_high) in pairwise(shown):
        assert low <= next_low <= next_high <= high, shown
    assert [p for p, _, _ in shown] == list(range(1, len(walk) + 1))
    assert all(low <= len(walk) <= high for _, low, high in shown), shown


def test_first_question_says_how_many_questions_there_can_be(client) -> None:
    fewest, most = q.question_range({})
    every = [o.value for o in q.QUESTIONS_BY_KEY["situatie"].options]
    assert progress(client, 1) == (1, fewest, most)
    # The longest path: every situation, with every follow-up that such a person is asked.
    longest = max(
        len(q.applicable({"rol": [rol], "leeftijd": [age], "situatie": every, "lopend": ["nee"]}))
        for rol in ("jongere", "ouder", "hulpverlener", "school", "andere")
        for age in ("8", "12", "17", "18")
    )
    assert fewest == len(q.applicable({})) and most == longest


def test_after_the_situations_the_total_is_exact(client) -> None:
    for position, data in enumerate(WALKS["ouder-conflict"][:5], start=1):
        client.post(f"/vragen/{position}/", data)
    # Whether the family already waits is asked only when no help is running yet.
    assert progress(client, 6) == (6, 9, 10)
