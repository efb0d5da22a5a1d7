"""`terms` and `tidy` take shortcuts on common text; the shortcuts change no result."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from hypothesis import given
from hypothesis import strategies as st

from knowledge.text import _TERM, MAX_PHRASE_WORDS, fold, strip_suffix, synonyms, terms, tidy

_SPACES = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
TESTS = Path(__file__).resolve().parent.parent


def _every_phrase_length(text: str) -> list[str]:
    """`terms` as it reads without the first-word shortcut: every phrase length at every word."""
    tokens = [w for token in _TERM.findall(fold(text)) for w in token.split("-")]
    table = synonyms()
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for n in range(min(MAX_PHRASE_WORDS, len(tokens) - i), 0, -1):
            phrase = " ".join(tokens[i : i + n])
            if phrase in table:
                out.extend(table[phrase])
                i += n
                break
        else:
            stripped = strip_suffix(tokens[i])
            out.extend(
                table[stripped] if stripped != tokens[i] and stripped in table else [stripped]
            )
            i += 1
    return out


def _texts() -> list[str]:
    texts = [f"di {phrase} itu" for phrase in synonyms()]
    for path in sorted((TESTS / "eval").glob("*.yaml")):
        texts += [item["q"] for item in yaml.safe_load(path.read_text())["questions"]]
    return texts


def test_terms_match_every_phrase_length() -> None:
    for text in _texts():
        assert terms(text) == _every_phrase_length(text), text


@given(st.text(alphabet=" ab\t\n.-\u00a0xyz", max_size=20))
def test_tidy_shortcut_matches_the_full_normalisation(text: str) -> None:
    if text.isascii() and text.isprintable():
        assert tidy(text) == _SPACES.sub(" ", text).strip()


@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=30))
def test_tidy_of_plain_ascii_collapses_spaces(text: str) -> None:
    assert tidy(text) == _SPACES.sub(" ", text).strip()
