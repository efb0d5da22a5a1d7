"""Decrees: the regulation or decision a closure rests on ("Surat Keputusan Bupati Batang Nomor
460/207/2019 tanggal 3 Mei 2019 tentang Penutupan Lokalisasi Kali Jambe", "Perda Nomor 5
Tahun 2018"), with the day it was signed and what it is about. A decree's date is its own:
the closure rules never read it as the day of a closure (`SentenceView.usable_dates`)."""

from __future__ import annotations

import re
from typing import ClassVar, Literal

from knowledge import lexicon as lx
from knowledge.dates import DateMention
from knowledge.describe import decree_text as describe
from knowledge.extract.context import Context, SentenceView, when_text
from knowledge.kinds.spec import Kind, KindFact

_LEADS_TO_NUMBER = r"(?i:yang\s+(?:tertuang|tercantum|termuat)\s+dalam)"
_LEADS_TO_NUMBER_RE = re.compile(rf"\s+{_LEADS_TO_NUMBER}")
# A decree's name as news writes it, its number included: "Surat Keputusan Wali Kota Kendari
# Nomor 1123 Tahun 2017", "Perda No 5 Tahun 2018", "Peraturan Bupati Mimika".
_DECREE_NAME_RE = re.compile(
    r"\b(?i:Surat Keputusan|Keputusan|Peraturan|Instruksi|Surat Edaran|SK|Perda|Perbup|Perwali"
    r"|Perwal|Pergub|Perpres|Inpres|Qanun)"
    r"(?:\s+(?i:Daerah|Bupati|Wali\s?kota|Walikota|Gubernur|Presiden"
    r"|Menteri(?:\s+(?!Nomor\b)[A-Z]\w+)?))?"
    r"(?:\s+(?!Nomor\b|No\b|Tahun\b)[A-Z][\w'-]*){0,3}"
    # "Peraturan Daerah (Perda) yang tertuang dalam Nomor 03 tahun 2016": its short name, and
    # the words that lead to its number.
    r"(?:\s*\([A-Za-z]{2,8}\))?"
    rf"(?P<number>(?:\s+{_LEADS_TO_NUMBER})?"
    r"\s+(?:Nomor|No\.?|Nomer|bernomor)\s*:?\s*[\w/.-]*\d[\w/-]*(?:\.\d+)*)?"
    r"(?:\s+[Tt]ahun\s+\d{4})?"
)
# What stands between a decree's name and the day it was signed.
# "…/V/2019, Tanggal 3 Mei 2019, Tentang …": a form's fields, capitalised.
_SIGNED_RE = re.compile(
    r"\s*,?\s*(?i:tanggal|tertanggal|tgl\.?|(?:yang\s+)?(?:diteken|ditandatangani|diterbitkan"
    r"|dikeluarkan|disahkan|ditetapkan|terbit)(?:\s+pada)?(?:\s+tanggal)?)\s+"
)
# "… tentang Penutupan Lokalisasi Kali Jambe": what it is about, up to the clause's end.
_ABOUT_RE = re.compile(
    r"\s*,?\s*(?i:tentang)\s+(?P<about>[^,;.\"()]{3,80}?)"
    r"(?=\s+yang\s+(?:diteken|ditandatangani|diterbitkan|dikeluarkan|disahkan|ditetapkan"
    r"|terbit)\b"
    r"|\s*[,;.\"()]|$)"
)
_ON_TOPIC_RE = re.compile(r"\b(?:lokalisasi|prostitusi|psk|pekerja seks|wisma|resosialisasi)\b")
MAX_ABOUT_WORDS = 10
"""What a decree is about, longer than this, has run into the sentence."""


def decrees(ctx: Context, view: SentenceView) -> None:
    """A decree named with its number or the day it was signed, in a sentence about
    lokalisasi or their closure (or right beside one)."""
    # The sentence before may open the paragraph before: online news gives most sentences a
    # paragraph of their own ("… penutupan lokalisasi KM17.\n\nSK bernomor … itu …"); one
    # decree may be named with the next ("… Perda Nomor 3 tahun 2016 tentang PMKS. Ditambah,
    # SK Bupati … tentang larangan kegiatan prostitusi").
    texts = [view.low] + [
        beside.low for beside in (ctx.previous(view), ctx.following(view)) if beside is not None
    ]
    if not any(_ON_TOPIC_RE.search(t) or lx.CLOSURE_RE.search(t) for t in texts):
        return
    for match in _DECREE_NAME_RE.finditer(view.text):
        date = _signed_date(view, match.end())
        if not match["number"] and date is None and not _ABOUT_RE.match(view.text, match.end()):
            continue
        name = _LEADS_TO_NUMBER_RE.sub("", match.group(0)).strip().rstrip(".")
        about = _ABOUT_RE.match(view.text, date.end if date else match.end())
        label = about["about"].strip() if about else None
        if about and date is None:
            # "… tentang Penutupan Lokalisasi Tondo yang ditandatangani pada 3 Mei 2017".
            date = _signed_date(view, about.end())
        if not match["number"] and date is None:
            continue  # "sesuai peraturan daerah", "Keputusan itu …": no one decree named
        if label and len(label.split()) > MAX_ABOUT_WORDS:
            label = None
        ctx.emit(
            ctx.fact(
                view,
                "decree",
                place_id=_decree_place(ctx, view),
                name=name,
                when=date.value if date else None,
                when_text=when_text(date) if date else None,
                label=label,
            )
        )


# "SK tersebut ditandatangani Bupati Nabire, Yakobus Kegou, pada 12 Februari 2019": the day
# the decree the sentence before named was signed.
_THAT_DECREE_SIGNED_RE = re.compile(
    r"\b(?:sk|surat keputusan|keputusan|peraturan|perda|perbup|perwali|perwal|pergub)\s+"
    r"(?:tersebut|itu)\s+(?:\w+\s+)?(?:diteken|ditandatangani|ditetapkan|disahkan|diterbitkan)"
    r"\b[^.;]{0,60}?\bpada\s+(?:tanggal\s+)?$"
)


def signed_later(ctx: Context, view: SentenceView) -> None:
    """'Surat Keputusan Bupati Nabire tentang penutupan lokalisasi Km 60 …. SK tersebut
    ditandatangani … pada 12 Februari 2019': a decree named without number or date, its
    signing told in the next sentence of the paragraph."""
    previous = ctx.previous(view)
    if previous is None or previous.paragraph != view.paragraph:
        return
    if any(f.kind == "decree" and f.sentence_id == previous.id for f in ctx.facts):
        return
    date = next(
        (
            d
            for d in view.dates
            if d.value and _THAT_DECREE_SIGNED_RE.search(view.low[max(0, d.start - 120) : d.start])
        ),
        None,
    )
    if date is None:
        return
    for match in _DECREE_NAME_RE.finditer(previous.text):
        about = _ABOUT_RE.match(previous.text, match.end())
        if match["number"] or not about or not _ON_TOPIC_RE.search(about["about"].lower()):
            continue
        label = about["about"].strip()
        ctx.emit(
            ctx.fact(
                view,
                "decree",
                place_id=_decree_place(ctx, previous),
                name=match.group(0).strip().rstrip("."),
                when=date.value,
                when_text=when_text(date),
                label=label if len(label.split()) <= MAX_ABOUT_WORDS else None,
            )
        )
        return


def _signed_date(view: SentenceView, position: int) -> DateMention | None:
    """The day a decree was signed, when the words at `position` give it."""
    signed = _SIGNED_RE.match(view.text, position)
    if not signed:
        return None
    return next((d for d in view.dates if d.start == signed.end() and d.value), None)


# "penutupan ini berdasarkan SK …": the closing told before, whose decree it is.
_CLOSING_POINTED_RE = re.compile(r"\bpenutupan\s+(?:ini|itu|tersebut)\b")


def _decree_place(ctx: Context, view: SentenceView) -> str:
    """The lokalisasi the sentence names, else the region of the closing it points back at,
    else the place it is about."""
    for loc in view.places:
        place = ctx.gazetteer.places.get(loc.place_id)
        if place and place.level == "lokalisasi":
            return place.id
    if _CLOSING_POINTED_RE.search(view.low):
        closed = next(
            (f.place_id for f in reversed(ctx.facts) if f.kind == "closure" and f.place_id), None
        )
        if closed:
            # The region that decrees for the closed place ("… dan mendukung target Kalimantan
            # Tengah" names a province that does not).
            return ctx.region_of(closed)
    places = ctx.collapse([loc.place_id for loc in ctx.about(view)])
    return places[0] if places else ctx.fallback_place(view)


RULES = (decrees, signed_later)
"""The decree rules, in the order they run."""


class DecreeFact(KindFact):
    """A decree (`name`, with its number), the day it was signed (`when`) and its subject."""

    FIELDS: ClassVar[frozenset[str]] = frozenset({"name", "when", "when_text", "label"})

    kind: Literal["decree"] = "decree"
    unit: None = None


KIND = Kind(
    name="decree",
    label="dasar hukum",
    model=DecreeFact,
    rules=RULES,
    editable=("place", "name", "when", "label"),
    describe=describe,
)
