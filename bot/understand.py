"""Read a chat question: its words in one spelling, the places, years and things it names,
the words the knowledge base has never seen, and which intent it most resembles.

Intents are matched with rapidfuzz against example phrasings kept as data
(bot/data/intents.toml), after places, years and abbreviations are replaced by placeholders so
that "berapa psk di tarakan" and "berapa psk di {tempat}" meet.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot import tables
from bot.colloquial import standard_relative, standard_word
from bot.models import Slots
from knowledge import data
from knowledge.dates import MONTHS
from knowledge.index import KnowledgeBase, names_one
from knowledge.lexicon import COMMON_ABBREVIATIONS, COUNTED_THINGS
from knowledge.places import REGENCY_DEPTH
from knowledge.text import fold, stems, synonyms, terms

PLACE_TOKEN = "xtempat"
YEAR_TOKEN = "xtahun"
TERM_TOKEN = "xistilah"

TYPO_CUTOFF = 84.0
"""rapidfuzz.fuzz.ratio at or above which an unknown word is read as a known one (bntuan ->
bantuan scores 92, kotawaringn -> kotawaringin 96); below it, unrelated words start to match."""
TYPO_MIN_LENGTH = 5
"""Shorter words have too many neighbours: "sekda" is two edits from "sekedar"."""
PLACE_TYPO_CUTOFF = 86.0
"""The same for place names, stricter: short names (Batu, Bone) are close to many words."""

_READING = tables.words()["reading"]


def _word_set(name: str) -> frozenset[str]:
    """One of the word sets of knowledge/data/words.toml's [reading] table."""
    return frozenset(_READING[name].split())


# Each list is described where it is kept, in knowledge/data/words.toml.
TOPIC_WORDS = _word_set("topic")
REQUEST_WORDS = _word_set("request")
AID_KINDS: dict[str, str] = dict(_READING["aid_kinds"])
AID_KINDS_ALIKE: dict[str, str] = dict(_READING["aid_kinds_alike"])
GIVERS: dict[str, str] = dict(_READING["givers"])
ROLES: tuple[str, ...] = tuple(_READING["roles"])
PENDING_WORDS = _word_set("pending")
PLANNED_WORDS = _word_set("planned")
DONE_WORDS = _word_set("done")
SUPERLATIVES: dict[str, str] = dict(_READING["superlatives"])
SUPERLATIVE_PHRASES: dict[str, str] = dict(_READING["superlative_phrases"])
# The phrases as they are looked for in a question's " joined words ", made once.
_PADDED_AID_KINDS = tuple((f" {phrase} ", label) for phrase, label in AID_KINDS.items())
_PADDED_GIVERS = tuple((f" {phrase} ", name) for phrase, name in GIVERS.items())
_PADDED_SUPERLATIVES = tuple(
    (f" {phrase} ", meaning) for phrase, meaning in SUPERLATIVE_PHRASES.items()
)
_PADDED_ROLES = tuple((f" {role} ", role) for role in ROLES)
# Their first words: a question holding none of them (most) names no giver or office, and is
# done with without looking for each phrase.
_GIVER_HEADS = frozenset(phrase.split()[0] for phrase in GIVERS)
_ROLE_HEADS = frozenset(role.split()[0] for role in ROLES)
_AID_KIND_HEADS = frozenset(phrase.split()[0] for phrase in AID_KINDS)
TOTAL_WORDS = _word_set("total")
ONE_PERSON_WORDS = _word_set("one_person")
PROPOSAL_WORDS = _word_set("proposal")
OFFICE_ABBREVIATIONS = _word_set("office_abbreviations")
MEANING_WORDS = _word_set("meaning")
FOLLOW_UP_WORDS = _word_set("follow_up")
PLACE_ONLY_WORDS = _word_set("place_only")
SINCE_WORDS = _word_set("since")
UNTIL_WORDS = _word_set("until")
SUBMITTED_WORDS = _word_set("submitted")
CHANGE_WORDS = _word_set("change")
BECAME_WORDS = _word_set("became")


def asks_change(words: list[str]) -> bool:
    """Whether a question asks by how much something changed ("naik brp"), not what it became
    ("naik jadi brp"; a "jadi" elsewhere, "jd brp yg berkurang", only goes on talking)."""
    after_change = [words[i + 1 : i + 2] for i, word in enumerate(words) if word in CHANGE_WORDS]
    return bool(after_change) and not any(set(after) & BECAME_WORDS for after in after_change)


@dataclass
class Reading:
    """What a question says, as far as the engine can tell."""

    question: str
    words: list[str]
    slots: Slots
    shape: tuple[str, ...] = ()
    """The asking words written the way the intents' example phrasings are (see _shape): what
    the intents are ranked by."""
    unknown_words: list[str] = field(default_factory=list)
    unknown_names: list[str] = field(default_factory=list)
    """Unknown words that name something ("lokalisasi sunan kuning"): never mere filler."""
    topical: bool = False
    only_place: bool = False
    """The question is little more than a place: "kalau di Kaltara?"."""
    content: list[str] = field(default_factory=list)
    """Words for sentence search: the question's own, minus question words and places."""
    ranked: list[tuple[str, float]] | None = None
    """The intents as the engine ranks them after its cues (bot.answer.cues), once it has:
    kept with the cached reading, so that a question asked again is ranked once."""
    composed: dict[str, object] | None = None
    """What each intent's composer answered, kept once the question is asked a second time
    (the bot's examples, a group asking alike): asked again, it is answered at once. Empty
    after the first time: most questions are asked once, and keep nothing."""
    _intents: list[tuple[str, float]] | None = field(default=None, repr=False)

    @property
    def intents(self) -> list[tuple[str, float]]:
        """Every intent with its score against the shape, best first. Ranked the first time it
        is asked for: ranking is the dearest step of reading (rapidfuzz against every example
        phrasing), and a question answered or abstained on before any intent is chosen (an
        unknown word, a measure, a place no fact is filed under) never needs it."""
        if self._intents is None:
            self._intents = list(rank_intents(self.shape)) if self.shape else []
        return self._intents


LEXICON_LISTS = ("question", "chat", "common", "stop")
"""The lists of knowledge/data/words.toml whose words any question may use."""


@lru_cache(maxsize=1)
def _lexicon() -> frozenset[str]:
    table = tables.words()
    words: set[str] = set()
    for name in LEXICON_LISTS:
        words.update(terms(table[name]))
        words.update(fold(table[name]).split())
    # A measure no fact holds ("umur", "tarif") is asked of the sentences that state it, or
    # answered as not known: never a word the question is blocked on.
    words.update(table["reading"]["measures"])
    # Islands are read as their provinces ("kalimantan" is not "kali mantan").
    words.update({"pulau", *(name.lower() for name in data.table("places").get("island", {}))})
    # What a chat word is read as is a word of the language ("cewek" -> "perempuan"), never a
    # name, though an institution's name may write it with a capital.
    words.update(word for meaning in synonyms().values() for word in meaning)
    return frozenset(words)


@lru_cache(maxsize=1)
def _one_word_synonyms() -> dict[str, str]:
    """Words the synonyms table reads as one other word ("ditangkap" -> "diamankan")."""
    return {
        phrase: meaning[0]
        for phrase, meaning in synonyms().items()
        if " " not in phrase and len(meaning) == 1
    }


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    """Words too common to help find a sentence: the question and chat words, and a few more."""
    table = tables.words()
    # Folded, not mapped through the synonyms: "bolehkah" is a question word, but the "izin" it
    # stands for is what the question is about.
    words = set(fold(table["question"] + " " + table["chat"] + " " + table["stop"]).split())
    return frozenset(words)


@lru_cache(maxsize=1)
def _examples() -> tuple[list[str], list[str], frozenset[str]]:
    """(normalised phrasing, its intent) for every example, and every word they use."""
    table = tables.intents()
    phrasings: list[str] = []
    labels: list[str] = []
    vocabulary: set[str] = set()
    for intent, entry in table.items():
        for example in entry["examples"]:
            text = (
                example.replace("{tempat}", PLACE_TOKEN)
                .replace("{tahun}", YEAR_TOKEN)
                .replace("{istilah}", TERM_TOKEN)
            )
            words = terms(text)
            vocabulary.update(words)
            phrasings.append(" ".join(words))
            labels.append(intent)
    return phrasings, labels, frozenset(vocabulary)


@lru_cache(maxsize=1)
def _sorted_phrasings() -> list[str]:
    """Each example phrasing with its words in order, as token_sort_ratio compares them."""
    return [" ".join(sorted(phrasing.split())) for phrasing in _examples()[0]]


INTENT_CACHE_SIZE = 4096


@lru_cache(maxsize=INTENT_CACHE_SIZE)
def rank_intents(words: tuple[str, ...]) -> tuple[tuple[str, float], ...]:
    """Every intent with its best score against the question's words, best first.

    The score is the mean of token_set_ratio and token_sort_ratio. token_set_ratio ranks best
    on chat questions (measured: 46-47 of 48 right, WRatio 27) but gives 100 whenever one
    side's words are a subset of the other's; token_sort_ratio breaks those ties in favour of
    the phrasing of similar length. Questions differing only in places, years or typos share
    their shape, so the ranking is cached by shape.
    """
    phrasings, labels, _ = _examples()
    query = " ".join(words)
    by_set = process.extract(query, phrasings, scorer=fuzz.token_set_ratio, limit=None)
    # token_sort_ratio is ratio on the words put in order: the phrasings are put in order once.
    # Its scores are read by the phrasing's index, from a list rather than a dict built anew.
    by_sort = [0.0] * len(phrasings)
    for _, score, index in process.extract(
        " ".join(sorted(query.split())), _sorted_phrasings(), scorer=fuzz.ratio, limit=None
    ):
        by_sort[index] = score
    best: dict[str, float] = {}
    for _, score, index in by_set:
        combined = (score + by_sort[index]) / 2
        intent = labels[index]
        if combined > best.get(intent, -1.0):
            best[intent] = combined
    return tuple(sorted(best.items(), key=lambda pair: -pair[1]))


_YEAR = re.compile(r"(?:19|20)\d{2}")
"""A year, as a whole word; only a word of four letters is worth matching against it."""


@lru_cache(maxsize=1)
def _known_by_initial(known: frozenset[str]) -> dict[str, list[str]]:
    """The lexicon's words by their first letter, for typo correction."""
    grouped: dict[str, list[str]] = {}
    for word in sorted(known):
        grouped.setdefault(word[:1], []).append(word)
    return grouped


def _correct(word: str, kb: KnowledgeBase, known: frozenset[str]) -> str | None:
    """The known word an unknown one was probably meant to be."""
    if len(word) < TYPO_MIN_LENGTH or not word[0].isalpha() or word in known:
        return None
    candidates = kb.vocabulary_by_initial.get(word[0], [])
    best = process.extractOne(word, candidates, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
    if best and _one_slip(word, best[0]) and not _extends(word, best[0]):
        return best[0]
    extra = _known_by_initial(known).get(word[0], [])
    best = process.extractOne(word, extra, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
    return best[0] if best and _one_slip(word, best[0]) and not _extends(word, best[0]) else None


def _extends(word: str, known: str) -> bool:
    """Whether `word` is `known` with a letter added at its end ("jawab", "Jawa"): a word of its
    own more often than a slip, unless the letter is doubled ("bantuann")."""
    return len(word) == len(known) + 1 and word.startswith(known) and word[-1] != word[-2]


_VOWELS_RE = re.compile(r"[aeiou]")
SKELETON_MIN = 3
"""Consonants a word typed without its vowels keeps at least ("msh", "bnyk"): fewer ("yg",
"dr") have too many readings; the synonyms table spells those out."""


def _by_skeleton(word: str, kb: KnowledgeBase, known: frozenset[str]) -> str | None:
    """'msh' -> 'masih', 'bnyk' -> 'banyak', 'dtutup' -> 'ditutup': a word typed without
    (some of) its vowels, when one known word has those consonants in that order; the
    lexicon's word first where an article's word shares them ("musuh")."""
    bare = _VOWELS_RE.sub("", word)
    if len(bare) < SKELETON_MIN or (bare == word and len(word) > 2 * SKELETON_MIN):
        return None
    table = kb.memo.get("skeletons")
    if table is None:
        grouped: dict[str, list[str]] = {}
        for known_word in sorted(kb.vocabulary | known):
            if known_word.isalpha():
                grouped.setdefault(_VOWELS_RE.sub("", known_word), []).append(known_word)
        table = kb.memo["skeletons"] = grouped
    assert isinstance(table, dict)
    fits = [
        w
        for w in table.get(bare, ())
        if len(w) > len(word) and w[0] == word[0] and _in_order(word, w)
    ]
    lexicon = [w for w in fits if w in known]
    chosen = lexicon if lexicon else fits
    return chosen[0] if len(chosen) == 1 else None


def _in_order(short: str, long: str) -> bool:
    """Whether the letters of `short` stand in `long` in the same order."""
    letters = iter(long)
    return all(ch in letters for ch in short)


SHORT_WORD = 7
"""Up to this length a typo is one slip of the finger (a letter left out, added, changed or two
swapped): "tangan" is two letters from "tabungan" and scores 86, but is a word of its own."""


def _one_slip(word: str, known: str) -> bool:
    """Whether a short word is one slip from a known one (longer words: the ratio decides)."""
    return len(word) > SHORT_WORD or OSA.distance(word, known) <= 1


def _unknown_inside(
    unknown_ids: list[str], places: tuple[str, ...], kb: KnowledgeBase
) -> list[str]:
    """Places named with a known one that lie inside it: "Kecamatan Losarang Indramayu", and
    "Kabupaten Seluma, Bengkulu", where Bengkulu is the province as well as its city."""
    if not unknown_ids:
        return []
    outer = {a for p in places for a in _same_named(p, kb)}
    return [u for u in unknown_ids if any(p != u and kb.contains(p, u) for p in outer)]


def _same_named(place_id: str, kb: KnowledgeBase) -> set[str]:
    """A place and the places around it that bear its name (Kota Bengkulu, Bengkulu)."""

    def bare(pid: str) -> str:
        name = kb.place_name(pid)
        return re.sub(r"^(?:Kota|Kabupaten|Provinsi)\s+", "", name).lower()

    return {pid for pid in kb.lineage(place_id) if bare(pid) == bare(place_id)}


ORIGIN_WORDS = _word_set("origin")


def _origin(words: list[str], kb: KnowledgeBase) -> str | None:
    """The place name after "asal" / "berasal dari" / "dipulangkan ke": people's home, as
    typed."""
    if ORIGIN_WORDS.isdisjoint(words) and _SENT_HOME_WORDS.isdisjoint(words):
        return None  # most questions: no home named
    for index, word in enumerate(words[:-1]):
        sent_home = word == "ke" and index > 0 and words[index - 1] in _SENT_HOME_WORDS
        if word not in ORIGIN_WORDS and not sent_home:
            continue
        start = index + 1 + (words[index + 1] == "dari")
        island = _island_at(words, start) if start < len(words) else None
        if island:
            return island[0]  # "psk asal kalimantan": an island's people
        for n in range(min(kb.longest_name, len(words) - start), 0, -1):
            name = " ".join(words[start : start + n])
            if name in kb.names:
                # "warga Kalijodo" live at the lokalisasi: it is asked about, not a home town.
                if all(is_site(pid, kb) for pid in kb.names[name]):
                    return None
                if word == "warga" and any(_village_of_a_site(pid, kb) for pid in kb.names[name]):
                    return None  # "warga Dadap": the village the lokalisasi lies in
                return name
    return None


_SENT_HOME_WORDS = frozenset({"dipulangkan", "pemulangan", "pulang", "dikembalikan", "kembali"})
"""Before "ke", these name where people are sent home to: their home region."""


VENUE_TIMES = _word_set("venue_times")
VENUE_SAYINGS = _word_set("venue_sayings")
VENUE_NATIONAL = _word_set("venue_national")
VENUE_NATIONAL_SOURCES = _word_set("venue_national_sources")
_VENUE_CUES = VENUE_TIMES | VENUE_SAYINGS | VENUE_NATIONAL_SOURCES
"""Any word that may tell where something was said or given."""
_SAYING_REACH = 3
"""Words a saying word stands before "di" at most ("menurut mensos Khofifah di …")."""
_NATIONAL_REACH = 4
"""Words a time word stands before "di" at most when a national office speaks between them
("pas mensos Khofifah di …")."""
_VENUE_LEAD = 2
"""Words a venue may name before its place ("di Grahadi Surabaya")."""


def _venue(words: list[str], used: set[int], kb: KnowledgeBase) -> str | None:
    """The place after "pas di" / "kata mensos di" where a story about elsewhere was datelined:
    where it was said, as typed."""
    if _VENUE_CUES.isdisjoint(words):
        return None  # most questions: no saying or time word
    for index, word in enumerate(words[:-1]):
        if word != "di":
            continue
        before = words[max(0, index - _SAYING_REACH) : index]
        wider = words[max(0, index - _NATIONAL_REACH) : index]
        # "kata mensos lokalisasi di kupang": the lokalisasi there is asked, not where it was said.
        national = (
            not VENUE_NATIONAL.isdisjoint(wider)
            and not _VENUE_CUES.isdisjoint(wider)
            and TOPIC_WORDS.isdisjoint(wider)
        )
        if (
            not (index and words[index - 1] in VENUE_TIMES)
            and VENUE_SAYINGS.isdisjoint(before)
            and not national
        ):
            continue
        for start in range(index + 1, min(index + 2 + _VENUE_LEAD, len(words))):
            if start not in used:
                continue
            for n in range(min(kb.longest_name, len(words) - start), 0, -1):
                name = " ".join(words[start : start + n])
                if name in kb.names and (
                    _dateline_of_a_story_elsewhere(name, kb)
                    or (national and _dateline_of_a_story_wider(name, kb))
                ):
                    return name
            break
    return None


def _dateline_of_a_story_elsewhere(name: str, kb: KnowledgeBase) -> bool:
    """Whether a story datelined with this name files its facts outside the place (once per
    snapshot and name)."""
    key = ("dateline_elsewhere", name)
    if key not in kb.memo:
        kb.memo[key] = _story_elsewhere_datelined(name, kb)
    return bool(kb.memo[key])


def _dateline_of_a_story_wider(name: str, kb: KnowledgeBase) -> bool:
    """Whether a story datelined with this name files some of its facts at a place around it
    (the country's figures a minister gave there; once per snapshot and name)."""
    key = ("dateline_wider", name)
    if key not in kb.memo:
        ids = set(kb.names.get(name, ()))
        kb.memo[key] = any(
            f.place_id and f.place_id not in ids and any(kb.contains(f.place_id, i) for i in ids)
            for article_id in _articles_datelined(ids, kb)
            for f in kb.by_article.get(article_id, ())
        )
    return bool(kb.memo[key])


def _story_elsewhere_datelined(name: str, kb: KnowledgeBase) -> bool:
    ids = set(kb.names.get(name, ()))
    for article_id in _articles_datelined(ids, kb):
        placed = {f.place_id for f in kb.by_article.get(article_id, ()) if f.place_id}
        if placed and not any(kb.contains(p, q) for p in ids for q in placed):
            return True
    return False


def _articles_datelined(place_ids: set[str], kb: KnowledgeBase) -> Iterator[str]:
    """The articles whose dateline names one of the places."""
    return (a for a in kb.articles if not place_ids.isdisjoint(kb.dateline_places(a)))


def _village_of_a_site(place_id: str, kb: KnowledgeBase) -> bool:
    """Whether a village or district holds a lokalisasi the articles name."""
    if kb.depth(place_id) <= REGENCY_DEPTH:
        return False
    return any(is_site(f.place_id or "", kb) for f in kb.subtree.get(place_id, ()))


def is_site(place_id: str, kb: KnowledgeBase) -> bool:
    """Whether a place is a lokalisasi."""
    place = kb.places.get(place_id)
    return place is not None and place.level == "lokalisasi"


def _find_places(
    words: list[str], kb: KnowledgeBase, unknown_ids: list[str] | None = None
) -> tuple[list[str], list[str], set[int]]:
    """(places the knowledge base covers, names of places it does not, word positions used)."""
    found: list[str] = []
    unknown: list[str] = []
    unknown_ids = unknown_ids if unknown_ids is not None else []
    unknown_ids.clear()
    used: set[int] = set()
    # A name is at most as long as the longest one starting with its first word.
    reach = kb.name_reach
    names = kb.names
    count = len(words)
    company = company_words(words)
    i = 0
    while i < count:
        if i in company:
            i += 1  # "pt kerinci serat nusantara" names a company, not Kerinci
            continue
        # Most words are no island: the look for one is skipped for them.
        island = _island_at(words, i) if words[i] in _ISLAND_STARTS else None
        if island:
            # "lokalisasi di Pulau Sumatera": the island's provinces the articles cover.
            name, n = island
            provinces = _island_provinces(kb).get(name, ())
            covered = [pid for pid in provinces if pid in kb.covered]
            if covered:
                found.extend(covered)
            else:
                unknown.append(" ".join(words[i : i + n]))
            used.update(range(i, i + n))
            i += n
            continue
        # "kec prabumulih timur sama cambai": the level word serves every name of the list.
        level = _listed_level(words, i, used) if words[i - 1] in _LIST_JOINERS else ""
        joined = words[i] + words[i + 1] if i + 1 < count else ""
        if joined in names and not _longer_name_at(words, i, kb):
            # "parung panjang" for Parungpanjang: a one-word name typed as two words is that
            # name, not a place named by its second word (Panjang, Bandar Lampung).
            ids = kb.names[joined]
            covered = [pid for pid in ids if pid in kb.covered]
            if covered:
                found.extend(covered)
            else:
                unknown.append(joined)
                unknown_ids.extend(ids)
            used.update((i, i + 1))
            i += 2
            continue
        if words[i] not in reach and not level:
            i += 1
            continue
        if i and words[i - 1] == "berapa" and _common_noun(words[i], kb):
            i += 1  # "brp bangli": what is counted (bangunan liar), not Kabupaten Bangli
            continue
        longest = reach.get(words[i], 0) if not level else _LISTED_NAME_WORDS
        for n in range(min(longest + 1, len(words) - i), 0, -1):
            name = " ".join(words[i : i + n])
            ids = n <= longest and (
                kb.names.get(name) or (kb.names.get(f"{level} {name}") if level else None)
            )
            if not ids and n >= 3:
                # "tanjung batu merah" for Tanjung Batumerah: the name's last word typed as two.
                name = " ".join([*words[i : i + n - 2], words[i + n - 2] + words[i + n - 1]])
                ids = kb.names.get(name)
            if not ids:
                continue
            covered = [pid for pid in ids if pid in kb.covered]
            if covered:
                found.extend(covered[:1] if len(covered) == 1 else covered)
            else:
                unknown.append(name)
                unknown_ids.extend(ids)
            used.update(range(i, i + n))
            i += n
            break
        else:
            i += 1
    return found, unknown, used


_LEVEL_WORDS = frozenset({"kecamatan", "kabupaten", "kota", "desa", "kelurahan"})
_LIST_JOINERS = frozenset({"dan", "sama", "serta", "atau", "dengan"})
_LISTED_NAME_WORDS = 3
"""Words a name listed after another of its level takes at most ("… dan rambang kapak tengah")."""


def _listed_level(words: list[str], index: int, used: set[int]) -> str:
    """The level word of the name before a joiner ("kecamatan a dan b": "kecamatan" for b),
    when the word at `index` follows "dan"/"sama" after a name that began with one."""
    if index < 2 or words[index - 1] not in _LIST_JOINERS or index - 2 not in used:
        return ""
    start = index - 2
    while start - 1 in used:
        start -= 1
    return words[start] if words[start] in _LEVEL_WORDS else ""


def _longer_name_at(words: list[str], index: int, kb: KnowledgeBase) -> bool:
    """Whether a name of two words or more starts at `index` ("kota baru" before "kotabaru")."""
    reach = min(kb.name_reach.get(words[index], 0), len(words) - index)
    return any(" ".join(words[index : index + n]) in kb.names for n in range(2, reach + 1))


ISLANDS: dict[str, tuple[str, ...]] = {
    key.lower(): tuple(codes.split())
    for key, codes in data.table("places").get("island", {}).items()
}
"""Islands asked about as a whole, by the starts of their provinces' codes."""
_ISLAND_STARTS = frozenset({"pulau", *ISLANDS})
"""The words an island's name can start with (see _island_at)."""
_COMPANY_WORDS = frozenset({"pt", "cv"})
COMPANY_NAME_WORDS = 4
"""Words a company's name takes at most after "pt"."""


def company_words(words: list[str]) -> set[int]:
    """Positions of the words of a company's name: after "pt"/"cv", up to the first word the
    lexicon knows ("pt kerinci serat nusantara untuk …")."""
    if _COMPANY_WORDS.isdisjoint(words):
        return set()  # most questions name no company
    known = _known()
    found: set[int] = set()
    for index, word in enumerate(words):
        if word not in _COMPANY_WORDS:
            continue
        for later in range(index + 1, min(index + 1 + COMPANY_NAME_WORDS, len(words))):
            if words[later] in known:
                break
            found.add(later)
    return found


_DIRECTIONS = frozenset({"utara", "selatan", "barat", "timur", "tengah", "tenggara"})


def _island_at(words: list[str], index: int) -> tuple[str, int] | None:
    """'pulau sumatera', 'sumatera' (not 'sumatera barat', a province): the island named at
    `index` and the words it takes."""
    word = words[index]
    if word == "pulau" and words[index + 1 : index + 2] and words[index + 1] in ISLANDS:
        return words[index + 1], 2
    if word in ISLANDS and not set(words[index + 1 : index + 2]) & _DIRECTIONS:
        return word, 1
    return None


def _island_provinces(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """Each island's provinces (once per snapshot)."""
    cached = kb.memo.get("island_provinces")
    if cached is None:
        provinces = [pid for pid in kb.places if len(pid) == 2 and pid.isdigit()]
        cached = {
            name: tuple(p for p in provinces if p.startswith(codes))
            for name, codes in ISLANDS.items()
        }
        kb.memo["island_provinces"] = cached
    return cached  # type: ignore[return-value]


def _fuzzy_places(
    words: list[str], used: set[int], kb: KnowledgeBase, vocabulary: frozenset[str]
) -> tuple[list[str], set[int]]:
    """Misspelt names of places the knowledge base covers ("kotawaringn timur", "tarkan")."""
    unknown = [i for i, w in enumerate(words) if i not in used and w not in vocabulary]
    if not unknown:
        return [], set()
    found: list[str] = []
    positions: set[int] = set()
    for n in (2, 1):
        # Only a span holding an unknown word can name a place the words do not spell.
        starts = {i for u in unknown for i in range(u - n + 1, u + 1)}
        for i in sorted(i for i in starts if 0 <= i <= len(words) - n):
            span = range(i, i + n)
            if any(p in used or p in positions for p in span):
                continue
            if all(words[p] in vocabulary for p in span):
                continue
            phrase = " ".join(words[i : i + n])
            if len(phrase) < 5 or (n > 1 and words[i] in _TYPO_LEVEL_WORDS):
                # "lokalisasi parit" is near "lokalisasi saritem" only by the shared level word.
                continue
            ids = _place_typo(phrase, kb)
            if ids:
                found.extend(ids)
                positions.update(span)
    return found, positions


_TYPO_LEVEL_WORDS = frozenset(
    "lokalisasi eks bekas kota kabupaten kab kecamatan kec kelurahan desa provinsi".split()
)
TYPO_MEMO_LIMIT = 20_000
"""Phrases whose place-typo lookup is remembered per snapshot; chat repeats its unknown words
("penduduk", "dong"), but a flood of random words must not grow the memo without end."""


def _place_typo(phrase: str, kb: KnowledgeBase) -> tuple[str, ...]:
    """The covered place `phrase` misspells, if any (remembered per knowledge base snapshot)."""
    memo = kb.memo.setdefault("place_typos", {})
    assert isinstance(memo, dict)
    if phrase in memo:
        return memo[phrase]  # type: ignore[no-any-return]
    names, choices = _covered_names(kb)
    match = process.extractOne(
        phrase,
        _same_length(choices, len(phrase), kb),
        scorer=fuzz.ratio,
        score_cutoff=PLACE_TYPO_CUTOFF,
    )
    ids = names[match[0]] if match else ()
    if len(memo) >= TYPO_MEMO_LIMIT:
        memo.clear()
    memo[phrase] = ids
    return ids


def _same_length(choices: list[str], length: int, kb: KnowledgeBase) -> list[str]:
    """The names long enough and short enough to reach PLACE_TYPO_CUTOFF against a phrase of
    `length` characters: fuzz.ratio is at most 100·(1 − |a − b| / (a + b)), so lengths further
    apart than the bound below can never match, and skipping them changes no result."""
    windows = kb.memo.setdefault("typo_windows", {})
    assert isinstance(windows, dict)
    if length not in windows:
        cutoff = PLACE_TYPO_CUTOFF / 100
        slack = 2 * length * (1 - cutoff) / cutoff
        windows[length] = [name for name in choices if abs(len(name) - length) <= slack]
    return windows[length]  # type: ignore[no-any-return]


def _covered_names(kb: KnowledgeBase) -> tuple[dict[str, tuple[str, ...]], list[str]]:
    """Names of the places the knowledge base has facts about, and the list to match them in."""
    cached = kb.memo.get("covered_names")
    if cached is None:
        covered = kb.covered
        names: dict[str, tuple[str, ...]] = {}
        for name, ids in kb.names.items():
            if len(ids) == 1:
                # Most names mean one place: kept as they are, or not at all.
                if ids[0] in covered:
                    names[name] = ids
                continue
            kept = tuple(pid for pid in ids if pid in covered)
            if kept:
                names[name] = kept
        cached = (names, list(names))
        kb.memo["covered_names"] = cached
    return cached  # type: ignore[return-value]


def _most_specific(
    places: list[str], kb: KnowledgeBase, words: list[str] | None = None
) -> tuple[str, ...]:
    unique = list(dict.fromkeys(places))
    if len(unique) < 2:
        return tuple(unique)  # most questions: one place or none, nothing to compare
    regions = [pid for pid in unique if 1 <= kb.depth(pid) <= REGENCY_DEPTH]
    if regions and words:
        # "psk di lokalisasi km 12 palangkaraya": a Km 12 of another regency is not the one
        # asked about; the city it is written with is ("km 17 yg ktp jatim" names a home).
        joined = f" {' '.join(words)} "
        unique = [
            pid
            for pid in unique
            if pid in regions
            or (place := kb.places.get(pid)) is None
            or place.level != "lokalisasi"
            or not any(
                _written_with(pid, region, joined, kb) and not kb.contains(region, pid)
                for region in regions
            )
        ]
    specific = [pid for pid in unique if not any(o != pid and kb.contains(pid, o) for o in unique)]
    return tuple(sorted(specific, key=lambda pid: -kb.depth(pid)))


def _counting_region(
    specific: tuple[str, ...], found: list[str], kb: KnowledgeBase
) -> tuple[str, ...]:
    """ "Sunggal itu satu dari brp lokalisasi di Sumut": a lokalisasi holds no count of
    lokalisasi; the region named with it, which contains it, is where they are counted."""
    sites = [pid for pid in specific if (p := kb.places.get(pid)) and p.level == "lokalisasi"]
    if not sites:
        return specific
    regions = [
        pid
        for pid in dict.fromkeys(found)
        if pid not in specific and all(kb.contains(pid, site) for site in sites)
    ]
    if not regions:
        return specific
    region = max(regions, key=kb.depth)
    kept = [pid for pid in specific if pid not in sites] + [region]
    return tuple(sorted(kept, key=lambda pid: -kb.depth(pid)))


def _written_with(site: str, region: str, joined: str, kb: KnowledgeBase) -> bool:
    """Whether a question writes the region as the lokalisasi's address: "km 12 palangkaraya",
    "km 12 di palangka raya"."""
    return any(
        f" {name} {between}{town} " in joined
        for name in kb.names_of([site])
        for town in kb.names_of([region])
        for between in ("", "di ", "kota ", "kabupaten ", "kab ")
    )


_CLAUSE_SPLIT = re.compile(r"[,.;:!?…\n]+")
QUESTION_WORDS = _word_set("asking")
NEXT_QUESTION = _word_set("next_question")
WORKER_WORDS = _word_set("workers")
COUNT_WORDS = _word_set("count_words")
COUNT_FILLERS = _word_set("count_fillers")
COUNT_ENDS = _word_set("count_ends")
COUNTED_UNITS: dict[str, tuple[str, ...]] = {
    unit: words for unit, _, words in COUNTED_THINGS.values() if words
}
"""Counted things other than workers and lokalisasi, by unit: the words a question uses."""
COUNT_NOUNS: dict[str, str] = {
    **_READING["count_nouns"],
    # mucikari, wisma, KK …: each counted thing of knowledge/data/counted.toml by its unit.
    **{word: unit for unit, words in COUNTED_UNITS.items() for word in words},
}
GIVER_MARKERS = _word_set("giver_markers")
GIVING_WORDS = _word_set("giving")
GIVING_REACH = 3
"""Words before "berapa" a giving word may stand: "dapat tambahan brp", "kasih brp"."""
GIVING_SUM_REACH = 7
"""… when a sum is named right after it: "dapat uang saku atau modal usaha brp"."""
WHEN_UNITS = _word_set("when_units")
SPAN_AFTER = _word_set("span_after")
RECIPIENT_MARKERS = _word_set("recipient_markers")
RECIPIENT_SKIPPED = _word_set("recipient_skipped")
PURPOSE_WORDS = _word_set("purpose")
FORMER_WORDS = _word_set("former")
CLAUSE_OPENERS = _word_set("clause_openers")


def _vocabulary(kb: KnowledgeBase, known: frozenset[str]) -> frozenset[str]:
    """Every word a question may use: the articles' and the lexicon's (once per snapshot)."""
    cached = kb.memo.get("question_vocabulary")
    if cached is None:
        cached = kb.vocabulary | known
        kb.memo["question_vocabulary"] = cached
    return cached  # type: ignore[return-value]


def _clauses(question: str, kb: KnowledgeBase, known: frozenset[str]) -> list[list[str]]:
    """The question's clauses, each as its words in one spelling."""
    vocabulary = _vocabulary(kb, known)
    # The part after a closing "?" is empty: no words to look for.
    clauses = [terms(part, vocabulary) for part in _CLAUSE_SPLIT.split(question) if part]
    # "PSKnya": -nya after a short word the articles know.
    clauses = [
        [w[:-3] if w.endswith("nya") and w[:-3] in vocabulary and len(w) > 5 else w for w in c]
        for c in clauses
    ]
    return [[w for w in clause if w != "nya"] for clause in clauses if clause]


def _split_glued(word: str, vocabulary: frozenset[str] | set[str]) -> list[str] | None:
    """'pskdi' -> ['psk', 'di']: two known words typed without their space."""
    if len(word) < 5 or not word.isalpha():
        return None
    for cut in range(2, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        if head in vocabulary and tail in vocabulary and len(head) + len(tail) == len(word):
            if (len(head) < 3 and head not in _SHORT_PIECES) or (
                len(tail) < 3 and tail not in _SHORT_PIECES
            ):
                continue  # "jaman" is no "jam" and an "-an" ("90-an"): a suffix is no word
            return [head, tail]
    return None


_SHORT_PIECES = frozenset({"di", "ke"})
"""The only two-letter words a glued word is split off: "pskdi", "kesamarinda"."""


# "tanpa yg kemensos": a giver left out; "jaman bupati Heru": a time, not who gives.
_EXCLUDED_BEFORE = re.compile(
    r"\b(?:tanpa|kecuali|selain|bukan)\s+(?:yang\s+)?$"
    r"|\b(?:jaman|zaman|era|masa|periode)(?:\s+kepemimpinan)?\s*$"
)


def _giver(joined: str) -> str | None:
    """The giver a question names first, leaving out one it excludes ("tanpa yg kemensos")."""
    if _GIVER_HEADS.isdisjoint(joined.split()):
        return None
    named = []
    for phrase, name in _PADDED_GIVERS:
        at = joined.find(phrase)
        if at == -1 or _EXCLUDED_BEFORE.search(joined[:at]):
            continue
        named.append((at, name))
    return min(named)[1] if named else None


def _aid_kind(words: set[str], joined: str) -> str | None:
    """The kind of aid a question names first in the table ("modal usaha", "uang saku")."""
    if _AID_KIND_HEADS.isdisjoint(words):
        return None
    return next((label for phrase, label in _PADDED_AID_KINDS if phrase in joined), None)


NUMBERED_WORDS = frozenset(tables.words()["shapes"]["numbered"].split())
"""Words a number follows in a name ("Km 9", "Nomor 5"): "<word> berapa" asks which."""


def _counted(words: list[str], used: set[int], ends: frozenset[int] = frozenset()) -> str | None:
    """What a counting question counts; an unknown word when it is something else. `ends`: the
    positions of the last words of the question's clauses ("… brp, peleton X ditambah Y": what
    follows the comma is not what is counted)."""
    if any(
        w == "berapa" and words[i - 1 : i] in (["dapat"], ["terima"]) and _given_before(words, i)
        for i, w in enumerate(words)
    ):
        return "money"  # "totalnya psk X dapet brp": what they got, however "total" goes on
    # "jumlah psk … turun brp persen": the thing written right after "berapa" decides; "jumlah"
    # only names the topic.
    asking = sorted(
        (i for i, w in enumerate(words) if w in COUNT_WORDS),
        key=lambda i: not _names_right_after(words, i, used),
    )
    for index in asking:
        word = words[index]
        if word == "berapa" and index and words[index - 1] in WHEN_UNITS:
            return "when"
        if word == "berapa" and index and words[index - 1] in NUMBERED_WORDS:
            return None  # "perda nomor berapa", "di km berapa": which one, not how many
        following = next((w for w in words[index + 1 :] if w not in _CHAT_FILLERS), None)
        if word == "berapa" and following in SPAN_AFTER:
            return "lama"  # "udah brp taun tinggal di situ": how long
        if following == "per":
            return "money"  # "dapat berapa (sih) per orang": an amount for each, not a head count
        if word == "berapa" and following == "kali":
            return "kali"  # "dikasih SP brp kali": how many times, never an amount given
        if following in COUNT_NOUNS and COUNT_NOUNS[following] != "money":
            # "razia di X dapat brp psk": the thing named right after is what is counted.
            return _count_noun(words, words.index(following, index + 1))
        if _given_before(words, index):
            return "money"  # "psk dapet tambahan brp", "wali kota kasih brp ke mucikari"
        for later in range(index + 1, len(words)):
            noun = words[later]
            if later - 1 in ends:
                break  # the counting clause ended with "berapa" or a word after it
            if later in used or noun.isdigit() or noun in GIVER_MARKERS or noun in COUNT_ENDS:
                break  # "brp per orang dari perusahaan": who gives, not what is counted
            if noun in RECIPIENT_MARKERS and _given_amount(words[:index]):
                break  # "siapin dana brp buat alih fungsi": what an amount is for
            if noun in COUNT_NOUNS:
                return _count_noun(words, later)
            if noun == "orang" and words[later + 1 : later + 2] == ["yang"]:
                return "psk"  # "berapa orang yang memilih menetap": people are counted
            if noun in COUNT_FILLERS or noun in WHEN_UNITS or len(noun) <= 2:
                continue
            if noun in CLAUSE_OPENERS:
                break  # "dikasih bekal brp sblm dianter pulang": a clause follows, no noun
            if _heads_after(words, index):
                break  # "brp org dibanding …": people, named before "berapa"
            if words[later - 1] == "yang":
                # "bangunan bekas wisma brp yg direnovasi": the clause says which of the
                # things named before are counted.
                named = [i for i in range(index) if words[i] in COUNT_NOUNS]
                if named:
                    return _count_noun(words, named[0])
            return noun
        # "jatah hidup eks psk kotim brapa": the thing comes first. A closing word counts
        # lokalisasi only when nothing else is named: "sblm ditutup psk di km 9 ada brp" counts
        # the workers.
        # "warung yg masih buka di lokalisasi X tinggal brp": a lokalisasi after "di" is
        # where the counted things are, not what is counted.
        named_before = [
            i
            for i in range(index)
            if words[i] in COUNT_NOUNS
            and not (COUNT_NOUNS[words[i]] == "lokalisasi" and words[i - 1 : i] == ["di"])
        ]
        if _heads_after(words, index):
            # "yg nerima bantuan … brp org": people are counted, not the aid they got nor the
            # lokalisasi they work in.
            named_before = [
                i for i in named_before if _count_noun(words, i) not in ("money", "lokalisasi")
            ]
            if not named_before:
                return "psk"
        if named_before:
            if index - 1 in named_before and COUNT_NOUNS[words[index - 1]] == "money":
                # "eks psk … dipulangkan dengan bantuan brp": the amount said right before.
                return _count_noun(words, index - 1)
            return _count_noun(words, _first_counted(words, named_before))
        if index == len(words) - 1:
            # "harga tiket kapal … brp": what is counted is none of the domain's things.
            for position, earlier in enumerate(words[:index]):
                if earlier in GIVER_MARKERS and position not in used:
                    return "money"  # "trus dari pengusaha berapa": what someone gave
                if position in used or earlier in COUNT_FILLERS or earlier in QUESTION_WORDS:
                    continue
                if earlier in WHEN_UNITS or len(earlier) <= 2 or earlier in _stopwords():
                    continue
                return earlier
    return None


def _first_counted(words: list[str], named: list[int]) -> int:
    """Which of the things named before "berapa" is counted: a closing word counts lokalisasi
    only when nothing else is named, and in "lokalisasi X itu psk nya ada brp" the lokalisasi
    says where the workers counted are; otherwise the first named."""
    others = bool({COUNT_NOUNS[words[i]] for i in named} - {"lokalisasi", "money"})
    return min(
        named,
        key=lambda i: (words[i] == "tutup", COUNT_NOUNS[words[i]] == "lokalisasi" and others),
    )


def _role(joined: str) -> str | None:
    """The office asked about: the first one the question names ("siapa gubernur … yang
    mendampingi mensos" asks the governor)."""
    if _ROLE_HEADS.isdisjoint(joined.split()):
        return None
    named = [
        (joined.find(padded), -len(role), role)
        for padded, role in _PADDED_ROLES
        if padded in joined
    ]
    return min(named)[2] if named else None  # at one place, the longest: "kepala dinas sosial"


def _names_right_after(words: list[str], index: int, used: set[int]) -> bool:
    """Whether "berapa" is followed at once by the thing it asks ("brp persen"), not by a
    filler ("brp ya soalnya …")."""
    if words[index] != "berapa" or index + 1 >= len(words) or index + 1 in used:
        return False
    noun = words[index + 1]
    return (
        noun.isalpha()
        and len(noun) > 2
        and noun not in COUNT_FILLERS | WHEN_UNITS
        and noun not in COUNT_NOUNS  # "total psk nya brp, di brp lokalisasi": asked in turn
        and noun not in _stopwords()  # "brp kalau dijumlah"
    )


HEADS = frozenset({"orang", "jiwa"})
"""After "berapa", these ask how many people."""


def _heads_after(words: list[str], index: int) -> bool:
    """Whether "berapa" asks a number of people: "brp org", "berapa orang sih"."""
    for word in words[index + 1 :]:
        if word in HEADS:
            return True
        if word not in COUNT_FILLERS:
            return False
    return False


def _one_person(words: list[str]) -> bool:
    """Whether a total is asked of one person's aid: "per orang", "buat 1 eks psk"."""
    if ONE_PERSON_WORDS & set(words):
        return True
    return any(
        word in ("1", "satu") and following in FORMER_WORDS | WORKER_WORDS | {"orang"}
        for word, following in pairwise(words)
    )


def _count_noun(words: list[str], index: int) -> str:
    """What the counted word at `index` counts: "bekas wisma", "eks lokalisasi" count wisma and
    lokalisasi, not the former workers "mantan" alone stands for."""
    following = words[index + 1 : index + 2]
    if words[index] in FORMER_WORDS and following and following[0] in COUNT_NOUNS:
        return COUNT_NOUNS[following[0]]
    return COUNT_NOUNS[words[index]]


_CHAT_FILLERS = frozenset({"sih", "ya", "dong", "nih", "deh", "kah", "aja", "saja"})
"""Words a chat puts between "berapa" and what follows it."""


def _given_amount(before: list[str]) -> bool:
    """Whether the words before "berapa" name money ("dana", "anggaran", "bantuan")."""
    return COUNT_NOUNS.get(before[-1] if before else "") == "money" or bool(
        {"dana", "anggaran", "biaya", "bantuan"} & set(before[-2:])
    )


def _given_before(words: list[str], index: int) -> bool:
    """Whether a giving word stands just before "berapa" and not in a "yang …" clause naming
    the counted people ("PSK yang menerima bantuan ada berapa" counts people)."""
    after = words[index + 1] if index + 1 < len(words) else ""
    if after == "orang" or COUNT_NOUNS.get(after) == "psk":
        # "yg udh nerima bantuan … brp org", "razia … dapet brp org": people are counted.
        return False
    for at in range(max(0, index - GIVING_REACH), index):
        if words[at] in GIVING_WORDS:
            return "yang" not in words[max(0, at - 2) : at]
    # "psk yg dipulangkan dpt uang saku atau modal usaha brp": a sum named after the giving word
    # is what is asked, however long its name.
    for at in range(max(0, index - GIVING_SUM_REACH), index - 1):
        if words[at] in GIVING_WORDS and words[at - 1 : at] != ["yang"]:
            between = words[at + 1 : index]
            return COUNT_NOUNS.get(between[0]) == "money" and "ada" not in between
    return False


_VERB_PREFIXES = ("memper", "mem", "meng", "meny", "nge")
_VERB_SUFFIXES = ("kan", "in")


def _purpose_verb(word: str) -> bool:
    """Whether a word after "buat"/"untuk" has a verb's shape ("memulangkan", "dipulangkan",
    the colloquial "mulangin", "bayarin", "ngasih"): then it says what aid pays for.

    Nouns with "pe-"/"ke-" ("kebijakan") and short words ("ikan", "pekan") are left alone;
    "men-" is not a prefix here, since "menteri" is someone aid may be for.
    """
    if word.startswith(("pe", "ke")):
        return False
    if word.startswith(_VERB_PREFIXES) and len(word) >= 7:
        return True
    return word.endswith(_VERB_SUFFIXES) and len(word) >= 6 and not word.endswith("ikan")


def _recipient(words: list[str], used: set[int]) -> str | None:
    """Who aid is asked for, when it is not the workers: 'bantuan untuk nelayan', 'kasih brp
    ke mucikari', 'mucikari dapat bantuan brp'."""
    if GIVING_WORDS.isdisjoint(words) and RECIPIENT_MARKERS.isdisjoint(words):
        return None  # most questions: nothing is given to anyone in them
    for index, word in enumerate(words):
        after = words[index + 1 : index + 3]
        if after[:1] == ["berapa"] and (
            after[-1] in HEADS or COUNT_NOUNS.get(after[-1], "money") != "money"
        ):
            continue  # "razia di X dapat brp psk / org": people caught, no one given anything
        if word in GIVING_WORDS:
            # "mucikari di buloa dapat bantuan": who receives stands before the giving word.
            for noun in reversed(words[max(0, index - 4) : index]):
                if COUNT_NOUNS.get(noun) in COUNTED_UNITS:
                    return noun
                if noun in WORKER_WORDS:
                    return None  # "…, katanya psk yg lokalisasinya ditutup dapet": the workers
            subject = _subject(words[:index], used)
            if subject:
                return subject  # "pedagang lapak di sekitar km 3 dapet bantuan brp"
        given_to = word == "ke" and bool(GIVING_WORDS & set(words[max(0, index - 3) : index]))
        if word not in RECIPIENT_MARKERS and not given_to:
            continue
        for later in range(index + 1, min(index + 4, len(words))):
            noun = words[later]
            if later in used:
                return None  # "bantuan utk palangka raya naik jadi brp": aid for a place
            if noun in RECIPIENT_SKIPPED or noun.isdigit():
                continue  # "buat 1 eks psk": how many, not who
            if noun in FORMER_WORDS and later + 1 < len(words):
                continue  # "untuk mantan mucikari": whose former trade decides
            if noun in COUNT_NOUNS and COUNT_NOUNS[noun] in COUNTED_UNITS:
                return noun  # "bantuan untuk mucikari": someone else than the workers
            if noun in WORKER_WORDS or noun in COUNT_NOUNS or noun in COUNT_FILLERS:
                return None
            if noun in PURPOSE_WORDS or _purpose_verb(noun):
                return None  # "biaya buat mulangin psk": what the money pays for, not who gets it
            if noun in _stopwords():
                return None
            return noun
    return None


@lru_cache(maxsize=1)
def _not_recipients() -> frozenset[str]:
    """Words that open a question without naming who receives: givers, offices, aid itself."""
    named = [*GIVERS, *ROLES, *AID_KINDS]
    return frozenset(w for phrase in named for w in terms(phrase)) | TOPIC_WORDS


def _subject(before: list[str], used: set[int]) -> str | None:
    """The people a question opens with, when it goes on to say they receive: "pedagang",
    "warga"; not the workers, a giver, a place, or a word that asks."""
    for position, noun in enumerate(before):
        if noun in FORMER_WORDS or noun in COUNT_FILLERS or noun in QUESTION_WORDS:
            continue
        if position in used or noun.isdigit():
            return None
        if noun in WORKER_WORDS or noun in COUNT_NOUNS or noun in _not_recipients():
            return None
        if noun in _stopwords() or len(noun) <= 2:
            return None
        return noun
    return None


READING_CACHE_SIZE = 2048
"""Readings kept per knowledge-base snapshot: the same question asked again (in a group, by
many users, or the bot's own example questions) is read once."""


def read_question(question: str, kb: KnowledgeBase) -> Reading:
    """Normalise a question and find its places, slots, unknown words and intents.

    The reading depends only on the question and the snapshot, so it is cached with the
    snapshot; callers must not change it.
    """
    cache = kb.memo.get("readings")
    if cache is None:
        cache = kb.memo["readings"] = OrderedDict()
    reading = cache.get(question)  # type: ignore[attr-defined]
    if reading is not None:
        cache.move_to_end(question)  # type: ignore[attr-defined]
        return reading  # type: ignore[no-any-return]
    reading = _read_question(question, kb)
    cache[question] = reading  # type: ignore[index]
    if len(cache) > READING_CACHE_SIZE:  # type: ignore[arg-type]
        cache.popitem(last=False)  # type: ignore[attr-defined]
    return reading


def clear_caches(kb: KnowledgeBase) -> None:
    """Forget cached readings, intent rankings and sentence searches (for measuring the
    uncached path)."""
    kb.memo.pop("readings", None)
    kb.memo.pop("place_typos", None)
    kb.memo.pop("searches", None)
    rank_intents.cache_clear()


NAMING_WORDS = _word_set("naming")


def _names_something(words: list[str], index: int, question: str, known: frozenset[str]) -> bool:
    """Whether an unknown word is (part of) a name: right after a naming word or another
    unknown name, or written with a capital inside the question."""
    before = words[max(0, index - 2) : index]
    if before and before[-1] in NAMING_WORDS:
        return True
    if len(before) == 2 and before[0] in NAMING_WORDS and before[1] not in QUESTION_WORDS:
        # "lokalisasi sunan kuning": the word before is an unknown name too, not a known word
        # ("wali kota palu ttg …").
        return before[1] not in known
    word = words[index]
    return bool(re.search(rf"(?<=[^.!?\s])\s+{re.escape(word[:1].upper() + word[1:])}\b", question))


@dataclass
class _Places:
    """The places a question names, and where in its words."""

    words: list[str]
    """The question's words, typos of known words corrected."""
    found: list[str]
    unknown: list[str]
    unknown_ids: list[str]
    used: set[int]
    """Positions of the words that name a place."""


def _question_words(
    question: str, kb: KnowledgeBase, known: frozenset[str], vocabulary: frozenset[str]
) -> tuple[list[str], set[int], frozenset[int]]:
    """The question's words (glued words split), the positions of those in clauses that ask
    (chatter around a question, "aku lagi bikin tugas sekolah …", is not part of it), and the
    positions of the last word of each clause."""
    clauses = _clauses(question, kb, known)
    asking = [i for i, c in enumerate(clauses) if set(c) & QUESTION_WORDS]
    asking = asking or [i for i, c in enumerate(clauses) if set(c) & TOPIC_WORDS]
    asking = asking or list(range(len(clauses)))
    words: list[str] = []
    core: set[int] = set()
    ends: set[int] = set()
    names = kb.names
    for index, clause in enumerate(clauses):
        asks = index in asking
        for word in clause:
            # "pekanbaru" is a place's name, not "pekan baru".
            glued = None if word in vocabulary or word in names else _split_glued(word, vocabulary)
            if glued is None:
                if asks:
                    core.add(len(words))
                words.append(word)  # most words: known, or no two known words glued
                continue
            for piece in glued:
                if asks:
                    core.add(len(words))
                words.append(piece)
        ends.add(len(words) - 1)
    return words, core, frozenset(ends)


def _places(
    words: list[str], kb: KnowledgeBase, known: frozenset[str], vocabulary: frozenset[str]
) -> _Places:
    """The places named, typos in other words corrected first when that completes a name."""
    unknown_ids: list[str] = []
    places, unknown_places, used = _find_places(words, kb, unknown_ids)
    corrected = list(words)
    for index, word in enumerate(words):
        if index in used or word in vocabulary or not word[:1].isalpha():
            continue
        if stems(word) & kb.stems:
            continue  # another form of an article's word, not a typo
        fixed = (
            standard_word(word, kb.vocabulary, known, _one_word_synonyms().keys())
            or _correct(word, kb, known)
            or _by_skeleton(word, kb, known)
            or standard_relative(word, kb.stems)
        )
        if fixed:
            # "ditangkep" is chat for "ditangkap", which the articles' words are read as.
            corrected[index] = _one_word_synonyms().get(fixed, fixed)
    if corrected != words:
        # A corrected word may complete a place name: "kotawaringn timur", "tarkan".
        words = corrected
        places, unknown_places, used = _find_places(words, kb, unknown_ids)
    fuzzy, fuzzy_used = _fuzzy_places(words, used, kb, vocabulary)
    if not places and not fuzzy and not unknown_places:
        # "brp psk lorong indah pati …": a regency named by an everyday word no article made
        # relevant is still a place the articles say nothing of, not a question about nowhere.
        for index, word in enumerate(words):
            ids = kb.quiet_regencies.get(word)
            if ids and index not in used:
                unknown_places.append(word)
                unknown_ids.extend(ids)
                used.add(index)
    return _Places(words, places + fuzzy, unknown_places, unknown_ids, used | fuzzy_used)


EXCEPT_WORDS = frozenset({"selain", "kecuali"})


def _set_exceptions_aside(places: _Places, kb: KnowledgeBase) -> None:
    """'Selain Sumbersuko, lokalisasi apa aja yg udh ditutup di Lumajang?': the place after
    "selain" is left out of the question; the other place named is the one asked about."""
    words = places.words
    for at, word in enumerate(words[:-1]):
        if word not in EXCEPT_WORDS:
            continue
        # The place named right after it, however far the question goes on ("Selain
        # Sumbersuko, lokalisasi mana lagi di Lumajang"): the shortest run of words naming it.
        named: list[str] = []
        for length in range(1, kb.longest_name + 1):
            named, _, span = _find_places(words[at + 1 : at + 1 + length], kb)
            if 0 in span:
                break
        else:
            continue  # "selain itu, …": no place right after it
        others = [p for p in places.found if p not in named]
        if others:
            places.found = others
        places.unknown = [n for n in places.unknown if n != words[at + 1]]


_SITE_HEADS = frozenset({"lokalisasi", "resosialisasi", "kompleks"})


def _site_named_by_unknown(unknown: list[str], words: list[str]) -> bool:
    """Whether a place name the articles do not cover comes right after "lokalisasi": the
    lokalisasi's own name, not a second place asked about."""
    for name in unknown:
        first = name.split()[0]
        if any(w == first and i and words[i - 1] in _SITE_HEADS for i, w in enumerate(words)):
            return True
    return False


def _set_venue_aside(places: _Places, kb: KnowledgeBase) -> str | None:
    """'Menurut mensos di Surabaya, …': where it was said, not the place asked about."""
    venue = _venue(places.words, places.used, kb)
    if venue:
        _put_aside(places, set(kb.names.get(venue, ())), venue)
    return venue


def _put_aside(places: _Places, ids: set[str], name: str) -> None:
    """Leave out a place the question names but does not ask about, known (`ids`) or not."""
    places.found = [p for p in places.found if p not in ids]
    places.unknown = [u for u in places.unknown if u != name]
    places.unknown_ids = [p for p in places.unknown_ids if p not in ids]


ROUTE_WORDS = _word_set("route")
ROUTE_POINTS = _word_set("route_points")


def _set_route_aside(places: _Places, kb: KnowledgeBase) -> None:
    """'Bupati X yg mulangin PSK lewat pelabuhan Y': the way they went, not the place asked
    about, when the question names another."""
    words = places.words
    for index, word in enumerate(words):
        if word not in ROUTE_WORDS:
            continue
        start = index + 1
        while start < len(words) and words[start] in ROUTE_POINTS:
            start += 1
        for n in range(min(kb.longest_name, len(words) - start), 0, -1):
            name = " ".join(words[start : start + n])
            way = set(kb.names.get(name, ()))
            if not way and name not in places.unknown:
                continue
            if any(p not in way for p in places.found) or any(u != name for u in places.unknown):
                _put_aside(places, way, name)
            break


def _set_origin_aside(places: _Places, kb: KnowledgeBase) -> str | None:
    """'PSK asal Jember': where people come from, not the place the question is about."""
    origin = _origin(places.words, kb)
    if origin:
        home = set(kb.names.get(origin, ())) | set(_island_provinces(kb).get(origin, ()))
        places.found = [p for p in places.found if p not in home]
        places.unknown = [name for name in places.unknown if name != origin]
    return origin


SHORT_NAME_LETTERS = 4
"""A name this long at least may be said short: "Risma", "Khofi"."""


def _short_name_of_someone(word: str, kb: KnowledgeBase) -> bool:
    """Whether a word is the start of a name the articles give (a person's short name)."""
    if len(word) < SHORT_NAME_LETTERS or not word.isalpha():
        return False
    return any(name.startswith(word) and name != word for name in kb.person_words)


def _unknown(
    question: str,
    words: list[str],
    skip: set[int],
    kb: KnowledgeBase,
    known: frozenset[str],
    vocabulary: frozenset[str],
) -> tuple[list[str], list[str]]:
    """The words of the asking clauses neither the articles nor the lexicon know, and those of
    them that name something."""
    unknown_words: list[str] = []
    unknown_names: list[str] = []
    for index, word in enumerate(words):
        if index in skip or word in known:
            continue
        if not word[:1].isalpha() or len(word) <= 2:
            continue
        if word in kb.definitions or word in kb.entity_words:
            continue  # an abbreviation, person or lokalisasi the articles name
        if _short_name_of_someone(word, kb):
            continue  # "Risma" for the Tri Rismaharini the articles name
        if word not in kb.vocabulary and stems(word) & kb.stems:
            continue  # "mendampingi" where the article says "didampingi"
        if word not in kb.vocabulary:
            unknown_words.append(word)
            if _names_something(words, index, question, vocabulary):
                unknown_names.append(word)
    return unknown_words, unknown_names


def _year(words: list[str]) -> tuple[int | None, str | None]:
    """The year asked about, and whether it is a span's start, its end, or the year itself."""
    year_at = next((i for i, w in enumerate(words) if len(w) == 4 and _YEAR.fullmatch(w)), None)
    if year_at is None:
        return None, None
    before_year = set(words[max(0, year_at - 3) : year_at])
    if before_year & SINCE_WORDS:
        return int(words[year_at]), "since"
    if before_year & UNTIL_WORDS:
        return int(words[year_at]), "until"
    return int(words[year_at]), "in"


def _asks_meaning(words: list[str], joined: str) -> bool:
    """'Apa kepanjangan PSKW?', 'apa itu UEP'."""
    return bool(set(words) & MEANING_WORDS) or " apa itu " in joined


_ABBREVIATION = re.compile(r"\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b")
_LOWER_WORD = re.compile(r"[a-z]+[0-9]*")
"""A typed word, digits it ends with included: "g12" as typed, not "g" and "12"."""


def _term(
    question: str, words: list[str], used: set[int], kb: KnowledgeBase, asks_meaning: bool
) -> str | None:
    """The abbreviation or term the articles define that the question names."""
    # An abbreviation has capitals: a question typed all in lower case holds none.
    abbreviation = (
        None
        if question.islower()
        else next((w for w in _ABBREVIATION.findall(question) if len(w) >= 2), None)
    )
    if (
        abbreviation
        and fold(abbreviation) in kb.definitions
        and (asks_meaning or fold(abbreviation) not in TOPIC_WORDS)
    ):
        return fold(abbreviation)
    # Typed in lower case ("fasilitas apa aja yg ada di pskw"), or one the synonyms would
    # rewrite ("Dinsosnakertrans kepanjangannya apa"): look at the words as typed too.
    typed = fold(question).replace("-", " ")
    candidates = [w for i, w in enumerate(words) if i not in used]
    candidates += _LOWER_WORD.findall(typed)
    for word in candidates:
        if word in kb.definitions and (
            asks_meaning
            or (
                word not in TOPIC_WORDS
                and word not in OFFICE_ABBREVIATIONS
                and word not in kb.names
            )
        ):
            return word
    return None


def _term_places(term: str, kb: KnowledgeBase) -> tuple[str, ...]:
    """The covered places an abbreviation stands for: "eks penghuni RKL" asks about the
    Resosialisasi Kwamki Lestari the articles spell out."""
    found: list[str] = []
    for definition in kb.definitions.get(term, ()):
        if definition.detail:
            found += _find_places(terms(definition.detail), kb)[0]
    return _most_specific(found, kb)


def _written_as_name(word: str, kb: KnowledgeBase) -> bool:
    """Whether the articles write `word` with its capital wherever it stands, as a name is
    written ("pasar" is not)."""
    said = spellings(word, kb)
    return bool(said) and all(s and all(w[0].isupper() for w in s) for s in said)


_SITE_NAMING = frozenset({"lokalisasi", "kompleks", "komplek", "resosialisasi"})
SITE_NAME_WORDS = 3
"""Words at most of a lokalisasi's name after "lokalisasi"."""


def _site_named_without_place(
    words: list[str], used: set[int], known: frozenset[str], kb: KnowledgeBase
) -> str | None:
    """The name after "lokalisasi" in a question, when its words are a name the articles write
    with capitals wherever they stand but no place: "lokalisasi gunung sari" -> "gunung sari"."""
    for at, word in enumerate(words[:-1]):
        if word not in _SITE_NAMING:
            continue
        name: list[str] = []
        for index in range(at + 1, min(at + 1 + SITE_NAME_WORDS, len(words))):
            part = words[index]
            if index in used or part in known or part in TOPIC_WORDS or not part.isalpha():
                break
            if not _written_as_name(part, kb):
                break
            name.append(part)
        if name:
            return " ".join(name)
    return None


def _places_of_sentences(keys: Iterable[tuple[str, int]], kb: KnowledgeBase) -> set[str]:
    """What the sentences' facts are filed under; with none, their stories' own places."""
    keys = list(keys)
    found = {
        f.place_id
        for article, sentence in keys
        for f in kb.by_article.get(article, ())
        if f.sentence_id == sentence and f.place_id
    }
    return found or {p for article, _ in keys for p in _story_places(article, kb)}


def _story_places(article_id: str, kb: KnowledgeBase) -> set[str]:
    """The places a story's facts are filed under; of them, those inside its dateline's region
    when it has one ("DENPASAR - …" about raids there, with a word on Dolly and Kalijodo)."""
    places = kb.article_places.get(article_id, set())
    dateline = kb.dateline_places(article_id)
    if len(dateline) != 1:
        return places
    inside = {p for p in places if kb.contains(dateline[0], p)}
    return inside or places


def _places_of_stories_naming(name: str, kb: KnowledgeBase) -> tuple[str, ...]:
    """The places the stories that write `name` are about, when they lie on one line: what the
    sentences naming it are filed under, else the stories' own places (the deepest)."""
    rarest = min((kb.postings.get(w, ()) for w in name.split()), key=len)
    keys = [key for key in rarest if names_one((name,), kb.sentences[key].text)]
    lines = _places_of_sentences(keys, kb)
    if not lines:
        return ()
    deepest = max(lines, key=kb.depth)
    return (deepest,) if all(kb.contains(p, deepest) for p in lines) else ()


STORY_NAME_ARTICLES = 2
"""Articles at most that may use a word read as a place the region table lacks: a town's name
("Waingapu") is in its own story, a common word in many."""


def _named_in_story(
    words: list[str], used: set[int], known: frozenset[str], kb: KnowledgeBase
) -> tuple[str, ...]:
    """'lokalisasi di waingapu', 'km 5 tobelo': a place the region table lacks but a story
    names, read as the places that story's sentences naming it are about, when they lie on one
    line."""
    company = company_words(words)
    for index, word in enumerate(words):
        if index in used or word in known or word in TOPIC_WORDS or word.isdigit():
            continue
        if word in kb.definitions or word in kb.entity_words or index in company:
            continue  # "di PSKW", "PT Kotawaringin Lestari": an institution, not a place
        if word in COMMON_ABBREVIATIONS or word in COUNT_NOUNS:
            continue  # "berapa KK?": a thing counted, however a story capitalises it
        keys = kb.postings.get(word, ())
        if not keys or len({article for article, _ in keys}) > STORY_NAME_ARTICLES:
            continue
        if not _written_as_name(word, kb):
            continue
        # No fact in those sentences: the story's own places, when they lie on one line,
        # down to its regency (a town is no lokalisasi).
        lines = _places_of_sentences(keys, kb)
        if not lines:
            continue  # a story that names no place at all
        named = _region_named_so(word, lines, kb)
        if named:
            # "Kecamatan Kraksaan dan Gending": Gending is its own district, not Kraksaan.
            return (named,)
        deepest = max(lines, key=kb.depth)
        if all(kb.contains(p, deepest) for p in lines):
            within_regency = [p for p in lines if kb.depth(p) <= REGENCY_DEPTH]
            return (max(within_regency, key=kb.depth),) if within_regency else (deepest,)
    return ()


def _common_noun(word: str, kb: KnowledgeBase) -> bool:
    """Whether the articles write `word` mostly in lower case: a thing, whatever region shares
    its name ("bangunan liar (Bangli)" once, then "300 bangli")."""
    spelled = [w for said in spellings(word, kb) for w in said]
    lower = sum(w.islower() for w in spelled)
    return lower > len(spelled) - lower


def spellings(phrase: str, kb: KnowledgeBase) -> list[list[str]]:
    """How the articles write `phrase` (its words joined by a space or a hyphen), sentence by
    sentence of those holding its first word: "Solear", "YPC", "bangli", "Lawe-Lawe"."""
    words = phrase.split(" ")
    joined = "[ -]".join(re.escape(w) for w in words)
    pattern = re.compile(rf"\b{joined}\b", re.IGNORECASE)
    keys = kb.postings.get(words[0], ())
    return [pattern.findall(kb.sentences[key].text) for key in keys if key in kb.sentences]


def _region_named_so(word: str, lines: set[str], kb: KnowledgeBase) -> str | None:
    """The one district or village of the story's regency that `word` is the bare name of."""
    regencies = {
        outer for p in lines for outer in kb.lineage(p) if kb.depth(outer) == REGENCY_DEPTH
    }
    regions = {
        pid
        for level in ("kecamatan", "desa", "kelurahan")
        for pid in kb.names.get(f"{level} {word}", ())
        if any(kb.contains(regency, pid) for regency in regencies) and pid not in lines
    }
    return regions.pop() if len(regions) == 1 else None


def _status(words: set[str], joined: str) -> str | None:
    """The closure status asked about: pending, planned or done."""
    if words & PENDING_WORDS:
        # "udh ditutup blm?" asks whether it is done; "yang belum ditutup" asks what is not.
        return "done" if _DONE_OR_NOT.search(joined) else "pending"
    if words & DONE_WORDS and _DONE_CLOSING.search(joined):
        return "done"  # "yg udh ditutup dr target 168": the target is what they are out of
    if words & PLANNED_WORDS:
        return "planned"
    if words & DONE_WORDS:
        return "done"
    return None


_DONE_CLOSING = re.compile(r" (?:sudah|telah|berhasil) (?:di)?tutup ")
_DONE_OR_NOT = re.compile(r" (?:sudah|telah) (?:(?!dan |atau )\w+ ){1,3}belum (?!(?:di)?tutup )")
""""sudah … belum?": a question whether something is done, not about what is not."""


def _superlative(words: list[str], joined: str) -> str | None:
    """'terbanyak', 'terbesar' …, in one word or two ("paling banyak")."""
    superlative = next((SUPERLATIVES[w] for w in words if w in SUPERLATIVES), None)
    for phrase, meaning in _PADDED_SUPERLATIVES:
        if superlative is None and phrase in joined:
            superlative = meaning
    return superlative


def _shape(
    words: list[str], used: set[int], core: set[int], term: str | None, asks_meaning: bool
) -> list[str]:
    """The asking words with places, years and a term asked about as placeholders, the way
    the intents' example phrasings are written."""
    shaped = [
        # "lokalisasi Kembang Sari" is a place, but "lokalisasi" still says what is asked.
        "lokalisasi"
        if i in used and w == "lokalisasi"
        else PLACE_TOKEN
        if i in used
        else (YEAR_TOKEN if len(w) == 4 and _YEAR.fullmatch(w) else w)
        for i, w in enumerate(words)
        if i in core or i in used
    ]
    if term and asks_meaning:
        shaped = [TERM_TOKEN if w == term else w for w in shaped]
    return [
        w
        for i, w in enumerate(shaped)
        if not (w == PLACE_TOKEN and i and shaped[i - 1] == PLACE_TOKEN)
    ]


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    """The lexicon's words and the intent examples' (one set, made once)."""
    return _lexicon() | _examples()[2]


_ALL_SLOT_FIELDS = set(Slots.model_fields)
"""The fields of Slots, as the one set of given fields every reading's slots share."""


def _districts_after(
    words: list[str], used: set[int], places: tuple[str, ...], kb: KnowledgeBase
) -> set[int]:
    """'gang kemuning baturraden': a one-word district of the asked place's regency, written
    after the place as its address, is part of the place, not a word to search for."""
    found: set[int] = set()
    for at in range(1, len(words)):
        if at in used or at - 1 not in used:
            continue
        for district in kb.names.get(f"kecamatan {words[at]}", ()):
            regency = kb.regency_of(district)
            if regency and any(kb.contains(regency, place) for place in places):
                found.add(at)
                break
    return found


def _read_question(question: str, kb: KnowledgeBase) -> Reading:
    known = _known()
    vocabulary = _vocabulary(kb, known)
    words, core, ends = _question_words(question, kb, known, vocabulary)
    spoken = len(words)
    places = _places(words, kb, known, vocabulary)
    words, used = places.words, places.used
    origin = _set_origin_aside(places, kb)
    venue = _set_venue_aside(places, kb)
    if not ROUTE_WORDS.isdisjoint(words):
        _set_route_aside(places, kb)
    if not EXCEPT_WORDS.isdisjoint(words):
        _set_exceptions_aside(places, kb)
    specific = _most_specific(places.found, kb, words)
    skip = used | {i for i in range(len(words)) if i not in core}
    unknown_words, unknown_names = _unknown(question, words, skip, kb, known, vocabulary)
    joined = f" {' '.join(words)} "
    word_set = set(words)
    asks_meaning = _asks_meaning(words, joined)
    term = _term(question, words, used, kb, asks_meaning)
    if term and not specific and not asks_meaning:
        specific = _term_places(term, kb)
        if specific:  # the abbreviation names the place: it reads as one
            used = used | {i for i, w in enumerate(words) if w == term}
    if not specific and not places.unknown:
        specific = _named_in_story(words, used, known, kb)
    if not specific and not places.unknown:
        # "lokalisasi Gunung Sari" named in a story that gives it no fact: a place the question
        # asks about all the same, never to be answered with another place's.
        unplaced = _site_named_without_place(words, used, known, kb)
        if unplaced:
            specific = _places_of_stories_naming(unplaced, kb)
            if not specific:
                places.unknown.append(unplaced)
    if specific and places.unknown and _site_named_by_unknown(places.unknown, words):
        # "eks lokalisasi Padang Bulan Singojuruh Banyuwangi": a lokalisasi named after a place
        # no story covers, in a region that is covered; not the region's other lokalisasi.
        specific = ()
    if specific:
        used = used | _districts_after(words, used, specific, kb)
    year, year_relation = _year(words)
    # The clause ends mark the words as split from the question; a correction that changed
    # how many there are leaves them unread.
    counted = _counted(words, used, ends if len(words) == spoken else frozenset())
    if counted == "lokalisasi" and len(places.found) > len(specific):
        specific = _counting_region(specific, places.found, kb)
    month = None
    if not MONTHS.keys().isdisjoint(word_set):  # most questions name no month
        month = next((MONTHS[w] for w in words if w in MONTHS and len(w) > 3), None)
    slots = Slots(
        places=specific,
        unknown_places=tuple(places.unknown),
        year=year,
        month=month,
        aid_kind=_aid_kind(word_set, joined),
        giver=_giver(joined),
        role=_role(joined),
        term=term,
        status=_status(word_set, joined),
        superlative=_superlative(words, joined),
        total=bool(word_set & TOTAL_WORDS) and not _one_person(words),
        recipient=_recipient(words, used),
        counted=counted,
        year_relation=year_relation,
        sub_places=tuple(_unknown_inside(places.unknown_ids, specific, kb)),
        origin=origin,
        venue=venue,
    )
    if slots.model_fields_set == _ALL_SLOT_FIELDS:
        # Pydantic keeps with every model the set of the fields it was given: sixteen names take
        # 2 KiB, more than the slots themselves, and thousands of readings are cached. Readings
        # give every field, so they share one set (slots are frozen, and model_copy copies it
        # before it adds to it).
        object.__setattr__(slots, "__pydantic_fields_set__", _ALL_SLOT_FIELDS)
    rest = [w for i, w in enumerate(words) if i not in used and w not in FOLLOW_UP_WORDS]
    stopwords = _stopwords()
    return Reading(
        question=question,
        words=words,
        slots=slots,
        unknown_words=unknown_words,
        unknown_names=unknown_names,
        topical=bool(word_set & TOPIC_WORDS)
        or term is not None
        or bool(word_set & kb.entity_words),
        only_place=bool(used) and not any(w not in PLACE_ONLY_WORDS for w in rest),
        content=[
            w
            for i, w in enumerate(words)
            if i not in used and w not in stopwords and len(w) > 2 and not w.isdigit()
        ],
        shape=tuple(_shape(words, used, core, term, asks_meaning)),
    )
