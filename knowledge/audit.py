"""The audit log: who changed the knowledge base, when, and exactly which rows.

Every change (build, ingest, removal, correction, added fact, undo) writes one row to the
`audit` table in the same transaction as the change itself, so the log and the data can never
disagree. For
the changes that can be undone, `before` and `after` hold the rows the change removed and the
rows it added, keyed by table name ({"facts": [row, …]}); undoing puts `before` back and takes
`after` away (see knowledge.store.undo_last). A build keeps a summary there instead.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict
from sqlite_utils import Database

Action = Literal[
    "build", "ingest", "remove_article", "remove_fact", "update_fact", "add_fact", "undo"
]
UNDOABLE: tuple[Action, ...] = (
    "ingest",
    "remove_article",
    "remove_fact",
    "update_fact",
    "add_fact",
)
"""Actions `undo_last` can take back. A build replaces everything and is not undone; an undo
is not undone either (undoing twice walks further back instead of redoing)."""

Rows = dict[str, list[dict[str, Any]]]


class AuditEntry(BaseModel):
    """One recorded change."""

    model_config = ConfigDict(frozen=True)

    id: int
    at: dt.datetime
    actor: str
    action: Action
    target: str
    summary: str
    before: dict[str, Any]
    after: dict[str, Any]
    undone_by: int | None = None


def now() -> str:
    """The current time in UTC, ISO 8601 to the second (the form `at` is stored in)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def to_json(value: object) -> str:
    """Stable JSON for the before/after columns."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def record(
    db: Database,
    *,
    actor: str,
    action: Action,
    target: str,
    summary: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> int:
    """Append a row to the log and return its id; call inside the change's transaction."""
    cursor = db.execute(
        "INSERT INTO audit (at, actor, action, target, summary, before, after) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [now(), actor, action, target, summary, to_json(before or {}), to_json(after or {})],
    )
    return int(cursor.lastrowid or 0)


def entry_from_row(row: dict[str, Any]) -> AuditEntry:
    """An AuditEntry from a row of the audit table."""
    return AuditEntry.model_validate(
        {**row, "before": json.loads(row["before"]), "after": json.loads(row["after"])}
    )


def get_entry(db: Database, entry_id: int) -> AuditEntry | None:
    """One audit row by id, or None."""
    rows = list(db.query("SELECT * FROM audit WHERE id = ?", [entry_id]))
    return entry_from_row(rows[0]) if rows else None


def read_log(db: Database, limit: int | None = 20) -> list[AuditEntry]:
    """The most recent changes, newest first (`limit=None` for all)."""
    sql = "SELECT * FROM audit ORDER BY id DESC"
    params: list[int] = []
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [entry_from_row(row) for row in db.query(sql, params)]


def last_undoable(db: Database) -> AuditEntry | None:
    """The most recent change that can still be undone."""
    marks = ", ".join("?" for _ in UNDOABLE)
    rows = list(
        db.query(
            f"SELECT * FROM audit WHERE undone_by IS NULL AND action IN ({marks}) "
            "ORDER BY id DESC LIMIT 1",
            list(UNDOABLE),
        )
    )
    return entry_from_row(rows[0]) if rows else None


def last_change(db: Database) -> AuditEntry | None:
    """The most recent change still standing, of any kind but an undo (a build included)."""
    rows = list(
        db.query(
            "SELECT * FROM audit WHERE undone_by IS NULL AND action != 'undo' "
            "ORDER BY id DESC LIMIT 1"
        )
    )
    return entry_from_row(rows[0]) if rows else None


def standing_corrections(db: Database) -> list[AuditEntry]:
    """Admin corrections still in force (not undone), oldest first: a build re-applies them."""
    rows = db.query(
        "SELECT * FROM audit WHERE undone_by IS NULL "
        "AND action IN ('update_fact', 'remove_fact', 'remove_article', 'add_fact') ORDER BY id"
    )
    return [entry_from_row(row) for row in rows]


def mark_undone(db: Database, entry_id: int, undo_id: int) -> None:
    """Link a change to the undo that took it back."""
    db.execute("UPDATE audit SET undone_by = ? WHERE id = ?", [undo_id, entry_id])
