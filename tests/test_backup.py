"""Backup and restore: the catalogue with its history survives dumpdata/loaddata into an empty
database (README "Backup and restore")."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: The version token is per database: a restore must give a new one, not the dumped one.
DUMP = ["dumpdata", "catalog", "--exclude", "catalog.CatalogueVersion", "--indent", "1"]

EDIT = """
from catalog.models import ContactPoint
point = ContactPoint.objects.get(email="ocj.aalst@opgroeien.be")
point.phone = "+3253000000"
point._change_reason = "nieuw nummer"
point.save()
"""


def same_time(value: object) -> object:
    """JSON keeps milliseconds: "12:00:07.000Z" (0.4 ms) loads and dumps again as "12:00:07Z"."""
    if isinstance(value, str) and value.endswith(".000Z"):
        return value.removesuffix(".000Z") + "Z"
    return value


def manage(database: Path, *args: str, **extra_env: str) -> str:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "DEBUG": "1", **extra_env}
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


@pytest.mark.slow
def test_the_catalogue_and_its_history_round_trip(tmp_path):
    source, target = tmp_path / "source.sqlite3", tmp_path / "empty.sqlite3"
    manage(source, "migrate", "--noinput")
    manage(source, "load_catalog")
    manage(source, "shell", "-c", EDIT)
    dump = tmp_path / "catalogus.json"
    dump.write_text(manage(source, *DUMP))

    manage(target, "migrate", "--noinput")  # an empty database with the schema
    manage(target, "loaddata", str(dump), SIMPLE_HISTORY_ENABLED="0")  # as the README says
    restored = manage(target, *DUMP)

    before, after = json.loads(dump.read_text()), json.loads(restored)
    assert len(after) == len(before)
    for old, new in zip(before, after, strict=True):
        differs = {k: (v, new["fields"].get(k)) for k, v in old["fields"].items()
                   if same_time(new["fields"].get(k)) != same_time(v)}  # fmt: skip
        assert (old["model"], old["pk"], differs) == (new["model"], new["pk"], {})
    models = {row["model"] for row in before}
    assert {"catalog.contactpoint", "catalog.historicalcontactpoint"} <= models
    history = [
        row for row in after
        if row["model"] == "catalog.historicalcontactpoint"
        and row["fields"]["history_change_reason"] == "nieuw nummer"
    ]  # fmt: skip
    assert history and history[0]["fields"]["phone"] == "+3253000000"
    # The restored database serves the edit: loading bumped its catalogue version.
    out = manage(
        target,
        "shell",
        "-c",
        "from catalog.selectors import contacts_for; print(contacts_for('ocj', '41002')[0].phone)",
    )
    assert out.strip().splitlines()[-1] == "+3253000000"


def test_the_documented_backup_leaves_out_the_sessions():
    """Sessions hold visitors' answers: the README's pg_dump command must not copy them."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    section = readme[readme.index("### Backup and restore") :]
    start = section.index("pg_dump ")
    command = section[start : section.index('"$DATABASE_URL"', start)]
    assert "--exclude-table-data=django_session" in command
