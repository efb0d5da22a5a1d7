"""Sites: the lokalisasi an article names, where they lie, and which is the largest."""

from __future__ import annotations

import re
from typing import ClassVar, Literal

from knowledge import lexicon as lx
from knowledge.describe import ADDRESS_LABEL, site_text
from knowledge.extract.context import Context, SentenceView, superlative
from knowledge.extract.discourse import GROUP_RE, points_at_site
from knowledge.kinds.spec import Kind, KindFact
from knowledge.models import Place
from knowledge.places import REGENCY_DEPTH, Gazetteer, lineage

# "lokalisasi yang berada di …", "lokalisasi tersebut terletak di …": where the one spoken of is.
_LOCATED_RE = re.compile(
    r"\b(?:lokalisasi|kompleks|lokasi)\s+(?:(?:itu|ini|tersebut)\s+)?(?:yang\s+)?"
    r"(?:berada|terletak|berlokasi)\s+di\b"
)
_ADDRESS_LEVELS = frozenset({"kecamatan", "kelurahan", "desa"})
_LOCATED_AT_RE = re.compile(r"\b(?:letak(?:nya)?|berada|terletak|berlokasi)\s+di\b")
ADDRESS_REACH = 80
"""How far after a lokalisasi's name its address may still be written."""


# "lokalisasi Sumberloh yang merupakan lokalisasi terbesar di Banyuwangi": the largest, said
# right after its name.
_CALLED_MOST_RE = re.compile(
    r"\s*,?\s*(?:yang\s+)?(?:merupakan|adalah|menjadi|sebagai|disebut)?\s*"
    r"(?:(?:lokalisasi|kompleks|komplek)\s+)?(?:yang\s+)?" + lx.SUPERLATIVE_RE.pattern
)


def sites(ctx: Context, view: SentenceView) -> None:
    """Every lokalisasi the sentence names, with the address written after it; and the
    largest ("lokalisasi ini yang terbesar") when the sentence points back at one."""
    gazetteer = ctx.gazetteer
    named = False
    for loc in view.places:
        place = gazetteer.places.get(loc.place_id)
        if not place or place.level != "lokalisasi":
            continue
        named = True
        ctx.discourse.meet_site(place.id)
        address = [
            other.text
            for other in view.places
            if other.start > loc.end
            and other.start - loc.end < ADDRESS_REACH
            and place.parent_id
            and gazetteer.contains(other.place_id, place.parent_id)
        ]
        label = None
        located = _LOCATED_AT_RE.search(view.low, loc.end)
        if located and not address:
            # "X merupakan …, yang letaknya berada di Jalan …, Kelurahan A, Kecamatan B": its
            # address, however far the sentence puts it.
            address = _address(gazetteer, view, place, after=located.start())
            label = ADDRESS_LABEL if address else None
        most = _CALLED_MOST_RE.match(view.low, loc.end)
        ctx.emit(
            ctx.fact(
                view,
                "site",
                name=place.name,
                place_id=place.id,
                detail=", ".join(address) or None,
                label=label,
                superlative=superlative(most.group(1)) if most else None,
            )
        )
    if not named and GROUP_RE.search(view.low):
        ctx.discourse.meet_group()
    last_site = ctx.discourse.last_site
    if last_site and not named and _LOCATED_RE.search(view.low):
        _address_of_last_site(ctx, view, last_site)
    most = lx.SUPERLATIVE_RE.search(view.low)
    if most and points_at_site(view.text) and last_site:
        place = gazetteer.places[last_site]
        ctx.emit(
            ctx.fact(
                view,
                "site",
                name=place.name,
                place_id=place.id,
                superlative=superlative(most.group(1)),
            )
        )


def _address_of_last_site(ctx: Context, view: SentenceView, site_id: str) -> None:
    """'lokalisasi yang berada di Kelurahan X, Kecamatan Y, Kota Z': the address of the
    lokalisasi the story is about, where the sentence names it no more."""
    gazetteer = ctx.gazetteer
    site = gazetteer.places[site_id]
    address = _address(gazetteer, view, site)
    if address:
        ctx.emit(
            ctx.fact(
                view,
                "site",
                name=site.name,
                place_id=site.id,
                detail=", ".join(address),
                label=ADDRESS_LABEL,
            )
        )


def _address(gazetteer: Gazetteer, view: SentenceView, site: Place, after: int = -1) -> list[str]:
    """The villages and districts of a lokalisasi's regency the sentence names after `after`,
    as written: its address."""
    if not site.parent_id:
        return []
    regency = _regency_of(gazetteer, site.parent_id)
    return [
        loc.text
        for loc in view.places
        if loc.start > after
        and (place := gazetteer.places.get(loc.place_id))
        and place.level in _ADDRESS_LEVELS
        and gazetteer.contains(regency, loc.place_id)
    ]


def _regency_of(gazetteer: Gazetteer, place_id: str) -> str:
    """The kota/kabupaten a place lies in (itself when it is one or wider)."""
    chain = lineage(gazetteer.places, place_id)
    return chain[-1 - REGENCY_DEPTH] if len(chain) > REGENCY_DEPTH else place_id


RULES = (sites,)
"""The site rules, in the order they run."""


class SiteFact(KindFact):
    """A lokalisasi (`name`), where it lies, its address as written (`detail`); `label`
    "alamat" when a sentence gives only its address."""

    FIELDS: ClassVar[frozenset[str]] = frozenset({"name", "detail", "superlative", "label"})
    kind: Literal["site"] = "site"
    unit: None = None


KIND = Kind(
    name="site",
    label="lokasi",
    model=SiteFact,
    rules=RULES,
    editable=("name", "place", "detail"),
    describe=site_text,
)
