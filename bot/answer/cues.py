"""Intent cues: words and slots that make an intent more likely than its phrasing alone says.

rapidfuzz ranks intents by how a question resembles their example phrasings; the cues declared
beside those phrasings in bot/data/intents.toml sharpen that ranking with what is certain ("dari
mana" asks where aid comes from; a named office with "siapa" asks for a person). Each cue adds
its weight to its intent's score when all its conditions hold:

    any = [...]       one of these words or phrases ("dari mana") is in the question
    and_any = [...]   and one of these too
    all = [...]       every one of these
    none = [...]      none of these
    last = "w"        the question ends with this word
    slots = {...}     slots of the reading: true = named, false = not named, "x" = is x
    min_places = n    at least n places named
    either = [{...}]  one of these sets of the conditions above holds (the cue counts once)
    each = [...]      instead of once, the weight for each of these words in the question
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any

from bot import tables
from bot.models import Slots

_CONDITION_KEYS = frozenset({"any", "and_any", "all", "none", "last", "slots", "min_places"})
_CUE_KEYS = _CONDITION_KEYS | {"weight", "either", "each"}


@dataclass(frozen=True, slots=True)
class _Terms:
    """Words and phrases of several words, matched against a question's words."""

    words: frozenset[str]
    phrases: tuple[str, ...]

    @classmethod
    def of(cls, items: list[str]) -> _Terms:
        return cls(
            frozenset(i for i in items if " " not in i),
            tuple(f" {i} " for i in items if " " in i),
        )

    def any_in(self, words: set[str], joined: str) -> bool:
        return bool(self.words & words) or any(p in joined for p in self.phrases)

    def all_in(self, words: set[str], joined: str) -> bool:
        return self.words <= words and all(p in joined for p in self.phrases)


@dataclass(frozen=True, slots=True)
class _Conditions:
    """One set of conditions, all of which must hold."""

    any: _Terms | None = None
    and_any: _Terms | None = None
    all: _Terms | None = None
    none: _Terms | None = None
    last: str | None = None
    slots: tuple[tuple[str, bool | str], ...] = ()
    min_places: int = 0

    def gate(self) -> frozenset[str | tuple[str, bool | str]] | None:
        """Words, or (slot, True or value), one of which a question must have for these
        conditions to hold; None when no single word or slot is necessary."""
        for name, wanted in self.slots:
            if wanted is not False:
                return frozenset({(name, wanted)})
        if self.all is not None:
            necessary = sorted(self.all.words) or [p.split()[0] for p in self.all.phrases]
            return frozenset(necessary[:1])
        for terms in (self.any, self.and_any):
            if terms is not None:
                # A phrase is there only when its first word is.
                return terms.words | {p.split()[0] for p in terms.phrases}
        if self.last is not None:
            return frozenset({self.last})
        return None

    def hold(self, words: set[str], joined: str, last: str, slots: Slots) -> bool:
        if self.any and not self.any.any_in(words, joined):
            return False
        if self.and_any and not self.and_any.any_in(words, joined):
            return False
        if self.all and not self.all.all_in(words, joined):
            return False
        if self.none and self.none.any_in(words, joined):
            return False
        if self.last is not None and last != self.last:
            return False
        if len(slots.places) < self.min_places:
            return False
        for name, wanted in self.slots:
            value = getattr(slots, name)
            if (wanted is True and not value) or (wanted is False and value):
                return False
            if isinstance(wanted, str) and value != wanted:
                return False
        return True


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue for `intent`: `weight` when one of `alternatives` holds (times each `each` word)."""

    intent: str
    weight: float
    alternatives: tuple[_Conditions, ...]
    each: tuple[str, ...] = ()

    def bonus(self, words: set[str], joined: str, last: str, slots: Slots) -> float:
        """What this cue adds to its intent's score for a question."""
        for conditions in self.alternatives:
            if conditions.hold(words, joined, last, slots):
                break
        else:
            return 0.0
        if self.each:
            return self.weight * sum(w in words for w in self.each)
        return self.weight


def _conditions(entry: dict[str, Any], where: str) -> _Conditions:
    unknown = set(entry) - _CONDITION_KEYS
    if unknown:
        raise ValueError(f"{where}: unknown cue keys {sorted(unknown)}")
    slot_names = set(Slots.model_fields)
    for name in entry.get("slots", {}):
        if name not in slot_names:
            raise ValueError(f"{where}: no slot named {name!r}")

    def terms(key: str) -> _Terms | None:
        return _Terms.of(entry[key]) if key in entry else None

    return _Conditions(
        any=terms("any"),
        and_any=terms("and_any"),
        all=terms("all"),
        none=terms("none"),
        last=entry.get("last"),
        slots=tuple(entry.get("slots", {}).items()),
        min_places=int(entry.get("min_places", 0)),
    )


def parse_cues(table: dict[str, Any]) -> tuple[Cue, ...]:
    """The cues of an intents table (the shape of bot/data/intents.toml), checked."""
    cues: list[Cue] = []
    for intent, entry in table.items():
        for number, raw in enumerate(entry.get("cues", ()), 1):
            where = f"{intent} cue {number}"
            unknown = set(raw) - _CUE_KEYS
            if unknown or "weight" not in raw:
                raise ValueError(f"{where}: needs a weight; unknown keys {sorted(unknown)}")
            own = {k: v for k, v in raw.items() if k in _CONDITION_KEYS}
            if "either" in raw:
                # Shared conditions hold in every alternative.
                alternatives = tuple(_conditions({**own, **alt}, where) for alt in raw["either"])
            else:
                alternatives = (_conditions(own, where),)
            cues.append(Cue(intent, float(raw["weight"]), alternatives, tuple(raw.get("each", ()))))
    return tuple(cues)


@dataclass(frozen=True, slots=True)
class _Index:
    """Cues by the words and slots that can make them fire, so that a question is checked only
    against the few cues it can fire (the engine asks this for every answer)."""

    cues: tuple[Cue, ...]
    by_word: dict[str, tuple[int, ...]]
    words: frozenset[str]
    by_slot: dict[tuple[str, bool | str], tuple[int, ...]]
    always: tuple[int, ...]
    slot_names: tuple[str, ...]
    seen: frozenset[str]
    """Every word a cue looks for, alone or in a phrase, or as the last word."""
    slot_flags: tuple[str, ...]
    """Slots a cue only asks to be named or not."""
    slot_values: tuple[str, ...]
    """Slots a cue asks to hold a value."""


def _looked_at(cues: tuple[Cue, ...]) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """The words and slots the cues look at: of a question, nothing else decides its bonus.
    A new kind of condition must add what it looks at here (or to _features), or questions it
    tells apart would share a bonus."""
    seen: set[str] = set()
    flags: set[str] = set()
    values: set[str] = set()
    for cue in cues:
        seen.update(cue.each)
        for conditions in cue.alternatives:
            for terms in (conditions.any, conditions.and_any, conditions.all, conditions.none):
                if terms is not None:
                    seen.update(terms.words)
                    seen.update(w for phrase in terms.phrases for w in phrase.split())
            if conditions.last is not None:
                seen.add(conditions.last)
            for name, wanted in conditions.slots:
                (flags if isinstance(wanted, bool) else values).add(name)
    return frozenset(seen - {""}), tuple(sorted(flags - values)), tuple(sorted(values))


def _features(words: tuple[str, ...], slots: Slots, index: _Index) -> tuple[object, ...]:
    """What the cues can see of a question: its words where a cue looks for them (others only
    hold their place, so that no phrase is made across them), the slots they ask about and how
    many places it names. Questions that differ only elsewhere (the place asked about, a year
    no cue asks for) get the same bonus."""
    seen = index.seen
    return (
        tuple([w if w in seen else "" for w in words]),
        tuple([bool(getattr(slots, name)) for name in index.slot_flags]),
        tuple([getattr(slots, name) for name in index.slot_values]),
        len(slots.places),
    )


def _index(cues: tuple[Cue, ...]) -> _Index:
    by_word: dict[str, list[int]] = {}
    by_slot: dict[tuple[str, bool | str], list[int]] = {}
    always: list[int] = []
    for number, cue in enumerate(cues):
        gates = [c.gate() for c in cue.alternatives]
        if cue.each:
            gates = [frozenset(cue.each)]  # without one of its words, the cue weighs nothing
        if any(g is None for g in gates):
            always.append(number)
            continue
        for feature in frozenset().union(*gates):
            if isinstance(feature, tuple):
                by_slot.setdefault(feature, []).append(number)
            else:
                by_word.setdefault(feature, []).append(number)
    return _Index(
        cues,
        {w: tuple(n) for w, n in by_word.items()},
        frozenset(by_word),
        {k: tuple(n) for k, n in by_slot.items()},
        tuple(always),
        tuple(sorted({name for name, _ in by_slot})),
        *_looked_at(cues),
    )


@lru_cache(maxsize=1)
def load_cues() -> tuple[Cue, ...]:
    """Every intent's cues, from bot/data/intents.toml."""
    return parse_cues(tables.intents())


@lru_cache(maxsize=1)
def _loaded_index() -> _Index:
    return _index(load_cues())


BONUS_CACHE_SIZE = 4096
"""Questions whose cue bonuses are kept: the same question asked again (the bot's examples,
a group asking alike) is scored once, like its reading (bot.understand.READING_CACHE_SIZE)."""


def cue_bonus(
    words: list[str], slots: Slots, cues: tuple[Cue, ...] | None = None
) -> dict[str, float]:
    """What the cues (bot/data/intents.toml's unless given) add to each intent's score for a
    question; intents no cue fired for are left out. Callers must not change the result."""
    if cues is None:
        return _loaded_bonus(tuple(words), slots, _features(tuple(words), slots, _loaded_index()))
    return _bonus(words, slots, _index(cues))


_BONUSES: dict[tuple[object, ...], dict[str, float]] = {}
"""Bonuses by what the cues see of a question (see _features)."""
_RANKINGS: dict[tuple[object, ...], list[tuple[str, float]]] = {}
"""Adjusted rankings by the rapidfuzz ranking and what the cues see of the question."""


def _loaded_bonus(
    words: tuple[str, ...], slots: Slots, features: tuple[object, ...]
) -> dict[str, float]:
    bonus = _BONUSES.get(features)
    if bonus is None:
        if len(_BONUSES) >= BONUS_CACHE_SIZE:
            _BONUSES.clear()  # a flood of odd questions must not grow it without end
        bonus = _BONUSES[features] = _bonus(list(words), slots, _loaded_index())
    return bonus


def clear_bonus_cache() -> None:
    """Forget the cached bonuses and rankings (for measuring the uncached path, like
    bot.understand.clear_caches)."""
    _BONUSES.clear()
    _RANKINGS.clear()


def _bonus(words: list[str], slots: Slots, index: _Index) -> dict[str, float]:
    said = set(words)
    candidates = set(index.always)
    for word in said & index.words:
        candidates.update(index.by_word[word])
    for name in index.slot_names:
        value = getattr(slots, name)
        if value:
            candidates.update(index.by_slot.get((name, True), ()))
            candidates.update(index.by_slot.get((name, value), ()))
    if not candidates:
        return {}
    joined = f" {' '.join(words)} "
    last = words[-1] if words else ""
    bonus: dict[str, float] = {}
    for number in sorted(candidates):
        cue = index.cues[number]
        weight = cue.bonus(said, joined, last, slots)
        if weight:
            bonus[cue.intent] = bonus.get(cue.intent, 0.0) + weight
    return bonus


def adjust(
    ranked: list[tuple[str, float]], words: list[str], slots: Slots
) -> list[tuple[str, float]]:
    """Sharpen rapidfuzz's ranking with what the cues make certain; best first.

    Kept like the bonuses: questions of one shape (the same ranking) that the cues see alike
    are adjusted once."""
    said = tuple(words)
    features = _features(said, slots, _loaded_index())
    key = (tuple(ranked), features)
    adjusted = _RANKINGS.get(key)
    if adjusted is None:
        bonus = _loaded_bonus(said, slots, features)
        adjusted = [(name, score + bonus.get(name, 0.0)) for name, score in ranked]
        # Best first; a stable sort in reverse keeps equal scores in rapidfuzz's order.
        adjusted = sorted(adjusted, key=itemgetter(1), reverse=True) if bonus else list(ranked)
        if len(_RANKINGS) >= BONUS_CACHE_SIZE:
            _RANKINGS.clear()
        _RANKINGS[key] = adjusted
    return list(adjusted)
