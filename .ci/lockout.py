#!/usr/bin/env python3
"""Lockout check against a running server behind the reverse proxy: one client must never
lock out another. Each client sends from its own loopback address (127.0.0.x), so the proxy
sees different client addresses, as it would on the internet.

    .ci/lockout.py http://127.0.0.1:8080 --user ci-redacteur   # password in $LOCKOUT_PASSWORD

- "Klopt er iets niet?": a bot that fills the honeypot is never limited and never counted; a
  client that floods the form meets its limit (429) after exactly the allowed number of
  reports, whichever worker answers; another client's report is still accepted.
- Admin login: an attacker who guesses one editor's password is locked out (429, even with
  the right password), while the editor logs in from another address; one client that tries
  one password for each of 40 usernames meets a 429.

Loopback only, at most a few hundred requests and `--seconds` in all. Exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import sys
import time
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

FEEDBACK = "/klopt-er-iets-niet/"
LOGIN = "/admin/login/?next=/admin/"
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class Client:
    """One visitor on its own loopback address, with its cookies and the form's CSRF token."""

    def __init__(self, base: str, address: str, deadline: float) -> None:
        parts = urlsplit(base)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.address = address
        self.deadline = deadline
        self.cookies: dict[str, str] = {}
        self.token = ""

    def request(self, method: str, path: str, form: dict[str, str] | None = None) -> int:
        """Send one request from this client's address; the answer's status."""
        if time.monotonic() > self.deadline:
            raise TimeoutError("the lockout check ran out of time")
        connection = http.client.HTTPConnection(
            self.host, self.port, timeout=10, source_address=(self.address, 0)
        )
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urlencode({**form, "csrfmiddlewaretoken": self.token})
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            page = response.read().decode(errors="replace")
            for header in response.headers.get_all("Set-Cookie") or []:
                for name, morsel in SimpleCookie(header).items():
                    self.cookies[name] = morsel.value
        finally:
            connection.close()
        if found := TOKEN.search(page):
            self.token = found.group(1)
        return response.status

    def new_session(self) -> None:
        """Forget the session (as a new browser would), keep the CSRF cookie."""
        self.cookies.pop("sessionid", None)


def check_feedback(base: str, deadline: float, per_address: int) -> list[str]:
    failures = []
    report = {"kind": "ander", "correction": "lockout-check"}
    bot = Client(base, "127.0.0.2", deadline)
    bot.request("GET", FEEDBACK)
    statuses = [
        bot.request("POST", FEEDBACK, {**report, "website": "http://spam.example"})
        for _ in range(2 * per_address)
    ]
    if set(statuses) != {302}:
        failures.append(f"feedback: honeypot posts answered {sorted(set(statuses))}, not 302")

    flooder = Client(base, "127.0.0.3", deadline)
    flooder.request("GET", FEEDBACK)
    statuses = []
    for _ in range(per_address + 1):
        flooder.new_session()  # only the address's limit, not the session's, applies
        statuses.append(flooder.request("POST", FEEDBACK, report))
    if statuses != [302] * per_address + [429]:
        failures.append(
            f"feedback: {per_address + 1} reports from one address answered {statuses}, not "
            f"{per_address} x 302 and then 429"
        )
    # The bot's address was never counted: its first real report is accepted.
    if bot.request("POST", FEEDBACK, report) != 302:
        failures.append("feedback: honeypot posts counted towards the bot address's limit")

    visitor = Client(base, "127.0.0.4", deadline)
    visitor.request("GET", FEEDBACK)
    status = visitor.request("POST", FEEDBACK, report)
    if status != 302:
        failures.append(f"feedback: another client's report answered {status}, not 302")
    print(
        f"lockout: feedback: {2 * per_address} honeypot posts not counted; one address "
        f"limited after {statuses.count(302)} reports; another address {status}"
    )
    return failures


def check_login(
    base: str, deadline: float, user: str, password: str, limit: int, address_limit: int
) -> list[str]:
    failures = []
    attacker = Client(base, "127.0.0.5", deadline)
    attacker.request("GET", LOGIN)
    statuses = [
        attacker.request("POST", LOGIN, {"username": user, "password": "geraden-123"})
        for _ in range(limit)
    ]
    if statuses != [200] * (limit - 1) + [429]:
        failures.append(f"login: {limit} wrong passwords answered {statuses}")
    status = attacker.request("POST", LOGIN, {"username": user, "password": password})
    if status != 429:
        failures.append(f"login: the locked-out attacker with the right password got {status}")

    sprayer = Client(base, "127.0.0.6", deadline)
    sprayer.request("GET", LOGIN)
    tried = 0
    for tried in range(1, 41):
        guess = {"username": f"ci-gok-{tried}", "password": "geraden-123"}
        if sprayer.request("POST", LOGIN, guess) == 429:
            break
    else:
        failures.append("login: 40 usernames x 1 guess from one address met no limit")
    if tried != address_limit:
        failures.append(f"login: one address was limited after {tried} usernames")

    editor = Client(base, "127.0.0.7", deadline)
    editor.request("GET", LOGIN)
    status = editor.request("POST", LOGIN, {"username": user, "password": password})
    if status != 302 or "sessionid" not in editor.cookies:
        failures.append(f"login: the editor from another address got {status}, not 302")
    locked_after = statuses.index(429) + 1 if 429 in statuses else "no"
    print(
        f"lockout: login: attacker locked out after {locked_after} wrong passwords; {tried} "
        f"usernames from one address met 429; editor elsewhere {status}"
    )
    return failures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--user", required=True)
    parser.add_argument("--seconds", type=float, default=120)
    args = parser.parse_args()
    password = os.environ["LOCKOUT_PASSWORD"]

    # The limits as the app defines them (same environment as the server).
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "routewijzer.settings")
    import django

    django.setup()
    from django.conf import settings

    from catalog.feedback import PER_ADDRESS

    deadline = time.monotonic() + args.seconds
    failures = check_feedback(args.base, deadline, PER_ADDRESS)
    failures += check_login(
        args.base,
        deadline,
        args.user,
        password,
        settings.AXES_FAILURE_LIMIT,
        settings.LOGIN_ADDRESS_FAILURE_LIMIT,
    )
    for failure in failures:
        print("  FAIL", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
