"""Choosing facts: in the asked place or around it, of the asked year, newest first, each
cited once; and comparing two places' figures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from bot.answer.composed import Composed
from bot.models import Finding, Slots
from bot.phrasing import count_text
from knowledge.index import KnowledgeBase
from knowledge.models import Citation, Fact
from knowledge.numbers import format_number
from knowledge.text import terms


def within(kind: str, places: tuple[str, ...], kb: KnowledgeBase) -> list[Fact]:
    """Facts about the asked places or anything inside them; all facts when none was asked."""
    return kb.within(places, kind)


def reported_closed(places: tuple[str, ...], kb: KnowledgeBase) -> bool:
    """Whether an article reports a closure of the places (or inside them) done."""
    return any(f.status == "done" for f in within("closure", places, kb))


def around(kind: str, places: tuple[str, ...], kb: KnowledgeBase) -> list[Fact]:
    """Facts about the asked places, inside them, or about a place that contains them."""
    if not places:
        return list(kb.by_kind.get(kind, ()))
    found = {id(f): f for f in kb.within(places, kind)}
    for place in places:
        for outer in kb.lineage(place)[1:]:
            for fact in kb.at_place.get(outer, ()):
                if fact.kind == kind:
                    found.setdefault(id(fact), fact)
    return list(found.values())


def told_of(fact: Fact, places: tuple[str, ...], kb: KnowledgeBase) -> bool:
    """Whether a fact is about the asked places, inside them, part of a story that gives them
    figures of their own, or said in an article whose title names one: "Lokalisasi Buloa
    Ditutup" gives Buloa's aid as Makassar's. Remembered per snapshot: every question about a
    place looks at the same facts around it."""
    key = ("told_of", id(fact), places)
    told = kb.memo.get(key)
    if told is None:
        told = kb.memo[key] = _told_of(fact, places, kb)
    return bool(told)


def _told_of(fact: Fact, places: tuple[str, ...], kb: KnowledgeBase) -> bool:
    if fact.place_id and any(kb.contains(p, fact.place_id) for p in places):
        return True
    if _story_within(fact, places, kb):
        return True
    title = _title_words(fact.article_id, kb)
    if title is None:
        return False
    return any(_name_words(p, kb) <= title or _short_names(p, kb) & title for p in places)


def _title_words(article_id: str, kb: KnowledgeBase) -> frozenset[str] | None:
    """The words of an article's title (None for an unknown article), once per snapshot."""
    key = ("title_words", article_id)
    if key not in kb.memo:
        article = kb.articles.get(article_id)
        kb.memo[key] = frozenset(terms(article.title)) if article else None
    return kb.memo[key]  # type: ignore[return-value]


def _story_within(fact: Fact, places: tuple[str, ...], kb: KnowledgeBase) -> bool:
    """Whether a province's fact comes from a story about that province alone that gives the
    asked place figures of its own ("the three lokalisasi of Kaltara … each worker gets Rp 5
    juta" is Tarakan's aid too). The country's figures never are a place's own."""
    if not fact.place_id or kb.depth(fact.place_id) < 1:
        return False
    placed = [f.place_id for f in kb.by_article.get(fact.article_id, ()) if f.place_id]
    return all(kb.contains(fact.place_id, q) for q in placed) and any(
        kb.contains(p, q) for p in places for q in placed
    )


def _name_words(place_id: str, kb: KnowledgeBase) -> frozenset[str]:
    """The words of a place's name without its level ("Kota", "Lokalisasi"), once per
    snapshot."""
    key = ("name_words", place_id)
    if key not in kb.memo:
        words = frozenset(terms(kb.place_name(place_id))) - _LEVEL_WORDS
        kb.memo[key] = words or frozenset({"\0"})  # a name of level words only names nothing
    return kb.memo[key]  # type: ignore[return-value]


def _short_names(place_id: str, kb: KnowledgeBase) -> frozenset[str]:
    """One-word names a place also goes by ("kobar", "kotim"): a headline often uses them."""
    key = ("short_names",)
    table = kb.memo.get(key)
    if table is None:
        grouped: dict[str, set[str]] = {}
        for name, ids in kb.names.items():
            if " " not in name:
                for pid in ids:
                    grouped.setdefault(pid, set()).add(name)
        table = kb.memo[key] = {pid: frozenset(names) for pid, names in grouped.items()}
    assert isinstance(table, dict)
    return table.get(place_id, frozenset())


_LEVEL_WORDS = frozenset({"kota", "kabupaten", "provinsi", "lokalisasi", "desa", "kelurahan"})


def places_of(facts: Iterable[Fact]) -> tuple[str, ...]:
    """The places some facts are about, each once, in order."""
    return tuple(dict.fromkeys(f.place_id for f in facts if f.place_id))


def newest_first(facts: Iterable[Fact]) -> list[Fact]:
    """Newest first; among facts of one date, the one stored first."""
    return sorted(facts, key=lambda f: (f.as_of or dt.date.min, -(f.id or 0)), reverse=True)


def newest_per_place(facts: Iterable[Fact]) -> list[Fact]:
    """The newest fact on each place, newest first."""
    return [group[0] for group in distinct(newest_first(facts), lambda f: f.place_id or "")]


def overlap(words: list[str], fact: Fact, kb: KnowledgeBase) -> float:
    """How much a fact's sentence shares with the question's words (sum of their idf)."""
    said = _sentence_terms(fact, kb)
    return sum(kb.idf.get(w, 0.3) for w in set(words) if w in said)


def date_fits(fact: Fact, slots: Slots) -> bool:
    """Whether a fact is dated in the asked year (and month), or states that year. A fact that
    says when it held ("Saat itu tercatat 31 pekerja seks", the closure's day) is of that date,
    not of its article's."""
    if slots.year is None:
        return True
    day = fact.when or fact.as_of
    if slots.month:
        return day is not None and day.year == slots.year and day.month == slots.month
    return (day is not None and day.year == slots.year) or fact.number == slots.year


def in_year(facts: list[Fact], slots: Slots) -> list[Fact]:
    """Only figures of the year asked about: a 2019 count is no answer to "pada tahun 2016".

    "sejak 2010" and "sampai 2019" bound a span instead; the year then only ranks the facts.
    """
    if slots.year is None or slots.year_relation != "in":
        return facts
    return [f for f in facts if date_fits(f, slots)]


def prefer(facts: list[Fact], test: Callable[[Fact], bool]) -> list[Fact]:
    """The facts passing `test` when there are any, else all of them."""
    passing = [f for f in facts if test(f)]
    return passing or facts


NAME_MIN_LETTERS = 4
"""A word of a person's name this long or longer can tell whose figure is asked for."""


def _person_words(kb: KnowledgeBase) -> frozenset[str]:
    """The words of the names of people the articles quote, once per snapshot: "menurut
    Samsudi" asks for the figure he gave. Words that are also places' names are left out."""
    key = ("person_words",)
    if key not in kb.memo:
        found: set[str] = set()
        for fact in kb.by_kind.get("person", ()):
            found.update(w for w in terms(fact.name or "") if len(w) >= NAME_MIN_LETTERS)
        kb.memo[key] = frozenset(found - kb.names.keys())
    return kb.memo[key]  # type: ignore[return-value]


def said_by_asked(
    facts: list[Fact], words: Iterable[str], kb: KnowledgeBase, venue: str | None = None
) -> list[Fact]:
    """The figures the person a question names gave ("menurut dirjen Samsudi", "kata
    Khofifah"): those whose sentence names them, else those of an article quoting them; all
    facts when the question names nobody or nobody's figure is among them. Those of a story
    datelined where the question says they were given ("kata mensos di Surabaya") first."""
    if venue and len(facts) >= 2:
        facts = prefer(facts, lambda f: _datelined(f.article_id, venue, kb))
    names = _person_words(kb) & set(words)
    if not names or len(facts) < 2:
        return facts
    named = [f for f in facts if names & _sentence_terms(f, kb)]
    if named:
        return named
    quoting = {
        p.article_id for p in kb.by_kind.get("person", ()) if names & set(terms(p.name or ""))
    }
    return prefer(facts, lambda f: f.article_id in quoting)


def _datelined(article_id: str, venue: str, kb: KnowledgeBase) -> bool:
    """Whether an article's dateline names the place `venue` names."""
    return not set(kb.dateline_places(article_id)).isdisjoint(kb.names.get(venue, ()))


def _sentence_terms(fact: Fact, kb: KnowledgeBase) -> frozenset[str]:
    sentence = kb.sentences.get((fact.article_id, fact.sentence_id))
    return sentence.terms if sentence is not None else frozenset()


def national_first(facts: list[Fact], slots: Slots, kb: KnowledgeBase) -> list[Fact]:
    """With no place asked, a figure for Indonesia as a whole beats a province's."""
    if slots.places or not facts:
        return facts
    shallowest = min(kb.depth(f.place_id) if f.place_id else 9 for f in facts)
    return [f for f in facts if (kb.depth(f.place_id) if f.place_id else 9) == shallowest]


def cite(kb: KnowledgeBase, facts: Iterable[Fact]) -> tuple[Citation, ...]:
    """The facts' citations, one per sentence."""
    seen: dict[tuple[str, int], Citation] = {}
    for fact in facts:
        sentence = (fact.article_id, fact.sentence_id)
        if sentence not in seen:  # facts of one sentence share its citation: made once
            seen[sentence] = kb.citation(fact)
    return tuple(seen.values())


def finding(kb: KnowledgeBase, text: str, *facts: Fact) -> Finding:
    """A line of the answer, citing the facts it rests on."""
    return Finding(text=text, citations=cite(kb, facts))


def distinct(facts: list[Fact], identity: Callable[[Fact], object]) -> list[list[Fact]]:
    """Group facts saying the same thing (same figure, same place), keeping first-seen order."""
    groups: dict[object, list[Fact]] = {}
    for fact in facts:
        groups.setdefault(identity(fact), []).append(fact)
    return list(groups.values())


def status_fits(fact: Fact, slots: Slots) -> bool:
    """Whether a fact's status (done, planned, pending) is the asked one, if one was asked."""
    if slots.status is None or fact.status is None:
        return True
    return fact.status == slots.status


def compare(
    facts: list[Fact],
    words: list[str],
    kb: KnowledgeBase,
    text: Callable[[Fact, KnowledgeBase], str] = count_text,
) -> Composed | None:
    """'Mana yang lebih banyak, Juwata Permai atau Lingkas Ujung?', their difference or sum."""
    latest = newest_per_place(facts)
    if len(latest) < 2:
        return None
    chosen = sorted(latest, key=lambda f: -(f.number or 0))
    listing = ", ".join(
        f"{kb.place_name(f.place_id)} {format_number(f.number or 0)}" for f in chosen
    )
    asked = set(words)
    gap = (chosen[0].number or 0) - (chosen[-1].number or 0)
    if asked & {"selisih", "beda", "perbedaan", "dikurangi", "kurang"}:
        summary = f"Selisihnya {format_number(gap)} ({listing})."
    elif asked & {"lebih", "terbanyak", "dibanding", "dibandingkan", "banding"}:
        summary = f"Lebih banyak di {kb.place_name(chosen[0].place_id)} ({listing})."
        if "berapa" in asked and len(chosen) == 2:
            # "A lebih banyak brp dibanding B?": by how many.
            summary = (
                f"Lebih banyak {format_number(gap)} di {kb.place_name(chosen[0].place_id)} "
                f"({listing})."
            )
    else:
        total = sum(f.number or 0 for f in chosen)
        summary = f"Jumlahnya {format_number(total)} ({listing})."
    findings = [finding(kb, text(f, kb), f) for f in chosen]
    return Composed(summary, findings)
