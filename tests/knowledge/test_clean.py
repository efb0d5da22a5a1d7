"""Cleaning: boilerplate out, repeats collapsed, title/outlet/dateline/date detected."""

import datetime as dt

import pytest

from knowledge.clean import clean_article, split_sentences
from knowledge.paths import BUNDLED_ARTICLES
from knowledge.places import Gazetteer
from tests.conftest import FIXTURE_ARTICLES


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.seeded()


def _clean(name: str, gazetteer: Gazetteer, folder=BUNDLED_ARTICLES):
    return clean_article((folder / name).read_text(encoding="utf-8"), gazetteer)


@pytest.mark.parametrize(
    ("name", "title", "publisher", "dateline", "published"),
    [
        (
            "000_a4ac51ac81643967.txt",
            "Alhamdulillah, 22 Lokalisasi di Kaltim Resmi Ditutup",
            None,
            "Samarinda",
            dt.date(2016, 6, 1),
        ),
        (
            "001_5da410170de9e204.txt",
            "Wow! PSK Diberi Bantuan Belasan Juta, Apabila Tinggalkan Lokalisasi Km 12",
            "Antara Kalteng",
            "Sampit",
            dt.date(2017, 10, 29),  # from the photo caption: the body says only "Minggu"
        ),
        (
            # The title is not the first line: breadcrumbs come before it.
            "002_cb241b33bc2672ff.txt",
            "Indonesia Ditargetkan Bebas Lokalisasi Tahun 2019",
            "Netralnews",
            "Jakarta",
            dt.date(2016, 2, 22),
        ),
        (
            # "© 2019" in the footer is not the date.
            "003_af679eb96ada4b00.txt",
            "Mantan Pekerja Seks Diberi Modal Usaha Rp 5 Juta",
            "Tribun Kaltim",
            "Tanjung Selor",
            dt.date(2016, 12, 1),
        ),
        (
            # "Jumat (18/5)": the year from the article, confirmed by the weekday.
            "004_987b55b605f243cd.txt",
            "2018, Kaltara Ditarget Bebas Lokalisasi",
            "Antaranews Kaltara",
            "Tanjung Selor",
            dt.date(2018, 5, 18),
        ),
    ],
)
def test_article_header(
    gazetteer: Gazetteer,
    name: str,
    title: str,
    publisher: str | None,
    dateline: str,
    published: dt.date,
) -> None:
    clean = _clean(name, gazetteer)
    assert (clean.title, clean.publisher, clean.dateline, clean.published) == (
        title,
        publisher,
        dateline,
        published,
    )


def test_fixture_headers(gazetteer: Gazetteer) -> None:
    tegal = _clean("tegal_sumber_rejeki.txt", gazetteer, FIXTURE_ARTICLES)
    assert (tegal.publisher, tegal.dateline, tegal.published) == (
        "KOMPAS.com",
        "Tegal",
        dt.date(2019, 3, 12),  # the date line under the headline
    )
    sulsel = _clean("sulsel_target_2020.txt", gazetteer, FIXTURE_ARTICLES)
    assert sulsel.title == "Sulsel Targetkan Bebas Lokalisasi pada 2020"
    assert (sulsel.publisher, sulsel.published) == ("ANTARA News", dt.date(2018, 9, 5))


@pytest.mark.parametrize(
    ("name", "junk"),
    [
        ("000_a4ac51ac81643967.txt", ["A", "(nag)"]),
        ("001_5da410170de9e204.txt", ["id PSK, seks, kotim", "(Foto Antara Kalteng/Norjani)"]),
        ("002_cb241b33bc2672ff.txt", ["• News", "dinsos.bantenprov.go.id", "Penulis :"]),
        (
            "003_af679eb96ada4b00.txt",
            ["Baca: BPK", "KOMENTAR", "BERITA TERKINI", "© 2019", "Sumber:", "Editor:"],
        ),
        ("004_987b55b605f243cd.txt", ["id Target, Kaltara", "(humasprovkaltara)"]),
    ],
)
def test_boilerplate_is_dropped(gazetteer: Gazetteer, name: str, junk: list[str]) -> None:
    paragraphs = _clean(name, gazetteer).paragraphs
    for piece in junk:
        # One-letter junk (the font widget "A") is a line of its own; longer junk anywhere.
        assert not [p for p in paragraphs if p == piece or (len(piece) > 2 and piece in p)]


def test_repeated_paragraphs_are_kept_once(gazetteer: Gazetteer) -> None:
    clean = _clean("000_a4ac51ac81643967.txt", gazetteer)
    assert len(clean.paragraphs) == len(set(clean.paragraphs)) == 8
    assert sum("1.315 PSK" in p for p in clean.paragraphs) == 1


def test_the_dateline_is_cut_from_the_first_sentence(gazetteer: Gazetteer) -> None:
    clean = _clean("002_cb241b33bc2672ff.txt", gazetteer)
    assert clean.sentences[0][1].startswith("Pemerintah melalui Kementerian Sosial")


def test_spaces_and_quotes_are_normalised() -> None:
    raw = (
        "Judul\u00a0Berita Baru\n"
        "JAKARTA - \u201cKami\u00a0menutup\u201d  lokalisasi itu,\u200b kata Budi."
    )
    clean = clean_article(raw, Gazetteer.seeded())
    assert clean.sentences == [(0, '"Kami menutup" lokalisasi itu, kata Budi.')]


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        (
            "Lokalisasi di Jl. Merdeka ditutup. Warga lega.",
            ["Lokalisasi di Jl. Merdeka ditutup.", "Warga lega."],
        ),
        (
            '"Dari 22 lokalisasi itu, sebanyak 1.315 PSK. Seluruhnya dibina," kata Khofifah.',
            ['"Dari 22 lokalisasi itu, sebanyak 1.315 PSK.', 'Seluruhnya dibina," kata Khofifah.'],
        ),
        (
            "Bantuan Rp. 5 juta diberikan. Total 127 orang.",
            ["Bantuan Rp. 5 juta diberikan.", "Total 127 orang."],
        ),
    ],
)
def test_split_sentences(paragraph: str, sentences: list[str]) -> None:
    assert split_sentences(paragraph) == sentences
