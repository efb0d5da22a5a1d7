"""What the answer engine hands to its shells (Telegram, terminal, batch): pure data."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from knowledge.models import Citation

SMALL_TALK_INTENT = "small_talk"
"""The intent of a greeting, thanks or goodbye (bot.smalltalk): not a question to record."""


class Slots(BaseModel):
    """What a question is about, beyond its intent."""

    model_config = ConfigDict(frozen=True)

    places: tuple[str, ...] = ()
    """Place ids named in the question (regions or lokalisasi), most specific first."""
    unknown_places: tuple[str, ...] = ()
    """Places the question names that the knowledge base has nothing about (as written)."""
    year: int | None = None
    month: int | None = None
    aid_kind: str | None = None
    giver: str | None = None
    role: str | None = None
    term: str | None = None
    status: str | None = None
    superlative: str | None = None
    total: bool = False
    recipient: str | None = None
    """Who aid is asked for when it is not the workers themselves ("untuk nelayan")."""
    counted: str | None = None
    """What a counting question counts: "psk", "lokalisasi", "money", "when", or another word."""
    year_relation: str | None = None
    """How the year is asked: "in" 2016, "since" 2010, "until" 2019."""
    sub_places: tuple[str, ...] = ()
    """Places named inside an asked place that the articles say nothing about."""
    origin: str | None = None
    """A place named as people's home ("PSK asal Jember"), as typed: not what is asked about."""
    venue: str | None = None
    """Where what is asked was said ("kata mensos di Surabaya"), as typed: a story datelined
    there that is about elsewhere; not what is asked about."""


class Context(BaseModel):
    """What a chat asked last, so that a follow-up like "kalau di Kaltara?" can be read."""

    model_config = ConfigDict(frozen=True)

    intent: str
    slots: Slots
    asked_at: float
    """Seconds since the epoch; shells expire a context after a few minutes."""


class Finding(BaseModel):
    """One statement of an answer and the sources that back it."""

    model_config = ConfigDict(frozen=True)

    text: str
    citations: tuple[Citation, ...] = ()


class Choice(BaseModel):
    """One reading of an ambiguous question, offered as "Maksud Anda…?"."""

    model_config = ConfigDict(frozen=True)

    label: str
    intent: str


class Answer(BaseModel):
    """The engine's reply to one question, before it is rendered for a shell."""

    question: str
    found: bool
    intent: str | None = None
    confidence: float = 0.0
    summary: str
    """The figures first, in one or two sentences."""
    findings: tuple[Finding, ...] = ()
    suggestions: tuple[str, ...] = ()
    choices: tuple[Choice, ...] = ()
    context: Context | None = None

    @property
    def unanswered(self) -> bool:
        """Whether this is a question the bot could not answer, for the admins' inbox: not
        an answer, not a "Maksud Anda…?" choice, and not small talk."""
        return not self.found and not self.choices and self.intent != SMALL_TALK_INTENT

    @property
    def citations(self) -> list[Citation]:
        """Every citation of every finding, each once, in order of appearance."""
        seen: dict[tuple[str, str], Citation] = {}
        for finding in self.findings:
            for citation in finding.citations:
                seen.setdefault((citation.article_id, citation.quote), citation)
        return list(seen.values())


class ChatContexts(BaseModel):
    """Per-chat follow-up contexts with expiry (used by shells that serve many chats)."""

    ttl_seconds: float = 600.0
    by_chat: dict[int, Context] = Field(default_factory=dict)

    def get(self, chat_id: int, now: float) -> Context | None:
        """The chat's context if it has not expired."""
        context = self.by_chat.get(chat_id)
        if context is None or now - context.asked_at > self.ttl_seconds:
            self.by_chat.pop(chat_id, None)
            return None
        return context

    def put(self, chat_id: int, context: Context | None) -> None:
        """Remember (or forget) the chat's latest context."""
        if context is None:
            self.by_chat.pop(chat_id, None)
        else:
            self.by_chat[chat_id] = context
