"""The knowledge base on disk: one SQLite file, written through sqlite-utils.

A library with one module per job; the shells (`python -m knowledge`, the admins' Telegram
commands) call it and read what admins type with knowledge.admin_input.

    schema     the tables, their columns and indexes, migrations, the meta table
    database   opening the file, the write transaction, small queries, dump
    rows       rows <-> pydantic models, the stored gazetteer and facts
    reads      articles, facts, places by name, the audit log
    building   ingest, build, and the replay of admins' corrections after a build
    edits      field corrections and removals (typed values only), EDITABLE_BY_KIND
    undo       taking back the latest change
    export     JSON export and backups

Everything below is importable from `knowledge.store` itself, as it was when the store was
one module.
"""

from __future__ import annotations

from knowledge.audit import AuditEntry, entry_from_row, record
from knowledge.store.building import (
    BUNDLED_BY,
    BrokenExtractionError,
    BuildReport,
    IngestReport,
    Progress,
    RefusedFile,
    ReplayMiss,
    SkippedArticle,
    SkippedFile,
    StoredArticle,
    build,
    ingest,
    ingest_files,
    ingest_text,
    meta_of_page,
)
from knowledge.store.database import ACTOR_MAX, INSERT_BATCH, db_file, dump, migrate, open_db
from knowledge.store.edits import (
    EDITABLE_BY_KIND,
    EDITABLE_FIELDS,
    MAX_NUMBER,
    TEXT_FIELD_MAX,
    DateValue,
    EditableField,
    FactEdit,
    FieldChange,
    NumberValue,
    PlaceName,
    remove_article,
    remove_fact,
    update_fact,
)
from knowledge.store.export import backup, export
from knowledge.store.reads import (
    ArticleDetail,
    ArticleSummary,
    audit_log,
    get_article,
    get_fact,
    list_articles,
    list_facts,
)
from knowledge.store.rows import (
    article_from_row,
    fact_from_row,
    fact_row,
    load_facts,
    load_gazetteer,
    place_from_row,
)
from knowledge.store.schema import (
    ARTICLE_COLUMNS,
    FACT_COLUMNS,
    FACT_FIELD_COLUMN,
    FACT_ID_BLOCK,
    MIGRATIONS,
    SCHEMA_VERSION,
    SEED_SOURCE,
    TABLES,
    schema_version,
)
from knowledge.store.undo import UndoConflictError, undo_last

__all__ = [
    "ACTOR_MAX",
    "ARTICLE_COLUMNS",
    "BUNDLED_BY",
    "EDITABLE_BY_KIND",
    "EDITABLE_FIELDS",
    "FACT_COLUMNS",
    "FACT_FIELD_COLUMN",
    "FACT_ID_BLOCK",
    "INSERT_BATCH",
    "MAX_NUMBER",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "SEED_SOURCE",
    "TABLES",
    "TEXT_FIELD_MAX",
    "ArticleDetail",
    "ArticleSummary",
    "AuditEntry",
    "BrokenExtractionError",
    "BuildReport",
    "DateValue",
    "EditableField",
    "FactEdit",
    "FieldChange",
    "IngestReport",
    "NumberValue",
    "PlaceName",
    "Progress",
    "RefusedFile",
    "ReplayMiss",
    "SkippedArticle",
    "SkippedFile",
    "StoredArticle",
    "UndoConflictError",
    "article_from_row",
    "audit_log",
    "backup",
    "build",
    "db_file",
    "dump",
    "entry_from_row",
    "export",
    "fact_from_row",
    "fact_row",
    "get_article",
    "get_fact",
    "ingest",
    "ingest_files",
    "ingest_text",
    "list_articles",
    "list_facts",
    "load_facts",
    "load_gazetteer",
    "meta_of_page",
    "migrate",
    "open_db",
    "place_from_row",
    "record",
    "remove_article",
    "remove_fact",
    "schema_version",
    "undo_last",
    "update_fact",
]
