"""Facts admins teach: a fact the extraction missed, added from a sentence of its article.

The admin names the article, quotes the sentence (or part of it) and gives the fact's fields.
The quote must be found in the article — compared without case, accents, punctuation or
spacing — so the fact cites the article's own sentence, never words the admin typed. Like a
correction, the addition is one transaction with its audit row, undone by `undo_last`, and
re-applied after every rebuild (`replay_added_fact`, called by the build).

Ids: an added fact takes the highest free id of its article's block (seq × 1000 + 999, then
998 …), while extraction numbers facts from the bottom (+1, +2 …), so a rebuild that finds
more facts does not collide with one an admin added.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import ValidationError
from sqlite_utils import Database

from knowledge.audit import AuditEntry, record
from knowledge.errors import InvalidInput
from knowledge.kinds import KIND_NAMES, parse_fact
from knowledge.store.database import check_actor, query_one, write
from knowledge.store.edits import EDITABLE_BY_KIND, FieldChange, entry_of, fact_changes
from knowledge.store.reads import article_row
from knowledge.store.rows import fact_row
from knowledge.store.schema import FACT_ID_BLOCK
from knowledge.text import fold

ACTION = "add_fact"
QUOTE_MIN_CHARS = 12
"""A quote shorter than this ('86 PSK') matches too many sentences to prove anything."""
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def squash(text: str) -> str:
    """Text as quotes are compared: folded, every run of non-letters one space."""
    return _NOT_WORD.sub(" ", fold(text)).strip()


def find_sentence(sentences: list[dict[str, Any]], quote: str) -> tuple[int, str] | None:
    """(first sentence id, the article's own text) of the sentence(s) holding `quote`."""
    needle = squash(quote)
    if not needle:
        return None
    # One sentence first; a quote may run over a boundary, and two or three sentences are enough.
    for size in (1, 2, 3):
        for start in range(len(sentences) - size + 1):
            text = " ".join(s["text"] for s in sentences[start : start + size])
            if needle in squash(text):
                return sentences[start]["id"], text
    return None


def _free_id(db: Database, seq: int) -> int:
    used = {
        row["id"]
        for row in db.query(
            "SELECT id FROM facts WHERE id BETWEEN ? AND ?",
            [seq * FACT_ID_BLOCK + 1, seq * FACT_ID_BLOCK + FACT_ID_BLOCK - 1],
        )
    }
    for candidate in range(seq * FACT_ID_BLOCK + FACT_ID_BLOCK - 1, seq * FACT_ID_BLOCK, -1):
        if candidate not in used:
            return candidate
    raise InvalidInput(f"Artikel ini sudah memuat {FACT_ID_BLOCK - 1} fakta; tidak ada nomor lagi.")


def check_kind(kind: str) -> None:
    """Refuse a kind of fact the knowledge base does not have."""
    if kind not in KIND_NAMES:
        raise InvalidInput(f"Jenis fakta {kind!r} tidak dikenal; pilih: {', '.join(KIND_NAMES)}.")


def check_fields(kind: str, fields: Iterable[str]) -> None:
    """Refuse a taught fact without fields, or with a field its kind does not use."""
    check_kind(kind)
    allowed = EDITABLE_BY_KIND[kind]
    names = list(fields)
    if not names:
        raise InvalidInput(
            f"Sebutkan isi faktanya, misalnya {allowed[0]}=…; kolom untuk fakta {kind}: "
            f"{', '.join(allowed)}."
        )
    for field in names:
        if field not in allowed:
            raise InvalidInput(
                f"Kolom {field} tidak dipakai fakta jenis {kind}. Kolomnya: {', '.join(allowed)}."
            )


def add_fact(
    db: Database,
    article_id: str,
    kind: str,
    quote: str,
    fields: Sequence[FieldChange],
    *,
    actor: str,
) -> AuditEntry:
    """Add a fact to `article_id` from the sentence holding `quote`; see the module docstring.

    `fields` are typed values of the store's fields (number, place, when, status, label,
    agent, name, detail; see knowledge.store.EDITABLE_BY_KIND), as
    knowledge.admin_input.parse_fact_fields reads them from what an admin typed.
    """
    actor = check_actor(actor)
    check_kind(kind)
    if len(squash(quote)) < QUOTE_MIN_CHARS:
        raise InvalidInput(
            "Kutipannya terlalu pendek untuk menunjuk satu kalimat; salin sebagian besar kalimat "
            "artikel yang memuat fakta itu."
        )
    with write(db):
        article = article_row(db, article_id)
        sentences = list(
            db.query(
                "SELECT id, text FROM sentences WHERE article_id = ? ORDER BY id", [article_id]
            )
        )
        found = find_sentence(sentences, quote)
        if found is None:
            raise InvalidInput(
                f"Kutipan itu tidak ditemukan di artikel {article_id}. Salin kalimatnya persis "
                f"dari artikel (lihat: /fakta {article_id} atau python -m knowledge show "
                f"{article_id}); tidak ada yang disimpan."
            )
        sentence_id, text = found
        published = article["published"]
        try:
            fact = parse_fact(
                {
                    "kind": kind,
                    "article_id": article_id,
                    "sentence_id": sentence_id,
                    "quote": text,
                    "as_of": published,
                    **_fact_fields(db, kind, fields),
                }
            )
        except ValidationError as exc:
            raise InvalidInput(f"Isi fakta tidak sah: {exc.errors()[0]['msg']}") from exc
        fact_id = _free_id(db, article["seq"])
        db.table("facts").insert(fact_row(fact, fact_id))
        row = query_one(db, "SELECT * FROM facts WHERE id = ?", [fact_id])
        shown = ", ".join(f"{change.field}={change.typed}" for change in fields)
        entry_id = record(
            db,
            actor=actor,
            action=ACTION,
            target=f"fact:{fact_id}",
            summary=f"menambah fakta {fact_id} ({kind}) ke artikel {article_id}: {shown}",
            after={"facts": [row]},
        )
    return entry_of(db, entry_id)


def _fact_fields(db: Database, kind: str, fields: Sequence[FieldChange]) -> dict[str, Any]:
    """The Fact model fields `fields` set."""
    check_fields(kind, (change.field for change in fields))
    changes: dict[str, Any] = {}
    for change in fields:
        changes.update(fact_changes(db, change))
    return changes


def added_fact_ids(db: Database) -> set[int]:
    """Ids of facts admins added that are still there (for marking them in lists)."""
    ids: set[int] = set()
    for row in db.query("SELECT after FROM audit WHERE action = ? AND undone_by IS NULL", [ACTION]):
        ids.update(fact["id"] for fact in json.loads(row["after"]).get("facts", []))
    if not ids:
        return ids
    marks = ", ".join("?" for _ in ids)
    return {row["id"] for row in db.query(f"SELECT id FROM facts WHERE id IN ({marks})", list(ids))}


def replay_added_fact(db: Database, entry: AuditEntry) -> str | None:
    """Put a standing added fact back after a rebuild; the reason it could not be, or None.

    Keeps the fact's id when it is free, and its row as it was when the sentence is the same,
    so the addition can still be undone afterwards.
    """
    row = dict(entry.after["facts"][0])
    article = query_one(db, "SELECT seq FROM articles WHERE id = ?", [row["article_id"]])
    if article is None:
        return None  # the article itself is gone (removed, or skipped and reported)
    sentences = list(
        db.query(
            "SELECT id, text FROM sentences WHERE article_id = ? ORDER BY id", [row["article_id"]]
        )
    )
    found = find_sentence(sentences, row["quote"])
    if found is None:
        return f"kalimat fakta tambahan {row['id']} tidak lagi ada di artikel {row['article_id']}"
    row["sentence_id"], row["quote"] = found
    if query_one(db, "SELECT 1 AS x FROM facts WHERE id = ?", [row["id"]]):
        row["id"] = _free_id(db, article["seq"])
    db.table("facts").insert(row)
    return None
