"""What the bot knows, in a few lines: for /start, /help, the terminal greeting and abstentions."""

from __future__ import annotations

from collections import Counter

from pydantic import BaseModel

from knowledge.index import KnowledgeBase
from knowledge.lexicon import OTHER_UNITS
from knowledge.places import INDONESIA


class Overview(BaseModel):
    """Topics, places and years the knowledge base covers, and questions worth trying."""

    articles: int
    places: list[str]
    years: list[int]
    examples: list[str]


def _regions(kb: KnowledgeBase, limit: int) -> list[str]:
    """The provinces and regencies facts are most often about."""
    key = ("regions", limit)
    if key not in kb.memo:
        counts: Counter[str] = Counter()
        for place_id, facts in kb.subtree.items():
            place = kb.places.get(place_id)
            if place and place.level in ("provinsi", "kabupaten", "kota"):
                counts[place_id] = sum(f.kind != "definition" for f in facts)
        kb.memo[key] = [pid for pid, _ in counts.most_common(limit)]
    return kb.memo[key]  # type: ignore[return-value]


def covered_regions(kb: KnowledgeBase, limit: int) -> list[str]:
    """The provinces and regencies facts are most often about, most first (place ids)."""
    return _regions(kb, limit)


def _region(place_id: str, kb: KnowledgeBase) -> str | None:
    for pid in kb.lineage(place_id):
        place = kb.places.get(pid)
        if place and place.level in ("provinsi", "kabupaten", "kota"):
            return pid
    return None


def example_questions(kb: KnowledgeBase, places: tuple[str, ...] | list[str] = ()) -> list[str]:
    """Questions this knowledge base answers, about `places` when it has facts about them."""
    key = ("examples", tuple(places))
    if key not in kb.memo:
        kb.memo[key] = _example_questions(kb, tuple(places))
    return list(kb.memo[key])  # type: ignore[call-overload]


def example_focus(kb: KnowledgeBase, places: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The regions example questions about `places` are written for (their regencies or
    provinces), or the regions the knowledge base says most about."""
    asked = [_region(p, kb) for p in places if p in kb.covered and p != INDONESIA]
    return tuple(dict.fromkeys(p for p in asked if p)) or tuple(_regions(kb, 4))


def _example_questions(kb: KnowledgeBase, places: tuple[str, ...]) -> list[str]:
    focus = example_focus(kb, places)
    questions: list[str] = []
    for place_id in focus:
        name = kb.place_name(place_id)
        inside = kb.subtree.get(place_id, [])
        kinds = {f.kind for f in inside}
        if any(f.kind == "closure" and f.number for f in inside):
            questions.append(f"Berapa lokalisasi yang ditutup di {name}?")
        elif "closure" in kinds:
            questions.append(f"Kapan lokalisasi di {name} ditutup?")
        if any(f.kind == "count" and f.unit not in OTHER_UNITS for f in inside):
            questions.append(f"Berapa jumlah PSK di {name}?")
        if any(f.kind == "aid" and f.number for f in inside):
            questions.append(f"Berapa bantuan untuk mantan PSK di {name}?")
        if any(
            # Only the place's own target answers: a province's is no city's (bot.answer).
            f.kind == "target"
            for f in kb.at_place.get(place_id, [])
        ):
            questions.append(f"Kapan {name} ditargetkan bebas lokalisasi?")
    if any(f.kind == "target" for f in kb.at_place.get(INDONESIA, [])):
        questions.append("Tahun berapa Indonesia ditargetkan bebas lokalisasi?")
    return list(dict.fromkeys(questions))


def describe(kb: KnowledgeBase) -> Overview:
    """Summarise what `kb` can answer."""
    years = sorted({a.published.year for a in kb.articles.values() if a.published})
    places = [kb.place_name(pid) for pid in _regions(kb, 8)]
    from bot.suggest import answerable_examples

    examples = answerable_examples(kb)
    return Overview(articles=len(kb.articles), places=places, years=years, examples=examples[:6])
