"""The knowledge base on disk: one SQLite file, written through sqlite-utils.

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

Transactions. In sqlite-utils 4 every write method commits on its own unless a transaction is
already open, so `with db.conn:` does *not* make a group of writes atomic (each insert commits
at once). Each change here runs inside `BEGIN IMMEDIATE … COMMIT` (`_write`), which the
library's own writes join as savepoints, and records its audit row in the same transaction: a
failure rolls everything back. IMMEDIATE takes the write lock up front, so two processes (the
bot and the CLI) queue on sqlite's busy timeout instead of failing half-way with "database is
locked" when a read transaction tries to become a write.

Threads. sqlite3 connections refuse use from another thread; open one Database per thread
(`open_db` is cheap). The file is in WAL mode, so readers never block the writer.

Build. `build` re-creates places and aliases from seed(), re-parses the bundled articles in
name order, then re-parses the admin-added articles (kept, with their raw text) in the order
they were added, and finally re-applies the admins' standing corrections (fact edits, fact
removals, facts admins added, removal of bundled articles) found in the audit log. An article
added from a web page is re-read with the URL, title, outlet and date stored with it. Same
inputs, same database.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from knowledge import intake
from knowledge.audit import (
    AuditEntry,
    entry_from_row,
    get_entry,
    last_change,
    last_undoable,
    mark_undone,
    now,
    read_log,
    record,
    standing_corrections,
)
from knowledge.dates import find_dates, format_date
from knowledge.errors import DuplicateArticle, InvalidInput, KnowledgeError, NotFound
from knowledge.intake import ArticleInput
from knowledge.models import (
    FACT_KINDS,
    Alias,
    Article,
    ArticleMeta,
    Fact,
    ParsedArticle,
    Place,
    Sentence,
)
from knowledge.numbers import parse_number
from knowledge.paths import BUNDLED_ARTICLES, kb_path
from knowledge.pipeline import parse_article
from knowledge.places import Gazetteer, seed
from knowledge.text import fold, key, tidy

SCHEMA_VERSION = 1
FACT_ID_BLOCK = 1000
"""Fact ids are seq * FACT_ID_BLOCK + n; an article may therefore carry at most 999 facts."""
SEED_SOURCE = "seed"
BUNDLED_BY = "bundled"
INSERT_BATCH = 1000
ACTOR_MAX = 100

Progress = Callable[[int, int, str], None]
"""Called as progress(done, total, article_id) while a build parses articles."""


class BrokenExtractionError(KnowledgeError):
    """The pipeline returned facts that do not hold together (a bug, not bad input)."""


class UndoConflictError(KnowledgeError):
    """The change to undo was overtaken by later changes and cannot be taken back safely."""


# ---------------------------------------------------------------------------------- schema

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
    _set_meta(db, "schema_version", "1")


def _set_meta(db: Database, name: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [name, value],
    )


def _get_meta(db: Database, name: str) -> str | None:
    rows = list(db.query("SELECT value FROM meta WHERE key = ?", [name]))
    return rows[0]["value"] if rows else None


@contextlib.contextmanager
def _write(db: Database) -> Iterator[None]:
    """One write transaction: everything inside commits together or not at all."""
    if db.conn.in_transaction:
        raise RuntimeError("a knowledge-base change is already in progress on this connection")
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.rollback()
        raise
    try:
        db.conn.execute("COMMIT")
    except BaseException:
        db.rollback()
        raise


def migrate(db: Database) -> None:
    """Create or update the schema (idempotent; each migration is recorded once)."""
    if not MIGRATIONS.pending(db):
        return
    # Re-checked under the write lock: a second process opening a fresh file at the same
    # moment must find the first one's tables, not try to create them again.
    with _write(db):
        MIGRATIONS.apply(db)


def open_db(path: Path | str | None = None) -> Database:
    """Open (creating if needed) the knowledge base at `path`, default `kb_path()`, in WAL mode."""
    target = Path(path) if path is not None else kb_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    db = Database(target)
    db.enable_wal()
    migrate(db)
    return db


def schema_version(db: Database) -> int:
    """The schema version recorded in `meta` (0 for a database without one)."""
    if not db.table("meta").exists():
        return 0
    return int(_get_meta(db, "schema_version") or 0)


# ---------------------------------------------------------------------- rows <-> models


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
    return Fact.model_validate(data)


def article_from_row(row: dict[str, Any]) -> Article:
    """An Article from an articles-table row."""
    return Article.model_validate({name: row[name] for name in Article.model_fields})


def place_from_row(row: dict[str, Any]) -> Place:
    """A Place from a places-table row."""
    return Place.model_validate({name: row[name] for name in Place.model_fields})


def _place_row(place: Place, source: str) -> dict[str, Any]:
    return {**place.model_dump(mode="json"), "source": source}


def _alias_row(alias: Alias, source: str) -> dict[str, Any]:
    return {**alias.model_dump(mode="json"), "source": source}


def _rows(db: Database, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    return list(db.query(sql, list(params)))


def _one(db: Database, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
    rows = _rows(db, sql, params)
    return rows[0] if rows else None


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


# ------------------------------------------------------------------------ result models


class SkippedArticle(BaseModel):
    """An article a build could not (re)store, and why."""

    model_config = ConfigDict(frozen=True)

    article_id: str
    reason: str


class ReplayMiss(BaseModel):
    """A standing correction a build could not re-apply, and why."""

    model_config = ConfigDict(frozen=True)

    audit_id: int
    reason: str


class BuildReport(BaseModel):
    """What a build stored."""

    model_config = ConfigDict(frozen=True)

    audit_id: int
    articles: list[str]
    facts: int
    places: int
    skipped: list[SkippedArticle]
    kept_without_facts: list[SkippedArticle]
    """Admin-added articles the pipeline now rejects: kept (raw text and all) without facts."""
    replayed: list[int]
    not_replayed: list[ReplayMiss]


class StoredArticle(BaseModel):
    """One article an ingest added."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    facts: int
    sentences: int
    unread_sentences: list[int] = []
    """Sentences an extraction rule failed on ("N kalimat tidak terbaca"): facts may be missing."""


class SkippedFile(BaseModel):
    """A file of a batch that was not stored, and why (the reason names the file)."""

    model_config = ConfigDict(frozen=True)

    source: str
    reason: str


class IngestReport(BaseModel):
    """What an ingest added (all in one transaction)."""

    model_config = ConfigDict(frozen=True)

    audit_id: int
    articles: list[StoredArticle]
    places_added: int
    skipped: list[SkippedFile] = []
    """Files refused and left out (only when the ingest was asked to skip bad files)."""

    @property
    def facts(self) -> int:
        """Facts added across all articles."""
        return sum(article.facts for article in self.articles)

    @property
    def unread_sentences(self) -> int:
        """Sentences an extraction rule failed on, across all articles."""
        return sum(len(article.unread_sentences) for article in self.articles)


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


EditableField = Literal["number", "place", "label", "agent", "name", "status", "when", "detail"]
EDITABLE_FIELDS: tuple[str, ...] = EditableField.__args__  # type: ignore[attr-defined]
# Which fields each kind of fact uses (see the Fact docstring); editing another field would
# change nothing anyone sees, so it is refused rather than silently stored.
EDITABLE_BY_KIND: dict[str, tuple[str, ...]] = {
    "closure": ("place", "number", "when", "status", "agent"),
    "count": ("place", "number"),
    "target": ("place", "number", "label", "agent"),
    "aid": ("place", "number", "label", "agent", "detail"),
    "person": ("name", "label", "place"),
    "site": ("name", "place", "detail"),
    "definition": ("name", "detail"),
    "reason": ("label", "place"),
}
CLEAR_VALUES = ("", "-")
"""A value that empties a field ("number=-")."""
STATUS_WORDS: dict[str, str] = {
    "done": "done",
    "selesai": "done",
    "ditutup": "done",
    "tutup": "done",
    "sudah": "done",
    "planned": "planned",
    "rencana": "planned",
    "direncanakan": "planned",
    "akan": "planned",
    "pending": "pending",
    "belum": "pending",
    "masih buka": "pending",
    "tertunda": "pending",
}
TEXT_FIELD_MAX = {"label": 300, "agent": 300, "name": 300, "detail": 1000}
MAX_NUMBER = 10**15
NEGATIVE_SIGNS = ("-", "−", "–")
"""A leading minus (ASCII, Unicode minus, en dash): no count, amount or year is below zero, and
the number reader would otherwise drop the sign and store 5 for -5."""


class FactEdit(BaseModel):
    """An admin's correction of one field of one fact, as typed ("number", "1.351")."""

    model_config = ConfigDict(frozen=True)

    fact_id: int
    field: EditableField
    value: str


# --------------------------------------------------------------------- writing articles


def _check_actor(actor: str) -> str:
    actor = actor.strip()
    if not actor or len(actor) > ACTOR_MAX:
        raise InvalidInput(f"Nama pelaku perubahan harus diisi (paling panjang {ACTOR_MAX}).")
    return actor


class _StoredPlaces:
    """The places and names stored so far in the current transaction.

    The pipeline grows the gazetteer it is handed while it reads, so the gazetteer cannot tell
    which of an article's places are already stored; this can.
    """

    def __init__(self, places: Iterable[Place], pairs: Iterable[tuple[str, str]]) -> None:
        self.places: dict[str, Place] = {p.id: p for p in places}
        self.pairs: set[tuple[str, str]] = set(pairs)


@dataclasses.dataclass
class _PlaceChanges:
    """The place and alias rows one article added or changed."""

    added: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    replaced: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    """The rows as they were before the article refined them (a lokalisasi's parent …)."""
    changed: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    """The same rows after."""
    aliases: list[dict[str, Any]] = dataclasses.field(default_factory=list)


def _check_parsed(parsed: ParsedArticle, article_id: str, stored: _StoredPlaces) -> None:
    """Refuse extraction output whose citations or places would not resolve."""
    where = f"Hasil ekstraksi artikel {article_id} tidak konsisten"
    bug = "Ini kesalahan program; laporkan ke pengembang."
    if parsed.article.id != article_id:
        raise BrokenExtractionError(f"{where}: ID artikel {parsed.article.id!r}. {bug}")
    sentence_ids = {s.id for s in parsed.sentences}
    if len(sentence_ids) != len(parsed.sentences):
        raise BrokenExtractionError(f"{where}: ada nomor kalimat ganda. {bug}")
    if any(s.article_id != article_id for s in parsed.sentences):
        raise BrokenExtractionError(f"{where}: kalimat milik artikel lain. {bug}")
    if len(parsed.facts) >= FACT_ID_BLOCK:
        raise InvalidInput(
            f"Artikel {article_id} menghasilkan {len(parsed.facts)} fakta; batasnya "
            f"{FACT_ID_BLOCK - 1} per artikel. Pecah teksnya menjadi beberapa artikel."
        )
    known = stored.places.keys() | {p.id for p in parsed.places}
    for place in parsed.places:
        if place.parent_id is not None and place.parent_id not in known:
            raise BrokenExtractionError(f"{where}: induk tempat {place.id} tidak dikenal. {bug}")
    for alias in parsed.aliases:
        if alias.place_id not in known:
            raise BrokenExtractionError(
                f"{where}: nama {alias.alias!r} menunjuk tempat tak dikenal."
            )
    for n, fact in enumerate(parsed.facts, start=1):
        if fact.article_id != article_id or fact.sentence_id not in sentence_ids:
            raise BrokenExtractionError(
                f"{where}: fakta ke-{n} mengutip kalimat {fact.sentence_id} yang tidak ada. {bug}"
            )
        if fact.place_id is not None and fact.place_id not in known:
            raise BrokenExtractionError(
                f"{where}: fakta ke-{n} menunjuk tempat {fact.place_id} yang tidak dikenal. {bug}"
            )


def _store_parsed(
    db: Database,
    parsed: ParsedArticle,
    stored: _StoredPlaces,
    *,
    seq: int,
    added_at: str,
    added_by: str,
    bundled: bool,
) -> _PlaceChanges:
    """Insert one parsed article and the places it names or refines; update `stored`.

    Everything is checked before the first write, so a refusal leaves nothing behind.
    """
    article = parsed.article
    _check_parsed(parsed, article.id, stored)
    changes = _PlaceChanges()
    for place in {p.id: p for p in parsed.places}.values():
        known = stored.places.get(place.id)
        if known is None:
            changes.added.append(_place_row(place, article.id))
        elif known != place:
            old = _one(db, "SELECT * FROM places WHERE id = ?", [place.id])
            if old is None:  # stored.places mirrors the table; this would be a bug here
                raise RuntimeError(f"place {place.id} is known but not stored")
            changes.replaced.append(old)
            # The place keeps its source: the article refined it, it did not introduce it.
            changes.changed.append(_place_row(place, old["source"]))
    for alias in parsed.aliases:
        pair = (alias.alias, alias.place_id)
        if pair not in stored.pairs:
            stored.pairs.add(pair)
            changes.aliases.append(_alias_row(alias, article.id))

    db.table("articles").insert(
        {
            **article.model_dump(mode="json"),
            "seq": seq,
            "added_at": added_at,
            "added_by": added_by,
            "bundled": int(bundled),
        }
    )
    db.table("sentences").insert_all(
        (s.model_dump(mode="json") for s in parsed.sentences), batch_size=INSERT_BATCH
    )
    db.table("facts").insert_all(
        (fact_row(fact, seq * FACT_ID_BLOCK + n) for n, fact in enumerate(parsed.facts, 1)),
        batch_size=INSERT_BATCH,
    )
    db.table("places").insert_all(changes.added, batch_size=INSERT_BATCH)
    for row in changes.changed:
        db.table("places").update(row["id"], row)
    db.table("aliases").insert_all(changes.aliases, batch_size=INSERT_BATCH)
    for place in parsed.places:
        stored.places[place.id] = place
    return changes


def _next_seq(db: Database) -> int:
    stored = _get_meta(db, "next_article_seq")
    highest = _one(db, "SELECT MAX(seq) AS seq FROM articles")
    return max(int(stored or 1), ((highest or {}).get("seq") or 0) + 1)


def _check_new(db: Database, inputs: Sequence[ArticleInput]) -> None:
    """Refuse inputs whose id or text is already stored, or repeated within `inputs`."""
    seen_ids: dict[str, str] = {}
    seen_texts: dict[str, str] = {}
    for item in inputs:
        url = item.meta.url if item.meta else None
        same_url = url and _one(db, "SELECT id FROM articles WHERE url = ?", [url])
        if same_url:
            raise DuplicateArticle(
                f"{item.source}: artikel dari tautan {url} sudah ada sebagai ID {same_url['id']}."
            )
        existing = _one(db, "SELECT id, title FROM articles WHERE id = ?", [item.article_id])
        if existing:
            raise DuplicateArticle(
                f"{item.source}: artikel dengan ID {item.article_id} sudah ada "
                f'("{existing["title"]}"). Hapus dulu atau pakai ID lain.'
            )
        same = _one(db, "SELECT id FROM articles WHERE sha256 = ?", [item.sha256])
        if same:
            raise DuplicateArticle(
                f"{item.source}: teks yang sama sudah ada sebagai artikel {same['id']}."
            )
        if item.article_id in seen_ids:
            raise DuplicateArticle(
                f"{item.source}: ID {item.article_id} dipakai dua kali "
                f"(juga oleh {seen_ids[item.article_id]})."
            )
        if item.sha256 in seen_texts:
            raise DuplicateArticle(f"{item.source}: teksnya sama dengan {seen_texts[item.sha256]}.")
        seen_ids[item.article_id] = item.source
        seen_texts[item.sha256] = item.source


def _batch_refusal(
    outcomes: Sequence[tuple[str, StoredArticle | KnowledgeError]], *, skip_bad: bool
) -> KnowledgeError:
    """One error naming every file of a batch and its fate (of the first refusal's type)."""
    refused = [error for _, error in outcomes if isinstance(error, KnowledgeError)]
    lines = [
        f"Tidak ada yang disimpan: {len(refused)} dari {len(outcomes)} berkas ditolak."
        if not skip_bad
        else "Tidak ada yang disimpan: semua berkas ditolak."
    ]
    for source, outcome in outcomes:
        if isinstance(outcome, KnowledgeError):
            reason = str(outcome).removeprefix(f"{source}: ")
            lines.append(f"- {source}: DITOLAK — {reason}")
        else:
            lines.append(
                f"- {source}: bisa disimpan sebagai {outcome.id} ({outcome.facts} fakta), "
                "tetapi tidak disimpan karena berkas lain ditolak."
            )
    if not skip_bad:
        lines.append(
            "Perbaiki atau keluarkan berkas yang ditolak lalu ulangi, atau simpan yang baik saja "
            "dengan: python -m knowledge ingest --skip-bad …"
        )
    return type(refused[0])("\n".join(lines))


def _named(error: KnowledgeError, source: str) -> KnowledgeError:
    """`error` with a message that starts with the file it is about."""
    return error if str(error).startswith(source) else type(error)(f"{source}: {error}")


@dataclasses.dataclass(frozen=True)
class RefusedFile:
    """A file of a batch that could not even be read as an article (intake refused it)."""

    source: str
    error: KnowledgeError


def ingest(
    db: Database,
    inputs: Sequence[ArticleInput | RefusedFile],
    *,
    actor: str,
    skip_bad: bool = False,
) -> IngestReport:
    """Parse and add articles in ONE transaction: all are stored, or none is.

    An item may be a RefusedFile: a file of the batch that could not even be read. Every item
    is tried, so a refusal of a batch says what happened to each file. One refused article:
    InvalidInput, DuplicateArticle or NoFacts naming it; several items: one error of the first
    refusal's type listing every file's fate. Either way the knowledge base is then exactly as
    it was. With `skip_bad`, the good articles are stored and the refused ones reported in
    `IngestReport.skipped` (an error only if none is good).
    """
    actor = _check_actor(actor)
    if not inputs:
        raise InvalidInput("Tidak ada artikel untuk ditambahkan.")
    # Duplicates are checked before anything is stored, each item against the knowledge base
    # and the items before it, so the refusal names the item at fault.
    checked: list[ArticleInput] = []
    refusals: dict[int, KnowledgeError] = {}
    with _write(db):
        for position, item in enumerate(inputs):
            if isinstance(item, RefusedFile):
                refusals[position] = _named(item.error, item.source)
                continue
            try:
                _check_new(db, [*checked, item])
            except KnowledgeError as exc:
                refusals[position] = _named(exc, item.source)
                continue
            checked.append(item)
        if not _one(db, "SELECT 1 AS x FROM places LIMIT 1"):
            # Never built: the regions are the baseline every article is read against.
            _insert_seed(db)
        gazetteer = load_gazetteer(db)
        stored_places = _StoredPlaces(gazetteer.places.values(), _alias_pairs(gazetteer))
        seq = _next_seq(db)
        stored: list[StoredArticle] = []
        outcomes: list[tuple[str, StoredArticle | KnowledgeError]] = []
        changes = _PlaceChanges()
        for position, item in enumerate(inputs):
            if position in refusals or isinstance(item, RefusedFile):
                outcomes.append((item.source, refusals[position]))
                continue
            # A refused article must not leave the places it named in the gazetteer.
            trial = gazetteer.copy()
            try:
                parsed = parse_article(item.text, item.article_id, trial, item.meta)
                # The pipeline hashes the text itself; check its hash too in case it differs.
                same = _one(db, "SELECT id FROM articles WHERE sha256 = ?", [parsed.article.sha256])
                if same:
                    raise DuplicateArticle(
                        f"{item.source}: teks yang sama sudah ada sebagai artikel {same['id']}."
                    )
                with db.atomic():
                    these = _store_parsed(
                        db,
                        parsed,
                        stored_places,
                        seq=seq,
                        added_at=now(),
                        added_by=actor,
                        bundled=False,
                    )
            except KnowledgeError as exc:
                # Say which file of a batch it was; the pipeline's message names the title.
                outcomes.append((item.source, _named(exc, item.source)))
                continue
            gazetteer = trial
            changes.added += these.added
            changes.replaced += these.replaced
            changes.changed += these.changed
            changes.aliases += these.aliases
            stored.append(
                StoredArticle(
                    id=item.article_id,
                    title=parsed.article.title,
                    facts=len(parsed.facts),
                    sentences=len(parsed.sentences),
                    unread_sentences=parsed.unread_sentences,
                )
            )
            outcomes.append((item.source, stored[-1]))
            seq += 1
        skipped = [
            SkippedFile(source=source, reason=str(outcome))
            for source, outcome in outcomes
            if isinstance(outcome, KnowledgeError)
        ]
        if skipped and (not skip_bad or not stored):
            # Leaving the transaction with an error rolls back what was stored of the batch.
            if len(outcomes) == 1:
                raise outcomes[0][1]  # type: ignore[misc]
            raise _batch_refusal(outcomes, skip_bad=skip_bad)
        _set_meta(db, "next_article_seq", str(seq))
        ids = [a.id for a in stored]
        marks = ", ".join("?" for _ in ids)
        identities = _rows(
            db, f"SELECT id, sha256, title FROM articles WHERE id IN ({marks}) ORDER BY seq", ids
        )
        names = ", ".join(f"{a.id} ({a.facts} fakta)" for a in stored)
        # Net effect on places: a place one article of the batch added and a later one refined
        # did not exist before the ingest, so undoing removes it rather than restoring it.
        added = {row["id"] for row in changes.added}
        touched_ids = dict.fromkeys(row["id"] for row in changes.added + changes.changed)
        touched = [_one(db, "SELECT * FROM places WHERE id = ?", [pid]) for pid in touched_ids]
        audit_id = record(
            db,
            actor=actor,
            action="ingest",
            target="article:" + ",".join(ids),
            summary=f"menambah artikel {names}",
            before={
                "places": [r for r in _first_versions(changes.replaced) if r["id"] not in added]
            },
            after={"articles": identities, "places": touched, "aliases": changes.aliases},
        )
    return IngestReport(
        audit_id=audit_id, articles=stored, places_added=len(changes.added), skipped=skipped
    )


def _insert_seed(db: Database) -> None:
    """The official regions and curated names of knowledge.places.seed()."""
    places, aliases = seed()
    db.table("places").insert_all(
        (_place_row(p, SEED_SOURCE) for p in places), batch_size=INSERT_BATCH
    )
    db.table("aliases").insert_all(
        (_alias_row(a, SEED_SOURCE) for a in aliases), batch_size=INSERT_BATCH
    )


def _alias_pairs(gazetteer: Gazetteer) -> Iterator[tuple[str, str]]:
    for name, aliases in gazetteer.aliases.items():
        for alias in aliases:
            yield name, alias.place_id


def _first_versions(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per id, the earliest (two articles of a batch may refine the same place)."""
    first: dict[str, dict[str, Any]] = {}
    for row in rows:
        first.setdefault(row["id"], row)
    return list(first.values())


def ingest_text(db: Database, text: str, article_id: str, *, actor: str) -> IngestReport:
    """Add one article given as text (a chat message, stdin) under `article_id`."""
    return ingest(db, [intake.from_text(text, article_id)], actor=actor)


def ingest_files(
    db: Database,
    paths: Sequence[Path],
    *,
    actor: str,
    article_id: str | None = None,
    skip_bad: bool = False,
) -> IngestReport:
    """Add article files in one transaction; each id is the file name unless `article_id`
    (one file only) is given. See `ingest` for what a refused file does to the batch."""
    if article_id is not None and len(paths) != 1:
        raise InvalidInput("ID artikel hanya bisa diberikan untuk satu berkas.")
    inputs: list[ArticleInput | RefusedFile] = []
    for path in paths:
        try:
            inputs.append(intake.read_file(Path(path), article_id))
        except InvalidInput as exc:
            if len(paths) == 1:
                raise
            inputs.append(RefusedFile(str(path), exc))
    return ingest(db, inputs, actor=actor, skip_bad=skip_bad)


# --------------------------------------------------------------------------------- build


def build(
    db: Database,
    articles_dir: Path = BUNDLED_ARTICLES,
    *,
    actor: str,
    progress: Progress | None = None,
) -> BuildReport:
    """(Re)build the whole knowledge base from the bundled articles; see the module docstring.

    Admin-added articles survive: they are re-parsed after the bundled ones. A bundled file
    that cannot be read or yields no facts is skipped and reported, not fatal.
    """
    actor = _check_actor(actor)
    seed_places, seed_aliases = seed()  # ~1 s the first time; done before taking the lock
    files = sorted(Path(articles_dir).glob("*.txt"), key=lambda p: p.name)
    skipped: list[SkippedArticle] = []
    inputs: list[ArticleInput] = []
    for path in files:
        try:
            inputs.append(intake.read_file(path))
        except InvalidInput as exc:
            skipped.append(SkippedArticle(article_id=path.stem, reason=str(exc)))

    with _write(db):
        old = {row["id"]: row for row in db.query("SELECT * FROM articles ORDER BY seq")}
        corrections = standing_corrections(db)
        removed_bundled: dict[tuple[str, str], int] = {}
        for entry in corrections:
            if entry.action == "remove_article":
                for row in entry.before.get("articles", []):
                    if row.get("bundled"):
                        removed_bundled[(row["id"], row["sha256"])] = entry.id
        uploads = [row for row in old.values() if not row["bundled"]]
        upload_ids = {row["id"] for row in uploads}
        upload_texts = {row["sha256"]: row["id"] for row in uploads}
        next_seq = _next_seq(db)

        for table in ("facts", "sentences", "articles", "aliases", "places"):
            db.execute(f"DELETE FROM {table}")
        _insert_seed(db)
        gazetteer = Gazetteer(seed_places, seed_aliases)
        stored_places = _StoredPlaces(seed_places, ((a.alias, a.place_id) for a in seed_aliases))

        def attempt(
            text: str, article_id: str, meta: ArticleMeta | None = None, **row: Any
        ) -> ParsedArticle | KnowledgeError:
            """Parse and store one article; on failure nothing it named stays known."""
            nonlocal gazetteer
            trial = gazetteer.copy()
            try:
                parsed = parse_article(text, article_id, trial, meta)
                with db.atomic():
                    _store_parsed(db, parsed, stored_places, **row)
            except KnowledgeError as exc:
                return exc
            gazetteer = trial
            return parsed

        total = len(inputs) + len(uploads)
        stored: list[str] = []
        stored_texts: dict[str, str] = {}
        for done, item in enumerate(inputs, start=1):
            if progress:
                progress(done, total, item.article_id)
            reason = None
            if (item.article_id, item.sha256) in removed_bundled:
                reason = f"dihapus admin (riwayat #{removed_bundled[item.article_id, item.sha256]})"
            elif item.article_id in upload_ids:
                reason = "ID-nya sudah dipakai artikel unggahan admin"
            elif item.sha256 in upload_texts:
                reason = f"teksnya sama dengan artikel unggahan {upload_texts[item.sha256]}"
            elif item.sha256 in stored_texts:
                reason = f"teksnya sama dengan {stored_texts[item.sha256]}"
            if reason:
                skipped.append(SkippedArticle(article_id=item.article_id, reason=reason))
                continue
            previous = old.get(item.article_id)
            known = previous is not None and previous["bundled"]
            # Same text as last time: the article was not added again, keep when and by whom.
            unchanged = previous is not None and known and previous["sha256"] == item.sha256
            outcome = attempt(
                item.text,
                item.article_id,
                seq=previous["seq"] if previous is not None and known else next_seq,
                added_at=previous["added_at"] if previous is not None and unchanged else now(),
                added_by=previous["added_by"] if previous is not None and unchanged else BUNDLED_BY,
                bundled=True,
            )
            if isinstance(outcome, KnowledgeError):
                skipped.append(SkippedArticle(article_id=item.article_id, reason=str(outcome)))
                continue
            if not known:
                next_seq += 1
            stored.append(item.article_id)
            stored_texts[item.sha256] = item.article_id

        kept: list[SkippedArticle] = []
        for done, row in enumerate(uploads, start=len(inputs) + 1):
            if progress:
                progress(done, total, row["id"])
            outcome = attempt(
                row["raw"],
                row["id"],
                meta_of_page(row),
                seq=row["seq"],
                added_at=row["added_at"],
                added_by=row["added_by"],
                bundled=False,
            )
            if isinstance(outcome, KnowledgeError):
                # The stored raw text is the only copy of an admin's article: keep the row
                # (without facts) so nothing is lost; the next build tries again.
                db.table("articles").insert(row)
                kept.append(SkippedArticle(article_id=row["id"], reason=str(outcome)))
            stored.append(row["id"])

        replayed, not_replayed = _replay(db, corrections)
        _set_meta(db, "next_article_seq", str(next_seq))
        facts = _one(db, "SELECT COUNT(*) AS n FROM facts") or {"n": 0}
        places = _one(db, "SELECT COUNT(*) AS n FROM places") or {"n": 0}
        summary = (
            f"membangun ulang dari {Path(articles_dir).name}: {len(stored)} artikel, "
            f"{facts['n']} fakta"
            + (f", {len(skipped)} dilewati" if skipped else "")
            + (f", {len(replayed)} koreksi diterapkan ulang" if replayed else "")
        )
        audit_id = record(
            db,
            actor=actor,
            action="build",
            target=str(articles_dir),
            summary=summary,
            before={"articles": list(old)},
            after={
                "articles": stored,
                "facts": facts["n"],
                "skipped": [s.model_dump() for s in skipped],
                "kept_without_facts": [s.model_dump() for s in kept],
                "replayed": replayed,
                "not_replayed": [m.model_dump() for m in not_replayed],
            },
        )
    return BuildReport(
        audit_id=audit_id,
        articles=stored,
        facts=facts["n"],
        places=places["n"],
        skipped=skipped,
        kept_without_facts=kept,
        replayed=replayed,
        not_replayed=not_replayed,
    )


def meta_of_page(row: dict[str, Any]) -> ArticleMeta | None:
    """What an article added from a web page keeps of the page's metadata, for a rebuild: its
    text holds only the story, so the URL, title, outlet and date come back from its row."""
    if not row.get("url"):
        return None
    return ArticleMeta(
        title=row["title"],
        publisher=row["publisher"],
        published=row["published"],
        url=row["url"],
        author=row["author"],
    )


def _same_fact(db: Database, row: dict[str, Any]) -> dict[str, Any] | None:
    """The stored fact equal to `row` in everything but its id (preferring the same id)."""
    candidates = _rows(
        db,
        "SELECT * FROM facts WHERE article_id = ? AND sentence_id = ? AND kind = ? AND quote = ? "
        "ORDER BY id",
        [row["article_id"], row["sentence_id"], row["kind"], row["quote"]],
    )
    content = {k: v for k, v in row.items() if k != "id"}
    matches = [c for c in candidates if {k: v for k, v in c.items() if k != "id"} == content]
    for match in matches:
        if match["id"] == row["id"]:
            return match
    return matches[0] if matches else None


def _replay(db: Database, corrections: Iterable[AuditEntry]) -> tuple[list[int], list[ReplayMiss]]:
    """Re-apply standing fact corrections to freshly extracted facts, oldest first."""
    replayed: list[int] = []
    missed: list[ReplayMiss] = []
    for entry in corrections:
        if entry.action == "add_fact":
            # Imported here: knowledge.teach is built on this module.
            from knowledge.teach import replay_added_fact

            if (reason := replay_added_fact(db, entry)) is not None:
                missed.append(ReplayMiss(audit_id=entry.id, reason=reason))
            else:
                replayed.append(entry.id)
            continue
        if entry.action not in ("update_fact", "remove_fact"):
            continue
        before = entry.before["facts"][0]
        if not _one(db, "SELECT 1 AS x FROM articles WHERE id = ?", [before["article_id"]]):
            continue  # the article itself is gone (removed, or skipped and reported)
        match = _same_fact(db, before)
        if match is None:
            missed.append(
                ReplayMiss(
                    audit_id=entry.id,
                    reason=f"fakta {before['id']} tidak lagi dihasilkan sama persis oleh ekstraksi",
                )
            )
            continue
        if entry.action == "remove_fact":
            db.execute("DELETE FROM facts WHERE id = ?", [match["id"]])
        else:
            after = entry.after["facts"][0]
            changes = {k: v for k, v in after.items() if k != "id" and before.get(k) != v}
            if changes:
                db.table("facts").update(match["id"], changes)
        replayed.append(entry.id)
    return replayed, missed


# --------------------------------------------------------------------------------- reads


def list_articles(db: Database) -> list[ArticleSummary]:
    """Every article with its number of facts, in the order they were added."""
    rows = db.query(
        "SELECT a.id, a.title, a.publisher, a.published, a.url, a.added_at, a.added_by, "
        "a.bundled, (SELECT COUNT(*) FROM facts f WHERE f.article_id = a.id) AS facts "
        "FROM articles a ORDER BY a.seq"
    )
    return [ArticleSummary.model_validate(row) for row in rows]


def _article_row(db: Database, article_id: str) -> dict[str, Any]:
    row = _one(db, "SELECT * FROM articles WHERE id = ?", [article_id])
    if row is None:
        raise NotFound(f"Artikel {article_id} tidak ada di basis pengetahuan.")
    return row


def get_article(db: Database, article_id: str) -> ArticleDetail:
    """One article with its sentences and facts; NotFound if there is none."""
    row = _article_row(db, article_id)
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


def _fact_row(db: Database, fact_id: int) -> dict[str, Any]:
    row = _one(db, "SELECT * FROM facts WHERE id = ?", [fact_id])
    if row is None:
        raise NotFound(f"Fakta {fact_id} tidak ada di basis pengetahuan.")
    return row


def get_fact(db: Database, fact_id: int) -> Fact:
    """One fact; NotFound if there is none."""
    return fact_from_row(_fact_row(db, fact_id))


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
        _article_row(db, article_id)
        where.append("article_id = ?")
        params.append(article_id)
    if kind is not None:
        if kind not in FACT_KINDS:
            raise InvalidInput(
                f"Jenis fakta {kind!r} tidak dikenal; pilih salah satu: {', '.join(FACT_KINDS)}."
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


# ---------------------------------------------------------------------- changes by admins


def remove_article(db: Database, article_id: str, *, actor: str) -> AuditEntry:
    """Remove an article with its sentences and facts (places it named stay in the gazetteer)."""
    actor = _check_actor(actor)
    with _write(db):
        article = _article_row(db, article_id)
        sentences = _rows(
            db, "SELECT * FROM sentences WHERE article_id = ? ORDER BY id", [article_id]
        )
        facts = _rows(db, "SELECT * FROM facts WHERE article_id = ? ORDER BY id", [article_id])
        # Kept in the record so an undo after a rebuild (which drops unused names) can bring
        # back the places the article's facts point to.
        places = _rows(db, "SELECT * FROM places WHERE source = ? ORDER BY rowid", [article_id])
        aliases = _rows(db, "SELECT * FROM aliases WHERE source = ? ORDER BY rowid", [article_id])
        db.execute("DELETE FROM facts WHERE article_id = ?", [article_id])
        db.execute("DELETE FROM sentences WHERE article_id = ?", [article_id])
        db.execute("DELETE FROM articles WHERE id = ?", [article_id])
        entry_id = record(
            db,
            actor=actor,
            action="remove_article",
            target=f"article:{article_id}",
            summary=f"menghapus artikel {article_id} ({len(facts)} fakta): {article['title']}",
            before={
                "articles": [article],
                "sentences": sentences,
                "facts": facts,
                "places": places,
                "aliases": aliases,
            },
        )
    return _entry(db, entry_id)


def remove_fact(db: Database, fact_id: int, *, actor: str) -> AuditEntry:
    """Remove one fact."""
    actor = _check_actor(actor)
    with _write(db):
        row = _fact_row(db, fact_id)
        db.execute("DELETE FROM facts WHERE id = ?", [fact_id])
        entry_id = record(
            db,
            actor=actor,
            action="remove_fact",
            target=f"fact:{fact_id}",
            summary=f"menghapus fakta {fact_id} ({row['kind']}, artikel {row['article_id']}): "
            f"{_clip(row['quote'])}",
            before={"facts": [row]},
        )
    return _entry(db, entry_id)


def _clip(text: str, width: int = 80) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _resolve_place(db: Database, value: str) -> tuple[str, str]:
    """(place id, display name) for a name or id typed by an admin."""
    by_id = _one(db, "SELECT id, name FROM places WHERE id = ?", [value.strip()])
    if by_id:
        return by_id["id"], by_id["name"]
    rows = _rows(
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


def _parse_edit(db: Database, edit: FactEdit) -> dict[str, Any]:
    """The model-field changes an edit asks for, parsed from the typed value."""
    raw = tidy(edit.value).strip()
    if raw in CLEAR_VALUES:
        cleared: dict[str, dict[str, Any]] = {
            "number": {"number": None, "number_text": None, "approximate": False},
            "place": {"place_id": None, "place_text": None},
            "when": {"when": None, "when_text": None},
        }
        return cleared.get(edit.field, {edit.field: None})
    if edit.field == "number":
        if raw[:1] in NEGATIVE_SIGNS:
            raise InvalidInput(
                f"{raw!r} ditolak: angka fakta tidak boleh negatif (jumlah orang, lokalisasi, "
                "rupiah atau tahun). Tulis angkanya tanpa tanda minus, misalnya 5."
            )
        number = int(raw) if raw.isdigit() else parse_number(raw)
        if number is None or not 0 <= number < MAX_NUMBER:
            raise InvalidInput(
                f"{raw!r} bukan angka yang bisa dibaca (contoh: 1315, 1.315, Rp5 juta)."
            )
        return {"number": number, "number_text": raw, "approximate": False}
    if edit.field == "place":
        place_id, name = _resolve_place(db, raw)
        return {"place_id": place_id, "place_text": name}
    if edit.field == "when":
        return _parse_when(raw)
    if edit.field == "status":
        status = STATUS_WORDS.get(raw.lower())
        if status is None:
            raise InvalidInput(
                f"Status {raw!r} tidak dikenal; pakai done (sudah ditutup), planned (akan "
                "ditutup) atau pending (belum ditutup)."
            )
        return {"status": status}
    limit = TEXT_FIELD_MAX[edit.field]
    if len(raw) > limit:
        raise InvalidInput(f"Isi {edit.field} terlalu panjang ({len(raw)}; batas {limit}).")
    return {edit.field: raw}


def _parse_when(raw: str) -> dict[str, Any]:
    with contextlib.suppress(ValueError):
        value = dt.date.fromisoformat(raw)
        return {"when": value, "when_text": format_date(value)}
    mentions = find_dates(raw)
    if len(mentions) == 1 and mentions[0].text.strip("() ") == raw.strip("() "):
        return {"when": mentions[0].value, "when_text": raw}
    raise InvalidInput(
        f"Tanggal {raw!r} tidak terbaca; tulis misalnya 2016-06-01, 1/6/2016, 1 Juni 2016 "
        "atau akhir November 2017."
    )


def update_fact(db: Database, fact_id: int, field: str, value: str, *, actor: str) -> AuditEntry:
    """Correct one field of one fact (see EDITABLE_BY_KIND for which fields each kind has).

    `value` is as an admin types it: "1.351", "Kota Samarinda", "1 Juni 2016", "done"; "-" or
    "" empties the field.
    """
    actor = _check_actor(actor)
    try:
        edit = FactEdit(fact_id=fact_id, field=field, value=value)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise InvalidInput(
            f"Kolom {field!r} tidak bisa diubah. Kolom yang bisa diubah: "
            f"{', '.join(EDITABLE_FIELDS)}."
        ) from exc
    with _write(db):
        row = _fact_row(db, fact_id)
        fact = fact_from_row(row)
        allowed = EDITABLE_BY_KIND[fact.kind]
        if edit.field not in allowed:
            raise InvalidInput(
                f"Kolom {edit.field} tidak dipakai fakta jenis {fact.kind}. "
                f"Yang bisa diubah untuk fakta ini: {', '.join(allowed)}."
            )
        changes = _parse_edit(db, edit)
        try:
            updated = Fact.model_validate({**fact.model_dump(), **changes})
        except ValidationError as exc:
            raise InvalidInput(f"Nilai {value!r} tidak sah untuk {edit.field}: {exc}") from exc
        new_row = fact_row(updated, fact_id)
        if new_row == fact_row(fact, fact_id):
            raise InvalidInput(f"Tidak ada yang berubah: {edit.field} fakta {fact_id} sudah itu.")
        db.table("facts").update(fact_id, new_row)
        after = _fact_row(db, fact_id)
        shown = _shown(db, edit.field, row, after)
        entry_id = record(
            db,
            actor=actor,
            action="update_fact",
            target=f"fact:{fact_id}",
            summary=f"mengubah fakta {fact_id} ({fact.kind}): {edit.field} {shown}",
            before={"facts": [row]},
            after={"facts": [after]},
        )
    return _entry(db, entry_id)


def _shown(db: Database, field: str, before: dict[str, Any], after: dict[str, Any]) -> str:
    """'22 → 23', 'Kalimantan Timur (64) → Kalimantan Utara (65)', for the audit summary."""
    column = {"place": "place_id", "when": "when_date"}.get(field, field)

    def show(value: object) -> str:
        if value is None:
            return "(kosong)"
        if column == "place_id":
            place = _one(db, "SELECT name FROM places WHERE id = ?", [value])
            return f"{place['name']} ({value})" if place else str(value)
        return str(value)

    return f"{show(before[column])} → {show(after[column])}"


def _entry(db: Database, entry_id: int) -> AuditEntry:
    entry = get_entry(db, entry_id)
    if entry is None:  # pragma: no cover - the row was written in the committed transaction
        raise NotFound(f"Perubahan #{entry_id} tidak ada.")
    return entry


# ---------------------------------------------------------------------------------- undo


def _check_undo(db: Database, entry: AuditEntry) -> None:
    """Refuse to undo a change whose rows were changed again since (by a rebuild, say)."""
    stale = f"Perubahan #{entry.id} ({entry.action}) tidak bisa dibatalkan otomatis:"
    for art in entry.after.get("articles", []):
        current = _one(db, "SELECT sha256 FROM articles WHERE id = ?", [art["id"]])
        if current is None or current["sha256"] != art["sha256"]:
            raise UndoConflictError(
                f"{stale} artikel {art['id']} sudah dihapus atau diganti sejak itu."
            )
    replaced = set()
    for fact in entry.after.get("facts", []):
        replaced.add(fact["id"])
        if _one(db, "SELECT * FROM facts WHERE id = ?", [fact["id"]]) != fact:
            raise UndoConflictError(f"{stale} fakta {fact['id']} sudah berubah lagi sejak itu.")
    restored = set()
    for art in entry.before.get("articles", []):
        restored.add(art["id"])
        if _one(db, "SELECT 1 AS x FROM articles WHERE id = ?", [art["id"]]):
            raise UndoConflictError(f"{stale} artikel {art['id']} sudah ada lagi.")
        same = _one(db, "SELECT id FROM articles WHERE sha256 = ?", [art["sha256"]])
        if same:
            raise UndoConflictError(f"{stale} teksnya sudah ada lagi sebagai artikel {same['id']}.")
    for fact in entry.before.get("facts", []):
        if fact["id"] not in replaced and _one(
            db, "SELECT 1 AS x FROM facts WHERE id = ?", [fact["id"]]
        ):
            raise UndoConflictError(f"{stale} nomor fakta {fact['id']} sudah dipakai lagi.")
        if fact["article_id"] not in restored and not _one(
            db, "SELECT 1 AS x FROM articles WHERE id = ?", [fact["article_id"]]
        ):
            raise UndoConflictError(f"{stale} artikel {fact['article_id']} sudah tidak ada.")


def _revert(db: Database, entry: AuditEntry) -> None:
    """Take away the rows `entry` added and put back the rows it removed or changed."""
    added, removed = entry.after, entry.before
    for art in added.get("articles", []):
        # An article takes its sentences and facts along.
        db.execute("DELETE FROM facts WHERE article_id = ?", [art["id"]])
        db.execute("DELETE FROM sentences WHERE article_id = ?", [art["id"]])
        db.execute("DELETE FROM articles WHERE id = ?", [art["id"]])
    for fact in added.get("facts", []):
        db.execute("DELETE FROM facts WHERE id = ?", [fact["id"]])
    # Places the change refined (or an article's places, for a removal) get their earlier form.
    earlier = removed.get("places", [])
    db.table("places").insert_all(earlier, replace=True, batch_size=INSERT_BATCH)
    for alias in added.get("aliases", []):
        db.execute(
            "DELETE FROM aliases WHERE alias = ? AND place_id = ?",
            [alias["alias"], alias["place_id"]],
        )
    restored = {row["id"] for row in earlier}
    pending = [row["id"] for row in added.get("places", []) if row["id"] not in restored]
    # A place some fact or other place still points to stays (a rebuild may have given it to
    # another article); deleting a village can free its parent, hence the repeated passes.
    while pending:
        still = []
        for place_id in pending:
            used = _one(
                db,
                "SELECT 1 AS x WHERE EXISTS (SELECT 1 FROM facts WHERE place_id = :id) "
                "OR EXISTS (SELECT 1 FROM places WHERE parent_id = :id)",
                {"id": place_id},
            )
            if used:
                still.append(place_id)
            else:
                db.execute("DELETE FROM aliases WHERE place_id = ?", [place_id])
                db.execute("DELETE FROM places WHERE id = ?", [place_id])
        if len(still) == len(pending):
            break
        pending = still
    db.table("aliases").insert_all(removed.get("aliases", []), ignore=True, batch_size=INSERT_BATCH)
    for table in ("articles", "sentences", "facts"):
        db.table(table).insert_all(removed.get(table, []), batch_size=INSERT_BATCH)
    for fact in removed.get("facts", []):
        if fact["place_id"] and not _one(
            db, "SELECT 1 AS x FROM places WHERE id = ?", [fact["place_id"]]
        ):
            raise UndoConflictError(
                f"Perubahan #{entry.id} tidak bisa dibatalkan otomatis: tempat "
                f"{fact['place_id']} dari fakta {fact['id']} sudah tidak ada."
            )


def undo_last(db: Database, *, actor: str) -> AuditEntry:
    """Undo the most recent change not yet undone (ingest, removal or correction).

    Reads the audit table, so it works across restarts. Returns the undo's own audit entry
    (its `target` is "audit:<id of the change undone>"). A build cannot be undone, and undo
    never reaches past one to an older change (that would leave the rebuild standing while
    silently taking back what came before it): when the latest change is a build, it refuses.
    """
    actor = _check_actor(actor)
    with _write(db):
        latest = last_change(db)
        if latest is not None and latest.action == "build":
            raise NotFound(
                f"Tidak ada perubahan yang bisa dibatalkan: perubahan terakhir (#{latest.id}, "
                f"{latest.at:%Y-%m-%d %H:%M}) adalah build (membangun ulang dari artikel), dan "
                "build tidak bisa dibatalkan. Perubahan sebelumnya tidak dibatalkan agar tidak "
                "melompati build itu; untuk kembali ke keadaan sebelumnya, pulihkan cadangan "
                "(python -m knowledge backup)."
            )
        entry = last_undoable(db)
        if entry is None:
            raise NotFound("Tidak ada perubahan yang bisa dibatalkan.")
        _check_undo(db, entry)
        _revert(db, entry)
        undo_id = record(
            db,
            actor=actor,
            action="undo",
            target=f"audit:{entry.id}",
            summary=f"membatalkan #{entry.id}: {entry.summary}",
            before=entry.after,
            after=entry.before,
        )
        mark_undone(db, entry.id, undo_id)
    return _entry(db, undo_id)


# ------------------------------------------------------------------------ export, backup


def export(db: Database) -> dict[str, Any]:
    """The knowledge base as JSON-ready data: articles (with raw text), facts (model field
    names), the places facts point to with everything containing them, and the audit log."""
    facts = load_facts(db)
    gazetteer_rows = {row["id"]: row for row in db.query("SELECT * FROM places")}
    used: dict[str, dict[str, Any]] = {}
    for fact in facts:
        current = fact.place_id
        while current and current not in used and current in gazetteer_rows:
            used[current] = gazetteer_rows[current]
            current = gazetteer_rows[current]["parent_id"]
    articles = []
    for row in db.query("SELECT * FROM articles ORDER BY seq"):
        article = article_from_row(row).model_dump(mode="json")
        article.update(
            added_at=row["added_at"], added_by=row["added_by"], bundled=bool(row["bundled"])
        )
        articles.append(article)
    return {
        "schema_version": schema_version(db),
        "exported_at": now(),
        "articles": articles,
        "facts": [fact.model_dump(mode="json") for fact in facts],
        "places": [
            place_from_row(row).model_dump(mode="json")
            for row in sorted(used.values(), key=lambda r: r["id"])
        ],
        "audit": [entry.model_dump(mode="json") for entry in reversed(read_log(db, None))],
    }


def db_file(db: Database) -> Path | None:
    """The file behind `db`, or None for an in-memory database."""
    for row in db.conn.execute("PRAGMA database_list"):
        if row[1] == "main":
            return Path(row[2]) if row[2] else None
    return None


_BACKUP_NAME = re.compile(r"[^0-9]")


def backup(db: Database, dest: Path | str, *, overwrite: bool = False) -> Path:
    """Copy the knowledge base to `dest`: a file, or a folder to put a dated file in.

    `dest` is a folder when it names an existing folder or, given as a string, ends in "/"
    (the folder is then created). An existing file is never replaced unless `overwrite`.
    Uses sqlite's online backup, so the copy is one consistent snapshot even while the bot
    writes; it is written beside `dest` and renamed into place, so `dest` is never half a file.
    """
    target = Path(dest)
    as_folder = isinstance(dest, str) and dest.endswith(("/", os.sep))
    if as_folder or target.is_dir():
        stamp = _BACKUP_NAME.sub("", dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
        target = target / f"kb-{stamp[:8]}-{stamp[8:14]}.sqlite"
    source = db_file(db)
    if source is not None and target.resolve() == source.resolve():
        raise InvalidInput("Tujuan cadangan sama dengan berkas basis pengetahuan itu sendiri.")
    if target.is_dir() or (target.exists() and not overwrite):
        raise InvalidInput(
            f"{target} sudah ada dan tidak ditimpa. Pilih nama lain, tulis nama folder "
            "(diakhiri '/') untuk berkas bertanggal, atau pakai --force untuk menimpanya."
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    copy = sqlite3.connect(partial)
    try:
        db.conn.backup(copy)
        # One self-contained file: no -wal beside it that a copy could leave behind.
        copy.execute("PRAGMA journal_mode=DELETE")
        check = copy.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        copy.close()
    if check != "ok":
        partial.unlink(missing_ok=True)
        raise KnowledgeError(f"Cadangan gagal diperiksa ({check}); berkas tujuan tidak diubah.")
    os.replace(partial, target)
    return target


def dump(db: Database, tables: Iterable[str] = TABLES) -> dict[str, list[dict[str, Any]]]:
    """Every row of `tables` in primary-key order: for comparing two states of a database."""
    out: dict[str, list[dict[str, Any]]] = {}
    for name in tables:
        table = db.table(name)
        order = ", ".join(f'"{pk}"' for pk in table.pks)
        out[name] = _rows(db, f'SELECT * FROM "{name}" ORDER BY {order}')
    return out


__all__ = [
    "EDITABLE_BY_KIND",
    "EDITABLE_FIELDS",
    "ArticleDetail",
    "ArticleSummary",
    "AuditEntry",
    "BrokenExtractionError",
    "BuildReport",
    "FactEdit",
    "IngestReport",
    "RefusedFile",
    "SkippedFile",
    "UndoConflictError",
    "audit_log",
    "backup",
    "build",
    "dump",
    "entry_from_row",
    "export",
    "get_article",
    "get_fact",
    "ingest",
    "ingest_files",
    "ingest_text",
    "list_articles",
    "list_facts",
    "load_gazetteer",
    "open_db",
    "remove_article",
    "remove_fact",
    "undo_last",
    "update_fact",
]
