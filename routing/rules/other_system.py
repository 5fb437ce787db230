"""Another system beside the advice: French-speaking services for a place in Brussels (R-BXL-FR).

In Brussels the French Community's services work beside the Flemish ones, and families choose
between them (a French-language school has a centre PMS, not a CLB). These rules never give a
step: each names one French-speaking service next to its Flemish counterpart, only when the
advice has a step for that counterpart and only in Brussels. The service's contacts (or, for
the centre PMS, the sourced way to find it) come from the catalogue with their source; when
the catalogue has nothing to act on, the advice says nothing. No Django imports.
"""

from __future__ import annotations

from routing.rules.base import Context, OtherSystemSpec, Rule

# Shared by every rule here: why a Flemish advice names these services at all.
_ANDER_SYSTEEM = (
    "In Brussel werkt ook Franstalige hulp, naast de Vlaamse. Die hoort bij een ander systeem "
    "dan de hulp in de rest van dit advies."
)


def in_brussels(c: Context) -> bool:
    """R-BXL-FR: the place is in Brussels, where French-speaking services work beside the
    Flemish ones ("En région de Bruxelles-Capitale, cette compétence est exercée par les
    Communautés française et flamande", vivalis.brussels). The rule names a French-speaking
    service only beside the step of its Flemish counterpart (`OtherSystemSpec.beside`), so the
    situation decides as it does for that step. Sourced in the catalogue only: no SAJ or SPJ
    number (no official page found), no SOS Enfants phone, no 0800 98 100."""
    return c.in_brussel


def brussels_school_language(c: Context) -> bool:
    """R-BXL-FR: in Brussels parents choose a Dutch- or French-language school ("U kiest dus
    zelf of u uw kind naar een Nederlandstalige of een Franstalige school stuurt",
    brussel.vlaanderen.be), and the school decides who guides the pupil: every French-language
    school has a centre PMS ("Chaque école est desservie par un CPMS … en vous adressant à
    l'école", wbe.be). So beside a CLB step the advice says that a pupil of a French-language
    school turns to that school's centre PMS."""
    return c.in_brussel


R_BXL_FR_CPS = Rule(
    key="R-BXL-FR.cps",
    id="R-BXL-FR",
    topic="other-system",
    applies=in_brussels,
    source="preventionsuicide.be: Ligne de crise 0800 32 123 (Centre de Prévention du Suicide)",
    other_system=OtherSystemSpec("centre-prevention-suicide", beside="zelfmoordlijn-1813"),
    texts={
        "titel": "In het Frans: Centre de Prévention du Suicide",
        "wat_doen": (
            "Wil je liever in het Frans praten over zelfdoding? Bel dan het Centre de "
            "Prévention du Suicide. Iemand luistert, dag en nacht, en je hoeft je naam niet "
            "te zeggen."
        ),
        "wat_doen.prof": (
            "Spreekt de jongere of het gezin liever Frans? Het Centre de Prévention du Suicide "
            "luistert dag en nacht, anoniem, in het Frans."
        ),
        "waarom": _ANDER_SYSTEEM,
    },
)


R_BXL_FR_TELE_ACCUEIL = Rule(
    key="R-BXL-FR.tele-accueil",
    id="R-BXL-FR",
    topic="other-system",
    applies=in_brussels,
    source="tele-accueil.be/bruxelles; Le Soir, 18 December 2020 (107, 24h/24)",
    other_system=OtherSystemSpec("tele-accueil-bruxelles", beside="tele-onthaal"),
    texts={
        "titel": "In het Frans: Télé-Accueil",
        "wat_doen": (
            "Wil je liever in het Frans met iemand praten? Bel dan Télé-Accueil. Daar luistert "
            "iemand naar je, dag en nacht."
        ),
        "waarom": _ANDER_SYSTEEM,
    },
)


R_BXL_FR_ECOUTE_ENFANTS = Rule(
    key="R-BXL-FR.ecoute-enfants",
    id="R-BXL-FR",
    topic="other-system",
    applies=in_brussels,
    source="RTL Info, 2015 (103, 10h to midnight; current hours not found)",
    other_system=OtherSystemSpec("ecoute-enfants", beside="awel"),
    texts={
        "titel": "In het Frans: Écoute-Enfants",
        "wat_doen": (
            "Wil je liever in het Frans met iemand praten? Bel dan Écoute-Enfants. Die lijn is "
            "niet dag en nacht open: kijk naar de uren. Die komen uit een oude bron."
        ),
        "waarom": _ANDER_SYSTEEM,
    },
)


R_BXL_FR_PMS = Rule(
    key="R-BXL-FR.pms",
    id="R-BXL-FR",
    topic="other-system",
    applies=brussels_school_language,
    source="wbe.be: les centres PMS; brussel.vlaanderen.be: taalgebruik in het onderwijs",
    other_system=OtherSystemSpec("centre-pms", beside="clb"),
    texts={
        "titel": "Franstalige school? Dan het centre PMS",
        "wat_doen": (
            "Gaat het kind naar een Franstalige school? Dan helpt niet het CLB (Centrum voor "
            "Leerlingenbegeleiding) maar het centre PMS van die school. Zo heet de "
            "leerlingenbegeleiding in Franstalige scholen."
        ),
        "wat_doen.ouder": (
            "Gaat je kind naar een Franstalige school? Dan helpt niet het CLB (Centrum voor "
            "Leerlingenbegeleiding) maar het centre PMS van die school. Zo heet de "
            "leerlingenbegeleiding in Franstalige scholen."
        ),
        "wat_doen.jongere": (
            "Ga je naar een Franstalige school? Dan helpt niet het CLB (Centrum voor "
            "Leerlingenbegeleiding) maar het centre PMS van je school. Zo heet de "
            "leerlingenbegeleiding in Franstalige scholen."
        ),
        "wat_doen.prof": (
            "Zit de leerling in een Franstalige school, dan begeleidt het centre PMS van die "
            "school de leerling, niet een CLB. De taal van de school beslist, niet de taal "
            "thuis."
        ),
        "waarom": (
            "In Brussel kiezen ouders zelf een Nederlandstalige of een Franstalige school. De "
            "taal van de school beslist wie de leerling begeleidt: het CLB of het centre PMS."
        ),
    },
)


RULES = (R_BXL_FR_CPS, R_BXL_FR_TELE_ACCUEIL, R_BXL_FR_ECOUTE_ENFANTS, R_BXL_FR_PMS)
