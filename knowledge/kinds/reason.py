"""Reasons: why a lokalisasi is closed (moral, health, trafficking, land …), by the cue words
of `lexicon.REASON_CUES`, in a sentence about lokalisasi or the one right after it."""

from __future__ import annotations

from typing import ClassVar, Literal

from knowledge import lexicon as lx
from knowledge.extract.context import Context, SentenceView
from knowledge.extract.lokalisasi import live_triggers
from knowledge.kinds.spec import Kind, KindFact


def reasons(ctx: Context, view: SentenceView) -> None:
    """The first reason cue of a sentence about lokalisasi (or following one)."""
    low = view.low
    previous = ctx.previous(view)
    about = lx.LOKALISASI_RE.search(low) or live_triggers(view)
    if not about and previous and previous.paragraph == view.paragraph:
        # '"Indramayu harus bersih dari praktik prostitusi. Kami tidak mau ada lagi
        # perdagangan orang …"': the reason comes a sentence after the subject.
        about = lx.LOKALISASI_RE.search(previous.low)
    if not about:
        return
    for label, pattern in lx.REASON_CUES:
        if pattern.search(low):
            places = ctx.collapse([loc.place_id for loc in view.places])
            ctx.emit(
                ctx.fact(
                    view,
                    "reason",
                    label=label,
                    place_id=places[0] if places else ctx.fallback_place(view),
                )
            )
            return


RULES = (reasons,)
"""The reason rules, in the order they run."""


class ReasonFact(KindFact):
    """Why lokalisasi are closed (`label`: the kind of reason); the quote is the reason."""

    FIELDS: ClassVar[frozenset[str]] = frozenset({"label"})
    kind: Literal["reason"] = "reason"
    unit: None = None


KIND = Kind(
    name="reason",
    label="alasan",
    model=ReasonFact,
    rules=RULES,
    editable=("label", "place"),
)
