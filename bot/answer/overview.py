"""A place in brief: its closures, workers, target and aid, one line each."""

from __future__ import annotations

from bot.answer.aid import compose_aid_amount
from bot.answer.closure import compose_closure_count, compose_closure_status
from bot.answer.composed import Asked, Composed, Composer
from bot.answer.count import compose_worker_count
from bot.answer.target import compose_target
from bot.models import Finding
from bot.phrasing import place_phrase
from knowledge.index import KnowledgeBase


def compose_overview(asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """'kaltara?', 'info lokalisasi kotim': what the articles say about a place, in brief."""
    slots = asked.slots
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
        composed = composer(asked, kb)
        if composed is None or composed.summary in seen:
            continue
        seen.add(composed.summary)
        citations = composed.findings[0].citations if composed.findings else ()
        findings.append(Finding(text=f"{label}: {composed.summary}", citations=citations))
    if not findings:
        return None
    return Composed(f"Yang tercatat di sumber berita tentang {where}:", findings)


COMPOSERS: dict[str, Composer] = {"overview": compose_overview}
