"""Which facts an admin corrected, and what their article said before: so that an answer from
a corrected fact can say so under a quote that still shows the original figure.

Read from the audit log (every standing `update_fact`), matched to the facts table by content,
since a rebuild re-extracts the facts (with new ids) and replays the corrections onto them.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

SHOWN_FIELD = {
    "number": "number_text",
    "when_date": "when_text",
    "place_id": "place_text",
}
"""For a corrected column, the column that holds the value as the article wrote it."""
SAME_SENTENCE = ("article_id", "sentence_id", "kind", "quote")


def _original(before: dict[str, Any], column: str) -> str | None:
    value = before.get(SHOWN_FIELD.get(column, column)) or before.get(column)
    return None if value in (None, "") else str(value)


def correction_notes(connection: sqlite3.Connection) -> dict[int, str]:
    """Fact id -> "dikoreksi admin; artikel menyebut 87", for every fact an admin corrected."""
    tables = {row[0] for row in connection.execute("select name from sqlite_master")}
    if "audit" not in tables or "facts" not in tables:
        return {}
    originals: dict[int, dict[str, str | None]] = {}
    rows = connection.execute(
        "select before, after from audit where action = 'update_fact' and undone_by is null "
        "order by id"
    ).fetchall()
    for before_json, after_json in rows:
        before = json.loads(before_json)["facts"][0]
        after = json.loads(after_json)["facts"][0]
        changed = [
            column
            for column in after
            if column not in ("id", *SHOWN_FIELD.values(), "approximate")
            and before.get(column) != after.get(column)
        ]
        if not changed:
            continue
        where = " and ".join(f"{column} is ?" for column in SAME_SENTENCE)
        candidates = connection.execute(
            f"select * from facts where {where}", [after[c] for c in SAME_SENTENCE]
        )
        names = [d[0] for d in candidates.description]
        for values in candidates.fetchall():
            current = dict(zip(names, values, strict=True))
            if any(current.get(column) != after.get(column) for column in changed):
                continue
            fields = originals.setdefault(current["id"], {})
            for column in changed:
                # The oldest correction's "before" is what the article itself says.
                fields.setdefault(column, _original(before, column))
    notes = {}
    for fact_id, fields in originals.items():
        said = [value for value in fields.values() if value is not None]
        notes[fact_id] = (
            f"dikoreksi admin; artikel menyebut {', '.join(said)}"
            if said
            else "dikoreksi admin; artikel tidak menyebutnya"
        )
    return notes
