"""The places one article sees: the shared gazetteer, plus the villages, lokalisasi and short
names the article itself introduces, kept apart until the article is read."""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from knowledge.models import Alias, Place
from knowledge.places import Gazetteer, PlaceMention, number_spellings, region_aliases
from knowledge.text import key


class _Aliases(Mapping[str, list[Alias]]):
    """The names of an underlying gazetteer with this layer's own appended after them."""

    def __init__(self, under: Mapping[str, list[Alias]], own: dict[str, list[Alias]]) -> None:
        self.under = under
        self.own = own

    def __getitem__(self, name: str) -> list[Alias]:
        own = self.own.get(name)
        if own is None:
            return self.under[name]
        return [*self.under.get(name, ()), *own]

    # Most words of a sentence name no place: looked up without raising KeyError through every
    # layer, as Mapping.get and Mapping.__contains__ would.
    def get(self, name: str, default: Any = None) -> Any:
        own = self.own.get(name)
        under = self.under.get(name)
        if own is None:
            return default if under is None else under
        return [*(under or ()), *own]

    def __contains__(self, name: object) -> bool:
        return name in self.own or name in self.under

    def __iter__(self) -> Iterator[str]:
        yield from self.under
        yield from (name for name in self.own if name not in self.under)

    def __len__(self) -> int:
        return len(self.under) + sum(1 for name in self.own if name not in self.under)


_MISSING = object()


class _Layers(ChainMap[str, Place]):
    """A ChainMap whose look-ups ask each layer directly (the generic ones go through
    `__contains__` and `__getitem__` of every layer for every word of every sentence), once
    each: a layer is often another _Layers, a look-up in it costs a call."""

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        for mapping in self.maps:
            found = mapping.get(key, _MISSING)
            if found is not _MISSING:
                return found
        return default

    def __getitem__(self, key: str) -> Place:
        found = self.get(key, _MISSING)
        if found is _MISSING:
            raise KeyError(key)
        return found  # type: ignore[no-any-return]

    def __contains__(self, key: object) -> bool:
        return self.get(key, _MISSING) is not _MISSING  # type: ignore[arg-type]


class ArticlePlaces(Gazetteer):
    """A gazetteer layered over another: reads see both, additions stay in this layer.

    The annotate stage reads a sentence through a layer of its own and returns what it learnt;
    the discourse stage replays that onto the article's layer (`learn_place`), and the pipeline
    hands the article's layer to the shared gazetteer once the article is read (`publish`), so
    the next article of a batch knows the places this one introduced.
    """

    def __init__(self, under: Gazetteer) -> None:
        # Not Gazetteer.__init__: the mappings are views over `under`, not copies of it.
        self.under = under
        self._own_places: dict[str, Place] = {}
        self._own_aliases: dict[str, list[Alias]] = {}
        # The dicts of the layers below are looked in directly, not through their own look-ups:
        # walking up a place's regions asks for a place several times per word read.
        below = under.places
        maps = below.maps if isinstance(below, _Layers) else [below]
        self.places = _Layers(self._own_places, *maps)  # type: ignore[assignment]
        self.aliases = _Aliases(under.aliases, self._own_aliases)  # type: ignore[assignment]
        self.children = {}
        self._changes = 0
        self._lineages = {}
        self._lineages_at = -1
        self._found = {}
        self._found_at = -1
        self.first_words = set()
        """The first words of this layer's own names (see Gazetteer.first_words)."""
        self.additions: list[tuple[list[Place], list[Alias]]] = []
        """Every `add`, in order, for `publish`."""
        self.learnt: list[tuple[Place, tuple[str, ...]]] = []
        """Every `learn_place`, in order, for a layer above this one to replay."""
        self.new_places: dict[str, Place] = {}
        """Places this layer added or changed."""
        self.new_aliases: dict[tuple[str, str], Alias] = {}
        """Names this layer gave places (some of them known already)."""

    def add(self, places: Iterable[Place], aliases: Iterable[Alias]) -> None:
        """Add places and names to this layer only (both idempotent)."""
        places, aliases = list(places), list(aliases)
        self._changes += bool(places or aliases)
        self.additions.append((places, aliases))
        for place in places:
            self._own_places[place.id] = place
        for alias in aliases:
            if all(a.place_id != alias.place_id for a in self.aliases.get(alias.alias, ())):
                self._own_aliases.setdefault(alias.alias, []).append(alias)
                self.first_words.add(alias.alias.split(" ", 1)[0])

    def revision(self) -> int:
        """Grows with every addition to this layer or to any under it."""
        return self._changes + self.under.revision()

    def lineage(self, place_id: str) -> list[str]:
        """The place and everything that contains it, innermost first."""
        if not self._own_places:
            # Nothing added here yet: the walks are those of the gazetteer below, and so are
            # the ones it remembers.
            return self.under.lineage(place_id)
        return super().lineage(place_id)

    def find(self, text: str, *, cased: bool = True) -> list[PlaceMention]:
        """Place names in `text` (see Gazetteer.find)."""
        if not self._own_places and not self._own_aliases:
            # Nothing added here yet: the names found are those the gazetteer below finds, and
            # it may have searched this text already.
            return self.under.find(text, cased=cased)
        return super().find(text, cased=cased)

    def may_start_name(self, word: str) -> bool:
        """Whether a name of this layer or of one under it begins with `word`."""
        return word in self.first_words or self.under.may_start_name(word)

    def learn_place(self, place: Place, names: Iterable[str] = ()) -> None:
        """A place the article names, with its region's names and the given ones."""
        names = tuple(names)
        self.learnt.append((place, names))
        known = self.places.get(place.id)
        if place.level == "lokalisasi":
            names += tuple(spelt for n in names for spelt in number_spellings(n))
        aliases = region_aliases(place) + [Alias(alias=key(n), place_id=place.id) for n in names]
        if known != place:
            self.new_places[place.id] = place
        for alias in aliases:
            self.new_aliases[(alias.alias, alias.place_id)] = alias
        self.add([place], aliases)

    def learn_alias(self, alias: Alias) -> None:
        """A short name the article gives a known place."""
        self.new_aliases[(alias.alias, alias.place_id)] = alias
        self.add([], [alias])

    def publish(self) -> None:
        """Hand everything this layer added to the gazetteer under it, in the order added."""
        for places, aliases in self.additions:
            self.under.add(places, aliases)
