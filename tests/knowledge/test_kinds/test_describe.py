"""How each kind says one of its facts (`Kind.describe`): a fact in, the exact sentence out."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from knowledge.describe import aid_list_text, aid_text
from knowledge.index import KnowledgeBase, build_in_memory
from knowledge.kinds import KINDS, KindFact, parse_fact

ARTICLE = """Lokalisasi Km 9 Ditutup

PENAJAM, KOMPAS.com - Pemerintah Kabupaten Penajam Paser Utara resmi menutup lokalisasi Km 9 \
di Kecamatan Penajam pada 3 Maret 2018.
"""
"""Puts the lokalisasi Km 9 (Kecamatan Penajam, Kabupaten Penajam Paser Utara) in the base."""

KM9 = "lok:64.09.01:km-9"
PENAJAM = "64.09.01"
PPU = "64.09"
KALTIM = "64"
JUNE_2016 = dt.date(2016, 6, 1)
MARCH_2018 = dt.date(2018, 3, 3)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    kb = build_in_memory([("km9", ARTICLE)])
    assert KM9 in kb.places
    return kb


def fact(kind: str, **fields: Any) -> KindFact:
    """A fact of `kind` from the Km 9 article, as its kind's model (fields checked)."""
    return parse_fact({"kind": kind, "article_id": "km9", "sentence_id": 0, "quote": "…", **fields})


DESCRIBED = [
    # closure: how many, where, done / planned / pending, when
    (
        fact("closure", number=22, status="done", place_id=KALTIM, as_of=JUNE_2016),
        "22 lokalisasi di Kalimantan Timur sudah ditutup (per 1 Juni 2016).",
    ),
    (
        fact("closure", status="done", place_id=KM9, when_text="3 Maret 2018", as_of=MARCH_2018),
        "Lokalisasi Km 9 (Kabupaten Penajam Paser Utara) sudah ditutup pada 3 Maret 2018.",
    ),
    (
        fact(
            "closure",
            number=5,
            approximate=True,
            status="planned",
            place_id=PPU,
            when_text="Juni 2019",
        ),
        "Sedikitnya 5 lokalisasi di Kabupaten Penajam Paser Utara akan ditutup, dijadwalkan "
        "Juni 2019.",
    ),
    (
        fact("closure", number=3, qualifier="sisa", status="pending", place_id=KALTIM),
        "3 lokalisasi lagi (yang tersisa) di Kalimantan Timur belum ditutup.",
    ),
    (fact("closure", place_id=None), "Lokalisasi ditutup."),
    # count: a figure, its unit, what is left, totals and superlatives
    (
        fact("count", number=1315, place_id=KALTIM, as_of=JUNE_2016),
        "1.315 PSK di Kalimantan Timur (per 1 Juni 2016).",
    ),
    (
        fact(
            "count", number=57, unit="pekerja seks", approximate=True, total=True, place_id=PENAJAM
        ),
        "Total sekitar 57 pekerja seks di Penajam.",
    ),
    (
        fact(
            "count",
            number=86,
            place_id=KALTIM,
            as_of=JUNE_2016,
            when=dt.date(2015, 1, 1),
            when_text="tahun 2015",
        ),
        "86 PSK di Kalimantan Timur (pada tahun 2015).",
    ),
    (
        fact("count", number=120, qualifier="sisa", place_id=KALTIM),
        "120 PSK di lokalisasi yang tersisa di Kalimantan Timur.",
    ),
    (
        fact("count", number=4, unit="lokalisasi", qualifier="sisa", place_id=KALTIM),
        "4 lokalisasi yang tersisa di Kalimantan Timur.",
    ),
    (
        fact("count", number=0, unit="lokalisasi", place_id=KALTIM),
        "Tidak ada lokalisasi di Kalimantan Timur.",
    ),
    (
        fact("count", number=300, superlative="terbanyak", place_id=KM9),
        "Terbanyak, 300 PSK di lokalisasi Km 9 (Kabupaten Penajam Paser Utara).",
    ),
    # target: a year to be free of lokalisasi, or free already
    (
        fact("target", number=2019, place_id="ID", agent="Kementerian Sosial", as_of=JUNE_2016),
        "Indonesia ditargetkan oleh Kementerian Sosial bebas lokalisasi pada tahun 2019 "
        "(per 1 Juni 2016).",
    ),
    (
        fact("target", number=2018, place_id=PPU, agent="Pemerintah Kabupaten Penajam Paser Utara"),
        "Kabupaten Penajam Paser Utara ditargetkan oleh Pemerintah Kabupaten Penajam Paser "
        "Utara bebas lokalisasi pada tahun 2018.",
    ),
    (
        fact("target", number=2017, status="done", place_id=PPU),
        "Kabupaten Penajam Paser Utara sudah bebas lokalisasi sejak tahun 2017.",
    ),
    # aid: an amount and its giver (the place said once), none named, funding
    (
        fact(
            "aid",
            number=3_000_000,
            label="modal usaha",
            place_id=PPU,
            as_of=MARCH_2018,
            agent="Pemerintah Kabupaten Penajam Paser Utara",
        ),
        "Modal usaha Rp3.000.000 dari Pemerintah Kabupaten Penajam Paser Utara (per 3 Maret 2018).",
    ),
    (
        fact("aid", number=5_050_000, approximate=True, per_person=True, place_id=KALTIM),
        "Bantuan kurang lebih Rp5.050.000 per orang di Kalimantan Timur.",
    ),
    (
        fact("aid", label="pelatihan", recipient="eks PSK", place_id=KALTIM),
        "Pelatihan untuk eks PSK di Kalimantan Timur (besarnya tidak disebutkan).",
    ),
    (
        fact(
            "aid",
            label="pendanaan",
            agent="Kementerian Sosial",
            recipient="pemulangan",
            detail="APBN",
        ),
        "Kementerian Sosial membiayai untuk pemulangan lewat APBN.",
    ),
    # person: the office with its place, unless the office names it
    (
        fact("person", name="Abdul Gafur", label="Bupati", place_id=PPU, as_of=MARCH_2018),
        "Abdul Gafur — Bupati (Kabupaten Penajam Paser Utara), per 3 Maret 2018.",
    ),
    (
        fact("person", name="Isran Noor", label="Gubernur Kalimantan Timur", place_id=KALTIM),
        "Isran Noor — Gubernur Kalimantan Timur.",
    ),
    (fact("person", name="Khofifah", place_id="ID"), "Khofifah — pejabat."),
    # site: where a lokalisasi lies, its address as written when it says more
    (
        fact("site", name="Km 9", place_id=KM9, superlative="terbesar", detail="Jalan Km 9"),
        "Lokalisasi Km 9 adalah yang terbesar, berada di Kecamatan Penajam, Kabupaten Penajam "
        "Paser Utara, Kalimantan Timur (alamat dalam berita: Jalan Km 9).",
    ),
    (
        fact("site", name="Km 9", place_id=KM9, detail="Kecamatan Penajam"),
        "Lokalisasi Km 9, berada di Kecamatan Penajam, Kabupaten Penajam Paser Utara, "
        "Kalimantan Timur.",
    ),
    (
        fact("site", name="Km 9", place_id=KM9, detail="Kelurahan Nenang", label="alamat"),
        "Lokalisasi Km 9, berada di Kelurahan Nenang, Kecamatan Penajam, Kabupaten Penajam "
        "Paser Utara, Kalimantan Timur.",
    ),
    (fact("site", name="Dolly"), "Lokalisasi Dolly."),
    # definition
    (
        fact("definition", name="PSKW", detail="Panti Sosial Karya Wanita"),
        "PSKW adalah singkatan dari Panti Sosial Karya Wanita.",
    ),
    # conversion: done or planned, a lokalisasi or a place's
    (
        fact("conversion", label="pasar rakyat", status="done", place_id=KM9),
        "Bekas lokalisasi Km 9 (Kabupaten Penajam Paser Utara) kini menjadi pasar rakyat.",
    ),
    (
        fact("conversion", label="taman kota", status="planned", place_id=KALTIM),
        "Bekas lokalisasi di Kalimantan Timur akan dijadikan taman kota.",
    ),
    # decree: its name and number, when it was signed, its subject, for whom
    (
        fact(
            "decree",
            name="Surat Keputusan Bupati Penajam Paser Utara Nomor 12/2018",
            when=MARCH_2018,
            when_text="3 Maret 2018",
            label="Penutupan Lokalisasi Km 9",
            place_id=KM9,
        ),
        "Untuk lokalisasi Km 9 (Kabupaten Penajam Paser Utara): Surat Keputusan Bupati Penajam "
        "Paser Utara Nomor 12/2018, tanggal 3 Maret 2018, tentang Penutupan Lokalisasi Km 9.",
    ),
    (
        fact("decree", name="Perda Nomor 5 Tahun 2018", place_id=PPU),
        "Untuk Kabupaten Penajam Paser Utara: Perda Nomor 5 Tahun 2018.",
    ),
]


@pytest.mark.parametrize(("fact", "sentence"), DESCRIBED)
def test_a_kind_says_its_fact(kb: KnowledgeBase, fact: KindFact, sentence: str) -> None:
    describe = KINDS[fact.kind].describe
    assert describe is not None
    assert describe(fact, kb) == sentence


def test_every_kind_says_its_facts_but_reasons() -> None:
    # A reason is said by its composer around the quote itself (bot.answer.reason).
    assert {name for name, kind in KINDS.items() if kind.describe is None} == {"reason"}
    assert {f.kind for f, _ in DESCRIBED} == set(KINDS) - {"reason"}


GIVER = "Pemerintah Kabupaten Penajam Paser Utara"
LISTED = [
    (
        [
            fact(
                "aid",
                number=250_000,
                label="pemulangan",
                agent=GIVER,
                place_id=PPU,
                as_of=MARCH_2018,
            ),
            fact(
                "aid",
                number=3_000_000,
                label="modal usaha",
                agent=GIVER,
                place_id=PPU,
                as_of=MARCH_2018,
            ),
        ],
        "Dari Pemerintah Kabupaten Penajam Paser Utara: pemulangan Rp250.000, modal usaha "
        "Rp3.000.000 (per 3 Maret 2018).",
    ),
    (
        [
            fact("aid", number=250_000, label="Pemulangan", recipient="eks PSK", place_id=KALTIM),
            fact(
                "aid",
                number=1_800_000,
                label="jatah hidup",
                agent="Kementerian Sosial",
                recipient="eks PSK",
                place_id=KALTIM,
            ),
        ],
        "Bantuan untuk eks PSK di Kalimantan Timur: pemulangan Rp250.000, jatah hidup Rp1.800.000.",
    ),
    (
        [fact("aid", number=250_000, label="pemulangan", agent=GIVER, place_id=PPU)],
        "Pemulangan Rp250.000 dari Pemerintah Kabupaten Penajam Paser Utara.",
    ),
]


@pytest.mark.parametrize(("facts", "sentence"), LISTED)
def test_amounts_one_sentence_lists(
    kb: KnowledgeBase, facts: list[KindFact], sentence: str
) -> None:
    assert aid_list_text(list(facts), kb) == sentence


def test_a_short_amount_is_what_and_how_much(kb: KnowledgeBase) -> None:
    amount = fact("aid", number=3_000_000, label="Modal usaha", agent=GIVER, place_id=PPU)
    assert aid_text(amount, kb, short=True) == "modal usaha Rp3.000.000"
