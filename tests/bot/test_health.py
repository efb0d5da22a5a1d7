"""`python -m bot health`, the container's healthcheck: healthy only with a readable, full base."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from bot.cli import main
from bot.health import check, run_health


def _base(path: Path, articles: int, facts: int) -> Path:
    with sqlite3.connect(path) as connection:
        connection.execute("create table articles (id text primary key)")
        connection.execute("create table facts (id integer primary key)")
        connection.executemany(
            "insert into articles values (?)", [(f"a{n}",) for n in range(articles)]
        )
        connection.executemany("insert into facts values (?)", [(n,) for n in range(facts)])
    connection.close()
    return path


def test_missing_file_is_unhealthy(tmp_path: Path) -> None:
    health = check(tmp_path / "kb.sqlite")
    assert not health.ok
    assert "belum ada basis pengetahuan" in health.message


def test_a_file_that_is_not_a_knowledge_base_is_unhealthy(tmp_path: Path) -> None:
    garbage = tmp_path / "kb.sqlite"
    garbage.write_bytes(b"bukan sqlite" * 100)
    assert not check(garbage).ok
    empty = tmp_path / "empty.sqlite"
    sqlite3.connect(empty).close()
    assert "tidak bisa dibaca" in check(empty).message


def test_a_base_without_articles_is_unhealthy(tmp_path: Path) -> None:
    assert not check(_base(tmp_path / "kb.sqlite", 0, 0)).ok


def test_a_filled_base_is_healthy_and_left_untouched(tmp_path: Path) -> None:
    path = _base(tmp_path / "kb.sqlite", 5, 78)
    before = path.read_bytes()
    health = check(path)
    assert health.ok
    assert (health.articles, health.facts) == (5, 78)
    assert path.read_bytes() == before, "read-only"
    out = io.StringIO()
    assert run_health(path, out) == 0
    assert out.getvalue().startswith("sehat: 5 artikel, 78 fakta")


def test_the_command_reads_kb_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no developer's .env
    monkeypatch.setenv("KB_PATH", str(tmp_path / "missing.sqlite"))
    assert main(["health"]) == 1
    monkeypatch.setenv("KB_PATH", str(_base(tmp_path / "kb.sqlite", 1, 1)))
    assert main(["health"]) == 0
