"""Questions the bot could not answer, kept for the admins: text and time, never who asked.

They live in table `unanswered` of the knowledge base file, so the questions people really ask
travel with the knowledge they were missing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import BaseModel
from sqlite_utils import Database

TABLE = "unanswered"
MAX_QUESTION_CHARS = 1000
"""Longer text is cut: a question is a sentence or two, and the table must not grow unbounded."""


class FrequentQuestion(BaseModel):
    """One unanswered question, how often it was asked and when last."""

    question: str
    times: int
    last_asked: dt.datetime


def ensure_table(db: Database) -> None:
    """Create the table when it is missing (idempotent)."""
    db.table(TABLE).create(
        {"question": str, "asked_at": str}, not_null={"question", "asked_at"}, if_not_exists=True
    )


def record_unanswered(db: Database, question: str, *, asked_at: dt.datetime | None = None) -> None:
    """Remember that `question` went unanswered at `asked_at` (now by default, in UTC)."""
    text = " ".join(question.split())[:MAX_QUESTION_CHARS]
    if not text:
        return
    when = (asked_at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    ensure_table(db)
    db.table(TABLE).insert({"question": text, "asked_at": when.isoformat()})


def record_unanswered_in(path: Path, question: str) -> bool:
    """Record `question` in the knowledge base file at `path`; False when there is no such file.

    The file is made by building the knowledge base; recording never creates it, so that a file
    holding nothing but this table can never pass for a knowledge base. Each call opens and closes
    its own connection, so a shell may run it in a worker thread.
    """
    if not path.is_file():
        return False
    db = Database(path)
    try:
        record_unanswered(db, question)
    finally:
        db.close()
    return True


def most_frequent(db: Database, limit: int = 20) -> list[FrequentQuestion]:
    """The questions asked most often (case and spacing ignored), most frequent first."""
    if not db.table(TABLE).exists():
        return []
    # With max() in the select list SQLite takes the bare `question` column from the row that
    # holds the maximum, so each group shows its most recent spelling.
    rows = db.execute(
        f"""
        select question, count(*) as times, max(asked_at) as last_asked
        from [{TABLE}]
        group by lower(question)
        order by times desc, last_asked desc
        limit ?
        """,
        [limit],
    ).fetchall()
    return [
        FrequentQuestion(question=question, times=times, last_asked=dt.datetime.fromisoformat(last))
        for question, times, last in rows
    ]
