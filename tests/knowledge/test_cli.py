"""`python -m knowledge` run as a person or a script would: a subprocess on a real file."""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from knowledge import cli, store
from tests.knowledge.conftest import BUNDLED, everything

REPO = Path(__file__).resolve().parents[2]
FIRST = BUNDLED[0]


def run(kb: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the CLI against the knowledge base at `kb`, as user "tester"."""
    env = {**os.environ, "KB_PATH": str(kb), "USER": "tester", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "knowledge", *args],
        cwd=REPO,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def ok(kb: Path, *args: str, stdin: str | None = None) -> Any:
    """Run with --json, expect success, return the parsed output."""
    result = run(kb, *args, "--json", stdin=stdin)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def history(kb: Path) -> list[dict[str, Any]]:
    db = Database(kb)
    rows = list(db.query("SELECT id, actor, action, target, undone_by FROM audit ORDER BY id"))
    db.close()
    return rows


def test_build_on_a_new_file_then_read(tmp_path: Path) -> None:
    kb = tmp_path / "nested" / "data" / "kb.sqlite"
    result = run(kb, "build")
    assert result.returncode == 0, result.stderr
    assert "Selesai" in result.stdout
    assert f"membangun 1/{len(BUNDLED)}: {BUNDLED[0].stem}" in result.stderr
    assert f"membangun {len(BUNDLED)}/{len(BUNDLED)}" in result.stderr

    articles = ok(kb, "articles")
    assert [a["id"] for a in articles] == [p.stem for p in BUNDLED]
    assert all(a["facts"] > 0 for a in articles)
    article = BUNDLED[1].stem
    facts = ok(kb, "facts", "--article", article)
    assert facts
    assert {f["article_id"] for f in facts} == {article}
    assert {f["kind"] for f in ok(kb, "facts", "--kind", "aid")} == {"aid"}
    shown = ok(kb, "show", article)
    assert shown["article"]["id"] == article
    assert len(shown["facts"]) == len(facts)
    [entry] = ok(kb, "history")
    assert (entry["action"], entry["actor"]) == ("build", "cli:tester")
    assert "before" not in entry


def test_human_output_is_readable(kb_file: Path) -> None:
    listing = run(kb_file, "articles")
    assert listing.returncode == 0
    assert BUNDLED[0].stem in listing.stdout
    assert "fakta" in listing.stdout
    fact_id = ok(kb_file, "facts")[0]["id"]
    facts = run(kb_file, "facts", "--search", "lokalisasi")
    assert str(fact_id) in facts.stdout
    assert re.search(r"\(\d+ fakta\)", facts.stderr)
    assert "Kalimat:" in run(kb_file, "show", BUNDLED[0].stem).stdout
    assert "build" in run(kb_file, "history").stdout


def test_ingest_remove_and_undo_write_the_audit(kb_file: Path) -> None:
    first = FIRST.stem
    removed = ok(kb_file, "remove", first, "--actor", "admin:42")
    assert (removed["action"], removed["actor"]) == ("remove_article", "admin:42")
    added = ok(kb_file, "ingest", str(FIRST))
    assert [a["id"] for a in added["articles"]] == [first]
    assert added["facts"] > 0
    fact = ok(kb_file, "facts", "--article", first, "--kind", "closure")[0]
    changed = ok(kb_file, "update-fact", str(fact["id"]), "number=4321")
    assert changed["after"]["facts"][0]["number"] == 4321
    ok(kb_file, "remove-fact", str(fact["id"]))
    undone = ok(kb_file, "undo")
    assert undone["action"] == "undo"
    assert ok(kb_file, "facts", "--article", first, "--kind", "closure")[0]["number"] == 4321

    rows = history(kb_file)
    assert [(r["action"], r["actor"]) for r in rows] == [
        ("build", "test:build"),
        ("remove_article", "admin:42"),
        ("ingest", "cli:tester"),
        ("update_fact", "cli:tester"),
        ("remove_fact", "cli:tester"),
        ("undo", "cli:tester"),
    ]
    assert rows[4]["undone_by"] == rows[5]["id"]
    assert undone["target"] == f"audit:{rows[4]['id']}"


def test_ingest_from_stdin(kb_file: Path) -> None:
    text = "Catatan redaksi: dimuat ulang.\n" + FIRST.read_text(encoding="utf-8")
    added = ok(kb_file, "ingest", "-", "--id", "dimuat-ulang", stdin=text)
    assert [a["id"] for a in added["articles"]] == ["dimuat-ulang"]


def _bad_file(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"{kind}.txt"
    data = {
        "empty": b"",
        "spaces": b" \n\t\n",
        "binary": b"\x00\x01\x02\x03 biner",
        "latin1": "Pemda menutup lokalisasi, kata Seńor".encode("cp1250"),
        "nofacts": b"Hari ini cuaca cerah di Jakarta.\n\nWarga berolahraga di taman.",
    }.get(kind)
    if data is None:
        return BUNDLED[1]  # already in the knowledge base
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("kind", "says"),
    [
        ("empty", "kosong"),
        ("spaces", "spasi"),
        ("binary", "bukan berkas teks"),
        ("latin1", "bukan teks UTF-8"),
        ("nofacts", "tidak memuat fakta"),
        ("duplicate", "sudah ada"),
    ],
)
def test_bad_ingest_exits_1_and_changes_nothing(
    kb_file: Path, tmp_path: Path, kind: str, says: str
) -> None:
    path = _bad_file(tmp_path, kind)
    original = kb_file.read_bytes()
    result = run(kb_file, "ingest", str(path))
    assert result.returncode == 1
    assert says in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert kb_file.read_bytes() == original
    assert not Path(f"{kb_file}-wal").exists()


def test_multi_file_ingest_is_all_or_nothing(kb_file: Path, tmp_path: Path) -> None:
    ok(kb_file, "remove", FIRST.stem)
    db = Database(kb_file)
    before = everything(db)
    db.close()
    result = run(kb_file, "ingest", str(FIRST), str(_bad_file(tmp_path, "binary")))
    assert result.returncode == 1
    assert "binary.txt" in result.stderr
    db = Database(kb_file)
    assert everything(db) == before
    db.close()


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["frobnicate"],
        ["update-fact", "1001", "number"],
        ["update-fact", "1001", "=3"],
        ["remove-fact", "satu"],
        ["ingest"],
        ["ingest", "a.txt", "b.txt", "--id", "x"],
        ["ingest", "-"],
        ["facts", "--kind", "gossip"],
        ["history", "--limit", "banyak"],
    ],
)
def test_usage_errors_exit_2_and_change_nothing(kb_file: Path, args: list[str]) -> None:
    original = kb_file.read_bytes()
    result = run(kb_file, *args)
    assert result.returncode == 2, result.stderr
    assert kb_file.read_bytes() == original


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["show", "tidak-ada"], "tidak ada"),
        (["remove", "tidak-ada"], "tidak ada"),
        (["remove-fact", "1"], "Fakta 1 tidak ada"),
        (["update-fact", "1001", "quote=x"], "tidak bisa diubah"),
        (["facts", "--article", "tidak-ada"], "tidak ada"),
    ],
)
def test_refusals_exit_1_with_a_message(kb_file: Path, args: list[str], says: str) -> None:
    original = kb_file.read_bytes()
    result = run(kb_file, *args)
    assert result.returncode == 1
    assert says in result.stderr
    assert kb_file.read_bytes() == original


def test_db_option_and_a_file_that_is_not_a_database(kb_file: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "unused.sqlite"
    listed = run(elsewhere, "articles", "--json", "--db", str(kb_file))
    assert len(json.loads(listed.stdout)) == len(BUNDLED)
    assert not elsewhere.exists()
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"bukan sqlite " * 100)
    result = run(garbage, "articles")
    assert result.returncode == 1
    assert "bukan basis pengetahuan" in result.stderr
    assert garbage.read_bytes() == b"bukan sqlite " * 100


def test_undo_with_nothing_to_undo(kb_file: Path) -> None:
    result = run(kb_file, "undo")
    assert result.returncode == 1
    assert "Tidak ada perubahan yang bisa dibatalkan" in result.stderr


def test_export_to_a_file_and_to_stdout(kb_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "kb.json"
    result = run(kb_file, "export", "--output", str(target))
    assert result.returncode == 0, result.stderr
    data = json.loads(target.read_text(encoding="utf-8"))
    assert set(data) >= {"articles", "facts", "places", "audit", "schema_version"}
    assert len(data["articles"]) == len(BUNDLED)
    assert ok(kb_file, "export")["facts"] == data["facts"]


def test_backup(kb_file: Path, tmp_path: Path) -> None:
    dest = tmp_path / "backup.sqlite"
    assert ok(kb_file, "backup", str(dest)) == {"path": str(dest)}
    copy = Database(dest)
    original = Database(kb_file)
    assert everything(copy) == everything(original)
    copy.close()
    original.close()
    assert "Cadangan ditulis" in run(kb_file, "backup", str(tmp_path)).stdout


def test_every_command_is_documented() -> None:
    parser = cli.build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    doc = cli.__doc__ or ""
    for name in commands.choices:
        assert f"python -m knowledge {name}" in doc, name
    assert set(store.EDITABLE_FIELDS) <= set(
        re.findall(r"[a-z]+", commands.choices["update-fact"].format_help())
    )
