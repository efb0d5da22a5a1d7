"""The sentence each kind of fact is said with in answers (`Kind.describe`).

Each kind's module in `knowledge.kinds` names its sentence here in its `KIND`; the sentences live
apart from the kinds' extraction rules so that answering a question loads none of the rules'
patterns and models (a tenth of a second at every start of `python -m bot ask`). What several
kinds' sentences share (a fact's date, its place said once) is in `knowledge.wording`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from knowledge.dates import format_date
from knowledge.models import Fact
from knowledge.numbers import format_number, format_rupiah
from knowledge.wording import as_of, place_words, where, where_unsaid

if TYPE_CHECKING:
    from knowledge.index import KnowledgeBase


def closure_text(fact: Fact, kb: KnowledgeBase) -> str:
    """'22 lokalisasi di Kalimantan Timur sudah ditutup (per 1 Juni 2016).'"""
    number = f"{format_number(fact.number)} lokalisasi" if fact.number is not None else "Lokalisasi"
    if fact.approximate and fact.number is not None:
        number = f"sedikitnya {number}"
    if fact.qualifier == "sisa" and fact.number is not None:
        number = f"{number} lagi (yang tersisa)"
    status = {
        "done": "sudah ditutup",
        "planned": "akan ditutup",
        "pending": "belum ditutup",
    }.get(fact.status or "", "ditutup")
    when = ""
    if fact.when_text:
        when = (
            f" pada {fact.when_text}"
            if fact.status != "planned"
            else f", dijadwalkan {fact.when_text}"
        )
    place = where(fact, kb)
    if fact.number is None and place.startswith(" di lokalisasi "):
        number, place = "Lokalisasi", place[len(" di lokalisasi ") - 1 :]
    sentence = f"{number}{place} {status}{when}{as_of(fact, when)}."
    return sentence[0].upper() + sentence[1:]


def count_text(fact: Fact, kb: KnowledgeBase) -> str:
    """'1.315 PSK di Kalimantan Timur (per 1 Juni 2016).'"""
    unit = fact.unit or "orang"
    figure = f"{format_number(fact.number or 0)} {unit}"
    if fact.number == 0:
        figure = f"tidak ada {unit}"  # "Di Kabupaten X tidak ada lokalisasi"
    if fact.approximate:
        figure = f"sekitar {figure}"
    lead = ""
    if fact.total:
        lead = "total "
    if fact.qualifier == "sisa":
        figure += " yang tersisa" if unit == "lokalisasi" else " di lokalisasi yang tersisa"
    if fact.superlative:
        lead = f"{fact.superlative}, "
    dated = as_of(fact)
    if fact.when and fact.when_text and (not fact.as_of or fact.when < fact.as_of):
        dated = f" (pada {fact.when_text})"  # "86 pekerja seks … (pada 2015)": an older figure
    sentence = f"{lead}{figure}{where(fact, kb)}{dated}."
    return sentence[0].upper() + sentence[1:]


def target_text(fact: Fact, kb: KnowledgeBase) -> str:
    """'Kalimantan Utara ditargetkan bebas lokalisasi pada tahun 2018 (per 18 Mei 2018).'"""
    place = kb.place_name(fact.place_id) or "Indonesia"
    if fact.status == "done":
        since = f" sejak tahun {fact.number}" if fact.number else ""
        return f"{place} sudah bebas lokalisasi{since}{as_of(fact)}."
    who = f" oleh {fact.agent}" if fact.agent and fact.agent not in place else ""
    return f"{place} ditargetkan{who} bebas lokalisasi pada tahun {fact.number}{as_of(fact)}."


def aid_text(fact: Fact, kb: KnowledgeBase, *, short: bool = False) -> str:
    """'Modal usaha Rp3.000.000 dari Pemerintah Kabupaten Kotawaringin Timur.'; `short`: only
    what and how much ('modal usaha Rp3.000.000'), for a list of one giver's amounts."""
    label = fact.label or "bantuan"
    if label == "pendanaan":
        who = fact.agent or "Pemerintah"
        target = f" untuk {fact.recipient}" if fact.recipient else ""
        return f"{who} membiayai{target} lewat {fact.detail}{as_of(fact)}."
    pieces = [label]
    if fact.number is not None:
        money = format_rupiah(fact.number)
        pieces.append(f"kurang lebih {money}" if fact.approximate else money)
    if fact.per_person:
        pieces.append("per orang")
    if fact.status == "planned":
        pieces.append("(baru diusulkan)")
    if fact.agent and not short:
        pieces.append(f"dari {fact.agent}")
    text = " ".join(pieces)
    if short and text:
        return text[0].lower() + text[1:]
    if not short:
        if fact.recipient:
            text += f" untuk {fact.recipient}"
        text += where_unsaid(fact, kb, text)
        if fact.number is None:
            text += " (besarnya tidak disebutkan)"
        text += as_of(fact) + "."
    return text[0].upper() + text[1:]


def aid_list_text(facts: list[Fact], kb: KnowledgeBase) -> str:
    """Amounts one sentence lists: 'Dari Pemerintah Kabupaten X: pemulangan Rp250.000, …'."""
    if len(facts) == 1:
        return aid_text(facts[0], kb)
    first = facts[0]
    items = ", ".join(aid_text(f, kb, short=True) for f in facts)
    agents = {f.agent for f in facts}
    recipients = {f.recipient for f in facts}
    lead = f"Dari {first.agent}" if len(agents) == 1 and first.agent else "Bantuan"
    if len(recipients) == 1 and first.recipient:
        lead += f" untuk {first.recipient}"
    return f"{lead}{where_unsaid(first, kb, lead)}: {items}{as_of(first)}."


def person_text(fact: Fact, kb: KnowledgeBase) -> str:
    """'Supian Hadi — Bupati (Kabupaten Kotawaringin Timur), per 29 Oktober 2017.'"""
    role = fact.label or "pejabat"
    place = kb.place_name(fact.place_id)
    if place and place != "Indonesia" and place.lower() not in role.lower():
        role = f"{role} ({place})"
    when = f", per {format_date(fact.as_of)}" if fact.as_of else ""
    return f"{fact.name} — {role}{when}."


ADDRESS_LABEL = "alamat"
"""The label of a site fact that gives the address of a lokalisasi named before."""


def site_text(fact: Fact, kb: KnowledgeBase) -> str:
    """'Lokalisasi Bayur berada di Sempaja, Kecamatan Samarinda Utara, Kota Samarinda, …'."""
    place = kb.places.get(fact.place_id or "")
    chain = (
        [kb.place_name(pid) for pid in kb.lineage(fact.place_id)[1:] if pid != "ID"]
        if place
        else []
    )
    where = (
        ", ".join(_village(kb, pid) for pid in kb.lineage(fact.place_id)[1:] if pid != "ID")
        if place
        else ""
    )
    name = fact.name or (place.name if place else "")
    lead = f"Lokalisasi {name}"
    if fact.superlative:
        lead += f" adalah yang {fact.superlative}"
    text = f"{lead}, berada di {where}" if chain else lead
    if fact.label == ADDRESS_LABEL and fact.detail and chain:
        text = f"{lead}, berada di {fact.detail}, {where}"
    elif fact.detail and fact.detail not in where:
        text += f" (alamat dalam berita: {fact.detail})"
    return text + "."


def _village(kb: KnowledgeBase, place_id: str) -> str:
    return level_name(kb, place_id)


def level_name(kb: KnowledgeBase, place_id: str) -> str:
    """A place's name, a district or village with its level ("Kecamatan Lasem")."""
    place = kb.places.get(place_id)
    if place and place.level in ("kelurahan", "desa", "kecamatan"):
        return f"{place.level.capitalize()} {place.name}"
    return kb.place_name(place_id)


def definition_text(fact: Fact, kb: KnowledgeBase | None = None) -> str:
    """'PSKW adalah singkatan dari Panti Sosial Karya Wanita.'"""
    # An abbreviation reads the same wherever it was met: `kb` is taken only so the kind can
    # declare this as its `describe`.
    return f"{fact.name} adalah singkatan dari {fact.detail}."


def conversion_text(fact: Fact, kb: KnowledgeBase) -> str:
    """'Bekas lokalisasi Km 10 (Kota Bitung) kini menjadi sentra UMKM.'"""
    place = kb.places.get(fact.place_id or "")
    site = place is not None and place.level == "lokalisasi"
    where = place_words(fact, kb) if site else f"lokalisasi di {kb.place_name(fact.place_id)}"
    change = "akan dijadikan" if fact.status == "planned" else "kini menjadi"
    return f"Bekas {where} {change} {fact.label}."


_NUMBER_MARK_RE = re.compile(r"\b(?:No|Nomor|Nomer)\s*\.?\s*(?=\d)", re.IGNORECASE)
"""How a decree's number is marked, as written ("No.16", "nomor 16")."""


def decree_text(fact: Fact, kb: KnowledgeBase) -> str:
    """'Untuk lokalisasi Km 7 (Kabupaten Paser): Surat Keputusan Bupati Paser Nomor
    188/45/2019, tanggal 3 Mei 2019, tentang Penutupan Lokalisasi Km 7.'"""
    # "Perda No.16 Tahun 2014" reads as "Perda Nomor 16 Tahun 2014".
    parts = [_NUMBER_MARK_RE.sub("Nomor ", fact.name) if fact.name else "Keputusan"]
    if fact.when_text:
        parts.append(f"tanggal {fact.when_text}")
    if fact.label:
        parts.append(f"tentang {fact.label}")
    return f"Untuk {place_words(fact, kb)}: {', '.join(parts)}."
