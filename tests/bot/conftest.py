"""The knowledge base the bot's tests answer from, and a file of their own for what they record."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.index import KnowledgeBase, build_in_memory, read_kb
from knowledge.paths import BUNDLED_ARTICLES


def with_bundled(*stories: tuple[str, str]) -> KnowledgeBase:
    """A knowledge base of the bundled articles and `stories` (id, text): a story alone is too
    small a collection for the word weights sentence search goes by."""
    bundled = [(p.stem, p.read_text(encoding="utf-8")) for p in BUNDLED_ARTICLES.glob("*.txt")]
    return build_in_memory([*bundled, *stories])


@pytest.fixture(scope="session")
def kb(built_kb: Path) -> KnowledgeBase:
    """The knowledge base built from the bundled articles, once for the session."""
    return read_kb(built_kb)


@pytest.fixture
def kb_path(tmp_path: Path) -> Path:
    """A knowledge base file of the test's own (empty SQLite), for unanswered questions."""
    path = tmp_path / "kb.sqlite"
    path.touch()
    return path
