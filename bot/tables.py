"""The bot's own data files (bot/data/*.toml), each read once: the intents with their example
phrasings and cues, and the word lists a question is read with."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"


@cache
def _read(name: str) -> dict[str, Any]:
    return tomllib.loads((DATA / name).read_text(encoding="utf-8"))


def intents() -> dict[str, Any]:
    """bot/data/intents.toml: per intent, its `examples` and its `cues`."""
    return _read("intents.toml")


def words() -> dict[str, Any]:
    """bot/data/words.toml: the word lists a question is read with."""
    return _read("words.toml")
