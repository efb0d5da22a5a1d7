"""What the sentences of several kinds of fact share: a fact's date ("per 1 Juni 2016"), its
place said once ("di lokalisasi Km 12 (Kabupaten Kotawaringin Timur)"), and a list of names
the way Indonesian writes it ("A, B dan C").

Each kind's own sentence is in `knowledge.describe`, named by its `Kind.describe`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.dates import format_date
from knowledge.models import Fact

if TYPE_CHECKING:
    from knowledge.index import KnowledgeBase


def as_of(fact: Fact, said: str = "") -> str:
    """' (per 1 Juni 2016)', unless `said` already gives that date ("pada 1 Juni 2016")."""
    if not fact.as_of:
        return ""
    date = format_date(fact.as_of)
    return "" if date in said else f" (per {date})"


def where(fact: Fact, kb: KnowledgeBase) -> str:
    """' di Kalimantan Timur', or ' di lokalisasi Km 12 (Kabupaten Kotawaringin Timur)'."""
    return f" di {place_words(fact, kb)}" if fact.place_id else ""


def place_words(fact: Fact, kb: KnowledgeBase) -> str:
    """'Kalimantan Timur', or 'lokalisasi Km 12 (Kabupaten Kotawaringin Timur)'."""
    place = kb.places.get(fact.place_id or "")
    if place and place.level == "lokalisasi":
        region = region_name(place.id, kb)
        return f"lokalisasi {place.name}" + (f" ({region})" if region else "")
    return kb.place_name(fact.place_id)


def where_unsaid(fact: Fact, kb: KnowledgeBase, said: str) -> str:
    """' di <place>', unless `said` names the place already ("dari Pemerintah Kabupaten X")."""
    place = where(fact, kb)
    name = kb.place_name(fact.place_id)
    return "" if name and name in said else place


def region_name(place_id: str | None, kb: KnowledgeBase) -> str:
    """The regency, city or province a place lies in, for naming a lokalisasi or village."""
    for pid in kb.lineage(place_id or "")[1:]:
        place = kb.places.get(pid)
        if place and place.level in ("kabupaten", "kota", "provinsi"):
            return place.name
    return ""


def join_names(names: list[str]) -> str:
    """'', 'A', 'A dan B', 'A, B dan C'."""
    if len(names) <= 1:
        return names[0] if names else ""
    return ", ".join(names[:-1]) + " dan " + names[-1]
