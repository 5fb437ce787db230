"""Django's PostgreSQL backend, whose health check skips a connection that just answered.

With `CONN_HEALTH_CHECKS`, Django sends "SELECT 1" before each request's first query, so a
connection broken by a database restart is replaced instead of failing the request. Under load
that doubled the round trips of a page with one query (the session). A connection that
answered a query less than `FRESH_SECONDS` ago is taken as healthy; one that was idle longer
(the case the check is for: a restart while the worker waited) is still checked.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from django.db.backends.postgresql import base

#: A connection that answered within this many seconds gets no "SELECT 1" first.
FRESH_SECONDS = 1.0


class DatabaseWrapper(base.DatabaseWrapper):
    """PostgreSQL, with the health check skipped right after a successful query."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.answered_at = float("-inf")
        # Innermost wrapper: it sees only queries the server really answered.
        self.execute_wrappers.insert(0, self._note_answer)

    def _note_answer(
        self, execute: Callable[..., Any], sql: str, params: Any, many: bool, context: Any
    ) -> Any:
        result = execute(sql, params, many, context)
        self.answered_at = time.monotonic()
        return result

    def close_if_health_check_failed(self) -> None:
        """Django's check, unless this connection answered a moment ago."""
        if (
            self.connection is not None
            and self.health_check_enabled
            and not self.health_check_done
            and time.monotonic() - self.answered_at < FRESH_SECONDS
        ):
            self.health_check_done = True
            return
        super().close_if_health_check_failed()

    def close(self) -> None:
        """Close the connection; its successor has answered nothing yet."""
        super().close()
        self.answered_at = float("-inf")
