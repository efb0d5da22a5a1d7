"""Undo: one change at a time, across restarts, refusing what changed since."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from knowledge import store
from knowledge.errors import NotFound
from tests.knowledge.conftest import BUNDLED, content, everything
from tests.knowledge.test_store.conftest import (
    correct,
    first_fact,
)


def test_undo_walks_back_one_change_at_a_time_across_restarts(kb_file: Path) -> None:
    db = store.open_db(kb_file)
    states = [content(db)]
    fact = first_fact(db, "closure")
    correct(db, fact.id, "number", "7", actor="a")
    states.append(content(db))
    store.remove_fact(db, fact.id, actor="b")
    states.append(content(db))
    store.remove_article(db, BUNDLED[3].stem, actor="c")
    db.close()

    for expected in reversed(states):
        db = store.open_db(kb_file)  # a restart between each undo
        store.undo_last(db, actor="d")
        assert content(db) == expected
        db.close()
    db = store.open_db(kb_file)
    with pytest.raises(NotFound, match="Tidak ada perubahan"):
        store.undo_last(db, actor="d")
    actions = [(e.action, e.undone_by is not None) for e in reversed(store.audit_log(db))]
    assert actions == [
        ("build", False),
        ("update_fact", True),
        ("remove_fact", True),
        ("remove_article", True),
        ("undo", False),
        ("undo", False),
        ("undo", False),
    ]
    db.close()


def test_undo_refuses_when_the_rows_changed_since(built: Database) -> None:
    fact = first_fact(built, "closure")
    correct(built, fact.id, "number", "7", actor="a")
    built.execute("UPDATE facts SET number = 8 WHERE id = ?", [fact.id])  # someone else's edit
    before = everything(built)
    with pytest.raises(store.UndoConflictError, match="sudah berubah"):
        store.undo_last(built, actor="a")
    assert everything(built) == before


def test_undo_of_a_removal_after_the_text_came_back_is_refused(built: Database) -> None:
    path = BUNDLED[1]
    store.remove_article(built, path.stem, actor="a")
    assert path.stem not in {a.id for a in store.list_articles(built)}
    store.ingest_files(built, [path], actor="a")
    store.undo_last(built, actor="a")  # the ingest
    store.ingest_text(built, path.read_text(encoding="utf-8"), "copy", actor="a")
    built.execute("UPDATE audit SET undone_by = 1 WHERE action = 'ingest' AND undone_by IS NULL")
    with pytest.raises(store.UndoConflictError, match="sudah ada lagi sebagai artikel copy"):
        store.undo_last(built, actor="a")


def test_an_undo_that_fails_half_way_changes_nothing(built: Database) -> None:
    fact = next(f for f in store.list_facts(built) if f.place_id)
    store.remove_fact(built, fact.id, actor="adm")
    # As if the place had vanished since (a rebuild without the article that named it).
    built.execute("DELETE FROM places WHERE id = ?", [fact.place_id])
    before = everything(built)
    with pytest.raises(store.UndoConflictError, match="sudah tidak ada"):
        store.undo_last(built, actor="adm")  # fails after putting the fact back
    assert everything(built) == before
