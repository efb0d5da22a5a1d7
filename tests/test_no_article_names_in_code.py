"""No name of a person or lokalisasi from the bundled or test articles is written into the code.

A rule that names one article's lokalisasi or people is tuning, not understanding: such names
belong in the articles, or in the curated data files (knowledge/data, bot/data). Comments and
docstrings may quote them as examples.
"""

from __future__ import annotations

import io
import re
import tokenize
from functools import cache
from pathlib import Path

import pytest

from knowledge.errors import KnowledgeError
from knowledge.lexicon import ORGANISATIONS
from knowledge.paths import BUNDLED_ARTICLES
from knowledge.pipeline import parse_article
from knowledge.places import Gazetteer

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted(BUNDLED_ARTICLES.glob("*.txt")) + sorted(
    (ROOT / "tests" / "fixtures").glob("**/articles/*.txt")
)
CODE = sorted(p for folder in ("bot", "knowledge") for p in (ROOT / folder).rglob("*.py"))
SHORTEST_NAME = 4
"""Shorter words ("Km", "Gang") are ordinary words, not names."""


@cache
def article_names() -> frozenset[str]:
    """The people and lokalisasi the articles name, as the extractor reads them (lower case)."""
    seeded = Gazetteer.seeded()
    names: set[str] = set()
    for path in ARTICLES:
        try:
            parsed = parse_article(path.read_text(encoding="utf-8"), path.stem, seeded.copy())
        except KnowledgeError:
            continue
        for fact in parsed.facts:
            # One-word people are often words the extractor took for names ("Nomor 73").
            if fact.name and (fact.kind == "site" or (fact.kind == "person" and " " in fact.name)):
                names.add(fact.name.lower())
        names |= {p.name.lower() for p in parsed.places if p.level == "lokalisasi"}
    return frozenset(
        n for n in names if len(n) >= SHORTEST_NAME and not n[0].isdigit() and _proper(n)
    )


@cache
def _article_words() -> frozenset[str]:
    """Every word the articles write in lower case somewhere: ordinary words, not names."""
    text = " ".join(path.read_text(encoding="utf-8") for path in ARTICLES)
    return frozenset(re.findall(r"\b[a-z][a-z-]+\b", text))


def _proper(name: str) -> bool:
    """A name, not a word the extractor mistook for one ("nomor"), an office ("Kemensos") or
    an ordinary word ("tuna" of "wanita tuna susila")."""
    words = name.split()
    if any(pattern.search(name) for pattern, _ in ORGANISATIONS):
        return False
    return not all(word in _article_words() for word in words)


def code_text(path: Path) -> str:
    """A module's code without its comments and docstrings: names, operators and literals."""
    source = path.read_text(encoding="utf-8")
    kept: list[str] = []
    previous = tokenize.NEWLINE
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            continue
        # A string standing alone as a statement is a docstring.
        docstring = token.type == tokenize.STRING and previous in (
            tokenize.NEWLINE,
            tokenize.NL,
            tokenize.INDENT,
            tokenize.DEDENT,
        )
        if not docstring:
            kept.append(token.string)
        if token.type not in (tokenize.NL, tokenize.COMMENT):
            previous = token.type
    return " ".join(kept).lower()


def test_the_articles_name_people_and_lokalisasi() -> None:
    """The check below has names to look for: the extractor finds them in the articles."""
    assert len(article_names()) >= 30


@pytest.mark.parametrize("path", CODE, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_article_name_in_code(path: Path) -> None:
    text = code_text(path)
    found = sorted(
        name
        for name in article_names()
        if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    )
    assert not found, f"{path.relative_to(ROOT)} names {found}: move them to data or comments"
