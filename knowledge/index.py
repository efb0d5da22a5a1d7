"""The knowledge base in memory: a read-only snapshot of the store, indexed for answering."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from knowledge.models import Article, Fact, Place


@dataclass
class KnowledgeBase:
    """Articles, facts and places loaded from the store, with the indexes the answer engine uses."""

    articles: dict[str, Article] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    places: dict[str, Place] = field(default_factory=dict)

    def facts_of_article(self, article_id: str) -> list[Fact]:
        """The facts extracted from one article, in the order they were found."""
        return [fact for fact in self.facts if fact.article_id == article_id]


def load_kb(path: Path) -> KnowledgeBase:
    """Load the knowledge base at `path`, building it from the bundled articles when missing."""
    return KnowledgeBase()
