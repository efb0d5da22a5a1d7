"""The commands as a newcomer runs them: from a folder of their own, with its own `.env`.

Every entry point must read the same settings (environment, then `.env`), use one knowledge
base whatever the current folder, never leave a traceback, and refuse bad input with a reason.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from knowledge import store
from tests.conftest import BOT_SETTING_NAMES
from tests.knowledge.conftest import BUNDLED

REPO = Path(__file__).resolve().parents[1]
PROJECT_KB = REPO / "data" / "kb.sqlite"


def run(
    folder: Path, tool: str, *args: str, stdin: str | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    """`python -m <tool> args…` run in `folder`, with only the settings of its .env and `env`."""
    clean = {k: v for k, v in os.environ.items() if k not in BOT_SETTING_NAMES}
    return subprocess.run(
        [sys.executable, "-m", tool, *args],
        cwd=folder,
        env={**clean, "USER": "tester", "PYTHONIOENCODING": "utf-8", **env},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert "Error:" not in result.stderr, result.stderr


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of the newcomer's own whose .env names a knowledge base inside it."""
    (tmp_path / ".env").write_text("KB_PATH=kb/mine.sqlite\n", encoding="utf-8")
    return tmp_path


@pytest.fixture
def built_folder(folder: Path, built_kb: Path) -> Path:
    """`folder` with the built knowledge base at the path its .env names."""
    (folder / "kb").mkdir()
    shutil.copyfile(built_kb, folder / "kb" / "mine.sqlite")
    return folder


# ------------------------------------------------------------------- 1, 2: one knowledge base


def test_every_entry_point_uses_the_kb_named_in_dotenv(folder: Path) -> None:
    kb = folder / "kb" / "mine.sqlite"
    built = run(folder, "knowledge", "build")
    assert built.returncode == 0, built.stderr
    assert kb.is_file()
    assert str(kb) in built.stdout
    assert "kb/mine.sqlite" in run(folder, "knowledge", "--help").stdout

    # An article removed with `knowledge` is gone for `bot ask` and `bot health` too.
    removed = run(folder, "knowledge", "remove", BUNDLED[0].stem)
    assert removed.returncode == 0, removed.stderr
    health = run(folder, "bot", "health")
    assert health.returncode == 0, health.stderr
    assert f"sehat: {len(BUNDLED) - 1} artikel" in health.stdout
    assert "kb/mine.sqlite" in health.stdout
    asked = run(folder, "bot", "ask", "--json", stdin="berapa lokalisasi ditutup di kaltim?\n")
    cited = {c["article_id"] for c in json.loads(asked.stdout)["citations"]}
    assert BUNDLED[0].stem not in cited
    # The terminal chat too: its /sumber lists what the knowledge command left.
    chat = run(folder, "bot", stdin="/sumber\nkeluar\n")
    assert chat.returncode == 0, chat.stderr
    assert f"Sumber pengetahuan: {len(BUNDLED) - 1} artikel" in chat.stdout
    assert not (folder / "data").exists()


def test_the_environment_wins_over_dotenv(built_folder: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    result = run(built_folder, "bot", "health", KB_PATH=str(other))
    assert result.returncode == 1
    assert str(other) in result.stderr


def test_the_default_kb_does_not_depend_on_the_current_folder(tmp_path: Path) -> None:
    for folder in (tmp_path, REPO / "tests"):
        shown = run(folder, "knowledge", "--help").stdout
        assert f"Sekarang: {PROJECT_KB}" in shown
        health = run(folder, "bot", "health")
        assert str(PROJECT_KB) in health.stdout + health.stderr
    assert not (tmp_path / "data").exists()


# ------------------------------------------------------------------------------- 3: backup


def test_backup_to_a_folder_makes_dated_files(built_folder: Path) -> None:
    result = run(built_folder, "knowledge", "backup", "backups/", "--json")
    assert result.returncode == 0, result.stderr
    path = built_folder / json.loads(result.stdout)["path"]
    assert path.is_file()
    assert path.parent == built_folder / "backups"
    assert path.name.startswith("kb-")
    assert path.suffix == ".sqlite"
    # An existing folder, without the slash, is a folder too.
    again = run(built_folder, "knowledge", "backup", "kb", "--json")
    assert Path(json.loads(again.stdout)["path"]).parent.name == "kb"


def test_backup_never_overwrites_without_force(built_folder: Path) -> None:
    dest = built_folder / "copy.sqlite"
    assert run(built_folder, "knowledge", "backup", "copy.sqlite").returncode == 0
    dest.write_bytes(b"an older backup")
    refused = run(built_folder, "knowledge", "backup", "copy.sqlite")
    assert refused.returncode == 1
    assert "--force" in refused.stderr
    assert dest.read_bytes() == b"an older backup"
    forced = run(built_folder, "knowledge", "backup", "copy.sqlite", "--force")
    assert forced.returncode == 0, forced.stderr
    assert dest.read_bytes().startswith(b"SQLite format 3")


# ----------------------------------------------------------------- 4: the first start


@pytest.mark.parametrize(
    "command",
    [
        ["articles"],
        ["facts"],
        ["show", "000"],
        ["history"],
        ["export"],
        ["backup", "backups/"],
        ["undo"],
        ["remove", "000"],
        ["remove-fact", "1"],
        ["update-fact", "1", "number=5"],
    ],
)
def test_read_only_commands_never_create_the_kb(folder: Path, command: list[str]) -> None:
    result = run(folder, "knowledge", *command)
    assert result.returncode == 1
    assert "python -m knowledge build" in result.stderr
    no_traceback(result)
    assert not (folder / "kb").exists()


def test_an_empty_kb_is_built_on_first_question(folder: Path) -> None:
    (folder / "kb").mkdir()
    store.open_db(folder / "kb" / "mine.sqlite").close()  # schema only, as older versions left
    kb = str(folder / "kb" / "mine.sqlite")
    asked = run(folder, "bot", "ask", "--json", stdin="berapa psk di kaltim?\n", KB_PATH=kb)
    assert asked.returncode == 0, asked.stderr
    assert json.loads(asked.stdout)["found"] is True
    assert not (folder / "data").exists()


# ------------------------------------------------------------------------ 5: no tracebacks


@pytest.mark.parametrize(
    ("tool", "args", "stdin"),
    [
        ("bot", ["ask", "kapan lokalisasi kaltim ditutup?"], None),
        ("bot", ["ask", "--json"], "kapan lokalisasi kaltim ditutup?\n"),
        ("bot", [], "halo\nkeluar\n"),
        ("bot", ["health"], None),
        ("knowledge", ["articles"], None),
        ("knowledge", ["build"], None),
    ],
)
def test_a_file_that_is_no_kb_gets_a_message(
    folder: Path, tool: str, args: list[str], stdin: str | None
) -> None:
    (folder / "notadb").write_text("bukan basis data\n" * 50, encoding="utf-8")
    result = run(folder, tool, *args, stdin=stdin, KB_PATH="notadb")
    assert result.returncode == 1
    no_traceback(result)
    assert "notadb" in result.stderr
    assert (folder / "notadb").read_text(encoding="utf-8") == "bukan basis data\n" * 50


@pytest.mark.parametrize(("tool", "args"), [("bot", ["ask", "--json"]), ("knowledge", ["export"])])
def test_a_closed_pipe_is_quiet(built_folder: Path, tool: str, args: list[str]) -> None:
    questions = built_folder / "questions.txt"
    questions.write_text("berapa psk di kaltim?\n" * 3000, encoding="utf-8")
    clean = {k: v for k, v in os.environ.items() if k not in BOT_SETTING_NAMES}
    # Popen as a context manager closes the stderr pipe too: left open, it warns when collected.
    with (
        questions.open("rb") as stdin,
        subprocess.Popen(
            [sys.executable, "-m", tool, *args],
            cwd=built_folder,
            env=clean,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        ) as process,
    ):
        assert process.stdout is not None
        assert process.stderr is not None
        assert process.stdout.readline()  # `| head -1`
        process.stdout.close()
        errors = process.stderr.read().decode("utf-8")
        process.wait(timeout=120)
    assert errors == ""


# -------------------------------------------------------------------- 6, 8, 9: bad changes


def _number(kb: Path, fact_id: int) -> int:
    connection = sqlite3.connect(kb)
    try:
        return connection.execute("select number from facts where id = ?", [fact_id]).fetchone()[0]
    finally:
        connection.close()


def _a_count(folder: Path) -> dict[str, object]:
    facts = json.loads(run(folder, "knowledge", "facts", "--kind", "count", "--json").stdout)
    return next(f for f in facts if f["number"] == 239)


@pytest.mark.parametrize("value", ["-5", "−5", "-1.315"])
def test_update_fact_refuses_a_negative_number(built_folder: Path, value: str) -> None:
    fact = _a_count(built_folder)
    result = run(built_folder, "knowledge", "update-fact", str(fact["id"]), f"number={value}")
    assert result.returncode == 1
    assert "negatif" in result.stderr
    assert _number(built_folder / "kb" / "mine.sqlite", int(fact["id"])) == 239


def test_undo_never_skips_a_later_build(built_folder: Path) -> None:
    fact = _a_count(built_folder)
    assert (
        run(built_folder, "knowledge", "update-fact", str(fact["id"]), "number=293").returncode == 0
    )
    assert run(built_folder, "knowledge", "build").returncode == 0
    result = run(built_folder, "knowledge", "undo")
    assert result.returncode == 1
    assert "build" in result.stderr
    no_traceback(result)
    assert _number(built_folder / "kb" / "mine.sqlite", int(fact["id"])) == 293
    history = json.loads(run(built_folder, "knowledge", "history", "--json").stdout)
    assert [e["action"] for e in history][:2] == ["build", "update_fact"]
    assert all(e["undone_by"] is None for e in history)


def test_a_refused_batch_says_nothing_was_saved(built_folder: Path) -> None:
    shutil.copyfile(
        REPO / "tests" / "fixtures" / "articles" / "tegal_sumber_rejeki.txt",
        built_folder / "good.txt",
    )
    (built_folder / "empty.txt").write_bytes(b"")
    result = run(built_folder, "knowledge", "ingest", "good.txt", "empty.txt")
    assert result.returncode == 1
    assert "empty.txt" in result.stderr
    assert "Tidak ada yang disimpan" in result.stderr
    assert "good.txt" in result.stderr
    articles = json.loads(run(built_folder, "knowledge", "articles", "--json").stdout)
    assert "good" not in {a["id"] for a in articles}


# --------------------------------------------------------------------- 7: corrected facts


def test_an_answer_from_a_corrected_fact_says_so(built_folder: Path) -> None:
    fact = _a_count(built_folder)
    assert (
        run(built_folder, "knowledge", "update-fact", str(fact["id"]), "number=293").returncode == 0
    )
    for _ in range(2):  # and still after a rebuild, which replays the correction
        reply = json.loads(
            run(built_folder, "bot", "ask", "--json", stdin="berapa psk di kotim?\n").stdout
        )
        assert reply["found"] is True
        assert "293" in reply["answer"]
        assert "dikoreksi admin; artikel menyebut 239" in reply["answer"]
        assert run(built_folder, "knowledge", "build").returncode == 0
    assert (
        run(built_folder, "knowledge", "update-fact", str(fact["id"]), "number=239").returncode == 0
    )
    reply = json.loads(
        run(built_folder, "bot", "ask", "--json", stdin="berapa psk di kotim?\n").stdout
    )
    assert "dikoreksi" not in reply["answer"]


# ------------------------------------------------------------------------- 10: make run


def test_make_run_installs_only_the_runtime_dependencies(tmp_path: Path) -> None:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    venv = f"VENV={tmp_path / 'venv'}"

    def planned(target: str) -> str:
        result = subprocess.run(
            ["make", "-n", target, venv], cwd=REPO, capture_output=True, text=True, check=True
        )
        return result.stdout

    run_plan = planned("run")
    assert "pip install" in run_plan
    assert "[dev]" not in run_plan
    assert "'.[dev]'" in planned("test")


# ------------------------------------------------------------------------------- 18: help


ENGLISH = ("usage:", "options:", "positional arguments", "show this help", "`")


@pytest.mark.parametrize(
    ("tool", "args", "expected"),
    [
        ("knowledge", ["--help"], ["KB_PATH", ".env", "Sekarang:"]),
        ("knowledge", ["ingest", "--help"], ["--id", "stdin", "perlu --id"]),
        ("knowledge", ["backup", "--help"], ["--force", "'/'"]),
        ("bot", ["--help"], ["TELEGRAM_BOT_TOKEN", "KB_PATH", "terminal", "Telegram"]),
        ("bot", ["ask", "--help"], ["PERTANYAAN", "--json"]),
    ],
)
def test_help_is_in_one_language_and_names_the_settings(
    tmp_path: Path, tool: str, args: list[str], expected: list[str]
) -> None:
    result = run(tmp_path, tool, *args)
    assert result.returncode == 0
    for word in ENGLISH:
        assert word not in result.stdout
    for word in expected:
        assert word in result.stdout


def test_wrong_usage_is_explained_in_indonesian(tmp_path: Path) -> None:
    result = run(tmp_path, "knowledge", "update-fact", "abc")
    assert result.returncode == 2
    assert "salah pakai" in result.stderr
    assert "usage" not in result.stderr
    assert "error" not in result.stderr


@pytest.mark.parametrize("tool", ["knowledge", "bot"])
def test_every_argument_is_described(tool: str) -> None:
    import argparse

    from bot.cli import build_parser as bot_parser
    from knowledge.cli import build_parser as knowledge_parser

    parser = knowledge_parser() if tool == "knowledge" else bot_parser()
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    for name, sub in commands.choices.items():
        for action in sub._actions:
            assert action.help, f"{tool} {name}: {action.dest} has no description"


@pytest.mark.parametrize(
    ("tool", "args"),
    [
        ("bot", ["ask", "halo"]),
        ("bot", ["ask", "--json"]),
        ("knowledge", ["build"]),
    ],
)
def test_a_kb_path_that_cannot_be_created_gets_a_message(
    folder: Path, tool: str, args: list[str]
) -> None:
    (folder / "a-file").write_text("not a folder", encoding="utf-8")
    result = run(folder, tool, *args, stdin="", KB_PATH="a-file/kb.sqlite")
    assert result.returncode == 1
    no_traceback(result)
    assert "a-file" in result.stderr
    assert "tidak bisa" in result.stderr


@pytest.mark.parametrize(
    "args", [["export", "--output", "a-file/x.json"], ["backup", "a-file/backups/"]]
)
def test_an_output_that_cannot_be_written_gets_a_message(
    built_folder: Path, args: list[str]
) -> None:
    (built_folder / "a-file").write_text("not a folder", encoding="utf-8")
    result = run(built_folder, "knowledge", *args)
    assert result.returncode == 1
    no_traceback(result)
    assert "tidak bisa" in result.stderr


# ------------------------------------------------------------------- the README's commands


def _readme_commands() -> list[tuple[str, str]]:
    """(tool, subcommand) of every `python -m …` line in the README's "Commands" block."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = text.split("## Commands", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    found = []
    for line in block.splitlines():
        words = line.split("#", 1)[0].split()
        if words[:2] == ["python", "-m"]:
            tool, rest = words[2], words[3:]
            for part in " ".join(rest).split("|"):
                sub = part.split()
                if sub and not sub[0].startswith(("-", '"')) and sub[0].islower():
                    found.append((tool, sub[0]))
    return found


def test_every_command_the_readme_lists_exists() -> None:
    import argparse

    from bot.cli import build_parser as bot_parser
    from knowledge.cli import build_parser as knowledge_parser

    parsers = {"bot": bot_parser(), "knowledge": knowledge_parser()}
    listed = _readme_commands()
    assert ("knowledge", "backup") in listed
    for tool, sub in listed:
        [commands] = [
            a for a in parsers[tool]._actions if isinstance(a, argparse._SubParsersAction)
        ]
        assert sub in commands.choices, f"README lists python -m {tool} {sub}"


def test_the_telegram_bot_with_a_file_that_is_no_kb_gets_a_message(folder: Path) -> None:
    (folder / "notadb").write_text("bukan basis data\n" * 50, encoding="utf-8")
    result = run(
        folder,
        "bot",
        KB_PATH="notadb",
        TELEGRAM_BOT_TOKEN="123:abc",
        # Never reached: the knowledge base is read before any connection.
        TELEGRAM_API_BASE_URL="http://127.0.0.1:9/bot",
    )
    assert result.returncode == 1
    no_traceback(result)
    assert "notadb" in result.stderr
    assert "123:abc" not in result.stderr
