"""The snapshot's shortcuts (per-kind facts of a place, name lengths, shared citations) give
what the plain lookups they stand for give."""

from __future__ import annotations

import pytest

from knowledge.index import KnowledgeBase, build_in_memory, names_in_folded
from knowledge.models import Citation
from knowledge.pipeline import parse_article
from knowledge.places import Gazetteer, seed
from knowledge.text import stems
from tests.knowledge.conftest import BUNDLED


@pytest.fixture(params=["bundled_kb", "wider_kb"])
def kb(request: pytest.FixtureRequest) -> KnowledgeBase:
    return request.getfixturevalue(request.param)


def test_name_reach_is_the_longest_name_of_each_first_word(kb: KnowledgeBase) -> None:
    longest: dict[str, int] = {}
    for name in kb.names:
        words = name.split()
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    assert kb.name_reach == longest
    assert set(kb.name_reach) == set(kb.name_heads)


def test_facts_within_a_place_are_its_subtree_facts_of_the_kind(kb: KnowledgeBase) -> None:
    kinds = sorted(kb.by_kind)
    checked = 0
    for place_id, facts in kb.subtree.items():
        if place_id in kb.site_stories:
            continue  # the other path, which adds the place's stories
        for kind in kinds:
            # Asked twice: the second answer comes from the shortcut made by the first.
            for _ in range(2):
                assert kb.within([place_id], kind) == [f for f in facts if f.kind == kind]
            checked += 1
    assert checked


def test_facts_within_a_place_can_be_changed_by_the_caller(bundled_kb: KnowledgeBase) -> None:
    place_id = next(p for p in bundled_kb.subtree if p not in bundled_kb.site_stories)
    kind = bundled_kb.subtree[place_id][0].kind
    first = bundled_kb.within([place_id], kind)
    first.clear()
    assert bundled_kb.within([place_id], kind)


def test_a_citation_is_the_one_its_article_and_quote_make(kb: KnowledgeBase) -> None:
    for fact in kb.facts:
        article = kb.articles[fact.article_id]
        made = Citation(
            article_id=fact.article_id,
            title=article.title,
            publisher=article.publisher,
            published=article.published,
            url=article.url,
            quote=fact.quote,
            note=kb.corrections.get(fact.id) if fact.id is not None else None,
        )
        assert kb.citation(fact) == made
        assert kb.citation(fact) == kb.citation(fact)
        # The fields it was given, as when validated: all but a note no admin wrote.
        unset = {"note"} if made.note is None else set()
        assert kb.citation(fact).model_fields_set == made.model_fields_set - unset


LUBUK_RAYA = """Lokalisasi Lubuk Raya Resmi Ditutup

Rabu, 14 Agustus 2019 10:00 WIB

Bupati Batanghari menutup Lokalisasi Lubuk Raya, Rabu (14/8/2019).

Kompleks yang berada di Kecamatan Muara Bulian itu sudah berdiri sejak 1978.
"""


@pytest.mark.parametrize("name", ["muara bulian", "kecamatan muara bulian"])
def test_a_district_with_no_facts_names_the_lokalisasi_its_story_places_there(name: str) -> None:
    kb = build_in_memory([("lubuk_raya", LUBUK_RAYA)])
    (site,) = kb.names[name]
    assert kb.place_name(site) == "Lubuk Raya"


def test_a_district_of_a_story_about_several_lokalisasi_stays_the_district() -> None:
    two = LUBUK_RAYA.replace(
        "menutup Lokalisasi Lubuk Raya", "menutup Lokalisasi Lubuk Raya dan Lokalisasi Sungai Duren"
    )
    kb = build_in_memory([("lubuk_raya", two)])
    assert all(kb.places[p].level != "lokalisasi" for p in kb.names["muara bulian"])


SUKA_MAJU = """Lokalisasi Suka Maju Semanding Ditutup, 85 PSK Dipulangkan

TUBAN - Sebanyak 85 PSK mengikuti pengajian di lokalisasi Suka Maju yang terletak di Desa \
Gesing, Kecamatan Semanding, Tuban. Setelah itu, lokalisasi ditutup, Senin (14/1/2013).
"""


def test_what_a_story_files_under_the_district_around_its_lokalisasi_is_the_lokalisasi_s() -> None:
    gazetteer = Gazetteer.seeded()
    parsed = parse_article(SUKA_MAJU, "suka_maju", gazetteer)
    (site,) = (p for p in gazetteer.places.values() if p.name == "Suka Maju")
    around = site.parent_id
    assert around
    assert gazetteer.places[around].level in ("desa", "kecamatan")
    # A sentence naming the village after the lokalisasi files its figure there.
    facts = [
        f.model_copy(update={"id": n, "place_id": around if f.kind == "count" else f.place_id})
        for n, f in enumerate(parsed.facts, start=1)
    ]
    places, aliases = seed()
    kb = KnowledgeBase(
        [parsed.article],
        parsed.sentences,
        facts,
        [*places, *gazetteer.places.values()],
        [*aliases, *(a for group in gazetteer.aliases.values() for a in group)],
    )
    assert [f.place_id for f in kb.by_kind["count"]] == [around]
    assert [f.number for f in kb.within((site.id,), "count")] == [85]


@pytest.mark.parametrize(
    ("names", "text", "named"),
    [
        (("sunan kuning", "argorejo"), "eks lokalisasi argorejo di semarang", True),
        (("sunan kuning", "argorejo"), "warga sunan kuningan berkumpul", False),
        (("km 12",), "lokalisasi km 12 ditutup", True),
        (("km 12",), "lokalisasi km 120 ditutup", False),
        ((), "lokalisasi km 12 ditutup", False),
    ],
)
def test_folded_text_names_a_place_by_any_of_its_whole_names(
    names: tuple[str, ...], text: str, named: bool
) -> None:
    assert names_in_folded(names, text) is named


def test_the_names_of_asked_places_are_the_same_asked_again(bundled_kb: KnowledgeBase) -> None:
    site = next(pid for pid in bundled_kb.covered if pid.startswith("lok:"))
    first = bundled_kb.names_of([site])
    assert first
    assert bundled_kb.names_of((site,)) == first
    for other in sorted(bundled_kb.covered)[:3]:
        assert set(bundled_kb.names_of([site, other])) >= set(first)


TWO_SITES = """Dua Lokalisasi di Bontang Ditutup

BONTANG - Pemkot Bontang menutup lokalisasi Gang Mawar di Kelurahan Loktuan, dan Bukit Melati \
di Kelurahan Berbas Pantai, Kamis (4/5/2017).

"Ada 20 pekerja yang dipulangkan hari ini, dari 129 pekerja yang terdata di 2 lokalisasi \
tersebut," kata Kepala Dinas Sosial Kota Bontang.

Eks pekerja lokalisasi tersebut akan mendapatkan bantuan senilai total Rp 6 juta.
"""


def test_a_story_about_two_lokalisasi_together_answers_for_both_asked_together() -> None:
    kb = build_in_memory([("dua_lokalisasi", TWO_SITES)])
    sites = {kb.places[p].name: p for p in kb.places if kb.places[p].level == "lokalisasi"}
    both = (sites["Gang Mawar"], sites["Bukit Melati"])
    # What the two share is filed under their city, not under the one named last.
    assert {f.place_id for f in kb.by_kind["count"]} == {"64.74"}
    assert sorted(f.number for f in kb.within(both, "count")) == [20, 129]
    assert [f.number for f in kb.within(both, "aid")] == [6000000]
    assert kb.within((sites["Bukit Melati"],), "aid") == []


def test_the_other_forms_of_a_word_are_those_the_articles_use(kb: KnowledgeBase) -> None:
    for word in ("dipulangkan", "menerima", "ditertibkan"):
        forms = kb.forms_of(word)
        assert word not in forms
        assert forms <= set(kb.idf)
        assert all(stems(word) & stems(form) for form in forms)
    # Every form the articles give a root is found from any other form of it.
    assert "pemulangan" in kb.forms_of("dipulangkan")


WATULOYO = """Satpol PP Razia Eks Lokalisasi Gunung Watuloyo

SRAGEN - Petugas menggelar razia di eks lokalisasi Gunung Watuloyo, Kecamatan Sumberlawang, \
Jumat (6/3/2020). Petugas mengamankan 14 perempuan.

Di Kecamatan Sumberlawang juga pernah ada lokalisasi Bukit Harapan. Harapan warga, kawasan \
itu tetap sepi.
"""


def test_a_lokalisasi_is_named_by_its_own_word_but_not_by_a_plain_one() -> None:
    bundled = [(p.stem, p.read_text(encoding="utf-8")) for p in BUNDLED]
    kb = build_in_memory([*bundled, ("watuloyo", WATULOYO)])
    (site,) = kb.names["watuloyo"]
    assert kb.place_name(site) == "Gunung Watuloyo"
    # "harapan" is a plain word too: alone, it names no lokalisasi.
    assert "harapan" not in kb.names
    assert all(kb.places[p].level != "lokalisasi" for p in kb.names.get("gunung", ()))
