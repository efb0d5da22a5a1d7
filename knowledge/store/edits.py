"""Admins' edits of stored facts and articles: corrections and removals, each audited.

Edits take typed values (`FactEdit`, built from what an admin typed by knowledge.admin_input);
reading Indonesian input is not the store's job.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from sqlite_utils import Database

from knowledge.audit import AuditEntry, get_entry, record
from knowledge.errors import InvalidInput, NotFound
from knowledge.kinds import EDITABLE_BY_KIND, parse_fact
from knowledge.models import ClosureStatus
from knowledge.store.database import check_actor, query_all, query_one, write
from knowledge.store.reads import article_row, fact_row_of, find_place
from knowledge.store.rows import fact_from_row, fact_row

EditableField = Literal["number", "place", "label", "agent", "name", "status", "when", "detail"]
EDITABLE_FIELDS: tuple[str, ...] = get_args(EditableField)
TEXT_FIELD_MAX = {"label": 300, "agent": 300, "name": 300, "detail": 1000}
MAX_NUMBER = 10**15
CLIP_WIDTH = 80
"""Characters of a quote an audit summary shows."""


class NumberValue(BaseModel):
    """A number as an admin wrote it: its value and the words kept as the fact's number_text."""

    model_config = ConfigDict(frozen=True)

    number: int = Field(ge=0, lt=MAX_NUMBER)
    text: str


class DateValue(BaseModel):
    """A date and the words kept as the fact's when_text."""

    model_config = ConfigDict(frozen=True)

    when: dt.date
    text: str


class PlaceName(BaseModel):
    """A place as an admin named it: its id or one of its names, looked up when the edit is made."""

    model_config = ConfigDict(frozen=True)

    name: str = Field(min_length=1)


FieldValue = NumberValue | DateValue | PlaceName | str
_VALUE_TYPES: dict[str, type] = {
    "number": NumberValue,
    "when": DateValue,
    "place": PlaceName,
    "status": str,
    **dict.fromkeys(TEXT_FIELD_MAX, str),
}


class FieldChange(BaseModel):
    """A new value for one field of a fact; None empties the field."""

    model_config = ConfigDict(frozen=True)

    field: EditableField
    value: FieldValue | None
    typed: str = ""
    """What the admin typed, for the audit summary of an added fact."""

    @model_validator(mode="after")
    def _fits_the_field(self) -> FieldChange:
        expected = _VALUE_TYPES[self.field]
        if self.value is not None and not isinstance(self.value, expected):
            raise ValueError(f"{self.field} takes a {expected.__name__}, not {self.value!r}")
        if self.field == "status" and self.value not in (None, *get_args(ClosureStatus)):
            raise ValueError(f"status is one of {get_args(ClosureStatus)}, not {self.value!r}")
        limit = TEXT_FIELD_MAX.get(self.field)
        if limit is not None and isinstance(self.value, str) and len(self.value) > limit:
            raise ValueError(f"{self.field} holds at most {limit} characters")
        return self


class FactEdit(FieldChange):
    """A correction of one field of one stored fact."""

    fact_id: int


def check_field(kind: str, field: str) -> None:
    """Refuse a field that facts of `kind` do not use (see EDITABLE_BY_KIND)."""
    allowed = EDITABLE_BY_KIND[kind]
    if field not in allowed:
        raise InvalidInput(
            f"Kolom {field} tidak dipakai fakta jenis {kind}. "
            f"Yang bisa diubah untuk fakta ini: {', '.join(allowed)}."
        )


def fact_changes(db: Database, change: FieldChange) -> dict[str, Any]:
    """The Fact model fields `change` sets (a place is looked up by its id or name here)."""
    value = change.value
    if value is None:
        cleared: dict[str, dict[str, Any]] = {
            "number": {"number": None, "number_text": None, "approximate": False},
            "place": {"place_id": None, "place_text": None},
            "when": {"when": None, "when_text": None},
        }
        return cleared.get(change.field, {change.field: None})
    if isinstance(value, NumberValue):
        return {"number": value.number, "number_text": value.text, "approximate": False}
    if isinstance(value, PlaceName):
        place_id, name = find_place(db, value.name)
        return {"place_id": place_id, "place_text": name}
    if isinstance(value, DateValue):
        return {"when": value.when, "when_text": value.text}
    return {change.field: value}


def entry_of(db: Database, entry_id: int) -> AuditEntry:
    """The audit entry a change has just recorded."""
    entry = get_entry(db, entry_id)
    if entry is None:  # pragma: no cover - the row was written in the committed transaction
        raise NotFound(f"Perubahan #{entry_id} tidak ada.")
    return entry


def _clip(text: str, width: int = CLIP_WIDTH) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def remove_article(db: Database, article_id: str, *, actor: str) -> AuditEntry:
    """Remove an article with its sentences and facts (places it named stay in the gazetteer)."""
    actor = check_actor(actor)
    with write(db):
        article = article_row(db, article_id)
        sentences = query_all(
            db, "SELECT * FROM sentences WHERE article_id = ? ORDER BY id", [article_id]
        )
        facts = query_all(db, "SELECT * FROM facts WHERE article_id = ? ORDER BY id", [article_id])
        # Kept in the record so an undo after a rebuild (which drops unused names) can bring
        # back the places the article's facts point to.
        places = query_all(db, "SELECT * FROM places WHERE source = ? ORDER BY rowid", [article_id])
        aliases = query_all(
            db, "SELECT * FROM aliases WHERE source = ? ORDER BY rowid", [article_id]
        )
        db.execute("DELETE FROM facts WHERE article_id = ?", [article_id])
        db.execute("DELETE FROM sentences WHERE article_id = ?", [article_id])
        db.execute("DELETE FROM articles WHERE id = ?", [article_id])
        entry_id = record(
            db,
            actor=actor,
            action="remove_article",
            target=f"article:{article_id}",
            summary=f"menghapus artikel {article_id} ({len(facts)} fakta): {article['title']}",
            before={
                "articles": [article],
                "sentences": sentences,
                "facts": facts,
                "places": places,
                "aliases": aliases,
            },
        )
    return entry_of(db, entry_id)


def remove_fact(db: Database, fact_id: int, *, actor: str) -> AuditEntry:
    """Remove one fact."""
    actor = check_actor(actor)
    with write(db):
        row = fact_row_of(db, fact_id)
        db.execute("DELETE FROM facts WHERE id = ?", [fact_id])
        entry_id = record(
            db,
            actor=actor,
            action="remove_fact",
            target=f"fact:{fact_id}",
            summary=f"menghapus fakta {fact_id} ({row['kind']}, artikel {row['article_id']}): "
            f"{_clip(row['quote'])}",
            before={"facts": [row]},
        )
    return entry_of(db, entry_id)


def update_fact(db: Database, edit: FactEdit, *, actor: str) -> AuditEntry:
    """Correct one field of one fact (see EDITABLE_BY_KIND for which fields each kind has).

    knowledge.admin_input.parse_fact_edit makes `edit` from what an admin typed ("1.351",
    "Kota Samarinda", "1 Juni 2016", "done"; "-" empties the field).
    """
    actor = check_actor(actor)
    fact_id = edit.fact_id
    with write(db):
        row = fact_row_of(db, fact_id)
        fact = fact_from_row(row)
        check_field(fact.kind, edit.field)
        changes = fact_changes(db, edit)
        try:
            updated = parse_fact({**fact.model_dump(), **changes})
        except ValidationError as exc:
            raise InvalidInput(f"Nilai {edit.typed!r} tidak sah untuk {edit.field}: {exc}") from exc
        new_row = fact_row(updated, fact_id)
        if new_row == fact_row(fact, fact_id):
            raise InvalidInput(f"Tidak ada yang berubah: {edit.field} fakta {fact_id} sudah itu.")
        db.table("facts").update(fact_id, new_row)
        after = fact_row_of(db, fact_id)
        shown = _shown(db, edit.field, row, after)
        entry_id = record(
            db,
            actor=actor,
            action="update_fact",
            target=f"fact:{fact_id}",
            summary=f"mengubah fakta {fact_id} ({fact.kind}): {edit.field} {shown}",
            before={"facts": [row]},
            after={"facts": [after]},
        )
    return entry_of(db, entry_id)


def _shown(db: Database, field: str, before: dict[str, Any], after: dict[str, Any]) -> str:
    """'22 → 23', 'Kalimantan Timur (64) → Kalimantan Utara (65)', for the audit summary."""
    column = {"place": "place_id", "when": "when_date"}.get(field, field)

    def show(value: object) -> str:
        if value is None:
            return "(kosong)"
        if column == "place_id":
            place = query_one(db, "SELECT name FROM places WHERE id = ?", [value])
            return f"{place['name']} ({value})" if place else str(value)
        return str(value)

    return f"{show(before[column])} → {show(after[column])}"
