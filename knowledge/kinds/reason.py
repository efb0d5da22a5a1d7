"""Reasons: why a lokalisasi is closed (moral, health, trafficking, land …), by the cue words
of `lexicon.REASON_CUES`, in a sentence about lokalisasi or the one right after it."""

from __future__ import annotations

import re
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
    if (
        not about
        and previous
        and (previous.paragraph == view.paragraph or _THE_STEP_RE.search(low))
    ):
        # '"Indramayu harus bersih dari praktik prostitusi. Kami tidak mau ada lagi
        # perdagangan orang …"': the reason comes a sentence after the subject; "langkah ini"
        # (the closing just told) may open the next paragraph.
        about = lx.LOKALISASI_RE.search(previous.low)
    if not about:
        return
    for label, pattern in lx.REASON_CUES:
        if pattern.search(low):
            places = ctx.collapse([loc.place_id for loc in view.places])
            place = places[0] if places else ctx.fallback_place(view)
            if _THE_STEP_RE.search(low):
                place = _step_place(ctx, view) or place
            ctx.emit(ctx.fact(view, "reason", label=label, place_id=place))
            return


STEP_REACH = 2
"""How many sentences back "langkah ini" may point at the closing it is the reason for."""


def _step_place(ctx: Context, view: SentenceView) -> str | None:
    """The place of the closing "langkah ini" speaks of, when one was told just before (a
    spokesman's title, "Kepala Satpol PP Kota X", is no place of the reason)."""
    for fact in reversed(ctx.facts):
        if view.id - fact.sentence_id > STEP_REACH:
            break
        if fact.kind == "closure" and fact.sentence_id < view.id and fact.place_id:
            return fact.place_id
    return None


# "Langkah ini untuk menekan kasus …": the step the sentence before told of.
_THE_STEP_RE = re.compile(
    r"\b(?:langkah|kebijakan|keputusan|tindakan|penutupan)\s+(?:ini|itu|tersebut)\b"
)

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
