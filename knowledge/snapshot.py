"""A loaded knowledge base kept on disk, so that a new process starts without rebuilding it.

Reading the store and indexing it (`read_kb`) takes 0.15-0.25 s for the bundled base, most of a
cold start of `python -m bot ask`; unpickling the indexed base takes a fifth of that. The copy
lives in the user's cache folder (`$XDG_CACHE_HOME/tanya-lokalisasi/`, by default
`~/.cache/tanya-lokalisasi/`), one file per knowledge-base file, and is used only while both
are what it was made from:

- the knowledge is the same: the newest audit row (every build, ingest, correction, removal and
  undo writes one in its transaction, see knowledge.store.database) and the number and highest
  id of articles and facts, so a file rebuilt within the same second is not mistaken for the
  old one;
- the code is the same: the size and modification time of every file of the `knowledge`
  package, whose classes the copy holds and whose rules built its indexes.

The cache folder is the user's own, as pip's and mypy's are; a copy that is missing, stale, cut
short or unreadable is ignored and made again, and a folder that cannot be written to (a
read-only container) only means every start reads the store.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from knowledge.index import KnowledgeBase, settle
from knowledge.paths import APP_NAME, PACKAGE_DIR

KEPT = 8
"""Copies the cache folder keeps (the most recently written), one per knowledge-base file."""
SUFFIX = ".kb.pickle"


def _debug(message: str, *args: object) -> None:
    """Log at debug level. `logging` is imported only when there is something to say: a start
    that has nothing to say is 5 ms sooner without it."""
    import logging

    logging.getLogger(__name__).debug(message, *args)


def cache_dir() -> Path:
    """`$XDG_CACHE_HOME/tanya-lokalisasi`, by default `~/.cache/tanya-lokalisasi`."""
    cache_home = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache_home) / APP_NAME


def _knowledge_key(path: Path) -> str:
    """What the knowledge in the file at `path` is, in a line (see the module docstring)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        newest = connection.execute(
            "SELECT id, at, action, target FROM audit ORDER BY id DESC LIMIT 1"
        ).fetchone()
        articles = connection.execute("SELECT count(*), max(seq) FROM articles").fetchone()
        facts = connection.execute("SELECT count(*), max(id) FROM facts").fetchone()
    finally:
        connection.close()
    return repr((newest, articles, facts))


def _code_key() -> str:
    """The Python version and the size and time of every file of the knowledge package."""
    stats = []
    for folder, subfolders, files in os.walk(PACKAGE_DIR):
        subfolders[:] = sorted(name for name in subfolders if name != "__pycache__")
        for name in sorted(files):
            stat = os.stat(os.path.join(folder, name))
            stats.append(
                f"{os.path.relpath(folder, PACKAGE_DIR)}/{name}:{stat.st_size}:{stat.st_mtime_ns}"
            )
    return f"{sys.version}|{pickle.HIGHEST_PROTOCOL}|" + "|".join(stats)


def _copy_file(path: Path) -> Path:
    named = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:24]
    return cache_dir() / f"{named}{SUFFIX}"


def cached_read(path: Path, read: Callable[[Path], KnowledgeBase]) -> KnowledgeBase:
    """The knowledge base in the file at `path`: the cached copy while it is current, else
    `read(path)`, whose result is then cached for the next process."""
    try:
        key = hashlib.sha256(f"{_code_key()}\n{_knowledge_key(path)}".encode()).digest()
    except (sqlite3.Error, OSError) as error:
        # Not a knowledge base this module can date (no audit table yet, say): read it plainly,
        # and let `read` report what is wrong with it.
        _debug("no cached copy for %s: %s", path, error)
        return read(path)
    copy = _copy_file(path)
    kb = _load(copy, key)
    if kb is not None:
        return settle(kb)
    kb = read(path)
    _save(copy, key, kb)
    return kb


def _load(copy: Path, key: bytes) -> KnowledgeBase | None:
    try:
        with copy.open("rb") as file:
            if file.read(len(key)) != key:
                return None
            # The copy is a hundred thousand objects and no cycle worth looking for: collections
            # run while they are made took half the time of loading it.
            collecting = gc.isenabled()
            gc.disable()
            try:
                kb = pickle.load(file)
            finally:
                if collecting:
                    gc.enable()
    except FileNotFoundError:
        return None
    except Exception as error:  # any damage to the copy means: read the store
        _debug("cached copy %s unreadable: %s", copy, error)
        return None
    return kb if isinstance(kb, KnowledgeBase) else None


def _save(copy: Path, key: bytes, kb: KnowledgeBase) -> None:
    try:
        copy.parent.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed: a process starting meanwhile sees the old copy or the new
        # one, never half of one.
        handle, aside = tempfile.mkstemp(dir=copy.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(key)
                pickle.dump(kb, file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(aside, copy)
        except BaseException:
            Path(aside).unlink(missing_ok=True)
            raise
        _prune(copy.parent)
    except OSError as error:
        _debug("knowledge base not cached in %s: %s", copy.parent, error)


def _prune(folder: Path) -> None:
    """Keep the KEPT most recently written copies: a copy is per file, and files come and go."""
    copies = sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in copies[KEPT:]:
        old.unlink(missing_ok=True)
