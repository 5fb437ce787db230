"""The advice page through HTTP: every contact in full once, folded sources and "good to
know" steps, one clear action per step; the JSON API keeps every contact on every step."""

from __future__ import annotations

import re
from collections import Counter
from itertools import product

import pytest

from routing.web.views import SESSION_KEY
from tests.routing.asking import answer_the_rest as answer_neutrally
from tests.routing.golden import CASES

pytestmark = pytest.mark.django_db

CRISIS_AND_PSYCHISCH = {
    "gevaar": ["ja"],
    "rol": ["jongere"],
    "leeftijd": ["15"],
    "postcode": ["2000"],
    "situatie": ["crisis", "psychisch"],
}
PARENT_CONFLICT = {
    "gevaar": ["nee"],
    "rol": ["ouder"],
    "leeftijd": ["12"],
    "postcode": ["9000"],
    "situatie": ["conflict"],
    "met": ["hulpverlener"],
}
PROFESSIONAL_WORRIES = {
    "gevaar": ["nee"],
    "rol": ["hulpverlener"],
    "leeftijd": ["8"],
    "postcode": ["3500"],
    "situatie": ["zorgen"],
}


def advice_page(client, answers: dict[str, list[str]]) -> str:
    session = client.session
    session[SESSION_KEY] = answer_the_rest({k: list(v) for k, v in answers.items()})
    session.save()
    response = client.get("/advies/")
    assert response.status_code == 200, answers
    return response.content.decode()


def as_session(case: dict) -> dict[str, list[str]]:
    """A golden case (gevaar=nee and postcode 9000 unless given) as stored answers."""
    answers = {"gevaar": "nee", "postcode": "9000", **case}
    stored = {k: [str(x) for x in (v if isinstance(v, list) else [v])] for k, v in answers.items()}
    return answer_the_rest(stored)


def answer_the_rest(stored: dict[str, list[str]]) -> dict[str, list[str]]:
    """The follow-ups the answers leave open, answered "nee" (or "Ik weet het niet")."""
    # The questionnaire asks the follow-ups the golden cases leave to their defaults.
    return answer_neutrally(stored)


def steps(page: str) -> dict[str, str]:
    """The HTML of each step card by support form."""
    found = re.findall(
        r'<li class="card step-card[^"]*" data-vorm="([^"]+)">(.*?)</li>'
        r'\s*(?=<li class="card|</ol>)',
        page,
        re.S,
    )
    return dict(found)


def full_cards(html: str) -> list[str]:
    return re.findall(r'<p class="contact-name"><strong>([^<]+)</strong>', html)


# Realistic answer sets: the reviewed golden cases, and the situations that share a service
# (crisis and psychisch both lead to Awel; bemiddeling and cliëntoverleg share the ACT) in
# places with and without known contacts.
MIXES = [
    {**PARENT_CONFLICT, "postcode": [postcode], "situatie": situaties, "rol": [rol]}
    for postcode, situaties, rol in product(
        ("9000", "2000", "3500"),
        (["crisis", "psychisch"], ["conflict", "gestopt"], ["crisis", "zorgen"], ["weigert"]),
        ("jongere", "ouder", "hulpverlener"),
    )
]
for mix in MIXES:
    if "weigert" in mix["situatie"]:
        mix["lopend"] = ["nee"]
        mix.pop("met")
    answer_the_rest(mix)


@pytest.mark.parametrize(
    "answers",
    [as_session(case) for case in CASES.values()] + MIXES,
)
def test_every_contact_is_shown_in_full_once(client, answers) -> None:
    page = advice_page(client, answers)
    twice = [name for name, n in Counter(full_cards(page)).items() if n > 1]
    assert twice == [], (answers, twice)


def test_a_contact_shown_before_is_named_briefly_with_a_link_to_its_step(client) -> None:
    page = advice_page(client, CRISIS_AND_PSYCHISCH)
    cards = steps(page)
    crisis, awel = cards["crisismeldpunt"], cards["awel"]
    assert full_cards(crisis).count("Awel") == 1 and "Awel" not in full_cards(awel)
    number = re.search(r'<h2 id="stap-(\d+)">', crisis).group(1)
    assert f'<a href="#stap-{number}">stap {number}</a>' in awel
    assert 'href="tel:102"' in awel  # still one tap away
    # 101 has its big button at the top: the crisis step only points there.
    assert "Noodnummer politie 101" not in full_cards(crisis)
    assert 'href="tel:101"' in crisis and "belknoppen bovenaan" in crisis
    # Its source is still on the page: the call buttons have none.
    source = re.search(r'<details class="source">(.*?)</details>', crisis, re.S).group(1)
    assert "Noodnummer politie 101. Bron: " in source
    assert "Awel. Bron: " in source
    assert '<details class="source">' not in awel  # given once, on the full card


def test_the_json_api_still_gives_every_step_its_contacts(client) -> None:
    query = "gevaar=ja&rol=jongere&leeftijd=15&postcode=2000&situatie=crisis&situatie=psychisch"
    data = client.get(f"/api/advies/?{query}").json()
    by_form = {s["vorm"]: s for s in data["stappen"]}
    crisis_phones = {
        c["telefoon"] for c in by_form["crisismeldpunt"]["zolang_niet_gekend"]["contacten"]
    }
    assert {"101", "102"} <= crisis_phones
    assert [c["telefoon"] for c in by_form["awel"]["contacten"]] == ["102"]


def test_sources_and_reasons_are_folded_under_each_step(client) -> None:
    page = advice_page(client, PARENT_CONFLICT)
    for vorm, card in steps(page).items():
        visible = re.sub(r"<details.*?</details>", "", card, flags=re.S)
        assert "Bron:" not in visible and "Klopt er iets niet?" not in visible, vorm
    card = steps(page)["bemiddeling"]
    source = re.search(r'<details class="source">(.*?)</details>', card, re.S).group(1)
    assert "Bron: " in source and "Klopt er iets niet?" in source and "bevestigd" in source


def test_good_to_know_steps_are_folded_after_the_steps_to_act_on(client) -> None:
    page = advice_page(client, PARENT_CONFLICT)
    folded = re.search(
        r'<details class="good-to-know">(.*?)</details>\s*(?=<div|<section)', page, re.S
    )
    assert folded and 'data-vorm="vertrouwenspersoon"' in folded.group(1)
    assert "Goed om te weten" in folded.group(1)
    assert page.index('data-vorm="bemiddeling"') < page.index('class="good-to-know"')


def test_urgent_steps_stay_first_and_unfolded(client) -> None:
    page = advice_page(client, CRISIS_AND_PSYCHISCH)
    first_fold = page.find('class="good-to-know"')
    for vorm in ("crisismeldpunt", "zelfmoordlijn-1813"):
        assert 0 < page.index(f'data-vorm="{vorm}"') < (first_fold if first_fold > 0 else len(page))
    assert page.index('class="danger-box"') < page.index('data-vorm="crisismeldpunt"')


def test_one_clear_way_to_act_per_step(client) -> None:
    page = advice_page(client, PARENT_CONFLICT)
    mediation = steps(page)["bemiddeling"]
    assert mediation.count('class="button call-button"') == 1
    assert "Online aanvragen kan via de website hierboven" in mediation
    # Only the parties in the conflict can ask for mediation: a school is not told to apply.
    school = advice_page(client, {**PARENT_CONFLICT, "rol": ["school"]})
    assert "Online aanvragen" not in steps(school)["bemiddeling"]
    # Where the step's own contact is unknown, the fallback text says which number suits whom:
    # no big button for 1712 to a professional.
    page = advice_page(client, PROFESSIONAL_WORRIES)
    assert "call-button" not in steps(page)["vk"]
    assert 'href="tel:1712"' in steps(page)["vk"]


@pytest.mark.parametrize(
    ("rol", "own", "other", "label"),
    [
        ("jongere", "startpunt-jongere", "startpunt-ouders", "Voor ouders"),
        ("ouder", "startpunt-ouders", "startpunt-jongere", "Voor jongeren"),
    ],
)
def test_parents_and_young_people_each_get_their_own_startpunt(
    client, rol, own, other, label
) -> None:
    answers = {**PARENT_CONFLICT, "rol": [rol], "postcode": ["2000"]}  # no regional ACT known
    mediation = steps(advice_page(client, answers))["bemiddeling"]
    visible = mediation.split('<details class="source">')[0]
    assert len(full_cards(visible)) == 1 and own in full_cards(visible)[0].replace(" ", "-")
    assert visible.index(f"jeugdhulp.be/startpunt/{own}</a>") < visible.index(label)
    assert f'{label}: <a href="https://www.jeugdhulp.be/startpunt/{other}">' in visible
    assert mediation.count("Bron: ") == 2  # both still with their source


def test_a_professional_gets_both_startpunten_in_full(client) -> None:
    answers = {**PARENT_CONFLICT, "rol": ["hulpverlener"], "postcode": ["2000"]}
    mediation = steps(advice_page(client, answers))["bemiddeling"]
    assert len(full_cards(mediation)) == 2 and "Voor ouders" not in mediation


def test_a_website_shown_before_is_still_one_tap_away(client) -> None:
    answers = {**PROFESSIONAL_WORRIES, "situatie": ["zorgen", "weigert"], "lopend": ["nee"]}
    answers["rol"] = ["jongere"]
    answers["leeftijd"] = ["9"]
    answers["postcode"] = ["2000"]
    cards = steps(advice_page(client, answers))
    later = [c for c in cards.values() if "shown-before" in c and "clb.be" in c]
    assert later and all('<a href="https://clb.be">clb.be</a>' in c for c in later)
