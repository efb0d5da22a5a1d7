"""The knowledge base out of the store: a JSON export and consistent backup copies of the file."""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from knowledge.audit import now, read_log
from knowledge.errors import InvalidInput, KnowledgeError
from knowledge.store.database import db_file
from knowledge.store.rows import article_from_row, load_facts, place_from_row
from knowledge.store.schema import schema_version


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
            place_from_row(row)._asdict() for row in sorted(used.values(), key=lambda r: r["id"])
        ],
        "audit": [entry.model_dump(mode="json") for entry in reversed(read_log(db, None))],
    }


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
