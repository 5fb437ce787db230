"""Benchmark of the typo proposals of the place finder ("Gnet" → Gent?).

    .venv/bin/python bench/place_finder.py [--rounds 5]

Compares, on the municipality names of the catalogue (Dutch and French, normalised) and the
former names of the 2019 and 2025 mergers, the
standard library's `difflib.get_close_matches` with RapidFuzz's `process.extract` (what
`catalog.search` uses). Prints µs per query
(median of the rounds) for each, the ratio between them, and the proposals of both for the
same typos, so quality can be compared too. Uses the database of DATABASE_URL (default: the
SQLite file); loads the catalogue if it is empty.
"""

from __future__ import annotations

import argparse
import difflib
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "routewijzer.settings")

import django

django.setup()

from django.core.management import call_command  # noqa: E402

from catalog import search  # noqa: E402
from catalog.models import FormerMunicipalityName, Municipality  # noqa: E402

TYPOS = [
    "gnet",
    "antwerepn",
    "sint niklas",
    "brugee",
    "leuvn",
    "hasslet",
    "oostende",
    "mechlen",
    "meulebeek",
]


def timed(func, queries: list[str], rounds: int) -> float:
    """Median µs per query over `rounds` passes of all queries (100 times each)."""
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(100):
            for query in queries:
                func(query)
        samples.append((time.perf_counter() - start) / (100 * len(queries)) * 1e6)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    if not Municipality.objects.exists():
        call_command("load_catalog", verbosity=0)
    keys = list(
        {
            normal
            for m in Municipality.objects.all()
            for normal in {search.normalise(m.name_nl), search.normalise(m.name_fr or m.name_nl)}
        }
    )
    former = {
        search.normalise(n) for n in FormerMunicipalityName.objects.values_list("name", flat=True)
    }
    keys += sorted(former - set(keys))
    print(
        f"{len(keys)} names ({Municipality.objects.count()} municipalities, "
        f"{len(former)} former names)"
    )

    def with_difflib(query: str) -> list[str]:
        return difflib.get_close_matches(query, keys, n=4, cutoff=search.CLOSE_CUTOFF / 100)

    results = {"difflib": (timed(with_difflib, TYPOS, rounds), with_difflib)}
    try:
        from rapidfuzz import fuzz, process
    except ImportError:
        print("rapidfuzz: not installed, skipped")
    else:

        def with_rapidfuzz(query: str) -> list[str]:
            found = process.extract(
                query, keys, scorer=fuzz.ratio, limit=4, score_cutoff=search.CLOSE_CUTOFF
            )
            return [name for name, _, _ in found]

        results["rapidfuzz"] = (timed(with_rapidfuzz, TYPOS, rounds), with_rapidfuzz)
    base = results["difflib"][0]
    for name, (micros, _func) in results.items():
        print(f"{name:10} {micros:8.1f} µs/query  ratio to difflib {micros / base:5.2f}")
    for query in TYPOS:
        print(f"  {query!r}: " + " | ".join(f"{n}: {f(query)}" for n, (_, f) in results.items()))


if __name__ == "__main__":
    main()
