"""The sentences built from a person's own answers, which fill the placeholders of rule texts
(`{leeftijd_zin}`, `{psychisch_zin}`, …). No Django imports here.

Every sentence is Dutch here; `phrases(answers, translate)` hands each Dutch template to
`translate` before filling it, so another language needs only translations of these strings
(`dutch_texts()` lists them all for the translation catalogues)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache, reduce

from routing.answers import Answers
from routing.vocabulary import FAMILY_PARTIES, PARTY_NAMES, UNBORN, register

# Sentences built from the person's own answers; `phrases()` fills the placeholders above.
PHRASES: dict[str, str] = {
    "leeftijd.jongere": "Je zei dat je {n} bent.",
    "leeftijd.jongere.ongeboren": "Je zei dat het gaat om een kind dat nog niet geboren is.",
    "leeftijd.ouder": "Je zei dat je kind {n} is.",
    "leeftijd.ouder.ongeboren": "Je zei dat je kind nog niet geboren is.",
    "leeftijd": "Je zei dat het kind {n} is.",
    "leeftijd.volwassen": "Je zei dat de jongere {n} is.",
    "leeftijd.ongeboren": "Je zei dat het kind nog niet geboren is.",
    "crisis": "Je zei dat er een acute crisis is.",
    "zelfdoding": "Je zei dat iemand aan zelfdoding denkt.",
    "zelfdoding.jongere": "Je zei dat je aan zelfdoding denkt.",
    "zelfdoding.ouder": "Je zei dat je kind aan zelfdoding denkt.",
    "zelfdoding.prof": "Je zei dat de jongere aan zelfdoding denkt.",
    "zorgen": "Je zei dat je je zorgen maakt over de veiligheid of de ontwikkeling van het kind.",
    "zorgen.jongere": (
        "Je zei dat je je zorgen maakt over je veiligheid of over hoe het met je gaat."
    ),
    "zorgen.ouder": (
        "Je zei dat je je zorgen maakt over de veiligheid of de ontwikkeling van je kind."
    ),
    "vraag": "Je zei dat je een vraag of een probleem hebt en niet goed weet waar je terecht kan.",
    "opvoeding": "Je zei dat je vragen hebt over de opvoeding.",
    "psychisch": "Je zei dat het psychisch niet goed gaat.",
    "psychisch.prof": "Je zei dat het psychisch niet goed gaat met de jongere.",
    "school": "Je zei dat er problemen zijn op school of met afwezigheid.",
    "handicap": "Je zei dat er een handicap is, of een vermoeden ervan.",
    "intensief": "Je zei dat er meer of zwaardere hulp nodig is, zoals verblijf buiten huis of "
    "lange begeleiding.",
    "conflict": "Je zei dat jullie het niet eens zijn met een hulpverlener.",
    "conflict.prof": "Je zei dat er een conflict is met een hulpverlener.",
    "gestopt": "Je zei dat de hulp gestopt wordt zonder jullie akkoord.",
    "gestopt.prof": "Je zei dat de hulp gestopt wordt zonder akkoord van de jongere of de ouders.",
    "overzicht": "Je zei dat er veel hulpverleners zijn en dat jullie het overzicht kwijt zijn.",
    "overzicht.prof": "Je zei dat er veel hulpverleners betrokken zijn en dat het overzicht "
    "verloren is.",
    "weigert": "Je zei dat de nodige hulp niet aanvaard wordt, of dat de hulp vastloopt.",
    "weigert.prof": "Je zei dat het gezin de nodige hulp niet aanvaardt, of dat de vrijwillige "
    "hulp vastloopt.",
    "lopend.ja": "Er is al hulp: je hulpverlener kan je hier ook bij helpen.",
    "lopend.ja.prof": "Er loopt al hulp.",
    "school_clb.nee": "dat je het CLB nu niet kan bereiken.",
    # Where to ask first, named only within its age range (no CLB for a baby, no JAC for a
    # child under 12): Kind en Gezin until 3, the CLB from 3 to 18, the JAC from 12.
    "namen.jong": "Kind en Gezin of het CAW (Centrum Algemeen Welzijnswerk)",
    "namen.kind": "het CLB (Centrum voor Leerlingenbegeleiding) of het CAW (Centrum Algemeen "
    "Welzijnswerk)",
    "namen.tiener": "het CLB (Centrum voor Leerlingenbegeleiding), het CAW (Centrum Algemeen "
    "Welzijnswerk) of het JAC (het jongerenaanbod van het CAW)",
    "namen.volwassen": "het CAW (Centrum Algemeen Welzijnswerk) of het JAC (het jongerenaanbod "
    "van het CAW)",
    "d5_wel.minderjarig": "Wat wel kan: bespreek het met de dienst zelf, of vraag cliëntoverleg.",
    "d5_wel.minderjarig.gezin": (
        "Wat wel kan: bespreek het met de dienst zelf, neem een vertrouwenspersoon mee, of vraag "
        "cliëntoverleg."
    ),
    "d5_wel.minderjarig.prof": "Wat wel kan: cliëntoverleg.",
    "d5_wel.volwassen": "Wat wel kan: bespreek het met de dienst zelf.",
    "d5_wel.volwassen.prof": "Bespreek het met de dienst zelf.",
    "school_clb.leeftijd": "dat de leerling buiten de leeftijd van het CLB valt.",
    # The conflict sentence when the person named the party (`met`).
    "conflict.met": "Je zei dat er een conflict is met {met_naam}.",
    "jaren": "{n} jaar",
    "jaren.0": "jonger dan 1 jaar",
    "wie.kind": "het kind",
    "wie.jongere": "de jongere",
    "conflict.gezin": "Je zei dat de jongere en de ouders het niet eens zijn.",
    "conflict.gezin.jongere": "Je zei dat jij en je ouders het niet eens zijn.",
    "conflict.ouders": "Je zei dat de ouders het onderling niet eens zijn over de hulp.",
    "bijna_18": "Je zei dat de jongere binnenkort 18 wordt.",
    "bijna_18.jongere": "Je zei dat je binnenkort 18 wordt.",
    "bijna_18.ouder": "Je zei dat je kind binnenkort 18 wordt.",
    "gestopt_18": "Je zei dat de hulp stopte omdat de jongere 18 werd.",
    "gestopt_18.jongere": "Je zei dat je hulp stopte omdat je 18 werd.",
    "gestopt_18.ouder": "Je zei dat de hulp stopte omdat je kind 18 werd.",
    # What can still start after 18, named only at the ages it applies.
    "na_18.18": "Op 18 jaar kan begeleiding van de jongere en het gezin nog starten; woont de "
    "jongere dan ergens anders dan thuis, dan kan die tot 21 jaar duren.",
    "na_18.18.prof": "Op 18 jaar kan contextbegeleiding nog opstarten (met een "
    "verblijfsmodule tot 21 jaar).",
    "na_18.handicap": "Bij een handicap kan hulp van het VAPH (Vlaams Agentschap voor Personen "
    "met een Handicap) doorlopen tot 25 jaar.",
    "na_18.handicap.prof": "Niet rechtstreeks toegankelijke VAPH-hulp kan tot 25 jaar.",
    "wacht.wachtlijst": "Je zei dat jullie op een wachtlijst staan.",
    "wacht.toegangspoort": "Je zei dat de toegangspoort al besliste en dat jullie op een plaats "
    "wachten.",
    # Joins the further conflict parties: "A en B".
    "en": "{a} en {b}",
}

#: Nobody calls a young adult "het kind": the sentences for an adult say "de jongere".
ADULT_WORDING = ("het kind", "de jongere")

Translate = Callable[[str], str]


def _dutch(text: str) -> str:
    return text


def _for_age(sentence: str, adult: bool) -> str:
    return sentence.replace(*ADULT_WORDING) if adult else sentence


def dutch_texts() -> Iterator[str]:
    """Every Dutch template `phrases` can hand to `translate` (the sentences as written, and
    as worded for a young adult)."""
    for sentence in PHRASES.values():
        yield sentence
        yield _for_age(sentence, True)


def _phrase(key: str, rol: str) -> str:
    for k in (f"{key}.{rol}", f"{key}.{register(rol)}", key):
        if k in PHRASES:
            return PHRASES[k]
    return ""


def phrases(answers: Answers, translate: Translate | None = None) -> dict[str, str]:
    """The placeholder values for reason templates, from the person's own answers, in the
    language of `translate` (Dutch without it)."""
    tr = translate or _dutch
    p = _phrases(
        answers.rol,
        answers.leeftijd,
        answers.situatie,
        answers.met,
        answers.lopend,
        answers.clb_bereikbaar,
        tr,
    )
    a = answers
    if a.met_ook or a.wacht or a.bijna_18 or a.gestopt_18 or a.met in FAMILY_PARTIES:
        p = {**p, **_situation_follow_ups(answers, tr)}
    return p


def _situation_follow_ups(a: Answers, tr: Translate) -> dict[str, str]:
    """The sentences for the follow-ups of `rules.situations`: coming of age, waiting and the
    further conflict parties."""
    reg = register(a.rol)
    # The services among the further parties (the family is named by its own sentence).
    names = [tr(PARTY_NAMES[reg][m]) for m in a.met_ook if m not in FAMILY_PARTIES]
    wacht = PHRASES.get(f"wacht.{a.wacht}", "")
    p = {
        "bijna_18_zin": tr(_phrase("bijna_18", a.rol)) if a.bijna_18 else "",
        "gestopt_18_zin": tr(_phrase("gestopt_18", a.rol)) if a.gestopt_18 else "",
        "wacht_zin": tr(wacht) if wacht else "",
        "met_ook_naam": reduce(lambda x, y: tr(PHRASES["en"]).format(a=x, b=y), names)
        if names
        else "",
    }
    extra = []
    if a.leeftijd == 18:
        extra.append(tr(_phrase("na_18.18", a.rol)))
    if "handicap" in a.situatie and isinstance(a.leeftijd, int) and 18 <= a.leeftijd < 25:
        extra.append(tr(_phrase("na_18.handicap", a.rol)))
    p["na_18_zin"] = " ".join(extra)
    family = [m for m in a.met_alle if m in FAMILY_PARTIES]
    if family and "conflict" in a.situatie and a.met in FAMILY_PARTIES:
        p["conflict_zin"] = tr(_phrase(f"conflict.{family[0]}", a.rol))
    return p


@lru_cache(maxsize=16384)
def _phrases(
    rol: str,
    leeftijd: int | str,
    sit: tuple[str, ...],
    met: str | None,
    lopend: bool | None,
    clb_bereikbaar: bool | None,
    tr: Translate,
) -> dict[str, str]:
    adult = leeftijd != UNBORN and int(leeftijd) >= 18
    p = dict(_situation_phrases(rol, sit, met, adult, tr))
    p["leeftijd_zin"] = _age_phrase(rol, leeftijd, tr)
    # From 12 a reader is "de jongere" (the JAC's and the toegangspoort's word), not "het kind".
    young = _age_group(leeftijd) in ("jong", "kind")
    p["kind_of_jongere"] = tr(PHRASES["wie.kind" if young else "wie.jongere"])
    p["brede_instap_namen"] = tr(PHRASES[f"namen.{_age_group(leeftijd)}"])
    minor = not adult and leeftijd != UNBORN
    gezin = rol in ("jongere", "ouder")
    # What D5 may suggest instead of bemiddeling: only routes this advice offers at this age
    # (cliëntoverleg and the vertrouwenspersoon are for minors; the latter for the family).
    prof = register(rol) == "prof"
    if minor:
        d5 = "prof" if prof else "gezin" if gezin else ""
        p["d5_wel_zin"] = tr(PHRASES["d5_wel.minderjarig" + (f".{d5}" if d5 else "")])
    else:
        p["d5_wel_zin"] = tr(PHRASES["d5_wel.volwassen" + (".prof" if prof else "")])
    p["lopend_zin"] = tr(_phrase("lopend.ja", rol)) if lopend else ""
    p["school_clb_zin"] = tr(
        PHRASES["school_clb.nee"] if clb_bereikbaar is False else PHRASES["school_clb.leeftijd"]
    )
    return p


def _age_group(leeftijd: int | str) -> str:
    if leeftijd == UNBORN or int(leeftijd) < 3:
        return "jong"
    n = int(leeftijd)
    return "kind" if n < 12 else "tiener" if n < 18 else "volwassen"


@lru_cache(maxsize=1024)
def _age_phrase(rol: str, leeftijd: int | str, tr: Translate) -> str:
    if leeftijd == UNBORN:
        return tr(PHRASES.get(f"leeftijd.{rol}.ongeboren", PHRASES["leeftijd.ongeboren"]))
    n = int(leeftijd)
    years = tr(PHRASES["jaren.0"]) if n == 0 else tr(PHRASES["jaren"]).format(n=n)
    if n >= 18 and rol not in ("jongere", "ouder"):
        return tr(PHRASES["leeftijd.volwassen"]).format(n=years)
    return tr(PHRASES.get(f"leeftijd.{rol}", PHRASES["leeftijd"])).format(n=years)


@lru_cache(maxsize=8192)
def _situation_phrases(
    rol: str, sit: tuple[str, ...], met: str | None, adult: bool, tr: Translate
) -> dict[str, str]:
    # The placeholders that depend on the situations (and the conflict party) only: shared by
    # every `lopend` and `clb_bereikbaar`. Callers copy, never change, this dict.
    by_sit = {s: tr(_for_age(_phrase(s, rol), adult)) for s in sit}
    if "zelfdoding" in by_sit and "psychisch" not in by_sit:
        # Suicide brings the mental-health rules along; their reason is the same sentence.
        by_sit["psychisch"] = by_sit["zelfdoding"]
    # Sentences for the situations that made the person ask, in canonical order.
    situatie_zin = " ".join(by_sit[s] for s in sit if s not in ("crisis",)) or by_sit.get(
        "crisis", ""
    )
    reg = register(rol)
    p = {
        "situatie_zin": situatie_zin,
        "met_naam": tr(PARTY_NAMES[reg].get(met or "hulpverlener", "")),
        "bijna_18_zin": "",
        "gestopt_18_zin": "",
        "wacht_zin": "",
        "met_ook_naam": "",
        "na_18_zin": "",
    }
    for s in (
        "zelfdoding",
        "school",
        "zorgen",
        "psychisch",
        "intensief",
        "conflict",
        "gestopt",
        "overzicht",
        "weigert",
        "handicap",
        "opvoeding",
    ):
        p[f"{s}_zin"] = by_sit.get(s, "")
    if met and met != "hulpverlener" and p["conflict_zin"]:
        # The generic conflict sentence names a care worker; name the actual party instead.
        p["conflict_zin"] = tr(PHRASES["conflict.met"]).format(met_naam=p["met_naam"])
    p["zorgen_of_weigert_zin"] = " ".join(x for x in (p["zorgen_zin"], p["weigert_zin"]) if x)
    p["conflict_of_gestopt_zin"] = " ".join(x for x in (p["conflict_zin"], p["gestopt_zin"]) if x)
    return p
