"""Structured logs: one JSON object per line.

Only the message and the explicit `fields` a caller passes (`extra={"fields": {...}}`) are
written. Other attributes Django attaches to records (the request object with its query
string, cookies and POST data) are left out on purpose: the logs must never hold answers or
other personal data.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime


class JsonFormatter(logging.Formatter):
    """Format a record as `{"time", "level", "logger", "message", ...fields}` on one line."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as one line of JSON."""
        data: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            data.update(fields)
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False, default=str)


#: How much of a refused Host header the log keeps: enough to spot a missing ALLOWED_HOSTS
#: entry; the header itself can be kilobytes long.
MAX_LOGGED_HOST = 64


class DisallowedHostFilter(logging.Filter):
    """Django logs a request with a Host header outside ALLOWED_HOSTS at error level, with the
    whole header twice and a traceback (29 KB for a 7,000-character header). The request log
    already has a line for it (status 400); this keeps one short warning, at most once a minute
    per process as the server-error handler's tracebacks, and drops the rest."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Shorten the record to a warning, or drop it when one was written recently."""
        # Imported here: logging is configured before the apps, and views need them.
        from routewijzer.views import _traceback_due

        # Configuring logging again (django.setup()) adds a second instance of this filter to
        # the logger: a record the first one kept must pass the second.
        if getattr(record, "host_refusal_kept", False):
            return True
        if not _traceback_due("django.core.exceptions.DisallowedHost"):
            return False
        record.host_refusal_kept = True
        request = getattr(record, "request", None)
        host = request.META.get("HTTP_HOST", "") if request is not None else ""
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.msg = "Host header not in ALLOWED_HOSTS: refused with 400 (at most once a minute)"
        record.args = ()
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        record.fields = {"host": host[:MAX_LOGGED_HOST]}
        return True
