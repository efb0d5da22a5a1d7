"""Fixtures for the store, intake and CLI tests: real databases in tmp dirs, built for real."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from knowledge import store
from knowledge.paths import BUNDLED_ARTICLES

CONTENT_TABLES = ("articles", "sentences", "facts", "places", "aliases")
"""What the knowledge base knows; `meta` and `audit` are bookkeeping around it."""

BUNDLED = sorted(BUNDLED_ARTICLES.glob("*.txt"))


def content(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every row of the content tables, in key order."""
    return store.dump(db, CONTENT_TABLES)


def everything(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, audit and meta included."""
    return store.dump(db)


@pytest.fixture
def kb_file(tmp_path: Path, built_kb: Path) -> Path:
    """A private copy of the built knowledge base."""
    path = tmp_path / "kb" / "kb.sqlite"
    path.parent.mkdir()
    shutil.copyfile(built_kb, path)
    return path


@pytest.fixture
def built(kb_file: Path) -> Iterator[Database]:
    """An open, private copy of the built knowledge base."""
    db = store.open_db(kb_file)
    yield db
    db.close()


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Database]:
    """An empty knowledge base (schema only)."""
    db = store.open_db(tmp_path / "fresh" / "kb.sqlite")
    yield db
    db.close()


@pytest.fixture
def some_articles(tmp_path: Path) -> Path:
    """A folder with the bundled articles except the first, which tests then ingest."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in BUNDLED[1:]:
        shutil.copyfile(path, folder / path.name)
    return folder


@pytest.fixture
def partial(tmp_path: Path, some_articles: Path) -> Iterator[Database]:
    """A knowledge base built without the first bundled article."""
    db = store.open_db(tmp_path / "partial" / "kb.sqlite")
    store.build(db, some_articles, actor="test:partial")
    yield db
    db.close()
