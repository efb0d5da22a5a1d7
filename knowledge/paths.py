"""Where the project's files live: the bundled articles and the knowledge base file."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
BUNDLED_ARTICLES = PACKAGE_DIR / "articles"
DATA_DIR = PACKAGE_DIR / "data"
DEFAULT_KB_PATH = Path("data") / "kb.sqlite"


def kb_path() -> Path:
    """The knowledge base file: `KB_PATH` from the environment, else data/kb.sqlite."""
    return Path(os.environ.get("KB_PATH") or DEFAULT_KB_PATH)
