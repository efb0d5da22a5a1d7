"""Why lokalisasi are closed: the reasons the articles give."""

from __future__ import annotations

import functools
import re

from bot.answer.composed import Asked, Composed, Composer
from bot.answer.select import around, finding, within
from bot.understand import TOPIC_WORDS
from knowledge.index import KnowledgeBase
from knowledge.lexicon import REASON_CUES
from knowledge.models import Fact


@functools.lru_cache(maxsize=1024)
def _reason_words(quote: str) -> tuple[str, ...]:
    """The words that make a sentence a reason: 'eksploitasi', 'instruksi presiden' …
    (read once per quote: the same few reasons answer every "kenapa")."""
    low = quote.lower()
    cues = tuple(m.group(0) for _, pattern in REASON_CUES[:2] for m in pattern.finditer(low))
    if cues:
        return cues
    # "… ditutup agar anak-anak tumbuh di lingkungan sehat": the purpose itself, not "alasan".
    purpose = _PURPOSE_RE.search(low)
    return (" ".join(purpose["what"].split()[:PURPOSE_WORDS]),) if purpose else ()


_PURPOSE_RE = re.compile(r"\b(?:karena|sebab|agar|supaya|guna)\s+(?P<what>[^,.;:!?\"”“]+)")
PURPOSE_WORDS = 8
"""The most words of a purpose the summary names (the quote below it has all of them)."""


_GENERIC = frozenset(
    "kenapa mengapa apa alasan pemerintah daerah kota kabupaten provinsi dinas sosial kepala "
    "yang sih dong ya kata di ke dari untuk itu ini".split()
)


def compose_reason(asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """'Kenapa lokalisasi ditutup?': the reasons the articles give, the most telling first."""
    slots = asked.slots
    facts = within("reason", slots.places, kb)
    if not facts and slots.places:
        # A lokalisasi's reasons are mostly given for its regency: "Warga menolak penutupan …".
        facts = [f for f in around("reason", slots.places, kb) if f.place_id != "ID"]
    if not facts:
        return None
    order = {"dampak buruk": 0, "perintah": 1, "target": 2, "alasan": 0}
    telling = {w for w in asked.words if w not in _GENERIC and w not in TOPIC_WORDS}

    def relevance(fact: Fact) -> float:
        # "… kata bu mensos": the article the minister speaks in counts too.
        sentence = kb.sentences.get((fact.article_id, fact.sentence_id))
        said = sentence.terms if sentence else frozenset()
        context = kb.article_terms(fact.article_id)
        return sum(kb.idf.get(w, 1.0) * ((w in said) + 0.5 * (w in context)) for w in telling)

    facts = sorted(facts, key=lambda f: (-round(relevance(f), 1), order.get(f.label or "", 3)))
    findings = [finding(kb, f"Alasan ({f.label}):", f) for f in facts[:3]]
    cues = [cue for f in facts[:3] for cue in _reason_words(f.quote)]
    named = ", ".join(dict.fromkeys(cues)) or ", ".join(dict.fromkeys(f.label or "" for f in facts))
    return Composed(f"Alasan penutupan yang disebut sumber berita: {named}.", findings)


COMPOSERS: dict[str, Composer] = {"closure_reason": compose_reason}
