"""Property tests: no article, however shaped, crashes extraction or ingest.

Real news comes in shapes nobody here has read. Articles are generated from sentence templates
with real region names from the gazetteer, numbers, money and dates in the written forms
knowledge.numbers and knowledge.dates read, datelines and furniture lines of many outlets,
paragraphs shuffled, lines split and joined, and random Unicode noise; the bundled and fixture
articles are mutated (sentences dropped, duplicated, reordered, lines hard-wrapped at 60
columns). For all of them:

- cleaning and extraction never raise (NoFacts, a clean refusal, is the only way out), and the
  test suite's strict mode (tests/conftest.py) turns an error inside any rule into a failure;
- every fact's quote is the text of the sentence it cites, and that text is in the article
  (in its tidied form: the store keeps the raw text and the cleaned sentences);
- every fact's place is in the gazetteer or among the places the article itself introduced;
- ingest then remove leaves the articles, sentences and facts exactly as they were (and the
  places and names as they were, but for those the article introduced or refined, which a
  removal keeps by design); ingest then undo leaves everything exactly as it was.

Runs are bounded (tests/conftest.py, profile "default"); HYPOTHESIS_PROFILE=nightly runs many
more examples.
"""

from __future__ import annotations

import itertools
import re
import shutil
import textwrap
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from knowledge import store
from knowledge.errors import KnowledgeError, NoFacts
from knowledge.models import ParsedArticle
from knowledge.paths import BUNDLED_ARTICLES
from knowledge.pipeline import parse_article
from knowledge.places import Gazetteer
from knowledge.sentences import split_sentences
from knowledge.text import tidy
from tests.knowledge.conftest import CONTENT_TABLES

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PALANGKA = FIXTURES / "ingest" / "palangka.txt"
"""A regional article ("Kota, 3/9/19 (Outlet).") whose ingest once ended in a traceback."""
REAL_ARTICLES = [
    *sorted(BUNDLED_ARTICLES.glob("*.txt")),
    *sorted(FIXTURES.glob("**/articles/*.txt")),
    PALANGKA,
]
WRAP_COLUMNS = 60


def bounded(examples: int, nightly: int) -> Callable[[Any], Any]:
    """`examples` per test in the default profile, `nightly` in the nightly one."""
    profile = settings.get_current_profile_name()
    if profile in ("default", "nightly"):
        return settings(max_examples=examples if profile == "default" else nightly)
    return settings()


@cache
def seeded() -> Gazetteer:
    """The official regions and curated names (built once; tests use copies)."""
    return Gazetteer.seeded()


@cache
def region_names() -> list[str]:
    """Names of real regions as an article writes them, in a fixed order."""
    gazetteer = seeded()
    names = sorted(
        p.name for p in gazetteer.places.values() if p.level in ("provinsi", "kabupaten", "kota")
    )
    # A sample of districts, and the short names people use ("Kaltim", "Kotim", "Sampit").
    districts = sorted(p.name for p in gazetteer.places.values() if p.level == "kecamatan")
    short = sorted(
        name.title()
        for name, aliases in gazetteer.aliases.items()
        if len(name) <= 8 and " " not in name and aliases
    )
    return names + districts[::40] + short


# -------------------------------------------------------------------------- the pieces

DIGITS = "0123456789"
WORD_NUMBERS = [
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "sepuluh",
    "sebelas",
    "dua belas",
    "dua puluh lima",
    "seratus",
    "seribu",
    "belasan",
    "puluhan",
    "ratusan",
]
APPROX = ["", "sekitar ", "sedikitnya ", "kurang lebih ", "hampir ", "lebih dari ", "kira-kira "]
MONTHS = [
    "Januari",
    "Februari",
    "Pebruari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "Agt",
    "September",
    "Sept",
    "Oktober",
    "November",
    "Nopember",
    "Des",
    "Desember",
]
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Sabtu", "Minggu"]
SITES = ["Km 12", "Bayur", "Dolly", "Kembang Sari", "Sumber Rejeki", "Bukit Kemuning", "Gang Sawo"]
ORGS = [
    "Pemkab",
    "Pemkot",
    "Pemprov",
    "Pemerintah Kabupaten",
    "Pemerintah Provinsi",
    "Kementerian Sosial (Kemensos)",
    "Dinas Sosial",
    "Dinsos",
    "Kemensos",
    "Satpol PP",
]
PEOPLE = [
    "Drs. H. Ahmad Yani, M.Si",
    "Khofifah Indar Parawansa",
    "Budi",
    "Hj. Siti Aminah SH",
    "Armin Mustafa",
]

digits = st.integers(0, 2_000_000)


@st.composite
def numbers(draw: st.DrawFn) -> str:
    """A count as news writes it: 40, 1.315, tiga, dua puluh lima, sekitar 36 ribu, belasan."""
    value = draw(digits)
    form = draw(
        st.sampled_from(
            [
                str(value % 1000),
                f"{value:,}".replace(",", "."),
                draw(st.sampled_from(WORD_NUMBERS)),
                f"{value % 100} ribu",
                f"{value % 10},{value % 7} juta",
                f"{value % 100}.{value % 10}",
            ]
        )
    )
    return draw(st.sampled_from(APPROX)) + form


@st.composite
def money(draw: st.DrawFn) -> str:
    """Rupiah as written: Rp5.050.000, Rp 1,8 juta, Rp250 ribu, Rp3 jt, 750 ribu rupiah."""
    value = draw(digits)
    grouped = f"{value * 10:,}".replace(",", ".")
    return draw(
        st.sampled_from(
            [
                f"Rp{grouped}",
                f"Rp {grouped}",
                f"Rp.{grouped},-",
                f"Rp{value % 10},{value % 9} juta",
                f"Rp{value % 1000} ribu",
                f"Rp {value % 100} jt",
                f"{value % 1000} ribu rupiah",
                f"Rp{value % 50} miliar",
                "belasan juta rupiah",
            ]
        )
    )


@st.composite
def dates(draw: st.DrawFn) -> str:
    """Dates as knowledge.dates reads them, impossible days (31/2) included."""
    day, month = draw(st.integers(1, 31)), draw(st.integers(1, 12))
    year = draw(st.integers(1998, 2030))
    name = draw(st.sampled_from(MONTHS))
    weekday = draw(st.sampled_from(WEEKDAYS))
    return draw(
        st.sampled_from(
            [
                f"{weekday} {day} {name} {year}",
                f"{weekday}, {day} {name} {year}",
                f"{weekday} ({day}/{month}/{year})",
                f"({day}/{month}/{year % 100:02d})",
                f"{weekday} ({day}/{month})",
                f"{day}-{month:02d}-{year}",
                f"akhir {name} {year}",
                f"awal {name}",
                f"pertengahan {name} {year}",
                f"minggu ke empat {name} {year}",
                f"minggu ke-{day % 5 + 1} {name}",
                f"{name} {year}",
                f"bulan {name}",
                f"tahun {year}",
                f"akhir tahun {year}",
                f"pada {year}",
                "tahun ini",
                "tahun depan",
                "tahun lalu",
            ]
        )
    )


years = st.integers(1998, 2030).map(str)

TEMPLATES = [
    "{org} resmi menutup {n} lokalisasi di {place} pada {date}.",
    "Lokalisasi {site} di {place} ditutup {date}.",
    "Sebanyak {n} PSK di lokalisasi {site} menerima bantuan {money} dari {org} {place}.",
    "{place} menargetkan bebas lokalisasi pada {year}.",
    "Kota {place} diharapkan bebas lokalisasi pada akhir {year}.",
    "Kepala Dinas Sosial mengatakan jumlah pekerja seks di lokalisasi {site} sebanyak {n} orang.",
    "Dikatakan, paling lambat akhir tahun {year} semua lokalisasi di daerahnya sudah dibubarkan.",
    "Sebab target pemerintah mengamanatkan akhir tahun {year} lokalisasi sudah harus dibubarkan "
    "sehingga tahun {year} tidak ada lagi lokalisasi yang beroperasi.",
    "Kepala Dinas Sosial {place}, {person}, mengatakan penutupan ditunda hingga {date}.",
    "Dia menjelaskan, kini di Indonesia masih ada {n} titik lokalisasi lagi dengan total {n} PSK "
    "yang siap ditutup.",
    '"Dari {n} lokalisasi itu, sebanyak {n} PSK bekerja di dalamnya," kata {person}.',
    "Setiap eks PSK mendapat bantuan usaha ekonomi produktif {money}, jatah hidup {money}, dan "
    "biaya transportasi {money}.",
    "Bantuan itu terdiri dari UEP {money}, jadup {money} dan transportasi {money}.",
    "Lokalisasi ini merupakan yang terbesar di {place}.",
    "Sementara itu, {n} wisma di kawasan {site} ({place}) masih beroperasi.",
    "Dua diantaranya di {place}, satu tempat di {place}.",
    "Total {n} orang sudah dipulangkan ke daerah asal masing-masing.",
    "Tinggal {place} saja yang belum menutup lokalisasi.",
    "Alasannya, di lokalisasi itu ada eksploitasi dan perdagangan orang.",
    "Anggaran yang bersumber dari APBD {place} sebesar {money}.",
    "Menteri Sosial {person} menargetkan Indonesia bebas lokalisasi tahun {year}.",
    "{org} {place} sudah mendeklarasikan diri bebas lokalisasi sejak {year}.",
    "Lokalisasi {site} di Kelurahan {site}, Kecamatan {place}, dihuni {n} orang.",
    "Ketiga lokalisasi itu yakni {site} di {place} ({n} orang), {site} dan {site}.",
    "Dengan ditutupnya {site} masih tersisa {n} lokalisasi di {place}.",
    "Bupati {place} ({site}) {person} akan menutup lokalisasi {site} {date}.",
    "Penutupan lokalisasi yang semula dijadwalkan {date} batal terlaksana dan ditunda hingga "
    "{date}.",
    "{org} memberikan {money} per kepala keluarga kepada {n} warga.",
    "Masing-masing satu di {place} dan {place}.",
    "Mereka diberi pelatihan keterampilan dan modal usaha.",
    "Ini merupakan tindak lanjut dari program Indonesia bebas prostitusi {year}.",
]
TITLES = [
    "{place} Siap Bebas Lokalisasi",
    "Alhamdulillah, {n} Lokalisasi di {place} Resmi Ditutup",
    "Lokalisasi {site} Ditutup {date}",
    "Pemkab {place} Beri Bantuan {money} untuk Eks PSK",
    "Penutupan Lokalisasi di {place} Ditunda",
]
DATELINES = [
    "{PLACE} - ",
    "{PLACE}, KOMPAS.com - ",
    "{Place} (ANTARA) - ",
    "{Place}, {d}/{m}/{yy} (Kabar Kalteng). ",
    "{Place} -- ",
    "TRIBUNKALTIM.CO, {PLACE} - ",
    "{Place}, Kalteng - ",
    "Liputan6.com, {Place}: ",
    "{Place}, {date} - ",
    "",
]
FURNITURE = [
    "A",
    "• News • Kesra",
    "Home » Berita » Daerah",
    "id PSK, seks, lokalisasi, {place}",
    "Baca: Polisi Tangkap Pencuri Motor di {place}",
    "Baca Juga: {title}",
    "Penulis: Budi Santoso",
    "Editor: Ani",
    "Sumber: Antara",
    "Reporter: {person}",
    "KOMENTAR",
    "BERITA TERKINI",
    "© 2019 Tribunnews.com",
    "(nag)",
    "Foto: Ilustrasi lokalisasi (Istimewa)",
    "Bagikan:",
    "Tags: lokalisasi, {place}",
    "Artikel ini telah tayang di Kompas.com dengan judul {title}",
    "detikNews",
    "{date} 10:15 WIB",
    "kaltim.tribunnews.com",
    "ADVERTISEMENT",
]
NOISE = st.text(
    alphabet=st.characters(
        codec="utf-8", exclude_categories=("Cs",), include_characters="\u00a0\u200b“”‘’–—…"
    ),
    min_size=1,
    max_size=4,
)


@st.composite
def filled(draw: st.DrawFn, template: str) -> str:
    """A template with every slot drawn afresh."""
    slots: dict[str, st.SearchStrategy[str]] = {
        "place": st.sampled_from(region_names()),
        "site": st.sampled_from(SITES),
        "org": st.sampled_from(ORGS),
        "person": st.sampled_from(PEOPLE),
        "n": numbers(),
        "money": money(),
        "date": dates(),
        "year": years,
    }
    return re.sub(r"\{(\w+)\}", lambda m: draw(slots[m.group(1)]), template)


@st.composite
def generated_articles(draw: st.DrawFn) -> str:
    """A whole article: furniture, title, dateline, paragraphs (shuffled), more furniture, noise,
    lines split and joined, sometimes the story twice."""
    title = draw(filled(draw(st.sampled_from(TITLES))))
    paragraphs = [
        " ".join(
            draw(filled(template))
            for template in draw(st.lists(st.sampled_from(TEMPLATES), min_size=1, max_size=3))
        )
        for _ in range(draw(st.integers(1, 6)))
    ]
    paragraphs = draw(st.permutations(paragraphs))
    place = draw(st.sampled_from(region_names()))
    dateline = draw(st.sampled_from(DATELINES)).format(
        PLACE=place.upper(),
        Place=place,
        d=draw(st.integers(1, 31)),
        m=draw(st.integers(1, 12)),
        yy=draw(st.integers(0, 99)),
        date=draw(dates()),
    )
    paragraphs[0] = dateline + paragraphs[0]

    def furniture() -> list[str]:
        lines = draw(st.lists(st.sampled_from(FURNITURE), max_size=4))
        return [
            line.format(place=place, title=title, person=PEOPLE[0], date=draw(dates()))
            for line in lines
        ]

    lines = [*furniture(), title, *furniture(), *paragraphs, *furniture()]
    if draw(st.booleans()):
        lines += paragraphs  # the whole story twice, as pasted pages often have it
    for _ in range(draw(st.integers(0, 3))):  # a line split at a space, or two lines joined
        index = draw(st.integers(0, len(lines) - 1))
        line = lines[index]
        spaces = [m.start() for m in re.finditer(" ", line)]
        if draw(st.booleans()) and spaces:
            cut = draw(st.sampled_from(spaces))
            lines[index : index + 1] = [line[:cut], line[cut + 1 :]]
        elif index + 1 < len(lines):
            lines[index : index + 2] = [lines[index] + " " + lines[index + 1]]
    text = draw(st.sampled_from(["\n", "\n\n", "\r\n"])).join(lines)
    for _ in range(draw(st.integers(0, 3))):  # random Unicode noise anywhere
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(NOISE) + text[at:]
    return text


# ------------------------------------------------------------------------ the properties


def parse_or_refuse(raw: str, article_id: str = "properti") -> tuple[ParsedArticle | None, Any]:
    """Parse `raw` against a copy of the seeded gazetteer; None when it holds no fact."""
    gazetteer = seeded().copy()
    try:
        return parse_article(raw, article_id, gazetteer), gazetteer
    except NoFacts:
        return None, gazetteer


def _flat(text: str) -> str:
    """Text as one line of single spaces, a word broken at a line's end ("masing-\nmasing")
    joined again as cleaning joins it, hyphens aside."""
    joined = re.sub(r"(?<=\w-)[ \t]*\n\s*(?=\w)", "", tidy(text))
    # Cleaning keeps the hyphen of "masing-masing" but not of a wrapped link's words.
    return " ".join(joined.replace("-", "").split())


def check_facts(raw: str, parsed: ParsedArticle) -> None:
    """Quotes are the cited sentences and in the article; places exist."""
    sentences = {s.id: s.text for s in parsed.sentences}
    assert len(sentences) == len(parsed.sentences)
    article_text = _flat(raw)
    known = seeded().places.keys() | {p.id for p in parsed.places}
    for fact in parsed.facts:
        assert fact.article_id == parsed.article.id
        assert fact.quote == sentences[fact.sentence_id], fact
        assert _flat(fact.quote) in article_text, fact
        assert fact.place_id is None or fact.place_id in known, fact
    for place in parsed.places:
        assert place.parent_id is None or place.parent_id in known, place
    for alias in parsed.aliases:
        assert alias.place_id in known, alias
    assert parsed.unread_sentences == []  # strict mode: a rule's error has already failed


@bounded(40, nightly=2000)
@given(generated_articles())
def test_generated_articles_never_crash_extraction(raw: str) -> None:
    parsed, _ = parse_or_refuse(raw)
    if parsed is not None:
        check_facts(raw, parsed)


def test_the_regional_layout_that_once_crashed() -> None:
    """The dateline "Kota, 3/9/19 (Outlet)." and a closure clause after a sentence without
    places (issue: a clause looked itself up among the sentences and was not found)."""
    raw = PALANGKA.read_text(encoding="utf-8")
    parsed, _ = parse_or_refuse(raw, "palangka")
    assert parsed is not None
    check_facts(raw, parsed)
    facts = {(f.kind, f.number, f.unit) for f in parsed.facts}
    assert ("count", 40, "pekerja seks") in facts
    assert ("target", 2019, "tahun") in facts
    # "akhir tahun 2019 lokalisasi sudah harus dibubarkan": a year, not 2019 lokalisasi.
    assert not [f for f in parsed.facts if f.kind == "closure" and f.number == 2019]


# ------------------------------------------------------------ real articles, mutated


def _sentences(raw: str) -> list[str]:
    return [s for line in raw.splitlines() for s in (split_sentences(line) or [line])]


@st.composite
def mutated(draw: st.DrawFn, raw: str) -> str:
    """`raw` with sentences dropped, duplicated and reordered, lines hard-wrapped at 60."""
    lines = raw.splitlines()
    head, body = lines[:1], _sentences("\n".join(lines[1:]))
    if body:
        for _ in range(draw(st.integers(0, 4))):
            operation = draw(st.sampled_from(["drop", "duplicate", "move", "swap"]))
            index = draw(st.integers(0, len(body) - 1))
            if operation == "drop" and len(body) > 1:
                del body[index]
            elif operation == "duplicate":
                body.insert(draw(st.integers(0, len(body))), body[index])
            elif operation == "move":
                body.insert(draw(st.integers(0, len(body) - 1)), body.pop(index))
            else:
                other = draw(st.integers(0, len(body) - 1))
                body[index], body[other] = body[other], body[index]
    # Sentences back into paragraphs of a few sentences each.
    paragraphs: list[str] = []
    while body:
        size = draw(st.integers(1, 4))
        paragraphs.append(" ".join(body[:size]))
        body = body[size:]
    lines = head + paragraphs
    if draw(st.booleans()):
        lines = [
            wrapped
            for line in lines
            for wrapped in (textwrap.wrap(line, WRAP_COLUMNS, break_long_words=False) or [""])
        ]
    return "\n".join(lines)


@pytest.mark.parametrize("path", REAL_ARTICLES, ids=lambda p: p.stem)
@bounded(5, nightly=150)
@given(data=st.data())
def test_real_articles_mutated_never_crash_extraction(path: Path, data: st.DataObject) -> None:
    raw = data.draw(mutated(path.read_text(encoding="utf-8")), label="mutated article")
    parsed, _ = parse_or_refuse(raw, path.stem)
    if parsed is not None:
        check_facts(raw, parsed)


@pytest.mark.parametrize("path", REAL_ARTICLES, ids=lambda p: p.stem)
def test_real_articles_hard_wrapped_keep_their_facts(path: Path) -> None:
    """Wrapping at 60 columns is layout, not content: some facts must survive it."""
    raw = path.read_text(encoding="utf-8")
    lines = raw.splitlines()
    wrapped = "\n".join(
        lines[:1] + [w for line in lines[1:] for w in (textwrap.wrap(line, WRAP_COLUMNS) or [""])]
    )
    parsed, _ = parse_or_refuse(wrapped, path.stem)
    assert parsed is not None
    check_facts(wrapped, parsed)


# -------------------------------------------------------------------- the whole ingest


@pytest.fixture(scope="module")
def kb(built_kb: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One private copy of the built knowledge base for this module's ingests."""
    path = tmp_path_factory.mktemp("properties") / "kb.sqlite"
    shutil.copyfile(built_kb, path)
    db = store.open_db(path)
    yield db
    db.close()


_IDS = itertools.count(1)


def _without(rows: list[dict[str, Any]], source: str) -> list[dict[str, Any]]:
    return [row for row in rows if row.get("source") != source]


@bounded(12, nightly=300)
@given(raw=generated_articles(), undo=st.booleans())
def test_ingest_then_remove_or_undo_leaves_the_store_as_it_was(
    kb: Database, raw: str, undo: bool
) -> None:
    # Each example its own id: what an earlier removal kept must not pass for this one's.
    article_id = f"properti-{next(_IDS)}"
    before = store.dump(kb, CONTENT_TABLES)
    try:
        report = store.ingest_text(kb, raw, article_id, actor="test:properti")
    except store.BrokenExtractionError:
        raise
    except KnowledgeError:
        assert store.dump(kb, CONTENT_TABLES) == before  # refused: nothing changed
        return
    [added] = report.articles
    stored = store.get_article(kb, article_id)
    assert len(stored.facts) == added.facts > 0
    check_stored(raw, stored)
    if undo:
        store.undo_last(kb, actor="test:properti")
        assert store.dump(kb, CONTENT_TABLES) == before
        return
    store.remove_article(kb, article_id, actor="test:properti")
    after = store.dump(kb, CONTENT_TABLES)
    for table in ("articles", "sentences", "facts"):
        assert after[table] == before[table]
    # A removal keeps the places and names the article introduced (see remove_article), and
    # where it placed a known lokalisasi more precisely; nothing else moves.
    assert _without(after["aliases"], article_id) == before["aliases"]
    kept = {row["id"]: row for row in _without(after["places"], article_id)}
    assert kept.keys() == {row["id"] for row in before["places"]}
    for row in before["places"]:
        if kept[row["id"]] != row:
            assert row["level"] == "lokalisasi"
            assert {**kept[row["id"]], "parent_id": row["parent_id"]} == row


def check_stored(raw: str, stored: store.ArticleDetail) -> None:
    """What the store keeps: the raw text, the cleaned sentences, facts quoting them."""
    assert stored.article.raw == raw
    sentences = {s.id: s.text for s in stored.sentences}
    article_text = _flat(raw)
    for fact in stored.facts:
        assert fact.quote == sentences[fact.sentence_id]
        assert _flat(fact.quote) in article_text
