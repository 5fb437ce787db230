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
