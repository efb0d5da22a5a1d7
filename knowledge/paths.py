"""Where the project's files live: the bundled articles and the knowledge base file."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
BUNDLED_ARTICLES = PACKAGE_DIR / "articles"
PROJECT_DIR = PACKAGE_DIR.parent
"""The source checkout, when the package runs from one (an editable install, `make run`)."""
APP_NAME = "tanya-lokalisasi"
ENV_FILE = ".env"
"""Settings read from the current folder; a variable set in the environment wins over it."""


def default_kb_path() -> Path:
    """The knowledge base file when `KB_PATH` is not set, the same from whatever folder.

    In a source checkout: `data/kb.sqlite` beside `pyproject.toml`. Installed as a package
    (site-packages): `$XDG_DATA_HOME/tanya-lokalisasi/kb.sqlite`, by default
    `~/.local/share/tanya-lokalisasi/kb.sqlite`. Never relative to the current directory, so
    `python -m bot ask` run from /tmp reads the same file as `make run`.
    """
    if (PROJECT_DIR / "pyproject.toml").is_file():
        return PROJECT_DIR / "data" / "kb.sqlite"
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / APP_NAME / "kb.sqlite"


DEFAULT_KB_PATH = default_kb_path()


def kb_path() -> Path:
    """The knowledge base file every entry point uses: `KB_PATH` from the environment, then
    from `.env` in the current folder, else `default_kb_path()` (see knowledge.settings)."""
    # The environment wins over `.env`: when it says KB_PATH (in one spelling of the name),
    # that is the answer, and `python -m bot ask` starts without loading pydantic-settings;
    # so it does when neither says anything (a tenth of a second of a cold start).
    spellings = [name for name in os.environ if name.lower() == "kb_path"]
    if spellings == ["KB_PATH"] and os.environ["KB_PATH"]:
        return Path(os.environ["KB_PATH"])
    if not spellings and not Path(ENV_FILE).is_file():
        return default_kb_path()
    from knowledge.settings import KnowledgeSettings

    return KnowledgeSettings().kb_path
