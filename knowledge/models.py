"""The nouns of the knowledge base: articles, their sentences, places and typed facts."""

from __future__ import annotations

import datetime as dt
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

ClosureStatus = Literal["done", "planned", "pending"]
"""done: closed; planned: will be closed; pending: still open while others are closed. Aid
and conversions are planned when only proposed, demanded or promised for later."""

PlaceLevel = Literal[
    "negara", "provinsi", "kabupaten", "kota", "kecamatan", "kelurahan", "desa", "lokalisasi"
]


class Article(BaseModel):
    """One news article as published, with what cleaning detected about it."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    publisher: str | None = None
    published: dt.date | None = None
    dateline: str | None = None
    url: str | None = None
    author: str | None = None
    sha256: str
    raw: str


class ArticleMeta(BaseModel):
    """What a web page says about itself (JSON-LD, OpenGraph, <title>, canonical link).

    Used where the article's text is silent; the URL is where the article was published and is
    cited with it.
    """

    model_config = ConfigDict(frozen=True)

    title: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    url: str | None = None
    author: str | None = None


class Sentence(BaseModel):
    """One sentence of an article's cleaned body; `id` counts from 0 within the article."""

    model_config = ConfigDict(frozen=True)

    article_id: str
    id: int
    paragraph: int
    text: str


class Place(NamedTuple):
    """A region, a village or a named lokalisasi, linked to the place that contains it.

    A named tuple, as Alias is: the gazetteer seeds some 7,900 places that every start of the
    bot reads, and a model each took a tenth of the load. Places are made by code from the
    gazetteer and the articles; a stored row is checked by knowledge.store.rows."""

    id: str
    name: str
    level: PlaceLevel
    parent_id: str | None = None


class Alias(NamedTuple):
    """A name a place is known by, in lookup form (see knowledge.text.key).

    A named tuple, not a model: the gazetteer holds some 27,000 names, and a frozen model each
    (its field dict and set of fields set) cost 14 MiB where a tuple costs 2. Aliases are made
    by code from the gazetteer and the articles, never read from admin input."""

    alias: str
    place_id: str
    strict: bool = False
    """True for names that are also ordinary words (Batu, Malang): matched only when capitalised."""


class Fact(BaseModel):
    """A typed statement from one sentence of one article.

    The fields of every kind, as the facts table stores them; each kind's own model
    (`knowledge.kinds`, made by `parse_fact`) pins `kind` and `unit` and refuses the fields
    of other kinds. Which fields a fact uses depends on its kind:
    - closure: place, number (how many lokalisasi), when (date or deadline), status, agent (who).
    - count: place, number (workers), unit, qualifier ("tersisa"), total, superlative.
    - target: place, number (the year), label (what: "bebas lokalisasi"), agent.
    - aid: place, number (rupiah, may be missing), label (purpose), agent (giver), detail
      (funding source), recipient, per_person.
    - person: name, label (role), place.
    - site: name, place (where it is), detail (address as written), superlative.
    - definition: name (the abbreviation), detail (what it stands for).
    - reason: label (the kind of reason), place; the quote is the reason.
    - conversion: label (what the lokalisasi became), status (done or planned), place.
    - decree: name (with its number), when (signed), label (its subject), place.
    """

    model_config = ConfigDict(frozen=True)

    id: int | None = None
    kind: str
    """One of `knowledge.kinds.KIND_NAMES`."""
    article_id: str
    sentence_id: int
    quote: str
    as_of: dt.date | None = None
    place_id: str | None = None
    place_text: str | None = None
    number: int | None = None
    number_text: str | None = None
    approximate: bool = False
    when: dt.date | None = None
    when_text: str | None = None
    status: ClosureStatus | None = None
    name: str | None = None
    label: str | None = None
    agent: str | None = None
    detail: str | None = None
    recipient: str | None = None
    unit: str | None = None
    qualifier: str | None = None
    per_person: bool = False
    total: bool = False
    superlative: str | None = None


class Citation(BaseModel):
    """Where an answer comes from: the article and the sentence quoted."""

    model_config = ConfigDict(frozen=True)

    article_id: str
    title: str
    publisher: str | None = None
    published: dt.date | None = None
    url: str | None = None
    quote: str
    note: str | None = None
    """Set when an admin corrected the fact: "dikoreksi admin; artikel menyebut 87"."""


class ParsedArticle(BaseModel):
    """An article after cleaning and extraction, ready to be stored in one transaction."""

    article: Article
    sentences: list[Sentence]
    facts: list[Fact]
    places: list[Place] = Field(default_factory=list)
    aliases: list[Alias] = Field(default_factory=list)
    unread_sentences: list[int] = Field(default_factory=list)
    """Sentences an extraction rule failed on: their facts may be missing (see the log)."""
