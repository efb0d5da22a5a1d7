"""Counts: how many workers (PSK, pekerja seks, penghuni …), how many lokalisasi there are or
are left, and how many of what else the articles count (mucikari, wisma, KK), in a place —
alone, in a run of figures totalled up, or as a list of places with a figure each."""

from __future__ import annotations

import datetime as dt
import re
from typing import ClassVar, Literal

from pydantic import Field

from knowledge import lexicon as lx
from knowledge.describe import count_text
from knowledge.extract.context import Context, SentenceView, superlative, when_text
from knowledge.extract.discourse import origin_spans, points_at_site
from knowledge.extract.lokalisasi import (
    closure_fact,
    continues_closure,
    inventory_fact,
    live_triggers,
    lokalisasi_counts,
    per_place,
)
from knowledge.kinds.spec import Kind, KindFact
from knowledge.models import Fact
from knowledge.numbers import Amount
from knowledge.places import INDONESIA

# "tiga lokalisasi yang ada di …": a count of lokalisasi says they exist somewhere.
_EXISTS_RE = re.compile(r"\b(?:yang ada|ada|terdapat|tersebar|berada|yaitu|yakni)\b")
_EXISTS_REACH = 60
# Workers named right after a figure: "239 pekerja seks", "40 orang PSK".
_WORKERS_AFTER_RE = re.compile(
    rf"\s+(?:{lx.PEOPLE_UNIT}\s+)?(?:(?:mantan|eks|bekas)\s+)?({lx.WORKER})\b"
)
_PEOPLE_AFTER_RE = re.compile(rf"\s+{lx.PEOPLE_UNIT}\b")
# "Lokalisasi di Unaaha saat ini dihuni 27 pekerja dan 6 mucikari": in a lokalisasi's sentence,
# plain "pekerja" are its workers (not "pekerja sosial", "pekerja kebun").
_LOOSE_WORKERS = (
    r"(pekerja|penghuni)\b(?!\s+(?:sosial|kebun|perkebunan|bangunan|pabrik|migran|proyek"
    r"|tambang|kantor|harian|lepas|media|rumah tangga)\b)"
)
_LOOSE_WORKERS_AFTER_RE = re.compile(rf"\s+(?:(?:mantan|eks|bekas)\s+)?{_LOOSE_WORKERS}")
# "sudah 121 eks penghuni yang dipulangkan": former residents are a lokalisasi's, said anywhere.
_FORMER_RESIDENTS_AFTER_RE = re.compile(rf"\s+(?:mantan|eks|bekas)\s+{_LOOSE_WORKERS}")
# "jumlah PSK … mencapai 40 orang": the workers named before "N orang" (the looser words when
# the sentence or its paragraph is about lokalisasi).
_VERB_BEFORE_FIGURE = (
    r"(?:\s+[\w-]+){0,3}?\s*(?:sebanyak|mencapai|berjumlah|sejumlah|tercatat"
    r"|terdata|sekitar|hanya|ada)?\s*$"
)
# "Jumlah penghuninya 58 orang": the workers may carry "-nya".
_WORKERS_BEFORE_RE = re.compile(rf"\b({lx.WORKER})(?:nya)?\b{_VERB_BEFORE_FIGURE}")
_WORKERS_LOOSE_BEFORE_RE = re.compile(rf"\b({lx.WORKER_LOOSE})(?:nya)?\b{_VERB_BEFORE_FIGURE}")
# "jumlah WPS di Sunan Kuning sebanyak 448.": the figure closes a phrase that names the workers,
# with nothing counted after it.
_WORKERS_NAMED_BEFORE_RE = re.compile(
    rf"\bjumlah\s+({lx.WORKER})(?:nya)?\b(?:\s+[\w-]+){{0,5}}?\s*"
    r"(?:sebanyak|mencapai|berjumlah|sejumlah|tercatat|terdata|ada|sekitar|hanya)\s*$"
    # "para mantan PSK sebanyak 58 yang pulang": the workers, then a counting verb.
    rf"|\b({lx.WORKER})(?:nya)?\s+(?:sebanyak|berjumlah|sejumlah|mencapai)\s*$"
)
# "… sebanyak 58 yang pulang": a clause about them follows, no other thing counted.
_NOTHING_COUNTED_AFTER_RE = re.compile(r"\s*(?:[.,;:)]|$|(?:di|pada|per|hingga|sampai|yang)\b)")
_AVERAGE_RE = re.compile(r"\b(?:rata-rata|rerata|rata rata)\b")
AVERAGE_REACH = 30
"""An average this close before a figure makes it one place's share, not a count."""
_SITE_THINGS_RE = re.compile(r"\b(?:wisma|mucikari|germo|muncikari)\b")
"""What only a lokalisasi has: with a closing, a sentence speaks of one."""
_OTHERS_AFTER_RE = re.compile(r"\s+(?:orang\s+)?(?:lainnya|yang lain)\b")
"""After a figure, "lainnya": more of the people just counted ("Sedangkan sekitar 60 lainnya
memilih pulang dengan biaya sendiri")."""
_AND_OTHERS_AFTER_RE = re.compile(
    r"\s*(?:,|dan)\s+(?:sekitar\s+)?\d[\d.]*\s+(?:orang\s+)?lainnya\b"
)
"""After a bare figure, "dan 45 lainnya": it counts the same people ("di Kabupaten Madiun
tercatat 95 dan 45 lainnya di Kota Kediri")."""
_INHABITED_BY_RE = re.compile(r"\b(?:dihuni|menghuni|dihuni oleh)\s+(?:sekitar\s+|sebanyak\s+)?$")
_OPEN_BRACKET_RE = re.compile(r"\(\s*$")
_WORKER_WORD_RE = re.compile(rf"\b({lx.WORKER})\b")
# "27 perempuan yang diduga pekerja seks", "belasan perempuan yang diduga melayani tamu": women
# the story says are the workers, counted as they are called.
_WOMEN = r"(?:perempuan|wanita)"
_WOMEN_WORKERS = (
    rf"{_WOMEN}\s+(?:[\w-]+\s+){{0,2}}?yang\s+(?:diduga|disebut|diketahui|merupakan|adalah)"
    rf"\s+(?:sebagai\s+)?(?:{lx.WORKER}|melayani\s+tamu|menjajakan\s+diri|menjual\s+diri)"
)
_WOMEN_AFTER_RE = re.compile(rf"\s+(?={_WOMEN_WORKERS})")
_WOMEN_WORKERS_RE = re.compile(rf"\b{_WOMEN_WORKERS}")
# "… belasan perempuan … . Satpol PP menyebut jumlah pastinya 14 orang": the exact figure of
# the people the sentence before counted loosely.
_EXACT_FIGURE_RE = re.compile(
    r"\bjumlah(?:nya)?\s+(?:pasti(?:nya)?|tepat(?:nya)?|persis(?:nya)?|sebenarnya)"
    r"\s+(?:ada\s+|mencapai\s+|sebanyak\s+)?$"
)
# "… 212 pekerja seks terjaring razia di seluruh Sumbar. Dari angka itu, 74 orang terjaring di
# Kota Padang": a part of the figure the sentence before gave.
_PART_OF_BEFORE_RE = re.compile(
    r"\b(?:dari|di antara)\s+(?:angka|jumlah|total|[\d.]+\s+orang)\s+(?:itu|tersebut)\s*,?\s*"
    r"(?:sebanyak\s+)?$"
)
# "… 41 orang sudah dipulangkan. Sisanya 22 orang memilih menetap": the rest of them.
_REST_BEFORE_RE = re.compile(r"\bsisanya\s+(?:sebanyak\s+)?$")
# "35 titik" are lokalisasi; "dua lokasi diskotik", "tiga tempat hiburan" are other places.
_SITE_PLACES_RE = re.compile(
    r"\s+(?:titik|tempat|lokasi)\b(?!\s+(?:diskotik|diskotek|hiburan|karaoke|warung|kafe|cafe"
    r"|hotel|penginapan|usaha|makan|ibadah))"
)
_REMAINING_WORDS_RE = re.compile(r"\b(?:masih ada|tersisa|sisa|tinggal|belum ditutup)\b")
# A place of a list, then its figure: "Jawa Tengah 7", "Lampung sebanyak 4".
_PLACE_THEN_FIGURE_RE = re.compile(r"\s*(?:sebanyak\s+|ada\s+)?")
_LIST_ITEM_END_RE = re.compile(r"\s*(?:,|;|\.|$|dan\b|serta\b|lalu\b)")
_SHARED_FIGURE_RE = re.compile(r"[\s,]*(?:dan\s+|serta\s+)?(?:masing-masing|masing masing)\s+")
_LIST_LEVELS = ("provinsi", "kabupaten", "kota")
# The thing counted right after a figure, or named before the figure that closes the phrase:
# "92 mucikari", "100 orang germo"; "jumlah wisma mencapai 52". (unit, after, before) per thing.
COUNTED_PATTERNS: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (
        unit,
        re.compile(rf"\s+(?:{lx.PEOPLE_UNIT}\s+|buah\s+|unit\s+)?{pattern.pattern}"),
        re.compile(
            rf"\b(?:jumlah|sebanyak|total)\s+{pattern.pattern}(?:\s+[\w-]+){{0,4}}?\s*"
            r"(?:sebanyak|mencapai|berjumlah|sejumlah|ada|tercatat|hanya|sekitar)?\s*$"
        ),
    )
    for unit, pattern, _ in lx.COUNTED_THINGS.values()
)
_OTHER_BEFORE = tuple(before_re for _, _, before_re in COUNTED_PATTERNS)
_OTHER_PEOPLE_AFTER = tuple(
    (unit, after_re) for unit, after_re, _ in COUNTED_PATTERNS if unit in lx.OTHER_UNITS
)
# "mucikari sebanyak 15 orang", "wisma sebanyak 30": the thing, then a verb of counting.
_THING_RIGHT_BEFORE = tuple(
    (
        unit,
        re.compile(rf"\b{pattern.pattern}(?:nya)?\s+(?:sebanyak|berjumlah|sejumlah|mencapai)\s*$"),
    )
    for unit, pattern, _ in lx.COUNTED_THINGS.values()
)


def _thing_right_before(before: str, after: str) -> str | None:
    """The thing a figure counts, named right before it with a verb of counting; a thing that
    is no people is not counted in "orang" ("PSK yang menghuni wisma sebanyak 30 orang")."""
    people = bool(_PEOPLE_AFTER_RE.match(after))
    return next(
        (
            unit
            for unit, before_re in _THING_RIGHT_BEFORE
            if before_re.search(before) and (unit in lx.COUNTED_PEOPLE or not people)
        ),
        None,
    )


_DISTRICT_DEPTH = 3
"""Depth of a kecamatan: a total of parts no wider than one is of the lokalisasi there."""
_WORKERS_TOPIC_RE = re.compile(
    rf"^\W*(?:untuk|bagi|soal|mengenai|terkait|adapun)\s+(?:para\s+|jumlah\s+)?({lx.WORKER})\b"
)
# "Dari 120 PSK, baru 85 orang yang bersedia dipulangkan, sisanya 35 orang …": the parts, in
# the people the sentence opened with.
_FROM_WORKERS_RE = re.compile(
    rf"^\W*dari\s+(?:total\s+|jumlah\s+|sekitar\s+)?[\d.,]+\s+(?:orang\s+)?({lx.WORKER})\s*,"
)
_GOES_ON_WITH_THEM_RE = re.compile(
    r"^\W*(?:yang|jumlahnya|jumlah (?:mereka|yang)|dari (?:jumlah )?(?:itu|tersebut|mereka))\b"
)
_BEFORE_REACH = 70
"""How far before a worker count its workers may be named."""
RECENT_SENTENCES = 3
"""A total ("Total 127 orang") adds up the worker counts of this many sentences before it."""
WORKER_UNITS = {"psk": "PSK", "wts": "WTS", "wps": "WPS"}
"""Worker words as facts write them (the rest as written, "pekerja seks …" shortened)."""
# Clause edges a count's predicate ("dipulangkan") must lie within.
_CLAUSE_MARKS = (",", ";", ". ")
# "Saat ditutup, ada 29 PSK", "… kondisi sebelum penutupan, ketika … mencatat 93": a count of
# the lokalisasi closed, as it was then; "Saat itu tercatat 87 …" right after a closure, too.
_AT_CLOSURE_RE = re.compile(
    r"\b(?:saat|ketika|sewaktu|menjelang|jelang|sebelum)\s+(?:di)?(?:tutup|penutupan)\b"
)
# "Bukit Jaya merupakan lokalisasi terbesar dari tiga lokalisasi yang ada di Kabupaten Sintang,
# dengan 64 pekerja seks": the figure after the ranking is the subject's, not the region's.
_SUBJECT_RANKED_RE = re.compile(
    r"\s+(?:merupakan|adalah|ialah|menjadi|jadi)\s+(?:lokalisasi\s+|yang\s+)*"
    rf"{lx.SUPERLATIVE_RE.pattern}[^.;]*,\s*(?:dengan|dihuni(?:\s+oleh)?|berisi|menampung)\s+"
    r"(?:sekitar\s+|sebanyak\s+|total\s+)?$"
)
_SINCE_BEFORE_RE = re.compile(r"\b(?:sejak|semenjak|mulai)\s+(?:tahun\s+)?$")
_THEN_RE = re.compile(r"^(?:pada\s+)?(?:saat|ketika|waktu)\s+itu\b")


def inventory(ctx: Context, view: SentenceView) -> None:
    """'tiga lokalisasi yang ada di Kabupaten Kotawaringin Timur': how many there are.

    Only in a sentence that states no closure (no closing verb, not going on with one)."""
    if live_triggers(view) or continues_closure(ctx, view):
        return
    fresh = [amount for amount, anaphoric in lokalisasi_counts(view) if not anaphoric]
    if not fresh:
        return
    amount = fresh[0]
    context = view.low[: amount.start] + view.low[amount.end : amount.end + _EXISTS_REACH]
    if not _EXISTS_RE.search(context):
        return
    shared = per_place(view)
    if len({place for _, place in shared}) > 1:
        for figure, place in shared:
            inventory_fact(ctx, view, figure, place)
        return
    # "masih ada empat lokalisasi, termasuk Gang 5": a lokalisasi after the figure is one of
    # those counted, not where they are.
    known = ctx.gazetteer.places
    places = ctx.collapse(
        [
            loc.place_id
            for loc in view.places
            if loc.start > amount.start
            and (loc.place_id not in known or known[loc.place_id].level != "lokalisasi")
        ]
    )
    named = ctx.discourse.named_right_after(view, amount.end)
    if named and len(places) > 1:
        # "ada tiga lokalisasi di Kotawaringin Timur, yaitu di …": the figure's own place,
        # not the addresses of the list after it.
        places = [named]
    if len(places) > 1:
        common = ctx.gazetteer.common_ancestor(places)
        place = common if common and common != INDONESIA else places[0]
    elif places:
        place = places[0]
    else:
        # "di Riau saat ini tersisa 14 lokalisasi": the place named before the figure.
        place = ctx.place_near(view, amount.start, amount.end) or ctx.fallback_place(view)
    inventory_fact(ctx, view, amount, place)


# "Di Kabupaten X, menurutnya, tidak ada lokalisasi": there are none ("tidak ada lagi
# lokalisasi" says one was closed, and the closure rules read it).
_NONE_THERE_RE = re.compile(
    rf"(?<!\bjika )(?<!\bkalau )(?<!\bbila )(?<!\bagar )\b(?:tidak|tak)\s+(?:ada|memiliki|"
    rf"mempunyai|punya)\s+(?:satu\s+pun\s+)?{lx.LOKALISASI}\b(?!\s+(?:yang|lagi)\b)"
)


def none_there(ctx: Context, view: SentenceView) -> None:
    """'Di Kabupaten X tidak ada lokalisasi': no lokalisasi in the place named (0)."""
    if "tidak" not in view.low and "tak" not in view.low:
        return  # most sentences: the pattern's look-behinds would be tried at every letter
    match = _NONE_THERE_RE.search(view.low)
    if match is None:
        return
    named = [loc.place_id for loc in ctx.about(view)]
    place = (ctx.collapse(named) or [ctx.fallback_place(view)])[0]
    none = Amount(0, match.group(0), match.start(), match.end(), money=False, approximate=False)
    inventory_fact(ctx, view, none, place)


def counts(ctx: Context, view: SentenceView) -> None:
    """Workers counted: "239 pekerja seks", "PSK … sebanyak 40 orang", "Total 127 orang"."""
    low = view.low
    worker_context = _worker_context(ctx, view)
    lokalisasi_context = (
        bool(lx.LOKALISASI_RE.search(low))
        # "sebelum ditutup jumlah wisma mencapai 30 dan penghuninya lebih dari 200 orang"
        or bool(_SITE_THINGS_RE.search(low) and lx.CLOSURE_RE.search(low))
        or _names_site(ctx, view)
        or any(
            f.kind in ("count", "closure") and ctx.paragraph_of(f.sentence_id) == view.paragraph
            for f in ctx.facts[-3:]
        )
    )
    workers_before = _WORKERS_LOOSE_BEFORE_RE if lokalisasi_context else _WORKERS_BEFORE_RE
    homes = origin_spans(low)
    for amount in view.amounts:
        if amount.value is None or amount.money or view.in_date(amount):
            continue
        if any(a <= amount.start < b for a, b in homes):
            continue  # "pulang ke Jawa, yakni Jawa Timur sebanyak 149 orang": a home region's share
        just_before = low[max(0, amount.start - 50) : amount.start]
        if any(before_re.search(just_before) for before_re in _OTHER_BEFORE):
            continue  # "penerima manfaat … tercatat 1.046 eks PSK": the other thing is counted
        if _thing_right_before(just_before, low[amount.end : amount.end + 50]):
            continue  # "sedangkan mucikari sebanyak 15 orang": mucikari, not the workers
        if _AVERAGE_RE.search(just_before[-AVERAGE_REACH:]):
            continue  # "rata-rata hanya memiliki 5 orang PSK": each wisma's, no one's total
        if view.is_year(amount):
            continue
        after = low[amount.end : amount.end + 50]
        before = _before_figure(view, amount)
        unit = None
        total = False
        restated = False
        if m := _WORKERS_AFTER_RE.match(after):
            unit = m.group(1)
        elif _WOMEN_AFTER_RE.match(after):
            unit = "perempuan"
        elif (lokalisasi_context and (m := _LOOSE_WORKERS_AFTER_RE.match(after))) or (
            m := _FORMER_RESIDENTS_AFTER_RE.match(after)
        ):
            unit = m.group(1)
        elif _PEOPLE_AFTER_RE.match(after):
            if any(after_re.match(after) for _, after_re in _OTHER_PEOPLE_AFTER):
                continue  # "10 orang mucikari": people, but not the workers
            if (m := workers_before.search(before)) or (
                (m := _FROM_WORKERS_RE.match(low)) and amount.start >= m.end()
            ):
                unit = m.group(1)
            elif m := _WORKERS_TOPIC_RE.match(low):
                # "Untuk para wanita tuna susila (WTS), … terdapat sebanyak 89 orang": the
                # sentence opens with whom it counts.
                unit = m.group(1)
            elif worker_context and _GOES_ON_WITH_THEM_RE.match(low):
                # "… 112 PSK yang ada di lokalisasi itu. Yang akan dipulangkan besok sebanyak
                # 52 orang": the workers of the sentence before, those of them this says.
                unit = worker_context
            elif _INHABITED_BY_RE.search(before):
                unit = "penghuni"
            elif (
                _PART_OF_BEFORE_RE.search(before)
                or _REST_BEFORE_RE.search(before)
                or lx.CHANGED_FROM_RE.match(low[: amount.start])
            ) and _recent_counts(ctx, view):
                unit = _recent_counts(ctx, view)[-1].unit
            elif _EXACT_FIGURE_RE.search(before) and (worker_context or _women_before(ctx, view)):
                unit = worker_context or "perempuan"
                restated = True
            elif lx.TOTAL_RE.search(before[-20:]) and _recent_counts(ctx, view):
                unit = _recent_counts(ctx, view)[-1].unit
                total = True
            elif _OPEN_BRACKET_RE.search(before) and _site_before(ctx, view, amount.start):
                unit = worker_context or "PSK"  # "Kampung Sentosa … (45 orang)"
            elif worker_context and (
                _site_before(ctx, view, amount.start)
                or _place_right_before(view, amount)
                # "Sebanyak 58 orang berada di lokalisasi Km 5": the place its own words name.
                or ctx.discourse.named_right_after(view, amount.end)
            ):
                # "Paling banyak di lokalisasi Bukit Kemuning, …, dengan 131 orang": the
                # workers were named in the sentence before.
                unit = worker_context
        elif _NOTHING_COUNTED_AFTER_RE.match(after) and (
            m := _WORKERS_NAMED_BEFORE_RE.search(before)
        ):
            unit = m.group(1) or m.group(2)
        elif (_OTHERS_AFTER_RE.match(after) or _AND_OTHERS_AFTER_RE.match(after)) and (
            recent := _recent_counts(ctx, view)
        ):
            unit = recent[-1].unit
        if unit is None:
            continue
        total = total or bool(lx.TOTAL_RE.search(before[-30:]))
        place = _count_place(ctx, view, amount, total)
        site = ctx.discourse.last_site
        if restated and site and ctx.gazetteer.contains(place, site):
            # "Kepala Satpol PP Kota Padang menyebut jumlah pastinya 14 orang": the people of
            # the lokalisasi the sentence before was about, whose office tells the figure.
            place = site
        most = lx.SUPERLATIVE_RE.search(low)
        when, said_when = count_date(ctx, view, amount)
        ctx.emit(
            ctx.fact(
                view,
                "count",
                place_id=place,
                number=amount.value,
                number_text=amount.text,
                when=when,
                when_text=said_when,
                unit=worker_unit(unit),
                approximate=amount.approximate,
                total=total,
                superlative=superlative(most.group(1)) if most else None,
                qualifier="sisa" if lx.REMAINING_RE.search(low[: amount.start]) else None,
                label=predicate(view, amount),
            )
        )


def other_counts(ctx: Context, view: SentenceView) -> None:
    """Counts of what else the articles count: mucikari, wisma, KK, "35 titik" (lokalisasi).

    The counted thing stands right after the figure ("92 mucikari", "100 orang germo") or
    the figure closes a phrase that names it ("jumlah wisma mencapai 52").
    """
    low = view.low
    counted_before = _counted_figures(ctx, view)
    counts_lokalisasi = {amount.start for amount, _ in lokalisasi_counts(view)}
    for amount in view.amounts:
        if amount.value is None or amount.money or view.in_date(amount):
            continue
        if view.is_year(amount) or amount.start in counted_before:
            continue
        after = low[amount.end : amount.end + 40]
        before = low[max(0, amount.start - 50) : amount.start]
        if amount.start in counts_lokalisasi:
            continue  # "jumlah penghuni tiga komplek lokalisasi …": three lokalisasi
        # The thing named right after a figure is what it counts, whatever phrase it closes.
        unit = (
            next(
                (thing for thing, after_re, _ in COUNTED_PATTERNS if after_re.match(after)),
                None,
            )
            or next(
                (thing for thing, _, before_re in COUNTED_PATTERNS if before_re.search(before)),
                None,
            )
            or _thing_right_before(before, after)
        )
        if unit is None:
            if _SITE_PLACES_RE.match(after) and _about_lokalisasi(ctx, view):
                # "Disusul Kutai Kartanegara sebanyak 35 titik": lokalisasi, named before.
                inventory_fact(ctx, view, amount, _count_place(ctx, view, amount, False))
            continue
        place = _count_place(ctx, view, amount, False)
        workers = [f for f in ctx.facts if f.kind == "count" and f.sentence_id == view.id]
        if workers and not view.places:
            place = workers[-1].place_id  # "Totalnya 46 pekerja seks dengan 19 mucikari"
        ctx.emit(
            ctx.fact(
                view,
                "count",
                place_id=place,
                number=amount.value,
                number_text=amount.text,
                unit=unit,
                approximate=amount.approximate,
                total=bool(lx.TOTAL_RE.search(before[-30:])),
                qualifier="sisa" if lx.REMAINING_RE.search(before[-25:]) else None,
                label=predicate(view, amount),
            )
        )


def place_lists(ctx: Context, view: SentenceView) -> None:
    """'Jawa Tengah 7, Lampung 4, … Bengkulu dan Banten masing-masing 1': a figure per place,
    counting what the sentence or the two before it count (lokalisasi left, closed …)."""
    pairs = _listed_figures(ctx, view)
    if len(pairs) < 2:
        return
    context = [v for v in (ctx.previous(view), view) if v is not None]
    before = ctx.previous(context[0]) if len(context) == 2 else None
    if before is not None:
        context.insert(0, before)
    said = " ".join(v.low for v in context)
    if not lx.LOKALISASI_RE.search(said):
        return
    remaining = bool(_REMAINING_WORDS_RE.search(said))
    closed = not remaining and bool(lx.CLOSURE_RE.search(said))
    # "18 lokalisasi … ditutup sepanjang 2018. … merinci: Sulawesi Selatan 4, …": the list
    # shares the period its lead-in names.
    period = next((d for v in reversed(context) for d in v.usable_dates() if d.value), None)
    for amount, place in pairs:
        if remaining:
            inventory_fact(ctx, view, amount, place, qualifier="sisa")
        elif closed:
            closure_fact(ctx, view, place, amount, period, "done")
        else:
            inventory_fact(ctx, view, amount, place)


def _listed_figures(ctx: Context, view: SentenceView) -> list[tuple[Amount, str]]:
    """(figure, place) for each 'Place N' of a list, and places sharing 'masing-masing N'."""
    pairs: list[tuple[Amount, str]] = []
    pending: list[str] = []
    for loc in view.places:
        place = ctx.gazetteer.places.get(loc.place_id)
        if place is None or place.level not in _LIST_LEVELS:
            continue
        figure = next(
            (
                a
                for a in view.amounts
                if a.value is not None
                and not a.money
                and a.start >= loc.end
                and _PLACE_THEN_FIGURE_RE.fullmatch(view.low[loc.end : a.start])
            ),
            None,
        )
        if figure is not None and not view.is_year(figure):
            after = view.low[figure.end : figure.end + 12]
            if _LIST_ITEM_END_RE.match(after):
                pairs.append((figure, loc.place_id))
                continue
        pending.append(loc.place_id)
        if _SHARED_FIGURE_RE.match(view.low[loc.end : loc.end + 30]):
            figure = next((a for a in view.amounts if a.start > loc.end), None)
            if figure is not None and figure.value is not None:
                pairs.extend((figure, pid) for pid in pending)
            pending = []
    return pairs


def _names_site(ctx: Context, view: SentenceView) -> bool:
    """Whether the sentence names a lokalisasi ("penghuni Kampung Biru …")."""
    places = ctx.gazetteer.places
    return any(
        loc.place_id in places and places[loc.place_id].level == "lokalisasi" for loc in view.places
    )


def _before_figure(view: SentenceView, amount: Amount) -> str:
    """The words before a figure, each place named there one word: "penghuni Kampung Biru
    saat ini berjumlah 105 orang" names the counted people four words before the figure."""
    start = max(0, amount.start - _BEFORE_REACH)
    text = view.low[start : amount.start]
    for loc in sorted(view.places, key=lambda loc: loc.start, reverse=True):
        if start <= loc.start and loc.end <= amount.start:
            text = text[: loc.start - start] + "tempat" + text[loc.end - start :]
    return text


def _about_lokalisasi(ctx: Context, view: SentenceView) -> bool:
    """Whether this sentence or one of the two before it names lokalisasi: a quote often
    opens a paragraph of its own ("… dua lokalisasi tersisa ditutup. ¶ "Masih ada dua titik
    lagi … Jumlah penghuninya 58 orang")."""
    previous = ctx.previous(view)
    before = ctx.previous(previous) if previous is not None else None
    return any(
        sentence is not None and lx.LOKALISASI_RE.search(sentence.low)
        for sentence in (view, previous, before)
    )


def _counted_figures(ctx: Context, view: SentenceView) -> set[int]:
    """Where this sentence's figures already counted something (by their start offset)."""
    numbers = {
        f.number_text
        for f in ctx.facts
        if f.sentence_id == view.id and f.kind in ("count", "closure") and f.number is not None
    }
    return {a.start for a in view.amounts if a.text in numbers}


def _recent_counts(ctx: Context, view: SentenceView) -> list[Fact]:
    """The run of worker counts in the sentences just before this one."""
    run: list[Fact] = []
    for fact in reversed(ctx.facts):
        if fact.kind != "count" or fact.unit == "lokalisasi":
            continue
        if view.id - fact.sentence_id > RECENT_SENTENCES:
            break
        run.insert(0, fact)
    return run


def _worker_context(ctx: Context, view: SentenceView) -> str | None:
    """The workers' name when this sentence or the one before it counts or names them."""
    previous = ctx.previous(view)
    for sentence in (view, previous):
        if sentence is None or sentence.paragraph not in (view.paragraph, view.paragraph - 1):
            continue
        if m := _WORKER_WORD_RE.search(sentence.low):
            return m.group(1)
    # Only a count of workers names them: after "69 wisma berkedok kafe", "jumlah total purel
    # … 100 orang" counts no wisma.
    recent = [f for f in _recent_counts(ctx, view) if f.unit not in lx.OTHER_UNITS]
    return recent[-1].unit if recent else None


def _place_right_before(view: SentenceView, amount: Amount) -> bool:
    """Whether a place's name stands right before a figure: "Teluk Bintuni 33 orang dan
    Fakfak 17 orang", a list going on with the workers counted the sentence before."""
    gaps = (view.low[loc.end : amount.start] for loc in view.places if loc.end <= amount.start)
    return any(_PLACE_THEN_FIGURE_RE.fullmatch(gap) for gap in gaps)


def _women_before(ctx: Context, view: SentenceView) -> bool:
    """Whether the sentence before, in the same paragraph or the one before, spoke of women
    who are the workers ("belasan perempuan yang diduga melayani tamu")."""
    previous = ctx.previous(view)
    return (
        previous is not None
        and previous.paragraph in (view.paragraph, view.paragraph - 1)
        and bool(_WOMEN_WORKERS_RE.search(previous.low))
    )


def _site_before(ctx: Context, view: SentenceView, position: int) -> bool:
    """Whether a lokalisasi is named in the clause before `position`."""
    clause_start = max(view.low.rfind(". ", 0, position), view.low.rfind("; ", 0, position))
    places = ctx.gazetteer.places
    return any(
        clause_start <= loc.start < position
        and places.get(loc.place_id)
        and places[loc.place_id].level == "lokalisasi"
        for loc in view.places
    ) or bool(lx.LOKALISASI_RE.search(view.low, max(0, clause_start), position))


def _count_place(ctx: Context, view: SentenceView, amount: Amount, total: bool) -> str:
    """The place a count is about: a total's runs' common region, the lokalisasi pointed
    back at, the place near the figure, or the place of the closures it counts the workers of."""
    if total and not view.places:
        run = _recent_counts(ctx, view)
        common = ctx.gazetteer.common_ancestor(f.place_id for f in run if f.place_id)
        site = ctx.discourse.last_site
        if (
            common
            and site
            and ctx.gazetteer.depth(common) >= _DISTRICT_DEPTH
            and ctx.gazetteer.contains(common, site)
            and not any(f.place_id and f.place_id.startswith("lok:") for f in run)
        ):
            return site  # "28 … di Desa A, 18 … di Desa B. Totalnya 46": the lokalisasi's
        if common:
            return common
    places = ctx.gazetteer.places
    for loc in view.places:
        place_of = places.get(loc.place_id)
        if (
            loc.end < amount.start
            and place_of is not None
            and place_of.level == "lokalisasi"
            and _SUBJECT_RANKED_RE.fullmatch(view.low, loc.end, amount.start)
        ):
            return loc.place_id
    place = ctx.place_near(view, amount.start, amount.end)
    last_site = ctx.discourse.last_site
    if (
        last_site
        and points_at_site(view.text)
        and (place is None or ctx.gazetteer.contains(place, last_site))
    ):
        return last_site  # "… menghuni lokalisasi tersebut"
    if place:
        return place
    # "Dari 22 lokalisasi itu, sebanyak 1.315 PSK": the place of the 22 lokalisasi.
    for other, anaphoric in lokalisasi_counts(view):
        if anaphoric:
            for fact in reversed(ctx.facts):
                if fact.kind == "closure" and fact.number == other.value and fact.place_id:
                    return fact.place_id
    closed = _closure_meant(ctx, view)
    if closed and closed.place_id:
        return closed.place_id  # "Saat ditutup, ada 29 pekerja seks …"
    return ctx.fallback_place(view)


def _closure_meant(ctx: Context, view: SentenceView) -> Fact | None:
    """The closure a count's "saat ditutup" / "sebelum penutupan" speaks of: the story's last
    closure carried out; for "Saat itu …", only one stated in the sentence before."""
    at_closure = bool(_AT_CLOSURE_RE.search(view.low))
    if not at_closure and not _THEN_RE.match(view.low):
        return None
    for fact in reversed(ctx.facts):
        if fact.kind != "closure" or fact.status != "done" or fact.number:
            continue
        if at_closure or fact.sentence_id == view.id - 1:
            return fact
        break
    return None


def count_date(
    ctx: Context, view: SentenceView, amount: Amount
) -> tuple[dt.date | None, str | None]:
    """When a count held, when the sentence says: a date before its figure ("pada 2015 … 86
    pekerja seks"), else the date of the closure it was taken at ("Saat ditutup, ada 29 …")."""
    dates = [
        d
        for d in view.usable_dates()
        if d.value
        and d.end <= amount.start
        and d.weekday is None  # "di Makassar, Rabu (5/9/2018), mengatakan": the day it was said
        and not _SINCE_BEFORE_RE.search(view.low[: d.start])  # "berdiri sejak 1982"
    ]
    if dates:
        return dates[-1].value, when_text(dates[-1])
    if _PART_OF_BEFORE_RE.search(view.low[max(0, amount.start - 50) : amount.start]):
        # "… tahun 2021 menemukan 120 pekerja seks … Dari jumlah itu, 45 orang …": a part of the
        # count just told holds when it did.
        whole = _recent_counts(ctx, view)
        if whole and whole[-1].when:
            return whole[-1].when, whole[-1].when_text
    closed = _closure_meant(ctx, view)
    if closed and closed.when:
        return closed.when, closed.when_text
    return None, None


def worker_unit(text: str) -> str:
    """A worker word as facts write it: 'psk' -> 'PSK', 'pekerja seks komersial' -> 'pekerja
    seks'."""
    text = text.strip()
    if text in WORKER_UNITS:
        return WORKER_UNITS[text]
    if text.startswith("pekerja seks"):
        return "pekerja seks"
    return text


def predicate(view: SentenceView, amount: Amount) -> str | None:
    """What was done to the people a figure counts: dipulangkan, terdata, menerima …"""
    low = view.low
    start = max(*(low.rfind(mark, 0, amount.start) for mark in _CLAUSE_MARKS), 0)
    ends = (low.find(mark, amount.end) for mark in _CLAUSE_MARKS)
    end = min((i for i in ends if i != -1), default=len(low))
    match = lx.COUNT_PREDICATE_RE.search(low, start, end)
    if not match:
        return None
    word = match.group(1)
    return "dipulangkan" if word in ("pulangkan", "dikembalikan") else word


RULES = (inventory, none_there, counts, other_counts, place_lists)
"""The count rules, in the order they run."""


class CountFact(KindFact):
    """A number of people or things (`unit`: PSK, mucikari, wisma, lokalisasi …) in a place."""

    FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "number",
            "number_text",
            "approximate",
            "qualifier",
            "total",
            "superlative",
            "label",
            "when",
            "when_text",
        }
    )
    DEFAULT_UNIT: ClassVar[str | None] = "PSK"
    """A count that says not what it counts is of the workers, as the answers read it."""

    kind: Literal["count"] = "count"
    unit: str = Field(min_length=1)
    """What is counted, in the words of `knowledge/data/counted.toml` or the workers' own."""


KIND = Kind(
    name="count",
    label="jumlah",
    model=CountFact,
    rules=RULES,
    editable=("place", "number"),
    describe=count_text,
)
