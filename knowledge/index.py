"""The knowledge base in memory: a read-only snapshot of the store, indexed for answering.

Built once when the bot starts (and again after an admin's change); the answer engine only
reads it. Everything a question needs is a dictionary look-up away: facts by kind and place,
the places a name may mean, the words the articles use, and sentences by the words they hold.
"""

from __future__ import annotations

import gc
import math
import re
import sqlite3
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from knowledge import data
from knowledge.corrections import correction_notes
from knowledge.models import Alias, Article, Citation, Fact, Place, Sentence
from knowledge.places import COMMON_WORDS, innermost_shared, lineage
from knowledge.text import key, stems, terms

RETRIEVAL_MAX_DF = 0.25
"""Words in more than this share of sentences carry no weight in sentence search."""


@dataclass(frozen=True)
class IndexedSentence:
    """A sentence with its words in one spelling, for sentence search."""

    article_id: str
    sentence_id: int
    paragraph: int
    text: str
    terms: frozenset[str]


_BELOW_REGENCY = frozenset({"kecamatan", "kelurahan", "desa", "lokalisasi"})
_REGENCY_LEVELS = frozenset({"kabupaten", "kota"})
DISTRICT_WORDS = frozenset({"kecamatan", "kec"})
"""Words that introduce a district's name in article text ("Kecamatan Parenggean")."""
SITE_KIND_WORDS = frozenset(
    "gunung gang bukit kampung lembah tanjung pasar taman pantai sungai teluk pulau".split()
)
"""First words of lokalisasi names that say what kind of place it is, not which one."""
MIN_OWN_WORD = 4
"""A lokalisasi's own word this long at least names it alone ("watuloyo")."""
EVERYDAY_NAME_WORDS = frozenset(data.table("words")["name_words"].split())
"""Words many lokalisasi are named with that are plain words too ("harapan")."""
CITATION_MEMO_LIMIT = 50_000
"""Citations kept per snapshot: one per quoted sentence or fact, so a bound a flood of
made-up quotes never reaches in practice."""
_CITATION_FIELDS = {"article_id", "title", "publisher", "published", "url", "quote"}
"""The fields every remembered citation is given (citations are frozen: nothing changes the
set, and model_copy copies it before it adds a note)."""
SEARCH_MEMO_LIMIT = 20_000
"""Sentence searches kept per snapshot: questions that differ only in what the search does not
look at (a year, a question word) search alike, but a flood of made-up words must not grow the
memo without end."""


STORY_LEAD_PARAGRAPHS = 2
"""Paragraphs that open a story: a place its lead names is what the story is about."""
STORY_NAMED_AGAIN = 2
"""Sentences naming a place that make a story about it even when its lead does not."""
_LEVEL_WORDS = frozenset({"kelurahan", "desa", "kecamatan", "kabupaten", "kota", "provinsi"})


def _without_repeats(words: list[str]) -> str:
    """Words joined, a word said again right after itself once: "Kepala Dinas (Dinsos)" reads
    "kepala dinas dinas sosial", which is the office "kepala dinas sosial"."""
    return " ".join(w for i, w in enumerate(words) if i == 0 or words[i - 1] != w)


def names_one(names: tuple[str, ...], text: str) -> bool:
    """Whether `text` names one of `names` (folded place names)."""
    return names_in_folded(names, folded_for_names(text))


def folded_for_names(text: str) -> str:
    """`text` as place names are looked for in it: its words in question spelling."""
    return " ".join(terms(text.replace("-", " "))) if text else ""


def names_in_folded(names: tuple[str, ...], folded: str) -> bool:
    """Whether text already folded (`folded_for_names`) names one of `names`."""
    return bool(names) and _names_pattern(names).search(folded) is not None


@lru_cache(maxsize=1024)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    # One pattern for all of a place's names: a question about an office reads every person's
    # sentence for them, a name at a time was most of its cost.
    return re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b")


NAMES_OF_CACHE_SIZE = 4096
"""How many asked place sets `KnowledgeBase.names_of` keeps the names of."""


class KnowledgeBase:
    """Articles, facts and places, with the indexes the answer engine uses."""

    def __init__(
        self,
        articles: Iterable[Article],
        sentences: Iterable[Sentence],
        facts: Iterable[Fact],
        places: Iterable[Place],
        aliases: Iterable[Alias],
    ) -> None:
        self.articles: dict[str, Article] = {a.id: a for a in articles}
        self.facts: list[Fact] = list(facts)
        self.places: dict[str, Place] = {p.id: p for p in places}
        self._lineage: dict[str, tuple[str, ...]] = {}
        self.corrections: dict[int, str] = {}
        """Fact id -> the note an answer from it carries ("dikoreksi admin; artikel menyebut
        87"): see knowledge.corrections."""

        self.by_kind: dict[str, list[Fact]] = defaultdict(list)
        self.at_place: dict[str, list[Fact]] = defaultdict(list)
        self.by_article: dict[str, list[Fact]] = defaultdict(list)
        for fact in self.facts:
            self.by_kind[fact.kind].append(fact)
            self.by_article[fact.article_id].append(fact)
            if fact.place_id:
                self.at_place[fact.place_id].append(fact)

        self.covered: set[str] = set()
        """Places with facts in or below them."""
        self.subtree: dict[str, list[Fact]] = defaultdict(list)
        """Place id -> the facts about it or anything inside it, in fact order."""
        for fact in self.facts:
            if fact.place_id:
                for place_id in self.lineage(fact.place_id):
                    self.subtree[place_id].append(fact)
        self.covered.update(self.subtree)
        self.folded: dict[int, str] = self._folded_people()
        """Person facts (by object id) -> their office and name in question spelling."""
        self.entity_words: frozenset[str] = frozenset(
            word
            for fact in self.facts
            if fact.kind in ("person", "site", "definition") and fact.name
            for word in terms(fact.name)
        ) | frozenset(
            word
            for article in self.articles.values()
            for name in (article.publisher, article.author)
            if name
            for word in terms(name)
        )
        """Words of the names of people, lokalisasi and abbreviations the articles define."""
        self.person_words: frozenset[str] = frozenset(
            word
            for fact in self.by_kind.get("person", ())
            if fact.name
            for word in terms(fact.name)
            if len(word) > 3
        )
        """Words of the names of people the articles quote or name."""
        self.memo: dict[object, object] = {}
        self._citations: dict[tuple[str, str], Citation] = {}
        self._subtree_kinds: dict[str, dict[str, list[Fact]]] = {}
        """Answers to questions about this snapshot that are worth computing once."""

        # Names a question may use for a place (folded) -> place ids. A name that is also an
        # everyday word (Bone, Batu) counts only once an article has made the place relevant.
        grouped: dict[str, list[str]] = defaultdict(list)
        quiet: dict[str, list[str]] = defaultdict(list)
        for alias in aliases:
            if alias.place_id not in self.places:
                continue
            if not alias.strict or alias.place_id in self.covered:
                grouped[alias.alias].append(alias.place_id)
            elif " " not in alias.alias and self.places[alias.place_id].level in _REGENCY_LEVELS:
                quiet[alias.alias].append(alias.place_id)
        self.quiet_regencies: dict[str, tuple[str, ...]] = {
            name: tuple(ids) for name, ids in quiet.items()
        }
        """One-word names of regencies and cities that are also everyday words (Pati, Bone),
        no article has made relevant: a question naming no other place may still mean one."""
        self.names: dict[str, tuple[str, ...]] = {name: tuple(ids) for name, ids in grouped.items()}
        self.name_reach: dict[str, int] = {}
        """First word of place names -> the most words a name starting with it has."""
        self.name_heads: frozenset[str] = frozenset()
        """First words of place names: a question word that starts none starts no place."""
        self.longest_name = 1
        self._reach(self.names)

        self.site_stories: dict[str, list[Fact]] = self._site_stories()
        """Lokalisasi id -> facts its own stories file under its regency (see `within`)."""

        self.definitions: dict[str, list[Fact]] = defaultdict(list)
        for fact in self.by_kind.get("definition", []):
            if fact.name:
                self.definitions[key(fact.name)].append(fact)

        self.sentences: dict[tuple[str, int], IndexedSentence] = {}
        for sentence in sentences:
            self.sentences[(sentence.article_id, sentence.id)] = IndexedSentence(
                sentence.article_id,
                sentence.id,
                sentence.paragraph,
                sentence.text,
                # One string per word for the whole snapshot, not one per sentence it is in.
                frozenset(map(sys.intern, terms(sentence.text))),
            )
        self._index_words()
        self._name_districts_the_articles_name()
        self._name_sites_by_their_own_word()
        self.article_places: dict[str, set[str]] = {
            article_id: {f.place_id for f in facts if f.place_id}
            for article_id, facts in self.by_article.items()
        }

    def _folded_people(self) -> dict[int, str]:
        return {
            id(fact): _without_repeats(terms(f"{fact.label or ''} {fact.name or ''}"))
            for fact in self.by_kind.get("person", [])
        }

    def __getstate__(self) -> dict[str, object]:
        """What a copy on disk keeps (knowledge.snapshot): not what is keyed by the objects'
        identities, which a loaded copy's objects do not share, nor answers worked out."""
        state = dict(self.__dict__)
        for name in ("folded", "memo", "_citations", "_subtree_kinds"):
            state.pop(name)
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self.folded = self._folded_people()
        self.memo = {}
        self._citations = {}
        self._subtree_kinds = {}

    def _name_districts_the_articles_name(self) -> None:
        """Let a question name a district by its bare name when an article names it.

        A one-word district is only known as "Kecamatan Parenggean" (bare, it is too often a
        person or a plain word). But when an article says "Kecamatan Parenggean", a question
        about "parenggean" means that district: it must resolve to the district's facts, or to
        "no information about Parenggean", never to the national figures.
        """
        added: dict[str, tuple[str, ...]] = {}
        for sentence in self.sentences.values():
            words = key(sentence.text).split()
            for at, word in enumerate(words[:-1]):
                if word not in DISTRICT_WORDS:
                    continue
                for size in range(min(3, len(words) - at - 1), 0, -1):
                    bare = " ".join(words[at + 1 : at + 1 + size])
                    ids = self.names.get(f"{word} {bare}")
                    if not ids:
                        continue
                    site = self._only_site_in(ids, sentence.article_id)
                    if site:
                        # "Kompleks itu berada di Kecamatan Muara Bulian": a district with no
                        # facts of its own, where the story's one lokalisasi lies, is asked
                        # about for that lokalisasi.
                        added[f"{word} {bare}"] = (site,)
                        if bare not in COMMON_WORDS and all(
                            i in ids for i in self.names.get(bare, ids)
                        ):
                            added[bare] = (site,)
                    elif bare not in self.names and bare not in COMMON_WORDS:
                        added[bare] = ids
                    break
        if added:
            self.names.update(added)
            self._reach(added)

    def _name_sites_by_their_own_word(self) -> None:
        """Let a question call a lokalisasi by the word of its name that is its own: "watuloyo"
        for Gunung Watuloyo, not "gunung". Only a word no other place is called, which the
        articles never write in lower case (a plain word such as "baru" of Kampung Baru is),
        and which no other lokalisasi's name gives too."""
        found: dict[str, list[str]] = defaultdict(list)
        for place in self.places.values():
            if place.level != "lokalisasi":
                continue  # most places: the regions every start reads
            words = key(place.name).split()
            if len(words) == 2 and words[0] in SITE_KIND_WORDS:
                found[words[1]].append(place.id)
        added: dict[str, tuple[str, ...]] = {}
        for word, ids in found.items():
            if len(ids) > 1 or len(word) < MIN_OWN_WORD or not word.isalpha():
                continue
            if word in self.names or word in COMMON_WORDS | EVERYDAY_NAME_WORDS:
                continue  # another place's name, or a plain word
            if word not in self.postings:
                continue  # too common a word to search
            pattern = re.compile(rf"\b{re.escape(word)}\b")
            if any(pattern.search(self.sentences[k].text) for k in self.postings[word]):
                continue  # written in lower case somewhere: a word, not only a name
            added[word] = tuple(ids)
        if added:
            self.names.update(added)
            self._reach(added)

    def _only_site_in(self, district_ids: tuple[str, ...], article_id: str) -> str | None:
        """The one lokalisasi an article has facts about, when it lies in the one district of
        `district_ids` and that district has no facts of its own."""
        if len(set(district_ids)) != 1 or district_ids[0] in self.covered:
            return None
        district = self.places.get(district_ids[0])
        sites = {
            f.place_id
            for f in self.by_article.get(article_id, ())
            if f.place_id in self.places and self.places[f.place_id].level == "lokalisasi"
        }
        if district is None or len(sites) != 1:
            return None
        (site,) = sites
        parent = self.places[site].parent_id if site in self.places else None
        return site if parent in (district.id, district.parent_id) else None

    def _reach(self, names: Iterable[str]) -> None:
        """Count `names` (folded: one space between words) in name_reach, name_heads and
        longest_name."""
        reach = self.name_reach
        for name in names:
            head = name.partition(" ")[0]
            size = name.count(" ") + 1
            if size > reach.get(head, 0):
                reach[head] = size
        self.name_heads = frozenset(reach)
        self.longest_name = max(reach.values(), default=1)

    def _index_words(self) -> None:
        vocabulary: set[str] = set()
        postings: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for sentence_key, sentence in self.sentences.items():
            vocabulary.update(sentence.terms)
            for term in sentence.terms:
                postings[term].append(sentence_key)
        for article in self.articles.values():
            vocabulary.update(terms(article.title))
        for fact in self.facts:
            for text in (fact.name, fact.label, fact.agent, fact.detail, fact.unit, fact.recipient):
                if text:
                    vocabulary.update(terms(text))
        for place_id in self.covered:
            place = self.places.get(place_id)
            if place:
                vocabulary.update(terms(place.name))
        self.vocabulary: frozenset[str] = frozenset(vocabulary)
        self.stems: frozenset[str] = frozenset(
            root for w in vocabulary if w.isalpha() for root in stems(w)
        )
        """Rough roots of the articles' words: "mendampingi" finds "didampingi"."""
        by_initial: dict[str, list[str]] = defaultdict(list)
        for word in sorted(vocabulary):
            if word[:1].isalpha():
                by_initial[word[0]].append(word)
        self.vocabulary_by_initial: dict[str, list[str]] = dict(by_initial)
        total = max(1, len(self.sentences))
        self.idf: dict[str, float] = {
            term: math.log(1 + total / len(keys)) for term, keys in postings.items()
        }
        # Sentence search starts from rare words only: a word in every fourth sentence would
        # make every question touch thousands of sentences in a large base.
        self.postings: dict[str, list[tuple[str, int]]] = {
            term: keys for term, keys in postings.items() if len(keys) / total <= RETRIEVAL_MAX_DF
        }

    # ----------------------------------------------------------------- places

    def lineage(self, place_id: str) -> tuple[str, ...]:
        """The place and every place containing it, innermost first."""
        cached = self._lineage.get(place_id)
        if cached is None:
            cached = tuple(lineage(self.places, place_id))
            self._lineage[place_id] = cached
        return cached

    def contains(self, outer: str, inner: str) -> bool:
        """Whether `inner` lies in `outer` or is it."""
        return outer in self.lineage(inner)

    def place_name(self, place_id: str | None) -> str:
        """A place's display name; '' for none."""
        if not place_id:
            return ""
        place = self.places.get(place_id)
        return place.name if place else place_id

    def depth(self, place_id: str) -> int:
        """How many places contain this one."""
        return len(self.lineage(place_id)) - 1

    # ----------------------------------------------------------------- facts and sources

    def within(self, place_ids: Iterable[str], kind: str) -> list[Fact]:
        """Facts of `kind` about the places or anything inside them; all of them for no place.

        A lokalisasi's or village's facts include those its own stories file under its regency
        (see `_site_stories`)."""
        places = tuple(place_ids)
        if not places:
            return list(self.by_kind.get(kind, ()))
        if len(places) == 1 and places[0] not in self.site_stories:
            # A province's subtree holds thousands of facts: sorted by kind once per snapshot.
            by_kind = self._subtree_kinds.get(places[0])
            if by_kind is None:
                by_kind = self._subtree_kinds[places[0]] = defaultdict(list)
                for fact in self.subtree.get(places[0], ()):
                    by_kind[fact.kind].append(fact)
            return list(by_kind.get(kind, ()))
        seen: dict[int, Fact] = {}
        for place_id in places:
            for fact in self.subtree.get(place_id, ()):
                if fact.kind == kind:
                    seen.setdefault(id(fact), fact)
            for fact in self.site_stories.get(place_id, ()):
                if fact.kind == kind:
                    seen.setdefault(id(fact), fact)
        for fact in self._shared_story(places):
            if fact.kind == kind:
                seen.setdefault(id(fact), fact)
        return list(seen.values())

    def _shared_story(self, places: tuple[str, ...]) -> list[Fact]:
        """Facts a story about the asked lokalisasi, all of them and together, files under the
        regency or district they share ("eks pekerja kedua lokalisasi tersebut … total Rp 6
        juta", asked of both by name)."""
        if len(places) < 2 or not all(
            (place := self.places.get(p)) and place.level in _BELOW_REGENCY for p in places
        ):
            return []
        key = ("shared_story", places)
        remembered = self.memo.get(key)
        if remembered is None:
            remembered = self.memo[key] = self._story_shared_by(places)
        assert isinstance(remembered, list)
        return remembered

    def _story_shared_by(self, places: tuple[str, ...]) -> list[Fact]:
        if len({self.places[p].name for p in places}) < len(places):
            return []  # one name of several places ("km 5"), not several lokalisasi asked
        common = innermost_shared([self.lineage(p) for p in places])
        if common is None or self.regency_of(common) is None:
            return []
        return [
            fact
            for article_id, named in self.article_places.items()
            if all(p in named for p in places)
            for fact in self.by_article[article_id]
            if fact.place_id == common
        ]

    def _site_stories(self) -> dict[str, list[Fact]]:
        """Lokalisasi or village id -> facts of the articles that tell its story, filed under
        its regency.

        A story about one lokalisasi often gives its figures as the city's ("Pemkot Palu
        menyegel 23 wisma"): when the places an article names inside a regency all lie on one
        line (a lokalisasi in its village in its district), what it says about that regency is
        said about each of them. An article about two lokalisasi of a regency, or one that
        counts the regency's lokalisasi as several ("tujuh lokalisasi … 412 PSK"), is no one's
        story.
        """
        stories: dict[str, list[Fact]] = defaultdict(list)
        for facts in self.by_article.values():
            by_region: dict[str, set[str]] = defaultdict(set)
            for fact in facts:
                place = self.places.get(fact.place_id or "")
                if place and place.level in _BELOW_REGENCY:
                    region = self.regency_of(place.id)
                    if region:
                        by_region[region].add(place.id)
            for region, named in by_region.items():
                deepest = max(named, key=lambda pid: len(self.lineage(pid)))
                if not all(pid in self.lineage(deepest) for pid in named):
                    continue  # two places side by side: the regency's figures are no one's own
                if any(_counts_several_sites(f, region) for f in facts):
                    continue  # one of several named or not: the regency's figures are theirs
                story = [
                    f
                    for f in facts
                    if f.place_id and f.place_id not in named and region in self.lineage(f.place_id)
                ]
                for pid in named:
                    # "129 PSK … di lokalisasi yang terletak di Kecamatan Semanding": what the
                    # story files under the district around the lokalisasi is the lokalisasi's.
                    around = [
                        f
                        for f in facts
                        if f.place_id in named
                        and f.place_id != pid
                        and f.place_id in self.lineage(pid)
                    ]
                    stories[pid].extend(story + around)
        return dict(stories)

    def regency_of(self, place_id: str) -> str | None:
        """The kabupaten or kota a place lies in (itself if it is one), None above them."""
        for pid in self.lineage(place_id):
            place = self.places.get(pid)
            if place and place.level in _REGENCY_LEVELS:
                return pid
        return None

    def facts_of_article(self, article_id: str) -> list[Fact]:
        """The facts extracted from one article, in the order they were found."""
        return list(self.by_article.get(article_id, []))

    def article_terms(self, article_id: str) -> frozenset[str]:
        """Words of an article's title and of the people and offices it names."""
        key_ = ("article_terms", article_id)
        cached = self.memo.get(key_)
        if cached is None:
            article = self.articles.get(article_id)
            words = set(terms(article.title)) if article else set()
            for fact in self.by_article.get(article_id, ()):
                if fact.kind == "person":
                    words.update(self.folded.get(id(fact), "").split())
            cached = frozenset(words)
            self.memo[key_] = cached
        return cached  # type: ignore[return-value]

    def citation(self, fact: Fact) -> Citation:
        """The source of a fact: its article and the sentence it came from (and, for a fact an
        admin corrected, a note saying so)."""
        citation = self._cite(fact.article_id, fact.quote)
        note = self.corrections.get(fact.id) if fact.id is not None else None
        return citation.model_copy(update={"note": note}) if note else citation

    def sentence_citation(self, sentence: IndexedSentence, quote: str | None = None) -> Citation:
        """The source of a sentence found by search."""
        return self._cite(sentence.article_id, quote or sentence.text)

    def headline_citation(self, article_id: str) -> Citation:
        """A citation quoting an article's headline."""
        article = self.articles.get(article_id)
        return self._cite(article_id, article.title if article else article_id)

    def _cite(self, article_id: str, quote: str) -> Citation:
        # A citation is frozen and depends only on the article and the quote: made once per
        # snapshot, not once per answer (answers cite the same few sentences over and over).
        cited = self._citations.get((article_id, quote))
        if cited is not None:
            return cited
        if len(self._citations) >= CITATION_MEMO_LIMIT:
            self._citations.clear()
        article = self.articles.get(article_id)
        # Built from the snapshot's own checked values, and sharing one set of the names given
        # (see build_in_memory's facts): thousands are kept, and pydantic's own set for each
        # would take more memory than the citation itself.
        cited = self._citations[(article_id, quote)] = Citation.model_construct(
            _CITATION_FIELDS,
            article_id=article_id,
            title=article.title if article else article_id,
            publisher=article.publisher if article else None,
            published=article.published if article else None,
            url=article.url if article else None,
            quote=quote,
        )
        return cited

    def sentence_roots(self, sentence: IndexedSentence) -> frozenset[str]:
        """A sentence's words with their rough roots (once per snapshot and sentence): what
        another form of a question's word is looked for in."""
        key_ = ("sentence_roots", sentence.article_id, sentence.sentence_id)
        roots = self.memo.get(key_)
        if roots is None:
            roots = self.memo[key_] = frozenset(
                root for word in sentence.terms for root in ({word} | stems(word))
            )
        return roots  # type: ignore[return-value]

    def forms_of(self, word: str) -> frozenset[str]:
        """The articles' other forms of `word` (by its rough roots, see `stems`): a story says
        "pembongkaran" where a question asks "kapan dibongkar"."""
        by_root = self.memo.get("forms_by_root")
        if by_root is None:
            grouped: dict[str, set[str]] = defaultdict(set)
            for term in self.idf:
                if term.isalpha():
                    for root in stems(term):
                        grouped[root].add(term)
            by_root = self.memo["forms_by_root"] = {r: frozenset(f) for r, f in grouped.items()}
        assert isinstance(by_root, dict)
        return frozenset(f for root in stems(word) for f in by_root.get(root, ())) - {word}

    def next_sentence(self, sentence: IndexedSentence) -> IndexedSentence | None:
        """The sentence after this one in the same article."""
        return self.sentences.get((sentence.article_id, sentence.sentence_id + 1))

    def sentence_before(self, sentence: IndexedSentence) -> IndexedSentence | None:
        """The sentence before this one in the same paragraph."""
        before = self.sentences.get((sentence.article_id, sentence.sentence_id - 1))
        return before if before is not None and before.paragraph == sentence.paragraph else None

    def dateline_places(self, article_id: str) -> tuple[str, ...]:
        """The places an article's dateline names ("SURABAYA -"), none when it has none."""
        article = self.articles.get(article_id)
        if article is None or not article.dateline:
            return ()
        return tuple(dict.fromkeys(self.names.get(article.dateline.lower(), ())))

    # ------------------------------------------------------------- stories about a place

    def names_of(self, place_ids: Iterable[str]) -> tuple[str, ...]:
        """Every name a question may call the places by, without a level word ("lawe lawe")."""
        table = self.memo.get("names_of_places")
        if table is None:
            grouped: dict[str, list[str]] = defaultdict(list)
            for name, ids in self.names.items():
                for pid in ids:
                    grouped[pid].append(name)
            table = self.memo["names_of_places"] = dict(grouped)
        assert isinstance(table, dict)
        asked = tuple(place_ids)
        cache = self.memo.setdefault("names_of", {})
        assert isinstance(cache, dict)
        if asked not in cache:
            if len(cache) >= NAMES_OF_CACHE_SIZE:
                cache.clear()
            found = {
                bare
                for pid in asked
                for name in table.get(pid, ())
                if (bare := " ".join(w for w in name.split() if w not in _LEVEL_WORDS))
            }
            cache[asked] = tuple(sorted(found))
        return cache[asked]

    def stories_about(self, names: tuple[str, ...]) -> tuple[str, ...]:
        """The articles about a place known by `names`: their headline or lead names it, or two
        of their sentences do (once per snapshot and names).

        A report on a raid in a kelurahan may hold no fact the extraction types, and then no
        fact is filed under the place it is about; but it is about that place all the same,
        unlike a story that names the place once, in passing.
        """
        memo_key = ("stories_about", names)
        if memo_key in self.memo:
            return self.memo[memo_key]  # type: ignore[return-value]
        naming: dict[str, list[IndexedSentence]] = defaultdict(list)
        seen: set[tuple[str, int]] = set()
        for name in names:
            # The sentences holding the name's rarest word.
            postings = [self.postings.get(w) for w in name.split()]
            for sentence_key in min((p for p in postings if p), key=len, default=()):
                if sentence_key in seen:
                    continue
                seen.add(sentence_key)
                sentence = self.sentences[sentence_key]
                if names_one(names, sentence.text):
                    naming[sentence.article_id].append(sentence)
        about = tuple(
            sorted(
                article_id
                for article_id, sentences in naming.items()
                if len(sentences) >= STORY_NAMED_AGAIN
                or any(s.paragraph < STORY_LEAD_PARAGRAPHS for s in sentences)
                or names_one(names, self.articles[article_id].title)
            )
        )
        self.memo[memo_key] = about
        return about

    def story_sentences(self, article_ids: Iterable[str]) -> list[IndexedSentence]:
        """The sentences of the articles, each article's in order."""
        by_article = self.memo.get("sentences_by_article")
        if by_article is None:
            table: dict[str, list[IndexedSentence]] = defaultdict(list)
            for (article_id, _sid), sentence in sorted(self.sentences.items()):
                table[article_id].append(sentence)
            by_article = self.memo["sentences_by_article"] = dict(table)
        assert isinstance(by_article, dict)
        return [s for article_id in article_ids for s in by_article.get(article_id, ())]

    def search(
        self,
        words: Iterable[str],
        places: Iterable[str] = (),
        limit: int = 3,
        boost: Callable[[IndexedSentence], float] | None = None,
    ) -> list[tuple[float, IndexedSentence]]:
        """Sentences sharing the most telling words with `words`, best first.

        The score is the sum of the idf of the shared words, damped a little for long sentences
        and multiplied by `boost`. With `places`, only articles with facts in one of them count.
        Without `boost`, the result is remembered for the snapshot: callers must not change it.
        """
        wanted = set(words)
        place_list = list(places)
        if boost is None:
            memo = self.memo.setdefault("searches", {})
            assert isinstance(memo, dict)
            key_ = (frozenset(wanted), tuple(place_list), limit)
            found = memo.get(key_)
            if found is None:
                if len(memo) >= SEARCH_MEMO_LIMIT:
                    memo.clear()
                found = memo[key_] = self._search(wanted, place_list, limit, None)
            return found  # type: ignore[no-any-return]
        return self._search(wanted, place_list, limit, boost)

    def _search(
        self,
        wanted: set[str],
        place_list: list[str],
        limit: int,
        boost: Callable[[IndexedSentence], float] | None,
    ) -> list[tuple[float, IndexedSentence]]:
        candidates: set[tuple[str, int]] = set()
        for word in wanted:
            candidates.update(self.postings.get(word, ()))
        ranked: list[tuple[float, IndexedSentence]] = []
        # Whether an article is about the places, decided once per snapshot for all its
        # sentences (the same places are searched again for every question about them).
        about: dict[str, bool] = {}
        if place_list:
            remembered = self.memo.setdefault(("articles_about", tuple(place_list)), about)
            assert isinstance(remembered, dict)
            about = remembered
        for sentence_key in candidates:
            sentence = self.sentences[sentence_key]
            if place_list:
                fits = about.get(sentence.article_id)
                if fits is None:
                    fits = about[sentence.article_id] = any(
                        self.contains(place, fact_place)
                        for fact_place in self.article_places.get(sentence.article_id, ())
                        for place in place_list
                    )
                if not fits:
                    continue
            score = sum(self.idf.get(w, 0.0) for w in wanted & sentence.terms)
            score /= 1 + 0.01 * len(sentence.terms)
            if boost:
                score *= boost(sentence)
            ranked.append((score, sentence))
        ranked.sort(key=lambda pair: (-pair[0], pair[1].article_id, pair[1].sentence_id))
        return ranked[:limit]


def settle(kb: KnowledgeBase) -> KnowledgeBase:
    """Move a freshly loaded snapshot out of the garbage collector's way.

    The snapshot never changes (an admin's change builds a new one), yet a full collection would
    walk its hundred thousand objects again and again: several milliseconds now and then, in the
    middle of someone's question.
    """
    # Unfreeze first: what an earlier snapshot left in cycles can then be collected; what is
    # only referenced (the old snapshot once swapped out) goes by reference counting anyway.
    # The first snapshot has nothing before it to collect: a full walk would only slow the start.
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()
    gc.freeze()
    return kb


def read_kb(path: Path) -> KnowledgeBase:
    """Load the knowledge base from the SQLite file at `path` (which must exist)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    try:
        rows = connection.execute
        articles = [
            Article.model_construct(
                id=r["id"],
                title=r["title"],
                publisher=r["publisher"],
                published=_date(r["published"]),
                dateline=r["dateline"],
                url=r["url"],
                author=r["author"],
                sha256=r["sha256"],
                raw="",
            )
            for r in rows(
                "select id, title, publisher, published, dateline, url, author, sha256"
                " from articles"
            )
        ]
        sentences = [
            Sentence.model_construct(
                article_id=r["article_id"], id=r["id"], paragraph=r["paragraph"], text=r["text"]
            )
            for r in rows(
                "select article_id, id, paragraph, text from sentences order by article_id, id"
            )
        ]
        facts = [_fact(dict(r)) for r in rows("select * from facts order by id")]
        # The gazetteer's thirty thousand rows as plain tuples: a Row each costs more than the
        # named tuple made from it.
        plain = connection.cursor()
        plain.row_factory = None
        places = [Place(*r) for r in plain.execute("select id, name, level, parent_id from places")]
        aliases = [
            Alias(alias, place_id, bool(strict))
            for alias, place_id, strict in plain.execute(
                "select alias, place_id, strict from aliases"
            )
        ]
        corrections = correction_notes(connection)
    finally:
        connection.close()
    kb = KnowledgeBase(articles, sentences, facts, places, aliases)
    kb.corrections = corrections
    return settle(kb)


def _date(value: object):
    import datetime as dt

    if not value:
        return None
    return dt.date.fromisoformat(str(value)[:10])


_BOOL_FIELDS = ("approximate", "per_person", "total")


def _fact(row: dict[str, object]) -> Fact:
    row = dict(row)
    row["when"] = _date(row.pop("when_date", None))
    row["as_of"] = _date(row.get("as_of"))
    for name in _BOOL_FIELDS:
        row[name] = bool(row.get(name))
    fields = {name: row.get(name) for name in Fact.model_fields}
    return Fact.model_construct(**fields)


def _never_built(path: Path) -> bool:
    """Whether the file at `path` holds no article and no recorded change: a file created
    empty (by hand, or by an older read-only command) that nobody ever built or ingested into.
    A knowledge base an admin emptied on purpose has its removals in the audit log."""
    if path.stat().st_size == 0:
        return True
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in connection.execute("select name from sqlite_master")}
        if "articles" not in tables:
            return not tables - {"unanswered"}
        if connection.execute("select 1 from articles limit 1").fetchone():
            return False
        return (
            "audit" not in tables
            or not connection.execute("select 1 from audit limit 1").fetchone()
        )
    finally:
        connection.close()


def load_kb(path: Path) -> KnowledgeBase:
    """Load the knowledge base at `path`, building it from the bundled articles when it is
    missing or was never built (an empty file); a file that is not SQLite raises
    sqlite3.DatabaseError, which the shells turn into a message."""
    if not Path(path).exists() or _never_built(Path(path)):
        from knowledge.store import build, open_db

        db = open_db(path)
        try:
            build(db, actor="system:first-start")
        finally:
            db.close()
    # A new process (`python -m bot ask`, the bot starting) mostly finds the file unchanged
    # since the last one read it: its indexed copy loads in a fifth of the time.
    from knowledge.snapshot import cached_read

    return cached_read(Path(path), read_kb)


def build_in_memory(raw_articles: Iterable[tuple[str, str]]) -> KnowledgeBase:
    """A knowledge base straight from (article id, raw text) pairs, without a store (for tests)."""
    from knowledge.errors import NoFacts
    from knowledge.pipeline import parse_article
    from knowledge.places import Gazetteer, seed

    gazetteer = Gazetteer.seeded()
    articles, sentences, facts = [], [], []
    # Which fields a fact was given, one set per combination rather than one per fact: a set of
    # twenty names takes as much memory as the rest of a fact, and a thousand articles give
    # thousands of facts with a handful of combinations between them.
    fields_sets: dict[frozenset[str], set[str]] = {}
    next_id = 1
    for article_id, raw in raw_articles:
        try:
            parsed = parse_article(raw, article_id, gazetteer)
        except NoFacts:
            continue
        articles.append(parsed.article)
        sentences += parsed.sentences
        for fact in parsed.facts:
            given = fact.model_fields_set | {"id"}
            shared = fields_sets.setdefault(frozenset(given), given)
            facts.append(type(fact).model_construct(shared, **{**fact.__dict__, "id": next_id}))
            next_id += 1
    seeded_places, seeded_aliases = seed()
    places = {p.id: p for p in seeded_places}
    places.update(gazetteer.places)
    aliases = [a for group in gazetteer.aliases.values() for a in group]
    return settle(
        KnowledgeBase(articles, sentences, facts, places.values(), [*seeded_aliases, *aliases])
    )


def _counts_several_sites(fact: Fact, region: str) -> bool:
    """Whether a fact says its regency has, or closed, more than one lokalisasi."""
    return fact.place_id == region and fact.unit == "lokalisasi" and (fact.number or 0) > 1
