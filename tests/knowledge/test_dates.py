"""Indonesian dates as the articles write them."""

import datetime as dt

import pytest

from knowledge.dates import MONTHS, WEEKDAYS, find_dates, format_date, format_mention

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
        # A day without its year is of the article's year, to the day.
        ("akan ditutup 28 Desember mendatang.", D(2018, 12, 21), [], D(2018, 12, 28), "day"),
        ("dibongkar Senin 4 Juni lalu", D(2018, 6, 9), [2017], D(2018, 6, 4), "day"),
    ],
)
def test_find_dates(
    text: str, reference: dt.date | None, years: list[int], value: dt.date, precision: str
) -> None:
    (mention,) = find_dates(text, reference, years)
    assert (mention.value, mention.precision) == (value, precision)


def test_a_year_the_weekday_denies_is_not_guessed() -> None:
    # 2 December was a Saturday in 2017, a Monday in 1985: no year of the article's fits.
    assert find_dates("kata dia, Sabtu (2/12).", None, [1985]) == []
    assert find_dates("kata dia, Sabtu (2/12).", None, [1985, 2017])[0].value == D(2017, 12, 2)


def test_a_bare_fraction_is_not_a_date() -> None:
    assert find_dates("separuh atau 1/2 dari jumlah") == []


def test_writing_dates_back() -> None:
    assert format_date(D(2016, 6, 1)) == "1 Juni 2016"
    assert format_mention(D(2017, 11, 30), "month", "akhir") == "akhir November 2017"
    assert format_mention(D(2019, 1, 1), "year") == "tahun 2019"


# Each date pattern first looks at the letter a date of its kind can start with (dates.py): a
# spelling that starts with another letter would never be read. Every one is read here.
@pytest.mark.parametrize("spelt", sorted(MONTHS))
def test_every_spelling_of_a_month_is_read(spelt: str) -> None:
    found = find_dates(f"pada {spelt.capitalize()} 2016")
    assert [(m.precision, m.value) for m in found] == [("month", dt.date(2016, MONTHS[spelt], 1))]


@pytest.mark.parametrize("weekday", sorted(WEEKDAYS))
@pytest.mark.parametrize("written", ["{}, 22 Februari 2016", "{} (22/2/2016)"])
def test_every_weekday_is_read_with_its_date(weekday: str, written: str) -> None:
    found = find_dates("kata dia " + written.format(weekday.capitalize()))
    assert [(m.value, m.weekday) for m in found] == [(dt.date(2016, 2, 22), WEEKDAYS[weekday])]


@pytest.mark.parametrize(
    ("part", "in_month", "in_year"),
    [
        ("awal", dt.date(2016, 7, 1), dt.date(2017, 1, 1)),
        ("akhir", dt.date(2016, 7, 31), dt.date(2017, 12, 31)),
        ("pertengahan", dt.date(2016, 7, 15), dt.date(2017, 6, 30)),
    ],
)
def test_every_part_of_a_month_or_year_is_read(
    part: str, in_month: dt.date, in_year: dt.date
) -> None:
    assert [m.value for m in find_dates(f"pada {part} Juli 2016")] == [in_month]
    assert [m.value for m in find_dates(f"pada {part} tahun 2017")] == [in_year]
    assert [m.value for m in find_dates(f"sampai {part} 2017 nanti")] == [in_year]
