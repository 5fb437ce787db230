"""Sessions kept as files in one private directory (`settings.SESSION_FILE_PATH`).

Every page of the questionnaire and the advice reads the session. Kept in the database, that
read was a round trip to PostgreSQL on every page, the largest single cost of an advice page
under load (docs/speed.md). Django's file store reads a small file instead. On top of it:

- only well-formed keys reach the file system;
- a session expires `SESSION_COOKIE_AGE` seconds after its last save (the file's time), is not
  read after that and is deleted when met (the app never sets a per-session expiry);
- a save that cannot be written raises `SessionStoreUnavailable` (the visitor gets 503 and
  retries) instead of being dropped without a word, as Django's store does;
- saves and deletes of one session take turns (a lock on its file), so a delete ("Snel weg",
  "Opnieuw beginnen", expiry) is never undone by a save under way, and the cleanup never
  deletes a save that has just succeeded; a forged cookie has nothing to delete, and a delete
  that fails is logged;
- bin/start checks the directory first: it must take files, belong to the server's user and
  be closed to everyone else (the file names hold the session keys).

All workers must see the same directory: one host, or one shared volume (README, Production).
The visitors' answers never reach the database, so no database backup can hold them.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from functools import cache
from typing import Any

from django.conf import settings
from django.contrib.sessions.backends.base import CreateError, UpdateError
from django.contrib.sessions.backends.file import SessionStore as FileSessionStore

#: The keys Django hands out: 32 lower-case letters and digits. Anything else in the cookie
#: is not a session of ours and never reaches the file system.
SESSION_KEY_PATTERN = re.compile(r"[a-z0-9]{32}")
#: Name start of a session being written (renamed over the session's file when complete).
PARTIAL_PREFIX = ".new-"

log = logging.getLogger(__name__)


class SessionStoreUnavailable(OSError):
    """The session directory cannot be read or written just now (disk full, permissions)."""


@cache
def _made(path: str) -> str:
    """Make the directory once per process: only this server's user may read it."""
    os.makedirs(path, mode=0o700, exist_ok=True)
    return path


def directory_problem() -> str | None:
    """Why this process cannot keep sessions, or None. The directory (made if missing) must
    take a new file, belong to this process's user and be closed to everyone else: the file
    names hold the session keys. bin/start asks before it starts the workers."""
    path = str(settings.SESSION_FILE_PATH)
    try:
        with tempfile.NamedTemporaryFile(dir=_made(path), prefix=PARTIAL_PREFIX):
            pass
        made = os.stat(path)
    except OSError as error:
        return f"{path}: {error.strerror}"
    if made.st_uid != os.geteuid():
        return f"{path}: belongs to another user"
    if made.st_mode & 0o077:
        return f"{path}: others may open it (mode {stat.S_IMODE(made.st_mode):o}, not 700)"
    return None


@contextlib.contextmanager
def _locked(path: str) -> Iterator[int | None]:
    """Hold an exclusive lock on the file now at `path` (its descriptor), or None when there
    is none. Saves and deletes of a session take it, so a delete ("Snel weg", expiry) is never
    undone by a save that began before it, and never removes a save that came after the check.
    Reads take no lock: a save replaces the file in one step."""
    while True:
        try:
            handle = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            yield None
            return
        try:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                there = os.stat(path).st_ino
            except FileNotFoundError:  # deleted while this waited for the lock
                yield None
                return
            if there == os.fstat(handle).st_ino:
                yield handle
                return
        finally:
            os.close(handle)  # and with it the lock
        # Another save put a new file there meanwhile: lock that one.


def _delete(path: str, saved_before: float | None = None) -> None:
    """Delete the session's file (only if saved before `saved_before`, when given)."""
    with _locked(path) as held:
        if held is not None and (saved_before is None or os.fstat(held).st_mtime <= saved_before):
            os.unlink(path)


class SessionStore(FileSessionStore):
    """Django's file session store, stricter about keys, expiry, deletes and failed writes."""

    @classmethod
    def _get_storage_path(cls) -> str:
        # The setting is read each time (Django reads it once per class), so a test or a
        # command that points it elsewhere is followed.
        return _made(str(settings.SESSION_FILE_PATH))

    def load(self) -> dict[str, Any]:
        key = self.session_key
        if key is None or not SESSION_KEY_PATTERN.fullmatch(key):
            self._session_key = None
            return {}
        path = self._key_to_file()
        try:
            with open(path, encoding="ascii") as stored:
                text = stored.read()
                saved_at = os.fstat(stored.fileno()).st_mtime
        except FileNotFoundError:
            self._session_key = None
            return {}
        except OSError as error:
            # Without the file's name (it holds the session key) and without the chained
            # error that names it: the message may reach the log.
            raise SessionStoreUnavailable(f"session not readable: {error.strerror}") from None
        except ValueError:
            return {}  # damaged (not what this store writes): a fresh start, as a forged value
        oldest = time.time() - self.get_session_cookie_age()
        if saved_at <= oldest:
            with contextlib.suppress(OSError):  # the cleanup will try again
                _delete(path, saved_before=oldest)
            self._session_key = None
            return {}
        # A forged or damaged value decodes to an empty session (Django logs it).
        return self.decode(text) if text else {}

    def save(self, must_create: bool = False) -> None:
        if self.session_key is None:
            return self.create()
        text = self.encode(self._get_session(no_load=must_create))
        path = self._key_to_file()
        try:
            if must_create:
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            with _locked(path) as held:
                if held is None:
                    raise UpdateError  # deleted meanwhile: never brought back
                self._replace(path, text)
        except FileExistsError:
            raise CreateError from None
        except OSError as error:
            if isinstance(error, FileNotFoundError):
                _made.cache_clear()  # the directory itself is gone: make it again next time
            raise SessionStoreUnavailable(f"session not written: {error.strerror}") from None

    def _replace(self, path: str, text: str) -> None:
        """Write the whole session beside its file, then put it in the file's place."""
        handle, partial = tempfile.mkstemp(dir=self.storage_path, prefix=PARTIAL_PREFIX)
        try:
            with os.fdopen(handle, "w", encoding="ascii") as out:
                out.write(text)
            os.replace(partial, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(partial)
            raise

    def delete(self, session_key: str | None = None) -> None:
        key = session_key or self.session_key
        if not key or not SESSION_KEY_PATTERN.fullmatch(key):
            return  # never ours: nothing to delete (and no error for a forged cookie)
        try:
            _delete(self._key_to_file(key))
        except OSError as error:
            # "Snel weg" still leaves at once; the answers expire as any idle session does.
            log.warning("session not deleted: %s", error.strerror)

    def exists(self, session_key: str | None) -> bool:
        if not session_key or not SESSION_KEY_PATTERN.fullmatch(session_key):
            return False
        return super().exists(session_key)

    @classmethod
    def clear_expired(cls) -> None:
        """Delete the sessions (and any half-written file) not saved for a session's age."""
        oldest = time.time() - settings.SESSION_COOKIE_AGE
        prefixes = (settings.SESSION_COOKIE_NAME, PARTIAL_PREFIX)
        with os.scandir(cls._get_storage_path()) as entries:
            for entry in entries:
                if entry.name.startswith(prefixes):
                    with contextlib.suppress(FileNotFoundError):
                        # A look without opening first; `_delete` checks again under the lock.
                        if entry.stat().st_mtime <= oldest:
                            _delete(entry.path, saved_before=oldest)
