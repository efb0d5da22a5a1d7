"""The person rule: officials named after their office, or before it after a comma."""

from __future__ import annotations

import pytest

from tests.knowledge.test_kinds.conftest import stated_by

PEOPLE = [
    pytest.param(
        "Bupati Paser H. Mardiansyah mengatakan penertiban akan dimulai bulan depan.",
        [
            {
                "kind": "person",
                "sentence_id": 0,
                "place_id": "64.01",
                "name": "Mardiansyah",
                "label": "Bupati Paser",
            }
        ],
        id="people-office-then-name",
    ),
    pytest.param(
        "Rahmat Hidayat, Kepala Dinas Sosial Kota Bontang, menyebut pendataan sudah selesai.",
        [
            {
                "kind": "person",
                "sentence_id": 0,
                "place_id": "64.74",
                "name": "Rahmat Hidayat",
                "label": "Kepala Dinas Sosial Kota Bontang",
            }
        ],
        id="people-name-comma-office",
    ),
    pytest.param("Warga Kota Bontang menggelar kerja bakti di pasar.", [], id="people-none"),
]


@pytest.mark.parametrize(("article", "facts"), PEOPLE)
def test_people(article: str, facts: list[dict[str, object]]) -> None:
    assert stated_by("people", article) == facts
