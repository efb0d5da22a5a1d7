"""Fetching a news page by its link: safely, within limits, and decoded to text.

A link comes from an admin, but the page it names is a stranger's: it may redirect anywhere,
be huge, slow, an image, or point at the machine the bot runs on. So:

- only http and https; at most `max_redirects` redirects, each followed by hand;
- the host of every hop is resolved and checked BEFORE any connection is made, and the
  connection then goes to the address that was checked (the name is kept for the Host header
  and TLS), so a name that resolves to a loopback, private, link-local, multicast or reserved
  address is refused even when a public page redirects there, and a second DNS answer cannot
  swap the address in between (server-side request forgery). `FETCH_ALLOW_PRIVATE_HOSTS=true`
  lifts this for tests and private deployments;
- a connect timeout and a total time limit for the whole fetch, redirects included;
- a body cap, checked on the declared length and again while reading;
- HTML, XHTML and plain text only;
- the declared charset honoured when the bytes agree with it (see `decode_body`).

Every refusal is a `FetchError` with an Indonesian message that says what happened; nothing
is stored by this module.
"""

from __future__ import annotations

import asyncio
import codecs
import ipaddress
import re
import socket
from collections.abc import Awaitable, Callable
from typing import ClassVar
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx
from pydantic import BaseModel, ConfigDict, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from knowledge.errors import KnowledgeError

USER_AGENT = (
    "TanyaLokalisasiBot/0.1 (+bot Telegram Tanya Lokalisasi; mengambil satu artikel berita "
    "atas permintaan admin)"
)
MAX_BODY_BYTES = 5 * 1024 * 1024
"""5 MiB. A news page with its markup is 50–500 KB; anything this big is not one article."""
CONNECT_TIMEOUT = 5.0
TOTAL_TIMEOUT = 20.0
"""Seconds for the whole fetch, redirects and all pages included."""
MAX_REDIRECTS = 5
MAX_URL_CHARS = 2000
CHUNK = 64 * 1024

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_TYPE_NAMES: tuple[tuple[str, str], ...] = (
    ("image/", "gambar"),
    ("video/", "video"),
    ("audio/", "audio"),
    ("application/pdf", "PDF"),
    ("application/zip", "arsip ZIP"),
    ("application/json", "data JSON"),
    ("application/octet-stream", "berkas biner"),
    ("application/vnd", "dokumen kantor"),
    ("application/msword", "dokumen Word"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


class FetchError(KnowledgeError):
    """The page could not be fetched, or may not be; the message says why (Indonesian)."""


class FetchSettings(BaseSettings):
    """How pages are fetched; read like the bot's settings (environment, then `.env`)."""

    model_config = SettingsConfigDict(
        env_prefix="FETCH_",
        env_file=".env",
        env_file_encoding="utf-8",
        env_ignore_empty=True,
        extra="ignore",
    )

    allow_private_hosts: bool = False
    """FETCH_ALLOW_PRIVATE_HOSTS: also fetch from loopback and private addresses."""
    timeout: float = Field(default=TOTAL_TIMEOUT, gt=0)
    """FETCH_TIMEOUT: seconds for a whole fetch."""
    # Fixed, not settings: only the two above are the bot's settings (see .env.example).
    connect_timeout: ClassVar[float] = CONNECT_TIMEOUT
    max_bytes: ClassVar[int] = MAX_BODY_BYTES
    max_redirects: ClassVar[int] = MAX_REDIRECTS


class FetchedPage(BaseModel):
    """A page as received: where it ended up, what it says it is, and its text."""

    model_config = ConfigDict(frozen=True)

    url: str
    """The address after redirects."""
    requested: str
    content_type: str
    charset: str
    text: str

    @property
    def is_html(self) -> bool:
        """Whether the page is HTML (else plain text)."""
        return self.content_type in HTML_TYPES


Resolver = Callable[[str, int], Awaitable[list[str]]]
"""Resolves (host, port) to IP addresses as text."""
AddressCheck = Callable[[ipaddress.IPv4Address | ipaddress.IPv6Address], bool]
"""Whether a connection to this address is allowed."""


async def system_resolve(host: str, port: int) -> list[str]:
    """The addresses the system resolver gives for `host` (IPv4 and IPv6)."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """False for loopback, private, link-local, multicast, reserved and unspecified addresses."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    return not (
        address.is_loopback
        or address.is_private
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )


def check_url(url: str) -> str:
    """`url` without its fragment if it is an http(s) address with a host, else FetchError."""
    url = url.strip()
    if len(url) > MAX_URL_CHARS:
        raise FetchError(f"Tautan terlalu panjang (lebih dari {MAX_URL_CHARS} karakter).")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"Tautan {url[:80]!r} tidak didukung: hanya alamat http:// atau https://.")
    try:
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError as exc:
        raise FetchError(f"Tautan {url[:80]!r} tidak sah (nomor port salah).") from exc
    if not parts.hostname:
        raise FetchError(f"Tautan {url[:80]!r} tidak menyebut nama situs.")
    return urlunsplit((parts.scheme.lower(), parts.netloc, parts.path or "/", parts.query, ""))


class _Target(BaseModel):
    """Where one request goes: the checked address, and the name it stands for."""

    url: str
    host: str
    connect_url: str


async def _target(
    url: str, settings: FetchSettings, resolve: Resolver, allowed: AddressCheck
) -> _Target:
    """Resolve and check `url`'s host; the URL to connect to, with the checked address in it."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        literal = ipaddress.ip_address(host)
        addresses = [str(literal)]
    except ValueError:
        try:
            addresses = await resolve(host, port)
        except (OSError, UnicodeError) as exc:
            raise FetchError(
                f"Nama situs {host} tidak ditemukan (DNS). Periksa tautannya."
            ) from exc
    if not addresses:
        raise FetchError(f"Nama situs {host} tidak ditemukan (DNS). Periksa tautannya.")
    checked = [ipaddress.ip_address(a.split("%", 1)[0]) for a in addresses]
    if not settings.allow_private_hosts and not all(allowed(a) for a in checked):
        # Every address must pass: a name with one public and one private address is refused,
        # since the connection could be made to either.
        raise FetchError(
            f"Tautan ke {host} ditolak: alamatnya ada di jaringan lokal/privat (bukan situs "
            "berita publik). Tidak ada yang diambil."
        )
    # IPv4 first: many hosts publish an IPv6 address that this machine cannot reach.
    chosen = min(checked, key=lambda address: address.version)
    shown = f"[{chosen}]" if chosen.version == 6 else str(chosen)
    netloc = f"{shown}:{parts.port}" if parts.port else shown
    connect_url = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
    return _Target(url=url, host=host, connect_url=connect_url)


def content_type_of(header: str | None) -> tuple[str, str | None]:
    """('text/html', 'utf-8') from a Content-Type header; charset None when not declared."""
    if not header:
        return "", None
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip(" \"'"):
            charset = value.strip(" \"'").lower()
    return media.strip().lower(), charset


def _refuse_type(media: str) -> None:
    if media in HTML_TYPES or media in TEXT_TYPES or not media:
        return
    kind = next((name for prefix, name in _TYPE_NAMES if media.startswith(prefix)), None)
    what = f"{kind} ({media})" if kind else media
    raise FetchError(
        f"Tautan ini berisi {what}, bukan halaman berita. Kirim tautan halaman artikelnya; "
        "tidak ada yang disimpan."
    )


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_body(data: bytes, declared: str | None) -> tuple[str, str]:
    """(text, charset used) for a page's bytes.

    Order: bytes that are valid UTF-8 and not plain ASCII are UTF-8 whatever is declared
    (mislabelled UTF-8 is the common mistake, and other encodings almost never happen to
    form valid UTF-8); then the charset declared in the header, then a <meta charset>, if the
    bytes decode cleanly with it; then Windows-1252, which decodes anything (and is what
    pages labelled Latin-1 really use).
    """
    if not data.isascii():
        try:
            return data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            pass
    meta = _META_CHARSET.search(data[:4096])
    for name in (declared, meta.group(1).decode("ascii", "replace") if meta else None, "utf-8"):
        codec = _codec(name)
        if codec is None:
            continue
        try:
            return data.decode(codec), codec
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("cp1252", errors="replace"), "cp1252"


def _status_error(status: int, url: str) -> FetchError:
    if status == 404 or status == 410:
        return FetchError(f"Halaman tidak ditemukan (HTTP {status}): {url}. Periksa tautannya.")
    if status in (401, 403):
        return FetchError(
            f"Situs menolak memberikan halaman ini (HTTP {status}); mungkin perlu login atau "
            "memblokir bot. Salin teks artikelnya dan kirim dengan /artikel."
        )
    if status == 429:
        return FetchError("Situs sedang membatasi permintaan (HTTP 429). Coba lagi nanti.")
    if status >= 500:
        return FetchError(f"Server situs sedang bermasalah (HTTP {status}). Coba lagi nanti.")
    return FetchError(f"Situs menjawab dengan kode HTTP {status}; halaman tidak bisa diambil.")


async def _read_capped(response: httpx.Response, limit: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_big(limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes(CHUNK):
        size += len(chunk)
        if size > limit:
            raise _too_big(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_big(limit: int) -> FetchError:
    return FetchError(
        f"Halaman terlalu besar (lebih dari {limit // (1024 * 1024)} MiB); bukan satu artikel "
        "berita. Tidak ada yang disimpan."
    )


async def _fetch(
    client: httpx.AsyncClient,
    url: str,
    settings: FetchSettings,
    resolve: Resolver,
    allowed: AddressCheck,
) -> FetchedPage:
    requested = url
    seen: set[str] = set()
    for _ in range(settings.max_redirects + 1):
        if url in seen:
            raise FetchError("Tautan ini mengalihkan berputar-putar ke dirinya sendiri.")
        seen.add(url)
        target = await _target(url, settings, resolve, allowed)
        parts = urlsplit(url)
        host_header = parts.netloc.rsplit("@", 1)[-1]
        request = client.build_request(
            "GET",
            target.connect_url,
            headers={"Host": host_header},
            # TLS is checked against the name, though the connection goes to the address.
            extensions={"sni_hostname": target.host},
        )
        response = await client.send(request, stream=True)
        try:
            if response.status_code in _REDIRECTS:
                location = response.headers.get("location")
                if not location:
                    raise FetchError("Situs mengalihkan tautan ini tanpa menyebut tujuannya.")
                url = check_url(urljoin(url, location))
                continue
            if response.status_code >= 400:
                raise _status_error(response.status_code, url)
            media, charset = content_type_of(response.headers.get("content-type"))
            _refuse_type(media)
            data = await _read_capped(response, settings.max_bytes)
        finally:
            await response.aclose()
        if not media:
            # No Content-Type: a page that starts like markup is HTML, anything else is refused
            # unless it reads as text.
            head = data[:512].lstrip().lower()
            media = "text/html" if head.startswith((b"<!doctype", b"<html", b"<")) else ""
            if not media:
                raise FetchError(
                    "Situs tidak menyebut jenis isi halaman ini; bukan halaman berita."
                )
        text, used = decode_body(data, charset)
        return FetchedPage(
            url=url, requested=requested, content_type=media, charset=used, text=text
        )
    raise FetchError(
        f"Tautan ini dialihkan lebih dari {settings.max_redirects} kali; berhenti di situ."
    )


async def fetch_page(
    url: str,
    settings: FetchSettings,
    *,
    resolve: Resolver = system_resolve,
    allowed: AddressCheck = is_public,
    transport: httpx.AsyncBaseTransport | None = None,
) -> FetchedPage:
    """Fetch one page (following redirects by hand); FetchError says why one was refused.

    `resolve`, `allowed` and `transport` are for tests: a test server's address can be allowed
    alone, and a transport can record what was actually sent.
    """
    url = check_url(url)
    timeout = httpx.Timeout(settings.timeout, connect=settings.connect_timeout)
    async with httpx.AsyncClient(
        timeout=timeout,
        follow_redirects=False,
        headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/plain"},
        transport=transport,
        trust_env=False,  # never through a proxy from the environment: it would skip the check
    ) as client:
        try:
            async with asyncio.timeout(settings.timeout):
                return await _fetch(client, url, settings, resolve, allowed)
        except TimeoutError as exc:
            raise FetchError(
                f"Situs tidak menjawab dalam {settings.timeout:g} detik. Coba lagi nanti."
            ) from exc
        except httpx.TimeoutException as exc:
            raise FetchError(
                f"Situs tidak menjawab dalam {settings.timeout:g} detik. Coba lagi nanti."
            ) from exc
        except httpx.TooManyRedirects as exc:  # pragma: no cover - redirects are followed by hand
            raise FetchError("Terlalu banyak pengalihan.") from exc
        except httpx.HTTPError as exc:
            raise FetchError(
                f"Halaman tidak bisa diambil ({type(exc).__name__}). Periksa tautannya atau "
                "coba lagi nanti."
            ) from exc
