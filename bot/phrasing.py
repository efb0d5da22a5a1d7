"""The question side's words: intent labels, the places a question asked about, and the
sentences each kind of fact is said with (`knowledge.describe`, each kind's `describe`),
gathered here for the composers."""

from __future__ import annotations

from bot.tables import intents
from knowledge.describe import (
    aid_list_text,
    aid_text,
    closure_text,
    count_text,
    definition_text,
    person_text,
    site_text,
    target_text,
)
from knowledge.index import KnowledgeBase
from knowledge.wording import join_names

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


def label_in_sentence(label: str) -> str:
    """An intent label inside a sentence: first letter lower-cased, acronyms kept ("jumlah PSK",
    not "jumlah psk")."""
    return label[:1].lower() + label[1:] if label else label


def place_phrase(place_ids: tuple[str, ...] | list[str], kb: KnowledgeBase) -> str:
    """'Kabupaten Kotawaringin Timur' or 'Kota Tarakan dan Kabupaten Nunukan'."""
    # A lokalisasi and the village it is named after read as one name, said once.
    return join_names(list(dict.fromkeys(kb.place_name(pid) for pid in place_ids if pid)))


__all__ = [
    "INTENT_LABELS",
    "aid_list_text",
    "aid_text",
    "closure_text",
    "count_text",
    "definition_text",
    "join_names",
    "label_in_sentence",
    "person_text",
    "place_phrase",
    "site_text",
    "target_text",
]
