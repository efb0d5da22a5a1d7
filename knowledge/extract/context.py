"""What a rule sees: one sentence (`SentenceView`) and the article around it (`Context`).

Rules are plain functions `rule(ctx, view)`. They read the sentence's mentions from the view
(its places, amounts, dates, money), ask the context what the sentence is about (`about`,
`place_near`, `fallback_place`) and what earlier sentences said (`facts`, `previous`), and hand
their facts to `ctx.emit(ctx.fact(view, kind, …))`. Nothing else of the pipeline is theirs.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from knowledge import lexicon as lx
from knowledge.dates import DateMention, format_mention
from knowledge.models import Alias, Fact, Place
from knowledge.numbers import Amount

if TYPE_CHECKING:
    from knowledge.extract.article_places import ArticlePlaces
    from knowledge.extract.discourse import Discourse


@dataclass(frozen=True)
class Located:
    """A place named in a sentence."""

    start: int
    end: int
    text: str
    place_id: str


# An amount is money when it says so ("Rp", "rupiah"), or when a sentence about aid gives a
# large round figure in juta/ribu/miliar that counts no people.
_RUPIAH_AFTER_RE = re.compile(r"\s*rupiah\b")
_LARGE_WORD_RE = re.compile(r"\b(?:juta|ribu|miliar)\b")
_PEOPLE_AFTER_RE = re.compile(rf"\s*(?:{lx.PEOPLE_UNIT}|{lx.WORKER_LOOSE})\b")
_MONEY_WITHOUT_RP = 10_000
_FOUR_DIGITS_RE = re.compile(r"\d{4}")
# "…," kata X, Senin (22/2): the day a statement was made, not a date it is about.
_SAID_ON_RE = re.compile(r"\b(?:disua|ditemui|dikonfirmasi|pada rapat|saat rapat)\b", re.I)
# '"…," ujar Kepala Biro … kepada wartawan di Surabaya, Selasa (3/5/2016)': after a closed
# quote and its speaker, however long the speaker's title, the day is the day it was said.
_QUOTE_THEN_SPEAKER_RE = re.compile(
    r"[,.!?]\"\s*,?\s*(?:kata|ujar|ucap|sebut|ungkap|jelas|tutur|tegas|terang|imbuh|tambah)(?:nya)?\b",
    re.I,
)


@dataclass(eq=False)
class SentenceView:
    """One sentence and what the annotate stage found in it.

    Views compare by identity: a clause cut from a sentence has the sentence's id and
    `position`, and is found through them, never by looking its content up among the views.
    """

    id: int
    paragraph: int
    text: str
    low: str
    places: list[Located] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    position: int = 0
    """Where the sentence stands among the article's views (its clauses share it)."""

    def money(self) -> list[Amount]:
        """The amounts that are sums of money."""
        money = []
        for amount in self.amounts:
            if amount.value is None:
                continue
            after = self.low[amount.end : amount.end + 12]
            if (
                amount.money
                or _RUPIAH_AFTER_RE.match(after)
                or (
                    _LARGE_WORD_RE.search(amount.text.lower())
                    and amount.value >= _MONEY_WITHOUT_RP
                    and not _PEOPLE_AFTER_RE.match(after)
                    and lx.AID_WORD_RE.search(self.low)
                )
            ):
                money.append(amount)
        return money

    def in_date(self, amount: Amount) -> bool:
        """Whether `amount` is part of a date ("1 Juni 2016")."""
        return any(d.start <= amount.start < d.end for d in self.dates)

    def is_year(self, amount: Amount) -> bool:
        """Whether `amount` is a year, in a date or standing alone as four digits."""
        if amount.value is None or not (1900 <= amount.value <= 2100) or amount.money:
            return False
        return self.in_date(amount) or bool(_FOUR_DIGITS_RE.fullmatch(amount.text))

    def usable_dates(self) -> list[DateMention]:
        """Dates a statement is about, not the day it was said ("…," kata X, Senin (22/2))."""
        usable = []
        for mention in self.dates:
            said = "(" in self.text[mention.start : mention.end] and mention.weekday is not None
            before = self.text[max(0, mention.start - 80) : mention.start]
            if said and (
                lx.ATTRIBUTION_RE.search(before)
                or _SAID_ON_RE.search(before)
                or _QUOTE_THEN_SPEAKER_RE.search(self.text[: mention.start])
            ):
                continue
            # "berdasarkan Perda Nomor 5 Tahun 2018", "SK … tanggal 12 Oktober 2017": the
            # decree's own date, not the day anything it orders happens.
            decree_before = self.low[max(0, mention.start - lx.DECREE_REACH) : mention.start]
            if lx.DECREE_DATE_BEFORE_RE.search(decree_before):
                continue
            usable.append(mention)
        return usable

    def clause(self, start: int, end: int) -> SentenceView:
        """The part [start, end) of the sentence, with the sentence's offsets and quote kept."""
        low = " " * start + self.low[start:end] + " " * (len(self.low) - end)
        part = SentenceView(self.id, self.paragraph, self.text, low, position=self.position)
        part.places = [loc for loc in self.places if start <= loc.start < end]
        part.amounts = [a for a in self.amounts if start <= a.start < end]
        part.dates = [d for d in self.dates if start <= d.start < end]
        return part


def lower(text: str) -> str:
    """Lower-case without changing length, so offsets in `text` and its lower form agree."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def when_text(mention: DateMention) -> str:
    """A date as facts write it ("akhir November 2017", "tahun 2019")."""
    return format_mention(mention.value, mention.precision, mention.part)


SUPERLATIVES = {"paling banyak": "terbanyak", "paling besar": "terbesar"}
"""Superlatives as facts write them."""


def superlative(word: str) -> str:
    """'paling banyak' -> 'terbanyak', 'paling besar' -> 'terbesar' (others as written)."""
    return SUPERLATIVES.get(word, word)


@dataclass(frozen=True)
class RuleFailure:
    """A rule that raised on one sentence (None: on the article as a whole)."""

    sentence_id: int | None
    rule: str
    error: str


@dataclass
class Extraction:
    """What one article adds: facts, and the places and names first seen in it."""

    facts: list[Fact]
    places: list[Place]
    aliases: list[Alias]
    failures: list[RuleFailure] = field(default_factory=list)
    """Rules that raised; the facts are what the other rules found."""
    rules: list[str] = field(default_factory=list)
    """The rule that stated each fact, in the order of `facts`."""

    @property
    def unread_sentences(self) -> list[int]:
        """The sentences some rule could not read, in order."""
        return sorted({f.sentence_id for f in self.failures if f.sentence_id is not None})


class Context:
    """The article as the rules see it: its places, what earlier sentences said, its facts."""

    def __init__(self, discourse: Discourse, article_id: str, published: dt.date | None) -> None:
        self.discourse = discourse
        self.article_id = article_id
        self.published = published
        self.facts: list[Fact] = []
        self.rules: list[str] = []
        """The rule that stated each of `facts` (same order)."""
        self.rule = ""
        """The rule running now, whose facts `emit` records."""
        self._organisations: dict[str, list[tuple[int, str]]] = {}
        """`organisations` by sentence: several rules ask it of one sentence, and of the one
        before. Forgotten when the article's places learn a name, which may change them."""

    @property
    def gazetteer(self) -> ArticlePlaces:
        """The places this article can see: the shared ones and those it introduced."""
        return self.discourse.places

    @property
    def main_place(self) -> str:
        """The place the article as a whole is about."""
        return self.discourse.main_place

    # ----------------------------------------------------------------- making facts

    def fact(self, view: SentenceView, kind: str, **fields: object) -> Fact:
        """A fact of `kind` stated by `view`'s sentence, quoting it."""
        place_id = fields.get("place_id")
        if place_id and "place_text" not in fields:
            fields["place_text"] = self.gazetteer.name(str(place_id))
        # Imported here: the kind modules import this one for their rules.
        from knowledge.kinds import parse_fact

        return parse_fact(
            {
                "kind": kind,
                "article_id": self.article_id,
                "sentence_id": view.id,
                "quote": view.text,
                "as_of": self.published,
                **fields,
            }
        )

    def emit(self, fact: Fact) -> None:
        """Keep a fact unless the article already stated the same thing."""
        fact = self._several_sites_in_region(fact)
        # A paragraph is about what it states, even what an earlier paragraph stated already.
        if fact.place_id and fact.kind not in ("person", "definition"):
            self.discourse.paragraph_place[self.paragraph_of(fact.sentence_id)] = fact.place_id
        same = _identity(fact)
        # Told again with who did it ("Penutupan itu dipimpin Wakil Bupati …"): kept,
        # so the sentence naming them is there to quote.
        if any(
            _identity(known) == same and (known.agent or not fact.agent) for known in self.facts
        ):
            return
        self.facts.append(fact)
        self.rules.append(self.rule)

    def replace(self, old: Fact, new: Fact) -> None:
        """Put `new` where `old` stands (a later sentence told more about it)."""
        self.facts[self.facts.index(old)] = new

    def learn_alias(self, alias: Alias) -> None:
        """A short name the article gives a place ("Kalimantan Utara (Kaltara)")."""
        self.gazetteer.learn_alias(alias)
        self._organisations.clear()

    def _several_sites_in_region(self, fact: Fact) -> Fact:
        """A number of lokalisasi is not about one lokalisasi: "99 lokalisasi" said in a
        paragraph about Kalijodo belongs to the region the paragraph speaks of, not Kalijodo."""
        counts_sites = (fact.kind == "closure" and (fact.number or 0) > 1) or (
            fact.kind == "count" and fact.unit == "lokalisasi" and (fact.number or 0) > 1
        )
        place = self.gazetteer.places.get(fact.place_id or "")
        if not counts_sites or place is None or place.level != "lokalisasi":
            return fact
        region = next(
            (
                pid
                for pid in self.gazetteer.lineage(place.id)[1:]
                if self.gazetteer.places[pid].level != "lokalisasi"
            ),
            None,
        )
        if region is None or self.gazetteer.contains(region, self.main_place):
            region = self.main_place
        return fact.model_copy(
            update={"place_id": region, "place_text": self.gazetteer.name(region)}
        )

    # ----------------------------------------------------------------- what a sentence is about

    def previous(self, view: SentenceView) -> SentenceView | None:
        """The sentence before `view`'s sentence (a clause knows its sentence's position)."""
        return self.discourse.previous(view)

    def following(self, view: SentenceView) -> SentenceView | None:
        """The sentence after `view`'s sentence."""
        return self.discourse.following(view)

    def paragraph_of(self, sentence_id: int) -> int:
        """The paragraph a sentence of the article stands in."""
        return self.discourse.paragraph_of(sentence_id)

    def about(self, view: SentenceView) -> list[Located]:
        """The places a sentence is about (see `Discourse.about`)."""
        return self.discourse.about(view)

    def place_near(
        self, view: SentenceView, position: int, figure_end: int | None = None
    ) -> str | None:
        """The place a figure at `position` is about (see `Discourse.place_near`)."""
        return self.discourse.place_near(view, position, figure_end)

    def fallback_place(self, view: SentenceView) -> str:
        """The place a sentence that names none is about."""
        return self.discourse.fallback_place(view)

    def collapse(self, place_ids: list[str]) -> list[str]:
        """Drop places that merely contain another place named in the same sentence."""
        return self.discourse.collapse(place_ids)

    def region_of(self, place_id: str) -> str:
        """The regency, city, province or country a place lies in (itself if it is one)."""
        return self.discourse.region_of(place_id)

    def organisations(self, text: str) -> list[tuple[int, str]]:
        """The organisations `text` names, as (offset, display name), in order."""
        from knowledge.extract.annotate import organisations

        found = self._organisations.get(text)
        if found is None:
            found = self._organisations[text] = organisations(text, self.discourse.scope)
        return list(found)


def _identity(fact: Fact) -> tuple[object, ...]:
    """What makes two facts of one article the same statement, whichever sentence said it."""
    return (
        fact.kind,
        fact.place_id,
        fact.number,
        fact.label,
        fact.name,
        fact.status,
        fact.when,
        fact.unit,
        fact.total,
        fact.superlative,
        fact.qualifier,
        fact.detail if fact.kind in ("definition", "aid") else None,
    )
