"""The bench's cold start measures a bot that starts as an installed one does: from bytecode,
and after its first start, from the copy of the loaded base that start left."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import bot.understand
from bot.bench import _cold_start
from knowledge.snapshot import SUFFIX


def test_cold_start_runs_from_bytecode_even_where_none_is_written(
    built_kb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cached = Path(importlib.util.cache_from_source(bot.understand.__file__))
    cached.unlink(missing_ok=True)
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    first, later = _cold_start(built_kb, runs=1)
    assert first > 0
    assert later > 0
    assert cached.exists()


def test_later_cold_starts_load_the_copy_the_first_left(built_kb: Path) -> None:
    _cold_start(built_kb, runs=1)
    assert list((built_kb.parent / "cache").rglob(f"*{SUFFIX}"))
