"""From raw article text to an article with sentences, places and cited facts."""

from __future__ import annotations

import hashlib

from knowledge.errors import NoFacts
from knowledge.models import Article, ParsedArticle, Sentence
from knowledge.places import Gazetteer


def parse_article(raw: str, article_id: str, gazetteer: Gazetteer) -> ParsedArticle:
    """Clean `raw`, detect title/outlet/date, and extract facts; raise NoFacts when there are none."""
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    article = Article(
        id=article_id,
        title=lines[0] if lines else article_id,
        sha256=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
        raw=raw,
    )
    sentences = [Sentence(article_id=article_id, id=i, paragraph=i, text=t) for i, t in enumerate(lines[1:])]
    raise NoFacts(f"Artikel {article_id} tidak memuat fakta tentang lokalisasi yang bisa dikenali.")
    return ParsedArticle(article=article, sentences=sentences, facts=[])
