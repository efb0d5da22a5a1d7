"""Reading a tiny article with the extraction rules, and the facts one rule stated."""

from __future__ import annotations

import datetime as dt
from functools import cache

from knowledge.extract import extract_facts
from knowledge.places import Gazetteer

PUBLISHED = dt.date(2023, 5, 10)
"""The day every tiny article is published (dates without a year fall in 2023)."""
LEFT_OUT = {"id", "kind", "article_id", "quote", "as_of", "place_text", "number_text"}
"""Fields a row does not spell out: the same for every fact, or written as the sentence has."""


@cache
def _seeded() -> Gazetteer:
    return Gazetteer.seeded()


def stated_by(
    rule: str, article: str, title: str = "", published: dt.date | None = PUBLISHED
) -> list[dict[str, object]]:
    """The facts `rule` states in `article`: one sentence a line, a blank line between
    paragraphs. Each fact as its kind and the fields it sets (defaults left out)."""
    sentences = []
    for paragraph, block in enumerate(article.strip().split("\n\n")):
        for line in block.strip().splitlines():
            sentences.append((len(sentences), paragraph, line.strip()))
    extraction = extract_facts(_seeded().copy(), "uji", title, published, sentences)
    return [
        {"kind": fact.kind} | fact.model_dump(exclude=LEFT_OUT, exclude_defaults=True)
        for fact, by in zip(extraction.facts, extraction.rules, strict=True)
        if by == rule
    ]
