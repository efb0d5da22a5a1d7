"""Standard spellings a chat word may stand for.

Chat Indonesian writes many words the way they are spoken: the closing vowel of the last
syllable flattened to "e" ("deket", "diem"), an "h" dropped ("abis", "ketauan"), the schwa of a
consonant cluster dropped ("grebek"), the active prefix cut to its nasal ("nyita", "nunjuk")
and "-in" for "-kan"/"-i" ("nunjukin"). A question's word the articles and the lexicon do not
know is read as the standard word these regular changes lead to, when exactly one of them is a
known word; no list of chat words is kept.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from knowledge.text import stems

VOWELS = frozenset("aeiou")

_FLAT_LAST_VOWEL = re.compile(r"e([^aeiou]{1,2})$")
"""deket -> dekat, diem -> diam, seneng -> senang: the last syllable's "a" said as "e"."""

_NASAL_START = re.compile(r"^(?:ny|ng|n|m)[aeiou]")
"""nyita, ngamanin, nunjuk, mukul: meN- without its "me"."""

MIN_LENGTH = 4
"""Shorter chat words ("yg", "gk", "tu") are spelled out by the synonyms table."""


def _prefixed(word: str) -> Iterator[str]:
    yield word
    if _NASAL_START.match(word):
        yield "me" + word
    if word.startswith("ny"):
        yield "menc" + word[2:]  # nyiduk -> menciduk, nyari -> mencari: meN- before a "c"


def _suffixed(word: str) -> Iterator[str]:
    yield word
    if word.endswith("in") and len(word) > 4:
        stem = word[:-2]
        yield stem + "kan"
        yield stem + "i"


def _inner(word: str) -> Iterator[str]:
    """One spoken-form change undone: the flat vowel, a dropped "h" or a dropped schwa."""
    yield word
    flat = _FLAT_LAST_VOWEL.sub(r"a\1", word)
    if flat != word:
        yield flat
    if word.endswith("e"):
        yield word[:-1] + "ai"  # pake -> pakai, sampe -> sampai
    if word[0] in VOWELS:
        yield "h" + word  # abis -> habis
    for i in range(1, len(word)):
        before, after = word[i - 1], word[i]
        if before in VOWELS and after in VOWELS and before != after:
            yield word[:i] + "h" + word[i:]  # tau -> tahu, liat -> lihat
        elif after in "rl" and before not in VOWELS and before not in "rl":
            yield word[:i] + "e" + word[i:]  # grebek -> gerebek


def standard_forms(word: str) -> list[str]:
    """The spellings `word` may be chat for, itself excluded, in a fixed order."""
    if len(word) < MIN_LENGTH or not word.isalpha():
        return []
    forms: dict[str, None] = {}
    for inner in _inner(word):
        for suffixed in _suffixed(inner):
            for form in _prefixed(suffixed):
                forms[form] = None
    forms.pop(word, None)
    return list(forms)


def standard_word(word: str, *known: Collection[str]) -> str | None:
    """The one word of the `known` sets `word` is chat for, or None when none or several are."""
    found = [form for form in standard_forms(word) if any(form in words for words in known)]
    return found[0] if len(found) == 1 else None


def standard_relative(word: str, roots: frozenset[str]) -> str | None:
    """The one standard spelling of `word` that is another form of a known word: chat
    "grebek" for "gerebek" where an article says "menggerebek"."""
    found = [form for form in standard_forms(word) if stems(form) & roots]
    if len(found) > 1 and frozenset.intersection(*(stems(form) & roots for form in found)):
        # "nertibin": "menertibkan" or "menertibi", one root either way.
        return found[0]
    return found[0] if len(found) == 1 else None
