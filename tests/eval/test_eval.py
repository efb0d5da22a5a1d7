"""The question sets, asked through the batch contract `python -m bot ask --json` (bot/ask.py).

dev.yaml is the development set; own.yaml the project's own phrasings and off-topic questions;
unseen.yaml asks about test-only articles ingested with `python -m knowledge ingest`. The floors
are the product's promise: a wrong figure is far worse than "belum ada informasi".
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import FIXTURE_ARTICLES
from tests.eval.judge import cites, judge

HERE = Path(__file__).parent
ANSWER_FLOOR = 95.0
CITATION_FLOOR = 95.0
ABSTAIN_FLOOR = 100.0


def _run(args: list[str], env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


REDTEAM_SETS = ("redteam", "redteam2")


def _kb_with(tmp_path_factory: pytest.TempPathFactory, folder: Path) -> dict[str, str]:
    """An environment whose KB_PATH holds the bundled articles plus those in `folder`."""
    path = tmp_path_factory.mktemp("eval") / "kb.sqlite"
    env = {**os.environ, "KB_PATH": str(path)}
    assert _run(["-m", "knowledge", "build"], env).returncode == 0
    extra = sorted(str(p) for p in folder.glob("*.txt"))
    ingest = _run(["-m", "knowledge", "ingest", *extra], env)
    assert ingest.returncode == 0, ingest.stderr
    return env


@pytest.fixture(scope="module")
def kb_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The bundled articles plus the test-only ones of tests/fixtures/articles."""
    return _kb_with(tmp_path_factory, FIXTURE_ARTICLES)


@pytest.fixture(scope="module", params=REDTEAM_SETS)
def redteam(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """(questions, environment) of a red-team set: articles written to find what generalises
    badly, ingested beside the bundled ones."""
    folder = HERE.parent / "fixtures" / request.param
    return folder / "questions.yaml", _kb_with(tmp_path_factory, folder / "articles")


def _score(name: str | Path, env: dict[str, str]) -> tuple[dict[str, float], list[str]]:
    data = yaml.safe_load((HERE / name).read_text(encoding="utf-8"))
    items, articles = data["questions"], data["articles"]
    stdin = "".join(item["q"].replace("\n", " ") + "\n" for item in items)
    run = _run(["-m", "bot", "ask", "--json"], env, stdin)
    assert run.returncode == 0, run.stderr
    replies = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    assert len(replies) == len(items)
    tally = {"answer": [0, 0], "cite": [0, 0], "abstain": [0, 0]}
    misses: list[str] = []
    for item, reply in zip(items, replies, strict=True):
        assert set(reply) == {"question", "found", "answer", "intent", "confidence", "citations"}
        problems = judge(item, reply, articles)
        bucket = "abstain" if item.get("abstain") else "answer"
        if item.get("stretch"):
            bucket = "stretch"
            tally.setdefault("stretch", [0, 0])
        tally[bucket][1] += 1
        tally[bucket][0] += not problems
        if item.get("source") and not item.get("abstain"):
            tally["cite"][1] += 1
            tally["cite"][0] += cites(reply, item["source"], articles)
        if problems:
            misses.append(f"{item['id']} {item['q']}: {'; '.join(problems)}")
    rates = {k: 100.0 * ok / total if total else 100.0 for k, (ok, total) in tally.items()}
    return rates, misses


@pytest.mark.parametrize("name", ["dev.yaml", "own.yaml", "unseen.yaml"])
def test_question_set_floors(name: str, kb_env: dict[str, str]) -> None:
    rates, misses = _score(name, kb_env)
    assert rates["answer"] >= ANSWER_FLOOR, misses
    assert rates["cite"] >= CITATION_FLOOR, misses
    assert rates["abstain"] >= ABSTAIN_FLOOR, misses


def test_redteam_floors(redteam: tuple[Path, dict[str, str]]) -> None:
    questions, env = redteam
    rates, misses = _score(questions, env)
    assert rates["answer"] >= ANSWER_FLOOR, misses
    assert rates["abstain"] >= ABSTAIN_FLOOR, misses


# Round 3 asks about the bundled articles only, the way people type in chats, down to details a
# typed fact does not hold (who wrote a story, which meeting came next). Its floors hold what the
# bot reaches today so a change cannot quietly lose ground; they are not the product's promise.
HARD_ANSWER_FLOOR = 80.0
HARD_ABSTAIN_FLOOR = 95.0


def test_hard_set_holds_its_ground(tmp_path: Path) -> None:
    env = {**os.environ, "KB_PATH": str(tmp_path / "kb.sqlite")}
    assert _run(["-m", "knowledge", "build"], env).returncode == 0
    rates, misses = _score(HERE.parent / "fixtures" / "redteam3" / "questions.yaml", env)
    assert rates["answer"] >= HARD_ANSWER_FLOOR, misses
    assert rates["abstain"] >= HARD_ABSTAIN_FLOOR, misses


def test_one_question_for_a_person(kb_env: dict[str, str]) -> None:
    run = _run(["-m", "bot", "ask", "brp", "lokalisasi", "ditutup", "di", "kaltim"], kb_env)
    assert run.returncode == 0
    assert run.stdout.startswith("22 lokalisasi di Kalimantan Timur sudah ditutup")
    assert "Sumber: Alhamdulillah, 22 Lokalisasi di Kaltim Resmi Ditutup" in run.stdout


# Articles written in the layouts of many real outlets (invented events in real regions), and
# questions typed the way chat users type: what the bot makes of news nobody tuned it on. The
# `news_*` sets are training data (the project has been improved on them; `news_d` imitates the
# bundled articles' own layouts); `heldout`, `heldout2` and `heldout3` were written blind and
# frozen before the bot first ran on them (their README.md).
# Their floors hold what the bot reaches today so a change cannot quietly lose ground; the README
# reports the figures, the first held-out run beside the later ones.
NEWS_FLOORS: dict[str, tuple[float, float]] = {
    "fixtures/news_a": (98.0, 100.0),
    "fixtures/news_b": (98.0, 100.0),
    "fixtures/news_c": (97.0, 100.0),
    "fixtures/news_d": (100.0, 100.0),
    "fixtures/news_e": (97.0, 100.0),
    "fixtures/news_f": (100.0, 100.0),
    "heldout": (90.0, 100.0),
    "heldout2": (88.0, 86.0),
    "heldout3": (81.0, 87.0),
    "heldout4": (73.0, 75.0),
}


@pytest.mark.parametrize(("folder", "floors"), NEWS_FLOORS.items())
def test_news_in_many_layouts_holds_its_ground(
    folder: str, floors: tuple[float, float], tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = HERE.parent / folder
    env = _kb_with(tmp_path_factory, root / "articles")
    rates, misses = _score(root / "questions.yaml", env)
    answer_floor, abstain_floor = floors
    assert rates["answer"] >= answer_floor, misses
    assert rates["abstain"] >= abstain_floor, misses
