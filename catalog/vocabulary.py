"""What the catalogue knows of the advice's vocabulary, handed down by the routing app.

The rules decide which support forms the advice can name and which of them are emergency
lines, and the questionnaire names who may ask for help. Each of these is stated once, in
`routing`; the catalogue imports nothing from there, so `routing.apps.RoutingConfig.ready`
hands them down at start-up (`hand_down`) and the catalogue reads them here (`vocabulary`).
No Django imports.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Vocabulary:
    """The facts of the advice that the catalogue's pages, API and admin need."""

    #: Every support form a rule can give a step to, in evaluation order.
    support_forms: tuple[str, ...]
    #: The numbers for danger now (112 and 101): always shown first.
    emergency_numbers: tuple[str, ...]
    #: The lines for danger, suicide, violence and crisis: records no editor may delete.
    emergency_forms: frozenset[str]
    #: Who asks for help, as (value, short name), in the questionnaire's order.
    roles: tuple[tuple[str, str], ...]


_handed_down: Vocabulary | None = None


def hand_down(facts: Vocabulary) -> None:
    """Keep the advice's vocabulary for the catalogue (once, at start-up)."""
    global _handed_down
    _handed_down = facts


def vocabulary() -> Vocabulary:
    """The vocabulary the routing app handed down."""
    if _handed_down is None:
        raise LookupError("The routing app has not handed down its vocabulary: is it installed?")
    return _handed_down
