"""The token buckets behind the fair shares, driven by a fake clock."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bot.telegram.allowance import Allowance, Buckets, Rate, Verdict

ANSWER, NOTE, DROP = Verdict.ANSWER, Verdict.NOTE, Verdict.DROP
USER, OTHER, GROUP = 7, 8, -100
USER_RATE, GROUP_RATE, INLINE_RATE = Rate(1.0, 5), Rate(20 / 60, 20), Rate(2.0, 10)
"""The defaults of the settings (THROTTLE_*)."""


@dataclass
class FakeClock:
    """Time that moves only when the test says so."""

    now: float = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def allowance(
    clock: FakeClock,
    *,
    user: Rate = USER_RATE,
    group: Rate = GROUP_RATE,
    inline: Rate = INLINE_RATE,
) -> Allowance:
    return Allowance(user=user, group=group, inline=inline, clock=clock)


def test_a_user_gets_the_burst_then_one_note_then_silence(clock: FakeClock) -> None:
    fair = allowance(clock)
    verdicts = [fair.question(USER) for _ in range(500)]
    assert verdicts == [ANSWER] * 5 + [NOTE] + [DROP] * 494


def test_one_users_flood_leaves_the_others_untouched(clock: FakeClock) -> None:
    fair = allowance(clock)
    for _ in range(100):
        fair.question(USER)
    assert [fair.question(OTHER) for _ in range(5)] == [ANSWER] * 5


@pytest.mark.parametrize(
    ("rate", "wait", "answered"),
    [
        (Rate(1.0, 5), 0.99, 0),
        (Rate(1.0, 5), 1.0, 1),
        (Rate(1.0, 5), 3.5, 3),
        (Rate(1.0, 5), 60.0, 5),  # never more than the burst, however long the wait
        (Rate(0.5, 2), 1.9, 0),
        (Rate(0.5, 2), 2.0, 1),
    ],
)
def test_the_allowance_refills_with_time(
    clock: FakeClock, rate: Rate, wait: float, answered: int
) -> None:
    fair = allowance(clock, user=rate)
    while fair.question(USER) is ANSWER:
        pass
    clock.advance(wait)
    verdicts = [fair.question(USER) for _ in range(rate.burst + 2)]
    assert verdicts.count(ANSWER) == answered
    assert verdicts[:answered] == [ANSWER] * answered


def test_a_throttled_user_who_waits_is_answered_and_not_told_again(clock: FakeClock) -> None:
    fair = allowance(clock)
    assert [fair.question(USER) for _ in range(7)] == [ANSWER] * 5 + [NOTE, DROP]
    clock.advance(1.0)
    assert fair.question(USER) is ANSWER
    # Still the same flood: the bucket never refilled completely, so no second note.
    assert fair.question(USER) is DROP


def test_the_note_comes_again_only_after_a_complete_refill(clock: FakeClock) -> None:
    fair = allowance(clock)
    assert [fair.question(USER) for _ in range(6)] == [ANSWER] * 5 + [NOTE]
    clock.advance(4.9)
    assert [fair.question(USER) for _ in range(5)] == [ANSWER] * 4 + [DROP]
    clock.advance(5.0)
    assert [fair.question(USER) for _ in range(7)] == [ANSWER] * 5 + [NOTE, DROP]


def test_a_sustained_flood_gets_the_rate_and_one_note(clock: FakeClock) -> None:
    fair = allowance(clock)
    verdicts = []
    for _ in range(60 * 100):  # a minute of 100 questions a second
        verdicts.append(fair.question(USER))
        clock.advance(0.01)
    assert verdicts.count(NOTE) == 1
    assert 5 + 59 <= verdicts.count(ANSWER) <= 5 + 60


def test_a_group_answers_its_burst_but_one_and_keeps_that_one_for_the_note(
    clock: FakeClock,
) -> None:
    fair = allowance(clock)
    # Many members, each well within their own allowance.
    verdicts = [fair.question(member, GROUP) for member in range(1, 101)]
    assert verdicts == [ANSWER] * 19 + [NOTE] + [DROP] * 80


def test_a_groups_messages_stay_within_its_bucket(clock: FakeClock) -> None:
    """Answers and notes together never outrun the group's burst plus its rate."""
    fair = allowance(clock)
    sent = 0
    for step in range(3000):  # five minutes, a question every 0.1 s from one of 50 members
        sent += fair.question(step % 50 + 1, GROUP) is not DROP
        clock.advance(0.1)
        assert sent <= 20 + (step + 1) * 0.1 * 20 / 60
    assert sent >= 19 + 5 * 20 - 1


def test_a_user_beyond_their_own_allowance_in_a_group_is_told_once(clock: FakeClock) -> None:
    fair = allowance(clock)
    verdicts = [fair.question(USER, GROUP) for _ in range(10)]
    assert verdicts == [ANSWER] * 5 + [NOTE] + [DROP] * 4
    # The note spent one of the group's messages; the others still have the rest.
    others = [fair.question(member, GROUP) for member in range(100, 119)]
    assert others == [ANSWER] * 13 + [NOTE] + [DROP] * 5


def test_a_question_in_a_group_spends_the_askers_own_allowance_too(clock: FakeClock) -> None:
    fair = allowance(clock)
    for _ in range(5):
        assert fair.question(USER, GROUP) is ANSWER
    assert fair.question(USER) is NOTE, "private questions share the user's allowance"


def test_a_flooding_group_leaves_private_chats_and_other_groups_alone(clock: FakeClock) -> None:
    fair = allowance(clock)
    for member in range(1, 200):
        fair.question(member, GROUP)
    assert fair.question(OTHER) is ANSWER
    assert fair.question(OTHER, GROUP - 1) is ANSWER


def test_inline_queries_have_an_allowance_of_their_own(clock: FakeClock) -> None:
    fair = allowance(clock)
    assert [fair.inline(USER) for _ in range(12)] == [ANSWER] * 10 + [NOTE, DROP]
    assert fair.question(USER) is ANSWER, "questions are counted apart"
    for _ in range(6):
        fair.question(OTHER)
    assert fair.inline(OTHER) is ANSWER
    clock.advance(0.5)
    assert fair.inline(USER) is ANSWER


def test_a_clock_that_steps_back_takes_nothing_away(clock: FakeClock) -> None:
    fair = allowance(clock)
    fair.question(USER)
    clock.advance(-100.0)
    assert [fair.question(USER) for _ in range(5)] == [ANSWER] * 4 + [NOTE]


def test_buckets_are_bounded_and_the_oldest_goes_first(clock: FakeClock) -> None:
    buckets = Buckets(Rate(1.0, 5), clock, limit=3)
    buckets.get(1).tokens = 0
    buckets.get(2).tokens = 0
    buckets.get(3)
    buckets.get(1)  # touched again: now the newest
    buckets.get(4)
    assert len(buckets) == 3
    assert buckets.get(1).tokens == 0, "kept"
    assert buckets.get(2).tokens == 5, "forgotten, and back full"


@pytest.mark.parametrize(
    ("rate", "group"),
    [
        (Rate(1.0, 5), Rate(1.0, 1)),  # no room for the note in a group
    ],
)
def test_a_group_needs_room_for_its_note(clock: FakeClock, rate: Rate, group: Rate) -> None:
    with pytest.raises(ValueError, match="burst"):
        Allowance(user=rate, group=group, inline=rate, clock=clock)


@pytest.mark.parametrize(("per_second", "burst"), [(0.0, 5), (-1.0, 5), (1.0, 0)])
def test_a_rate_must_be_positive(per_second: float, burst: int) -> None:
    with pytest.raises(ValueError, match="positive"):
        Rate(per_second, burst)
