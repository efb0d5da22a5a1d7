"""The bot's link to the knowledge-base file: admins' changes go in, other processes' are noticed.

The file changes in two ways while the bot runs:

- An admin's command in Telegram. `KnowledgeSync.change` runs the store function in a worker
  thread on a connection opened in that thread (sqlite3 connections refuse use from another
  thread), one change at a time in the order they were asked, then reads a new snapshot and swaps
  it into BotState before the admin is answered: the next question already uses it.
- Another process, such as `python -m knowledge ingest`. `KnowledgeSync.refresh` runs before
  every update and, at most every CHECK_INTERVAL seconds, compares the file's version with the
  snapshot's, reading a new snapshot when they differ.

The version is the newest audit row (its id and time). Every change to the knowledge — build,
ingest, removal, correction, undo — writes one in the same transaction, so a new version means
new knowledge. `PRAGMA data_version` would also flag the unanswered questions the bot writes to
the same file (knowledge.unanswered), and reading a snapshot takes 0.1-0.3 s. The version is read
*before* the snapshot: a change committed in between then costs one extra reload later instead of
going unnoticed.

The event loop never waits on SQLite: checks, reloads and changes all run in worker threads.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from sqlite_utils import Database
from telegram import Update
from telegram.ext import CallbackContext, ContextTypes

from bot.suggest import prepare
from bot.telegram.state import BotState
from knowledge.errors import KnowledgeError
from knowledge.index import KnowledgeBase, read_kb
from knowledge.store import open_db

logger = logging.getLogger(__name__)

SYNC_KEY = "kb_sync"
"""Where the KnowledgeSync lives in `application.bot_data`."""
CHECK_INTERVAL = 2.0
"""Seconds between two looks at the file for other processes' changes. A look costs well under
a millisecond (one indexed query on a fresh read-only connection); the interval only keeps a
busy bot from making one per update."""

P = ParamSpec("P")
T = TypeVar("T")


def read_version(path: Path) -> str | None:
    """The version of the knowledge base at `path`: '<newest audit id>@<its time>'.

    None for a file without a change log yet. Raises sqlite3.Error or OSError when the file
    cannot be read.
    """
    if not path.is_file():
        raise FileNotFoundError(f"no knowledge base at {path}")
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT id, at FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        connection.close()
    return f"{row[0]}@{row[1]}" if row else None


def load_snapshot(path: Path) -> tuple[str | None, KnowledgeBase]:
    """The file's version and its knowledge base, read in that order (see the module docstring),
    its suggestions checked (bot.suggest.prepare) before any question meets it."""
    version = read_version(path)
    return version, prepare(read_kb(path))


def _on_connection(
    path: Path, operation: Callable[Concatenate[Database, P], T], *args: P.args, **kwargs: P.kwargs
) -> T:
    """Run `operation(db, …)` on a connection opened, and closed, in the calling thread."""
    if not path.is_file():
        # open_db would create an empty knowledge base in its place.
        raise KnowledgeError(f"Berkas basis pengetahuan {path.name} tidak ditemukan.")
    db = open_db(path)
    try:
        return operation(db, *args, **kwargs)
    finally:
        db.close()


class Turn:
    """The right to use the store, held by one admin command at a time (see KnowledgeSync.turn)."""

    def __init__(self, sync: KnowledgeSync) -> None:
        self._sync = sync

    async def run(
        self, operation: Callable[Concatenate[Database, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """`operation(db, …)` in a worker thread, for reads (and the start of a change)."""
        return await asyncio.to_thread(
            _on_connection, self._sync.state.kb_path, operation, *args, **kwargs
        )

    async def change(
        self, operation: Callable[Concatenate[Database, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Run a store change as `run` does, then put the new knowledge in front of users.

        A store change commits or raises with nothing changed; only after a commit is the
        snapshot read again.
        """
        result = await self.run(operation, *args, **kwargs)
        try:
            await self._sync.reload()
        except (sqlite3.Error, OSError):
            # The change is committed: say so. The snapshot stays out of date (its version too),
            # so the next check for changes tries again.
            logger.exception("Committed a change but could not reload the knowledge base")
        return result


class KnowledgeSync:
    """Admin changes to the file, one at a time, and the snapshot in BotState kept up to date."""

    def __init__(
        self,
        state: BotState,
        *,
        interval: float = CHECK_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.state = state
        self.interval = interval
        self._clock = clock
        self._checked_at: float | None = None
        # asyncio locks are fair (first come, first served): changes run in the order asked.
        self._turns = asyncio.Lock()
        self._swaps = asyncio.Lock()

    @contextlib.asynccontextmanager
    async def turn(self) -> AsyncIterator[Turn]:
        """Hold the store for several steps (fetch a file, then ingest it) without overtaking."""
        async with self._turns:
            yield Turn(self)

    async def run(
        self, operation: Callable[Concatenate[Database, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """`operation(db, …)` in a worker thread, in turn with the changes."""
        async with self.turn() as turn:
            return await turn.run(operation, *args, **kwargs)

    async def change(
        self, operation: Callable[Concatenate[Database, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """A store change in its turn, then the new snapshot in place (see Turn.change)."""
        async with self.turn() as turn:
            return await turn.change(operation, *args, **kwargs)

    async def reload(self) -> None:
        """Read the file again and swap the new snapshot in."""
        async with self._swaps:
            version, kb = await asyncio.to_thread(load_snapshot, self.state.kb_path)
            self.state.swap_kb(kb, version)
            self._checked_at = self._clock()

    async def refresh(self) -> bool:
        """Reload if another process changed the file; looks at most once per `interval`.

        Returns whether a new snapshot was swapped in. A file that cannot be read is logged and
        the snapshot in memory kept: answering from it beats not answering.
        """
        now = self._clock()
        if self._checked_at is not None and now - self._checked_at < self.interval:
            return False
        self._checked_at = now
        path = self.state.kb_path
        try:
            version = await asyncio.to_thread(read_version, path)
            if version == self.state.kb_version:
                return False
            async with self._swaps:
                # Checked again: a reload may have happened while this waited for the lock.
                version = await asyncio.to_thread(read_version, path)
                if version == self.state.kb_version:
                    return False
                version, kb = await asyncio.to_thread(load_snapshot, path)
                self.state.swap_kb(kb, version)
        except (sqlite3.Error, OSError) as error:
            logger.warning(
                "Could not check %s for changes, answering from memory: %s", path.name, error
            )
            return False
        logger.info("The knowledge base changed on disk (version %s): reloaded", version)
        return True


def sync_of(context: CallbackContext) -> KnowledgeSync:  # type: ignore[type-arg]
    """The KnowledgeSync of the Application that is handling this update."""
    sync = context.bot_data[SYNC_KEY]
    assert isinstance(sync, KnowledgeSync)
    return sync


async def refresh_before_update(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Pick up changes other processes made to the knowledge base before handling `update`."""
    await sync_of(context).refresh()
