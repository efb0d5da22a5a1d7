"""Where facts are born: typed, cited facts from the sentences of one clean article.

Rules, not hand-typed facts: each extractor reads one kind of statement the way Indonesian
news writes it — "resmi menutup 22 lokalisasi", "sebanyak 1.315 PSK", "targetkan Indonesia bebas
lokalisasi tahun 2019", "bantuan Rp250 ribu, jatah hidup Rp1,8 juta, serta moda usaha Rp3 juta
dari Pemerintah Kabupaten …" — and leans on the sentences around it for what a sentence leaves
out ("Dari 22 lokalisasi itu", "Lokalisasi ini", "Total 127 orang", "Tinggal Tarakan saja yang
belum"). Every fact keeps the sentence it came from.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from knowledge import lexicon as lx
from knowledge.dates import DateMention, find_dates, format_mention
from knowledge.models import Alias, Fact, Place
from knowledge.numbers import Amount, find_amounts, words_to_int
from knowledge.places import (
    INDONESIA,
    PREFIXES,
    Gazetteer,
    lokalisasi_place,
    region_aliases,
    village_place,
)
from knowledge.text import key

logger = logging.getLogger(__name__)

STRICT_ENV = "KNOWLEDGE_STRICT_RULES"
"""Set (to anything but "" or "0") to let an error inside a rule propagate instead of being
logged and counted; the test suite sets it so a rule's bug fails the tests."""

_NAME_WORD = r"[A-Z][\w'-]*"
_VILLAGE_RE = re.compile(
    rf"\b(?P<prefix>Kelurahan|Kel\.|Desa)\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})"
)
_PLACE_PREFIX_WORDS = frozenset(
    [
        "kelurahan",
        "kel",
        "desa",
        "kecamatan",
        "kec",
        "kabupaten",
        "kab",
        "kota",
        "provinsi",
        "prov",
        "jalan",
        "jl",
        "dan",
        "di",
    ]
)
_SITE_NAMED_RE = re.compile(
    rf"\b[Ll]okalisasi\s+(?P<name>[Kk]m\.?\s*\d+|{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})"
)
_SITE_ALIAS_RE = re.compile(
    r"\s*,?\s*(?:\(|atau\b|alias\b|yang\b)(?:[^.,;()\"“]{0,60}?\b(?:sebagai|sebutan|disebut"
    r"|bernama|dinamai|nama))?\s*[\"“]?"
    rf"(?P<name>(?:Resosialisasi|Kompleks|Komplek|Lokalisasi|Kampung|Gang)?\s*"
    rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})"
)
_SITE_LOWER_RE = re.compile(
    r"\b[Ll]okalisasi\s+(?P<name>[a-z][\w'-]+(?:\s+[a-z][\w'-]+)?),\s+(?:Kelurahan|Desa|Kecamatan|Jalan|Jl)"
)
_SITE_ADDRESS_RE = re.compile(
    r"\b(?:Jalan|Jl\.?|Jln\.?)\s+(?P<street>(?:[A-Z][\w.]*\s+){1,4}?)(?P<km>[KkLl][Mm]\.?\s*(?P<n>\d+))\b"
)
_SITE_PAREN_RE = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})\s*\((?P<region>[A-Z][\w .'-]{{1,40}})\)"
)
# "Lokalisasi ini", "lokalisasi tersebut" point back at the lokalisasi named last; "22
# lokalisasi itu" points back at a number, not a place.
_ANAPHORIC_SITE_RE = re.compile(r"\b[Ll]okalisasi\s+(?:ini|tersebut|itu)\b")


def _points_at_site(text: str) -> bool:
    """Whether 'lokalisasi ini/tersebut/itu' in `text` points back at a named lokalisasi."""
    if re.match(r"^\W*[Ll]okalisasi\s+(?:yang|ini|itu|tersebut)\b", text):
        return True  # "Lokalisasi yang sempat dihuni lebih dari 60 pekerja seks itu …"
    for match in _ANAPHORIC_SITE_RE.finditer(text):
        previous = re.findall(r"[\w.]+", text[: match.start()])[-1:]
        if previous and (previous[0][0].isdigit() or words_to_int(previous[0]) is not None):
            continue  # "22 lokalisasi itu", "tiga lokalisasi tersebut": a number, not a place
        return True
    return False


_LOK_COUNT_RE = re.compile(
    r"^\s+(?:titik\s+|tempat\s+|buah\s+|unit\s+|kawasan\s+)?"
    rf"(?:{lx.LOKALISASI}|tempat prostitusi)\b"
)
_ANAPHOR_AFTER_RE = re.compile(rf"^\s+(?:titik\s+|tempat\s+)?{lx.LOKALISASI}\s+(?:itu|tersebut)\b")
_BREAKDOWN_RE = re.compile(r"\b(?:di ?antaranya|masing-masing|yakni|yaitu|antara lain)\b")
_PART_OF_RE = re.compile(r"(?<!lebih )(?<!kurang )\bdari\s+(?:total\s+|sebanyak\s+)?$")
# "…, sudah 149 yang berhasil ditutup": closures counted as a part of a whole named before.
_CLOSED_PART_RE = re.compile(
    r"\b(?:sudah|telah)\s+(?P<n>\d[\d.]*)\s+(?:di antaranya\s+|lokalisasi\s+)?(?:yang\s+)?"
    r"(?:berhasil\s+|sudah\s+|telah\s+)?(?:di)?tutup"
)
# Where people come from: "berasal dari Surabaya, Kota Bima dan Makassar", "asal Indramayu".
_ORIGIN_RE = re.compile(
    r"\b(?:berasal dari|asal|daerah asal(?:nya)?|kampung halaman(?:nya)?(?:\s+di)?)\s+",
    re.IGNORECASE,
)


def _origin_spans(text: str) -> list[tuple[int, int]]:
    """Stretches of `text` that name people's home towns, up to the end of the clause."""
    spans = []
    for match in _ORIGIN_RE.finditer(text):
        end = re.search(r"[.;:]|\s(?:sedangkan|sementara|sehingga)\s", text[match.end() :])
        spans.append((match.end(), match.end() + end.start() if end else len(text)))
    return spans


_VILLAGES = frozenset({"kecamatan", "kelurahan", "desa"})
# A cost someone bears instead of paying cash: "biaya pemulangan ditanggung Pemkab Batang".
_BORNE_RE = re.compile(
    r"\b(?:biaya|ongkos|anggaran|dana)\b[^.;]{0,40}?\b(?:ditanggung|dibiayai|dibayar(?:kan)?"
    r"|menjadi tanggungan|ditalangi)\s+(?:sepenuhnya\s+|seluruhnya\s+)?(?:oleh\s+)?"
)
# An office, a government or a budget named right before a place: the place is whose they are.
_OFFICE_BEFORE_RE = re.compile(
    r"\b(?:pemprov|pemkab|pemkot|pemda|pemerintah(?:\s+(?:provinsi|kabupaten|kota|daerah))?"
    r"|dinas(?:\s+[a-z,]+){0,8}?|dinsos\w*|apbd(?:\s+(?:provinsi|kabupaten|kota))?"
    r"|gubernur|bupati|wali\s?kota|walkot|dprd(?:\s+(?:provinsi|kabupaten|kota))?|polres|polda"
    r"|kapolres|kapolda|satpol\s+pp(?:\s+(?:provinsi|kabupaten|kota))?|sekda|baznas)\s+$"
)
_PRONOUN_START_RE = re.compile(r"^\W*(?:ini|itu|hal itu|mereka|dia|ia|di sana|di situ)\b")


@dataclass(frozen=True)
class Located:
    """A place named in a sentence."""

    start: int
    end: int
    text: str
    place_id: str


@dataclass(eq=False)
class SentenceView:
    """One sentence and what the extractor can see in it.

    Views compare by identity: a clause cut from a sentence has the sentence's id and
    `position`, and is found through them, never by looking its content up among the views.
    """

    id: int
    paragraph: int
    text: str
    low: str
    places: list[Located] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    position: int = 0
    """Where the sentence stands among the article's views (its clauses share it)."""


@dataclass(frozen=True)
class RuleFailure:
    """A rule that raised on one sentence (None: on the article as a whole)."""

    sentence_id: int | None
    rule: str
    error: str


@dataclass
class Extraction:
    """What one article adds: facts, and the places and names first seen in it."""

    facts: list[Fact]
    places: list[Place]
    aliases: list[Alias]
    failures: list[RuleFailure] = field(default_factory=list)
    """Rules that raised; the facts are what the other rules found."""

    @property
    def unread_sentences(self) -> list[int]:
        """The sentences some rule could not read, in order."""
        return sorted({f.sentence_id for f in self.failures if f.sentence_id is not None})


def strict_rules() -> bool:
    """Whether a rule's error propagates (see STRICT_ENV)."""
    return os.environ.get(STRICT_ENV, "") not in ("", "0")


def _lower(text: str) -> str:
    """Lower-case without changing length, so offsets in `text` and its lower form agree."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


class ArticleExtractor:
    """Reads one article's sentences in order, remembering what earlier sentences established."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        article_id: str,
        title: str,
        published: dt.date | None,
        sentences: Iterable[tuple[int, int, str]],
        dateline: str | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.article_id = article_id
        self.published = published
        self.facts: list[Fact] = []
        self.new_places: dict[str, Place] = {}
        self.new_aliases: dict[tuple[str, str], Alias] = {}
        self.failures: list[RuleFailure] = []
        raw = list(sentences)
        self.years = sorted(
            {int(y) for _, _, text in raw for y in re.findall(r"\b(?:19|20)\d{2}\b", text)}
        )
        self.views = [
            self._view(sid, para, text, position) for position, (sid, para, text) in enumerate(raw)
        ]
        self._guarded("_main_place", None, lambda: self._set_main_place(title, dateline))
        if not hasattr(self, "main_place"):  # _choose and _in_scope read it once it exists
            self.main_place = INDONESIA
        for view in self.views:
            self._guarded("_resolve_places", view, lambda view=view: self._resolve_places(view))
        # Memory of what earlier sentences said, for what later ones leave out.
        self.last_site: str | None = None
        self.paragraph_place: dict[int, str] = {}
        self.closure_sentences: set[int] = set()

    # ----------------------------------------------------------------- sentence analysis

    def _view(self, sid: int, paragraph: int, text: str, position: int) -> SentenceView:
        view = SentenceView(sid, paragraph, text, _lower(text), position=position)

        def read() -> None:
            view.amounts = find_amounts(text)
            view.dates = find_dates(text, self.published, self.years)

        self._guarded("_view", view, read)
        return view

    def _set_main_place(self, title: str, dateline: str | None) -> None:
        self.main_place = self._main_place(title, dateline)

    def _guarded(self, rule: str, view: SentenceView | None, call: Callable[[], object]) -> None:
        """Run one rule; an error in it costs that rule's facts for the sentence, not the
        article. It is logged and counted (unless strict_rules(): then it propagates)."""
        try:
            call()
        except Exception as exc:
            if strict_rules():
                raise
            sentence_id = view.id if view is not None else None
            logger.error(
                "extraction rule %s failed on article %s, sentence %s: %r",
                rule,
                self.article_id,
                sentence_id,
                exc,
                exc_info=True,
            )
            self.failures.append(RuleFailure(sentence_id, rule, repr(exc)))

    def _main_place(self, title: str, dateline: str | None) -> str:
        """The place the article is about: the one named most, the title counting thrice."""
        texts = [(title, 3.0)] + ([(dateline, 1.0)] if dateline else [])
        texts += [(view.text, 1.0) for view in self.views]
        found = [(text, weight, self.gazetteer.find(text)) for text, weight in texts]
        exact = {
            mention.place_ids[0]
            for _, _, mentions in found
            for mention in mentions
            if len(mention.place_ids) == 1
        }
        self.named = {pid for place in exact for pid in self.gazetteer.lineage(place)}
        self.named_exact = exact
        scores: dict[str, float] = {}
        for text, weight, mentions in found:
            homes = _origin_spans(text)
            for mention in mentions:
                if any(start <= mention.start < end for start, end in homes):
                    continue  # where people come from is not what the story is about
                place = self._choose(mention.place_ids, text[: mention.start])
                # "Gubernur NTT", "Pemprov NTT": whose office, not what the story is about.
                before = _lower(text[max(0, mention.start - 60) : mention.start])
                named = weight / 2 if _OFFICE_BEFORE_RE.search(before) else weight
                for depth, pid in enumerate(self.gazetteer.lineage(place)):
                    if pid != INDONESIA or depth == 0:
                        # Containing places get a third: a city named often beats its province.
                        scores[pid] = scores.get(pid, 0.0) + (named if depth == 0 else named / 3)
        if not scores:
            return INDONESIA
        # A story that names Indonesia up front and goes through three provinces or more is
        # about the country: "Tinggal 19 lokalisasi di Indonesia, Jawa Tengah terbanyak".
        lead = [title] + [view.text for view in self.views[:1]]
        provinces = {pid for pid in exact if self.gazetteer.places[pid].level == "provinsi"} | {
            pid for pid in scores if self.gazetteer.places[pid].level == "provinsi"
        }
        if len(provinces) >= 3 and any(
            INDONESIA in m.place_ids for text in lead for m in self.gazetteer.find(text)
        ):
            return INDONESIA
        return max(scores, key=lambda pid: (scores[pid], -self.gazetteer.depth(pid)))

    def _in_scope(self, place_id: str) -> bool:
        main = getattr(self, "main_place", None)
        province = self.gazetteer.province_of(main) if main else None
        return province is None or self.gazetteer.contains(province, place_id)

    def _choose(self, place_ids: tuple[str, ...], before: str = "") -> str:
        """One place for an ambiguous name ("Tegal": the city or the regency).

        The words before it decide first ("Pemkot Tegal", "Bupati Tegal"), then the places the
        article names unambiguously, then the article's province.
        """
        if len(place_ids) == 1:
            return place_ids[0]
        candidates = list(place_ids)
        cue = before[-24:].lower()
        if re.search(r"(?:pemkot|wali\s?kota|walkot|pemerintah kota)\s*$", cue):
            level = "kota"
        elif re.search(r"(?:pemkab|bupati|pemerintah kabupaten)\s*$", cue):
            level = "kabupaten"
        else:
            level = None
        if level:
            leveled = [p for p in candidates if self.gazetteer.places[p].level == level]
            candidates = leveled or candidates
        named = [p for p in candidates if p in getattr(self, "named", set())]
        candidates = named or candidates
        # "BENGKULU -" in a story that says "Pemerintah Kota Bengkulu": the city, not the
        # province of the same name, which only contains it.
        exact = [p for p in candidates if p in getattr(self, "named_exact", set())]
        candidates = exact or candidates
        main = getattr(self, "main_place", None)
        if main and main != INDONESIA:
            # "Kecamatan Kaliwungu" in a story about Kendal is Kendal's, not Kudus's.
            own = [pid for pid in candidates if self.gazetteer.contains(main, pid)]
            candidates = own or candidates
        inside = [pid for pid in candidates if self._in_scope(pid)]
        return (inside or candidates)[0]

    def _add_place(self, place: Place, names: Iterable[str] = ()) -> None:
        known = self.gazetteer.places.get(place.id)
        aliases = region_aliases(place) + [Alias(alias=key(n), place_id=place.id) for n in names]
        if known != place:
            self.new_places[place.id] = place
        for alias in aliases:
            self.new_aliases[(alias.alias, alias.place_id)] = alias
        self.gazetteer.add([place], aliases)

    def _resolve_places(self, view: SentenceView) -> None:
        """Find the sentence's places, adding villages and lokalisasi named for the first time."""
        text = view.text
        located: list[Located] = []
        taken: list[tuple[int, int]] = []

        def free(start: int, end: int) -> bool:
            return all(end <= s or start >= e for s, e in taken)

        mentions = self.gazetteer.find(text)
        # Villages first: "Kelurahan Pasir Putih" is a village here even if a district elsewhere
        # bears the name.
        for match in _VILLAGE_RE.finditer(text):
            name = self._trim_name(match["name"])
            if not name:
                continue
            end = match.start("name") + len(name)
            parent = next(
                (
                    self._choose(m.place_ids)
                    for m in mentions
                    if m.start >= end and self.gazetteer.depth(self._choose(m.place_ids)) >= 2
                ),
                self.main_place if self.gazetteer.depth(self.main_place) >= 2 else None,
            )
            if parent is None:
                continue
            level = "desa" if match["prefix"] == "Desa" else "kelurahan"
            place = village_place(name, level, parent)
            existing = [
                pid
                for pid in self.gazetteer.lookup(f"{match['prefix']} {name}")
                if self.gazetteer.contains(parent, pid)
            ]
            if existing:
                place = self.gazetteer.places[existing[0]]
            else:
                self._add_place(place, [name])
            located.append(Located(match.start(), end, text[match.start() : end], place.id))
            taken.append((match.start(), end))

        for start, end, name, region_text in self._new_sites(text):
            if not free(start, end):
                continue
            region_ids = self.gazetteer.lookup(region_text) if region_text else []
            parent = self._choose(tuple(region_ids)) if region_ids else None
            site_ids = [
                pid
                for pid in self.gazetteer.lookup(name)
                if self.gazetteer.places[pid].level == "lokalisasi"
                and (parent is None or self.gazetteer.contains(parent, pid))
            ]
            if parent is None:
                # A lokalisasi of the same name elsewhere is not this one: "Pucuk Jambu" first
                # met in a story about its workers' home town stays where this story puts it.
                nearest = self._nearest_region(mentions, start, end)
                site_ids = [pid for pid in site_ids if self._site_fits(pid, nearest)]
            if site_ids:
                site_id = self._choose(tuple(site_ids))
            else:
                parent = parent or self._nearest_region(mentions, start, end) or self.main_place
                site = lokalisasi_place(name, parent)
                self._add_place(site, [name])
                site_id = site.id
            located.append(Located(start, end, text[start:end], site_id))
            taken.append((start, end))
            # "Lorong Buloa atau yang dahulu terdaftar sebagai Resosialisasi Tallo Permai",
            # "Simpang Rotan yang lebih dikenal dengan sebutan Kampung Biru": one lokalisasi.
            other = _SITE_ALIAS_RE.match(text, end)
            if other and free(other.start("name"), other.end("name")):
                alias = self._trim_name(other["name"])
                alias_end = other.start("name") + len(alias)
                if alias and not self._names_region(alias):
                    names = [
                        alias,
                        re.sub(r"^(?:Resosialisasi|Kompleks|Komplek|Lokalisasi)\s+", "", alias),
                    ]
                    self._add_place(self.gazetteer.places[site_id], names)
                    located.append(Located(other.start("name"), alias_end, alias, site_id))
                    taken.append((other.start("name"), alias_end))

        for mention in mentions:
            if free(mention.start, mention.end):
                place = self._choose(mention.place_ids, text[: mention.start])
                located.append(Located(mention.start, mention.end, mention.text, place))
                taken.append((mention.start, mention.end))
        located.sort(key=lambda loc: loc.start)
        self._settle_sites(located)
        view.places = located

    def _trim_name(self, name: str) -> str:
        words = name.split()
        kept: list[str] = []
        for word in words:
            if word.lower().strip(".") in _PLACE_PREFIX_WORDS:
                break
            kept.append(word)
        return " ".join(kept)

    def _site_fits(self, site_id: str, region: str | None) -> bool:
        """Whether a known lokalisasi can be the one named near `region` (on one line with it),
        or, with no region named, inside the article's province."""
        if region is None:
            # In a story about one regency, a lokalisasi of another regency is another one.
            main = self.gazetteer.places.get(self.main_place)
            if main is not None and main.level in ("kabupaten", "kota"):
                return self.gazetteer.contains(main.id, site_id)
            return self._in_scope(site_id)
        parent = self.gazetteer.places[site_id].parent_id or INDONESIA
        return self.gazetteer.contains(region, site_id) or self.gazetteer.contains(parent, region)

    def _nearest_region(self, mentions: list, start: int, end: int) -> str | None:
        """The region named nearest a new lokalisasi (after it first), inside the article's
        province: "Bukit Kemuning" in Kendari is not the district of that name in Lampung."""
        others = [m for m in mentions if m.end <= start or m.start >= end]
        after = [m for m in others if m.start >= end]
        before = [m for m in others if m.end <= start]
        for mention in after[:1] + before[-1:]:
            pid = self._choose(mention.place_ids)
            if self.gazetteer.places[pid].level != "lokalisasi" and self._in_scope(pid):
                return pid
        return None

    def _new_sites(self, text: str) -> list[tuple[int, int, str, str | None]]:
        """Lokalisasi named in a sentence: (start, end, name, region written beside it)."""
        found: list[tuple[int, int, str, str | None]] = []
        for match in _SITE_ADDRESS_RE.finditer(text):
            # "Jalan Jenderal Sudirman km 12" (once misprinted "lm 12") is the Km 12 lokalisasi.
            found.append((match.start(), match.end(), f"Km {match['n']}", None))
        for pattern in (_SITE_NAMED_RE, _SITE_LOWER_RE):
            for match in pattern.finditer(text):
                name = self._trim_name(match["name"])
                if not name or name.split()[0].lower() in ("jalan", "jl", "jl.", "jln"):
                    continue
                regions = [
                    pid
                    for pid in self.gazetteer.lookup(name)
                    if self.gazetteer.places[pid].level != "lokalisasi" and self._in_scope(pid)
                ]
                villages = [p for p in regions if self.gazetteer.places[p].level in _VILLAGES]
                if regions and len(villages) < len(regions):
                    continue  # "lokalisasi Samarinda" names a region, not a lokalisasi
                known = any(
                    self.gazetteer.places[p].level == "lokalisasi" and self._in_scope(p)
                    for p in self.gazetteer.lookup(name)
                )
                villages = [] if known else villages  # the lokalisasi met before, not a new one
                start = match.start("name")
                pretty = name if name[:1].isupper() else name.title()
                if re.match(r"[Kk]m\.?\s*\d+", pretty):
                    pretty = "Km " + re.sub(r"\D", "", pretty)
                # "lokalisasi Tondo" in Kelurahan Tondo: a lokalisasi named by its village.
                found.append((start, start + len(name), pretty, name if villages else None))
        found += self._listed_sites(text)
        if lx.LOKALISASI_RE.search(_lower(text)) or re.search(lx.WORKER, _lower(text)):
            for match in _SITE_PAREN_RE.finditer(text):
                name = self._trim_name(match["name"])
                region = match["region"].strip()
                regions = self.gazetteer.lookup(region)
                if not name or not regions or self.gazetteer.depth(regions[0]) > 3:
                    continue
                own = self.gazetteer.lookup(name)
                if own and any(self.gazetteer.places[p].level != "lokalisasi" for p in own):
                    continue  # "Kalimantan Timur (Kaltim)" is a region with its short name
                if name.split()[0].lower() in lx.OFFICE_WORDS or len(name) < 3:
                    continue
                if lx.ROLE_RE.match(name) or any(
                    set(m.place_ids) & set(regions) for m in self.gazetteer.find(name)
                ):
                    continue  # "Bupati Musi Banyuasin (Muba)": an office and its region
                start = match.start("name")
                found.append((start, start + len(name), name, region))
        return found

    def _listed_sites(self, text: str) -> list[tuple[int, int, str, str | None]]:
        """'Ketiga lokalisasi itu yakni Kampung Sentosa di Kecamatan Haurgeulis (45 orang),
        Cempaka Jaya … dan Tanjung Wangi …': lokalisasi named one after another."""
        low = _lower(text)
        marker = _LIST_MARKER_RE.search(low)
        if not marker or not lx.LOKALISASI_RE.search(low, 0, marker.start()):
            return []
        found: list[tuple[int, int, str, str | None]] = []
        position = marker.end()
        for item in re.split(r",\s*|;\s*|\s+dan\s+|\s+serta\s+|\s+sedangkan\s+", text[position:]):
            start = text.find(item, position)
            position = start + len(item)
            match = re.match(
                rf"(?:[Ll]okalisasi\s+)?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})", item
            )
            if not match:
                continue
            name = self._trim_name(match["name"])
            if not name or name.split()[0].lower() in lx.OFFICE_WORDS:
                continue
            if self._names_region(name):
                continue  # "yakni di Kabupaten Jember dan …": places, not lokalisasi
            name_start = start + match.start("name")
            found.append((name_start, name_start + len(name), name, None))
        return found

    def _names_region(self, name: str) -> bool:
        """Whether a listed name is a region: one of the article's province, or any regency,
        city or province ("di antaranya Kutai Kartanegara, Mojokerto, dan Tangerang")."""
        return any(
            self.gazetteer.places[pid].level != "lokalisasi"
            and (
                self._in_scope(pid)
                or self.gazetteer.places[pid].level in ("provinsi", "kabupaten", "kota")
            )
            for pid in self.gazetteer.lookup(name)
        )

    def _settle_sites(self, located: list[Located]) -> None:
        """Place a lokalisasi in the village or district its address names right after it."""
        for index, loc in enumerate(located):
            place = self.gazetteer.places.get(loc.place_id)
            if not place or place.level != "lokalisasi" or not place.parent_id:
                continue
            following = [
                other.place_id
                for other in located[index + 1 : index + 4]
                if other.start - loc.end < 60
                and other.place_id != place.parent_id
                and self.gazetteer.contains(place.parent_id, other.place_id)
                and self.gazetteer.places[other.place_id].level != "lokalisasi"
            ]
            if following:
                deepest = max(following, key=self.gazetteer.depth)
                self._add_place(place.model_copy(update={"parent_id": deepest}))

    # ----------------------------------------------------------------- shared helpers

    def _fact(self, view: SentenceView, kind: str, **fields: object) -> Fact:
        place_id = fields.get("place_id")
        if place_id and "place_text" not in fields:
            fields["place_text"] = self.gazetteer.name(str(place_id))
        return Fact(
            kind=kind,  # type: ignore[arg-type]
            article_id=self.article_id,
            sentence_id=view.id,
            quote=view.text,
            as_of=self.published,
            **fields,  # type: ignore[arg-type]
        )

    def _emit(self, fact: Fact) -> None:
        """Keep a fact unless the article already stated the same thing."""
        fact = self._several_sites_in_region(fact)
        # A paragraph is about what it states, even what an earlier paragraph stated already.
        if fact.place_id and fact.kind not in ("person", "definition"):
            self.paragraph_place[self._paragraph_of(fact.sentence_id)] = fact.place_id
        same = _identity(fact)
        if any(_identity(known) == same for known in self.facts):
            return
        self.facts.append(fact)

    def _several_sites_in_region(self, fact: Fact) -> Fact:
        """A number of lokalisasi is not about one lokalisasi: "99 lokalisasi" said in a
        paragraph about Kalijodo belongs to the region the paragraph speaks of, not Kalijodo."""
        counts_sites = (fact.kind == "closure" and (fact.number or 0) > 1) or (
            fact.kind == "count" and fact.unit == "lokalisasi" and (fact.number or 0) > 1
        )
        place = self.gazetteer.places.get(fact.place_id or "")
        if not counts_sites or place is None or place.level != "lokalisasi":
            return fact
        region = next(
            (
                pid
                for pid in self.gazetteer.lineage(place.id)[1:]
                if self.gazetteer.places[pid].level != "lokalisasi"
            ),
            None,
        )
        if region is None or self.gazetteer.contains(region, self.main_place):
            region = self.main_place
        return fact.model_copy(
            update={"place_id": region, "place_text": self.gazetteer.name(region)}
        )

    def _paragraph_of(self, sentence_id: int) -> int:
        for view in self.views:
            if view.id == sentence_id:
                return view.paragraph
        return -1

    def _collapse(self, place_ids: list[str]) -> list[str]:
        """Drop places that merely contain another place named in the same sentence."""
        unique = list(dict.fromkeys(place_ids))
        return [
            pid
            for pid in unique
            if not any(other != pid and self.gazetteer.contains(pid, other) for other in unique)
        ]

    def _fallback_place(self, view: SentenceView) -> str:
        """The place a sentence that names none is about: its paragraph's, else the article's."""
        if self.last_site and _points_at_site(view.text):
            return self.last_site
        previous = self._previous(view)
        if previous and previous.paragraph == view.paragraph:
            remembered = self.paragraph_place.get(view.paragraph)
            # A paragraph that last spoke of Indonesia as a whole is still about the article's
            # own region when the sentence names none.
            if remembered and not self.gazetteer.contains(remembered, self.main_place):
                return remembered
        return self.main_place

    def _previous(self, view: SentenceView) -> SentenceView | None:
        """The sentence before `view`'s sentence (a clause knows its sentence's position)."""
        return self.views[view.position - 1] if view.position > 0 else None

    def _place_near(
        self, view: SentenceView, position: int, figure_end: int | None = None
    ) -> str | None:
        """The place a figure at `position` is about.

        "N lokalisasi di X" names it right after the figure; otherwise the nearest place before
        it, or a lokalisasi inside that place named just before it ("Nunukan Tengah (Nunukan)")
        or after it in the same clause ("312 PSK tercatat menghuni Kembang Sari"). Where a thing
        was said ("…, di Surabaya, Kamis, mengatakan") is not what it is about.
        """
        places = [loc for loc in self._about(view) if not self._reported_at(view, loc)]
        if figure_end is not None:
            for loc in places:
                between = view.low[figure_end : loc.start]
                if loc.start >= figure_end and _FIGURE_THEN_PLACE_RE.fullmatch(between):
                    return loc.place_id
        before = [loc for loc in places if loc.end <= position]
        after = [
            loc
            for loc in places
            if loc.start >= position and not re.search(r"[.;,]", view.low[position : loc.start])
        ]
        nearest = before[-1] if before else None
        index = len(before) - 1
        # Walk back an address to what it locates: "Nunukan Tengah (Nunukan)", "Sumber Kembang
        # di Jember", "lokalisasi Bukit Kemuning, Kelurahan Anduonohu, Kecamatan Poasia".
        while nearest and index >= 1:
            previous = before[index - 1]
            gap = view.low[previous.end : nearest.start]
            if not re.fullmatch(r"\s*(?:\(|,|di|di kota|di kabupaten)?\s*", gap):
                break
            if not self.gazetteer.contains(nearest.place_id, previous.place_id):
                break
            nearest, index = previous, index - 1
        for loc in after:
            if nearest is None or (
                loc.place_id != nearest.place_id
                and self.gazetteer.contains(nearest.place_id, loc.place_id)
            ):
                return loc.place_id if nearest else (after[0].place_id)
        if nearest:
            return nearest.place_id
        return after[0].place_id if after else None

    def _about(self, view: SentenceView) -> list[Located]:
        """The places a sentence is about: not those that only name an office or a budget
        ("APBD Provinsi Lampung", "Dinas Sosial Kota X") around the place the text is about."""
        homes = _origin_spans(view.low)
        places = [loc for loc in view.places if not any(a <= loc.start < b for a, b in homes)]
        offices = [
            loc
            for loc in places
            if _OFFICE_BEFORE_RE.search(view.low[max(0, loc.start - 60) : loc.start])
        ]
        if not offices:
            return places
        inner = [self._fallback_place(view)]
        inner += [loc.place_id for loc in places if loc not in offices]
        return [
            loc
            for loc in places
            if loc not in offices
            or not any(
                pid != loc.place_id and self.gazetteer.contains(loc.place_id, pid) for pid in inner
            )
        ]

    def _reported_at(self, view: SentenceView, loc: Located) -> bool:
        """Whether a place is only where something was said: "…, di Surabaya, Kamis, mengatakan",
        or one named after the quote's attribution ('…," kata Mensos di Manokwari, Papua Barat')."""
        if not re.search(r"\bdi\s+$", view.low[max(0, loc.start - 4) : loc.start]):
            return False
        if lx.REPORTED_AT_RE.match(view.text[loc.end : loc.end + 40]):
            return True
        said = list(lx.ATTRIBUTION_RE.finditer(view.low, 0, loc.start))
        return bool(said) and '"' in view.low[: said[-1].start() + 2]

    def _money(self, view: SentenceView) -> list[Amount]:
        money = []
        for amount in view.amounts:
            if amount.value is None:
                continue
            after = view.low[amount.end : amount.end + 12]
            if (
                amount.money
                or re.match(r"\s*rupiah\b", after)
                or (
                    re.search(r"\b(?:juta|ribu|miliar)\b", amount.text.lower())
                    and amount.value >= 10_000
                    and not re.match(rf"\s*(?:{lx.PEOPLE_UNIT}|{lx.WORKER_LOOSE})\b", after)
                    and lx.AID_WORD_RE.search(view.low)
                )
            ):
                money.append(amount)
        return money

    def _is_year(self, amount: Amount, view: SentenceView) -> bool:
        if amount.value is None or not (1900 <= amount.value <= 2100) or amount.money:
            return False
        return any(d.start <= amount.start < d.end for d in view.dates) or bool(
            re.fullmatch(r"\d{4}", amount.text)
        )

    def _in_date(self, amount: Amount, view: SentenceView) -> bool:
        return any(d.start <= amount.start < d.end for d in view.dates)

    def _organisations(self, text: str) -> list[tuple[int, str]]:
        low = _lower(text)
        found: list[tuple[int, int, str]] = []
        for pattern, display in lx.ORGANISATIONS:
            for match in pattern.finditer(low):
                name = display
                if (
                    display.startswith(("Pemerintah ", "Dinas", "Gubernur", "Bupati", "Wali Kota"))
                    and display != "Pemerintah Pusat"
                ):
                    region = next(
                        (m for m in self.gazetteer.find(text[match.end() : match.end() + 50])), None
                    )
                    if region and region.start <= 12:
                        region_name = self.gazetteer.name(self._choose(region.place_ids))
                        name = f"{display} {_short_region(region_name, display)}"
                    elif own := self._own_region(display):
                        # "Pemkot menargetkan …" in an article about Kota Tegal.
                        name = f"{display} {_short_region(self.gazetteer.name(own), display)}"
                if all(match.start() >= e or match.end() <= s for s, e, _ in found):
                    found.append((match.start(), match.end(), name))
        for match in lx.COMPANY_RE.finditer(text):
            name = " ".join(match.group(0).replace("PT.", "PT").split())
            if all(match.start() >= e or match.end() <= s for s, e, _ in found):
                found.append((match.start(), match.end(), name))
        return [(start, name) for start, _, name in sorted(found)]

    def _usable_dates(self, view: SentenceView) -> list[DateMention]:
        """Dates a statement is about, not the day it was said ("…," kata X, Senin (22/2))."""
        usable = []
        for mention in view.dates:
            said = "(" in view.text[mention.start : mention.end] and mention.weekday is not None
            before = view.text[max(0, mention.start - 80) : mention.start]
            if said and (
                lx.ATTRIBUTION_RE.search(before)
                or re.search(
                    r"\b(?:disua|ditemui|dikonfirmasi|pada rapat|saat rapat)\b", before, re.I
                )
            ):
                continue
            usable.append(mention)
        return usable

    # ----------------------------------------------------------------- the extractors

    def run(self) -> Extraction:
        """Extract every fact, sentence by sentence, each rule guarded (see `_guarded`)."""
        for view in self.views:
            for rule in RULES:
                self._guarded(rule, view, lambda rule=rule, view=view: getattr(self, rule)(view))
        return Extraction(
            facts=self.facts,
            places=list(self.new_places.values()),
            aliases=list(self.new_aliases.values()),
            failures=self.failures,
        )

    def _sites(self, view: SentenceView) -> None:
        for loc in view.places:
            place = self.gazetteer.places.get(loc.place_id)
            if not place or place.level != "lokalisasi":
                continue
            self.last_site = place.id
            address = [
                other.text
                for other in view.places
                if other.start > loc.end
                and other.start - loc.end < 80
                and place.parent_id
                and self.gazetteer.contains(other.place_id, place.parent_id)
            ]
            self._emit(
                self._fact(
                    view,
                    "site",
                    name=place.name,
                    place_id=place.id,
                    detail=", ".join(address) or None,
                )
            )
        superlative = lx.SUPERLATIVE_RE.search(view.low)
        if superlative and _points_at_site(view.text) and self.last_site:
            place = self.gazetteer.places[self.last_site]
            self._emit(
                self._fact(
                    view,
                    "site",
                    name=place.name,
                    place_id=place.id,
                    superlative=_superlative(superlative.group(1)),
                )
            )

    def _people(self, view: SentenceView) -> None:
        text = view.text
        for match in lx.ROLE_RE.finditer(text):
            match.group(0)
            tokens = list(re.finditer(r"\([^()]{1,40}\)|[\w'.-]+|,", text[match.end() :]))
            qualifier_end = match.end()
            name_tokens: list[str] = []
            state = "qualifier"
            for token in tokens:
                word = token.group(0)
                absolute_start = match.end() + token.start()
                absolute_end = match.end() + token.end()
                in_place = any(loc.start <= absolute_start < loc.end for loc in view.places)
                bare = word.lower().strip(".")
                if state == "qualifier":
                    # "Bupati Musi Banyuasin (Muba) Drs. H. Bambang …": the bracket is the office's.
                    if word.startswith("(") or word == "," or in_place or bare in lx.OFFICE_WORDS:
                        if word != ",":
                            qualifier_end = absolute_end
                        continue
                    state = "name"
                if state == "name":
                    if _is_title_of_person(word) and not name_tokens:
                        continue
                    if _is_title_of_person(word) or bare in lx.NOT_NAMES:
                        break  # "…, M.Si", "Senin (10/12)": the name has ended
                    if word[:1].isupper() and not in_place and bare not in lx.OFFICE_WORDS:
                        name_tokens.append(word.strip("."))
                        if len(name_tokens) == 4:
                            break
                        continue
                    break
            if not name_tokens:
                continue
            qualifier = text[match.start() : qualifier_end].strip(" ,")
            self._person(view, " ".join(name_tokens), qualifier, match.start(), qualifier_end)
        # "Armin Mustafa, Kepala Dinsosnakertrans Kalimantan Utara"
        for match in re.finditer(
            rf"((?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD}),\s+({lx.ROLE})\b", text
        ):
            name_words = [
                w
                for w in match.group(1).split()
                if w.lower() not in lx.OFFICE_WORDS and w.lower() not in lx.SPEECH_VERBS
            ]
            if not name_words or any(loc.start <= match.start(1) < loc.end for loc in view.places):
                continue
            role_start = match.start(2)
            rest = text[role_start:]
            qualifier_end = role_start + len(match.group(2))
            for loc in view.places:
                if loc.start >= qualifier_end and loc.start - qualifier_end <= 2:
                    qualifier_end = loc.end
            # Extend over office words: "Kepala Dinsosnakertrans Kalimantan Utara".
            tail = re.match(r"[\w ]*", rest[len(match.group(2)) :])
            if tail:
                for word in re.finditer(r"\w+", tail.group(0)):
                    absolute = qualifier_end
                    if word.group(0).lower() in lx.OFFICE_WORDS or any(
                        loc.start <= role_start + len(match.group(2)) + word.start() < loc.end
                        for loc in view.places
                    ):
                        qualifier_end = max(absolute, role_start + len(match.group(2)) + word.end())
                    else:
                        break
            qualifier = text[role_start:qualifier_end].strip(" ,")
            self._person(view, " ".join(name_words), qualifier, role_start, qualifier_end)

    def _person(self, view: SentenceView, name: str, role: str, start: int, end: int) -> None:
        if name.split()[0].lower() in lx.SPEECH_VERBS or self.gazetteer.lookup(name):
            return
        places = [loc.place_id for loc in view.places if start <= loc.start < end]
        national = re.match(r"(?:Menteri|Mensos|Dirjen|Direktur Jenderal)", role)
        place = (
            self._collapse(places)[0] if places else (INDONESIA if national else self.main_place)
        )
        for known in self.facts:
            same = known.kind == "person" and known.name and _same_person(known.name, name)
            if same and known.label == role:
                return
        self._emit(self._fact(view, "person", name=name, label=role, place_id=place))

    def _definitions(self, view: SentenceView) -> None:
        for match in re.finditer(r"\(([A-Za-z][A-Za-z-]{1,15})\)", view.text):
            short = match.group(1)
            capitals = sum(ch.isupper() for ch in short)
            if capitals < 2 and not (short[0].isupper() and len(short) >= 5):
                continue
            long_form = _expand_abbreviation(short, view.text[: match.start()].rstrip())
            if not long_form:
                continue
            if key(short) in key(long_form).split():
                continue  # "Nunukan Tengah (Nunukan)": the region it lies in, not a short form
            ids = self.gazetteer.lookup(long_form)
            if ids:
                # "Kalimantan Utara (Kaltara)": a region's short name, learnt as an alias.
                for pid in ids:
                    alias = Alias(alias=key(short), place_id=pid)
                    if pid not in self.gazetteer.lookup(short):
                        self.new_aliases[(alias.alias, pid)] = alias
                        self.gazetteer.add([], [alias])
            self._emit(self._fact(view, "definition", name=short, detail=long_form))

    def _lokalisasi_counts(self, view: SentenceView) -> list[tuple[Amount, bool]]:
        """'22 lokalisasi', 'tiga tempat lokalisasi': (amount, whether it points back: 'itu')."""
        counts = []
        for amount in view.amounts:
            if amount.value is None or amount.money or self._in_date(amount, view):
                continue  # "akhir tahun 2019 lokalisasi sudah harus dibubarkan": a year
            after = view.low[amount.end :]
            if _LOK_COUNT_RE.match(after):
                # "dari total 168 lokalisasi …, sudah 149 yang ditutup": 168 is the whole the
                # closures are part of, spoken of as known already.
                whole = bool(_PART_OF_RE.search(view.low[max(0, amount.start - 12) : amount.start]))
                counts.append((amount, whole or bool(_ANAPHOR_AFTER_RE.match(after))))
        return counts

    def _live_triggers(self, view: SentenceView) -> list[re.Match[str]]:
        triggers = []
        for match in lx.CLOSURE_RE.finditer(view.low):
            if match.group(0).startswith("merealisasikan"):
                continue
            original = view.text[match.start() : match.end()]
            if original[:1].isupper() and match.start() > 0:
                continue  # "Rapat Koordinasi Penutupan Lokalisasi": the name of a meeting
            if lx.CLOSURE_ASIDE_RE.search(view.low[: match.start()]):
                continue
            triggers.append(match)
        return triggers

    def _status(
        self, view: SentenceView, when: dt.date | None, trigger: re.Match[str] | None = None
    ) -> str | None:
        """done, planned or pending, from the words around the closure (or the whole clause).

        "Pemprov Lampung sudah mengajukan usulan bantuan … untuk penutupan" has a "sudah", but
        not for the closure: only the words near the closing verb count.
        """
        low = view.low
        if trigger is not None:
            start = max(0, trigger.start() - STATUS_WINDOW_BEFORE)
            low = " " * start + low[start : trigger.end() + STATUS_WINDOW_AFTER]
        if lx.POSTPONED_RE.search(low) or lx.PENDING_RE.search(low):
            return "pending" if lx.PENDING_RE.search(low) else "planned"
        if lx.FUTURE_RE.search(low):
            return "planned"
        if lx.DONE_RE.search(low):
            return "done"
        if when and self.published:
            return "done" if when <= self.published else "planned"
        return None

    def _closure_dates(
        self, view: SentenceView, trigger: re.Match[str] | None
    ) -> list[DateMention]:
        """The dates a closure clause gives for the closure itself, the likeliest first."""
        dates = []
        for mention in self._usable_dates(view):
            before = view.low[: mention.start]
            after_trigger = trigger is not None and mention.start >= trigger.end()
            if re.search(r"\bsejak\s+$", before) and not after_trigger:
                continue  # "sejak 2010 … sudah menutup 47 lokalisasi": a span, not a day
            if mention.precision == "year" and not (
                lx.FUTURE_RE.search(view.low)
                or (after_trigger and mention.start - trigger.end() < ATTACHED_DATE_CHARS)
                or re.search(r"\b(?:pada|sejak|tahun)\s+$", before)
            ):
                continue
            if re.match(r"\s*(?:batal|ditunda|diundur|tertunda)", view.low[mention.end :]):
                continue  # "pada akhir Desember 2018 batal terlaksana": the date that fell
            dates.append(mention)
        if lx.POSTPONED_RE.search(view.low):
            # "ditunda hingga Juni 2019": the new date.
            dates.sort(key=lambda d: not lx.NEW_DATE_RE.search(view.low[: d.start]))
        return dates

    def _closures(self, view: SentenceView) -> None:
        triggers = self._live_triggers(view)
        previous = self._previous(view)
        continues = (
            previous is not None
            and previous.id in self.closure_sentences
            and previous.paragraph == view.paragraph
        )
        if not triggers:
            counts = self._lokalisasi_counts(view)
            if not continues:
                self._lokalisasi_inventory(view, counts)
                return
            shaped = (
                lx.PENDING_RE.search(view.low)
                or re.search(r"\bmerealisasikan", view.low)
                or _BREAKDOWN_RE.search(view.low)
                or counts
                or (lx.FUTURE_RE.search(view.low) and view.places)
            )
            if shaped:
                self.closure_sentences.add(view.id)
                self._closure_clause(view, [])
            return
        self.closure_sentences.add(view.id)
        # One closure per clause: "… sudah menutup 47 lokalisasi …, termasuk Dolly di Surabaya
        # yang ditutup pada 18 Juni 2014" states two, each with its own number, place and date.
        starts = [0]
        for before, after in itertools.pairwise(triggers):
            gap = _CLAUSE_BREAK_RE.search(view.low, before.end(), after.start())
            starts.append(gap.start() if gap else after.start())
        ends = [*starts[1:], len(view.text)]
        for trigger, start, end in zip(triggers, starts, ends, strict=True):
            tail = lx.REASON_TAIL_RE.search(view.low, trigger.end(), end)
            self._closure_clause(_clause(view, start, tail.start() if tail else end), [trigger])

    def _closure_clause(self, view: SentenceView, triggers: list[re.Match[str]]) -> None:
        """The closure one clause states (the whole sentence when it has no trigger of its own)."""
        counts = self._lokalisasi_counts(view)
        trigger = triggers[0] if triggers else None
        dates = self._closure_dates(view, trigger)
        when = dates[0] if dates else None
        status = self._status(view, when.value if when else None, trigger)
        fresh_counts = [amount for amount, anaphoric in counts if not anaphoric]
        about = self._about(view)
        places = self._collapse([loc.place_id for loc in about])

        numbers = [a for a in view.amounts if a.value is not None and not a.money]
        breakdown = _BREAKDOWN_RE.search(view.low) and not triggers and numbers
        if breakdown and len(places) > 1:
            # "Dua diantaranya di Kota Tarakan, satu tempat di Kabupaten Nunukan."
            for amount, place in self._per_place(view):
                self._emit(self._closure_fact(view, place, amount, None, status or "planned"))
            return

        if fresh_counts:
            amount = fresh_counts[0]
            place = self._place_near(view, amount.start, amount.end) or self._fallback_place(view)
            remaining = lx.REMAINING_RE.search(view.low[max(0, amount.start - 25) : amount.start])
            if remaining and status in (None, "done", "pending"):
                # "dengan ditutupnya Kembang Sari masih tersisa lima lokalisasi di Kalsel": five
                # are still open, not closed.
                self._inventory_fact(view, amount, place, qualifier="sisa")
                return
            if when is None and status == "planned":
                when = self._paragraph_target(view)
            self._emit(self._closure_fact(view, place, amount, when, status or "done", triggers))
            return
        if counts:
            return  # "Dari 22 lokalisasi itu": the closure was stated already
        if places and (status or when):
            for loc in about:
                if loc.place_id not in places:
                    continue
                place_status = status or "done"
                if lx.FOLLOWS_RE.search(view.low[: loc.start]):
                    place_status = "planned"
                self._emit(
                    self._closure_fact(view, loc.place_id, None, when, place_status, triggers)
                )
                places.remove(loc.place_id)
            return
        if when is not None:
            self._emit(
                self._closure_fact(
                    view, self._fallback_place(view), None, when, status or "done", triggers
                )
            )

    def _paragraph_target(self, view: SentenceView) -> DateMention | None:
        """A planned closure's deadline left to the target stated just before it."""
        if not lx.TARGET_RE.search(view.low):
            return None
        for fact in reversed(self.facts):
            if fact.kind == "target" and self._paragraph_of(fact.sentence_id) == view.paragraph:
                year = fact.number or 0
                return DateMention(f"tahun {year}", 0, 0, dt.date(year, 12, 31), "year")
        return None

    def _closure_fact(
        self,
        view: SentenceView,
        place: str,
        amount: Amount | None,
        when: DateMention | None,
        status: str,
        triggers: list[re.Match[str]] | None = None,
    ) -> Fact:
        agent = None
        if triggers:
            agent = self._closure_agent(view, triggers[0])
        return self._fact(
            view,
            "closure",
            place_id=place,
            number=amount.value if amount else None,
            number_text=amount.text if amount else None,
            approximate=bool(amount and (amount.approximate or "sedikitnya" in view.low)),
            when=when.value if when else None,
            when_text=_when_text(when) if when else None,
            status=status,
            agent=agent,
            qualifier="sisa"
            if amount and lx.REMAINING_RE.search(view.low) and status == "planned"
            else ("ditunda" if lx.POSTPONED_RE.search(view.low) else None),
        )

    def _closure_agent(self, view: SentenceView, trigger: re.Match[str]) -> str | None:
        """Who closes: the subject before an active 'menutup', or 'oleh X' after a passive."""
        word = trigger.group(0)
        if word.startswith("menutup"):
            subject = view.text[: trigger.start()]
            subject = re.split(r"[,;:]\s+(?=[a-z])|\"", subject)[-1]
            subject = re.sub(
                r"\s+(?:resmi|telah|sudah|akan|segera|berhasil|juga|pun)\s*$", "", subject.strip()
            )
            subject = re.sub(r"^(?:[A-Z]{3,}(?:\s[A-Z]+)*\s+-\s+)", "", subject)
            agent = lx.AGENT_WORDS_RE.search(subject)
            if agent:
                subject = subject[agent.start() :]  # "mengatakan sejak 2010 Pemprov Jatim …"
            if agent and 1 <= len(subject.split()) <= 16:
                return subject
        by = re.search(r"\boleh\s+([A-Z][^,.;]{2,80})", view.text[trigger.end() :])
        if by:
            return by.group(1).strip()
        return None

    def _per_place(self, view: SentenceView) -> list[tuple[Amount, str]]:
        """Numbers shared out over the places after them: 'Dua … di Kota Parepare, sedangkan
        masing-masing satu di Kabupaten Bone dan Kabupaten Jeneponto'."""
        amounts = [
            a
            for a in view.amounts
            if a.value is not None
            and not a.money
            and not self._is_year(a, view)
            and not any(loc.start <= a.start < loc.end for loc in view.places)  # "km 12"
        ]
        if len(amounts) < 2:
            return []
        pairs: list[tuple[Amount, str]] = []
        for index, amount in enumerate(amounts):
            end = amounts[index + 1].start if index + 1 < len(amounts) else len(view.text)
            places = [loc.place_id for loc in view.places if amount.end <= loc.start < end]
            if not places:
                continue
            each = re.search(r"masing-masing\s*$", view.low[: amount.start])
            for place in places if each else places[:1]:
                pairs.append((amount, place))
        return pairs

    def _lokalisasi_inventory(self, view: SentenceView, counts: list[tuple[Amount, bool]]) -> None:
        """'tiga lokalisasi yang ada di Kabupaten Kotawaringin Timur': how many there are."""
        fresh = [amount for amount, anaphoric in counts if not anaphoric]
        if not fresh:
            return
        context = view.low[: fresh[0].start] + view.low[fresh[0].end : fresh[0].end + 60]
        if not re.search(r"\b(?:yang ada|ada|terdapat|tersebar|berada|yaitu|yakni)\b", context):
            return
        shared = self._per_place(view)
        if len({place for _, place in shared}) > 1:
            for amount, place in shared:
                self._inventory_fact(view, amount, place)
            return
        amount = fresh[0]
        places = self._collapse([loc.place_id for loc in view.places if loc.start > amount.start])
        if len(places) > 1:
            common = self.gazetteer.common_ancestor(places)
            place = common if common and common != INDONESIA else places[0]
        elif places:
            place = places[0]
        else:
            place = self._fallback_place(view)
        self._inventory_fact(view, amount, place)

    def _inventory_fact(
        self, view: SentenceView, amount: Amount, place: str, qualifier: str | None = None
    ) -> None:
        if qualifier is None and lx.REMAINING_RE.search(
            view.low[max(0, amount.start - 25) : amount.start]
        ):
            qualifier = "sisa"
        self._emit(
            self._fact(
                view,
                "count",
                place_id=place,
                number=amount.value,
                number_text=amount.text,
                unit="lokalisasi",
                approximate=amount.approximate,
                qualifier=qualifier,
            )
        )

    def _site_before(self, view: SentenceView, position: int) -> bool:
        """Whether a lokalisasi is named in the clause before `position`."""
        clause_start = max(view.low.rfind(". ", 0, position), view.low.rfind("; ", 0, position))
        return any(
            clause_start <= loc.start < position
            and self.gazetteer.places.get(loc.place_id)
            and self.gazetteer.places[loc.place_id].level == "lokalisasi"
            for loc in view.places
        ) or bool(lx.LOKALISASI_RE.search(view.low, max(0, clause_start), position))

    def _worker_context(self, view: SentenceView) -> str | None:
        """The workers' name when this sentence or the one before it counts or names them."""
        previous = self._previous(view)
        for sentence in (view, previous):
            if sentence is None or sentence.paragraph not in (view.paragraph, view.paragraph - 1):
                continue
            if m := re.search(rf"\b({lx.WORKER})\b", sentence.low):
                return m.group(1)
        recent = self._recent_counts(view)
        return recent[-1].unit if recent else None

    def _counts(self, view: SentenceView) -> None:
        low = view.low
        worker_context = self._worker_context(view)
        lokalisasi_context = bool(lx.LOKALISASI_RE.search(low)) or any(
            f.kind in ("count", "closure") and self._paragraph_of(f.sentence_id) == view.paragraph
            for f in self.facts[-3:]
        )
        for amount in view.amounts:
            if amount.value is None or amount.money or self._in_date(amount, view):
                continue
            if self._is_year(amount, view):
                continue
            after = low[amount.end : amount.end + 50]
            before = low[max(0, amount.start - 70) : amount.start]
            unit = None
            total = False
            if m := re.match(rf"\s+(?:{lx.PEOPLE_UNIT}\s+)?({lx.WORKER})\b", after):
                unit = m.group(1)
            elif re.match(rf"\s+{lx.PEOPLE_UNIT}\b", after):
                pattern = (
                    rf"\b({lx.WORKER_LOOSE if lokalisasi_context else lx.WORKER})\b"
                    r"(?:\s+[\w-]+){0,3}?\s*(?:sebanyak|mencapai|berjumlah|sejumlah|tercatat"
                    r"|terdata|sekitar|hanya)?\s*$"
                )
                if m := re.search(pattern, before):
                    unit = m.group(1)
                elif re.search(
                    r"\b(?:dihuni|menghuni|dihuni oleh)\s+(?:sekitar\s+|sebanyak\s+)?$", before
                ):
                    unit = "penghuni"
                elif lx.TOTAL_RE.search(before[-20:]) and self._recent_counts(view):
                    unit = self._recent_counts(view)[-1].unit
                    total = True
                elif re.search(r"\(\s*$", before) and self._site_before(view, amount.start):
                    unit = worker_context or "PSK"  # "Kampung Sentosa … (45 orang)"
                elif worker_context and self._site_before(view, amount.start):
                    # "Paling banyak di lokalisasi Bukit Kemuning, …, dengan 131 orang": the
                    # workers were named in the sentence before.
                    unit = worker_context
            if unit is None:
                continue
            place = self._count_place(view, amount, total)
            superlative = lx.SUPERLATIVE_RE.search(low)
            self._emit(
                self._fact(
                    view,
                    "count",
                    place_id=place,
                    number=amount.value,
                    number_text=amount.text,
                    unit=_unit(unit),
                    approximate=amount.approximate,
                    total=total or bool(lx.TOTAL_RE.search(before[-30:])),
                    superlative=_superlative(superlative.group(1)) if superlative else None,
                    qualifier="sisa" if lx.REMAINING_RE.search(low[: amount.start]) else None,
                    label=_predicate(view, amount),
                )
            )

    def _closed_parts(self, view: SentenceView) -> None:
        """'Dari total 168 lokalisasi …, sudah 149 yang berhasil ditutup': 149 closed."""
        if not any(anaphoric for _, anaphoric in self._lokalisasi_counts(view)):
            return
        for match in _CLOSED_PART_RE.finditer(view.low):
            amount = next((a for a in view.amounts if a.start == match.start("n")), None)
            if amount is None or amount.value is None:
                continue
            place = self._place_near(view, amount.start, amount.end) or self._fallback_place(view)
            self._emit(self._closure_fact(view, place, amount, None, "done"))

    def _place_lists(self, view: SentenceView) -> None:
        """'Jawa Tengah 7, Lampung 4, … Bengkulu dan Banten masing-masing 1': a figure per place,
        counting what the sentence or the two before it count (lokalisasi left, closed …)."""
        pairs = self._listed_figures(view)
        if len(pairs) < 2:
            return
        context = [v for v in (self._previous(view), view) if v is not None]
        before = self._previous(context[0]) if len(context) == 2 else None
        if before is not None:
            context.insert(0, before)
        said = " ".join(v.low for v in context)
        if not lx.LOKALISASI_RE.search(said):
            return
        remaining = bool(re.search(r"\b(?:masih ada|tersisa|sisa|tinggal|belum ditutup)\b", said))
        closed = not remaining and bool(lx.CLOSURE_RE.search(said))
        # "18 lokalisasi … ditutup sepanjang 2018. … merinci: Sulawesi Selatan 4, …": the list
        # shares the period its lead-in names.
        period = next(
            (d for v in reversed(context) for d in self._usable_dates(v) if d.value), None
        )
        for amount, place in pairs:
            if remaining:
                self._inventory_fact(view, amount, place, qualifier="sisa")
            elif closed:
                self._emit(self._closure_fact(view, place, amount, period, "done"))
            else:
                self._inventory_fact(view, amount, place)

    def _listed_figures(self, view: SentenceView) -> list[tuple[Amount, str]]:
        """(figure, place) for each 'Place N' of a list, and places sharing 'masing-masing N'."""
        pairs: list[tuple[Amount, str]] = []
        pending: list[str] = []
        for loc in view.places:
            place = self.gazetteer.places.get(loc.place_id)
            if place is None or place.level not in ("provinsi", "kabupaten", "kota"):
                continue
            figure = next(
                (
                    a
                    for a in view.amounts
                    if a.value is not None
                    and not a.money
                    and a.start >= loc.end
                    and re.fullmatch(r"\s*(?:sebanyak\s+|ada\s+)?", view.low[loc.end : a.start])
                ),
                None,
            )
            if figure is not None and not self._is_year(figure, view):
                after = view.low[figure.end : figure.end + 12]
                if re.match(r"\s*(?:,|;|\.|$|dan\b|serta\b|lalu\b)", after):
                    pairs.append((figure, loc.place_id))
                    continue
            pending.append(loc.place_id)
            shared = re.match(
                r"[\s,]*(?:dan\s+|serta\s+)?(?:masing-masing|masing masing)\s+",
                view.low[loc.end : loc.end + 30],
            )
            if shared:
                figure = next((a for a in view.amounts if a.start > loc.end), None)
                if figure is not None and figure.value is not None:
                    pairs.extend((figure, pid) for pid in pending)
                pending = []
        return pairs

    def _other_counts(self, view: SentenceView) -> None:
        """Counts of what else the articles count: mucikari, wisma, KK, "35 titik" (lokalisasi).

        The counted thing stands right after the figure ("92 mucikari", "100 orang germo") or
        the figure closes a phrase that names it ("jumlah wisma mencapai 52").
        """
        low = view.low
        counted_before = self._counted_figures(view)
        for amount in view.amounts:
            if amount.value is None or amount.money or self._in_date(amount, view):
                continue
            if self._is_year(amount, view) or amount.start in counted_before:
                continue
            after = low[amount.end : amount.end + 40]
            before = low[max(0, amount.start - 50) : amount.start]
            unit = None
            for thing_unit, pattern, _ in lx.COUNTED_THINGS.values():
                if re.match(
                    rf"\s+(?:{lx.PEOPLE_UNIT}\s+|buah\s+|unit\s+)?{pattern.pattern}", after
                ):
                    unit = thing_unit
                    break
                if re.search(
                    rf"\b(?:jumlah|sebanyak|total)\s+{pattern.pattern}(?:\s+[\w-]+){{0,4}}?\s*"
                    r"(?:sebanyak|mencapai|berjumlah|sejumlah|ada|tercatat|hanya|sekitar)?\s*$",
                    before,
                ):
                    unit = thing_unit
                    break
            if unit is None:
                if re.match(r"\s+(?:titik|tempat|lokasi)\b", after) and self._about_lokalisasi(
                    view
                ):
                    # "Disusul Kutai Kartanegara sebanyak 35 titik": lokalisasi, named before.
                    self._inventory_fact(view, amount, self._count_place(view, amount, False))
                continue
            self._emit(
                self._fact(
                    view,
                    "count",
                    place_id=self._count_place(view, amount, False),
                    number=amount.value,
                    number_text=amount.text,
                    unit=unit,
                    approximate=amount.approximate,
                    total=bool(lx.TOTAL_RE.search(before[-30:])),
                    qualifier="sisa" if lx.REMAINING_RE.search(before[-25:]) else None,
                    label=_predicate(view, amount),
                )
            )

    def _about_lokalisasi(self, view: SentenceView) -> bool:
        """Whether this sentence or the one before it in its paragraph names lokalisasi."""
        previous = self._previous(view)
        return any(
            sentence is not None
            and sentence.paragraph == view.paragraph
            and lx.LOKALISASI_RE.search(sentence.low)
            for sentence in (view, previous)
        )

    def _counted_figures(self, view: SentenceView) -> set[int]:
        """Where this sentence's figures already counted something (by their start offset)."""
        numbers = {
            f.number_text
            for f in self.facts
            if f.sentence_id == view.id and f.kind in ("count", "closure") and f.number is not None
        }
        return {a.start for a in view.amounts if a.text in numbers}

    def _recent_counts(self, view: SentenceView) -> list[Fact]:
        """The run of worker counts in the sentences just before this one."""
        run: list[Fact] = []
        for fact in reversed(self.facts):
            if fact.kind != "count" or fact.unit == "lokalisasi":
                continue
            if view.id - fact.sentence_id > 3:
                break
            run.insert(0, fact)
        return run

    def _count_place(self, view: SentenceView, amount: Amount, total: bool) -> str:
        if total and not view.places:
            run = self._recent_counts(view)
            common = self.gazetteer.common_ancestor(f.place_id for f in run if f.place_id)
            if common:
                return common
        place = self._place_near(view, amount.start, amount.end)
        if (
            self.last_site
            and _points_at_site(view.text)
            and (place is None or self.gazetteer.contains(place, self.last_site))
        ):
            return self.last_site  # "… menghuni lokalisasi tersebut"
        if place:
            return place
        # "Dari 22 lokalisasi itu, sebanyak 1.315 PSK": the place of the 22 lokalisasi.
        for other, anaphoric in self._lokalisasi_counts(view):
            if anaphoric:
                for fact in reversed(self.facts):
                    if fact.kind == "closure" and fact.number == other.value and fact.place_id:
                        return fact.place_id
        return self._fallback_place(view)

    def _targets(self, view: SentenceView) -> None:
        free = lx.FREE_OF_RE.search(view.low)
        if not free:
            return
        years = [
            d
            for d in view.dates
            if d.precision == "year" or (d.precision in ("month", "day") and "(" not in d.text)
        ]
        years = [d for d in years if "(" not in view.text[d.start : d.end]]
        # "Muba sudah bebas lokalisasi", "Bengkulu sudah mendeklarasikan diri bebas lokalisasi
        # sejak 2017": reached, not aimed at.
        achieved = lx.ACHIEVED_RE.search(view.low[: free.end()]) and not lx.FUTURE_RE.search(
            view.low[max(0, free.start() - 40) : free.start()]
        )
        if not years and not achieved:
            return
        anchor = free.start()
        year = min(years, key=lambda d: abs(d.start - anchor)) if years else None
        inside = [loc for loc in view.places if free.start() <= loc.start < free.end()]
        if inside:
            place = inside[0].place_id
        elif view.places:
            place = min(view.places, key=lambda loc: abs(loc.start - anchor)).place_id
            place = self._collapse([place])[0]
        else:
            place = self._fallback_place(view)
        place = self._region_of(place)
        # Who set the target: the organisation named last before "bebas lokalisasi"; the first in
        # the sentence may be someone only meeting it ("Pemprov Kaltara … guna memenuhi target
        # Pemerintah Pusat melalui Kementerian Sosial untuk membebaskan Indonesia …").
        organisations = [o for o in self._organisations(view.text) if o[0] < free.start()][-1:]
        organisations = organisations or self._organisations(view.text)
        self._emit(
            self._fact(
                view,
                "target",
                place_id=place,
                number=year.value.year if year else None,
                number_text=year.text if year else None,
                when=dt.date(year.value.year, 12, 31) if year else None,
                when_text=_when_text(year) if year else None,
                label="bebas lokalisasi",
                status="done" if achieved else "planned",
                agent=organisations[0][1] if organisations else None,
            )
        )

    def _aid(self, view: SentenceView) -> None:
        low = view.low
        money = self._money(view)
        organisations = self._organisations(view.text)
        recipient = lx.RECIPIENT_RE.search(low)
        per_person = bool(lx.PER_PERSON_RE.search(low))
        place_of_sentence = self._collapse([loc.place_id for loc in self._about(view)])
        kinds_in_sentence = [
            (match.start(), label)
            for label, pattern in lx.AID_KINDS
            for match in pattern.finditer(low)
        ]
        claimed: set[str] = set()
        previous_end = 0
        for index, amount in enumerate(money):
            next_start = money[index + 1].start if index + 1 < len(money) else len(low)
            before = [
                (pos, label)
                for pos, label in kinds_in_sentence
                if previous_end <= pos < amount.start
            ]
            after_text = low[amount.end : next_start]
            after_text = re.split(r"[,;]|\bdan\b|\bserta\b", after_text)[0]
            after = [
                (pos, label)
                for pos, label in kinds_in_sentence
                if amount.end <= pos < amount.end + len(after_text)
            ]
            label = None
            if before and amount.start - before[-1][0] < 60:
                label = before[-1][1]
            elif after:
                label = after[0][1]
            elif before:
                label = before[-1][1]
            if label is None or label in claimed:
                # "Saat pemulangan …, diberi bantuan Rp250 ribu, jatah hidup …": a kind named
                # earlier in the sentence and not taken by another amount.
                unclaimed = [
                    lab
                    for pos, lab in kinds_in_sentence
                    if lab not in claimed and lab != label and pos < amount.start
                ]
                label = unclaimed[0] if unclaimed and len(money) > 1 else (label or "bantuan")
            claimed.add(label)
            giver = self._giver(view, amount, organisations)
            place = self._aid_place(view, place_of_sentence)
            # The funding named with this amount, not with the next one.
            funding = lx.FUNDING_RE.search(low, previous_end, next_start)
            if (
                funding
                and funding.start() > amount.end
                and not re.match(
                    r"\s*(?:yang\s+)?(?:bersumber\s+)?dari\s+", low[amount.end : funding.start()]
                )
            ):
                funding = None
            if (
                funding
                and giver
                and re.match(r"\s*dari\s+$", low[funding.start() - 6 : funding.start()])
            ):
                giver = None  # "… Rp 750 ribu dari APBD Provinsi Lampung": money, not a giver
            family = lx.PER_FAMILY_RE.search(low, amount.end, next_start)
            who = self._recipient_of(view, amount)
            if family:
                who = "warga (per kepala keluarga)"
            self._emit(
                self._fact(
                    view,
                    "aid",
                    place_id=place,
                    number=amount.value,
                    number_text=amount.text,
                    approximate=amount.approximate,
                    label=label,
                    agent=giver,
                    detail=_funding_text(view.text, funding) if funding else None,
                    recipient=who,
                    per_person=per_person and label != "anggaran" and not family,
                )
            )
            previous_end = amount.end
        if money:
            self._link_breakdown(view, money)
            return
        funding = lx.FUNDING_RE.search(low)
        if funding and lx.FUNDING_VERB_RE.search(low):
            source = _funding_text(view.text, funding)
            self._emit(
                self._fact(
                    view,
                    "aid",
                    place_id=self._aid_place(view, place_of_sentence),
                    label="pendanaan",
                    agent=organisations[0][1] if organisations else None,
                    detail=source,
                    recipient=_recipient(recipient.group(1)) if recipient else None,
                )
            )
            return
        if borne := _BORNE_RE.search(low):
            # "Biaya pemulangan ditanggung Pemkab Batang": a cost a giver bears, not cash.
            bearer = [name for start, name in organisations if start >= borne.end() - 1]
            if bearer:
                kinds = [lab for pos, lab in kinds_in_sentence if pos < borne.end()]
                self._emit(
                    self._fact(
                        view,
                        "aid",
                        place_id=self._aid_place(view, place_of_sentence),
                        label=kinds[-1] if kinds else "biaya",
                        agent=bearer[0],
                        detail="ditanggung",
                        recipient=_recipient(recipient.group(1)) if recipient else None,
                    )
                )
                return
        giving = re.search(
            r"\b(?:diberi|diberikan|memberikan|mendapat|mendapatkan|menerima|berupa|bantuan)\b", low
        )
        previous = self._previous(view)
        follows_aid = previous is not None and any(
            f.kind == "aid" and f.sentence_id == previous.id for f in self.facts
        )
        about_workers = (
            recipient
            or lx.LOKALISASI_RE.search(low)
            or re.search(r"\b(?:mereka|seluruhnya)\b", low)
            or follows_aid
        )
        if giving and kinds_in_sentence and about_workers:
            for _, label in kinds_in_sentence:
                self._emit(
                    self._fact(
                        view,
                        "aid",
                        place_id=self._aid_place(view, place_of_sentence),
                        label=label,
                        agent=organisations[0][1] if organisations else None,
                        recipient=_recipient(recipient.group(1)) if recipient else None,
                    )
                )

    def _own_region(self, display: str) -> str | None:
        """The article's own province, regency or city, for 'Pemprov', 'Pemkab' or 'Pemkot'."""
        wanted = {
            "Pemerintah Provinsi": ("provinsi",),
            "Pemerintah Kabupaten": ("kabupaten",),
            "Pemerintah Kota": ("kota",),
        }.get(display)
        if not wanted:
            return None
        for pid in self.gazetteer.lineage(getattr(self, "main_place", INDONESIA)):
            place = self.gazetteer.places.get(pid)
            if place and place.level in wanted:
                return pid
        return None

    def _region_of(self, place_id: str) -> str:
        """The regency, city, province or country a place lies in (itself if it is one)."""
        for pid in self.gazetteer.lineage(place_id):
            place = self.gazetteer.places.get(pid)
            if place and place.level in ("negara", "provinsi", "kabupaten", "kota"):
                return pid
        return place_id

    def _recipient_of(self, view: SentenceView, amount: Amount) -> str | None:
        """Who an amount is for: the people named nearest before it in the sentence."""
        before = [m for m in lx.RECIPIENT_RE.finditer(view.low, 0, amount.start)]
        if before:
            return _recipient(before[-1].group(1))
        after = lx.RECIPIENT_RE.search(view.low, amount.end)
        return _recipient(after.group(1)) if after else None

    def _link_breakdown(self, view: SentenceView, money: list[Amount]) -> None:
        """'Rp 5.050.000. Bantuan itu terdiri dari UEP Rp 3 juta, …': the first is the total.

        The parts are then not added to it again, and they come from its giver.
        """
        if not lx.BREAKDOWN_OF_RE.search(view.low) or len(money) < 2:
            return
        previous = self._previous(view)
        whole = [
            f
            for f in self.facts
            if f.kind == "aid"
            and f.number
            and previous is not None
            and f.sentence_id == previous.id
            and f.number >= sum(a.value or 0 for a in money) * 0.9
        ]
        if not whole:
            return
        total = whole[-1]
        index = self.facts.index(total)
        self.facts[index] = total.model_copy(update={"label": "total bantuan"})
        for position, fact in enumerate(self.facts):
            if fact.kind == "aid" and fact.sentence_id == view.id and not fact.agent:
                self.facts[position] = fact.model_copy(update={"agent": total.agent})

    def _aid_place(self, view: SentenceView, places: list[str]) -> str:
        if places:
            return places[0]
        return self._fallback_place(view)

    def _giver(
        self, view: SentenceView, amount: Amount, organisations: list[tuple[int, str]]
    ) -> str | None:
        """'… Rp3 juta dari Pemerintah Kabupaten X' gives X for every amount listed before it."""
        low = view.low
        attribution = lx.ATTRIBUTION_RE.search(view.text, amount.end)
        if attribution:
            organisations = [(p, n) for p, n in organisations if p < attribution.start()]
        for match in re.finditer(r"\b(?:dari|oleh)\s+", low):
            if match.start() < amount.end:
                continue
            for position, name in organisations:
                if 0 <= position - match.end() <= 2:
                    return name
            break
        before = [name for position, name in organisations if position < amount.start]
        if before:
            return before[-1]
        return organisations[0][1] if organisations else None

    def _reasons(self, view: SentenceView) -> None:
        low = view.low
        previous = self._previous(view)
        about = lx.LOKALISASI_RE.search(low) or self._live_triggers(view)
        if not about and previous and previous.paragraph == view.paragraph:
            # '"Indramayu harus bersih dari praktik prostitusi. Kami tidak mau ada lagi
            # perdagangan orang …"': the reason comes a sentence after the subject.
            about = lx.LOKALISASI_RE.search(previous.low)
        if not about:
            return
        for label, pattern in lx.REASON_CUES:
            if pattern.search(low):
                places = self._collapse([loc.place_id for loc in view.places])
                self._emit(
                    self._fact(
                        view,
                        "reason",
                        label=label,
                        place_id=places[0] if places else self._fallback_place(view),
                    )
                )
                return


RULES = (
    "_sites",
    "_people",
    "_definitions",
    "_closures",
    "_counts",
    "_other_counts",
    "_place_lists",
    "_closed_parts",
    "_targets",
    "_aid",
    "_reasons",
)
"""The extractors, in the order they read each sentence (later ones use earlier ones' facts)."""

STATUS_WINDOW_BEFORE = 100
STATUS_WINDOW_AFTER = 30
"""How far from the closing verb a "sudah", "akan" or "belum" still speaks of the closure."""
ATTACHED_DATE_CHARS = 40
"""A bare year this close after "ditutup" dates the closure ("menutup … Way Sabuk Indah tahun
lalu")."""
_FIGURE_THEN_PLACE_RE = re.compile(
    r"\s*(?:titik\s+|tempat\s+|buah\s+)?(?:lokalisasi|psk|pekerja seks(?: komersial)?|orang)?"
    r"\s*(?:lagi\s+)?(?:yang\s+(?:ada|masih ada|tersisa|beroperasi)\s+)?(?:di|berada di|ada di)\s+"
)
_LIST_MARKER_RE = re.compile(r"\b(?:yakni|yaitu|antara lain|di antaranya|diantaranya)\s+")
_CLAUSE_BREAK_RE = re.compile(r"[,;]|\b(?:dan|serta|sedangkan|termasuk|sementara)\b")


def _clause(view: SentenceView, start: int, end: int) -> SentenceView:
    """The part [start, end) of a sentence, with the sentence's offsets and quote kept."""
    low = " " * start + view.low[start:end] + " " * (len(view.low) - end)
    clause = SentenceView(view.id, view.paragraph, view.text, low, position=view.position)
    clause.places = [loc for loc in view.places if start <= loc.start < end]
    clause.amounts = [a for a in view.amounts if start <= a.start < end]
    clause.dates = [d for d in view.dates if start <= d.start < end]
    return clause


def _funding_text(text: str, match: re.Match[str]) -> str:
    """'APBD Kota Tegal' or 'APBN (Anggaran Pendapatan dan Belanja Negara)' as written."""
    source = text[match.start() : match.end()]
    tail = re.match(r"(?:\s+(?:Kota|Kabupaten|Provinsi)?\s*[A-Z][\w-]*){0,2}", text[match.end() :])
    if tail and source.split()[0].isupper():
        source += tail.group(0)
    abbreviation = re.match(r"\s*\(([A-Z]{3,})\)", text[match.end() :])
    if abbreviation:
        source = f"{abbreviation.group(1)} ({source})"
    return source.strip()


def _is_title_of_person(word: str) -> bool:
    """'Drs.', 'H.', 'Hj', 'M.Si', 'SH', 'S.Sos': honorifics and degrees around a name."""
    bare = word.lower().strip(".,")
    return bare in lx.HONORIFICS or bool(lx.DEGREE_RE.fullmatch(word.strip(",")))


def _superlative(word: str) -> str:
    """'paling banyak' -> 'terbanyak', 'paling besar' -> 'terbesar'."""
    return {"paling banyak": "terbanyak", "paling besar": "terbesar"}.get(word, word)


def _identity(fact: Fact) -> tuple[object, ...]:
    """What makes two facts of one article the same statement, whichever sentence said it."""
    return (
        fact.kind,
        fact.place_id,
        fact.number,
        fact.label,
        fact.name,
        fact.status,
        fact.when,
        fact.unit,
        fact.total,
        fact.superlative,
        fact.qualifier,
        fact.detail if fact.kind in ("definition", "aid") else None,
    )


def _short_region(region_name: str, display: str) -> str:
    """'Pemerintah Kabupaten' + 'Kabupaten Kotawaringin Timur' -> 'Kotawaringin Timur'."""
    for prefix in ("Kabupaten ", "Kota Administrasi ", "Kota ", "Provinsi "):
        if region_name.startswith(prefix) and prefix.strip() in display:
            return region_name[len(prefix) :]
    return region_name


def _same_person(a: str, b: str) -> bool:
    a_words, b_words = set(a.lower().split()), set(b.lower().split())
    return bool(a_words & b_words)


def _unit(text: str) -> str:
    text = text.strip()
    if text in ("psk", "wts"):
        return text.upper()
    if text.startswith("pekerja seks"):
        return "pekerja seks"
    return text


def _predicate(view: SentenceView, amount: Amount) -> str | None:
    """What was done to the people a figure counts: dipulangkan, terdata, menerima …"""
    start = max(view.low.rfind(",", 0, amount.start), view.low.rfind(";", 0, amount.start), 0)
    end = min(
        (i for i in (view.low.find(",", amount.end), view.low.find(";", amount.end)) if i != -1),
        default=len(view.low),
    )
    match = lx.COUNT_PREDICATE_RE.search(view.low, start, end)
    if not match:
        return None
    word = match.group(1)
    return "dipulangkan" if word in ("pulangkan", "dikembalikan") else word


def _recipient(text: str) -> str:
    text = re.sub(r"^para\s+", "", text.strip())
    return re.sub(r"\b(psk|wts)\b", lambda m: m.group(1).upper(), text)


def _when_text(mention: DateMention) -> str:
    return format_mention(mention.value, mention.precision, mention.part)


def _expand_abbreviation(short: str, before: str) -> str | None:
    """The long form an abbreviation in brackets stands for (Schwartz & Hearst, 2003).

    Letters of the short form are matched right to left against the words before it; the
    first letter must start a word. 'Panti Sosial Karya Wanita (PSKW)', 'Kementerian Sosial
    (Kemensos)', 'Anggaran Pendapatan dan Belanja Negara (APBN)'.
    """
    words = before.split()
    window = words[-min(len(words), len(short) + 5) :]
    candidate = " ".join(window)
    letters = short.lower().replace("-", "")
    s_index, l_index = len(letters) - 1, len(candidate) - 1
    while s_index >= 0:
        char = letters[s_index]
        while l_index >= 0 and (
            candidate[l_index].lower() != char
            or (s_index == 0 and l_index > 0 and candidate[l_index - 1].isalnum())
        ):
            l_index -= 1
        if l_index < 0:
            return None
        s_index -= 1
        l_index -= 1
    start = candidate.rfind(" ", 0, l_index + 1) + 1
    long_form = candidate[start:].strip(" ,")
    long_words = long_form.split()
    if len(long_words) < 2 or not long_form[:1].isupper():
        return None
    if key(long_form) == key(short) or len(long_form) <= len(short):
        return None
    return long_form


def extract_facts(
    gazetteer: Gazetteer,
    article_id: str,
    title: str,
    published: dt.date | None,
    sentences: Iterable[tuple[int, int, str]],
    dateline: str | None = None,
) -> Extraction:
    """Every fact in an article's sentences, given as (sentence id, paragraph, text)."""
    return ArticleExtractor(gazetteer, article_id, title, published, sentences, dateline).run()


__all__ = ["PREFIXES", "STRICT_ENV", "Extraction", "RuleFailure", "extract_facts", "strict_rules"]
