"""The one table of rules: every fact kind, each kind module's rules once, in its order."""

from __future__ import annotations

import typing
from pathlib import Path

from knowledge import kinds
from knowledge.models import FactKind

HERE = Path(__file__).parent


def test_every_kind_has_its_rules_in_the_table() -> None:
    assert set(kinds.KINDS) == set(typing.get_args(FactKind))
    assert {kind for kind, _ in kinds.RULES} == set(kinds.KINDS)
    for kind, rules in kinds.KINDS.items():
        assert [rule for k, rule in kinds.RULES if k == kind] == list(rules), kind


def test_every_rule_has_a_table_test() -> None:
    tests = "".join(path.read_text(encoding="utf-8") for path in HERE.glob("test_*.py"))
    for _, rule in kinds.RULES:
        assert f'stated_by("{rule.__name__}"' in tests, rule.__name__
