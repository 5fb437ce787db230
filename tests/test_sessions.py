"""Sessions and cookies: no answer outlives the visit on the server, no lasting cookie.

Sessions are files: a session's age is its file's time, which these tests set back to play
the clock forward.
"""

import itertools
import os
import shutil
import stat
import subprocess
import sys
import threading
import time
from datetime import timedelta
from importlib import import_module
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.sessions.backends.base import UpdateError
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client
from django.utils import timezone

from routewijzer.sessions import SessionStore, directory_problem
from tests.routing.test_questionnaire import answer

pytestmark = pytest.mark.django_db

HOUR = 60 * 60


def _session_with_answers(client) -> str:
    """Answer two questions; the session's key."""
    client.get("/")
    assert answer(client, 1, {"gevaar": "nee"}).status_code == 303
    assert answer(client, 2, {"rol": "ouder"}).status_code == 303
    return client.cookies["sessionid"].value


def _file(key: str) -> Path:
    return Path(settings.SESSION_FILE_PATH) / f"{settings.SESSION_COOKIE_NAME}{key}"


def _saved_ago(key: str, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(_file(key), (then, then))


def _seconds_since_saved(key: str) -> float:
    return time.time() - _file(key).stat().st_mtime


def test_a_session_expires_after_an_hour_without_requests(client):
    key = _session_with_answers(client)
    assert SessionStore(key).load()["antwoorden"]["rol"] == ["ouder"]
    cookie = client.cookies["sessionid"]
    assert not cookie["max-age"] and not cookie["expires"]  # gone when the browser closes
    _saved_ago(key, HOUR - 60)
    assert client.get("/vragen/3/").status_code == 200
    assert SessionStore(key).load()  # a minute to go: still there
    _saved_ago(key, HOUR + 1)
    assert SessionStore(key).load() == {}
    assert not _file(key).exists()  # deleted when met after its hour


def test_the_answers_never_reach_the_database(client):
    _session_with_answers(client)
    assert not Session.objects.exists()


def test_only_the_server_may_read_the_sessions(client):
    key = _session_with_answers(client)
    assert stat.S_IMODE(os.stat(settings.SESSION_FILE_PATH).st_mode) & 0o077 == 0
    assert stat.S_IMODE(_file(key).stat().st_mode) == 0o600


def test_a_new_session_directory_is_made_private(client, settings, tmp_path):
    settings.SESSION_FILE_PATH = str(tmp_path / "nieuw" / "sessies")
    key = _session_with_answers(client)
    assert _file(key).exists()
    assert stat.S_IMODE((tmp_path / "nieuw" / "sessies").stat().st_mode) == 0o700


def test_a_directory_that_cannot_take_sessions_is_named_before_the_start(settings, tmp_path):
    assert directory_problem() is None
    blocked = tmp_path / "een-bestand"
    blocked.write_text("")
    settings.SESSION_FILE_PATH = str(blocked / "sessies")  # under a file: never a directory
    assert directory_problem() == f"{blocked / 'sessies'}: Not a directory"
    open_to_all = tmp_path / "open"
    open_to_all.mkdir(mode=0o755)
    open_to_all.chmod(0o755)  # whatever the umask
    settings.SESSION_FILE_PATH = str(open_to_all)
    assert directory_problem() == f"{open_to_all}: others may open it (mode 755, not 700)"


def test_a_session_directory_removed_while_running_is_made_again(settings, tmp_path):
    settings.SESSION_FILE_PATH = str(tmp_path / "sessies")
    _session_with_answers(Client())
    shutil.rmtree(tmp_path / "sessies")
    visitor = Client(raise_request_exception=False)
    visitor.get("/")
    first = visitor.post("/vragen/1/", {"gevaar": "nee"})
    assert first.status_code in (303, 503)  # at most one visitor meets the 503 page
    _session_with_answers(Client())
    assert stat.S_IMODE((tmp_path / "sessies").stat().st_mode) == 0o700


@pytest.mark.slow
def test_the_server_does_not_start_without_a_place_for_sessions(tmp_path):
    """bin/start stops before gunicorn, naming the directory, instead of serving 503s."""
    blocked = tmp_path / "een-bestand"
    blocked.write_text("")
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "DEBUG": "1",
        "LOAD_CATALOG": "0",
        "COLLECTSTATIC": "0",
        "PYTHON": sys.executable,
        "SESSION_FILE_PATH": str(blocked / "sessies"),
    }
    root = Path(__file__).resolve().parents[1]
    started = subprocess.run(
        [str(root / "bin" / "start")], env=env, capture_output=True, text=True, timeout=300
    )
    assert started.returncode != 0
    assert f"no sessions can be kept in {blocked / 'sessies'}: Not a directory" in started.stderr
    assert "gunicorn" not in started.stderr


def test_using_the_session_renews_the_idle_expiry(client, settings):
    settings.SESSION_RENEW_INTERVAL = 0
    key = _session_with_answers(client)
    _saved_ago(key, HOUR - 5 * 60)
    client.get("/vragen/3/")
    assert _seconds_since_saved(key) < 60


def test_the_expiry_is_renewed_at_most_every_few_minutes(client):
    key = _session_with_answers(client)
    _saved_ago(key, 5)
    client.get("/vragen/3/")  # just saved: not saved again
    assert _seconds_since_saved(key) >= 5


def test_expired_sessions_with_answers_are_deleted_without_an_operator(client, settings):
    settings.SESSION_CLEANUP_INTERVAL = 0
    expired = _session_with_answers(client)
    current = _session_with_answers(Client())
    _saved_ago(expired, HOUR + 1)
    # Any later request by anyone triggers the cleanup.
    assert Client().get("/robots.txt").status_code == 200
    assert not _file(expired).exists()
    assert _file(current).exists()


def test_the_cleanup_runs_at_a_low_rate(client, settings):
    settings.SESSION_CLEANUP_INTERVAL = 3600
    expired = _session_with_answers(client)
    _saved_ago(expired, HOUR + 1)
    Client().get("/robots.txt")
    assert _file(expired).exists()  # not due yet in this process


def test_a_failed_cleanup_is_logged_and_the_page_still_answers(
    client, settings, monkeypatch, caplog
):
    settings.SESSION_CLEANUP_INTERVAL = 0

    def not_listable(path):
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr("routewijzer.sessions.os.scandir", not_listable)
    assert Client().get("/robots.txt").status_code == 200
    assert "expired sessions not cleared: Permission denied" in caplog.text
    assert settings.SESSION_FILE_PATH not in caplog.text


def test_the_csrf_cookie_ends_with_the_browser(client):
    response = client.get("/vragen/1/")
    cookie = response.cookies["csrftoken"]
    assert cookie.value
    assert not cookie["max-age"] and not cookie["expires"]
    header = str(cookie)
    assert "Max-Age" not in header and "expires" not in header


def test_quick_exit_forgets_the_answers_and_the_csrf_cookie(client):
    key = _session_with_answers(client)
    response = client.post("/snel-weg/")
    assert response.status_code == 303
    assert not _file(key).exists() and not SessionStore().exists(key)
    csrf = response.cookies["csrftoken"]
    assert csrf.value == "" and csrf["max-age"] == 0
    assert client.cookies["sessionid"].value == ""
    assert "csrftoken" not in {k for k, v in client.cookies.items() if v.value}


def test_starting_again_forgets_the_answers(client):
    key = _session_with_answers(client)
    assert client.post("/opnieuw/").status_code == 303
    assert not _file(key).exists()


def test_an_answer_saved_after_quick_exit_does_not_bring_the_session_back(client):
    """A request that read the answers before "Snel weg" and saves after it fails, as an
    update of a deleted database row did: the answers stay gone."""
    key = _session_with_answers(client)
    late = SessionStore(key)
    late["antwoorden"] = {**late["antwoorden"], "leeftijd": ["12"]}
    assert client.post("/snel-weg/").status_code == 303
    with pytest.raises(UpdateError):
        late.save()
    assert not _file(key).exists()


def _save_slowly(store: SessionStore, started: threading.Event, outcome: list) -> None:
    """Save `store` in another thread, as another worker would, slow between its start and
    its write; `outcome` gets "saved" or the error."""
    encode = store.encode

    def slow(data):
        started.set()
        time.sleep(0.3)
        return encode(data)

    store.encode = slow
    try:
        store.save()
        outcome.append("saved")
    except UpdateError as error:
        outcome.append(error)


def test_quick_exit_during_a_save_is_not_undone_by_it(client):
    """A save already under way when "Snel weg" comes may finish first, but its answers are
    deleted all the same: they are never left behind by the save."""
    key = _session_with_answers(client)
    late = SessionStore(key)
    late["antwoorden"] = {**late["antwoorden"], "leeftijd": ["12"]}
    started, outcome = threading.Event(), []
    saver = threading.Thread(target=_save_slowly, args=(late, started, outcome))
    saver.start()
    started.wait(5)
    assert client.post("/snel-weg/").status_code == 303
    saver.join()
    assert outcome  # the save ended, one way or the other
    assert not _file(key).exists()


def test_the_cleanup_never_deletes_a_save_that_succeeded(client, monkeypatch):
    """A session at the end of its hour is renewed by a save while the cleanup deletes it:
    either the save fails (the visitor starts again) or its answers stay, never a save that
    reports success and is then deleted."""
    key = _session_with_answers(client)
    _saved_ago(key, HOUR + 1)
    renew = SessionStore(key)
    renew._session_cache = {"antwoorden": {"rol": ["ouder"]}}  # read before the hour was up
    renew.modified = True
    outcome: list = []
    unlink = os.unlink

    def renewed_meanwhile(path, *args, **kwargs):
        # The renewing save comes between the cleanup's look at the time and its delete.
        if str(path).endswith(key) and not outcome:
            saver = threading.Thread(target=_save_slowly, args=(renew, threading.Event(), outcome))
            saver.start()
            saver.join(1.0)
        return unlink(path, *args, **kwargs)

    monkeypatch.setattr("routewijzer.sessions.os.unlink", renewed_meanwhile)
    SessionStore.clear_expired()
    deadline = time.monotonic() + 5
    while not outcome and time.monotonic() < deadline:
        time.sleep(0.05)
    assert outcome
    assert outcome[0] != "saved" or _file(key).exists()


@pytest.mark.parametrize("value", ["ABCDEFGHIJKLMNOP", "../../..", "a" * 40])
def test_quick_exit_with_a_strange_session_cookie_still_leaves(client, value):
    client.cookies["sessionid"] = value
    response = client.post("/snel-weg/")
    assert response.status_code == 303 and response["Location"] == settings.QUICK_EXIT_URL
    assert response.cookies["csrftoken"]["max-age"] == 0


def test_a_quick_exit_that_cannot_delete_still_leaves_and_says_so(client, monkeypatch, caplog):
    key = _session_with_answers(client)

    def read_only(path, *args, **kwargs):
        raise OSError(30, "Read-only file system", str(path))

    monkeypatch.setattr("routewijzer.sessions.os.unlink", read_only)
    response = client.post("/snel-weg/")
    assert response.status_code == 303
    assert "session not deleted: Read-only file system" in caplog.text
    assert key not in caplog.text


def test_a_session_that_cannot_be_written_gets_the_503_page(client, monkeypatch, caplog):
    key = _session_with_answers(client)

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device", str(_file(key)))

    monkeypatch.setattr("routewijzer.sessions.tempfile.mkstemp", disk_full)
    client.raise_request_exception = False
    monkeypatch.setattr("routewijzer.views._last_traceback", {})  # this test's traceback is due
    response = client.post("/vragen/3/", {"leeftijd": "12"})
    assert response.status_code == 503
    assert "Routewijzer werkt even niet" in response.content.decode()
    assert response["Retry-After"]
    assert "No space left on device" in caplog.text
    assert key not in caplog.text  # the key opens the answers: never in a log


@pytest.mark.parametrize("damage", ["é".encode(), b"", b"gewijzigd:antwoorden"])
def test_a_damaged_session_is_a_fresh_start(client, damage):
    key = _session_with_answers(client)
    _file(key).write_bytes(damage)
    response = client.get("/advies/")
    assert response.status_code == 303 and response["Location"] == "/vragen/1/"
    assert client.get("/vragen/1/").status_code == 200


def test_a_session_that_cannot_be_read_gets_the_503_page(client, monkeypatch, caplog):
    key = _session_with_answers(client)
    real_open = open

    def unreadable(path, *args, **kwargs):
        if str(path).endswith(key):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", unreadable)
    client.raise_request_exception = False
    monkeypatch.setattr("routewijzer.views._last_traceback", {})  # this test's traceback is due
    response = client.get("/advies/")
    assert response.status_code == 503
    assert "Permission denied" in caplog.text and key not in caplog.text


def test_a_read_while_another_worker_saves_sees_whole_answers():
    """A save replaces the file in one step: a page read during it gets the answers before or
    after, never a part of them (which would decode to nothing: a fresh start)."""
    first = SessionStore()
    first["antwoorden"] = {"rol": ["ouder"], "ruis": ["a" * 20_000]}
    first.create()
    stop = threading.Event()

    def save_again_and_again() -> None:
        for n in itertools.count():
            if stop.is_set():
                return
            writer = SessionStore(first.session_key)
            writer["antwoorden"] = {"rol": [str(n)], "ruis": ["b" * 20_000]}
            writer.save()

    worker = threading.Thread(target=save_again_and_again)
    worker.start()
    try:
        reads = [SessionStore(first.session_key).load() for _ in range(300)]
    finally:
        stop.set()
        worker.join()
    assert all(len(data["antwoorden"]["ruis"][0]) == 20_000 for data in reads)
    assert len({data["antwoorden"]["rol"][0] for data in reads}) > 1  # the saves did overlap


def test_saves_never_leave_half_written_files(client):
    for _ in range(3):
        _session_with_answers(Client())
    names = os.listdir(settings.SESSION_FILE_PATH)
    assert names and all(name.startswith(settings.SESSION_COOKIE_NAME) for name in names)


@pytest.mark.parametrize(
    "path", ["/zoek/?q=gent", "/gemeente/44021/", "/regio/", "/regio/antwerpen/", "/hulpvormen/"]
)
def test_looking_something_up_leaves_no_cookie(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert not response.cookies, sorted(response.cookies)


def test_an_expired_session_is_not_read_even_before_the_cleanup(client):
    key = _session_with_answers(client)
    assert client.get("/vragen/samenvatting/").status_code == 303  # answers so far: go on
    _saved_ago(key, HOUR + 1)
    response = client.get("/advies/")
    assert response.status_code == 303 and response["Location"] == "/vragen/1/"


@pytest.mark.parametrize(
    "value",
    [
        "x" * 5000,
        "a\x00b" * 11,
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ123456",
        "é" * 32,
        "12345678",
        "../" * 11,
    ],
)
def test_a_strange_session_cookie_is_a_fresh_start(client, value):
    client.cookies["sessionid"] = value
    assert client.get("/vragen/1/").status_code == 200
    response = client.get("/advies/")
    assert response.status_code == 303 and response["Location"] == "/vragen/1/"


def test_the_upgrade_deletes_the_sessions_left_in_the_database():
    """Before sessions were files, they were rows with answers: the upgrade deletes them."""
    Session.objects.create(
        session_key="a" * 32, session_data="antwoorden", expire_date=timezone.now() + timedelta(1)
    )
    upgrade = import_module("catalog.migrations.0013_forget_database_sessions")
    upgrade.forget_database_sessions(apps, SimpleNamespace(connection=connection))
    assert not Session.objects.exists()
