"""One fact, said in plain Indonesian with its figures in Indonesian style ("1.315 PSK",
"Rp5.050.000", "1 Juni 2016")."""

from __future__ import annotations

from bot.tables import intents
from knowledge.dates import format_date
from knowledge.index import KnowledgeBase
from knowledge.models import Fact
from knowledge.numbers import format_number, format_rupiah

INTENT_LABELS: dict[str, str] = {
    "closure_count": "Jumlah lokalisasi yang ditutup",
    "closure_when": "Kapan lokalisasi ditutup",
    "closure_where": "Daerah yang sudah/belum menutup",
    "closure_status": "Status penutupan lokalisasi",
    "closure_who": "Siapa yang menutup",
    "closure_reason": "Alasan penutupan",
    "worker_count": "Jumlah PSK",
    "worker_most": "Daerah dengan PSK terbanyak",
    "target": "Target bebas lokalisasi",
    "aid_amount": "Besar bantuan",
    "aid_source": "Sumber dana bantuan",
    "person": "Pejabat terkait",
    "site": "Letak lokalisasi",
    "definition": "Arti singkatan",
    "statement": "Kutipan berita terkait",
    "overview": "Ringkasan tentang suatu daerah",
    **{name: entry["label"] for name, entry in intents().items() if "label" in entry},
}


def _as_of(fact: Fact, said: str = "") -> str:
    """' (per 1 Juni 2016)', unless `said` already gives that date ("pada 1 Juni 2016")."""
    if not fact.as_of:
        return ""
    date = format_date(fact.as_of)
    return "" if date in said else f" (per {date})"


def _where_unsaid(fact: Fact, kb: KnowledgeBase, said: str) -> str:
    """' di <place>', unless `said` names the place already ("dari Pemerintah Kabupaten X")."""
    where = _where(fact, kb)
    name = kb.place_name(fact.place_id)
    return "" if name and name in said else where


def label_in_sentence(label: str) -> str:
    """An intent label inside a sentence: first letter lower-cased, acronyms kept ("jumlah PSK",
    not "jumlah psk")."""
    return label[:1].lower() + label[1:] if label else label


def place_phrase(place_ids: tuple[str, ...] | list[str], kb: KnowledgeBase) -> str:
    """'Kabupaten Kotawaringin Timur' or 'Kota Tarakan dan Kabupaten Nunukan'."""
    # A lokalisasi and the village it is named after read as one name, said once.
    return join_names(list(dict.fromkeys(kb.place_name(pid) for pid in place_ids if pid)))


def join_names(names: list[str]) -> str:
    """'', 'A', 'A dan B', 'A, B dan C'."""
    if len(names) <= 1:
        return names[0] if names else ""
    return ", ".join(names[:-1]) + " dan " + names[-1]


def region_name(place_id: str | None, kb: KnowledgeBase) -> str:
    """The regency, city or province a place lies in, for naming a lokalisasi or village."""
    for pid in kb.lineage(place_id or "")[1:]:
        place = kb.places.get(pid)
        if place and place.level in ("kabupaten", "kota", "provinsi"):
            return place.name
    return ""


def _where(fact: Fact, kb: KnowledgeBase) -> str:
    if not fact.place_id:
        return ""
    place = kb.places.get(fact.place_id)
    if place and place.level == "lokalisasi":
        region = region_name(place.id, kb)
        return f" di lokalisasi {place.name}" + (f" ({region})" if region else "")
    return f" di {kb.place_name(fact.place_id)}"


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
    where = _where(fact, kb)
    if fact.number is None and where.startswith(" di lokalisasi "):
        number, where = "Lokalisasi", where[len(" di lokalisasi ") - 1 :]
    sentence = f"{number}{where} {status}{when}{_as_of(fact, when)}."
    return sentence[0].upper() + sentence[1:]


def count_text(fact: Fact, kb: KnowledgeBase) -> str:
    """'1.315 PSK di Kalimantan Timur (per 1 Juni 2016).'"""
    unit = fact.unit or "orang"
    figure = f"{format_number(fact.number or 0)} {unit}"
    if fact.approximate:
        figure = f"sekitar {figure}"
    lead = ""
    if fact.total:
        lead = "total "
    if fact.qualifier == "sisa":
        figure += " yang tersisa" if unit == "lokalisasi" else " di lokalisasi yang tersisa"
    if fact.superlative:
        lead = f"{fact.superlative}, "
    sentence = f"{lead}{figure}{_where(fact, kb)}{_as_of(fact)}."
    return sentence[0].upper() + sentence[1:]


def target_text(fact: Fact, kb: KnowledgeBase) -> str:
    """'Kalimantan Utara ditargetkan bebas lokalisasi pada tahun 2018 (per 18 Mei 2018).'"""
    place = kb.place_name(fact.place_id) or "Indonesia"
    if fact.status == "done":
        since = f" sejak tahun {fact.number}" if fact.number else ""
        return f"{place} sudah bebas lokalisasi{since}{_as_of(fact)}."
    who = f" oleh {fact.agent}" if fact.agent and fact.agent not in place else ""
    return f"{place} ditargetkan{who} bebas lokalisasi pada tahun {fact.number}{_as_of(fact)}."


def aid_text(fact: Fact, kb: KnowledgeBase, *, short: bool = False) -> str:
    """'Modal usaha Rp3.000.000 dari Pemerintah Kabupaten Kotawaringin Timur.'"""
    label = fact.label or "bantuan"
    if label == "pendanaan":
        who = fact.agent or "Pemerintah"
        target = f" untuk {fact.recipient}" if fact.recipient else ""
        return f"{who} membiayai{target} lewat {fact.detail}{_as_of(fact)}."
    pieces = [label]
    if fact.number is not None:
        money = format_rupiah(fact.number)
        pieces.append(f"kurang lebih {money}" if fact.approximate else money)
    if fact.per_person:
        pieces.append("per orang")
    if fact.agent and not short:
        pieces.append(f"dari {fact.agent}")
    text = " ".join(pieces)
    if short and text:
        return text[0].lower() + text[1:]
    if not short:
        if fact.recipient:
            text += f" untuk {fact.recipient}"
        text += _where_unsaid(fact, kb, text)
        if fact.number is None:
            text += " (besarnya tidak disebutkan)"
        text += _as_of(fact) + "."
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
    return f"{lead}{_where_unsaid(first, kb, lead)}: {items}{_as_of(first)}."


def person_text(fact: Fact, kb: KnowledgeBase) -> str:
    """'Supian Hadi — Bupati (Kabupaten Kotawaringin Timur), per 29 Oktober 2017.'"""
    role = fact.label or "pejabat"
    place = kb.place_name(fact.place_id)
    if place and place != "Indonesia" and place.lower() not in role.lower():
        role = f"{role} ({place})"
    when = f", per {format_date(fact.as_of)}" if fact.as_of else ""
    return f"{fact.name} — {role}{when}."


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
    if fact.detail and fact.detail not in where:
        text += f" (alamat dalam berita: {fact.detail})"
    return text + "."


def _village(kb: KnowledgeBase, place_id: str) -> str:
    place = kb.places.get(place_id)
    if place and place.level in ("kelurahan", "desa", "kecamatan"):
        return f"{place.level.capitalize()} {place.name}"
    return kb.place_name(place_id)


def definition_text(fact: Fact) -> str:
    """'PSKW adalah singkatan dari Panti Sosial Karya Wanita.'"""
    return f"{fact.name} adalah singkatan dari {fact.detail}."
