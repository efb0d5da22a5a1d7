"""The store: schema, build, ingest, corrections, undo, export and backup, on real databases."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from knowledge import store
from knowledge.errors import DuplicateArticle, InvalidInput, KnowledgeError, NoFacts, NotFound
from knowledge.models import Fact
from knowledge.paths import BUNDLED_ARTICLES
from tests.knowledge.conftest import BUNDLED, CONTENT_TABLES, content, everything

FIRST = BUNDLED[0]
FIRST_ID = FIRST.stem
NO_FACTS = "Hari ini cuaca cerah di Jakarta.\n\nWarga berolahraga pagi di taman kota."


def first_fact(db: Database, kind: str) -> Fact:
    facts = store.list_facts(db, kind=kind)
    assert facts, f"the bundled articles should yield {kind} facts"
    return facts[0]


def audit_rows(db: Database) -> list[dict[str, Any]]:
    return list(db.query("SELECT * FROM audit ORDER BY id"))


# ---------------------------------------------------------------------------------- schema


def test_schema_tables_and_columns(fresh: Database) -> None:
    assert set(store.TABLES) <= set(fresh.table_names())
    assert fresh.journal_mode == "wal"
    assert store.schema_version(fresh) == store.SCHEMA_VERSION
    columns = set(fresh.table("facts").columns_dict)
    # Every Fact field has a column, under its own name or its mapped one: a new model field
    # without a migration fails here rather than vanishing on the way to the database.
    for field in Fact.model_fields:
        assert store.FACT_FIELD_COLUMN.get(field, field) in columns
    assert {"when_date", "when_text"} <= columns
    assert "when" not in columns
    assert set(fresh.table("articles").columns_dict) == set(store.ARTICLE_COLUMNS)
    assert fresh.table("sentences").pks == ["article_id", "id"]
    assert fresh.table("aliases").pks == ["alias", "place_id"]
    unique = {tuple(i.columns) for i in fresh.table("articles").indexes if i.unique}
    assert ("sha256",) in unique


def test_opening_again_applies_nothing_twice(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "kb.sqlite"  # parent folders are created
    store.open_db(path).close()
    db = store.open_db(path)
    applied = list(db.query("SELECT name FROM _sqlite_migrations"))
    assert applied == [{"name": "001_initial"}]
    assert store.schema_version(db) == 1
    db.close()


def test_a_change_is_refused_inside_another(fresh: Database) -> None:
    fresh.conn.execute("BEGIN")
    with pytest.raises(RuntimeError, match="already in progress"):
        store.undo_last(fresh, actor="t")
    fresh.rollback()


# ----------------------------------------------------------------------------------- build


def test_build_stores_every_bundled_article_with_cited_facts(built: Database) -> None:
    articles = store.list_articles(built)
    assert [a.id for a in articles] == [p.stem for p in BUNDLED]
    assert all(a.bundled and a.facts > 0 for a in articles)
    sentences = {(r["article_id"], r["id"]) for r in built.query("SELECT * FROM sentences")}
    places = {r["id"] for r in built.query("SELECT id FROM places")}
    seqs = {r["id"]: r["seq"] for r in built.query("SELECT id, seq FROM articles")}
    facts = list(built.query("SELECT * FROM facts"))
    assert facts
    for fact in facts:
        assert (fact["article_id"], fact["sentence_id"]) in sentences  # the citation resolves
        assert fact["place_id"] is None or fact["place_id"] in places
        assert fact["id"] // store.FACT_ID_BLOCK == seqs[fact["article_id"]]
    [entry] = store.audit_log(built)
    assert (entry.action, entry.actor) == ("build", "test:build")


def test_build_twice_gives_the_same_database(built: Database) -> None:
    before = content(built)
    report = store.build(built, actor="test:again")
    assert content(built) == before  # same rows, same fact ids, same added_at
    assert report.facts == len(before["facts"])
    assert [e.action for e in store.audit_log(built)] == ["build", "build"]


def test_two_fresh_builds_agree(tmp_path: Path, built: Database) -> None:
    other = store.open_db(tmp_path / "other.sqlite")
    store.build(other, actor="someone-else")

    def without_time(db: Database) -> dict[str, list[dict[str, Any]]]:
        rows = content(db)
        rows["articles"] = [{**r, "added_at": None} for r in rows["articles"]]
        return rows

    assert without_time(other) == without_time(built)
    other.close()


def test_build_reports_progress(fresh: Database) -> None:
    calls: list[tuple[int, int, str]] = []
    store.build(fresh, actor="t", progress=lambda *call: calls.append(call))
    assert calls == [(n, len(BUNDLED), p.stem) for n, p in enumerate(BUNDLED, start=1)]


def test_build_skips_unusable_bundled_files_and_keeps_the_rest(
    fresh: Database, some_articles: Path
) -> None:
    (some_articles / "900_binary.txt").write_bytes(b"\x00\x01\x02")
    (some_articles / "901_weather.txt").write_text(NO_FACTS, encoding="utf-8")
    shutil.copyfile(BUNDLED[1], some_articles / "902_copy.txt")
    report = store.build(fresh, some_articles, actor="t")
    reasons = {s.article_id: s.reason for s in report.skipped}
    assert set(reasons) == {"900_binary", "901_weather", "902_copy"}
    assert "bukan berkas teks" in reasons["900_binary"]
    assert "tidak memuat fakta" in reasons["901_weather"]
    assert BUNDLED[1].stem in reasons["902_copy"]
    assert report.articles == [p.stem for p in BUNDLED[1:]]


def test_rebuild_keeps_admin_articles_and_reapplies_corrections(
    partial: Database, some_articles: Path
) -> None:
    store.ingest_files(partial, [FIRST], actor="admin")
    closure = first_fact(partial, "closure")
    store.update_fact(partial, closure.id, "number", "999", actor="admin")
    store.remove_fact(partial, first_fact(partial, "person").id, actor="admin")
    store.remove_article(partial, BUNDLED[-1].stem, actor="admin")
    before = content(partial)

    report = store.build(partial, some_articles, actor="t")

    assert content(partial) == before
    assert len(report.replayed) == 2
    assert not report.not_replayed
    assert [s.article_id for s in report.skipped] == [BUNDLED[-1].stem]
    assert store.get_fact(partial, closure.id).number == 999
    assert not store.get_article(partial, FIRST_ID).bundled


def test_a_correction_the_new_extraction_no_longer_matches_is_reported(built: Database) -> None:
    fact = first_fact(built, "closure")
    entry = store.update_fact(built, fact.id, "number", "999", actor="admin")
    # As if the extractor now quoted the sentence differently.
    built.execute("UPDATE audit SET before = replace(before, ?, ?)", [fact.quote[:20], "XX"])
    report = store.build(built, actor="t")
    assert [m.audit_id for m in report.not_replayed] == [entry.id]
    assert store.get_fact(built, fact.id).number == fact.number


# ---------------------------------------------------------------------------------- ingest


def test_ingest_and_undo_round_trip(partial: Database) -> None:
    before = content(partial)
    report = store.ingest_text(partial, FIRST.read_text(encoding="utf-8"), "kaltim", actor="adm")
    [article] = report.articles
    assert article.id == "kaltim"
    assert article.facts > 0
    detail = store.get_article(partial, "kaltim")
    assert len(detail.facts) == article.facts
    assert detail.added_by == "adm"
    assert not detail.bundled
    assert {f.article_id for f in detail.facts} == {"kaltim"}
    entry = store.audit_log(partial, 1)[0]
    assert (entry.action, entry.target, entry.actor) == ("ingest", "article:kaltim", "adm")

    undo = store.undo_last(partial, actor="adm")
    assert undo.target == f"audit:{report.audit_id}"
    assert content(partial) == before  # places the article named or refined included
    assert store.audit_log(partial, 2)[1].undone_by == undo.id


def test_fact_ids_are_never_reused(partial: Database) -> None:
    text = FIRST.read_text(encoding="utf-8")

    def blocks() -> set[int]:
        return {f.id // store.FACT_ID_BLOCK for f in store.list_facts(partial, article_id="a")}

    store.ingest_text(partial, text, "a", actor="t")
    [first] = blocks()
    store.undo_last(partial, actor="t")
    store.ingest_text(partial, text, "a", actor="t")
    # The undone article's number is not handed out again, so no fact id means two facts.
    assert blocks() == {first + 1}


def test_ingest_files_is_all_or_nothing(partial: Database, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    shutil.copyfile(FIRST, good)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00l\x00o")
    before = everything(partial)
    with pytest.raises(InvalidInput, match=r"bad\.txt"):
        store.ingest_files(partial, [good, bad], actor="t")
    assert everything(partial) == before

    weather = tmp_path / "weather.txt"
    weather.write_text(NO_FACTS, encoding="utf-8")
    with pytest.raises(NoFacts, match=r"weather\.txt"):
        store.ingest_files(partial, [good, weather], actor="t")
    assert everything(partial) == before

    report = store.ingest_files(partial, [good], actor="t")
    assert [a.id for a in report.articles] == ["good"]


def test_ingest_several_files_in_one_change(fresh: Database) -> None:
    report = store.ingest_files(fresh, BUNDLED[:3], actor="t")
    assert [a.id for a in report.articles] == [p.stem for p in BUNDLED[:3]]
    assert [e.action for e in store.audit_log(fresh)] == ["ingest"]
    store.undo_last(fresh, actor="t")
    assert store.list_articles(fresh) == []


def _bad_inputs(tmp_path: Path) -> dict[str, Any]:
    files = {
        "empty.txt": b"",
        "spaces.txt": b"   \n\n\t  ",
        "binary.txt": b"GIF89a\x01\x00\x01\x00\x00\xff\x00",
        "latin1.txt": "Lokalisasi ditutup, kata Señora".encode("latin-1"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(2_000_000)
    return {name: tmp_path / name for name in files} | {"big.txt": big}


BAD_INGESTS = [
    pytest.param("file", "empty.txt", InvalidInput, "kosong", id="empty-file"),
    pytest.param("file", "spaces.txt", InvalidInput, "spasi", id="whitespace-file"),
    pytest.param("file", "binary.txt", InvalidInput, "GIF", id="binary-file"),
    pytest.param("file", "latin1.txt", InvalidInput, "UTF-8", id="not-utf8"),
    pytest.param("file", "big.txt", InvalidInput, "terlalu besar", id="over-1mb"),
    pytest.param("file", "missing.txt", InvalidInput, "tidak ditemukan", id="missing-file"),
    pytest.param("text", "", InvalidInput, "kosong", id="empty-text"),
    pytest.param("text", " \n ", InvalidInput, "spasi", id="whitespace-text"),
    pytest.param("text", NO_FACTS, NoFacts, "tidak memuat fakta", id="no-facts"),
    pytest.param("same-id", None, DuplicateArticle, "sudah ada", id="same-id"),
    pytest.param("same-text", None, DuplicateArticle, "sudah ada sebagai artikel", id="same-text"),
    pytest.param("bad-id", None, InvalidInput, "ID artikel", id="bad-id"),
]


@pytest.mark.parametrize(("how", "what", "error", "says"), BAD_INGESTS)
def test_bad_input_leaves_the_store_exactly_as_it_was(
    kb_file: Path, tmp_path: Path, how: str, what: Any, error: type[Exception], says: str
) -> None:
    files = _bad_inputs(tmp_path)
    original = kb_file.read_bytes()
    db = store.open_db(kb_file)
    before = everything(db)
    text = BUNDLED[1].read_text(encoding="utf-8")
    attempts = {
        "file": lambda: store.ingest_files(db, [files.get(what, tmp_path / what)], actor="t"),
        "text": lambda: store.ingest_text(db, what, "baru", actor="t"),
        "same-id": lambda: store.ingest_text(db, "Lain: " + text, BUNDLED[1].stem, actor="t"),
        "same-text": lambda: store.ingest_text(db, text, "salinan", actor="t"),
        "bad-id": lambda: store.ingest_text(db, text, "dua kata", actor="t"),
    }
    with pytest.raises(error, match=says):
        attempts[how]()
    assert everything(db) == before
    db.close()
    assert kb_file.read_bytes() == original


# ------------------------------------------------------------------------- reads, filters


def test_list_facts_filters(built: Database) -> None:
    everything_ = store.list_facts(built)
    article = BUNDLED[2].stem
    by_article = store.list_facts(built, article_id=article)
    assert by_article
    assert {f.article_id for f in by_article} == {article}
    aid = store.list_facts(built, kind="aid")
    assert aid
    assert {f.kind for f in aid} == {"aid"}
    found = store.list_facts(built, keyword="KALTIM")
    assert found == store.list_facts(built, keyword="kaltim")
    assert 0 < len(found) < len(everything_)
    assert store.list_facts(built, kind="aid", keyword="zzzz-tidak-ada") == []
    assert [f.id for f in everything_] == sorted(f.id for f in everything_)


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda db: store.list_facts(db, kind="gossip"), InvalidInput),
        (lambda db: store.list_facts(db, article_id="nope"), NotFound),
        (lambda db: store.get_article(db, "nope"), NotFound),
        (lambda db: store.get_fact(db, 1), NotFound),
        (lambda db: store.remove_article(db, "nope", actor="t"), NotFound),
        (lambda db: store.remove_fact(db, 1, actor="t"), NotFound),
        (lambda db: store.update_fact(db, 1, "number", "3", actor="t"), NotFound),
        (lambda db: store.remove_article(db, BUNDLED[0].stem, actor="  "), InvalidInput),
    ],
)
def test_requests_for_what_is_not_there(built: Database, call: Any, error: type) -> None:
    before = everything(built)
    with pytest.raises(error):
        call(built)
    assert everything(built) == before


# ------------------------------------------------------------------- removal and undo


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


def test_undo_walks_back_one_change_at_a_time_across_restarts(kb_file: Path) -> None:
    db = store.open_db(kb_file)
    states = [content(db)]
    fact = first_fact(db, "closure")
    store.update_fact(db, fact.id, "number", "7", actor="a")
    states.append(content(db))
    store.remove_fact(db, fact.id, actor="b")
    states.append(content(db))
    store.remove_article(db, BUNDLED[3].stem, actor="c")
    db.close()

    for expected in reversed(states):
        db = store.open_db(kb_file)  # a restart between each undo
        store.undo_last(db, actor="d")
        assert content(db) == expected
        db.close()
    db = store.open_db(kb_file)
    with pytest.raises(NotFound, match="Tidak ada perubahan"):
        store.undo_last(db, actor="d")
    actions = [(e.action, e.undone_by is not None) for e in reversed(store.audit_log(db))]
    assert actions == [
        ("build", False),
        ("update_fact", True),
        ("remove_fact", True),
        ("remove_article", True),
        ("undo", False),
        ("undo", False),
        ("undo", False),
    ]
    db.close()


def test_undo_refuses_when_the_rows_changed_since(built: Database) -> None:
    fact = first_fact(built, "closure")
    store.update_fact(built, fact.id, "number", "7", actor="a")
    built.execute("UPDATE facts SET number = 8 WHERE id = ?", [fact.id])  # someone else's edit
    before = everything(built)
    with pytest.raises(store.UndoConflictError, match="sudah berubah"):
        store.undo_last(built, actor="a")
    assert everything(built) == before


def test_undo_of_a_removal_after_the_text_came_back_is_refused(built: Database) -> None:
    path = BUNDLED[1]
    store.remove_article(built, path.stem, actor="a")
    assert path.stem not in {a.id for a in store.list_articles(built)}
    store.ingest_files(built, [path], actor="a")
    store.undo_last(built, actor="a")  # the ingest
    store.ingest_text(built, path.read_text(encoding="utf-8"), "copy", actor="a")
    built.execute("UPDATE audit SET undone_by = 1 WHERE action = 'ingest' AND undone_by IS NULL")
    with pytest.raises(store.UndoConflictError, match="sudah ada lagi sebagai artikel copy"):
        store.undo_last(built, actor="a")


# ------------------------------------------------------------------------ update_fact


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
    entry = store.update_fact(built, fact.id, field, value, actor="adm")
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
    store.update_fact(built, fact.id, "status", word, actor="adm")
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
        store.update_fact(built, fact.id, field, value, actor="adm")
    assert everything(built) == before


def test_update_fact_refuses_a_change_that_changes_nothing(built: Database) -> None:
    fact = first_fact(built, "closure")
    assert fact.number is not None
    before = everything(built)
    with pytest.raises(InvalidInput, match="Tidak ada yang berubah"):
        store.update_fact(built, fact.id, "number", str(fact.number), actor="adm")
    assert everything(built) == before


# ----------------------------------------------------------------------- export, backup


def test_export_is_json_with_everything_needed_to_cite(built: Database) -> None:
    store.remove_fact(built, first_fact(built, "aid").id, actor="adm")
    data = json.loads(json.dumps(store.export(built)))
    assert [a["id"] for a in data["articles"]] == [p.stem for p in BUNDLED]
    assert all(a["raw"] for a in data["articles"])
    assert len(data["facts"]) == built.table("facts").count
    place_ids = {p["id"] for p in data["places"]}
    assert {f["place_id"] for f in data["facts"] if f["place_id"]} <= place_ids
    assert all(p["parent_id"] is None or p["parent_id"] in place_ids for p in data["places"])
    assert [e["action"] for e in data["audit"]] == ["build", "remove_fact"]
    assert "when" in data["facts"][0]
    assert data["schema_version"] == store.SCHEMA_VERSION


def test_backup_is_a_consistent_single_file(built: Database, tmp_path: Path) -> None:
    expected = everything(built)
    # Another connection (the bot, say) is half-way through a write while the backup runs.
    other = sqlite3.connect(store.db_file(built) or "")
    other.execute("BEGIN IMMEDIATE")
    other.execute("DELETE FROM facts")
    path = store.backup(built, tmp_path / "backups" / "kb.sqlite")
    other.rollback()
    other.close()

    assert not Path(f"{path}-wal").exists()
    copy = Database(path)
    assert copy.journal_mode == "delete"
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert everything(copy) == expected
    copy.close()
    assert not list(path.parent.glob(".*partial"))


def test_backup_into_a_folder_and_never_onto_itself(built: Database, tmp_path: Path) -> None:
    path = store.backup(built, tmp_path)
    assert path.parent == tmp_path
    assert re.fullmatch(r"kb-\d{8}-\d{6}\.sqlite", path.name)
    source = store.db_file(built)
    assert source is not None
    with pytest.raises(InvalidInput, match="sama dengan"):
        store.backup(built, source)


def test_every_error_a_person_sees_is_a_knowledge_error() -> None:
    assert issubclass(store.UndoConflictError, KnowledgeError)
    assert issubclass(store.BrokenExtractionError, KnowledgeError)


def test_bundled_folder_is_the_default() -> None:
    assert BUNDLED
    assert all(p.parent == BUNDLED_ARTICLES for p in BUNDLED)
    assert CONTENT_TABLES == ("articles", "sentences", "facts", "places", "aliases")


# ------------------------------------------------------------------- failures mid-change


def test_a_build_that_fails_half_way_changes_nothing(built: Database) -> None:
    store.remove_fact(built, first_fact(built, "aid").id, actor="adm")
    before = everything(built)

    def interrupt(done: int, total: int, article_id: str) -> None:
        if done == 3:  # places re-seeded, two articles stored by now
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.build(built, actor="t", progress=interrupt)
    assert everything(built) == before


def test_an_undo_that_fails_half_way_changes_nothing(built: Database) -> None:
    fact = next(f for f in store.list_facts(built) if f.place_id)
    store.remove_fact(built, fact.id, actor="adm")
    # As if the place had vanished since (a rebuild without the article that named it).
    built.execute("DELETE FROM places WHERE id = ?", [fact.place_id])
    before = everything(built)
    with pytest.raises(store.UndoConflictError, match="sudah tidak ada"):
        store.undo_last(built, actor="adm")  # fails after putting the fact back
    assert everything(built) == before
