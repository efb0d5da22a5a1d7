"""The tables, their columns and indexes, the migrations that create them, and the meta table.

Tables (plain column names; dates are ISO 8601 text, booleans 0/1, JSON is text):

    articles   id TEXT PK, seq INTEGER UNIQUE, title, publisher, published (YYYY-MM-DD),
               dateline, url, author, sha256 TEXT UNIQUE, raw, added_at (UTC ISO 8601),
               added_by, bundled (1: from knowledge/articles/*.txt, 0: added by an admin)
    sentences  article_id, id, paragraph, text                  PK (article_id, id)
    facts      id INTEGER PK, then every knowledge.models.Fact field under its own name,
               except `when`, which is stored as `when_date`
    places     id TEXT PK, name, level, parent_id, source
    aliases    alias, place_id, strict, source                  PK (alias, place_id)
    audit      id INTEGER PK, at, actor, action, target, summary, before, after, undone_by
    meta       key TEXT PK, value TEXT       (schema_version, next_article_seq)

`places.source` and `aliases.source` are "seed" for the official regions and curated names of
knowledge.places.seed(), otherwise the id of the article that first named the place.

Fact ids are stable: a fact's id is its article's `seq` × 1000 + its position in the article
(1…999), and an article keeps its `seq` across rebuilds, so fact 2003 stays fact 2003 as long as
its article's extraction does not change. `next_article_seq` only grows, so an id is never
handed to a different article's fact.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

SCHEMA_VERSION = 1
FACT_ID_BLOCK = 1000
"""Fact ids are seq * FACT_ID_BLOCK + n; an article may therefore carry at most 999 facts."""
SEED_SOURCE = "seed"

MIGRATIONS = Migrations("tanya-lokalisasi")

ARTICLE_COLUMNS: dict[str, type] = {
    "id": str,
    "seq": int,
    "title": str,
    "publisher": str,
    "published": str,
    "dateline": str,
    "url": str,
    "author": str,
    "sha256": str,
    "raw": str,
    "added_at": str,
    "added_by": str,
    "bundled": int,
}
FACT_COLUMNS: dict[str, type] = {
    "id": int,
    "kind": str,
    "article_id": str,
    "sentence_id": int,
    "quote": str,
    "as_of": str,
    "place_id": str,
    "place_text": str,
    "number": int,
    "number_text": str,
    "approximate": int,
    "when_date": str,
    "when_text": str,
    "status": str,
    "name": str,
    "label": str,
    "agent": str,
    "detail": str,
    "recipient": str,
    "unit": str,
    "qualifier": str,
    "per_person": int,
    "total": int,
    "superlative": str,
}
# Model field -> column, where they differ ("when" is an SQL keyword).
FACT_FIELD_COLUMN = {"when": "when_date"}
TABLES = ("articles", "sentences", "facts", "places", "aliases", "audit", "meta")


@MIGRATIONS(name="001_initial")
def _m001_initial(db: Database) -> None:
    """Articles, sentences, facts, places, aliases, audit and meta."""
    db.table("articles").create(
        ARTICLE_COLUMNS,
        pk="id",
        not_null={"seq", "title", "sha256", "raw", "added_at", "added_by", "bundled"},
    )
    db.table("articles").create_index(["sha256"], unique=True)
    db.table("articles").create_index(["seq"], unique=True)
    db.table("sentences").create(
        {"article_id": str, "id": int, "paragraph": int, "text": str},
        pk=("article_id", "id"),
        not_null={"paragraph", "text"},
    )
    db.table("facts").create(
        FACT_COLUMNS,
        pk="id",
        not_null={"kind", "article_id", "sentence_id", "quote", "approximate", "per_person"}
        | {"total"},
    )
    for columns in (["article_id"], ["kind"], ["place_id"]):
        db.table("facts").create_index(columns)
    db.table("places").create(
        {"id": str, "name": str, "level": str, "parent_id": str, "source": str},
        pk="id",
        not_null={"name", "level", "source"},
    )
    db.table("places").create_index(["parent_id"])
    db.table("aliases").create(
        {"alias": str, "place_id": str, "strict": int, "source": str},
        pk=("alias", "place_id"),
        not_null={"strict", "source"},
    )
    db.table("aliases").create_index(["place_id"])
    db.table("audit").create(
        {
            "id": int,
            "at": str,
            "actor": str,
            "action": str,
            "target": str,
            "summary": str,
            "before": str,
            "after": str,
            "undone_by": int,
        },
        pk="id",
        not_null={"at", "actor", "action", "target", "summary", "before", "after"},
    )
    db.table("meta").create({"key": str, "value": str}, pk="key")
    set_meta(db, "schema_version", "1")


def set_meta(db: Database, name: str, value: str) -> None:
    """Record `value` under `name` in the meta table."""
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [name, value],
    )


def get_meta(db: Database, name: str) -> str | None:
    """The value recorded under `name` in the meta table, if any."""
    rows = list(db.query("SELECT value FROM meta WHERE key = ?", [name]))
    return rows[0]["value"] if rows else None


def schema_version(db: Database) -> int:
    """The schema version recorded in `meta` (0 for a database without one)."""
    if not db.table("meta").exists():
        return 0
    return int(get_meta(db, "schema_version") or 0)
