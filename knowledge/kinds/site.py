"""Sites: the lokalisasi an article names, where they lie, and which is the largest."""

from __future__ import annotations

from typing import ClassVar, Literal

from knowledge import lexicon as lx
from knowledge.describe import site_text
from knowledge.extract.context import Context, SentenceView, superlative
from knowledge.extract.discourse import points_at_site
from knowledge.kinds.spec import Kind, KindFact

ADDRESS_REACH = 80
"""How far after a lokalisasi's name its address may still be written."""


def sites(ctx: Context, view: SentenceView) -> None:
    """Every lokalisasi the sentence names, with the address written after it; and the
    largest ("lokalisasi ini yang terbesar") when the sentence points back at one."""
    gazetteer = ctx.gazetteer
    for loc in view.places:
        place = gazetteer.places.get(loc.place_id)
        if not place or place.level != "lokalisasi":
            continue
        ctx.discourse.meet_site(place.id)
        address = [
            other.text
            for other in view.places
            if other.start > loc.end
            and other.start - loc.end < ADDRESS_REACH
            and place.parent_id
            and gazetteer.contains(other.place_id, place.parent_id)
        ]
        ctx.emit(
            ctx.fact(
                view,
                "site",
                name=place.name,
                place_id=place.id,
                detail=", ".join(address) or None,
            )
        )
    most = lx.SUPERLATIVE_RE.search(view.low)
    last_site = ctx.discourse.last_site
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


RULES = (sites,)
"""The site rules, in the order they run."""


class SiteFact(KindFact):
    """A lokalisasi (`name`), where it lies, its address as written (`detail`)."""

    FIELDS: ClassVar[frozenset[str]] = frozenset({"name", "detail", "superlative"})
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
