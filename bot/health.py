"""`python -m bot health`: can the bot answer from its knowledge base? For Docker's HEALTHCHECK.

It opens the SQLite file read-only (no write, no lasting lock: the bot and an admin's ingest go
on undisturbed), checks that it is a knowledge base with articles and facts, prints one line
and exits 0 when healthy, 1 when not. It reads a handful of rows, so running it every minute
costs nothing; the process itself being alive is the container runtime's to watch.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import TextIO

from pydantic import BaseModel

BUSY_TIMEOUT_SECONDS = 5.0
"""A write in progress holds the file for well under a second; wait that long, not forever."""


class Health(BaseModel):
    """What the check found."""

    ok: bool
    message: str
    articles: int = 0
    facts: int = 0


def check(path: Path) -> Health:
    """Whether the knowledge base at `path` is there and holds articles and facts."""
    if not path.is_file():
        return Health(ok=False, message=f"{path}: belum ada basis pengetahuan")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS)
        try:
            articles = connection.execute("select count(*) from articles").fetchone()[0]
            facts = connection.execute("select count(*) from facts").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error as error:
        return Health(ok=False, message=f"{path}: tidak bisa dibaca ({error})")
    if not articles:
        return Health(ok=False, message=f"{path}: belum ada artikel")
    return Health(
        ok=True,
        message=f"sehat: {articles} artikel, {facts} fakta ({path})",
        articles=articles,
        facts=facts,
    )


def run_health(path: Path, out: TextIO | None = None) -> int:
    """Print the check's one line; 0 when healthy, 1 when not."""
    health = check(path)
    print(health.message, file=out or (sys.stdout if health.ok else sys.stderr))
    return 0 if health.ok else 1
