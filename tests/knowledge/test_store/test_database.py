"""The connection: one write transaction at a time."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from knowledge import store


def test_a_change_is_refused_inside_another(fresh: Database) -> None:
    fresh.conn.execute("BEGIN")
    with pytest.raises(RuntimeError, match="already in progress"):
        store.undo_last(fresh, actor="t")
    fresh.rollback()
