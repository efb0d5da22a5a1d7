"""Reading article text from files, uploads and messages, and refusing what is not an article.

Everything that enters the knowledge base passes through here first, so the store and the
pipeline only ever see UTF-8 text of a sane size with a usable article id. Each refusal is an
`InvalidInput` whose message (Indonesian) names the file and says what to do.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from knowledge.errors import InvalidInput
from knowledge.models import ArticleMeta
from knowledge.text import tidy

MAX_ARTICLE_BYTES = 1_000_000
"""1 MB. The bundled news articles are 2–4 KB; anything this big is a dump, not an article."""

# A few control characters are normal in text files (tabs, form feeds); a file with more than
# this share of other control bytes or unassigned/private-use characters is not prose.
MAX_JUNK_RATIO = 0.05

ARTICLE_ID_MAX = 100
_ARTICLE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
_NOT_ID = re.compile(r"[^A-Za-z0-9_.-]+")
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v")
_JUNK_CATEGORIES = frozenset({"Cc", "Cs", "Co", "Cn"})
# Formats people try to send instead of plain text, recognised by their first bytes.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP/DOCX/ODT"),
    (b"\xd0\xcf\x11\xe0", "dokumen Word/Excel lama"),
    (b"{\\rtf", "RTF"),
    (b"\x89PNG", "gambar PNG"),
    (b"\xff\xd8\xff", "gambar JPEG"),
    (b"GIF8", "gambar GIF"),
    (b"\x7fELF", "program"),
    (b"\x1f\x8b", "arsip gzip"),
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class ArticleInput(BaseModel):
    """Article text that passed intake, with the id it will be stored under."""

    model_config = ConfigDict(frozen=True)

    article_id: str
    text: str
    source: str
    """Where the text came from, for messages: a file name, or "teks" for a chat message."""
    meta: ArticleMeta | None = None
    """What the web page the text was taken from says about itself (URL, title, outlet, date)."""

    @property
    def sha256(self) -> str:
        """The text's SHA-256, computed as the pipeline computes Article.sha256."""
        return text_sha256(self.text)


def text_sha256(text: str) -> str:
    """SHA-256 of `text` encoded as UTF-8 (hex)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_article_id(article_id: str) -> str:
    """Return `article_id` if it is usable as an id, else raise InvalidInput."""
    if len(article_id) > ARTICLE_ID_MAX or not _ARTICLE_ID.fullmatch(article_id):
        raise InvalidInput(
            f"ID artikel {article_id!r} tidak sah: pakai huruf, angka, titik, garis bawah atau "
            f"tanda hubung, diawali huruf atau angka, paling panjang {ARTICLE_ID_MAX} karakter."
        )
    return article_id


def article_id_from_name(name: str) -> str:
    """The id for a file called `name`: its name without extension ('Berita Kaltim.txt' ->
    'Berita-Kaltim'), with characters an id cannot hold turned into hyphens."""
    stem = Path(name).stem
    candidate = _NOT_ID.sub("-", stem).strip("-._")[:ARTICLE_ID_MAX]
    if not candidate:
        raise InvalidInput(
            f"{name}: dari nama berkas ini tidak bisa dibuat ID artikel; beri ID sendiri "
            "(misalnya --id berita-kaltim-2016)."
        )
    return check_article_id(candidate)


def _binary_kind(data: bytes) -> str | None:
    """What a byte string is if it is clearly not text, else None."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data.startswith(_UTF16_BOMS):
        return "teks UTF-16"
    if b"\x00" in data:
        return "berkas biner"
    junk = sum(1 for byte in data if (byte < 0x20 and byte not in _TEXT_CONTROLS) or byte == 0x7F)
    if junk > MAX_JUNK_RATIO * len(data):
        return "berkas biner"
    return None


def _check_size(size: int, source: str) -> None:
    if size > MAX_ARTICLE_BYTES:
        raise InvalidInput(
            f"{source}: terlalu besar ({size:,} byte; batasnya {MAX_ARTICLE_BYTES:,} byte = 1 MB). "
            "Kirim satu artikel berita saja.".replace(",", ".")
        )


def check_text(text: str, source: str) -> str:
    """Return `text` if it can be an article, else raise InvalidInput naming `source`."""
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError as exc:
        # Only lone surrogates fail here: text decoded with errors="surrogateescape" and the like.
        raise InvalidInput(
            f"{source}: teks memuat karakter yang tidak sah (posisi {exc.start}). "
            "Simpan ulang sebagai UTF-8."
        ) from exc
    _check_size(size, source)
    if not text:
        raise InvalidInput(f"{source}: kosong — tidak ada teks artikel.")
    if "\x00" in text:
        raise InvalidInput(
            f"{source}: bukan teks (ada byte NUL; tampaknya berkas biner). "
            "Kirim artikel sebagai teks biasa UTF-8 (.txt)."
        )
    junk = sum(
        1 for ch in text if ch not in "\t\n\r\f\v" and unicodedata.category(ch) in _JUNK_CATEGORIES
    ) + text.count("\ufffd")
    if junk > MAX_JUNK_RATIO * len(text):
        raise InvalidInput(
            f"{source}: sebagian besar isinya bukan teks (karakter kendali atau tak terbaca). "
            "Kirim artikel sebagai teks biasa UTF-8 (.txt)."
        )
    if not tidy(text).strip():
        raise InvalidInput(f"{source}: hanya berisi spasi — tidak ada teks artikel.")
    return text


def decode_article(data: bytes, source: str) -> str:
    """Decode the bytes of an uploaded or read file into article text, or raise InvalidInput."""
    _check_size(len(data), source)
    if not data:
        raise InvalidInput(f"{source}: berkas kosong — tidak ada teks artikel.")
    kind = _binary_kind(data)
    if kind is not None:
        raise InvalidInput(
            f"{source}: bukan berkas teks (tampaknya {kind}). "
            "Kirim artikel sebagai teks biasa UTF-8 (.txt)."
        )
    try:
        # utf-8-sig drops the byte-order mark Windows editors put in front.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            f"{source}: bukan teks UTF-8 (byte tidak sah di posisi {exc.start}; mungkin "
            "Windows-1252/Latin-1). Simpan ulang berkas sebagai UTF-8."
        ) from exc
    return check_text(text, source)


def from_text(text: str, article_id: str, source: str = "teks") -> ArticleInput:
    """An article typed or pasted as text (a chat message, stdin) under an explicit id."""
    check_article_id(article_id)
    return ArticleInput(article_id=article_id, text=check_text(text, source), source=source)


def from_bytes(data: bytes, name: str, article_id: str | None = None) -> ArticleInput:
    """An uploaded file's bytes; the id is the file name without extension unless given."""
    text = decode_article(data, name)
    chosen = check_article_id(article_id) if article_id else article_id_from_name(name)
    return ArticleInput(article_id=chosen, text=text, source=name)


def read_file(path: Path, article_id: str | None = None) -> ArticleInput:
    """An article file on disk; the id is the file name without extension unless given."""
    source = str(path)
    if article_id:
        check_article_id(article_id)
    if not path.exists():
        raise InvalidInput(f"{source}: berkas tidak ditemukan.")
    if not path.is_file():
        raise InvalidInput(f"{source}: bukan berkas biasa (folder?).")
    # Check the size before reading so a stray multi-gigabyte file is never loaded.
    _check_size(path.stat().st_size, source)
    with path.open("rb") as handle:
        data = handle.read(MAX_ARTICLE_BYTES + 1)
    return from_bytes(data, source, article_id or article_id_from_name(path.name))
