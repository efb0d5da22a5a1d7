"""Export and backup."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from knowledge import store
from knowledge.errors import InvalidInput
from tests.knowledge.conftest import BUNDLED, everything
from tests.knowledge.test_store.conftest import (
    first_fact,
)


def test_export_is_json_with_everything_needed_to_cite(built: Database) -> None:
    store.remove_fact(built, first_fact(built, "aid").id, actor="adm")
    data = json.loads(json.dumps(store.export(built)))
    assert [a["id"] for a in data["articles"]] == [p.stem for p in BUNDLED]
    assert all(a["raw"] for a in data["articles"])
    assert len(data["facts"]) == built.table("facts").count
    place_ids = {p["id"] for p in data["places"]}
    assert {f["place_id"] for f in data["facts"] if f["place_id"]} <= place_ids
    assert all(p["parent_id"] is None or p["parent_id"] in place_ids for p in data["places"])
    assert [e["action"] for e in data["audit"]] == ["build", "remove_fact"]
    assert "when" in data["facts"][0]
    assert data["schema_version"] == store.SCHEMA_VERSION


def test_backup_is_a_consistent_single_file(built: Database, tmp_path: Path) -> None:
    expected = everything(built)
    # Another connection (the bot, say) is half-way through a write while the backup runs.
    other = sqlite3.connect(store.db_file(built) or "")
    other.execute("BEGIN IMMEDIATE")
    other.execute("DELETE FROM facts")
    path = store.backup(built, tmp_path / "backups" / "kb.sqlite")
    other.rollback()
    other.close()

    assert not Path(f"{path}-wal").exists()
    copy = Database(path)
    assert copy.journal_mode == "delete"
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert everything(copy) == expected
    copy.close()
    assert not list(path.parent.glob(".*partial"))


def test_backup_into_a_folder_and_never_onto_itself(built: Database, tmp_path: Path) -> None:
    path = store.backup(built, tmp_path)
    assert path.parent == tmp_path
    assert re.fullmatch(r"kb-\d{8}-\d{6}\.sqlite", path.name)
    source = store.db_file(built)
    assert source is not None
    with pytest.raises(InvalidInput, match="sama dengan"):
        store.backup(built, source)
