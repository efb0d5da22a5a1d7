"""Aid to former workers: how much, of what kind, and from whom."""

from __future__ import annotations

import itertools
import re

from bot.answer.composed import MAX_FINDINGS, Asked, Composed, Composer
from bot.answer.select import (
    around,
    date_fits,
    distinct,
    finding,
    national_first,
    newest_first,
    places_of,
    prefer,
    told_of,
    within,
)
from bot.models import Finding, Slots
from bot.phrasing import aid_list_text, aid_text, place_phrase
from bot.understand import (
    AID_KINDS_ALIKE,
    PROPOSAL_WORDS,
    SUBMITTED_WORDS,
    asks_change,
    is_site,
)
from knowledge.index import IndexedSentence, KnowledgeBase
from knowledge.lexicon import COUNTED_THINGS, OTHER_UNITS
from knowledge.models import Fact
from knowledge.numbers import format_rupiah
from knowledge.text import stems, terms

# Whose purse a budget is: a region's (APBD, dana desa) is no ministry's, the state's (APBN)
# no region's.
_REGIONAL_PURSE_RE = re.compile(r"\b(?:apbd|dana desa|add)\b")
_STATE_PURSE_RE = re.compile(r"\bapbn\b")
_REGIONAL_GIVERS = ("Pemerintah Provinsi", "Pemerintah Kabupaten", "Pemerintah Kota")


# A budget for the place itself: buying, renovating, building, tidying land and buildings.
_BUILDINGS_RE = re.compile(
    r"\b(?:membeli|pembelian|merenovasi|renovasi|membangun|pembangunan|penataan|menata"
    r"|membongkar|pembongkaran|merehab\w*|rehabilitasi bangunan|lahan|bangunan|gedung)\b"
)
_PEOPLE_AID_WORDS = frozenset({"bantuan", "psk", "santunan"})
_BUDGET_LABELS = frozenset({"anggaran", "biaya"})
_EACH_WORDS = frozenset({"tiap", "setiap", "masing", "seorang", "perorang"})
"""Words that ask for one person's share, which a budget for all does not say."""


def _asks_each(words: list[str]) -> bool:
    """'tiap mucikari', 'masing-masing', 'per orang': one person's share is asked."""
    return bool(_EACH_WORDS & set(words)) or any(
        a == "per" and b in ("orang", "kepala", "psk", "wps", "jiwa")
        for a, b in itertools.pairwise(words)
    )


def for_buildings(fact: Fact) -> bool:
    """Whether an amount is a budget for the place's buildings or land, not aid to people:
    "Pemkab Malang menyiapkan anggaran Rp 2,7 miliar … untuk membeli dan merenovasi bangunan"."""
    return (
        fact.label in _BUDGET_LABELS
        and not fact.per_person
        and bool(_BUILDINGS_RE.search(fact.quote.lower()))
    )


def asks_aid_to_people(words: list[str]) -> bool:
    """Whether a question asks for aid to people ("bantuan", "ke psk"), not a budget."""
    return bool(_PEOPLE_AID_WORDS & set(words)) and not {"anggaran", "biaya", "dana"} & set(words)


def other_purse(fact: Fact, giver: str) -> bool:
    """Whether an amount no giver is named for is paid from a purse that is not the asked
    giver's: "dari APBD Pati … uang saku Rp 2 juta" is not Kemensos aid."""
    detail = (fact.detail or "").lower()
    if _REGIONAL_PURSE_RE.search(detail):
        return giver.startswith(("Kementerian", "Pemerintah Pusat"))
    if _STATE_PURSE_RE.search(detail):
        return giver.startswith(_REGIONAL_GIVERS)
    return False


def compose_aid_amount(asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """'Berapa bantuan untuk eks PSK Kotim?': the amounts, and a package's sum."""
    slots = asked.slots
    facts = _for_recipient(within("aid", slots.places, kb), slots, kb)
    if asks_aid_to_people(asked.words):
        facts = [f for f in facts if not for_buildings(f)]
    wider = False
    if not facts and slots.places:
        # Aid a province or the country announced may reach the asked place too, but the
        # articles do not say so: it is offered as the wider place's figure.
        facts = _for_recipient(around("aid", slots.places, kb), slots, kb)
        # The asked place's own story may file its aid under the city or province: that aid
        # is the place's own answer, and only aid from elsewhere is a wider place's.
        own = [f for f in facts if told_of(f, slots.places, kb)] or _aid_of_its_stories(slots, kb)
        wider = not own
        facts = own or facts
    if slots.year and slots.year_relation == "in":
        # "Bantuan tahun 2015": aid of another year is no answer; a budget may name its year.
        facts = [f for f in facts if date_fits(f, slots) or str(slots.year) in f.quote]
    if not facts:
        return None
    if slots.aid_kind:
        kind = [f for f in facts if f.label == slots.aid_kind]
        if not kind and (alike := AID_KINDS_ALIKE.get(slots.aid_kind)):
            kind = [f for f in facts if f.label == alike]  # "modal usaha": the UEP
        if not kind:
            # "… menyalurkan modal usaha kepada mantan pekerja seks. Setiap orang menerima
            # Rp 2,5 juta": plain aid whose story names the kind asked just before.
            named = set(slots.aid_kind.split())
            kind = [
                f for f in facts if f.label == "bantuan" and named <= _sentence_and_previous(f, kb)
            ]
        if not kind:
            # "dana kompensasi dan bantuan permodalan usaha … Rp5,05 juta per orang": one sum
            # for two kinds, filed under the first; its sentence names the asked one too.
            kind = [f for f in facts if f.number is not None and _says_kind(f, slots.aid_kind, kb)]
        if all(f.number is None for f in kind):
            # "Pemkot mengalokasikan anggaran Rp 1,2 miliar. Anggaran itu mencakup … tiket
            # pemulangan": the budget the next sentence says covers the kind asked.
            named = set(slots.aid_kind.split())
            covering = [
                f
                for f in facts
                if f.label in NOT_PACKAGE_PARTS
                and f.number is not None
                and named <= _sentence_and_next(f, kb)
            ]
            kind = covering + kind
        if not kind and slots.aid_kind in NOT_PACKAGE_PARTS:
            # "Anggaran … totalnya": a sum for everyone ("kami alokasikan Rp145 juta") is the
            # budget asked, whatever the story calls it.
            kind = [f for f in facts if f.number is not None and not f.per_person]
        facts = kind
    if slots.giver:
        # Aid from the giver asked for; one from a named other giver is no answer.
        given = [f for f in facts if f.agent and f.agent.startswith(slots.giver)]
        # An amount with no giver named, in a story where this giver gives, may be its total.
        stories = {f.article_id for f in given}
        unnamed = [
            f
            for f in facts
            if not f.agent
            and (f.article_id in stories or not given)
            and not other_purse(f, slots.giver)
        ]
        facts = given + unnamed
        if not given and all(f.number is None for f in facts):
            return None  # aid of no named giver and no sum says nothing of the asked giver
    if not facts:
        return None
    amounts = [f for f in facts if f.number is not None]
    if raised := _raised(amounts, kb):
        old, new = raised
        if asks_change(asked.words):
            # "naiknya brp dibanding sebelumnya": the difference, worked out and shown as such.
            way = "Naik" if (new.number or 0) > (old.number or 0) else "Turun"
            gap = abs((new.number or 0) - (old.number or 0))
            summary = (
                f"{way} {format_rupiah(gap)}: dihitung dari angka berita, "
                f"{format_rupiah(old.number or 0)} menjadi {format_rupiah(new.number or 0)}."
            )
            return Composed(
                summary, [finding(kb, aid_text(old, kb), old), finding(kb, aid_text(new, kb), new)]
            )
        if _EARLIER_ASKED.isdisjoint(asked.words):
            # "Semula bantuan itu hanya Rp3,8 juta": replaced by the new amount.
            amounts = [f for f in amounts if f is not old]
    if slots.total:
        # "Total dana Kemensos untuk semua PSK …": a stated total or budget, not one share.
        amounts = prefer(amounts, lambda f: f.label in NOT_PACKAGE_PARTS or not f.per_person)
    if not amounts:
        groups = distinct(facts, lambda f: (f.label, f.detail))
        findings = [finding(kb, aid_text(g[0], kb), *g) for g in groups[:MAX_FINDINGS]]
        kinds = ", ".join(dict.fromkeys(g[0].label or "bantuan" for g in groups))
        where = place_phrase(tuple({g[0].place_id for g in groups if g[0].place_id}), kb)
        return Composed(
            f"Bantuan yang disebut{' untuk ' + where if where else ''}: {kinds}; "
            "besarnya tidak disebutkan.",
            findings,
        )
    amounts = (
        national_first(amounts, slots, kb) if not slots.aid_kind and not slots.giver else amounts
    )
    groups = distinct(newest_first(amounts), lambda f: (f.place_id, f.number, f.label))
    chosen = [g[0] for g in groups[:MAX_FINDINGS]]
    # Amounts one sentence lists together are one finding with one source.
    by_sentence: dict[tuple[str, int], list[Fact]] = {}
    for fact in chosen:
        by_sentence.setdefault((fact.article_id, fact.sentence_id), []).append(fact)
    findings = [finding(kb, aid_list_text(parts, kb), *parts) for parts in by_sentence.values()]
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
    if slots.total and not slots.recipient and not stated:
        # "Total bantuan untuk semua PSK": the share times the workers the same story counts.
        share = package[0] if package else None
        if share is None and len({f.number for f in chosen}) == 1:
            share = chosen[0].number
        counted = _workers_counted(chosen[0], kb) if share else None
        if share and counted and all(f.per_person for f in chosen):
            whole = format_rupiah(share * (counted.number or 0))
            findings.append(
                finding(
                    kb,
                    f"Jika dikalikan dengan {counted.number} orang yang didata, jumlahnya {whole}.",
                    counted,
                )
            )
            summary += f" Untuk {counted.number} orang: {whole}."
    if _asks_use(asked.words) and (use := _use_of(chosen[0], kb)) is not None:
        # "dana 296 juta … dipake buat apa aja?": what the story says the money covers.
        findings.insert(0, Finding(text=use.text, citations=(kb.sentence_citation(use),)))
        summary = f"{summary} {use.text}"
    if (
        _asks_each(asked.words)
        and not slots.total
        and all(f.label in NOT_PACKAGE_PARTS and not f.per_person for f in chosen)
    ):
        # "anggaran pelatihan itu tiap mucikari dapet brp": the story gives only the whole sum.
        summary = f"Yang disebut hanya jumlah keseluruhannya: {summary[0].lower()}{summary[1:]}"
        return Composed(summary, findings, places_of(chosen) if wider else (), unconfirmed=True)
    if all(f.status == "planned" for f in chosen) and not PROPOSAL_WORDS & set(asked.words):
        # "Udah terima modal usaha brp?" of aid only proposed or demanded: not given yet.
        summary = f"Baru diusulkan, belum pasti diberikan: {summary[0].lower()}{summary[1:]}"
        return Composed(summary, findings, places_of(chosen) if wider else (), unconfirmed=True)
    if SUBMITTED_WORDS & set(asked.words) and not any(_submitted(f) for f in chosen):
        # "Brp dana yg diajukan ke kemensos di proposalnya?": aid given is no sum proposed.
        return None
    return Composed(summary, findings, places_of(chosen) if wider else ())


def _submitted(fact: Fact) -> bool:
    """Whether an amount is one proposed, or told in a sentence about a proposal."""
    return fact.status == "planned" or bool(set(terms(fact.quote.lower())) & SUBMITTED_WORDS)


_USE_WORDS = frozenset({"dipakai", "digunakan", "penggunaan", "peruntukan", "peruntukannya"})
_USE_RE = re.compile(
    r"\b(?:meliputi|mencakup|digunakan untuk|dipakai untuk|dialokasikan untuk|diperuntukkan"
    r"|untuk membiayai|untuk biaya)\b"
)
_MONEY_NOUN_RE = re.compile(r"\b(?:anggaran|dana|bantuan|biaya|uang)\b")
USE_REACH = 8
"""How many sentences after an amount its story may say what the money covers."""


def _asks_use(words: list[str]) -> bool:
    """Whether a question asks what money is for: "dipakai buat apa", "untuk apa saja"."""
    if not _USE_WORDS.isdisjoint(words):
        return True
    return any(a in ("untuk", "buat") and b == "apa" for a, b in itertools.pairwise(words))


def _use_of(aid: Fact, kb: KnowledgeBase) -> IndexedSentence | None:
    """The sentence of an amount's story, the amount's own or one soon after it, that says what
    the money covers ("anggaran yang disediakan meliputi tiket transportasi dan konsumsi")."""
    sentence = kb.sentences.get((aid.article_id, aid.sentence_id))
    for _ in range(USE_REACH):
        if sentence is None:
            return None
        low = sentence.text.lower()
        if _USE_RE.search(low) and _MONEY_NOUN_RE.search(low):
            return sentence
        sentence = kb.next_sentence(sentence)
    return None


def _workers_counted(aid: Fact, kb: KnowledgeBase) -> Fact | None:
    """The one number of workers the aid's own story gives for its place, if it gives one."""
    counts = [
        f
        for f in within("count", (aid.place_id,) if aid.place_id else (), kb)
        if f.article_id == aid.article_id
        and f.unit not in OTHER_UNITS
        and not f.qualifier
        and f.number
    ]
    if len({f.number for f in counts}) != 1:
        return None
    return counts[0]


def _aid_of_its_stories(slots: Slots, kb: KnowledgeBase) -> list[Fact]:
    """Aid told in the stories that give the asked place facts of its own, whatever region it
    is filed under ("Bantuan Kemensos buat PSK Gang Kenanga": the story of its closing files the
    workers' Rp 5,5 juta under the district it speaks from); never another lokalisasi's. Only
    for a lokalisasi asked: a region's stories are about much else."""
    if not all(is_site(p, kb) for p in slots.places):
        return []
    stories = {
        article_id
        for article_id, named in kb.article_places.items()
        if any(kb.contains(p, q) for p in slots.places for q in named)
    }
    told = [
        f
        for article_id in sorted(stories)
        for f in kb.by_article.get(article_id, ())
        if f.kind == "aid" and not (f.place_id and is_site(f.place_id, kb))
    ]
    return _for_recipient(told, slots, kb)


def _for_recipient(facts: list[Fact], slots: Slots, kb: KnowledgeBase) -> list[Fact]:
    """Aid for whom the question asks: none of the workers' aid is for "nelayan", and aid for
    mucikari is not the workers' own."""
    if not slots.recipient:
        others = COUNTED_THINGS["mucikari"][1]
        return [f for f in facts if not (f.recipient and others.search(f.recipient.lower()))]
    wanted = slots.recipient
    return [
        f
        for f in facts
        if (f.recipient and wanted in f.recipient.lower())
        or (not f.recipient and wanted in _sentence_and_previous(f, kb))
    ]


def _says_kind(fact: Fact, aid_kind: str, kb: KnowledgeBase) -> bool:
    """Whether a fact's own sentence names an aid kind, its words in any form."""
    sentence = kb.sentences.get((fact.article_id, fact.sentence_id))
    if sentence is None:
        return False
    roots = kb.sentence_roots(sentence)
    return all(({w} | stems(w)) & roots for w in aid_kind.split())


def _sentence_and_previous(fact: Fact, kb: KnowledgeBase) -> frozenset[str]:
    """The words of a fact's sentence and the one before: "… para mucikari tidak masuk daftar.
    Untuk mereka, Pemkot menyiapkan modal usaha Rp 2 juta" names its recipient a sentence early.
    Once per snapshot and fact: the aid around a place is looked at for every question."""
    key = ("sentence_and_previous", id(fact))
    words = kb.memo.get(key)
    if words is None:
        words = frozenset()
        for offset in (0, -1):
            sentence = kb.sentences.get((fact.article_id, fact.sentence_id + offset))
            if sentence is not None:
                words |= sentence.terms
        kb.memo[key] = words
    return words  # type: ignore[return-value]


def _sentence_and_next(fact: Fact, kb: KnowledgeBase) -> frozenset[str]:
    """The words of a fact's sentence and the one after: "… anggaran Rp 1,2 miliar. Anggaran
    itu mencakup … tiket pemulangan" says what the budget covers a sentence later."""
    words: frozenset[str] = frozenset()
    for offset in (0, 1):
        sentence = kb.sentences.get((fact.article_id, fact.sentence_id + offset))
        if sentence is not None:
            words |= sentence.terms
    return words


NOT_PACKAGE_PARTS = frozenset({"anggaran", "pendanaan", "total bantuan", "renovasi"})
PACKAGE_CEILING = 100_000_000
"""Above this an amount is a budget for everyone, not a part of what one person receives."""


_BEFORE_RE = re.compile(r"^\W*(?:sebelumnya|semula|awalnya|mulanya)\b")
"""A sentence telling what an amount was before it changed ("Semula … Rp3,8 juta")."""
_RAISED_RE = re.compile(
    r"\b(?:naik|turun|bertambah|berkurang|dinaikkan|diturunkan)\b.{0,20}\bmenjadi\b"
)
"""A sentence telling what it became ("… kini naik menjadi Rp4,2 juta")."""
_EARLIER_ASKED = frozenset(
    {"sebelum", "sebelumnya", "semula", "awalnya", "dulu", "dulunya", "lama"}
)
"""Words asking for an amount before it changed (not `understand.FORMER_WORDS`: "mantan")."""


def _raised(amounts: list[Fact], kb: KnowledgeBase) -> tuple[Fact, Fact] | None:
    """An amount a story says was raised (or cut) and the one it replaced, told in sentences
    one after the other: "… kini naik menjadi Rp4,2 juta. Semula … Rp3.800.000"."""
    for new in amounts:
        sentence = kb.sentences.get((new.article_id, new.sentence_id))
        if sentence is None or not _RAISED_RE.search(sentence.text.lower()):
            continue
        for old in amounts:
            if (
                old.article_id == new.article_id
                and abs(old.sentence_id - new.sentence_id) == 1
                and old.number != new.number
                and (told := kb.sentences.get((old.article_id, old.sentence_id))) is not None
                and _BEFORE_RE.match(told.text.lower())
            ):
                return old, new
    return None


_COMES_FROM_RE = re.compile(r"\b(?:berasal|bersumber)\b")


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
    whole = max(best, key=lambda f: f.number or 0)
    # "Rp5,5 juta, yang terdiri atas Rp5 juta … dan Rp500 ribu …": the whole and its parts,
    # not three amounts to add; the whole told again elsewhere is no fourth.
    pieces = [f for f in best if f.number != whole.number]
    by_sentence: dict[int, list[Fact]] = {}
    for fact in pieces:
        by_sentence.setdefault(fact.sentence_id, []).append(fact)
    for sentence_id, parts in by_sentence.items():
        if len(parts) < 2 or sum(f.number or 0 for f in parts) != whole.number:
            continue
        # Only amounts of the whole's own sentence and giver are surely its parts: another
        # giver's amounts may add up to it by chance. A sentence saying where the money comes
        # from ("dana Rp9 juta itu bersumber dari Kemensos Rp6 juta dan APBD Rp3 juta") names
        # several givers, and may tell of a whole said before.
        own = sentence_id == whole.sentence_id and all(f.agent == whole.agent for f in parts)
        if own or _COMES_FROM_RE.search((parts[0].quote or "").lower()):
            return sum(f.number or 0 for f in pieces), pieces
    return sum(f.number or 0 for f in best), best


def compose_aid_source(asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """'Dana bantuan dari mana?': who gives or funds the aid."""
    slots = asked.slots
    facts = [
        f for f in _for_recipient(within("aid", slots.places, kb), slots, kb) if f.agent or f.detail
    ]
    if not facts:
        return None
    funding = [f for f in facts if f.label == "pendanaan"]
    givers = [f for f in facts if f.label != "pendanaan" and f.agent]
    if slots.aid_kind:
        # "Siapa yang menanggung biaya pemulangan?": the giver of that kind of aid first.
        givers = prefer(givers, lambda f: f.label == slots.aid_kind)
    if slots.giver:
        # "PT apa yang kasih bantuan?": the givers of the kind named, when there are any.
        giver = slots.giver
        givers = prefer(givers, lambda f: bool(f.agent and f.agent.startswith(giver)))
        if any(f.agent and f.agent.startswith(giver) for f in givers):
            funding = []
    findings: list[Finding] = []
    parts: list[str] = []
    for fact in funding[:2]:
        findings.append(finding(kb, aid_text(fact, kb), fact))
        parts.append(f"{fact.agent or 'Pemerintah'} melalui {fact.detail}")
    for group in distinct(givers, lambda f: f.agent)[:4]:
        findings.append(finding(kb, aid_text(group[0], kb), *group))
        parts.append(f"{group[0].agent} ({group[0].label})")
    if not parts:
        return None
    summary = "Sumber dana/bantuan: " + "; ".join(parts) + "."
    told = funding[:2] + [group[0] for group in distinct(givers, lambda f: f.agent)[:4]]
    if all(f.status == "planned" for f in told) and not PROPOSAL_WORDS & set(asked.words):
        # Aid only proposed or asked for has no giver yet: who would give it is offered.
        return Composed(
            f"Baru diusulkan, belum pasti diberikan. {summary}", findings, unconfirmed=True
        )
    return Composed(summary, findings)


COMPOSERS: dict[str, Composer] = {
    "aid_amount": compose_aid_amount,
    "aid_source": compose_aid_source,
}
