"""Django's database sessions, read with one plain SQL statement.

Every page of the questionnaire and the advice reads the session. Building the ORM query for it
cost several times the database round trip itself; the table, the columns and what is stored
stay Django's own (expiry, cleanup, "Snel weg" and "Opnieuw beginnen" work as before).
"""

from __future__ import annotations

import re
from typing import Any

from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.db import connections, router
from django.utils import timezone

#: The keys Django hands out: 32 lower-case letters and digits. Anything else in the cookie
#: is not a session of ours and never reaches the database.
SESSION_KEY_PATTERN = re.compile(r"[a-z0-9]{32}")


class SessionStore(DatabaseSessionStore):
    """A database session store whose read is a single plain SELECT."""

    def _get_session_from_db(self) -> Any:
        key = self.session_key
        if key is None or not SESSION_KEY_PATTERN.fullmatch(key):
            self._session_key = None
            return None
        connection = connections[router.db_for_read(self.model)]
        table = connection.ops.quote_name(self.model._meta.db_table)
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT session_data FROM {table} WHERE session_key = %s AND expire_date > %s",
                [key, now],
            )
            row = cursor.fetchone()
        if row is None:
            self._session_key = None
            return None
        return self.model(session_key=key, session_data=row[0])
