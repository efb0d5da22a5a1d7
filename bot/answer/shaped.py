"""What a question's asking word wants for an answer, and the sentence that holds it.

"Penyerahan bantuan … diadakan di mana?", "didampingi siapa?", "dikasih waktu berapa lama?",
"ditutup pakai aturan apa?", "digrebek polisi tanggal berapa?", "mensos ngomong itu di kota
mana?": no kind of fact holds a venue, a companion, a grace period, a regulation, the date of
a raid or where something was said, but the asked place's stories say them in one sentence.
The asking word says the shape of the answer (a place, someone, a duration, the named thing
after the asked noun, a date, where it was said); the sentence quoted shares the most telling
words with the question (in any of their forms) and holds an answer of that shape in words the
question does not already use. Only the stories about the asked place (or places inside it)
are searched; with no place asked, only a sentence sharing several of the question's words.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import NamedTuple

from bot import tables
from bot.answer.composed import Asked, Composed
from bot.answer.evidence import (
    _DAY,
    _WHEN,
    QUESTION_TYPE_WORDS,
    TIME_OF_DAY,
    _about_places,
    _facts_about,
    _quoted,
    asked_events,
    covered,
    place_sentences,
    read_as_roots,
    reference_point,
    states_event,
)
from bot.answer.person import SAID_WORDS
from bot.models import Finding
from bot.understand import (
    DONE_WORDS,
    NUMBERED_WORDS,
    PENDING_WORDS,
    PLANNED_WORDS,
    TOPIC_WORDS,
    _stopwords,
)
from knowledge.dates import MONTHS, WEEKDAYS
from knowledge.index import IndexedSentence, KnowledgeBase
from knowledge.lexicon import CLOSURE_RE
from knowledge.text import stems, terms


class Shape(NamedTuple):
    """The kind of answer asked for: 'place' (`head` "di" or "ke"), 'who', 'duration', 'often'
    (how often), 'when', 'said_where' or 'named' (the thing `head` names: "aturan apa", "rusun
    mana"; `which` when asked with "mana" or "nama", whose answer is a name, or a place asked
    by its level: "ke kota mana")."""

    kind: str
    head: str = ""
    which: bool = False


_TABLE = tables.words()["shapes"]
NOT_PLACES = frozenset(_TABLE["not_places"].split())
"""Words after "di/ke" that point back or around ("di sana"), not at a place."""
VAGUE_PLACES = frozenset(_TABLE["vague_places"].split())
"""Words that say a place only with what follows them ("ke daerah asal")."""
VAGUE_HOMES = VAGUE_PLACES | frozenset(_TABLE["vague_homes"].split())
"""… and, when a level is asked ("ke provinsi mana"), the words of going home."""
HOME_WORDS = frozenset(_TABLE["home"].split())
"""Words saying where people come from: with "dari mana" they ask for a home region."""
AID_WORDS = frozenset(_TABLE["aid_words"].split())
"""Words naming aid: a question asking where or by whom aid was given is answered only by a
sentence about aid."""
NOT_NAMES = frozenset(_TABLE["not_names"].split())
"""Capitalised words that begin the name of a document, not of someone ("Perda …")."""
RELATED: dict[str, frozenset[str]] = {
    word: frozenset(said.split()) for word, said in _TABLE["related"].items()
}
"""A question's word -> the words an article says it with ("punya" -> "milik")."""

_LEVELS = frozenset({"kecamatan", "kelurahan", "desa", "kabupaten", "kota", "provinsi", "kab"})
_STREET_WORDS = frozenset({"jalan", "jl", "jln", "gang", "gg"})
"""Words naming a street: no place of the gazetteer is one."""
_DAYS = frozenset(WEEKDAYS)
_ASKING = frozenset({"apa", "mana", "siapa", "berapa", "kapan", "saat", "ketika"})
"""Words that ask, or say when the asked thing happened ("pas lagi di kota mana"): what the
answer is about is in the question's other words."""
_WHERE_PREPOSITIONS = frozenset({"di", "ke"})
NATURAL_INTENTS: dict[str, frozenset[str]] = {
    "who": frozenset({"person", "closure_who", "aid_source", "request"}),
    "place": frozenset({"site", "closure_where"}),
    "duration": frozenset(),
    "often": frozenset(),
}
"""The intents whose facts are themselves an answer of the shape: they answer first, when they
fit the question well."""
SHAPED_MIN_SCORE = 2.0
"""Least score (sum of idf of shared words, as sentence search) worth quoting; the same floor
as sentence search (bot.answer.evidence.SEARCH_MIN_SCORE)."""
SHARED_WITH_PLACE = 1
SHARED_WITHOUT_PLACE = 2
"""Telling words (not the topic's, not the place's) a quoted sentence shares with the question:
one within the asked place's stories, two when no place narrows the search."""


_SHAPE_ASKING_WORDS = frozenset({"siapa", "mana", "berapa", "seberapa", "apa", "kapan"})
"""Every shape _answer_shape reads is asked with one of these: without one, no shape is."""


def answer_shape(words: list[str], content: list[str]) -> Shape | None:
    """The shape of answer a question's asking word wants, or None (a figure, a date, yes or
    no): "di mana / ke mana" a place, "siapa" someone, "berapa lama" a duration, "<noun>
    apa/mana" the thing the noun names (`content`: the question's own words, no place's)."""
    if _SHAPE_ASKING_WORDS.isdisjoint(words):
        return None  # "jumlah psk di X tahun 2016", "kenapa …": asked without such a word
    return _answer_shape(tuple(words), tuple(content))


@functools.lru_cache(maxsize=4096)
def _answer_shape(words: tuple[str, ...], content: tuple[str, ...]) -> Shape | None:
    # Read once per wording: the engine asks it of every question, often the same ones.
    if "siapa" in words:
        return Shape("who")
    if SAID_WORDS & set(words) and any(
        word == "mana" and (before in _LEVELS or before in _WHERE_PREPOSITIONS)
        for before, word in itertools.pairwise(words)
    ):
        return Shape("said_where")  # "mensos ngomongin … pas lagi di kota mana"
    for before, word in itertools.pairwise(words):
        if before == "berapa" and word == "lama":
            return Shape("duration")
        if (before, word) == ("seberapa", "sering") or (
            (before, word) == ("berapa", "kali") and _PERIOD_WORDS & set(words)
        ):
            return Shape("often")  # "patroli seberapa sering", "brp kali seminggu"
        if word == "berapa" and before in NUMBERED_WORDS:
            return Shape("named", before)  # "di km berapa": the number of its name
    if "apa" in words and "nama" in words:
        # "nama hotel yg digerebek apa": the name of the noun after "nama" ("nama lain
        # lokalisasi X" asks another name of a thing named: read as below).
        after = words[words.index("nama") + 1 :]
        head = after[0] if after else None
        if head and head in content and head not in _stopwords() and head not in _NAME_KINDS:
            return Shape("named", head, which=True)
    for at, (before, word) in enumerate(itertools.pairwise(words)):
        if word not in ("apa", "mana"):
            continue
        if before in _WHERE_PREPOSITIONS and word == "mana":
            return Shape("place", before)  # "di mana" asks where, "ke mana" whither
        if before in _LEVELS and at and words[at - 1] == "ke":
            # "dikirim ke kota mana": whither, by the town's name.
            return Shape("place", "ke", which=True)
        if before in VAGUE_PLACES and word == "mana" and at and words[at - 1] in ("di", "ke"):
            return Shape("place", words[at - 1])  # "razia itu di lokasi mana aja": where
        from_where = before == "dari" or (before in VAGUE_PLACES and at and words[at - 1] == "dari")
        if word == "mana" and from_where and HOME_WORDS & set(words):
            return Shape("place", "dari")  # "asalnya dari (daerah) mana": a home region
        if before in _DAY_WORDS and word == "apa":
            return Shape("when")  # "hari apa", "tanggal apa": a day, not a thing named "hari"
        if before in _RIDE_WORDS and word == "apa":
            return Shape("named", "kendaraan")  # "pulang naik apa": by what, a ship or a bus
        if before in _STREET_WORDS:
            # "alamatnya di jalan apa": the street's name a sentence about the place gives.
            return Shape("named", before, which=True)
        if before in _LEVELS:
            # "di kecamatan mana": where a place lies, the site's to say; "di desa apa", when
            # the site does not know its village, is the name a sentence gives after "Desa".
            return Shape("named", before, which=True) if word == "apa" else None
        if before in content and not _VERB.match(before) and before not in _stopwords():
            # A noun of its own (not a place, not a verb); "rusun mana" asks which one by name.
            return Shape("named", before, which=word == "mana")
    if any(pair in (("jam", "berapa"), ("pukul", "berapa")) for pair in itertools.pairwise(words)):
        return Shape("when", "jam")  # "digerebek jam brp": the time of day
    if "kapan" in words or any(
        pair in (("tanggal", "berapa"), ("tahun", "berapa")) for pair in itertools.pairwise(words)
    ):
        return Shape("when")
    return None


_DEADLINE_WORDS = frozenset({"hingga", "sampai", "batas", "tenggat", "paling", "selambat"})
_DEADLINE_BEFORE = re.compile(
    r"\b(?:hingga|sampai|paling lambat|selambat-lambatnya|batas waktu|batas|tenggat)"
    r"\s+(?:hari\s+|tanggal\s+)?(?:(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)\s*\(?)?$"
)
"""Right before a date, these make it a deadline."""

_DAY_WORDS = frozenset({"hari", "tanggal", "tgl", "bulan", "tahun"})
"""Before "apa", these ask when."""

_RIDE_WORDS = frozenset({"naik", "menaiki", "numpang", "menumpang"})
"""Before "apa", these ask the vehicle ("dipulangkan naik apa")."""

_VERB = re.compile(r"^(?:di|ng|nge|ny|ke|me|be|ter)\w{3,}(?:in|kin|kan)$|^(?:ng|nge)\w{4,}$")
"""Verb forms ("dijadikan", "ngajarin"): what is done, not the noun a thing is named by."""


_NAME_KINDS = frozenset(
    "resmi resminya lain lainnya asli aslinya lengkap lengkapnya sebenarnya panggilan lama".split()
)
"""Which of a thing's names "nama … apa" asks ("nama resmi lokalisasi X"): the thing follows."""
_NAMED_BY_FACTS = frozenset(
    {"nama", "lokalisasi", "wisma", "kompleks", "kawasan", "lokasi", "tempat"}
)
"""Things the site facts name ("lokalisasi … namanya apa"): their intent answers the name."""


def asks_a_name(shape: Shape, words: list[str]) -> bool:
    """Whether only a name answers, and one no site fact gives: "siapa nama mucikari …", "nama
    hotel … apa", "dibina di panti mana" (a named place after di/ke/dari), not "buat siapa",
    "target berikutnya mana" or "lokalisasi … namanya apa"."""
    if shape.head in _NAMED_BY_FACTS:
        return False  # the site facts' to answer
    if shape.head in _NAME_KINDS:
        return False  # "lokalisasi X nama aslinya apa": the lokalisasi's other name
    if "nama" in words and shape.kind in ("who", "named"):
        return True
    if shape.kind != "named" or not shape.which or shape.head in _LEVELS:
        return False
    at = words.index(shape.head) if shape.head in words else -1
    return at > 0 and any(w in ("di", "ke", "dari") for w in words[max(0, at - 2) : at])


NATURAL_ONLY_WITH: dict[str, str] = {"closure_who": "tutup", "closure_reason": "tutup"}
"""Intents that answer only a question saying their topic: who closed a lokalisasi answers
"siapa yang menutup", not "lahan itu punya siapa"; why it was closed answers "kenapa ditutup",
not "kenapa PSK dipindahkan ke panti"."""


def shaped_before(shape: Shape, intent: str, weak: bool, words: list[str]) -> bool:
    """Whether the sentence holding the asked shape is looked for before the intent answers:
    the intent's facts are no answer of that shape (a sum for "di mana"), or it fits the
    question loosely (`weak`). A thing named after a noun goes first only when the intent fits
    loosely and no intent is asked with that noun ("aturan apa", not "bantuan apa" or
    "nomor SK … apa")."""
    if shape.kind == "named":
        # No intent fits at all ("statement"): nothing is the intents' to answer first; nor
        # does any intent name the asked thing ("tim itu terdiri dari unsur apa"), however
        # well its other words fit one.
        known = shape.head in _intent_words() or shape.head in TOPIC_WORDS
        return not known or (weak and intent == "statement")
    if shape.kind == "said_where":
        return True  # no fact says where something was said
    if shape.kind == "when":
        # "Digrebek polisi tanggal berapa": the date of what the question names besides the
        # intent's own words (see compose_shaped), before the closing's date.
        return True
    if intent in NATURAL_ONLY_WITH and NATURAL_ONLY_WITH[intent] not in words:
        return True
    if shape.kind == "place" and shape.head in ("dari", "ke"):
        # Where people come from or whither they go: no fact of where a lokalisasi lies says it.
        return True
    return weak or intent not in NATURAL_INTENTS.get(shape.kind, frozenset())


@functools.cache
def _intent_words(intent: str | None = None) -> frozenset[str]:
    """The words of an intent's example phrasings, or of every intent's
    (bot/data/intents.toml)."""
    return frozenset(
        w
        for name, table in tables.intents().items()
        if isinstance(table, dict) and intent in (None, name)
        for example in table.get("examples", [])
        for w in terms(example)
    )


SHAPED_MEMO_LIMIT = 20_000
"""Shaped answers remembered per snapshot at most (a chat asks the same questions again)."""


def compose_shaped(
    asked: Asked,
    kb: KnowledgeBase,
    shape: Shape,
    intent: str | None = None,
    *,
    first: bool = False,
    naming: tuple[str, ...] = (),
    stories: tuple[str, ...] = (),
) -> Composed | None:
    """The shaped answer (see `_compose_shaped`), remembered per snapshot: it depends only on
    the question's words and slots, and looking for it reads many sentences."""
    memo = kb.memo.setdefault("shaped", {})
    assert isinstance(memo, dict)
    key = (
        tuple(asked.words),
        tuple(asked.content),
        asked.slots,
        shape,
        intent,
        first,
        naming,
        stories,
    )
    if key in memo:
        return memo[key]  # type: ignore[no-any-return]
    if len(memo) >= SHAPED_MEMO_LIMIT:
        memo.clear()
    found = memo[key] = _compose_shaped(
        asked, kb, shape, intent, first=first, naming=naming, stories=stories
    )
    return found


def _compose_shaped(
    asked: Asked,
    kb: KnowledgeBase,
    shape: Shape,
    intent: str | None = None,
    *,
    first: bool = False,
    naming: tuple[str, ...] = (),
    stories: tuple[str, ...] = (),
) -> Composed | None:
    """The sentence of the asked place's stories (or, when no place is asked, of any story)
    that shares the most telling words with the question and holds an answer of `shape` in a
    word the question does not use; quoted and cited as what the article says.

    A date is asked of something besides what `intent` (which found none) dates: "sosialisasi
    penutupan … tgl brp" is the date of the meeting, and only a sentence sharing a word the
    intent's own phrasings do not use ("sosialisasi", not "resmi ditutup") gives it. Looked
    for `first`, before the facts, a sentence dating a closing or a target is theirs to give
    ("penutupan pertama pada 2015" is the closing's year, which its fact tells to the month).

    `naming`: places no fact is filed under, searched as the sentences that name them;
    `stories`: the articles about such a place (bot.answer.stories), searched whole.
    """
    slots = asked.slots
    places = slots.places
    if places and not covered(slots, kb):
        return None
    names, _facts = _facts_about(places, kb)
    own = [
        w
        for w in dict.fromkeys(asked.content)
        if w not in names and w not in _ASKING and w != shape.head
    ]
    speaker = _speaker(asked, kb) if shape.kind == "said_where" else frozenset()
    if shape.kind == "said_where":
        if not speaker:
            return None  # where someone said it: the question names who
        own = [w for w in own if w not in SAID_WORDS and w not in _LEVELS]
    if shape.kind == "duration":
        own = [w for w in own if w != "lama"]  # "berapa lama" asks; "selama" is no answer
    if shape.kind == "often":
        own = [w for w in own if w not in _OFTEN_ASKING]
    home = shape.kind == "place" and shape.head == "dari"
    if home:
        own = [w for w in own if w not in HOME_WORDS]  # said by the answer's "berasal dari"
    if slots.year and shape.kind != "when":
        own.append(str(slots.year))  # "keputusan bebas lokalisasi 2019": the year is told too
    events: list[str] = []
    if shape.kind == "when":
        explained = _intent_words(intent) if intent else frozenset()
        events = asked_events(asked)
        # "kapan dibongkar setelah musrenbang itu": the meeting is when it was not.
        own = [w for w in own if w not in explained and w not in reference_point(asked.words)]
    if not own and shape.kind == "named" and shape.which and places:
        # "lokalisasi Km 12 itu di jalan apa": nothing asked besides the place and its street,
        # so the place's own words are what the sentence giving the street shares.
        own = [w for w in dict.fromkeys(asked.words) if w in names]
    if not own:
        return None
    known = _question_words(asked, names)
    # What the question asks about, in every form: a name answers "siapa" beside one of them.
    # "Siapa nama pemilik warung …": only a name beside the owner answers, not one beside the
    # raid that took him.
    whose = _named_noun(asked.words) if shape.kind == "who" else None
    about_words = frozenset(
        root
        for w in ([whose] if whose in own else own)
        if w not in TOPIC_WORDS and w not in QUESTION_TYPE_WORDS
        for root in ({w} | stems(w) | RELATED.get(w, frozenset()))
    )
    least = SHARED_WITH_PLACE if places or naming else SHARED_WITHOUT_PLACE
    asked_aid = AID_WORDS & set(asked.words)
    about = _facts_about(places, kb)
    ranked: list[tuple[int, float, IndexedSentence]] = []
    if stories:
        candidates = kb.story_sentences(stories)
    else:
        candidates = _candidates(places, kb, own) if not naming else _naming(naming, kb)
    for sentence in candidates:
        score, telling = _shared(own, sentence, kb)
        shares_own = telling > 0
        if not telling and shape.kind != "named" and not home:
            continue  # most sentences: not one telling word of the question
        tier = _holds(shape, sentence, known, kb, slots.role, about_words)
        if home and tier:
            # "satu dari Samarinda", "yang berasal dari Pati": where they come from, which is
            # what the question says with "asal".
            score += kb.idf.get("berasal", 1.0)
            telling += 1
        if shape.kind == "said_where":
            # The one who said it, named in the sentence, is a word it shares.
            tier = tier if speaker <= sentence.terms else 0
            telling += 1
        if tier >= 2 and shape.kind == "named":
            if (
                not score
                and not shape.which
                and shape.head not in NUMBERED_WORDS
                and not ((places or naming) and _name_follows(shape.head, sentence.text))
            ):
                # "kawasan apa" in a sentence sharing nothing else of the question; within the
                # asked place's stories, "kapal KM Bahari" names the ship "naik kapal apa" asks.
                continue
            # The asked noun, with what it names after it ("peraturan walikota"), is itself a
            # word the sentence shares with the question.
            score += kb.idf.get(shape.head, 1.0)
            telling += 1
        elif (
            tier == 1
            and shape.kind == "named"
            and (shape.which or not first or telling < max(least, SHARED_WITHOUT_PLACE))
        ):
            # A name asked for ("rusun mana", "nama hotel apa") is said by a name or not at all.
            # Nothing named after the asked noun: only before a loosely fitting intent, and
            # only a sentence sharing several words ("forum apa" -> "hasil rakornas …").
            continue
        if asked_aid and not asked_aid & sentence.terms:
            continue  # "bantuan … diserahkan di mana": a sentence about the aid
        if shape.head in _LEVELS and places and not about[0] & sentence.terms:
            continue  # "di desa apa": a sentence naming the lokalisasi, not its workers' homes
        if shape.head in _STREET_WORDS and places and not (about[0] & sentence.terms or shares_own):
            continue  # "gedung serbaguna … di jalan apa": the place's or the building's street
        if shape.kind == "when" and (
            not _said_plainly(own, sentence)
            or (first and _dates_the_facts(sentence))
            or not states_event(sentence, events, kb)
        ):
            continue
        if tier and score >= SHAPED_MIN_SCORE and telling >= least:
            ranked.append((tier, score, sentence))
    ranked.sort(key=lambda t: (-t[0], -t[1], t[2].article_id, t[2].sentence_id))
    for _tier, _score, sentence in ranked:
        if not places or _about_places(sentence, places, about, kb):
            if shape.kind == "said_where":
                return _said_at(sentence, kb)
            return _quoted(sentence, kb, asked)
    return None


def _named_noun(words: list[str]) -> str | None:
    """The noun whose name "siapa nama …" asks ("siapa nama pemilik warung" -> "pemilik")."""
    at = words.index("nama") if "nama" in words else -1
    return words[at + 1] if 0 <= at < len(words) - 1 else None


def _speaker(asked: Asked, kb: KnowledgeBase) -> frozenset[str]:
    """The words of whoever the question says spoke: an office ("mensos") or a name the
    articles know ("Khofifah")."""
    role = frozenset(terms(asked.slots.role)) if asked.slots.role else frozenset()
    named = frozenset(asked.words) & kb.entity_words
    return role | frozenset(w for w in named if w not in _LEVELS and w not in _stopwords())


_SAID_AT = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|jelas|ungkap)(?:nya)?\s+[^,.;\"“”]{0,40}?\bdi\s+"
    r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)"
)
"""Where a quote was said: "kata Mensos di Manokwari"."""
_SAID_VERB = re.compile(  # a sentence that quotes or reports someone
    r"\b(?:kata|ujar|ucap|tutur|ungkap|mengatakan|menyampaikan|menyatakan|menjelaskan)\b",
    re.IGNORECASE,
)


def _said_at(sentence: IndexedSentence, kb: KnowledgeBase) -> Composed:
    """Where a sentence quoting someone was said: the place it names after the quote, else its
    story's dateline."""
    at = _SAID_AT.search(sentence.text)
    article = kb.articles.get(sentence.article_id)
    where = at.group(1) if at else (article.dateline if article else None) or ""
    citation = kb.sentence_citation(sentence)
    findings = [Finding(text="Menurut sumber berita:", citations=(citation,))]
    return Composed(f"Disampaikan di {where}: “{sentence.text}”", findings)


_FACTS_DATE = frozenset({"target", "ditargetkan", "menargetkan", "bebas"})
"""Words of a sentence dating a target: the target's facts give that date."""


def _dates_the_facts(sentence: IndexedSentence) -> bool:
    """Whether a sentence dates a closing or a target, whose facts say that date."""
    return bool(CLOSURE_RE.search(sentence.text.lower()) or _FACTS_DATE & sentence.terms)


def _said_plainly(own: list[str], sentence: IndexedSentence) -> bool:
    """Whether a sentence says one of the question's telling words in lower case: "kapan
    sosialisasinya" is dated by "proses sosialisasi … 17 Oktober", not by a raid on "Gang
    Melati Ujung" that shares only a word of a name."""
    telling = [w for w in own if w not in TOPIC_WORDS and w not in QUESTION_TYPE_WORDS]
    if any(
        # A code ("SP1") is said in capitals and is no name; a word of its own may carry an
        # affix ("Pasca dirazia Minggu 22 Juli" dates the raid).
        re.search(_plain_word(word), sentence.text, re.I if _HAS_DIGIT(word) else 0) is not None
        for word in telling
    ):
        return True
    # "nangkep", read "diamankan": a story's "menangkap" says it too.
    other = frozenset().union(*(read_as_roots(w) for w in telling))
    if not other:
        return False
    plain = _LOWER_WORD.findall(sentence.text)
    return any(({w} | stems(w)) & other for w in plain)


_LOWER_WORD = re.compile(r"\b[a-z][a-z-]+\b")


_STATUS_WORDS = PLANNED_WORDS | DONE_WORDS | PENDING_WORDS
"""Words saying whether something happened ("rencananya"), not what: "direncanakan" says a
plan of anything."""
AFFIXED_WORD_LETTERS = 5
"""A word this long at least is still itself inside an affixed form ("razia" in "dirazia")."""


def _plain_word(word: str) -> str:
    """The pattern of a word as a sentence writes it, with affixes when it is long enough."""
    if len(word) >= AFFIXED_WORD_LETTERS and word.isalpha() and word not in _STATUS_WORDS:
        # A chat verb's "-in" stands for "-kan" or "-i": "dibebasin" is said "dibebaskan".
        stem = word[:-2] if word.endswith("in") and len(word) > AFFIXED_WORD_LETTERS else word
        return rf"\b(?:di|me|ter|pe|ber)?{re.escape(stem)}(?:nya|kan|an|i|in)?\b"
    return rf"\b{re.escape(word)}\b"


_HAS_DIGIT = re.compile(r"\d").search


def _question_words(asked: Asked, names: set[str]) -> frozenset[str]:
    """Every word the question says, in every form, and the words it stands for: an answer
    must say something else."""
    said = set(asked.words) | names
    for word in list(said):
        said |= stems(word) | RELATED.get(word, frozenset())
    return frozenset(said)


def _candidates(
    places: tuple[str, ...], kb: KnowledgeBase, words: list[str]
) -> list[IndexedSentence]:
    """The sentences of the stories about the asked places (once per snapshot and places); when
    no place is asked, the sentences holding one of `words` or the words an article says them
    with (found through the search index: the whole collection is never walked)."""
    if not places:
        keys = {
            key
            for word in words
            for said in ({word} | RELATED.get(word, frozenset()))
            for key in kb.postings.get(said, ())
        }
        return [kb.sentences[key] for key in sorted(keys)]
    return place_sentences(places, kb)


def _naming(names: tuple[str, ...], kb: KnowledgeBase) -> list[IndexedSentence]:
    """The sentences that name one of `names` (places no fact is filed under), or the place by
    another of its names ("jatim": "Jawa Timur"), found through the search index by the names'
    words."""
    ids = {pid for name in names for pid in kb.names.get(name, ())}
    names = tuple(dict.fromkeys((*names, *kb.names_of(sorted(ids)))))
    keys = {key for name in names for word in terms(name) for key in kb.postings.get(word, ())}
    return [
        kb.sentences[key]
        for key in sorted(keys)
        if any(re.search(rf"\b{re.escape(name)}\b", kb.sentences[key].text, re.I) for name in names)
    ]


def _shared(own: list[str], sentence: IndexedSentence, kb: KnowledgeBase) -> tuple[float, int]:
    """The sum of the idf of the question's words a sentence says (in any form, or in the words
    an article says them with), damped for long sentences as sentence search is; and how many
    of them are not the topic's."""
    roots = kb.sentence_roots(sentence)
    score, telling = 0.0, 0
    for word in own:
        if (
            word not in sentence.terms
            and not (stems(word) | RELATED.get(word, frozenset())) & roots
        ):
            continue
        score += kb.idf.get(word, 1.0)
        if word not in TOPIC_WORDS and word not in QUESTION_TYPE_WORDS:
            telling += 1
    return score / (1 + 0.01 * len(sentence.terms)), telling


_PLACE_PHRASES = {
    "di": re.compile(r"\b(?:di|dalam)\s+([^,.;:\"“”()]{2,60})", re.IGNORECASE),
    # "laporan kepada tim terpadu" answers "lapor ke mana".
    "ke": re.compile(r"\bke(?:pada)?\s+([^,.;:\"“”()]{2,60})", re.IGNORECASE),
    "dari": re.compile(
        rf"\b(?:(?:{'|'.join(sorted(HOME_WORDS))})\s+(?:dari\s+)?"
        rf"|(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+"
        rf"(?:orang\s+)?dari\s+)([^,.;:\"“”()]{{2,60}})",
        re.IGNORECASE,
    ),
}
"""Where something is ("di/dalam …"), where someone went ("ke …"), or where someone comes
from ("berasal dari …", "asal …")."""
_NEGATED = re.compile(r"\b(?:tidak|tak|bukan|belum|jangan)\b", re.IGNORECASE)
NEGATION_REACH = 20
"""How far before "di/ke" a "tidak" denies the place (about two words: "tidak berpindah ke")."""
_NAME = re.compile(r"[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'.-]*|dan|&))*")
_DURATION = re.compile(
    r"\b(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa)\s+"
    r"(?:hari|minggu|pekan|bulan|tahun|jam)\b|\bse(?:hari|minggu|pekan|bulan|tahun)\b",
    re.IGNORECASE,
)
_OFTEN = re.compile(
    r"\b(?:setiap|tiap|saban)\s+(?:hari|malam|minggu|pekan|bulan|tahun|pagi|sore)\b"
    r"|\b(?:\w+\s+kali|sekali)\s+(?:se|dalam\s+se)(?:hari|minggu|pekan|bulan|tahun)\b"
    r"|\bse(?:hari|minggu|pekan|bulan|tahun)\s+(?:sekali|\w+\s+kali)\b",
    re.IGNORECASE,
)
"""How often: "setiap minggu", "dua kali seminggu", "sebulan sekali"."""
_PERIOD_WORDS = frozenset({"sehari", "seminggu", "sepekan", "sebulan", "setahun"})
_OFTEN_ASKING = frozenset({"sering", "seberapa", "kali"}) | _PERIOD_WORDS
"""The words a question asks how often with: no answer shares them."""
_WORD = re.compile(r"\w+")
_ATTRIBUTION = re.compile(
    r"[,.!?]?[\"”]\s*(?:kata|ujar|ucap|tutur|terang|jelas|ungkap|imbuh|tambah|tegas|sebut)"
    r"(?:nya)?\b"
)
"""The end of a quote and the verb that says who spoke it: '…," ucap Sudarno'."""
_SPEAKER_BEFORE = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|terang|jelas|ungkap|imbuh|tambah|tegas|sebut)(?:nya)?\s+$"
)
"""A saying verb right before a name: the name is who told the story ("kata Widada, …")."""
NAME_REACH_CHARS = 30
"""How far (in letters, about four words) after a word the question asks about a name may
stand to answer "siapa": "didampingi petugas dari Dinas Sosial", "milik Kemensos"; not a name at the
other end of the sentence ("Lurah X mengatakan … kepada pemiliknya")."""
NAME_BEFORE_CHARS = 15
"""A name before the asked word stands closer: "Dadan Ramdani, yang ikut hadir", not "Wakil
Bupati X meminta para mucikari dan pemilik wisma" (who asked the owners, not who owns)."""
MANY_NAMES = 4
"""Names a sentence answering "siapa saja" is ranked by, at most: a list of four (the ones
that took part in a meeting) is a list."""
_COPULAS = frozenset({"adalah", "yaitu", "yakni", "ialah", "berupa"})
"""After the asked noun, these put what it is right behind them."""
HEAD_REACH = 3
"""How many words after the asked noun may name the thing ("peraturan walikota", "Lokalisasi
Dukuh Mola", "Rusun Marunda")."""


def _new(words: list[str], known: frozenset[str]) -> bool:
    """Whether `words` say something the question does not: a word of more than two letters
    that is neither the question's nor a stopword, a month or a day."""
    return any(
        len(w) > 2
        and w not in known
        and not stems(w) & known
        and w not in _stopwords()
        and w not in MONTHS
        and w not in _DAYS
        and w not in _LEVELS
        and w not in TOPIC_WORDS  # "PSK" names no one
        for w in words
    )


def _capitalised_after(text: str, index: int) -> bool:
    """Whether the word after the `index`-th word of `text` is capitalised (a name) and
    follows it in the same phrase ("mengurus musala, Imam juga …" names no musala)."""
    words = list(_WORD.finditer(text))
    if index + 1 >= len(words) or not words[index + 1].group(0)[:1].isupper():
        return False
    return not _PHRASE_END_RE.search(text, words[index].end(), words[index + 1].start())


_PHRASE_END_RE = re.compile(r"[,.;:!?]")


def _name_follows(head: str, text: str) -> bool:
    """Whether a capitalised word (a name) follows the asked noun in `text`."""
    words = _WORD.findall(text)
    return any(
        word.lower() == head and _capitalised_after(text, index) for index, word in enumerate(words)
    )


def _anchors(text: str, about: frozenset[str]) -> list[int]:
    """Where in `text` the words the question asks about stand (in any of their forms)."""
    return [
        m.start()
        for m in _WORD.finditer(text.lower())
        if m.group(0) in about or stems(m.group(0)) & about
    ]


def _holds(
    shape: Shape,
    sentence: IndexedSentence,
    known: frozenset[str],
    kb: KnowledgeBase,
    role: str | None = None,
    about: frozenset[str] = frozenset(),
) -> int:
    """0 when a sentence holds no answer of the asked shape; otherwise its rank: 2 for a named
    thing said after the asked noun (one more when a word of the question said another way
    stands right before it, one more when the thing is named with a capital), the names it
    gives for "siapa saja", 1 for every other answer. With `role` ("siapa menteri sosial yang
    …"), only a name said after the office answers."""
    text = sentence.text
    if shape.kind == "said_where":
        # A quote, said at a place the sentence names or its story's dateline gives.
        if not _SAID_VERB.search(text):
            return 0
        article = kb.articles.get(sentence.article_id)
        return 1 if _SAID_AT.search(text) or (article and article.dateline) else 0
    if shape.kind == "who" and role:
        after_role = re.finditer(rf"(?i:{re.escape(role)})\s+({_NAME.pattern})", text)
        return 1 if any(_new(terms(m.group(1)), known) for m in after_role) else 0
    if shape.kind == "place":
        for match in _PLACE_PHRASES[shape.head].finditer(text):
            # The place's name: the words after "di/ke" up to the first that only joins
            # ("di tempat tersebut telah dirusak" names no place).
            words = list(
                itertools.takewhile(lambda w: w not in _stopwords(), terms(match.group(1))[:4])
            )
            said = [w for w in words if w not in (VAGUE_HOMES if shape.which else VAGUE_PLACES)]
            raw = match.group(1).split()[: len(words)]
            if match.group(0)[:5].lower() == "dalam" and not any(w[:1].isupper() for w in raw):
                continue  # "dalam pelatihan usaha" is no place; "dalam pesantren Ramadhan" is
            if _NEGATED.search(text[max(0, match.start() - NEGATION_REACH) : match.start()]):
                continue  # "tidak berpindah ke tempat hiburan": where they will not go
            # "berasal dari luar Samarinda": from outside a place is where they come from.
            pointing = (
                words
                and words[0] in NOT_PLACES
                and not (shape.head == "dari" and words[0] == "luar")
            )
            if words and not pointing and _new(said, known):
                return 1
        return 0
    if shape.kind == "who":
        start = len(text) - len(text.lstrip("\"'“ "))
        said = _ATTRIBUTION.search(text)
        if said and not SAID_WORDS & known:
            # '…," ucap Sudarno, Kasi Trantib …': who said it, not who the quote is about.
            text = text[: said.start()]
        names, beside = 0, False
        anchors = _anchors(text, about)
        for match in _NAME.finditer(text):
            words = terms(match.group(0))
            if match.start() == start and len(words) == 1:
                continue  # the sentence's first word, capitalised for that
            if " ".join(words) in kb.names or (words and words[0] in NOT_NAMES):
                continue  # a region ("Kalimantan Timur") is where, a "Perda …" what, not who
            if _SPEAKER_BEFORE.search(text, 0, match.start()) and not SAID_WORDS & known:
                continue  # "kata Widada, Satpol PP mengamankan … pemilik warung": who told it
            if _new(words, known):
                names += 1
                beside = beside or any(
                    match.start() - NAME_REACH_CHARS <= at <= match.end() + NAME_BEFORE_CHARS
                    for at in anchors
                )
        if not beside:
            return 0  # no name stands by what the question asks about ("didampingi …")
        # "Siapa saja yang ikut": the sentence naming the most answers best.
        return min(names, MANY_NAMES) if "saja" in known else min(names, 1)
    if shape.kind == "duration":
        return 1 if _DURATION.search(text) else 0
    if shape.kind == "often":
        return 1 if _OFTEN.search(text) else 0
    if shape.kind == "when" and shape.head == "jam":
        return 1 if TIME_OF_DAY.search(text) else 0
    if shape.kind == "when":
        # "tanggal berapa" wants the day ("17 Oktober"), not only a year.
        low = text.lower()
        dates = (_DAY if "tanggal" in known else _WHEN).finditer(low)
        # "… diberi waktu hingga Senin (22/1)": a deadline is not when the thing happened,
        # unless the question asks until when.
        deadline = known.isdisjoint(_DEADLINE_WORDS)
        return (
            1
            if any(
                not set(terms(m.group(0))) <= known
                and not (deadline and _DEADLINE_BEFORE.search(low, 0, m.start()))
                for m in dates
            )
            else 0
        )
    # "aturan" is said "peraturan": the asked noun inside a longer word counts.
    head = {shape.head} | stems(shape.head) | RELATED.get(shape.head, frozenset())
    tokens = _WORD.findall(text.lower())
    said_otherwise = {other for word in known for other in RELATED.get(word, ())}
    for index, token in enumerate(tokens):
        if index and f"{tokens[index - 1]} {token}" in kb.names:
            continue  # "Bukit Harapan" is a place's name, not a "harapan"
        if (
            token in head
            or (len(shape.head) > 3 and token.endswith(shape.head))
            or stems(token) & head
        ):
            # "salah satu programnya adalah …": what it is follows the copula.
            at = index + 1 if index + 1 < len(tokens) and tokens[index + 1] in _COPULAS else index
            after = tokens[at + 1 : at + 1 + HEAD_REACH]
            named = list(itertools.takewhile(lambda w: w not in _stopwords(), after))
            if shape.which and not _capitalised_after(text, at):
                continue  # "rusun mana" is answered by a name: "Rusun Marunda"
            # Read as the articles' words: "pekerja seks komersial" is "psk", the topic's
            # word, and no "kerja" of any kind.
            phrase = terms(" ".join([token, *named]))
            if phrase and phrase[0] in TOPIC_WORDS and phrase[0] != shape.head:
                continue
            said = [w for w in phrase if w not in head and not stems(w) & head]
            numbered = shape.head in NUMBERED_WORDS and any(
                w.isdigit() and w not in known for w in said
            )
            if numbered or _new(said, known):
                # "Dulunya menteri apa": "mantan Menteri …" says the question's own word
                # another way right before the asked noun, and answers best; "kapal apa" is
                # answered better by a name ("kapal KM Bahari") than by a kind ("kapal laut"),
                # "izin usaha apa saja" by kinds.
                before = set(tokens[max(0, index - HEAD_REACH) : index])
                by_name = "saja" not in known and _capitalised_after(text, at)
                return 2 + bool(before & said_otherwise) + by_name
    return 1
