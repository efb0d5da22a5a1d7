"""Sites: where a lokalisasi is, which ones a place has, which is the biggest."""

from __future__ import annotations

import itertools
import re

from bot.answer.composed import MAX_FINDINGS, Asked, Composed, Composer
from bot.answer.select import distinct, finding, newest_first, reported_closed, within
from bot.models import Slots
from bot.phrasing import count_text, place_phrase, site_text
from knowledge.dates import MONTHS, WEEKDAYS
from knowledge.describe import ADDRESS_LABEL
from knowledge.index import KnowledgeBase
from knowledge.models import Fact


def _biggest_place(slots: Slots, kb: KnowledgeBase) -> Composed | None:
    """'Lokalisasi terbesar ada di Parepare dengan 230 pekerja seks': a count that says so."""
    # The biggest lokalisasi is the one with the most workers: "terbesar" and "terbanyak" meet.
    biggest = {"terbesar", "terbanyak"}
    wanted = biggest if slots.superlative in biggest else {slots.superlative}
    counts = [f for f in within("count", slots.places, kb) if f.superlative in wanted]
    if not counts:
        return None
    lead = newest_first(counts)[0]
    summary = f"Lokalisasi {slots.superlative} disebut ada di {kb.place_name(lead.place_id)}."
    return Composed(summary, [finding(kb, count_text(lead, kb), lead)])


def compose_site(asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """'Di mana lokalisasi Bayur?': where lokalisasi are, or which is the biggest."""
    slots = asked.slots
    if not slots.places and not slots.superlative:
        return None  # no place, no lokalisasi named: nothing to locate
    sites = within("site", slots.places, kb)
    if not sites:
        return _biggest_place(slots, kb) if slots.superlative else None
    if slots.superlative:
        best = [f for f in sites if f.superlative in (slots.superlative, "terbesar", "terbanyak")]
        if not best:
            return _biggest_place(slots, kb)
        sites = best
    asked_sites = [
        p for p in slots.places if kb.places.get(p) and kb.places[p].level == "lokalisasi"
    ]
    if asked_sites:
        sites = [f for f in sites if f.place_id in asked_sites] or sites
        if asks_other_name(asked.words):
            return _other_names(asked_sites[0], sites, kb)
        level = _asked_level(asked.words)
        if (
            level
            and not any(f.label == ADDRESS_LABEL for f in sites)
            and not any(_lies_in_a(level, f, kb) for f in sites)
        ):
            return None  # "di desa apa": the regency it lies in does not say which village
    elif slots.status in ("planned", "pending"):
        # "lokalisasi yg masih tersisa di X": the ones not closed; a closed one is no answer.
        sites = [f for f in sites if not reported_closed((f.place_id,), kb)]
        if not sites:
            return None
    # A sentence that gives a lokalisasi's address ("yang berada di Kelurahan …") says best
    # where it is.
    groups = [
        sorted(g, key=lambda f: f.label != ADDRESS_LABEL)
        for g in distinct(sites, lambda f: f.place_id)
    ]
    findings = [finding(kb, site_text(g[0], kb), *g) for g in groups[:MAX_FINDINGS]]
    if len(groups) == 1 or asked_sites or slots.superlative:
        # "Lokalisasi terbesar di X apa?": what is asked next ("kapan ditutup?") is about it.
        about = (groups[0][0].place_id,) if slots.superlative and groups[0][0].place_id else ()
        return Composed(site_text(groups[0][0], kb), findings, about=about)
    names = ", ".join(g[0].name or kb.place_name(g[0].place_id) for g in groups)
    where = place_phrase(slots.places, kb)
    return Composed(f"Lokalisasi yang disebut{' di ' + where if where else ''}: {names}.", findings)


_OTHER_NAME_KINDS = frozenset("asli aslinya lain lainnya sebenarnya lengkap lengkapnya".split())
_CALLED = frozenset("disebut dikenal dijuluki julukan julukannya sebutan sebutannya".split())
_NOT_OWN_NAME = ("lokalisasi ", "eks ", "kompleks ", "komplek ", "resosialisasi ")


def asks_other_name(words: list[str]) -> bool:
    """Whether a question asks a lokalisasi's other name: "nama aslinya apa", "disebut juga
    lokalisasi apa", "julukannya apa"."""
    said = set(words)
    if "nama" in said and said & _OTHER_NAME_KINDS:
        return True
    return bool(said & _CALLED) and bool(said & {"apa", "siapa"})


def _other_names(site: str, facts: list[Fact], kb: KnowledgeBase) -> Composed | None:
    """The names a lokalisasi is also called by, with the sentence that gives one, or None."""
    own = kb.place_name(site).lower()
    others = sorted(
        {
            name
            for name in kb.names_of((site,))
            if name != own and not name.startswith(_NOT_OWN_NAME) and not name.isdigit()
        }
    )
    if not others:
        return None
    said = [f for f in facts if any(name in f.quote.lower() for name in others)] or facts
    display = ", ".join(name.title() for name in others)
    summary = f"Lokalisasi {kb.place_name(site)} juga disebut {display}."
    return Composed(summary, [finding(kb, summary, *said[:1])])


_LEVELS = {
    "desa": ("desa", "kelurahan"),
    "kelurahan": ("desa", "kelurahan"),
    "dusun": ("desa", "kelurahan"),
    "kecamatan": ("kecamatan",),
    # No place of the gazetteer is a street: only a site's sentence naming one answers.
    "jalan": ("jalan", "jl", "jln"),
}
"""A level of place a question asks for, and the levels of the gazetteer that answer it."""


def _asked_level(words: list[str]) -> str | None:
    """The level of place asked for: 'desa' in "di desa apa", 'kecamatan' in "masuk kecamatan
    mana"."""
    return next(
        (a for a, b in itertools.pairwise(words) if a in _LEVELS and b in ("apa", "mana")), None
    )


def _lies_in_a(level: str, site: Fact, kb: KnowledgeBase) -> bool:
    """Whether the site's known lineage holds a place of the asked level, or its sentence
    names one ("Lokalisasi Batu Putih, Desa Sepaso, …": a village the gazetteer lacks)."""
    wanted = _LEVELS[level]
    if any(
        (place := kb.places.get(outer)) is not None and place.level in wanted
        for outer in kb.lineage(site.place_id or "")
    ):
        return True
    # The level word in any case, the name after it with its capital: "desa Beringin Jaya".
    if any(re.search(rf"\b(?i:{word})\.?\s+[A-Z]", site.quote) for word in wanted):
        return True
    if level == "jalan":
        return False
    # "… lebih kesohor Sintai, Tanjunguncang, Batuaji, Batam": its address, the levels unsaid.
    name = site.name or site.place_text or ""
    at = site.quote.find(name) if name else -1
    after = _ADDRESS_AFTER.match(site.quote, at + len(name)) if at != -1 else None
    return bool(after) and after.group(1).lower() not in _NOT_PLACES


_ADDRESS_AFTER = re.compile(r",\s+([A-Z]\w+)")
_NOT_PLACES = frozenset(WEEKDAYS) | frozenset(MONTHS)
"""Capitalised words after a name that begin a date, not an address ("…, Selasa (4/7)")."""


COMPOSERS: dict[str, Composer] = {"site": compose_site}
