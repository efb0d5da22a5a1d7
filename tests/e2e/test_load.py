"""Load: 1,000 questions from 50 users through the Bot API while an admin ingests an article.

The bot runs as in production (`python -m bot`, long polling, the rate limiter on) against an
emulator of this module's own. Fifty users talk at once, each asking its next question as soon as
the answer to the last one arrives, the way people in a chat do. A quarter of the way in, an
admin adds an article from the command line (`python -m knowledge ingest`) to the very file the
bot answers from, and takes a backup (`python -m knowledge backup`) while all this goes on.

Checked: every question answered with one valid message, no error logged, every update logged,
the knowledge base consistent afterwards (integrity, the article there once with all its facts,
nothing else changed), the backup a consistent snapshot, and the new article answered from once
the bot has picked it up. Printed, not asserted (timings flake): answers per second and reply
latency percentiles, seen by the users and inside the bot.

LOAD_QUESTIONS and LOAD_USERS (environment) change the size, e.g. for a longer run by hand.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.answer import answer
from bot.render import render_html
from knowledge.index import read_kb
from tests.bot.telegram.telegram_html import telegram_html_text
from tests.e2e.checks import numbers_in, shown_all
from tests.e2e.conftest import is_polling, running_bot
from tests.e2e.harness import (
    REPO_ROOT,
    BotMessage,
    BotProcess,
    Emulator,
    error_lines,
    new_user,
    private_chat,
)

LOAD_TOKEN = "474747:load-SECRET-token"
QUESTIONS = int(os.environ.get("LOAD_QUESTIONS", "1000"))
USERS = int(os.environ.get("LOAD_USERS", "50"))
INGEST_AT = 0.25
"""The admin starts the ingest once this share of the questions has been answered."""
ARTICLE = REPO_ROOT / "tests" / "fixtures" / "articles" / "tegal_sumber_rejeki.txt"
ARTICLE_ID = ARTICLE.stem
ARTICLE_QUESTION = "Berapa PSK di lokalisasi Sumber Rejeki Tegal?"
ARTICLE_FIGURE = 86
BENCH_QUESTIONS = REPO_ROOT / "bot" / "data" / "bench_questions.txt"
EXTRA_QUESTIONS = ["siapa juara piala dunia 2018?", "halo", "bantuan kaltara", "kalau di Kaltara?"]
SINGLE_MESSAGE_CHARS = 3000
"""Questions whose answer renders longer are left out of the pool: well under the 4,096 limit,
each answer is one message, so a user's next message is the answer to its last question."""
ANSWER_TIMEOUT = 60.0
"""Per question. With 50 users and the rate limiter's 30 messages/s, an answer takes about 2 s."""
RUN_TIMEOUT = 600.0
"""The whole run; it takes well under a minute at the default size."""
SUBPROCESS_TIMEOUT = 60.0


@pytest.fixture(scope="module")
def load_emulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    """An emulator of this module's own: the load troubles no other test."""
    emulator = Emulator(tmp_path_factory.mktemp("load-emulator") / "emulator.log")
    yield emulator
    emulator.stop()


@pytest.fixture(scope="module")
def load_bot(
    load_emulator: Emulator, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[BotProcess]:
    """`python -m bot` on a knowledge base of its own, built from the bundled articles at start."""
    workdir = tmp_path_factory.mktemp("load-bot")
    with running_bot(load_emulator, LOAD_TOKEN, workdir, is_polling) as bot:
        yield bot


def question_pool(kb_path: Path) -> list[str]:
    """The bench questions and a few the bot cannot answer, each answered in one message."""
    kb = read_kb(kb_path)
    questions = [
        line.strip()
        for line in BENCH_QUESTIONS.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    pool = []
    for question in [*questions, *EXTRA_QUESTIONS]:
        parts = render_html(answer(question, kb))
        if len(parts) == 1 and len(parts[0]) <= SINGLE_MESSAGE_CHARS:
            pool.append(question)
    return pool


@dataclass
class Run:
    """What the simulated users saw."""

    latencies: list[float] = field(default_factory=list)
    replies: list[BotMessage] = field(default_factory=list)
    answered: int = 0
    started: float = 0.0
    finished: float = 0.0
    ingest: dict[str, Any] = field(default_factory=dict)
    backup: Path | None = None
    ingest_seconds: float = 0.0
    backup_seconds: float = 0.0
    ingest_due: asyncio.Event = field(default_factory=asyncio.Event)
    """Set once a quarter of the questions is answered."""


async def _user(http: httpx.AsyncClient, token: str, questions: list[str], run: Run) -> None:
    """One user: ask, wait for the answer, ask the next."""
    user = new_user("Beban")
    chat = private_chat(user)
    for question in questions:
        message = {
            "botToken": token,
            "date": int(time.time()),
            "from": user.as_json(),
            "chat": chat.as_json(),
            "text": question,
        }
        sent = time.perf_counter()
        (await http.post("/sendMessage", json=message)).raise_for_status()
        deadline = sent + ANSWER_TIMEOUT
        got: list[dict[str, Any]] = []
        while not got:
            wait = deadline - time.perf_counter()
            assert wait > 0, f"no answer in {ANSWER_TIMEOUT} s to {question!r}"
            body = {"token": token, "chatId": chat.id, "timeout": min(wait, 20.0)}
            response = await http.post("/compat/waitBotMessages", json=body)
            got = response.json()["result"]
        run.latencies.append(time.perf_counter() - sent)
        run.replies.extend(BotMessage.from_stored(stored) for stored in got)
        run.answered += 1
        if run.answered >= QUESTIONS * INGEST_AT:
            run.ingest_due.set()


async def _command(*argv: str) -> tuple[float, str]:
    """Run `python -m knowledge …`; its duration and standard output."""
    started = time.perf_counter()
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "knowledge",
        *argv,
        cwd=REPO_ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        out, err = await asyncio.wait_for(process.communicate(), SUBPROCESS_TIMEOUT)
    except TimeoutError:
        process.kill()
        raise
    assert process.returncode == 0, err.decode()
    return time.perf_counter() - started, out.decode()


async def _admin(kb_path: Path, backup_dir: Path, run: Run) -> None:
    """Once a quarter of the questions is answered: ingest an article, and back up meanwhile."""
    await run.ingest_due.wait()
    db = ("--db", str(kb_path))
    ingest = _command("ingest", str(ARTICLE), "--actor", "test:load", "--json", *db)
    backup = _command("backup", str(backup_dir), "--json", *db)
    (run.ingest_seconds, ingest_out), (run.backup_seconds, backup_out) = await asyncio.gather(
        ingest, backup
    )
    run.ingest = json.loads(ingest_out)
    run.backup = Path(json.loads(backup_out)["path"])


async def _load(emulator_url: str, token: str, pool: list[str], kb: Path, backups: Path) -> Run:
    run = Run()
    per_user = [QUESTIONS // USERS + (1 if n < QUESTIONS % USERS else 0) for n in range(USERS)]
    limits = httpx.Limits(max_connections=USERS + 10, max_keepalive_connections=USERS + 10)
    async with httpx.AsyncClient(base_url=emulator_url, timeout=30.0, limits=limits) as http:
        users = [
            _user(http, token, [pool[(n + i) % len(pool)] for i in range(count)], run)
            for n, count in enumerate(per_user)
        ]
        run.started = time.perf_counter()
        admin = asyncio.ensure_future(_admin(kb, backups, run))
        await asyncio.gather(*users)
        run.finished = time.perf_counter()
        await admin
    return run


def _counts(path: Path) -> dict[str, Any]:
    """What a consistent knowledge base must agree on, read straight from the file."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:

        def one(sql: str, *args: str) -> Any:
            return connection.execute(sql, args).fetchone()[0]

        return {
            "integrity": one("PRAGMA integrity_check"),
            "articles": one("select count(*) from articles"),
            "facts": one("select count(*) from facts"),
            "article_rows": one("select count(*) from articles where id = ?", ARTICLE_ID),
            "article_facts": one("select count(*) from facts where article_id = ?", ARTICLE_ID),
            "orphan_facts": one(
                "select count(*) from facts where article_id not in (select id from articles)"
            ),
            "orphan_sentences": one(
                "select count(*) from sentences where article_id not in (select id from articles)"
            ),
            "ingests": one(
                "select count(*) from audit where action = 'ingest' and target like ?",
                f"%{ARTICLE_ID}%",
            ),
        }


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def test_load_with_a_concurrent_ingest(
    load_bot: BotProcess,
    load_emulator: Emulator,
    tmp_path: Path,
    report_figure: Callable[[str], None],
) -> None:
    kb_path = load_bot.kb_path
    before = _counts(kb_path)
    assert before["article_rows"] == 0
    pool = question_pool(kb_path)
    assert len(pool) >= 20, pool
    mark = load_bot.log_mark()

    run = asyncio.run(
        asyncio.wait_for(
            _load(load_emulator.url, load_bot.token, pool, kb_path, tmp_path), RUN_TIMEOUT
        )
    )

    # Every question answered, with one valid message.
    assert run.answered == QUESTIONS
    assert len(run.replies) == QUESTIONS, "one message per question"
    for reply in run.replies:
        telegram_html_text(reply.text)
    # Inside the bot: one line per question, none failed, nothing logged as an error.
    log = load_bot.log_since(mark)
    assert error_lines(log) == [], "\n".join(error_lines(log)[:20])
    lines = [line for line in log.splitlines() if " kind=message " in line]
    assert len(lines) == QUESTIONS
    assert all("error=false" in line and " replies=1 " in line for line in lines)
    handled_ms = [float(re.search(r" ms=([\d.]+)", line)[1]) for line in lines]  # type: ignore[index]

    # The knowledge base: the article once, with all its facts, nothing else touched.
    after = _counts(kb_path)
    added = run.ingest["facts"]
    assert added > 0
    assert after["integrity"] == "ok"
    assert after["article_rows"] == 1
    assert after["article_facts"] == added
    assert after["facts"] == before["facts"] + added
    assert after["articles"] == before["articles"] + 1
    assert after["ingests"] == 1
    assert after["orphan_facts"] == after["orphan_sentences"] == 0

    # The backup is one consistent snapshot: before the ingest or after it, never between.
    assert run.backup is not None
    copy = _counts(run.backup)
    assert copy["integrity"] == "ok"
    assert (copy["articles"], copy["facts"], copy["article_facts"]) in {
        (before["articles"], before["facts"], 0),
        (after["articles"], after["facts"], added),
    }, copy
    assert copy["orphan_facts"] == copy["orphan_sentences"] == 0

    seconds = run.finished - run.started
    latencies_ms = [latency * 1000 for latency in run.latencies]
    p50, p99 = statistics.median(latencies_ms), _percentile(latencies_ms, 0.99)
    inside_p50, inside_p99 = statistics.median(handled_ms), _percentile(handled_ms, 0.99)
    report_figure(
        f"load: {QUESTIONS} questions from {USERS} users in {seconds:.1f} s = "
        f"{QUESTIONS / seconds:.1f} answers/s; reply latency seen by users p50 {p50:.0f} ms, "
        f"p99 {p99:.0f} ms, max {max(latencies_ms):.0f} ms; inside the bot p50 "
        f"{inside_p50:.1f} ms, p99 {inside_p99:.1f} ms"
    )
    # The bot picked up the article the admin added from the command line, without a restart.
    client = load_bot.client
    user = new_user()
    chat = private_chat(user)
    client.post(chat, user, ARTICLE_QUESTION)
    text = shown_all(client.replies(chat.id))
    assert ARTICLE_FIGURE in numbers_in(text), text

    report_figure(
        f"load: concurrent ingest of 1 article ({added} facts) took {run.ingest_seconds:.2f} s, "
        f"backup {run.backup_seconds:.2f} s (both as subprocesses, start-up included); "
        f"no error, knowledge base consistent"
    )
