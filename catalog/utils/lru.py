"""A small thread-safe LRU whose entries all belong to one version of the catalogue."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class VersionedLRU(Generic[V]):
    """At most `max_entries` values, each found by an exact (equal) key; all dropped when a
    value for another catalogue version is stored. Without a version (`token` None: no
    version row, as in a flushed database) nothing is kept or found: nothing can be trusted."""

    def __init__(self, max_entries: int) -> None:
        self.max_entries = max_entries
        self.lock = threading.Lock()
        self.token: str | None = None
        self.entries: OrderedDict[Hashable, V] = OrderedDict()

    def get(self, token: str | None, key: Hashable) -> V | None:
        """The value kept for `key` at version `token`, or None."""
        if token is None:
            return None
        with self.lock:
            if token != self.token:
                return None
            value = self.entries.get(key)
            if value is not None:
                self.entries.move_to_end(key)
            return value

    def put(self, token: str | None, key: Hashable, value: V) -> None:
        """Keep `value` for `key` at version `token` (forgetting other versions' values)."""
        if token is None:
            return
        with self.lock:
            if token != self.token:
                self.token, self.entries = token, OrderedDict()
            self.entries[key] = value
            self.entries.move_to_end(key)
            while len(self.entries) > self.max_entries:
                self.entries.popitem(last=False)

    def clear(self) -> None:
        """Forget everything."""
        with self.lock:
            self.token, self.entries = None, OrderedDict()
