"""Where facts are born: the typed facts the extractor finds in real and unseen articles."""

import datetime as dt

import pytest

from knowledge.errors import NoFacts
from knowledge.index import KnowledgeBase, build_in_memory
from knowledge.models import Fact
from knowledge.pipeline import parse_article
from knowledge.places import Gazetteer

# Every closure, count, target and aid figure the five bundled articles state, as
# (article, kind, place, number, status/unit/label, date as written).
BUNDLED_FIGURES = {
    ("000", "closure", "64", 22, "done", None),
    ("000", "closure", "lok:64.72:bayur", None, "done", "1 Juni 2016"),
    ("000", "closure", "64", None, "done", None),
    ("000", "aid", "64", None, "modal usaha", None),
    ("000", "count", "64", 1315, "PSK", None),
    ("000", "aid", "64", None, "santunan", None),
    ("000", "closure", "ID", 69, "planned", None),
    ("000", "count", "ID", 36000, "PSK", None),
    ("000", "count", "32", 21000, "PSK", None),
    ("001", "closure", "62.02", None, "planned", "akhir November 2017"),
    ("001", "closure", "lok:62.02:km-12", None, "planned", None),
    ("001", "count", "62.02", 3, "lokalisasi", None),
    ("001", "count", "62.02", 239, "pekerja seks", None),
    ("001", "closure", "62.02", None, "planned", "minggu ke-4 November 2017"),
    ("001", "aid", "62.02", 5050000, "bantuan", None),
    ("001", "aid", "62.02", 250000, "pemulangan", None),
    ("001", "aid", "62.02", 1800000, "jatah hidup", None),
    ("001", "aid", "62.02", 3000000, "modal usaha", None),
    ("002", "target", "ID", 2019, "bebas lokalisasi", "tahun 2019"),
    ("002", "closure", "ID", 100, "planned", "tahun 2019"),
    ("002", "closure", "ID", 68, "done", None),
    ("002", "count", "ID", 100, "lokalisasi", None),  # "Masih ada 100 titik lagi"
    ("002", "closure", "64", None, "planned", None),
    ("002", "aid", "ID", 3000000, "usaha ekonomi produktif", None),
    ("003", "closure", "65", 3, "planned", None),
    ("003", "closure", "65.71", 2, "planned", None),
    ("003", "closure", "65.03", 1, "planned", None),
    ("003", "aid", "65", 5000000, "modal usaha", None),
    ("003", "count", "lok:65.03:nunukan-tengah", 39, "pekerja seks", None),
    ("003", "count", "lok:65.71:juwata-permai", 70, "pekerja seks", None),
    ("003", "count", "lok:65.71:lingkas-ujung", 18, "pekerja seks", None),
    ("003", "count", "65", 127, "pekerja seks", None),
    ("003", "target", "65", 2018, "bebas lokalisasi", "tahun 2018"),
    ("004", "closure", "65", None, "planned", "tahun 2018"),
    ("004", "target", "65", 2018, "bebas lokalisasi", "tahun 2018"),
    ("004", "closure", "65.01", None, "done", None),
    ("004", "closure", "65.02", None, "done", None),
    ("004", "closure", "65.03", None, "planned", None),
    ("004", "closure", "65.03", None, "planned", "Juli 2018"),
    ("004", "closure", "65.03", 1, "planned", None),
    ("004", "count", "65.03", 51, "pekerja", None),
    ("004", "closure", "65.71", None, "planned", None),
    ("004", "closure", "65", None, "planned", None),
    ("004", "closure", "65.71", None, "pending", None),
    ("004", "target", "ID", 2019, "bebas lokalisasi", "tahun 2019"),
    ("004", "aid", "65", None, "pendanaan", None),
    ("004", "aid", "65", None, "modal usaha", None),
    ("004", "aid", "65", None, "pemulangan", None),
}


def _figure(fact: Fact) -> tuple[object, ...]:
    what = {"aid": fact.label, "target": fact.label, "closure": fact.status}.get(
        fact.kind, fact.unit
    )
    return (fact.article_id[:3], fact.kind, fact.place_id, fact.number, what, fact.when_text)


def test_every_figure_of_the_bundled_articles(bundled_kb: KnowledgeBase) -> None:
    found = [
        _figure(f) for f in bundled_kb.facts if f.kind in ("closure", "count", "target", "aid")
    ]
    assert len(found) == len(set(found))
    assert set(found) == BUNDLED_FIGURES


def test_every_fact_quotes_its_sentence_and_dates_from_its_article(
    bundled_kb: KnowledgeBase,
) -> None:
    for fact in bundled_kb.facts:
        sentence = bundled_kb.sentences[(fact.article_id, fact.sentence_id)]
        assert fact.quote == sentence.text
        assert fact.as_of == bundled_kb.articles[fact.article_id].published


@pytest.mark.parametrize(
    ("kind", "name", "detail"),
    [
        ("person", "Khofifah Indar Parawansa", "Menteri Sosial"),
        ("person", "Awang Faroek Ishak", "Gubernur Kaltim"),
        ("person", "Supian Hadi", "Bupati"),
        (
            "person",
            "Agus Tripurna Tangkasiang",
            "Kepala Dinas Sosial Kabupaten Kotawaringin Timur, Kalimantan Tengah",
        ),
        ("person", "Armin Mustafa", "Kepala Dinsosnakertrans Kalimantan Utara"),
        ("person", "Sugiono", "Kepala Dinsos Provinsi Kaltara"),
        ("definition", "PSKW", "Panti Sosial Karya Wanita"),
        ("definition", "UEP", "Usaha Ekonomi Produktif"),
        ("definition", "APBN", "Anggaran Pendapatan dan Belanja Negara"),
        ("definition", "Dinsosnakertrans", "Dinas Sosial, Tenaga Kerja, dan Transmigrasi"),
    ],
)
def test_people_and_abbreviations(
    bundled_kb: KnowledgeBase, kind: str, name: str, detail: str
) -> None:
    facts = [f for f in bundled_kb.by_kind[kind] if f.name == name]
    assert facts, f"no {kind} {name}"
    assert detail in {f.label if kind == "person" else f.detail for f in facts}


def test_named_lokalisasi_sit_in_the_hierarchy(bundled_kb: KnowledgeBase) -> None:
    names = {bundled_kb.place_name(pid) for pid in bundled_kb.lineage("lok:64.72:bayur")}
    assert {"Bayur", "Sempaja", "Samarinda Utara", "Kota Samarinda", "Kalimantan Timur"} <= names
    km12 = bundled_kb.lineage("lok:62.02:km-12")
    assert "62.02" in km12
    assert "62" in km12
    largest = [f for f in bundled_kb.by_kind["site"] if f.superlative == "terbesar"]
    assert [f.place_id for f in largest] == ["lok:62.02:km-12"]


# The test-only articles: places, outlets and aid packages the code was not written around.
UNSEEN_FIGURES = {
    ("teg", "closure", "lok:33.76.01:sumber-rejeki", None, "done", "11 Maret 2019"),
    ("teg", "count", "lok:33.76.01:sumber-rejeki", 86, "pekerja seks", "11 Maret 2019"),
    ("teg", "aid", "lok:33.76.01:sumber-rejeki", 5_050_000, "bantuan", None),
    ("teg", "aid", "lok:33.76.01:sumber-rejeki", 500_000, "pemulangan", None),
    ("teg", "target", "33.76", 2019, "bebas lokalisasi", "akhir tahun 2019"),
    ("sul", "target", "73", 2020, "bebas lokalisasi", "tahun 2020"),
    ("sul", "count", "73", 4, "lokalisasi", None),
    ("sul", "count", "73", 412, "penghuni", None),
    ("sul", "count", "73.72", 2, "lokalisasi", None),
    ("sul", "count", "73.08", 1, "lokalisasi", None),
    ("sul", "count", "73.04", 1, "lokalisasi", None),
    ("sul", "count", "73.72", 230, "pekerja seks", None),
    ("sul", "aid", "73", 2_100_000_000, "anggaran", None),
    ("sul", "aid", "73", 2_500_000, "modal usaha", None),
    ("sul", "aid", "73", 900_000, "jatah hidup", None),
    ("sul", "closure", "73.72", None, "planned", "Desember 2018"),
}


def test_unseen_articles_give_their_figures(wider_kb: KnowledgeBase) -> None:
    found = {
        _figure(f)
        for f in wider_kb.facts
        if f.article_id[:3] in ("teg", "sul") and f.kind in ("closure", "count", "target", "aid")
    }
    assert found >= UNSEEN_FIGURES


def test_unseen_articles_give_people_and_givers(wider_kb: KnowledgeBase) -> None:
    people = {(f.name, f.label) for f in wider_kb.by_kind["person"]}
    assert ("Hendra Kusumawijaya", "Wali Kota Tegal") in people
    assert ("Andi Nurhalim Said", "Kepala Dinas Sosial Provinsi Sulawesi Selatan") in people
    tegal_aid = {f.number: f for f in wider_kb.by_kind["aid"] if f.article_id.startswith("teg")}
    assert tegal_aid[5_050_000].agent == "Kementerian Sosial"
    assert tegal_aid[5_050_000].per_person
    assert tegal_aid[500_000].detail == "APBD Kota Tegal"


def test_text_without_lokalisasi_facts_is_refused() -> None:
    raw = (
        "Festival Kuliner Digelar di Samarinda\n"
        "SAMARINDA - Ribuan warga memadati festival kuliner di tepi Sungai Mahakam, Sabtu "
        "(3/6/2017). Panitia mencatat 120 stan ikut serta."
    )
    with pytest.raises(NoFacts):
        parse_article(raw, "festival", Gazetteer.seeded())


RAID_WITH_NO_TYPED_FACT = (
    "Polisi Gerebek Kafe di Baruga, Diduga Jadi Tempat Prostitusi\n"
    "KENDARI - Polisi menggerebek sebuah kafe di Kecamatan Baruga, Kota Kendari, Sabtu "
    "(14/9/2024). Kafe itu diduga menjadi tempat praktik prostitusi terselubung. "
    "Pemiliknya kini ditahan."
)
COUNCIL_MENTIONING_IT_ONCE = (
    "DPRD Kendari Bahas Anggaran Perbaikan Jalan\n"
    "KENDARI - DPRD Kota Kendari membahas anggaran perbaikan jalan, Sabtu (14/9/2024). "
    "Anggota dewan juga menyinggung penertiban kafe yang diduga menjadi tempat prostitusi. "
    "Rapat berlangsung hingga sore."
)


def test_a_story_plainly_about_the_subject_is_kept_without_typed_facts() -> None:
    parsed = parse_article(RAID_WITH_NO_TYPED_FACT, "kafe", Gazetteer.seeded())
    assert parsed.facts == []
    assert any("Baruga" in s.text for s in parsed.sentences)


def test_a_story_naming_the_subject_once_is_refused() -> None:
    with pytest.raises(NoFacts):
        parse_article(COUNCIL_MENTIONING_IT_ONCE, "dprd", Gazetteer.seeded())


def test_the_article_date_is_every_fact_as_of(wider_kb: KnowledgeBase) -> None:
    tegal = [f for f in wider_kb.facts if f.article_id.startswith("teg")]
    assert {f.as_of for f in tegal} == {dt.date(2019, 3, 12)}


# One lokalisasi by a long and a short name in two stories about Ambon; a story about Jayapura
# names another whose name begins like the short one.
AMBON_LONG = """Pemkot Ambon Tutup Lokalisasi Pantai Merah Permai

AMBON - Pemerintah Kota Ambon menutup lokalisasi Pantai Merah Permai di Kecamatan Sirimau, \
Senin (3/2/2020).

Sebanyak 40 PSK di lokalisasi Pantai Merah dipulangkan ke daerah asal.
"""

JAYAPURA = """Pantai Merah Indah Ditutup, Warga Kehilangan Pendapatan

SENTANI - Lokalisasi Pantai Merah Indah, Kabupaten Jayapura, resmi ditutup pada Agustus 2015.

Sebanyak 25 PSK dipulangkan ke daerah asal.

Warga Pantai Merah mengaku pendapatan mereka berkurang.
"""

AMBON_SHORT = """Lokalisasi Pantai Merah di Ambon akan Ditutup

AMBON - Pemerintah Kota Ambon akan menutup lokalisasi Pantai Merah pada Juni 2019.

Lokalisasi Pantai Merah dihuni 60 PSK.
"""


@pytest.mark.parametrize(
    "stories",
    [
        [("long", AMBON_LONG), ("short", AMBON_SHORT), ("jayapura", JAYAPURA)],
        [("short", AMBON_SHORT), ("long", AMBON_LONG), ("jayapura", JAYAPURA)],
    ],
    ids=["long-name-first", "short-name-first"],
)
def test_a_lokalisasi_s_short_name_is_its_own_in_its_city_only(
    stories: list[tuple[str, str]],
) -> None:
    kb = build_in_memory(stories)
    ambon = {f.place_id for f in kb.facts if f.article_id in ("long", "short")}
    assert len(ambon) == 1
    assert next(iter(ambon)).startswith("lok:81.71")
    # The Jayapura story's figures and closing are its own lokalisasi's.
    jayapura = {f.place_id for f in kb.facts if f.article_id == "jayapura" and f.kind != "site"}
    assert jayapura
    assert all(pid and pid.startswith(("91.03", "lok:91.03")) for pid in jayapura)
    if stories[0][0] == "long":
        # "Warga Pantai Merah": there, a short name another story gave is no name of Ambon's.
        sites = {f.place_id for f in kb.facts if f.article_id == "jayapura"}
        assert all(pid and pid.startswith(("91.03", "lok:91.03")) for pid in sites)


# Two regencies of one province, each with a lokalisasi at a road's kilometre 12; the second
# story names its own by name, its kilometre as the address, and a provincial office.
SAMPIT = """Dua Lokalisasi di Kotawaringin Timur Segera Ditutup

SAMPIT - Pemkab Kotawaringin Timur akan menutup lokalisasi km 12 Jalan Jenderal Sudirman, \
Kelurahan Pasir Putih, Kecamatan Mentaya Baru Ketapang, tahun depan.

Di lokalisasi itu tercatat 40 PSK.
"""

PALANGKA_RAYA = """PSK di Palangka Raya Dipulangkan Setelah Lebaran

Pemerintah Kota Palangka Raya menunda pemulangan pekerja seks komersial di Km 12.

Data yang sudah dilaporkan kepada Dinas Sosial Provinsi Kalimantan Tengah mencatat 95 PSK \
yang menghuni lokalisasi Bukit Hijau Permai Jalan Tjilik Riwut Km 12 tersebut.
"""


def test_a_kilometre_post_is_the_lokalisasi_of_its_own_town() -> None:
    kb = build_in_memory([("sampit", SAMPIT), ("palangka", PALANGKA_RAYA)])
    palangka = {f.place_id for f in kb.facts if f.article_id == "palangka"}
    # Neither Sampit's Km 12 nor the province whose office was told: the city's own lokalisasi,
    # the one named with its kilometre post as its address.
    assert palangka == {"lok:62.71:bukit-hijau-permai"}
    counted = [f for f in kb.facts if f.article_id == "palangka" and f.kind == "count"]
    assert [(f.number, f.place_id) for f in counted] == [(95, "lok:62.71:bukit-hijau-permai")]


BUKIT_SENJA = """Bisnis di Eks Lokalisasi Bukit Senja Kena Imbas

BANGKA - Kawasan lokalisasi Bukit Senja di Kecamatan Merawang, Kabupaten Bangka, masih \
beraktivitas walaupun sudah dilarang sejak 2008.

Menurut warga, sebelum ditutup jumlah wisma mencapai 30 dan penghuninya lebih dari 200 orang.
"""


def test_a_sentence_naming_no_place_goes_on_about_the_lokalisasi_the_headline_names() -> None:
    kb = build_in_memory([("senja", BUKIT_SENJA)])
    counted = {(f.number, f.place_id) for f in kb.facts if f.kind == "count"}
    assert counted == {(30, "lok:19.01.03:bukit-senja"), (200, "lok:19.01.03:bukit-senja")}


KAPIS = """Satpol PP Tanah Bumbu Akan Tertibkan Lokalisasi

BATULICIN - Satpol PP Kabupaten Tanahbumbu akan menertibkan dua lokalisasi dalam waktu dekat.

Menurut Kasatpol PP, Senin (20/3/2017), para PSK Lokalisasi Kapis, Desa Batu Ampar pada 2015 \
pernah diberi santunan.
"""


def test_a_lokalisasi_in_a_village_is_not_in_a_district_elsewhere_of_that_name() -> None:
    # Batu Ampar is also a district of Tanah Laut; written "Desa Batu Ampar" in a story about
    # Tanah Bumbu, it is a village there, and so is the lokalisasi named with it.
    kb = build_in_memory([("kapis", KAPIS)])
    placed = {f.place_id for f in kb.facts if f.article_id == "kapis" and f.place_id}
    assert placed
    assert all(kb.contains("63.10", p) for p in placed), placed


MOVED_TO_THE_DATELINE = """PSK Dolly Kini Huni Eks Lokalisasi

KENDARI - Penutupan lokalisasi Dolly di Kota Surabaya berimbas ke Kendari. Banyak PSK eks \
lokalisasi Dolly yang pindah ke Kendari kini menghuni eks lokalisasi Bonggoeya Jaya.

"Saya dulu di Dolly, sekarang sudah sepi," kata seorang PSK. Pendatang dari Dolly terus \
bertambah sejak penutupan Dolly.
"""


def test_a_lokalisasi_named_by_the_dateline_town_lies_there() -> None:
    # The headline names another city's lokalisasi, but a new one named right after the
    # dateline's town lies in that town.
    parsed = parse_article(MOVED_TO_THE_DATELINE, "pindah", Gazetteer.seeded().copy())
    sites = {f.name: f.place_id for f in parsed.facts if f.kind == "site"}
    assert (sites["Bonggoeya Jaya"] or "").startswith("lok:74.71:")
