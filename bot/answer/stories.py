"""What the stories about a place no fact is filed under say of it.

A report on a raid in a kelurahan, or on a city council's call for a by-law, may hold no count,
closing or aid the extraction types: the place it is about then has no fact, and a question
about it would find nothing. But the report is about that place: its headline or its lead names
it, or it names it again and again. A question about the place is answered from those stories
alone, by the sentence that holds the asked kind of answer (a name, a place, a date, a figure)
and shares the question's own words; never from a story that names the place in passing.
"""

from __future__ import annotations

import re

from bot.answer.composed import Asked, Composed
from bot.answer.evidence import (
    _FIGURE,
    _WHEN,
    NUMBER_WORD,
    SEARCH_MIN_SCORE,
    STRICT_SEARCH_WORDS,
    _quoted,
    figure_pattern,
    telling,
)
from bot.answer.shaped import answer_shape, compose_shaped
from knowledge.index import IndexedSentence, KnowledgeBase
from knowledge.text import stems, terms


def compose_from_stories(
    asked: Asked, kb: KnowledgeBase, names: tuple[str, ...]
) -> Composed | None:
    """The answer the stories about a place known by `names` give: a sentence of theirs holding
    the asked kind of answer (see bot.answer.shaped) or, for any other question, one sharing
    several of its own words, with a figure when one is asked for."""
    stories = kb.stories_about(names)
    if not stories:
        return None
    shape = answer_shape(asked.words, asked.content)
    if shape is not None:
        return compose_shaped(asked, kb, shape, stories=stories)
    place_words = {w for name in names for w in name.split()}
    own = telling(asked) - place_words
    if len(own) < STRICT_SEARCH_WORDS:
        return None
    counted = asked.slots.counted
    asks_figure = "berapa" in asked.words or counted is not None
    said = set(asked.words)
    best: tuple[float, IndexedSentence] | None = None
    previous: IndexedSentence | None = None
    for sentence in kb.story_sentences(stories):
        # A figure often comes a sentence after what it counts ("… menyasar salah satu hotel
        # di kawasan Cibinong." then "Di dalamnya kami mendapatkan 16 orang wanita …").
        before = previous if previous and previous.article_id == sentence.article_id else None
        previous = sentence
        roots = kb.sentence_roots(sentence) | (kb.sentence_roots(before) if before else frozenset())
        written = sentence.terms | (before.terms if before else frozenset())
        shared = [w for w in own if w in written or stems(w) & roots]
        if len(shared) < STRICT_SEARCH_WORDS:
            continue
        if asks_figure and not _figure_of(counted, sentence, said):
            continue
        score = sum(kb.idf.get(w, 1.0) for w in shared) / (1 + 0.01 * len(sentence.terms))
        if score >= SEARCH_MIN_SCORE and (best is None or score > best[0]):
            best = (score, sentence)
    return _quoted(best[1], kb, asked) if best else None


_MONEY = re.compile(r"\bRp|\brupiah\b|\d\s*(?:juta|ribu|miliar)\b", re.IGNORECASE)
_PEOPLE = re.compile(
    rf"{_FIGURE}\s+(?:orang\s+)?(?:psk|wts|pekerja|perempuan|wanita|waria|orang|penghuni)\b",
    re.IGNORECASE,
)
_NOT_FIGURES = re.compile(
    r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)|\bpukul\s+[\d.:]+|\bsalah\s+satu", re.IGNORECASE
)
"""Digits and number words that count nothing: a date "(13/11)", a time, "salah satunya"."""


def _figure_of(counted: str | None, sentence: IndexedSentence, said: set[str]) -> bool:
    """Whether a sentence gives a figure of what a question counts (an amount of money, a head
    count, so many of the named thing), or any figure the question does not already say when it
    names nothing."""
    text = _NOT_FIGURES.sub(" ", sentence.text)
    if counted == "money":
        return _MONEY.search(text) is not None
    if counted == "when":
        return _WHEN.search(text.lower()) is not None
    if counted == "psk":
        return _PEOPLE.search(text) is not None
    if counted:
        return figure_pattern(counted).search(text) is not None
    return any(
        word not in said and (word[:1].isdigit() or NUMBER_WORD.fullmatch(word) is not None)
        for word in terms(text)
    )
