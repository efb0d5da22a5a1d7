"""Cleaning: boilerplate out, repeats collapsed, title/outlet/dateline/date detected."""

import datetime as dt
import re
from pathlib import Path

import pytest

from knowledge.clean import clean_article
from knowledge.paths import BUNDLED_ARTICLES
from knowledge.places import Gazetteer
from knowledge.sentences import split_sentences
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


_HEADLINE = "Pemkab Garut Tutup Lokalisasi Cibeber, 40 PSK Dipulangkan"
_SENTENCE_CASE = "Pemkab Garut tutup lokalisasi Cibeber, 40 pekerja seks dipulangkan"
_BODY = (
    "Garut - Pemerintah Kabupaten Garut menutup lokalisasi Cibeber pada Senin (4/3/2019) "
    "dan memulangkan 40 pekerja seks ke daerah asal."
)


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        pytest.param(
            "detikNews\nBerita Jawa Barat\n\nSenin, 04 Mar 2019 16:05 WIB\n\n"
            f"{_HEADLINE}\n\n{_BODY}",
            _HEADLINE,
            id="a-region-section-above-the-headline",
        ),
        pytest.param(
            f"VIVA.co.id\nBerita | Nasional\n\n{_HEADLINE}\n\n{_BODY}",
            _HEADLINE,
            id="a-section-with-a-bar",
        ),
        pytest.param(
            f"Suara.com\nNews / Daerah\n\n{_HEADLINE}\n\n{_BODY}",
            _HEADLINE,
            id="a-section-with-a-slash",
        ),
        pytest.param(
            f"{_SENTENCE_CASE}\n\nSenin, 4 Maret 2019 21:03 WIB\n\n{_BODY}",
            _SENTENCE_CASE,
            id="a-headline-in-sentence-case-above-the-date-line",
        ),
    ],
)
def test_the_headline_is_not_a_section_or_a_date(
    gazetteer: Gazetteer, raw: str, title: str
) -> None:
    assert clean_article(raw, gazetteer).title == title


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


@pytest.mark.parametrize("written", ["ekslokalisasi", "Eks-lokalisasi", "exlokalisasi"])
def test_eks_glued_to_lokalisasi_is_its_own_word(gazetteer: Gazetteer, written: str) -> None:
    raw = (
        "Warga Lega Setelah Lokalisasi Ditutup\n\n"
        f"BONTANG - Setelah ditutupnya area {written} Tanjung Harapan, warga lega."
    )
    clean = clean_article(raw, gazetteer)
    assert clean.sentences[0][1].split()[3:5] == [written[:-10].rstrip("-"), "lokalisasi"]


@pytest.mark.parametrize(
    ("written", "read"),
    [("64PSK", "64 PSK"), ("40orang", "40 orang"), ("12WTS", "12 WTS"), ("2019.", "2019.")],
)
def test_a_figure_glued_to_the_people_it_counts_is_two_words(
    gazetteer: Gazetteer, written: str, read: str
) -> None:
    raw = f"Data PSK Kalteng\n\nSAMPIT - Di Kabupaten Kapuas tercatat {written}"
    assert clean_article(raw, gazetteer).sentences[0][1].endswith(f"tercatat {read}")


def test_a_paragraph_that_only_gives_a_day_goes_with_the_one_before(gazetteer: Gazetteer) -> None:
    raw = (
        "Satpol PP Datangi Lokalisasi\n\n"
        "PEKANBARU - Warung di tempat itu pernah dibongkar paksa, awal Maret lalu.\n\n"
        "Tepatnya, Kamis (14/3/2019).\n\n"
        "Petugas kembali memberi surat peringatan."
    )
    clean = clean_article(raw, gazetteer)
    assert [text for _, text in clean.sentences] == [
        "Warung di tempat itu pernah dibongkar paksa, awal Maret lalu. Tepatnya, Kamis "
        "(14/3/2019).",
        "Petugas kembali memberi surat peringatan.",
    ]


def test_the_dateline_is_cut_from_the_first_sentence(gazetteer: Gazetteer) -> None:
    clean = _clean("002_cb241b33bc2672ff.txt", gazetteer)
    assert clean.sentences[0][1].startswith("Pemerintah melalui Kementerian Sosial")


@pytest.mark.parametrize(
    "first_line",
    [
        "Lensaberita.id - Pemerintah Kabupaten Jember akan menutup lokalisasi Gang Melati pada"
        " 12 Juli 2017.",
        "JEMBER, KOMPAS.com - Pemerintah Kabupaten Jember akan menutup lokalisasi Gang Melati"
        " pada 12 Juli 2017.",
        "BERITAJEMBER.ID | JEMBER - Pemerintah Kabupaten Jember akan menutup lokalisasi Gang"
        " Melati pada 12 Juli 2017.",
        # A lead that lost its full stop is still longer than any headline.
        "Beritajember.id - Pemerintah Kabupaten Jember akan menutup lokalisasi Gang Melati pada"
        " 12 Juli 2017 meski sebagian warga di sekitar kawasan itu masih meminta waktu tambahan"
        " untuk pindah",
    ],
)
def test_a_page_copied_from_its_first_paragraph_keeps_every_paragraph(
    gazetteer: Gazetteer, first_line: str
) -> None:
    # No headline: the lead names the article, and the last line (a cut-off sentence) is
    # neither the title nor the end of what is kept.
    raw = "\n".join(
        [
            first_line,
            '"Semua pekerja sudah didata," kata Kepala Dinas Sosial Jember, Rina Ayu.',
            "Di lokalisasi itu terdapat 64 pekerja seks yang berasal dari berbagai daerah.",
            "Koordinasi dengan Kementerian Sosial akan terus dilakukan, termasuk soal bantuan",
        ]
    )
    clean = clean_article(raw, gazetteer)
    assert clean.title.startswith("Pemerintah Kabupaten Jember akan menutup lokalisasi")
    assert [text[:20] for _, text in clean.sentences] == [
        "Pemerintah Kabupaten",
        '"Semua pekerja sudah',
        "Di lokalisasi itu te",
        "Koordinasi dengan Ke",
    ]


@pytest.mark.parametrize(
    "menu",
    [
        "Tentang KamiRedaksiKode EtikKebijakan PrivasiKontak KamiKarir",
        "Tentang Kami | Pedoman Media Siber | Disclaimer | Info Iklan",
    ],
)
def test_a_page_opening_with_the_site_s_menu_is_titled_by_its_lead(
    gazetteer: Gazetteer, menu: str
) -> None:
    # A page copied from its footer on: the site's links and stamps are no headline.
    raw = "\n".join(
        [
            menu,
            "2021 © PT Kabar Jember Media",
            "Version 2.4.1",
            "Lensaberita.id - Pemerintah Kabupaten Jember akan menutup lokalisasi Gang Melati pada"
            " 12 Juli 2017.",
            "Di lokalisasi itu terdapat 64 pekerja seks yang berasal dari berbagai daerah.",
            menu,
        ]
    )
    clean = clean_article(raw, gazetteer)
    assert clean.title.startswith("Pemerintah Kabupaten Jember akan menutup lokalisasi")
    assert [text[:20] for _, text in clean.sentences] == [
        "Pemerintah Kabupaten",
        "Di lokalisasi itu te",
    ]


def test_a_headline_never_stands_below_the_first_paragraph(gazetteer: Gazetteer) -> None:
    # A page copy that ends mid-sentence leaves a short, capitalised last line: not a headline.
    raw = "\n".join(
        [
            "Warga Kampung Sawah Kembali Resah",
            "Pemerintah Kota Jember menutup lokalisasi Gang Melati pada 12 Juli 2017.",
            "Sebanyak 64 pekerja seks dipulangkan ke daerah asal masing-masing.",
            "Pada Bulan Mei Ini, Pemerintah",
        ]
    )
    clean = clean_article(raw, gazetteer)
    assert clean.title == "Warga Kampung Sawah Kembali Resah"
    no_headline = clean_article("\n".join(raw.split("\n")[1:]), gazetteer)
    assert no_headline.title.startswith("Pemerintah Kota Jember menutup lokalisasi")
    assert len(no_headline.sentences) == 3


def test_a_page_opening_with_its_lead_paragraph_keeps_it(gazetteer: Gazetteer) -> None:
    # No headline, no dateline: the first sentence names the story, and the whole first
    # paragraph is still the story's.
    raw = "\n".join(
        [
            "Pemerintah Kota Jember menutup lokalisasi Gang Melati pada 12 Juli 2017. Sebanyak "
            "64 pekerja seks dipulangkan ke daerah asal masing-masing.",
            "Warga sekitar mengaku lega dengan penutupan lokalisasi itu, kata lurah setempat.",
        ]
    )
    clean = clean_article(raw, gazetteer)
    assert clean.title == "Pemerintah Kota Jember menutup lokalisasi Gang Melati pada 12 Juli 2017"
    assert any("64 pekerja seks" in text for _, text in clean.sentences)
    assert len(clean.sentences) == 3


def test_a_reporter_line_above_the_dateline_is_no_headline(gazetteer: Gazetteer) -> None:
    # A page copied from below its headline: the reporter's line stands above the dateline.
    raw = "\n\n".join(
        [
            "Laporan Wartawan Tribun Jateng, Budi Santoso",
            "TRIBUNJATENG.COM, BREBES - Pemkab Brebes menutup lokalisasi Gang Melati pada 12 "
            "Juli 2016.",
            "Sebanyak 24 pekerja seks dipulangkan ke daerah asal masing-masing.",
        ]
    )
    clean = clean_article(raw, gazetteer)
    assert clean.title.startswith("Pemkab Brebes menutup lokalisasi Gang Melati")


@pytest.mark.parametrize(
    "above",
    [
        # A news ticker's headline of another story, under its label.
        ["BREAKING NEWS :", "Gubernur Resmikan Jembatan Baru di Kota Dumai"],
        # An advert's line set like a headline.
        ["Jasa Pembuatan Website Terbaik Untuk Usaha Anda di Tahun 2020"],
    ],
)
def test_another_storys_or_an_adverts_headline_is_not_the_title(
    gazetteer: Gazetteer, above: list[str]
) -> None:
    raw = "\n\n".join(
        [
            *above,
            "Satpol PP Tutup Lokalisasi Gang Melati",
            "Rabu, 25 Juli 2018 - 10:13 WIB",
            "PEKANBARU - Satpol PP Kota Pekanbaru menutup lokalisasi Gang Melati pada 22 Juli "
            "2018.",
        ]
    )
    assert clean_article(raw, gazetteer).title == "Satpol PP Tutup Lokalisasi Gang Melati"


@pytest.mark.parametrize(
    ("above", "headline"),
    [
        # A banner's line, once: the headline is the line about a closing.
        (["Banner Kuping Kanan"], "Hari Ini Gang Melati Resmi Ditutup, Kini Jadi Taman Kota"),
        # … and a line the page repeats is furniture, whatever the headline says.
        (["Banner Kuping Kanan", "Banner Kuping Kanan"], "Wajah Baru Kampung Gang Melati"),
    ],
)
def test_a_banner_above_the_headline_is_not_the_title(
    gazetteer: Gazetteer, above: list[str], headline: str
) -> None:
    raw = "\n\n".join(
        [
            *above,
            headline,
            "PEKANBARU - Satpol PP Kota Pekanbaru menutup lokalisasi Gang Melati pada 22 Juli "
            "2018.",
        ]
    )
    assert clean_article(raw, gazetteer).title == headline


def test_the_headline_repeated_behind_a_photo_widget_is_dropped(gazetteer: Gazetteer) -> None:
    raw = "\n".join(
        [
            "Lokalisasi Gang Melati Ditutup, Pekerja Diberi Modal",
            "JEMBER - Pemkab Jember menutup lokalisasi Gang Melati pada 12 Juli 2017.",
            "zoom-in Lokalisasi Gang Melati Ditutup, Pekerja Diberi Modal",
            "Sebanyak 64 pekerja seks dipulangkan ke daerah asal masing-masing.",
        ]
    ).replace("\n", "\n\n")
    clean = clean_article(raw, gazetteer)
    assert [text[:12] for _, text in clean.sentences] == ["Pemkab Jembe", "Sebanyak 64 "]


@pytest.mark.parametrize(
    ("under_headline", "kept"),
    [
        # A sentence summing up the story under its headline is the story's first paragraph.
        (
            "Razia ini untuk mengantisipasi PSK dari eks lokalisasi Dolly yang sudah ditutup.",
            True,
        ),
        # A photo's caption is not.
        ("Petugas Satpol PP merazia lokalisasi Gang Melati. (Foto: Dok. Satpol PP)", False),
    ],
)
def test_a_sentence_under_the_headline_opens_the_story(
    gazetteer: Gazetteer, under_headline: str, kept: bool
) -> None:
    raw = "\n\n".join(
        [
            "Satpol PP Razia Lokalisasi Gang Melati",
            under_headline,
            "DENPASAR, Warta Dewata",
            "Satpol PP Kota Denpasar merazia lokalisasi Gang Melati pada Kamis (14/4) malam.",
        ]
    )
    clean = clean_article(raw, gazetteer)
    assert clean.sentences[0][1] == (
        under_headline
        if kept
        else "Satpol PP Kota Denpasar merazia lokalisasi Gang Melati pada Kamis (14/4) malam."
    )
    assert clean.dateline == "Denpasar"


def test_bulleted_headlines_of_other_stories_are_dropped(gazetteer: Gazetteer) -> None:
    raw = "\n".join(
        [
            "Lokalisasi Gang Melati Ditutup, Pekerja Diberi Modal",
            "JEMBER - Pemkab Jember menutup lokalisasi Gang Melati pada 12 Juli 2017.",
            "Hasil pendataan menunjukkan:",
            "- 64 pekerja seks dipulangkan ke daerah asal.",
            "- 12 mucikari diberi modal usaha.",
            "Warga berharap lokalisasi itu tidak dibuka lagi.",
            "- Polisi Bongkar Sindikat Prostitusi Daring di Malang",
            "- Satpol PP Surabaya Perketat Pengawasan Eks Lokalisasi",
        ]
    )
    kept = " ".join(text for _, text in clean_article(raw, gazetteer).sentences)
    assert "64 pekerja seks dipulangkan" in kept
    assert "12 mucikari diberi modal" in kept
    assert "Sindikat" not in kept
    assert "Perketat" not in kept


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
            "Petugas membongkar warung di Desa Sukamaju. Kamis, (24/10/2019). Warga lega.",
            ["Petugas membongkar warung di Desa Sukamaju. Kamis, (24/10/2019).", "Warga lega."],
        ),
        (
            "Warung itu dibongkar awal Maret lalu. Tepatnya, Kamis (14/3/2019). Warga lega.",
            ["Warung itu dibongkar awal Maret lalu. Tepatnya, Kamis (14/3/2019).", "Warga lega."],
        ),
        # A time alone opens the next sentence at a paragraph's start, else ends the one before.
        (
            "Maret 2019 lalu. Pemkot membentuk tim khusus. Tim itu bekerja sebulan.",
            ["Maret 2019 lalu. Pemkot membentuk tim khusus.", "Tim itu bekerja sebulan."],
        ),
        (
            "Lokalisasi itu resmi ditutup. Dua tahun silam. Kini sepi.",
            ["Lokalisasi itu resmi ditutup. Dua tahun silam.", "Kini sepi."],
        ),
        # "Baik oleh … maupun …" only goes on with the sentence before.
        (
            "Puluhan PSK diamankan. Baik oleh Satpol PP maupun polisi. Mereka didata.",
            ["Puluhan PSK diamankan. Baik oleh Satpol PP maupun polisi.", "Mereka didata."],
        ),
        (
            '"Dari 22 lokalisasi itu, sebanyak 1.315 PSK. Seluruhnya dibina," kata Khofifah.',
            ['"Dari 22 lokalisasi itu, sebanyak 1.315 PSK.', 'Seluruhnya dibina," kata Khofifah.'],
        ),
        (
            "Bantuan Rp. 5 juta diberikan. Total 127 orang.",
            ["Bantuan Rp. 5 juta diberikan.", "Total 127 orang."],
        ),
        (
            "Pembongkaran dipimpin Kasat Pol. PP Paser, Sri Wahyuni. Warga lega.",
            ["Pembongkaran dipimpin Kasat Pol. PP Paser, Sri Wahyuni.", "Warga lega."],
        ),
    ],
)
def test_split_sentences(paragraph: str, sentences: list[str]) -> None:
    assert split_sentences(paragraph) == sentences


def _lines(*lines: str) -> str:
    return "\n".join(lines)


_TITLE = "Pemkab Tutup Lokalisasi Terakhir di Wilayahnya"
_LEAD = "Pemerintah kabupaten menutup lokalisasi terakhir di wilayahnya pada Senin (2/9/2019)."


@pytest.mark.parametrize(
    ("raw", "publisher", "dateline", "published"),
    [
        pytest.param(_lines(_TITLE, f"Suara.com - {_LEAD}"), "Suara.com", None, None, id="suara"),
        pytest.param(_lines(_TITLE, f"VIVA \u2013 {_LEAD}"), "Viva", None, None, id="viva"),
        pytest.param(
            _lines(_TITLE, f"SonoraBangka.id - {_LEAD[0].lower()}{_LEAD[1:]}"),
            "SonoraBangka.id",
            None,
            None,
            id="domain-then-lower-case",
        ),
        pytest.param(
            _lines(_TITLE, f"SEMARANG, JOGLOSEMARNEWS.COM - {_LEAD}"),
            "Joglosemarnews.com",
            "Semarang",
            None,
            id="joglosemar",
        ),
        pytest.param(
            _lines(_TITLE, f"TEMPO.CO, Surabaya - {_LEAD}"),
            "Tempo.co",
            "Surabaya",
            None,
            id="tempo",
        ),
        pytest.param(
            _lines(_TITLE, f"KALTIM.TRIBUNNEWS.COM - {_LEAD}"),
            "Kaltim.tribunnews.com",
            None,
            None,
            id="tribun-subdomain",
        ),
        pytest.param(
            _lines(_TITLE, f"MAKASSAR, KOMPAS.com - {_LEAD}"),
            "KOMPAS.com",
            "Makassar",
            None,
            id="kompas",
        ),
        pytest.param(
            _lines(_TITLE, f"Kupang (ANTARA) - {_LEAD}"), "Antara", "Kupang", None, id="antara"
        ),
        pytest.param(
            _lines(_TITLE, f"Palangka Raya, 3/9/19 (Kabar Kalteng). {_LEAD}"),
            "Kabar Kalteng",
            "Palangka Raya",
            dt.date(2019, 9, 3),  # the dateline's own date
            id="local-paren-date",
        ),
        pytest.param(
            _lines(_TITLE, f"Sampit, 12 Maret 2019 - {_LEAD}"),
            None,
            "Sampit",
            dt.date(2019, 3, 12),
            id="place-and-date",
        ),
        pytest.param(
            _lines(_TITLE, f"Jakarta, 5/9 (ANTARA) - {_LEAD}"),
            "Antara",
            "Jakarta",
            None,
            id="antara-place-day",
        ),
        pytest.param(
            _lines("kabarjambi.id Kamis, 5 September 2019", _TITLE, _LEAD),
            "kabarjambi.id",
            None,
            dt.date(2019, 9, 5),
            id="site-and-date-line",
        ),
        pytest.param(
            _lines(_TITLE, "- detikNews", "Kamis, 12 Sep 2019 14:20 WIB", f"Karawang - {_LEAD}"),
            "detikNews",
            "Karawang",
            dt.date(2019, 9, 12),
            id="detik",
        ),
        pytest.param(
            _lines(_TITLE, f"Liputan6.com, Malang - {_LEAD}"),
            "Liputan6.com",
            "Malang",
            None,
            id="liputan6",
        ),
        pytest.param(
            _lines(_TITLE, f"Liputan6.com, Jember {_LEAD}"),
            "Liputan6.com",
            "Jember",
            None,
            id="liputan6-no-dash",
        ),
        pytest.param(
            _lines(_TITLE, f"Okezone.com, Ambon - {_LEAD}"),
            "Okezone.com",
            "Ambon",
            None,
            id="okezone",
        ),
        pytest.param(
            _lines(_TITLE, f"Jakarta, CNN Indonesia -- {_LEAD}"),
            "CNN Indonesia",
            "Jakarta",
            None,
            id="cnn",
        ),
        pytest.param(
            _lines(_TITLE, f"Pontianak, IDN Times - {_LEAD}"),
            "IDN Times",
            "Pontianak",
            None,
            id="idn-times",
        ),
        pytest.param(
            _lines(_TITLE, "PERISTIWA | 19 November 2019 20:51", f"Merdeka.com - {_LEAD}"),
            "Merdeka.com",
            None,
            dt.date(2019, 11, 19),
            id="merdeka",
        ),
        pytest.param(
            _lines(_TITLE, f"REPUBLIKA.CO.ID, SORONG -- {_LEAD}"),
            "Republika.co.id",
            "Sorong",
            None,
            id="republika",
        ),
        pytest.param(
            _lines(_TITLE, f"KUALA KAPUAS, kabar-sungai.com - {_LEAD}"),
            "kabar-sungai.com",
            "Kuala Kapuas",
            None,
            id="hyphenated-domain",
        ),
        pytest.param(
            _lines(_TITLE, f"jpnn.com, KUTAI TIMUR - {_LEAD}"),
            "jpnn.com",
            "Kutai Timur",
            None,
            id="jpnn-lower-case",
        ),
        pytest.param(
            _lines(_TITLE, f"Bisnis.com, MALANG--{_LEAD}"),
            "Bisnis.com",
            "Malang",
            None,
            id="dash-without-spaces",
        ),
        pytest.param(
            _lines(_TITLE, f"PALU,netiz.id - {_LEAD}"), "netiz.id", "Palu", None, id="no-space"
        ),
        pytest.param(_lines(_TITLE, f"JAKARTA-{_LEAD}"), None, "Jakarta", None, id="caps-glued"),
        pytest.param(
            _lines(_TITLE, f"KOTA BATU, beritabatu.com (3 September 2019) - {_LEAD}"),
            "beritabatu.com",
            "Kota Batu",
            dt.date(2019, 9, 3),
            id="dated-in-brackets",
        ),
        pytest.param(
            _lines(_TITLE, "Kabarkudus.com - Kudus,", "", _LEAD),
            "Kabarkudus.com",
            "Kudus",
            None,
            id="dateline-alone",
        ),
        pytest.param(
            _lines(_TITLE, "DENPASAR, NusaBali", "", _LEAD),
            "NusaBali",
            "Denpasar",
            None,
            id="place-in-capitals-and-outlet-alone",
        ),
        pytest.param(
            _lines(_TITLE, f"Kabarkudus.com - Kudus, {_LEAD}"),
            "Kabarkudus.com",
            "Kudus",
            None,
            id="outlet-place-comma",
        ),
        pytest.param(
            _lines(_TITLE, f"NEWSOBSERVASI: {_LEAD}"),
            "Newsobservasi",
            None,
            None,
            id="outlet-in-capitals-and-colon",
        ),
        pytest.param(
            _lines(_TITLE, f"BERITAJATIM.ID | KOTA BATU - {_LEAD}"),
            "Beritajatim.id",
            "Kota Batu",
            None,
            id="bar",
        ),
    ],
)
def test_outlet_and_dateline_forms(
    gazetteer: Gazetteer,
    raw: str,
    publisher: str | None,
    dateline: str | None,
    published: dt.date | None,
) -> None:
    clean = clean_article(raw, gazetteer)
    assert (clean.title, clean.publisher, clean.dateline) == (_TITLE, publisher, dateline)
    assert clean.paragraphs == [_LEAD]
    # Without a date line the reporting day in the lead is the article's date.
    assert clean.published == (published or dt.date(2019, 9, 2))


@pytest.mark.parametrize(
    ("raw", "place", "ids"),
    [
        ("SEMARANG, KOMPAS.com - ", "Semarang", {"33.22", "33.74"}),
        ("Tanjung Selor (Antara Kaltara) - ", "Tanjung Selor", None),
        ("Suara.com - ", None, set()),
    ],
)
def test_the_dateline_place_resolves_to_places(
    gazetteer: Gazetteer, raw: str, place: str | None, ids: set[str] | None
) -> None:
    clean = clean_article(_lines(_TITLE, raw + _LEAD), gazetteer)
    assert clean.dateline == place
    if ids is not None:
        assert set(clean.dateline_places) == ids
    else:
        assert clean.dateline_places == tuple(gazetteer.lookup(place))
        assert clean.dateline_places


_STORY = "SEMARANG, KOMPAS.com - Pemkot Semarang menutup lokalisasi di Kecamatan Tugu pekan ini."
_STORY_TEXT = "Pemkot Semarang menutup lokalisasi di Kecamatan Tugu pekan ini."


@pytest.mark.parametrize(
    ("last", "kept"),
    [
        ('"Kami siapkan pelatihan," kata Budi. (Antara)', '"Kami siapkan pelatihan," kata Budi.'),
        ("Pemulangan dilakukan bertahap hingga akhir bulan. (ant)", None),
        ("Pemulangan dilakukan bertahap hingga akhir bulan. (Antara/ABC)", None),
        ("Pemulangan dilakukan bertahap hingga akhir bulan. (*)", None),
        ("Pemulangan dilakukan bertahap hingga akhir bulan.(rls)", None),
        ("Pemulangan dilakukan bertahap hingga akhir bulan. (mdk/gil)", None),
        ("Pemulangan dilakukan bertahap hingga akhir bulan. (Humas Pemkot/rls)", None),
        ("Pemulangan dilakukan bertahap hingga akhir bulan. (T.F011/E. Sutrisno)", None),
        ("Pemulangan dilakukan bertahap hingga akhir bulan, kata Budi. (Abdul Hamid)", None),
        ("Pemulangan dilakukan bertahap, kata Budi. (KOMPAS.com/ANDRI S)", None),
        # Photo captions between paragraphs are not the story.
        ("Wali kota meninjau bekas wisma, Senin (2/9/2019). (Foto: Humas Pemkot/Budi)", ""),
        ("Wali kota meninjau bekas wisma, Senin (2/9/2019). (KOMPAS.com/ANDRI S)", ""),
        ("Wali kota meninjau bekas wisma. (ANTARA FOTO/Budi Santoso)", ""),
    ],
)
def test_a_credit_closing_the_story_is_cut_not_the_paragraph(
    gazetteer: Gazetteer, last: str, kept: str | None
) -> None:
    clean = clean_article(_lines(_TITLE, _STORY, last), gazetteer)
    if kept == "":
        assert clean.paragraphs == [_STORY_TEXT]
        assert last in clean.dropped
    else:
        expected = kept or last[: last.rindex("(")].rstrip()
        assert clean.paragraphs == [_STORY_TEXT, expected]


@pytest.mark.parametrize(
    ("body", "paragraphs"),
    [
        pytest.param(
            _lines(
                "KENDAL, KOMPAS.com - Pemerintah Kabupaten Kendal, Jawa Tengah, resmi",
                "menutup lokalisasi Kalisari di Kecamatan Kaliwungu, Selasa (15/10/2019).",
                "Penutupan ditandai pemasangan papan larangan oleh Bupati Kendal.",
                "Kepala Dinas Sosial Kendal, Siti Rahayu, mengatakan sebanyak 37 penghuni",
                "menerima jaminan hidup Rp 1,8",
                "juta per orang dari Kementerian Sosial dan uang transportasi Rp 250.000",
                "dari APBD Kabupaten Kendal.",
                '"Mereka sudah kami data satu per satu sejak Agustus," kata Siti.',
            ),
            [
                "Pemerintah Kabupaten Kendal, Jawa Tengah, resmi menutup lokalisasi Kalisari"
                " di Kecamatan Kaliwungu, Selasa (15/10/2019).",
                "Penutupan ditandai pemasangan papan larangan oleh Bupati Kendal.",
                "Kepala Dinas Sosial Kendal, Siti Rahayu, mengatakan sebanyak 37 penghuni"
                " menerima jaminan hidup Rp 1,8 juta per orang dari Kementerian Sosial dan uang"
                " transportasi Rp 250.000 dari APBD Kabupaten Kendal.",
                '"Mereka sudah kami data satu per satu sejak Agustus," kata Siti.',
            ],
            id="wrapped-lines-short-paragraph-ends",
        ),
        pytest.param(
            _lines(
                "JEMBER, KOMPAS.com - Dinas Sosial Kabupaten Jember mendata ulang",
                "penghuni lokalisasi di Kecamatan Puger. Hasilnya, tercatat 96 orang",
                "masih tinggal di sana. Sebagian besar berasal dari luar Jawa Timur.",
                "",
                "Kepala Dinas Sosial Kabupaten Jember Ahmad Fauzi mengatakan bantuan",
                "akan dicairkan bulan depan. Pemkab Jember juga menyiapkan pelatihan",
                "Kabupaten Jember untuk eks penghuni yang memilih tetap tinggal di",
                "Jember.",
            ),
            [
                "Dinas Sosial Kabupaten Jember mendata ulang penghuni lokalisasi di Kecamatan"
                " Puger. Hasilnya, tercatat 96 orang masih tinggal di sana. Sebagian besar"
                " berasal dari luar Jawa Timur.",
                "Kepala Dinas Sosial Kabupaten Jember Ahmad Fauzi mengatakan bantuan akan"
                " dicairkan bulan depan. Pemkab Jember juga menyiapkan pelatihan Kabupaten"
                " Jember untuk eks penghuni yang memilih tetap tinggal di Jember.",
            ],
            id="blank-line-paragraphs",
        ),
        pytest.param(
            _lines(
                "SRAGEN, KOMPAS.com - Pemkab Sragen menutup lokalisasi di tepi sungai.",
                "Sebanyak 63 penghuni dipulangkan ke daerah asal masing-",
                "masing dengan bus yang disewa pemkab.",
            ),
            [
                "Pemkab Sragen menutup lokalisasi di tepi sungai.",
                "Sebanyak 63 penghuni dipulangkan ke daerah asal masing-masing dengan bus yang"
                " disewa pemkab.",
            ],
            id="paragraph-per-line-with-a-stray-break",
        ),
        pytest.param(
            _lines(
                "SRAGEN, KOMPAS.com - Setiap penghuni lokalisasi yang ditutup menerima Rp 1,8",
                "juta dari Kementerian Sosial dan ongkos pulang sebesar Rp",
                "500.000 dari pemkab. Jumlah penghuni yang didata sebanyak",
                "63 orang.",
                "Pemkab juga menyiapkan pelatihan bagi yang menetap.",
            ),
            [
                "Setiap penghuni lokalisasi yang ditutup menerima Rp 1,8 juta dari Kementerian"
                " Sosial dan ongkos pulang sebesar Rp 500.000 dari pemkab. Jumlah penghuni yang"
                " didata sebanyak 63 orang.",
                "Pemkab juga menyiapkan pelatihan bagi yang menetap.",
            ],
            id="amounts-broken-across-lines",
        ),
        pytest.param(
            _lines(
                "Kalau Anda melintas lewat Kecamatan Bolo, Kabupaten Bima, ada satu ruas yang",
                'oleh warga cukup disebut "Jalan Lintas',
                'Sila". Di kiri jalan berderet belasan rumah kayu bercat terang dan sempit.',
                "Semua orang di kampung tahu apa yang terjadi di sana setiap malam.",
            ),
            [
                "Kalau Anda melintas lewat Kecamatan Bolo, Kabupaten Bima, ada satu ruas yang"
                ' oleh warga cukup disebut "Jalan Lintas Sila". Di kiri jalan berderet belasan'
                " rumah kayu bercat terang dan sempit.",
                "Semua orang di kampung tahu apa yang terjadi di sana setiap malam.",
            ],
            id="a-quote-left-open-at-a-line-end",
        ),
        pytest.param(
            _lines(
                "Kompleks itu pernah ditutup secara resmi. Saya masih ingat upacaranya, karena",
                "murid-murid saya ikut menonton dari pinggir jalan, pada hari Kamis, 15",
                "Desember 2016. Ada tenda, ada spanduk, ada pejabat dari provinsi yang datang.",
                "Semua orang di kampung tahu apa yang terjadi di sana setiap malam.",
            ),
            [
                "Kompleks itu pernah ditutup secara resmi. Saya masih ingat upacaranya, karena"
                " murid-murid saya ikut menonton dari pinggir jalan, pada hari Kamis, 15"
                " Desember 2016. Ada tenda, ada spanduk, ada pejabat dari provinsi yang datang.",
                "Semua orang di kampung tahu apa yang terjadi di sana setiap malam.",
            ],
            id="a-date-cut-at-a-line-end",
        ),
    ],
)
def test_hard_wrapped_lines_are_joined_into_paragraphs(
    gazetteer: Gazetteer, body: str, paragraphs: list[str]
) -> None:
    clean = clean_article(_lines(_TITLE, "", body), gazetteer)
    assert clean.title == _TITLE
    assert clean.paragraphs == paragraphs


def test_header_lines_and_tag_lists_are_not_joined(gazetteer: Gazetteer) -> None:
    raw = _lines(
        _TITLE,
        "id lokalisasi, psk, sragen, dinas sosial",
        "Rabu, 18 Desember 2019 | 08:15 WIB",
        f"SRAGEN - {_LEAD}",
        "(ase)",
        "lokalisasi",
        "sragen",
        "psk",
    )
    clean = clean_article(raw, gazetteer)
    assert (clean.title, clean.dateline, clean.published) == (
        _TITLE,
        "Sragen",
        dt.date(2019, 12, 18),
    )
    assert clean.paragraphs == [_LEAD]


def test_a_tag_line_ends_the_story_and_the_next_story_is_not_read(gazetteer: Gazetteer) -> None:
    raw = _lines(
        _TITLE,
        "(foto lokasi yang sekarang jadi kebun)",
        "Baca Juga :",
        _LEAD,
        "Baca Juga :",
        "(foto lokasi yang sekarang jadi kebun)",
        "Sebanyak 87 penghuni bersedia dipulangkan ke daerah asal masing-masing.",
        "Tag",
        "Warga Protes Jalan Rusak di Pusat Kota",
        "Kabarkudus.com - Puluhan warga memprotes jalan rusak di pusat kota pada Selasa pagi.",
    )
    clean = clean_article(raw, gazetteer)
    assert clean.title == _TITLE
    assert clean.paragraphs == [
        _LEAD,
        "Sebanyak 87 penghuni bersedia dipulangkan ke daerah asal masing-masing.",
    ]


def test_a_theme_s_search_box_and_top_bar_date_are_furniture(gazetteer: Gazetteer) -> None:
    title = "Razia Gabungan di Batam, Puluhan PSK Terjaring di Tiga Lokasi"
    raw = _lines(
        "• Berita",
        "  • Daerah",
        "  • Video",
        "Senin, 3 Maret 2025",
        "No Result",
        "View All Result",
        "KABARKITA",
        "  • Tentang Kami",
        "  • Redaksi",
        "  • Tentang Kami",
        "  • Redaksi",
        "No Result",
        "View All Result",
        "KABARKITA",
        "No Result",
        "View All Result",
        "",
        title,
        "",
        "Editor",
        "Senin, 2 September 2019 - 13:45",
        "Suasana malam di pelabuhan",
        "",
        "Petugas gabungan berjaga di depan sebuah kafe di kawasan pelabuhan. Razia digelar "
        "hingga dini hari. (FOTO: Ilustrasi/pexels)",
        "",
        "Razia digelar di tiga lokasi yang kerap dipakai PSK mangkal.",
        "",
        "KABARKITA, BATAM - 'Tim gabungan menjaring 40 PSK dalam razia semalam. "
        "Sebanyak 27 orang di antaranya bersedia dipulangkan.",
    )
    clean = clean_article(raw, gazetteer)
    # "View All Result" is the theme's search box; the date in the site's top bar is the day
    # the page was saved, not the story's.
    assert (clean.title, clean.published) == (title, dt.date(2019, 9, 2))


def test_furniture_around_the_story_is_removed(gazetteer: Gazetteer) -> None:
    raw = _lines(
        "Masuk",
        "Daftar",
        "Login dengan Google",
        "Lupa kata sandi?",
        "Terpopuler",
        "1. Harga Cabai Naik Lagi di Pasar Induk",
        "2. Jalan Lingkar Selatan Mulai Dibangun",
        "Bagikan",
        "Facebook",
        "Twitter",
        "WhatsApp",
        "Salin link",
        "ADVERTISEMENT",
        "Scroll to continue with content",
        _TITLE,
        "Senin, 2 September 2019 13:45",
        f"BATAM - {_LEAD}",
        "Simak juga",
        "Pelabuhan Batam Center Dipadati Pemudik",
        "Sebanyak 87 penghuni bersedia dipulangkan ke daerah asal masing-masing.",
        "Lihat juga:",
        "Razia Miras di Kawasan Nagoya",
        "Rekomendasi",
        "Festival Kuliner Digelar Akhir Pekan",
        "Komentar",
        "Tulis komentar",
        "Login untuk berkomentar",
        "Warga lain menulis bahwa lokalisasi itu masih ramai setiap malam.",
    )
    clean = clean_article(raw, gazetteer)
    assert (clean.title, clean.dateline, clean.published) == (
        _TITLE,
        "Batam",
        dt.date(2019, 9, 2),
    )
    assert clean.paragraphs == [
        _LEAD,
        "Sebanyak 87 penghuni bersedia dipulangkan ke daerah asal masing-masing.",
    ]


@pytest.mark.parametrize(
    "after",
    [
        "Sebanyak 87 penghuni bersedia dipulangkan ke daerah asal masing-masing.",
        # A paragraph the outlet forgot to end with a full stop is still the story.
        "sebanyak 87 penghuni bersedia dipulangkan ke daerah asal masing-masing pekan depan",
    ],
)
def test_a_list_inside_the_story_keeps_the_story_after_it(gazetteer: Gazetteer, after: str) -> None:
    raw = _lines(
        _TITLE,
        f"BATAM - {_LEAD}",
        "Berita Terkait",
        "Pelabuhan Batam Center Dipadati Pemudik",
        "Harga Cabai Naik Lagi di Pasar Induk",
        "Festival Kuliner Digelar Akhir Pekan...",
        after,
    )
    assert clean_article(raw, gazetteer).paragraphs == [_LEAD, after]


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        (
            "Warga berkumpul di Bandung.Belasan warga ikut menyaksikan.",
            ["Warga berkumpul di Bandung.", "Belasan warga ikut menyaksikan."],
        ),
        (
            "Penutupan dilakukan Senin (2/9/2019).Selain itu warga lega.",
            ["Penutupan dilakukan Senin (2/9/2019).", "Selain itu warga lega."],
        ),
        (
            'Budi lalu berdiri."Kami siap menutup," ujarnya.',
            ["Budi lalu berdiri.", '"Kami siap menutup," ujarnya.'],
        ),
        (
            '"Kami siap menutup."Budi lalu pergi.',
            ['"Kami siap menutup."', "Budi lalu pergi."],
        ),
        (
            "Bantuan Rp1.800.000 diberikan kepada 3.5 persen penghuni.",
            ["Bantuan Rp1.800.000 diberikan kepada 3.5 persen penghuni."],
        ),
        (
            "Kepala dinas, Budi Santoso, S.Sos. mengatakan hal itu.",
            ["Kepala dinas, Budi Santoso, S.Sos. mengatakan hal itu."],
        ),
        (
            "Ia dilantik Bupati H.Ahmad Yani di Jl.Merdeka No.5 kemarin.",
            ["Ia dilantik Bupati H.Ahmad Yani di Jl.Merdeka No.5 kemarin."],
        ),
        (
            "Data dikutip dari Kompas.com dan detik.com pada Senin.",
            ["Data dikutip dari Kompas.com dan detik.com pada Senin."],
        ),
        (
            "Daftar di https://dinsos.example.go.id/Pelatihan/Menjahit sebelum Senin.",
            ["Daftar di https://dinsos.example.go.id/Pelatihan/Menjahit sebelum Senin."],
        ),
        (
            "Drs. H. Bambang Irawan, M.Si meresmikan pasar. Warga senang.",
            ["Drs. H. Bambang Irawan, M.Si meresmikan pasar.", "Warga senang."],
        ),
    ],
)
def test_glued_sentences_are_split(paragraph: str, sentences: list[str]) -> None:
    assert split_sentences(paragraph) == sentences


LAYOUTS = Path(__file__).parent.parent / "fixtures" / "layouts"


# (file, title, publisher, dateline place, date, author, the story's first words, its last)
LAYOUT_CASES = [
    (
        "liputan6_bitung.txt",
        "Pemkot Bitung Tutup Lokalisasi Pelabuhan, Penghuni Diberi Modal Usaha",
        "Liputan6.com",
        "Bitung",
        dt.date(2018, 11, 14),
        "Maria Lumenta",
        "Pemerintah Kota Bitung, Sulawesi Utara, menutup lokalisasi",
        "ongkos pulang Rp 600 ribu dari APBD Kota Bitung.",
    ),
    (
        "antara_jambi_hardwrapped.txt",
        "Jambi Targetkan Lokalisasi Pucuk Tutup Akhir Tahun",
        "Antara",
        "Jambi",
        dt.date(2019, 7, 4),
        "Dewi Anggraini",
        "Pemerintah Kota Jambi menargetkan lokalisasi Pucuk di Kecamatan Danau Teluk",
        "bagi penghuni yang memilih menetap di Jambi.",
    ),
    (
        "tribun_pontianak_login.txt",
        "Eks Penghuni Lokalisasi di Pontianak Pulang Kampung, Pemkot Tanggung Ongkos",
        "Tribunpontianak.co.id",
        "Pontianak",
        dt.date(2019, 12, 9),
        "Agus Salim",
        "Pemerintah Kota Pontianak memulangkan 32 eks penghuni",
        'Ongkosnya dari APBD," ujar Yuliana.',
    ),
    (
        "detik_karawang.txt",
        "Pemkab Karawang Segel Tiga Wisma di Eks Lokalisasi",
        "detikNews",
        "Karawang",
        dt.date(2019, 9, 12),
        None,
        "Pemerintah Kabupaten Karawang menyegel tiga wisma",
        'bangunannya kami bongkar," kata Kepala Satpol PP Karawang, Dedi Kurniawan.',
    ),
    (
        "kabar_ambon_glued.txt",
        "Lokalisasi Tanjung Ambon Resmi Berakhir",
        "Kabar Maluku",
        "Ambon",
        dt.date(2019, 11, 21),
        None,
        "Pemerintah Kota Ambon resmi menutup lokalisasi di Kecamatan Nusaniwe, Kamis.",
        'ada di ambon.go.id dan di kantor dinas," ujarnya.',
    ),
    (
        "merdeka_sragen.txt",
        "Lokalisasi di Sragen Ditutup, 63 Penghuni Terima Tali Asih",
        "Merdeka.com",
        None,
        dt.date(2019, 11, 19),
        "Bayu Prasetyo",
        "Pemerintah Kabupaten Sragen menutup lokalisasi di tepi Bengawan Solo",
        "terdiri dari ongkos pulang, biaya hidup dan modal usaha.",
    ),
    (
        "suara_banyuwangi.txt",
        "Eks Lokalisasi di Banyuwangi Disulap Jadi Sentra Kuliner",
        "Suara.com",
        None,
        dt.date(2019, 12, 7),
        None,
        "Pemerintah Kabupaten Banyuwangi mengubah bekas lokalisasi",
        "untuk menempati kios di kawasan tersebut.",
    ),
    (
        "wordpress_batam.txt",
        "Ratusan Penghuni Eks Lokalisasi di Batam Belum Pulang",
        "beritabatam.id",
        "Batam",
        dt.date(2019, 10, 10),
        None,
        "Dinas Sosial Kota Batam mencatat ratusan penghuni eks lokalisasi",
        'Bantuan hanya diberikan bagi yang pulang," katanya, Rabu (9/10/2019).',
    ),
    (
        "tempo_mataram.txt",
        "Eks Lokalisasi di Mataram Jadi Balai Latihan Kerja",
        "Tempo.co",
        "Mataram",
        dt.date(2020, 1, 15),
        None,
        "Pemerintah Kota Mataram mengubah bekas lokalisasi di Kecamatan Sekarbela",
        "kata Kepala Dinas Sosial Kota Mataram, Lalu Hamzah.",
    ),
    (
        "viva_jember.txt",
        "Lokalisasi Terakhir di Jember Ditutup Tahun Depan",
        "Viva",
        None,
        dt.date(2019, 12, 18),
        None,
        "Pemerintah Kabupaten Jember menargetkan lokalisasi terakhir",
        "untuk pemulangan dan pelatihan keterampilan.",
    ),
]


@pytest.mark.parametrize(
    ("name", "title", "publisher", "dateline", "published", "author", "first", "last"),
    LAYOUT_CASES,
    ids=[case[0].removesuffix(".txt") for case in LAYOUT_CASES],
)
def test_layout_headers(
    gazetteer: Gazetteer,
    name: str,
    title: str,
    publisher: str,
    dateline: str | None,
    published: dt.date,
    author: str | None,
    first: str,
    last: str,
) -> None:
    clean = _clean(name, gazetteer, LAYOUTS)
    assert (clean.title, clean.publisher, clean.dateline, clean.published, clean.author) == (
        title,
        publisher,
        dateline,
        published,
        author,
    )
    # The story runs from the dateline's sentence to its last, credit cut off.
    assert clean.sentences[0][1].startswith(first)
    assert clean.sentences[-1][1].endswith(last)
    assert not [s for _, s in clean.sentences if re.search(r"\([A-Za-z*][^()]*\)\.?$", s)]


def test_every_layout_fixture_is_tested() -> None:
    assert {case[0] for case in LAYOUT_CASES} == {path.name for path in LAYOUTS.glob("*.txt")}


_MORE = "Sebanyak 87 penghuni bersedia dipulangkan ke daerah asal masing-masing."


@pytest.mark.parametrize(
    "furniture",
    [
        ["Login"],
        ["Masuk", "Daftar", "Lupa kata sandi?"],
        ["ADVERTISEMENT", "Scroll to continue with content"],
        ["Bagikan", "Facebook", "Twitter", "WhatsApp", "Telegram", "Salin link"],
        ["SHARE URL telah disalin"],
        ["Dengarkan artikel ini"],
        ["1 dari 2 halaman"],
        ["Baca juga:", "Harga Cabai Naik Lagi di Pasar Induk"],
        ["Simak juga", "Festival Kuliner Digelar Akhir Pekan"],
        ["Lihat juga", "Razia Miras di Kawasan Pelabuhan"],
        ["Rekomendasi", "Jalan Lingkar Selatan Mulai Dibangun", "Harga Beras Stabil..."],
        ["Berita Terkait", "Pemkot Data Ulang Penghuni Rumah Kos"],
        ["Terpopuler", "1. Banjir Rob Genangi Pesisir", "2. Pasar Malam Dibuka Lagi"],
        ["Warga meninjau bekas wisma, Senin (2/9/2019).KOMPAS.com/Budi Santoso"],
        ["Baca berita tanpa iklan. Gabung Kompas.com+"],
        ["BACA JUGAPemkot Data Ulang Penghuni Rumah Kos"],
        ["Iklan - Geser ke atas untuk melanjutkan", "Better experience in portrait mode."],
        ["BUDI SANTOSO | ANTARA"],
    ],
)
def test_furniture_inside_the_story_is_dropped(gazetteer: Gazetteer, furniture: list[str]) -> None:
    raw = _lines(_TITLE, f"BATAM - {_LEAD}", *furniture, _MORE)
    clean = clean_article(raw, gazetteer)
    assert clean.paragraphs == [_LEAD, _MORE]
    assert set(furniture) <= set(clean.dropped)


@pytest.mark.parametrize(
    "footer",
    [
        "Komentar",
        "Tulis komentar",
        "Login untuk berkomentar",
        "Kirim Komentar",
        "3 Komentar",
        "Tinggalkan Balasan",
        "Portal ini tidak bertanggung jawab atas isi komentar yang ditulis pembaca.",
        "BERITA TERKINI",
        "Copyright © 2019 Portal Berita",
        "(mdk/lia)",  # a desk code standing alone closes the story
        "(*)",
    ],
)
def test_nothing_after_the_comment_section_is_the_story(gazetteer: Gazetteer, footer: str) -> None:
    raw = _lines(_TITLE, f"BATAM - {_LEAD}", footer, _MORE)
    assert clean_article(raw, gazetteer).paragraphs == [_LEAD]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Redaktur & Reporter : Ragil Prasetyo", "Ragil Prasetyo"),
        ("Penulis: Kontributor Batam, Yusuf Hidayat", "Yusuf Hidayat"),
        ("Pewarta: Dewi Anggraini", "Dewi Anggraini"),
    ],
)
def test_the_author_is_read_from_the_footer(gazetteer: Gazetteer, line: str, author: str) -> None:
    clean = clean_article(_lines(_TITLE, f"BATAM - {_LEAD}", line), gazetteer)
    assert (clean.author, clean.paragraphs) == (author, [_LEAD])


@pytest.mark.parametrize(
    ("header", "author"),
    [
        ("Kontributor Batam, Gusti Rahman", "Gusti Rahman"),
        ("oleh Maria Lumenta diperbarui 14 Nov 2018, 10:05 WIB", "Maria Lumenta"),
        ("PERISTIWA | 19 November 2019 20:51 Reporter : Bayu Prasetyo", "Bayu Prasetyo"),
        ("Senin, 27 April 2015 Reporter: Erna Wati Editor: Andi Saputra 4658", "Erna Wati"),
    ],
)
def test_the_author_is_read_from_the_header(gazetteer: Gazetteer, header: str, author: str) -> None:
    clean = clean_article(_lines(_TITLE, header, f"BATAM - {_LEAD}"), gazetteer)
    assert (clean.title, clean.author, clean.paragraphs) == (_TITLE, author, [_LEAD])


def test_a_prefix_wrapped_before_a_name_keeps_its_hyphen(gazetteer: Gazetteer) -> None:
    raw = "Eks PSK Dipulangkan\n\nJEMBER - Sisanya 23 orang ber-\nKTP Jember."
    assert clean_article(raw, gazetteer).sentences[0][1] == "Sisanya 23 orang ber-KTP Jember."
