"""The one table of rules: every fact kind, each kind module's rules once, in its order."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from knowledge import kinds

HERE = Path(__file__).parent


def test_every_kind_has_its_rules_in_the_table() -> None:
    assert {kind for kind, _ in kinds.RULES} == set(kinds.KINDS)
    for kind, rules in kinds.KINDS.items():
        assert [rule for k, rule in kinds.RULES if k == kind] == list(rules.rules), kind


def test_every_rule_has_a_table_test() -> None:
    tests = "".join(path.read_text(encoding="utf-8") for path in HERE.glob("test_*.py"))
    for _, rule in kinds.RULES:
        assert f'stated_by("{rule.__name__}"' in tests, rule.__name__


def test_every_kind_declares_itself_whole() -> None:
    for name, kind in kinds.KINDS.items():
        assert kind.name == name
        assert kind.label, name
        assert kind.editable, name
        assert set(kind.editable) <= {"place"} | kind.model.FIELDS, name


FACT = {"article_id": "a", "sentence_id": 0, "quote": "…"}


@pytest.mark.parametrize(
    ("fields", "kind", "unit"),
    [
        ({"kind": "closure", "number": 3}, "closure", "lokalisasi"),
        ({"kind": "aid", "number": 5_050_000, "unit": None}, "aid", "rupiah"),
        ({"kind": "target", "number": 2019}, "target", "tahun"),
        ({"kind": "count", "number": 40, "unit": "mucikari"}, "count", "mucikari"),
        ({"kind": "count", "number": 40}, "count", "PSK"),
        ({"kind": "person", "name": "Budi", "label": "Bupati"}, "person", None),
    ],
    ids=[
        "closure-unit",
        "aid-unit-from-null",
        "target-unit",
        "count-unit",
        "count-of-workers",
        "person-no-unit",
    ],
)
def test_a_fact_parses_as_its_kinds_model(fields: dict, kind: str, unit: str | None) -> None:
    fact = kinds.parse_fact({**FACT, **fields})
    assert type(fact) is kinds.KINDS[kind].model
    assert fact.unit == unit


@pytest.mark.parametrize(
    "fields",
    [
        {"kind": "wisata"},
        {"kind": "count", "number": 40, "unit": ""},
        {"kind": "aid", "number": 1, "unit": "PSK"},
        {"kind": "definition", "name": "PSK", "number": 3},
        {"kind": "person", "name": "Budi", "recipient": "PSK"},
    ],
    ids=["unknown-kind", "count-of-nothing", "aid-in-people", "stray-number", "stray-recipient"],
)
def test_a_fact_that_its_kind_cannot_hold_is_refused(fields: dict) -> None:
    with pytest.raises(ValidationError):
        kinds.parse_fact({**FACT, **fields})
