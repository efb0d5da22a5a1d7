"""Undo: taking back the latest change recorded in the audit log, or refusing and saying why."""

from __future__ import annotations

from sqlite_utils import Database

from knowledge.audit import AuditEntry, last_change, last_undoable, mark_undone, record
from knowledge.errors import KnowledgeError, NotFound
from knowledge.store.database import INSERT_BATCH, check_actor, query_one, write
from knowledge.store.edits import entry_of


class UndoConflictError(KnowledgeError):
    """The change to undo was overtaken by later changes and cannot be taken back safely."""


def _check_undo(db: Database, entry: AuditEntry) -> None:
    """Refuse to undo a change whose rows were changed again since (by a rebuild, say)."""
    stale = f"Perubahan #{entry.id} ({entry.action}) tidak bisa dibatalkan otomatis:"
    for art in entry.after.get("articles", []):
        current = query_one(db, "SELECT sha256 FROM articles WHERE id = ?", [art["id"]])
        if current is None or current["sha256"] != art["sha256"]:
            raise UndoConflictError(
                f"{stale} artikel {art['id']} sudah dihapus atau diganti sejak itu."
            )
    replaced = set()
    for fact in entry.after.get("facts", []):
        replaced.add(fact["id"])
        if query_one(db, "SELECT * FROM facts WHERE id = ?", [fact["id"]]) != fact:
            raise UndoConflictError(f"{stale} fakta {fact['id']} sudah berubah lagi sejak itu.")
    restored = set()
    for art in entry.before.get("articles", []):
        restored.add(art["id"])
        if query_one(db, "SELECT 1 AS x FROM articles WHERE id = ?", [art["id"]]):
            raise UndoConflictError(f"{stale} artikel {art['id']} sudah ada lagi.")
        same = query_one(db, "SELECT id FROM articles WHERE sha256 = ?", [art["sha256"]])
        if same:
            raise UndoConflictError(f"{stale} teksnya sudah ada lagi sebagai artikel {same['id']}.")
    for fact in entry.before.get("facts", []):
        if fact["id"] not in replaced and query_one(
            db, "SELECT 1 AS x FROM facts WHERE id = ?", [fact["id"]]
        ):
            raise UndoConflictError(f"{stale} nomor fakta {fact['id']} sudah dipakai lagi.")
        if fact["article_id"] not in restored and not query_one(
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
            used = query_one(
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
        if fact["place_id"] and not query_one(
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
    actor = check_actor(actor)
    with write(db):
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
    return entry_of(db, undo_id)
