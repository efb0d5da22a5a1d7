"""Closures: how many, when, where, whether, and by whom."""

from __future__ import annotations

import datetime as dt
import re

from bot import tables
from bot.answer.composed import MAX_FINDINGS, Asked, Composed, Composer
from bot.answer.evidence import telling
from bot.answer.person import compose_person
from bot.answer.select import (
    around,
    compare,
    date_fits,
    distinct,
    finding,
    in_year,
    national_first,
    newest_first,
    newest_per_place,
    overlap,
    prefer,
    reported_closed,
    said_by_asked,
    status_fits,
    within,
)
from bot.models import Finding, Slots
from bot.phrasing import (
    closure_text,
    count_text,
    join_names,
    person_text,
    place_phrase,
    site_text,
    target_text,
)
from knowledge.dates import format_date
from knowledge.describe import decree_text as describe_decree
from knowledge.index import IndexedSentence, KnowledgeBase
from knowledge.models import Fact
from knowledge.numbers import format_number
from knowledge.text import stems


def compose_closure_count(asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """'Berapa lokalisasi ditutup di Kaltim?': closure figures, or how many are left."""
    slots = asked.slots
    facts = [f for f in within("closure", slots.places, kb) if f.number is not None]
    inventory = [f for f in within("count", slots.places, kb) if f.unit == "lokalisasi"]
    if not facts and not inventory:
        return None
    words = set(asked.words)
    # "Berapa lokalisasi yang masih ada di Sultra?" asks what is left, not what was closed.
    # "Berapa lokalisasi di Jawa Timur?" with no closing verb asks how many there are, too.
    if (
        slots.places
        and not any(f.place_id in slots.places for f in inventory)
        and any(f.place_id in slots.places for f in facts)
    ):
        # "Berapa lokalisasi di Jatim?" where the province's own figures are told: a count of
        # one of its regencies is not the province's.
        inventory = []
    existing = inventory and ("tutup" not in words or slots.status == "pending")
    if not inventory and "berapa" in words and "tutup" not in words and not slots.status:
        # "Papua Barat punya brp lokalisasi?": how many it has; what is left answers ("masih
        # ada 4 lokalisasi yang belum ditutup"), a count of those closed does not. ("Kalau di
        # Kaltara?" after a count of closings asks that count.)
        facts = [f for f in facts if f.qualifier == "sisa"]
        if not facts:
            return None
    if existing:
        # What is left: counts of open lokalisasi, or closures still to come ("masih ada 69
        # titik lokalisasi lagi … yang siap ditutup"), for the place itself when it has them.
        left = [f for f in facts if f.status == "planned" and f.qualifier == "sisa"]
        pool = inventory + left
        exact = [f for f in pool if f.place_id in slots.places] if slots.places else pool
        if not slots.places:
            exact = national_first(pool, slots, kb)
        # "sisa lokalisasi per September 2019": the figure of the date asked, before any
        # older count of what was left.
        chosen = prefer(exact or pool, lambda f: date_fits(f, slots))
        # "Berapa lokalisasi di X tahun 2015?": a count of another year is no answer.
        chosen = in_year(chosen, slots)
        if not chosen:
            return None
        chosen = said_by_asked(chosen, words, kb, slots.venue)
        if words & BEFORE_WORDS or (slots.total and not slots.status):
            # "Jatim dulunya punya brp lokalisasi?", "total lokalisasi se-Indonesia ada brp":
            # the figure before any closing, not what is left.
            chosen = prefer(chosen, lambda f: f.qualifier != "sisa")
        else:
            chosen = prefer(chosen, lambda f: f.qualifier == "sisa")
        facts = [f for f in chosen if f.kind == "closure"]
        inventory = [f for f in chosen if f.kind == "count"]
        if facts and inventory and newest_first(chosen)[0].kind == "count":
            # What is left, told twice: "69 lokalisasi lagi akan ditutup" in 2016 and "masih
            # tersisa 19 lokalisasi" in 2019; the newer count is where things stand.
            facts = []
        if not facts and len(slots.places) >= 2:
            # "Berapa lokalisasi tersisa di Pulau Sumatera?": one article's figures for the
            # asked provinces, added up; figures of other dates are not mixed in.
            story = newest_first(inventory)[0].article_id
            compared = compare(
                [f for f in inventory if f.article_id == story], asked.words, kb, count_text
            )
            if compared:
                return compared
        if not facts:
            groups = distinct(newest_first(inventory), lambda f: (f.place_id, f.number))
            findings = [finding(kb, count_text(g[0], kb), *g) for g in groups]
            return Composed(count_text(groups[0][0], kb), findings)
    if facts:
        facts = prefer(facts, lambda f: status_fits(f, slots))
        # A past figure must be of the year asked; a plan is asked about by when it happens.
        facts = in_year(facts, slots) if slots.status != "planned" else facts
        facts = prefer(facts, lambda f: date_fits(f, slots))
        if not facts:
            return None
        facts = said_by_asked(facts, words, kb, slots.venue)
        facts = national_first(facts, slots, kb)
        if slots.places:
            exact = [f for f in facts if f.place_id in slots.places]
            facts = exact or facts
            if len(slots.places) >= 2:
                # "Berapa lokalisasi di NTB dan NTT yang ditutup, kalau digabung?"
                compared = compare(exact, asked.words, kb, closure_text)
                if compared:
                    return compared
        groups = distinct(newest_first(facts), lambda f: (f.place_id, f.number, f.status))
        findings = [finding(kb, closure_text(g[0], kb), *g) for g in groups[:MAX_FINDINGS]]
        lead = groups[0][0]
        summary = closure_text(lead, kb)
        if len(groups) > 1 and len({g[0].number for g in groups}) > 1:
            summary = (
                "Ada beberapa angka: " + "; ".join(_figure_note(g[0]) for g in groups[:4]) + "."
            )
        parts = _breakdown(lead, kb)
        if parts:
            findings.append(parts)
        newer = _closed_since(lead, slots, kb)
        if newer is not None:
            summary = f"{newer.text} Sebelumnya: {summary[:1].lower()}{summary[1:]}"
            findings.insert(0, newer)
        elif slots.status == "done" and all(f.status == "planned" for f in facts):
            # "Berapa yang sudah ditutup?" where the articles only plan closures: none reported.
            return Composed(
                f"Belum ada kabar yang sudah ditutup. Yang ada: {summary}",
                findings,
                unconfirmed=True,
            )
        return Composed(summary, findings)
    # How many there are, of the year asked: a 2018 count is no answer to "ditutup thn 2015".
    inventory = in_year(inventory, slots)
    if not inventory:
        return None
    groups = distinct(newest_first(inventory), lambda f: (f.place_id, f.number))
    findings = [finding(kb, count_text(g[0], kb), *g) for g in groups]
    return Composed(count_text(groups[0][0], kb), findings)


def _figure_note(fact: Fact) -> str:
    """'69 lokalisasi lagi akan ditutup (Indonesia, 2016)' for a list of differing figures."""
    status = {"done": "sudah ditutup", "planned": "akan ditutup", "pending": "belum ditutup"}
    what = "lagi " if fact.qualifier == "sisa" else ""
    year = f", {fact.as_of.year}" if fact.as_of else ""
    return (
        f"{format_number(fact.number or 0)} lokalisasi {what}{status.get(fact.status or '', '')}"
        f" ({fact.place_text or ''}{year})"
    )


def _breakdown(lead: Fact, kb: KnowledgeBase) -> Finding | None:
    """The places inside a closure figure, as the same article breaks it down."""
    parts = [
        f
        for f in kb.by_article.get(lead.article_id, [])
        if f.kind == "closure"
        and f.number is not None
        and f is not lead
        and f.place_id
        and lead.place_id
        and f.place_id != lead.place_id
        and kb.contains(lead.place_id, f.place_id)
        # 69 left to close is not broken down by the 22 already closed.
        and f.status == lead.status
        and f.qualifier == lead.qualifier
    ]
    if not parts:
        return None
    text = (
        "Rinciannya: "
        + ", ".join(f"{format_number(f.number or 0)} di {kb.place_name(f.place_id)}" for f in parts)
        + "."
    )
    return finding(kb, text, *parts)


def _closed_since(lead: Fact, slots: Slots, kb: KnowledgeBase) -> Finding | None:
    """Places inside the asked one that a newer article says have closed, when the figure
    found is an older plan: "3 lokalisasi akan ditutup" (2016) is not the last word when a
    2018 article says Bulungan and Malinau already closed theirs."""
    if lead.status != "planned" or not lead.as_of or len(slots.places) != 1:
        return None
    done = [
        f
        for f in within("closure", slots.places, kb)
        if f.status == "done" and f.as_of and f.as_of > lead.as_of and f.place_id != lead.place_id
    ]
    if not done:
        return None
    newest = max(f.as_of for f in done if f.as_of)
    latest = [f for f in done if f.as_of == newest]
    names = list(dict.fromkeys(kb.place_name(f.place_id) for f in latest))
    text = f"Per {format_date(newest)}, yang sudah menutup lokalisasinya: {join_names(names)}."
    return finding(kb, text, *latest)


def _region_closure_lead(
    dated: list[Fact], slots: Slots, kb: KnowledgeBase
) -> tuple[str, list[Finding]] | None:
    """'22 lokalisasi di Kalimantan Timur ditutup pada 1 Juni 2016, dengan acara penutupan di
    Lokalisasi Bayur': when the region asked about has an undated closure figure and its own
    article dates the ceremony at a place inside it, the figure leads, with that date."""
    if len(slots.places) != 1:
        return None
    region = slots.places[0]
    for fact in newest_first(kb.at_place.get(region, ())):
        if fact.kind != "closure" or fact.number is None or fact.when or fact.status != "done":
            continue
        events = [
            f
            for f in dated
            if f.article_id == fact.article_id and f.place_id != region and f.status == "done"
        ]
        if not events:
            continue
        event = events[0]
        place = kb.places.get(event.place_id or "")
        where = (
            f"Lokalisasi {place.name}" if place and place.level == "lokalisasi" else ""
        ) or kb.place_name(event.place_id)
        summary = (
            f"{format_number(fact.number)} lokalisasi di {kb.place_name(region)} resmi ditutup "
            f"pada {event.when_text or format_date(event.when)}; acara penutupannya di {where}."
        )
        # The lead says what this finding would: it shows only its source.
        return summary, [finding(kb, summary, fact)]
    return None


def _dated_by_its_region(
    status: Composed | None, slots: Slots, kb: KnowledgeBase
) -> Composed | None:
    """Add the date the same article gives for closing every lokalisasi of the region around
    the asked one: "Km 12 akan ditutup", and "penutupan lokalisasi di Kabupaten Kotawaringin
    Timur dijadwalkan akhir November 2017" a few sentences on. Without a closure fact about the
    place itself (Parenggean: only its lokalisasi is named), the article that names it counts.
    A place already closed keeps its answer: a schedule would only blur it."""
    if not slots.places:
        return status
    closures = within("closure", slots.places, kb)
    if any(f.status == "done" for f in closures):
        return status
    asked = closures if status is not None else closures + within("site", slots.places, kb)
    articles = {f.article_id for f in asked}
    outer_places = {outer for place in slots.places for outer in kb.lineage(place)[1:]}
    dated = [
        f
        for article in sorted(articles)
        for f in kb.by_article.get(article, ())
        if f.kind == "closure" and f.when and f.when_text and f.place_id in outer_places
    ]
    if not dated:
        return status
    region = kb.place_name(dated[0].place_id)
    whens = " dan ".join(dict.fromkeys(f.when_text for f in dated if f.when_text))
    schedule = [finding(kb, closure_text(f, kb), f) for f in dated]
    if status is None:
        summary = (
            f"Berita yang menyebut lokalisasi di {place_phrase(slots.places, kb)} menjadwalkan "
            f"penutupan lokalisasi di {region} pada {whens}."
        )
        return Composed(summary, schedule)
    summary = (
        f"{status.summary} Menurut berita yang sama, penutupan lokalisasi di {region} "
        f"dijadwalkan {whens}."
    )
    return Composed(summary, status.findings + schedule)


def compose_closure_when(asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """'Kapan lokalisasi Kaltim ditutup?': the dates, or at least where things stand."""
    slots = asked.slots
    facts = [f for f in within("closure", slots.places, kb) if f.when]
    decrees = _closing_decrees(slots.places, kb) if not facts and slots.places else []
    if decrees:
        # "Aktivitas prostitusi di PL dihentikan berdasarkan SK … tertanggal 12 Oktober 2017":
        # the decree that closed it is the date the story gives.
        lead = decrees[0]
        findings = [finding(kb, describe_decree(f, kb), f) for f in decrees[:MAX_FINDINGS]]
        return Composed(
            f"Penutupannya berdasarkan {lead.name or 'keputusan'}, tanggal {lead.when_text}.",
            findings,
        )
    if not facts:
        # No date in the articles: say at least where things stand.
        status = compose_closure_status(asked, kb)
        standing = _dated_by_its_region(status, slots, kb)
        if standing is not None and (
            (slots.status == "done" and not reported_closed(slots.places, kb))
            # Where things stand, with no date at all, is no answer to "kapan".
            or standing is status
        ):
            # "Kapan (resmi) ditutup?" with no date in the articles: where things stand is
            # told, but no date it closed (nor one set for it) answers the question.
            standing.unconfirmed = True
        return standing
    facts = prefer(facts, lambda f: status_fits(f, slots))
    facts = national_first(facts, slots, kb)
    groups = distinct(newest_first(facts), lambda f: (f.place_id, f.when, f.status))
    findings = [finding(kb, closure_text(g[0], kb), *g) for g in groups[:MAX_FINDINGS]]
    planned_only = slots.places and all(f.status == "planned" for f in facts)
    to_a_day = any(to_the_day(f) for f in facts)
    asks_day = (
        "tanggal" in asked.words
        and slots.status != "planned"
        and _CLOSED_VERB_RE.search(asked.reading.question.lower()) is not None
    )
    if planned_only and not to_a_day and (slots.status == "done" or asks_day):
        # "Kapan resmi ditutup?" of a closure only planned: the plan is no date it closed.
        # "Ditutup tanggal berapa?" asks the day it closed: a plan for a year or a month
        # holds no such day.
        where = place_phrase(slots.places, kb)
        return Composed(
            f"Belum ada kabar lokalisasi di {where} sudah ditutup di sumber berita saya. "
            f"Yang ada: {closure_text(groups[0][0], kb)}",
            findings,
            unconfirmed=True,
        )
    # "Tanggal berapa?" of a closure the articles date only by its month or year: no day.
    undated = "tanggal" in asked.words and not to_a_day
    if EARLIEST_WORDS & set(asked.words) and len(groups) > 1:
        # "Pertama kali ditutup kapan?" of a lokalisasi closed twice: the earlier closing.
        groups.sort(key=lambda g: g[0].when or dt.date.max)
        findings = [finding(kb, closure_text(g[0], kb), *g) for g in groups[:MAX_FINDINGS]]
        return Composed(closure_text(groups[0][0], kb), findings, unconfirmed=undated)
    region = _region_closure_lead(facts, slots, kb)
    if region is not None:
        return Composed(region[0], region[1] + findings, unconfirmed=undated)
    lead = closure_text(groups[0][0], kb)
    if _HOUR_WORDS & set(asked.words) and (hour := _hour_of(groups[0][0], kb)):
        # "Penutupan lamin itu jam brp?": the hour its story gives, with the day.
        time, sentence = hour
        lead = f"{lead.rstrip('.')}, {time}."
        findings.insert(0, Finding(text=time, citations=(kb.sentence_citation(sentence),)))
    return Composed(lead, findings, unconfirmed=undated)


_HOUR_WORDS = frozenset({"jam", "pukul", "pkl"})
_HOUR_RE = re.compile(
    r"\b(?:sekitar|sekira|kurang lebih\s+)?\s*(?:pukul|pkl\.?|jam)\s+\d{1,2}(?:[.:]\d{2})?"
    r"(?:\s*(?:WIB|WITA|Wita|WIT|wib|wita|wit)\b)?"
)


def _hour_of(fact: Fact, kb: KnowledgeBase) -> tuple[str, IndexedSentence] | None:
    """The hour a closing's sentence, or the next one of its paragraph, gives ("Penutupan
    tersebut dilakukan Kamis (6/10/2016) tadi sekira pukul 12.00 Wita")."""
    sentence = kb.sentences.get((fact.article_id, fact.sentence_id))
    following = kb.next_sentence(sentence) if sentence is not None else None
    for said in (sentence, following):
        if said is not None and (hour := _HOUR_RE.search(said.text)):
            return hour.group(0).strip(), said
    return None


_DAY_RE = re.compile(r"^\d{1,2}\s")


def to_the_day(fact: Fact) -> bool:
    """Whether a fact's date is told to the day ("22 Mei 2018", not "Agustus 2018"): a day
    set for an official closing answers "tanggal berapa resmi ditutup", "akhir 2019" does not."""
    return bool(fact.when_text and _DAY_RE.match(fact.when_text))


EARLIEST_WORDS = frozenset(tables.words()["reading"]["earliest"].split())
"""Words asking for the earliest of several dates (knowledge/data/words.toml)."""

BEFORE_WORDS = frozenset(tables.words()["reading"]["before"].split())
"""Words asking for a figure from before the closings (knowledge/data/words.toml)."""


_CLOSED_VERB_RE = re.compile(r"\b(?:di|me)?tutup(?:nya)?\b")
"""A question that says "ditutup", not "penutupan": it asks when the closing happened, where
"rakor penutupan tanggal berapa" asks the day of a meeting about it."""


CLOSING_STEMS = frozenset({"tutup", "henti"})
"""Roots of the words that make a decree's sentence a closing one: "penutupan", "dihentikan"."""


def _closing_decrees(places: tuple[str, ...], kb: KnowledgeBase) -> list[Fact]:
    """Dated decrees about the asked places whose subject or sentence closes a lokalisasi."""
    found = []
    for fact in within("decree", places, kb):
        if not fact.when_text:
            continue
        sentence = kb.sentences.get((fact.article_id, fact.sentence_id))
        words = set(sentence.terms) if sentence is not None else set()
        words |= set((fact.label or "").lower().split())
        if any(CLOSING_STEMS & stems(word) for word in words):
            found.append(fact)
    return newest_first(found)


def compose_closure_where(asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """'Daerah mana yang sudah menutup lokalisasi?': the places, newest word on each."""
    slots = asked.slots
    facts = within("closure", slots.places, kb)
    facts = [f for f in facts if f.place_id not in slots.places or not slots.places]
    if slots.status:
        # "Yang belum ditutup di mana?": a closure only planned has not happened either.
        wanted = {"pending", "planned"} if slots.status == "pending" else {slots.status}
        facts = [f for f in facts if f.status in wanted]
    if not facts:
        if slots.status == "done" and (closed := _all_closed(asked, kb)) is not None:
            return closed
        return _sites_of_closing_stories(asked, kb)
    # The newest word on each place: Nunukan "planned" in May 2018 beats an older report.
    chosen = newest_per_place(facts)
    names = [kb.place_name(f.place_id) for f in chosen]
    status_word = {
        "done": "sudah menutup lokalisasi",
        "planned": "akan menutup lokalisasi",
        "pending": "belum menutup lokalisasi",
    }.get(slots.status or "", "disebut dalam berita tentang penutupan lokalisasi")
    where = f" di {place_phrase(slots.places, kb)}" if slots.places else ""
    summary = f"Daerah{where} yang {status_word}: {', '.join(names)}."
    findings = [finding(kb, closure_text(f, kb), f) for f in chosen[:MAX_FINDINGS]]
    return Composed(summary, findings)


_REGION_NOUNS = frozenset({"daerah", "wilayah", "kabupaten", "kota", "provinsi", "kecamatan"})
_WHICH = frozenset({"apa", "mana"})


def _asks_which_lokalisasi(words: list[str]) -> bool:
    """'Lokalisasi di Kubar yg bakal ditutup apa aja': the lokalisasi asked for by name, not
    the regions ("daerah mana yang sudah menutup lokalisasi")."""
    if "lokalisasi" not in words or _REGION_NOUNS & set(words[: words.index("lokalisasi")]):
        return False
    which = [at for at, word in enumerate(words) if word in _WHICH]
    return bool(which) and all(words[at - 1] not in _REGION_NOUNS for at in which if at)


def _sites_of_closing_stories(asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """With no closing filed per lokalisasi, the lokalisasi of the asked place that stories
    about closings name, as named there (those reported closed left out of what is to come)."""
    slots = asked.slots
    if not slots.places or not _asks_which_lokalisasi(asked.words):
        return None
    stories = {f.article_id for f in kb.by_kind["closure"]}
    sites = [
        f
        for f in within("site", slots.places, kb)
        if f.article_id in stories and f.place_id not in slots.places
    ]
    if slots.status in ("planned", "pending"):
        sites = [f for f in sites if not reported_closed((f.place_id,), kb)]
    if not sites:
        return None
    groups = distinct(sites, lambda f: f.place_id)
    names = ", ".join(g[0].name or kb.place_name(g[0].place_id) for g in groups)
    where = place_phrase(slots.places, kb)
    summary = f"Lokalisasi di {where} yang disebut dalam berita tentang penutupan: {names}."
    return Composed(summary, [finding(kb, site_text(g[0], kb), *g) for g in groups[:MAX_FINDINGS]])


_ALL_SITES_RE = re.compile(r"\b(?:semua|seluruh)\s+(?:\w+\s+)?lokalisasi\b")
"""A closure of every lokalisasi of a place: "mengklaim semua lokalisasi sudah tutup"."""


def _all_closed(asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """'Lokalisasi apa saja di Kutim yang sudah ditutup?' when the story says every one is and
    names them: those lokalisasi, as the story's word on all of them."""
    places = asked.slots.places
    closed = [
        f
        for f in within("closure", places, kb)
        if f.place_id in places and f.status == "done" and _ALL_SITES_RE.search(f.quote.lower())
    ]
    if not closed:
        return None
    stories = {f.article_id for f in closed}
    sites = [f for f in within("site", places, kb) if f.article_id in stories]
    if not sites:
        return None
    named = distinct(sites, lambda f: f.place_id)
    names = ", ".join(kb.place_name(group[0].place_id) for group in named)
    where = place_phrase(places, kb)
    lead = newest_first(closed)[0]
    summary = f"Menurut berita, semua lokalisasi di {where} sudah ditutup, di antaranya: {names}."
    findings = [finding(kb, closure_text(lead, kb), lead)]
    findings += [finding(kb, kb.place_name(g[0].place_id), *g) for g in named[: MAX_FINDINGS - 1]]
    return Composed(summary, findings)


def compose_closure_status(asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """'Apakah Tarakan sudah menutup lokalisasi?': the newest word on each place asked."""
    slots = asked.slots
    if not slots.places:
        return None
    reached = [f for f in kb.by_kind["target"] if f.status == "done" and f.place_id in slots.places]
    if reached:
        lead = newest_first(reached)[0]
        return Composed(
            f"Sudah. {target_text(lead, kb)}", [finding(kb, target_text(lead, kb), lead)]
        )
    facts = [f for f in within("closure", slots.places, kb) if f.status]
    exact = [f for f in facts if f.place_id in slots.places]
    facts = exact or facts
    if not facts:
        return None
    newest = max(f.as_of or dt.date.min for f in facts)
    latest = [f for f in facts if (f.as_of or dt.date.min) == newest]
    # A story that says it was closed ("resmi ditutup oleh Wali Kota") is not undone by a hope
    # it says later ("Risma yakin … akan bisa ditutup selamanya").
    lead = max(latest, key=lambda f: (f.article_id, f.status == "done", f.sentence_id))
    verdict = {
        "done": "Sudah ditutup.",
        "planned": "Belum ditutup; penutupannya direncanakan.",
        "pending": "Belum ditutup.",
    }
    summary = f"{verdict.get(lead.status or '', '')} {closure_text(lead, kb)}".strip()
    ordered = [lead] + [f for f in newest_first(facts) if f is not lead]
    groups = distinct(ordered, lambda f: (f.place_id, f.status, f.when, f.number))
    findings = [finding(kb, closure_text(g[0], kb), *g) for g in groups[:4]]
    return Composed(summary, findings)


def compose_closure_who(asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """'Siapa yang menutup lokalisasi?': the closure's agent, or the asked official."""
    slots = asked.slots
    facts = [f for f in within("closure", slots.places, kb) if f.agent]
    if not facts and slots.places:
        # "Siapa yang menutup lokalisasi Bayur?": the province's closure names who did it.
        facts = [f for f in around("closure", slots.places, kb) if f.agent and f.place_id != "ID"]
    if slots.role:
        # "Siapa menteri sosial yang menutup …?": an agent of another office is no answer.
        facts = [f for f in facts if slots.role in (f.agent or "").lower()]
    # "… april 2021": who closed it in 2016 did not do what the question dates.
    facts = in_year(facts, slots)
    if not facts:
        return _closed_by_next(asked, kb) or compose_person(asked, kb)
    facts.sort(key=lambda f: -overlap(asked.words, f, kb))
    best = facts[0]
    leader = _person_doing_asked(asked, facts, kb)
    if leader is not None:
        return leader
    if "pejabat" in asked.words:
        official = _official_of_the_closing(asked, facts, kb)
        if official is not None:
            return official

    findings = [finding(kb, f"{f.agent} — {closure_text(f, kb)}", f) for f in facts[:3]]
    return Composed(f"Yang menutup: {best.agent}.", findings)


def _person_doing_asked(asked: Asked, facts: list[Fact], kb: KnowledgeBase) -> Composed | None:
    """'Siapa yg mimpin tim penutupan lokalisasi X?': the person of the closing's story whose
    own sentence says more of what was asked done (memimpin … tim) than any closing's does."""
    doing = telling(asked)  # the question's own words: no topic word, no kind of answer
    if not doing:
        return None

    def said(fact: Fact) -> int:
        sentence = kb.sentences.get((fact.article_id, fact.sentence_id))
        if sentence is None:
            return 0
        roots = kb.sentence_roots(sentence)
        return sum(1 for w in doing if w in sentence.terms or stems(w) & roots)

    closing_said = max(said(f) for f in facts)
    stories = {f.article_id for f in facts}
    people = [
        (told, p)
        for p in around("person", asked.slots.places, kb)
        if p.article_id in stories and p.name and (told := said(p)) > closing_said
    ]
    if not people:
        return None
    _told, lead = max(people, key=lambda pair: pair[0])
    return Composed(person_text(lead, kb), [finding(kb, person_text(lead, kb), lead)])


_DONE_BY_RE = re.compile(
    r"\b(?:[Pp]enutupan|ditutup)\b[^.;]{0,40}?\boleh\s+(?P<who>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)"
)
"""Who a closing was done by, said after it: "Penutupan dilakukan langsung oleh Wakil Bupati
Tegal Umi Azizah"."""


def _closed_by_next(asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """'Siapa yg nutup lokalisasi di Tegal?' when the closing's sentence names no one but the
    next one of its story says who did it."""
    slots = asked.slots
    for fact in within("closure", slots.places, kb):
        if fact.status != "done":
            continue
        sentence = kb.sentences.get((fact.article_id, fact.sentence_id))
        following = kb.next_sentence(sentence) if sentence is not None else None
        if following is None:
            continue
        done_by = _DONE_BY_RE.search(following.text)
        if done_by and (not slots.role or slots.role in done_by["who"].lower()):
            citation = kb.sentence_citation(following)
            summary = f"Yang menutup: {done_by['who'].rstrip('.')}."
            return Composed(summary, [Finding(text=closure_text(fact, kb), citations=(citation,))])
    return None


OFFICIAL_MIN_WORDS = 2
"""Question words an official's sentence must share to be the one asked about ("tanda tangan
berita acara": "penandatanganan berita acara oleh Sekretaris Daerah …")."""


def _official_of_the_closing(
    asked: Asked, closures: list[Fact], kb: KnowledgeBase
) -> Composed | None:
    """'Siapa pejabat yg tanda tangan berita acara penutupan?': an official (a person, not the
    government that closed it) of the closing's story, whose sentence says what was asked."""
    stories = {f.article_id for f in closures}
    content = set(asked.content) - {"pejabat", "tutup", "lokalisasi"}
    scored = []
    for person in kb.by_kind.get("person", ()):
        if person.article_id not in stories or not person.name:
            continue
        sentence = kb.sentences.get((person.article_id, person.sentence_id))
        shared = len(sentence.terms & content) if sentence is not None else 0
        scored.append((shared, person))
    if not scored:
        return None
    shared, person = max(scored, key=lambda pair: pair[0])
    if shared < OFFICIAL_MIN_WORDS:
        return None
    return Composed(person_text(person, kb), [finding(kb, person_text(person, kb), person)])


COMPOSERS: dict[str, Composer] = {
    "closure_count": compose_closure_count,
    "closure_when": compose_closure_when,
    "closure_where": compose_closure_where,
    "closure_status": compose_closure_status,
    "closure_who": compose_closure_who,
}
