"""Where lokalisasi are: the sites named in a place, and which of them are left."""

from __future__ import annotations

import pytest

from bot.answer import answer
from knowledge.index import build_in_memory

SULUT = """Eks Lokalisasi Tanjung Merah Manado Dikosongkan

MANADO - Kompleks lokalisasi Tanjung Merah di Kelurahan Tumumpa Dua, Kota Manado, akhirnya \
dikosongkan pada 9 Maret 2019.

Dinas Sosial Sulawesi Utara menyebut kini tinggal satu lokalisasi yang masih beroperasi di \
Sulawesi Utara, tanpa merinci lokasinya.
"""


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("lokalisasi yg masih tersisa satu di sulut itu namanya apa", False),
        ("lokalisasi di manado namanya apa", True),
    ],
)
def test_a_closed_lokalisasi_is_not_the_one_left(question: str, found: bool) -> None:
    kb = build_in_memory([("sulut", SULUT)])
    assert answer(question, kb).found is found
