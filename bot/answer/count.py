"""Counts: workers, and the other things articles count (mucikari, wisma, KK …)."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from bot.answer.composed import MAX_FINDINGS, Asked, Composed, Composer
from bot.answer.evidence import (
    NOT_FIGURES,
    NUMBER_WORD,
    PROPOSED_NOTE,
    QUESTION_TYPE_WORDS,
    ROUTINE_ACTS,
    SEARCH_MIN_SCORE,
    figure_pattern,
    near,
    proposal_only,
)
from bot.answer.select import (
    around,
    compare,
    distinct,
    finding,
    in_year,
    national_first,
    newest_first,
    newest_per_place,
    places_of,
    prefer,
    said_by_asked,
    within,
)
from bot.models import Finding, Slots
from bot.phrasing import count_text, place_phrase
from bot.understand import COUNT_NOUNS, COUNTED_UNITS, TOPIC_WORDS, asks_change, spellings
from knowledge.index import KnowledgeBase
from knowledge.lexicon import CHANGED_FROM_RE, LOKALISASI, OTHER_UNITS
from knowledge.models import Fact
from knowledge.numbers import find_amounts, format_number, with_figures
from knowledge.places import REGENCY_DEPTH
from knowledge.text import stems

_NOT_QUALIFYING = frozenset(
    "ada masih sudah telah akan pernah dulu dulunya sekarang saat waktu itu ini tersebut lagi "
    "sisa tersisa terdata tercatat terdaftar jumlah total semua seluruh berapa banyak orang "
    "lebih kurang paling sedikit besar kecil mana dibanding dibandingkan selisih beda "
    # Being there says which people a place's count is of, not some of them ("yg tinggal di").
    "tinggal menetap berada bekerja menghuni mangkal "
    # "yg dipulangkan thn 2010": when, which the year asked says, not which of them.
    "tahun bulan tanggal hari pekan minggu".split()
)


_AROUND = frozenset(
    "sekitar sekitaran kawasan daerah wilayah kampung dusun desa kelurahan kecamatan sana sini "
    "situ dalam luar".split()
)
"""Words of a "di …" phrase that say only where around ("di sekitar lokalisasi", "di kampung
X"), not which of the people."""


def _qualifier(asked: Asked, *, where: bool = False) -> frozenset[str]:
    """The telling words of a "yang …" clause narrowing what is counted ("yang positif HIV"):
    not the topic, not the place, not words every count sentence has. With `where`, those after
    "di/dari/ke" in it, which say where ("yg tinggal di sisi Desa X"), else those before."""
    words = asked.words
    if "yang" not in words:
        return frozenset()
    tail = words[words.index("yang") + 1 :]
    which = list(itertools.takewhile(lambda w: w not in ("di", "dari", "ke"), tail))
    return frozenset(
        w
        for w in ([w for w in tail[len(which) :] if w not in _AROUND] if where else which)
        if w in asked.content
        and w not in TOPIC_WORDS
        and w not in _NOT_QUALIFYING
        and w not in QUESTION_TYPE_WORDS
        and not w.isdigit()
    )


def _names(words: frozenset[str], asked: Asked, kb: KnowledgeBase) -> bool:
    """Whether `words`, in the question's order, are a name the articles write with capitals
    ("Lembah Harapan Baru"), not common words ("rumah sakit")."""
    phrase = " ".join(w for w in asked.words if w in words)
    spelled = [m for said in spellings(phrase, kb) for m in said]
    return bool(spelled) and all(w[:1].isupper() for m in spelled for w in re.split(r"[ -]", m))


def _unfiled_place(facts: list[Fact], places: tuple[str, ...], kb: KnowledgeBase) -> bool:
    """Whether one of the asked places has none of the counts filed at or inside it."""
    return any(
        not any(f.place_id and (f.place_id == p or kb.contains(p, f.place_id)) for f in facts)
        for p in places
    )


_CLAUSE_END_RE = re.compile(r"[,;]|\b(?:sedangkan|sementara|dan|tapi|namun)\b")


def _own_clause_says(fact: Fact, wanted: set[str], kb: KnowledgeBase) -> bool:
    """Whether the clause a count opens says one of `wanted` (word roots): "62 orang sudah
    dipulangkan, …" says "pulang" of the 62."""
    sentence = kb.sentences.get((fact.article_id, fact.sentence_id))
    if sentence is None:
        return False
    for amount in find_amounts(sentence.text):
        if amount.value != fact.number:
            continue
        rest = sentence.text.lower()[amount.end :]
        end = _CLAUSE_END_RE.search(rest)
        clause = rest[: end.start()] if end else rest
        return any(stems(word) & wanted for word in re.findall(r"\w+", clause))
    return False


def _story_stems(article_id: str, kb: KnowledgeBase) -> set[str]:
    """The word roots of a story's headline and lead sentence: what the story is about."""
    article = kb.articles.get(article_id)
    lead = kb.sentences.get((article_id, 0))
    said = re.findall(r"\w+", article.title.lower()) if article else []
    said += list(lead.terms) if lead else []
    return {stem for word in said for stem in stems(word)}


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


def _asked_counts(slots: Slots, kb: KnowledgeBase) -> list[Fact]:
    """The counts about the asked places (or inside them) of what the question counts, once per
    snapshot for each place and thing counted (questions about one place differ in the rest)."""
    key = ("asked_counts", slots.places, slots.counted in COUNTED_UNITS and slots.counted)
    if key not in kb.memo:
        kb.memo[key] = [f for f in within("count", slots.places, kb) if _counts_asked(f, slots)]
    return list(kb.memo[key])  # type: ignore[call-overload]


def compose_worker_count(asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """'Berapa PSK di Kotim?': the place's figures, or its lokalisasi's added up."""
    slots = asked.slots
    if slots.superlative and not slots.places:
        return compose_worker_most(asked, kb)
    both = _counted_together(asked, kb)
    if both is not None:
        return both
    counts = _asked_counts(slots, kb)
    facts = in_year(counts, slots)
    # The years of a change asked ("dari 2018 ke 2019") pick its counts, not the asked year.
    rest = _remainder(asked, facts, kb) or _change(asked, counts, kb)
    if rest is not None:
        return rest
    if not facts:
        return _story_region_count(asked, kb)
    # "… yang dipulangkan": the figure of people that was done to, when an article gives it
    # (and "yang tidak dipulangkan" is no figure of them).
    said = set(asked.words)
    negated = not _REST_WORDS.isdisjoint(said)
    facts = every = said_by_asked(facts, said, kb, slots.venue)
    facts = prefer(facts, lambda f: (f.label in said) != negated)
    qualifier = _qualifier(asked)
    if qualifier:
        # "… yang positif HIV": only a figure whose sentence says so answers.
        wanted = {stem for word in qualifier for stem in stems(word)}
        narrowed = [f for f in facts if f.label in qualifier or wanted & _sentence_stems(f, kb)]
        if not narrowed and not negated and all(stems(word) & ROUTINE_ACTS for word in qualifier):
            # "brp psk yg dipulangin" of "Pemkot Pulangkan PSK …" and a count that says no act:
            # what was done to them all is told once, by the headline or the lead.
            narrowed = [f for f in facts if wanted & _story_stems(f.article_id, kb)]
        if negated:
            # "yg ga dipulangin" of "70 orang sudah dipulangkan, sedangkan 20 orang memilih
            # dibina": not a figure whose own clause says they were.
            done = [f for f in every if _own_clause_says(f, wanted, kb)]
            narrowed = [f for f in narrowed if not any(f is d for d in done)]
            # The part beside those it was done to ("…, sedangkan 20 orang …"), not the total.
            told = {(f.article_id, f.sentence_id) for f in done}
            narrowed = prefer(narrowed, lambda f: (f.article_id, f.sentence_id) in told)
        facts = narrowed
        if not facts:
            return None
    if where := _qualifier(asked, where=True):
        # "yg tinggal di sisi Desa Ringinpitu": the figure of that side when one is given; a
        # name no sentence says ("di Lembah Harapan Baru", written "LHB") narrows nothing.
        wanted = {stem for word in where for stem in stems(word)}
        there = [f for f in facts if wanted & _sentence_stems(f, kb)]
        if not there and (_unfiled_place(facts, slots.places, kb) or not _names(where, asked, kb)):
            # "di sisi Desa X": a part no figure is filed under; "di rumah sakit": a narrowing.
            # Only a name the articles write otherwise ("Lembah Harapan Baru", "LHB") is the
            # place itself.
            return None
        facts = there or facts
    if slots.total and (summed := _added_in_one_sentence(facts, kb)) is not None:
        return summed
    if not slots.places:
        facts = national_first(facts, slots, kb)
        facts = prefer(facts, lambda f: not f.superlative)
    exact = [f for f in facts if f.place_id in slots.places]
    inside = [f for f in facts if f.place_id not in slots.places]
    if len(slots.places) >= 2:
        compared = compare(_one_per_place(facts, slots.places, kb) or exact, asked.words, kb)
        if compared:
            return compared
    findings: list[Finding] = []
    summary_parts: list[str] = []
    if exact or not slots.places:
        ordered = held_latest(exact or facts)
        if told := _told_change(exact, kb):
            # "Semula penghuninya 90 PSK, sekarang tinggal 60": the count now holds, unless
            # the count at first is asked ("awalnya brp").
            first, then = told if _FORMER_ASKED.isdisjoint(asked.words) else told[::-1]
            ordered.remove(then)
            # Before the other count too, wherever the sentence says it ("pada 2016 dari 70 PSK
            # itu bertambah menjadi 85" also tells 70 again, dated like the 85).
            at = min(i for i, f in enumerate(ordered) if f.number == first.number)
            ordered.insert(at, then)
        groups = distinct(ordered, lambda f: (f.place_id, f.number))
        for group in groups[:MAX_FINDINGS]:
            findings.append(finding(kb, count_text(group[0], kb), *group))
        summary_parts.append(count_text(groups[0][0], kb))
    if inside and slots.places:
        # A province's or the country's lokalisasi one story counts are not all of theirs.
        regional = all(kb.depth(p) >= REGENCY_DEPTH for p in slots.places)
        parts = _site_sum(inside, kb) if regional else None
        if parts and not exact:
            total, members = parts
            names = ", ".join(
                f"{kb.place_name(f.place_id)} {format_number(f.number or 0)}" for f in members
            )
            unit = members[0].unit or "PSK"
            where = place_phrase(slots.places, kb)
            summary_parts.append(f"Jumlah {unit} di {where}: {format_number(total)} ({names}).")
            findings.append(
                finding(kb, f"Dijumlahkan dari {len(members)} lokalisasi: {names}.", *members)
            )
        else:
            older = distinct(newest_first(inside), lambda f: (f.place_id, f.number))
            for group in older[: MAX_FINDINGS - len(findings)]:
                findings.append(finding(kb, count_text(group[0], kb), *group))
            if not exact:
                summary_parts.append(count_text(older[0][0], kb))
                if all(kb.depth(p) < REGENCY_DEPTH for p in slots.places):
                    # A regency's figure is no count of the province or the country it is in.
                    where = place_phrase(slots.places, kb)
                    return Composed(
                        f"Untuk {where} belum ada angka keseluruhannya di sumber berita saya. "
                        f"Yang ada untuk daerah di dalamnya: {summary_parts[-1]}",
                        findings,
                        unconfirmed=True,
                    )
    return Composed(" ".join(summary_parts), findings)


_ADDED_RE = re.compile(r"\b(?:ditambah|ditambahkan|plus|serta|dan)\b")
"""Between two figures of one sentence, these add the second to the first."""


def _added_in_one_sentence(facts: list[Fact], kb: KnowledgeBase) -> Composed | None:
    """'Total personil … brp' of "30 personil dari peleton A ditambah 21 personil dari UPT B":
    the figures of one thing one sentence adds up, summed and shown with its parts."""
    by_sentence: dict[tuple[str, int], list[Fact]] = {}
    for fact in facts:
        if fact.number and not fact.total:
            by_sentence.setdefault((fact.article_id, fact.sentence_id), []).append(fact)
    for (article_id, sentence_id), told in by_sentence.items():
        units = {f.unit for f in told}
        numbers = [f.number or 0 for f in told]
        # Two places' figures ("Teluk Bintuni 33 orang dan Fakfak 17 orang") are a list, which
        # may go on in the next sentence: only one place's parts are added here.
        one_place = len({f.place_id for f in told}) == 1
        if len(told) != 2 or len(units) != 1 or len(set(numbers)) != 2 or not one_place:
            continue
        sentence = kb.sentences.get((article_id, sentence_id))
        texts = [f.number_text or "" for f in told]
        if sentence is None or not all(texts):
            continue
        low = sentence.text.lower()
        first, second = (low.find(t.lower()) for t in texts)
        if first < 0 or second < 0 or first == second:
            continue
        between = low[min(first, second) : max(first, second)]
        if not _ADDED_RE.search(between):
            continue
        total = sum(numbers)
        unit = told[0].unit or "orang"
        in_order = numbers if first < second else numbers[::-1]
        parts = " + ".join(format_number(n) for n in in_order)
        summary = f"{format_number(total)} {unit}: dijumlahkan dari angka berita, {parts}."
        return Composed(summary, [finding(kb, count_text(told[0], kb), *told)])
    return None


def _one_per_place(facts: list[Fact], places: tuple[str, ...], kb: KnowledgeBase) -> list[Fact]:
    """One figure for each asked place: its own, or that of the one lokalisasi inside it the
    articles count ("psk di kec Prabumulih Timur sama Cambai": Kilo Lima's and Cambai's); none
    when a place has no figure or several of different places."""
    chosen: list[Fact] = []
    for place in places:
        own = [f for f in facts if f.place_id == place]
        own = own or [f for f in facts if f.place_id and kb.contains(place, f.place_id)]
        latest = newest_per_place(own)
        if len(latest) != 1:
            return []
        chosen.append(latest[0])
    return chosen


_TOGETHER = frozenset({"dan", "sama", "serta", "plus", "ditambah", "ditambahkan", "tambah"})
"""What joins two things counted in one question: "psk dan mucikari", "psk ditambah mucikari"."""
_SIGNS = ("+", "&")
"""Signs a chat joins them with ("psk + mucikari"), gone from the question's words."""
_PEOPLE = frozenset({"psk", "mucikari", "orang", "penghuni"})
"""Units that count people, which a total adds up."""


def _units_asked(words: list[str], question: str) -> list[str]:
    """The things a question counts side by side ("psk dan mucikari"), each once, in order."""
    units: list[str] = []
    last = -2
    signed = any(sign in question for sign in _SIGNS)
    for at, word in enumerate(words):
        unit = COUNT_NOUNS.get(word)
        if unit not in COUNTED_UNITS and unit != "psk":
            continue
        between = words[last + 1 : at]
        # "ditambah" is read "di tambah": the joining word may come with its prefix.
        joined = (signed and not between) or (
            0 < len(between) <= 2
            and between[-1] in _TOGETHER
            and all(w in _TOGETHER or w == "di" for w in between)
        )
        if units and unit not in units and not joined:
            return []  # "psk … di wisma": a place of them, not a second thing counted
        if unit not in units:
            units.append(unit)
        last = at
    return units


def _counted_together(asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """'Berapa PSK dan mucikari di X?': each figure, from one story when it gives both; with
    "total/digabung", their sum when both count people."""
    slots = asked.slots
    units = _units_asked(asked.words, asked.reading.question)
    if len(units) < 2 or not slots.places:
        return None
    chosen: list[Fact] = []
    for unit in units:
        facts = in_year(_asked_counts(slots.model_copy(update={"counted": unit}), kb), slots)
        exact = held_latest([f for f in facts if f.place_id in slots.places])
        same_story = [f for f in exact if chosen and f.article_id == chosen[0].article_id]
        if not exact:
            return None
        chosen.append((same_story or exact)[0])
    figures = " dan ".join(f"{format_number(f.number or 0)} {f.unit or 'orang'}" for f in chosen)
    summary = f"{figures} di {place_phrase(slots.places, kb)}."
    if slots.total and all(
        (f.unit or "orang").lower() in _PEOPLE or f.unit not in OTHER_UNITS for f in chosen
    ):
        total = sum(f.number or 0 for f in chosen)
        parts = " + ".join(format_number(f.number or 0) for f in chosen)
        summary += f" Jumlahnya {format_number(total)} orang ({parts})."
    return Composed(summary, [finding(kb, count_text(f, kb), f) for f in chosen])


_REST_WORDS = frozenset({"belum", "tidak", "tak", "tanpa", "sisanya", "selebihnya", "lainnya"})
"""Words that ask for the rest of a total: "berapa yang belum ambil kompensasi"."""
_NEGATED_RE = re.compile(rf"\b(?:{'|'.join(sorted(_REST_WORDS))})\b")
"""A sentence saying the rest itself, in the same words."""
_MEASURE_AFTER_RE = re.compile(
    r"\s*(?:meter|m2|m²|hektare|hektar|ha|kilometer|km|kg|persen|%)", re.IGNORECASE
)
"""After a figure, a measure: "luasnya 8.780 meterpersegi" counts nothing."""
_PLACES_AFTER_RE = re.compile(rf"\s+(?:{LOKALISASI}|wisma|titik|lokasi)\b", re.IGNORECASE)
"""A figure of places, not of the people split: "dari 129 pekerja … di 2 lokalisasi tersebut"."""
_PLACE_UNITS = frozenset({"wisma", "lokalisasi", "titik", "lokasi"})
"""Counted things that are places: their own figures are the total and its part."""
_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
"""A year ("sejak banjir pada 2017"), written without the dot a count that large would have."""
_OUT_OF_RE = re.compile(r"\bdari\s+(?:total\s+|jumlah\s+|sebanyak\s+)?$", re.IGNORECASE)
"""What stands before a total that a part is taken from: "Dari 1.449 PSK …", "dari total"."""


def _remainder(asked: Asked, facts: list[Fact], kb: KnowledgeBase) -> Composed | None:
    """'Berapa yang belum ambil kompensasi?' of "Dari 1.449 PSK yang tercatat, baru 274 PSK
    yang mengambil": the rest of the total, worked out and shown as such, when a sentence of
    the asked place gives a total and one part of it and says nothing of the rest itself; and
    "wisma yg masih beroperasi" of "dari 30 wisma …, 6 wisma tidak beroperasi lagi"."""
    if not asked.slots.places:
        return None
    asks_rest = not _REST_WORDS.isdisjoint(asked.words)
    # What the part did ("mengambil kompensasi", "dipulangkan") is what the question says the
    # rest did not: a total split some other way ("60 berasal dari Jawa") is no answer.
    telling = set(asked.content) - TOPIC_WORDS - _REST_WORDS - _NOT_QUALIFYING
    if not telling:
        return None
    # As typed too: "beroperasi" is read as "buka", and the story writes "beroperasi".
    typed = set(re.findall(r"[a-z]+", asked.reading.question.lower()))
    telling |= typed - set(asked.words) - TOPIC_WORDS - _REST_WORDS - _NOT_QUALIFYING
    for fact in held_latest([f for f in facts if f.place_id in asked.slots.places]):
        sentence = kb.sentences.get((fact.article_id, fact.sentence_id))
        if sentence is None:
            continue
        negated = _NEGATED_RE.search(sentence.text.lower())
        says_not = bool(negated) and _negates(sentence.text.lower(), telling)
        if asks_rest and negated and not says_not:
            continue  # "274 belum mengambil": the sentence says the rest itself
        if not asks_rest and not says_not:
            continue  # a total and a part the question asks neither the rest of
        roots = kb.sentence_roots(sentence)
        if not any(({w} | stems(w)) & roots for w in telling):
            continue
        places_counted = (fact.unit or "").lower() in _PLACE_UNITS
        amounts = [
            a
            for a in find_amounts(sentence.text)
            if a.value
            and not a.money
            and not _MEASURE_AFTER_RE.match(sentence.text, a.end)
            and (places_counted or not _PLACES_AFTER_RE.match(sentence.text, a.end))
            and not _YEAR_RE.fullmatch(sentence.text[a.start : a.end])
        ]
        totals = [a for a in amounts if _OUT_OF_RE.search(sentence.text[: a.start])]
        if len(totals) != 1 or len(amounts) != 2:
            continue
        total = totals[0].value or 0
        part = next(a.value or 0 for a in amounts if a is not totals[0])
        if not 0 < part < total:
            continue
        if asks_rest and says_not:
            # "yg tidak beroperasi" of "6 … wisma tidak beroperasi lagi": the part, as said.
            told = next(
                (
                    f
                    for f in facts
                    if f.number == part
                    and (f.article_id, f.sentence_id) == (fact.article_id, fact.sentence_id)
                ),
                None,
            )
            if told is None:
                continue
            return Composed(count_text(told, kb), [finding(kb, count_text(told, kb), told)])
        unit = fact.unit or "orang"
        rest = total - part
        summary = (
            f"{format_number(rest)} {unit}: dihitung dari angka berita, "
            f"{format_number(total)} − {format_number(part)} = {format_number(rest)}."
        )
        return Composed(summary, [finding(kb, count_text(fact, kb), fact)])
    return None


def _negates(low: str, telling: set[str]) -> bool:
    """Whether a sentence says "not" of what the question asks ("tidak beroperasi lagi")."""
    wanted = {root for word in telling for root in {word} | stems(word)}
    for match in _NEGATED_RE.finditer(low):
        after = re.findall(r"\w+", low[match.end() :])[:3]
        if any(({word} | stems(word)) & wanted for word in after):
            return True
    return False


_FORMER_ASKED = frozenset({"awalnya", "semula", "mulanya", "awal", "sebelumnya", "sebelum"})
"""Words asking a count as it was before it changed."""
_BEFORE_RE = re.compile(r"\b(?:awalnya|semula|mulanya|sebelumnya|dulunya|dulu|sempat)\b")
"""Words that date a count before a change the same sentence tells ("Semula … 90 …")."""
_AFTER_RE = re.compile(r"\b(?:kini|sekarang|tinggal|tersisa|menjadi|saat ini)\b")
"""Words that date the count after it ("… kini tinggal 60")."""
_FROM_BEFORE_RE = re.compile(r"\bdari\s+(?:jumlah\s+|semula\s+|sebelumnya\s+)?$")
"""Right before the count a change starts from: "… dari 70 PSK itu bertambah menjadi 85"."""


def _told_change(facts: list[Fact], kb: KnowledgeBase) -> tuple[Fact, Fact] | None:
    """The counts before and after a change one sentence tells ("Semula penghuninya 90 PSK,
    sekarang tinggal 60 PSK", "jumlahnya semula 40 wisma dan kini 25"), or two sentences
    ("… tercatat 85 PSK. Jumlah itu turun dari semula 900 orang")."""
    by_sentence: dict[tuple[str, int], list[Fact]] = {}
    for fact in facts:
        by_sentence.setdefault((fact.article_id, fact.sentence_id), []).append(fact)
    for key, told in by_sentence.items():
        sentence = kb.sentences.get(key)
        if sentence is None or len({f.unit for f in told}) != 1:
            continue
        low = sentence.text.lower()
        amounts = [a for a in find_amounts(sentence.text) if a.value and not a.money]
        for first, second in itertools.pairwise(amounts):
            before = low[: first.start]
            if first.value == second.value or not (
                _BEFORE_RE.search(before) or _FROM_BEFORE_RE.search(before)
            ):
                continue
            if not _AFTER_RE.search(low[first.end : second.start]):
                continue
            old = next((f for f in told if f.number == first.value), None)
            new = next((f for f in told if f.number == second.value), None)
            if old is not None and new is not None:
                return old, new
    for (article, at), told in by_sentence.items():
        # "… tercatat 85 PSK. Jumlah itu turun dari semula 900 orang."
        now = by_sentence.get((article, at - 1), [])
        sentence = kb.sentences.get((article, at))
        if sentence is None or len(told) != 1 or len(now) != 1 or now[0].unit != told[0].unit:
            continue
        low = sentence.text.lower()
        if any(
            a.value == told[0].number and CHANGED_FROM_RE.match(low[: a.start])
            for a in find_amounts(sentence.text)
        ):
            return told[0], now[0]
    return None


def _change(asked: Asked, facts: list[Fact], kb: KnowledgeBase) -> Composed | None:
    """'Dari 2018 ke Agustus 2019 jumlah PSK di Pal 12 berkurang brp?': the difference of two
    counts one story gives of the asked place at two dates, or one sentence tells before and
    after a change, worked out and shown as such."""
    if not asks_change(asked.words) or not asked.slots.places:
        return None
    years = {int(w) for w in asked.words if len(w) == 4 and w.isdigit()}
    placed = [f for f in facts if f.place_id in asked.slots.places and f.number is not None]
    if not years and (pair := _told_change(placed, kb)):
        return _changed(*pair, kb)
    for _, told in itertools.groupby(
        sorted(placed, key=lambda f: f.article_id), key=lambda f: f.article_id
    ):
        dated = {(f.when or f.as_of): f for f in held_latest(list(told)) if f.when or f.as_of}
        if years:
            dated = {when: f for when, f in dated.items() if when.year in years}
        if len(dated) != 2:
            continue
        new, old = (dated[when] for when in sorted(dated, reverse=True))
        if old.number != new.number:
            return _changed(old, new, kb)
    return None


def _changed(old: Fact, new: Fact, kb: KnowledgeBase) -> Composed:
    """How much a count changed from `old` to `new`, shown as worked out from both."""
    before, after = old.number or 0, new.number or 0
    way = "berkurang" if after < before else "bertambah"
    summary = (
        f"{way.capitalize()} {format_number(abs(before - after))} {new.unit or 'orang'}: "
        f"dihitung dari angka berita, {format_number(before)} menjadi {format_number(after)}."
    )
    if old.sentence_id == new.sentence_id and old.article_id == new.article_id:
        return Composed(summary, [finding(kb, count_text(new, kb), old, new)])
    return Composed(
        summary, [finding(kb, count_text(old, kb), old), finding(kb, count_text(new, kb), new)]
    )


def held_latest(facts: list[Fact]) -> list[Fact]:
    """Counts by when they held, latest first: a story's "pada 2015 … 86" after its figure at
    the closure; a count that says no date held on its article's day."""
    return sorted(newest_first(facts), key=lambda f: f.when or f.as_of or dt.date.min, reverse=True)


def _story_region_count(asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """No count of the asked lokalisasi or village, but its own story counts its region's
    ("tujuh lokalisasi … 412 PSK"): offered as the region's figure, never as the place's."""
    slots = asked.slots
    if not slots.places or slots.superlative or _qualifier(asked):
        return None
    if not all(kb.depth(p) > REGENCY_DEPTH for p in slots.places):
        return None
    key = ("region_counts", slots.places, slots.counted in COUNTED_UNITS and slots.counted)
    if key not in kb.memo:
        # The same for every question about the place: found once per snapshot.
        kb.memo[key] = [
            f
            for f in around("count", slots.places, kb)
            if _counts_asked(f, slots)
            and f.place_id not in slots.places
            and kb.depth(f.place_id or "") >= REGENCY_DEPTH
            and any(p in kb.article_places.get(f.article_id, ()) for p in slots.places)
        ]
    told = in_year(list(kb.memo[key]), slots)  # type: ignore[call-overload]
    if not told:
        return None
    groups = distinct(newest_first(told), lambda f: (f.place_id, f.number))
    findings = [finding(kb, count_text(g[0], kb), *g) for g in groups[:MAX_FINDINGS]]
    return Composed(count_text(groups[0][0], kb), findings, places_of(g[0] for g in groups))


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


def compose_worker_most(asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """'PSK terbanyak di provinsi apa?': the figure an article calls the most; 'provinsi mana
    yang paling banyak lokalisasi tersisa?': the largest of one article's list of places."""
    slots = asked.slots
    if _most_of_lokalisasi(asked.words):
        listed = [f for f in within("count", slots.places, kb) if f.unit == "lokalisasi"]
        return _largest_listed(listed, kb)
    counts = _asked_counts(slots, kb)
    facts = [f for f in counts if f.superlative]
    if not facts:
        return None
    groups = distinct(newest_first(facts), lambda f: (f.place_id, f.number))
    lead = groups[0][0]
    summary = (
        f"{lead.superlative.capitalize() if lead.superlative else 'Terbanyak'} di "
        f"{kb.place_name(lead.place_id)}: {format_number(lead.number or 0)} {lead.unit or 'PSK'}."
    )
    findings = [finding(kb, count_text(g[0], kb), *g) for g in groups[:3]]
    return Composed(summary, findings)


_MOST_WORDS = frozenset({"terbanyak", "banyak"})
_WORKER_NOUNS = frozenset({"psk", "pekerja", "penghuni", "wts", "mucikari"})
LISTED_PLACES_MIN = 3
"""Places one article must give figures for before its largest is called the most."""


def _most_of_lokalisasi(words: list[str]) -> bool:
    """Whether the most asked for is of lokalisasi ("paling banyak lokalisasi", "lokalisasinya
    terbanyak"), not of the workers in them ("lokalisasi dengan PSK terbanyak")."""
    for index, word in enumerate(words):
        if word in _MOST_WORDS:
            near = set(words[max(0, index - 2) : index + 2])
            return "lokalisasi" in near and not near & _WORKER_NOUNS
    return False


def _largest_listed(facts: list[Fact], kb: KnowledgeBase) -> Composed | None:
    """The largest figure of the newest article that lists several places side by side
    ("Jawa Tengah 7, Lampung 4, Sumatera Utara 3 …"), its list cited."""
    by_article: dict[str, list[Fact]] = {}
    for fact in newest_first(facts):
        if fact.number is not None and fact.place_id:
            by_article.setdefault(fact.article_id, []).append(fact)
    for listed in by_article.values():
        depth = {kb.depth(f.place_id) for f in listed if f.place_id}
        if len({f.place_id for f in listed}) < LISTED_PLACES_MIN:
            continue
        deepest = max(depth)
        ranked = sorted(
            (f for f in listed if f.place_id and kb.depth(f.place_id) == deepest),
            key=lambda f: -(f.number or 0),
        )
        if len(ranked) < LISTED_PLACES_MIN or ranked[0].number == ranked[1].number:
            continue
        lead = ranked[0]
        listing = ", ".join(
            f"{kb.place_name(f.place_id)} {format_number(f.number or 0)}" for f in ranked
        )
        return Composed(
            f"Terbanyak di {kb.place_name(lead.place_id)}: {format_number(lead.number or 0)} "
            f"lokalisasi ({listing}).",
            [finding(kb, count_text(lead, kb), *ranked)],
        )
    return None


_DURATION = re.compile(r"\b\w+\s+(?:bulan|tahun|minggu|hari|jam|pekan)\b")


def compose_counted_other(asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """'Ada berapa mucikari …?': no typed fact counts them, but a sentence may.

    Only a sentence that names the counted thing and writes a number, in an article about the
    asked place, answers; otherwise the bot says it does not know.
    """
    slots = asked.slots
    counted = slots.counted or ""
    duration = counted == "lama"  # "berapa lama …?": a span of time, not a thing
    words = [w for w in asked.content if w != counted]
    if not duration:
        # "brp tahap" of a story that says "8 tahapan": the thing in the articles' forms too.
        words = [counted, *sorted(kb.forms_of(counted) - {counted}), *words]
    hits = list(kb.search(words, slots.places, limit=5))
    if not duration:
        # "Sekitar 150 warga …" counts them; "Asep (44) mengatakan warga …" merely names them
        # beside a figure: a sentence with a figure of the very thing is read first.
        direct = figure_pattern(counted)
        hits.sort(key=lambda hit: hit[0] < SEARCH_MIN_SCORE or not direct.search(hit[1].text))
    for score, sentence in hits:
        text = sentence.text.lower()
        named = _DURATION.search(text) if duration else _says_thing(sentence.terms, counted)
        # A date or an age beside the thing is no figure of it (unless a year is asked).
        plain = text if counted.isdigit() else _ONE_OF.sub(" ", NOT_FIGURES.sub(" ", text))
        around_count = text if duration else near(plain, counted)
        # "… tahap kelima, dari rencana yang seluruhnya ada 8 tahapan": a figure of the thing
        # anywhere in the sentence, not only beside its first mention.
        figured = NUMBER_WORD.search(around_count) or (not duration and direct.search(plain))
        if named and figured:
            if score < SEARCH_MIN_SCORE:
                break
            citation = kb.sentence_citation(sentence)
            findings = [Finding(text="Menurut sumber berita:", citations=(citation,))]
            # "dua puluh orang" is shown as "dua puluh (20) orang", as every quoted answer is.
            text = with_figures(sentence.text)
            if proposal_only(sentence, asked, kb):
                return Composed(f"{PROPOSED_NOTE}{text}", findings, unconfirmed=True)
            return Composed(text, findings)
    return None


_ONE_OF = re.compile(r"\bsalah\s+(?:satu|seorang)\b")
"""'Salah satu wisma': one of them, no figure of them."""


def _says_thing(said: frozenset[str], thing: str) -> bool:
    """Whether a sentence's words name `thing`, itself or a form made of it ("tahapan" for
    "tahap")."""
    return thing in said or any(w.startswith(thing) and thing in stems(w) for w in said)


COMPOSERS: dict[str, Composer] = {
    "worker_count": compose_worker_count,
    "worker_most": compose_worker_most,
}
