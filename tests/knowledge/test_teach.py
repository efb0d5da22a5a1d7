"""Facts admins teach from a sentence of the article: found or refused, audited, undone, and
kept across rebuilds — on a real built knowledge base."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlite_utils import Database

from knowledge import admin_input, store, teach
from knowledge.audit import AuditEntry
from knowledge.errors import InvalidInput, NotFound
from knowledge.index import load_kb
from tests.knowledge.conftest import content
from tests.knowledge.test_cli import run

KALTIM = "000_a4ac51ac81643967"
SENTENCE = "Terbanyak berada di Provinsi Jawa Barat dengan jumlah PSK mencapai 21 ribu orang."


def add_typed(
    db: Database, article_id: str, kind: str, quote: str, fields: dict[str, str]
) -> AuditEntry:
    """Teach a fact as both shells do: read the typed fields, then add the fact."""
    changes = admin_input.parse_fact_fields(kind, fields)
    return teach.add_fact(db, article_id, kind, quote, changes, actor="test:admin")


def teach_jabar(db: Database, quote: str = SENTENCE) -> int:
    entry = add_typed(db, KALTIM, "count", quote, {"number": "21 ribu", "place": "Jawa Barat"})
    return int(entry.target.removeprefix("fact:"))


@pytest.mark.parametrize(
    "quote",
    [
        SENTENCE,
        "jawa barat dengan jumlah psk mencapai 21 ribu",  # part of it, other case
        "Terbanyak  berada di Provinsi Jawa Barat, dengan jumlah PSK mencapai 21 ribu orang",
        "Provinsi “Jawa Barat” dengan jumlah PSK mencapai 21 ribu orang!",  # other punctuation
    ],
)
def test_a_quote_from_the_article_adds_a_cited_fact(built: Database, quote: str) -> None:
    fact_id = teach_jabar(built, quote)
    fact = store.get_fact(built, fact_id)
    assert fact.kind == "count"
    assert fact.number == 21_000
    assert fact.place_id == "32"  # Jawa Barat
    assert fact.quote == SENTENCE, "the article's own sentence, not the admin's words"
    assert fact.sentence_id == 9
    assert str(fact.as_of) == "2016-06-01"
    seq = built.table("articles").get(KALTIM)["seq"]
    assert fact_id == seq * store.FACT_ID_BLOCK + store.FACT_ID_BLOCK - 1
    entry = store.audit_log(built, 1)[0]
    assert (entry.action, entry.actor) == ("add_fact", "test:admin")
    assert teach.added_fact_ids(built) == {fact_id}


@pytest.mark.parametrize(
    ("article", "quote", "fields", "message"),
    [
        (
            KALTIM,
            "Jawa Timur dengan jumlah PSK mencapai 21 ribu orang",
            {"number": "1"},
            "tidak ditemukan",
        ),
        (KALTIM, "PSK 21 ribu", {"number": "1"}, "terlalu pendek"),
        (KALTIM, SENTENCE, {}, "Sebutkan isi faktanya"),
        (KALTIM, SENTENCE, {"status": "done"}, "tidak dipakai fakta jenis count"),
        (KALTIM, SENTENCE, {"number": "banyak sekali"}, "bukan angka"),
        (KALTIM, SENTENCE, {"place": "Atlantis"}, "tidak dikenal"),
        ("tidak-ada", SENTENCE, {"number": "1"}, "tidak ada di basis pengetahuan"),
    ],
)
def test_refusals_change_nothing(
    built: Database, article: str, quote: str, fields: dict[str, str], message: str
) -> None:
    before = content(built)
    log = store.audit_log(built, None)
    with pytest.raises((InvalidInput, NotFound), match=message):
        add_typed(built, article, "count", quote, fields)
    assert content(built) == before
    assert store.audit_log(built, None) == log


def test_undo_takes_the_fact_away(built: Database) -> None:
    before = content(built)
    teach_jabar(built)
    undo = store.undo_last(built, actor="test:admin")
    assert undo.summary.startswith("membatalkan")
    assert content(built) == before
    assert teach.added_fact_ids(built) == set()


def test_a_rebuild_keeps_the_fact_and_undo_does_not_reach_past_it(built: Database) -> None:
    fact_id = teach_jabar(built)
    row = built.table("facts").get(fact_id)
    report = store.build(built, actor="test:rebuild")
    assert report.not_replayed == []
    assert built.table("facts").get(fact_id) == row
    path = Path(built.conn.execute("PRAGMA database_list").fetchone()[2])
    assert any(f.id == fact_id for f in load_kb(path).facts)
    # The latest change is the build: undo refuses rather than skip it (and says why).
    with pytest.raises(NotFound, match="build"):
        store.undo_last(built, actor="test:admin")
    assert built.table("facts").get(fact_id) == row


def test_a_correction_of_an_added_fact_is_replayed_too(built: Database) -> None:
    fact_id = teach_jabar(built)
    edit = admin_input.parse_fact_edit(fact_id, "number", "21.500")
    store.update_fact(built, edit, actor="test:admin")
    store.build(built, actor="test:rebuild")
    assert store.get_fact(built, fact_id).number == 21_500


def test_cli_add_fact_and_facts_mark_it(kb_file: Path) -> None:
    done = run(
        kb_file,
        "add-fact",
        KALTIM,
        "count",
        SENTENCE,
        "number=21 ribu",
        "place=Jawa Barat",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    entry = json.loads(done.stdout)
    assert entry["action"] == "add_fact"
    listed = run(kb_file, "facts", "--article", KALTIM).stdout
    assert "(ditambahkan admin)" in listed
    refused = run(
        kb_file, "add-fact", KALTIM, "count", "kalimat yang tidak ada di artikel ini", "number=5"
    )
    assert refused.returncode == 1
    assert "tidak ditemukan" in refused.stderr
    assert run(kb_file, "undo").returncode == 0
    assert "(ditambahkan admin)" not in run(kb_file, "facts", "--article", KALTIM).stdout
