"""The question side's data: the intents with their example phrasings and cues
(bot/data/intents.toml), and the word lists a question is read with (knowledge/data/words.toml,
with the rest of the vocabulary). Both read once, by the vocabulary's loader."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from knowledge import data

DATA = Path(__file__).resolve().parent / "data"


def intents() -> dict[str, Any]:
    """bot/data/intents.toml: per intent, its `examples` and its `cues`."""
    return data.read_table(DATA / "intents.toml")


def words() -> dict[str, Any]:
    """knowledge/data/words.toml: the word lists a question is read with."""
    return data.table("words")
