"""Admin commands at handler level: real Updates into the real Application, on a real store file.

The Bot API is answered in memory (FilesRequest below adds getFile, file downloads and
sendDocument to the recording request of conftest.py), so uploads, downloads and the export are
tested here without a network; tests/e2e/test_admin.py drives the same flows over the emulator.
"""

from __future__ import annotations

import asyncio
import json
import logging
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database
from telegram.ext import Application
from telegram.request import RequestData

from bot.answer import answer
from bot.telegram import admin, admin_texts
from bot.telegram.app import file_base_url, register_commands
from bot.telegram.kb_sync import SYNC_KEY, KnowledgeSync, read_version
from bot.telegram.state import BotState
from knowledge import cli, intake, kinds, store
from knowledge.extract import STRICT_ENV
from knowledge.index import KnowledgeBase, read_kb
from knowledge.kinds import count
from knowledge.unanswered import record_unanswered
from tests.bot.telegram.conftest import (
    ALICE,
    BOT_USER,
    GROUP,
    PRIVATE,
    STICKER,
    Call,
    RecordingRequest,
    message,
)
from tests.bot.telegram.telegram_html import telegram_html_text

Feed = Callable[..., Any]
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "articles"
TEGAL = FIXTURES / "tegal_sumber_rejeki.txt"
SULSEL = FIXTURES / "sulsel_target_2020.txt"
PALANGKA = FIXTURES.parent / "ingest" / "palangka.txt"
TEGAL_TITLE = "Pemkot Tegal Tutup Lokalisasi Sumber Rejeki, 86 PSK Dipulangkan"
TEGAL_QUESTION = "Berapa PSK di lokalisasi Sumber Rejeki?"
KALTIM_ARTICLE = "000_a4ac51ac81643967"

ADMIN = ALICE
"""The admin of these tests (BOT_ADMIN_IDS holds Alice's id)."""
BUDI = {"id": 777, "is_bot": False, "first_name": "Budi", "username": "budi"}
BUDI_CHAT = {"id": BUDI["id"], "type": "private", "first_name": "Budi"}

ADMIN_COMMANDS = [command for command, _ in admin_texts.ADMIN_COMMANDS]
STORE_TABLES = (*store.TABLES, "unanswered")


# ------------------------------------------------------------------------------ fixtures


@dataclass
class FilesRequest(RecordingRequest):
    """The recording request, plus uploaded files: getFile, downloads and sendDocument."""

    files: dict[str, bytes] = field(default_factory=dict)
    """file_id -> the file's bytes, as if a user had uploaded it."""
    uploads: list[tuple[str, bytes, str]] = field(default_factory=list)
    """Documents the bot sent: (file name, bytes, MIME type)."""

    def upload(
        self, data: bytes, name: str = "artikel.txt", size: int | None = None
    ) -> dict[str, Any]:
        """Keep `data` as a user's upload; returns the Document a message carries."""
        file_id = f"doc{len(self.files) + 1}"
        self.files[file_id] = data
        return {
            "file_id": file_id,
            "file_unique_id": f"u-{file_id}",
            "file_name": name,
            "mime_type": "text/plain",
            "file_size": len(data) if size is None else size,
        }

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        """Serve downloads; keep the bytes of sent documents; the rest as the parent does."""
        if "/file/bot" in url:
            file_id = url.rsplit("/", 1)[1]
            self.calls.append(Call("download", {"file_id": file_id}))
            return (200, self.files[file_id]) if file_id in self.files else (404, b"")
        if url.endswith("/sendDocument") and request_data and request_data.multipart_data:
            name, data, mime = request_data.multipart_data["document"][:3]
            self.uploads.append((str(name), bytes(data), str(mime)))  # type: ignore[arg-type]
        return await super().do_request(
            url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
        )

    def _result(self, endpoint: str, params: dict[str, Any]) -> Any:
        if endpoint == "getFile":
            file_id = params["file_id"]
            return {
                "file_id": file_id,
                "file_unique_id": f"u-{file_id}",
                "file_size": len(self.files.get(file_id, b"")),
                "file_path": f"documents/{file_id}",
            }
        if endpoint == "sendDocument":
            return {
                "message_id": 99_000 + len(self.uploads),
                "date": 1,
                "chat": {**PRIVATE, "id": int(params["chat_id"])},
                "from": BOT_USER,
                "document": {"file_id": "sent", "file_unique_id": "sent-u"},
                "caption": params.get("caption"),
            }
        return super()._result(endpoint, params)


@pytest.fixture
def kb_path(built_kb: Path, tmp_path: Path) -> Path:
    """This test's own copy of the built knowledge base."""
    path = tmp_path / "kb.sqlite"
    shutil.copyfile(built_kb, path)
    return path


@pytest.fixture(scope="session")
def built_snapshot(built_kb: Path) -> tuple[str | None, KnowledgeBase]:
    """The built knowledge base in memory (immutable, so tests can share it) and its version."""
    return read_version(built_kb), read_kb(built_kb)


@pytest.fixture
def state(kb_path: Path, built_snapshot: tuple[str | None, KnowledgeBase]) -> BotState:
    """The shared state with the real engine, Alice as the only admin."""
    version, kb = built_snapshot
    assert read_version(kb_path) == version, "the copy is the built file"
    return BotState(
        kb=kb,
        kb_path=kb_path,
        admin_ids=frozenset({ADMIN["id"]}),
        answer=answer,
        kb_version=version,
    )


@pytest.fixture
def recorder() -> FilesRequest:
    """The bot's Bot API calls, with files."""
    return FilesRequest()


def dump(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, in key order (unanswered in insertion order)."""
    db = Database(path)
    try:
        state = store.dump(db, store.TABLES)
        if db.table("unanswered").exists():
            state["unanswered"] = list(db.query("SELECT rowid, * FROM unanswered ORDER BY rowid"))
        return state
    finally:
        db.close()


def texts_of(recorder: RecordingRequest) -> list[str]:
    """What the bot sent, as a person sees it (each checked as Telegram HTML)."""
    return [telegram_html_text(params["text"]) for params in recorder.sent()]


def said(recorder: RecordingRequest) -> str:
    """Everything the bot sent, as one text."""
    return "\n\n".join(texts_of(recorder))


def audit_rows(path: Path) -> list[dict[str, Any]]:
    """The audit log, oldest first."""
    db = Database(path)
    try:
        return list(db.query("SELECT * FROM audit ORDER BY id"))
    finally:
        db.close()


async def ask(feed: Feed, question: str, chat: dict[str, Any] = BUDI_CHAT) -> str:
    """What a user gets for `question` in a private chat."""
    return said(await feed(message=message(question, chat=chat, **{"from": BUDI})))


def as_admin(text: str | None = None, **fields: Any) -> dict[str, Any]:
    """A message from the admin in the private chat."""
    return message(text, **fields)


def as_budi(text: str | None = None, **fields: Any) -> dict[str, Any]:
    """A message from Budi, who is not an admin, in his private chat."""
    return message(text, chat=BUDI_CHAT, **{"from": BUDI, **fields})


# ------------------------------------------------------------------------- adding articles


async def test_admin_adds_an_article_as_text_and_users_are_answered_from_it_at_once(
    feed: Feed, state: BotState, kb_path: Path
) -> None:
    before = await ask(feed, TEGAL_QUESTION)
    assert TEGAL_TITLE not in before

    text = TEGAL.read_text()
    review = said(await feed(message=as_admin(f"/artikel\n{text}")))
    article_id = admin.text_article_id(text.strip())
    assert f"Artikel ditambahkan: {article_id}" in review
    assert f"Judul: {TEGAL_TITLE}" in review
    assert "Media: KOMPAS.com" in review
    assert "Tanggal: 12 Maret 2019" in review
    count_line = next(line for line in review.splitlines() if "· jumlah ·" in line)
    assert "angka 86" in count_line
    assert "tempat Sumber Rejeki" in count_line
    assert article_id in state.kb.articles, "the snapshot in memory was swapped"
    facts = state.kb.facts_of_article(article_id)
    assert f"{len(facts)} fakta diambil" in review
    assert all(f"{fact.id} · " in review for fact in facts), "every fact, with its id"

    after = await ask(feed, TEGAL_QUESTION)
    assert "86" in after
    assert TEGAL_TITLE in after, after
    [entry] = [row for row in audit_rows(kb_path) if row["action"] == "ingest"]
    assert entry["actor"] == f"telegram:{ADMIN['id']}"
    assert entry["target"] == f"article:{article_id}"


async def test_a_sentence_a_rule_could_not_read_is_named_in_the_review(
    feed: Feed, state: BotState, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A broken rule costs its facts, not the article; the admin is told what to check."""
    monkeypatch.delenv(STRICT_ENV, raising=False)

    def broken(ctx: Any, view: Any) -> None:
        if "sebanyak 40 orang" in view.text:
            raise RuntimeError("aturan rusak untuk uji")
        count.counts(ctx, view)

    table = tuple((kind, broken if rule is count.counts else rule) for kind, rule in kinds.RULES)
    monkeypatch.setattr(kinds, "RULES", table)
    review = said(await feed(message=as_admin(f"/artikel id=palangka {PALANGKA.read_text()}")))
    assert "Artikel ditambahkan: palangka" in review
    assert "1 kalimat tidak terbaca" in review
    assert "[1] “Kepala Dinas Sosial mengatakan jumlah pekerja seks" in review
    assert "palangka" in state.kb.articles
    assert {f.kind for f in state.kb.facts_of_article("palangka")} >= {"target", "site"}


async def test_article_id_can_be_named(feed: Feed, state: BotState) -> None:
    review = said(await feed(message=as_admin(f"/artikel id=tegal-2019 {TEGAL.read_text()}")))
    assert "Artikel ditambahkan: tegal-2019" in review
    assert "tegal-2019" in state.kb.articles


async def test_admin_adds_the_article_of_a_replied_message(feed: Feed, state: BotState) -> None:
    earlier = message(SULSEL.read_text())
    review = said(await feed(message=as_admin("/artikel", reply_to_message=earlier)))
    assert "Sulsel Targetkan Bebas Lokalisasi pada 2020" in review
    assert admin.text_article_id(SULSEL.read_text().strip()) in state.kb.articles


async def test_replying_to_a_failed_attempt_uses_its_text_without_the_command(
    feed: Feed, state: BotState
) -> None:
    earlier = message(f"/artikel id=sulsel {SULSEL.read_text()}")
    review = said(await feed(message=as_admin("/artikel", reply_to_message=earlier)))
    assert "Sulsel Targetkan" in review
    assert any(a.title.startswith("Sulsel") for a in state.kb.articles.values())


async def test_admin_adds_a_txt_document_sent_with_the_command(
    feed: Feed, recorder: FilesRequest, state: BotState
) -> None:
    document = recorder.upload(TEGAL.read_bytes(), "tegal_sumber_rejeki.txt")
    sent = await feed(message=as_admin(document=document, caption="/artikel"))
    review = said(sent)
    assert "Artikel ditambahkan: tegal_sumber_rejeki" in review, "id from the file name"
    assert [c.method for c in sent.calls if c.method in ("getFile", "download")] == [
        "getFile",
        "download",
    ]
    assert "tegal_sumber_rejeki" in state.kb.articles


async def test_a_documents_caption_names_it_but_the_file_is_the_article(
    feed: Feed, recorder: FilesRequest, state: BotState
) -> None:
    document = recorder.upload(TEGAL.read_bytes(), "tegal.txt")
    review = said(await feed(message=as_admin(document=document, caption="/artikel id=tgl ok")))
    assert "Artikel ditambahkan: tgl" in review
    assert TEGAL_TITLE in review


async def test_admin_adds_a_document_by_replying_to_it(
    feed: Feed, recorder: FilesRequest, state: BotState
) -> None:
    document = recorder.upload(SULSEL.read_bytes(), "Berita Sulsel 2020.txt")
    earlier = message(document=document)
    review = said(await feed(message=as_admin("/artikel", reply_to_message=earlier)))
    assert "Artikel ditambahkan: Berita-Sulsel-2020" in review
    assert "Berita-Sulsel-2020" in state.kb.articles


async def test_a_document_without_the_command_gets_a_hint_for_admins(
    feed: Feed, recorder: FilesRequest, kb_path: Path
) -> None:
    before = dump(kb_path)
    sent = await feed(message=as_admin(document=recorder.upload(TEGAL.read_bytes())))
    assert "/artikel" in said(sent)
    assert [c.method for c in sent.calls if c.method in ("getFile", "download")] == []
    assert dump(kb_path) == before


BINARY_CASES = [
    pytest.param(b"", "berkas kosong", id="empty"),
    pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "tampaknya PDF", id="pdf"),
    pytest.param(b"\x00\x01\x02binary\x00" * 20, "bukan berkas teks", id="binary"),
    pytest.param(
        "Lokalisasi Sumber Rejeki ditutup, kata Walikota Ã©".encode("cp1252") + b"\x81\x8d",
        "bukan teks UTF-8",
        id="not-utf8",
    ),
    pytest.param(b" \n\t \n", "hanya berisi spasi", id="blank"),
]


@pytest.mark.parametrize(("data", "complaint"), BINARY_CASES)
async def test_unreadable_documents_are_refused_and_nothing_changes(
    feed: Feed, recorder: FilesRequest, kb_path: Path, data: bytes, complaint: str
) -> None:
    before = dump(kb_path)
    document = recorder.upload(data, "berita.txt")
    reply = said(await feed(message=as_admin(document=document, caption="/artikel")))
    assert complaint in reply
    assert admin_texts.NOTHING_CHANGED in reply
    assert dump(kb_path) == before


async def test_a_document_over_1_mb_is_refused_without_downloading_it(
    feed: Feed, recorder: FilesRequest, kb_path: Path
) -> None:
    before = dump(kb_path)
    document = recorder.upload(b"x", "besar.txt", size=intake.MAX_ARTICLE_BYTES + 1)
    sent = await feed(message=as_admin(document=document, caption="/artikel"))
    assert "terlalu besar" in said(sent)
    assert "1 MB" in said(sent)
    assert [c.method for c in sent.calls if c.method in ("getFile", "download")] == []
    assert dump(kb_path) == before


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        pytest.param("/artikel", "Menambah artikel", id="nothing"),
        pytest.param("/artikel    ", "Menambah artikel", id="spaces"),
        pytest.param(
            "/artikel Cuaca cerah di Jakarta hari ini, warga berolahraga di taman kota.",
            "",
            id="no-facts",
        ),
        pytest.param("/artikel id=bad/id " + "x" * 40, "ID artikel", id="bad-id"),
        pytest.param("/artikel \x00\x01\x02\x03\x04\x05\x06", "", id="control-characters"),
    ],
)
async def test_malformed_article_text_is_refused_and_nothing_changes(
    feed: Feed, kb_path: Path, text: str, complaint: str
) -> None:
    before = dump(kb_path)
    reply = said(await feed(message=as_admin(text)))
    assert complaint in reply
    assert "Artikel ditambahkan" not in reply
    assert dump(kb_path) == before


async def test_article_without_facts_says_so(feed: Feed, kb_path: Path) -> None:
    text = "/artikel Cuaca cerah di Jakarta hari ini, warga berolahraga di taman kota."
    reply = said(await feed(message=as_admin(text)))
    assert "⚠️" in reply
    assert admin_texts.NOTHING_CHANGED in reply


async def test_a_duplicate_article_is_refused(feed: Feed, kb_path: Path) -> None:
    text = TEGAL.read_text()
    await feed(message=as_admin(f"/artikel {text}"))
    before = dump(kb_path)
    reply = said(await feed(message=as_admin(f"/artikel id=lagi {text}")))
    assert "sudah ada" in reply
    assert admin_texts.NOTHING_CHANGED in reply
    assert dump(kb_path) == before


async def test_replying_to_a_message_without_text_explains(feed: Feed, kb_path: Path) -> None:
    sticker = message(sticker=STICKER)
    reply = said(await feed(message=as_admin("/artikel", reply_to_message=sticker)))
    assert "tidak berisi teks" in reply


# ------------------------------------------------------------------------ non-admins


NON_ADMIN_ATTEMPTS = [
    f"/artikel {TEGAL.read_text()}",
    "/hapusfakta 1001",
    f"/hapusartikel {KALTIM_ARTICLE}",
    "/ubahfakta 1001 angka=5",
    "/batal",
    "/fakta",
    "/riwayat",
    "/belumterjawab",
    "/ekspor",
    "/admin",
]


@pytest.mark.parametrize("text", NON_ADMIN_ATTEMPTS, ids=lambda t: t.split()[0])
async def test_non_admins_are_refused_politely_nothing_changes_and_it_is_logged(
    feed: Feed, kb_path: Path, state: BotState, text: str, caplog: pytest.LogCaptureFixture
) -> None:
    before, snapshot = dump(kb_path), state.kb
    sent = await feed(message=as_budi(text))
    [reply] = texts_of(sent)
    assert reply == admin_texts.REFUSED
    assert sent.bot_calls() == ["sendMessage"], "no upload, no download, nothing else"
    assert dump(kb_path) == before
    assert state.kb is snapshot
    command = text.split()[0][1:]
    refusals = [r for r in caplog.records if r.name == "bot.telegram.admin"]
    assert [r.levelno for r in refusals] == [logging.WARNING]
    assert f"/{command}" in refusals[0].getMessage()
    assert str(BUDI["id"]) in refusals[0].getMessage()


async def test_a_non_admins_document_upload_is_refused_without_download(
    feed: Feed, recorder: FilesRequest, kb_path: Path
) -> None:
    before = dump(kb_path)
    document = recorder.upload(TEGAL.read_bytes(), "tegal.txt")
    sent = await feed(message=as_budi(document=document, caption="/artikel"))
    assert texts_of(sent) == [admin_texts.REFUSED]
    assert sent.bot_calls() == ["sendMessage"]
    assert dump(kb_path) == before


async def test_admins_use_admin_commands_in_private_chats_only(feed: Feed, kb_path: Path) -> None:
    before = dump(kb_path)
    reply = said(await feed(message=message("/hapusfakta 1001", chat=GROUP)))
    assert reply == admin_texts.PRIVATE_ONLY
    assert dump(kb_path) == before


async def test_a_non_admin_in_a_group_is_refused(feed: Feed, kb_path: Path) -> None:
    before = dump(kb_path)
    sent = await feed(message=message("/batal", chat=GROUP, **{"from": BUDI}))
    assert texts_of(sent) == [admin_texts.REFUSED]
    assert dump(kb_path) == before


# -------------------------------------------------------------------- facts and changes


async def test_facts_are_listed_with_ids_by_keyword_and_by_article(
    feed: Feed, state: BotState
) -> None:
    listing = said(await feed(message=as_admin("/fakta Tarakan")))
    ids = [f.id for f in state.kb.facts if f.id and f.place_id]
    assert any(str(fact_id) in listing for fact_id in ids)
    assert "Tarakan" in listing

    by_article = said(await feed(message=as_admin(f"/fakta {KALTIM_ARTICLE}")))
    expected = [f.id for f in state.kb.facts_of_article(KALTIM_ARTICLE)]
    assert f"{len(expected)} fakta" in by_article
    assert all(str(fact_id) in by_article for fact_id in expected[: admin.FACT_LIST_LIMIT])

    nothing = said(await feed(message=as_admin("/fakta zzzqqq")))
    assert "Tidak ada fakta" in nothing


async def test_all_facts_are_cut_to_the_limit_with_a_hint(feed: Feed, state: BotState) -> None:
    sent = await feed(message=as_admin("/fakta"))
    listing = said(sent)
    assert f"{len(state.kb.facts)} fakta" in listing
    assert "lainnya" in listing
    assert all(len(part["text"]) <= 4096 for part in sent.sent())


def first_fact(state: BotState, kind: str) -> Any:
    return next(f for f in state.kb.facts if f.kind == kind and f.number is not None)


async def test_a_fact_is_corrected_shown_and_answers_use_it(
    feed: Feed, state: BotState, kb_path: Path
) -> None:
    fact = first_fact(state, "count")
    reply = said(await feed(message=as_admin(f"/ubahfakta {fact.id} angka=12345")))
    assert "Diubah" in reply
    assert "12.345" in reply
    [changed] = [f for f in state.kb.facts if f.id == fact.id]
    assert changed.number == 12345
    [row] = [r for r in audit_rows(kb_path) if r["action"] == "update_fact"]
    assert row["actor"] == f"telegram:{ADMIN['id']}"
    assert row["target"] == f"fact:{fact.id}"


async def test_a_place_is_corrected_by_name(feed: Feed, state: BotState) -> None:
    fact = first_fact(state, "count")
    reply = said(await feed(message=as_admin(f"/ubahfakta {fact.id} tempat=Kota Tarakan")))
    assert "Diubah" in reply
    [changed] = [f for f in state.kb.facts if f.id == fact.id]
    assert state.kb.place_name(changed.place_id) == "Kota Tarakan"


@pytest.mark.parametrize(
    ("argument", "complaint"),
    [
        pytest.param("", "Kolom yang bisa diubah", id="empty"),
        pytest.param("abc angka=5", "ID fakta harus angka", id="id-not-a-number"),
        pytest.param("{id} angka", "Kolom yang bisa diubah", id="no-equals"),
        pytest.param("{id} warna=merah", "Kolom 'warna' tidak bisa diubah", id="unknown-field"),
        pytest.param("{id} angka=banyak", "bukan angka", id="bad-number"),
        pytest.param("{id} tempat=Atlantis", "tidak dikenal", id="unknown-place"),
        pytest.param("{id} nama=Budi", "tidak dipakai fakta jenis count", id="field-of-other-kind"),
        pytest.param("99999999 angka=5", "tidak ada", id="no-such-fact"),
    ],
)
async def test_bad_corrections_are_explained_and_change_nothing(
    feed: Feed, state: BotState, kb_path: Path, argument: str, complaint: str
) -> None:
    fact = first_fact(state, "count")
    before = dump(kb_path)
    reply = said(await feed(message=as_admin(f"/ubahfakta {argument.format(id=fact.id)}")))
    assert complaint in reply, reply
    if "Kolom yang bisa" in complaint:
        for field in store.EDITABLE_FIELDS:
            assert field in reply
    assert dump(kb_path) == before


async def test_a_fact_and_an_article_are_removed_and_the_answers_follow(
    feed: Feed, state: BotState, kb_path: Path
) -> None:
    fact = first_fact(state, "count")
    reply = said(await feed(message=as_admin(f"/hapusfakta {fact.id}")))
    assert f"menghapus fakta {fact.id}" in reply
    assert all(f.id != fact.id for f in state.kb.facts)

    reply = said(await feed(message=as_admin(f"/hapusartikel {KALTIM_ARTICLE}")))
    assert f"menghapus artikel {KALTIM_ARTICLE}" in reply
    assert KALTIM_ARTICLE not in state.kb.articles
    assert [r["action"] for r in audit_rows(kb_path)][-2:] == ["remove_fact", "remove_article"]


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        pytest.param("/hapusfakta", "Tulis ID fakta", id="fact-without-id"),
        pytest.param("/hapusfakta enam", "Tulis ID fakta", id="fact-id-not-a-number"),
        pytest.param("/hapusfakta 424242", "tidak ada", id="no-such-fact"),
        pytest.param("/hapusartikel", "Tulis ID artikel", id="article-without-id"),
        pytest.param("/hapusartikel tidak-ada", "tidak ada", id="no-such-article"),
    ],
)
async def test_bad_removals_are_explained_and_change_nothing(
    feed: Feed, kb_path: Path, text: str, complaint: str
) -> None:
    before = dump(kb_path)
    reply = said(await feed(message=as_admin(text)))
    assert complaint in reply
    assert dump(kb_path) == before


async def test_undo_restores_the_previous_state_and_answers(
    feed: Feed, state: BotState, kb_path: Path
) -> None:
    original = dump(kb_path)
    await feed(message=as_admin(f"/artikel {TEGAL.read_text()}"))
    assert "86" in await ask(feed, TEGAL_QUESTION)

    reply = said(await feed(message=as_admin("/batal")))
    assert "Dibatalkan" in reply
    assert "menambah artikel" in reply
    answer_now = await ask(feed, TEGAL_QUESTION)
    assert TEGAL_TITLE not in answer_now
    restored = dump(kb_path)
    for table in ("articles", "sentences", "facts", "places", "aliases"):
        assert restored[table] == original[table], table

    # The build before is not undone: there is nothing left to take back.
    again = said(await feed(message=as_admin("/batal")))
    assert "Tidak ada perubahan yang bisa dibatalkan" in again
    assert dump(kb_path)["articles"] == original["articles"]


async def test_history_shows_who_when_what_and_before_after(feed: Feed, state: BotState) -> None:
    fact = first_fact(state, "count")
    await feed(message=as_admin(f"/ubahfakta {fact.id} angka=4321"))
    history = said(await feed(message=as_admin("/riwayat 5")))
    assert f"telegram:{ADMIN['id']}" in history
    assert "update_fact" in history
    assert "WIB" in history
    assert f"number: {fact.number} → 4321" in history
    assert "test:build" in history, "older changes too"

    usage = said(await feed(message=as_admin("/riwayat banyak")))
    assert "angka" in usage


async def test_unanswered_questions_are_listed_most_frequent_first(
    feed: Feed, kb_path: Path
) -> None:
    db = Database(kb_path)
    try:
        for question in ["siapa presiden?", "Siapa  presiden?", "cuaca besok?"]:
            record_unanswered(db, question)
    finally:
        db.close()
    listing = said(await feed(message=as_admin("/belumterjawab")))
    assert listing.index("2×") < listing.index("1×")
    assert "cuaca besok?" in listing


async def test_no_unanswered_questions_says_so(feed: Feed) -> None:
    assert said(await feed(message=as_admin("/belumterjawab"))) == admin_texts.NO_UNANSWERED


async def test_export_sends_the_knowledge_base_as_a_json_document(
    feed: Feed, recorder: FilesRequest, state: BotState
) -> None:
    sent = await feed(message=as_admin("/ekspor"))
    [params] = sent.sent("sendDocument")
    assert "artikel" in params["caption"]
    [(name, data, _)] = recorder.uploads
    assert name.startswith("tanya-lokalisasi-")
    assert name.endswith(".json")
    exported = json.loads(data.decode("utf-8"))
    assert {a["id"] for a in exported["articles"]} == set(state.kb.articles)
    assert len(exported["facts"]) == len(state.kb.facts)
    assert exported["audit"], "with the change log"


async def test_admin_help_lists_every_admin_command(feed: Feed) -> None:
    reply = said(await feed(message=as_admin("/admin")))
    for command in ADMIN_COMMANDS:
        assert f"/{command}" in reply


async def test_a_busy_store_is_reported_and_nothing_changes(
    feed: Feed, kb_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(*_: Any, **__: Any) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(store, "remove_fact", locked)
    before = dump(kb_path)
    reply = said(await feed(message=as_admin("/hapusfakta 1001")))
    assert reply == admin_texts.BUSY
    assert dump(kb_path) == before


@pytest.mark.expects_bot_errors
async def test_other_database_faults_reach_the_error_handler(
    feed: Feed, kb_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*_: Any, **__: Any) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "remove_fact", broken)
    reply = said(await feed(message=as_admin("/hapusfakta 1001")))
    assert "kesalahan" in reply, "the error handler apologised"
    assert reply != admin_texts.BUSY
    assert "disk I/O error" in caplog.text


async def test_a_missing_store_file_is_reported_and_not_created(feed: Feed, kb_path: Path) -> None:
    await asyncio.to_thread(kb_path.unlink)
    reply = said(await feed(message=as_admin("/riwayat")))
    assert "tidak ditemukan" in reply
    assert not await asyncio.to_thread(kb_path.exists)


async def test_a_write_locked_by_another_process_waits_or_is_refused_whole(
    feed: Feed, kb_path: Path, state: BotState
) -> None:
    """Another connection holds the write lock: the bot's change waits for it, then commits."""
    holder = sqlite3.connect(kb_path, timeout=1)
    holder.execute("BEGIN IMMEDIATE")
    fact = first_fact(state, "count")
    task = asyncio.create_task(feed(message=as_admin(f"/hapusfakta {fact.id}")))
    await asyncio.sleep(0.3)
    assert not task.done(), "the change waits for the lock, off the event loop"
    holder.rollback()
    holder.close()
    reply = said(await asyncio.wait_for(task, 10))
    assert f"menghapus fakta {fact.id}" in reply


# --------------------------------------------------------- same audit rows as the CLI


async def test_telegram_and_the_command_line_write_the_same_audit_rows(
    feed: Feed, recorder: FilesRequest, kb_path: Path, built_kb: Path, tmp_path: Path
) -> None:
    document = recorder.upload(TEGAL.read_bytes(), TEGAL.name)
    await feed(message=as_admin(document=document, caption="/artikel"))
    fact_id = next(f.id for f in read_kb(kb_path).facts_of_article(TEGAL.stem) if f.number)
    await feed(message=as_admin(f"/ubahfakta {fact_id} angka=87"))
    await feed(message=as_admin("/batal"))

    cli_path = tmp_path / "cli.sqlite"
    shutil.copyfile(built_kb, cli_path)
    actor = f"telegram:{ADMIN['id']}"
    common = ["--db", str(cli_path), "--actor", actor]
    assert cli.main(["ingest", str(TEGAL), *common]) == 0
    assert cli.main(["update-fact", str(fact_id), "number=87", *common]) == 0
    assert cli.main(["undo", *common]) == 0

    def comparable(path: Path) -> list[dict[str, Any]]:
        """The audit rows without their times (the only thing that may differ)."""
        return [{k: v for k, v in row.items() if k != "at"} for row in audit_rows(path)]

    assert comparable(kb_path) == comparable(cli_path)


# --------------------------------------------------------------------------- the menu


async def test_admin_commands_are_in_the_menu_of_admins_only(
    app: Application,  # type: ignore[type-arg]
    recorder: FilesRequest,
) -> None:
    await register_commands(app)
    menus = recorder.sent("setMyCommands")
    default = [m for m in menus if "scope" not in m]
    scoped = [m for m in menus if "scope" in m]
    [everyone] = default
    assert not {c["command"] for c in everyone["commands"]} & set(ADMIN_COMMANDS)
    [admins] = scoped
    assert admins["scope"] == {"type": "chat", "chat_id": ADMIN["id"]}
    assert set(ADMIN_COMMANDS) <= {c["command"] for c in admins["commands"]}


async def test_an_admin_unknown_to_telegram_gets_the_menu_on_first_message(
    app: Application,  # type: ignore[type-arg]
    recorder: FilesRequest,
    feed: Feed,
    caplog: pytest.LogCaptureFixture,
) -> None:
    recorder.failures["setMyCommands"] = (400, "Bad Request: chat not found")
    await register_commands(app)
    assert "Could not set the admin command menu" in caplog.text
    del recorder.failures["setMyCommands"]
    sent = await feed(message=as_admin("/start"))
    [menu] = sent.sent("setMyCommands")
    assert menu["scope"]["chat_id"] == ADMIN["id"]
    sent = await feed(message=as_admin("/start"))
    assert sent.sent("setMyCommands") == [], "once is enough"


async def test_the_menu_is_retried_once_only(
    app: Application,  # type: ignore[type-arg]
    recorder: FilesRequest,
    feed: Feed,
) -> None:
    recorder.failures["setMyCommands"] = (400, "Bad Request: chat not found")
    await register_commands(app)
    first = await feed(message=as_admin("/start"))
    assert len(first.sent("setMyCommands")) == 1
    second = await feed(message=as_admin("/start"))
    assert second.sent("setMyCommands") == [], "a refusing server is not asked on every message"


def test_file_url_follows_the_api_url() -> None:
    assert file_base_url("http://127.0.0.1:9000/bot") == "http://127.0.0.1:9000/file/bot"
    assert file_base_url("http://127.0.0.1:9000/bot/") == "http://127.0.0.1:9000/file/bot"
    assert file_base_url("http://host/custom/{token}") is None


# ------------------------------------------------------------------ changes elsewhere


class Clock:
    """A monotonic clock the test moves."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def ingest_elsewhere(path: Path, article: Path) -> None:
    """What `python -m knowledge ingest` does, on a connection of its own."""
    db = store.open_db(path)
    try:
        store.ingest_files(db, [article], actor="cli:tester")
    finally:
        db.close()


async def test_changes_by_other_processes_are_picked_up_within_the_interval(
    state: BotState, kb_path: Path, clock: Clock
) -> None:
    sync = KnowledgeSync(state, clock=clock)
    assert await sync.refresh() is False, "nothing changed"
    snapshot = state.kb
    ingest_elsewhere(kb_path, TEGAL)

    clock.now += sync.interval / 2
    assert await sync.refresh() is False, "not looked at again so soon"
    assert state.kb is snapshot

    clock.now += sync.interval
    assert await sync.refresh() is True
    assert TEGAL.stem in state.kb.articles
    assert state.kb_version == read_version(kb_path)

    clock.now += sync.interval
    assert await sync.refresh() is False, "one reload per change"


async def test_unanswered_questions_do_not_count_as_changes(
    state: BotState, kb_path: Path, clock: Clock
) -> None:
    sync = KnowledgeSync(state, clock=clock)
    snapshot = state.kb
    db = Database(kb_path)
    try:
        record_unanswered(db, "siapa presiden?")
    finally:
        db.close()
    clock.now += sync.interval * 2
    assert await sync.refresh() is False
    assert state.kb is snapshot


async def test_an_unreadable_file_keeps_the_snapshot_and_warns(
    state: BotState, kb_path: Path, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    sync = KnowledgeSync(state, clock=clock)
    snapshot = state.kb
    await asyncio.to_thread(kb_path.unlink)
    assert await sync.refresh() is False
    assert state.kb is snapshot
    assert "Could not check" in caplog.text


async def test_refresh_runs_before_every_update(
    app: Application,  # type: ignore[type-arg]
    feed: Feed,
    state: BotState,
    kb_path: Path,
) -> None:
    sync = app.bot_data[SYNC_KEY]
    assert isinstance(sync, KnowledgeSync)
    sync.interval = 0.0  # look on every update, so the next answer must see the change
    assert TEGAL_TITLE not in await ask(feed, TEGAL_QUESTION)
    ingest_elsewhere(kb_path, TEGAL)
    answer_now = await ask(feed, TEGAL_QUESTION)
    assert "86" in answer_now
    assert TEGAL_TITLE in answer_now


@pytest.fixture(autouse=True)
def _no_stray_wal_locks(kb_path: Path) -> Iterator[None]:
    """Every connection a test opened is closed again: the file can be opened for writing."""
    yield
    if kb_path.exists():
        check = sqlite3.connect(kb_path, timeout=1)
        try:
            check.execute("BEGIN IMMEDIATE")
            check.rollback()
        finally:
            check.close()
