"""Targets: a place to be free of lokalisasi by a year ("targetkan Indonesia bebas lokalisasi
tahun 2019"), or one that says it is already ("Muba sudah bebas lokalisasi")."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, Literal

from knowledge import lexicon as lx
from knowledge.describe import target_text
from knowledge.extract.context import Context, SentenceView, when_text
from knowledge.kinds.spec import Kind, KindFact

FUTURE_REACH = 40
"""How far before "bebas lokalisasi" an "akan" makes an achieved-looking target a plan."""


def targets(ctx: Context, view: SentenceView) -> None:
    """A 'bebas lokalisasi' with its year (or reached already), its place and who set it."""
    free = lx.FREE_OF_RE.search(view.low)
    if not free:
        return
    years = [
        d
        for d in view.dates
        if d.precision == "year" or (d.precision in ("month", "day") and "(" not in d.text)
    ]
    years = [d for d in years if "(" not in view.text[d.start : d.end]]
    # "Muba sudah bebas lokalisasi", "Bengkulu sudah mendeklarasikan diri bebas lokalisasi
    # sejak 2017": reached, not aimed at.
    achieved = (
        lx.ACHIEVED_RE.search(view.low[: free.end()])
        and not lx.FUTURE_RE.search(view.low[max(0, free.start() - FUTURE_REACH) : free.start()])
        and not lx.HOPE_RE.search(view.low[: free.start()])
    )
    if not years and not achieved:
        return
    anchor = free.start()
    year = min(years, key=lambda d: abs(d.start - anchor)) if years else None
    inside = [loc for loc in view.places if free.start() <= loc.start < free.end()]
    if inside:
        place = inside[0].place_id
    elif view.places:
        place = min(view.places, key=lambda loc: abs(loc.start - anchor)).place_id
        place = ctx.collapse([place])[0]
    else:
        place = ctx.fallback_place(view)
    place = ctx.region_of(place)
    # Who set the target: the organisation named last before "bebas lokalisasi"; the first in
    # the sentence may be someone only meeting it ("Pemprov Kaltara … guna memenuhi target
    # Pemerintah Pusat melalui Kementerian Sosial untuk membebaskan Indonesia …").
    organisations = [o for o in ctx.organisations(view.text) if o[0] < free.start()][-1:]
    organisations = organisations or ctx.organisations(view.text)
    ctx.emit(
        ctx.fact(
            view,
            "target",
            place_id=place,
            number=year.value.year if year else None,
            number_text=year.text if year else None,
            when=dt.date(year.value.year, 12, 31) if year else None,
            when_text=when_text(year) if year else None,
            label="bebas lokalisasi",
            status="done" if achieved else "planned",
            agent=organisations[0][1] if organisations else None,
        )
    )


RULES = (targets,)
"""The target rules, in the order they run."""


class TargetFact(KindFact):
    """The year a place is to be free of lokalisasi (`number`), what (`label`), set by whom."""

    FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"number", "number_text", "approximate", "label", "agent", "status", "when", "when_text"}
    )
    DEFAULT_UNIT: ClassVar[str | None] = "tahun"

    kind: Literal["target"] = "target"
    unit: Literal["tahun"] = "tahun"


KIND = Kind(
    name="target",
    label="target",
    model=TargetFact,
    rules=RULES,
    editable=("place", "number", "label", "agent"),
    describe=target_text,
)
