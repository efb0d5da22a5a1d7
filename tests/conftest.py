"""Knowledge bases shared by the engine tests, built for real from article text."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.index import KnowledgeBase, build_in_memory
from knowledge.paths import BUNDLED_ARTICLES

FIXTURE_ARTICLES = Path(__file__).parent / "fixtures" / "articles"


def _articles(*folders: Path) -> list[tuple[str, str]]:
    return [
        (path.stem, path.read_text(encoding="utf-8"))
        for folder in folders
        for path in sorted(folder.glob("*.txt"))
    ]


@pytest.fixture(scope="session")
def bundled_kb() -> KnowledgeBase:
    """The knowledge base of the five bundled articles."""
    return build_in_memory(_articles(BUNDLED_ARTICLES))


@pytest.fixture(scope="session")
def wider_kb() -> KnowledgeBase:
    """The bundled articles plus the test-only articles about other places."""
    return build_in_memory(_articles(BUNDLED_ARTICLES, FIXTURE_ARTICLES))
