"""Indonesian dates as the articles write them."""

import datetime as dt

import pytest

from knowledge.dates import find_dates, format_date, format_mention

D = dt.date


@pytest.mark.parametrize(
    ("text", "reference", "years", "value", "precision"),
    [
        ("Kota Samarinda Rabu 1 Juni 2016 sore.", None, [], D(2016, 6, 1), "day"),
        ("Minggu (29/10/17). (Foto Antara", None, [], D(2017, 10, 29), "day"),
        ("kata Khofifah di Jakarta, Senin (22/2/2016).", None, [], D(2016, 2, 22), "day"),
        ("sebutnya saat disua, Kamis (1/12/2016).", None, [], D(2016, 12, 1), "day"),
        # The year comes from the article, the weekday picks it: 18 May 2018 was a Friday.
        ("Kabupaten Nunukan, Jumat (18/5) lalu.", None, [2018, 2019], D(2018, 5, 18), "day"),
        # 8 May was a Monday in 2023 and in 1995 too: the article's own year wins.
        ("usai rapat, Senin (8/5).", D(2023, 5, 10), [1995, 2023], D(2023, 5, 8), "day"),
        ("paling lambat akhir November 2017.", None, [], D(2017, 11, 30), "month"),
        ("pada minggu ke empat November 2017.", None, [], D(2017, 11, 22), "week"),
        ("akan ditutup akhir November nanti", D(2017, 10, 29), [], D(2017, 11, 30), "month"),
        ("dua bulan kedepan (Juli).", D(2018, 5, 18), [], D(2018, 7, 1), "month"),
        ("tahun 2019 Indonesia bebas lokalisasi", None, [], D(2019, 1, 1), "year"),
        ("menargetkan pada tahun ini, seluruh", D(2018, 5, 18), [], D(2018, 1, 1), "year"),
        ("menurut Mensos pada Februari 2016?", None, [], D(2016, 2, 1), "month"),
    ],
)
def test_find_dates(
    text: str, reference: dt.date | None, years: list[int], value: dt.date, precision: str
) -> None:
    (mention,) = find_dates(text, reference, years)
    assert (mention.value, mention.precision) == (value, precision)


def test_a_bare_fraction_is_not_a_date() -> None:
    assert find_dates("separuh atau 1/2 dari jumlah") == []


def test_writing_dates_back() -> None:
    assert format_date(D(2016, 6, 1)) == "1 Juni 2016"
    assert format_mention(D(2017, 11, 30), "month", "akhir") == "akhir November 2017"
    assert format_mention(D(2019, 1, 1), "year") == "tahun 2019"
