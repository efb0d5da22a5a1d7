"""The bench's cold start measures a bot that starts from bytecode, as an installed one does."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import bot.understand
from bot.bench import _cold_start


def test_cold_start_runs_from_bytecode_even_where_none_is_written(
    built_kb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cached = Path(importlib.util.cache_from_source(bot.understand.__file__))
    cached.unlink(missing_ok=True)
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    seconds = _cold_start(built_kb, runs=1)
    assert seconds > 0
    assert cached.exists()
