"""The target rule: a place free of lokalisasi by a year, or already."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.knowledge.test_kinds.conftest import stated_by

TARGETS = [
    pytest.param(
        "Rusli berharap Bontang bisa menjadi daerah pertama di Kalimantan Timur yang dinyatakan "
        "bebas lokalisasi.",
        [],
        id="targets-a-wish-to-be-declared-free-is-not-reached",
    ),
    pytest.param(
        "Jawa Barat menjadi provinsi pertama yang dinyatakan bebas lokalisasi tahun ini.",
        [
            {
                "kind": "target",
                "sentence_id": 0,
                "place_id": "32",
                "number": 2023,
                "when": dt.date(2023, 12, 31),
                "when_text": "tahun 2023",
                "status": "done",
                "label": "bebas lokalisasi",
            }
        ],
        id="targets-declared-free-is-reached",
    ),
    pytest.param(
        "Jawa Barat akan dinyatakan bebas lokalisasi pada 2025.",
        [
            {
                "kind": "target",
                "sentence_id": 0,
                "place_id": "32",
                "number": 2025,
                "when": dt.date(2025, 12, 31),
                "when_text": "tahun 2025",
                "status": "planned",
                "label": "bebas lokalisasi",
            }
        ],
        id="targets-to-be-declared-free-is-planned",
    ),
    pytest.param(
        "Pemkot Bontang menargetkan Kota Bontang bebas lokalisasi pada tahun 2025.",
        [
            {
                "kind": "target",
                "sentence_id": 0,
                "place_id": "64.74",
                "number": 2025,
                "when": dt.date(2025, 12, 31),
                "when_text": "tahun 2025",
                "status": "planned",
                "label": "bebas lokalisasi",
                "agent": "Pemerintah Kota Bontang",
            }
        ],
        id="targets-planned-year-agent",
    ),
    pytest.param(
        "Kabupaten Paser sudah bebas lokalisasi sejak 2021.",
        [
            {
                "kind": "target",
                "sentence_id": 0,
                "place_id": "64.01",
                "number": 2021,
                "when": dt.date(2021, 12, 31),
                "when_text": "tahun 2021",
                "status": "done",
                "label": "bebas lokalisasi",
            }
        ],
        id="targets-achieved",
    ),
    pytest.param("Kota Bontang ingin bebas lokalisasi.", [], id="targets-without-year"),
]


@pytest.mark.parametrize(("article", "facts"), TARGETS)
def test_targets(article: str, facts: list[dict[str, object]]) -> None:
    assert stated_by("targets", article) == facts
