"""Filling the store: build, rebuild with corrections replayed, ingest and its refusals."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from knowledge import intake, store
from knowledge.errors import DuplicateArticle, InvalidInput, KnowledgeError, NoFacts
from knowledge.paths import BUNDLED_ARTICLES
from tests.knowledge.conftest import BUNDLED, CONTENT_TABLES, content, everything
from tests.knowledge.test_store.conftest import (
    FIRST,
    FIRST_ID,
    NO_FACTS,
    correct,
    first_fact,
)


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
    correct(partial, closure.id, "number", "999", actor="admin")
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
    entry = correct(built, fact.id, "number", "999", actor="admin")
    # As if the extractor now quoted the sentence differently.
    built.execute("UPDATE audit SET before = replace(before, ?, ?)", [fact.quote[:20], "XX"])
    report = store.build(built, actor="t")
    assert [m.audit_id for m in report.not_replayed] == [entry.id]
    assert store.get_fact(built, fact.id).number == fact.number


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


MENTIONS_IN_LOWER_CASE = """Warga Keluhkan Taman Asri Masih Buka

KUALA KAPUAS, wartasungai.com – Taman Asri yang akrab disebut kembang sore di Jalan Trans
Kalimantan, Kecamatan Selat, Kabupaten Kapuas, sampai sekarang masih ramai dikunjungi tamu.

Padahal kompleks lokalisasi ini sudah ditutup oleh Pemerintah Kabupaten Kapuas pada Kamis 12
Maret 2020 lalu.
"""
NAMES_IT = """Dinsos Data Pekerja Seks di Kapuas

PALANGKA RAYA, kabarkalteng.id – Dinas Sosial Kalimantan Tengah mendata 40 pekerja seks komersial
di lokalisasi Kembang Sore, Kabupaten Kapuas, Senin (2/3/2020).
"""


def test_a_batch_reads_the_article_naming_a_lokalisasi_before_one_mentioning_it(
    fresh: Database,
) -> None:
    # The lower-case mention comes first in the batch, yet its closing is the lokalisasi's.
    batch = [
        intake.from_text(MENTIONS_IN_LOWER_CASE, "taman-asri"),
        intake.from_text(NAMES_IT, "data-dinsos"),
    ]
    report = store.ingest(fresh, batch, actor="t")
    assert [a.id for a in report.articles] == ["taman-asri", "data-dinsos"]
    closings = list(
        fresh.query(
            "SELECT p.name FROM facts f JOIN places p ON p.id = f.place_id "
            "WHERE f.kind = 'closure' AND f.article_id = 'taman-asri'"
        )
    )
    assert closings == [{"name": "Kembang Sore"}]


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


def test_a_build_that_fails_half_way_changes_nothing(built: Database) -> None:
    store.remove_fact(built, first_fact(built, "aid").id, actor="adm")
    before = everything(built)

    def interrupt(done: int, total: int, article_id: str) -> None:
        if done == 3:  # places re-seeded, two articles stored by now
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.build(built, actor="t", progress=interrupt)
    assert everything(built) == before


def test_every_error_a_person_sees_is_a_knowledge_error() -> None:
    assert issubclass(store.UndoConflictError, KnowledgeError)
    assert issubclass(store.BrokenExtractionError, KnowledgeError)


def test_bundled_folder_is_the_default() -> None:
    assert BUNDLED
    assert all(p.parent == BUNDLED_ARTICLES for p in BUNDLED)
    assert CONTENT_TABLES == ("articles", "sentences", "facts", "places", "aliases")
