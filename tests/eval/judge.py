"""The question-set judge: what a correct reply must contain (the rules of the eval scorer).

An item holds `numbers` (read the Indonesian way: 1.315 = 1315, Rp1,8 juta = 1800000), `text`,
`source` (article keys) or `abstain`; an inner list means any one of its items.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

MULTIPLIERS = {
    "ribu": 10**3,
    "rb": 10**3,
    "juta": 10**6,
    "jt": 10**6,
    "miliar": 10**9,
    "milyar": 10**9,
    "triliun": 10**12,
}
WORDS = {
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "seratus": 100,
    "seribu": 1000,
}
NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s*(ribu|rb|juta|jt|miliar|milyar|triliun)\b)?",
    re.IGNORECASE,
)


def numbers_in(text: str) -> set[int]:
    """Every number written in `text`, read the Indonesian way."""
    found: set[int] = set()
    for whole, frac, mult in NUMBER.findall(text.replace("Rp", " ").replace("rp", " ")):
        try:
            value = Decimal(whole.replace(".", "") + ("." + frac if frac else ""))
        except InvalidOperation:
            continue
        if mult:
            value *= MULTIPLIERS[mult.lower()]
        if value == value.to_integral_value():
            found.add(int(value))
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in WORDS:
            found.add(WORDS[word])
    return found


def squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def holds(want: Any, have: set[int] | str) -> bool:
    """`want` is one required item; a list means any one of its items (a nested list: all)."""
    if isinstance(want, list):
        return any(
            all(holds(w, have) for w in alt) if isinstance(alt, list) else holds(alt, have)
            for alt in want
        )
    if isinstance(have, set):
        return int(want) in have
    return str(want).lower() in have


def cites(reply: dict[str, Any], keys: list[str], articles: dict[str, Any]) -> bool:
    for citation in reply.get("citations") or []:
        title = squash(str(citation.get("title") or ""))
        article_id = str(citation.get("article_id") or "")
        for article_key in keys:
            article = articles[article_key]
            stem = article["file"].rsplit(".", 1)[0]
            if (
                squash(article["title_key"]) in title
                or article_id in (stem, article["file"])
                or stem.split("_")[-1] in article_id
            ):
                return True
    return False


def judge(item: dict[str, Any], reply: dict[str, Any], articles: dict[str, Any]) -> list[str]:
    """The reasons this reply falls short of the item; empty when it is right."""
    if item.get("abstain"):
        return [] if reply.get("found") is False else ["should abstain (found=false), but answered"]
    problems = []
    if reply.get("found") is not True:
        problems.append("found is not true")
    answer = str(reply.get("answer") or "")
    have_numbers, have_text = numbers_in(answer), answer.lower()
    problems += [
        f"number {w} missing" for w in item.get("numbers", []) if not holds(w, have_numbers)
    ]
    problems += [f"text {w!r} missing" for w in item.get("text", []) if not holds(w, have_text)]
    if item.get("source") and not cites(reply, item["source"], articles):
        problems.append(f"no citation of {'/'.join(item['source'])}")
    return problems
