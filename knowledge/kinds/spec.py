"""What a kind of fact declares about itself: its model, its rules, what admins may edit, its
name in admins' lists, and the sentence that says one of its facts.

Each kind's module ends with one `KIND = Kind(...)`; `knowledge.kinds.KINDS` lists them all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import model_validator

from knowledge.models import Fact

if TYPE_CHECKING:
    from knowledge.extract.context import Context, SentenceView
    from knowledge.index import KnowledgeBase

Rule = Callable[["Context", "SentenceView"], None]
"""A rule reads one sentence and emits the facts it states."""

Describe = Callable[[Fact, "KnowledgeBase"], str]
"""One sentence saying a fact, as answers say it ("22 lokalisasi di Kalimantan Timur sudah
ditutup (per 1 Juni 2016).")."""

COMMON_FIELDS = frozenset(
    {"id", "kind", "article_id", "sentence_id", "quote", "as_of", "place_id", "place_text"}
)
"""Fields every kind has: where a fact comes from, and the place it is about."""


class KindFact(Fact):
    """A fact of one kind: `kind` and `unit` pinned, fields of other kinds left empty.

    A subclass sets `kind: Literal[...]`, `unit` (a fixed unit, or `str` where the vocabulary
    decides: counts of PSK, mucikari, wisma …) and `FIELDS`, the fields its facts may fill.
    """

    FIELDS: ClassVar[frozenset[str]] = frozenset()
    DEFAULT_UNIT: ClassVar[str | None] = None
    """The unit of a fact that names none: the kind's only unit, or its usual one."""

    @model_validator(mode="before")
    @classmethod
    def _default_unit(cls, data: Any) -> Any:
        # Rows stored before units were explicit carry NULL, and admins teaching a fact
        # rarely type one; the kind knows its unit.
        if isinstance(data, dict) and cls.DEFAULT_UNIT and data.get("unit") is None:
            return {**data, "unit": cls.DEFAULT_UNIT}
        return data

    @model_validator(mode="after")
    def _only_own_fields(self) -> KindFact:
        defaults = Fact.model_fields
        stray = [
            name
            for name in _other_kinds_fields(type(self))
            if getattr(self, name) != defaults[name].default
        ]
        if stray:
            raise ValueError(f"a {self.kind} fact has no {', '.join(stray)}")
        return self


@cache
def _other_kinds_fields(model: type[KindFact]) -> tuple[str, ...]:
    """The fields a fact of `model`'s kind must leave empty, in Fact's order (worked out once
    per kind: every fact extracted is checked)."""
    allowed = COMMON_FIELDS | model.FIELDS | {"unit"}
    return tuple(name for name in Fact.model_fields if name not in allowed)


@dataclass(frozen=True)
class Kind:
    """Everything the project knows about one kind of fact."""

    name: str
    """What `Fact.kind` holds ("closure")."""
    label: str
    """Admins' word for it, in lists and commands ("penutupan")."""
    model: type[KindFact]
    rules: tuple[Rule, ...]
    """The kind's extraction rules (their order among all kinds' is `knowledge.kinds.RULES`)."""
    editable: tuple[str, ...]
    """The fields an admin may correct (`/ubahfakta`, `python -m knowledge edit`)."""
    describe: Describe | None = None
    """How an answer says one of this kind's facts (what it shares with other kinds is in
    `knowledge.wording`); None where only a composer of the question side (bot.answer) says
    them."""
