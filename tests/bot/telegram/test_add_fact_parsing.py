"""How /tambahfakta reads what an admin types: one line or one field a line, quotes of any kind."""

from __future__ import annotations

import html

import pytest

from bot.telegram.admin import UsageError, parse_new_fact

QUOTE = "sebanyak 86 pekerja seks komersial (PSK) menghuni lokalisasi tersebut"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            f"tegal jumlah “{QUOTE}” angka=86; tempat=Sumber Rejeki",
            ("tegal", "count", QUOTE, {"number": "86", "place": "Sumber Rejeki"}),
        ),
        (
            f'tegal count "{QUOTE}" number=86',
            ("tegal", "count", QUOTE, {"number": "86"}),
        ),
        (
            f"tegal jumlah\nkutipan: {QUOTE}\nangka: 86\ntempat: Kota Tegal",
            ("tegal", "count", QUOTE, {"number": "86", "place": "Kota Tegal"}),
        ),
        (
            f"kaltim penutupan “{QUOTE}” tanggal=1 Juni 2016; status=done; tempat=Bayur",
            (
                "kaltim",
                "closure",
                QUOTE,
                {"when": "1 Juni 2016", "status": "done", "place": "Bayur"},
            ),
        ),
        (
            f"kaltim bantuan “{QUOTE}” angka=Rp5 juta; pelaku=Kemensos",
            ("kaltim", "aid", QUOTE, {"number": "Rp5 juta", "agent": "Kemensos"}),
        ),
    ],
)
def test_what_admins_type_is_read(typed: str, expected: tuple[object, ...]) -> None:
    assert parse_new_fact(typed) == expected


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", "Tulis"),
        ("tegal", "Tulis"),
        (f"tegal cuaca “{QUOTE}” angka=1", "Jenis fakta 'cuaca' tidak dikenal"),
        ("tegal jumlah angka=86", "Kutipan kalimat dari artikel belum ada"),
        (f"tegal jumlah “{QUOTE}” warna=merah", "Kolom 'warna' tidak dikenal"),
        (f"tegal jumlah “{QUOTE}” delapan puluh enam", "Tulis kolom=nilai"),
    ],
)
def test_wrong_typing_says_how_to_type_it(typed: str, problem: str) -> None:
    with pytest.raises(UsageError) as raised:
        parse_new_fact(typed)
    assert problem in html.unescape(str(raised.value))
    assert "/tambahfakta" in str(raised.value)
