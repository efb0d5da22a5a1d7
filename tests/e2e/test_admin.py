"""Admins changing the knowledge base over the Bot API, and everyone else being refused.

Each test starts its own bot (`python -m bot`, BOT_ADMIN_IDS = the admin below) on its own copy of
a knowledge base built once for the module, so a change in one test cannot leak into another; the
restart test starts a second bot on the first one's file. Uploads and downloads go through the
compatibility layer's file routes (emulator/files.js), as a Telegram client's would.
"""

from __future__ import annotations

import base64
import contextlib
import json
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from bot.telegram.admin_texts import ADMIN_COMMANDS, REFUSED
from bot.telegram.kb_sync import CHECK_INTERVAL
from knowledge import store
from tests.e2e.checks import SOURCE_MARK, cites, numbers_in, shown, shown_all
from tests.e2e.conftest import is_polling, running_bot
from tests.e2e.harness import (
    REPO_ROOT,
    BotApiClient,
    BotMessage,
    BotProcess,
    Emulator,
    User,
    error_lines,
    new_user,
    private_chat,
)

ARTICLES = REPO_ROOT / "tests" / "fixtures" / "articles"
TEGAL = ARTICLES / "tegal_sumber_rejeki.txt"
TEGAL_TITLE = "Pemkot Tegal Tutup Lokalisasi Sumber Rejeki"
TEGAL_QUESTION = "Berapa PSK di lokalisasi Sumber Rejeki?"
KALTIM_ARTICLE = "000_a4ac51ac81643967"
CLI_TIMEOUT = 60.0
ADMIN_COMMAND_NAMES = {command for command, _ in ADMIN_COMMANDS}

_tokens = iter(range(1, 1000))


@pytest.fixture(scope="module")
def count_fact(built_kb: Path) -> int:
    """The id of a fact with a number (a count of workers) in the built knowledge base."""
    db = Database(built_kb)
    try:
        fact = store.list_facts(db, kind="count")[0]
    finally:
        db.close()
    assert fact.id is not None
    return fact.id


class AdminBots:
    """Start bots whose admin is `admin`, each checked for errors before it is stopped."""

    def __init__(self, emulator: Emulator, built_kb: Path, workdir: Path) -> None:
        self.emulator = emulator
        self.workdir = workdir
        self.admin = new_user("Admin")
        self.token = f"48{next(_tokens):04d}:admin-SECRET-token"
        shutil.copyfile(built_kb, workdir / "kb.sqlite")

    @contextlib.contextmanager
    def start(self) -> Iterator[BotProcess]:
        """A bot on this test's knowledge base file (the same file on every start)."""
        # An intruder here tries seven commands in a row: room for them all, so each is refused
        # (fair shares are tested in test_fairness.py).
        env = {"BOT_ADMIN_IDS": str(self.admin.id), "THROTTLE_USER_BURST": "20"}
        with running_bot(self.emulator, self.token, self.workdir, is_polling, env=env) as bot:
            mark = bot.log_mark()
            yield bot
            bot.client.barrier()  # everything the test sent has been handled and logged
            errors = error_lines(bot.log_since(mark))
            assert not errors, "the bot logged errors:\n" + bot.log_since(mark)


@pytest.fixture
def bots(emulator: Emulator, built_kb: Path, tmp_path: Path) -> AdminBots:
    """Bots of this test, with their admin."""
    return AdminBots(emulator, built_kb, tmp_path)


@pytest.fixture
def admin_bot(bots: AdminBots) -> Iterator[BotProcess]:
    """One bot for the test, already polling."""
    with bots.start() as bot:
        yield bot


# ---------------------------------------------------------------------------- helpers


def say(client: BotApiClient, user: User, text: str, **content: Any) -> list[BotMessage]:
    """Send `text` in `user`'s private chat; returns the bot's answer (all its parts).

    The answer is complete once a barrier in another chat has passed (updates are handled in
    order), so a split answer is never read half.
    """
    chat = private_chat(user)
    client.send(chat, user, text, **content)
    first = client.replies(chat.id)
    client.barrier()
    return first + client.drain(chat.id)


def ask(client: BotApiClient, question: str) -> str:
    """A new user's question, and the answer as shown."""
    return shown_all(say(client, new_user("Penanya"), question))


def upload(client: BotApiClient, data: bytes, name: str) -> dict[str, Any]:
    """Upload a file as a user's client does; returns the Document a message carries."""
    body = {
        "content": base64.b64encode(data).decode(),
        "file_name": name,
        "mime_type": "text/plain",
    }
    response = client.http.post("/compat/uploadFile", json=body)
    response.raise_for_status()
    return dict(response.json()["result"])


def with_command(document: dict[str, Any], command: str = "/artikel") -> dict[str, Any]:
    """A message's content: the document, captioned with a command as Telegram marks it."""
    entity = {"type": "bot_command", "offset": 0, "length": len(command)}
    return {"document": document, "caption": command, "caption_entities": [entity]}


def download(client: BotApiClient, file_id: str) -> bytes:
    """Download a file the bot sent, through getFile and the file route."""
    path = client.bot_api("getFile", file_id=file_id)["file_path"]
    response = client.http.get(f"/file/bot{client.token}/{path}")
    response.raise_for_status()
    return response.content


def checkpointed_bytes(path: Path) -> bytes:
    """The database file's bytes once every committed transaction has been copied into it.

    The store runs in WAL mode: a commit first lands in kb.sqlite-wal, and the main file catches
    up at a checkpoint, which anyone may run. Comparing the raw files would flag a checkpoint as
    a change (and miss a commit still in the WAL); after a full checkpoint the main file holds
    the whole committed database, so equal bytes mean equal databases, down to the page.
    """
    with contextlib.closing(sqlite3.connect(path, timeout=10)) as db:
        busy, frames, copied = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    assert busy == 0, "a reader kept the checkpoint from finishing"
    assert frames == copied
    return path.read_bytes()


def data_version(db: sqlite3.Connection) -> int:
    """SQLite's count of commits (and checkpoints) by *other* connections seen by `db`."""
    return int(db.execute("PRAGMA data_version").fetchone()[0])


def dump(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Every row of every knowledge table, in key order."""
    db = Database(path)
    try:
        return store.dump(db)
    finally:
        db.close()


def answered_from_tegal(text: str) -> bool:
    """Whether an answer gives the Tegal figure with the Tegal article as its source."""
    return 86 in numbers_in(text) and cites(text, TEGAL_TITLE)


# ------------------------------------------------------------------------------ tests


def test_admin_adds_an_article_users_are_answered_from_it_and_batal_restores(
    admin_bot: BotProcess, bots: AdminBots
) -> None:
    client = admin_bot.client
    assert not answered_from_tegal(ask(client, TEGAL_QUESTION))

    review = shown_all(say(client, bots.admin, f"/artikel\n{TEGAL.read_text()}"))
    assert "Artikel ditambahkan" in review
    assert TEGAL_TITLE in review
    assert "Media: KOMPAS.com" in review
    assert "Tanggal: 12 Maret 2019" in review
    assert "angka 86 · tempat Sumber Rejeki" in review
    taken = re.search(r"(\d+) fakta diambil", review)
    assert taken, review
    fact_lines = [line for line in review.splitlines() if re.match(r"\d+ · ", line)]
    assert len(fact_lines) == int(taken[1]) > 0

    answer = ask(client, TEGAL_QUESTION)
    assert answered_from_tegal(answer), answer

    undone = shown_all(say(client, bots.admin, "/batal"))
    assert "Dibatalkan" in undone
    assert not answered_from_tegal(ask(client, TEGAL_QUESTION))


def test_non_admin_commands_are_refused_and_the_store_is_unchanged_byte_for_byte(
    admin_bot: BotProcess, bots: AdminBots
) -> None:
    client = admin_bot.client
    intruder = new_user("Penyusup")
    kb_path = admin_bot.kb_path
    before = checkpointed_bytes(kb_path)
    rows_before = dump(kb_path)
    attempts: list[tuple[str, dict[str, Any]]] = [
        (f"/artikel\n{TEGAL.read_text()}", {}),
        ("/hapusfakta 1001", {}),
        (f"/hapusartikel {KALTIM_ARTICLE}", {}),
        ("/ubahfakta 1001 angka=1", {}),
        ("/batal", {}),
        ("/ekspor", {}),
    ]
    mark = admin_bot.log_mark()
    with contextlib.closing(sqlite3.connect(kb_path)) as watcher:
        version = data_version(watcher)
        for text, content in attempts:
            [reply] = say(client, intruder, text, **content)
            assert shown(reply) == REFUSED, text
        # A .txt upload with the command in its caption: refused before any download.
        document = upload(client, TEGAL.read_bytes(), "tegal.txt")
        [reply] = say(client, intruder, None, **with_command(document))
        assert shown(reply) == REFUSED
        assert data_version(watcher) == version, "another connection committed meanwhile"
    assert checkpointed_bytes(kb_path) == before
    assert dump(kb_path) == rows_before
    log = admin_bot.log_since(mark)
    for command in ("artikel", "hapusfakta", "hapusartikel", "ubahfakta", "batal", "ekspor"):
        assert f"Refused /{command} from user {intruder.id}" in log, command
    assert log.count(f"Refused /artikel from user {intruder.id}") == 2

    # The admin is not refused: the same file does change for them.
    say(client, bots.admin, "/hapusfakta 1001")
    assert checkpointed_bytes(kb_path) != before


def test_changes_survive_a_restart_and_batal_still_undoes_them(bots: AdminBots) -> None:
    with bots.start() as bot:
        review = shown_all(say(bot.client, bots.admin, f"/artikel {TEGAL.read_text()}"))
        assert "Artikel ditambahkan" in review

    with bots.start() as restarted:
        client = restarted.client
        answer = ask(client, TEGAL_QUESTION)
        assert answered_from_tegal(answer), answer

        undone = shown_all(say(client, bots.admin, "/batal"))
        assert "Dibatalkan" in undone
        assert "menambah artikel" in undone
        assert not answered_from_tegal(ask(client, TEGAL_QUESTION))


def test_an_article_ingested_from_the_command_line_is_answered_while_the_bot_runs(
    admin_bot: BotProcess,
) -> None:
    client = admin_bot.client
    assert not answered_from_tegal(ask(client, TEGAL_QUESTION))
    subprocess.run(
        [sys.executable, "-m", "knowledge", "ingest", str(TEGAL), "--db", str(admin_bot.kb_path)],
        cwd=REPO_ROOT,
        check=True,
        capture_output=True,
        timeout=CLI_TIMEOUT,
    )
    # The bot looks at the file at most every CHECK_INTERVAL seconds: once that has passed, the
    # very next answer must come from the new article.
    time.sleep(CHECK_INTERVAL + 0.5)
    answer = ask(client, TEGAL_QUESTION)
    assert answered_from_tegal(answer), answer
    assert "changed on disk" in admin_bot.log()


def test_admin_commands_are_in_the_command_menu_of_admins_only(
    admin_bot: BotProcess, bots: AdminBots
) -> None:
    client = admin_bot.client

    def menu(scope: dict[str, Any] | None = None) -> set[str]:
        params = {"scope": json.dumps(scope)} if scope else {}
        return {c["command"] for c in client.bot_api("getMyCommands", **params)}

    everyone = menu()
    assert {"tanya", "sumber", "help", "start"} <= everyone
    assert not everyone & ADMIN_COMMAND_NAMES
    admins = menu({"type": "chat", "chat_id": bots.admin.id})
    assert admins >= ADMIN_COMMAND_NAMES
    assert everyone <= admins
    assert menu({"type": "chat", "chat_id": new_user().id}) == set(), "no menu for others"


def test_a_txt_document_is_added_and_the_export_comes_back_as_a_json_document(
    admin_bot: BotProcess, bots: AdminBots
) -> None:
    client = admin_bot.client
    document = upload(client, TEGAL.read_bytes(), "tegal_sumber_rejeki.txt")
    review = shown_all(say(client, bots.admin, None, **with_command(document)))
    assert "Artikel ditambahkan: tegal_sumber_rejeki" in review, review
    assert answered_from_tegal(ask(client, TEGAL_QUESTION))

    [sent] = say(client, bots.admin, "/ekspor")
    exported_document = sent.raw["document"]
    assert exported_document["file_name"].endswith(".json")
    assert "artikel" in sent.raw["caption"]
    exported = json.loads(download(client, exported_document["file_id"]))
    assert "tegal_sumber_rejeki" in {a["id"] for a in exported["articles"]}
    assert any(f["article_id"] == "tegal_sumber_rejeki" for f in exported["facts"])
    [ingest] = [e for e in exported["audit"] if e["action"] == "ingest"]
    assert ingest["actor"] == f"telegram:{bots.admin.id}"


def test_malformed_input_gets_a_clear_message_and_changes_nothing(
    admin_bot: BotProcess, bots: AdminBots, count_fact: int
) -> None:
    client = admin_bot.client
    kb_path = admin_bot.kb_path
    before = checkpointed_bytes(kb_path)
    cases: list[tuple[str | bytes, str]] = [
        ("/artikel", "Menambah artikel"),
        ("/hapusfakta 424242", "Fakta 424242 tidak ada"),
        ("/hapusfakta satu", "Tulis ID fakta"),
        (f"/ubahfakta {count_fact} warna=merah", "Kolom yang bisa diubah: angka (number)"),
        (f"/ubahfakta {count_fact} angka=banyak", "bukan angka"),
        (f"/ubahfakta {count_fact} nama=Budi", "Yang bisa diubah untuk fakta ini: place, number"),
        ("/hapusartikel tidak-ada", "Artikel tidak-ada tidak ada"),
        (b"%PDF-1.4 ...", "tampaknya PDF"),
        (b"Walikota \xe9 \xe8 \x81", "bukan teks UTF-8"),
        (b"", "berkas kosong"),
    ]
    for sent, complaint in cases:
        if isinstance(sent, bytes):  # a document captioned /artikel
            content = with_command(upload(client, sent, "berita.txt"))
            reply = shown_all(say(client, bots.admin, None, **content))
        else:
            reply = shown_all(say(client, bots.admin, sent))
        assert complaint in reply, (sent, reply)
        assert "Artikel ditambahkan" not in reply
    assert checkpointed_bytes(kb_path) == before

    # An article already there: refused by the store itself.
    say(client, bots.admin, f"/artikel {TEGAL.read_text()}")
    again = shown_all(say(client, bots.admin, f"/artikel id=lagi {TEGAL.read_text()}"))
    assert "sudah ada" in again
    assert "Tidak ada yang diubah" in again


def test_facts_history_and_unanswered_questions_are_listed(
    admin_bot: BotProcess, bots: AdminBots
) -> None:
    client = admin_bot.client
    unknown = "Siapa juara piala dunia tahun 1986?"
    for _ in range(2):
        assert SOURCE_MARK not in ask(client, unknown)

    listing = shown_all(say(client, bots.admin, "/fakta Tarakan"))
    assert "Tarakan" in listing
    count = next(block for block in listing.split("\n\n") if " · jumlah · " in block)
    fact_id = int(count.split(" · ")[0])
    corrected = shown_all(say(client, bots.admin, f"/ubahfakta {fact_id} angka=4321"))
    assert "Diubah" in corrected
    assert "4.321" in corrected

    history = shown_all(say(client, bots.admin, "/riwayat 3"))
    assert f"telegram:{bots.admin.id}" in history
    assert "update_fact" in history
    assert "→ 4321" in history

    questions = shown_all(say(client, bots.admin, "/belumterjawab"))
    assert f"2× “{unknown}”" in questions
