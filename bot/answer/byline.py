"""Who wrote a story: "siapa wartawan yang nulis berita soal modal usaha 5 juta?".

No kind of fact holds it: the byline is the article's own (`Article.author`, read from lines
like "Penulis: …" or "Laporan Wartawan Tribun Kaltim, …"). The story asked about is the one
whose outlet the question names and whose sentences share the most of its words.
"""

from __future__ import annotations

from collections import defaultdict

from bot import tables
from bot.answer.composed import Asked, Composed
from bot.models import Finding
from knowledge.dates import format_date
from knowledge.index import IndexedSentence, KnowledgeBase
from knowledge.text import terms

_READING = tables.words()["reading"]
BYLINE_WORDS = frozenset(_READING["byline"].split())
"""Words asking who wrote a story (knowledge/data/words.toml)."""
WRITING_WORDS = frozenset(_READING["byline_verbs"].split())
STORY_WORDS = frozenset(_READING["story"].split())
"""A writing verb asks who wrote a story only with one of these."""
OUTLET_WEIGHT = 10.0
"""A story of the outlet the question names beats any sentence search score (a strong match
of two rare words scores about 5)."""
STORIES_SEARCHED = 12
"""Sentences the story is chosen among."""


def asks_byline(words: list[str]) -> bool:
    """'Siapa penulis berita …', 'siapa wartawan yg nulis …': who wrote a story."""
    asked = set(words)
    if "siapa" not in asked:
        return False
    return bool(BYLINE_WORDS & asked) or bool(WRITING_WORDS & asked and STORY_WORDS & asked)


def compose_byline(asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """The byline of the story the question points at, with a sentence of it as the source;
    None when the stories it may be have no byline or none fits."""
    words = set(asked.words)
    asked_about = [w for w in asked.content if w not in BYLINE_WORDS | WRITING_WORDS]
    scores: dict[str, float] = defaultdict(float)
    best: dict[str, IndexedSentence] = {}
    for score, sentence in kb.search(asked_about, asked.slots.places, limit=STORIES_SEARCHED):
        # A story's best sentence, not the sum: a long story shares common words many times.
        scores[sentence.article_id] = max(scores[sentence.article_id], score)
        best.setdefault(sentence.article_id, sentence)
    for article in kb.articles.values():
        # "Tribun Kaltim" is named by "tribun": "kaltim" names the province asked about.
        outlet = {w for w in terms(article.publisher or "") if w not in kb.names}
        if words & outlet:
            scores[article.id] += OUTLET_WEIGHT
    if not scores:
        return None
    story = max(scores, key=lambda article_id: scores[article_id])
    article = kb.articles.get(story)
    if article is None or not article.author:
        return None
    when = f", {format_date(article.published)}" if article.published else ""
    outlet = f" ({article.publisher}{when})" if article.publisher else ""
    summary = f"Berita “{article.title}”{outlet} ditulis oleh {article.author}."
    sentence = best.get(story) or kb.sentences.get((story, 0))
    if sentence is None:
        return None
    citation = kb.sentence_citation(sentence)
    return Composed(summary, [Finding(text=f"Penulis: {article.author}", citations=(citation,))])
