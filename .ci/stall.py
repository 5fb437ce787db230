#!/usr/bin/env python3
"""Stalled-query check against a running server: another connection holds an exclusive lock on
the catalogue version's table (as a migration or a stuck transaction would), and requests go on.

    .ci/stall.py http://127.0.0.1:8080 server.log --database postgres://.../routewijzer_app

While the lock is held (30 s by default): the pages a worker answers from the catalogue it
holds in memory answer 200 within 1 s; the other pages answer 200 within 1 s or 503 within
2 s (the JSON API in JSON with Retry-After, pages the Dutch 503 page); nothing answers 504 or
any other error. The log gets about one line per request, the stall is noted at least once (so
the lock is known to bite) and at most once per worker, and tracebacks stay rare. After the
lock, everything answers 200 again. Requests go one at a time, each with a 40 s limit (longer
than the proxy's). Exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import psycopg
from outage import get as timed_get

VERSION_TABLE = "catalog_catalogueversion"
#: Answered from the catalogue a worker holds, or kept per its version (the open-data export):
#: 200 within MEMORY_LIMIT seconds.
MEMORY = ["/", "/zoek/?q=gent", "/api/gemeenten/44021/", "/api/open-data/hsds.json"]
#: Need more than that catalogue (sessions, other tables): 200 within MEMORY_LIMIT, or 503
#: within OTHER_LIMIT.
OTHERS = [
    "/api/advies/?gevaar=nee&rol=ouder&leeftijd=12&postcode=9000&situatie=conflict",
    "/vragen/1/",
    "/gemeente/44021/",
    "/regio/",
    "/hulpvormen/",
    "/gezond/",
]
MEMORY_LIMIT = 1.0
OTHER_LIMIT = 2.0
STALL_NOTE = "catalogue version not readable in time"


def get(url: str) -> tuple[int, dict[str, str], bytes, float]:
    """The outage check's GET, with room for a request held behind the lock."""
    return timed_get(url, timeout=40)


def unavailable_problem(path: str, headers: dict[str, str], body: bytes) -> str | None:
    """What is wrong with a 503 answer, or None when it is the site's own."""
    kind = headers.get("Content-Type", "")
    if path.startswith("/api/") or path == "/gezond/":
        if "application/json" not in kind:
            return f"answered {kind}, not JSON"
        json.loads(body)
        if path.startswith("/api/") and not headers.get("Retry-After"):
            return "503 without Retry-After"
    elif "text/html" not in kind or "even niet" not in body.decode(errors="replace"):
        return "did not answer the Dutch 503 page"
    return None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("log")
    parser.add_argument("--database", required=True, help="the app's database URL")
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    failures: list[str] = []
    paths = [*MEMORY, *OTHERS]

    # Before the lock, every worker builds its catalogue: requests four at a time, so that no
    # worker is left out (one idle worker may take every request sent one after another).
    with ThreadPoolExecutor(4) as pool:
        for path, (status, *_) in zip(
            paths * 8, pool.map(get, [args.base + path for path in paths * 8]), strict=True
        ):
            if status != 200:
                failures.append(f"before the lock: {path} answered {status}")

    with open(args.log, "rb") as log:
        log.seek(0, 2)
        log_start = log.tell()
    # Never wait for the app itself: a lock the app holds should fail this check, not hang it.
    locker = psycopg.connect(args.database, options="-c lock_timeout=5000")
    locker.execute(f"LOCK TABLE {VERSION_TABLE} IN ACCESS EXCLUSIVE MODE")
    locked_at = time.monotonic()
    requests = 0
    slowest: dict[str, float] = {}
    answered: dict[int, int] = {}
    try:
        while time.monotonic() - locked_at < args.seconds:
            for path in paths:
                status, headers, body, took = get(args.base + path)
                requests += 1
                answered[status] = answered.get(status, 0) + 1
                group = "memory" if path in MEMORY else "other"
                slowest[group] = max(slowest.get(group, 0.0), took)
                if path in MEMORY and (status != 200 or took > MEMORY_LIMIT):
                    failures.append(f"lock: {path} answered {status} in {took:.1f} s")
                elif status == 200 and took > MEMORY_LIMIT:
                    failures.append(f"lock: {path} answered 200 in {took:.1f} s")
                elif status not in (200, 503):
                    failures.append(f"lock: {path} answered {status}")
                elif status == 503 and took > OTHER_LIMIT:
                    failures.append(f"lock: {path} answered 503 in {took:.1f} s")
                elif status == 503 and (problem := unavailable_problem(path, headers, body)):
                    failures.append(f"lock: {path} {problem}")
    finally:
        locker.rollback()
        locker.close()
    held = time.monotonic() - locked_at

    time.sleep(0.5)  # let the last log lines reach the file
    with open(args.log, "rb") as log:
        log.seek(log_start)
        lines = log.read().decode(errors="replace").splitlines()
    tracebacks = sum('"exception"' in line or "Traceback" in line for line in lines)
    notes = sum(STALL_NOTE in line for line in lines)
    size = sum(len(line) + 1 for line in lines)
    print(
        f"stall: lock held {held:.0f} s, {requests} requests "
        f"({', '.join(f'{n}x {s}' for s, n in sorted(answered.items()))}), slowest "
        + ", ".join(f"{group} {s * 1000:.0f} ms" for group, s in sorted(slowest.items()))
        + f"; log +{len(lines)} lines, +{size} bytes, {tracebacks} with a traceback, "
        f"{notes} stall notes"
    )
    # One request line each, a few more per worker (the stall noted, then its end);
    # tracebacks at most once a minute per kind of error, per worker.
    if len(lines) > requests + 10:
        failures.append(f"stall: {len(lines)} log lines for {requests} requests")
    if tracebacks > 4:
        failures.append(f"stall: {tracebacks} tracebacks in {held:.0f} s")
    if notes > 4:
        failures.append(f"stall: noted {notes} times, not once per worker")
    if not notes:
        failures.append("stall: never noted: the lock did not hold")

    recovered = False
    for _ in range(10):
        if all(get(args.base + path)[0] == 200 for path in paths):
            recovered = True
            break
        time.sleep(1)
    print("stall: all pages 200 after the lock" if recovered else "stall: did NOT recover")
    if not recovered:
        failures.append("not every page answered 200 within 10 s after the lock")
    for failure in sorted(set(failures)):
        print("  FAIL", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
