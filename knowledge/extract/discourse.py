"""What the article is about, carried from sentence to sentence.

The article's main place (the one named most, the title counting thrice); which place each
paragraph last spoke of; the lokalisasi met so far and the names they go by (learnt from the
annotate stage); where people's home towns are named, which a story is never about; and, for
one sentence, the places it is about and the place a figure in it belongs to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from knowledge import data
from knowledge import lexicon as lx
from knowledge.extract.article_places import ArticlePlaces
from knowledge.extract.context import Located, SentenceView, lower
from knowledge.numbers import words_to_int
from knowledge.places import INDONESIA, REGENCY_DEPTH, Gazetteer, PlaceMention

if TYPE_CHECKING:
    from knowledge.extract.annotate import Annotation

# A sentence about the whole country that names no place: "Secara nasional, …", "Di tingkat
# nasional, …" opening it or a clause of it ("program berskala nasional" only describes).
_NATIONAL_RE = re.compile(
    r"(?:^|,\s*)(?:secara|di tingkat|pada tingkat|dalam skala|dalam lingkup) nasional\b"
)

# Where people come from: "berasal dari Surabaya, Kota Bima dan Makassar", "asal Indramayu";
# and where they are sent: "dipulangkan ke Jawa", "dibina di balai rehabilitasi di Kota X".
ORIGIN_RE = re.compile(
    r"\b(?:berasal dari|asal|daerah asal(?:nya)?|kampung halaman(?:nya)?(?:\s+di)?"
    r"|(?:di)?pulangkan (?:ke|menuju)|pulang (?:ke|menuju)|pemulangan (?:ke|menuju)"
    r"|dikembalikan ke|dibina di|ditampung di|dititipkan (?:di|ke)|dikirim ke"
    r"|direhabilitasi di)\s+"
    # "enam kota asal 112 PSK": a figure after "asal" is no one's home.
    r"(?![\d.,]+\s)",
    re.IGNORECASE,
)
_ORIGIN_END_RE = re.compile(r"[.;:]|\s(?:sedangkan|sementara|sehingga)\s")
# What ends an office's name: "Dinas Sosial mendata penghuni lokalisasi Bedeng Sembilan di Desa
# Gunung" names the village as where the office works, not as whose office it is.
_NOT_OFFICE_NAME = (
    r"(?:di|ke|dari|pada|untuk|oleh|yang|akan|sudah|telah|mulai|masih|dengan|bersama|dalam"
    r"|kepada|bagi|sejak|saat|ketika|setelah|sebelum|ini|itu|tersebut|setempat|mereka"
    r"|penghuni|lokalisasi|me(?!nengah\b)[a-z]+|ber[a-z]+|di[a-z]+kan)\b"
)
# An office, a government or a budget named right before a place: the place is whose they are.
OFFICE_BEFORE_RE = re.compile(
    r"\b(?:pempro[vp]|pemkab|pemkot?|pemda|pemerintah(?:\s+(?:pro[vp]insi|kabupaten|kota|daerah))?"
    rf"|dinas(?:\s+(?!{_NOT_OFFICE_NAME})[a-z,]+){{0,8}}?|dinsos\w*|apbd(?:\s+(?:provinsi|kabupaten|kota))?"
    r"|gubernur|bupati|wali\s?kota|walkot|dprd(?:\s+(?:provinsi|kabupaten|kota))?|polres|polda"
    r"|kapolres|kapolda|satpol\s+pp(?:\s+(?:provinsi|kabupaten|kota))?|sekda|baznas|mui"
    # "Kementerian Sosial Republik Indonesia": the ministry's name, not a place of the story.
    r"|kementerian(?:\s+[a-z]+){1,2}?(?:\s+republik)?|kemensos(?:\s+ri)?)"
    # "Dinas Sosial (Dinsos) Kaltara": the office's short name between it and its region.
    r"(?:\s*\([a-z]{2,12}\))?\s+$"
)
# "tiga lokalisasi tersebut", "ketiga lokalisasi itu", "kedua tempat lokalisasi ini": a group.
GROUP_RE = re.compile(
    r"\b(?:(?:ke)?(?:dua|tiga|empat|lima|enam)|\d+)\s+(?:tempat\s+)?"
    + lx.LOKALISASI
    + r"\s+(?:itu|ini|tersebut)\b"
)
# "Lokalisasi ini", "lokalisasi tersebut" point back at the lokalisasi named last; "22
# lokalisasi itu" points back at a number, not a place.
_ANAPHORIC_SITE_RE = re.compile(r"\b[Ll]okalisasi\s+(?:ini|tersebut|itu)\b")
_SITE_SUBJECT_RE = re.compile(r"^\W*[Ll]okalisasi\s+(?:yang|ini|itu|tersebut)\b")
# "lokalisasi yang oleh warga disebut "Kompleks TM" itu", "di kawasan dekat muara Sungai Tallo
# itu", "kompleks tersebut": the lokalisasi spoken of, described on the way.
_SITE_DESCRIBED_RE = re.compile(
    r"\b(?:[Ll]okalisasi\s+yang\b[^,.;]{0,60}?|(?:[Kk]ompleks|[Kk]omplek)\s+yang\b[^,.;]{0,80}?"
    r"|(?:[Kk]awasan|[Kk]ompleks|[Kk]omplek)\b"
    r"(?:\s+[\w\"-]+){0,5}?)\s+(?:ini|itu|tersebut)\b"
)
# "terdapat 89 orang di daerah tersebut" in a story about one lokalisasi: that lokalisasi.
_SITE_THERE_RE = re.compile(r"\bdi\s+(?:daerah|lokasi|tempat)\s+(?:ini|itu|tersebut)\b")
_WORD_RE = re.compile(r"[\w.]+")
# A lokalisasi other than the one just spoken of: "satu lokalisasi yang tersisa", "lokalisasi
# lain", "sisa lokalisasi".
_OTHER_SITE_RE = re.compile(
    r"\blokalisasi\s+(?:yang\s+)?(?:tersisa|lain(?:nya)?|masih beroperasi)\b"
    r"|\bsisa\s+lokalisasi\b"
)
# A place named only as a direction: "patok kilometer 17 dari arah Banjarmasin", "ke arah
# Dompu", "jurusan Sampit" say which way, not where something happened.
_DIRECTION_BEFORE_RE = re.compile(r"\b(?:arah|jurusan)\s+$")
# The office words right before an ambiguous name that say which level it is: (cue, level).
LEVEL_CUES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?:pemkot?|wali\s?kota|walkot|pemerintah kota)\s*$"), "kota"),
    (re.compile(r"(?:pemkab|bupati|pemerintah kabupaten)\s*$"), "kabupaten"),
)
_FIGURE_THEN_PLACE_RE = re.compile(
    # "tiga dari lima lokalisasi di Kabupaten Probolinggo": a part of the place's whole.
    r"\s*(?:dari\s+(?:total\s+)?[\w.]+\s+)?"
    r"(?:titik\s+|tempat\s+|buah\s+)?"
    r"(?:lokalisasi(?:\s+(?:psk|pekerja seks(?: komersial)?|prostitusi))?|psk"
    r"|pekerja seks(?: komersial)?|orang)?"
    # "… dan 45 lainnya di Kota Kediri": the others, there; "… yang tersebar di A, B dan C".
    r"\s*(?:(?:lagi|lainnya)\s+)?(?:yang\s+(?:ada|masih ada|tersisa|beroperasi|tersebar)\s+)?"
    r"(?:di|berada di|ada di|tersebar di)\s+(?:(?:eks\s+)?lokalisasi\s+)?"
)
_AFTER_BREAK_RE = re.compile(r"[.;,]")
# "menutup tiga lokalisasi, yakni A di Kota X, B di Kabupaten Y", "60 PSK yang dipulangkan
# meliputi penghuni A dan B": the figure counts the list.
_FIGURE_THEN_LIST_RE = re.compile(
    r"\s*(?:titik\s+|tempat\s+|buah\s+)?(?:lokalisasi|psk|pekerja seks(?: komersial)?|orang)?"
    r"\s*,?\s*(?:yakni|yaitu|antara lain|di ?antaranya"
    r"|(?:yang\s+)?(?:terdiri (?:dari|atas)|meliputi))\b"
)
# What stands between a place and the address that locates it: "Nunukan Tengah (Nunukan)",
# "Sumber Kembang di Jember".
_ADDRESS_GAP_RE = re.compile(r"\s*(?:\(|,|di|di kota|di kabupaten)?\s*")
_AT_RE = re.compile(r"\bdi\s+$")
_JOINED_RE = re.compile(r"\b(?:dan|serta)\b")
_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)")
# "Selain di Bukit Jaya, sisanya 78 orang …": a place set aside is not what a figure is about;
# nor one it is compared with ("Y berada di urutan kedua setelah Provinsi X, dengan 17 …").
_SET_ASIDE_RE = re.compile(
    r"\b(?:selain|kecuali|di luar|setelah|dibanding(?:kan)?(?: dengan)?|daripada|ketimbang)\s+"
    r"(?:di\s+|dari\s+)?(?:lokalisasi\s+|provinsi\s+)?$"
)
_NAMES_SITE_RE = re.compile(r"\blokalisasi\s+$")
_NAME_GOES_ON_RE = re.compile(
    r"[ \t]+(?!(?:Kecamatan|Kelurahan|Desa|Kabupaten|Kota|Provinsi)\b)[A-Z]"
)
"""A capitalised word right after a region's name that is not a level word: the name goes on."""
_NEXT_WORD_RE = re.compile(r"[\w'-]+")


@lru_cache(maxsize=1)
def _outlet_before_re() -> re.Pattern[str]:
    """An outlet's brand that takes a region's name after it ("Radar Sulteng", "Tribun
    Kaltim"), from data/outlets.toml's "<brand> *" names."""
    names = data.table("outlets")["outlets"]["names"]
    brands = sorted(name[:-2] for name in names if name.endswith(" *"))
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, brands))})\s+$")


def outlet_named(before: str) -> bool:
    """Whether a region's name, after the lower-cased text `before` it, is part of a news
    outlet's ("hasil penelusuran Radar Sulteng"): no place the story is about."""
    return _outlet_before_re().search(before) is not None


def _name_goes_on(
    text: str, mention: PlaceMention, mentions: list[PlaceMention], body: str | None = None
) -> bool:
    """Whether a place's name is only the start of a longer name: a capitalised word follows
    it that is no level word and starts no other place's name. A headline capitalises every
    word ("Lokalisasi Sunan Kuning Ditutup"): there the longer name must be one the story's
    `body` writes too ("Tanjung Elmo")."""
    after = _NAME_GOES_ON_RE.match(text, mention.end)
    if after is None or any(m.start == after.end() - 1 for m in mentions):
        return False
    if body is None:
        return True
    next_word = _NEXT_WORD_RE.match(text, after.end() - 1)
    return next_word is not None and f"{mention.text} {next_word.group(0)}" in body


# The levels a lokalisasi's name is often borrowed from: it is named after its village.
_SHARED_NAME_LEVELS = frozenset({"kecamatan", "kelurahan", "desa"})
# A village or district written out with its level: "Kecamatan Solear", "Desa Adiyasa".
_LEVEL_WORD_RE = re.compile(r"(?:kecamatan|kec\.?|kelurahan|kel\.?|desa)\s", re.IGNORECASE)
# "Batu 8", "Pal 9": a region's name with a small number after it is a lokalisasi's name,
# unless the number counts something ("di Batu Layar 25 orang").
_NUMBER_AFTER_RE = re.compile(
    r"\s+\d{1,3}\b(?![.,/]\d)(?!\s*(?:%|orang|jiwa|unit|buah|kk|wisma|rumah|psk|pekerja"
    r"|perempuan|wanita|mucikari|lokalisasi|tahun|bulan|hari|persen)\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def origin_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Stretches of `text` that name people's home towns, up to the end of the clause.

    Remembered: an article's sentences are asked about several times each (its main place, its
    scene, each sentence's places, its counts)."""
    spans = []
    for match in ORIGIN_RE.finditer(text):
        end = _ORIGIN_END_RE.search(text[match.end() :])
        spans.append((match.end(), match.end() + end.start() if end else len(text)))
    return tuple(spans)


def points_at_site(text: str) -> bool:
    """Whether 'lokalisasi ini/tersebut/itu' in `text` points back at a named lokalisasi."""
    if (
        _SITE_SUBJECT_RE.match(text)
        or _SITE_DESCRIBED_RE.search(text)
        or _SITE_THERE_RE.search(text)
    ):
        return True  # "Lokalisasi yang sempat dihuni lebih dari 60 pekerja seks itu …"
    for match in _ANAPHORIC_SITE_RE.finditer(text):
        previous = _WORD_RE.findall(text[: match.start()])[-1:]
        if previous and (previous[0][0].isdigit() or words_to_int(previous[0]) is not None):
            continue  # "22 lokalisasi itu", "tiga lokalisasi tersebut": a number, not a place
        return True
    return False


@dataclass(frozen=True)
class Scope:
    """Which of several places of one name an article means, read through `places`."""

    places: Gazetteer
    main_place: str = INDONESIA
    named: frozenset[str] = field(default_factory=frozenset)
    """The places the article names unambiguously, and everything containing them."""
    named_exact: frozenset[str] = field(default_factory=frozenset)
    """The places the article names unambiguously."""
    dateline: frozenset[str] = field(default_factory=frozenset)
    """The places its dateline may name ("BENGKULU, BE -"): where it was reported from."""

    def over(self, places: Gazetteer) -> Scope:
        """The same choices, read through another view of the places."""
        return replace(self, places=places)

    def in_scope(self, place_id: str) -> bool:
        """Whether a place lies in the article's province (anything, without one)."""
        province = self.places.province_of(self.main_place)
        return province is None or self.places.contains(province, place_id)

    def at_dateline(self, place_id: str) -> bool:
        """Whether a place lies in a place the dateline names."""
        return any(self.places.contains(d, place_id) for d in self.dateline)

    def choose(self, place_ids: tuple[str, ...], before: str = "") -> str:
        """One place for an ambiguous name ("Tegal": the city or the regency).

        The words before it decide first ("Pemkot Tegal", "Bupati Tegal"), then the places the
        article names unambiguously, then the article's province.
        """
        if len(place_ids) == 1:
            return place_ids[0]
        candidates = list(place_ids)
        cue = before[-24:].lower()
        level = next((level for pattern, level in LEVEL_CUES if pattern.search(cue)), None)
        if level:
            leveled = [p for p in candidates if self.places.places[p].level == level]
            candidates = leveled or candidates
        # "di Batu Layar" after "lokalisasi Batu Layar": the lokalisasi, not the district or
        # village it is named after (even one the story named before it met the lokalisasi).
        sites = [
            pid
            for pid in candidates
            if self.places.places[pid].level == "lokalisasi" and self.in_scope(pid)
        ]
        if sites and all(
            self.places.places[pid].level in _SHARED_NAME_LEVELS
            for pid in candidates
            if pid not in sites
        ):
            candidates = sites
        main = self.main_place
        if self.places.depth(main) >= REGENCY_DEPTH:
            # "Desa Bandar Baru, Kecamatan Sibolangit" in a story about Sibolangit: the village
            # there, though a district elsewhere bears the name and was the name's first reading.
            candidates = self._inside_main(candidates)
        named = [p for p in candidates if p in self.named]
        candidates = named or candidates
        # "Kecamatan Trucuk" in a story that names Jawa Timur: Bojonegoro's, not Klaten's.
        regional = [pid for pid in candidates if self._inside_named(pid)]
        candidates = regional or candidates
        # "BENGKULU -" in a story that says "Pemerintah Kota Bengkulu": the city, not the
        # province of the same name, which only contains it.
        exact = [p for p in candidates if p in self.named_exact]
        candidates = exact or candidates
        if main != INDONESIA:
            # "Kecamatan Kaliwungu" in a story about Kendal is Kendal's, not Kudus's.
            candidates = self._inside_main(candidates)
        inside = [pid for pid in candidates if self.in_scope(pid)]
        return (inside or candidates)[0]

    def _inside_main(self, candidates: list[str]) -> list[str]:
        """The candidates inside the story's main place, or all of them when none is."""
        own = [pid for pid in candidates if self.places.contains(self.main_place, pid)]
        return own or candidates

    def _inside_named(self, place_id: str) -> bool:
        """Whether a place lies in another place the article names unambiguously."""
        line = self.places.lineage(place_id)  # walked once for all the named places
        return any(
            other != INDONESIA and other != place_id and other in line for other in self.named_exact
        )

    def own_region(self, display: str) -> str | None:
        """The article's own province, regency or city, for 'Pemprov', 'Pemkab' or 'Pemkot'."""
        wanted = {
            "Pemerintah Provinsi": ("provinsi",),
            "Pemerintah Kabupaten": ("kabupaten",),
            "Pemerintah Kota": ("kota",),
        }.get(display)
        if not wanted:
            return None
        for pid in self.places.lineage(self.main_place):
            place = self.places.places.get(pid)
            if place and place.level in wanted:
                return pid
        return None


class Discourse:
    """The state carried from sentence to sentence of one article."""

    def __init__(self, places: ArticlePlaces, views: list[SentenceView]) -> None:
        self.places = places
        self.views = views
        self.scope = Scope(places)
        self.last_site: str | None = None
        """The lokalisasi named last, which "lokalisasi ini" points back at."""
        self.group_place: str | None = None
        """Where the lokalisasi pointed at together lie (see `meet_group`)."""
        self.sites_met: set[str] = set()
        """Every lokalisasi named so far."""
        self.paragraph_place: dict[int, str] = {}
        """The place each paragraph's latest fact is about."""
        self.closure_sentences: set[int] = set()
        """Sentences that state a closure, which the next sentence may go on with."""
        self._paragraphs = {view.id: view.paragraph for view in reversed(views)}
        self.scene: str | None = None
        """The village or district inside its region where the story happens, if it says."""
        self.title = ""

    @property
    def main_place(self) -> str:
        """The place the article as a whole is about."""
        return self.scope.main_place

    # ----------------------------------------------------------------- the article's place

    def settle_main_place(self, title: str, dateline: str | None) -> None:
        """Find the place the article is about: the one named most, the title counting thrice."""
        self.title = title
        texts = [(title, 3.0)] + ([(dateline, 1.0)] if dateline else [])
        texts += [(view.text, 1.0) for view in self.views]
        body = "\n".join(view.text for view in self.views)
        gazetteer = self.places
        found = [(text, weight, gazetteer.find(text)) for text, weight in texts]
        # "berasal dari luar Provinsi Bengkulu" does not make the province one the story names.
        exact: set[str] = set()
        for text, _, mentions in found:
            homes = origin_spans(text)  # once per text, not once per place it names
            exact.update(
                mention.place_ids[0]
                for mention in mentions
                if len(mention.place_ids) == 1 and not any(a <= mention.start < b for a, b in homes)
            )
        named = {pid for place in exact for pid in gazetteer.lineage(place)}
        reported_at = frozenset(
            pid for m in (gazetteer.find(dateline) if dateline else []) for pid in m.place_ids
        )
        self.scope = Scope(gazetteer, INDONESIA, frozenset(named), frozenset(exact), reported_at)
        scores: dict[str, float] = {}
        direct: set[str] = set()  # the places named themselves, not through what they hold
        topics: set[str] = set()  # places named somewhere not as an office's
        for text, weight, mentions in found:
            homes = origin_spans(text)
            previous: tuple[str, int] | None = None
            for mention in mentions:
                if any(start <= mention.start < end for start, end in homes):
                    continue  # where people come from is not what the story is about
                if _NUMBER_AFTER_RE.match(text, mention.end):
                    continue  # "lokalisasi Batu 8" does not make the story one of Kota Batu
                before = lower(text[max(0, mention.start - 60) : mention.start])
                if outlet_named(before):
                    continue  # "Radar Sulteng" reports it; the story is about where it says
                if _name_goes_on(text, mention, mentions, body if text == title else None) and (
                    _NAMES_SITE_RE.search(before)
                    or all(gazetteer.places[p].level == "lokalisasi" for p in mention.place_ids)
                ):
                    # "Lokalisasi Tanjung Batu Merah" in Ambon is no story of the district
                    # Tanjung Batu, and "Tanjung Elmo" none of the lokalisasi another story
                    # called "Tanjung": the name goes on.
                    continue
                place = self.scope.choose(mention.place_ids, text[: mention.start])
                if (
                    reported_at
                    and _NAMES_SITE_RE.search(before)
                    and gazetteer.places[place].level in _SHARED_NAME_LEVELS
                    and not any(
                        gazetteer.contains(gazetteer.province_of(at) or at, place)
                        for at in reported_at
                    )
                ):
                    # "Lokalisasi Muara Badak" in a story filed from Bengkulu: a lokalisasi named
                    # like a district of another province, which the story is not about.
                    continue
                address = (
                    previous is not None
                    and bool(_ADDRESS_GAP_RE.fullmatch(lower(text[previous[1] : mention.start])))
                    and (
                        place == previous[0]  # "Nusa Tenggara Barat (NTB)": named twice
                        or (
                            gazetteer.places[place].level == "provinsi"
                            and gazetteer.places[previous[0]].level in ("kabupaten", "kota")
                            and gazetteer.contains(place, previous[0])
                        )
                    )
                )
                previous = (place, mention.end)
                if address:
                    # "Kabupaten Lombok Barat, Nusa Tenggara Barat (NTB)": the province
                    # locates the regency (and counts through it), it is not another topic.
                    continue
                # "Gubernur NTT", "Pemprov NTT": whose office, not what the story is about.
                office = bool(OFFICE_BEFORE_RE.search(before))
                weighed = weight / 2 if office else weight
                if not office:
                    topics.add(place)
                chain = gazetteer.lineage(place)
                if _NAMES_SITE_RE.search(before) and gazetteer.places[place].level in (
                    _SHARED_NAME_LEVELS
                ):
                    # "lokalisasi Batu Layar", named after its district: the story is about
                    # the regency the lokalisasi lies in, not the district.
                    chain = chain[chain.index(self.region_of(place)) :]
                direct.add(place)
                for depth, pid in enumerate(chain):
                    if pid != INDONESIA or depth == 0:
                        # Containing places get a third: a city named often beats its province.
                        share = weighed if depth == 0 else weighed / 3
                        scores[pid] = scores.get(pid, 0.0) + share
        # "Bantuan Pemprov Banten", "Dinsos Banten", "Gubernur Banten" in a story about a
        # lokalisasi in Kabupaten Serang: a province named only for its offices gives and pays,
        # the story happens where the places it names lie.
        for pid in list(scores):
            place = gazetteer.places[pid]
            if (
                place.level == "provinsi"
                and pid not in topics
                and any(gazetteer.contains(pid, other) and other != pid for other in topics)
            ):
                del scores[pid]
        self.scope = replace(self.scope, main_place=self._most_named(scores, exact | direct, title))
        self.scene = self._scene(title, found)

    def _scene(self, title: str, found: list[tuple[str, float, list[PlaceMention]]]) -> str | None:
        """Where inside its region the story happens, when its headline or first paragraph
        writes it out ("… di Desa Adiyasa, Kecamatan Solear, Kamis malam") and the article
        names no village or district elsewhere: what a sentence naming no place says, it says
        of that place ("petugas menggiring 13 PSK")."""
        gazetteer, main = self.places, self.main_place
        if gazetteer.depth(main) < 1:
            return None
        first = self.views[0].paragraph if self.views else None
        lead = {title, *(view.text for view in self.views if view.paragraph == first)}
        written: list[str] = []
        named: dict[str, int] = {}
        for text, _weight, mentions in found:
            homes = origin_spans(text)
            for mention in mentions:
                if len(mention.place_ids) != 1 or any(a <= mention.start < b for a, b in homes):
                    continue
                pid = mention.place_ids[0]
                if gazetteer.places[pid].level not in _SHARED_NAME_LEVELS:
                    continue
                if not gazetteer.contains(main, pid):
                    return None  # a village of another region: the story is not one place's
                named[pid] = named.get(pid, 0) + 1
                if text in lead and _LEVEL_WORD_RE.match(mention.text):
                    written.append(pid)
        if not written:
            return None
        deepest = max(written, key=gazetteer.depth)
        line = set(gazetteer.lineage(deepest))
        on_line = sum(n for pid, n in named.items() if pid in line)
        # A place the workers are taken to, named once, leaves the story where it is.
        off_line = max((n for pid, n in named.items() if pid not in line), default=0)
        return deepest if off_line < on_line else None

    def _most_named(self, scores: dict[str, float], exact: set[str], title: str) -> str:
        gazetteer = self.places
        if not scores:
            return INDONESIA
        # A story that names Indonesia up front and goes through three provinces or more is
        # about the country: "Tinggal 19 lokalisasi di Indonesia, Jawa Tengah terbanyak".
        # The lead is the first paragraph ("… dari total 168 lokalisasi di seluruh Indonesia"
        # may be its second sentence).
        first = self.views[0].paragraph if self.views else None
        lead = [title] + [view.text for view in self.views if view.paragraph == first]
        # Provinces named themselves: a regency's province, or an island's, is not one more.
        provinces = {pid for pid in exact if gazetteer.places[pid].level == "provinsi"}
        if (
            len(provinces) >= 3
            and any(
                INDONESIA in m.place_ids
                # "Kementerian Sosial Republik Indonesia" names a ministry, not the country.
                and not OFFICE_BEFORE_RE.search(lower(text[max(0, m.start - 60) : m.start]))
                for text in lead
                for m in gazetteer.find(text)
            )
        ):
            return INDONESIA
        # A tie goes to where the story was filed from ("SAMARINDA -" against one mention of
        # another province), then to the wider place.
        dateline = self.scope.dateline
        return max(scores, key=lambda pid: (scores[pid], pid in dateline, -gazetteer.depth(pid)))

    def learn(self, view: SentenceView, annotation: Annotation) -> None:
        """Take what the annotate stage found in a sentence: its places, and the places and
        names it introduced, which later sentences (and rules) then know."""
        for place, names in annotation.learnt:
            self.places.learn_place(place, names)
        view.places = annotation.places

    def learn_title(self, annotation: Annotation) -> None:
        """Take the lokalisasi the headline names, for the sentences to know by name."""
        for place, names in annotation.learnt:
            self.places.learn_place(place, names)

    def meet_site(self, place_id: str) -> None:
        """A lokalisasi was named: "lokalisasi ini" now points at it."""
        self.last_site = place_id
        self.group_place = None
        self.sites_met.add(place_id)

    def meet_group(self) -> None:
        """The lokalisasi met were pointed at together ("Menjelang penutupan tiga lokalisasi
        tersebut, …"): what follows speaks of them all, in the region they share, and
        "lokalisasi tersebut" no longer means the one named last."""
        self.last_site = None
        common = self.places.common_ancestor(self.sites_met)
        deep = common is not None and self.places.depth(common) >= REGENCY_DEPTH
        self.group_place = common if deep else None

    # ----------------------------------------------------------------- sentence order

    def previous(self, view: SentenceView) -> SentenceView | None:
        """The sentence before `view`'s sentence (a clause knows its sentence's position)."""
        return self.views[view.position - 1] if view.position > 0 else None

    def following(self, view: SentenceView) -> SentenceView | None:
        """The sentence after `view`'s sentence."""
        at = view.position + 1
        return self.views[at] if at < len(self.views) else None

    def paragraph_of(self, sentence_id: int) -> int:
        """The paragraph a sentence of the article stands in (-1: not one of its sentences)."""
        return self._paragraphs.get(sentence_id, -1)

    # ----------------------------------------------------------------- what a sentence is about

    def collapse(self, place_ids: list[str]) -> list[str]:
        """Drop places that merely contain another place named in the same sentence."""
        unique = list(dict.fromkeys(place_ids))
        return [
            pid
            for pid in unique
            if not any(other != pid and self.places.contains(pid, other) for other in unique)
        ]

    def region_of(self, place_id: str) -> str:
        """The regency, city, province or country a place lies in (itself if it is one)."""
        for pid in self.places.lineage(place_id):
            place = self.places.places.get(pid)
            if place and place.level in ("negara", "provinsi", "kabupaten", "kota"):
                return pid
        return place_id

    def fallback_place(self, view: SentenceView) -> str:
        """The place a sentence that names none is about: its paragraph's, else the article's."""
        if _NATIONAL_RE.search(view.low):
            return INDONESIA  # "Secara nasional, masih tersisa 19 lokalisasi"
        if self.group_place and (points_at_site(view.text) or GROUP_RE.search(view.low)):
            return self.group_place
        if self.last_site and points_at_site(view.text):
            return self._other_site_before(view) or self.last_site
        previous = self.previous(view)
        if previous and previous.paragraph == view.paragraph:
            remembered = self.paragraph_place.get(view.paragraph)
            # A paragraph that last spoke of Indonesia as a whole is still about the article's
            # own region when the sentence names none.
            if remembered and not self.places.contains(remembered, self.main_place):
                return remembered
        return self._headline_site() or self.scene or self.main_place

    def _headline_site(self) -> str | None:
        """The story's own lokalisasi: the only one met so far, when the headline names it and
        it lies where the story happens ("Bisnis di Eks Lokalisasi Sambung Giri Kena Imbas"):
        a sentence naming no place goes on about it, not about its district."""
        if len(self.sites_met) != 1:
            return None
        (site,) = self.sites_met
        if not self.places.contains(self.scene or self.main_place, site):
            return None
        named = any(site in mention.place_ids for mention in self.places.find(self.title))
        return site if named else None

    def _other_site_before(self, view: SentenceView) -> str | None:
        """Where the lokalisasi the sentence before spoke of lies, when it was another one than
        the lokalisasi met last: after "Satu lokalisasi yang tersisa berada di Kecamatan
        Kademangan", "kompleks itu" is that one, not the Jalan Kenanga just closed."""
        previous = self.previous(view)
        if previous is None or not _OTHER_SITE_RE.search(previous.low):
            return None
        ids = [loc.place_id for loc in previous.places]
        if self.last_site in ids:
            return None
        others = [pid for pid in ids if not self.places.contains(pid, self.last_site or "")]
        return others[-1] if others else None

    def about(self, view: SentenceView) -> list[Located]:
        """The places a sentence is about: not a worker's home town, not where it was said, not
        those that only name an office or a budget ("APBD Provinsi Lampung", "Dinas Sosial Kota
        X") around the place the text is about."""
        homes = origin_spans(view.low)
        places = [
            loc
            for loc in view.places
            if not any(a <= loc.start < b for a, b in homes)
            and not self.reported_at(view, loc)
            and not _DIRECTION_BEFORE_RE.search(view.low[max(0, loc.start - 12) : loc.start])
        ]
        offices = [
            loc
            for loc in places
            if OFFICE_BEFORE_RE.search(view.low[max(0, loc.start - 60) : loc.start])
        ]
        if not offices:
            return places
        inner = [self.fallback_place(view)]
        inner += [loc.place_id for loc in places if loc not in offices]
        return [
            loc
            for loc in places
            if loc not in offices
            or not any(
                pid != loc.place_id and self.places.contains(loc.place_id, pid) for pid in inner
            )
        ]

    def named_right_after(self, view: SentenceView, figure_end: int) -> str | None:
        """The place a figure's own words name right after it: "N lokalisasi di X"."""
        return self._named_right_after(view, self.about(view), figure_end)

    def _named_right_after(
        self, view: SentenceView, places: list[Located], figure_end: int
    ) -> str | None:
        listed = _FIGURE_THEN_LIST_RE.match(view.low, figure_end)
        if listed:
            members = [loc.place_id for loc in places if loc.start >= listed.end()]
            if members:
                return self.places.common_ancestor(members)
        for index, loc in enumerate(places):
            between = view.low[figure_end : loc.start]
            if loc.start >= figure_end and _FIGURE_THEN_PLACE_RE.fullmatch(between):
                run = [loc]
                for other in places[index + 1 :]:
                    if not _LIST_GAP_RE.fullmatch(view.low[run[-1].end : other.start]):
                        break
                    if self.places.contains(other.place_id, run[-1].place_id):
                        break  # "40 PSK di lokalisasi A, Kota B": A's address, not a list
                    run.append(other)
                if len(run) > 1:
                    # "dua lokalisasi berada di Kecamatan Paiton dan Kecamatan Leces"
                    return self.places.common_ancestor(p.place_id for p in run)
                return loc.place_id
        return None

    def _locates_site(self, site: str, address: str) -> bool:
        """Whether `address` is the village a lokalisasi stands in, named right after it ("di
        Km 9 Desa Sukamaju Kecamatan X"), though the site is filed elsewhere in its regency."""
        place = self.places.places.get(site)
        village = self.places.places.get(address)
        if place is None or village is None or place.level != "lokalisasi":
            return False
        if village.level not in ("desa", "kelurahan"):
            return False
        shared = self.places.common_ancestor((site, address))
        return shared is not None and self.places.depth(shared) >= REGENCY_DEPTH

    def reported_at(self, view: SentenceView, loc: Located) -> bool:
        """Whether a place is only where something was said: "…, di Surabaya, Kamis, mengatakan",
        or one named after the quote's attribution ('…," kata Mensos di Manokwari, Papua Barat')."""
        if not _AT_RE.search(view.low[max(0, loc.start - 4) : loc.start]):
            return False
        if lx.REPORTED_AT_RE.match(view.text[loc.end : loc.end + 40]):
            return True
        said = list(lx.ATTRIBUTION_RE.finditer(view.low, 0, loc.start))
        return bool(said) and '"' in view.low[: said[-1].start() + 2]

    def place_near(
        self, view: SentenceView, position: int, figure_end: int | None = None
    ) -> str | None:
        """The place a figure at `position` is about.

        "N lokalisasi di X" names it right after the figure; otherwise the nearest place before
        it, or a lokalisasi inside that place named just before it ("Nunukan Tengah (Nunukan)")
        or after it in the same clause ("312 PSK tercatat menghuni Kembang Sari"). Where a thing
        was said ("…, di Surabaya, Kamis, mengatakan") and a place set aside ("Selain di Bukit
        Jaya, sisanya 78 orang") are not what it is about.
        """
        places = [
            loc
            for loc in self.about(view)
            if not self.reported_at(view, loc)
            and not _SET_ASIDE_RE.search(view.low[max(0, loc.start - 30) : loc.start])
        ]
        if figure_end is not None:
            named = self._named_right_after(view, places, figure_end)
            if named:
                return named
        before = [loc for loc in places if loc.end <= position]
        after = [
            loc
            for loc in places
            if loc.start >= position and not _AFTER_BREAK_RE.search(view.low[position : loc.start])
        ]
        nearest = before[-1] if before else None
        index = len(before) - 1
        # Walk back an address to what it locates: "Nunukan Tengah (Nunukan)", "Sumber Kembang
        # di Jember", "lokalisasi Bukit Kemuning, Kelurahan Anduonohu, Kecamatan Poasia".
        while nearest and index >= 1:
            previous = before[index - 1]
            gap = view.low[previous.end : nearest.start]
            if not _ADDRESS_GAP_RE.fullmatch(gap):
                break
            if not (
                self.places.contains(nearest.place_id, previous.place_id)
                or self._locates_site(previous.place_id, nearest.place_id)
            ):
                break
            nearest, index = previous, index - 1
        if (
            nearest is None
            and len(after) >= 2
            and _JOINED_RE.search(view.low[after[0].end : after[-1].start])
        ):
            # "78 orang tinggal di lokalisasi Desa A … dan lokalisasi Desa B": both places'.
            return self.places.common_ancestor(loc.place_id for loc in after)
        for loc in after:
            if nearest is None or (
                loc.place_id != nearest.place_id
                and self.places.contains(nearest.place_id, loc.place_id)
            ):
                return loc.place_id if nearest else (after[0].place_id)
        if nearest:
            return nearest.place_id
        return after[0].place_id if after else None
