"""Admins' edits: removals and field corrections, typed values through knowledge.admin_input."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from knowledge import store
from knowledge.errors import InvalidInput, NotFound
from tests.knowledge.conftest import BUNDLED, content, everything
from tests.knowledge.test_store.conftest import (
    correct,
    first_fact,
)


def test_remove_article_and_undo(built: Database) -> None:
    before = content(built)
    article = BUNDLED[1].stem
    entry = store.remove_article(built, article, actor="adm")
    assert (entry.action, entry.target) == ("remove_article", f"article:{article}")
    assert article not in {a.id for a in store.list_articles(built)}
    assert not list(built.query("SELECT 1 FROM facts WHERE article_id = ?", [article]))
    assert not list(built.query("SELECT 1 FROM sentences WHERE article_id = ?", [article]))
    store.undo_last(built, actor="adm")
    assert content(built) == before


def test_remove_fact_and_undo(built: Database) -> None:
    before = content(built)
    fact = first_fact(built, "aid")
    store.remove_fact(built, fact.id, actor="adm")
    with pytest.raises(NotFound):
        store.get_fact(built, fact.id)
    store.undo_last(built, actor="adm")
    assert content(built) == before


@pytest.mark.parametrize(
    ("kind", "field", "value", "column", "expected"),
    [
        ("closure", "number", "4.321", "number", 4321),
        ("closure", "number", "-", "number", None),
        ("closure", "place", "Kotim", "place_id", "62.02"),
        ("closure", "place", "65.71", "place_id", "65.71"),
        ("closure", "when", "1 Juni 2016", "when_date", "2016-06-01"),
        ("closure", "when", "2017-11-30", "when_date", "2017-11-30"),
        ("closure", "when", "akhir November 2017", "when_date", "2017-11-30"),
        ("closure", "agent", "Kementerian Sosial", "agent", "Kementerian Sosial"),
        ("aid", "number", "Rp7,5 juta", "number", 7_500_000),
        ("aid", "detail", "APBD", "detail", "APBD"),
        ("person", "name", " Budi  Santoso ", "name", "Budi Santoso"),
        ("person", "label", "Kepala Dinas", "label", "Kepala Dinas"),
    ],
)
def test_update_fact_accepts(
    built: Database, kind: str, field: str, value: str, column: str, expected: object
) -> None:
    fact = first_fact(built, kind)
    before = built.table("facts").get(fact.id)
    entry = correct(built, fact.id, field, value, actor="adm")
    after = built.table("facts").get(fact.id)
    assert after[column] == expected
    changed = {k for k in after if after[k] != before[k]}
    assert changed <= {column, f"{field}_text", "place_text", "approximate", "when_text"}
    assert entry.before == {"facts": [before]}
    assert entry.after == {"facts": [after]}
    assert (entry.target, entry.actor) == (f"fact:{fact.id}", "adm")
    store.undo_last(built, actor="adm")
    assert built.table("facts").get(fact.id) == before


@pytest.mark.parametrize(
    ("word", "status"), [("ditutup", "done"), ("akan", "planned"), ("belum", "pending")]
)
def test_update_fact_status_words(built: Database, word: str, status: str) -> None:
    fact = next(f for f in store.list_facts(built, kind="closure") if f.status != status)
    correct(built, fact.id, "status", word, actor="adm")
    assert store.get_fact(built, fact.id).status == status


def _ambiguous_name(db: Database) -> str:
    row = next(
        db.query(
            "SELECT alias FROM aliases GROUP BY alias HAVING COUNT(DISTINCT place_id) > 1 "
            "ORDER BY alias LIMIT 1"
        )
    )
    return str(row["alias"])


@pytest.mark.parametrize(
    ("kind", "field", "value", "says"),
    [
        ("closure", "quote", "lain", "tidak bisa diubah"),
        ("closure", "article_id", "x", "tidak bisa diubah"),
        ("closure", "id", "5", "tidak bisa diubah"),
        ("closure", "label", "x", "tidak dipakai fakta jenis closure"),
        ("definition", "place", "Kaltim", "tidak dipakai fakta jenis definition"),
        ("closure", "status", "mungkin", "Status 'mungkin' tidak dikenal"),
        ("closure", "place", "Atlantis", "tidak dikenal"),
        ("closure", "place", "<ambiguous>", "ambigu"),
        ("closure", "when", "kemarin sore", "tidak terbaca"),
        ("closure", "when", "2016-02-30", "tidak terbaca"),
        ("closure", "number", "banyak", "bukan angka"),
        ("closure", "number", "10000000000000000", "bukan angka"),
        ("person", "label", "x" * 301, "terlalu panjang"),
    ],
)
def test_update_fact_refuses(built: Database, kind: str, field: str, value: str, says: str) -> None:
    fact = first_fact(built, kind)
    if value == "<ambiguous>":
        value = _ambiguous_name(built)
    before = everything(built)
    with pytest.raises(InvalidInput, match=says):
        correct(built, fact.id, field, value, actor="adm")
    assert everything(built) == before


def test_update_fact_refuses_a_change_that_changes_nothing(built: Database) -> None:
    fact = first_fact(built, "closure")
    assert fact.number is not None
    before = everything(built)
    with pytest.raises(InvalidInput, match="Tidak ada yang berubah"):
        correct(built, fact.id, "number", str(fact.number), actor="adm")
    assert everything(built) == before
