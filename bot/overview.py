"""What the bot knows, in a few lines: for /start, /help and the terminal's greeting."""

from __future__ import annotations

from pydantic import BaseModel

from knowledge.index import KnowledgeBase


class Overview(BaseModel):
    """Topics, places and years the knowledge base covers, and questions worth trying."""

    articles: int
    places: list[str]
    years: list[int]
    examples: list[str]


def describe(kb: KnowledgeBase) -> Overview:
    """Summarise what `kb` can answer."""
    years = sorted({a.published.year for a in kb.articles.values() if a.published})
    return Overview(
        articles=len(kb.articles),
        places=[],
        years=years,
        examples=["Berapa lokalisasi yang ditutup di Kaltim?"],
    )
