"""Sentence search: when no typed fact answers, a sentence of the asked place's articles that
holds the asked kind of answer (evidence), or the passage that shares the most telling words
with the question (statement)."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re

from bot import tables
from bot.answer.aid import other_purse
from bot.answer.composed import Asked, Composed, Composer
from bot.models import Finding, Slots
from bot.understand import GIVERS, PROPOSAL_WORDS, REQUEST_WORDS, TOPIC_WORDS, WORKER_WORDS
from knowledge.dates import find_dates
from knowledge.describe import level_name
from knowledge.index import IndexedSentence, KnowledgeBase, names_one
from knowledge.lexicon import AID_KINDS as AID_KIND_PATTERNS
from knowledge.lexicon import CLOSURE_RE
from knowledge.numbers import with_figures
from knowledge.places import REGENCY_DEPTH
from knowledge.sentences import split_sentences
from knowledge.text import stems, synonyms, terms

SEARCH_MIN_SCORE = 2.0
"""Least sentence-search score (sum of idf of shared words) worth showing."""
QUESTION_TYPE_WORDS = frozenset(
    (
        "menteri sosial kepala dinas gubernur bupati wali kota sekda camat lurah pejabat nama "
        "tanggal"
    ).split()
)
"""Words that say what kind of answer is asked for (an official's name), not what about."""
NUMBER_WORD = re.compile(
    r"\d|\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh"
    r"|ratus|ribu)\b"
)
"""A figure, in digits or in words."""


def _counted_in(text: str, noun: str) -> bool:
    """Whether `noun`, as a word, stands next to a figure anywhere in `text` ("seorang juru
    parkir … antara 30 hingga 40 orang": the second "orang")."""
    if noun not in text:
        return False  # most sentences: no pattern needed
    return any(
        NUMBER_WORD.search(text[max(0, m.start() - 30) : m.end() + 10])
        for m in _word_start(noun).finditer(text)
    )


@functools.lru_cache(maxsize=8192)
def _counts_any(low: str, nouns: tuple[str, ...]) -> bool:
    """Whether one of `nouns` stands next to a figure in a lower-cased sentence. Remembered:
    the few sentences of the asked place's stories are looked at again for every question
    about it, always with one of a few lists of nouns."""
    # "di Km 21" is a name, not a figure: "perempuan yang kini bekerja di Km 21"; nor is a
    # date, a year or an age: "Selasa (14/8/2018) dibongkar oleh warga", "Asep (44) … warga".
    unnamed = NOT_FIGURES.sub(" ", _KM_NAME.sub("km", low))
    return any(_counted_in(unnamed, noun) for noun in nouns)


NOT_FIGURES = re.compile(r"\(?\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b\)?|\b(?:19|20)\d\d\b|\(\d{1,2}\)")
"""Digits that count nothing: a date "(14/8/2018)", a year, an age "(44)"."""


@functools.lru_cache(maxsize=8192)
def _counts_apart_from_money(low: str, nouns: tuple[str, ...]) -> bool:
    """Whether a lower-cased sentence names no money, or counts one of `nouns` away from it.
    Remembered as _counts_any is, for the same sentences and lists of nouns."""
    return not _MONEY.search(low) or _counted_apart_from_money(_KM_NAME.sub("km", low), nouns)


def _counted_apart_from_money(text: str, nouns: tuple[str, ...]) -> bool:
    """Whether a sentence that names money also counts one of `nouns` away from it: "empat
    puluh satu perempuan yang dipulangkan, masing-masing membawa … lima juta rupiah", not
    "Rp 5 juta per orang"."""
    for noun in nouns:
        if noun not in text:
            continue
        for match in _word_start(noun).finditer(text):
            around = text[max(0, match.start() - 30) : match.end() + 10]
            if NUMBER_WORD.search(around) and not _MONEY.search(around):
                return True
    return False


@functools.cache
def _word_start(noun: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(noun)}")


def near(text: str, word: str, span: int = 30, after: int = 20) -> str:
    """The text around `word`: a count stands next to what it counts ("sekitar 23 mucikari",
    "personelnya hanya dua puluh orang")."""
    at = text.find(word)
    return text[max(0, at - span) : at + len(word) + after] if at != -1 else ""


_NONE = re.compile(r"\b(?:tidak|tak) (?:ada|satu pun|seorang pun)\b|\b(?:belum ada|nihil|nol)\b")
"""A count of none, said in words."""
_KM_NAME = re.compile(r"\bkm\.?\s*\d+")
_MONEY = re.compile(r"\brp\s?\d|\brupiah\b|\b(?:juta|miliar|ribu)\b")
_WHEN = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:januari|februari|maret|april|mei|juni|juli|agustus|september"
    r"|oktober|november|desember)\b|\(\d{1,2}/\d{1,2}"
)
_DAY = re.compile(
    r"\(\d{1,2}/\d{1,2}|\b\d{1,2}\s+(?:januari|februari|maret|april|mei|juni|juli|agustus"
    r"|september|oktober|november|desember)\b"
)
"""A date told to the day: "Jumat (18/5)", "22 Mei 2018"."""


TIME_OF_DAY = re.compile(r"\b(?:pukul|jam)\s+\d{1,2}(?:[.:]\d{2})?\b", re.IGNORECASE)
"""A time of day: "sekitar pukul 23.00 WIB", "jam 10 malam"."""
_FEAST = re.compile(r"\b(?:ramadh?an|lebaran|idul fitri|natal|tahun baru|hijriah)\b")
"""Times news tells by the calendar of feasts: "sebelum bulan suci Ramadhan 1437 H"."""


def states_a_date(composed: Composed, events: list[str]) -> bool:
    """Whether an answer says a year, a month or a day in a sentence of its summary or quotes
    that says one of the asked events, when the question names one (see asked_events)."""
    texts = [composed.summary, *(c.quote for f in composed.findings for c in f.citations)]
    for text in texts:
        for sentence in split_sentences(text or ""):
            low = sentence.lower()
            if (_WHEN.search(low) or _FEAST.search(low) or TIME_OF_DAY.search(low)) and (
                not events or any(({w} | stems(w)) & _roots_of(low) for w in events)
            ):
                return True
    return False


def _roots_of(text: str) -> set[str]:
    return {root for word in terms(text) for root in ({word} | stems(word))}


_NAME_AFTER = r"(?:,\s*)?(?:[A-Z][\w'.-]+\s*){1,4}"
_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b|\bpuluhan tahun\b|\btahun \d0-?an\b")
_SINCE = re.compile(r"\b(?:sejak|semenjak|berdiri|didirikan|muncul|mulai beroperasi|beroperasi)\b")
_SINCE_WORDS = ["sejak", "berdiri", "didirikan", "muncul", "beroperasi"]
_ORDINAL = re.compile(r"\bke-?\s?\d+\b|\bke(?:satu|dua|tiga|empat|lima|enam|tujuh)\b")
_PEOPLE_NOUNS = ("psk", "pekerja", "penghuni", "orang", "wts", "perempuan", "warga")
"""Words a sentence counts the workers (or people of a place) with: "27 perempuan asal …"."""
EVIDENCE_INTENTS: dict[str, str] = {
    "worker_count": "count",
    "closure_count": "count",
    "aid_amount": "money",
    "aid_source": "money",
    "closure_when": "when",
    "closure_status": "status",
    "target": "when",
    "person": "person",
    "closure_who": "person",
    "conversion": "becomes",
}
"""What kind of answer a sentence must hold to stand in for an intent's missing fact."""
_BECOMES = re.compile(
    r"\b(?:akan|bakal|rencananya|direncanakan)\s+(?:\w+\s+)?(?:menjadi|dijadikan|menjadikan|dibangun)\b"
    r"|\b(?:disulap|dialihfungsikan|beralih fungsi|diubah)\s+(?:menjadi|jadi)\b"
)
"""What a former lokalisasi is to become: "di situ akan menjadi pusat Islamic Center"."""
_BECOMES_WORDS = ["menjadi", "dijadikan", "menjadikan", "dibangun", "disulap", "dialihfungsikan"]


_AFTER_BEFORE = frozenset({"setelah", "sesudah", "sebelum", "usai", "pasca", "sejak"})


_POINTING_BACK = frozenset({"itu", "ini", "tersebut"})


def reference_point(words: list[str]) -> frozenset[str]:
    """The words after "setelah/sebelum/sejak …": the event the asked one is dated against
    ("sebelum itu" points back at the chat, and names none)."""
    at = next(
        (
            i
            for i, w in enumerate(words)
            if w in _AFTER_BEFORE and (i + 1 == len(words) or words[i + 1] not in _POINTING_BACK)
        ),
        len(words),
    )
    return frozenset(words[at + 1 :])


_EVENT_VERB = re.compile(r"^(?:di|me|ter)\w{3,}")
"""A verb of what happened ("dibongkar", "ditutup"), not a noun ("penutupan", "sosialisasi")."""


LIGHT_VERBS = frozenset(terms(tables.words()["shapes"]["light_verbs"]))
"""Verbs that say only that something took place ("sosialisasi … dilakukan tgl brp")."""


def asked_events(asked: Asked) -> list[str]:
    """The verbs of what a question dates ("kapan warung itu dibongkar"), not of the event it
    dates it against ("… setelah musrenbang") nor one that only says it took place."""
    reference = reference_point(asked.words)
    return [
        w
        for w in asked.content
        if _EVENT_VERB.match(w)
        and w not in reference
        and w not in LIGHT_VERBS
        and w not in QUESTION_TYPE_WORDS  # "dinas", "menteri": who, not what happened
    ]


def states_event(sentence: IndexedSentence, events: list[str], kb: KnowledgeBase) -> bool:
    """Whether a sentence says one of the asked events (in any form): a date of the raid on the
    same warung is no date of its demolition."""
    if not events:
        return True
    said = kb.sentence_roots(sentence)
    return any(({w} | stems(w) | read_as_roots(w)) & said for w in events)


@functools.cache
def _read_as(word: str) -> frozenset[str]:
    """The words the synonyms table reads as `word` alone ("ditangkap", "nangkep" for
    "diamankan"; "personil" for "personel")."""
    return frozenset(k for k, v in synonyms().items() if v == (word,))


@functools.cache
def read_as_roots(word: str) -> frozenset[str]:
    """The words a question's word is read from, and their roots: "diamankan" is also what a
    chat's "nangkep" and a story's "ditangkap", "menangkap" say."""
    written = _read_as(word)
    return written.union(*(stems(w) for w in written))


def compose_evidence(
    asked: Asked,
    kb: KnowledgeBase,
    intent: str,
    must_name: str = "",
    *,
    sharing: frozenset[str] = frozenset(),
) -> Composed | None:
    """No fact fits, but an article about the asked place has a sentence that holds the asked
    kind of answer (a figure, an amount, a date, a named official): quote it, as what the
    article says. Only articles about the asked place are searched; with `sharing`, only a
    sentence holding one of those words, and a date asked to the day ("tanggal berapa")
    only by a sentence that gives a day."""
    slots = asked.slots
    shape = EVIDENCE_INTENTS.get(
        intent, intent if intent in ("since", "ordinal", "request", "when") else None
    )
    if shape is None or not (slots.places or must_name):
        return None
    if not _year_ever_said(slots, kb):
        return None  # every sentence is passed over below as not of the asked year
    words = [w for w in asked.content if w not in QUESTION_TYPE_WORDS]
    if shape == "count" and slots.counted and slots.counted not in ("money", "when"):
        words.append(slots.counted)
    if shape == "since":
        words += _SINCE_WORDS  # "sudah ada sejak 1979" says since when without "tahun"
    if shape == "becomes":
        words += _BECOMES_WORDS  # "mau dijadiin apa": "… akan menjadi pusat Islamic Center"
    if shape == "request":
        words += sorted(REQUEST_WORDS)  # "diminta oleh warga" answers "siapa yg minta"
    if must_name:
        words += terms(must_name)  # the home region is what the sentence must be about
    events: list[str] = []
    if shape == "when":
        # "kapan dibongkar setelah musrenbang itu": the meeting's date is not the one asked.
        words = [w for w in words if w not in reference_point(asked.words)]
        events = asked_events(asked)
    if not words:
        return None
    if events or sharing:
        # "kapan dibongkar": a story dates "pembongkaran". An event is told in any form of its
        # verb (as states_event reads it), so it is searched for in every form the stories use;
        # so are the words a sentence must share ("penggerebekan": "menggerebek").
        forms = {f for w in (*events, *sharing) for f in kb.forms_of(w)}
        words += sorted(forms - set(words))
    about = _facts_about(slots.places, kb)
    giver = frozenset(terms(slots.giver)) if slots.giver and shape == "money" else frozenset()
    fallback: IndexedSentence | None = None
    narrowed = _narrowing_roots(asked) if shape == "count" else []
    unnarrowed: IndexedSentence | None = None
    for score, sentence in kb.search(words, slots.places, limit=8):
        if score < SEARCH_MIN_SCORE:
            break
        if not _of_year(sentence, slots, kb):
            continue  # looked at first: the cheapest reason to pass a sentence over
        text, low = sentence.text, sentence.text.lower()
        if shape == "count":
            # "brp warga Indramayu yg dipulangkan": people of a place are counted as people.
            people = slots.counted in (None, "psk") or (must_name and slots.counted == "warga")
            counted = None if people else slots.counted
            nouns = [counted] if counted else [*_PEOPLE_NOUNS, "wanita"]
            if slots.counted == "lokalisasi":
                nouns = ["lokalisasi", "titik", "tempat", "wisma"]
            fits = (
                _counts_any(low, tuple(nouns))
                or (
                    # "Berapa PSK yang masuk panti?" — "Tidak ada yang mau masuk panti."
                    _NONE.search(low) is not None
                    and len(sentence.terms & set(words)) >= STRICT_SEARCH_WORDS
                )
            ) and _counts_apart_from_money(low, tuple(nouns))
        elif shape == "money":
            fits = bool(_MONEY.search(low))
        elif shape == "when":
            # "Kapan ditutup?": a dated sentence about a raid or a meeting is no closing date.
            closing = (
                intent != "closure_when" or CLOSURE_RE.search(low) is not None
            ) and states_event(sentence, events, kb)
            fits = bool(_WHEN.search(low) or _FEAST.search(low)) and closing
            if sharing and "tanggal" in asked.words:
                fits = fits and _DAY.search(low) is not None
        elif shape == "status":
            # "Razia itu termasuk penutupan blm?": what the story says of the closing ("bukan
            # penutupan lokalisasi"), in a sentence that shares the question's own words.
            fits = CLOSURE_RE.search(low) is not None and len(sentence.terms & set(words)) >= 2
        elif shape == "since":
            fits = bool(_YEAR_WORD.search(low)) and bool(_SINCE.search(low))
        elif shape == "becomes":
            fits = bool(_BECOMES.search(low))
        elif shape == "ordinal":
            fits = bool(_ORDINAL.search(low))
        elif shape == "request":
            # "Penutupan Km 14 diminta oleh warga …": a request, and the closing it asks for;
            # in a story headlined with a request to close ("Kemenag Usul Lokalisasi Km 8
            # Ditutup"), a request of no money ("Yang pertama kali mengusulkan secara resmi
            # adalah Kemenag") is that one.
            closing = "tutup" in sentence.terms or (
                _headlines_request(sentence.article_id, kb) and not _MONEY.search(low)
            )
            fits = closing and _names_requester(text)
        else:
            role = slots.role or ""
            fits = bool(role) and bool(re.search(rf"(?i:{re.escape(role)}){_NAME_AFTER}", text))
        if not fits or (
            must_name and not (_names_origin(low, must_name) and gives_figure_of(must_name, low))
        ):
            continue
        if sharing and not states_event(sentence, sorted(sharing), kb):
            # The words it must share, said in any form ("penggerebekan": "menggerebek").
            continue
        if slots.places and not _about_places(sentence, slots.places, about, kb):
            continue  # a national sentence in a story that lists the asked province too
        if len(sentence.terms & set(words)) >= 1 and _keeps_slots(sentence, slots, kb):
            if giver and not giver <= sentence.terms:
                # "bantuan kemensos …": a sentence naming no giver is kept in case no sentence
                # names the asked one; one naming another giver, or whose aid is known to come
                # from another ("Selain itu, setiap perempuan diberi uang saku …" after "Pemkab
                # Nabire menyiapkan …"), is that giver's aid.
                if not _names_a_giver(sentence) and not _another_giver(
                    sentence, slots.giver or "", kb
                ):
                    fallback = fallback or sentence
                continue
            if narrowed and not _says_all(sentence, narrowed):
                # "… yang sudah dipulangkan": a count of them all only if none says that, and
                # only one that says some of it ("… yang pura-pura jadi tamu hotel" is not
                # answered by "Razia semalam menjaring 33 orang PSK").
                if may_count_all(sentence, narrowed):
                    unnarrowed = unnarrowed or sentence
                continue
            return _quoted(sentence, kb, asked)
    best = unnarrowed or fallback
    return _quoted(best, kb, asked) if best else None


MEASURES: dict[str, frozenset[str]] = {
    word: frozenset(said.split()) for word, said in tables.words()["reading"]["measures"].items()
}
"""Measures no fact holds, each with the roots an article states it with
(knowledge/data/words.toml)."""


AGE_ROOTS = MEASURES["umur"]
"""The roots an age is asked with: news also writes one in brackets after a name ("PS (41)")."""
_AGE_IN_BRACKETS = re.compile(r"\b[A-Z][\w.'-]*\s*\(\d{1,2}(?:\s*(?:tahun|thn|th))?\)")


_STORY_SUBJECT = WORKER_WORDS | {"lokalisasi", "prostitusi"}
"""What every story of a place is about, so no word telling what else a measure is of."""


def asked_measure(words: list[str]) -> frozenset[str]:
    """The roots of a measure no fact holds that a question asks ("umur psk" -> umur, usia),
    or nothing."""
    if MEASURES.keys().isdisjoint(words):
        return frozenset()  # most questions: no measure at all
    return frozenset(root for word in words for root in MEASURES.get(word, ()))


def compose_measure(asked: Asked, kb: KnowledgeBase, roots: frozenset[str]) -> Composed | None:
    """'Umur PSK di X antara berapa?': no fact holds an age, a price or a wage, so only a
    sentence of the asked place's story that states the measure with a figure answers ("Usia
    mereka antara 19 hingga 45 tahun"); never a count or an amount of something else."""
    slots = asked.slots
    unfiled = unfiled_places(slots, kb)
    if not slots.places and not unfiled:
        return None
    words = [w for w in asked.content if w not in QUESTION_TYPE_WORDS] + sorted(roots)
    # What the measure is of ("sewa kamar", "psk"): the sentence, or the one it goes on from,
    # says it too; the price of a night is no room rent.
    names = {w for p in (*slots.places, *unfiled) for w in terms(kb.place_name(p))}
    # The workers and the lokalisasi are what every story of the place is about: "tarif psk"
    # is stated as "Tarif kencan … Rp150 ribu" in a paragraph that need not say "PSK".
    measured = (
        frozenset(w for w in words if w not in roots and w not in MEASURES) - names - _STORY_SUBJECT
    )

    def states(sentence: IndexedSentence) -> bool:
        stated = _states_measure(sentence, roots) or bool(
            _measure_named_before(sentence, roots, kb)
        )
        return stated and _of_what_is_measured(sentence, measured, kb)

    if slots.places:
        about = _facts_about(slots.places, kb)
        # No least score: a sentence must say the measure itself, with a figure, which no
        # sentence merely sharing the question's other words does.
        for _score, sentence in kb.search(words, slots.places, limit=8):
            if states(sentence) and _about_places(sentence, slots.places, about, kb):
                return _quoted_measure(sentence, roots, kb, asked)
    # A raid in a district whose facts are filed under the regency: the stories whose headline
    # or lead names the asked place state it too, the sentence sharing most words first.
    wanted = set(words)
    stories = kb.stories_about(kb.names_of((*slots.places, *unfiled)))
    stated = [
        (len(wanted & sentence.terms), sentence)
        for sentence in kb.story_sentences(stories)
        if wanted & sentence.terms and states(sentence)
    ]
    if not stated:
        return None
    return _quoted_measure(max(stated, key=lambda hit: hit[0])[1], roots, kb, asked)


def _measure_named_before(
    sentence: IndexedSentence, roots: frozenset[str], kb: KnowledgeBase
) -> IndexedSentence | None:
    """The sentence before in the paragraph when it names the measure with no figure and this
    one gives the figure: '"Kalo pendapatan besar. Bisa Rp15 juta sebulan," kata dia.'"""
    if not NUMBER_WORD.search(sentence.text.lower()):
        return None
    before = kb.sentence_before(sentence)
    if before is None or NUMBER_WORD.search(before.text.lower()):
        return None
    return before if _names_measure(before, roots) else None


def _quoted_measure(
    sentence: IndexedSentence, roots: frozenset[str], kb: KnowledgeBase, asked: Asked
) -> Composed:
    composed = _quoted(sentence, kb, asked)
    before = (
        None if _states_measure(sentence, roots) else _measure_named_before(sentence, roots, kb)
    )
    if before is None:
        return composed
    return Composed(
        with_figures(f"{before.text} {sentence.text}"),
        composed.findings,
        unconfirmed=composed.unconfirmed,
    )


def unfiled_places(slots: Slots, kb: KnowledgeBase) -> tuple[str, ...]:
    """The places a question names that no fact is filed under, by id."""
    return tuple(pid for name in slots.unknown_places for pid in kb.names.get(name, ()))


def _of_what_is_measured(
    sentence: IndexedSentence, measured: frozenset[str], kb: KnowledgeBase
) -> bool:
    """Whether a sentence, or the one before it in its paragraph ("… 52 pekerja seks. Usia
    mereka …"), says a word of what the question measures (in any form)."""
    if not measured:
        return True
    before = kb.sentence_before(sentence)
    said = kb.sentence_roots(sentence)
    if before is not None:
        said |= kb.sentence_roots(before)
    return any(({w} | stems(w)) & said for w in measured)


def _states_measure(sentence: IndexedSentence, roots: frozenset[str]) -> bool:
    """Whether a sentence states the measure with a figure ("usia 19 hingga 45 tahun", an age
    in brackets after a name when an age is asked)."""
    if not NUMBER_WORD.search(sentence.text.lower()):
        return False
    if _names_measure(sentence, roots):
        return True
    return bool(roots & AGE_ROOTS and _AGE_IN_BRACKETS.search(sentence.text))


def _names_measure(sentence: IndexedSentence, roots: frozenset[str]) -> bool:
    """Whether a sentence says the measure, in any form of one of its words."""
    return any(({word} | stems(word)) & roots for word in sentence.terms)


def _narrowing_roots(asked: Asked) -> list[set[str]]:
    """The roots of each telling word of a "yang …" clause narrowing what is counted
    ("berapa eks penghuni yang sudah dipulangkan")."""
    words = asked.words
    if "yang" not in words:
        return []
    tail = words[words.index("yang") + 1 :]
    if "di" in tail:
        tail = tail[: tail.index("di")]  # "… yang ditertibkan di rumah biru by pass": where
    return [
        stems(w)
        for w in tail
        if w in asked.content and w not in TOPIC_WORDS and w not in QUESTION_TYPE_WORDS
    ]


def _says_all(sentence: IndexedSentence, roots: list[set[str]]) -> bool:
    """Whether a sentence says every narrowing word, in any of its forms."""
    said = {root for word in sentence.terms for root in stems(word)}
    return all(word_roots & said for word_roots in roots)


ROUTINE_ACTS = frozenset(tables.words()["reading"]["routine_acts"].split())
"""Roots of what is done to the people counted (knowledge/data/words.toml)."""


def may_count_all(sentence: IndexedSentence, roots: list[set[str]]) -> bool:
    """Whether a count of them all may answer a question narrowed by `roots` when no sentence
    says them all: only when what narrows is what was done to them all ("yang ketangkep"), or
    the sentence says some of it."""
    telling_roots = [word_roots for word_roots in roots if not word_roots & ROUTINE_ACTS]
    said = {root for word in sentence.terms for root in stems(word)}
    return not telling_roots or any(word_roots & said for word_roots in telling_roots)


_GIVER_TERMS = tuple(frozenset(terms(phrase)) or frozenset({phrase}) for phrase in GIVERS)


def _names_a_giver(sentence: IndexedSentence) -> bool:
    """Whether a sentence names someone who gives aid (a ministry, a government, a company)."""
    return any(giver <= sentence.terms for giver in _GIVER_TERMS)


# A list of home towns may stand between ("berasal dari Purworejo, Kebumen dan Cilacap").
_ORIGIN_BEFORE = (
    r"\b(?:asal|berasal dari|warga|penduduk|ber-?ktp|(?:di)?pulangkan ke|pulang ke|pemulangan ke"
    r"|dikembalikan ke)\s+(?:[^.;()]{0,40}?\s)?"
)


def _names_origin(low: str, name: str) -> bool:
    """Whether a sentence names `name` as where people come from ("27 perempuan asal Kabupaten
    Indramayu"), not as where the lokalisasi lies ("Lokalisasi X, Kabupaten Batanghari")."""
    return re.search(_ORIGIN_BEFORE + re.escape(name) + r"\b", low) is not None


ORIGIN_REACH = 80
"""How far before a home town's name its figure may stand, in the same clause: "12 orang di
lokalisasi itu berasal dari Lumajang", not "41 pekerja seks … berasal dari luar Jember,
kebanyakan dari Lumajang" (a figure for all, then where most come from)."""
_CLAUSE_MARK_RE = re.compile(r"[,;:]")


def gives_figure_of(name: str, low: str) -> bool:
    """Whether the sentence gives a figure for `name` (a home town) in its clause."""
    at = low.find(name)
    if at == -1:
        return False
    before = _CLAUSE_MARK_RE.split(low[max(0, at - ORIGIN_REACH) : at])[-1]
    after = _CLAUSE_MARK_RE.split(low[at + len(name) : at + len(name) + ORIGIN_REACH // 4])[0]
    return bool(NUMBER_WORD.search(before) or NUMBER_WORD.search(after))


def _another_giver(sentence: IndexedSentence, giver: str, kb: KnowledgeBase) -> bool:
    """Whether the aid a sentence states is from a giver other than `giver`, or paid from
    another's purse."""
    return any(
        f.kind == "aid"
        and f.sentence_id == sentence.sentence_id
        and ((f.agent and not f.agent.startswith(giver)) or other_purse(f, giver))
        for f in kb.by_article.get(sentence.article_id, ())
    )


def _quoted(sentence: IndexedSentence, kb: KnowledgeBase, asked: Asked) -> Composed:
    citation = kb.sentence_citation(sentence)
    findings = [Finding(text="Menurut sumber berita:", citations=(citation,))]
    if proposal_only(sentence, asked, kb):
        return Composed(f"{PROPOSED_NOTE}{with_figures(sentence.text)}", findings, unconfirmed=True)
    return Composed(with_figures(sentence.text), findings)


PROPOSED_NOTE = "Baru diusulkan, belum pasti diberikan. Yang ada di sumber berita: "
"""What a quote of aid only proposed is introduced with."""


def proposal_only(sentence: IndexedSentence, asked: Asked, kb: KnowledgeBase) -> bool:
    """Whether a sentence quoted for a question about aid states only amounts proposed or asked
    for ("sudah mengusulkan bantuan Rp3 juta kepada Kementerian Sosial"), and the question does
    not ask about a proposal ("berapa yang diusulkan"): the quote says what is known, not that
    the aid was given. The aid facts of the sentence say so (read when the article was)."""
    slots = asked.slots
    if not (slots.counted == "money" or slots.aid_kind or slots.giver):
        return False
    if PROPOSAL_WORDS & set(asked.words):
        return False
    amounts = [
        f
        for f in kb.by_article.get(sentence.article_id, ())
        if f.kind == "aid" and f.sentence_id == sentence.sentence_id and f.number
    ]
    return bool(amounts) and all(f.status == "planned" for f in amounts)


def covered(slots: Slots, kb: KnowledgeBase) -> bool:
    """Whether an asked place has anything in the articles to quote from."""
    return any(p in kb.covered or p in kb.site_stories for p in slots.places)


def _facts_about(places: tuple[str, ...], kb: KnowledgeBase) -> tuple[set[str], set[int]]:
    """The words of the places' names, and the facts (by object id) about them or inside them,
    their stories included (once per snapshot)."""
    key = ("facts_about", places)
    if key not in kb.memo:
        names = {w for p in places for w in terms(kb.place_name(p))}
        facts = {
            id(f) for p in places for f in (*kb.subtree.get(p, ()), *kb.site_stories.get(p, ()))
        }
        kb.memo[key] = (names - {"kota", "kabupaten", "provinsi"}, facts)
    return kb.memo[key]  # type: ignore[return-value]


def _sentence_places(kb: KnowledgeBase) -> dict[tuple[str, int], set[str]]:
    """(article, sentence) -> the places its facts are filed under (once per snapshot)."""
    key = "sentence_places"
    if key not in kb.memo:
        table: dict[tuple[str, int], set[str]] = {}
        for fact in kb.facts:
            if fact.place_id and fact.sentence_id is not None:
                table.setdefault((fact.article_id, fact.sentence_id), set()).add(fact.place_id)
        kb.memo[key] = table
    return kb.memo[key]  # type: ignore[return-value]


_REGION_NAMED = re.compile(r"\b(Kabupaten|Kab\.|Kota|Provinsi)\s+((?:[A-Z][\w-]*\s?){1,3})")
"""A regency, city or province named by its level: "… di Kabupaten Jombang, 530 orang"."""
_HOME_TOWNS = re.compile(r"\b(?:asal|berasal|kampung halaman|dipulangkan ke|pulang ke)\b", re.I)
"""Regions named as where people come from or go home to, which are not what a sentence is
about."""


def _regions_named(text: str, kb: KnowledgeBase) -> set[str]:
    """The regions a sentence names with their level word, as the knowledge base knows them."""
    found: set[str] = set()
    if _HOME_TOWNS.search(text):
        return found  # "dipulangkan ke daerah asal, antara lain ke Kabupaten Jember …"
    for match in _REGION_NAMED.finditer(text):
        level = match.group(1).rstrip(".").lower()
        words = match.group(2).lower().split()
        for n in range(len(words), 0, -1):
            ids = kb.names.get(f"{level} {' '.join(words[:n])}")
            if ids:
                found.update(ids)
                break
    return found


_NATIONAL_WORDS = frozenset({"nasional", "indonesia"})
"""Words that make a sentence speak of the country as a whole."""


def _about_places(
    sentence: IndexedSentence,
    places: tuple[str, ...],
    about: tuple[set[str], set[int]],
    kb: KnowledgeBase,
) -> bool:
    """Whether a sentence speaks of the asked places: it names one, or its whole article is
    mostly about them (`about`: _facts_about(places, kb)). Remembered per snapshot: questions
    about one place differ in their year or wording, and meet the same few sentences again."""
    key = ("about_places", places, sentence.article_id, sentence.sentence_id)
    if key not in kb.memo:
        kb.memo[key] = _speaks_of(sentence, places, about, kb)
    return bool(kb.memo[key])


def _speaks_of(
    sentence: IndexedSentence,
    places: tuple[str, ...],
    about: tuple[set[str], set[int]],
    kb: KnowledgeBase,
) -> bool:
    """See _about_places (`about`: see _facts_about)."""
    names, facts = about
    if names & sentence.terms:
        return True
    elsewhere = _sentence_places(kb).get((sentence.article_id, sentence.sentence_id), set())
    elsewhere = elsewhere | _regions_named(sentence.text, kb)
    if all(kb.depth(p) == 0 for p in places):
        # The country asked: only a sentence about the country as a whole ("secara nasional",
        # its facts filed under it), never one region's figure.
        return bool(_NATIONAL_WORDS & sentence.terms) or (
            bool(elsewhere) and elsewhere <= set(places)
        )
    if elsewhere and not any(
        kb.contains(p, q) or kb.contains(q, p) for p in places for q in elsewhere
    ):
        return False  # "… terbanyak di Jombang, 530 orang" in a story about a Kediri lokalisasi
    if any(kb.depth(p) > REGENCY_DEPTH for p in places):
        # A lokalisasi or village: an article that names it is about it, but not a paragraph
        # about another one ("… eks lokalisasi Bong Cino … Jumlahnya mencapai 212 orang" in a
        # story that names the asked one in passing further on).
        return not any(
            (other := kb.places.get(q)) is not None
            and other.level == "lokalisasi"
            and not any(kb.contains(p, q) or kb.contains(q, p) for p in places)
            for q in _paragraph_places(sentence, kb)
        )
    placed = [f for f in kb.by_article.get(sentence.article_id, ()) if f.place_id]
    return bool(placed) and 2 * sum(id(f) in facts for f in placed) >= len(placed)


def _paragraph_places(sentence: IndexedSentence, kb: KnowledgeBase) -> set[str]:
    """The places the facts of a sentence's paragraph are filed under."""
    found: set[str] = set()
    for fact in kb.by_article.get(sentence.article_id, ()):
        other = kb.sentences.get((fact.article_id, fact.sentence_id))
        if fact.place_id and other is not None and other.paragraph == sentence.paragraph:
            found.add(fact.place_id)
    return found


_REQUEST_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(REQUEST_WORDS, key=len, reverse=True))})\b", re.IGNORECASE
)
_REQUESTER_RE = re.compile(r"\boleh\b|\b[A-Z][\w'-]+")


def _names_requester(text: str) -> bool:
    """Whether a request in `text` says who made it: "diminta oleh warga", "yang meminta …
    itu MUI" (not "permintaan banyak pihak")."""
    request = _REQUEST_RE.search(text)
    return bool(request and _REQUESTER_RE.search(text, request.end()))


def _headlines_request(article_id: str, kb: KnowledgeBase) -> bool:
    """Whether an article's headline asks for a closing: "Kemenag Usul Lokalisasi Km 8
    Ditutup", "Warga Desak Lokalisasi X Ditutup" (once per snapshot and article)."""
    key = ("headlines_request", article_id)
    if key not in kb.memo:
        article = kb.articles.get(article_id)
        title = article.title if article else ""
        words = {root for word in terms(title) for root in ({word} | stems(word))}
        kb.memo[key] = "tutup" in words and bool(_REQUEST_RE.search(title))
    return bool(kb.memo[key])


def asks_requester(words: list[str]) -> bool:
    """'Siapa yang minta lokalisasi itu ditutup?': who asked for a closure, which the one who
    closed it does not answer."""
    asked = set(words)
    return "siapa" in asked and "tutup" in asked and bool(asked & REQUEST_WORDS)


_SHAPE_WORDS = frozenset({"keberapa", "ke", "ada", "sejak", "berdiri", "didirikan", "muncul"})
"""A question asking since when or which rank has one of these words (see below); most have
none, and are done with at once."""

DATED_BY_FACTS = frozenset({"tutup", "target", "bebas", "ditargetkan", "menargetkan"})
"""What a "kapan" question asks of a closing or a target: their facts hold the dates."""


def asks_other_date(words: list[str]) -> bool:
    """'Usulan bantuan Km 4 dikirim ke Kemensos kapan?': the date of something no fact dates
    (not a closing, not a target), which only a dated sentence about it answers."""
    asked = set(words)
    return "kapan" in asked and not asked & DATED_BY_FACTS


def asks_since_or_rank(words: list[str]) -> str | None:
    """'since' for "sejak kapan / berdiri tahun berapa", 'ordinal' for "yang keberapa"."""
    if _SHAPE_WORDS.isdisjoint(words):
        return None
    if "keberapa" in words or " ke berapa " in f" {' '.join(words)} ":
        return "ordinal"
    joined = f" {' '.join(words)} "
    if " ada dari tahun " in joined or " ada sejak " in joined:
        return "since"  # "udh ada dr tahun brp": since when it has been there
    # "sejak 2010" bounds a span ("berapa yang ditutup sejak 2010"); it does not ask since when.
    spans = {w for w, after in zip(words, [*words[1:], ""], strict=True) if after.isdigit()}
    if set(words) - spans & {"sejak", "berdiri", "didirikan", "muncul"} and set(words) & {
        "kapan",
        "tahun",
        "berapa",
    }:
        return "since"
    return None


def _keeps_slots(sentence: IndexedSentence, slots: Slots, kb: KnowledgeBase) -> bool:
    """Whether a sentence says what the question narrows to: its recipient, its kind of aid,
    its year. A sentence about the workers' aid is no answer about "korban banjir"."""
    if slots.recipient and slots.recipient not in sentence.terms:
        return False
    if slots.aid_kind:
        pattern = dict(AID_KIND_PATTERNS).get(slots.aid_kind)
        # "biaya perjalanan pulang" says "pemulangan" by its root, as the question did.
        roots = {root for word in sentence.terms for root in stems(word)}
        said = all(stems(word) & roots for word in terms(slots.aid_kind))
        if not said and (pattern is None or not pattern.search(sentence.text.lower())):
            return False
    return _of_year(sentence, slots, kb)


_DIGITS = re.compile(r"\d{4,}")


def _year_ever_said(slots: Slots, kb: KnowledgeBase) -> bool:
    """Whether any sentence may be of the asked year (see _of_year): one that names it, or of a
    story of that year. The articles name few years; a question about another ("… tahun 2003")
    needs no sentence looked at."""
    year = slots.year
    if not (year and slots.year_relation == "in") or not 1000 <= year <= 9999:
        return True
    said = kb.memo.get("years_said")
    if said is None:
        # Every four digits in a row of every sentence: exactly where str(year) in text holds.
        runs = (run for s in kb.sentences.values() for run in _DIGITS.findall(s.text))
        said = {run[i : i + 4] for run in runs for i in range(len(run) - 3)}
        said |= {str(a.published.year) for a in kb.articles.values() if a.published}
        said = kb.memo["years_said"] = frozenset(said)
    return str(year) in said  # type: ignore[operator]


def _of_year(sentence: IndexedSentence, slots: Slots, kb: KnowledgeBase) -> bool:
    """Whether a sentence may say what held in the year asked ("… tahun 2016"): it names the
    year, or its story is of that year. Any sentence, when no year is asked."""
    if not (slots.year and slots.year_relation == "in"):
        return True
    article = kb.articles.get(sentence.article_id)
    published = article.published.year if article and article.published else None
    return str(slots.year) in sentence.text or published == slots.year


PASSAGE_SENTENCES = 3
STRICT_SEARCH_WORDS = 2
"""A fallback search needs this many of the question's own words in the sentence it returns."""


def compose_statement(
    asked: Asked, kb: KnowledgeBase, *, strict: bool = False, figure_of: str | None = None
) -> Composed | None:
    """Answer with the sentences that share the most telling words with the question.

    `strict` (when another reading found nothing): only a sentence sharing several of the
    question's own words, lest a near-topic question get a loosely related quote.
    `figure_of`: only a sentence that gives a figure of that thing ("300 unit", "tiga kali")
    answers "berapa … unit/kali".
    """
    slots = asked.slots
    words = asked.content or asked.words
    asks_what = "apa" in asked.words and "apakah" not in asked.words

    def boost(sentence: IndexedSentence) -> float:
        # "Keterampilan apa …?" wants a list: "… seperti menjahit, membordir, membuat kue".
        if asks_what and _LIST_MARKERS & sentence.terms:
            return 1.6
        return 1.0

    # Without "apa" every boost is 1: the plain search, remembered per snapshot, ranks the same.
    hits = kb.search(words, slots.places, limit=2, boost=boost if asks_what else None)
    hits = [(score, s) for score, s in hits if score >= SEARCH_MIN_SCORE]
    if strict:
        own = telling(asked)
        # Shared in any form: "keluhan" is said as "mengeluhkan".
        hits = [(score, s) for score, s in hits if _shared_forms(own, s, kb) >= STRICT_SEARCH_WORDS]
        if slots.recipient:
            # "mucikari dapat bantuan apa": only a sentence about them answers.
            hits = [(score, s) for score, s in hits if slots.recipient in s.terms]
        if slots.year and slots.year_relation == "in":
            hits = [
                (score, s)
                for score, s in hits
                if (article := kb.articles.get(s.article_id))
                and article.published
                and article.published.year == slots.year
            ]
    if figure_of:
        counted = figure_pattern(figure_of)
        hits = [(score, s) for score, s in hits if counted.search(s.text)]
    if not hits:
        return None
    _best_score, best = hits[0]
    passage = [best]
    # A passage of up to three sentences: the answer to "keterampilan apa …" may come two
    # sentences after the one that names the subject.
    while len(passage) < PASSAGE_SENTENCES:
        follower = kb.next_sentence(passage[-1])
        if not follower or not (
            _continues(follower, passage[-1], asked.content)
            or _ranks_what_was_asked(follower, passage[-1], slots)
        ):
            break
        passage.append(follower)
    text = " ".join(s.text for s in passage)
    citation = kb.sentence_citation(best, quote=text)
    findings = [Finding(text="Menurut sumber berita:", citations=(citation,))]
    if proposal_only(best, asked, kb):
        return Composed(f"{PROPOSED_NOTE}{with_figures(text)}", findings, unconfirmed=True)
    return Composed(with_figures(text), findings)


_FIGURE = (
    r"(?:\b\d[\d.,]*|\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas"
    r"|\w+\s+(?:belas|puluh|ratus|ribu)|seratus|seribu))"
)
"""A figure of more than one, in digits or in words."""


@functools.lru_cache(maxsize=256)
def figure_pattern(thing: str) -> re.Pattern[str]:
    """A figure of `thing` written right before it ("300 unit", "tiga kali", "9 wisma", "8
    tahapan"), in any spelling that reads as it ("300 personil" for "personel")."""
    written = sorted({thing} | _read_as(thing))
    said = "|".join(re.escape(w) for w in written)
    return re.compile(rf"{_FIGURE}\s+(?:[\w-]+\s+)?(?:{said})(?:an|nya|annya)?\b", re.I)


_LEVEL_WORDS = frozenset({"kecamatan", "kelurahan", "kabupaten", "kota", "provinsi"})


LOCATING_WORDS = frozenset(
    {"letak", "letaknya", "lokasi", "lokasinya", "terletak", "berada", "masuk", "wilayah", "desa"}
    | _LEVEL_WORDS
)
"""Words a question asking where a place lies may hold beside the place ("letaknya di kecamatan
mana")."""


def _asks_where(words: list[str]) -> bool:
    """'masuk kecamatan apa', 'di kabupaten mana', 'letaknya di mana': where a place lies, not
    what happened in it ("kapan lokalisasi di kecamatan X ditutup")."""
    pairs = list(itertools.pairwise(words))
    return any(a in _LEVEL_WORDS and b in ("apa", "mana") for a, b in pairs) or any(
        a in ("di", "letak", "letaknya", "lokasinya") and b == "mana" for a, b in pairs
    )


def _scene_of(article_id: str, ids: list[str], kb: KnowledgeBase) -> bool:
    """Whether every place below a regency a story files facts under in the regency of one of
    `ids` lies on its line (the story happens there; "mirip Dolly" compares it with another
    city's)."""
    for place in ids:
        regency = next((p for p in kb.lineage(place) if kb.depth(p) == REGENCY_DEPTH), None)
        if regency and all(
            kb.contains(p, place) or kb.contains(place, p)
            for p in kb.article_places.get(article_id, ())
            if kb.depth(p) > REGENCY_DEPTH and kb.contains(regency, p)
        ):
            return True
    return False


def _says(name: str, text: str) -> bool:
    """Whether `text` names the place `name` ("Lawe-Lawe" is "lawe lawe")."""
    return name in text.lower().replace("-", " ")


def compose_named_place(asked: Asked, kb: KnowledgeBase, name: str) -> Composed | None:
    """A village or district a story names but files no fact under ("lokalisasi ilegal di Desa
    Sungai Pakit, Kecamatan Pangkalan Banteng"): where it lies, or a sentence naming it that
    gives a figure of the thing counted, cited."""
    ids = [pid for pid in kb.names.get(name, ()) if pid in kb.places]
    asks_where = _asks_where(asked.words) and asked.slots.counted is None
    counted = asked.slots.counted
    figure_asked = bool(counted) and counted not in ("when", "money", "psk", "lokalisasi")
    if not ids or not (asks_where or figure_asked):
        return None  # decided before any search: most questions ask neither
    own = telling(asked) - set(terms(name))
    # "Pemilik kafe di Baruga ditahan di mana" asks where someone is held, not where Baruga
    # lies: only a question with nothing to ask about but the place is told where it lies.
    asks_where = asks_where and not own - LOCATING_WORDS
    if not (asks_where or figure_asked):
        return None
    found = [sentence for _, sentence in kb.search([*terms(name), *own], (), limit=20)]
    hits = [s for s in found if _says(name, s.text)]
    if not hits:
        return None
    # A story whose headline names the place, or whose places below a regency all lie on its
    # line, is about it throughout: "Setidaknya ada 15 kamar" in the story of Desa Bumirejo.
    stories = {s.article_id for s in hits}
    hits += [
        s
        for s in found
        if s not in hits
        and s.article_id in stories
        and (_says(name, kb.articles[s.article_id].title) or _scene_of(s.article_id, ids, kb))
    ]
    if asks_where and len(ids) == 1:
        chain = [level_name(kb, pid) for pid in kb.lineage(ids[0]) if pid != "ID"]
        text = f"{chain[0]} berada di {', '.join(chain[1:])}." if len(chain) > 1 else ""
        if text:
            return Composed(text, [Finding(text=text, citations=(kb.sentence_citation(hits[0]),))])
    # Otherwise only a figure of the very thing counted ("9 wisma di Desa X") answers: a sentence
    # that merely names the place and shares a word says nothing sure about what was asked.
    if not figure_asked or counted is None:
        return None
    figure = figure_pattern(counted)
    hits = [h for h in hits if figure.search(h.text) and len(h.terms & own) >= 1]
    if not hits:
        return None
    best = hits[0]
    return Composed(
        best.text, [Finding(text="Menurut sumber berita:", citations=(kb.sentence_citation(best),))]
    )


_LIST_MARKERS = frozenset({"seperti", "yaitu", "yakni", "antara", "berupa", "meliputi"})
_CONNECTIVES = (
    "baik",
    "yaitu",
    "yakni",
    "berupa",
    "antara lain",
    "seperti",
    "namun",
    "tetapi",
    "tapi",
    "akan tetapi",
    "meski",
    "selama",
    "selain",
    "mereka",
)


_MOST_WORDS = frozenset({"terbanyak", "terbesar", "tertinggi", "paling"})


def _ranks_what_was_asked(follower: IndexedSentence, best: IndexedSentence, slots: Slots) -> bool:
    """'Dari kecamatan mana paling banyak …?': "… berasal dari lima kecamatan." is followed by
    the sentence (often a quote of its own paragraph) that says which has the most."""
    return (
        slots.superlative is not None
        and follower.paragraph <= best.paragraph + 1
        and bool(follower.terms & _MOST_WORDS)
    )


def _continues(follower: IndexedSentence, best: IndexedSentence, content: list[str]) -> bool:
    """Whether the next sentence goes on with the passage: it opens with a connective, or it
    shares the question's words."""
    if follower.paragraph != best.paragraph and not follower.terms & set(content):
        return False
    opening = follower.text.lower().lstrip('"')
    return opening.startswith(_CONNECTIVES) or bool(follower.terms & set(content))


STRONG_MATCH_SCORE = 5.0
"""Sum of idf of the shared words: two words each in a handful of sentences, not two common ones."""


def strongly_matched(asked: Asked, kb: KnowledgeBase) -> bool:
    """'Save house itu buat siapa?': no topic word, but rare words an article puts together."""
    own = telling(asked)
    if len(own) < STRICT_SEARCH_WORDS:
        return False
    for score, sentence in kb.search(own, limit=1):
        if score >= STRONG_MATCH_SCORE and len(sentence.terms & own) >= STRICT_SEARCH_WORDS:
            return True
    return False


def _shared_forms(words: set[str], sentence: IndexedSentence, kb: KnowledgeBase) -> int:
    """How many of `words` a sentence says, in any of their forms."""
    shared = len(words & sentence.terms)
    if shared >= STRICT_SEARCH_WORDS:
        return shared  # most sentences found: said as asked
    roots = kb.sentence_roots(sentence)
    return sum(1 for w in words if w in sentence.terms or stems(w) & roots)


def anchored_search(asked: Asked) -> bool:
    """Whether the question names an abbreviation the articles define, or says enough of its own
    for sentence search (a count or a figure asked for is not that)."""
    slots = asked.slots
    if slots.counted or "berapa" in asked.words:
        return False  # a figure is asked for: a sentence without it is no answer
    return bool(slots.term) or len(telling(asked)) >= STRICT_SEARCH_WORDS


def compose_headline_date(asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """'Gang Mawar rencananya ditutup kapan?' when no closing fact and no sentence of the body
    dates it: the headline of the place's story that does ("…, Satpol PP: Ditutup Awal 2021"),
    quoted as the headline."""
    places = asked.slots.places
    if not places:
        return None
    day_asked = "tanggal" in asked.words
    names = kb.names_of(places)
    stories = [kb.articles[a] for a in kb.stories_about(names) if a in kb.articles]
    for article in sorted(stories, key=lambda a: a.published or dt.date.min, reverse=True):
        title = article.title
        if not CLOSURE_RE.search(title.lower()) or not names_one(names, title):
            continue
        dates = [d for d in find_dates(title, article.published) if d.value]
        if day_asked:
            # "Tanggal berapa?": a headline's month or year gives no day.
            dates = [d for d in dates if d.precision == "day"]
        if not dates:
            continue
        citation = kb.headline_citation(article.id)
        findings = [Finding(text="Menurut judul berita:", citations=(citation,))]
        return Composed(f"Menurut judul beritanya: {title}", findings)
    return None


def telling(asked: Asked) -> set[str]:
    """The question's own words: not its topic, not the kind of answer it asks for."""
    return set(asked.content) - TOPIC_WORDS - QUESTION_TYPE_WORDS


def telling_beyond_place(asked: Asked, kb: KnowledgeBase) -> frozenset[str]:
    """The question's own words, less the words of the places it names: what else it is
    about ("rakor penutupan … di Nunukan tgl brp": the meeting)."""
    names, _facts = _facts_about(asked.slots.places, kb)
    return frozenset(telling(asked) - names)


COMPOSERS: dict[str, Composer] = {"statement": compose_statement}


_CAUSE_RE = re.compile(
    r"\b(?:karena|sebab|lantaran|akibat|dikarenakan|mengingat|alasan(?:nya)?|agar|supaya|demi"
    r"|hingga selesai|sampai selesai|setelah|usai)\b"
)
"""Words that give a cause, a purpose or what something waits for: a reason's sentence."""


def compose_why(asked: Asked, kb: KnowledgeBase, least: int = 1) -> Composed | None:
    """'Knp penutupan lokalisasi Palangka Raya ditunda?': no reason fact is of what the question
    asks about, but a sentence of the place's stories says it ("Penundaan itu dilakukan hingga
    selesai pemilu 2019"): one that says `least` of the question's own words (in any form) with
    a cause."""
    best = _best_cause(asked, kb)
    if best is None or best[0] < least:
        return None
    sentence = best[2]
    follower = kb.next_sentence(sentence)
    if follower is not None and (
        _CAUSE_AHEAD_RE.search(sentence.text.lower()) or _cause_follows(sentence, kb)
    ):
        # "Ia menjelaskan alasan mengapa lapak karaoke ditutup." The reason comes next.
        text = f"{sentence.text} {follower.text}"
        citation = kb.sentence_citation(sentence, quote=text)
        return Composed(text, [Finding(text="Menurut sumber berita:", citations=(citation,))])
    return _quoted(sentence, kb, asked)


_CAUSE_NEXT_RE = re.compile(
    r"^\W*(?:hal (?:ini|itu|tersebut)|ini|itu|kondisi (?:ini|itu|tersebut)|semua itu)\s+"
    r"(?:\w+\s+){0,2}?(?:terjadi\s+)?(?:karena|sebab|lantaran|akibat|disebabkan|dikarenakan)\b"
)
"""A sentence giving the cause of what the one before it told: "Hal itu disebabkan …"."""


def _cause_follows(sentence: IndexedSentence, kb: KnowledgeBase) -> bool:
    """Whether the next sentence opens with the cause of what this one tells."""
    follower = kb.next_sentence(sentence)
    return follower is not None and bool(_CAUSE_NEXT_RE.match(follower.text.lower()))


TOPIC_TIE_WEIGHT = 0.1
"""What each topic word the question and a cause's sentence share adds: less than any word of
the question's own, so it only breaks ties."""
CAUSE_MEMO_LIMIT = 4096
"""Questions of why whose best cause is remembered per snapshot at most."""


def _best_cause(asked: Asked, kb: KnowledgeBase) -> tuple[int, float, IndexedSentence] | None:
    """The sentence of the asked place's stories giving a cause that says the most of the
    question's own words (in any form), with how many and their weight; remembered per
    snapshot, question and slots, as a "kenapa" is looked at more than once on its way."""
    slots = asked.slots
    if not slots.places or not covered(slots, kb):
        return None
    memo = kb.memo.setdefault("best_cause", {})
    assert isinstance(memo, dict)
    key = (tuple(asked.words), slots)
    if key in memo:
        return memo[key]  # type: ignore[no-any-return]
    if len(memo) >= CAUSE_MEMO_LIMIT:
        memo.clear()
    about = _facts_about(slots.places, kb)
    own = [w for w in telling(asked) if w not in about[0] and w != "kenapa"]
    wanted = [{w} | stems(w) for w in own]
    # "knp ada wisma … yg ga beroperasi": the thing asked of, a topic word that tells no cause
    # by itself, still decides between sentences giving the same cause words.
    topic = (set(asked.content) & TOPIC_WORDS) - about[0]
    best: tuple[int, float, IndexedSentence] | None = None
    for sentence in place_sentences(slots.places, kb) if own else ():
        if not _CAUSE_RE.search(sentence.text.lower()) and not _cause_follows(sentence, kb):
            continue
        roots = kb.sentence_roots(sentence)
        shared = [w for w, forms in zip(own, wanted, strict=True) if forms & roots]
        if not shared or not _about_places(sentence, slots.places, about, kb):
            continue
        score = sum(kb.idf.get(w, 1.0) for w in shared)
        score += TOPIC_TIE_WEIGHT * len(topic & roots)
        if best is None or (len(shared), score) > best[:2]:
            best = (len(shared), score, sentence)
    memo[key] = best
    return best


_CAUSE_AHEAD_RE = re.compile(r"^(?!.*\b(?:karena|sebab|lantaran|akibat|agar|supaya)\b).*\balasan")
"""A sentence that announces a reason without giving it."""


def place_sentences(places: tuple[str, ...], kb: KnowledgeBase) -> list[IndexedSentence]:
    """The sentences of the stories with facts in the asked places (once per snapshot)."""
    key = ("place_sentences", places)
    if key not in kb.memo:
        kb.memo[key] = kb.story_sentences(
            article_id
            for article_id, article_places in kb.article_places.items()
            if any(kb.contains(p, q) for q in article_places for p in places)
        )
    return kb.memo[key]  # type: ignore[no-any-return]
