"""Rows and models: the dict a table holds for each pydantic model, both ways."""

from __future__ import annotations

from typing import Any, get_args

from sqlite_utils import Database

from knowledge.kinds import parse_fact
from knowledge.models import Alias, Article, Fact, Place, PlaceLevel
from knowledge.places import Gazetteer
from knowledge.store.schema import FACT_COLUMNS, FACT_FIELD_COLUMN

PLACE_LEVELS = frozenset(get_args(PlaceLevel))


def fact_row(fact: Fact, fact_id: int | None = None) -> dict[str, Any]:
    """The facts-table row for `fact` (with `fact_id` if given)."""
    data = fact.model_dump(mode="json")
    for field, column in FACT_FIELD_COLUMN.items():
        data[column] = data.pop(field)
    if fact_id is not None:
        data["id"] = fact_id
    return {column: data[column] for column in FACT_COLUMNS}


def fact_from_row(row: dict[str, Any]) -> Fact:
    """A Fact from a facts-table row."""
    data = dict(row)
    for field, column in FACT_FIELD_COLUMN.items():
        data[field] = data.pop(column)
    return parse_fact(data)


def article_from_row(row: dict[str, Any]) -> Article:
    """An Article from an articles-table row."""
    return Article.model_validate({name: row[name] for name in Article.model_fields})


def place_from_row(row: dict[str, Any]) -> Place:
    """A Place from a places-table row; a row of no known level raises ValueError."""
    place = Place(**{name: row[name] for name in Place._fields})
    if place.level not in PLACE_LEVELS:
        raise ValueError(f"place {place.id!r}: unknown level {place.level!r}")
    return place


def place_row(place: Place, source: str) -> dict[str, Any]:
    """The places-table row for `place`, first named by `source`."""
    return {**place._asdict(), "source": source}


def alias_row(alias: Alias, source: str) -> dict[str, Any]:
    """The aliases-table row for `alias`, first named by `source`."""
    return {**alias._asdict(), "source": source}


def load_gazetteer(db: Database) -> Gazetteer:
    """The gazetteer as stored: seeded regions plus every place articles have named."""
    places = [place_from_row(row) for row in db.query("SELECT * FROM places ORDER BY rowid")]
    aliases = [
        Alias(alias=row["alias"], place_id=row["place_id"], strict=bool(row["strict"]))
        for row in db.query("SELECT alias, place_id, strict FROM aliases ORDER BY rowid")
    ]
    return Gazetteer(places, aliases)


def load_facts(db: Database) -> list[Fact]:
    """Every fact, by id (so by article, then position in the article)."""
    return [fact_from_row(row) for row in db.query("SELECT * FROM facts ORDER BY id")]
