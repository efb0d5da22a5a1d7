"""Unanswered questions: text and time only, the most frequent first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlite_utils import Database

from knowledge.unanswered import (
    MAX_QUESTION_CHARS,
    TABLE,
    most_frequent,
    record_unanswered,
    record_unanswered_in,
)


def at(day: int) -> dt.datetime:
    return dt.datetime(2024, 1, day, 12, tzinfo=dt.UTC)


def test_only_text_and_time_are_kept() -> None:
    db = Database(memory=True)
    record_unanswered(db, "  Siapa   gubernur\nDKI?  ", asked_at=at(1))
    assert db[TABLE].columns_dict == {"question": str, "asked_at": str}
    assert list(db[TABLE].rows) == [
        {"question": "Siapa gubernur DKI?", "asked_at": "2024-01-01T12:00:00+00:00"}
    ]


def test_blank_questions_are_not_kept_and_long_ones_are_cut() -> None:
    db = Database(memory=True)
    record_unanswered(db, "   ")
    record_unanswered(db, "x" * (MAX_QUESTION_CHARS + 50))
    [row] = db[TABLE].rows
    assert len(row["question"]) == MAX_QUESTION_CHARS


def test_most_frequent_groups_case_and_shows_the_latest_spelling() -> None:
    db = Database(memory=True)
    record_unanswered(db, "harga tiket?", asked_at=at(1))
    record_unanswered(db, "Siapa gubernur?", asked_at=at(2))
    record_unanswered(db, "siapa gubernur?", asked_at=at(5))
    record_unanswered(db, "SIAPA GUBERNUR?", asked_at=at(3))
    frequent = most_frequent(db)
    assert [(q.question, q.times, q.last_asked) for q in frequent] == [
        ("siapa gubernur?", 3, at(5)),
        ("harga tiket?", 1, at(1)),
    ]
    assert len(most_frequent(db, limit=1)) == 1


def test_nothing_recorded_yet() -> None:
    assert most_frequent(Database(memory=True)) == []


def test_recording_never_creates_the_knowledge_base_file(tmp_path: Path) -> None:
    missing = tmp_path / "kb.sqlite"
    assert record_unanswered_in(missing, "pertanyaan") is False
    assert not missing.exists()
    missing.touch()
    assert record_unanswered_in(missing, "pertanyaan") is True
    assert [q.question for q in most_frequent(Database(missing))] == ["pertanyaan"]
