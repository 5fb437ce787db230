"""Imports point one way: routewijzer -> routing -> catalog, and the routing core stays plain.

Read from the source with `ast` (every import, also inside functions), so a wrong arrow fails
here with its module and line even where it would only run in a rarely used branch:

- `catalog` imports nothing from `routing` or `routewijzer`;
- `routing` imports nothing from `routewijzer`;
- the routing core (everything in `routing/` outside its Django parts: `web/`, `management/`,
  `templatetags/`, `apps.py`) imports neither `routing`'s Django parts, nor Django, nor a
  catalogue module that needs Django (itself or through what it imports).
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

from tests.routing.test_core_without_django import CORE

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("catalog", "routing", "routewijzer")
#: The parts of `routing` that are Django's: the rest is the plain core.
ROUTING_DJANGO_PARTS = ("routing.web", "routing.management", "routing.templatetags", "routing.apps")
#: What each package may not import (a name and everything below it).
FORBIDDEN = {
    "catalog": ("routing", "routewijzer"),
    "routing": ("routewijzer",),
}


def _within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def modules(root: Path) -> dict[str, Path]:
    """Every module of the three packages under `root`, by dotted name."""
    found = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def imports(module: str, path: Path, known: dict[str, Path]) -> list[tuple[str, int]]:
    """(imported module, line) for every import in the file; `from a import b` counts as
    `a.b` when that is a module of the project."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    result = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            result += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against this module's package
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                name = f"{base}.{alias.name}"
                result.append((name if name in known else base, node.lineno))
    return result


def core(name: str) -> bool:
    return name.split(".")[0] == "routing" and not _within(name, ROUTING_DJANGO_PARTS)


def violations(root: Path) -> list[str]:
    """Every import that runs against the layers, as "module:line imports name (why)"."""
    known = modules(root)
    edges = {m: imports(m, p, known) for m, p in known.items()}
    needs_django: dict[str, bool] = {}

    def django_bound(name: str, seen: frozenset[str] = frozenset()) -> bool:
        """Whether importing catalogue module `name` imports Django, itself or further on."""
        if name not in needs_django:
            if name in seen:
                return False
            needs_django[name] = any(
                _within(target, ("django",))
                or (target in known and django_bound(target, seen | {name}))
                for target, _ in edges.get(name, [])
            )
        return needs_django[name]

    found = []
    for module, targets in edges.items():
        top = module.split(".")[0]
        for target, line in targets:
            where = f"{known[module].relative_to(root)}:{line} imports {target}"
            if _within(target, FORBIDDEN.get(top, ())):
                found.append(f"{where} (a layer above {top})")
            elif core(module) and _within(target, ROUTING_DJANGO_PARTS):
                found.append(f"{where} (the routing core imports routing's Django parts)")
            elif core(module) and _within(target, ("django",)):
                found.append(f"{where} (the routing core imports Django)")
            elif core(module) and _within(target, ("catalog",)) and django_bound(target):
                found.append(f"{where} (the routing core imports a catalogue part with Django)")
    return sorted(found)


def test_imports_point_one_way() -> None:
    assert violations(ROOT) == []


def test_the_core_here_is_the_core_run_without_django() -> None:
    """The plain-Python run (test_core_without_django) imports every core module this test
    checks, and nothing of routing's Django parts."""
    checked = {m for m in modules(ROOT) if core(m) and m != "routing"}
    assert all(core(name) for name in CORE)
    assert {m for m in checked if not any(_within(m, (name,)) for name in CORE)} == set()


WRONG = {
    "catalog/__init__.py": "",
    "catalog/models.py": "import django.db\n",
    "catalog/display.py": "from dataclasses import dataclass\n",
    "catalog/pages.py": "import json\n\n\ndef page():\n    from routing.engine import advise\n",
    "catalog/cache.py": "from routewijzer import lru\n",
    "routewijzer/__init__.py": "",
    "routewijzer/lru.py": "",
    "routing/__init__.py": "",
    "routing/engine.py": "from catalog.display import dataclass\nfrom . import web\n",
    "routing/rules/__init__.py": "from django.utils import timezone\nfrom ..web.views import x\n",
    "routing/directory.py": "from catalog import models\n",
    "routing/web/__init__.py": "",
    "routing/web/views.py": "from routewijzer.lru import x\nfrom catalog import models\n",
}


@pytest.mark.parametrize(
    "expected",
    [
        "catalog/pages.py:5 imports routing.engine (a layer above catalog)",
        "catalog/cache.py:1 imports routewijzer.lru (a layer above catalog)",
        "routing/engine.py:2 imports routing.web (the routing core imports routing's Django parts)",
        "routing/rules/__init__.py:1 imports django.utils (the routing core imports Django)",
        "routing/rules/__init__.py:2 imports routing.web.views (the routing core imports "
        "routing's Django parts)",
        "routing/directory.py:1 imports catalog.models (the routing core imports a catalogue "
        "part with Django)",
        "routing/web/views.py:1 imports routewijzer.lru (a layer above routing)",
    ],
)
def test_a_wrong_arrow_is_named_with_its_module_and_line(tmp_path: Path, expected: str) -> None:
    for name, text in WRONG.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    found = violations(tmp_path)
    assert expected in found
    # Allowed: the core may use a plain catalogue module; the web layer may use the catalogue.
    assert not [v for v in found if "catalog.display" in v or "views.py:2" in v]
    assert len(found) == 7


def test_mypy_checks_the_whole_core() -> None:
    """`make test` type-checks every core module (pyproject's `[tool.mypy] files`)."""
    paths = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    checked = {
        name
        for name, path in modules(ROOT).items()
        if any(path.is_relative_to(ROOT / entry) for entry in paths["files"])
    }
    assert {m for m in modules(ROOT) if core(m)} - checked == set()
