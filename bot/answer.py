"""Where an answer is made: pick the facts that fit a question, abstain when none do.

`answer(question, kb, context)` reads the question (bot.understand), decides whether the
knowledge base can answer it at all, and hands it to the composer for its intent. Composers
put figures first, keep every fact's citation, show disagreeing facts newest first, and add
sums where a question asks for a whole (all workers of a city's lokalisasi, an aid package).
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Iterable

from bot.english import is_english, not_understood, to_indonesian, with_note
from bot.models import Answer, Choice, Context, Finding, Slots
from bot.phrasing import (
    INTENT_LABELS,
    aid_list_text,
    aid_text,
    closure_text,
    count_text,
    definition_text,
    join_names,
    label_in_sentence,
    person_text,
    place_phrase,
    site_text,
    target_text,
)
from bot.smalltalk import small_talk
from bot.suggest import answerable_examples
from bot.understand import COUNTED_UNITS, TOPIC_WORDS, Reading, read_question
from knowledge.dates import format_date
from knowledge.index import IndexedSentence, KnowledgeBase
from knowledge.lexicon import AID_KINDS as AID_KIND_PATTERNS
from knowledge.lexicon import COUNTED_THINGS, OTHER_UNITS, REASON_CUES
from knowledge.models import Fact
from knowledge.numbers import format_number, format_rupiah
from knowledge.text import stems, terms

MIN_INTENT_SCORE = 52.0
"""Below this (mean of token_set and token_sort ratio) no intent fits; sentence search answers.
Dev questions that fit an intent score 60-100; off-topic chatter 30-50."""
AMBIGUITY_MARGIN = 3.0
"""Two intents this close, whose answers differ, make the bot ask "Maksud Anda…?"."""
SEARCH_MIN_SCORE = 2.0
"""Least sentence-search score (sum of idf of shared words) worth showing."""
MAX_FINDINGS = 6

Composer = Callable[[Reading, Slots, KnowledgeBase], "Composed | None"]


class Composed:
    """A composer's result: the summary line and its findings.

    `wider` names the places the figures are about when they lie outside the asked place (a
    province's or the country's figure for a city): such an answer is offered only as that,
    with `found` false, never as the asked place's own.
    """

    __slots__ = ("findings", "summary", "wider")

    def __init__(self, summary: str, findings: list[Finding], wider: tuple[str, ...] = ()) -> None:
        self.summary = summary
        self.findings = findings
        self.wider = wider


# ----------------------------------------------------------------------------- selection


def _within(kind: str, places: tuple[str, ...], kb: KnowledgeBase) -> list[Fact]:
    """Facts about the asked places or anything inside them; all facts when none was asked."""
    return kb.within(places, kind)


def _around(kind: str, places: tuple[str, ...], kb: KnowledgeBase) -> list[Fact]:
    """Facts about the asked places, inside them, or about a place that contains them."""
    if not places:
        return list(kb.by_kind.get(kind, ()))
    found = {id(f): f for f in kb.within(places, kind)}
    for place in places:
        for outer in kb.lineage(place)[1:]:
            for fact in kb.at_place.get(outer, ()):
                if fact.kind == kind:
                    found.setdefault(id(fact), fact)
    return list(found.values())


def _places_of(facts: Iterable[Fact]) -> tuple[str, ...]:
    """The places some facts are about, each once, in order."""
    return tuple(dict.fromkeys(f.place_id for f in facts if f.place_id))


def _newest_first(facts: Iterable[Fact]) -> list[Fact]:
    return sorted(facts, key=lambda f: (f.as_of or dt.date.min, -(f.id or 0)), reverse=True)


def _newest_per_place(facts: Iterable[Fact]) -> list[Fact]:
    """The newest fact on each place, newest first."""
    return [group[0] for group in _distinct(_newest_first(facts), lambda f: f.place_id or "")]


def _overlap(reading: Reading, fact: Fact, kb: KnowledgeBase) -> float:
    sentence = kb.sentences.get((fact.article_id, fact.sentence_id))
    if sentence is None:
        return 0.0
    return sum(kb.idf.get(w, 0.3) for w in set(reading.words) if w in sentence.terms)


def _date_fits(fact: Fact, slots: Slots) -> bool:
    if slots.year is None:
        return True
    dates = [d for d in (fact.as_of, fact.when) if d]
    if slots.month:
        return any(d.year == slots.year and d.month == slots.month for d in dates)
    return any(d.year == slots.year for d in dates) or fact.number == slots.year


def _in_year(facts: list[Fact], slots: Slots) -> list[Fact]:
    """Only figures of the year asked about: a 2019 count is no answer to "pada tahun 2016".

    "sejak 2010" and "sampai 2019" bound a span instead; the year then only ranks the facts.
    """
    if slots.year is None or slots.year_relation != "in":
        return facts
    return [f for f in facts if _date_fits(f, slots)]


def _prefer(facts: list[Fact], test: Callable[[Fact], bool]) -> list[Fact]:
    """The facts passing `test` when there are any, else all of them."""
    passing = [f for f in facts if test(f)]
    return passing or facts


def _national_first(facts: list[Fact], slots: Slots, kb: KnowledgeBase) -> list[Fact]:
    """With no place asked, a figure for Indonesia as a whole beats a province's."""
    if slots.places or not facts:
        return facts
    shallowest = min(kb.depth(f.place_id) if f.place_id else 9 for f in facts)
    return [f for f in facts if (kb.depth(f.place_id) if f.place_id else 9) == shallowest]


def _cite(kb: KnowledgeBase, facts: Iterable[Fact]) -> tuple:
    seen: dict[tuple[str, int], object] = {}
    for fact in facts:
        seen.setdefault((fact.article_id, fact.sentence_id), kb.citation(fact))
    return tuple(seen.values())


def _finding(kb: KnowledgeBase, text: str, *facts: Fact) -> Finding:
    return Finding(text=text, citations=_cite(kb, facts))


def _distinct(facts: list[Fact], identity: Callable[[Fact], object]) -> list[list[Fact]]:
    """Group facts saying the same thing (same figure, same place), keeping first-seen order."""
    groups: dict[object, list[Fact]] = {}
    for fact in facts:
        groups.setdefault(identity(fact), []).append(fact)
    return list(groups.values())


def _status_fits(fact: Fact, slots: Slots) -> bool:
    if slots.status is None or fact.status is None:
        return True
    return fact.status == slots.status


# ----------------------------------------------------------------------------- composers


_EXISTING = frozenset({"ada", "terdapat", "tersisa", "sisa", "beroperasi", "punya", "memiliki"})


def compose_closure_count(reading: Reading, slots: Slots, kb: KnowledgeBase) -> Composed | None:
    facts = [f for f in _within("closure", slots.places, kb) if f.number is not None]
    inventory = [f for f in _within("count", slots.places, kb) if f.unit == "lokalisasi"]
    if not facts and not inventory:
        return None
    words = set(reading.words)
    # "Berapa lokalisasi yang masih ada di Sultra?" asks what is left, not what was closed.
    # "Berapa lokalisasi di Jawa Timur?" with no closing verb asks how many there are, too.
    existing = inventory and ("tutup" not in words or slots.status == "pending")
    if existing:
        # What is left: counts of open lokalisasi, or closures still to come ("masih ada 69
        # titik lokalisasi lagi … yang siap ditutup"), for the place itself when it has them.
        left = [f for f in facts if f.status == "planned" and f.qualifier == "sisa"]
        pool = inventory + left
        exact = [f for f in pool if f.place_id in slots.places] if slots.places else pool
        if not slots.places:
            exact = _national_first(pool, slots, kb)
        chosen = _prefer(exact or pool, lambda f: f.qualifier == "sisa")
        facts = [f for f in chosen if f.kind == "closure"]
        inventory = [f for f in chosen if f.kind == "count"]
        if not facts:
            groups = _distinct(_newest_first(inventory), lambda f: (f.place_id, f.number))
            findings = [_finding(kb, count_text(g[0], kb), *g) for g in groups]
            return Composed(count_text(groups[0][0], kb), findings)
    if facts:
        facts = _prefer(facts, lambda f: _status_fits(f, slots))
        # A past figure must be of the year asked; a plan is asked about by when it happens.
        facts = _in_year(facts, slots) if slots.status != "planned" else facts
        facts = _prefer(facts, lambda f: _date_fits(f, slots))
        if not facts:
            return None
        facts = _national_first(facts, slots, kb)
        if slots.places:
            exact = [f for f in facts if f.place_id in slots.places]
            facts = exact or facts
            if len(slots.places) >= 2:
                # "Berapa lokalisasi di NTB dan NTT yang ditutup, kalau digabung?"
                compared = _compare(exact, slots, reading, kb, closure_text)
                if compared:
                    return compared
        groups = _distinct(_newest_first(facts), lambda f: (f.place_id, f.number, f.status))
        findings = [_finding(kb, closure_text(g[0], kb), *g) for g in groups[:MAX_FINDINGS]]
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
        return Composed(summary, findings)
    groups = _distinct(_newest_first(inventory), lambda f: (f.place_id, f.number))
    findings = [_finding(kb, count_text(g[0], kb), *g) for g in groups]
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
    return _finding(kb, text, *parts)


def _closed_since(lead: Fact, slots: Slots, kb: KnowledgeBase) -> Finding | None:
    """Places inside the asked one that a newer article says have closed, when the figure
    found is an older plan: "3 lokalisasi akan ditutup" (2016) is not the last word when a
    2018 article says Bulungan and Malinau already closed theirs."""
    if lead.status != "planned" or not lead.as_of or len(slots.places) != 1:
        return None
    done = [
        f
        for f in _within("closure", slots.places, kb)
        if f.status == "done" and f.as_of and f.as_of > lead.as_of and f.place_id != lead.place_id
    ]
    if not done:
        return None
    newest = max(f.as_of for f in done if f.as_of)
    latest = [f for f in done if f.as_of == newest]
    names = list(dict.fromkeys(kb.place_name(f.place_id) for f in latest))
    text = f"Per {format_date(newest)}, yang sudah menutup lokalisasinya: {join_names(names)}."
    return _finding(kb, text, *latest)


def _region_closure_lead(
    dated: list[Fact], slots: Slots, kb: KnowledgeBase
) -> tuple[str, list[Finding]] | None:
    """'22 lokalisasi di Kalimantan Timur ditutup pada 1 Juni 2016, dengan acara penutupan di
    Lokalisasi Bayur': when the region asked about has an undated closure figure and its own
    article dates the ceremony at a place inside it, the figure leads, with that date."""
    if len(slots.places) != 1:
        return None
    region = slots.places[0]
    for fact in _newest_first(kb.at_place.get(region, ())):
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
        return summary, [_finding(kb, summary, fact)]
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
    closures = _within("closure", slots.places, kb)
    if any(f.status == "done" for f in closures):
        return status
    asked = closures if status is not None else closures + _within("site", slots.places, kb)
    articles = {f.article_id for f in asked}
    around = {outer for place in slots.places for outer in kb.lineage(place)[1:]}
    dated = [
        f
        for article in sorted(articles)
        for f in kb.by_article.get(article, ())
        if f.kind == "closure" and f.when and f.when_text and f.place_id in around
    ]
    if not dated:
        return status
    region = kb.place_name(dated[0].place_id)
    whens = " dan ".join(dict.fromkeys(f.when_text for f in dated if f.when_text))
    schedule = [_finding(kb, closure_text(f, kb), f) for f in dated]
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


def compose_closure_when(reading: Reading, slots: Slots, kb: KnowledgeBase) -> Composed | None:
    facts = [f for f in _within("closure", slots.places, kb) if f.when]
    if not facts:
        # No date in the articles: say at least where things stand.
        status = compose_closure_status(reading, slots, kb)
        return _dated_by_its_region(status, slots, kb)
    facts = _prefer(facts, lambda f: _status_fits(f, slots))
    facts = _national_first(facts, slots, kb)
    groups = _distinct(_newest_first(facts), lambda f: (f.place_id, f.when, f.status))
    findings = [_finding(kb, closure_text(g[0], kb), *g) for g in groups[:MAX_FINDINGS]]
    region = _region_closure_lead(facts, slots, kb)
    if region is not None:
        return Composed(region[0], region[1] + findings)
    return Composed(closure_text(groups[0][0], kb), findings)


def compose_closure_where(reading: Reading, slots: Slots, kb: KnowledgeBase) -> Composed | None:
    facts = _within("closure", slots.places, kb)
    facts = [f for f in facts if f.place_id not in slots.places or not slots.places]
    if slots.status:
        facts = [f for f in facts if f.status == slots.status]
    if not facts:
        return None
    # The newest word on each place: Nunukan "planned" in May 2018 beats an older report.
    chosen = _newest_per_place(facts)
    names = [kb.place_name(f.place_id) for f in chosen]
    status_word = {
        "done": "sudah menutup lokalisasi",
        "planned": "akan menutup lokalisasi",
        "pending": "belum menutup lokalisasi",
    }.get(slots.status or "", "disebut dalam berita tentang penutupan lokalisasi")
    where = f" di {place_phrase(slots.places, kb)}" if slots.places else ""
    summary = f"Daerah{where} yang {status_word}: {', '.join(names)}."
    findings = [_finding(kb, closure_text(f, kb), f) for f in chosen[:MAX_FINDINGS]]
    return Composed(summary, findings)


def compose_closure_status(reading: Reading, slots: Slots, kb: KnowledgeBase) -> Composed | None:
    """'Apakah Tarakan sudah menutup lokalisasi?': the newest word on each place asked."""
    if not slots.places:
        return None
    reached = [f for f in kb.by_kind["target"] if f.status == "done" and f.place_id in slots.places]
    if reached:
        lead = _newest_first(reached)[0]
        return Composed(
            f"Sudah. {target_text(lead, kb)}", [_finding(kb, target_text(lead, kb), lead)]
        )
    facts = [f for f in _within("closure", slots.places, kb) if f.status]
    exact = [f for f in facts if f.place_id in slots.places]
    facts = exact or facts
    if not facts:
        return None
    newest = max(f.as_of or dt.date.min for f in facts)
    latest = [f for f in facts if (f.as_of or dt.date.min) == newest]
    lead = max(latest, key=lambda f: (f.article_id, f.sentence_id))
    verdict = {
        "done": "Sudah ditutup.",
        "planned": "Belum ditutup; penutupannya direncanakan.",
        "pending": "Belum ditutup.",
    }
    summary = f"{verdict.get(lead.status or '', '')} {closure_text(lead, kb)}".strip()
    ordered = [lead] + [f for f in _newest_first(facts) if f is not lead]
    groups = _distinct(ordered, lambda f: (f.place_id, f.status, f.when, f.number))
    findings = [_finding(kb, closure_text(g[0], kb), *g) for g in groups[:4]]
    return Composed(summary, findings)


def compose_closure_who(reading: Reading, slots: Slots, kb: KnowledgeBase) -> Composed | None:
    facts = [f for f in _within("closure", slots.places, kb) if f.agent]
    if not facts and slots.places:
        # "Siapa yang menutup lokalisasi Bayur?": the province's closure names who did it.
        facts = [f for f in _around("closure", slots.places, kb) if f.agent and f.place_id != "ID"]
    if slots.role:
        # "Siapa menteri sosial yang menutup …?": an agent of another office is no answer.
        facts = [f for f in facts if slots.role in (f.agent or "").lower()]
    if not facts:
        return compose_person(reading, slots, kb)
    facts.sort(key=lambda f: -_overlap(reading, f, kb))
    best = facts[0]
    findings = [_finding(kb, f"{f.agent} — {closure_text(f, kb)}", f) for f in facts[:3]]
    return Composed(f"Yang menutup: {best.agent}.", findings)


def _reason_words(quote: str) -> list[str]:
    """The words that make a sentence a reason: 'eksploitasi', 'instruksi presiden' …"""
    low = quote.lower()
    return [m.group(0) for _, pattern in REASON_CUES[:2] for m in pattern.finditer(low)]


_GENERIC = frozenset(
    "kenapa mengapa apa alasan pemerintah daerah kota kabupaten provinsi dinas sosial kepala "
    "yang sih dong ya kata di ke dari untuk itu ini".split()
)


def compose_reason(reading: Reading, slots: Slots, kb: KnowledgeBase) -> Composed | None:
    facts = _within("reason", slots.places, kb)
    if not facts and slots.places:
        # A lokalisasi's reasons are mostly given for its regency: "Warga menolak penutupan …".
        facts = [f for f in _around("reason", slots.places, kb) if f.place_id != "ID"]
    if not facts:
        return None
    order = {"dampak buruk": 0, "perintah": 1, "target": 2, "alasan": 0}
    telling = {w for w in reading.words if w not in _GENERIC and w not in TOPIC_WORDS}

    def relevance(fact: Fact) -> float:
        # "… kata bu mensos": the article the minister speaks in counts too.
        sentence = kb.sentences.get((fact.article_id, fact.sentence_id))
        said = sentence.terms if sentence else frozenset()
        context = kb.article_terms(fact.article_id)
        return sum(kb.idf.get(w, 1.0) * ((w in said) + 0.5 * (w in context)) for w in telling)

    facts = sorted(facts, key=lambda f: (-round(relevance(f), 1), order.get(f.label or "", 3)))
    findings = [_finding(kb, f"Alasan ({f.label}):", f) for f in facts[:3]]
    cues = [cue for f in facts[:3] for cue in _reason_words(f.quote)]
    named = ", ".join(dict.fromkeys(cues)) or ", ".join(dict.fromkeys(f.label or "" for f in facts))
    return Composed(f"Alasan penutupan yang disebut sumber berita: {named}.", findings)


_NOT_QUALIFYING = frozenset(
    "ada masih sudah telah akan pernah dulu dulunya sekarang saat waktu itu ini tersebut lagi "
    "sisa tersisa terdata tercatat terdaftar jumlah total semua seluruh berapa banyak orang "
    "lebih kurang paling sedikit besar kecil mana dibanding dibandingkan selisih beda".split()
)


def _qualifier(reading: Reading) -> frozenset[str]:
    """The telling words of a "yang …" clause narrowing what is counted ("yang positif HIV"):
    not the topic, not the place, not words every count sentence has."""
    words = reading.words
    if "yang" not in words:
        return frozenset()
    tail = words[words.index("yang") + 1 :]
    return frozenset(
        w
        for w in tail
        if w in reading.content
        and w not in TOPIC_WORDS
        and w not in _NOT_QUALIFYING
        and w not in _QUESTION_TYPE_WORDS
        and not w.isdigit()
    )


def _sentence_stems(fact: Fact, kb: KnowledgeBase) -> set[str]:
    """The word roots of a fact's sentence and the next ("… 1.315 PSK bekerja di dalamnya.
    Seluruhnya telah mendapat pembinaan …" says what the figure's people did and got)."""
    sentence = kb.sentences.get((fact.article_id, fact.sentence_id))
    if sentence is None:
        return set()
    following = kb.next_sentence(sentence)
    words = sentence.terms | (following.terms if following else frozenset())
    return {stem for word in words for stem in stems(word)}


def _counts_asked(fact: Fact, slots: Slots) -> bool:
    """Whether a count counts what the question asks: workers, or mucikari, wisma, KK …"""
    if slots.counted in COUNTED_UNITS:
        return fact.unit == slots.counted
    return fact.unit not in OTHER_UNITS


def compose_worker_count(reading: Reading, slots: Slots, kb: KnowledgeBase) -> Composed | None:
    if slots.superlative and not slots.places:
        return compose_worker_most(reading, slots, kb)
    facts = [f for f in _within("count", slots.places, kb) if _counts_asked(f, slots)]
    facts = _in_year(facts, slots)
    if not facts:
        return None
    # "… yang dipulangkan": the figure of people that was done to, when an article gives it.
    asked = set(reading.words)
    facts = _prefer(facts, lambda f: f.label in asked)
    qualifier = _qualifier(reading)
    if qualifier:
        # "… yang positif HIV": only a figure whose sentence says so answers.
        wanted = {stem for word in qualifier for stem in stems(word)}
        facts = [f for f in facts if f.label in qualifier or wanted & _sentence_stems(f, kb)]
        if not facts:
            return None
    if not slots.places:
        facts = _national_first(facts, slots, kb)
        facts = _prefer(facts, lambda f: not f.superlative)
    exact = [f for f in facts if f.place_id in slots.places]
    inside = [f for f in facts if f.place_id not in slots.places]
    if len(slots.places) >= 2:
        compared = _compare(exact, slots, reading, kb)
        if compared:
            return compared
    findings: list[Finding] = []
    summary_parts: list[str] = []
    if exact or not slots.places:
        groups = _distinct(_newest_first(exact or facts), lambda f: (f.place_id, f.number))
        for group in groups[:MAX_FINDINGS]:
            findings.append(_finding(kb, count_text(group[0], kb), *group))
        summary_parts.append(count_text(groups[0][0], kb))
    if inside and slots.places:
        parts = _site_sum(inside, kb)
        if parts and not exact:
            total, members = parts
            names = ", ".join(
                f"{kb.place_name(f.place_id)} {format_number(f.number or 0)}" for f in members
            )
            unit = members[0].unit or "PSK"
            where = place_phrase(slots.places, kb)
            summary_parts.append(f"Jumlah {unit} di {where}: {format_number(total)} ({names}).")
            findings.append(
                _finding(kb, f"Dijumlahkan dari {len(members)} lokalisasi: {names}.", *members)
            )
        else:
            older = _distinct(_newest_first(inside), lambda f: (f.place_id, f.number))
            for group in older[: MAX_FINDINGS - len(findings)]:
                findings.append(_finding(kb, count_text(group[0], kb), *group))
            if not exact:
                summary_parts.append(count_text(older[0][0], kb))
    return Composed(" ".join(summary_parts), findings)


def _compare(
    facts: list[Fact],
    slots: Slots,
    reading: Reading,
    kb: KnowledgeBase,
    text: Callable[[Fact, KnowledgeBase], str] = count_text,
) -> Composed | None:
    """'Mana yang lebih banyak, Juwata Permai atau Lingkas Ujung?', their difference or sum."""
    latest = _newest_per_place(facts)
    if len(latest) < 2:
        return None
    chosen = sorted(latest, key=lambda f: -(f.number or 0))
    listing = ", ".join(
        f"{kb.place_name(f.place_id)} {format_number(f.number or 0)}" for f in chosen
    )
    words = set(reading.words)
    if words & {"selisih", "beda", "perbedaan", "dikurangi", "kurang"}:
        gap = (chosen[0].number or 0) - (chosen[-1].number or 0)
        summary = f"Selisihnya {format_number(gap)} ({listing})."
    elif words & {"lebih", "terbanyak", "dibanding", "dibandingkan", "banding"}:
        summary = f"Lebih banyak di {kb.place_name(chosen[0].place_id)} ({listing})."
    else:
        total = sum(f.number or 0 for f in chosen)
        summary = f"Jumlahnya {format_number(total)} ({listing})."
    findings = [_finding(kb, text(f, kb), f) for f in chosen]
    return Composed(summary, findings)


def _site_sum(facts: list[Fact], kb: KnowledgeBase) -> tuple[int, list[Fact]] | None:
    """Counts of several lokalisasi from one article, added up (each part stays cited)."""
    by_article: dict[str, list[Fact]] = {}
    for fact in facts:
        if fact.total or fact.number is None:
            continue
        by_article.setdefault(fact.article_id, []).append(fact)
    best = max(by_article.values(), key=len, default=[])
    places = {f.place_id for f in best}
    if len(best) < 2 or len(places) < len(best):
        return None
    return sum(f.number or 0 for f in best), best


def compose_worker_most(reading: Reading, slots: Slots, kb: KnowledgeBase) -> Composed | None:
    counts = [f for f in _within("count", slots.places, kb) if _counts_asked(f, slots)]
    facts = [f for f in counts if f.superlative]
    if not facts:
        return None
    groups = _distinct(_newest_first(facts), lambda f: (f.place_id, f.number))
    lead = groups[0][0]
    summary = (
        f"{lead.superlative.capitalize() if lead.superlative else 'Terbanyak'} di "
        f"{kb.place_name(lead.place_id)}: {format_number(lead.number or 0)} {lead.unit or 'PSK'}."
    )
    findings = [_finding(kb, count_text(g[0], kb), *g) for g in groups[:3]]
    return Composed(summary, findings)


def compose_target(reading: Reading, slots: Slots, kb: KnowledgeBase) -> Composed | None:
    targets = kb.by_kind["target"]
    exact = [f for f in targets if f.place_id in slots.places] if slots.places else []
    # A city's target is not its province's; a province's or the country's does cover a city.
    # The country's target is not a province's own: "Kapan Jawa Tengah bebas lokalisasi?" is
    # not answered by Indonesia's 2019.
    outer = [
        f
        for f in targets
        if f.place_id
        and f.place_id != "ID"
        and any(f.place_id in kb.lineage(p)[1:] for p in slots.places)
    ]
    facts = exact or (outer if slots.places else list(targets))
    if not facts:
        return None
    facts = _national_first(facts, slots, kb)
    groups = _distinct(_newest_first(facts), lambda f: (f.place_id, f.number))
    findings = [_finding(kb, target_text(g[0], kb), *g) for g in groups[:MAX_FINDINGS]]
    summary = target_text(groups[0][0], kb)
    if slots.places and not exact:
        return Composed(summary, findings, _places_of(g[0] for g in groups))
    return Composed(summary, findings)


def compose_aid_amount(reading: Reading, slots: Slots, kb: KnowledgeBase) -> Composed | None:
    facts = _for_recipient(_within("aid", slots.places, kb), slots)
    wider = False
    if not facts and slots.places:
        # Aid a province or the country announced may reach the asked place too, but the
        # articles do not say so: it is offered as the wider place's figure.
        facts = _for_recipient(_around("aid", slots.places, kb), slots)
        wider = True
    if not facts:
        return None
    if slots.aid_kind:
        facts = [f for f in facts if f.label == slots.aid_kind]
    if slots.giver:
        # Aid from the giver asked for; one from a named other giver is no answer.
        given = [f for f in facts if f.agent and f.agent.startswith(slots.giver)]
        # An amount with no giver named, in a story where this giver gives, may be its total.
        stories = {f.article_id for f in given}
        unnamed = [f for f in facts if not f.agent and (f.article_id in stories or not given)]
        facts = given + unnamed
    if not facts:
        return None
    amounts = [f for f in facts if f.number is not None]
    if slots.total:
        # "Total dana Kemensos untuk semua PSK …": a stated total or budget, not one share.
        amounts = _prefer(amounts, lambda f: f.label in NOT_PACKAGE_PARTS or not f.per_person)
    if not amounts:
        groups = _distinct(facts, lambda f: (f.label, f.detail))
        findings = [_finding(kb, aid_text(g[0], kb), *g) for g in groups[:MAX_FINDINGS]]
        kinds = ", ".join(dict.fromkeys(g[0].label or "bantuan" for g in groups))
        where = place_phrase(tuple({g[0].place_id for g in groups if g[0].place_id}), kb)
        return Composed(
            f"Bantuan yang disebut{' untuk ' + where if where else ''}: {kinds}; "
            "besarnya tidak disebutkan.",
            findings,
        )
    amounts = (
        _national_first(amounts, slots, kb) if not slots.aid_kind and not slots.giver else amounts
    )
    groups = _distinct(_newest_first(amounts), lambda f: (f.place_id, f.number, f.label))
    chosen = [g[0] for g in groups[:MAX_FINDINGS]]
    # Amounts one sentence lists together are one finding with one source.
    by_sentence: dict[tuple[str, int], list[Fact]] = {}
    for fact in chosen:
        by_sentence.setdefault((fact.article_id, fact.sentence_id), []).append(fact)
    findings = [_finding(kb, aid_list_text(parts, kb), *parts) for parts in by_sentence.values()]
    summary = "; ".join(aid_text(f, kb, short=True) for f in chosen[:4]) + "."
    summary = summary[0].upper() + summary[1:]
    package = _package(chosen)
    stated = [f for f in chosen if f.label == "total bantuan"]
    if package and not slots.aid_kind and not stated:
        total, members = package
        # The parts are cited above; the sum is only arithmetic on them.
        findings.append(
            Finding(
                text=f"Jika dijumlahkan, paket bantuan ini bernilai {format_rupiah(total)} "
                f"per orang ({len(members)} bagian di atas)."
            )
        )
        summary += f" Total {format_rupiah(total)} per orang."
    return Composed(summary, findings, _places_of(chosen) if wider else ())


def _for_recipient(facts: list[Fact], slots: Slots) -> list[Fact]:
    """Aid for whom the question asks: none of the workers' aid is for "nelayan", and aid for
    mucikari is not the workers' own."""
    if not slots.recipient:
        others = COUNTED_THINGS["mucikari"][1]
        return [f for f in facts if not (f.recipient and others.search(f.recipient.lower()))]
    return [f for f in facts if f.recipient and slots.recipient in f.recipient.lower()]


NOT_PACKAGE_PARTS = frozenset({"anggaran", "pendanaan", "total bantuan"})
PACKAGE_CEILING = 100_000_000
"""Above this an amount is a budget for everyone, not a part of what one person receives."""


def _package(facts: list[Fact]) -> tuple[int, list[Fact]] | None:
    """Aid amounts one article gives the same people in one place: the parts of one package."""
    by_key: dict[tuple[str, str | None], list[Fact]] = {}
    for fact in facts:
        if fact.label in NOT_PACKAGE_PARTS or (fact.number or 0) >= PACKAGE_CEILING:
            continue
        by_key.setdefault((fact.article_id, fact.place_id), []).append(fact)
    best = max(by_key.values(), key=len, default=[])
    if len(best) < 2:
        return None
    return sum(f.number or 0 for f in best), best


def compose_aid_source(reading: Reading, slots: Slots, kb: KnowledgeBase) -> Composed | None:
    facts = [
        f for f in _for_recipient(_within("aid", slots.places, kb), slots) if f.agent or f.detail
    ]
    if not facts:
        return None
    funding = [f for f in facts if f.label == "pendanaan"]
    givers = [f for f in facts if f.label != "pendanaan" and f.agent]
    if slots.aid_kind:
        # "Siapa yang menanggung biaya pemulangan?": the giver of that kind of aid first.
        givers = _prefer(givers, lambda f: f.label == slots.aid_kind)
    findings: list[Finding] = []
    parts: list[str] = []
    for fact in funding[:2]:
        findings.append(_finding(kb, aid_text(fact, kb), fact))
        parts.append(f"{fact.agent or 'Pemerintah'} melalui {fact.detail}")
    for group in _distinct(givers, lambda f: f.agent)[:4]:
        findings.append(_finding(kb, aid_text(group[0], kb), *group))
        parts.append(f"{group[0].agent} ({group[0].label})")
    if not parts:
        return None
    return Composed("Sumber dana/bantuan: " + "; ".join(parts) + ".", findings)


def compose_person(reading: Reading, slots: Slots, kb: KnowledgeBase) -> Composed | None:
    people = _in_year(_around("person", slots.places, kb), slots)
    if slots.role:
        people = [p for p in people if slots.role in kb.folded[id(p)]]
    else:
        # No office named: only a person the question names ("siapa Sugiono?").
        words = set(reading.words)
        people = [p for p in people if p.name and set(terms(p.name)) & words]
    if not people:
        return None

    def score(fact: Fact) -> tuple[float, float, dt.date]:
        exact = 1.0 if fact.place_id in slots.places else 0.0
        return (exact, _overlap(reading, fact, kb), fact.as_of or dt.date.min)

    people.sort(key=score, reverse=True)
    fuller = _fuller_mentions(people)
    groups = _distinct(people, lambda f: (fuller.get(id(f), f).name, fuller.get(id(f), f).label))
    # Each person once, under the fullest form of the name ("Yazid Mahfudz", not "Yazid").
    leads = [max(g, key=lambda f: len(f.name or "")) for g in groups]
    findings = [
        _finding(kb, person_text(lead, kb), *g) for lead, g in zip(leads, groups, strict=True)
    ][:3]
    return Composed(person_text(leads[0], kb), findings)


def _fuller_mentions(people: list[Fact]) -> dict[int, Fact]:
    """A short mention ("Bupati Yazid") -> the fuller mention of the same person at the same
    place ("Bupati Nunukan Yazid Mahfudz"): its words are among the fuller name's, and its
    role, if any, is part of the fuller role."""
    fuller: dict[int, Fact] = {}
    for short in people:
        words = set((short.name or "").lower().split())
        role = (short.label or "").lower()
        matches = [
            other
            for other in people
            if other.name
            and other.place_id == short.place_id
            and words < set(other.name.lower().split())
            and role in (other.label or "").lower()
        ]
        if matches:
            fuller[id(short)] = max(matches, key=lambda f: len(f.name or ""))
    return fuller


def _biggest_place(slots: Slots, kb: KnowledgeBase) -> Composed | None:
    """'Lokalisasi terbesar ada di Parepare dengan 230 pekerja seks': a count that says so."""
    # The biggest lokalisasi is the one with the most workers: "terbesar" and "terbanyak" meet.
    biggest = {"terbesar", "terbanyak"}
    wanted = biggest if slots.superlative in biggest else {slots.superlative}
    counts = [f for f in _within("count", slots.places, kb) if f.superlative in wanted]
    if not counts:
        return None
    lead = _newest_first(counts)[0]
    summary = f"Lokalisasi {slots.superlative} disebut ada di {kb.place_name(lead.place_id)}."
    return Composed(summary, [_finding(kb, count_text(lead, kb), lead)])


def compose_site(reading: Reading, slots: Slots, kb: KnowledgeBase) -> Composed | None:
    if not slots.places and not slots.superlative:
        return None  # no place, no lokalisasi named: nothing to locate
    sites = _within("site", slots.places, kb)
    if not sites:
        return _biggest_place(slots, kb) if slots.superlative else None
    if slots.superlative:
        best = [f for f in sites if f.superlative in (slots.superlative, "terbesar", "terbanyak")]
        if not best:
            return _biggest_place(slots, kb)
        sites = best
    asked_sites = [
        p for p in slots.places if kb.places.get(p) and kb.places[p].level == "lokalisasi"
    ]
    if asked_sites:
        sites = [f for f in sites if f.place_id in asked_sites] or sites
    groups = _distinct(sites, lambda f: f.place_id)
    findings = [_finding(kb, site_text(g[0], kb), *g) for g in groups[:MAX_FINDINGS]]
    if len(groups) == 1 or asked_sites or slots.superlative:
        return Composed(site_text(groups[0][0], kb), findings)
    names = ", ".join(g[0].name or kb.place_name(g[0].place_id) for g in groups)
    where = place_phrase(slots.places, kb)
    return Composed(f"Lokalisasi yang disebut{' di ' + where if where else ''}: {names}.", findings)


def compose_definition(reading: Reading, slots: Slots, kb: KnowledgeBase) -> Composed | None:
    if not slots.term:
        return None
    facts = kb.definitions.get(slots.term, [])
    if not facts:
        return None
    groups = _distinct(facts, lambda f: (f.detail or "").lower())
    findings = [_finding(kb, definition_text(g[0]), *g) for g in groups[:2]]
    return Composed(definition_text(groups[0][0]), findings)


_NUMBER_WORD = re.compile(
    r"\d|\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh"
    r"|ratus|ribu)\b"
)


_DURATION = re.compile(r"\b\w+\s+(?:bulan|tahun|minggu|hari|jam|pekan)\b")


def _near(text: str, word: str, span: int = 30) -> str:
    """The text around `word`: a count stands next to what it counts ("sekitar 23 mucikari")."""
    at = text.find(word)
    return text[max(0, at - span) : at + len(word) + 10] if at != -1 else ""


def compose_counted_other(reading: Reading, slots: Slots, kb: KnowledgeBase) -> Composed | None:
    """'Ada berapa mucikari …?': no typed fact counts them, but a sentence may.

    Only a sentence that names the counted thing and writes a number, in an article about the
    asked place, answers; otherwise the bot says it does not know.
    """
    counted = slots.counted or ""
    duration = counted == "lama"  # "berapa lama …?": a span of time, not a thing
    words = [w for w in reading.content if w != counted]
    if not duration:
        words = [counted, *words]
    hits = kb.search(words, slots.places, limit=5)
    for score, sentence in hits:
        text = sentence.text.lower()
        named = _DURATION.search(text) if duration else counted in sentence.terms
        near = text if duration else _near(text, counted)
        if named and _NUMBER_WORD.search(near):
            if score < SEARCH_MIN_SCORE:
                break
            citation = kb.sentence_citation(sentence)
            return Composed(
                sentence.text, [Finding(text="Menurut sumber berita:", citations=(citation,))]
            )
    return None


_MONEY = re.compile(r"\brp\s?\d|\brupiah\b|\b(?:juta|miliar|ribu)\b")
_WHEN = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:januari|februari|maret|april|mei|juni|juli|agustus|september"
    r"|oktober|november|desember)\b|\(\d{1,2}/\d{1,2}"
)
_NAME_AFTER = r"(?:,\s*)?(?:[A-Z][\w'.-]+\s*){1,4}"
_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b|\bpuluhan tahun\b")
_SINCE = re.compile(r"\b(?:sejak|berdiri|didirikan|muncul|mulai beroperasi|beroperasi)\b")
_ORDINAL = re.compile(r"\bke-?\s?\d+\b|\bke(?:satu|dua|tiga|empat|lima|enam|tujuh)\b")
EVIDENCE_INTENTS: dict[str, str] = {
    "worker_count": "count",
    "closure_count": "count",
    "aid_amount": "money",
    "aid_source": "money",
    "closure_when": "when",
    "target": "when",
    "person": "person",
    "closure_who": "person",
}
"""What kind of answer a sentence must hold to stand in for an intent's missing fact."""


def compose_evidence(
    reading: Reading, slots: Slots, kb: KnowledgeBase, intent: str, must_name: str = ""
) -> Composed | None:
    """No fact fits, but an article about the asked place has a sentence that holds the asked
    kind of answer (a figure, an amount, a date, a named official): quote it, as what the
    article says. Only articles about the asked place are searched."""
    shape = EVIDENCE_INTENTS.get(intent, intent if intent in ("since", "ordinal") else None)
    if shape is None or not (slots.places or must_name):
        return None
    words = [w for w in reading.content if w not in _QUESTION_TYPE_WORDS]
    if shape == "count" and slots.counted and slots.counted not in ("money", "when"):
        words.append(slots.counted)
    if not words:
        return None
    about = _facts_about(slots.places, kb)
    for score, sentence in kb.search(words, slots.places, limit=8):
        if score < SEARCH_MIN_SCORE:
            break
        text, low = sentence.text, sentence.text.lower()
        if shape == "count":
            counted = slots.counted if slots.counted not in (None, "psk") else None
            nouns = [counted] if counted else ["psk", "pekerja", "penghuni", "orang", "wts"]
            if slots.counted == "lokalisasi":
                nouns = ["lokalisasi", "titik", "tempat", "wisma"]
            fits = any(
                _NUMBER_WORD.search(_near(low, noun)) and noun in low for noun in nouns
            ) and not _MONEY.search(low)
        elif shape == "money":
            fits = bool(_MONEY.search(low))
        elif shape == "when":
            fits = bool(_WHEN.search(low))
        elif shape == "since":
            fits = bool(_YEAR_WORD.search(low)) and bool(_SINCE.search(low))
        elif shape == "ordinal":
            fits = bool(_ORDINAL.search(low))
        else:
            role = slots.role or ""
            fits = bool(role) and bool(re.search(rf"(?i:{re.escape(role)}){_NAME_AFTER}", text))
        if not fits or (must_name and must_name not in low):
            continue
        if slots.places and not _about_places(sentence, slots.places, about, kb):
            continue  # a national sentence in a story that lists the asked province too
        if len(sentence.terms & set(words)) >= 1 and _keeps_slots(sentence, slots, kb):
            citation = kb.sentence_citation(sentence)
            return Composed(text, [Finding(text="Menurut sumber berita:", citations=(citation,))])
    return None


_REGENCY_DEPTH = 2
"""Depth of a kota/kabupaten in the place hierarchy (Indonesia 0, a province 1)."""


def _covered(slots: Slots, kb: KnowledgeBase) -> bool:
    """Whether an asked place has anything in the articles to quote from."""
    return any(p in kb.covered or p in kb.site_stories for p in slots.places)


def _facts_about(places: tuple[str, ...], kb: KnowledgeBase) -> tuple[set[str], set[int]]:
    """The words of the places' names, and the facts (by object id) about them or inside them,
    their stories included (once per snapshot)."""
    key = ("facts_about", places)
    if key not in kb.memo:
        names = {w for p in places for w in terms(kb.place_name(p))}
        facts = {
            id(f) for p in places for f in (*kb.subtree.get(p, ()), *kb.site_stories.get(p, ()))
        }
        kb.memo[key] = (names - {"kota", "kabupaten", "provinsi"}, facts)
    return kb.memo[key]  # type: ignore[return-value]


def _about_places(
    sentence: IndexedSentence,
    places: tuple[str, ...],
    about: tuple[set[str], set[int]],
    kb: KnowledgeBase,
) -> bool:
    """Whether a sentence speaks of the asked places: it names one, or its whole article is
    mostly about them (`about`: see _facts_about)."""
    names, facts = about
    if names & sentence.terms:
        return True
    if any(kb.depth(p) > _REGENCY_DEPTH for p in places):
        return True  # a lokalisasi or village: an article that names it is about it
    placed = [f for f in kb.by_article.get(sentence.article_id, ()) if f.place_id]
    return bool(placed) and 2 * sum(id(f) in facts for f in placed) >= len(placed)


def _asks_since_or_rank(reading: Reading) -> str | None:
    """'since' for "sejak kapan / berdiri tahun berapa", 'ordinal' for "yang keberapa"."""
    words = reading.words
    if "keberapa" in words or _phrase(words, "ke berapa"):
        return "ordinal"
    if set(words) & {"sejak", "berdiri", "didirikan", "muncul"} and set(words) & {
        "kapan",
        "tahun",
        "berapa",
    }:
        return "since"
    return None


def _keeps_slots(sentence: IndexedSentence, slots: Slots, kb: KnowledgeBase) -> bool:
    """Whether a sentence says what the question narrows to: its recipient, its kind of aid,
    its year. A sentence about the workers' aid is no answer about "korban banjir"."""
    low = sentence.text.lower()
    if slots.recipient and slots.recipient not in sentence.terms:
        return False
    if slots.aid_kind:
        pattern = dict(AID_KIND_PATTERNS).get(slots.aid_kind)
        if pattern is None or not pattern.search(low):
            return False
    if slots.year and slots.year_relation == "in":
        article = kb.articles.get(sentence.article_id)
        published = article.published.year if article and article.published else None
        return str(slots.year) in low or published == slots.year
    return True


PASSAGE_SENTENCES = 3
STRICT_SEARCH_WORDS = 2
"""A fallback search needs this many of the question's own words in the sentence it returns."""


def compose_statement(
    reading: Reading, slots: Slots, kb: KnowledgeBase, *, strict: bool = False
) -> Composed | None:
    """Answer with the sentences that share the most telling words with the question.

    `strict` (when another reading found nothing): only a sentence sharing several of the
    question's own words, lest a near-topic question get a loosely related quote.
    """
    words = reading.content or reading.words
    asks_what = "apa" in reading.words and "apakah" not in reading.words

    def boost(sentence: IndexedSentence) -> float:
        # "Keterampilan apa …?" wants a list: "… seperti menjahit, membordir, membuat kue".
        if asks_what and _LIST_MARKERS & sentence.terms:
            return 1.6
        return 1.0

    hits = kb.search(words, slots.places, limit=2, boost=boost)
    hits = [(score, s) for score, s in hits if score >= SEARCH_MIN_SCORE]
    if strict:
        telling = _telling(reading)
        hits = [(score, s) for score, s in hits if len(s.terms & telling) >= STRICT_SEARCH_WORDS]
        if slots.year and slots.year_relation == "in":
            hits = [
                (score, s)
                for score, s in hits
                if (article := kb.articles.get(s.article_id))
                and article.published
                and article.published.year == slots.year
            ]
    if not hits:
        return None
    _best_score, best = hits[0]
    passage = [best]
    # A passage of up to three sentences: the answer to "keterampilan apa …" may come two
    # sentences after the one that names the subject.
    while len(passage) < PASSAGE_SENTENCES:
        follower = kb.next_sentence(passage[-1])
        if not follower or not _continues(follower, passage[-1], reading):
            break
        passage.append(follower)
    text = " ".join(s.text for s in passage)
    citation = kb.sentence_citation(best, quote=text)
    return Composed(text, [Finding(text="Menurut sumber berita:", citations=(citation,))])


_LIST_MARKERS = frozenset({"seperti", "yaitu", "yakni", "antara", "berupa", "meliputi"})
_CONNECTIVES = (
    "baik",
    "yaitu",
    "yakni",
    "berupa",
    "antara lain",
    "seperti",
    "namun",
    "tetapi",
    "tapi",
    "akan tetapi",
    "meski",
    "selama",
    "selain",
    "mereka",
)


def _continues(follower: IndexedSentence, best: IndexedSentence, reading: Reading) -> bool:
    if follower.paragraph != best.paragraph and not follower.terms & set(reading.content):
        return False
    opening = follower.text.lower().lstrip('"')
    return opening.startswith(_CONNECTIVES) or bool(follower.terms & set(reading.content))


def compose_overview(reading: Reading, slots: Slots, kb: KnowledgeBase) -> Composed | None:
    """'kaltara?', 'info lokalisasi kotim': what the articles say about a place, in brief."""
    where = place_phrase(slots.places, kb) or "Indonesia"
    findings: list[Finding] = []
    parts = (
        ("Penutupan", compose_closure_count),
        ("Status", compose_closure_status),
        ("Jumlah pekerja", compose_worker_count),
        ("Target", compose_target),
        ("Bantuan", compose_aid_amount),
    )
    seen: set[str] = set()
    for label, composer in parts:
        if label == "Status" and findings and findings[0].text.startswith("Penutupan"):
            continue
        composed = composer(reading, slots, kb)
        if composed is None or composed.summary in seen:
            continue
        seen.add(composed.summary)
        citations = composed.findings[0].citations if composed.findings else ()
        findings.append(Finding(text=f"{label}: {composed.summary}", citations=citations))
    if not findings:
        return None
    return Composed(f"Yang tercatat di sumber berita tentang {where}:", findings)


COMPOSERS: dict[str, Composer] = {
    "closure_count": compose_closure_count,
    "closure_when": compose_closure_when,
    "closure_where": compose_closure_where,
    "closure_status": compose_closure_status,
    "closure_who": compose_closure_who,
    "closure_reason": compose_reason,
    "worker_count": compose_worker_count,
    "worker_most": compose_worker_most,
    "target": compose_target,
    "aid_amount": compose_aid_amount,
    "aid_source": compose_aid_source,
    "person": compose_person,
    "site": compose_site,
    "definition": compose_definition,
    "statement": compose_statement,
    "overview": compose_overview,
}


# ----------------------------------------------------------------------------- the engine


def _follow_up(reading: Reading, context: Context | None, now: float) -> tuple[str | None, Slots]:
    """Fill what a follow-up leaves out from the chat's previous question."""
    slots = reading.slots
    if context is None:
        return None, slots
    anaphoric = reading.only_place or len(reading.words) <= 3 or _refers_back(reading.question)
    if not anaphoric:
        return None, slots
    update: dict[str, object] = {}
    if not slots.places and not slots.unknown_places:
        update["places"] = context.slots.places
    for name in ("aid_kind", "giver", "role", "year", "status"):
        if getattr(slots, name) is None and reading.only_place:
            update[name] = getattr(context.slots, name)
    intent = context.intent if reading.only_place else None
    return intent, slots.model_copy(update=update)


def _refers_back(question: str) -> bool:
    lowered = f" {question.lower()} "
    return any(
        marker in lowered
        for marker in ("nya ", "nya?", " itu", " tersebut", " sana", " situ", " tadi", " juga")
    )


def _abstain(question: str, kb: KnowledgeBase, why: str, slots: Slots | None = None) -> Answer:
    return Answer(
        question=question,
        found=False,
        intent=None,
        confidence=0.0,
        summary=why,
        suggestions=tuple(suggestions(kb, slots)),
    )


SUGGESTIONS = 4
"""Questions an abstention suggests at most."""


def suggestions(kb: KnowledgeBase, slots: Slots | None = None) -> list[str]:
    """Questions the knowledge base answers, about the asked place when it knows it."""
    return answerable_examples(kb, slots.places if slots else (), limit=SUGGESTIONS)


def answer(
    question: str, kb: KnowledgeBase, context: Context | None = None, *, intent: str | None = None
) -> Answer:
    """The reply to `question`.

    `context` is the chat's previous question (for follow-ups); `intent` forces one reading, as
    when a person picks a "Maksud Anda…?" button.
    """
    now = time.time()
    question = question.strip()
    talk = small_talk(question, kb)
    if talk is not None:
        return talk
    if is_english(question):
        indonesian = to_indonesian(question)
        # A mapping still read as English ("about money?") maps onto nothing: stop there.
        mapped = None if is_english(indonesian) else answer(indonesian, kb, context, intent=intent)
        if mapped is not None and (mapped.found or mapped.choices):
            return with_note(mapped, question)
        return not_understood(question, tuple(suggestions(kb, None)))
    reading = read_question(question, kb)
    if not any(ch.isalpha() for ch in question) or not reading.words:
        return _abstain(question, kb, "Maaf, saya tidak menangkap pertanyaannya.")

    follow_intent, slots = _follow_up(reading, context, now)
    places_known = bool(slots.places)
    # Chat spellings and filler ("nyegel", "sebenernya") do not sink a question whose known
    # words fix its topic and place; an unknown name ("lokalisasi sunan kuning") always does.
    asks_topic = bool(set(reading.words) & TOPIC_WORDS)
    blocking = reading.unknown_names if places_known and asks_topic else reading.unknown_words
    if blocking:
        words = ", ".join(f"“{_clip(w)}”" for w in blocking[:3])
        return _abstain(
            question,
            kb,
            f"Maaf, belum ada informasi tentang {words} di sumber berita saya.",
            slots,
        )
    if slots.origin:
        # No fact counts people by their home town: only a sentence that names it answers.
        evidence = compose_evidence(reading, slots, kb, "worker_count", must_name=slots.origin)
        if evidence is None:
            return _abstain(
                question,
                kb,
                "Maaf, belum ada informasi tentang mereka yang berasal dari "
                f"{_display_name(slots.origin)} di sumber berita saya.",
                slots,
            )
        return _found(question, "statement", 60.0, evidence, slots, now)
    if slots.sub_places:
        inside = ", ".join(kb.place_name(p) for p in slots.sub_places)
        return _abstain(
            question,
            kb,
            f"Maaf, belum ada informasi tentang {inside} di sumber berita saya.",
            slots,
        )
    if slots.unknown_places and not places_known:
        where = ", ".join(_display_name(name) for name in slots.unknown_places)
        return _abstain(
            question,
            kb,
            f"Maaf, belum ada informasi tentang lokalisasi di {where} di sumber berita saya.",
            slots,
        )
    if slots.counted and slots.counted not in ("psk", "lokalisasi", "money", "when"):
        counted, kind = None, "statement"
        if slots.counted in COUNTED_UNITS:
            counted, kind = compose_worker_count(reading, slots, kb), "worker_count"
        if counted is None:
            counted, kind = compose_counted_other(reading, slots, kb), "statement"
        if counted is None:
            where = f" di {place_phrase(slots.places, kb)}" if slots.places else ""
            return _abstain(
                question,
                kb,
                f"Maaf, belum ada informasi tentang jumlah “{_clip(slots.counted)}”{where} "
                "di sumber berita saya.",
                slots,
            )
        return _found(question, kind, 60.0, counted, slots, time.time())
    if not (
        reading.topical
        or places_known
        or slots.role
        or follow_intent
        or intent
        or _strongly_matched(reading, kb)
    ):
        return _abstain(
            question,
            kb,
            "Maaf, saya hanya bisa menjawab soal penutupan lokalisasi, jumlah pekerja, target, "
            "dan bantuan bagi mantan pekerja.",
            slots,
        )

    # "Sejak kapan lokalisasi X ada?", "yang keberapa ditutup?": no typed fact holds a founding
    # year or a rank; a sentence of the place's story that states one answers.
    asked_shape = _asks_since_or_rank(reading)
    if asked_shape and _covered(slots, kb):
        evidence = compose_evidence(reading, slots, kb, asked_shape)
        if evidence is not None:
            return _found(question, "statement", 60.0, evidence, slots, now)
    ranked = _adjust(list(reading.intents), reading, slots)
    if reading.only_place and not follow_intent and not intent:
        ranked = [("overview", 100.0), *ranked]
    forced = intent if intent in COMPOSERS else follow_intent
    if forced:
        top = max((score for _, score in ranked), default=100.0)
        ranked = [(forced, max(top, 90.0))] + [r for r in ranked if r[0] != forced]

    # The best-fitting intent answers, or nobody does: falling through to a weaker reading
    # would answer a different question ("berapa PSK di Malinau?" with Malinau's officials).
    chosen: tuple[str, float, Composed] | None = None
    runner_up: tuple[str, float, Composed] | None = None
    top_name, top_score = ranked[0] if ranked else ("statement", 0.0)
    if top_score < MIN_INTENT_SCORE:
        top_name = "statement"
    composed = COMPOSERS[top_name](reading, slots, kb)
    if composed is None and top_name != "statement" and _anchored_search(reading, slots, kb):
        # "Fasilitas apa saja yang ada di PSKW?": no typed fact, but a sentence about PSKW, or
        # one that shares several telling words with the question ("rapat apa setelah rakor").
        top_name, top_score = "statement", top_score
        composed = compose_statement(reading, slots, kb, strict=not slots.term)
    if composed is None and _covered(slots, kb) and top_name in EVIDENCE_INTENTS:
        composed = compose_evidence(reading, slots, kb, top_name)
    if composed is not None:
        chosen = (top_name, top_score, composed)
        for name, score in ranked[1:]:
            if top_score - score >= AMBIGUITY_MARGIN or name == "statement":
                break
            other = COMPOSERS[name](reading, slots, kb)
            if other is not None:
                runner_up = (name, score, other)
                break
    if chosen is None:
        where = f" di {place_phrase(slots.places, kb)}" if slots.places else ""
        topic = label_in_sentence(INTENT_LABELS.get(top_name, "itu"))
        return _abstain(
            question,
            kb,
            f"Maaf, belum ada informasi tentang {topic}{where} di sumber berita saya.",
            slots,
        )

    name, score, composed = chosen
    if composed.wider and slots.places:
        return _wider(question, name, composed, slots, kb)
    choices: tuple[Choice, ...] = ()
    if (
        runner_up
        and not intent
        and not follow_intent
        and chosen[1] - runner_up[1] < AMBIGUITY_MARGIN
        and runner_up[2].summary != composed.summary
        and not _same_facts(composed, runner_up[2])
    ):
        choices = (
            Choice(label=INTENT_LABELS.get(name, name), intent=name),
            Choice(label=INTENT_LABELS.get(runner_up[0], runner_up[0]), intent=runner_up[0]),
        )
    return _found(question, name, score, composed, slots, now, choices)


def _wider(
    question: str, intent: str, composed: Composed, slots: Slots, kb: KnowledgeBase
) -> Answer:
    """A figure of a place around the asked one, offered as that place's and not as an answer."""
    asked = place_phrase(slots.places, kb)
    topic = INTENT_LABELS.get(intent, "itu").lower()
    wider = place_phrase(composed.wider, kb)
    summary = (
        f"Untuk {asked} belum ada data tentang {topic} di sumber berita saya. "
        f"Yang ada untuk {wider}: {composed.summary}"
    )
    return Answer(
        question=question,
        found=False,
        intent=intent,
        confidence=0.0,
        summary=summary,
        findings=tuple(composed.findings),
        suggestions=tuple(suggestions(kb, slots)),
    )


def _display_name(typed: str) -> str:
    """A place name as typed, capitalised: 'dki jakarta' -> 'DKI Jakarta'."""
    return _clip(" ".join(w.upper() if len(w) <= 3 else w.capitalize() for w in typed.split()))


ECHO_LIMIT = 40
"""How much of a user's own word a reply repeats: a 4,000-letter "word" is not echoed whole."""


def _clip(text: str) -> str:
    return text if len(text) <= ECHO_LIMIT else text[: ECHO_LIMIT - 1] + "…"


STRONG_MATCH_SCORE = 5.0
"""Sum of idf of the shared words: two words each in a handful of sentences, not two common ones."""


def _strongly_matched(reading: Reading, kb: KnowledgeBase) -> bool:
    """'Save house itu buat siapa?': no topic word, but rare words an article puts together."""
    telling = _telling(reading)
    if len(telling) < STRICT_SEARCH_WORDS:
        return False
    for score, sentence in kb.search(telling, limit=1):
        if score >= STRONG_MATCH_SCORE and len(sentence.terms & telling) >= STRICT_SEARCH_WORDS:
            return True
    return False


def _anchored_search(reading: Reading, slots: Slots, kb: KnowledgeBase) -> bool:
    """Whether the question names an abbreviation the articles define, or says enough of its own
    for sentence search (a recipient or a count of something else asked for is not that)."""
    if slots.recipient or slots.counted or "berapa" in reading.words:
        return False  # a figure is asked for: a sentence without it is no answer
    return bool(slots.term) or len(_telling(reading)) >= STRICT_SEARCH_WORDS


_QUESTION_TYPE_WORDS = frozenset(
    "menteri sosial kepala dinas gubernur bupati wali kota sekda camat lurah pejabat nama".split()
)


def _telling(reading: Reading) -> set[str]:
    """The question's own words: not its topic, not the kind of answer it asks for."""
    return set(reading.content) - TOPIC_WORDS - _QUESTION_TYPE_WORDS


def _found(
    question: str,
    intent: str,
    score: float,
    composed: Composed,
    slots: Slots,
    now: float,
    choices: tuple[Choice, ...] = (),
) -> Answer:
    return Answer(
        question=question,
        found=True,
        intent=intent,
        confidence=round(min(1.0, score / 100.0), 3),
        summary=composed.summary,
        findings=tuple(composed.findings),
        choices=choices,
        context=Context(intent=intent, slots=slots, asked_at=now),
    )


def _same_facts(a: Composed, b: Composed) -> bool:
    quotes_a = {c.quote for f in a.findings for c in f.citations}
    quotes_b = {c.quote for f in b.findings for c in f.citations}
    return quotes_a == quotes_b


_ASKS: dict[str, tuple[str, ...]] = {
    "bagaimana": ("statement",),
    "cara": ("statement",),
    "caranya": ("statement",),
    "harapan": ("statement",),
    "izin": ("statement",),
    "kenapa": ("closure_reason", "closure_reason"),
    "alasan": ("closure_reason",),
    "penyebab": ("closure_reason",),
    "siapa": ("person", "closure_who"),
    "kapan": ("closure_when", "target"),
}


def _phrase(words: list[str], phrase: str) -> bool:
    return f" {phrase} " in f" {' '.join(words)} "


def _adjust(
    ranked: list[tuple[str, float]], reading: Reading, slots: Slots
) -> list[tuple[str, float]]:
    """Sharpen rapidfuzz's ranking with what the slots make certain."""
    words = set(reading.words)
    bonus: dict[str, float] = {}
    definition_cues = {
        "kepanjangan",
        "singkatan",
        "arti",
        "artinya",
        "maksud",
        "definisi",
        "pengertian",
    }
    asks_meaning = bool(words & definition_cues) or _phrase(reading.words, "apa itu")
    if slots.term and (asks_meaning or _phrase(reading.words, "itu apa")):
        bonus["definition"] = 12.0
    if slots.role and "siapa" in words:
        bonus["person"] = 8.0
    if slots.superlative == "terbanyak" and "psk" in words:
        bonus["worker_most"] = 8.0
    if slots.superlative == "terbesar" and "lokalisasi" in words:
        bonus["site"] = 8.0
    if (
        words & {"bebas", "target"}
        and words & {"kapan", "tahun"}
        and "berapa" not in words - {"tahun"}
    ):
        bonus["target"] = 6.0
    if slots.aid_kind or (words & {"bantuan", "uang"} and "berapa" in words):
        bonus["aid_amount"] = 6.0
    if slots.giver and "berapa" in words and not slots.role:
        # "Baznas ngasih berapa?": a giver named with "berapa" asks what it gave.
        bonus["aid_amount"] = bonus.get("aid_amount", 0.0) + 8.0
    # What is counted decides between counting intents: "berapa psk", "berapa lokalisasi",
    # "berapa modal usaha"; "tanggal/tahun berapa" asks when instead.
    counted = slots.counted
    if counted == "psk":
        bonus["worker_count"] = 10.0
    elif counted == "lokalisasi":
        bonus["closure_count"] = 6.0
    elif counted == "money":
        bonus["aid_amount"] = bonus.get("aid_amount", 0.0) + 8.0
    elif counted == "when":
        bonus["closure_when"] = 4.0
    if "lebih" in words and "psk" in words and len(slots.places) >= 2:
        bonus["worker_count"] = bonus.get("worker_count", 0.0) + 10.0
    if reading.words[-1:] == ["tidak"] and not words & {"berapa", "tutup", "sudah", "belum"}:
        bonus["statement"] = bonus.get("statement", 0.0) + 8.0  # "… dapat konseling ga?"
    if (
        "apakah" in words
        and words & {"sudah", "belum", "masih"}
        and ("tutup" in words or "lokalisasi" in words)
    ):
        bonus["closure_status"] = 10.0
    if _phrase(reading.words, "dari mana") or words & {
        "berasal",
        "bersumber",
        "membiayai",
        "menanggung",
        "ditanggung",
        "tanggung",
    }:
        bonus["aid_source"] = bonus.get("aid_source", 0.0) + 14.0
    if "siapa" in words and (slots.aid_kind or words & {"bantuan", "biaya", "dana", "modal"}):
        # "Siapa yang menanggung biaya pemulangan?": who gives, not an official's name.
        bonus["aid_source"] = bonus.get("aid_source", 0.0) + 10.0
    # The question word narrows the intents it can be: "kenapa" never asks for a figure.
    for word, intents in _ASKS.items():
        if word in words:
            for name in intents:
                bonus[name] = bonus.get(name, 0.0) + 6.0
    if not bonus:
        return ranked
    adjusted = [(name, score + bonus.get(name, 0.0)) for name, score in ranked]
    return sorted(adjusted, key=lambda pair: -pair[1])
