"""The kinds of fact: one module per kind, and the tables that list them all.

One module per kind (`closure`, `count`, `target`, `aid`, `person`, `site`, `definition`,
`reason`, `conversion`, `decree`),
each declaring its kind in one `KIND` (`knowledge.kinds.spec.Kind`):
its pydantic model (kind and unit pinned, other kinds' fields refused), its rules — plain functions
`rule(ctx, view)` over one sentence (`knowledge.extract.context`) — the fields admins may
edit, its label, and the sentence an answer says one of its facts with (`describe`).
`KINDS` below lists every kind; `RULES` is the
one table of every kind and its rules in the order they read each sentence: later rules use
earlier ones' facts ("Dari 22 lokalisasi itu, sebanyak 1.315 PSK" places its workers where
the closure of the 22 was), so the order is part of what the rules mean, and a new rule goes
where it can read what it needs.

What a rule may use is in `knowledge.extract.context`: the `SentenceView` (text, places,
amounts, dates, `money()`, `usable_dates()`, `clause()`) and the `Context` (`fact`, `emit`,
`about`, `place_near`, `fallback_place`, `previous`, `facts`). What more than one kind reads is
in the extract package (`knowledge.extract.lokalisasi`), never here; how the stages before the
rules fit is in `knowledge.extract`'s docstring. Each rule has a table test in
`tests/knowledge/test_kinds/test_<kind>.py` (`Extraction.rules` says which rule stated each fact).
"""

from __future__ import annotations

from typing import Annotated, Any, Union

from pydantic import Field, TypeAdapter

from knowledge.kinds import (
    aid,
    closure,
    conversion,
    count,
    decree,
    definition,
    person,
    reason,
    site,
    target,
)
from knowledge.kinds.spec import Kind, KindFact, Rule
from knowledge.models import Fact

KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        closure.KIND,
        count.KIND,
        target.KIND,
        aid.KIND,
        person.KIND,
        site.KIND,
        definition.KIND,
        reason.KIND,
        conversion.KIND,
        decree.KIND,
    )
}
"""Every kind of fact, by name: its model, rules, editable fields and admins' label."""

KIND_NAMES: tuple[str, ...] = tuple(KINDS)

RULES: tuple[tuple[str, Rule], ...] = (
    ("site", site.sites),
    ("person", person.people),
    ("definition", definition.definitions),
    ("definition", definition.shortened),
    ("definition", definition.spelled_out),
    ("closure", closure.closures),
    ("count", count.inventory),
    ("count", count.none_there),
    ("count", count.counts),
    ("count", count.other_counts),
    ("count", count.place_lists),
    ("closure", closure.closed_parts),
    ("target", target.targets),
    ("aid", aid.aid),
    ("reason", reason.reasons),
    ("conversion", conversion.conversions),
    ("conversion", conversion.built_on),
    ("decree", decree.decrees),
    ("decree", decree.signed_later),
)
"""Every kind's rules as (kind, rule), in the order they read each sentence.

`count.inventory` reads only sentences `closure.closures` found no closure in; `closed_parts`
comes after the count rules, whose figures it must not take as closures."""

EDITABLE_BY_KIND: dict[str, tuple[str, ...]] = {name: k.editable for name, k in KINDS.items()}
"""Which fields an admin may correct, per kind: another field would change nothing anyone
sees, so editing it is refused rather than silently stored."""

_ANY_FACT: TypeAdapter[KindFact] = TypeAdapter(
    Annotated[Union[tuple(k.model for k in KINDS.values())], Field(discriminator="kind")]  # noqa: UP007
)


def parse_fact(data: dict[str, Any] | Fact) -> KindFact:
    """The fact `data` describes, as its kind's model (kind and unit checked)."""
    if isinstance(data, Fact):
        data = data.model_dump()
    return _ANY_FACT.validate_python(data)


__all__ = [
    "EDITABLE_BY_KIND",
    "KINDS",
    "KIND_NAMES",
    "RULES",
    "Kind",
    "KindFact",
    "Rule",
    "parse_fact",
]
