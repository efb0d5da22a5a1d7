"""Intake: what counts as article text, and the message for everything that does not."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from knowledge import intake
from knowledge.errors import InvalidInput
from knowledge.intake import MAX_ARTICLE_BYTES

ARTICLE = "Lokalisasi Bayur Ditutup\n\nSAMARINDA - Pemerintah menutup 22 lokalisasi di Kaltim.\n"

BAD_BYTES = [
    pytest.param(b"", "kosong", id="empty"),
    pytest.param(b"  \n\t \r\n", "hanya berisi spasi", id="whitespace"),
    pytest.param("\u00a0\u200b \n".encode(), "hanya berisi spasi", id="invisible-only"),
    pytest.param(b"Judul\x00isi artikel", "bukan berkas teks", id="nul-byte"),
    pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF", id="pdf"),
    pytest.param(b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "ZIP/DOCX", id="docx"),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG", id="png"),
    pytest.param("Lokalisasi ditutup".encode("utf-16"), "UTF-16", id="utf16"),
    pytest.param(bytes(range(1, 9)) * 20 + b"teks", "bukan berkas teks", id="control-bytes"),
    pytest.param("Penutupan lokalisasi di Café".encode("latin-1"), "bukan teks UTF-8", id="latin1"),
    pytest.param(b"abc\xc3\x28", "bukan teks UTF-8", id="broken-utf8"),
    pytest.param(("\ue000" * 50 + "teks").encode(), "bukan teks", id="private-use"),
    pytest.param(b"a" * (MAX_ARTICLE_BYTES + 1), "terlalu besar", id="oversize"),
]


@pytest.mark.parametrize(("data", "says"), BAD_BYTES)
def test_bad_bytes_are_refused_with_a_message_naming_the_file(data: bytes, says: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        intake.from_bytes(data, "berita.txt")
    assert says in str(caught.value)
    assert str(caught.value).startswith("berita.txt: ")


def test_good_bytes_become_text_with_the_file_name_as_id() -> None:
    item = intake.from_bytes(("\ufeff" + ARTICLE).encode(), "000_abc.txt")
    assert item.article_id == "000_abc"
    assert item.text == ARTICLE  # the byte-order mark is dropped, nothing else
    assert item.source == "000_abc.txt"
    assert item.sha256 == intake.text_sha256(ARTICLE)


def test_exactly_the_size_limit_is_accepted() -> None:
    body = ("kata " * (MAX_ARTICLE_BYTES // 5)).encode()[:MAX_ARTICLE_BYTES]
    assert len(intake.from_bytes(body, "besar.txt").text.encode()) == MAX_ARTICLE_BYTES


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "kosong"),
        (" \n\u3000\u00a0 ", "hanya berisi spasi"),
        ("isi\x00biner", "bukan teks"),
        ("rusak \udc80 teks", "tidak sah"),
        ("a" * (MAX_ARTICLE_BYTES + 1), "terlalu besar"),
        ("é" * (MAX_ARTICLE_BYTES // 2 + 1), "terlalu besar"),  # the limit is in UTF-8 bytes
    ],
)
def test_bad_text_is_refused(text: str, says: str) -> None:
    with pytest.raises(InvalidInput, match=says):
        intake.from_text(text, "artikel-1")


@pytest.mark.parametrize(
    "article_id", ["000_a4ac51ac81643967", "berita-kaltim-2016", "a", "x.1", "A" * 100]
)
def test_good_ids(article_id: str) -> None:
    assert intake.check_article_id(article_id) == article_id


@pytest.mark.parametrize(
    "article_id", ["", "-awal", "_awal", "dua kata", "a/b", "../etc", "ünï", "A" * 101, "a\n"]
)
def test_bad_ids(article_id: str) -> None:
    with pytest.raises(InvalidInput, match="ID artikel"):
        intake.check_article_id(article_id)


@pytest.mark.parametrize(
    ("name", "article_id"),
    [
        ("000_a4ac51ac81643967.txt", "000_a4ac51ac81643967"),
        ("Berita Kaltim (1).txt", "Berita-Kaltim-1"),
        ("/tmp/x/berita.2016.txt", "berita.2016"),
        ("-- kaltim --.txt", "kaltim"),
    ],
)
def test_id_from_file_name(name: str, article_id: str) -> None:
    assert intake.article_id_from_name(name) == article_id


def test_a_file_name_without_usable_characters_needs_an_explicit_id() -> None:
    with pytest.raises(InvalidInput, match="--id"):
        intake.from_bytes(ARTICLE.encode(), "???.txt")
    assert intake.from_bytes(ARTICLE.encode(), "???.txt", "kaltim").article_id == "kaltim"


def test_read_file(tmp_path: Path) -> None:
    path = tmp_path / "003_kaltara.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert intake.read_file(path).article_id == "003_kaltara"
    assert intake.read_file(path, "lain").article_id == "lain"
    assert intake.read_file(path).text == ARTICLE


@pytest.mark.parametrize(
    ("setup", "says"),
    [
        (lambda p: None, "tidak ditemukan"),
        (lambda p: p.mkdir(), "bukan berkas biasa"),
        (lambda p: p.write_bytes(b""), "kosong"),
    ],
)
def test_read_file_refusals(tmp_path: Path, setup: object, says: str) -> None:
    path = tmp_path / "artikel.txt"
    setup(path)  # type: ignore[operator]
    with pytest.raises(InvalidInput, match=says):
        intake.read_file(path)


def test_a_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * MAX_ARTICLE_BYTES)  # sparse: big on paper, nothing to read
    with pytest.raises(InvalidInput, match="terlalu besar"):
        intake.read_file(path)
    assert os.path.getsize(path) == 50 * MAX_ARTICLE_BYTES


def test_an_explicit_bad_id_is_refused_before_the_file_is_read(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="ID artikel"):
        intake.read_file(tmp_path / "missing.txt", "dua kata")
