"""Fair shares: token buckets that keep one user, or one group, from starving everyone else.

The bot handles updates one at a time, and Telegram lets it send about 30 messages a second in
all and 20 a minute into one group; whatever is beyond waits in one queue. So each user gets an
allowance of questions (a bucket of `burst` tokens that refills at `per_second`), each group one
of its own for the questions addressed to the bot there, and inline queries a third, per user.
Within the allowance a question is answered; the first question beyond it gets a short note
(`Verdict.NOTE`), the rest silence (`Verdict.DROP`), until the bucket has refilled: a question
that finds a token again is answered as usual.

The note comes once per flood: it is due again only after the bucket has refilled completely,
so someone who keeps sending never gets a stream of notes instead of a stream of answers.

In a group the note is a message into the group too, so one of the group's tokens is kept for
it: questions are answered while the group holds more than one token, and the note takes the
last. The bot's own messages into a group (one per short answer, and the note) then stay within
the group's bucket, and with the defaults within Telegram's 20 a minute, so the rate limiter
never holds the whole queue up waiting for one group.

Pure: no Telegram and no real time (the clock is passed in), so the tests drive it with a fake
clock. Not thread-safe: only the event loop calls it.
"""

from __future__ import annotations

import enum
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

Clock = Callable[[], float]
"""Seconds from any fixed point (time.monotonic); only differences matter."""
MAX_KEYS = 10_000
"""Buckets kept per kind; the one touched longest ago goes first. A forgotten bucket comes back
full, which is what it would be after so long anyway (a few hundred bytes each: a few MB)."""
GROUP_NOTE_RESERVE = 1
"""Tokens a group's bucket keeps for the note, which is a message into the group too."""


class Verdict(enum.Enum):
    """What to do with one question."""

    ANSWER = "answer"
    """Within the allowance: answer it."""
    NOTE = "note"
    """The first question beyond the allowance: say, once, that the bot answers one at a time."""
    DROP = "drop"
    """Beyond the allowance, the note already given: silence."""


@dataclass(frozen=True)
class Rate:
    """An allowance: `burst` at once, then `per_second` on average."""

    per_second: float
    burst: int

    def __post_init__(self) -> None:
        if self.per_second <= 0 or self.burst < 1:
            raise ValueError(f"an allowance needs a positive rate and burst, not {self}")


@dataclass(slots=True)
class Bucket:
    """One key's tokens as of `stamp`, and whether its current flood has had its note."""

    tokens: float
    stamp: float
    noted: bool = False


class Buckets:
    """One bucket per key (a user id, a chat id), all with the same rate."""

    def __init__(self, rate: Rate, clock: Clock, *, limit: int = MAX_KEYS) -> None:
        self.rate = rate
        self._clock = clock
        self._limit = limit
        self._by_key: OrderedDict[int, Bucket] = OrderedDict()

    def __len__(self) -> int:
        return len(self._by_key)

    def get(self, key: int) -> Bucket:
        """The key's bucket, refilled up to now (a full new one for a key not seen lately)."""
        now = self._clock()
        bucket = self._by_key.get(key)
        if bucket is None:
            bucket = self._by_key[key] = Bucket(tokens=float(self.rate.burst), stamp=now)
            while len(self._by_key) > self._limit:
                self._by_key.popitem(last=False)
            return bucket
        self._by_key.move_to_end(key)
        # max(): a clock that steps back must not take tokens away.
        elapsed = max(0.0, now - bucket.stamp)
        bucket.tokens = min(float(self.rate.burst), bucket.tokens + elapsed * self.rate.per_second)
        bucket.stamp = now
        if bucket.tokens >= self.rate.burst:
            # Refilled completely: the flood is over, and the next one gets its note again.
            bucket.noted = False
        return bucket


def _note_or_drop(bucket: Bucket) -> Verdict:
    """The note the first time `bucket` runs dry in a flood, silence after it."""
    if bucket.noted:
        return Verdict.DROP
    bucket.noted = True
    return Verdict.NOTE


class Allowance:
    """Every user's, group's and inline allowance: who is answered, who is told to wait."""

    def __init__(
        self, *, user: Rate, group: Rate, inline: Rate, clock: Clock = time.monotonic
    ) -> None:
        if group.burst <= GROUP_NOTE_RESERVE:
            raise ValueError(f"a group's burst must be above {GROUP_NOTE_RESERVE}, not {group}")
        self.users = Buckets(user, clock)
        self.groups = Buckets(group, clock)
        self.inline_users = Buckets(inline, clock)

    def question(self, user_id: int, group_id: int | None = None) -> Verdict:
        """May `user_id` ask now, in a private chat or (`group_id`) addressed to the bot in a group?

        A question answered takes a token from the user and from the group.
        """
        user = self.users.get(user_id)
        group = self.groups.get(group_id) if group_id is not None else None
        user_ok = user.tokens >= 1
        group_ok = group is None or group.tokens >= 1 + GROUP_NOTE_RESERVE
        if user_ok and group_ok:
            user.tokens -= 1
            if group is not None:
                group.tokens -= 1
            return Verdict.ANSWER
        if group is None:
            return _note_or_drop(user)
        # A group that is out of tokens is told once, whoever asked; otherwise the user is.
        flood = user if group_ok else group
        if flood.noted or group.tokens < 1:
            # Told already, or the group's last token went to another note meanwhile.
            return Verdict.DROP
        group.tokens -= 1
        return _note_or_drop(flood)

    def inline(self, user_id: int) -> Verdict:
        """May `user_id` have an inline query answered now? (Not counted with questions.)"""
        bucket = self.inline_users.get(user_id)
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            return Verdict.ANSWER
        return _note_or_drop(bucket)
