"""Golden advice files: representative answer sets and their JSON advice, reviewed by a person.

Each case is written to `tests/routing/golden/<name>.json` as the API's JSON advice for the
in-memory directory, without the contact details (those belong to the catalogue and have tests
of their own): each step keeps `contact_gekend` and the number of contacts. A change to a rule or
a text shows up as a diff in these files, to be reviewed before it is committed.

Regenerate after an intended change:

    .venv/bin/python -m tests.routing.golden
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from routing.answers import parse_answers
from routing.engine import advise
from routing.serialize import advice_to_dict
from tests.routing.fake_directory import FakeDirectory

DIR = Path(__file__).resolve().parent / "golden"

# name → answers (lists for repeated keys); gevaar=nee and postcode 9000 unless given.
CASES: dict[str, dict[str, Any]] = {
    "gevaar-jongere-16": {"gevaar": "ja", "rol": "jongere", "leeftijd": 16, "situatie": "zorgen"},
    "zelfdoding-jongere-15": {"rol": "jongere", "leeftijd": 15, "situatie": "zelfdoding"},
    "zelfdoding-ouder-12-crisis": {
        "rol": "ouder",
        "leeftijd": 12,
        "situatie": ["crisis", "zelfdoding"],
    },
    "crisis-jongere-22": {"rol": "jongere", "leeftijd": 22, "situatie": "crisis"},
    "intensief-hulpverlener-20": {"rol": "hulpverlener", "leeftijd": 20, "situatie": "intensief"},
    "zelfdoding-luik": {
        "rol": "jongere",
        "leeftijd": 17,
        "postcode": "4000",
        "situatie": "zelfdoding",
    },
    "psychisch-jongere-14": {"rol": "jongere", "leeftijd": 14, "situatie": "psychisch"},
    "crisis-school-clb-onbereikbaar": {
        "rol": "school",
        "leeftijd": 10,
        "situatie": "crisis",
        "clb_bereikbaar": "nee",
    },
    "crisis-ouder-8": {"rol": "ouder", "leeftijd": 8, "situatie": "crisis"},
    "zorgen-hulpverlener-9": {"rol": "hulpverlener", "leeftijd": 9, "situatie": "zorgen"},
    "zorgen-andere-5": {"rol": "andere", "leeftijd": 5, "situatie": "zorgen"},
    "zorgen-school-13": {"rol": "school", "leeftijd": 13, "situatie": "zorgen"},
    "weigert-ouder-11": {"rol": "ouder", "leeftijd": 11, "situatie": "weigert", "lopend": "ja"},
    "zorgen-hulpverlener-20": {"rol": "hulpverlener", "leeftijd": 20, "situatie": "zorgen"},
    "intensief-ouder-ongeboren": {"rol": "ouder", "leeftijd": "ongeboren", "situatie": "intensief"},
    "intensief-ouder-1": {"rol": "ouder", "leeftijd": 1, "situatie": ["intensief", "zorgen"]},
    "intensief-ouder-7": {"rol": "ouder", "leeftijd": 7, "situatie": "intensief", "lopend": "nee"},
    "intensief-jongere-15": {"rol": "jongere", "leeftijd": 15, "situatie": "intensief"},
    "intensief-hulpverlener-14": {"rol": "hulpverlener", "leeftijd": 14, "situatie": "intensief"},
    "intensief-school-12": {"rol": "school", "leeftijd": 12, "situatie": "intensief"},
    "intensief-jongere-18": {"rol": "jongere", "leeftijd": 18, "situatie": "intensief"},
    "intensief-jongere-21": {"rol": "jongere", "leeftijd": 21, "situatie": "intensief"},
    "intensief-handicap-ouder-23": {
        "rol": "ouder",
        "leeftijd": 23,
        "situatie": ["intensief", "handicap"],
    },
    "conflict-ouder-hulpverlener": {
        "rol": "ouder",
        "leeftijd": 12,
        "situatie": "conflict",
        "met": "hulpverlener",
    },
    "conflict-ouder-ocj": {"rol": "ouder", "leeftijd": 12, "situatie": "conflict", "met": "ocj"},
    "conflict-hulpverlener-sdj": {
        "rol": "hulpverlener",
        "leeftijd": 16,
        "situatie": "conflict",
        "met": "sdj",
    },
    "gestopt-jongere-hulpverlener": {
        "rol": "jongere",
        "leeftijd": 15,
        "situatie": "gestopt",
        "met": "hulpverlener",
    },
    "gestopt-ouder-vk": {"rol": "ouder", "leeftijd": 6, "situatie": "gestopt", "met": "vk"},
    "gestopt-ouder-20-sdj": {"rol": "ouder", "leeftijd": 20, "situatie": "gestopt", "met": "sdj"},
    "gestopt-andere-weet-niet": {"rol": "andere", "leeftijd": 9, "situatie": "gestopt"},
    "conflict-school-intensief": {
        "rol": "school",
        "leeftijd": 14,
        "situatie": ["conflict", "intensief"],
        "met": "hulpverlener",
    },
    "overzicht-hulpverlener-zorgen-intensief": {
        "rol": "hulpverlener",
        "leeftijd": 10,
        "situatie": ["overzicht", "zorgen", "intensief"],
    },
    "overzicht-ouder-19": {"rol": "ouder", "leeftijd": 19, "situatie": "overzicht"},
    "handicap-school-ouder-9": {"rol": "ouder", "leeftijd": 9, "situatie": ["handicap", "school"]},
    "handicap-school-20": {"rol": "school", "leeftijd": 20, "situatie": "handicap"},
    "opvoeding-ouder-2": {"rol": "ouder", "leeftijd": 2, "situatie": "opvoeding"},
    "vraag-jongere-25": {"rol": "jongere", "leeftijd": 25, "situatie": "vraag"},
    "vraag-andere-brussel-twee-gemeenten": {
        "rol": "andere",
        "leeftijd": 4,
        "postcode": "1040",
        "situatie": "vraag",
    },
    "school-hulpverlener-19": {"rol": "hulpverlener", "leeftijd": 19, "situatie": "school"},
    # Brussels: French-speaking services of another system beside the steps (R-BXL-FR).
    "zelfdoding-jongere-15-brussel": {
        "rol": "jongere",
        "leeftijd": 15,
        "postcode": "1000",
        "situatie": "zelfdoding",
    },
    "psychisch-ouder-brussel": {
        "rol": "ouder",
        "leeftijd": 16,
        "postcode": "1000",
        "situatie": "psychisch",
    },
    # The situations people bring, one file each (the number is the situation's).
    "situatie-1-gezin-oneens-aanvraag": {
        "rol": "jongere",
        "leeftijd": 15,
        "situatie": ["conflict", "intensief"],
        "met": "gezin",
        "lopend": "ja",
        "geheim": "nee",
    },
    "situatie-1-ouders-oneens": {
        "rol": "ouder",
        "leeftijd": 9,
        "situatie": "conflict",
        "met": "ouders",
        "klacht": "nee",
    },
    "situatie-2-gestopt-op-18": {
        "rol": "jongere",
        "leeftijd": 18,
        "situatie": "gestopt",
        "met": "hulpverlener",
        "gestopt_18": "ja",
    },
    "situatie-2-bijna-18-hulpverlener": {
        "rol": "hulpverlener",
        "leeftijd": 17,
        "situatie": "intensief",
        "lopend": "ja",
        "bijna_18": "ja",
    },
    "situatie-3-wachtlijst": {
        "rol": "ouder",
        "leeftijd": 10,
        "situatie": "intensief",
        "lopend": "nee",
        "wacht": "wachtlijst",
    },
    "situatie-3-na-toegangspoort": {
        "rol": "hulpverlener",
        "leeftijd": 13,
        "situatie": "intensief",
        "lopend": "nee",
        "wacht": "toegangspoort",
    },
    "situatie-4-hulpverlener-en-sdj": {
        "rol": "ouder",
        "leeftijd": 15,
        "situatie": "conflict",
        "met": ["hulpverlener", "sdj"],
        "klacht": "nee",
    },
    "situatie-5-klacht": {
        "rol": "ouder",
        "leeftijd": 11,
        "situatie": "conflict",
        "met": "hulpverlener",
        "klacht": "ja",
    },
    "situatie-6-zonder-ouders": {
        "rol": "jongere",
        "leeftijd": 14,
        "situatie": "psychisch",
        "geheim": "ja",
    },
    "situatie-7-clb-medewerker": {
        "rol": "hulpverlener",
        "leeftijd": 11,
        "situatie": ["zorgen", "school"],
        "beroep": "clb",
        "school_situatie": "nee",
    },
    "situatie-7-huisarts-overzicht": {
        "rol": "hulpverlener",
        "leeftijd": 8,
        "situatie": "overzicht",
        "beroep": "buiten",
    },
    "situatie-9-huisonderwijs": {
        "rol": "ouder",
        "leeftijd": 13,
        "situatie": "school",
        "school_situatie": "geen_school",
    },
    "situatie-9-buitengewoon-19": {
        "rol": "ouder",
        "leeftijd": 19,
        "situatie": "school",
        "school_situatie": "buitengewoon",
        "gestopt_18": "nee",
    },
    "situatie-10-jonger-kind": {
        "rol": "ouder",
        "leeftijd": 8,
        "situatie": "opvoeding",
        "jong_kind": "ja",
    },
    "situatie-11-zwangere-jongere": {
        "rol": "jongere",
        "leeftijd": 16,
        "situatie": "vraag",
        "geheim": "nee",
        "zwanger": "ja",
    },
    "situatie-8-crisis-elders": {
        "rol": "school",
        "leeftijd": 14,
        "situatie": ["crisis", "intensief"],
        "lopend": "nee",
        "clb_bereikbaar": "nee",
        "crisis_elders": "ja",
        "crisis_postcode": "1000",
    },
    "situatie-12-andere-taal": {
        "rol": "ouder",
        "leeftijd": 6,
        "situatie": "opvoeding",
        "taal_gezin": "andere",
    },
    "situatie-12-frans-brussel": {
        "rol": "hulpverlener",
        "leeftijd": 15,
        "postcode": "1000",
        "situatie": ["psychisch"],
        "taal_gezin": "fr",
    },
}


def advice_for(answers: dict[str, Any]) -> dict[str, Any]:
    """The JSON advice of one case, without contact details (a route keeps its text, which
    shows the wording chosen for the reader, and the number of its contacts)."""
    data = {"gevaar": ["nee"], "postcode": ["9000"]}
    for key, value in answers.items():
        data[key] = [str(v) for v in value] if isinstance(value, list) else [str(value)]
    advice = advice_to_dict(advise(parse_answers(data), FakeDirectory()))
    for step in advice["stappen"] + advice.get("andere_systemen", []):
        step["contacten"] = len(step["contacten"])
        for route in ("zolang_niet_gekend", "zo_vind_je_het"):
            if route in step:
                step[route]["contacten"] = len(step[route]["contacten"])
    return advice


def dump(advice: dict[str, Any]) -> str:
    return json.dumps(advice, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> None:
    """Write every golden file, and remove files of cases that no longer exist."""
    DIR.mkdir(exist_ok=True)
    for old in DIR.glob("*.json"):
        if old.stem not in CASES:
            old.unlink()
    for name, answers in CASES.items():
        (DIR / f"{name}.json").write_text(dump(advice_for(answers)), encoding="utf-8")
    sys.stdout.write(f"{len(CASES)} golden files in {DIR}\n")


if __name__ == "__main__":
    main()
