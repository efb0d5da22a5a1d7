"""The project's words and tables as data, read by one loader.

The vocabulary of both sides lives here: `synonyms.toml` (chat and news spellings folded to one
word), `counted.toml` (what articles count besides workers), `words.toml` (the word lists a
question is read with), `places.toml` (short names of regions), `outlets.toml` (news outlets'
names and layouts). The intents people ask, with their phrasings and cues, are the question
side's (bot/data/intents.toml) and are read by the same loader.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent


@cache
def read_table(path: Path) -> dict[str, Any]:
    """A TOML file of the project, parsed once per process."""
    return tomllib.loads(path.read_text(encoding="utf-8"))


def table(name: str) -> dict[str, Any]:
    """knowledge/data/<name>.toml."""
    return read_table(DATA_DIR / f"{name}.toml")
