#!/usr/bin/env python3
"""Database-outage check against a running server: stop the database under requests, check
the answers and the log, start it again and check that the app recovers without a restart.

    .ci/outage.py http://127.0.0.1:8080 server.log --stop "pg_ctl stop ..." --start "..."

During the outage: the JSON API answers 503 with a JSON body and Retry-After, pages a Dutch
503 page, /gezond/ 503, each within 5 s. Only in the first `--grace` seconds may a
request still be answered from the catalogue the process holds in memory (it asks the
database for the catalogue's version about once a second). The log gets about one line per
request, with a traceback at most once per kind of error. Exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import urllib.error
import urllib.request

API = "/api/advies/?gevaar=nee&rol=ouder&leeftijd=12&postcode=9000&situatie=conflict"
# Pages that need the database (the start page does not, and keeps working).
PAGES = ["/zoek/?q=gent", "/vragen/1/", "/gemeente/44021/"]
HEALTH = "/gezond/"


def get(url: str, timeout: float = 30) -> tuple[int, dict[str, str], bytes, float]:
    """Status, headers, body and seconds taken of a GET."""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            body = response.read()
            return response.status, dict(response.headers), body, time.monotonic() - started
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read(), time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("log")
    parser.add_argument("--stop", required=True)
    parser.add_argument("--start", required=True)
    parser.add_argument("--seconds", type=float, default=8)
    parser.add_argument("--grace", type=float, default=2)
    args = parser.parse_args()
    failures: list[str] = []

    for path in [API, *PAGES, HEALTH]:
        status = get(args.base + path)[0]
        if status != 200:
            failures.append(f"before the outage: {path} answered {status}")

    with open(args.log, "rb") as log:
        log.seek(0, 2)
        log_start = log.tell()
    subprocess.run(args.stop, shell=True, check=True)
    requests = 0
    slowest = 0.0
    stopped = time.monotonic()
    deadline = stopped + args.seconds
    served_from_memory = 0
    while time.monotonic() < deadline:
        for path in [API, *PAGES, HEALTH]:
            sent = time.monotonic()
            status, headers, body, took = get(args.base + path)
            requests += 1
            slowest = max(slowest, took)
            kind = headers.get("Content-Type", "")
            if status == 200 and path != HEALTH and sent - stopped < args.grace:
                served_from_memory += 1
            elif status != 503:
                failures.append(f"outage: {path} answered {status}, not 503")
            elif took > 5:
                failures.append(f"outage: {path} took {took:.1f} s")
            elif path.startswith("/api/") or path == HEALTH:
                if "application/json" not in kind:
                    failures.append(f"outage: {path} answered {kind}, not JSON")
                else:
                    json.loads(body)
                if path.startswith("/api/") and not headers.get("Retry-After"):
                    failures.append(f"outage: {path} without Retry-After")
            elif "text/html" not in kind or "even niet" not in body.decode():
                failures.append(f"outage: {path} did not answer the Dutch 503 page")
    time.sleep(0.5)  # let the last log lines reach the file
    with open(args.log, "rb") as log:
        log.seek(log_start)
        lines = log.read().decode(errors="replace").splitlines()
    tracebacks = sum('"exception"' in line or "Traceback" in line for line in lines)
    size = sum(len(line) + 1 for line in lines)
    print(
        f"outage: {requests} requests ({served_from_memory} answered from memory in the first "
        f"{args.grace:.0f} s), slowest {slowest * 1000:.0f} ms; log +{len(lines)} lines, "
        f"+{size} bytes, {tracebacks} with a traceback"
    )
    # One request line each, a few more for worker-level messages; tracebacks: at most once a
    # minute per kind of error, per worker.
    if len(lines) > requests + 10:
        failures.append(f"outage: {len(lines)} log lines for {requests} requests")
    if tracebacks > 6:
        failures.append(f"outage: {tracebacks} tracebacks in {args.seconds:.0f} s")

    subprocess.run(args.start, shell=True, check=True)
    recovered = False
    for _ in range(30):
        if all(get(args.base + path)[0] == 200 for path in [API, *PAGES, HEALTH]):
            recovered = True
            break
        time.sleep(1)
    print("outage: recovered without a restart" if recovered else "outage: did NOT recover")
    if not recovered:
        failures.append("no recovery within 30 s after the database came back")
    for failure in sorted(set(failures)):
        print("  FAIL", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
