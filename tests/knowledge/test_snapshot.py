"""The loaded knowledge base kept in the cache folder: used while current, never stale."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from knowledge import admin_input, index, snapshot, store
from knowledge.index import KnowledgeBase, load_kb, read_kb
from tests.conftest import FIXTURE_ARTICLES


def _content(kb: KnowledgeBase) -> tuple[object, ...]:
    """What a knowledge base knows, in comparable form."""
    return (
        sorted(kb.articles),
        [(f.id, f.kind, f.number, f.place_id, f.sentence_id, f.status) for f in kb.facts],
        sorted(kb.sentences),
        kb.names,
        kb.corrections,
    )


@pytest.fixture
def kb_file(built_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the built bundled base, with a cache folder of the test's own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = tmp_path / "kb.sqlite"
    shutil.copy(built_kb, path)
    return path


def _copies() -> list[Path]:
    return sorted(snapshot.cache_dir().glob(f"*{snapshot.SUFFIX}"))


def _reads_counted(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Count the loads that read the store itself (`read_kb`) from now on."""
    reads: list[Path] = []

    def counted(path: Path) -> KnowledgeBase:
        reads.append(path)
        return read_kb(path)

    monkeypatch.setattr(index, "read_kb", counted)
    return reads


def test_a_second_start_loads_the_copy(kb_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_kb(kb_file)
    assert len(_copies()) == 1
    reads = _reads_counted(monkeypatch)
    second = load_kb(kb_file)
    assert reads == [], "the unchanged file was read again instead of its copy"
    assert _content(second) == _content(first)
    assert second.facts, "the bundled base has facts"


def test_what_is_keyed_by_the_objects_is_made_again_for_the_copy_s(
    kb_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_kb(kb_file)
    reads = _reads_counted(monkeypatch)
    copy = load_kb(kb_file)
    assert reads == []
    people = copy.by_kind["person"]
    assert people, "the bundled base names people"
    # Keyed by each loaded fact itself, not by the objects of the process that made the copy.
    assert set(copy.folded) == {id(fact) for fact in people}
    assert copy.memo == {}


def test_a_correction_is_never_hidden_by_the_copy(kb_file: Path) -> None:
    before = load_kb(kb_file)
    fact = next(f for f in before.facts if f.kind == "count" and f.number)
    db = store.open_db(kb_file)
    try:
        edit = admin_input.read_fact_edit(db, fact.id, "number", str(fact.number + 7))
        store.update_fact(db, edit, actor="test:admin")
    finally:
        db.close()
    after = load_kb(kb_file)
    assert next(f for f in after.facts if f.id == fact.id).number == fact.number + 7
    assert fact.id in after.corrections


def test_a_file_rebuilt_within_the_same_second_is_read_anew(
    kb_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Both builds write audit row 1 at the same time: only what the files hold tells them apart.
    monkeypatch.setattr("knowledge.audit.now", lambda: "2026-01-05T08:00:00+00:00")
    for path in kb_file.parent.glob("kb.sqlite*"):
        path.unlink()
    db = store.open_db(kb_file)
    store.build(db, actor="test:build")
    db.close()
    bundled = load_kb(kb_file)
    for path in kb_file.parent.glob("kb.sqlite*"):
        path.unlink()
    db = store.open_db(kb_file)
    store.build(db, FIXTURE_ARTICLES, actor="test:build")
    db.close()
    rebuilt = load_kb(kb_file)
    assert sorted(rebuilt.articles) == sorted(read_kb(kb_file).articles)
    assert sorted(rebuilt.articles) != sorted(bundled.articles)


def test_a_damaged_copy_is_read_past_and_made_again(
    kb_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _content(load_kb(kb_file))
    (copy,) = _copies()
    whole = copy.read_bytes()
    copy.write_bytes(whole[: len(whole) // 2])
    assert _content(load_kb(kb_file)) == expected
    assert len(copy.read_bytes()) > len(whole) // 2, "the damaged copy was not made again"
    reads = _reads_counted(monkeypatch)
    load_kb(kb_file)
    assert reads == []


def test_changed_code_does_not_load_an_old_copy(
    kb_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_kb(kb_file)
    monkeypatch.setattr(snapshot, "_code_key", lambda: "a newer version of the package")
    reads = _reads_counted(monkeypatch)
    load_kb(kb_file)
    assert reads == [kb_file]


def test_a_cache_folder_that_cannot_be_written_only_costs_time(
    kb_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert _content(load_kb(kb_file)) == _content(read_kb(kb_file))
    assert blocked.read_text() == "a file where the cache folder would be"


def test_only_the_newest_copies_are_kept(
    built_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    for n in range(snapshot.KEPT + 2):
        path = tmp_path / f"kb{n}.sqlite"
        shutil.copy(built_kb, path)
        load_kb(path)
    assert len(_copies()) == snapshot.KEPT
