"""What several kinds' sentences share (knowledge.wording): dates, places said once, lists."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.index import KnowledgeBase
from knowledge.kinds import KindFact, parse_fact
from knowledge.wording import as_of, join_names, where, where_unsaid


@pytest.mark.parametrize(
    ("items", "expected"),
    [([], ""), (["A"], "A"), (["A", "B"], "A dan B"), (["A", "B", "C"], "A, B dan C")],
)
def test_join_names(items: list[str], expected: str) -> None:
    assert join_names(items) == expected


def aid(place_id: str | None, date: dt.date | None = None) -> KindFact:
    """An aid fact about `place_id` as of `date`: the kind the shared wording is tested with."""
    return parse_fact(
        {
            "kind": "aid",
            "article_id": "a",
            "sentence_id": 0,
            "quote": "…",
            "place_id": place_id,
            "as_of": date,
        }
    )


@pytest.mark.parametrize(
    ("date", "said", "expected"),
    [
        (dt.date(2016, 6, 1), "", " (per 1 Juni 2016)"),
        (dt.date(2016, 6, 1), " pada 1 Juni 2016", ""),
        (None, "", ""),
    ],
)
def test_as_of_is_said_once(date: dt.date | None, said: str, expected: str) -> None:
    assert as_of(aid("64", date), said) == expected


@pytest.mark.parametrize(
    ("place_id", "said", "expected"),
    [
        ("64", "Bantuan", " di Kalimantan Timur"),
        ("64", "Bantuan dari Pemerintah Provinsi Kalimantan Timur", ""),
        (None, "Bantuan", ""),
    ],
)
def test_a_place_is_said_once(
    bundled_kb: KnowledgeBase, place_id: str | None, said: str, expected: str
) -> None:
    assert where_unsaid(aid(place_id), bundled_kb, said) == expected


@pytest.mark.parametrize(
    ("place_id", "expected"),
    [
        ("lok:62.02:km-12", " di lokalisasi Km 12 (Kabupaten Kotawaringin Timur)"),
        # a lokalisasi inside a kecamatan is named with its regency, not the kecamatan
        (
            "lok:62.02.04:bukit-harapan",
            " di lokalisasi Bukit Harapan (Kabupaten Kotawaringin Timur)",
        ),
        ("62.02", " di Kabupaten Kotawaringin Timur"),
        (None, ""),
    ],
)
def test_a_lokalisasi_is_named_with_its_region(
    bundled_kb: KnowledgeBase, place_id: str | None, expected: str
) -> None:
    assert where(aid(place_id), bundled_kb) == expected
