"""The definition rule: what an abbreviation in brackets stands for."""

from __future__ import annotations

import pytest

from tests.knowledge.test_kinds.conftest import stated_by

DEFINITIONS = [
    pytest.param(
        "Para penghuni dibina di Panti Sosial Karya Wanita (PSKW) milik pemerintah.",
        [
            {
                "kind": "definition",
                "sentence_id": 0,
                "name": "PSKW",
                "detail": "Panti Sosial Karya Wanita",
            }
        ],
        id="definitions-abbreviation",
    ),
    pytest.param(
        "Pemerintah Provinsi Kalimantan Timur (Kaltim) menyiapkan anggaran pembinaan.",
        [{"kind": "definition", "sentence_id": 0, "name": "Kaltim", "detail": "Kalimantan Timur"}],
        id="definitions-region-short-name",
    ),
    pytest.param(
        "Lokalisasi itu berada di Nunukan Tengah (Nunukan).", [], id="definitions-not-a-region"
    ),
]


@pytest.mark.parametrize(("article", "facts"), DEFINITIONS)
def test_definitions(article: str, facts: list[dict[str, object]]) -> None:
    assert stated_by("definitions", article) == facts


@pytest.mark.parametrize(
    ("article", "facts"),
    [
        pytest.param(
            "Sebanyak 31 rumah di kompleks lokalisasi Gang 12 atau yang biasa disingkat G12 di "
            "Kabupaten Cirebon disegel.",
            [{"kind": "definition", "sentence_id": 0, "name": "G12", "detail": "Gang 12"}],
            id="shortened-in-words",
        ),
        pytest.param(
            "Kawasan Tanjung Kasuang Mawar yang sering disingkat TKM itu kini kosong.",
            [
                {
                    "kind": "definition",
                    "sentence_id": 0,
                    "name": "TKM",
                    "detail": "Tanjung Kasuang Mawar",
                }
            ],
            id="shortened-sering-disingkat",
        ),
        pytest.param(
            "Nama kawasan itu kerap disingkat warga dengan sebutan lain.",
            [],
            id="shortened-no-short-form",
        ),
    ],
)
def test_shortened(article: str, facts: list[dict[str, object]]) -> None:
    assert stated_by("shortened", article) == facts


@pytest.mark.parametrize(
    ("article", "facts"),
    [
        pytest.param(
            "Warga menyebut kompleks itu Tamsari (taman sari) sejak puluhan tahun lalu.",
            [{"kind": "definition", "sentence_id": 0, "name": "Tamsari", "detail": "taman sari"}],
            id="spelled-out-acronym",
        ),
        pytest.param("Lokalisasi Mawar (tanpa izin) ditutup.", [], id="spelled-out-not-an-acronym"),
    ],
)
def test_spelled_out(article: str, facts: list[dict[str, object]]) -> None:
    assert stated_by("spelled_out", article) == facts
