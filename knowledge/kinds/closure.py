"""Closures: a lokalisasi, a place's lokalisasi, or a number of them closed — done, planned or
pending — and when ("resmi menutup 22 lokalisasi", "ditunda hingga Juni 2019", "Dari total 168
lokalisasi …, sudah 149 yang berhasil ditutup")."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import ClassVar, Literal

from knowledge import lexicon as lx
from knowledge.dates import DateMention
from knowledge.describe import closure_text
from knowledge.extract.context import Context, SentenceView
from knowledge.extract.discourse import points_at_site
from knowledge.extract.lokalisasi import (
    BREAKDOWN_RE,
    closure_fact,
    continues_closure,
    goes_on_with_closure,
    inventory_fact,
    live_triggers,
    lokalisasi_counts,
    per_place,
    remaining_before,
    reported_as_news,
    said_right_after,
    told_as_past,
)
from knowledge.kinds.spec import Kind, KindFact

STATUS_WINDOW_BEFORE = 100
STATUS_WINDOW_AFTER = 30
"""How far from the closing verb a "sudah", "akan" or "belum" still speaks of the closure."""
ATTACHED_DATE_CHARS = 40
"""A bare year this close after "ditutup" dates the closure ("menutup … Way Sabuk Indah tahun
lalu")."""
# Where one closure's clause ends and the next closing verb's begins.
_CLAUSE_BREAK_RE = re.compile(r"[,;]|\b(?:dan|serta|sedangkan|termasuk|sementara)\b")
# "sejak 2010 … sudah menutup 47 lokalisasi": a span, not a day.
_SINCE_RE = re.compile(r"\bsejak\s+$")
# A bare year dates a closure only after these words (or close after the closing verb).
_YEAR_LEAD_RE = re.compile(r"\b(?:pada|sejak|tahun)\s+$")
# "pada akhir Desember 2018 batal terlaksana": the date that fell through.
_FELL_THROUGH_RE = re.compile(r"\s*(?:batal|ditunda|diundur|tertunda)")
# "…, sudah 149 yang berhasil ditutup": closures counted as a part of a whole named before.
_CLOSED_PART_RE = re.compile(
    r"\b(?:sudah|telah)\s+(?P<n>\d[\d.]*)\s+(?:di antaranya\s+|lokalisasi\s+)?(?:yang\s+)?"
    r"(?:berhasil\s+|sudah\s+|telah\s+)?(?:di)?tutup"
)
# "dari enam lokalisasi yang pernah ada di Kampar, sudah ditutup empat": the part after the verb.
_CLOSED_PART_AFTER_RE = re.compile(
    r"\b(?:sudah|telah)\s+(?:berhasil\s+)?(?:di)?tutup\s+(?:sebanyak\s+|sejumlah\s+)?$"
)
_DONE_RIGHT_BEFORE_RE = re.compile(r"\b(?:sudah|telah)\s+(?:resmi\s+|berhasil\s+)?$")
"""Right before the closing verb: "sudah ditutup", "telah resmi ditutup"."""
_FOR_THE_CLOSING_RE = re.compile(
    r"\b(?:untuk|guna|demi|bagi|dalam rangka|mempercepat|percepatan)\s+(?:proses\s+|rencana\s+)?$"
)
"""Right before the closing noun: "dana untuk penutupan", "percepatan penutupan": the
closing is yet to come, whatever a "sudah" earlier says was done for it."""
# The words that say a closure's status, strongest first: (pattern, status).
STATUS_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (lx.PENDING_RE, "pending"),
    (lx.POSTPONED_RE, "planned"),
    (lx.SUPPOSED_RE, "planned"),
    (lx.FUTURE_RE, "planned"),
    (lx.DONE_RE, "done"),
)


# "Penutupan itu dipimpin langsung Wakil Bupati Paser": who closed what a sentence before says
# was closed, named without "oleh".
_CLOSED_BY_RE = re.compile(
    r"^(?:Penutupan|Penutupannya)\s+(?:itu\s+|tersebut\s+|ini\s+)?(?:dilakukan|dipimpin)\s+"
    r"(?:secara\s+)?(?:langsung\s+)?(?:oleh\s+)?(?P<agent>[A-Z][^,.;]{2,80})"
)


def closures(ctx: Context, view: SentenceView) -> None:
    """One closure per clause with a closing verb; a sentence without one states a closure
    only when it goes on with the closure of the sentence before."""
    if _closed_by(ctx, view):
        return
    triggers = live_triggers(view)
    if not triggers:
        if not continues_closure(ctx, view):
            return  # how many there are is the count rules' (`count.inventory`)
        if goes_on_with_closure(view, lokalisasi_counts(view)):
            ctx.discourse.closure_sentences.add(view.id)
            _closure_clause(ctx, view, [])
        return
    ctx.discourse.closure_sentences.add(view.id)
    # One closure per clause: "… sudah menutup 47 lokalisasi …, termasuk Dolly di Surabaya
    # yang ditutup pada 18 Juni 2014" states two, each with its own number, place and date.
    starts = [0]
    for before, after in itertools.pairwise(triggers):
        gap = _CLAUSE_BREAK_RE.search(view.low, before.end(), after.start())
        starts.append(gap.start() if gap else after.start())
    ends = [*starts[1:], len(view.text)]
    for trigger, start, end in zip(triggers, starts, ends, strict=True):
        tail = lx.REASON_TAIL_RE.search(view.low, trigger.end(), end)
        _closure_clause(ctx, view.clause(start, tail.start() if tail else end), [trigger])


CLOSED_BY_REACH = 2
"""How many sentences after the closure a "Penutupan dilakukan …" may name who closed it."""


def _closed_by(ctx: Context, view: SentenceView) -> bool:
    """Whether the sentence names who closed what a sentence just before says was closed
    (and the closures, told again with their agent, are stated)."""
    match = _CLOSED_BY_RE.match(view.text)
    if match is None:
        return False
    agent = match["agent"].strip()
    if not (lx.AGENT_WORDS_RE.match(agent) or lx.ROLE_RE.match(agent)):
        return False
    closed = [f for f in ctx.facts if f.kind == "closure" and f.sentence_id < view.id]
    last = max((f.sentence_id for f in closed), default=-1)
    if view.id - last > CLOSED_BY_REACH:
        return False
    told = [f for f in closed if f.sentence_id == last and not f.agent]
    for fact in told:
        ctx.emit(
            fact.model_copy(update={"sentence_id": view.id, "quote": view.text, "agent": agent})
        )
    return bool(told)


def closed_parts(ctx: Context, view: SentenceView) -> None:
    """'Dari total 168 lokalisasi …, sudah 149 yang berhasil ditutup', '… sudah ditutup
    empat': 149, four closed."""
    if not any(anaphoric for _, anaphoric in lokalisasi_counts(view)):
        return
    starts = {match.start("n") for match in _CLOSED_PART_RE.finditer(view.low)}
    for amount in view.amounts:
        if amount.value is None or amount.money:
            continue
        before = view.low[max(0, amount.start - 40) : amount.start]
        if amount.start not in starts and not _CLOSED_PART_AFTER_RE.search(before):
            continue
        place = ctx.place_near(view, amount.start, amount.end) or ctx.fallback_place(view)
        closure_fact(ctx, view, place, amount, None, "done")


def _closure_clause(ctx: Context, view: SentenceView, triggers: list[re.Match[str]]) -> None:
    """The closure one clause states (the whole sentence when it has no trigger of its own)."""
    counts = lokalisasi_counts(view)
    trigger = triggers[0] if triggers else None
    dates = closure_dates(view, trigger)
    when = dates[0] if dates else None
    status = closure_status(ctx, view, when.value if when else None, trigger)
    if status is None and trigger is None:
        status = _status_going_on(ctx, view)
        if when is None and status is not None:
            when = _date_of_them_all(ctx, view)
    if (
        status is None
        and trigger is not None
        and (
            _on_a_reported_day(view, trigger)
            or told_as_past(view, trigger)
            or reported_as_news(view, trigger)
        )
    ):
        status = "done"
    fresh_counts = [amount for amount, anaphoric in counts if not anaphoric]
    about = ctx.about(view)
    # "Pemkab PPU diminta waspada dengan penutupan lokalisasi di seluruh wilayah Kaltim": the
    # place the closing is of is written after it; who is told of it is no closure's place.
    closing_at = [loc for loc in about if _CLOSING_AT_RE.search(view.low[: loc.start])]
    about = closing_at or about
    places = ctx.collapse([loc.place_id for loc in about])

    numbers = [a for a in view.amounts if a.value is not None and not a.money]
    breakdown = BREAKDOWN_RE.search(view.low) and not triggers and numbers
    if breakdown and len(places) > 1:
        # "Dua diantaranya di Kota Tarakan, satu tempat di Kabupaten Nunukan."
        for amount, place in per_place(view):
            closure_fact(ctx, view, place, amount, None, status or "planned")
        return

    if fresh_counts:
        amount = fresh_counts[0]
        place = ctx.place_near(view, amount.start, amount.end) or ctx.fallback_place(view)
        if (
            trigger is None
            and status is None
            and _EXISTS_BEFORE_RE.search(
                view.low[max(0, amount.start - _EXISTS_REACH) : amount.start]
            )
        ):
            # "Di sana ada 1 lokalisasi yang dihuni 64 pekerja", after a closing planned in
            # words of no tense: how many there are, not how many were closed.
            inventory_fact(ctx, view, amount, place)
            return
        if remaining_before(view, amount) and status in (None, "done", "pending"):
            # "dengan ditutupnya Kembang Sari masih tersisa lima lokalisasi di Kalsel": five
            # are still open, not closed.
            inventory_fact(ctx, view, amount, place, qualifier="sisa")
            return
        if when is None and status == "planned":
            when = _paragraph_target(ctx, view)
        closure_fact(ctx, view, place, amount, when, status or "done", triggers)
        return
    if counts:
        return  # "Dari 22 lokalisasi itu": the closure was stated already
    if places and (status or when):
        for loc in about:
            if loc.place_id not in places:
                continue
            place_status = status or "done"
            if lx.FOLLOWS_RE.search(view.low[: loc.start]):
                place_status = "planned"
            closure_fact(ctx, view, loc.place_id, None, when, place_status, triggers)
            places.remove(loc.place_id)
        return
    if when is not None:
        # "… sudah menutup 68 lokalisasi di Tanah Air, dan masih tersisa 100 yang akan ditutup
        # hingga 2019": a later clause naming no place goes on about the earlier one's.
        earlier = [
            f.place_id
            for f in ctx.facts
            if f.kind == "closure" and f.sentence_id == view.id and f.place_id
        ]
        for place in _both_before(ctx, view) or earlier[-1:] or [ctx.fallback_place(view)]:
            closure_fact(ctx, view, place, None, when, status or "done", triggers)
    elif status and triggers and ctx.discourse.last_site and points_at_site(view.text):
        # "Kompleks itu pernah ditutup secara resmi": the lokalisasi spoken of, undated.
        closure_fact(ctx, view, ctx.fallback_place(view), None, None, status, triggers)


_CLOSING_AT_RE = re.compile(
    rf"\b(?:penutupan|menutup|ditutup(?:nya)?)\s+(?:(?:seluruh|semua)\s+)?{lx.LOKALISASI}\s+"
    r"(?:yang\s+ada\s+)?di\s+(?:seluruh\s+|semua\s+)?(?:wilayah\s+|daerah\s+)?$"
)
_EXISTS_BEFORE_RE = re.compile(r"\b(?:ada|terdapat)\s+(?:sekitar\s+|sebanyak\s+)?$")
_EXISTS_REACH = 24
"""How far before a figure "ada", "terdapat" make it how many there are."""


# "Sisa dua lokalisasi berada di Kecamatan Paiton dan Kecamatan Leces. Keduanya dijadwalkan …"
_THEY_ALL_RE = re.compile(
    r"^\W*(?:keduanya|ketiganya|keempatnya|kelimanya"
    r"|(?:kedua|ketiga|keempat|kelima)\s+lokalisasi\s+(?:itu|tersebut))\b"
)


def _both_before(ctx: Context, view: SentenceView) -> list[str]:
    """The places of the sentence before, when this one opens with "Keduanya" (both of them)
    and names none: each is what the closure is about."""
    previous = ctx.previous(view)
    if previous is None or not _THEY_ALL_RE.search(view.low):
        return []
    places = ctx.collapse([loc.place_id for loc in ctx.about(previous)])
    return places if len(places) >= 2 else []


def _date_of_them_all(ctx: Context, view: SentenceView) -> DateMention | None:
    """'… menutup tiga lokalisasi, Selasa (29/5/2018). Ketiganya yakni A, B dan C': the day
    the sentence before closed them on is each one's."""
    previous = ctx.previous(view)
    if previous is None or not _THEY_ALL_RE.search(view.low):
        return None
    dated = next(
        (
            f.when
            for f in reversed(ctx.facts)
            if f.kind == "closure" and f.sentence_id == previous.id and f.number and f.when
        ),
        None,
    )
    return next((d for d in closure_dates(previous, None) if d.value == dated), None)


def _status_going_on(ctx: Context, view: SentenceView) -> str | None:
    """A sentence that goes on with the closure before it ("Di Parungkuda, penutupan
    ditargetkan Mei. Di sana ada 1 lokalisasi …") goes on in its tense."""
    previous = ctx.previous(view)
    if previous is None:
        return None
    for fact in reversed(ctx.facts):
        if fact.sentence_id < previous.id:
            break
        if fact.kind == "closure" and fact.sentence_id == previous.id:
            return fact.status
    return None


def closure_status(
    ctx: Context, view: SentenceView, when: dt.date | None, trigger: re.Match[str] | None = None
) -> str | None:
    """done, planned or pending, from the words around the closure (or the whole clause).

    "Pemprov Lampung sudah mengajukan usulan bantuan … untuk penutupan" has a "sudah", but
    not for the closure: only the words near the closing verb count.
    """
    low = view.low
    if (
        trigger is not None
        and trigger.group(0).lower().startswith("penutupan")
        and _FOR_THE_CLOSING_RE.search(low, 0, trigger.start())
        and not (when and ctx.published and when <= ctx.published)
    ):
        # "Dana untuk penutupan lokalisasi sudah dianggarkan": what is done is the preparing;
        # "percepatan penutupan tiga lokalisasi": they are still open.
        return "pending" if lx.PENDING_RE.search(low) else "planned"
    if trigger is not None:
        start = max(0, trigger.start() - STATUS_WINDOW_BEFORE)
        low = " " * start + low[start : trigger.end() + STATUS_WINDOW_AFTER]
        if _DONE_RIGHT_BEFORE_RE.search(view.low, 0, trigger.start()) and not lx.PENDING_RE.search(
            low
        ):
            # "122 lokalisasi sudah ditutup sejak program dimulai pada 2013": said done, whatever
            # planning word the clause goes on with.
            return "planned" if when and ctx.published and when > ctx.published else "done"
    for pattern, status in STATUS_WORDS:
        if pattern.search(low):
            if status == "done" and when and ctx.published and when > ctx.published:
                # "sudah berkoordinasi untuk melakukan penutupan … pada bulan Juni mendatang",
                # in May: what was done is the meeting; a closing after the story is planned.
                return "planned"
            return status
    if when and ctx.published:
        return "done" if when <= ctx.published else "planned"
    return None


# "Kamis (9/4)": the day a story reports, told by its weekday; its year may be written nowhere.
_REPORTED_DAY_RE = re.compile(
    r"\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)"
)
_REPORTED_DAY_REACH = 40


def _on_a_reported_day(view: SentenceView, trigger: re.Match[str]) -> bool:
    """Whether the closing verb stands beside the weekday of a reported day ("Pemerintah
    Kabupaten Paser, Kamis (9/4) menutup …"): done that day, though the story gives no year."""
    start = max(0, trigger.start() - _REPORTED_DAY_REACH)
    return bool(_REPORTED_DAY_RE.search(view.low, start, trigger.end() + _REPORTED_DAY_REACH))


def closure_dates(view: SentenceView, trigger: re.Match[str] | None) -> list[DateMention]:
    """The dates a closure clause gives for the closure itself, the likeliest first."""
    dates = []
    said_then = trigger is not None and said_right_after(view, trigger)
    for mention in view.dates if said_then else view.usable_dates():
        before = view.low[: mention.start]
        after_trigger = trigger is not None and mention.start >= trigger.end()
        if _SINCE_RE.search(before) and not after_trigger:
            continue  # "sejak 2010 … sudah menutup 47 lokalisasi": a span, not a day
        if mention.precision == "year" and not (
            lx.FUTURE_RE.search(view.low)
            or (
                trigger is not None
                and after_trigger
                and mention.start - trigger.end() < ATTACHED_DATE_CHARS
            )
            or _YEAR_LEAD_RE.search(before)
            or _year_said_with_the_closing(view, mention, trigger)
        ):
            continue
        if _FELL_THROUGH_RE.match(view.low[mention.end :]):
            continue  # "pada akhir Desember 2018 batal terlaksana": the date that fell
        dates.append(mention)
    if lx.POSTPONED_RE.search(view.low):
        # "ditunda hingga Juni 2019": the new date.
        dates.sort(key=lambda d: not lx.NEW_DATE_RE.search(view.low[: d.start]))
    return dates


def _year_said_with_the_closing(
    view: SentenceView, mention: DateMention, trigger: re.Match[str] | None
) -> bool:
    """'Kutim, tahun 2016 lalu sudah menetapkan penutupan lokalisasi': a year written with
    "tahun" in the closing's own clause, before it."""
    return (
        trigger is not None
        and mention.end <= trigger.start()
        and mention.text.lower().startswith("tahun")
        and not _CLAUSE_BREAK_RE.search(view.low, mention.end, trigger.start())
    )


def _paragraph_target(ctx: Context, view: SentenceView) -> DateMention | None:
    """A planned closure's deadline left to the target stated just before it."""
    if not lx.TARGET_RE.search(view.low):
        return None
    for fact in reversed(ctx.facts):
        if fact.kind == "target" and ctx.paragraph_of(fact.sentence_id) == view.paragraph:
            year = fact.number or 0
            return DateMention(f"tahun {year}", 0, 0, dt.date(year, 12, 31), "year")
    return None


RULES = (closures, closed_parts)
"""The closure rules, in the order they run (`kinds.RULES` puts count rules between them)."""


class ClosureFact(KindFact):
    """A lokalisasi, or a number of them, closed, to be closed or still open; when; by whom."""

    FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "number",
            "number_text",
            "approximate",
            "when",
            "when_text",
            "status",
            "agent",
            "qualifier",
        }
    )
    DEFAULT_UNIT: ClassVar[str | None] = "lokalisasi"

    kind: Literal["closure"] = "closure"
    unit: Literal["lokalisasi"] = "lokalisasi"


KIND = Kind(
    name="closure",
    label="penutupan",
    model=ClosureFact,
    rules=RULES,
    editable=("place", "number", "when", "status", "agent"),
    describe=closure_text,
)
