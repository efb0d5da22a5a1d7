"""Chat spellings read as the standard words they stand for."""

import pytest

from bot.colloquial import standard_forms, standard_relative, standard_word

KNOWN = frozenset(
    {
        "dekat",
        "diam",
        "habis",
        "ketahuan",
        "menunjukkan",
        "pakai",
        "menyita",
        "mengamankan",
        "menciduk",
    }
)


@pytest.mark.parametrize(
    ("chat", "standard"),
    [
        ("deket", "dekat"),  # the last syllable's "a" said as "e"
        ("diem", "diam"),
        ("abis", "habis"),  # a dropped "h"
        ("ketauan", "ketahuan"),
        ("nunjukin", "menunjukkan"),  # meN- cut to its nasal, "-in" for "-kan"
        ("ngamanin", "mengamankan"),
        ("nyita", "menyita"),
        ("nyiduk", "menciduk"),  # meN- before a "c" said "ny"
        ("pake", "pakai"),
    ],
)
def test_a_chat_spelling_is_read_as_the_known_word(chat: str, standard: str) -> None:
    assert standard_word(chat, KNOWN) == standard


@pytest.mark.parametrize(
    ("word", "known"),
    [
        ("diem", frozenset({"diam", "dihem"})),  # two readings: neither is chosen
        ("deket", frozenset({"dekat"}) - {"dekat"}),  # none known
        ("yg", frozenset({"yang"})),  # too short to read by rule
    ],
)
def test_no_reading_when_none_or_several_are_known(word: str, known: frozenset[str]) -> None:
    assert standard_word(word, known) is None


def test_a_dropped_schwa_is_put_back_for_another_form_of_a_known_word() -> None:
    # The article writes "menggerebek"; the chat word "grebek" is its root without the schwa.
    assert "gerebek" in standard_forms("grebek")
    assert standard_relative("grebek", frozenset({"gerebek"})) == "gerebek"
    assert standard_relative("grebek", frozenset({"tutup"})) is None


def test_a_chat_verb_whose_forms_share_one_root_is_read_as_it() -> None:
    # "nertibin": "menertibkan" or "menertibi", both of the root an article says ("tertibkan").
    read = standard_relative("nertibin", frozenset({"tertib"}))
    assert read is not None
    assert read.startswith("menertib")
    assert standard_relative("nertibin", frozenset({"tutup"})) is None


def test_the_word_itself_is_never_one_of_its_forms() -> None:
    assert "deket" not in standard_forms("deket")
