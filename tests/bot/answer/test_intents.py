"""The intent table: every intent of bot/data/intents.toml has one composer, and the table is
the composer modules' own mappings put together."""

import tomllib
from pathlib import Path

from bot.answer import (
    aid,
    closure,
    count,
    definition,
    evidence,
    overview,
    person,
    reason,
    site,
    target,
)
from bot.answer.intents import COMPOSERS
from bot.answer.listed import listed_composers

MODULES = (closure, count, target, aid, person, site, definition, reason, overview, evidence)
INTENTS_FILE = Path(__file__).resolve().parents[3] / "bot" / "data" / "intents.toml"


def test_the_table_is_the_modules_mappings_and_the_listed_kinds() -> None:
    merged = {}
    for module in MODULES:
        assert not set(merged) & set(module.COMPOSERS), module.__name__
        merged.update(module.COMPOSERS)
    listed = listed_composers()
    assert listed, "intents.toml names no kind to list"
    assert not set(merged) & set(listed)
    assert set(COMPOSERS) == set(merged) | set(listed)
    assert all(COMPOSERS[name] is composer for name, composer in merged.items())


def test_every_intent_with_examples_has_a_composer() -> None:
    table = tomllib.loads(INTENTS_FILE.read_text(encoding="utf-8"))
    assert set(table) == set(COMPOSERS)
