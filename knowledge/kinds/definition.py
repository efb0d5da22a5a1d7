"""Definitions: what an abbreviation in brackets stands for ("Panti Sosial Karya Wanita
(PSKW)"); a region's short name ("Kalimantan Utara (Kaltara)") is learnt as its alias."""

from __future__ import annotations

import re
from typing import ClassVar, Literal

from knowledge import lexicon as lx
from knowledge.describe import definition_text
from knowledge.extract.context import Context, SentenceView
from knowledge.kinds.spec import Kind, KindFact
from knowledge.models import Alias
from knowledge.text import key

_BRACKETED_RE = re.compile(r"\(([A-Za-z][A-Za-z-]{1,15})\)")
# "lokalisasi Gang 12 atau yang biasa disingkat G12": a short form given in words.
_SHORTENED_RE = re.compile(
    r"\s+(?:atau\s+)?(?:yang\s+)?(?:biasa\s+|sering\s+|kerap\s+)?(?:disingkat|singkatannya)"
    r"\s+(?:menjadi\s+)?[\"“]?([A-Za-z][A-Za-z0-9-]{1,15})\b"
)
MIN_CAPITALS = 2
"""An abbreviation has two capitals at least ("PSK", "Kemensos" is a word with one)…"""
MIN_CAPITALISED_LENGTH = 5
"""… or one capital and this many letters ("Dinsos" is not, "Kemensos" is)."""
EXTRA_WORDS = 5
"""How many words more than its letters a long form may have ("dan", "Pendapatan dan")."""


def definitions(ctx: Context, view: SentenceView) -> None:
    """Each abbreviation in brackets whose letters the words before it spell."""
    for match in _BRACKETED_RE.finditer(view.text):
        short = match.group(1)
        capitals = sum(ch.isupper() for ch in short)
        if capitals < MIN_CAPITALS and not (
            short[0].isupper() and len(short) >= MIN_CAPITALISED_LENGTH
        ):
            continue
        long_form = expand_abbreviation(short, view.text[: match.start()].rstrip())
        if not long_form:
            continue
        if key(short) in key(long_form).split():
            continue  # "Nunukan Tengah (Nunukan)": the region it lies in, not a short form
        common = key(short) in lx.COMMON_ABBREVIATIONS
        for pid in [] if common else ctx.gazetteer.lookup(long_form):
            # "Kalimantan Utara (Kaltara)": a region's short name, learnt as an alias.
            if pid not in ctx.gazetteer.lookup(short):
                ctx.learn_alias(Alias(alias=key(short), place_id=pid))
        ctx.emit(ctx.fact(view, "definition", name=short, detail=long_form))


def shortened(ctx: Context, view: SentenceView) -> None:
    """'Gang 12 atau yang biasa disingkat G12': the short form and the name it shortens."""
    for match in _SHORTENED_RE.finditer(view.text):
        short = match.group(1)
        if sum(ch.isupper() or ch.isdigit() for ch in short) < MIN_CAPITALS:
            continue
        long_form = expand_abbreviation(short, view.text[: match.start()].rstrip())
        if long_form:
            ctx.emit(ctx.fact(view, "definition", name=short, detail=long_form))


def expand_abbreviation(short: str, before: str) -> str | None:
    """The long form an abbreviation in brackets stands for (Schwartz & Hearst, 2003).

    Letters of the short form are matched right to left against the words before it; the
    first letter must start a word. 'Panti Sosial Karya Wanita (PSKW)', 'Kementerian Sosial
    (Kemensos)', 'Anggaran Pendapatan dan Belanja Negara (APBN)'.
    """
    words = before.split()
    window = words[-min(len(words), len(short) + EXTRA_WORDS) :]
    candidate = " ".join(window)
    letters = short.lower().replace("-", "")
    s_index, l_index = len(letters) - 1, len(candidate) - 1
    while s_index >= 0:
        char = letters[s_index]
        while l_index >= 0 and (
            candidate[l_index].lower() != char
            or (s_index == 0 and l_index > 0 and candidate[l_index - 1].isalnum())
        ):
            l_index -= 1
        if l_index < 0:
            return None
        s_index -= 1
        l_index -= 1
    start = candidate.rfind(" ", 0, l_index + 1) + 1
    long_form = candidate[start:].strip(" ,")
    long_words = long_form.split()
    if len(long_words) < 2 or not long_form[:1].isupper():
        return None
    if key(long_form) == key(short) or len(long_form) <= len(short):
        return None
    return long_form


# "Alaska (alas karet)": a name and, in brackets in lower case, the words it is made of.
_SPELLED_OUT_RE = re.compile(r"\b([A-Z][a-z]{3,15})\s+\(([a-z]{2,}(?:\s+[a-z]{2,}){1,3})\)")
MIN_SYLLABLE = 2
"""Letters at least that an acronym takes from each word ("Alaska": "alas" + "ka")."""


def spelled_out(ctx: Context, view: SentenceView) -> None:
    """'Alaska (alas karet)': a name made of the beginnings of the words after it, the way
    Indonesian coins acronyms (Kaltara, Sarkem)."""
    for match in _SPELLED_OUT_RE.finditer(view.text):
        name, words = match.group(1), match.group(2).split()
        if _made_of(name.lower(), words):
            ctx.emit(ctx.fact(view, "definition", name=name, detail=match.group(2)))


def _made_of(short: str, words: list[str]) -> bool:
    """Whether `short` is the beginnings of every one of `words`, in order."""
    if not words:
        return not short
    first = words[0]
    return any(
        short.startswith(first[:n]) and _made_of(short[n:], words[1:])
        for n in range(min(len(first), len(short)), MIN_SYLLABLE - 1, -1)
    )


RULES = (definitions, shortened, spelled_out)
"""The definition rules, in the order they run."""


class DefinitionFact(KindFact):
    """An abbreviation (`name`) and what it stands for (`detail`)."""

    FIELDS: ClassVar[frozenset[str]] = frozenset({"name", "detail"})
    kind: Literal["definition"] = "definition"
    unit: None = None


KIND = Kind(
    name="definition",
    label="istilah",
    model=DefinitionFact,
    rules=RULES,
    editable=("name", "detail"),
    describe=definition_text,
)
