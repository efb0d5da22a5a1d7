"""Reading the knowledge base: articles, facts, places by name, the audit log."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlite_utils import Database

from knowledge.audit import AuditEntry, read_log
from knowledge.errors import InvalidInput, NotFound
from knowledge.kinds import KIND_NAMES
from knowledge.models import Article, Fact, Sentence
from knowledge.store.database import query_all, query_one
from knowledge.store.rows import article_from_row, fact_from_row
from knowledge.text import fold, key


class ArticleSummary(BaseModel):
    """An article as listed: what it is and how much it holds."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    publisher: str | None
    published: dt.date | None
    url: str | None
    facts: int
    added_at: dt.datetime
    added_by: str
    bundled: bool


class ArticleDetail(BaseModel):
    """An article with its sentences and facts."""

    model_config = ConfigDict(frozen=True)

    article: Article
    sentences: list[Sentence]
    facts: list[Fact]
    added_at: dt.datetime
    added_by: str
    bundled: bool


def list_articles(db: Database) -> list[ArticleSummary]:
    """Every article with its number of facts, in the order they were added."""
    rows = db.query(
        "SELECT a.id, a.title, a.publisher, a.published, a.url, a.added_at, a.added_by, "
        "a.bundled, (SELECT COUNT(*) FROM facts f WHERE f.article_id = a.id) AS facts "
        "FROM articles a ORDER BY a.seq"
    )
    return [ArticleSummary.model_validate(row) for row in rows]


def article_row(db: Database, article_id: str) -> dict[str, Any]:
    """The articles-table row of `article_id`; NotFound if there is none."""
    row = query_one(db, "SELECT * FROM articles WHERE id = ?", [article_id])
    if row is None:
        raise NotFound(f"Artikel {article_id} tidak ada di basis pengetahuan.")
    return row


def get_article(db: Database, article_id: str) -> ArticleDetail:
    """One article with its sentences and facts; NotFound if there is none."""
    row = article_row(db, article_id)
    sentences = [
        Sentence.model_validate(s)
        for s in db.query("SELECT * FROM sentences WHERE article_id = ? ORDER BY id", [article_id])
    ]
    facts = [
        fact_from_row(f)
        for f in db.query("SELECT * FROM facts WHERE article_id = ? ORDER BY id", [article_id])
    ]
    return ArticleDetail(
        article=article_from_row(row),
        sentences=sentences,
        facts=facts,
        added_at=dt.datetime.fromisoformat(row["added_at"]),
        added_by=row["added_by"],
        bundled=bool(row["bundled"]),
    )


def fact_row_of(db: Database, fact_id: int) -> dict[str, Any]:
    """The facts-table row of `fact_id`; NotFound if there is none."""
    row = query_one(db, "SELECT * FROM facts WHERE id = ?", [fact_id])
    if row is None:
        raise NotFound(f"Fakta {fact_id} tidak ada di basis pengetahuan.")
    return row


def get_fact(db: Database, fact_id: int) -> Fact:
    """One fact; NotFound if there is none."""
    return fact_from_row(fact_row_of(db, fact_id))


def list_facts(
    db: Database,
    *,
    article_id: str | None = None,
    kind: str | None = None,
    keyword: str | None = None,
) -> list[Fact]:
    """Facts by id, filtered by article, kind, and a keyword (case- and accent-blind, matched
    against the quote, names, labels and the place's name)."""
    where: list[str] = []
    params: list[Any] = []
    if article_id is not None:
        article_row(db, article_id)
        where.append("article_id = ?")
        params.append(article_id)
    if kind is not None:
        if kind not in KIND_NAMES:
            raise InvalidInput(
                f"Jenis fakta {kind!r} tidak dikenal; pilih salah satu: {', '.join(KIND_NAMES)}."
            )
        where.append("kind = ?")
        params.append(kind)
    sql = (
        "SELECT facts.*, places.name AS place_name FROM facts "
        "LEFT JOIN places ON places.id = facts.place_id"
    )
    if where:
        sql += " WHERE " + " AND ".join(f"facts.{clause}" for clause in where)
    sql += " ORDER BY facts.id"
    needle = fold(keyword).strip() if keyword else ""
    facts: list[Fact] = []
    for row in db.query(sql, params):
        place_name = row.pop("place_name")
        if needle:
            haystack = " ".join(
                str(row[c] or "")
                for c in ("quote", "name", "label", "agent", "detail", "recipient", "place_text")
            )
            if needle not in fold(f"{haystack} {place_name or ''}"):
                continue
        facts.append(fact_from_row(row))
    return facts


def audit_log(db: Database, limit: int | None = 20) -> list[AuditEntry]:
    """The most recent changes, newest first."""
    return read_log(db, limit)


def find_place(db: Database, value: str) -> tuple[str, str]:
    """(place id, display name) for a place named by its id or one of its names."""
    by_id = query_one(db, "SELECT id, name FROM places WHERE id = ?", [value.strip()])
    if by_id:
        return by_id["id"], by_id["name"]
    rows = query_all(
        db,
        "SELECT DISTINCT p.id, p.name, p.level FROM aliases a JOIN places p ON p.id = a.place_id "
        "WHERE a.alias = ? ORDER BY p.id",
        [key(value)],
    )
    if not rows:
        raise InvalidInput(
            f"Tempat {value!r} tidak dikenal. Tulis nama resminya (misalnya 'Kota Samarinda') "
            "atau ID tempatnya."
        )
    if len(rows) > 1:
        options = "; ".join(f"{r['name']} ({r['level']}, ID {r['id']})" for r in rows)
        raise InvalidInput(f"Nama tempat {value!r} ambigu: {options}. Pakai ID tempatnya.")
    return rows[0]["id"], value.strip()
