"""The answers a person gives, and the one parser every entry point uses.

The vocabulary (`routing.vocabulary`) is the public contract: the questionnaire (session), the
JSON API (query string) and the CLI all hand a mapping of key → list of strings to
`parse_answers`, which returns a frozen `Answers` or raises `AnswerErrors` with every problem at
once, per key, in plain Dutch. No Django imports here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from routing.vocabulary import (
    CITIZEN_ROLES,
    CONFLICT_PARTIES,
    CRISIS_PLACE_KEYS,
    FOLLOW_UPS,
    HOME_PLACE_KEYS,
    KEYS,
    MAX_AGE,
    PROFESSIONAL_ROLES,
    ROLES,
    SITUATIONS,
    UNBORN,
    YES_NO,
    Said,
    asks_clb_bereikbaar,
    asks_crisis_plaats,
    asks_met,
    is_choice,
)

__all__ = [
    "CITIZEN_ROLES",
    "CONFLICT_PARTIES",
    "KEYS",
    "MAX_AGE",
    "PROFESSIONAL_ROLES",
    "ROLES",
    "SITUATIONS",
    "UNBORN",
    "YES_NO",
    "AnswerErrors",
    "Answers",
    "parse_answers",
]

_SITUATION_ORDER = {s: i for i, s in enumerate(SITUATIONS)}
_PARTY_ORDER = {s: i for i, s in enumerate(CONFLICT_PARTIES)}
# ASCII digits only: int() would also accept "+12", "1_2" and non-Latin digits.
_AGE_RE = re.compile(r"[0-9]{1,2}")
_POSTCODE_RE = re.compile(r"[0-9]{4}")
_NIS_RE = re.compile(r"[0-9]{5}")

# Every message has a stable key, so the texts can move to templates or translations later.
MESSAGES = {
    "gevaar.missing": "Zeg of iemand nu in gevaar is: kies 'ja' of 'nee'.",
    "gevaar.invalid": "Kies 'ja' of 'nee' bij de vraag of iemand nu in gevaar is.",
    "rol.missing": "Zeg wie de vraag stelt: jongere, ouder, hulpverlener, school of iemand anders.",
    "rol.invalid": (
        "Kies wie de vraag stelt: jongere, ouder, hulpverlener, school of andere (iemand anders)."
    ),
    "leeftijd.missing": "Vul een leeftijd in tussen 0 en 25 jaar, of kies 'nog niet geboren'.",
    "leeftijd.invalid": "Vul een leeftijd in tussen 0 en 25 jaar, of kies 'nog niet geboren'.",
    "postcode.missing": "Vul de postcode in van de plaats waar het kind officieel woont.",
    "postcode.invalid": "Vul een Belgische postcode in: 4 cijfers, van 1000 tot 9999.",
    "gemeente.invalid": "Kies een gemeente met een NIS-code van 5 cijfers.",
    "crisis_postcode.missing": "Vul de postcode in van de plaats waar de crisis is.",
    "crisis_postcode.invalid": "Vul een Belgische postcode in: 4 cijfers, van 1000 tot 9999.",
    "crisis_gemeente.invalid": "Kies een gemeente met een NIS-code van 5 cijfers.",
    "situatie.missing": "Kies minstens één situatie die past.",
    "situatie.invalid": "Kies alleen situaties uit de lijst.",
    "met.invalid": (
        "Kies met wie het conflict is: een hulpverlener, het OCJ, het VK, de toegangspoort, "
        "de SDJ, of binnen het gezin (gezin of ouders)."
    ),
    **{f"{f.key}.invalid": f.invalid for f in FOLLOW_UPS},
    "lopend.invalid": "Kies 'ja' of 'nee' bij de vraag of er al hulp is.",
    "clb_bereikbaar.invalid": "Kies 'ja' of 'nee' bij de vraag of je het CLB nu kan bereiken.",
    "twice": "Geef maar één antwoord bij deze vraag.",
}


class AnswerErrors(ValueError):
    """Invalid or missing answers: `errors` maps each key to its plain-Dutch messages."""

    def __init__(self, errors: Mapping[str, list[str]]) -> None:
        self.errors: dict[str, list[str]] = {k: list(v) for k, v in errors.items()}
        super().__init__("; ".join(f"{k}: {' '.join(v)}" for k, v in self.errors.items()))


@dataclass(frozen=True)
class Answers:
    """Valid answers, normalised: the engine's only input besides the directory.

    `situatie` is deduplicated and in the canonical order of `SITUATIONS`. `met` is only kept
    with `conflict` or `gestopt`; `clb_bereikbaar` only with `rol=school` and `crisis`. `met`
    may name several parties: `met` is the first in the vocabulary's order (a care worker
    before the services that cannot be a party in bemiddeling, those before the family) and
    `met_ook` the others, in that order. Each follow-up of `FOLLOW_UPS` is a field of its own
    name, kept only where the vocabulary asks it.
    """

    gevaar: bool
    rol: str
    leeftijd: int | Literal["ongeboren"]
    situatie: tuple[str, ...]
    postcode: str | None = None
    gemeente: str | None = None
    met: str | None = None
    lopend: bool | None = None
    clb_bereikbaar: bool | None = None
    met_ook: tuple[str, ...] = ()
    wacht: str | None = None
    klacht: bool | None = None
    geheim: bool | None = None
    bijna_18: bool | None = None
    gestopt_18: bool | None = None
    beroep: str | None = None
    school_situatie: str | None = None
    zwanger: bool | None = None
    jong_kind: bool | None = None
    crisis_elders: bool | None = None
    taal_gezin: str | None = None
    # Where the crisis is, when it is elsewhere (`crisis_elders`): kept only with it.
    crisis_postcode: str | None = None
    crisis_gemeente: str | None = None

    @property
    def met_alle(self) -> tuple[str, ...]:
        """Every conflict party named, in the vocabulary's order."""
        return () if self.met is None else (self.met, *self.met_ook)

    @property
    def is_professional(self) -> bool:
        """True for hulpverlener (CLB staff included) and school staff."""
        return self.rol in PROFESSIONAL_ROLES

    def as_dict(self) -> dict[str, Any]:
        """The `antwoorden` object of the JSON advice: only the keys that were given."""
        d: dict[str, Any] = {"gevaar": _yes_no(self.gevaar), "rol": self.rol}
        d["leeftijd"] = self.leeftijd
        if self.postcode is not None:
            d["postcode"] = self.postcode
        if self.gemeente is not None:
            d["gemeente"] = self.gemeente
        d["situatie"] = list(self.situatie)
        if self.met_ook:
            d["met"] = list(self.met_alle)
        elif self.met is not None:
            d["met"] = self.met
        if self.lopend is not None:
            d["lopend"] = _yes_no(self.lopend)
        if self.clb_bereikbaar is not None:
            d["clb_bereikbaar"] = _yes_no(self.clb_bereikbaar)
        for f in FOLLOW_UPS:
            value = getattr(self, f.key)
            if value is not None:
                d[f.key] = _yes_no(value) if isinstance(value, bool) else value
        for key in CRISIS_PLACE_KEYS:
            if getattr(self, key) is not None:
                d[key] = getattr(self, key)
        return d

    def to_query(self) -> dict[str, list[str]]:
        """The answers as key → list of strings: `parse_answers(a.to_query()) == a`."""
        return {
            k: [str(x) for x in v] if isinstance(v, list) else [str(v)]
            for k, v in self.as_dict().items()
        }


def _yes_no(value: bool) -> str:
    return "ja" if value else "nee"


def _values(raw: object) -> list[object]:
    """The values of one key as a list, whatever container the caller used."""
    if isinstance(raw, (str, bytes)):
        return [raw]
    if isinstance(raw, Iterable):
        try:
            return list(raw)
        except Exception:  # a broken iterable is just a bad value
            return [raw]
    return [raw]


def _clean(values: list[object]) -> tuple[list[str], bool]:
    """Trimmed, lower-cased, non-empty string values, and whether a non-string was seen."""
    out: list[str] = []
    bad = False
    for v in values:
        if not isinstance(v, str):
            bad = True
            continue
        s = v.strip().lower()
        if s:
            out.append(s)
    return out, bad


def parse_answers(data: Mapping[str, Any]) -> Answers:
    """Validate and normalise raw answers (key → list of strings) into `Answers`.

    Accepts Django's `QueryDict.lists()` as a dict, a session dict or CLI options. Values are
    trimmed and case-insensitive; empty values count as not given; unknown keys are ignored.
    Raises `AnswerErrors` naming every missing required key and every invalid value at once;
    never raises anything else.
    """
    errors: dict[str, list[str]] = {}

    def err(key: str, message_key: str) -> None:
        msgs = errors.setdefault(key, [])
        msg = MESSAGES[message_key]
        if msg not in msgs:
            msgs.append(msg)

    try:
        items = list(data.items()) if isinstance(data, Mapping) else []
    except Exception:
        items = []
    raw: dict[str, list[str]] = {}
    for key, value in items:
        if not isinstance(key, str) or key not in KEYS:
            continue
        cleaned, bad = _clean(_values(value))
        if bad:
            err(key, f"{key}.invalid" if f"{key}.invalid" in MESSAGES else "twice")
        raw.setdefault(key, []).extend(cleaned)

    def single(key: str) -> str | None:
        values = raw.get(key, [])
        if not values:
            return None
        if any(v != values[0] for v in values):
            err(key, "twice")
            return None
        return values[0]

    def yes_no(key: str) -> bool | None:
        v = single(key)
        if v is None:
            return None
        if not is_choice(key, v):
            err(key, f"{key}.invalid")
            return None
        return v == "ja"

    gevaar = yes_no("gevaar")
    if gevaar is None and not raw.get("gevaar") and "gevaar" not in errors:
        err("gevaar", "gevaar.missing")

    rol = single("rol")
    if rol is None:
        if "rol" not in errors:
            err("rol", "rol.missing")
    elif not is_choice("rol", rol):
        err("rol", "rol.invalid")
        rol = None

    leeftijd: int | str | None = None
    age = single("leeftijd")
    if age is None:
        if "leeftijd" not in errors:
            err("leeftijd", "leeftijd.missing")
    elif age in (UNBORN, "nog niet geboren"):
        leeftijd = UNBORN
    elif _AGE_RE.fullmatch(age) and int(age) <= MAX_AGE:
        leeftijd = int(age)
    else:
        err("leeftijd", "leeftijd.invalid")

    def place(postcode_key: str, nis_key: str) -> tuple[str | None, str | None]:
        postcode = single(postcode_key)
        if postcode is not None and not (_POSTCODE_RE.fullmatch(postcode) and postcode[0] != "0"):
            err(postcode_key, f"{postcode_key}.invalid")
            postcode = None
        nis = single(nis_key)
        if nis is not None and not _NIS_RE.fullmatch(nis):
            err(nis_key, f"{nis_key}.invalid")
            nis = None
        return postcode, nis

    postcode, gemeente = place(*HOME_PLACE_KEYS)
    crisis_postcode, crisis_gemeente = place(*CRISIS_PLACE_KEYS)
    if (
        not raw.get("postcode")
        and not raw.get("gemeente")
        and not ("postcode" in errors or "gemeente" in errors)
    ):
        err("postcode", "postcode.missing")

    situaties: set[str] = set()
    for s in raw.get("situatie", []):
        if is_choice("situatie", s):
            situaties.add(s)
        else:
            err("situatie", "situatie.invalid")
    if not situaties and "situatie" not in errors:
        err("situatie", "situatie.missing")
    situatie = tuple(sorted(situaties, key=_SITUATION_ORDER.__getitem__))

    parties: set[str] = set()
    for m in raw.get("met", []):
        if is_choice("met", m):
            parties.add(m)
        else:
            err("met", "met.invalid")
    met_alle = sorted(parties, key=_PARTY_ORDER.__getitem__)
    lopend = yes_no("lopend")
    clb = yes_no("clb_bereikbaar")
    follow_ups: dict[str, bool | str | None] = {}
    for f in FOLLOW_UPS:
        value = single(f.key)
        if value is not None and not is_choice(f.key, value):
            err(f.key, f"{f.key}.invalid")
            value = None
        follow_ups[f.key] = (value == "ja") if f.yes_no and value is not None else value

    if errors:
        raise AnswerErrors(errors)
    # Only meaningful in context; given elsewhere they are ignored, not an error.
    if not asks_met(situaties):
        met_alle = []
    if not asks_clb_bereikbaar(rol, situaties):
        clb = None
    said = Said(
        rol=rol,
        leeftijd=leeftijd,
        situaties=frozenset(situaties),
        lopend=lopend,
        crisis_elders=follow_ups["crisis_elders"],  # type: ignore[arg-type]  # a yes/no
    )
    for f in FOLLOW_UPS:
        if not f.asked(said):
            follow_ups[f.key] = None
    if not asks_crisis_plaats(said):
        crisis_postcode = crisis_gemeente = None
    elif crisis_postcode is None and crisis_gemeente is None:
        raise AnswerErrors({"crisis_postcode": [MESSAGES["crisis_postcode.missing"]]})
    return Answers(
        gevaar=bool(gevaar),
        rol=str(rol),
        leeftijd=leeftijd,  # type: ignore[arg-type]  # not None: no errors above
        situatie=situatie,
        postcode=postcode,
        gemeente=gemeente,
        met=met_alle[0] if met_alle else None,
        lopend=lopend,
        clb_bereikbaar=clb,
        met_ook=tuple(met_alle[1:]),
        crisis_postcode=crisis_postcode,
        crisis_gemeente=crisis_gemeente,
        **follow_ups,  # type: ignore[arg-type]  # each checked against its options above
    )
