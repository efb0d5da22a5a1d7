"""Conversions: what a lokalisasi, once closed, becomes or is to become — "eks lokalisasi X
kini menjadi sentra UMKM", "lahannya akan dialihfungsikan menjadi taman kota", "Pemkab
berencana menjadikan kawasan itu pusat pelatihan kerja"."""

from __future__ import annotations

import re
from typing import ClassVar, Literal

from knowledge import lexicon as lx
from knowledge.describe import conversion_text as describe
from knowledge.extract.context import Context, SentenceView
from knowledge.extract.discourse import points_at_site
from knowledge.kinds.spec import Kind, KindFact

# The verbs news uses for a new use of a place, and the word its new use follows. "menjadi"
# alone is everywhere ("menjadi perhatian"), so it counts only after a word of time or change.
_CHANGE = (
    r"dialihfungsikan|dialihfungsi|beralih fungsi|dijadikan|menjadikan(?:nya)?|"
    r"disulap|menyulap(?:nya)?|diubah|mengubah(?:nya)?|berubah(?: wajah)?|"
    r"(?:kini|sekarang|telah|sudah|akan|bakal|segera)\s+(?:menjadi|jadi)"
)
_CHANGE_RE = re.compile(rf"\b(?:{_CHANGE})\b")
_INTO_RE = re.compile(r"\b(?:menjadi|jadi|sebagai)\s+")
# What the place becomes ends where the clause does: punctuation, a quote, or a word that
# starts what is said about it ("… menjadi taman kota yang …", "… untuk warga").
_INTO_END_RE = re.compile(
    r"[.;:!?\"“”()]|\s(?:yang|agar|supaya|sehingga|untuk|bagi|oleh|pada|sejak|mulai|tahun|"
    r"dengan|karena|namun|tetapi|sedangkan|setelah|sebelum|kata|ujar|ungkap|jelas)\b"
)
# A list of uses ("sentra batik, kuliner dan konveksi") keeps its commas; another comma ends it.
_LIST_END_RE = re.compile(r"\b(?:dan|serta)\b")
# "… berubah menjadi lokalisasi" is how one began, not what it became after closing.
_BACK_INTO_RE = re.compile(rf"^(?:tempat\s+)?{lx.LOKALISASI}\b")
INTO_REACH = 60
"""How far after the verb its "menjadi"/"sebagai" may stand ("dijadikan kawasan itu sebagai …")."""
INTO_WORDS = 8
"""Words at most of a new use ("pusat pelatihan kerja dan sentra kuliner warga")."""
# What is converted heads its phrase: a lokalisasi, its land or its buildings — not "penutupan
# lokalisasi" (which "kini menjadi perhatian") nor "eks PSK lokalisasi X" (who become tailors).
_PLACE_HEAD_RE = re.compile(
    rf"^(?:(?:eks|bekas|mantan|kompleks|komplek)\s+)?(?:{lx.LOKALISASI}|lahan|tanah|kawasan|lokasi|"
    r"area|areal|bangunan|gedung|wisma|tempat)(?:nya)?\b"
)
_LEADING_RE = re.compile(
    r"^(?:(?:kini|saat ini|sekarang|sementara itu|adapun|nantinya|rencananya|ke depan|"
    r"selanjutnya|setelah itu|seluruh|semua|sebagian|para|sebuah|itu|sebanyak|sejumlah|"
    r"puluhan|belasan|ratusan|[\d.]+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|"
    r"sepuluh|\w+ puluh)\s+)+"
)
# The rest of a place that gets another use: "sebagian lagi menjadi …", "sisanya dijadikan …",
# "12 lainnya direnovasi menjadi …".
_REST_INTO_RE = re.compile(
    r"[,;]\s*(?:sedangkan\s+|sementara\s+|dan\s+)?(?:sebagian\s+(?:lagi|lainnya|yang lain)|"
    r"sisanya|(?:[\d.]+|\w+)\s+(?:lagi|lainnya))\s+(?:(?:akan|kini|telah|sudah)\s+)?"
    r"(?:(?:dialihfungsikan|direnovasi|diubah|disulap)\s+(?:menjadi|jadi|sebagai)|dijadikan"
    r"(?:\s+sebagai)?|menjadi|jadi)\s+"
)
_DIRECT_RE = re.compile(r"^(?:dijadikan|menjadikannya)$")
_ACTIVE_RE = re.compile(r"^(?:menjadikan|mengubah|menyulap)")
# "Bupati menyebutkan bekas lokalisasi akan dijadikan …": what is said opens a clause of its own.
_CLAUSE_START_RE = re.compile(
    r"[,;:\"“”]|\b(?:dan|sedangkan|sementara|namun|tetapi|bahwa|menyebutkan|menyebut"
    r"|mengatakan|menjelaskan|menyampaikan|mengungkapkan|menegaskan|berharap|mengakui|mengaku"
    r"|menilai|menyatakan|memastikan)\s"
)
# "Bangunan Rumah Biru tidak akan dibongkar, tetapi rencananya akan dialihfungsikan menjadi
# …": a clause with no subject of its own goes on about the lokalisasi named before it.
_ELIDED_RE = re.compile(r"(?:(?:akan|bakal|juga|pun|rencananya|nantinya|kemudian|lalu)\s*)*")
_PLANNED_RE = re.compile(
    r"\b(?:akan|bakal|rencana\w*|direncanakan|berencana|segera|hendak|diproyeksikan|wacana\w*|"
    r"ingin|usul\w*|diusulkan)\b"
)


def conversions(ctx: Context, view: SentenceView) -> None:
    """The new use of a lokalisasi (or its land) a sentence states, done or planned."""
    low = view.low
    change = _CHANGE_RE.search(low)
    if not change:
        return
    into = _INTO_RE.search(low, change.start())
    if into is None or into.start() - change.end() > INTO_REACH:
        if not _DIRECT_RE.match(change.group(0)):
            return
        into = change  # "dijadikan taman kota": the new use follows the verb
    if _ACTIVE_RE.match(change.group(0)):
        converted = low[change.end() : into.start()]
        if not (change.group(0).endswith("nya") or _names_a_place(ctx, view, converted)):
            return
    else:
        # "lokalisasi Kebobang di Kecamatan Wonosari, Kabupaten Malang akan dijadikan …": a
        # comma inside an address does not start a clause.
        ends = {loc.end for loc in view.places}
        begins = {loc.start for loc in view.places}
        starts = [
            m.end()
            for m in _CLAUSE_START_RE.finditer(low, 0, change.start())
            if not (m.group(0) == "," and m.start() in ends and m.end() + 1 in begins)
        ]
        subject = low[starts[-1] if starts else 0 : change.start()]
        if not _names_a_place(ctx, view, subject) and not (
            _ELIDED_RE.fullmatch(_LEADING_RE.sub("", subject.strip()))
            and _site_before(ctx, view, change.start())
        ):
            return
    use = _new_use(view.text, into.end())
    if use is None or _BACK_INTO_RE.match(use.lower()):
        return
    planned = _PLANNED_RE.search(low, 0, change.end())
    status = "planned" if planned else "done"
    place = _converted_place(ctx, view)
    ctx.emit(ctx.fact(view, "conversion", label=use, status=status, place_id=place))
    # "… menjadi pondok pesantren, sebagian lagi menjadi balai latihan kerja": the rest of
    # the place put to another use in the same sentence.
    for rest in _REST_INTO_RE.finditer(low, into.end()):
        other = _new_use(view.text, rest.end())
        if other and other != use and not _BACK_INTO_RE.match(other.lower()):
            ctx.emit(ctx.fact(view, "conversion", label=other, status=status, place_id=place))


def _site_before(ctx: Context, view: SentenceView, end: int) -> bool:
    """Whether a lokalisasi is named before `end`: the subject a later clause leaves out."""
    return any(
        loc.start < end and ctx.gazetteer.places[loc.place_id].level == "lokalisasi"
        for loc in view.places
        if loc.place_id in ctx.gazetteer.places
    )


def _names_a_place(ctx: Context, view: SentenceView, phrase: str) -> bool:
    """Whether `phrase` (lower case, cut from the view) is headed by a lokalisasi or its land."""
    phrase = _LEADING_RE.sub("", phrase.strip())
    if _PLACE_HEAD_RE.match(phrase):
        return True
    # "Km 7 kini menjadi …": the lokalisasi's own name heads it.
    offset = view.low.find(phrase) if phrase else -1
    return any(
        loc.start == offset and ctx.gazetteer.places[loc.place_id].level == "lokalisasi"
        for loc in view.places
        if loc.place_id in ctx.gazetteer.places
    )


def _new_use(text: str, start: int) -> str | None:
    """The words naming what the place becomes, from `start` to the end of the clause."""
    rest = text[start:]
    end = _INTO_END_RE.search(rest)
    chunk = rest[: end.start()] if end else rest
    parts = chunk.split(",")
    if len(parts) > 1 and not _LIST_END_RE.search(parts[-1]):
        chunk = parts[0]
    words = chunk.split()
    if not words or len(words) > INTO_WORDS:
        return None
    return " ".join(words)


def _converted_place(ctx: Context, view: SentenceView) -> str:
    """The lokalisasi the sentence names, else the one it points back at, else its place."""
    gazetteer = ctx.gazetteer
    for loc in view.places:
        place = gazetteer.places.get(loc.place_id)
        if place and place.level == "lokalisasi":
            return place.id
    last_site = ctx.discourse.last_site
    if last_site and (points_at_site(view.text) or not view.places):
        return last_site
    places = ctx.collapse([loc.place_id for loc in ctx.about(view)])
    return places[0] if places else ctx.fallback_place(view)


# "JIC … dibangun di atas bekas kawasan prostitusi Kramat Tunggak", "di atas lahan eks
# lokalisasi X kini berdiri masjid", "kantor yang dibangun di area eks lokalisasi X": what
# stands where a lokalisasi was.
_BUILT_ON = (
    r"(?:di\s+(?:atas\s+)?(?:lahan\s+|tanah\s+|area\s+|areal\s+|bangunan\s+|kawasan\s+)?"
    r"(?:eks|bekas)[\s-]+"
    rf"(?:kawasan\s+(?:prostitusi|pelacuran)|kompleks\s+|komplek\s+|{lx.LOKALISASI})"
    # "Di lokasi yang dahulu menjadi tempat praktik prostitusi itu kini berdiri musala".
    r"|di\s+(?:lokasi|lahan|tanah|tempat|kawasan)\s+(?:yang\s+)?(?:dahulu|dulu|dulunya|"
    r"sebelumnya)\s+(?:menjadi|merupakan|dikenal\s+sebagai)\s+[^,.;]{0,40}?"
    rf"(?:prostitusi|pelacuran|{lx.LOKALISASI}))"
)
_BUILT_VERB = r"(?:dibangun|berdiri|didirikan|dibangunlah)"
_BUILT_AFTER_RE = re.compile(rf"\b(?:yang\s+)?{_BUILT_VERB}\s+{_BUILT_ON}")
_BUILT_BEFORE_RE = re.compile(
    rf"\b{_BUILT_ON}[^,.;]{{0,40}}?,?\s+(?:(?:kini|sekarang|telah|sudah|akan|bakal)\s+)*"
    rf"{_BUILT_VERB}\s+"
)
# "Pemkot memulai pembangunan taman kota di kawasan eks-lokalisasi X": what is being built.
_BUILDING_RE = re.compile(rf"\bpembangunan\s+(?P<use>[^,.;]{{3,60}}?)\s+{_BUILT_ON}")
# The subject a "… dibangun di atas bekas lokalisasi" sentence opens with ends at its verb.
_SUBJECT_END_RE = re.compile(r"\s+(?:ialah|adalah|merupakan|yang|kini|telah|sudah)\b")


def built_on(ctx: Context, view: SentenceView) -> None:
    """What was built where a lokalisasi stood: the subject before "dibangun di atas bekas
    lokalisasi X", what "berdiri" after "di atas bekas lokalisasi X", or what is being built
    ("pembangunan … di kawasan eks lokalisasi X")."""
    low = view.low
    before = _BUILT_BEFORE_RE.search(low)
    after = None if before else _BUILT_AFTER_RE.search(low)
    building = None if before or after else _BUILDING_RE.search(low)
    if building:
        use = view.text[building.start("use") : building.end("use")]
    elif before:
        use = _new_use(view.text, before.end())
    elif after:
        opening = view.text[: after.start()]
        cut = _SUBJECT_END_RE.search(opening)
        subject = (opening[: cut.start()] if cut else opening).strip(" ,")
        words = subject.split()
        use = subject if words and len(words) <= SUBJECT_WORDS else None
    else:
        return
    if use is None or _BACK_INTO_RE.match(use.lower()):
        return
    # Being built ("pembangunan …"): what it is to become, not yet what it is.
    planned = building or _PLANNED_RE.search(low, 0, (before or after).end())  # type: ignore[union-attr]
    status = "planned" if planned else "done"
    ctx.emit(
        ctx.fact(view, "conversion", label=use, status=status, place_id=_converted_place(ctx, view))
    )


SUBJECT_WORDS = 14
"""Words at most of a building named before "dibangun di atas" (its long name and short one)."""


RULES = (conversions, built_on)
"""The conversion rules, in the order they run."""


class ConversionFact(KindFact):
    """What a lokalisasi became or is to become (`label`), done or planned (`status`)."""

    FIELDS: ClassVar[frozenset[str]] = frozenset({"label", "status"})

    kind: Literal["conversion"] = "conversion"
    unit: None = None


KIND = Kind(
    name="conversion",
    label="alih fungsi",
    model=ConversionFact,
    rules=RULES,
    editable=("place", "label", "status"),
    describe=describe,
)
