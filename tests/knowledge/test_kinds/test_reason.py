"""The reason rule: why lokalisasi are closed, by its cue words."""

from __future__ import annotations

import pytest

from tests.knowledge.test_kinds.conftest import stated_by

REASONS = [
    pytest.param(
        "Lokalisasi itu ditutup karena menjadi sarang peredaran narkoba.",
        [{"kind": "reason", "sentence_id": 0, "place_id": "ID", "label": "dampak buruk"}],
        id="reasons-harm",
    ),
    pytest.param(
        "Lokalisasi Km 7 ditutup sesuai instruksi Gubernur Kalimantan Timur.",
        [{"kind": "reason", "sentence_id": 0, "place_id": "lok:64:km-7", "label": "perintah"}],
        id="reasons-order",
    ),
    pytest.param(
        "Pemkab Paser menutup lokalisasi agar generasi muda terlindungi.",
        [{"kind": "reason", "sentence_id": 0, "place_id": "64.01", "label": "alasan"}],
        id="reasons-purpose",
    ),
    pytest.param(
        "Pemkab Paser menutup lokalisasi Km 9 di Kecamatan Tanah Grogot guna menjaga ketertiban "
        "di sekitar pasar.",
        [{"kind": "reason", "sentence_id": 0, "place_id": "lok:64.01.04:km-9", "label": "alasan"}],
        id="reasons-a-purpose-said-with-guna-far-from-the-verb",
    ),
    pytest.param(
        "Narkoba masih beredar di pasar Kota Bontang.", [], id="reasons-not-about-lokalisasi"
    ),
    pytest.param(
        "Pemkab Paser menutup lokalisasi Km 9 di Kecamatan Tanah Grogot.\n\n"
        "Kepala Satpol PP Kota Balikpapan menyebut langkah ini untuk menekan kasus HIV.",
        [
            {
                "kind": "reason",
                "sentence_id": 1,
                "place_id": "lok:64.01.04:km-9",
                "label": "dampak buruk",
            }
        ],
        id="reasons-the-step-told-in-the-paragraph-before",
    ),
    pytest.param(
        "Pemkab Paser menutup lokalisasi Km 9 di Kecamatan Tanah Grogot.\n\n"
        "Kepala Satpol PP Kota Balikpapan menyebut kasus HIV terus naik.",
        [],
        id="reasons-a-new-paragraph-not-about-the-step",
    ),
]


@pytest.mark.parametrize(("article", "facts"), REASONS)
def test_reasons(article: str, facts: list[dict[str, object]]) -> None:
    assert stated_by("reasons", article) == facts
