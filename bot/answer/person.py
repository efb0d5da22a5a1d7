"""People: officials by their office, and people the question names."""

from __future__ import annotations

import datetime as dt

from bot import tables
from bot.answer.composed import Asked, Composed, Composer
from bot.answer.select import around, distinct, finding, in_year, overlap, told_of
from bot.models import Finding, Slots
from bot.phrasing import person_text
from knowledge.dates import find_dates, format_date
from knowledge.index import IndexedSentence, KnowledgeBase, folded_for_names, names_in_folded
from knowledge.models import Fact
from knowledge.places import REGENCY_DEPTH
from knowledge.text import terms


def compose_person(asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """'Siapa bupati Nunukan?': the official of the asked office, or the person named."""
    slots = asked.slots
    people = in_year(around("person", slots.places, kb), slots)
    if slots.places:
        # An official of a place around the asked one counts only in a story about it: the
        # minister quoted in a national story did not come to this lokalisasi's closure.
        # Its own sentence naming the place says so too: "Mensos … dijadwalkan menghadiri
        # penutupan lokalisasi Kremil".
        stories: set[str] | None = None  # looked up only for a person no other way ties

        def local(person: Fact) -> bool:
            nonlocal stories
            if not person.place_id or kb.depth(person.place_id) < REGENCY_DEPTH:
                return False
            if stories is None:
                stories = set(kb.stories_about(kb.names_of(slots.places)))
            return person.article_id in stories

        people = [
            p
            for p in people
            if told_of(p, slots.places, kb) or _names_asked(p, slots.places, kb) or local(p)
        ]
    if slots.role:
        people = [p for p in people if slots.role in kb.folded[id(p)]]
        if not people and slots.places:
            people = _officials_of_the_story(slots, kb)
    else:
        # No office named: only a person the question names ("siapa Sugiono?").
        words = set(asked.words)
        people = [p for p in people if p.name and set(terms(p.name)) & words]
    if not people:
        return None

    def score(fact: Fact) -> tuple[float, float, dt.date]:
        exact = 1.0 if fact.place_id in slots.places else 0.0
        return (exact, overlap(asked.words, fact, kb), fact.as_of or dt.date.min)

    people.sort(key=score, reverse=True)
    fuller = _fuller_mentions(people)
    groups = distinct(people, lambda f: (fuller.get(id(f), f).name, fuller.get(id(f), f).label))
    # Each person once, under the fullest form of the name ("Yazid Mahfudz", not "Yazid").
    leads = [max(g, key=lambda f: len(f.name or "")) for g in groups]
    findings = [
        finding(kb, person_text(lead, kb), *g) for lead, g in zip(leads, groups, strict=True)
    ][:3]
    return Composed(person_text(leads[0], kb), findings)


def _officials_of_the_story(slots: Slots, kb: KnowledgeBase) -> list[Fact]:
    """'Ketua RW 16 di Teleju namanya siapa?': the asked office, named in a story about the asked
    place, of a place beside it in its city ("Ketua RW 16 Kelurahan Rejosari, Sabarudin")."""
    regencies = {kb.regency_of(p) for p in slots.places} - {None}
    if not regencies or not slots.role:
        return []
    stories = set(kb.stories_about(kb.names_of(slots.places)))
    return [
        p
        for p in kb.by_kind.get("person", ())
        if p.article_id in stories
        and p.place_id
        and kb.regency_of(p.place_id) in regencies
        and slots.role in kb.folded[id(p)]
    ]


def _names_asked(person: Fact, places: tuple[str, ...], kb: KnowledgeBase) -> bool:
    """Whether a person's own sentence names an asked place (as `names_one` reads it)."""
    key = ("folded_quote", id(person))
    folded = kb.memo.get(key)
    if folded is None:
        # Read once per snapshot: every question about an office looks at the same people.
        folded = kb.memo[key] = folded_for_names(person.quote)
    return names_in_folded(kb.names_of(places), str(folded))


def _fuller_mentions(people: list[Fact]) -> dict[int, Fact]:
    """A short mention ("Bupati Yazid") -> the fuller mention of the same person at the same
    place ("Bupati Nunukan Yazid Mahfudz"): its words are among the fuller name's, and its
    role, if any, is part of the fuller role."""
    fuller: dict[int, Fact] = {}
    for short in people:
        words = set((short.name or "").lower().split())
        role = (short.label or "").lower()
        matches = [
            other
            for other in people
            if other.name
            and other.place_id == short.place_id
            and words < set(other.name.lower().split())
            and role in (other.label or "").lower()
        ]
        if matches:
            fuller[id(short)] = max(matches, key=lambda f: len(f.name or ""))
    return fuller


SAID_WORDS = frozenset(tables.words()["reading"]["said"].split())
"""Words asking when someone said something (knowledge/data/words.toml)."""


def asks_said_when(words: list[str], kb: KnowledgeBase) -> bool:
    """'Kapan Khofifah ngomong soal target 2019?': when a person the articles name said it."""
    asked = set(words)
    return "kapan" in asked and bool(asked & SAID_WORDS) and bool(asked & kb.entity_words)


def compose_said_when(asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """The day a named person said what the question is about: the date the sentence quoting
    them gives ("kata Khofifah di Jakarta, Senin (22/2/2016)"), else its story's date."""
    words = set(asked.words)
    named = {
        word
        for fact in kb.by_kind.get("person", ())
        if fact.name
        for word in terms(fact.name)
        if word in words
    }
    if not named:
        return None
    about = [w for w in asked.content if w not in SAID_WORDS]
    for _score, sentence in kb.search(about, limit=8):
        if not named & sentence.terms:
            continue  # a sentence quoting someone else
        article = kb.articles.get(sentence.article_id)
        published = article.published if article else None
        days = [m for m in find_dates(sentence.text, published) if m.precision == "day"]
        day = days[0].value if days else published
        if day is None:
            continue
        summary = f"Disampaikan pada {format_date(day)}: “{sentence.text}”"
        return Composed(summary, [finding_of(sentence, kb)])
    return None


def finding_of(sentence: IndexedSentence, kb: KnowledgeBase) -> Finding:
    """A sentence found by search as the source of an answer."""
    return Finding(text="Menurut sumber berita:", citations=(kb.sentence_citation(sentence),))


COMPOSERS: dict[str, Composer] = {"person": compose_person}
