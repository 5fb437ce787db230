"""One cache on or off: requests through Django's test client, milliseconds per request.

    .venv/bin/python bench/caches.py CASE on|off|paired [REQUESTS [PASSES]]

CASE is one of `zoek` (the kept lookup pages, 8 searches), `advies` (the kept advice page,
one session), `hsds` (the open-data export), `gemeenten` (a contact's display parts, kept in
the snapshot: the municipality API for 8 municipalities), `advies-distinct` (the display parts
again, on advice pages for REQUESTS sessions with distinct answers), `advies-kaarten` (the kept
step cards and the kept page around the advice, on those same distinct advice pages),
`zoek-distinct` (the place finder's index, with the kept lookup pages off in both runs so every
search runs), `advies-lichamen` (the kept advice bodies), `advies-contacten` (the contacts made
once) or `advies-vragen` (the questions that apply, kept per decisive answers), all three on
distinct advice pages. With PASSES (default 1) the distinct cases ask each of
REQUESTS / PASSES sessions that many times: the first pass in a fresh process, the others as a
worker that has run a while. `off` switches that one cache off in this process (a
monkeypatch); nothing else changes. `paired` runs both in one process: every session asked once
first (a worker that has run a while), then nine rounds of the cache on and off in turn, timed
in CPU time of this process, with the median of the ratios pair by pair: the steadiest figure
on a shared machine.

Compare the two with farm-bench, which runs them in turn and gives the ratio pair by pair:

    farm-bench -n 3 --vs ".venv/bin/python bench/caches.py zoek off 400" -- \\
        .venv/bin/python bench/caches.py zoek on 400

or read the figure each run prints. Uses the database of DATABASE_URL with the catalogue
loaded (`manage.py load_catalog`); run with DEBUG=0 and collected static files, as in
production (STATIC_ROOT, `manage.py collectstatic`), and SECURE_SSL_REDIRECT=0.
"""

from __future__ import annotations

import dataclasses
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "routewijzer.settings")
os.environ.setdefault("SESSION_FILE_PATH", tempfile.mkdtemp(prefix="routewijzer-caches-"))

import django  # noqa: E402

django.setup()

from django.test import Client  # noqa: E402

from catalog import contacts, hsds, page_cache, search, selectors  # noqa: E402
from catalog.models import Municipality  # noqa: E402
from routewijzer.middleware import RENEWED_KEY  # noqa: E402
from routewijzer.sessions import SessionStore  # noqa: E402
from routing import questionnaire  # noqa: E402
from routing.answer_space import answer_space  # noqa: E402
from routing.web import advice_page  # noqa: E402
from routing.web.views import SESSION_KEY  # noqa: E402
from tests.routing.asking import answer_the_rest  # noqa: E402

SEARCHES = ["9000", "gent", "sint+niklaas", "44021", "Bruxelles", "hasselt", "8500", "zott"]
NIS_CODES = ["44021", "41002", "11002", "21004", "71072", "31005", "24062", "62063"]
PATHS = {
    "zoek": [f"/zoek/?q={q}" for q in SEARCHES],
    "zoek-distinct": [f"/zoek/?q={q}" for q in SEARCHES],
    "gemeenten": [f"/api/gemeenten/{nis}/" for nis in NIS_CODES],
    "hsds": ["/api/open-data/hsds.json"],
    "advies": ["/advies/"],
    "advies-distinct": ["/advies/"],
    "advies-kaarten": ["/advies/"],
    "advies-lichamen": ["/advies/"],
    "advies-contacten": ["/advies/"],
    "advies-vragen": ["/advies/"],
}
DISTINCT = [case for case in PATHS if case.startswith("advies-")]


def switch_off(case: str) -> Callable[[], None]:
    """Switch the case's cache off in this process; returns what switches it back on."""
    undo: list[tuple[object, str, object, bool]] = []

    def patch(owner: object, name: str, value: object) -> None:
        undo.append((owner, name, getattr(owner, name), name in vars(owner)))
        setattr(owner, name, value)

    def render_always(store: page_cache.PageStore) -> None:
        patch(store, "_find", lambda token, full_key: None)

    if case == "zoek":
        render_always(page_cache._lookup_pages)
    elif case == "advies":
        render_always(advice_page._pages)
    elif case == "hsds":
        patch(hsds._exports, "get", lambda *args: None)
    elif case in ("gemeenten", "advies-distinct"):
        patch(selectors, "shown_parts", selectors._shown_parts)
    elif case == "advies-kaarten":
        patch(advice_page._cards_rendered, "get", lambda *args: None)
        render_always(advice_page._frames)
    elif case == "advies-lichamen":
        patch(advice_page._bodies, "get", lambda *args: None)
    elif case == "advies-contacten":
        patch(contacts._made, "get", lambda *args: None)
    elif case == "advies-vragen":
        patch(questionnaire, "_applicable", questionnaire._applicable.__wrapped__)
    elif case == "zoek-distinct":
        patch(search, "_get_index", lambda: search._Index(selectors.snapshot()))

    def back_on() -> None:
        for owner, name, value, own in reversed(undo):
            if own:
                setattr(owner, name, value)
            else:
                delattr(owner, name)

    return back_on


def sessions(count: int) -> list[str]:
    """Sessions with complete answers, as the questionnaire leaves them (just renewed), spread
    over the answer space and over municipalities."""
    places = list(Municipality.objects.order_by("nis").values_list("nis", flat=True))
    space = list(answer_space(places[:1]))
    keys = []
    for i in range(count):
        answers = dataclasses.replace(
            space[i * len(space) // count], gemeente=places[i * 7 % len(places)]
        )
        session = SessionStore()
        # The questions still open answered the way that changes nothing, as bench/load does.
        session[SESSION_KEY] = answer_the_rest(answers.to_query())
        session[RENEWED_KEY] = int(time.time())
        session.save()
        keys.append(session.session_key)
    return keys


def main() -> None:
    case, mode = sys.argv[1], sys.argv[2]
    requests = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    passes = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    if case not in PATHS or mode not in ("on", "off", "paired"):
        sys.exit(__doc__)
    if mode == "off":
        switch_off(case)
    if case == "zoek-distinct":
        switch_off("zoek")  # the index alone: every search runs
    keys: list[str] = []
    if case == "advies":
        keys = sessions(1)
    elif case in DISTINCT:
        keys = sessions(requests // passes)
    paths = PATHS[case]
    client = Client()
    for path in paths:  # the snapshot, once
        client.get(path)

    def ask(count: int, clock: Callable[[], float]) -> float:
        """Milliseconds per request (by `clock`) for `count` requests."""
        started = clock()
        for i in range(count):
            if keys:
                client.cookies["sessionid"] = keys[i % len(keys)]
            response = client.get(paths[i % len(paths)])
            assert response.status_code == 200, (paths[i % len(paths)], response.status_code)
        return (clock() - started) / count * 1000

    if mode != "paired":
        print(f"{case} {mode}: {ask(requests, time.perf_counter):.2f} ms per request")
        return
    # A worker that has run a while: every session asked once before, then the cache on and
    # off in turn, CPU time of this process only (what other work on the machine takes is
    # not counted), the ratio taken pair by pair.
    ask(max(requests, len(keys)), time.process_time)
    on, off = [], []
    for _ in range(9):
        on.append(ask(requests, time.process_time))
        back_on = switch_off(case)
        off.append(ask(requests, time.process_time))
        back_on()
    ratios = sorted(a / b for a, b in zip(on, off, strict=True))
    print(
        f"{case}: on {statistics.median(on):.2f} ms, off {statistics.median(off):.2f} ms "
        f"per request (CPU); on/off {statistics.median(ratios):.2f} "
        f"({ratios[0]:.2f} to {ratios[-1]:.2f})"
    )


if __name__ == "__main__":
    main()
