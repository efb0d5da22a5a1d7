"""One spelling for chat and article text alike."""

import pytest

from knowledge.text import stems, terms, tidy


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Brp jmlh PSK-nya di Kotim?", ["berapa", "jumlah", "psk", "nya", "di", "kotim"]),
        (
            "bntuan kemensos utk eks psk",
            ["bntuan", "kementerian", "sosial", "untuk", "mantan", "psk"],
        ),
        ("Berapakah bantuannya?", ["berapa", "bantuan"]),
        ("pekerja seks komersial dan WTS", ["psk", "dan", "psk"]),
        ("muncikari dan mucikari", ["mucikari", "dan", "mucikari"]),
        ("wanita dan cewek", ["perempuan", "dan", "perempuan"]),
        # A word written twice with a 2 is the word twice, and no number.
        ("emak2 sita minuman keras", ["ibu", "ibu", "sita", "miras"]),
        ("gara2 razia", ["karena", "razia"]),
        ("jam2 malam dan rp2 juta", ["jam", "2", "malam", "dan", "rp", "2", "juta"]),
        ("berunjuk rasa", ["demo"]),
        ("ditangkap atau dibekuk", ["diamankan", "atau", "diamankan"]),
        ("kades kyk gitu", ["kepala", "desa", "seperti", "gitu"]),
        ("lokasisasi ditutupnya", ["lokalisasi", "tutup"]),
        ("kupu-kupu malam", ["psk"]),
        ("Rp1,8 juta dan 1.315 orang", ["rp", "1,8", "juta", "dan", "1.315", "orang"]),
        ("kpn thn brp", ["kapan", "tahun", "berapa"]),
        # A code is no chat word ("sp" is "siapa"); a name and its number are two words.
        ("SP1 dilayangkan", ["sp1", "dilayangkan"]),
        ("lokalisasi km12", ["lokalisasi", "km", "12"]),
        ("yg2 rp5.050.000", ["yang", "2", "rp", "5.050.000"]),
    ],
)
def test_terms(text: str, words: list[str]) -> None:
    assert terms(text) == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a chat word with -nya is still the chat word, though the stem is no known word
        ("trs cowoknya brp", ["terus", "laki", "laki", "berapa"]),
        ("td malem nambahin brp", ["tadi", "malam", "tambah", "berapa"]),
        ("jln kenanga wkt itu", ["jalan", "kenanga", "waktu", "itu"]),
        ("perkiraan ceweknya", ["kira", "kira", "perempuan"]),
        # chat "ke-" for "ter-": the formal word's spelling in the table
        ("psk yg kejaring", ["psk", "yang", "diamankan"]),
        # "teken" is how news and chat say signing
        ("mou diteken kpn", ["mou", "ditandatangani", "kapan"]),
        # -nya stays on a word neither known nor in the table
        ("rumahnya", ["rumahnya"]),
    ],
)
def test_terms_of_chat_words(text: str, words: list[str]) -> None:
    assert terms(text, frozenset({"terus", "berapa"})) == words


def test_tidy_normalises_spaces_quotes_and_invisible_characters() -> None:
    assert tidy("\u201cA\u00a0b\u201d \u2013 c\u200b\u202e") == '"A b" - c'


@pytest.mark.parametrize(
    ("question_word", "article_word"),
    [
        ("mendampingi", "didampingi"),
        ("menutup", "ditutup"),
        ("menyampaikan", "disampaikan"),
        ("mengirim", "kiriman"),
        ("pemulangan", "dipulangkan"),
        ("disiapin", "disiapkan"),
        ("bersertifikat", "sertifikat"),
        ("modal", "permodalan"),
        ("tandatangan", "ditandatangani"),
        ("penggerebekan", "menggerebek"),
    ],
)
def test_word_forms_share_a_root(question_word: str, article_word: str) -> None:
    assert stems(question_word) & stems(article_word)


@pytest.mark.parametrize(("word", "other"), [("bantuan", "bandung"), ("tutup", "tetap")])
def test_unrelated_words_share_no_root(word: str, other: str) -> None:
    assert not stems(word) & stems(other)
