"""Reading the store: filters, and what is not there."""

from __future__ import annotations

from typing import Any

import pytest
from sqlite_utils import Database

from knowledge import store
from knowledge.errors import InvalidInput, NotFound
from knowledge.store.rows import place_from_row, place_row
from tests.knowledge.conftest import BUNDLED, everything
from tests.knowledge.test_store.conftest import (
    correct,
)


def test_list_facts_filters(built: Database) -> None:
    everything_ = store.list_facts(built)
    article = BUNDLED[2].stem
    by_article = store.list_facts(built, article_id=article)
    assert by_article
    assert {f.article_id for f in by_article} == {article}
    aid = store.list_facts(built, kind="aid")
    assert aid
    assert {f.kind for f in aid} == {"aid"}
    found = store.list_facts(built, keyword="KALTIM")
    assert found == store.list_facts(built, keyword="kaltim")
    assert 0 < len(found) < len(everything_)
    assert store.list_facts(built, kind="aid", keyword="zzzz-tidak-ada") == []
    assert [f.id for f in everything_] == sorted(f.id for f in everything_)


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda db: store.list_facts(db, kind="gossip"), InvalidInput),
        (lambda db: store.list_facts(db, article_id="nope"), NotFound),
        (lambda db: store.get_article(db, "nope"), NotFound),
        (lambda db: store.get_fact(db, 1), NotFound),
        (lambda db: store.remove_article(db, "nope", actor="t"), NotFound),
        (lambda db: store.remove_fact(db, 1, actor="t"), NotFound),
        (lambda db: correct(db, 1, "number", "3", actor="t"), NotFound),
        (lambda db: store.remove_article(db, BUNDLED[0].stem, actor="  "), InvalidInput),
    ],
)
def test_requests_for_what_is_not_there(built: Database, call: Any, error: type) -> None:
    before = everything(built)
    with pytest.raises(error):
        call(built)
    assert everything(built) == before


def test_stored_places_read_back_as_written_and_a_bad_level_is_refused(built: Database) -> None:
    rows = list(built.query("SELECT * FROM places ORDER BY rowid LIMIT 50"))
    for row in rows:
        place = place_from_row(row)
        assert place_row(place, row["source"]) == row
    with pytest.raises(ValueError, match="kampung"):
        place_from_row({**rows[-1], "level": "kampung"})
