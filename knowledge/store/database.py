"""Opening the file, one write transaction at a time, and the small queries every module runs.

Transactions. In sqlite-utils 4 every write method commits on its own unless a transaction is
already open, so `with db.conn:` does *not* make a group of writes atomic (each insert commits
at once). Each change runs inside `BEGIN IMMEDIATE … COMMIT` (`write`), which the library's own
writes join as savepoints, and records its audit row in the same transaction: a failure rolls
everything back. IMMEDIATE takes the write lock up front, so two processes (the bot and the
CLI) queue on sqlite's busy timeout instead of failing half-way with "database is locked" when
a read transaction tries to become a write.

Threads. sqlite3 connections refuse use from another thread; open one Database per thread
(`open_db` is cheap). The file is in WAL mode, so readers never block the writer.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from knowledge.errors import InvalidInput
from knowledge.paths import kb_path
from knowledge.store.schema import MIGRATIONS, TABLES

ACTOR_MAX = 100
INSERT_BATCH = 1000
"""Rows per INSERT statement when many go in at once."""


@contextlib.contextmanager
def write(db: Database) -> Iterator[None]:
    """One write transaction: everything inside commits together or not at all."""
    if db.conn.in_transaction:
        raise RuntimeError("a knowledge-base change is already in progress on this connection")
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.rollback()
        raise
    try:
        db.conn.execute("COMMIT")
    except BaseException:
        db.rollback()
        raise


def migrate(db: Database) -> None:
    """Create or update the schema (idempotent; each migration is recorded once)."""
    if not MIGRATIONS.pending(db):
        return
    # Re-checked under the write lock: a second process opening a fresh file at the same
    # moment must find the first one's tables, not try to create them again.
    with write(db):
        MIGRATIONS.apply(db)


def open_db(path: Path | str | None = None) -> Database:
    """Open (creating if needed) the knowledge base at `path`, default `kb_path()`, in WAL mode."""
    target = Path(path) if path is not None else kb_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    db = Database(target)
    db.enable_wal()
    migrate(db)
    return db


def query_all(db: Database, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """Every row `sql` returns, as dicts."""
    return list(db.query(sql, list(params)))


def query_one(db: Database, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
    """The first row `sql` returns, or None."""
    rows = query_all(db, sql, params)
    return rows[0] if rows else None


def check_actor(actor: str) -> str:
    """`actor` stripped, or InvalidInput when it is empty or too long for the audit log."""
    actor = actor.strip()
    if not actor or len(actor) > ACTOR_MAX:
        raise InvalidInput(f"Nama pelaku perubahan harus diisi (paling panjang {ACTOR_MAX}).")
    return actor


def db_file(db: Database) -> Path | None:
    """The file behind `db`, or None for an in-memory database."""
    for row in db.conn.execute("PRAGMA database_list"):
        if row[1] == "main":
            return Path(row[2]) if row[2] else None
    return None


def dump(db: Database, tables: Iterable[str] = TABLES) -> dict[str, list[dict[str, Any]]]:
    """Every row of `tables` in primary-key order: for comparing two states of a database."""
    out: dict[str, list[dict[str, Any]]] = {}
    for name in tables:
        table = db.table(name)
        order = ", ".join(f'"{pk}"' for pk in table.pks)
        out[name] = query_all(db, f'SELECT * FROM "{name}" ORDER BY {order}')
    return out
