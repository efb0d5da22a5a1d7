"""Text normalisation shared by cleaning, extraction, indexing and question reading."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_INVISIBLE = dict.fromkeys(
    map(
        ord,
        "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
    )
)
_QUOTES = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u2032": "'",
        "`": "'",
        "\u2013": "-",
        "\u2014": "-",
        "\u2012": "-",
        "\u2212": "-",
    }
)
_SPACES = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WORD = re.compile(r"[0-9a-z]+(?:[.'][0-9a-z]+)*")


def tidy(text: str) -> str:
    """Normalise Unicode, quotes, dashes and spaces; keep case and punctuation."""
    if text.isascii() and text.isprintable():
        # Most chat text: no line breaks, controls or odd spaces, only runs of plain spaces.
        return " ".join(text.split())
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_QUOTES)
    text = _CONTROL.sub(" ", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n"))
    return "\n".join(lines)


def fold(text: str) -> str:
    """Lower-case, tidy text with accents removed (the form words are compared in)."""
    text = tidy(text).lower()
    if text.isascii():
        return text  # most chat text: nothing to decompose
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The words of `text` in folded form: 'Rp1,8 juta di Kaltim!' -> ['rp1', '8', 'juta', …]."""
    return _WORD.findall(fold(text).replace(",", " "))


def key(text: str) -> str:
    """A lookup key: folded words joined by single spaces ('Kab. Kotim' -> 'kab kotim')."""
    return " ".join(w.replace(".", " ").replace("'", "") for w in words(text)).replace("  ", " ")


_TERM = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[a-z]+(?:-[a-z]+)*")
MAX_PHRASE_WORDS = 4
_CODE = re.compile(r"\b[a-z]{1,3}(?!2\b)\d+\b(?![.,]\d)")
"""Letters glued to digits: a code ("sp1") or a name and its number ("km12"); not the "2" that
repeats a word in chat ("yg2")."""
_REPEATED = re.compile(r"\b([a-z]{3,})2\b(?![.,]\d)")
_NUMBERED_WORDS = frozenset(
    "jam pukul tgl tanggal gang blok lantai nomor nomer lorong jalan tahun".split()
)
"""Words a number follows ("jam2" is two o'clock, "gang2" Gang 2): no repetition."""


def _repeated(match: re.Match[str]) -> str:
    word = match.group(1)
    return match.group(0) if word in _NUMBERED_WORDS else f"{word} {word}"


_CODE_OR_TERM = re.compile(rf"{_CODE.pattern}|{_TERM.pattern}")


def _code_parts(token: str, table: dict[str, list[str]]) -> tuple[str, ...]:
    """A code whose letters the synonyms would read as a word stays one word; other letters
    and digits are two."""
    if not _CODE.fullmatch(token):
        return (token,)
    digits_at = next(i for i, ch in enumerate(token) if ch.isdigit())
    letters = token[:digits_at]
    return (token,) if letters in table else (letters, token[digits_at:])


@lru_cache(maxsize=1)
def synonyms() -> dict[str, tuple[str, ...]]:
    """The phrase table of data/synonyms.toml: folded phrase -> the words it becomes."""
    from knowledge import data

    table = data.table("synonyms")["phrases"]
    return {" ".join(_TERM.findall(k)): tuple(v.split()) for k, v in table.items()}


@lru_cache(maxsize=1)
def _phrase_heads() -> frozenset[str]:
    """First words of the table's phrases of more than one word."""
    return frozenset(phrase.split(" ")[0] for phrase in synonyms() if " " in phrase)


_SUFFIXES_STRIPPED = ("nya", "kah", "lah", "pun")


def strip_suffix(word: str, known: frozenset[str] | set[str] | None = None) -> str:
    """Drop -nya/-kah/-lah/-pun: always when `known` has the stem, else only -nya on long words."""
    if not word.endswith(_SUFFIXES_STRIPPED):
        return word  # most words: no suffix to try
    for suffix in _SUFFIXES_STRIPPED:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            stem = word[: -len(suffix)]
            if known is not None and stem in known:
                return stem
            if known is None and suffix == "nya" and len(stem) >= 4:
                return stem
    return word


def terms(text: str, known: frozenset[str] | set[str] | None = None) -> list[str]:
    """The words of `text` in one spelling: folded, synonyms applied, suffixes stripped.

    'Brp jmlh PSK-nya di Kotim?' -> ['berapa', 'jumlah', 'psk', 'di', 'kotim'].
    """
    # Tidying only changes spaces and control characters, which no word holds: plain ASCII text
    # needs no more than lower case to give the same words.
    folded = text.lower() if text.isascii() else fold(text)
    if "2" in folded:
        # Chat writes a repeated word with a 2 ("gara2", "cewek2"): the word twice, no number.
        folded = _REPEATED.sub(_repeated, folded)
    tokens = _TERM.findall(folded)
    table = synonyms()
    if _CODE.search(folded):
        # "SP1": a code, not the chat word its letters spell ("sp" is "siapa"); "km12" is
        # "km 12" as before.
        tokens = [
            part for m in _CODE_OR_TERM.finditer(folded) for part in _code_parts(m.group(0), table)
        ]
    if "-" in folded:
        tokens = [w for token in tokens for w in token.split("-")]
    heads = _phrase_heads()
    out: list[str] = []
    count = len(tokens)
    i = 0
    while i < count:
        word = tokens[i]
        # Only a word that starts a phrase of the table can start a longer match.
        if word in heads:
            longest = min(MAX_PHRASE_WORDS, count - i)
            phrase = next(
                (n for n in range(longest, 1, -1) if " ".join(tokens[i : i + n]) in table), 0
            )
            if phrase:
                out.extend(table[" ".join(tokens[i : i + phrase])])
                i += phrase
                continue
        if word in table:
            out.extend(table[word])
        elif not word.endswith(_SUFFIXES_STRIPPED):
            # Most words: no suffix to strip and not in the table as they are; only a chat
            # "ke-" passive may still be spelt out there.
            formal = _formal_passive(word) if word[:2] == "ke" else word
            if formal is not word and formal in table:
                out.extend(table[formal])
            else:
                out.append(word)
        else:
            stripped = strip_suffix(word, known)
            if stripped == word and known is not None and strip_suffix(word) in table:
                stripped = strip_suffix(word)  # "cowoknya": a chat word the table spells out
            if stripped != word and stripped in table:
                out.extend(table[stripped])
            elif (formal := _formal_passive(stripped)) in table:
                out.extend(table[formal])
            else:
                out.append(stripped)
        i += 1
    return out


def _formal_passive(word: str) -> str:
    """Chat 'ke-' for 'ter-': "kejaring" is "terjaring", "ketangkep" "tertangkep"."""
    return "ter" + word[2:] if word.startswith("ke") and len(word) > 5 else word


_PREFIXES = (
    "meng",
    "meny",
    "mem",
    "men",
    "me",
    "peng",
    "peny",
    "pem",
    "pen",
    "per",  # before "pe": "permodalan" is "modal", not "rmodal"
    "pe",
    "ber",
    "be",
    "ter",
    "di",
    "ke",
    "se",
)
# "-in" is chat for "-kan"/"-i": "disiapin", "nambahin".
_SUFFIXES = ("kannya", "annya", "nya", "kan", "an", "in", "i", "lah", "kah")


MIN_ROOT = 4
"""Letters a word keeps at least once an affix is taken off."""


def _without_suffix(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_ROOT:
            return word[: -len(suffix)]
    return word


def _without_prefix(word: str) -> str:
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 4:
            return word[len(prefix) :]
    return word


# meN- and peN- swallow the root's first letter: menyampaikan (sampai), memilih (pilih),
# menutup (tutup), mengirim (kirim).
_NASAL = {
    "meny": "s",
    "peny": "s",
    "mem": "p",
    "pem": "p",
    "men": "t",
    "pen": "t",
    "meng": "k",
    "peng": "k",
}


STEMS_MEMO = 32_768
"""Words whose roots are remembered (a few megabytes at most)."""


@lru_cache(maxsize=STEMS_MEMO)
def stems(word: str) -> frozenset[str]:
    """Rough roots `word` may have, for comparing word forms: 'mendampingi' and 'didampingi'
    share 'damping'; 'menutup' gives 'tutup' too, the letter meN- swallowed put back.

    Only for deciding whether a question's word is one the articles use in another form; never
    for matching places or names. Remembered: the same words are looked at question after
    question and sentence after sentence.
    """
    bares = [_without_suffix(word)]
    if word.endswith("kan") and len(word) - 2 >= MIN_ROOT:
        bares.append(word[:-2])  # "penggerebekan": the root's own "k", then "-an"
    found = {word}
    for bare in bares:
        # The bare form too: a root that looks prefixed ("sertifikat", "terminal") is kept
        # whole; and the word itself, whose "-an" may be the root's ("tandatangan").
        found |= {bare, _without_prefix(bare)}
        for prefix, letter in _NASAL.items():
            if bare.startswith(prefix) and len(bare) - len(prefix) >= 3:
                found.add(letter + bare[len(prefix) :])
    return frozenset(found)
