"""Every Dutch text of the rule core, for the translation catalogues.

The texts stay where they are written (the rules' `texts`, `rules.phrases`, the vocabulary,
the questionnaire, the parser's and the engine's messages): this module only walks those
registries and lists each text once, with where it comes from. `manage.py regelteksten` puts
them into locale/<language>/LC_MESSAGES/django.po, and a test fails when one of them has no
translation. No Django imports here.
"""

from __future__ import annotations

from collections.abc import Iterator

from routing import answers, engine, questionnaire, vocabulary
from routing.rules import RULES
from routing.rules.phrases import dutch_texts
from routing.vocabulary import Option, Text


def _variants(text: Text) -> Iterator[tuple[str, str]]:
    """(variant, text) for a plain text or each variant of a text per role or register."""
    if isinstance(text, str):
        yield "", text
    else:
        yield from text.items()


def _options(where: str, options: tuple[Option, ...]) -> Iterator[tuple[str, str]]:
    for option in options:
        for fld in ("label", "hint"):
            for variant, text in _variants(getattr(option, fld)):
                yield text, f"{where} {option.value}, {fld}{f' ({variant})' if variant else ''}"
        if option.short:
            yield option.short, f"{where} {option.value}, short"


def core_texts() -> dict[str, str]:
    """Every Dutch text the core can show → where it comes first (a note for translators).

    Empty texts are left out (they are shown as nothing in every language)."""
    found: dict[str, str] = {}

    def add(items: Iterator[tuple[str, str]]) -> None:
        for text, where in items:
            if text and text not in found:
                found[text] = where

    add((text, f"rule {rule.key}, {fld}") for rule in RULES for fld, text in rule.texts.items())
    add((text, "phrase from the answers") for text in dutch_texts())
    for name in ("ROLE_OPTIONS", "YES_NO_OPTIONS", "SITUATION_OPTIONS", "MET_OPTIONS"):
        add(_options(f"answer {name.removesuffix('_OPTIONS').lower()}", getattr(vocabulary, name)))
    add(_options("answer leeftijd", vocabulary.AGE_OPTIONS))
    add(
        (text, f"conflict party {party} ({register})")
        for register, names in vocabulary.PARTY_NAMES.items()
        for party, text in names.items()
    )
    for question in questionnaire.QUESTIONS:
        where = f"question {question.key}"
        for fld in ("title", "hint", "required", "summary_label"):
            add(
                (text, f"{where}, {fld}{f' ({v})' if v else ''}")
                for v, text in _variants(getattr(question, fld))
            )
        add(_options(where, question.options))
    add((text, f"answer error {key}") for key, text in answers.MESSAGES.items())
    add((text, f"advice notice {key}") for key, text in engine.MESSAGES.items())
    return found
