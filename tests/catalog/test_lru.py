"""The versioned LRU every kept value of the catalogue goes through."""

from catalog.utils.lru import VersionedLRU


def test_values_of_another_version_are_never_found_and_are_dropped_by_its_first_put():
    kept: VersionedLRU[int] = VersionedLRU(2)
    kept.put("v1", "a", 1)
    assert kept.get("v1", "a") == 1 and kept.get("v2", "a") is None
    kept.put("v2", "b", 2)
    assert kept.get("v1", "a") is None and kept.get("v2", "b") == 2


def test_without_a_version_nothing_is_kept_or_found():
    """No version row (a flushed database): nothing can be trusted, and what is kept for the
    current version stays."""
    kept: VersionedLRU[int] = VersionedLRU(2)
    kept.put("v1", "a", 1)
    kept.put(None, "a", 2)
    assert kept.get(None, "a") is None
    assert kept.get("v1", "a") == 1


def test_the_least_recently_used_value_goes_first():
    kept: VersionedLRU[int] = VersionedLRU(2)
    kept.put("v1", "a", 1)
    kept.put("v1", "b", 2)
    kept.get("v1", "a")
    kept.put("v1", "c", 3)
    assert kept.get("v1", "b") is None and kept.get("v1", "a") == 1
