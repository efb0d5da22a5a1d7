"""Places: the official hierarchy, the names people use, and finding them in text."""

import pytest

from knowledge.models import Alias, Place
from knowledge.places import Gazetteer, lokalisasi_place, number_spellings, region_aliases


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.seeded()


@pytest.mark.parametrize(
    ("name", "province"),
    [
        ("Sampit", "Kalimantan Tengah"),
        ("Kotim", "Kalimantan Tengah"),
        ("Kotawaringin Timur", "Kalimantan Tengah"),
        ("Mentawa Baru Ketapang", "Kalimantan Tengah"),
        ("Tarakan", "Kalimantan Utara"),
        ("Nunukan", "Kalimantan Utara"),
        ("Tanjung Selor", "Kalimantan Utara"),
        ("Kaltara", "Kalimantan Utara"),
        ("Samarinda", "Kalimantan Timur"),
        ("Kaltim", "Kalimantan Timur"),
        ("Mojokerto", "Jawa Timur"),
        ("Juwata Permai", "Kalimantan Utara"),
    ],
)
def test_names_reach_their_province(gazetteer: Gazetteer, name: str, province: str) -> None:
    ids = gazetteer.lookup(name)
    assert ids
    assert {gazetteer.name(gazetteer.province_of(pid) or "") for pid in ids} == {province}


@pytest.mark.parametrize(
    ("text", "official"),
    [
        ("Pemkab Lobar menutup lokalisasi itu.", "Kabupaten Lombok Barat"),
        ("Warga Kab. Lotim menolak.", "Kabupaten Lombok Timur"),
        ("Dinsos Lamteng mendata PSK.", "Kabupaten Lampung Tengah"),
        ("Polres Konsel berjaga.", "Kabupaten Konawe Selatan"),
        ("Lokalisasi di Timika ditutup.", "Kabupaten Mimika"),
        ("Tak ada lagi lokalisasi di Bumi Etam.", "Kalimantan Timur"),
        ("Razia di Jaksel berlanjut.", "Kota Administrasi Jakarta Selatan"),
        ("Satpol PP Tangsel menggusur lokalisasi itu.", "Kota Tangerang Selatan"),
        ("Dinsos Malteng mendata PSK.", "Kabupaten Maluku Tengah"),
        # A regency of islands goes by their name alone.
        ("Satpol PP Kabupaten Meranti merazia kos-kosan.", "Kabupaten Kepulauan Meranti"),
        ("Bupati Talaud menutup lokalisasi itu.", "Kabupaten Kepulauan Talaud"),
        ("PSK di Morotai dipulangkan.", "Kabupaten Pulau Morotai"),
    ],
)
def test_short_names_news_uses(gazetteer: Gazetteer, text: str, official: str) -> None:
    found = [m for m in gazetteer.find(text) if len(m.place_ids) == 1]
    assert [gazetteer.name(m.place_ids[0]) for m in found] == [official]


def test_a_number_is_no_regency_of_islands(gazetteer: Gazetteer) -> None:
    # "Kepulauan Seribu" goes by its full name only: "Seribu" is a thousand.
    assert gazetteer.find("Seribu PSK dipulangkan.") == []
    assert [m.text for m in gazetteer.find("Lokalisasi di Kepulauan Seribu.")] == [
        "Kepulauan Seribu"
    ]


def test_sampit_is_in_kotim(gazetteer: Gazetteer) -> None:
    (sampit,) = gazetteer.lookup("Sampit")
    assert gazetteer.name(sampit) == "Kabupaten Kotawaringin Timur"
    assert [gazetteer.name(p) for p in gazetteer.lineage(sampit)] == [
        "Kabupaten Kotawaringin Timur",
        "Kalimantan Tengah",
        "Indonesia",
    ]


def test_finding_places_in_article_text(gazetteer: Gazetteer) -> None:
    text = (
        "Gubernur Kaltim Awang Faroek Ishak meninjau Kota Samarinda dan Kecamatan Samarinda Utara."
    )
    found = [(m.text, [gazetteer.name(p) for p in m.place_ids]) for m in gazetteer.find(text)]
    # "Awang" is also a district name elsewhere; a person's name must not become a place.
    assert found == [
        ("Kaltim", ["Kalimantan Timur"]),
        ("Kota Samarinda", ["Kota Samarinda"]),
        ("Kecamatan Samarinda Utara", ["Samarinda Utara"]),
    ]


def test_everyday_words_are_not_places_in_chat(gazetteer: Gazetteer) -> None:
    assert gazetteer.find("batu malang di kaltim", cased=False)[-1].text == "kaltim"
    assert [m.text for m in gazetteer.find("batu di jalan", cased=False)] == []


def test_common_ancestor(gazetteer: Gazetteer) -> None:
    sites = gazetteer.lookup("Juwata Permai") + gazetteer.lookup("Nunukan Tengah")
    assert gazetteer.name(gazetteer.common_ancestor(sites) or "") == "Kalimantan Utara"


def test_a_copy_learns_places_alone() -> None:
    gazetteer = Gazetteer.seeded()
    samarinda = gazetteer.lookup("Samarinda")
    children = list(gazetteer.children["64.72"])
    twin = gazetteer.copy()
    # A new lokalisasi in Samarinda that an article also calls "Samarinda": both the name's
    # list and the city's children grow in the copy only.
    place = Place(id="lok:64.72:contoh", name="Contoh", level="lokalisasi", parent_id="64.72")
    twin.add([place], [Alias(alias="samarinda", place_id=place.id)])
    assert place.id in twin.lookup("Samarinda")
    assert gazetteer.lookup("Samarinda") == samarinda
    assert gazetteer.children["64.72"] == children
    assert place.id not in gazetteer.places


@pytest.mark.parametrize(
    ("name", "spellings"),
    [
        ("Pal 9", ["Pal sembilan"]),
        ("RT 05", ["RT 5", "RT lima"]),
        ("Gang 12", ["Gang dua belas"]),
        (
            "Km 60",
            [
                "Km enam puluh",
                "kilo 60",
                "kilo enam puluh",
                "kilometer 60",
                "kilometer enam puluh",
            ],
        ),
        ("Kilo Lima", ["Kilo 5", "kilometer 5", "kilometer lima", "km 5", "km lima"]),
        ("Jembatan Tiga", ["Jembatan 3"]),
        ("G12", ["G 12"]),
        ("Gang Dolly", []),
        ("Saritem", []),
    ],
)
def test_a_lokalisasi_named_by_a_number_is_spelt_both_ways(name: str, spellings: list[str]) -> None:
    assert number_spellings(name) == spellings


def test_a_question_finds_a_numbered_lokalisasi_spelt_out(gazetteer: Gazetteer) -> None:
    site = lokalisasi_place("Pal 9", "14.03")
    twin = gazetteer.copy()
    twin.add([site], region_aliases(site))
    found = twin.find("lokalisasi pal sembilan ada sejak thn brp", cased=False)
    assert [m.place_ids for m in found] == [(site.id,)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A known lokalisasi written in lower case after "lokalisasi" is still that lokalisasi.
        ("Pemkot menegaskan lokalisasi dolly sudah ditutup.", ["lok:35.78:dolly"]),
        ("Warga eks lokalisasi dolly menolak.", ["lok:35.78:dolly"]),
        # Alone in lower case it is an everyday word, as a region's name is.
        ("Boneka dolly dijual di pasar.", []),
        ("Ia pindah ke surabaya tahun lalu.", []),
        # … or right after a word that gives it its name.
        ("Gang sempit yang akrab disebut dolly itu masih buka.", ["lok:35.78:dolly"]),
        ("Kampung yang dikenal dolly oleh warga itu sepi.", ["lok:35.78:dolly"]),
    ],
)
def test_a_lokalisasi_named_in_lower_case_after_its_level_or_a_naming_word(
    gazetteer: Gazetteer, text: str, found: list[str]
) -> None:
    assert [pid for m in gazetteer.find(text) for pid in m.place_ids] == found
