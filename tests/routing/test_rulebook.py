"""The rule book: complete, and docs/regels.md is its current output."""

from __future__ import annotations

from pathlib import Path

from django.core.management import call_command

from routing import rulebook, rules

DOC = Path(__file__).resolve().parents[2] / "docs" / "regels.md"


def test_committed_rule_book_is_up_to_date(capsys) -> None:
    """Regenerate with: .venv/bin/python manage.py regels > docs/regels.md"""
    call_command("regels")
    printed = capsys.readouterr().out
    assert printed == rulebook.render()
    assert DOC.read_text(encoding="utf-8") == printed, (
        "docs/regels.md is out of date: run `.venv/bin/python manage.py regels > docs/regels.md`"
    )


def test_every_rule_and_text_is_in_the_book() -> None:
    book = rulebook.render()
    for rule in rules.RULES:
        assert f"### {rule.key}\n" in book
        assert rule.source in book
    for text in rules.TEXTS.values():
        assert text in book


def test_search_for_an_id_finds_the_whole_rule() -> None:
    """Searching "D5" finds its condition, its reading and its texts under one heading."""
    book = rulebook.render()
    section = book[book.index("### D5.bemiddeling\n") :]
    section = section[: section.index("\n### ", 1)]
    assert "S004:221-231" in section
    assert "Deze diensten kunnen geen partij zijn in bemiddeling" in section
    assert "kan geen partij zijn in bemiddeling" in section  # its citizen text


def test_every_condition_is_written_in_words() -> None:
    """A reviewer checks roles, situations and ages without reading Python: no condition falls
    back to code, and the words come from the condition itself."""
    book = rulebook.render()
    for rule in rules.RULES:
        line = next(
            x
            for x in book.splitlines()
            if x.startswith("- **Condition**") and f"`{rule.applies.__name__}`" in x
        )
        words = line.split(": ", 1)[1]
        assert "`c." not in words and "c.sit" not in words, line
    section = book[book.index("### C2.burger\n") :]
    section = section[: section.index("\n### ", 1)]
    assert "the situation includes crisis" in section
    assert "the role is a citizen (andere, jongere, ouder)" in section
    assert "youth care can still start (unborn, under 18, or exactly 18)" in section
    g1 = book[book.index("### G1.clb-langer\n") :]
    assert "the age is under 25" in g1[: g1.index("\n#", 1)]
