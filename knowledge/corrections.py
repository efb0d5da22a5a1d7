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


def _shown(row: dict[str, Any], column: str) -> str | None:
    value = row.get(SHOWN_FIELD.get(column, column)) or row.get(column)
    return None if value in (None, "") else str(value)


def _content(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k != "id"}


def correction_notes(connection: sqlite3.Connection) -> dict[int, str]:
    """Fact id -> "dikoreksi admin; artikel menyebut 87", for every fact an admin corrected
    and that still differs from what its article says."""
    tables = {row[0] for row in connection.execute("select name from sqlite_master")}
    if "audit" not in tables or "facts" not in tables:
        return {}
    rows = connection.execute(
        "select before, after from audit where action = 'update_fact' and undone_by is null "
        "order by id"
    ).fetchall()
    # One chain per corrected fact: the row as extracted, and the row after its last correction.
    chains: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for before_json, after_json in rows:
        before = json.loads(before_json)["facts"][0]
        after = json.loads(after_json)["facts"][0]
        for number, (original, current) in enumerate(chains):
            if _content(current) == _content(before):
                chains[number] = (original, after)
                break
        else:
            chains.append((before, after))
    notes: dict[int, str] = {}
    for original, current in chains:
        changed = [
            column
            for column in current
            if column not in ("id", "approximate", *SHOWN_FIELD.values())
            and original.get(column) != current.get(column)
        ]
        if not changed:
            continue  # corrected back to what the article says
        where = " and ".join(f'"{column}" is ?' for column in SAME_SENTENCE)
        found = connection.execute(
            f"select * from facts where {where}", [current[c] for c in SAME_SENTENCE]
        )
        names = [d[0] for d in found.description]
        for values in found.fetchall():
            fact = dict(zip(names, values, strict=True))
            if _content(fact) != _content(current):
                continue
            said = [text for column in changed if (text := _shown(original, column))]
            notes[fact["id"]] = (
                f"dikoreksi admin; artikel menyebut {', '.join(said)}"
                if said
                else "dikoreksi admin; artikel tidak menyebutnya"
            )
    return notes
