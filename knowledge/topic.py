"""Whether a text is about the knowledge base's one subject: lokalisasi and prostitution."""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge.text import fold

TOPIC_WORDS = (
    "lokalisasi",
    "lokasisasi",  # a typo the bundled articles show
    "prostitusi",
    "pelacuran",
    "psk",
    "pekerja seks",
    "penjaja seks",
    "wanita tuna susila",
    "wanita penghibur",
    "wts",
    "mucikari",
    "germo",
    "resosialisasi",
    "rumah bordil",
    "esek-esek",
)
"""Words of which a page about the subject holds at least one (folded, whole words)."""
_TOPIC = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in TOPIC_WORDS) + r")\b")

STORY_TOPIC_SENTENCES = 2
"""Sentences (the headline counts as one) that must name the subject for a story with no typed
fact to be kept: a raid on a café "diduga menjadi tempat prostitusi" says so more than once,
while a council report that mentions prostitution among twenty other matters says so once."""


def mentions_topic(text: str) -> bool:
    """Whether `text` names the subject (lokalisasi, PSK, prostitusi …) at all."""
    return _TOPIC.search(fold(text)) is not None


def is_about_topic(texts: Iterable[str]) -> bool:
    """Whether enough of a story's headline and sentences name the subject to keep the story."""
    return sum(mentions_topic(text) for text in texts) >= STORY_TOPIC_SENTENCES
