"""The rule book: every rule as Markdown, for a jurist or care professional to review.

`python manage.py regels` prints it; docs/regels.md is its committed output (a test fails when
that file is out of date). Per rule: its id, family, the seed lines it rests on, its reading
(why this interpretation, with its condition in words), what it yields and every text it can
show. No Django imports here.
"""

from __future__ import annotations

import ast
import inspect
import textwrap
from collections.abc import Callable
from typing import Any

from routing.rules import AGE_RANGES, CONTEXT_WORDS, PHRASES, RULES, TOPICS, Rule
from routing.vocabulary import CITIZEN_ROLES, FOLLOW_UPS, PROFESSIONAL_ROLES

FAMILIES = {
    "product": "Product rules (emergency numbers first, outside Flanders and Brussels, "
    "listening lines)",
    "crisis": "Crisis",
    "mandate": "Mandate: verontrusting and maatschappelijke noodzaak",
    "accessibility": "Accessibility: directly accessible help and the toegangspoort",
    "disagreement": "Disagreement and continuity: bemiddeling and cliëntoverleg",
    "age": "Age",
    "situations": "Situations people bring: coming of age, the family, several parties, a "
    "complaint, confidentiality, waiting",
    "other-system": "Another system: French-speaking help in Brussels (beside the steps)",
}
assert set(FAMILIES) == set(TOPICS)

SEEDS = {
    "S000": "flyer 'Jeugdhulp in Vlaanderen — Regio Oost-Vlaanderen' (000_df9b5eabf13ea3f6.txt)",
    "S001": "'Integrale jeugdhulp en het CLB' (001_97d242b56c7cb071.txt)",
    "S002": "press release on laagdrempelige jeugdhulp, 2018 (002_98e3975015d8dc7c.txt)",
    "S003": "comparison of 24 support forms, about 2024 (003_ef42597b8382d104.txt)",
    "S004": "letter on cliëntoverleg and bemiddeling, 2014-2017 (004_f3f2f41aa955efed.txt)",
}

URGENCY_WORDS = {
    "nu": "now (112/101)",
    "vandaag": "today",
    "binnenkort": "soon",
    "info": "good to know",
}


def _ages(rule: Rule) -> str:
    if rule.other_system is not None:
        return f"those of the step `{rule.other_system.beside}` it stands beside"
    if rule.step is None:
        return "any age (stated in the condition)"
    if not rule.age_gate:
        return "as stated in the condition (an exception to the age table)"
    rng = AGE_RANGES.get(rule.step.vorm)
    if rng is None:
        words = condition_in_words(rule)
        if any(w in words for w in ("the age", "youth care", "the toegangspoort is possible")):
            return "as stated in the condition"
        return "any age"
    lo, hi = rng
    start = "pregnancy" if lo is not None and lo < 0 else f"{lo:g}"
    return f"from {start} until {hi:g} (exclusive)"


# --- conditions in words --------------------------------------------------------------------

_ROLE_GROUPS = {"citizen": CITIZEN_ROLES, "prof": PROFESSIONAL_ROLES}
_COMPARE = {
    ast.Eq: "is",
    ast.NotEq: "is not",
    ast.Lt: "is under",
    ast.LtE: "is at most",
    ast.Gt: "is over",
    ast.GtE: "is at least",
}


def _subject(node: ast.expr) -> str | None:
    """The answer a `c.…` expression reads, in words (None when it is not one)."""
    text = ast.unparse(node)
    return {
        "c.rol": "the role",
        "c.answers.met": "the conflict party (met)",
        "c.answers.leeftijd": "the age",
        "age": "the age",
        "c.answers.lopend": "help already running (lopend)",
        "c.answers.clb_bereikbaar": "the CLB reachable (clb_bereikbaar)",
        "c.answers.gevaar": "danger now (gevaar)",
        "c.answers.situatie": "the situation as answered",
        "c.sit": "the situation",
        "c.met_alle": "the conflict parties (met, one or more)",
        **{f"c.answers.{f.key}": f"the follow-up answer `{f.key}`" for f in FOLLOW_UPS},
    }.get(text)


def _values(node: ast.expr, names: dict[str, Any]) -> list[str] | None:
    """The literal values of a tuple, set or named constant, in words."""
    try:
        value = ast.literal_eval(node)
    except ValueError:
        value = names.get(ast.unparse(node))
        if value is None:
            return None
    if isinstance(value, (str, int, float)) or value is None:
        value = (value,)
    return sorted(
        ("not given" if v is None else "nee" if v is False else "ja" if v is True else str(v))
        for v in value
    )


def _or(values: list[str]) -> str:
    return values[0] if len(values) == 1 else "one of " + ", ".join(values)


def _and(values: list[str]) -> str:
    return " and ".join(values)


def _words(node: ast.expr, names: dict[str, Any], seen: frozenset[str]) -> str:
    """One condition expression in words; unknown parts are shown as code."""
    if isinstance(node, ast.BoolOp):
        joiner = " and " if isinstance(node.op, ast.And) else " or "
        parts = []
        for value in node.values:
            w = _words(value, names, seen)
            nested = isinstance(value, ast.BoolOp) and type(value.op) is not type(node.op)
            parts.append(f"({w})" if nested else w)
        return joiner.join(parts)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return f"not ({_words(node.operand, names, seen)})"
    if isinstance(node, ast.Constant) and node.value is True:
        return "always"
    if (
        isinstance(node, ast.Attribute)
        and ast.unparse(node.value) == "c"
        and node.attr in CONTEXT_WORDS
    ):
        group = _ROLE_GROUPS.get(node.attr)
        extra = f" ({', '.join(sorted(group))})" if group else ""
        return CONTEXT_WORDS[node.attr] + extra
    if _subject(node) == "danger now (gevaar)":
        return "danger now (gevaar is ja)"
    if isinstance(node, ast.Attribute) and _subject(node):
        return f"{_subject(node)} is ja"
    if isinstance(node, ast.Call):
        func = ast.unparse(node.func)
        if func == "bool" and node.args:
            return _words(node.args[0], names, seen)
        if func == "c.age_ok" and node.args:
            slug = ast.literal_eval(node.args[0])
            return f"the age is within the range of `{slug}` ({_range(slug)})"
        if func == "isinstance":
            return f"{_subject(node.args[0]) or ast.unparse(node.args[0])} is a number of years"
        if func.startswith("c.") and func[2:] in CONTEXT_WORDS:
            return CONTEXT_WORDS[func[2:]]
        target = names.get(func)
        if callable(target) and func not in seen:
            return f"({_predicate_words(target, seen | {func})})"
    if isinstance(node, ast.Compare) and len(node.ops) == 1:
        left, op, right = node.left, node.ops[0], node.comparators[0]
        vals: list[str] | None
        # "x" in c.sit / c.rol in (…) / c.answers.met in NAMES
        if isinstance(op, (ast.In, ast.NotIn)):
            neg = isinstance(op, ast.NotIn)
            if _subject(right) in ("the situation", "the situation as answered"):
                vals = _values(left, names) or [ast.unparse(left)]
                return f"{_subject(right)} {'excludes' if neg else 'includes'} {_or(vals)}"
            subject, vals = _subject(left), _values(right, names)
            if subject and vals:
                return f"{subject} is {'not ' if neg else ''}{_or(vals)}"
        if isinstance(op, (ast.Is, ast.IsNot)):
            subject, vals = _subject(left), _values(right, names)
            if subject and vals:
                return f"{subject} is {'not ' if isinstance(op, ast.IsNot) else ''}{_or(vals)}"
        # {…} <= c.sit, c.sit <= {…}
        if isinstance(op, ast.LtE) and _subject(right) == "the situation":
            return f"the situation includes all of {_and(_values(left, names) or [])}"
        if isinstance(op, ast.LtE) and _subject(left) == "the situation":
            return f"the situation has nothing but {_or(_values(right, names) or [])}"
        if type(op) in _COMPARE:
            subject, vals = _subject(left), _values(right, names)
            if subject and vals:
                return f"{subject} {_COMPARE[type(op)]} {_or(vals)}"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitAnd):
        # c.sit & {…}: at least one of them (also c.met_alle & …)
        subject = _subject(node.left) or "the situation"
        side = node.right if _subject(node.left) else node.left
        vals = _values(side, names)
        if vals is None and isinstance(side, ast.Call) and ast.unparse(side.func) == "set":
            vals = _values(side.args[0], names)
        if vals:
            return f"{subject} includes any of {', '.join(vals)}"
    return f"`{ast.unparse(node)}`"


def _range(slug: str) -> str:
    lo, hi = AGE_RANGES[slug]
    start = "pregnancy" if lo is not None and lo < 0 else f"{lo:g}"
    return f"from {start} until {hi:g}, {hi:g} excluded"


def _predicate_words(func: Callable[..., bool], seen: frozenset[str] = frozenset()) -> str:
    """The condition of a rule predicate in words, read from its own code."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(func)))
    body = tree.body[0].body  # type: ignore[attr-defined]
    names = dict(vars(inspect.getmodule(func)))
    # Local names (`age = c.answers.leeftijd`) are read by `_subject`; the returns hold the test.
    parts = [
        _words(stmt.value, names, seen)
        for stmt in body
        if isinstance(stmt, ast.Return) and stmt.value is not None
    ]
    return " and ".join(parts) if parts else "`see the code`"


def condition_in_words(rule: Rule) -> str:
    """The rule's condition as the rule book writes it: roles, situations and ages in words."""
    return _predicate_words(rule.applies)


def _yields(rule: Rule) -> str:
    if rule.step is not None:
        return f"step `{rule.step.vorm}`, urgency {URGENCY_WORDS[rule.step.urgentie]}"
    if rule.other_system is not None:
        return (
            f"another system's service `{rule.other_system.vorm}` (not a step), only beside a "
            f"step `{rule.other_system.beside}`, and only with a contact or a sourced way to it"
        )
    if rule.melding:
        return "a notice for the whole advice (its text 'wat_doen'), not a step"
    assert rule.niet_mogelijk is not None
    return f"'not possible' entry for `{rule.niet_mogelijk.vorm}`"


def _variant(suffix: str) -> str:
    if not suffix:
        return "everyone"
    if suffix == "burger":
        return "citizens (" + ", ".join(sorted(CITIZEN_ROLES)) + ")"
    if suffix == "prof":
        return "professionals (" + ", ".join(sorted(PROFESSIONAL_ROLES)) + ")"
    return f"role {suffix}"


def _texts(rule: Rule) -> list[str]:
    lines = []
    for key, text in rule.texts.items():
        field, _, suffix = key.partition(".")
        lines.append(f"- **{field}** ({_variant(suffix)}): {text}")
    return lines


def render() -> str:
    """The whole rule book as Markdown."""
    out = [
        "# Rule book",
        "",
        "Generated by `python manage.py regels` from `routing/rules/`; do not edit by hand.",
        "Rules are grouped by family; within a family they appear in evaluation order. Steps",
        "are sorted by urgency, then by the first rule that gave them. A rule whose step lies",
        "outside that support form's age range does not fire. Rule ids such as A7 or D5 name",
        "the rule of the seeds; ids starting with R- are the product's own.",
        "",
        "Seeds (line numbers refer to these files):",
        "",
        *(f"- {sid}: {name}" for sid, name in SEEDS.items()),
        "",
        "Texts may contain placeholders such as `{leeftijd_zin}`; they are filled from the",
        "person's own answers (see the end of this file).",
        "",
    ]
    for topic in TOPICS:
        out += [f"## {FAMILIES[topic]}", ""]
        for rule in (r for r in RULES if r.topic == topic):
            ids = ", ".join(rule.ids)
            out += [
                f"### {rule.key}",
                "",
                f"- **Rule ids**: {ids}",
                f"- **Seed lines**: {rule.source}",
                f"- **Condition**: `{rule.applies.__name__}`: {condition_in_words(rule)}"
                + (" (also outside Flanders and Brussels)" if rule.everywhere else "")
                + (" (only when no other rule gave a step)" if rule.fallback else ""),
                f"- **Ages**: {_ages(rule)}",
                f"- **Yields**: {_yields(rule)}",
                "",
                "Reading:",
                "",
                *(f"> {line}".rstrip() for line in rule.doc.splitlines()),
                "",
                "Texts:",
                "",
                *_texts(rule),
                "",
            ]
    out += ["## Sentences from the answers", ""]
    out += [f"- `{key}`: {text}" for key, text in PHRASES.items()]
    return "\n".join(out) + "\n"
