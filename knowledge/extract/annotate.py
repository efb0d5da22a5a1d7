"""Finding mentions in a sentence: amounts, dates, places, organisations.

Places come first as villages ("Kelurahan Pasir Putih"), then lokalisasi (named, at a road's
kilometre, in brackets after their region, listed one after another) and the other names
lokalisasi go by, then every region the gazetteer knows. The sentence is read through a layer
of its own over the article's places, so a village it names is known to the rest of the same
sentence; the gazetteer itself is never changed. What the sentence introduced comes back in the
`Annotation`, for the discourse stage to add to the article's places.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field

from knowledge import lexicon as lx
from knowledge.dates import find_dates
from knowledge.extract.article_places import ArticlePlaces
from knowledge.extract.context import Located, SentenceView, lower
from knowledge.extract.discourse import OFFICE_BEFORE_RE, Scope
from knowledge.models import Place
from knowledge.numbers import quantities
from knowledge.places import (
    COMMON_WORDS,
    INDONESIA,
    REGENCY_DEPTH,
    Gazetteer,
    PlaceMention,
    lokalisasi_place,
    village_place,
    well_known_sites,
)
from knowledge.text import key

NAME_WORD = r"[A-Z][\w'-]*"
"""A capitalised word of a name."""
_NAME = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}"

_VILLAGE_RE = re.compile(rf"\b(?P<prefix>Kelurahan|Kel\.|Desa)\s+(?P<name>{_NAME})")
# Words that end a name: the next address part ("… Kelurahan X Kecamatan Y") or a join.
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
        # A headline's verbs, capitalised like the name before them ("Lokalisasi Madusari
        # Ditutup"): the name ends there.
        "ditutup",
        "dibongkar",
        "disegel",
        "digerebek",
        "digusur",
        "dibubarkan",
        "resmi",
        "akan",
        "segera",
        "kembali",
    ]
)
_VILLAGES = frozenset({"kecamatan", "kelurahan", "desa"})
_REGION_LEVELS = frozenset({"provinsi", "kabupaten", "kota"})
_ROAD_WORDS = ("jalan", "jl", "jl.", "jln")

# How a lokalisasi is named: "lokalisasi Km 12", "Lokalisasi Kembang Sari", and (lower-case,
# then its address) "lokalisasi gang sempit, Kelurahan …".
# Many are named by a number: "Gang 3", "Pal 9", "Lorong 8", "RT 05" (the name ends there:
# "Gang 3 Ambulu" is Gang 3 in Ambulu); the months keep "lokalisasi Juni 30" out.
_NUMBERED_NAME = (
    r"(?!(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November"
    rf"|Desember)\b){NAME_WORD}\s+\d{{1,3}}\b(?![.,]\d)"
    # "penghuni lokalisasi Gading 85 orang": a count of the lokalisasi named, not its number.
    rf"(?!\s+(?i:{lx.WORKER_LOOSE}|{lx.PEOPLE_UNIT}|wanita|perempuan|kk|mucikari|germo|wisma)\b)"
)
_NUMBERED_RE = re.compile(rf"[Kk]m\.?\s*\d+|{_NUMBERED_NAME}")
_SITE_NAME = rf"[Kk]m\.?\s*\d+|{_NUMBERED_NAME}|{_NAME}"
# A resosialisasi ("resos") is what Central Java's regencies called their lokalisasi; written
# with a capital, "Resosialisasi Ngarum Jaya" is the lokalisasi's full name.
# "lokasi prostitusi Tanjung Batumerah", "kompleks pelacuran X": the same, in other words.
_SITE_NAMED_RE = re.compile(
    r"\b(?:[Ll]okalisasi|resosialisasi|[Rr]esos"
    r"|(?:[Ll]okasi|[Tt]empat|[Kk]ompleks|[Kk]awasan)\s+(?:prostitusi|pelacuran))"
    rf"\s+(?P<name>{_SITE_NAME})"
)
# "kompleks" names a lokalisasi as often as "lokalisasi" does ("penghuni kompleks Lorong 8"),
# by a number or two words or more: "Kompleks TM" is a short name, met with its long one.
_SITE_COMPLEX_RE = re.compile(
    rf"\b[Kk]ompleks\s+(?P<name>[Kk]m\.?\s*\d+|{_NUMBERED_NAME}|{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}})"
)
# "Kompleks Perkantoran Pemkab": buildings of another kind.
_NOT_SITE_WORDS = frozenset(
    {
        "pemkab",
        "pemkot",
        "pemko",
        "pemprov",
        "pemprop",
        "perkantoran",
        "perumahan",
        "pemakaman",
        "kantor",
        "gedung",
    }
    # "kompleks lokalisasi milik Yayasan X": its owner, not its name.
    | {"yayasan", "koperasi", "pt", "cv", "perusahaan", "universitas", "dinas"}
)
_WORKERS_RE = re.compile(lx.WORKER)
# "lokalisasi kolam, Desa …", "lokalisasi kolam yang berada di Desa …": a name written in lower
# case, its address after it.
_SITE_LOWER_RE = re.compile(
    r"\b[Ll]okalisasi\s+(?P<name>[a-z][\w'-]+(?:\s+[a-z][\w'-]+)?)"
    r"(?:,\s+|\s+yang\s+(?:berada|terletak|ada)\s+di\s+)(?:Kelurahan|Desa|Kecamatan|Jalan|Jl)"
)
# "kawasan prostitusi yang dikenal sebagai Kampung Lampu Merah": a lokalisasi by its popular
# name, with no "lokalisasi" before it.
_SITE_KNOWN_AS_RE = re.compile(
    # "terdapat lokalisasi yang dikenal dengan nama Gang Mawar": the lokalisasi itself, so called.
    r"\b(?:(?:kawasan|kompleks|komplek|lokasi|tempat)\s+(?:prostitusi|pelacuran|lokalisasi)"
    r"|[Ll]okalisasi)\s+"
    r"(?:yang\s+)?(?:(?:lebih|juga|biasa)\s+)?(?:dikenal|disebut|bernama|dinamai)\s+"
    rf"(?:(?:sebagai|dengan(?:\s+(?:nama|sebutan))?)\s+)?[\"“]?(?P<name>{_NAME})"
)
# "Jalan Lintas Sila, Lokalisasi yang Tak Pernah Benar-benar Tutup", "Saritem, Lokalisasi
# Tertua di Bandung": a headline that opens with a name and says what it is (read in headlines
# only: a sentence opens with "Pada Minggu, lokalisasi yang …").
_SITE_APPOSITIVE_RE = re.compile(
    rf"^\W*(?P<name>{_NAME}),\s+[Ll]okalisasi\s+(?:yang|[Tt]er[a-z]+|[Ll]egendaris|[Pp]aling)\b"
)
# "di Palembang juga dikenal tempat yang serupa, dengan nama Teratai Putih": a place of that
# kind and the name it goes by.
_SITE_BY_NAME_RE = re.compile(
    r"\b(?:tempat|kawasan|kompleks|komplek|lokasi)\b[^.;\"“]{0,30}?\bdengan\s+(?:nama|sebutan)\s+"
    rf"[\"“]?(?P<name>{_NAME})"
)
# "Pantai Harapan di Jalan Selat Malaka 2, …, Kota Bandar Lampung, merupakan eks lokalisasi":
# a sentence that opens with a name and says it is (or was) a lokalisasi.
_SITE_IS_RE = re.compile(
    rf"^\W*(?P<name>{_NAME})(?:\s+di\s+[^.;\"“]{{0,160}}?,)?\s+(?:merupakan|adalah|ialah)\s+"
    r"(?:sebuah\s+)?(?:eks|bekas|mantan)\s+(?:kawasan\s+)?lokalisasi\b"
)
# "lokalisasi terbesar di Kota Jambi, Lembah Sari atau Kebun Duku ditutup …": a lokalisasi told by
# where it is, then named after a comma (the words after the name say it is the subject).
_SITE_DESCRIBED_RE = re.compile(
    r"\b[Ll]okalisasi\s+(?:(?:terkenal|terbesar|tertua|ternama|legendaris|paling\s+[a-z]+)\s+)?"
    rf"(?:yang\s+(?:ada|berada|terletak)\s+)?di\s+{_NAME},\s+(?P<name>{_NAME})"
    r"(?=\s+(?:atau|alias)\b|,?\s+(?:yang|ditutup|resmi|akhirnya|sudah|telah|kini)\b)"
)
# "lokalisasi di Sumber Rejeki Ponorogo": a lokalisasi known by a place no list holds, written
# right before its regency (read only when the regency follows; see `_new_sites`).
_SITE_AT_PLACE_RE = re.compile(
    r"\b[Ll]okalisasi\s+(?:yang\s+(?:ada|berada|terletak)\s+)?di\s+"
    rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}})"
)
_NOT_A_PLACE_NAME = _PLACE_PREFIX_WORDS | {
    "distrik",
    "aula",
    "balai",
    "pendopo",
    "pendapa",
    "ruang",
    "hotel",
    "masjid",
    "lapangan",
}
"""Words that open no name of a place a lokalisasi is known by (besides `_NOT_SITE_WORDS`,
which no site's name opens with)."""
_SITE_PATTERNS = (
    _SITE_IS_RE,
    _SITE_AT_PLACE_RE,
    _SITE_NAMED_RE,
    _SITE_DESCRIBED_RE,
    _SITE_LOWER_RE,
    _SITE_KNOWN_AS_RE,
    _SITE_BY_NAME_RE,
    _SITE_COMPLEX_RE,
    _SITE_APPOSITIVE_RE,
)
_KM_RE = re.compile(r"(?:[Kk]m\.?|[Kk]ilo(?:meter)?)\s*\d+")
_NOT_DIGIT_RE = re.compile(r"\D")
# "Jalan Jenderal Sudirman km 12" (once misprinted "lm 12") is the Km 12 lokalisasi.
_SITE_ADDRESS_RE = re.compile(
    r"\b(?:Jalan|Jl\.?|Jln\.?)\s+(?P<street>(?:[A-Z][\w.]*\s+){1,4}?)(?P<km>[KkLl][Mm]\.?\s*(?P<n>\d+))\b"
)
# "lokalisasi di kawasan Km 5 Jalan Tobelo", "lokalisasi prostitusi di KM 7 …": a road's
# kilometre names the lokalisasi there too.
_SITE_KM_AT_RE = re.compile(
    r"\b[Ll]okalisasi\s+(?:prostitusi\s+|pelacuran\s+)?di\s+(?:kawasan\s+|daerah\s+|sekitar\s+)?"
    r"(?P<km>[Kk][Mm]\.?\s*(?P<n>\d+))\b"
)
# "Nunukan Tengah (Nunukan)": a lokalisasi and its region in brackets.
_SITE_PAREN_RE = re.compile(rf"(?P<name>{_NAME})\s*\((?P<region>[A-Z][\w .'-]{{1,40}})\)")
# "Kendal (Gambilangu), Kudus (Gribig, Tanjungkarang)": regencies, each with its lokalisasi in
# brackets, one after another.
_REGION_SITES_RE = re.compile(
    r"(?P<region>(?:(?:Kabupaten|Kab\.|Kota)\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s*"
    r"\((?P<sites>[^()]{2,80})\)"
)
REGION_SITES_AT_LEAST = 2
"""Pairs a sentence saying "lokalisasi" writes at least for them to be such a list ("Kota
Semarang (Dinsos)" is an office's short name); one more when it does not say it."""
_SITES_SPLIT_RE = re.compile(r"\s*(?:,|/|\bdan\b|\bserta\b)\s*")
# "Lorong Buloa atau yang dahulu terdaftar sebagai Resosialisasi Tallo Permai": another name.
_SITE_ALIAS_RE = re.compile(
    r"\s*,?\s*(?:\(|atau\b|alias\b|yang\b)(?:[^.,;()\"“]{0,60}?\b(?:sebagai|sebutan|disebut"
    r"|bernama|dinamai|nama|disingkat|singkatan|dikenal\s+dengan))?\s*[\"“]?"
    rf"(?P<name>(?:Resosialisasi|Kompleks|Komplek|Lokalisasi|Kampung|Gang)?\s*(?:{_SITE_NAME}))"
)
# "… dikenal warga sebagai "Rumah Biru" di Jalan By Pass Km 14": a lokalisasi's nickname, in
# quotes, right before the address it was named by.
_NICKNAME_BEFORE_RE = re.compile(
    r"\b(?:dikenal|disebut)\s+(?:[a-z]+\s+){0,2}?(?:sebagai|dengan(?:\s+(?:nama|sebutan))?)\s+"
    rf"[\"“](?P<name>{_NAME})[\"”]\s*,?\s+(?:di\s+)?$"
)
_SITE_BEFORE_RE = re.compile(r"\b[Ll]okalisasi\s+$")
_SITE_KIND_PREFIX_RE = re.compile(r"^(?:Resosialisasi|Kompleks|Komplek|Lokalisasi)\s+")
# "…, sedangkan di Kalibiru 25 orang": a place set against a lokalisasi just named.
_PARALLEL_SITE_RE = re.compile(
    rf"[,;]\s+(?:sedangkan|sementara|serta|dan)\s+di\s+(?:[Ll]okalisasi\s+)?(?P<name>{_NAME})"
)
# "… lokalisasi Bengawan Indah di Kecamatan Tarakan Utara, dan Karang Agas di Kelurahan Gunung
# Lingkas": a name set beside a lokalisasi, with an address of its own.
_PARALLEL_ADDRESSED_RE = re.compile(
    rf"[,;]?\s+(?:dan|serta)\s+(?P<name>{_NAME})\s+(?:yang\s+(?:berada|terletak)\s+)?di\s+"
    r"(?:Kelurahan|Kel\.|Desa|Kecamatan|Kec\.|Jalan|Jl\.?)\s"
)
# "Ketiga lokalisasi itu yakni A, B dan C": lokalisasi listed after a marker.
_LIST_WORDS = r"(?:yakni|yaitu|antara lain|di antaranya|diantaranya|termasuk)"
LIST_MARKER_RE = re.compile(
    rf"\b{_LIST_WORDS},?\s+"
    # "ada dua lokalisasi prostitusi itu, Bukit Tenjek di … dan …": a count, then its names.
    rf"|\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\d+)\s+{lx.LOKALISASI}"
    rf"(?:\s+(?:prostitusi|itu|ini|tersebut)){{0,2}}\s*[,:]\s+(?!{_LIST_WORDS})"
    # "Tiga lokalisasi tersebut adalah A, B, dan C": the ones spoken of, named.
    rf"|\b{lx.LOKALISASI}(?:\s+prostitusi)?\s+(?:itu|tersebut|ini)\s+(?:adalah|ialah)\s+"
)
_OPENING_MARKER_RE = re.compile(
    rf"\W*{_LIST_WORDS},?\s+"
    # "Masih ada pula di kawasan A, B di Kecamatan C …": the list of the sentence before goes on.
    r"|\W*(?:masih\s+)?ada\s+(?:pula|juga|lagi)\s+(?:di\s+)?(?:kawasan\s+|daerah\s+)?"
)
"""A sentence that opens by listing what the sentence before spoke of."""
_LIST_END_RE = re.compile(
    r"[\"”]|\b(?:ujar|kata|ucap|tutur|jelas|ungkap|imbuh|tegas)(?:nya)?\b"
    r"|\b(?:justru|saat|ketika|karena|namun|tetapi|sehingga)\b"
)
"""Where a list after "yaitu/yakni" ends at the latest: a closing quote, who said it, or a
clause ("… dan bypass Sanur justru tutup saat Satpol PP dan Polri datang")."""
_LIST_SPLIT_RE = re.compile(
    r"[,;]\s*(?:(?:dan|serta|hingga|sampai|kemudian|lalu)\s+)?"
    r"|\s+(?:dan|serta|sedangkan|hingga|sampai)\s+"
)
_FROM_TO_LIST_RE = re.compile(r"\W*mulai\s+(?:dari\s+)?(?=lokalisasi\b[^.]*\b(?:hingga|sampai)\b)")
_JOINED_RE = re.compile(r"\s+(?:dan|serta)\s+(?:di\s+)?")
# A listed name is capitalised: "… dan Km 19 Desa Hampalit" names a lokalisasi by its marker,
# where "yaitu di km 12 Jalan Jenderal Sudirman" is an address.
# "yakni Sungai Lais, Batu Merah dan Pal 7": a listed name may end in its number.
_NUMBER_TAIL_RE = re.compile(r"\s+\d+$")
_LISTED_NAME_RE = re.compile(rf"(?:di\s+)?(?:[Ll]okalisasi\s+)?(?P<name>{_SITE_NAME})")
_LISTED_AT_RE = re.compile(
    r"(?:\s*\([^)]*\))?\s+(?:yang\s+(?:berada|terletak|ada)\s+)?di\s+"
    r"(?P<region>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
)
"""Where a listed lokalisasi lies, written after it: "Alaska (alas karet) di Patean",
"Sumberagung yang berada di Cepu"."""
# A settled lokalisasi's address follows it closely.
_ADDRESS_REACH = 60

_REGIONAL_OFFICES = ("Pemerintah ", "Dinas", "Gubernur", "Bupati", "Wali Kota")
_REGION_AFTER_OFFICE = 12
"""How far after an office's name its region may start ("Pemerintah Kabupaten  Kotim")."""
_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")


# A lokalisasi's address written right after its name, with the region's level spelt out:
# ", Kabupaten Batanghari", " di Kota Palu".
_WRITTEN_ADDRESS_RE = re.compile(
    r"(?:\s*,\s*|\s+di\s+)(?=(?:Kabupaten|Kota|Provinsi|Kecamatan|Kelurahan|Desa|Distrik)\s)"
)


@dataclass
class Annotation:
    """The places one sentence names, and the places it introduced, in the order learnt."""

    places: list[Located]
    learnt: list[tuple[Place, tuple[str, ...]]] = field(default_factory=list)


def years_named(texts: list[str]) -> list[int]:
    """Every year an article's sentences name, for reading dates that leave it out."""
    return sorted({int(y) for text in texts for y in _YEAR_RE.findall(text)})


def read_numbers(view: SentenceView, published: dt.date | None, years: list[int]) -> None:
    """Fill in the amounts and dates a sentence gives."""
    view.amounts = quantities(view.text)
    view.dates = find_dates(view.text, published, years)


def annotate_places(text: str, scope: Scope, before: str = "") -> Annotation:
    """The places a sentence names, adding villages and lokalisasi named for the first time;
    `before` is the sentence before it."""
    layer = ArticlePlaces(scope.places)
    reader = _PlaceReader(layer, scope.over(layer))
    # "Di Blora ada sejumlah lokalisasi. Di antaranya di Nglebok dan Sumberagung …": the
    # lokalisasi of the sentence before, listed.
    # "… Antara lain, di A dan B. Masih ada pula di kawasan C …": a list going on again.
    reader.lists_on = bool(
        lx.LOKALISASI_RE.search(lower(before)) or _OPENING_MARKER_RE.match(lower(before))
    )
    located = reader.read(text)
    return Annotation(located, layer.learnt)


def title_sites(title: str, scope: Scope) -> Annotation:
    """The lokalisasi a headline names by a number ("Eks Lokalisasi Km 4 Parungpanjang
    Dibongkar") or before a comma ("Jalan Lintas Sila, Lokalisasi yang …"), which the story
    may go on to call by that name alone. Other names are left to the sentences: in a headline
    every word is capitalised, so where they end is unknown."""
    layer = ArticlePlaces(scope.places)
    reader = _PlaceReader(layer, scope.over(layer))
    reader.numbered_only = True
    located = reader.read(title)
    return Annotation(located, layer.learnt)


def organisations(text: str, scope: Scope) -> list[tuple[int, str]]:
    """The organisations `text` names, as (offset, display name), left to right."""
    gazetteer = scope.places
    low = lower(text)
    found: list[tuple[int, int, str]] = []
    for pattern, display in lx.ORGANISATIONS:
        for match in pattern.finditer(low):
            name = display
            if display.startswith(_REGIONAL_OFFICES) and display != "Pemerintah Pusat":
                region = next(iter(gazetteer.find(text[match.end() : match.end() + 50])), None)
                if region and region.start <= _REGION_AFTER_OFFICE:
                    region_name = gazetteer.name(scope.choose(region.place_ids))
                    name = f"{display} {_short_region(region_name, display)}"
                elif own := scope.own_region(display):
                    # "Pemkot menargetkan …" in an article about Kota Tegal.
                    name = f"{display} {_short_region(gazetteer.name(own), display)}"
            if all(match.start() >= e or match.end() <= s for s, e, _ in found):
                found.append((match.start(), match.end(), name))
    for match in lx.COMPANY_RE.finditer(text):
        name = " ".join(match.group(0).replace("PT.", "PT").split())
        if all(match.start() >= e or match.end() <= s for s, e, _ in found):
            found.append((match.start(), match.end(), name))
    return [(start, name) for start, _, name in sorted(found)]


def _short_region(region_name: str, display: str) -> str:
    """'Pemerintah Kabupaten' + 'Kabupaten Kotawaringin Timur' -> 'Kotawaringin Timur'."""
    for prefix in ("Kabupaten ", "Kota Administrasi ", "Kota ", "Provinsi "):
        if region_name.startswith(prefix) and prefix.strip() in display:
            return region_name[len(prefix) :]
    return region_name


def _street_less(name: str) -> list[str]:
    """'Jalan Pelabuhan Lama' is also 'Pelabuhan Lama'; a one-word street ("Jalan Kenanga")
    keeps its "Jalan", as its bare word is too often something else."""
    first, _, rest = name.partition(" ")
    return [rest] if first.lower() in _ROAD_WORDS and len(rest.split()) >= 2 else []


_FORMER_WORDS = frozenset({"eks", "ex", "bekas", "mantan"})


def _not_a_site_name(name: str) -> bool:
    """Whether a name is an office's ("Camat Pagaden Barat") or begins a date ("Jumat 19 Mei
    2017" after a list of lokalisasi), not a lokalisasi's."""
    first = name.split()[0].lower()
    return first in lx.OFFICE_WORDS or first in lx.NOT_NAMES or bool(lx.ROLE_RE.match(name))


def _km_name(name: str) -> str:
    """A kilometre marker's name in one spelling ("Km.19", "km 19": "Km 19"); others as given."""
    return "Km " + _NOT_DIGIT_RE.sub("", name) if _KM_RE.match(name) else name


def trim_name(name: str) -> str:
    """A name up to the first word that starts the next address part or joins another."""
    kept: list[str] = []
    words = name.split()
    if len(words) > 1 and words[0].lower().strip(".") in _FORMER_WORDS:
        words = words[1:]  # "Lokalisasi Eks Sambung Giri": the lokalisasi was Sambung Giri
    for word in words:
        if word.lower().strip(".") in _PLACE_PREFIX_WORDS:
            break
        kept.append(word)
    return " ".join(kept)


_BRACKETED_NAME_RE = re.compile(r"(?<=[A-Za-z]) \((?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\)")
_CHAINED_NAME_RE = re.compile(r"(?:,|\bdi)\s+(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?),\s+$")
"""A name between two commas right before a regency: "…, Kosambi, Kabupaten Tangerang"."""
_CALLED_BEFORE_RE = re.compile(
    r"\b(?:juga\s+)?(?:biasa\s+|lebih\s+|sering\s+|kerap\s+)?(?:disebut|dikenal|dijuluki)"
    r"(?:\s+(?:dengan|sebagai))?(?:\s+(?:nama|sebutan))?\s*[\"“]?"
    r"(?:(?:[Ll]okalisasi|[Kk]ompleks|[Rr]esosialisasi|[Rr]esos)\s+)?$"
)
"""Words that give a lokalisasi named before another name: "… juga biasa disebut dengan"."""
_BREAK_RE = re.compile(r"[.;,]")
_ADDRESS_OF_MAIN_RE = re.compile(r"[\w)]\s*,\s*(?:provinsi\s+)?$")
"""A province written right after a comma, as the address of the place before it."""
_POINTING_BEFORE_CALLED_RE = re.compile(
    r"^\W*(?:[Ll]okalisasi|[Kk]ompleks|[Kk]awasan)\s+(?:yang|itu|ini|tersebut)\b"
)
"""A sentence opening with the lokalisasi spoken of: "Lokalisasi yang dulu dikenal dengan …"."""
_NAME_BEFORE_CALLED_RE = re.compile(rf"^\W*(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})\s+$")
"""A sentence opening with a name right before "… disebut …"."""
_CHAINED_VILLAGE_RE = re.compile(
    r"\b[Ll]okalisasi\s+di\s+(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?),\s+$"
)
"""A village written bare right before its district, where a lokalisasi is."""
_REGENCY_WRITTEN_RE = re.compile(r"(?:Kabupaten|Kab\.?|Kota)\s")
"""A regency or city written with its level's word."""
_DISTRICT_WORDS = frozenset({"kecamatan", "kec"})
_DISTRICT_DEPTH = 3
"""Depth of a kecamatan: the deepest region a village lies in."""


class _PlaceReader:
    """Reads one sentence's places through a layer that learns as it reads."""

    def __init__(self, gazetteer: ArticlePlaces, scope: Scope) -> None:
        self.gazetteer = gazetteer
        self.scope = scope
        self.text = ""
        self.numbered_only = False
        self.lists_on = False

    def read(self, text: str) -> list[Located]:
        self.text = text
        located: list[Located] = []
        # "PT Kerinci Serat Nusantara" names a company, not the regency of Kerinci.
        taken: list[tuple[int, int]] = [(m.start(), m.end()) for m in lx.COMPANY_RE.finditer(text)]

        def free(start: int, end: int) -> bool:
            return all(end <= s or start >= e for s, e in taken)

        gazetteer, scope = self.gazetteer, self.scope
        mentions = self._with_chained_districts(text, gazetteer.find(text))
        main_place = scope.main_place
        # Villages first: "Kelurahan Pasir Putih" is a village here even if a district elsewhere
        # bears the name.
        for match in _VILLAGE_RE.finditer("" if self.numbered_only else text):
            name = trim_name(match["name"])
            if not name:
                continue
            end = match.start("name") + len(name)
            # The regency or district written after it; another village named later in the
            # sentence ("Desa A, sedangkan … Desa B") is no parent.
            parent = next(
                (
                    scope.choose(m.place_ids)
                    for m in mentions
                    if m.start >= end
                    and 2 <= gazetteer.depth(scope.choose(m.place_ids)) <= _DISTRICT_DEPTH
                ),
                main_place if gazetteer.depth(main_place) >= 2 else None,
            )
            if parent is None:
                continue
            level = "desa" if match["prefix"] == "Desa" else "kelurahan"
            place = village_place(name, level, parent)
            existing = [
                pid
                for pid in gazetteer.lookup(f"{match['prefix']} {name}")
                if gazetteer.contains(parent, pid)
            ]
            if existing:
                place = gazetteer.places[existing[0]]
            else:
                gazetteer.learn_place(place, [name])
            located.append(Located(match.start(), end, text[match.start() : end], place.id))
            taken.append((match.start(), end))
        for start, end, place in self._chained_villages(text, mentions):
            if free(start, end):
                located.append(Located(start, end, text[start:end], place.id))
                taken.append((start, end))
        if located:
            mentions = _read_as_villages(mentions, located)

        new_sites, addressed = _named_with_address(self._new_sites(text), text)
        for start, end, name, region_text in new_sites:
            if not free(start, end) or name.split()[0].lower() in _NOT_SITE_WORDS:
                continue
            region_ids = gazetteer.lookup(region_text) if region_text else []
            parent = scope.choose(tuple(region_ids)) if region_ids else None
            site_ids = [
                pid
                for pid in gazetteer.lookup(name)
                if gazetteer.places[pid].level == "lokalisasi"
                and (parent is None or gazetteer.contains(parent, pid))
            ]
            if parent is None:
                # A lokalisasi of the same name elsewhere is not this one: "Pucuk Jambu" first
                # met in a story about its workers' home town stays where this story puts it.
                nearest = self._nearest_region(mentions, start, end)
                site_ids = [pid for pid in site_ids if self._site_fits(pid, nearest)]
            other = _SITE_ALIAS_RE.match(text, end)
            if not site_ids and other:
                # "Argorejo atau yang lebih dikenal dengan Sunan Kuning": a new name of a
                # lokalisasi already known is one more name of it.
                known = [
                    pid
                    for pid in gazetteer.lookup(trim_name(other["name"]))
                    if gazetteer.places[pid].level == "lokalisasi"
                ]
                if known:
                    site_ids = known
                    gazetteer.learn_place(gazetteer.places[scope.choose(tuple(known))], [name])
            if not site_ids and (named_before := self._other_name_of(text, start, mentions)):
                # "Kampung Baru Palembang juga biasa disebut dengan Lokalisasi Terai Putih": the
                # lokalisasi named before, by another of its names.
                site_ids = [named_before]
                gazetteer.learn_place(gazetteer.places[named_before], [name])
            if not site_ids and (longer := self._longer_name_of(name)):
                # "Lokalisasi Tanjung" after "Lokalisasi Tanjung Batu Merah": its short name.
                site_ids = [longer]
                gazetteer.learn_place(gazetteer.places[longer], [name])
            if site_ids:
                site_id = scope.choose(tuple(site_ids))
            else:
                parent = parent or self._nearest_region(mentions, start, end) or main_place
                while gazetteer.places[parent].level == "lokalisasi" and (
                    region := gazetteer.places[parent].parent_id
                ):
                    # A story about one lokalisasi names another: it lies in the same region,
                    # not inside the first.
                    parent = region
                same = self._same_site_in_regency(name, parent)
                if same is not None:
                    # "Lokalisasi Tanjung" in a story about Ambon, where an earlier story told
                    # of "Tanjung Batu Merah": one lokalisasi, by its short and its long name.
                    gazetteer.learn_place(gazetteer.places[same], [name])
                    site_id = same
                else:
                    site = lokalisasi_place(name, parent)
                    gazetteer.learn_place(site, [name, *_street_less(name)])
                    site_id = site.id
            located.append(Located(start, end, text[start:end], site_id))
            taken.append((start, end))
            if start in addressed and free(*addressed[start][:2]):
                # "lokalisasi Bukit Sungkai Jalan Tjilik Riwut Km 12": its kilometre names it.
                km_start, km_end, km_name = addressed[start]
                gazetteer.learn_place(gazetteer.places[site_id], [km_name])
                located.append(Located(km_start, km_end, text[km_start:km_end], site_id))
                taken.append((km_start, km_end))
            # "Lorong Buloa atau yang dahulu terdaftar sebagai Resosialisasi Tallo Permai",
            # "Simpang Rotan yang lebih dikenal dengan sebutan Kampung Biru": one lokalisasi.
            if other and free(other.start("name"), other.end("name")):
                alias = trim_name(other["name"])
                alias_end = other.start("name") + len(alias)
                if (
                    alias
                    and not self._names_region(alias)
                    and key(alias) not in lx.COMMON_ABBREVIATIONS
                ):
                    names = [alias, _SITE_KIND_PREFIX_RE.sub("", alias)]
                    gazetteer.learn_place(gazetteer.places[site_id], names)
                    located.append(Located(other.start("name"), alias_end, alias, site_id))
                    taken.append((other.start("name"), alias_end))
            # "kompleks yang dikenal warga sebagai "Rumah Biru" di Jalan By Pass Km 14": the
            # name people know the lokalisasi at that address by.
            nickname = _NICKNAME_BEFORE_RE.search(text, 0, start)
            if nickname and free(nickname.start("name"), nickname.end("name")):
                alias = nickname["name"]
                if not self._names_region(alias):
                    gazetteer.learn_place(gazetteer.places[site_id], [alias])
                    located.append(
                        Located(nickname.start("name"), nickname.end("name"), alias, site_id)
                    )
                    taken.append((nickname.start("name"), nickname.end("name")))

        for start, end, district in self._bracketed_districts(text):
            if free(start, end):
                located.append(Located(start, end, text[start:end], district))
                taken.append((start, end))

        # This story's own lokalisasi, looked up once and only for a sentence naming one.
        own_sites = (
            self._own_sites()
            if any(gazetteer.places[p].level == "lokalisasi" for m in mentions for p in m.place_ids)
            else {}
        )
        for mention in mentions:
            if free(mention.start, mention.end):
                place_id = scope.choose(mention.place_ids, text[: mention.start])
                if all(
                    gazetteer.places[pid].level == "lokalisasi"
                    and pid not in own_sites
                    and pid not in well_known_sites()
                    and not scope.in_scope(pid)
                    and not key(mention.text).endswith(key(gazetteer.places[pid].name))
                    for pid in mention.place_ids
                ):
                    # "masyarakat Tanjung" in a story about Jayapura is not the Ambon lokalisasi
                    # another story called "Tanjung" for short (another province's, and no
                    # famous one); it may be short for this story's own.
                    own = self._longer_name_of(mention.text)
                    if own is None:
                        continue
                    place_id = own
                elif _NUMBERED_RE.fullmatch(mention.text) and not self._site_fits(place_id, None):
                    # "Km 12" in a story about Palangka Raya is not Sampit's Km 12: a kilometre
                    # post names a lokalisasi only together with its town.
                    continue
                located.append(Located(mention.start, mention.end, mention.text, place_id))
                taken.append((mention.start, mention.end))
                self._learn_bare_district(mention.text, place_id)
        located.sort(key=lambda loc: loc.start)
        self._settle_sites(located)
        return located

    def _learn_bare_district(self, written: str, place_id: str) -> None:
        """'Kecamatan Unaaha' … 'Lokalisasi di Unaaha': a district the story has named with its
        level's word is known by its bare name afterwards (written with a capital), when that
        name is no other place's."""
        level, _, bare = written.partition(" ")
        place = self.gazetteer.places.get(place_id)
        if level.lower().rstrip(".") not in _DISTRICT_WORDS or not bare or place is None:
            return
        if place.level != "kecamatan" or self.gazetteer.aliases.get(key(bare)):
            return
        self.gazetteer.learn_place(place, [bare])

    def _with_chained_districts(
        self, text: str, mentions: list[PlaceMention]
    ) -> list[PlaceMention]:
        """`mentions` and the districts written bare in an address before their regency:
        "lokalisasi di Dadap, Kosambi, Kabupaten Tangerang" names the district Kosambi (a bare
        name is read only there, where its regency vouches for it: many are everyday words)."""
        added = []
        for mention in mentions:
            regency = self.scope.choose(mention.place_ids)
            if self.gazetteer.depth(regency) != REGENCY_DEPTH or not _REGENCY_WRITTEN_RE.match(
                mention.text
            ):
                continue
            chained = _CHAINED_NAME_RE.search(text, 0, mention.start)
            if chained is None or any(
                m.start < chained.end("name") and chained.start("name") < m.end for m in mentions
            ):
                continue
            districts = [
                pid
                for pid in self.gazetteer.lookup(f"kecamatan {chained['name']}")
                if self.gazetteer.contains(regency, pid)
            ]
            if len(districts) == 1:
                added.append(
                    PlaceMention(
                        chained["name"], chained.start("name"), chained.end("name"), (districts[0],)
                    )
                )
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions

    def _chained_villages(
        self, text: str, mentions: list[PlaceMention]
    ) -> list[tuple[int, int, Place]]:
        """'lokalisasi di Dadap, Kosambi, Kabupaten Tangerang': the village written bare before
        its district, where a lokalisasi is said to be (learnt, so that "lokalisasi Dadap" later
        lies there). Only right after "lokalisasi di": elsewhere a bare name may be anything."""
        found = []
        for mention in mentions:
            district = self.scope.choose(mention.place_ids)
            if self.gazetteer.places[district].level != "kecamatan":
                continue
            village = _CHAINED_VILLAGE_RE.search(text, 0, mention.start)
            if village is None or self.gazetteer.lookup(village["name"]):
                continue
            place = village_place(village["name"], "desa", district)
            self.gazetteer.learn_place(place, [village["name"]])
            found.append((village.start("name"), village.end("name"), place))
        return found

    def _bracketed_districts(self, text: str) -> list[tuple[int, int, str]]:
        """'Pasir Kuda (Bungursari) dengan PSK 31 orang': a district of the story's regency
        written bare in brackets after a name. Bare district names are not read elsewhere:
        many are everyday words."""
        main = self.scope.main_place
        if self.gazetteer.depth(main) < REGENCY_DEPTH:
            return []
        found = []
        for match in _BRACKETED_NAME_RE.finditer(text):
            districts = [
                pid
                for pid in self.gazetteer.lookup(f"kecamatan {match['name']}")
                if self.gazetteer.contains(main, pid)
            ]
            if len(districts) == 1:
                found.append((match.start("name"), match.end("name"), districts[0]))
        return found

    def _site_fits(self, site_id: str, region: str | None) -> bool:
        """Whether a known lokalisasi can be the one named near `region` (on one line with it),
        or, with no region named, inside the article's province."""
        gazetteer = self.gazetteer
        if site_id in well_known_sites():
            return True  # "lokalisasi Dolly" in a story about Palembang is still Surabaya's
        if region is None:
            # In a story about one regency, a lokalisasi of another regency is another one.
            main = gazetteer.places.get(self.scope.main_place)
            if main is not None and main.level in ("kabupaten", "kota"):
                return gazetteer.contains(main.id, site_id)
            return self.scope.in_scope(site_id)
        parent = gazetteer.places[site_id].parent_id or INDONESIA
        return gazetteer.contains(region, site_id) or gazetteer.contains(parent, region)

    def _nearest_region(self, mentions: list[PlaceMention], start: int, end: int) -> str | None:
        """The region named nearest a new lokalisasi (after it first), inside the article's
        province: "Bukit Kemuning" in Kendari is not the district of that name in Lampung."""
        # "… sedangkan di lokalisasi Batu Layar": another lokalisasi's name, not a region.
        others = [
            m for m in mentions if (m.end <= start or m.start >= end) and not self._names_site(m)
        ]
        after = [m for m in others if m.start >= end]
        before = [m for m in others if m.end <= start]
        written = _WRITTEN_ADDRESS_RE.match(self.text, end)
        if after and written and written.end() == after[0].start:
            # "dipulangkan dari Lokalisasi Pucuk Jambu, Kabupaten Batanghari, Provinsi Jambi" in
            # a story about Indramayu: the address written with it, wherever that is.
            pid = self.scope.choose(after[0].place_ids)
            if self.gazetteer.places[pid].level != "lokalisasi":
                return pid
        for mention in after[:1] + before[-1:]:
            pid = self.scope.choose(mention.place_ids)
            if self._province_above_main(mention, pid, mentions):
                continue
            # "… yang hijrah ke Bengkulu dan kini menghuni eks lokalisasi Pulau Baai" in a story
            # datelined Bengkulu whose headline names another city's lokalisasi: where it was
            # reported from is no place outside the story.
            if self.gazetteer.places[pid].level != "lokalisasi" and (
                self.scope.in_scope(pid) or self.scope.at_dateline(pid)
            ):
                return pid
        return None

    def _province_above_main(
        self, mention: PlaceMention, place_id: str, mentions: list[PlaceMention]
    ) -> bool:
        """Whether a province is named only around the story's own city or regency: as a wider
        office's ("disampaikan kepada Dinas Sosial Provinsi Kalimantan Tengah") or as its
        address ("Wali Kota Balikpapan, Kalimantan Timur, … lokalisasi KM17"). Neither says
        the lokalisasi lies elsewhere than the story does."""
        main = self.scope.main_place
        if self.gazetteer.places[place_id].level != "provinsi":
            return False  # "Bupati Batanghari menutup …": a regency's office closes its own
        if main == place_id or not self.gazetteer.contains(place_id, main):
            return False
        before = lower(self.text[max(0, mention.start - 60) : mention.start])
        return OFFICE_BEFORE_RE.search(before) is not None or bool(
            _ADDRESS_OF_MAIN_RE.search(before)
            and any(m.end <= mention.start and main in m.place_ids for m in mentions)
        )

    def _names_site(self, mention: PlaceMention) -> bool:
        """Whether a region's name stands right after "lokalisasi" (a lokalisasi named so)."""
        return _SITE_BEFORE_RE.search(self.text[: mention.start]) is not None

    def _street_name(
        self, written: str, span: tuple[int, int], found: list[tuple[int, int, str, str | None]]
    ) -> str:
        """'Lokalisasi Jalan Kenanga': a lokalisasi named by its street (with no "di" between,
        the street is its name, not its address), up to the next address part or region; ''
        when it is not, or the street's kilometre already named it ("Jalan Sudirman Km 12")."""
        first, _, rest = written.partition(" ")
        if first.lower() != "jalan" or any(span[0] <= start < span[1] + 12 for start, *_ in found):
            return ""
        words = trim_name(rest).split()
        for cut in range(1, len(words)):
            tail = " ".join(words[cut:])
            # A district is known by its level's word: "Tembilahan" as "Kecamatan Tembilahan".
            ids = self.gazetteer.lookup(tail) + self.gazetteer.lookup(f"Kecamatan {tail}")
            if any(self.gazetteer.places[p].level != "lokalisasi" for p in ids):
                words = words[:cut]  # "Lokalisasi Jalan Pelabuhan Lama Tembilahan": the town
                break
        return f"{first} {' '.join(words)}" if words else ""

    def _new_sites(self, text: str) -> list[tuple[int, int, str, str | None]]:
        """Lokalisasi named in a sentence: (start, end, name, region written beside it)."""
        gazetteer, scope = self.gazetteer, self.scope
        found: list[tuple[int, int, str, str | None]] = []
        for match in _SITE_ADDRESS_RE.finditer(text):
            found.append((match.start(), match.end(), f"Km {match['n']}", None))
        for match in _SITE_KM_AT_RE.finditer(text):
            if not any(start <= match.start("km") < end for start, end, *_ in found):
                found.append((match.start("km"), match.end("km"), f"Km {match['n']}", None))
        for pattern in _SITE_PATTERNS:
            if pattern is _SITE_APPOSITIVE_RE and not self.numbered_only:
                continue  # in a sentence, "Pada Minggu, lokalisasi yang …" names no lokalisasi
            for match in pattern.finditer(text):
                name = self._before_region(trim_name(match["name"]))
                street = ""
                if not name and pattern in (_SITE_NAMED_RE, _SITE_APPOSITIVE_RE):
                    street = name = self._street_name(match["name"], match.span("name"), found)
                first = name.split()[0].lower() if name else ""
                if not name or (not street and first in _ROAD_WORDS):
                    continue
                if first in _NOT_SITE_WORDS or _not_a_site_name(name):
                    continue  # "… yaitu Camat Pagaden Barat": an office, no lokalisasi
                if pattern is _SITE_AT_PLACE_RE and (
                    name == match["name"] or first in _NOT_A_PLACE_NAME or gazetteer.lookup(name)
                ):
                    # No regency after it, a level's word or a hall ("rapat … penutupan
                    # lokalisasi di Aula Setda Kapuas"), or a place the lists know: no new name.
                    continue
                if _WORKERS_RE.fullmatch(name.lower()) or lx.LOKALISASI_RE.fullmatch(name.lower()):
                    # "penanganan lokalisasi WTS di Jawa Timur": the workers, no name; "Tentang
                    # Penutupan Lokalisasi Prostitusi": the trade, no name either.
                    continue
                if len(name.split()) > 1 and (
                    _WORKERS_RE.fullmatch(first) or lx.LOKALISASI_RE.fullmatch(first)
                ):
                    # "lokalisasi PSK Madusari", "lokalisasi prostitusi Madusari": the
                    # lokalisasi of the workers or the trade, named after
                    name = name.split(maxsplit=1)[1]
                if (
                    self.numbered_only
                    and not _NUMBERED_RE.fullmatch(name)
                    and pattern is not _SITE_APPOSITIVE_RE  # the comma ends the name
                ):
                    continue
                regions = [
                    pid
                    for pid in gazetteer.lookup(name)
                    if gazetteer.places[pid].level != "lokalisasi"
                    and (scope.in_scope(pid) or gazetteer.places[pid].level in _REGION_LEVELS)
                ]
                villages = [p for p in regions if gazetteer.places[p].level in _VILLAGES]
                if regions and len(villages) < len(regions):
                    # "lokalisasi Samarinda" names a region, not a lokalisasi; so does "PSK asal
                    # lokalisasi Tuban" in a story about another province.
                    continue
                known = any(
                    gazetteer.places[p].level == "lokalisasi" and scope.in_scope(p)
                    for p in gazetteer.lookup(name)
                )
                villages = [] if known else villages  # the lokalisasi met before, not a new one
                start = match.start("name") + max(0, match["name"].find(name))
                pretty = _km_name(name if name[:1].isupper() else name.title())
                # "lokalisasi Tondo" in Kelurahan Tondo: a lokalisasi named by its village.
                found.append((start, start + len(name), pretty, name if villages else None))
        if self.numbered_only:
            return found
        found += self._parallel_sites(text, found)
        found += self._listed_sites(text)
        found += self._sites_by_region(text, found)
        if lx.LOKALISASI_RE.search(lower(text)) or re.search(lx.WORKER, lower(text)):
            for match in _SITE_PAREN_RE.finditer(text):
                name = trim_name(match["name"])
                region = match["region"].strip()
                regions = gazetteer.lookup(region)
                if not name or not regions or gazetteer.depth(regions[0]) > 3:
                    continue
                own = gazetteer.lookup(name)
                if own and any(gazetteer.places[p].level != "lokalisasi" for p in own):
                    continue  # "Kalimantan Timur (Kaltim)" is a region with its short name
                if name.split()[0].lower() in lx.OFFICE_WORDS or len(name) < 3:
                    continue
                if lx.ROLE_RE.match(name) or any(
                    set(m.place_ids) & set(regions) for m in gazetteer.find(name)
                ):
                    continue  # "Bupati Musi Banyuasin (Muba)": an office and its region
                start = match.start("name")
                found.append((start, start + len(name), name, region))
        return found

    def _parallel_sites(
        self, text: str, named: list[tuple[int, int, str, str | None]]
    ) -> list[tuple[int, int, str, str | None]]:
        """'Di lokalisasi Gang Sawo tercatat 40 PSK, sedangkan di Kalibiru 25 orang': the
        place set against a lokalisasi is another lokalisasi (unless it is a region)."""
        if not named:
            return []
        first_end = min(end for _, end, _, _ in named)
        found: list[tuple[int, int, str, str | None]] = []
        matches = itertools.chain(
            _PARALLEL_SITE_RE.finditer(text, first_end),
            _PARALLEL_ADDRESSED_RE.finditer(text, first_end),
        )
        for match in matches:
            name = trim_name(match["name"])
            if not name or _not_a_site_name(name):
                continue  # "… yaitu Camat Pagaden Barat": an office, no lokalisasi
            if self._names_region(name) or any(
                self.gazetteer.places[pid].level != "lokalisasi"
                for pid in self.gazetteer.lookup(name)
            ):
                continue  # "sedangkan di Bontang", "dan di Kelurahan …": a region
            start = match.start("name")
            if any(s <= start < e for s, e, _, _ in (*named, *found)):
                continue  # a name read already, by another rule or the other pattern
            found.append((start, start + len(name), name, None))
        return found

    def _listed_sites(self, text: str) -> list[tuple[int, int, str, str | None]]:
        """'Ketiga lokalisasi itu yakni Kampung Sentosa di Kecamatan Haurgeulis (45 orang),
        Cempaka Jaya … dan Tanjung Wangi …': lokalisasi named one after another."""
        low = lower(text)
        marker = LIST_MARKER_RE.search(low)
        if marker and lx.LOKALISASI_RE.search(low, 0, marker.end()):
            position = marker.end()
        elif self.lists_on and (opening := _OPENING_MARKER_RE.match(low)):
            position = opening.end()
        elif from_to := _FROM_TO_LIST_RE.match(low):
            # "Mulai Lokalisasi Kampung Kajang, Tenda Biru dan Pramuka di Teluk Pandan, …,
            # hingga Bintang Belambong di Sangkulirang": every lokalisasi from one to the last.
            position = from_to.end()
        else:
            return []
        found: list[tuple[int, int, str, str | None]] = []
        # The list ends where a quote does ('… yaitu Camat Pagaden Barat," ujar Ryan, Kamis').
        said = _LIST_END_RE.search(text, position)
        for item in _LIST_SPLIT_RE.split(text[position : said.start() if said else None]):
            start = text.find(item, position)
            position = start + len(item)
            match = _LISTED_NAME_RE.match(item)
            if not match:
                if found and item[:1].islower():
                    break  # "A, B, dan C, akan segera ditutup oleh …": the list has ended
                continue
            written = self._before_region(trim_name(match["name"]))
            name = _km_name(written)
            if not name or _not_a_site_name(name) or _WORKERS_RE.fullmatch(name.lower()):
                continue  # "… yaitu Camat Pagaden Barat": an office, no lokalisasi
            if self._names_region(name) or self._names_region(_NUMBER_TAIL_RE.sub("", name)):
                # "yakni di Kabupaten Jember dan …": places, not lokalisasi; "yakni Sulawesi
                # Selatan 4, Bali 2": each region's figure.
                continue
            name_start = start + match.start("name")
            found.append(
                (name_start, name_start + len(written), name, self._listed_at(item, written))
            )
        # "Nglebok dan Sumberagung yang berada di Cepu": both lie where the second does.
        for at in range(len(found) - 2, -1, -1):
            here, after = found[at], found[at + 1]
            if here[3] is None and after[3] and _JOINED_RE.fullmatch(text, here[1], after[0]):
                found[at] = (*here[:3], after[3])
        return found

    def _sites_by_region(
        self, text: str, named: list[tuple[int, int, str, str | None]]
    ) -> list[tuple[int, int, str, str | None]]:
        """'… masing-masing di Kota Semarang (Sunan Kuning), Kendal (Gambilangu), Kudus (Gribig,
        Tanjungkarang)': each regency's lokalisasi, written in brackets after it."""
        if "(" not in text:
            return []  # most sentences: no bracket, no such list
        pairs = []
        for match in _REGION_SITES_RE.finditer(text):
            # "Kemudian Lamongan (Tegal Arum)": the word before the region may be capitalised.
            for region in dict.fromkeys((match["region"], match["region"].split()[-1])):
                regions = self.gazetteer.lookup(region)
                if regions and self.gazetteer.depth(regions[0]) == REGENCY_DEPTH:
                    pairs.append((region, match))
                    break
        # A list that goes on from the sentence before ("Kemudian Cilacap (Slarang), Kudus
        # (Gribig), …") need not say "lokalisasi" again when it is long.
        least = REGION_SITES_AT_LEAST + (not lx.LOKALISASI_RE.search(lower(text)))
        if len(pairs) < least:
            return []
        found: list[tuple[int, int, str, str | None]] = []
        for region, match in pairs:
            position = match.start("sites")
            for item in _SITES_SPLIT_RE.split(match["sites"]):
                start = text.find(item, position)
                position = start + len(item)
                name = trim_name(item.strip())
                if (
                    not name[:1].isupper()
                    or name.isupper()  # "(SK)": a short name, said of the lokalisasi before it
                    or _not_a_site_name(name)
                    or name.split()[0].lower() in lx.OFFICE_WORDS
                    or self._names_region(name)
                    or any(s <= start < e for s, e, _, _ in named)
                ):
                    continue
                found.append((start, start + len(name), name, region))
        return found

    def _listed_at(self, item: str, name: str) -> str | None:
        """Where a listed lokalisasi lies when the list says it: "Alaska (alas karet) di
        Patean" -> "Kecamatan Patean" (a district the article writes bare)."""
        at = _LISTED_AT_RE.match(item, item.find(name) + len(name))
        if not at:
            return None
        region = at["region"]
        if self.gazetteer.lookup(region):
            return region
        district = f"Kecamatan {region}"
        return district if self.gazetteer.lookup(district) else None

    def _same_site_in_regency(self, name: str, parent: str) -> str | None:
        """The one lokalisasi already known in the regency of `parent` whose name begins with
        `name`, or with which `name` begins (a short and a long name of one place), or None."""
        gazetteer = self.gazetteer
        regency = next(
            (pid for pid in gazetteer.lineage(parent) if gazetteer.depth(pid) == REGENCY_DEPTH),
            None,
        )
        if regency is None:
            return None
        # What earlier articles taught lies in the shared gazetteer at the bottom of the layers
        # (this article's own sites are `_longer_name_of`'s); walked down from the regency
        # rather than over every place, which a batch of a thousand articles would feel.
        shared: Gazetteer | ArticlePlaces = gazetteer
        while isinstance(shared, ArticlePlaces):
            shared = shared.under
        own = key(name)
        found = set()
        below = [regency]
        while below:
            pid = below.pop()
            below += shared.children.get(pid, ())
            place = shared.places.get(pid)
            if place is not None and place.level == "lokalisasi":
                known = key(place.name)
                if known.startswith(own + " ") or own.startswith(known + " "):
                    found.add(pid)
        return found.pop() if len(found) == 1 else None

    def _other_name_of(self, text: str, start: int, mentions: list[PlaceMention]) -> str | None:
        """The known lokalisasi named right before "… disebut (dengan) <this name>"."""
        said = _CALLED_BEFORE_RE.search(text, max(0, start - 80), start)
        if said is None:
            return None
        before = [
            m
            for m in mentions
            if m.end <= said.start()
            and not _BREAK_RE.search(text, m.end, said.start())
            and any(self.gazetteer.places[p].level == "lokalisasi" for p in m.place_ids)
        ]
        if before:
            sites = [
                p for p in before[-1].place_ids if self.gazetteer.places[p].level == "lokalisasi"
            ]
            return self.scope.choose(tuple(sites))
        if _POINTING_BEFORE_CALLED_RE.match(text) and len(own := self._own_sites()) == 1:
            # "Lokalisasi yang dulu juga dikenal dengan nama Resosialisasi Km 4" in a story
            # that has named one lokalisasi: another name of that one.
            return next(iter(own))
        # "Kampung Baru Palembang juga biasa disebut dengan Lokalisasi Terai Putih", the first
        # sentence to say it is one: the name before is the lokalisasi's too.
        named = _NAME_BEFORE_CALLED_RE.search(text, 0, said.start())
        if named is None:
            return None
        name = self._before_region(named["name"])
        if not name or self._names_region(name) or _not_a_site_name(name):
            return None
        parent = self._nearest_region(mentions, named.start("name"), named.end("name"))
        site = lokalisasi_place(name, parent or self.scope.main_place)
        self.gazetteer.learn_place(site, [name])
        return site.id

    def _longer_name_of(self, name: str) -> str | None:
        """The one lokalisasi this article has named whose name `name` begins or ends
        ("Tanjung" of "Tanjung Batu Merah", "Kenongo" of "Wisma Melati Sari Kenongo"), or None."""
        short = key(name)
        found = {
            pid
            for pid, place in self._own_sites().items()
            if key(place.name).startswith(short + " ") or key(place.name).endswith(" " + short)
        }
        return found.pop() if len(found) == 1 else None

    def _own_sites(self) -> dict[str, Place]:
        """The lokalisasi this article has named or given a name."""
        layers = [self.gazetteer]
        under = getattr(self.gazetteer, "under", None)
        if isinstance(under, ArticlePlaces):
            layers.append(under)
        return {
            place.id: place
            for layer in layers
            if isinstance(layer, ArticlePlaces)
            for place in layer.new_places.values()
            if place.level == "lokalisasi"
        }

    def _before_region(self, name: str) -> str:
        """'Madusari Magetan' (a headline's "Lokalisasi Madusari Magetan Ditutup"): a name
        ends before the regency or city written after it, or before a district the story names
        as one ("lokalisasi Melati Jaya Wedung" after "Kecamatan Wedung")."""
        words = name.split()
        regency = self.gazetteer.regency_of(self.scope.main_place)
        for index in range(1, len(words)):
            word = words[index]
            if regency and self._district_of(regency, words[index:]):
                # "lokalisasi, termasuk Sinar Pagi Rasau Jaya", "Kompleks Mawar Jaya Selebar
                # Kota X": the rest of the name opens with a district of the story's own
                # regency, written as the lokalisasi's address.
                return " ".join(words[:index])
            if word.lower() in COMMON_WORDS:
                continue  # "Tanjung Batu Merah": an everyday word, not Kota Batu
            for pid in self.gazetteer.lookup(word):
                level = self.gazetteer.places[pid].level
                if level in _REGION_LEVELS or (
                    level in _VILLAGES and pid in self.scope.named_exact
                ):
                    return " ".join(words[:index])
        return name

    def _district_of(self, regency: str, words: list[str]) -> bool:
        """Whether `words` open with a district of `regency`, named bare or as "Kecamatan …"
        (a one-word district is no alias of its own: only its regency's stories read it so)."""
        for end in range(1, len(words) + 1):
            name = " ".join(words[:end])
            for pid in (*self.gazetteer.lookup(name), *self.gazetteer.lookup(f"kecamatan {name}")):
                if self.gazetteer.places[pid].level == "kecamatan" and self.gazetteer.contains(
                    regency, pid
                ):
                    return True
        return False

    def _names_region(self, name: str) -> bool:
        """Whether a listed name is a region: one of the article's province, or any regency,
        city or province ("di antaranya Kutai Kartanegara, Mojokerto, dan Tangerang")."""
        gazetteer = self.gazetteer
        return any(
            gazetteer.places[pid].level != "lokalisasi"
            and (
                self.scope.in_scope(pid)
                or gazetteer.places[pid].level in ("provinsi", "kabupaten", "kota")
            )
            for pid in gazetteer.lookup(name)
        )

    def _settle_sites(self, located: list[Located]) -> None:
        """Place a lokalisasi in the village or district its address names right after it."""
        gazetteer = self.gazetteer
        for index, loc in enumerate(located):
            place = gazetteer.places.get(loc.place_id)
            if not place or place.level != "lokalisasi" or not place.parent_id:
                continue
            following = [
                other.place_id
                for other in located[index + 1 : index + 4]
                if other.start - loc.end < _ADDRESS_REACH
                and other.place_id != place.parent_id
                and gazetteer.contains(place.parent_id, other.place_id)
                and gazetteer.places[other.place_id].level != "lokalisasi"
            ]
            if following:
                deepest = max(following, key=gazetteer.depth)
                gazetteer.learn_place(place._replace(parent_id=deepest))


# "Kembang Sore yang terletak di Jalan Jenderal Sudirman Km 6": where it is, said outright.
_ADDRESS_GAP_RE = re.compile(
    r"[\s,]*(?:(?:yang\s+)?(?:terletak|berada|berlokasi|beralamat)\s+)?(?:di\s+)?"
)


def _read_as_villages(mentions: list[PlaceMention], villages: list[Located]) -> list[PlaceMention]:
    """'Lokalisasi Kapis, Desa Batu Ampar': a name read as a village is that village for what
    lies near it too, not the district elsewhere that bears the name."""
    read: list[PlaceMention] = []
    for mention in mentions:
        village = next(
            (v.place_id for v in villages if v.start <= mention.start and mention.end <= v.end),
            None,
        )
        read.append(
            PlaceMention(mention.text, mention.start, mention.end, (village,))
            if village
            else mention
        )
    return read


def _named_with_address(
    found: list[tuple[int, int, str, str | None]], text: str
) -> tuple[list[tuple[int, int, str, str | None]], dict[int, tuple[int, int, str]]]:
    """The lokalisasi a sentence names, less the kilometre posts written as a named one's
    address ("Bukit Sungkai Jalan Tjilik Riwut Km 12"), which are that one's other name:
    (sites, {named site's start: (start, end, name) of its kilometre post})."""
    addressed: dict[int, tuple[int, int, str]] = {}
    posts: set[tuple[int, int]] = set()
    for match in _SITE_ADDRESS_RE.finditer(text):
        named = next(
            (
                site
                for site in found
                if site[1] <= match.start()
                and _ADDRESS_GAP_RE.fullmatch(text, site[1], match.start())
                and not _KM_RE.match(site[2])
            ),
            None,
        )
        if named is not None:
            addressed[named[0]] = (match.start("km"), match.end("km"), f"Km {match['n']}")
            posts.add(match.span())
    kept = [site for site in found if (site[0], site[1]) not in posts]
    return kept, addressed
