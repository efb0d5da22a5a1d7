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

# A decree's name as news writes it, its number included: "Surat Keputusan Wali Kota Kendari
# Nomor 1123 Tahun 2017", "Perda No 5 Tahun 2018", "Peraturan Bupati Mimika".
_DECREE_NAME_RE = re.compile(
    r"\b(?:Surat Keputusan|Keputusan|Peraturan|Instruksi|Surat Edaran|SK|Perda|Perbup|Perwali"
    r"|Perwal|Pergub|Perpres|Inpres|Qanun)"
    r"(?:\s+(?:Daerah|Bupati|Wali\s?[Kk]ota|Walikota|Gubernur|Menteri(?:\s+[A-Z]\w+)?|Presiden))?"
    r"(?:\s+(?!Nomor\b|No\b|Tahun\b)[A-Z][\w'-]*){0,3}"
    r"(?P<number>\s+(?:Nomor|No\.?|Nomer)\s*[\w/.-]*\d[\w/-]*(?:\.\d+)*)?"
    r"(?:\s+[Tt]ahun\s+\d{4})?"
)
# What stands between a decree's name and the day it was signed.
_SIGNED_RE = re.compile(
    r"\s*,?\s*(?:tanggal|tertanggal|tgl\.?|(?:yang\s+)?(?:diteken|ditandatangani|diterbitkan"
    r"|dikeluarkan|disahkan|terbit)(?:\s+pada)?(?:\s+tanggal)?)\s+"
)
# "… tentang Penutupan Lokalisasi Kali Jambe": what it is about, up to the clause's end.
_ABOUT_RE = re.compile(
    r"\s*,?\s*tentang\s+(?P<about>[^,;.\"()]{3,80}?)"
    r"(?=\s+yang\s+(?:diteken|ditandatangani|diterbitkan|dikeluarkan|disahkan|terbit)\b"
    r"|\s*[,;.\"()]|$)"
)
_ON_TOPIC_RE = re.compile(r"\b(?:lokalisasi|prostitusi|psk|pekerja seks|wisma|resosialisasi)\b")
MAX_ABOUT_WORDS = 10
"""What a decree is about, longer than this, has run into the sentence."""


def decrees(ctx: Context, view: SentenceView) -> None:
    """A decree named with its number or the day it was signed, in a sentence about
    lokalisasi or their closure (or right after one)."""
    previous = ctx.previous(view)
    texts = [view.low] + (
        [previous.low] if previous and previous.paragraph == view.paragraph else []
    )
    if not any(_ON_TOPIC_RE.search(t) or lx.CLOSURE_RE.search(t) for t in texts):
        return
    for match in _DECREE_NAME_RE.finditer(view.text):
        date = _signed_date(view, match.end())
        if not match["number"] and date is None and not _ABOUT_RE.match(view.text, match.end()):
            continue
        name = match.group(0).strip().rstrip(".")
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


def _signed_date(view: SentenceView, position: int) -> DateMention | None:
    """The day a decree was signed, when the words at `position` give it."""
    signed = _SIGNED_RE.match(view.text, position)
    if not signed:
        return None
    return next((d for d in view.dates if d.start == signed.end() and d.value), None)


def _decree_place(ctx: Context, view: SentenceView) -> str:
    """The lokalisasi the sentence names, else the place it is about."""
    for loc in view.places:
        place = ctx.gazetteer.places.get(loc.place_id)
        if place and place.level == "lokalisasi":
            return place.id
    places = ctx.collapse([loc.place_id for loc in ctx.about(view)])
    return places[0] if places else ctx.fallback_place(view)


RULES = (decrees,)
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
