#!/usr/bin/env python3
"""Slow-client check: hold N connections open that send one header line every few seconds,
and time normal requests made meanwhile.

    .ci/slow_clients.py http://127.0.0.1:8080/robots.txt [--clients 20] [--seconds 15]

Exits 1 when a normal request took longer than --limit seconds (default 1) or failed, or when
the slow connections were not actually held open while the normal requests ran.
"""

from __future__ import annotations

import argparse
import socket
import sys
import threading
import time
import urllib.request
from urllib.parse import urlsplit


def slow_client(host: str, port: int, path: str, stop: threading.Event, open_: list) -> None:
    """Send a request header one line every 3 s until stopped; when the server cuts the
    connection off (as it should), open a new one, as an attacker would."""
    while not stop.is_set():
        try:
            sock = socket.create_connection((host, port), timeout=5)
        except OSError:
            stop.wait(0.5)
            continue
        with sock:
            open_.append(1)
            try:
                sock.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n".encode())
                n = 0
                while not stop.wait(3):
                    n += 1
                    sock.sendall(f"X-Slow-{n}: {'a' * 10}\r\n".encode())
            except OSError:
                pass
            finally:
                open_.pop()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--limit", type=float, default=1.0)
    args = parser.parse_args()
    parts = urlsplit(args.url)
    stop = threading.Event()
    open_: list[int] = []
    threads = [
        threading.Thread(
            target=slow_client,
            args=(parts.hostname, parts.port or 80, parts.path or "/", stop, open_),
            daemon=True,
        )
        for _ in range(args.clients)
    ]
    for thread in threads:
        thread.start()
    time.sleep(2)
    worst = 0.0
    held = []
    failures = []
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        held.append(len(open_))
        started = time.monotonic()
        try:
            with urllib.request.urlopen(args.url, timeout=40) as response:
                response.read()
                status = response.status
        except Exception as error:
            failures.append(repr(error))
            status = None
        took = time.monotonic() - started
        worst = max(worst, took)
        if status != 200 or took > args.limit:
            failures.append(f"status {status} after {took:.2f} s")
        time.sleep(1)
    stop.set()
    print(
        f"slow clients: {args.clients} opened, {min(held)}-{max(held)} held open; "
        f"{len(held)} normal requests, slowest {worst * 1000:.0f} ms (limit {args.limit:.1f} s)"
    )
    if max(held) < args.clients:
        failures.append("the slow connections were never all open at once")
    for failure in failures:
        print("  FAIL", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
