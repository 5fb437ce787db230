"""Browser tests: the real app under gunicorn, driven by Debian's headless Chromium.

The server runs in its own process on its own database (a temporary SQLite file, or a
`<name>_browser` database next to DATABASE_URL's PostgreSQL one), migrated and loaded with the
catalogue once per session. Tests talk to it only over HTTP, like a visitor.

Without /usr/bin/chromium these tests skip with a message on a developer's machine; in CI
(CI=true) a missing browser is an error.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import pytest
from playwright.sync_api import expect

# Shared machines are noisy: give htmx swaps and suggestions time before failing.
expect.set_options(timeout=15_000)

CHROMIUM = "/usr/bin/chromium"
#: The environment of the app under test (its database), once `server_url` has started it.
SERVER_ENV: dict[str, str] = {}
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    browser_items = [i for i in items if "tests/browser/" in str(i.fspath)]
    for item in browser_items:
        item.add_marker(pytest.mark.browser)
    if Path(CHROMIUM).exists() or not browser_items:
        return
    if os.environ.get("CI"):
        raise pytest.UsageError(f"CI needs Chromium at {CHROMIUM} for the browser tests.")
    skip = pytest.mark.skip(reason=f"no Chromium at {CHROMIUM}: apt-get install chromium")
    for item in browser_items:
        item.add_marker(skip)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _browser_database_url(workdir: Path) -> str:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{workdir / 'browser.sqlite3'}"
    import psycopg

    parsed = urlparse(url)
    name = f"{parsed.path.lstrip('/') or 'routewijzer'}_browser"
    admin_url = urlunparse(parsed._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return urlunparse(parsed._replace(path=f"/{name}"))


@pytest.fixture(scope="session")
def server_url() -> Iterator[str]:
    """Base URL of the app started by bin/start (gunicorn, production settings, DEBUG off)."""
    workdir = Path(tempfile.mkdtemp(prefix="routewijzer-browser-"))
    port = _free_port()
    env = {
        **os.environ,
        "DATABASE_URL": _browser_database_url(workdir),
        "DEBUG": "0",
        "SECRET_KEY": "browser-tests-only",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "SESSION_COOKIE_SECURE": "0",
        "CSRF_COOKIE_SECURE": "0",
        "STATIC_ROOT": str(workdir / "static"),
    }
    SERVER_ENV.update(env)  # for tests that must prepare data, e.g. an admin account
    # The production start script (bin/start): migrate, load_catalog, collectstatic, gunicorn.
    env.update(PYTHON=sys.executable, BIND=f"127.0.0.1:{port}", WEB_CONCURRENCY="2")
    log = open(workdir / "gunicorn.log", "wb")  # noqa: SIM115 - closed at teardown
    server = subprocess.Popen(
        [str(ROOT / "bin" / "start")], env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120  # migrate and import first
    while True:
        try:
            with urllib.request.urlopen(f"{url}/gezond/", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if time.monotonic() > deadline or server.poll() is not None:
            server.kill()
            log.close()
            raise RuntimeError((workdir / "gunicorn.log").read_text(errors="replace")[-3000:])
        time.sleep(0.2)
    yield url
    server.terminate()
    server.wait(timeout=10)
    log.close()
    shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """Debian's Chromium, headless, with no background traffic to outside hosts."""
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "headless": True,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict) -> dict:
    return {**browser_context_args, "locale": "nl-BE", "timezone_id": "Europe/Brussels"}


@pytest.fixture
def screenshot(page, request):
    """Save a full-page screenshot as a test artefact (not committed): screenshot("advies")."""
    ARTIFACTS.mkdir(exist_ok=True)

    def take(name: str) -> Path:
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


def axe_violations(page) -> list[dict]:
    """axe-core violations of the WCAG 2.1 A and AA rules on the current page."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page,
        options={
            "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
            "resultTypes": ["violations"],
        },
    )
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"]],
        }
        for v in results.response["violations"]
    ]
