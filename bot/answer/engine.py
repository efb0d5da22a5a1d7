"""The engine: read a question, choose the intent that fits it, and answer, or abstain.

`answer(question, kb, context)` reads the question (bot.understand), decides whether the
knowledge base can answer it at all, and hands it to the composer for its intent
(bot.answer.intents). It fills a follow-up's gaps from the chat's previous question, offers a
wider place's figure only as that, and asks "Maksud Anda…?" when two readings fit as well.
"""

from __future__ import annotations

import re
import time

from bot.answer.byline import asks_byline, compose_byline
from bot.answer.composed import Asked, Composed
from bot.answer.count import compose_counted_other, compose_worker_count
from bot.answer.cues import adjust
from bot.answer.evidence import (
    DATED_BY_FACTS,
    EVIDENCE_INTENTS,
    MEASURES,
    STRICT_SEARCH_WORDS,
    anchored_search,
    asked_events,
    asked_measure,
    asks_other_date,
    asks_requester,
    asks_since_or_rank,
    compose_evidence,
    compose_headline_date,
    compose_measure,
    compose_named_place,
    compose_statement,
    compose_why,
    covered,
    states_a_date,
    strongly_matched,
    telling_beyond_place,
    unfiled_places,
)
from bot.answer.intents import COMPOSERS
from bot.answer.person import asks_said_when, compose_said_when
from bot.answer.several import split_questions
from bot.answer.shaped import (
    NATURAL_ONLY_WITH,
    answer_shape,
    asks_a_name,
    compose_shaped,
    shaped_before,
)
from bot.answer.site import asks_other_name
from bot.answer.stories import compose_from_stories
from bot.english import is_english, not_understood, to_indonesian, with_note
from bot.models import SMALL_TALK_INTENT, Answer, Choice, Context, Slots
from bot.phrasing import INTENT_LABELS, label_in_sentence, place_phrase
from bot.smalltalk import small_talk
from bot.suggest import answerable_examples
from bot.understand import (
    COUNT_FILLERS,
    COUNT_WORDS,
    COUNTED_UNITS,
    TOPIC_WORDS,
    Reading,
    is_site,
    read_question,
)
from knowledge.index import KnowledgeBase
from knowledge.text import stems, terms

MIN_INTENT_SCORE = 52.0
"""Below this (mean of token_set and token_sort ratio) no intent fits; sentence search answers.
Dev questions that fit an intent score 60-100; off-topic chatter 30-50."""
WEAK_INTENT_SCORE = 70.0
"""Below this an intent fits loosely: a sentence sharing several of the question's own words
answers instead."""
WHY_INTENTS = frozenset({"closure_reason", "decree", "statement"})
"""The intents that answer "kenapa": a reason, the decree a closing rests on, or a sentence."""
COUNTING_INTENTS = frozenset(
    i for i, kind in EVIDENCE_INTENTS.items() if kind in ("count", "money")
)
"""Intents whose answer is a figure: never the answer to "kapan" or "jam berapa", whatever
date their facts are of."""
DATING_INTENTS = frozenset({"closure_when", "target", "decree"})
"""Intents whose facts are dated events: a date asked besides theirs is of something else."""
NO_WHITHER_INTENTS = (COUNTING_INTENTS - {"aid_source"}) | DATING_INTENTS | {"site"}
"""Intents whose answers never say whither people went or whence they came: figures, dates,
where a lokalisasi lies (a giver is whence money came: "dana dari mana")."""
DESCRIBING = frozenset({"kondisi", "keadaan", "suasana", "situasi"})
"""Words asking how things were: a sentence tells it."""
WHEN_WORDS = frozenset({"saat", "ketika", "waktu", "sewaktu"})
"""Words that say when what the question asks about was, not what it is."""
AMBIGUITY_MARGIN = 3.0
"""Two intents this close, whose answers differ, make the bot ask "Maksud Anda…?"."""


def _follow_up(
    reading: Reading, context: Context | None, now: float, continues: bool = False
) -> tuple[str | None, Slots]:
    """Fill what a follow-up leaves out from the chat's previous question (or from the
    message's question before, which a later one of the same message always goes on from)."""
    slots = reading.slots
    if context is None:
        return None, slots
    anaphoric = (
        continues or reading.only_place or len(reading.words) <= 3 or _refers_back(reading.question)
    )
    if not anaphoric:
        return None, slots
    update: dict[str, object] = {}
    if not slots.places and not slots.unknown_places:
        update["places"] = context.slots.places
        if continues:
            # "psk di X brp, mucikarinya brp" about a place no article names: neither is known.
            update["unknown_places"] = context.slots.unknown_places
    for name in ("aid_kind", "giver", "role", "year", "status"):
        if getattr(slots, name) is None and reading.only_place:
            update[name] = getattr(context.slots, name)
    if (
        continues
        and slots.counted is None
        and set(reading.words) & COUNT_WORDS
        and set(reading.content) <= COUNT_FILLERS
    ):
        # "sampai 2016 udah brp lokalisasi yg ditutup, sisanya brp": what the question before
        # counted, and when.
        update["counted"] = context.slots.counted
        if slots.year is None:
            for name in ("year", "month", "year_relation"):
                update[name] = getattr(context.slots, name)
    intent = context.intent if reading.only_place else None
    return intent, slots.model_copy(update=update)


_ASCII_LETTER = re.compile(r"[A-Za-z]")


_CHAT_VERB_RE = re.compile(r"^(?:di|ng|nge|ny|ke|m)\w{3,}(?:in|kin)$|^(?:ng|nge)\w{4,}$")
"""Chat verb forms: "ngomongin", "diapain", "ngasih", "nyariin", "mutusin"."""


def _says_asked(composed: Composed, asked: Asked, kb: KnowledgeBase) -> bool:
    """Whether an answer's quotes say the question's own words (in any form), those of its
    places aside."""
    own = telling_beyond_place(asked, kb) - {"kenapa", "alasan"}
    if not own:
        return True
    quoted = " ".join(c.quote for f in composed.findings for c in f.citations).lower()
    said = {root for word in terms(quoted) for root in (word, *stems(word))}
    return any(({w} | stems(w)) & said for w in own)


def _below_regency(place_id: str, kb: KnowledgeBase) -> bool:
    place = kb.places.get(place_id)
    return place is not None and place.level in ("kecamatan", "kelurahan", "desa")


def _has_letter(question: str) -> bool:
    """Whether the question has a letter at all (in ASCII, one pattern search decides)."""
    if question.isascii():
        return _ASCII_LETTER.search(question) is not None
    return any(ch.isalpha() for ch in question)


def _refers_back(question: str) -> bool:
    lowered = f" {question.lower()} "
    return any(
        marker in lowered
        for marker in ("nya ", "nya?", " itu", " tersebut", " sana", " situ", " tadi", " juga")
    )


def _abstain(question: str, kb: KnowledgeBase, why: str, slots: Slots | None = None) -> Answer:
    return Answer(
        question=question,
        found=False,
        intent=None,
        confidence=0.0,
        summary=why,
        suggestions=tuple(suggestions(kb, slots)),
    )


SUGGESTIONS = 4
"""Questions an abstention suggests at most."""


def suggestions(kb: KnowledgeBase, slots: Slots | None = None) -> list[str]:
    """Questions the knowledge base answers, about the asked place when it knows it."""
    return answerable_examples(kb, slots.places if slots else (), limit=SUGGESTIONS)


def answer(
    question: str,
    kb: KnowledgeBase,
    context: Context | None = None,
    *,
    intent: str | None = None,
    continues: bool = False,
) -> Answer:
    """The reply to `question`, each of its questions answered when it asks several.

    `context` is the chat's previous question (for follow-ups); `intent` forces one reading, as
    when a person picks a "Maksud Anda…?" button; `continues` says the question is a later one
    of a message that asked several.
    """
    now = time.time()
    question = question.strip()
    talk = small_talk(question, kb)
    if talk is not None:
        return talk
    if is_english(question):
        indonesian = to_indonesian(question)
        # A mapping still read as English ("about money?") maps onto nothing: stop there.
        mapped = None if is_english(indonesian) else answer(indonesian, kb, context, intent=intent)
        if mapped is not None and (mapped.found or mapped.choices):
            return with_note(mapped, question)
        return not_understood(question, tuple(suggestions(kb, None)))
    if intent is None and not continues:
        parts = split_questions(question)
        if len(parts) > 1:
            return _several(question, parts, kb, context)
    reading = read_question(question, kb)
    if not reading.words or not _has_letter(question):
        return _abstain(question, kb, "Maaf, saya tidak menangkap pertanyaannya.")

    follow_intent, slots = _follow_up(reading, context, now, continues)
    follows_on = slots is not reading.slots
    asked = Asked(reading, slots)
    places_known = bool(slots.places)
    # Chat spellings and filler ("nyegel", "sebenernya") do not sink a question whose known
    # words fix its topic and place; an unknown name ("lokalisasi sunan kuning") always does.
    asks_topic = bool(set(reading.words) & TOPIC_WORDS)
    blocking = reading.unknown_names if places_known and asks_topic else reading.unknown_words
    if asks_topic or places_known:
        # "mensos ngomongin … lokalisasi", "mau diapain", "wali kota yg mutusin … di X": a chat
        # verb in a question whose known words fix its topic or place says how it is asked,
        # not what about.
        blocking = [w for w in blocking if not _CHAT_VERB_RE.match(w)]
    if blocking:
        words = ", ".join(f"“{_clip(w)}”" for w in blocking[:3])
        return _abstain(
            question,
            kb,
            f"Maaf, belum ada informasi tentang {words} di sumber berita saya.",
            slots,
        )
    if asks_byline(reading.words):
        # "Siapa wartawan yg nulis berita soal modal usaha?": the story's byline, or nothing;
        # never an official or a figure of the story.
        byline = compose_byline(asked, kb)
        if byline is None:
            return _abstain(
                question,
                kb,
                "Maaf, nama penulis berita itu tidak ada di sumber berita saya.",
                slots,
            )
        return _found(question, "statement", 60.0, byline, slots, now)
    if asks_said_when(reading.words, kb):
        # "Kapan Khofifah ngomong soal target 2019 di Jakarta?": where it was said is no place
        # asked about; the sentence quoting them dates it.
        said = compose_said_when(asked, kb)
        if said is not None:
            return _found(question, "statement", 60.0, said, slots, now)
    measure = asked_measure(reading.words)
    if measure:
        # "Umur PSK di X berapa?", "harga sewa kamar brp": no fact holds the measure; only a
        # sentence stating it answers, never a count or an amount of something else.
        stated = compose_measure(asked, kb, measure)
        if stated is None:
            words = ", ".join(f"“{w}”" for w in reading.words if w in MEASURES)
            return _abstain(
                question,
                kb,
                f"Maaf, belum ada informasi tentang {words} di sumber berita saya.",
                slots,
            )
        return _found(question, "statement", 60.0, stated, slots, now)
    if slots.origin and _asks_a_count(reading.words, slots):
        # No fact counts people by their home town: only a sentence that names it answers.
        # Asked anything else ("dipulangkan ke Jawa naik apa", their aid), the home is no more
        # than who they are, and the question is answered about the place asked.
        evidence = compose_evidence(asked, kb, "worker_count", must_name=slots.origin)
        if evidence is None:
            return _abstain(
                question,
                kb,
                "Maaf, belum ada informasi tentang mereka yang berasal dari "
                f"{_display_name(slots.origin)} di sumber berita saya.",
                slots,
            )
        return _reply(question, "statement", 60.0, evidence, slots, kb, now)
    if slots.sub_places:
        # "brp bangunan dibongkar di Lawe-Lawe": a village of the asked regency no fact is
        # filed under; a sentence naming it may still say it.
        names = tuple(kb.place_name(p).lower().replace("-", " ") for p in slots.sub_places)
        named = _said_of_unfiled(asked, kb, names) or compose_from_stories(
            asked, kb, kb.names_of(slots.sub_places)
        )
        if named is not None:
            return _reply(question, "statement", 60.0, named, slots, kb, now)
        inside = ", ".join(kb.place_name(p) for p in slots.sub_places)
        return _abstain(
            question,
            kb,
            f"Maaf, belum ada informasi tentang {inside} di sumber berita saya.",
            slots,
        )
    if slots.unknown_places and not places_known:
        # A place no fact is filed under: its name as the gazetteer knows it, else as asked
        # ("lokalisasi gunung sari", named in a story that types no fact of it).
        names = kb.names_of(unfiled_places(slots, kb)) or slots.unknown_places
        named = _said_of_unfiled(asked, kb, slots.unknown_places) or compose_from_stories(
            asked, kb, names
        )
        if named is not None:
            return _reply(question, "statement", 60.0, named, slots, kb, now)
        where = ", ".join(_display_name(name) for name in slots.unknown_places)
        return _abstain(
            question,
            kb,
            f"Maaf, belum ada informasi tentang lokalisasi di {where} di sumber berita saya.",
            slots,
        )
    if slots.counted and slots.counted not in ("psk", "lokalisasi", "money", "when"):
        counted, kind = None, "statement"
        lasting = answer_shape(reading.words, reading.content)
        if lasting is not None and lasting.kind == "duration":
            # "Selama puasa Sarkem tutup berapa lama?": the sentence giving how long the thing
            # asked about lasts, before any other length a story gives ("dua bulan sebelumnya").
            counted = compose_shaped(asked, kb, lasting)
        if counted is None and slots.counted in COUNTED_UNITS:
            counted, kind = compose_worker_count(asked, kb), "worker_count"
        if counted is None:
            counted, kind = compose_counted_other(asked, kb), "statement"
        if counted is None and places_known:
            # "brp unit rusun yg disiapin buat warga X": nothing the articles count as such, but
            # a sentence about X sharing several of the question's words may say it.
            counted = compose_statement(asked, kb, strict=True, figure_of=slots.counted)
            kind = "statement"
        if counted is None:
            where = f" di {place_phrase(slots.places, kb)}" if slots.places else ""
            return _abstain(
                question,
                kb,
                f"Maaf, belum ada informasi tentang {_counted_phrase(slots.counted)}{where} "
                "di sumber berita saya.",
                slots,
            )
        return _reply(question, kind, 60.0, counted, slots, kb, time.time())
    if not (
        reading.topical
        or places_known
        or slots.role
        or follow_intent
        or intent
        or strongly_matched(asked, kb)
    ):
        return _abstain(
            question,
            kb,
            "Maaf, saya hanya bisa menjawab soal penutupan lokalisasi, jumlah pekerja, target, "
            "dan bantuan bagi mantan pekerja.",
            slots,
        )

    # "Sejak kapan lokalisasi X ada?", "yang keberapa ditutup?": no typed fact holds a founding
    # year or a rank; a sentence of the place's story that states one answers.
    asked_shape = asks_since_or_rank(reading.words)
    if not asked_shape and not slots.role and asks_requester(reading.words):
        asked_shape = "request"
    if not asked_shape and asks_other_date(reading.words):
        asked_shape = "when"  # "usulan bantuan dikirim kapan": a dated sentence about it
    if asked_shape and covered(slots, kb):
        evidence = compose_evidence(asked, kb, asked_shape)
        if evidence is not None:
            return _reply(question, "statement", 60.0, evidence, slots, kb, now)
        if asked_shape == "since" and not set(reading.words) & DATED_BY_FACTS:
            # "Mulai jadi lokalisasi sejak tahun brp": since when it has been there, which no
            # closing or target dates; no sentence says it, so nothing answers.
            where = f" di {place_phrase(slots.places, kb)}" if slots.places else ""
            return _abstain(
                question,
                kb,
                f"Maaf, sumber berita saya tidak menyebut sejak kapan lokalisasi{where} ada.",
                slots,
            )
    if DESCRIBING & set(reading.words) and places_known and covered(slots, kb):
        # "Pas sidak bupati ke Besini, kondisinya gimana?": how things were is told by the
        # sentence about what the question names (the inspection), not by any kind of fact.
        own = telling_beyond_place(asked, kb) - DESCRIBING - WHEN_WORDS
        told = compose_statement(asked, kb) if own else None
        if told is not None and any(w in told.summary.lower() for w in own):
            return _reply(question, "statement", 60.0, told, slots, kb, now)
    if "kenapa" in reading.words:
        # "Knp penutupan … ditunda?": a sentence giving the cause of what the question names,
        # saying several of its own words, before any kind of fact.
        why = compose_why(asked, kb, least=STRICT_SEARCH_WORDS)
        if why is not None:
            return _reply(question, "statement", 60.0, why, slots, kb, now)
    ranked = _ranked(reading, slots)
    if "kenapa" in reading.words:
        # "Knp sebelas org di Km 17 ga dapet bantuan lg?": a question of why is never answered
        # with a figure or a date; a reason or the sentence that gives it answers, or nothing.
        ranked = [r for r in ranked if r[0] in WHY_INTENTS]
    if asks_other_name(reading.words) and any(is_site(p, kb) for p in slots.places):
        # "Kampung Baru disebut juga lokalisasi apa?": the site's other names answer.
        top = max((score for _, score in ranked), default=100.0)
        ranked = [("site", top), *(r for r in ranked if r[0] != "site")]
    if reading.only_place and not follow_intent and not intent:
        ranked = [("overview", 100.0), *ranked]
    forced = intent if intent in COMPOSERS else follow_intent
    if forced:
        top = max((score for _, score in ranked), default=100.0)
        ranked = [(forced, max(top, 90.0))] + [r for r in ranked if r[0] != forced]

    # The best-fitting intent answers, or nobody does: falling through to a weaker reading
    # would answer a different question ("berapa PSK di Malinau?" with Malinau's officials).
    chosen: tuple[str, float, Composed] | None = None
    runner_up: tuple[str, float, Composed] | None = None
    top_name, top_score = ranked[0] if ranked else ("statement", 0.0)
    if top_score < MIN_INTENT_SCORE:
        top_name = "statement"
    composed = None
    # Who asked for a closing is the request evidence's to say (above), or nobody's: a request
    # whose object no sentence or headline names answers nothing.
    shape = None if asked_shape == "request" else answer_shape(reading.words, reading.content)
    # "Siapa nama mucikari yg ketangkep …", "dibina di panti mana": only a name answers.
    # "Siapa ketua tim penutupan …": only someone named as holding the office answers.
    asks_name = shape is not None and (
        asks_a_name(shape, reading.words) or (shape.kind == "who" and slots.role is not None)
    )
    # … and of a thing ("panti"), only the sentence that names it.
    name_only = asks_name and shape is not None and shape.kind == "named"
    shaped_first = shape is not None and (
        name_only or shaped_before(shape, top_name, top_score < WEAK_INTENT_SCORE, reading.words)
    )
    if shape and shaped_first:
        # "Penyerahan bantuan … diadakan di mana?": an intent whose facts are no place (or no
        # one, no duration, not the thing named) would answer another question; the sentence
        # that holds the asked kind of answer does, when there is one.
        composed = compose_shaped(asked, kb, shape, top_name, first=True)
        if composed is not None:
            top_name = "statement"
        elif name_only:
            # "Nama hotel yg digerebek apa", "dikirim ke panti rehab mana": no sentence names
            # one; a sentence about the raid, or another intent's facts, would not say which.
            where = f" di {place_phrase(slots.places, kb)}" if slots.places else ""
            return _abstain(
                question,
                kb,
                f"Maaf, belum ada informasi tentang nama {shape.head}{where} "
                "di sumber berita saya.",
                slots,
            )
    # When no sentence names someone (or the thing by its name), a sentence about the arrest
    # names nobody either.
    loose = not asks_name
    if (
        composed is None
        and loose
        and top_name != "statement"
        and top_score < WEAK_INTENT_SCORE
        and anchored_search(asked)
        and not _asks_with_a_figure(reading.words, kb)
    ):
        # "Setelah rakor Nunukan ada rapat apa lagi?" fits no intent well; a sentence sharing
        # several of its own words ("Setelah rakor ini, kami akan menggelar rapat teknis")
        # answers it better than the intent's loose reading. A figure in the question ("5,05
        # juta itu apa saja") is the intent's to read.
        composed = compose_statement(asked, kb, strict=True)
        if composed is not None:
            top_name = "statement"
    # "Siapa nama mucikari …", "instansi apa yg ikut razia …" fit "siapa yang menutup"
    # loosely: who closed a lokalisasi answers only a question about the closing.
    off_topic = (
        top_name in NATURAL_ONLY_WITH
        and NATURAL_ONLY_WITH[top_name] not in reading.words
        # "Knp X nutup Y? alasannya apa": asked again of the closing the question before was.
        and not (follows_on and context is not None and context.intent == top_name)
    )
    if composed is None and off_topic and top_name == "closure_reason":
        # "Knp psk yg udh dpt jadup balik lagi?": why something other than the closing was,
        # said by a sentence giving its cause.
        composed = compose_why(asked, kb)
        top_name = "statement" if composed is not None else top_name
    if composed is None and not off_topic:
        composed = _compose(top_name, asked, kb)
        if composed is not None and top_name == "closure_reason":
            # "Knp penutupan … ditunda?": the closing's reasons do not say why it was put off;
            # a sentence giving the cause of what the question names does.
            why = compose_why(asked, kb) if not _says_asked(composed, asked, kb) else None
            composed = why or composed
            top_name = "statement" if why else top_name
        if composed is not None and composed.unconfirmed and top_name == "closure_when":
            # "Ditutup permanen mulai kapan?": no closing fact holds a date, but a sentence of
            # the place's story dates the closing ("mulai 1 Ramadan kami tutup total").
            composed = (
                compose_evidence(asked, kb, top_name)
                or compose_headline_date(asked, kb)
                or composed
            )
    if (
        composed is None
        and shape
        and shape.kind == "when"
        and "tutup" in reading.words
        and top_name != "closure_when"
    ):
        # "Tgl brp lokalisasi di Tarakan ditutup sesuai SK walikota?": a decree no fact holds
        # is only how the closing's date is known; the date asked is the closing's.
        composed = _compose("closure_when", asked, kb)
        if composed is not None:
            top_name = "closure_when"
    if composed is None and slots.role and "siapa" in reading.words and top_name != "person":
        # "siapa menteri sosial yg hadir saat penutupan": whoever closed it, the holder of the
        # office the question names answers.
        composed = _compose("person", asked, kb)
        if composed is not None:
            top_name = "person"
    if (
        (composed is None or composed.wider)
        and shape
        and shape.kind == "named"
        and not shaped_first
    ):
        # "Dulunya penghuni lokalisasi apa?": the name said after the asked noun answers
        # better than a sentence merely sharing the question's words; "mau ditampung di panti
        # apa" better than the country's aid offered for a place that has none.
        named = compose_shaped(asked, kb, shape)
        if named is not None:
            composed, top_name = named, "statement"
    if composed is None and loose and top_name != "statement" and anchored_search(asked):
        # "Fasilitas apa saja yang ada di PSKW?": no typed fact, but a sentence about PSKW, or
        # one that shares several telling words with the question ("rapat apa setelah rakor").
        # When none does, the asked intent's evidence below still may.
        composed = compose_statement(asked, kb, strict=not slots.term)
        if composed is not None:
            top_name = "statement"
    if composed is None and covered(slots, kb) and top_name in EVIDENCE_INTENTS:
        composed = compose_evidence(asked, kb, top_name)
    if composed is None and shape and shape.kind != "named" and not shaped_first:
        # "Pas dipulangin didampingi siapa?": no official's fact, no sentence sharing several
        # words, but one that names who.
        composed = compose_shaped(asked, kb, shape, top_name)
        if composed is not None:
            top_name = "statement"
    if (
        composed is not None
        and shape
        and shape.kind == "when"
        # A closing's own fact dates what was asked however it is worded ("diundur", a
        # typo); a sentence quoted for it must say the asked event itself.
        and (
            top_name in COUNTING_INTENTS
            or not states_a_date(composed, asked_events(asked) if top_name == "statement" else [])
        )
    ):
        # "… yg dpt 3 psk itu tahun brp?": a count of the raid (dated as of when it was
        # counted), or a sentence about it that says no date, does not say when.
        composed = None
        if shaped_first and top_name not in DATING_INTENTS:
            # "Tali asih … dikasih tahun brp": the year the sentence about the aid gives, now
            # that no fact answered; looked for first, it was left to the facts.
            composed = compose_shaped(asked, kb, shape)
            if composed is not None:
                top_name = "statement"
    if (
        composed is not None
        and shape
        and shape.kind == "place"
        and shape.head in ("dari", "ke")
        and top_name in NO_WHITHER_INTENTS
        and "berapa" not in reading.words
    ):
        # "Dipulangin ke provinsi mana aja?": whither they went (or whence they came).
        composed = None
    if composed is not None:
        chosen = (top_name, top_score, composed)
        for name, score in ranked[1:]:
            if top_score - score >= AMBIGUITY_MARGIN or name == "statement":
                break
            other = _compose(name, asked, kb)
            if other is not None:
                runner_up = (name, score, other)
                break
    if chosen is None and "kenapa" in reading.words:
        # "Knp sebelas org … ga dapet bantuan?": a sentence giving the cause of what it names.
        why = compose_why(asked, kb)
        if why is not None:
            return _reply(question, "statement", 60.0, why, slots, kb, now)
    if chosen is None and len(slots.places) == 1 and _below_regency(slots.places[0], kb):
        # "desa X masuk kecamatan apa": a village's place in the hierarchy, from the story.
        named = compose_named_place(asked, kb, kb.places[slots.places[0]].name.lower())
        if named is not None:
            return _reply(question, "statement", 60.0, named, slots, kb, now)
    if chosen is None:
        where = f" di {place_phrase(slots.places, kb)}" if slots.places else ""
        topic = label_in_sentence(INTENT_LABELS.get(top_name, "itu"))
        return _abstain(
            question,
            kb,
            f"Maaf, belum ada informasi tentang {topic}{where} di sumber berita saya.",
            slots,
        )

    name, score, composed = chosen
    if composed.wider and slots.places and not _inside(composed.wider, slots.places, kb):
        # "Penggerebekan eks lokalisasi X tgl brp": only a wider place's closing is dated, but
        # a sentence about X dates what else the question names (the raid).
        event = _event_dated(asked, kb, name)
        if event is not None:
            return _found(question, "statement", 60.0, event, slots, now)
        return _wider(question, name, composed, slots, kb)
    if composed.unconfirmed and (event := _event_dated(asked, kb, name)) is not None:
        # "Rakor penutupan … tgl brp": the closure is not dated to the day, but a sentence
        # about what else the question names (the meeting) may be.
        return _found(question, "statement", 60.0, event, slots, now)
    if composed.unconfirmed:
        return _offered(question, name, composed.summary, composed, slots, kb)
    choices: tuple[Choice, ...] = ()
    if (
        runner_up
        and not intent
        and not follow_intent
        and chosen[1] - runner_up[1] < AMBIGUITY_MARGIN
        and runner_up[2].summary != composed.summary
        and not _same_facts(composed, runner_up[2])
    ):
        choices = (
            Choice(label=INTENT_LABELS.get(name, name), intent=name),
            Choice(label=INTENT_LABELS.get(runner_up[0], runner_up[0]), intent=runner_up[0]),
        )
    return _found(question, name, score, composed, slots, now, choices)


def _event_dated(asked: Asked, kb: KnowledgeBase, name: str) -> Composed | None:
    """A dated sentence of the asked place's stories that says the question's own words (the
    meeting, the raid), for a question of when."""
    if EVIDENCE_INTENTS.get(name) != "when" or not covered(asked.slots, kb):
        return None
    own = telling_beyond_place(asked, kb)
    # Any dated sentence: the event asked is not the closing ("menggerebek … Jumat (4/6)").
    evidence = compose_evidence(asked, kb, "when", sharing=own) if own else None
    return evidence if evidence is not None and not evidence.unconfirmed else None


def _said_of_unfiled(asked: Asked, kb: KnowledgeBase, names: tuple[str, ...]) -> Composed | None:
    """What a sentence naming a place no fact is filed under says of it: where it lies, a
    figure of the thing counted, or the asked kind of answer ("Acara di Tambakberas Jombang itu
    peringatan apa?")."""
    for name in names:
        named = compose_named_place(asked, kb, name)
        if named is not None:
            return named
    shape = answer_shape(asked.words, asked.reading.content)
    return compose_shaped(asked, kb, shape, naming=names) if shape is not None else None


def _counted_phrase(counted: str) -> str:
    """What a count question asks, for saying it is not known: "berapa lama", "jumlah “X”"."""
    return "berapa lama" if counted == "lama" else f"jumlah “{_clip(counted)}”"


def _ranked(reading: Reading, slots: Slots) -> list[tuple[str, float]]:
    """The intents ranked by phrasing and cues; with the reading's own slots (no follow-up),
    kept with the reading."""
    if slots is not reading.slots:
        return adjust(list(reading.intents), reading.words, slots)
    if reading.ranked is None:
        reading.ranked = adjust(list(reading.intents), reading.words, slots)
    return list(reading.ranked)


def _compose(intent: str, asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """What the intent's composer answers; kept with the cached reading of a question asked
    more than once (see Reading.composed), unless a follow-up filled its slots. A composer's
    answer depends on nothing but the reading, the slots and the snapshot."""
    reading = asked.reading
    if asked.slots is not reading.slots:
        return COMPOSERS[intent](asked, kb)
    kept = reading.composed
    if kept is None:
        reading.composed = {}  # asked once so far: nothing kept
        return COMPOSERS[intent](asked, kb)
    if intent not in kept:
        kept[intent] = COMPOSERS[intent](asked, kb)
    return kept[intent]  # type: ignore[return-value]


def _asks_with_a_figure(words: list[str], kb: KnowledgeBase) -> bool:
    """Whether the question holds a figure ("5,05 juta itu apa saja"), not counting the number
    of a name ("Gang 12", "Km 4")."""
    return any(
        word.isdigit() and not (index and f"{words[index - 1]} {word}" in kb.names)
        for index, word in enumerate(words)
    )


def _several(question: str, parts: list[str], kb: KnowledgeBase, context: Context | None) -> Answer:
    """Each question of a message answered in turn, a later one going on from the one before;
    the replies joined, every figure with its citation."""
    replies: list[Answer] = []
    for part in parts:
        reply = answer(part, kb, context, continues=bool(replies))
        if reply.found and any(reply.summary == said.summary for said in replies):
            # "Knp X ditutup, alasannya apa": one question asked twice gets one answer.
            continue
        replies.append(reply)
        if reply.context is None and reply.intent != SMALL_TALK_INTENT:
            # An unanswered question still names the place the next one goes on about.
            slots = read_question(part, kb).slots
            reply_context = Context(intent=reply.intent or "statement", slots=slots, asked_at=0.0)
            context = reply_context if slots.places or slots.unknown_places else context
        else:
            context = reply.context or context
    found = [reply for reply in replies if reply.found]
    if not found:
        return replies[0].model_copy(update={"question": question})
    return Answer(
        question=question,
        found=True,
        intent=found[0].intent,
        confidence=min(reply.confidence for reply in found),
        summary="\n\n".join(reply.summary for reply in replies),
        findings=tuple(finding for reply in replies for finding in reply.findings),
        context=found[-1].context,
    )


def _inside(wider: tuple[str, ...], places: tuple[str, ...], kb: KnowledgeBase) -> bool:
    """Whether every place of a "wider" answer is an asked place or lies inside one: then
    the figures are the asked place's own, never "Untuk X belum ada … Yang ada untuk X"."""
    return all(any(kb.contains(p, w) for p in places) for w in wider)


def _wider(
    question: str, intent: str, composed: Composed, slots: Slots, kb: KnowledgeBase
) -> Answer:
    """A figure of a place around the asked one, offered as that place's and not as an answer."""
    asked = place_phrase(slots.places, kb)
    topic = label_in_sentence(INTENT_LABELS.get(intent, "itu"))
    wider = place_phrase(composed.wider, kb)
    summary = (
        f"Untuk {asked} belum ada data tentang {topic} di sumber berita saya. "
        f"Yang ada untuk {wider}: {composed.summary}"
    )
    return _offered(question, intent, summary, composed, slots, kb)


def _offered(
    question: str, intent: str, summary: str, composed: Composed, slots: Slots, kb: KnowledgeBase
) -> Answer:
    """What the articles do say, with its sources, given as no answer (`found` false)."""
    return Answer(
        question=question,
        found=False,
        intent=intent,
        confidence=0.0,
        summary=summary,
        findings=tuple(composed.findings),
        suggestions=tuple(suggestions(kb, slots)),
    )


def _asks_a_count(words: list[str], slots: Slots) -> bool:
    """Whether a question asks how many of something (not an amount of money, not a date)."""
    if slots.counted in ("money", "when"):
        return False
    return slots.counted is not None or "berapa" in words


def _display_name(typed: str) -> str:
    """A place name as typed, capitalised: 'dki jakarta' -> 'DKI Jakarta'."""
    return _clip(" ".join(w.upper() if len(w) <= 3 else w.capitalize() for w in typed.split()))


ECHO_LIMIT = 40
"""How much of a user's own word a reply repeats: a 4,000-letter "word" is not echoed whole."""


def _clip(text: str) -> str:
    return text if len(text) <= ECHO_LIMIT else text[: ECHO_LIMIT - 1] + "…"


def _reply(
    question: str,
    intent: str,
    score: float,
    composed: Composed,
    slots: Slots,
    kb: KnowledgeBase,
    now: float,
) -> Answer:
    """A quote found outside the intents' composers: an answer, or only offered when it does
    not say what was asked (aid only proposed)."""
    if composed.unconfirmed:
        return _offered(question, intent, composed.summary, composed, slots, kb)
    return _found(question, intent, score, composed, slots, now)


def _found(
    question: str,
    intent: str,
    score: float,
    composed: Composed,
    slots: Slots,
    now: float,
    choices: tuple[Choice, ...] = (),
) -> Answer:
    return Answer(
        question=question,
        found=True,
        intent=intent,
        confidence=round(min(1.0, score / 100.0), 3),
        summary=composed.summary,
        findings=tuple(composed.findings),
        choices=choices,
        context=Context(
            intent=intent,
            slots=slots.model_copy(update={"places": composed.about}) if composed.about else slots,
            asked_at=now,
        ),
    )


def _same_facts(a: Composed, b: Composed) -> bool:
    quotes_a = {c.quote for f in a.findings for c in f.citations}
    quotes_b = {c.quote for f in b.findings for c in f.citations}
    return quotes_a == quotes_b
