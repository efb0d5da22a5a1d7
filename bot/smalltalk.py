"""Small talk: greetings, thanks, goodbyes, "siapa kamu", "bisa apa".

A message made only of such phrases (and friendly fillers like "ya", "kak", "bot") gets a short,
kind reply instead of the off-topic refusal: found is false (no fact answered it), the intent is
SMALL_TALK_INTENT, and the shells keep it out of the admins' unanswered inbox. A message that
also asks something ("halo, berapa psk di kaltim?") is not small talk and goes to the engine.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.models import SMALL_TALK_INTENT, Answer
from knowledge.index import KnowledgeBase

PHRASES: dict[str, str] = {
    "greeting": "halo, hallo, helo, hai, hay, hi, hello, hey, pagi, siang, sore, malam, "
    "selamat pagi, selamat siang, selamat sore, selamat malam, assalamualaikum, "
    "assalamu alaikum, asalamualaikum, salam, permisi, tes, test, p",
    "thanks": "terima kasih, terimakasih, trimakasih, makasih, makasi, mksh, trims, thanks, "
    "thank you, thx, tengkyu, tq, matur nuwun",
    "ack": "ok, oke, okay, sip, siap, mantap, baik, noted",
    "goodbye": "bye, bye bye, dadah, dah, sampai jumpa, sampai nanti, selamat tinggal, see you",
    "identity": "siapa kamu, kamu siapa, siapa anda, anda siapa, ini siapa, ini bot apa, "
    "kamu bot, kamu bot apa, siapa namamu, siapa nama kamu, nama kamu siapa, kamu itu apa, "
    "who are you",
    "abilities": "bisa apa, kamu bisa apa, anda bisa apa, bisa apa saja, bisa bantu apa, "
    "bisa ngapain, kamu bisa ngapain, apa yang bisa kamu lakukan, apa yang bisa anda lakukan, "
    "apa yang bisa kamu jawab, bisa jawab apa, apa fungsimu, apa fungsi kamu, what can you do, "
    "bantu saya",
}
"""Each kind of small talk, as comma-separated phrases (lower case, words only)."""
FILLERS = frozenset(
    "ya yah yaa iya dong deh nih sih kak kakak bot min mimin bang mas mbak pak bu banyak "
    "sekali semuanya all guys lagi ya juga nya kok ini".split()
)
"""Words that make small talk friendlier without making it a question."""
ORDER = ("thanks", "ack", "greeting", "identity", "abilities", "goodbye")
"""How the parts of a reply follow each other ("makasih, bye" thanks first)."""

ABOUT = (
    "Saya Tanya Lokalisasi, bot yang menjawab pertanyaan tentang penutupan lokalisasi di "
    "Indonesia dari artikel berita; setiap jawaban menyebutkan sumbernya."
)
ABILITIES = (
    "Saya bisa menjawab berapa lokalisasi yang ditutup dan kapan, jumlah pekerja seks, target "
    "bebas lokalisasi, dan bantuan bagi mantan pekerja, selalu dengan sumber beritanya."
)
REPLIES = {
    "thanks": "Sama-sama! Silakan bertanya lagi kapan saja.",
    "ack": "Baik! Silakan bertanya lagi kapan saja.",
    "identity": ABOUT,
    "abilities": ABILITIES,
    "goodbye": "Sampai jumpa! Silakan kembali bila ada pertanyaan soal lokalisasi.",
}
EXAMPLES_SHOWN = 3
_WORD = re.compile(r"[a-z]+")
_CATEGORY = {
    tuple(phrase.split()): name for name, group in PHRASES.items() for phrase in group.split(",")
}
_LONGEST_PHRASE = max(len(words) for words in _CATEGORY)
_HEADS = frozenset(words[0] for words in _CATEGORY)
_STRETCHED = re.compile(r"(.)\1+$")
_PUNCTUATION = ".,!?;:…'\"()-"
CACHED_QUESTIONS = 4096
"""The same text is asked again and again ("halo", the examples): the verdict is kept."""
MAX_CHARS = 80
"""Longer messages are never only small talk (the longest phrases with fillers are ~50)."""


def _unstretched(word: str) -> str:
    """'haloo' -> 'halo'; a word that does not end in a repeated letter is left as it is
    without running the pattern (most words: this is asked of every question)."""
    if word[-2:-1] != word[-1:]:
        return word
    return _STRETCHED.sub(r"\1", word)


@lru_cache(maxsize=CACHED_QUESTIONS)
def _categories(question: str) -> tuple[str, ...] | None:
    """The kinds of small talk the message consists of, or None if it says anything else."""
    if len(question) > MAX_CHARS:
        return None  # the hot path: a real question is over quickly
    lowered = question.lower()
    # Cheap first look: small talk starts with one of its phrases' first words.
    for token in lowered.split(maxsplit=4):
        first = token.strip(_PUNCTUATION)
        if first not in FILLERS:
            break
    else:
        first = ""
    if first not in _HEADS and first.isalpha() and _unstretched(first) not in _HEADS:
        return None
    words = [w for w in _WORD.findall(lowered) if w not in FILLERS]
    # "haloo", "makasihhh": stretched letters read as one.
    words = [_unstretched(w) for w in words]
    if not words or words[0] not in _HEADS:
        return None
    found: list[str] = []
    at = 0
    while at < len(words):
        for size in range(min(_LONGEST_PHRASE, len(words) - at), 0, -1):
            name = _CATEGORY.get(tuple(words[at : at + size]))
            if name:
                found.append(name)
                at += size
                break
        else:
            return None
    return tuple(found)


def _greeting(question: str) -> str:
    lowered = question.lower()
    for part in ("pagi", "siang", "sore", "malam"):
        if part in lowered.split() or f"selamat {part}" in lowered:
            return f"Selamat {part}! {ABOUT}"
    if "assalamu" in lowered or "asalamu" in lowered:
        return f"Waalaikumsalam! {ABOUT}"
    return f"Halo! {ABOUT}"


def small_talk(question: str, kb: KnowledgeBase) -> Answer | None:
    """A kind reply when `question` is only small talk, else None."""
    found = _categories(question)
    if not found:
        return None  # before the import below: every question asks this, few are small talk
    from bot.suggest import varied_examples

    kinds = [name for name in ORDER if name in found]
    if "thanks" in kinds and "ack" in kinds:
        kinds.remove("ack")
    texts = [_greeting(question) if k == "greeting" else REPLIES[k] for k in kinds]
    if "greeting" in kinds and "identity" in kinds:
        texts.remove(ABOUT)
    examples: tuple[str, ...] = ()
    if {"greeting", "identity", "abilities"} & set(kinds):
        examples = tuple(varied_examples(kb, EXAMPLES_SHOWN))
    return Answer(
        question=question,
        found=False,
        intent=SMALL_TALK_INTENT,
        confidence=1.0,
        summary=" ".join(dict.fromkeys(texts)),
        suggestions=examples,
    )
