"""Indonesian numbers and money, in every form the articles write them."""

import pytest

from knowledge.numbers import (
    find_amounts,
    format_number,
    format_rupiah,
    int_to_words,
    parse_number,
    quantities,
    with_figures,
    words_to_int,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("sebanyak 1.315 PSK", 1315),
        ("total 36 ribu PSK", 36_000),
        ("mencapai 21 ribu orang", 21_000),
        ("bantuan sebesar Rp5.050.000 dari", 5_050_000),
        ("bantuan Rp250 ribu", 250_000),
        ("jatah hidup Rp1,8 juta", 1_800_000),
        ("moda usaha Rp3 juta", 3_000_000),
        ("kurang lebih Rp 5 juta", 5_000_000),
        ("UEP Rp 3 juta per orang", 3_000_000),
        ("sedikitnya ada tiga tempat lokalisasi", 3),
        ("Dua diantaranya", 2),
        ("satu tempat", 1),
        ("Total 127 orang.", 127),
        ("Rp. 1.000.000,00", 1_000_000),
        ("Rp2.5 juta", 2_500_000),
        ("dua puluh lima orang", 25),
        ("Rp2,1 miliar", 2_100_000_000),
        # One sum written in two parts.
        ("bantuan Kemensos lima juta lima puluh ribu rupiah", 5_050_000),
        ("Rp 1 juta 500 ribu per orang", 1_500_000),
        ("Rp2 miliar 300 juta", 2_300_000_000),
    ],
)
def test_parse_number_reads_indonesian_forms(text: str, value: int) -> None:
    assert parse_number(text) == value


def test_money_keeps_its_original_text_and_marks() -> None:
    amounts = find_amounts(
        "bantuan Rp250 ribu, jatah hidup Rp1,8 juta, serta kurang lebih Rp 5 juta"
    )
    assert [(a.value, a.text, a.money, a.approximate) for a in amounts] == [
        (250_000, "Rp250 ribu", True, False),
        (1_800_000, "Rp1,8 juta", True, False),
        (5_000_000, "Rp 5 juta", True, True),
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("lima juta lima puluh ribu rupiah", [5_050_000]),
        # Not parts of one sum: apart, in the wrong order, or a count after an amount.
        ("Rp 5 juta, 50 ribu untuk transport", [5_000_000, 50_000]),
        ("Rp 50 ribu 5 juta", [50_000, 5_000_000]),
        ("Rp 5 juta 2 orang", [5_000_000, 2]),
        ("Rp 5 juta 20 juta", [5_000_000, 20_000_000]),
    ],
)
def test_a_sum_in_two_parts_is_one_amount(text: str, values: list[int]) -> None:
    assert [a.value for a in find_amounts(text)] == values


def test_a_vague_range_has_bounds_but_no_value() -> None:
    (amount,) = find_amounts("PSK Diberi Bantuan Belasan Juta")
    assert amount.value is None
    assert (amount.low, amount.high) == (11_000_000, 19_000_000)


@pytest.mark.parametrize(
    "text",
    [
        "Minggu (29/10/17)",
        "Senin (22/2/2016)",
        "Jumat (18/5)",
        # One of several is no count of them.
        "ke rumah salah satu mucikari",
    ],
)
def test_dates_and_one_of_several_are_no_numbers(text: str) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    ("words", "value"),
    [("tiga", 3), ("sebelas", 11), ("seratus", 100), ("dua puluh", 20), ("kuda", None)],
)
def test_words_to_int(words: str, value: int | None) -> None:
    assert words_to_int(words) == value


def test_formatting_uses_the_indonesian_thousands_dot() -> None:
    assert format_number(1315) == "1.315"
    assert format_rupiah(5_050_000) == "Rp5.050.000"


@pytest.mark.parametrize("value", [1, 3, 9, 10, 11, 12, 19, 20, 38, 45, 60, 99])
def test_int_to_words_reads_back(value: int) -> None:
    spelt = int_to_words(value)
    assert spelt is not None
    assert words_to_int(spelt) == value


@pytest.mark.parametrize("value", [0, 100, 2019])
def test_int_to_words_only_small_numbers(value: int) -> None:
    assert int_to_words(value) is None


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Sebanyak tiga puluh lima warga ikut.", "Sebanyak tiga puluh lima (35) warga ikut."),
        ("personelnya hanya dua puluh orang", "personelnya hanya dua puluh (20) orang"),
        (
            "bantuan lima juta lima puluh ribu rupiah",
            "bantuan lima juta lima puluh ribu (5.050.000) rupiah",
        ),
        # Each kind of word a larger figure is written with, in any case.
        ("Sebelas orang dan Seratus warga", "Sebelas (11) orang dan Seratus (100) warga"),
        ("SEPULUH wisma, seribu rupiah", "SEPULUH (10) wisma, seribu (1.000) rupiah"),
        ("tiga belas PSK", "tiga belas (13) PSK"),
        ("dua ratus orang", "dua ratus (200) orang"),
        ("Lima Ribu rupiah", "Lima Ribu (5.000) rupiah"),
        ("lima rb, enam jt", "lima rb (5.000), enam jt (6.000.000)"),
        (
            "dua Miliar dan tiga milyar",
            "dua Miliar (2.000.000.000) dan tiga milyar (3.000.000.000)",
        ),
        ("satu triliun", "satu triliun (1.000.000.000.000)"),
        ("sebanyak sembilan belas orang ‘eks’", "sebanyak sembilan belas (19) orang ‘eks’"),
        # Small figures, digits, and vague ranges are left as written.
        ("lima orang dan sembilan wisma", "lima orang dan sembilan wisma"),
        ("dibagi dalam dua kelas", "dibagi dalam dua kelas"),
        ("tercatat 52 pekerja seks", "tercatat 52 pekerja seks"),
        ("belasan juta rupiah", "belasan juta rupiah"),
    ],
)
def test_a_figure_written_in_words_gets_its_digits(text: str, shown: str) -> None:
    assert with_figures(text) == shown


# AMOUNT_RE first looks at the letter an amount can start with (numbers.py): a word that starts
# with another letter would never be read. Every way an amount can begin is read here.
@pytest.mark.parametrize(
    "approx",
    ["kurang lebih", "sedikitnya", "setidaknya", "sekitar", "hampir", "lebih dari", "kira-kira"],
)
def test_every_approximate_amount_is_read(approx: str) -> None:
    found = find_amounts(f"{approx.capitalize()} 20 orang")
    assert [(a.value, a.approximate) for a in found] == [(20, True)]


@pytest.mark.parametrize(
    "word",
    "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas seratus seribu".split(),
)
def test_every_number_word_is_read(word: str) -> None:
    assert [a.value for a in find_amounts(f"ada {word.capitalize()} orang")] == [words_to_int(word)]


@pytest.mark.parametrize(("text", "money"), [("RP 2 juta", True), ("Belasan juta", False)])
def test_money_and_ranges_are_read(text: str, money: bool) -> None:
    (found,) = find_amounts(text)
    assert found.money is money
    assert found.text == text


@pytest.mark.parametrize("text", ["90-an orang", "90an orang"])
def test_a_figure_with_an_is_about_that_many(text: str) -> None:
    (amount,) = find_amounts(text)
    assert (amount.value, amount.approximate) == (90, True)
    assert text.startswith(amount.text)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("dua lokalisasi, Bukit Mawar dan Km 19 Desa Sungai Pinang", [2]),
        ("warga RT 8 RW 3 sebanyak 87 orang", [87]),
        ("lokalisasi Gang 12 dihuni 40 PSK", [40]),
        ("Perda Nomor 3 Tahun 2016", [2016]),
        ("bantuan Rp 3 juta untuk 19 orang", [3000000, 19]),
    ],
)
def test_a_number_that_labels_a_place_is_no_quantity(text: str, values: list[int]) -> None:
    assert [a.value for a in quantities(text)] == values
