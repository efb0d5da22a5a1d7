"""What admins type, read: field names, numbers, dates, status words and places written in
Indonesian, turned into the store's typed edits (`FactEdit`, `FieldChange`), or refused with a
message in Indonesian saying how to write them.

Both shells use it — `python -m knowledge update-fact`/`add-fact` and the Telegram commands
/ubahfakta and /tambahfakta — so an admin's words mean the same in each; the store itself only
takes typed values.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Mapping

from sqlite_utils import Database

from knowledge import teach
from knowledge.dates import find_dates, format_date
from knowledge.errors import InvalidInput
from knowledge.numbers import parse_number
from knowledge.store.edits import (
    EDITABLE_FIELDS,
    MAX_NUMBER,
    TEXT_FIELD_MAX,
    DateValue,
    EditableField,
    FactEdit,
    FieldChange,
    FieldValue,
    NumberValue,
    PlaceName,
    check_field,
)
from knowledge.store.reads import get_fact
from knowledge.text import tidy

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
"""A closure's status as admins write it -> the stored status."""
NEGATIVE_SIGNS = ("-", "−", "–")
"""A leading minus (ASCII, Unicode minus, en dash): no count, amount or year is below zero, and
the number reader would otherwise drop the sign and store 5 for -5."""


def parse_field(name: str) -> EditableField:
    """The store's field named `name` ("number", "place" …), or InvalidInput listing them."""
    if name not in EDITABLE_FIELDS:
        raise InvalidInput(
            f"Kolom {name!r} tidak bisa diubah. Kolom yang bisa diubah: "
            f"{', '.join(EDITABLE_FIELDS)}."
        )
    return name  # type: ignore[return-value]


def parse_number_value(raw: str) -> NumberValue:
    """'1.315', 'Rp5 juta', '21 ribu' -> the number, keeping the words; negatives refused."""
    if raw[:1] in NEGATIVE_SIGNS:
        raise InvalidInput(
            f"{raw!r} ditolak: angka fakta tidak boleh negatif (jumlah orang, lokalisasi, "
            "rupiah atau tahun). Tulis angkanya tanpa tanda minus, misalnya 5."
        )
    number = int(raw) if raw.isdigit() else parse_number(raw)
    if number is None or not 0 <= number < MAX_NUMBER:
        raise InvalidInput(f"{raw!r} bukan angka yang bisa dibaca (contoh: 1315, 1.315, Rp5 juta).")
    return NumberValue(number=number, text=raw)


def parse_date_value(raw: str) -> DateValue:
    """'2016-06-01', '1/6/2016', '1 Juni 2016', 'akhir November 2017' -> the date and its words."""
    with contextlib.suppress(ValueError):
        value = dt.date.fromisoformat(raw)
        return DateValue(when=value, text=format_date(value))
    mentions = find_dates(raw)
    if len(mentions) == 1 and mentions[0].text.strip("() ") == raw.strip("() "):
        return DateValue(when=mentions[0].value, text=raw)
    raise InvalidInput(
        f"Tanggal {raw!r} tidak terbaca; tulis misalnya 2016-06-01, 1/6/2016, 1 Juni 2016 "
        "atau akhir November 2017."
    )


def parse_status(raw: str) -> str:
    """'sudah', 'ditutup', 'akan', 'belum', 'done' … -> done, planned or pending."""
    status = STATUS_WORDS.get(raw.lower())
    if status is None:
        raise InvalidInput(
            f"Status {raw!r} tidak dikenal; pakai done (sudah ditutup), planned (akan "
            "ditutup) atau pending (belum ditutup)."
        )
    return status


def parse_value(field: EditableField, typed: str) -> FieldValue | None:
    """The typed value of `field` an admin wrote as `typed`; None for "-" or nothing (empty it)."""
    raw = tidy(typed).strip()
    if raw in CLEAR_VALUES:
        return None
    if field == "number":
        return parse_number_value(raw)
    if field == "place":
        return PlaceName(name=raw)
    if field == "when":
        return parse_date_value(raw)
    if field == "status":
        return parse_status(raw)
    limit = TEXT_FIELD_MAX[field]
    if len(raw) > limit:
        raise InvalidInput(f"Isi {field} terlalu panjang ({len(raw)}; batas {limit}).")
    return raw


def parse_change(field: EditableField, typed: str) -> FieldChange:
    """`field`=`typed` as a FieldChange."""
    return FieldChange(field=field, value=parse_value(field, typed), typed=typed)


def parse_fact_edit(fact_id: int, field: str, value: str) -> FactEdit:
    """An admin's correction of fact `fact_id` ("number", "1.351") as a FactEdit."""
    name = parse_field(field)
    return FactEdit(fact_id=fact_id, field=name, value=parse_value(name, value), typed=value)


def read_fact_edit(db: Database, fact_id: int, field: str, value: str) -> FactEdit:
    """Like `parse_fact_edit`, with the stored fact's refusals in the order an admin fixes them:
    the field's name, then whether the fact exists and its kind has that field, then the value."""
    name = parse_field(field)
    check_field(get_fact(db, fact_id).kind, name)
    return FactEdit(fact_id=fact_id, field=name, value=parse_value(name, value), typed=value)


def parse_fact_fields(kind: str, fields: Mapping[str, str]) -> list[FieldChange]:
    """The fields of a fact an admin teaches ({'number': '1.315', 'place': 'Kota Bandung'}),
    checked against the kind's fields (knowledge.teach.check_fields) and parsed."""
    teach.check_fields(kind, fields)
    return [parse_change(field, value) for field, value in fields.items()]  # type: ignore[arg-type]
