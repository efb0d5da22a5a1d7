"""Reading what admins type: each input to its typed edit, or to an Indonesian refusal."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from knowledge import admin_input
from knowledge.errors import InvalidInput
from knowledge.store import DateValue, FactEdit, FieldChange, NumberValue, PlaceName


@pytest.mark.parametrize(
    ("field", "typed", "value"),
    [
        ("number", "1315", NumberValue(number=1315, text="1315")),
        ("number", "1.315", NumberValue(number=1315, text="1.315")),
        ("number", "Rp7,5 juta", NumberValue(number=7_500_000, text="Rp7,5 juta")),
        ("number", "21 ribu", NumberValue(number=21_000, text="21 ribu")),
        ("number", "0", NumberValue(number=0, text="0")),
        ("number", "-", None),
        ("number", "", None),
        ("number", "  -  ", None),
        ("place", " Kota  Samarinda ", PlaceName(name="Kota Samarinda")),
        ("place", "64.72", PlaceName(name="64.72")),
        ("place", "-", None),
        ("when", "2016-06-01", DateValue(when=dt.date(2016, 6, 1), text="1 Juni 2016")),
        ("when", "1 Juni 2016", DateValue(when=dt.date(2016, 6, 1), text="1 Juni 2016")),
        (
            "when",
            "akhir November 2017",
            DateValue(when=dt.date(2017, 11, 30), text="akhir November 2017"),
        ),
        ("when", "-", None),
        ("status", "done", "done"),
        ("status", "sudah", "done"),
        ("status", "Ditutup", "done"),
        ("status", "akan", "planned"),
        ("status", "direncanakan", "planned"),
        ("status", "belum", "pending"),
        ("status", "masih buka", "pending"),
        ("label", "Kepala Dinas", "Kepala Dinas"),
        ("name", " Budi  Santoso ", "Budi Santoso"),
        ("agent", "Kementerian Sosial", "Kementerian Sosial"),
        ("detail", "x" * 1000, "x" * 1000),
        ("detail", "-", None),
    ],
)
def test_typed_input_becomes_a_typed_edit(field: str, typed: str, value: object) -> None:
    edit = admin_input.parse_fact_edit(2003, field, typed)
    assert edit == FactEdit(fact_id=2003, field=field, value=value, typed=typed)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("field", "typed", "says"),
    [
        ("quote", "lain", "Kolom 'quote' tidak bisa diubah. Kolom yang bisa diubah: number, "),
        ("id", "5", "Kolom 'id' tidak bisa diubah"),
        ("Number", "5", "Kolom 'Number' tidak bisa diubah"),
        ("number", "banyak", r"'banyak' bukan angka yang bisa dibaca \(contoh: 1315"),
        ("number", "10000000000000000", "bukan angka"),
        ("number", "-5", "'-5' ditolak: angka fakta tidak boleh negatif"),
        ("number", "−5", "tidak boleh negatif"),
        ("number", "– 5", "tidak boleh negatif"),
        ("when", "kemarin sore", "Tanggal 'kemarin sore' tidak terbaca; tulis misalnya 2016-06-01"),
        ("when", "2016-02-30", "tidak terbaca"),
        ("status", "mungkin", r"Status 'mungkin' tidak dikenal; pakai done \(sudah ditutup\)"),
        ("label", "x" * 301, r"Isi label terlalu panjang \(301; batas 300\)"),
        ("detail", "x" * 1001, r"Isi detail terlalu panjang \(1001; batas 1000\)"),
    ],
)
def test_typed_input_that_cannot_be_read_is_refused_in_indonesian(
    field: str, typed: str, says: str
) -> None:
    with pytest.raises(InvalidInput, match=says):
        admin_input.parse_fact_edit(2003, field, typed)


@pytest.mark.parametrize(
    ("kind", "fields", "expected"),
    [
        (
            "count",
            {"number": "21 ribu", "place": "Jawa Barat"},
            [
                FieldChange(
                    field="number",
                    value=NumberValue(number=21_000, text="21 ribu"),
                    typed="21 ribu",
                ),
                FieldChange(field="place", value=PlaceName(name="Jawa Barat"), typed="Jawa Barat"),
            ],
        ),
        (
            "closure",
            {"status": " akan ", "when": "2019"},
            [
                FieldChange(field="status", value="planned", typed=" akan "),
                FieldChange(
                    field="when",
                    value=DateValue(when=dt.date(2019, 1, 1), text="2019"),
                    typed="2019",
                ),
            ],
        ),
    ],
)
def test_fields_of_a_taught_fact(
    kind: str, fields: dict[str, str], expected: list[FieldChange]
) -> None:
    assert admin_input.parse_fact_fields(kind, fields) == expected


@pytest.mark.parametrize(
    ("kind", "fields", "says"),
    [
        ("gosip", {"number": "1"}, "Jenis fakta 'gosip' tidak dikenal; pilih: "),
        ("count", {}, "Sebutkan isi faktanya, misalnya place=…; kolom untuk fakta count: place"),
        ("count", {"status": "done"}, "Kolom status tidak dipakai fakta jenis count. Kolomnya: "),
        ("count", {"quote": "x"}, "Kolom quote tidak dipakai fakta jenis count"),
        ("count", {"number": "banyak sekali"}, "bukan angka"),
    ],
)
def test_fields_of_a_taught_fact_refused(kind: str, fields: dict[str, str], says: str) -> None:
    with pytest.raises(InvalidInput, match=says):
        admin_input.parse_fact_fields(kind, fields)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("number", "12"),
        ("place", NumberValue(number=1, text="1")),
        ("status", "maybe"),
        ("label", "x" * 301),
    ],
)
def test_the_store_takes_only_values_that_fit_the_field(field: str, value: object) -> None:
    with pytest.raises(ValidationError):
        FieldChange(field=field, value=value)  # type: ignore[arg-type]
