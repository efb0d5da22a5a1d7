"""The schema: tables, columns, indexes and migrations applied once."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from knowledge import store
from knowledge.models import Fact


def test_schema_tables_and_columns(fresh: Database) -> None:
    assert set(store.TABLES) <= set(fresh.table_names())
    assert fresh.journal_mode == "wal"
    assert store.schema_version(fresh) == store.SCHEMA_VERSION
    columns = set(fresh.table("facts").columns_dict)
    # Every Fact field has a column, under its own name or its mapped one: a new model field
    # without a migration fails here rather than vanishing on the way to the database.
    for field in Fact.model_fields:
        assert store.FACT_FIELD_COLUMN.get(field, field) in columns
    assert {"when_date", "when_text"} <= columns
    assert "when" not in columns
    assert set(fresh.table("articles").columns_dict) == set(store.ARTICLE_COLUMNS)
    assert fresh.table("sentences").pks == ["article_id", "id"]
    assert fresh.table("aliases").pks == ["alias", "place_id"]
    unique = {tuple(i.columns) for i in fresh.table("articles").indexes if i.unique}
    assert ("sha256",) in unique


def test_opening_again_applies_nothing_twice(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "kb.sqlite"  # parent folders are created
    store.open_db(path).close()
    db = store.open_db(path)
    applied = list(db.query("SELECT name FROM _sqlite_migrations"))
    assert applied == [{"name": "001_initial"}]
    assert store.schema_version(db) == 1
    db.close()
