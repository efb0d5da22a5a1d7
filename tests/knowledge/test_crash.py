"""kill -9 during an ingest: the change either happened whole or not at all, and nothing is stuck.

`python -m knowledge ingest` runs as a real process and is killed with SIGKILL — no handler, no
clean-up, the way the kernel's OOM killer or a power cut ends it:

- inside its write transaction, every row written and the audit entry recorded, just before
  COMMIT (a stand-in for `record` pauses there): nothing of it may remain;
- right after COMMIT, before the process could close the database and checkpoint the WAL: all
  of it must be there;
- at moments spread over a whole run of the unmodified command: each time the file must hold
  exactly the state before or exactly the state after.

After every kill the file must pass `PRAGMA integrity_check`, open for the bot, and take the same
ingest again (no lock left behind).
"""

from __future__ import annotations

import contextlib
import os
import selectors
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from knowledge import store
from knowledge.index import read_kb
from tests.knowledge.conftest import content

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTICLE = REPO_ROOT / "tests" / "fixtures" / "articles" / "tegal_sumber_rejeki.txt"
ARTICLE_ID = ARTICLE.stem
SWEEP_KILLS = 12
WAIT_SECONDS = 30.0
"""Bound on every wait for a child process (they take well under a second)."""

PAUSED_INGEST = """
import sys, time
from knowledge import cli
from knowledge.store import building

def pause(where):
    print(where, flush=True)
    time.sleep(600)  # killed long before

{patch}
sys.exit(cli.main(["ingest", sys.argv[1], "--db", sys.argv[2], "--actor", "test:crash"]))
"""
BEFORE_COMMIT = """
recorded = building.record
def record(*args, **kwargs):
    entry = recorded(*args, **kwargs)  # the last write of the transaction
    pause("in-transaction")
building.record = record
"""
AFTER_COMMIT = """
ingest = building.ingest
def ingest_then_pause(*args, **kwargs):
    report = ingest(*args, **kwargs)  # returns after COMMIT
    pause("committed")
building.ingest = ingest_then_pause
"""


def _env() -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if k != "KB_PATH"},
        "PYTHONPATH": str(REPO_ROOT),
    }


def _paused_ingest(patch: str, db_path: Path) -> subprocess.Popen[str]:
    """An ingest that stops at a chosen point and waits to be killed; returned once it is there."""
    code = PAUSED_INGEST.format(patch=patch)
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(ARTICLE), str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(WAIT_SECONDS):
            process.kill()
            process.wait(WAIT_SECONDS)
            pytest.fail("the ingest never reached the point to kill it at")
    line = process.stdout.readline().strip()
    assert line in ("in-transaction", "committed"), process.communicate()[1]
    return process


def _kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=WAIT_SECONDS)  # also closes the pipes
    assert process.returncode == -signal.SIGKILL


def _state(path: Path) -> dict[str, Any]:
    """What the knowledge base holds, less the times of day, which differ from run to run."""
    db = Database(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = content(db)
        for row in tables["articles"]:
            row.pop("added_at")
        return {
            "content": tables,
            "meta": list(db.query("select * from meta order by key")),
            "audit": [row["action"] for row in db.query("select action from audit order by id")],
        }
    finally:
        db.close()


INGEST = ["-m", "knowledge", "ingest", str(ARTICLE), "--actor", "test:crash", "--db"]


def _ingest(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *INGEST, str(path)],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=WAIT_SECONDS,
        check=False,
    )


@pytest.fixture(scope="module")
def states(
    tmp_path_factory: pytest.TempPathFactory, built_file_copy: Callable[[Path], Path]
) -> Any:
    """The knowledge base before the ingest and after an uninterrupted one, and how long it took."""
    folder = tmp_path_factory.mktemp("reference")
    path = built_file_copy(folder / "kb.sqlite")
    before = _state(path)
    started = time.monotonic()
    finished = _ingest(path)
    duration = time.monotonic() - started
    assert finished.returncode == 0, finished.stderr
    return before, _state(path), duration


@pytest.fixture(scope="module")
def built_file_copy(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Path], Path]:
    """Copies of one knowledge base built from the bundled articles."""
    template = tmp_path_factory.mktemp("crash-template") / "kb.sqlite"
    db = store.open_db(template)
    store.build(db, actor="test:crash")
    db.close()  # the last connection checkpoints the WAL: the file alone holds everything

    def copy(target: Path) -> Path:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(template, target)
        return target

    return copy


def _usable_after(path: Path, expected_articles: int) -> None:
    """The bot can load the file, and the same ingest goes through (or is refused as a repeat)."""
    assert len(read_kb(path).articles) == expected_articles
    again = _ingest(path)
    if expected_articles == 6:
        assert again.returncode == 1, "a second copy of the article was let in"
    else:
        assert again.returncode == 0, again.stderr
    assert len(read_kb(path).articles) == 6


def test_killed_inside_the_transaction_nothing_remains(
    tmp_path: Path, states: Any, built_file_copy: Callable[[Path], Path]
) -> None:
    before, _after, _ = states
    path = built_file_copy(tmp_path / "kb.sqlite")
    process = _paused_ingest(BEFORE_COMMIT, path)
    _kill(process)
    assert _state(path) == before
    _usable_after(path, 5)


def test_killed_right_after_commit_everything_remains(
    tmp_path: Path, states: Any, built_file_copy: Callable[[Path], Path]
) -> None:
    _before, after, _ = states
    path = built_file_copy(tmp_path / "kb.sqlite")
    process = _paused_ingest(AFTER_COMMIT, path)
    wal = path.with_name(path.name + "-wal")
    assert wal.exists(), "the commit is still in the WAL, not yet in the main file"
    assert wal.stat().st_size > 0
    _kill(process)
    assert _state(path) == after
    _usable_after(path, 6)


def test_killed_at_any_moment_the_change_is_whole_or_absent(
    tmp_path: Path,
    states: Any,
    built_file_copy: Callable[[Path], Path],
    report_figure: Callable[[str], None],
) -> None:
    before, after, duration = states
    outcomes = {"before": 0, "after": 0}
    for number in range(SWEEP_KILLS):
        path = built_file_copy(tmp_path / f"run{number}" / "kb.sqlite")
        # From when the interpreter has started to a little past a whole run.
        delay = duration * (0.3 + 0.8 * number / (SWEEP_KILLS - 1))
        process = subprocess.Popen(
            [sys.executable, *INGEST, str(path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=_env(),
        )
        time.sleep(delay)
        with contextlib.suppress(ProcessLookupError):
            process.send_signal(signal.SIGKILL)
        process.wait(WAIT_SECONDS)
        state = _state(path)
        assert state in (before, after), f"a partial ingest after a kill at {delay:.3f} s"
        outcomes["before" if state == before else "after"] += 1
    report_figure(
        f"crash: {SWEEP_KILLS} ingests killed with SIGKILL at 0.3–1.1× a run ({duration:.2f} s): "
        f"{outcomes['before']} left the state before, {outcomes['after']} the state after, "
        "0 partial; plus one kill inside the open transaction, one right after COMMIT"
    )
