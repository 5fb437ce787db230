"""Which database errors are timeouts, for pages that tell "slow" from "gone"."""

#: SQLSTATEs of "the database did not answer in time": lock_not_available (lock_timeout) and
#: query_canceled (statement_timeout).
TIMEOUT_SQLSTATES = frozenset({"55P03", "57014"})


def timed_out(error: BaseException) -> bool:
    """Whether a database error is a lock or statement timeout: the database is there, but
    something held it up (a table lock, a slow query), unlike a refused or broken connection."""
    return getattr(error.__cause__, "sqlstate", None) in TIMEOUT_SQLSTATES
