"""Several questions in one message: "psk di jembatan tiga ada brp, rumah karaokenya brp",
"sumsel msh ada brp lokalisasi? kalo nasional?".

The message is cut where one question ends and another begins; each is answered in turn, a
later one as a follow-up of the one before (its place carries over), and the replies are
joined. Chatter around a question ("halo kak", "thx") stays with it.
"""

from __future__ import annotations

import re

from bot.understand import NEXT_QUESTION, QUESTION_WORDS
from knowledge.text import terms

_SEGMENT_END_RE = re.compile(r"(?<=\?)\s*")
_CLAUSE_END_RE = re.compile(r"(?<=[,;&])\s*")
_CUT_RE = re.compile(r"[,;&]|\?(?=.*\w)")
_AND_RE = re.compile(r"\s+dan\s+")
MIN_WORDS_BEFORE_AND = 3
"""Words the first of two questions joined by "dan" says at least ("Saritem ditutup kapan")."""
SHORT_PART_WORDS = 3
"""Words of a part after "dan" short enough to be a question of its own ("sisanya brp")."""


def _asks(text: str) -> bool:
    return bool(set(terms(text)) & QUESTION_WORDS)


def _opener(text: str) -> int:
    """How many of a part's first words open it as the next question ("trus", "kalo")."""
    words = terms(text)
    count = 0
    while count < len(words) and words[count] in NEXT_QUESTION:
        count += 1
    return count if count < len(words) else 0


def _without_opener(text: str) -> str:
    """'trus brp kk yg dapet' -> 'brp kk yg dapet'."""
    for _ in range(_opener(text)):
        text = re.sub(r"^\W*\w+", "", text, count=1)
    return text.strip(" ,;")


def _cut_at_and(message: str) -> str:
    """ "… ditutup tahun berapa dan oleh wali kota siapa?": an "and" right after the word that
    asks, before a part that asks again, joins two questions; a comma cuts them."""
    for match in reversed(list(_AND_RE.finditer(message))):
        before, after = message[: match.start()], message[match.end() :]
        said = before.split()
        asked = terms(said[-1]) if said else []
        # "kapan dan di mana …" asks one thing two ways: the first part must say something.
        first = terms(after.split()[0]) if after.split() else []
        # "… apa namanya dan kapan ditutup": a part that asks, then one that opens by asking.
        asks_again = bool(first) and first[0] in QUESTION_WORDS and _asks(before)
        # "udah brp yg ditutup dan sisa brp": a short part asking again of what is left.
        short_again = _asks(before) and len(after.split()) <= SHORT_PART_WORDS
        if (
            len(said) >= MIN_WORDS_BEFORE_AND
            and asked
            and (asked[-1] in QUESTION_WORDS or asks_again or short_again)
            and _asks(after)
        ):
            message = f"{before}, {after}"
    return message


def split_questions(message: str) -> list[str]:
    """The questions of a message, in order; a message of one question comes back whole."""
    if " dan " in message:
        message = _cut_at_and(message)
    if not _CUT_RE.search(message.strip()):
        return [message.strip()]  # no comma and no "?" before its end: one question
    parts: list[str] = []
    pending: list[str] = []  # chatter before a question, said with it
    for segment in _SEGMENT_END_RE.split(message.strip()):
        if not segment.strip():
            continue
        clauses = [c for c in _CLAUSE_END_RE.split(segment) if c.strip()]
        asking = [i for i, clause in enumerate(clauses) if _asks(clause)]
        if not asking:
            if parts and _opener(segment) and segment.rstrip().endswith("?"):
                parts.append(segment)  # "kalo nasional?": the question before, elsewhere
            elif parts:
                parts[-1] = f"{parts[-1]} {segment}"  # "thx", "makasih kak"
            else:
                pending.append(segment)
            continue
        start = 0
        for index in asking[:-1]:
            parts.append(" ".join([*pending, *clauses[start : index + 1]]))
            pending, start = [], index + 1
        parts.append(" ".join([*pending, *clauses[start:]]))
        pending = []
    if pending:
        parts = [" ".join(pending)] if not parts else [*parts[:-1], " ".join([parts[-1], *pending])]
    if len(parts) < 2:
        return [message.strip()]
    return [parts[0].strip(), *(_without_opener(part) or part.strip() for part in parts[1:])]
