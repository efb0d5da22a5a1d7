"""Articles by link and from saved pages: real HTTP to a news site on 127.0.0.1, real databases.

The site (tests/pages_server.py) serves pages in the layouts Indonesian news sites use — a
national portal with JSON-LD, a regional network's paginated page with "Baca juga" blocks, a
wire agency, a WordPress blog, an AMP page — and every fault a fetch must survive.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlite_utils import Database

from bot.answer import answer
from bot.ask import answer_json
from knowledge import store
from knowledge.errors import DuplicateArticle, InvalidInput, KnowledgeError
from knowledge.fetch import FetchError, FetchSettings, decode_body, fetch_page
from knowledge.index import load_kb
from knowledge.links import (
    article_from_link,
    find_links,
    is_link,
    refuse_known,
    with_free_id,
)
from knowledge.webpage import next_page_url
from tests.knowledge.conftest import content
from tests.pages_server import PAGES, PagesServer, Route, serve, site

ALLOWED = FetchSettings(allow_private_hosts=True, timeout=2.0, _env_file=None)  # type: ignore[call-arg]
STRICT = FetchSettings(allow_private_hosts=False, timeout=2.0, _env_file=None)  # type: ignore[call-arg]


@pytest.fixture(scope="module")
def server() -> Iterator[PagesServer]:
    yield from serve()


@pytest.fixture(scope="module")
def urls(server: PagesServer) -> dict[str, str]:
    return site(server)


async def ingest_link(db: Database, url: str, settings: FetchSettings = ALLOWED) -> str:
    item = await article_from_link(url, settings)
    report = store.ingest(db, [item], actor="test:link")
    return report.articles[0].id


# ----------------------------------------------------------------------------- layouts

LAYOUTS = [
    pytest.param(
        "portal",
        "Pemkab Jember Tutup Lokalisasi Gang Kenanga, 64 PSK Dipulangkan",
        "Warta Nusantara",
        dt.date(2023, 8, 14),
        "https://regional.wartanusantara.example/read/2023/08/14/jember-tutup-lokalisasi-gang-kenanga",
        {("count", 64), ("aid", 4_500_000), ("target", 2024)},
        id="portal-jsonld",
    ),
    pytest.param(
        "regional",
        "Lokalisasi Karang Indah Cilacap Resmi Ditutup, 112 Penghuni Terima Bantuan",
        "Kabarbanyumasan.com",
        dt.date(2022, 11, 21),
        None,
        # 112 is on page 1, the Rp 5.050.000 on page 2: both pages were read.
        {("count", 112), ("aid", 5_050_000), ("aid", 750_000)},
        id="regional-paginated",
    ),
    pytest.param(
        "wire",
        "Pemkot Palu targetkan bebas lokalisasi pada 2025",
        "Antarnusa",
        dt.date(2024, 2, 6),
        None,
        {("target", 2025), ("count", 38)},
        id="wire-agency",
    ),
    pytest.param(
        "wordpress",
        "Dinsos Tanah Laut Data 47 PSK di Lokalisasi Km 8 Pelaihari",
        "Banua Pos",
        dt.date(2021, 5, 10),
        None,
        {("count", 47)},
        id="wordpress",
    ),
    pytest.param(
        "amp",
        "Pemkab Pati Tutup Lokalisasi Sri Rejeki, 53 Penghuni Dipulangkan",
        "Suara Muria",
        dt.date(2020, 2, 17),
        "https://www.suaramuria.example/news/2020/02/17/pemkab-pati-tutup-lokalisasi-sri-rejeki",
        {("aid", 3_000_000)},
        id="amp",
    ),
]


@pytest.mark.parametrize(("name", "title", "publisher", "published", "canonical", "facts"), LAYOUTS)
async def test_layouts_give_title_outlet_date_url_and_facts(
    built: Database,
    urls: dict[str, str],
    name: str,
    title: str,
    publisher: str,
    published: dt.date,
    canonical: str | None,
    facts: set[tuple[str, int]],
) -> None:
    article_id = await ingest_link(built, urls[name])
    row = built.table("articles").get(article_id)
    assert row["title"] == title
    assert row["publisher"] == publisher
    assert row["published"] == published.isoformat()
    assert row["url"] == (canonical or urls[name])
    stored = {(f.kind, f.number) for f in store.list_facts(built, article_id=article_id)}
    assert facts <= stored
    # Navigation, teasers, comments and footers never become sentences.
    sentences = " ".join(s.text for s in store.get_article(built, article_id).sentences)
    for furniture in ("Baca juga", "Terpopuler", "Harga Cabai", "Mantap pak", "Tinggalkan", "©"):
        assert furniture not in sentences


async def test_the_second_page_of_a_paginated_story_is_fetched(
    built: Database, server: PagesServer, urls: dict[str, str]
) -> None:
    await ingest_link(built, urls["regional"])
    assert any(path.endswith("?page=2") for path, _ in server.requests)


async def test_a_blogs_next_post_is_not_read_as_a_second_page(
    built: Database, server: PagesServer, urls: dict[str, str]
) -> None:
    article_id = await ingest_link(built, urls["wordpress"])
    assert not server.fetched("/next/")
    sentences = " ".join(s.text for s in store.get_article(built, article_id).sentences)
    assert "Trans Kalimantan" not in sentences


@pytest.mark.parametrize(
    ("html", "url", "expected"),
    [
        (
            '<link rel="next" href="?page=2">',
            "http://a.id/berita/judul",
            "http://a.id/berita/judul?page=2",
        ),
        (
            '<link rel="next" href="/berita/judul/2">',
            "http://a.id/berita/judul",
            "http://a.id/berita/judul/2",
        ),
        ('<link href="/berita/lain" rel="next">', "http://a.id/berita/judul", None),
        (
            '<link rel="next" href="http://b.id/berita/judul?page=2">',
            "http://a.id/berita/judul",
            None,
        ),
        ('<a rel="next" href="/berita/judul/2">Berikutnya</a>', "http://a.id/berita/judul", None),
    ],
)
def test_next_page_of_the_same_story_only(html: str, url: str, expected: str | None) -> None:
    assert next_page_url(html, url) == expected


async def test_a_plain_text_article_is_read_as_text(built: Database, server: PagesServer) -> None:
    text = (PAGES.parent / "articles" / "tegal_sumber_rejeki.txt").read_bytes()
    server.routes["/arsip/tegal.txt"] = Route(body=text, content_type="text/plain; charset=utf-8")
    article_id = await ingest_link(built, server.url("/arsip/tegal.txt"))
    row = built.table("articles").get(article_id)
    assert row["title"].startswith("Pemkot Tegal Tutup Lokalisasi Sumber Rejeki")
    assert row["url"] == server.url("/arsip/tegal.txt")
    assert 86 in {f.number for f in store.list_facts(built, article_id=article_id)}


async def test_user_agent_names_the_bot(server: PagesServer, urls: dict[str, str]) -> None:
    await fetch_page(urls["wire"], ALLOWED)
    agents = [headers.get("User-Agent", "") for path, headers in server.requests]
    assert agents
    assert all("TanyaLokalisasiBot" in agent for agent in agents)


async def test_an_answer_cites_the_link(built: Database, urls: dict[str, str]) -> None:
    await ingest_link(built, urls["portal"])
    path = Path(built.conn.execute("PRAGMA database_list").fetchone()[2])
    reply = answer_json(answer("berapa psk di lokalisasi gang kenanga jember?", load_kb(path)))
    assert reply["found"] is True
    cited = [
        c for c in reply["citations"] if c["article_id"] == "jember-tutup-lokalisasi-gang-kenanga"
    ]
    assert cited
    assert cited[0]["url"].startswith("https://regional.wartanusantara.example/")
    assert cited[0]["url"] in str(reply["answer"])


# ------------------------------------------------------------------------------ faults

FAULTS = [
    pytest.param("mati", "tidak ditemukan (HTTP 404)", id="404"),
    pytest.param("rusak", "HTTP 500", id="500"),
    pytest.param("putar-a", "berputar", id="redirect-loop"),
    pytest.param("raksasa", "terlalu besar", id="20-MiB-body"),
    pytest.param("foto.jpg", "gambar", id="image"),
    pytest.param("laporan.pdf", "PDF", id="pdf"),
    pytest.param("no_article", "tidak memuat teks artikel", id="no-article"),
    pytest.param("off_topic", "tidak tampak seperti berita tentang lokalisasi", id="off-topic"),
]


@pytest.mark.parametrize(("name", "message"), FAULTS)
async def test_faults_are_refused_with_a_clear_message_and_nothing_saved(
    built: Database, urls: dict[str, str], name: str, message: str
) -> None:
    before = content(built)
    with pytest.raises(KnowledgeError, match=re.escape(message)):
        await ingest_link(built, urls[name])
    assert content(built) == before


async def test_a_slow_site_times_out(urls: dict[str, str]) -> None:
    quick = FetchSettings(allow_private_hosts=True, timeout=0.3, _env_file=None)  # type: ignore[call-arg]
    with pytest.raises(FetchError, match=r"tidak menjawab dalam 0\.3 detik"):
        await article_from_link(urls["lambat"], quick)


@pytest.mark.parametrize(
    "url", ["ftp://example.org/x", "file:///etc/passwd", "javascript:1", "http://"]
)
async def test_only_http_links(url: str) -> None:
    with pytest.raises(FetchError, match="http"):
        await fetch_page(url, ALLOWED)


@pytest.mark.parametrize("name", ["charset-salah", "teks-windows"])
async def test_a_wrong_declared_charset_still_reads(urls: dict[str, str], name: str) -> None:
    page = await fetch_page(urls[name], ALLOWED)
    assert "“Dari 47 orang itu" in page.text
    assert "â€" not in page.text


@pytest.mark.parametrize(
    ("data", "declared", "text"),
    [
        ("Kata “lokalisasi”".encode(), "iso-8859-1", "Kata “lokalisasi”"),
        ("Kata “lokalisasi”".encode("cp1252"), "utf-8", "Kata “lokalisasi”"),
        (b"plain ascii", None, "plain ascii"),
        (
            '<meta charset="windows-1252">“x”'.encode("cp1252"),
            None,
            '<meta charset="windows-1252">“x”',
        ),
    ],
)
def test_decode_body(data: bytes, declared: str | None, text: str) -> None:
    assert decode_body(data, declared)[0] == text


# -------------------------------------------------------------------------- duplicates


async def test_the_same_link_twice_is_refused(built: Database, urls: dict[str, str]) -> None:
    first = await ingest_link(built, urls["wire"])
    before = content(built)
    with pytest.raises(DuplicateArticle, match=f"sudah ada sebagai ID {first}"):
        refuse_known(built, urls["wire"])  # checked before fetching again
    with pytest.raises(DuplicateArticle, match=f"sudah ada sebagai ID {first}"):
        await ingest_link(built, urls["wire"])
    assert content(built) == before


async def test_the_same_canonical_url_from_another_address_is_refused(
    built: Database, server: PagesServer, urls: dict[str, str]
) -> None:
    first = await ingest_link(built, urls["amp"])
    other = server.page("/news/2020/02/17/pemkab-pati-tutup-lokalisasi-sri-rejeki", "amp_pati.html")
    with pytest.raises(DuplicateArticle, match=f"sudah ada sebagai ID {first}"):
        await ingest_link(built, other)


async def test_another_story_with_the_same_slug_gets_its_own_id(
    built: Database, server: PagesServer, urls: dict[str, str]
) -> None:
    first = await ingest_link(built, urls["wire"])
    other = server.page(
        "/lain/pemkot-palu-targetkan-bebas-lokalisasi-pada-2025", "wordpress_tanahlaut.html"
    )
    item = with_free_id(built, await article_from_link(other, ALLOWED))
    assert item.article_id.startswith(first + "-")
    store.ingest(built, [item], actor="test:link")
    assert built.table("articles").get(item.article_id)["title"].startswith("Dinsos Tanah Laut")


async def test_more_than_five_redirects_are_refused(server: PagesServer) -> None:
    for hop in range(6):
        server.routes[f"/lompat-{hop}"] = Route(
            status=302, headers={"Location": f"/lompat-{hop + 1}"}
        )
    server.routes["/lompat-6"] = Route(body=(PAGES / "wire_palu.html").read_bytes())
    with pytest.raises(FetchError, match="lebih dari 5 kali"):
        await fetch_page(server.url("/lompat-0"), ALLOWED)
    page = await fetch_page(server.url("/lompat-1"), ALLOWED)  # five redirects are fine
    assert page.url == server.url("/lompat-6")


async def test_the_same_text_from_another_link_is_refused(
    built: Database, server: PagesServer, urls: dict[str, str]
) -> None:
    first = await ingest_link(built, urls["wordpress"])
    mirror = server.page("/mirror/dinsos-tanah-laut-47-psk", "wordpress_tanahlaut.html")
    before = content(built)
    with pytest.raises(DuplicateArticle, match=first):
        await ingest_link(built, mirror)
    assert content(built) == before


# ------------------------------------------------------------------ server-side requests


class RecordingTransport(httpx.AsyncBaseTransport):
    """The real transport, with a list of every request actually sent."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.sent: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(str(request.url))
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.fixture
def public_site() -> Iterator[PagesServer]:
    """A second site on 127.0.0.2, which the tests treat as a public address."""
    yield from serve("127.0.0.2")


def only_public_site(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return str(address) == "127.0.0.2"


async def test_a_loopback_link_is_refused_before_connecting(
    server: PagesServer, urls: dict[str, str]
) -> None:
    transport = RecordingTransport()
    asked = len(server.requests)
    with pytest.raises(FetchError, match="jaringan lokal/privat"):
        await fetch_page(server.url("/rahasia"), STRICT, transport=transport)
    assert transport.sent == []
    assert len(server.requests) == asked


@pytest.mark.parametrize("target", ["127.0.0.1", "10.0.0.1"])
async def test_redirects_to_private_addresses_are_refused_before_connecting(
    server: PagesServer, public_site: PagesServer, target: str
) -> None:
    site(server)
    inside = server.url("/rahasia") if target == "127.0.0.1" else "http://10.0.0.1/admin"
    public_site.routes["/ke-dalam"] = Route(status=302, headers={"Location": inside})
    transport = RecordingTransport()
    asked = len(server.requests)
    with pytest.raises(FetchError, match="jaringan lokal/privat"):
        await fetch_page(
            public_site.url("/ke-dalam"), STRICT, allowed=only_public_site, transport=transport
        )
    # The first hop went to the "public" site; the second was refused before any connection.
    assert [u.split("/", 3)[2] for u in transport.sent] == [f"127.0.0.2:{public_site.port}"]
    assert public_site.fetched("/ke-dalam")
    assert len(server.requests) == asked


async def test_the_setting_allows_private_hosts(server: PagesServer, urls: dict[str, str]) -> None:
    page = await fetch_page(urls["ke-loopback"], ALLOWED)
    assert page.url == server.url("/rahasia")
    assert "Gang Kenanga" in page.text


async def test_a_name_resolving_to_a_private_address_is_refused() -> None:
    async def resolve(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "192.168.1.5"]  # one public, one private: refused

    transport = RecordingTransport()
    with pytest.raises(FetchError, match=r"berita\.example"):
        await fetch_page("http://berita.example/a", STRICT, resolve=resolve, transport=transport)
    assert transport.sent == []


# ----------------------------------------------------------------- command line, rebuild


def test_settings_come_from_the_environment_then_env_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = tmp_path / ".env"
    env.write_text("FETCH_ALLOW_PRIVATE_HOSTS=true\nFETCH_TIMEOUT=7\n", encoding="utf-8")
    monkeypatch.delenv("FETCH_ALLOW_PRIVATE_HOSTS", raising=False)
    monkeypatch.setenv("FETCH_TIMEOUT", "3")
    settings = FetchSettings(_env_file=env)  # type: ignore[call-arg]
    assert settings.allow_private_hosts is True
    assert settings.timeout == 3.0
    assert FetchSettings(_env_file=None).allow_private_hosts is False  # type: ignore[call-arg]


def run_cli(kb: Path, private: bool, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m knowledge …` in a subprocess, with FETCH_ALLOW_PRIVATE_HOSTS as given."""
    env = {**os.environ, "KB_PATH": str(kb), "PYTHONIOENCODING": "utf-8"}
    env["FETCH_ALLOW_PRIVATE_HOSTS"] = "true" if private else "false"
    return subprocess.run(
        [sys.executable, "-m", "knowledge", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(("allow", "timeout"), [("true", "7.5"), ("false", "20")])
def test_the_bot_and_the_command_line_read_the_same_fetch_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, allow: str, timeout: str
) -> None:
    from bot.settings import Settings

    env = tmp_path / ".env"
    env.write_text(
        f"FETCH_ALLOW_PRIVATE_HOSTS={allow}\nFETCH_TIMEOUT={timeout}\n", encoding="utf-8"
    )
    for name in ("FETCH_ALLOW_PRIVATE_HOSTS", "FETCH_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    bot = Settings(_env_file=env).fetch_settings()  # type: ignore[call-arg]
    cli_side = FetchSettings(_env_file=env)  # type: ignore[call-arg]
    assert bot == cli_side
    assert (bot.allow_private_hosts, bot.timeout) == (allow == "true", float(timeout))


def test_cli_ingests_a_link_and_a_saved_page(kb_file: Path, urls: dict[str, str]) -> None:
    done = run_cli(kb_file, True, "ingest", urls["wire"], str(PAGES / "amp_pati.html"), "--json")
    assert done.returncode == 0, done.stderr
    ids = [a["id"] for a in json.loads(done.stdout)["articles"]]
    assert ids == ["pemkot-palu-targetkan-bebas-lokalisasi-pada-2025", "amp_pati"]
    db = store.open_db(kb_file)
    try:
        assert db.table("articles").get("amp_pati")["url"].startswith("https://www.suaramuria")
        assert db.table("articles").get(ids[0])["url"] == urls["wire"]
    finally:
        db.close()
    again = run_cli(kb_file, True, "ingest", urls["wire"])
    assert again.returncode == 1
    assert f"sudah ada sebagai ID {ids[0]}" in again.stderr


def test_cli_refuses_a_loopback_link_without_the_setting(
    kb_file: Path, server: PagesServer, urls: dict[str, str]
) -> None:
    asked = len(server.requests)
    done = run_cli(kb_file, False, "ingest", urls["wire"])
    assert done.returncode == 1
    assert "jaringan lokal/privat" in done.stderr
    assert len(server.requests) == asked, "nothing was fetched"


async def test_a_rebuild_keeps_the_link_and_the_metadata(
    built: Database, urls: dict[str, str]
) -> None:
    article_id = await ingest_link(built, urls["portal"])
    before = built.table("articles").get(article_id)
    facts = [f.model_dump(exclude={"id"}) for f in store.list_facts(built, article_id=article_id)]
    store.build(built, actor="test:rebuild")
    after = built.table("articles").get(article_id)
    for column in ("url", "title", "publisher", "published", "author", "sha256", "seq"):
        assert after[column] == before[column]
    assert [
        f.model_dump(exclude={"id"}) for f in store.list_facts(built, article_id=article_id)
    ] == facts


def test_links_in_messages() -> None:
    text = "Cek ini: https://a.example/x?y=1, dan (http://b.example/z). Bukan ftp://c.example"
    assert find_links(text) == ["https://a.example/x?y=1", "http://b.example/z"]
    assert is_link(" https://a.example/x ")
    assert not is_link("https://a.example/x dan teks")


def test_a_saved_page_without_an_article_is_refused(built: Database, tmp_path: Path) -> None:
    page = tmp_path / "indeks.html"
    page.write_bytes((PAGES / "no_article_index.html").read_bytes())
    from knowledge.links import article_from_html_file

    with pytest.raises(InvalidInput, match="tidak memuat teks artikel"):
        article_from_html_file(page)
