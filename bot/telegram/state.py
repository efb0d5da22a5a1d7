"""What the Telegram handlers share: the knowledge base, each chat's context, pending choices."""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from telegram.ext import CallbackContext

from bot.answer import answer
from bot.models import Answer, ChatContexts, Choice, Context
from knowledge.index import KnowledgeBase

STATE_KEY = "state"
"""Where the BotState lives in `application.bot_data`."""
MAX_PENDING_CHOICES = 1000
"""Open "Maksud Anda…?" questions kept; older buttons answer that they have expired."""


class AnswerFunction(Protocol):
    """The engine's `answer` (bot.answer.answer), or a stand-in in tests."""

    def __call__(
        self,
        question: str,
        kb: KnowledgeBase,
        context: Context | None = None,
        *,
        intent: str | None = None,
    ) -> Answer: ...


@dataclass(frozen=True)
class PendingQuestion:
    """An ambiguous question waiting for the asker to pick a reading."""

    question: str
    context: Context | None
    choices: tuple[Choice, ...]


class PendingChoices:
    """Ambiguous questions by a short random token that fits in a button's callback data."""

    def __init__(self, limit: int = MAX_PENDING_CHOICES) -> None:
        self._limit = limit
        self._by_token: OrderedDict[str, PendingQuestion] = OrderedDict()

    def add(self, pending: PendingQuestion) -> str:
        """Keep `pending` and return its token; the oldest entry goes when full."""
        # Random rather than counted, so buttons from before a restart can never pick a new
        # question's answer.
        token = secrets.token_urlsafe(6)
        self._by_token[token] = pending
        while len(self._by_token) > self._limit:
            self._by_token.popitem(last=False)
        return token

    def pop(self, token: str) -> PendingQuestion | None:
        """Take the question for `token` out (a reading is picked once)."""
        return self._by_token.pop(token, None)

    def __len__(self) -> int:
        return len(self._by_token)


@dataclass
class BotState:
    """The bot's shared state, one per Application, kept in `bot_data[STATE_KEY]`.

    Handlers read `kb` on every update, so replacing it (after an admin change) takes effect at
    once for the next question.
    """

    kb: KnowledgeBase
    kb_path: Path
    admin_ids: frozenset[int] = frozenset()
    answer: AnswerFunction = answer
    contexts: ChatContexts = field(default_factory=ChatContexts)
    pending: PendingChoices = field(default_factory=PendingChoices)
    clock: Callable[[], float] = time.time
    kb_version: str | None = None
    """The state of `kb_path` that `kb` was read from (bot.telegram.kb_sync.read_version);
    None when unknown, which the next check for changes treats as out of date."""

    def is_admin(self, user_id: int | None) -> bool:
        """Whether `user_id` may change the knowledge base (BOT_ADMIN_IDS)."""
        return user_id is not None and user_id in self.admin_ids

    def swap_kb(self, kb: KnowledgeBase, version: str | None) -> None:
        """Put a newly read snapshot in place of the old one.

        Only the event loop calls this, so no handler sees `kb` and `kb_version` disagree; an
        answer already being composed keeps the snapshot it started with.
        """
        self.kb = kb
        self.kb_version = version

    def ask(self, chat_id: int, question: str) -> tuple[Answer, str | None]:
        """Answer `question` in the light of the chat's previous question.

        Returns the answer and, when it asks "Maksud Anda…?", the token for its buttons.
        """
        context = self.contexts.get(chat_id, self.clock())
        reply = self.answer(question, self.kb, context)
        if reply.choices:
            # Not settled yet: the chat's context changes only once a reading is picked.
            return reply, self.pending.add(PendingQuestion(question, context, reply.choices))
        self.contexts.put(chat_id, reply.context)
        return reply, None

    def choose(self, chat_id: int, pending: PendingQuestion, choice: Choice) -> Answer:
        """Answer a pending question the way the asker picked."""
        reply = self.answer(pending.question, self.kb, pending.context, intent=choice.intent)
        self.contexts.put(chat_id, reply.context)
        return reply


def state_of(context: CallbackContext) -> BotState:  # type: ignore[type-arg]
    """The BotState of the Application that is handling this update."""
    state = context.bot_data[STATE_KEY]
    assert isinstance(state, BotState)
    return state
