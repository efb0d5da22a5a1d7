"""Admins adding news by link, and teaching a fact, over the Bot API; users answered with the link.

A news site runs on 127.0.0.1 inside the test (tests/pages_server.py); the bot is started with
FETCH_ALLOW_PRIVATE_HOSTS=true so it may reach it, as a private deployment would.
"""

from __future__ import annotations

import re
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from bot.telegram.admin_texts import REFUSED
from knowledge import store
from tests.e2e.checks import SOURCE_MARK, numbers_in, shown, shown_all
from tests.e2e.conftest import is_polling, running_bot
from tests.e2e.harness import (
    BotApiClient,
    BotMessage,
    BotProcess,
    Emulator,
    User,
    new_user,
    private_chat,
    wait_for,
)
from tests.pages_server import PAGES, PagesServer, Route, serve, site

PORTAL_TITLE = "Pemkab Jember Tutup Lokalisasi Gang Kenanga, 64 PSK Dipulangkan"
PORTAL_URL = (
    "https://regional.wartanusantara.example/read/2023/08/14/jember-tutup-lokalisasi-gang-kenanga"
)
PORTAL_ID = "jember-tutup-lokalisasi-gang-kenanga"
QUESTION = "berapa psk di lokalisasi gang kenanga jember?"
KALTIM = "000_a4ac51ac81643967"
JABAR = "Terbanyak berada di Provinsi Jawa Barat dengan jumlah PSK mencapai 21 ribu orang."
REVIEW_TIMEOUT = 60.0

_tokens = iter(range(1, 1000))


@pytest.fixture(scope="module")
def news_site() -> Iterator[PagesServer]:
    yield from serve()


@pytest.fixture(scope="module")
def urls(news_site: PagesServer) -> dict[str, str]:
    return site(news_site)


class LinkBot:
    """A bot whose admin is `admin`, allowed to fetch from the test's site."""

    def __init__(self, bot: BotProcess, admin: User) -> None:
        self.bot = bot
        self.client: BotApiClient = bot.client
        self.admin = admin
        self.chat = private_chat(admin)

    def send(self, text: str, **content: Any) -> None:
        self.client.send(self.chat, self.admin, text, **content)

    def until(self, pattern: str, timeout: float = REVIEW_TIMEOUT) -> list[BotMessage]:
        """The bot's messages to the admin up to and including the first matching `pattern`."""
        taken: list[BotMessage] = []

        def probe() -> list[BotMessage] | None:
            taken.extend(self.client.drain(self.chat.id))
            if any(re.search(pattern, shown(m)) for m in taken):
                return taken
            return None

        return wait_for(f"a message matching {pattern!r}", probe, timeout)

    def until_command(self, text: str, pattern: str) -> list[BotMessage]:
        """Send `text` and wait for the answer matching `pattern`, then for the rest of it."""
        self.send(text)
        taken = self.until(pattern)
        self.client.barrier()
        return taken + self.client.drain(self.chat.id)


@pytest.fixture
def link_bot(emulator: Emulator, built_kb: Path, tmp_path: Path) -> Iterator[LinkBot]:
    admin = new_user("Admin")
    token = f"49{next(_tokens):04d}:links-SECRET-token"
    shutil.copyfile(built_kb, tmp_path / "kb.sqlite")
    env = {"BOT_ADMIN_IDS": str(admin.id), "FETCH_ALLOW_PRIVATE_HOSTS": "true"}
    with running_bot(emulator, token, tmp_path, is_polling, env=env) as bot:
        yield LinkBot(bot, admin)


def ask(client: BotApiClient, question: str) -> list[BotMessage]:
    user = new_user("Penanya")
    chat = private_chat(user)
    client.send(chat, user, question)
    first = client.replies(chat.id)
    client.barrier()
    return first + client.drain(chat.id)


def stored(bot: LinkBot) -> Database:
    return Database(bot.bot.kb_path)


# ------------------------------------------------------------------------------ tests


def test_admin_adds_by_link_and_users_get_the_link(link_bot: LinkBot, urls: dict[str, str]) -> None:
    link_bot.send(f"/artikel {urls['portal']}")
    review = shown_all(link_bot.until("Artikel ditambahkan|⚠️"))
    assert "Artikel ditambahkan" in review, review
    assert f"Judul: {PORTAL_TITLE}" in review
    assert "Media: Warta Nusantara" in review
    assert "Tanggal: 14 Agustus 2023" in review
    assert f"URL: {PORTAL_URL}" in review
    assert re.search(r"\d+ · jumlah · angka 64", review), review
    for command in ("/ubahfakta", "/tambahfakta", "/hapusartikel", "/batal"):
        assert command in review

    answer = ask(link_bot.client, QUESTION)
    text = shown_all(answer)
    assert 64 in numbers_in(text)
    assert SOURCE_MARK in text
    html = "\n".join(m.text for m in answer)
    assert f'<a href="{PORTAL_URL}">' in html, html


def test_a_slow_fetch_does_not_hold_up_other_users(
    link_bot: LinkBot, news_site: PagesServer
) -> None:
    gate = threading.Event()
    news_site.routes["/tertahan"] = Route(body=(PAGES / "amp_pati.html").read_bytes(), gate=gate)
    try:
        link_bot.send(f"/artikel {news_site.url('/tertahan')}")
        link_bot.until("Mengambil artikel")
        wait_for("the bot's request", lambda: news_site.fetched("/tertahan") or None)
        # The page is still on its way: a user's question is answered meanwhile.
        answer = shown_all(ask(link_bot.client, "kapan lokalisasi di kaltim ditutup?"))
        assert SOURCE_MARK in answer
        assert not any(
            "Artikel ditambahkan" in shown(m) for m in link_bot.client.drain(link_bot.chat.id)
        )
    finally:
        gate.set()
    review = shown_all(link_bot.until("Artikel ditambahkan|⚠️"))
    assert "Pemkab Pati Tutup Lokalisasi Sri Rejeki" in review, review


def test_the_same_link_twice_is_refused(link_bot: LinkBot, urls: dict[str, str]) -> None:
    link_bot.send(f"/artikel {urls['wire']}")
    link_bot.until("Artikel ditambahkan")
    link_bot.send(f"/artikel {urls['wire']}")
    refusal = shown_all(link_bot.until("⚠️"))
    assert "sudah ada sebagai ID pemkot-palu-targetkan-bebas-lokalisasi-pada-2025" in refusal
    assert "Tidak ada yang diubah" in refusal


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("off_topic", "tidak tampak seperti berita tentang lokalisasi"),
        ("mati", "HTTP 404"),
        ("laporan.pdf", "PDF"),
    ],
)
def test_bad_links_are_refused_and_nothing_is_saved(
    link_bot: LinkBot, urls: dict[str, str], name: str, message: str
) -> None:
    before = store.dump(stored(link_bot), ("articles", "facts"))
    link_bot.send(f"/artikel {urls[name]}")
    refusal = shown_all(link_bot.until("⚠️"))
    assert message in refusal
    assert store.dump(stored(link_bot), ("articles", "facts")) == before


def test_a_non_admin_is_refused_and_nothing_is_fetched(
    link_bot: LinkBot, news_site: PagesServer, urls: dict[str, str]
) -> None:
    asked = len(news_site.requests)
    stranger = new_user("Orang")
    chat = private_chat(stranger)
    link_bot.client.send(chat, stranger, f"/artikel {urls['amp']}")
    reply = shown(link_bot.client.replies(chat.id)[0])
    assert reply == REFUSED
    link_bot.client.barrier()
    time.sleep(0.5)  # a fetch would have started by now
    assert len(news_site.requests) == asked, "nothing was fetched"


def test_a_forwarded_link_is_offered_with_a_button(
    link_bot: LinkBot, news_site: PagesServer, urls: dict[str, str]
) -> None:
    text = f"Berita hari ini: {urls['wordpress']}"
    start = text.index("http")
    entity = {"type": "url", "offset": start, "length": len(text) - start}
    origin = {
        "type": "channel",
        "date": int(time.time()),
        "message_id": 7,
        "chat": {"id": -1001234, "type": "channel", "title": "Kabar Daerah"},
    }
    asked = len(news_site.requests)
    link_bot.send(text, entities=[entity], forward_origin=origin)
    offer = link_bot.until("Tambahkan artikel dari tautan ini")[-1]
    assert urls["wordpress"] in shown(offer)
    assert len(news_site.requests) == asked, "nothing is fetched before the admin says so"
    add = next(data for label, data in offer.buttons if "Tambahkan" in label)
    link_bot.client.press(link_bot.chat, link_bot.admin, offer, add)
    review = shown_all(link_bot.until("Artikel ditambahkan|⚠️"))
    assert "Dinsos Tanah Laut Data 47 PSK" in review, review
    now = link_bot.client.current(offer)
    assert now.buttons == [], "the question lost its buttons"
    assert "Mengambil artikel" in shown(now)
    # Pressed again (a double tap, or an old message): nothing is fetched twice.
    asked = len(news_site.requests)
    link_bot.client.press(link_bot.chat, link_bot.admin, offer, add)
    assert "kedaluwarsa" in shown_all(link_bot.until("kedaluwarsa"))
    assert len(news_site.requests) == asked


def test_tambahfakta_teaches_a_fact_undo_and_rebuild(link_bot: LinkBot) -> None:
    link_bot.send(
        f"/tambahfakta {KALTIM} jumlah “sebuah kalimat yang tidak ada di artikel” angka=5"
    )
    refusal = shown_all(link_bot.until("⚠️"))
    assert "tidak ditemukan" in refusal

    fact_id = _teach_jabar(link_bot)
    listed = shown_all(link_bot.until_command(f"/fakta {KALTIM}", "fakta untuk"))
    assert re.search(rf"{fact_id} · jumlah · angka 21\.000 .*ditambahkan admin", listed), listed
    answer = shown_all(ask(link_bot.client, "berapa psk di jawa barat?"))
    assert 21_000 in numbers_in(answer)

    link_bot.send("/batal")
    undone = shown_all(link_bot.until("Dibatalkan"))
    assert f"fakta {fact_id}" in undone
    assert not list(stored(link_bot).query("SELECT id FROM facts WHERE id = ?", [fact_id]))

    # Taught again, a rebuild from the command line keeps it; /batal then refuses to reach
    # past the build, and says why.
    fact_id = _teach_jabar(link_bot)
    db = stored(link_bot)
    store.build(db, actor="test:rebuild")
    assert db.table("facts").get(fact_id)["quote"] == JABAR
    db.close()
    link_bot.send("/batal")
    refused = shown_all(link_bot.until("build"))
    assert "tidak bisa dibatalkan" in refused
    assert list(stored(link_bot).query("SELECT id FROM facts WHERE id = ?", [fact_id]))


def _teach_jabar(link_bot: LinkBot) -> int:
    """/tambahfakta of the Jawa Barat count in the Kaltim article; the new fact's id."""
    link_bot.send(
        f"/tambahfakta {KALTIM} jumlah “jawa barat dengan jumlah PSK mencapai 21 ribu orang” "
        "angka=21 ribu; tempat=Jawa Barat"
    )
    added = shown_all(link_bot.until("Ditambahkan"))
    assert "ditambahkan admin" in added
    return int(re.search(r"menambah fakta (\d+)", added)[1])  # type: ignore[index]


def test_a_bare_link_is_offered_and_no_means_no(
    link_bot: LinkBot, news_site: PagesServer, urls: dict[str, str]
) -> None:
    asked = len(news_site.requests)
    url = urls["amp"]
    link_bot.send(url, entities=[{"type": "url", "offset": 0, "length": len(url)}])
    offer = link_bot.until("Tambahkan artikel dari tautan ini")[-1]
    skip = next(data for label, data in offer.buttons if label == "Tidak")
    link_bot.client.press(link_bot.chat, link_bot.admin, offer, skip)
    wait_for(
        "the question to be answered",
        lambda: "tidak ditambahkan" in shown(link_bot.client.current(offer)) or None,
    )
    link_bot.client.barrier()
    assert len(news_site.requests) == asked, "nothing was fetched"
    assert not list(stored(link_bot).query("SELECT id FROM articles WHERE url LIKE '%suaramuria%'"))
