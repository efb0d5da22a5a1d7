"""The settings every entry point shares, read in one order: the environment, then `.env`.

`python -m bot` (bot.settings.Settings extends this class), `python -m bot ask`, `python -m bot
health` and `python -m knowledge …` all read `KB_PATH` here, so they all use one knowledge base.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from knowledge.paths import ENV_FILE, default_kb_path


class KnowledgeSettings(BaseSettings):
    """Where the knowledge base is."""

    model_config = SettingsConfigDict(
        env_file=ENV_FILE,
        env_file_encoding="utf-8",
        # `KB_PATH=` in a .env means "not set", not the empty path.
        env_ignore_empty=True,
        extra="ignore",
    )

    kb_path: Path = Field(default_factory=default_kb_path)
    """The SQLite file of the knowledge base (KB_PATH); relative paths are from the current
    folder. Default: see knowledge.paths.default_kb_path."""
