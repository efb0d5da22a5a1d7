"""Helpers the store's tests share (the fixtures are tests/knowledge/conftest.py's)."""

from __future__ import annotations

from sqlite_utils import Database

from knowledge import admin_input, store
from knowledge.audit import AuditEntry
from knowledge.models import Fact
from tests.knowledge.conftest import BUNDLED

FIRST = BUNDLED[0]
FIRST_ID = FIRST.stem
NO_FACTS = "Hari ini cuaca cerah di Jakarta.\n\nWarga berolahraga pagi di taman kota."


def first_fact(db: Database, kind: str) -> Fact:
    """The first fact of `kind` (the bundled articles have every kind the tests use)."""
    facts = store.list_facts(db, kind=kind)
    assert facts, f"the bundled articles should yield {kind} facts"
    return facts[0]


def correct(db: Database, fact_id: int, field: str, value: str, *, actor: str) -> AuditEntry:
    """Correct a fact as both shells do: read what the admin typed, then make the edit."""
    return store.update_fact(db, admin_input.read_fact_edit(db, fact_id, field, value), actor=actor)
