"""Benchmark of the rule engine and the advice API.

    .venv/bin/python bench/engine.py [--rounds 3]

Prints:
- the number of combinations of the enumerated answer space (the one the invariant test
  checks), and the time for the whole space, advices per second and µs per advice (median of
  the rounds), with the real catalogue held in memory (the engine's own cost, no database):
  once on one core, once split over two worker processes (two cores), each labelled;
- the engine's memo tables with and without (`engine.MEMOISE`), on a contiguous twentieth of
  the space (where the same answers recur for each place, as in the invariant test), one core;
- database queries per `/api/advies/` call (over a sample of answer sets: must be constant);
- the time per API call through Django's test client, as a ratio to a trivial view (/gezond/)
  measured in the same run.

Uses the database of DATABASE_URL (default: the SQLite file); loads the catalogue if it is
empty. Targets: the whole space in under 10 s; at most 4 queries per API call.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "routewijzer.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, connections  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from catalog.models import Municipality  # noqa: E402
from routing import engine  # noqa: E402
from routing.answer_space import answer_space as enumerate_space  # noqa: E402
from routing.answers import Answers  # noqa: E402
from routing.engine import advise  # noqa: E402
from routing.web.directory import DatabaseDirectory  # noqa: E402

# One municipality per region (Antwerpen, Brussel, Hasselt, Gent, Leuven, Brugge) and Luik.
PLACES = ("11002", "21004", "71072", "44021", "24062", "31005", "62063")


class MemoryDirectory:
    """The real catalogue, read once through DatabaseDirectory and then served from memory."""

    def __init__(self) -> None:
        self._db = DatabaseDirectory()
        self.area_for = cache(self._db.area_for)
        self.contacts_for = cache(self._db.contacts_for)
        self.fallback_for = cache(self._db.fallback_for)


def answer_space() -> list[Answers]:
    """Every combination the invariant test enumerates, for each place."""
    return list(enumerate_space(PLACES))


WORKERS = 2
_SPACE: list[Answers] = []  # set before the worker processes fork; they inherit it
_WORKER_DIRECTORY: MemoryDirectory | None = None


def _start_worker() -> None:
    """Worker initialiser: its own in-memory catalogue, warmed like the single-core run's."""
    global _WORKER_DIRECTORY
    _WORKER_DIRECTORY = MemoryDirectory()
    _warm(_SPACE, _WORKER_DIRECTORY)


def _worker_ready(_: int) -> None:
    time.sleep(0.2)  # long enough that every worker gets one and has started


def _advise_range(bounds: tuple[int, int]) -> tuple[int, float]:
    """Advise a contiguous range of the space; the count and the CPU seconds it took."""
    cpu = time.process_time()
    start, stop = bounds
    for i in range(start, stop):
        advise(_SPACE[i], _WORKER_DIRECTORY)
    return stop - start, time.process_time() - cpu


def _warm(space: list[Answers], directory: MemoryDirectory) -> None:
    for answers in space[:: max(1, len(space) // 2000)]:  # warm the directory's caches
        advise(answers, directory)


def _median(label: str, timings: list[float], count: int) -> float:
    median = statistics.median(timings)
    print(f"{label}: whole space {median:.2f} s (median of {len(timings)}; rounds: "
          f"{', '.join(f'{t:.2f}' for t in timings)}); {count / median:,.0f} advices/s, "
          f"{median / count * 1e6:.2f} µs/advice")  # fmt: skip
    return median


def bench_engine(rounds: int) -> None:
    global _SPACE
    space = _SPACE = answer_space()
    # The 2.9 million answers are the benchmark's input, not the engine's: keep the cyclic
    # garbage collector from rescanning them on every collection.
    gc.collect()
    gc.freeze()
    print(f"answer space: {len(space):,} combinations")

    # Two cores first, so the worker processes fork before this process has memoised any plan:
    # in contiguous chunks (the order of the space, as the single-core run sees it).
    connections.close_all()  # each worker opens its own database connection
    chunk = -(-len(space) // (WORKERS * 16))
    bounds = [(i, min(i + chunk, len(space))) for i in range(0, len(space), chunk)]
    parallel, parallel_cpu = [], []
    with ProcessPoolExecutor(
        WORKERS, mp_context=multiprocessing.get_context("fork"), initializer=_start_worker
    ) as pool:
        list(pool.map(_worker_ready, range(WORKERS)))
        for _ in range(rounds):
            start = time.perf_counter()
            done = list(pool.map(_advise_range, bounds))
            parallel.append(time.perf_counter() - start)
            parallel_cpu.append(sum(cpu for _, cpu in done))
            assert sum(n for n, _ in done) == len(space)

    directory = MemoryDirectory()
    _warm(space, directory)
    single = []
    for _ in range(rounds):
        start = time.perf_counter()
        for answers in space:
            advise(answers, directory)
        single.append(time.perf_counter() - start)

    one = _median("engine, 1 core (1 process)", single, len(space))
    two = _median(f"engine, {WORKERS} cores ({WORKERS} processes)", parallel, len(space))
    # Wall time near CPU time / WORKERS: the cores were free; near CPU time: they were busy.
    cpu = statistics.median(parallel_cpu)
    print(f"  {WORKERS} cores: the workers' CPU time {cpu:.2f} s in all (wall time above "
          f"{cpu / WORKERS:.2f} s means other load on the machine)")  # fmt: skip
    print(f"target whole space < 10 s: 1 core {'met' if one < 10 else 'MISSED'}, "
          f"{WORKERS} cores {'met' if two < 10 else 'MISSED'}")  # fmt: skip
    bench_memo(space, directory)


def bench_memo(space: list[Answers], directory: MemoryDirectory) -> None:
    """The memo tables' worth: a slice of the space with them and without, same process."""
    part = space[: len(space) // 20]
    timings = {}
    for memoise in (False, True):
        engine.MEMOISE = memoise
        engine._PLANS.clear()
        engine._ASSEMBLED.clear()
        engine._OTHER_SYSTEMS.clear()
        start = time.perf_counter()
        for answers in part:
            advise(answers, directory)
        timings[memoise] = time.perf_counter() - start
    engine.MEMOISE = True
    off, on = timings[False], timings[True]
    print(f"memo, 1 core, {len(part):,} combinations: without {off:.2f} s "
          f"({off / len(part) * 1e6:.1f} µs/advice), with {on:.2f} s "
          f"({on / len(part) * 1e6:.1f} µs/advice): {off / on:.1f}× faster with")  # fmt: skip


SAMPLE_QUERIES = (
    "gevaar=ja&rol=ouder&leeftijd=12&postcode=9000&situatie=crisis&situatie=zorgen",
    "gevaar=nee&rol=ouder&leeftijd=12&postcode=9000&situatie=conflict&met=hulpverlener",
    "gevaar=nee&rol=hulpverlener&leeftijd=15&gemeente=41081&situatie=zorgen&situatie=weigert",
    "gevaar=nee&rol=school&leeftijd=9&postcode=2000&situatie=crisis&clb_bereikbaar=nee",
    "gevaar=nee&rol=jongere&leeftijd=17&postcode=1000&situatie=psychisch",
    "gevaar=nee&rol=ouder&leeftijd=ongeboren&postcode=3500&situatie=opvoeding",
    "gevaar=nee&rol=jongere&leeftijd=16&postcode=4000&situatie=vraag",
    "gevaar=nee&rol=andere&leeftijd=8&postcode=1040&situatie=overzicht&lopend=ja",
)


def bench_api(calls: int) -> None:
    client = Client()
    counts = []
    for query in SAMPLE_QUERIES:
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(f"/api/advies/?{query}")
        assert response.status_code == 200, (query, response.content[:300])
        counts.append(len(ctx.captured_queries))
    print(f"queries per /api/advies/ call: {sorted(set(counts))} (over {len(counts)} answer sets)")
    constant = max(counts) <= 4 and len(set(counts)) == 1
    print(f"target ≤ 4 and constant: {'met' if constant else 'MISSED'}")

    def per_call(path: str) -> float:
        rounds = []
        for _ in range(3):
            start = time.perf_counter()
            for _ in range(calls):
                client.get(path)
            rounds.append((time.perf_counter() - start) / calls)
        return statistics.median(rounds)

    baseline = per_call("/gezond/")
    api = statistics.median(per_call(f"/api/advies/?{q}") for q in SAMPLE_QUERIES[:3])
    print(f"test client: /gezond/ {baseline * 1e3:.2f} ms, /api/advies/ {api * 1e3:.2f} ms "
          f"(ratio {api / baseline:.1f}× the trivial view)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    if not Municipality.objects.exists():
        call_command("load_catalog", verbosity=0)
    print(f"database: {connection.vendor}; python {sys.version.split()[0]}; {os.cpu_count()} cores")
    bench_engine(args.rounds)
    bench_api(args.calls)


if __name__ == "__main__":
    main()
