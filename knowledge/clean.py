"""Raw news text to a clean article: title, outlet, dateline, date, and body sentences.

News pages pasted as text carry the site around the story: font-size widgets ("A"),
breadcrumbs ("• News"), tag lines ("id PSK, seks, …"), photo captions and credits, "Baca: …"
links to other stories, bylines, login boxes and share buttons, "KOMENTAR", "BERITA TERKINI",
copyright footers, and often the whole story twice. Text copied from mail or PDF comes
hard-wrapped, and some pages glue paragraphs together without a space. Cleaning re-joins what
was wrapped, keeps the story and remembers where the rest said it came from.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from knowledge import data
from knowledge import lexicon as lx
from knowledge.dates import MONTHS, DateMention, find_dates
from knowledge.places import Gazetteer
from knowledge.sentences import ABBREVIATIONS, only_a_day, split_sentences, unglue
from knowledge.text import fold, tidy

MAX_TITLE_WORDS = 25
HEADER_WINDOW = 14
"""How many lines from the top may hold the title, captions and the dateline (furniture such as
login boxes and share buttons is removed first and does not count)."""
MIN_TITLE_WORDS = 3
"""Site names and sections ("detikNews", "Jawa Barat") are shorter than headlines."""
PARAGRAPH_MIN_WORDS = 8
FRAGMENT_MAX_WORDS = 4
CAPTION_MAX_WORDS = 40
DATE_LINE_MAX_WORDS = 12
MAX_WRAP_WIDTH = 110
"""Hard-wrapped text is wrapped at 60–100 characters; a news paragraph on one line is longer."""
MIN_WRAPPED_LINES = 3
WRAP_PROSE_WORDS = 5
"""Without a wrap width, only a line of prose this long continues on a lower-case line; tag
lists ("lokalisasi", "psk") are single words."""

# Domains and the outlets' names as they stand in datelines and credits.
_DOMAIN = (
    r"(?:[A-Za-z0-9-]+\.)+(?i:co\.id|or\.id|go\.id|web\.id|my\.id|com|co|id|net|org|news|tv|info)"
)


def _outlet_patterns(key: str) -> str:
    """The names of data/outlets.toml under `key` as one regular expression."""
    names = data.table("outlets")["outlets"][key]
    escaped = sorted((re.escape(n).replace(r"\*", "[a-z]+") for n in names), key=len, reverse=True)
    return "(?i:" + "|".join(escaped) + ")"


# Outlets that sign without a domain ("VIVA -", "Jakarta, CNN Indonesia --", "- detikNews").
_OUTLET_NAME = _outlet_patterns("names")
_OUTLET = re.compile(rf"(?:{_DOMAIN}|{_OUTLET_NAME})")
_LEADING_OUTLET = re.compile(rf"^[-\s]*(?P<outlet>{_DOMAIN}|{_OUTLET_NAME})(?![\w.])")

_FIELD_NAMES = (
    r"penulis|editor|sumber|reporter|pewarta|redaktur|fotografer|foto|copyright|penyunting"
    r"|kontributor|wartawan"
)
# "Penulis: …", "Editor : …", "Redaktur & Reporter : Ragil"
_FOOTER_FIELD = re.compile(
    rf"^(?P<field>{_FIELD_NAMES})(?:\s*(?:&|/|dan)\s*(?P<other>{_FIELD_NAMES}))?"
    r"\s*:\s*(?P<value>.*)$",
    re.I,
)
# "Kontributor Samarinda, Gusti Nara": a reporter under the headline.
_CONTRIBUTOR = re.compile(
    r"^(?:kontributor|koresponden)\s+[\w ]{2,30},"
    r"\s*(?P<name>[A-Z][\w.']*(?:\s+[A-Z][\w.']*){0,4})$",
    re.I,
)
# Nothing after these is the story: comment sections, other stories' teasers, copyright.
_FOOTER_END = re.compile(
    r"^(?:komentar|berita terkini|berita terkait|artikel terkait|berita lainnya|baca lainnya"
    r"|terpopuler|ikuti kami.*|follow us.*|©.*|\(c\)\s*\d{4}.*|copyright.*"
    r"|all rights? reserved\.?|tags?(?:\s*:.*)?|topik\s*:.*"
    r"|tinggalkan balasan|tulis komentar.*|artikel ini telah tayang\b.*|\d+ komentar"
    r"|kirim komentar|berikan komentar.*|komentar\s*\(\d+\)|beri komentar.*"
    r"|(?:login|log in|masuk) untuk (?:berkomentar|mengomentari|memberi komentar).*"
    r"|isi komentar sepenuhnya.*|alamat email anda tidak akan dipublikasikan.*"
    r"|.{0,60}\btidak bertanggung ?jawab atas (?:isi )?komentar\b.*"
    r"|komentar (?:anda|pembaca)\b.*)$",
    re.I,
)
# A heading over a list of other stories' headlines; the list goes with it.
_LIST_HEAD = re.compile(
    r"^(?:berita terkait|artikel terkait|terkait|rekomendasi(?: untuk anda)?|terpopuler"
    r"|populer|paling populer|berita (?:ter)?populer|terbaru|berita terbaru|baca juga|lihat juga"
    r"|simak juga|baca lainnya|berita lainnya|artikel lainnya|pilihan editor|topik terkait"
    r"|video terkait|trending|most popular|bacaan lainnya|baca artikel lainnya\.*|berita lain"
    r"|berita selanjutnya|artikel selanjutnya)\s*:?$",
    re.I,
)
_ON_TOPIC = re.compile(rf"{lx.LOKALISASI}|\b(?:psk|pekerja seks|mucikari|wts|esek)", re.I)
_TITLE_TOPIC = re.compile(
    rf"{_ON_TOPIC.pattern}|\b(?:ditutup|penutupan|prostitusi|pelacuran|resosialisasi)\b", re.I
)
"""A headline's words about the story's topic, which an advert's or a banner's line lacks."""
# "BREAKING NEWS :" and the one headline of another story the ticker shows after it.
_TICKER = re.compile(
    r"^(?:breaking news|news ticker|berita terkini|info terkini|sekilas info|headline news)\s*:?"
    r"\s*(?P<rest>.*)$",
    re.I,
)
_LIST_ITEM = re.compile(r"^(?:\d{1,2}[.)]?\s+|[•·▪\-*]\s*)\S")
# Page controls pasted with the text: login boxes, share buttons, ads, audio players.
_UI_FURNITURE = re.compile(
    r"^(?:login|log in|masuk|daftar|register|sign in|sign up|logout|log out|keluar|atau"
    r"|lupa (?:kata sandi|password)\??|ingat saya|remember me|password|kata sandi|e-?mail"
    r"|(?:login|masuk|daftar|lanjutkan) (?:dengan|via|melalui|ke)\b.{0,40}"
    r"|facebook|twitter|x|whatsapp|telegram|line|linkedin|pinterest|instagram|youtube|tiktok"
    r"|copy link|salin (?:link|tautan)|(?:link|tautan|url) (?:telah |sudah )?(?:disalin|tersalin)"
    r"|share url.*|bagikan(?: (?:ini|artikel(?: ini)?|berita(?: ini)?|ke \w+))?\s*:?"
    r"|share(?: (?:this|ini|artikel))?\s*:?|advertisement|iklan|ads|sponsored"
    r"|scroll (?:to|untuk) (?:continue|melanjutkan|lanjut).*|lanjut(?:kan)? membaca|loading\.*"
    r"|memuat\.*|baca berita tanpa iklan.*|dengarkan(?: artikel)?(?: ini)?|putar audio"
    r"|laporkan|ukuran (?:teks|huruf)|font|reset|a\+|a-|tutup|close|kembali ke atas"
    r"|back to top|lihat semua|lihat selengkapnya|load more|muat lebih banyak"
    r"|cek berita dan artikel (?:yang )?lain(?:nya)? di google news\.?"
    r"|simak breaking news.*|google news|baca selengkapnya"
    r"|\d+ dari \d+ halaman|halaman \d+|halaman (?:selanjutnya|berikutnya)|selanjutnya"
    r"|sebelumnya|selengkapnya|iklan\s*-.*|geser ke atas\b.*"
    r"|better experience in portrait mode\.?|no results?(?: found)?|view all results?)$",
    re.I,
)
# A site's own links, often glued into one line: "Tentang KamiPedoman Media SiberKebijakan
# Privasi…"; two of them make the line a menu. Its copyright and build lines go with it.
_SITE_LINK = re.compile(
    r"tentang kami|pedoman media siber|kebijakan privasi|redaksi|karir|kontak kami|hubungi kami"
    r"|disclaimer|syarat (?:dan|&) ketentuan|ketentuan (?:layanan|penggunaan)|info iklan"
    r"|kode etik|panduan komunitas|kerja sama",
    re.I,
)
_SITE_STAMP = re.compile(
    r"^(?:\d{4}\s+\S{1,2}\s+PT\s.{2,60}|(?:version|versi)\s+\d+(?:\.\d+)+)$", re.I
)
_PUBLISHED_AS = re.compile(
    r"artikel ini telah tayang di (?P<outlet>[\w.-]+) dengan judul (?P<title>.+?)"
    r"(?:,\s*(?:https?://\S+|klik\b.*)|\.\s*$|$)",
    re.I,
)
# "Home » Jateng » Kendal", "Beranda / Berita / Sosial", "News > Daerah"
_BREADCRUMB = re.compile(r"\S\s+(?:»|›|/|>|\|)\s+\S.*\s(?:»|›|/|>|\|)\s|^(?:home|beranda)\b", re.I)
# A site's section above the headline: "Berita Jawa Timur", "Berita | Nasional", "News / Daerah".
_RUBRIC = re.compile(
    r"^(?:berita|news|kanal|rubrik)(?:\s+\S+){0,3}$"
    r"|^[\w-]+(?:\s+[\w-]+)?\s+[|/»›>]\s+[\w-]+(?:\s+[\w-]+)?$",
    re.I,
)
# "Sholihin Ardiansyah - detikNews": a reporter and the outlet.
_BYLINE = re.compile(r"^(?P<name>[A-Z][\w.']*(?:\s+[A-Z][\w.']*){0,4})\s+-\s+(?P<outlet>[\w.]+)$")
# "- detikNews": the outlet alone under the headline.
_OUTLET_TAG = re.compile(r"^-\s*(?P<outlet>[A-Za-z][\w.]{2,40})$")
# "KABARSABURAI.COM", "Kompas.com", "detikNews": a site's name standing alone.
_SITE_BANNER = re.compile(rf"^(?:[\w-]+\.(?:com|co\.id|id|net|org|news)|{_OUTLET_NAME})$", re.I)
_DATE_LINE_TRIMMINGS = re.compile(
    r"\b(?:wib|wita|wit|pukul|diposting|dipublikasikan|diterbitkan|diperbarui|published|posted"
    r"|update|updated|pada|oleh\s+\w+|dibaca\s+[\d.]+\s+kali|senin|selasa|rabu|kamis|jumat"
    r"|sabtu|minggu)\b",
    re.I,
)
# What follows the date on some date lines: "| Reporter : Danny Utama", "Editor: Andry 1234".
_DATE_LINE_TAIL = re.compile(r"\b(?:reporter|penulis|editor|redaktur)\s*:.*$", re.I)
# The reporter a date line names: "oleh Maria Lumenta diperbarui …", "… Reporter : Bayu Prasetyo".
_NAME_WORD = r"(?!(?i:editor|penulis|redaktur|reporter|fotografer)\b)[A-Z][\w.']*"
_DATE_LINE_AUTHOR = re.compile(
    r"(?:\b(?i:reporter|penulis)\s*:\s*|^(?i:oleh)\s+)"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})"
)
_BOILERPLATE = [
    re.compile(r"^(?:[A-Za-z]\s*){1,3}$"),  # font-size widget "A", "A A A"
    re.compile(r"^[•›»>|·]\s*\S.{0,40}$"),  # breadcrumbs
    re.compile(r"^(?:baca|baca juga|lihat juga|simak juga|simak|klik)\s*:", re.I),
    re.compile(r"^\((?:\*|[a-z]{2,6}(?:/[a-z]{2,6})*)\)$"),  # "(nag)", "(*)"
    re.compile(r"^\[[^\]]{1,80}\]$"),  # "[Gambas:Video 20detik]"
    re.compile(r"^[\w.-]+\.(?:com|co|id|net|org|tv)(?:\.id)?(?:/[^\s]*(?:\s[^\s]+){0,3})?$", re.I),
    re.compile(r"^(?:bagikan|share|advertisement|iklan|scroll to continue.*|loading\.*)$", re.I),
    re.compile(r"^ikuti kami\b.*$", re.I),
    re.compile(r"^#\w+(?:\s+#?\w+)*$"),  # hashtag line "#Lokalisasi #Kendari #PSK"
    re.compile(r"^\([^()]{2,60}\)\.?$"),  # a byline or credit in brackets: "(Ahmad Akbar Fua)"
    re.compile(r"^(?:simak|saksikan|tonton)\s+(?:juga\s+)?video\b.*$", re.I),
    re.compile(r"^(?:simak|saksikan|tonton)\b.{0,60}berikut.{0,20}$", re.I),
    re.compile(r"^(?:dapatkan|download|unduh)\b.{0,80}\b(?:berita|aplikasi|update)\b.*$", re.I),
    re.compile(r"^baca artikel lainnya\b.*$", re.I),
    re.compile(r"^\*?\s*fakta atau hoaks\b.*$", re.I),
    re.compile(r"^(?i:baca|lihat|simak) (?i:juga)(?=[A-Z])"),  # "BACA JUGAWabup Tolak …"
    re.compile(r"^[A-Z][A-Z .'/-]*(?:\s*\|\s*[A-Z][A-Z .'/-]*)+$"),  # "BUDI S. | RT | AFP"
]
# A desk's code on a line of its own ends the story: "(idh/asp)", "(mdk/lia)", "(*)".
_DESK_CODE = re.compile(r"^\((?:\*|[a-z]{2,6}\d?(?:/[a-z]{2,6}\d?)*)\)\.?$")
_TAG_LINE = re.compile(r"^(?:id|tags?|topik|kata kunci)\s*:?\s+[^.!?]*$", re.I)
# A photo credit closing a caption: "(Foto Antara Kalteng/Norjani)", ".(KOMPAS.com/ANDRI S)",
# "Foto: Sholihin Ardiansyah/detikcom"; never a date in brackets, "(22/2/2016)", which closes
# many a body sentence.
_CAPTION = re.compile(
    r"\((?:foto|dok|ist|istimewa|humas\w*|antara|net|int)\b[^)]*\)\s*\.?\s*$"
    r"|\((?=[^)]*[A-Za-z])[\w .:-]*/[^)]*\)\s*\.?\s*$"
    r"|\bfoto\s*:\s*[\w .]+/[\w.]+\s*$",
    re.I,
)
# A photo credit written without brackets inside a caption: "… Tahun IniIDN Times/Sukma Shakti",
# "… (19/6/2014). KOMPAS.com/Achmad Faizal PSK masih …".
_INLINE_CREDIT = re.compile(rf"(?:{_DOMAIN}|{_OUTLET_NAME})\s*/\s*[A-Z][A-Za-z.]+")
_PHOTO_WORD = re.compile(r"\b(?:foto|dok|dokumentasi|ist|istimewa|ilustrasi)\b", re.I)
# A wire or desk credit closing the story's last paragraph: "(Antara)", "(ant)", "(Antara/ABC)",
# "(*)", "(rls)", "(mdk/gil)", "(Humas Pemkab Muba/rls)", "(T.F011/E. Sutrisno)", "(Abdul Hamid)".
_CODE = r"(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{1,6}"
_AGENCY = _outlet_patterns("credits")
_WIRE_CREDIT = re.compile(
    r"\(\s*(?:\*"
    rf"|{_AGENCY}(?:\s+(?!(?i:foto)\b)[A-Z][a-z]+)?(?:/(?:{_CODE}|\*))*"
    rf"|{_CODE}(?:/(?:{_CODE}|\*))*"
    r"|[^()/]{2,40}/(?:rls|\*)"
    r"|[A-Z]{1,2}\.[A-Z0-9-]{2,10}(?:/[^()]{1,30})?"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3}"
    r")\s*\)\s*\.?\s*$"
)
# Prose, not a caption: a quotation or a verb of saying.
_PROSE = re.compile(
    r"\"|\b(?:kata|ujar|ucap|tutur|jelas|tegas|pungkas|sebut|ungkap|tambah|imbuh|terang|papar"
    r"|tandas|lanjut)(?:nya)?\b",
    re.I,
)
_REPORTER = re.compile(
    r"^laporan\s+(?:wartawan|reporter|koresponden)\s+(?P<outlet>.+?),\s*(?P<name>.+)$", re.I
)

_DASH = r"\s*-{1,3}\s*"
_OPENS = r"(?=[\"'A-Z0-9])"
# "Palangka Raya, 3/9/19 (Kabar Kalteng). Pemerintah …"
# "Jakarta, 5/9 (ANTARA) - …", "Sampit, 12 Maret 2019 - …"
_DATELINE_PAREN_DATE = re.compile(
    r"^(?P<place>[A-Z][\w.' ]{1,40}?),\s*"
    r"(?P<date>\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4})\s*"
    rf"(?:\((?P<outlet>[^()]{{2,40}})\)\s*[-.:]*|-{{1,3}})\s*{_OPENS}"
)
# "Sampit (Antara Kalteng) - …", "Jakarta (ANTARA) - …"
_DATELINE_PAREN = re.compile(
    rf"^(?P<place>[A-Z][\w.' ]{{1,40}}?)\s*\((?P<outlet>[^()]{{2,40}})\)"
    rf"\s*(?:-{{1,3}}|:)\s*{_OPENS}"
)
# "JAKARTA, NETRALNEWS - …", "TEMPO.CO, Surabaya - …", "jpnn.com, KUTAI TIMUR - …",
# "PALU,netiz.id - …", "KATIGO.ID | KOTA JAMBI - …"
_DATELINE_COMMA = re.compile(
    # A name may hold a hyphen inside a word ("warta-nasional.id"), never one between words.
    rf"^(?P<first>[A-Za-z](?:[\w.' ]|-(?=\w)){{1,35}}?)\s*[,|]\s*"
    rf"(?P<second>[A-Za-z](?:[\w.' ]|-(?=\w)){{1,35}}?)"
    # "SUMBAWA BESAR, samawarea.com (28 Oktober 2025) - …": the day in brackets after it.
    rf"(?:\s*\((?P<date>[^()]{{4,30}})\))?{_DASH}{_OPENS}"
)
# "Liputan6.com, Jakarta Menteri …": the outlet, the place, and no dash.
_DATELINE_OUTLET_COMMA = re.compile(rf"^(?P<outlet>{_DOMAIN}),\s*(?P<rest>[A-Z].*)$")
# "Suara.com - …", "VIVA - …", "KOTA.TRIBUNNEWS.COM - …", "situs.id Kamis, 5 September 2019 - …"
_DATELINE_OUTLET = re.compile(
    rf"^(?P<outlet>{_DOMAIN}|{_OUTLET_NAME})(?:\s*,?\s+(?P<date>[^-]{{4,40}}?))?{_DASH}{_OPENS}"
)
# "NEWSOBSERVASI: Pasca ditutupnya …": an outlet's name in capitals and a colon.
_DATELINE_CAPS_COLON = re.compile(r"^(?P<outlet>[A-Z][A-Z0-9]{3,30}):\s+(?=[A-Z\"])")
# "SonoraBangka.id - pemerintah Kota …": after a domain, the story may open in lower case.
_DATELINE_DOMAIN_LOWER = re.compile(rf"^(?P<outlet>{_DOMAIN}){_DASH}(?=[a-z])")
_DATELINE_CAPS = re.compile(rf"^(?P<place>[A-Z][A-Z.' ]{{2,35}}?){_DASH}{_OPENS}")
# "Indramayu - Pemerintah Kabupaten …" (detik writes the place in title case)
_DATELINE_TITLE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\s+-{1,2}\s+(?=[A-Z\"])"
)

_TERMINAL = re.compile(r"[.!?:;][\"')\]]*$")


@dataclass
class CleanArticle:
    """What cleaning found in one article's raw text."""

    title: str
    paragraphs: list[str]
    sentences: list[tuple[int, str]]
    """(paragraph index, sentence text) in reading order."""
    publisher: str | None = None
    dateline: str | None = None
    """The place the dateline names, as written ("Tanjung Selor"); None when it names none."""
    published: dt.date | None = None
    author: str | None = None
    dropped: list[str] = field(default_factory=list)
    """Lines removed as boilerplate, kept for inspection and tests."""
    dateline_places: tuple[str, ...] = ()
    """Gazetteer ids the dateline's place may stand for, most general first: the article's
    main place unless the text says otherwise."""


@dataclass(frozen=True)
class _Dateline:
    rest: str
    """The line with the dateline cut off: the story's first sentence."""
    place: str | None
    outlet: str | None
    date: str | None = None


def _has_caption(line: str) -> bool:
    """Whether `line` closes with a photo credit (checked only where a credit can be)."""
    return (line.rstrip(" .").endswith(")") or "/" in line) and bool(_CAPTION.search(line))


def _is_boilerplate(line: str) -> bool:
    if any(p.match(line) for p in _BOILERPLATE) or _is_site_menu(line):
        return True
    return bool(_TAG_LINE.match(line) and line.count(",") >= 2)


def _is_headline(line: str) -> bool:
    words = line.split()
    return (
        2 <= len(words) <= MAX_TITLE_WORDS
        and not line.endswith((".", ":", ";"))
        and not _is_boilerplate(line)
        and not _has_caption(line)
        and sum(w[:1].isupper() or w[:1].isdigit() for w in words) >= len(words) / 2
    )


def _pretty_outlet(name: str) -> str:
    name = name.strip(" .-")
    if name.isupper() and "." not in name:
        return name.title()
    if name.isupper():
        return name.capitalize()  # "KABARSABURAI.COM" -> "Kabarsaburai.com"
    return name


def _is_outlet(name: str) -> bool:
    return bool(_OUTLET.fullmatch(name.strip()))


def _dateline(line: str, gazetteer: Gazetteer) -> _Dateline | None:
    """The dateline opening `line` ("SEMARANG, KOMPAS.com -", "Jakarta (ANTARA) -",
    "Suara.com -", "Palangka Raya, 3/9/19 (Kabar Kalteng).") or None."""
    if (match := _DATELINE_PAREN_DATE.match(line)) and (
        match["outlet"] or gazetteer.lookup(match["place"])
    ):
        outlet = _pretty_outlet(match["outlet"]) if match["outlet"] else None
        return _Dateline(line[match.end() :], match["place"].strip(), outlet, match["date"])
    if match := _DATELINE_PAREN.match(line):
        return _Dateline(
            line[match.end() :], match["place"].strip(), _pretty_outlet(match["outlet"])
        )
    if (match := _DATELINE_COMMA.match(line)) and (
        found := _comma_dateline(match["first"].strip(), match["second"].strip(), gazetteer)
    ):
        place, outlet = found
        return _Dateline(line[match.end() :], place, _pretty_outlet(outlet), match["date"])
    if match := _DATELINE_OUTLET_COMMA.match(line):
        # The place is the longest run of the next words the gazetteer knows.
        words = match["rest"].split()
        for n in range(min(3, len(words) - 1), 0, -1):
            place = " ".join(words[:n]).rstrip(" -")
            if gazetteer.lookup(place) and words[n][:1].isupper():
                rest = " ".join(words[n:]).lstrip("- ")
                return _Dateline(rest, place, _pretty_outlet(match["outlet"]))
    if match := _DATELINE_OUTLET.match(line):
        rest, date = line[match.end() :], match["date"]
        dated = not date or any(m.precision == "day" for m in find_dates(date))
        if dated and _is_paragraph(rest):
            # "InilahBean.com - Kudus, Tanah eks lokalisasi …": the place, then the story.
            place, _, after = rest.partition(",")
            if after and len(place.split()) <= 3 and gazetteer.lookup(place.strip()):
                return _Dateline(after.lstrip(), place.strip(), _pretty_outlet(match["outlet"]))
            return _Dateline(rest, None, _pretty_outlet(match["outlet"]), date)
    if (match := _DATELINE_CAPS_COLON.match(line)) and _is_paragraph(line[match.end() :]):
        rest = line[match.end() :]
        if gazetteer.lookup(match["outlet"]):
            return _Dateline(rest, match["outlet"].title(), None)  # "JAKARTA: …": a place
        return _Dateline(rest, None, _pretty_outlet(match["outlet"]))
    if (match := _DATELINE_DOMAIN_LOWER.match(line)) and _is_paragraph(line[match.end() :]):
        rest = line[match.end() :]
        return _Dateline(rest[:1].upper() + rest[1:], None, _pretty_outlet(match["outlet"]))
    if (match := _DATELINE_CAPS.match(line)) and gazetteer.lookup(match["place"]):
        return _Dateline(line[match.end() :], match["place"].strip(), None)
    if (match := _DATELINE_TITLE.match(line)) and gazetteer.lookup(match["place"]):
        return _Dateline(line[match.end() :], match["place"].strip(), None)
    return None


_DATELINE_ALONE = re.compile(rf"^(?:{_DOMAIN}|{_OUTLET_NAME}){_DASH}[A-Z][\w.' ]{{1,35}},?$")
"""A dateline on a line of its own, its story below it: "InilahBean.com - Kudus,"."""


_CAPS_DATELINE_ALONE = re.compile(
    r"^(?P<place>[A-Z][A-Z.' ]{2,35}),\s*(?P<outlet>[A-Z][\w.' ]{1,35})$"
)
"""A place in capitals and an outlet on a line of their own: "DENPASAR, NusaBali"."""


def _caps_dateline_alone(line: str, following: list[str], gazetteer: Gazetteer) -> _Dateline | None:
    """The dateline of "DENPASAR, NusaBali" standing alone over the story's first paragraph:
    the place the gazetteer knows, the outlet it does not; the story is the paragraph."""
    match = _CAPS_DATELINE_ALONE.match(line)
    if not (match and following and _is_paragraph(following[0])):
        return None
    place, outlet = match["place"].strip(), match["outlet"].strip()
    if not gazetteer.lookup(place) or gazetteer.lookup(outlet):
        return None
    return _Dateline(following[0], place, _pretty_outlet(outlet))


def _is_dateline_alone(line: str, following: list[str]) -> bool:
    """Whether `line` is an outlet and a place standing alone over the story's first paragraph."""
    return (
        bool(following) and _DATELINE_ALONE.match(line) is not None and _is_paragraph(following[0])
    )


def _comma_dateline(first: str, second: str, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """(place, outlet) of "JAKARTA, NETRALNEWS" or "TRIBUNKALTIM.CO, TANJUNG SELOR": the outlet
    is the part that looks like one, else the part the gazetteer does not know."""
    first_outlet, second_outlet = _is_outlet(first), _is_outlet(second)
    if (first[:1].islower() and not first_outlet) or (second[:1].islower() and not second_outlet):
        return None  # only a domain is written in lower case ("jpnn.com", "netiz.id")
    if second_outlet and not first_outlet:
        return first, second
    if first_outlet and not second_outlet:
        return second, first
    if gazetteer.lookup(second) and not gazetteer.lookup(first):
        return second, first
    if gazetteer.lookup(first):
        return first, second
    return None


def _is_site_menu(line: str) -> bool:
    """A row of the site's own links, or its copyright or version stamp."""
    if _SITE_STAMP.match(line):
        return True
    links = {m.group(0).lower() for m in _SITE_LINK.finditer(line)}
    return len(links) >= 2 and len(line) <= 400 and not _TERMINAL.search(line)


def _is_furniture(line: str) -> bool:
    """A line that is never prose: widgets, labels, bylines, dates, footers, breadcrumbs."""
    return bool(
        _is_boilerplate(line)
        or _UI_FURNITURE.match(line)
        or _FOOTER_END.match(line)
        or _FOOTER_FIELD.match(line)
        or _LIST_HEAD.match(line)
        or _BREADCRUMB.search(line)
        or _BYLINE.match(line)
        or _OUTLET_TAG.match(line)
        or _REPORTER.match(line)
        or _looks_like_date_line(line)
    )


def _wrap_width(lines: list[str]) -> int | None:
    """The width text was hard-wrapped at, or None when its lines are whole paragraphs.

    Wrapped text has many lines of about the same length, none much longer; a page pasted
    paragraph by paragraph has lines of every length, most far longer than any wrap width.
    """
    lengths = sorted(len(line) for line in lines if len(line.split()) >= 4)
    if len(lengths) < MIN_WRAPPED_LINES:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width > MAX_WRAP_WIDTH:
        return None
    near_full = [n for n in lengths if 0.7 * width <= n <= width + 10]
    if len(near_full) < max(MIN_WRAPPED_LINES, len(lengths) // 3):
        return None
    return max(near_full)


def _continues(
    line: str, following: str, width: int | None, blocks: bool, gazetteer: Gazetteer
) -> bool:
    """Whether `following` carries on the sentence or paragraph `line` was cut from.

    Blank lines are handled by the caller: they always end a paragraph. A line that ends a
    sentence ends the paragraph too unless it was full (it could not have held the next word)
    and the text marks its paragraphs with blank lines. A line that ends mid-sentence goes on
    when the next line starts in lower case ("Rp 1,8" / "juta"), after a comma, with a number
    after a lower-case word, or when the line was full.
    """
    first_word = following.split()[0]
    full = width is not None and len(line) + 1 + len(first_word) > width
    if _TERMINAL.search(line):
        last_word = re.findall(r"([A-Za-z]+)\.$", line)
        # "Jl." / "Merdeka", "Rp." / "5 juta"
        abbreviated = bool(last_word) and last_word[0].lower() in ABBREVIATIONS
        goes_on = abbreviated or (full and blocks)
    else:
        last = line.split()[-1]
        prose = width is not None or len(line.split()) >= WRAP_PROSE_WORDS
        goes_on = full or (
            prose
            and (
                following[0].islower()
                or line.endswith((",", "-"))
                # 'cukup disebut "Jalan Lintas' / 'Sila". …': a quote left open mid-sentence
                or _leaves_quote_open(line)
                # "Kamis, 15" / "Desember 2016", "Desember" / "2016": a date cut in two
                or _splits_date(last, first_word)
                or (
                    following[0].isdigit()
                    and (last.islower() or last.lower() in ("rp", "rp.") or last[-1].isdigit())
                )
            )
        )
    # The costlier checks last: most line ends are paragraph ends and stop above.
    return goes_on and not (
        _is_furniture(line)
        or _has_caption(line)
        or _is_furniture(following)
        or _dateline(following, gazetteer)
    )


def _splits_date(last: str, first: str) -> bool:
    """Whether a line's last word and the next line's first are parts of one date."""
    month_after_day = last.isdigit() and len(last) <= 2 and first.lower().strip(".,") in MONTHS
    year_after_month = last.lower().strip(",") in MONTHS and re.match(r"(?:19|20)\d\d\b", first)
    return month_after_day or bool(year_after_month)


def _leaves_quote_open(line: str) -> bool:
    """Whether a line opens a quotation it does not close ('disebut "Jalan Lintas')."""
    straight = line.count('"')
    return straight % 2 == 1 or line.count("“") > line.count("”")


def _join(line: str, following: str) -> str:
    """`line` and its continuation as one line; a word broken at a hyphen is made whole again
    unless it is a doubled word ("masing-" / "masing"), or a prefix before a name ("ber-KTP")."""
    if line.endswith("-") and following[:1].islower():
        stem = re.findall(r"(\w+)-$", line)
        if stem and following.lower().startswith(stem[0].lower()):
            return line + following
        return line[:-1] + following
    if re.search(r"\w-$", line) and following[:1].isupper():
        return line + following  # "ber-" / "KTP": a prefix before a name keeps its hyphen
    return f"{line} {following}"


def _reflow(lines: list[str], gazetteer: Gazetteer) -> list[str]:
    """Lines of tidy text to one line per paragraph (and per header line): hard-wrapped lines
    are joined back; blank lines and real paragraph ends stay breaks."""
    width = _wrap_width(lines)
    # Text whose paragraphs are separated by blank lines: a full line inside a block goes on
    # even after a full stop.
    inner = "\n".join(lines).strip("\n").split("\n")
    blocks = width is not None and inner.count("") >= 2
    out: list[str] = []
    last_line = ""
    after_blank = True
    for line in lines:
        if not line:
            after_blank = True
            continue
        title_line = len(out) == 1 and out[0] == last_line
        if (
            out
            and not after_blank
            and not (title_line and not line[0].islower())
            and _continues(last_line, line, width, blocks, gazetteer)
        ):
            out[-1] = _join(out[-1], line)
        else:
            out.append(line)
        last_line = line
        after_blank = False
    return out


def _publication_date(
    date_lines: list[str], body: list[str], captions: list[str], years: list[int]
) -> dt.date | None:
    """The article's date: a date line in the header, else the body's reporting date.

    Agencies write the reporting day as "Senin (22/2/2016)" beside a quote; a date with a
    weekday is preferred over other dates, and a caption's date is the last resort. A "© 2019"
    footer never reaches here.
    """

    def day_dates(lines: list[str]) -> Iterator[DateMention]:
        for line in lines:
            yield from (m for m in find_dates(line, None, years) if m.precision == "day")

    for group in (date_lines, body):
        first = None
        for mention in day_dates(group):
            if mention.weekday is not None:
                return mention.value  # the first with a weekday: the lines after it can wait
            if first is None:
                first = mention
        if first is not None:
            return first.value
    first = next(day_dates(captions), None)
    return first.value if first is not None else None


def _deck(header: list[str], title: str) -> str | None:
    """The sentence right under the headline that sums up the story ("Sidak Satpol PP ini untuk
    antisipasi PSK …, pasca ditutupnya lokalisasi Dolly."): its first paragraph, above the
    dateline; a photo's caption is none."""
    at = header.index(title) + 1 if title in header else len(header)
    line = header[at] if at < len(header) else ""
    if (
        _is_paragraph(line)
        and line.endswith(".")
        and not _has_caption(line)
        and _ON_TOPIC.search(line)
        and not _looks_like_date_line(line)
    ):
        return line
    return None


def _is_title_candidate(line: str) -> bool:
    """A headline, not the site's banner, a breadcrumb, a byline or a date."""
    letters = [ch for ch in line if ch.isalpha()]
    return (
        _is_headline(line)
        and len(line.split()) >= MIN_TITLE_WORDS
        and not (letters and all(ch.isupper() for ch in letters))  # "PEMERINTAH KABUPATEN …"
        and _is_not_furniture(line)
    )


def _is_not_furniture(line: str) -> bool:
    """Not a breadcrumb, a section, a byline, a date, a button or a list's item."""
    return (
        not _BREADCRUMB.search(line)
        and not _RUBRIC.match(line)
        and not _BYLINE.match(line)
        and not _looks_like_date_line(line)
        and not _UI_FURNITURE.match(line)
        and not re.match(r"\d{1,2}\.\s", line)  # "1. Harga Beras Naik": a list's item
    )


def _is_sentence_case_title(line: str) -> bool:
    """A headline written as a sentence (Antara's way): "Perusahaan salurkan Rp4,2 miliar
    untuk eks penghuni lokalisasi di Mimika"."""
    words = line.split()
    return (
        MIN_TITLE_WORDS <= len(words) <= MAX_TITLE_WORDS
        and line[:1].isupper()
        and not line.endswith((".", ":", ";"))
        and not _is_boilerplate(line)
        and not _has_caption(line)
        and _is_not_furniture(line)
    )


def _strip_credit(line: str) -> str | None:
    """A body line ending in a photo or wire credit: the credit cut off, or None for a caption.

    A wire or desk credit ("(Antara)", "(ant)", "(*)", "(rls)") closes the story's last
    paragraph and never makes it a caption. A photo credit ("(Foto Antara Kalteng/Norjani)",
    "(KOMPAS.com/ANDRI S)") closes a caption; a paragraph that happens to end with one is the
    story and keeps its words when it is long, opens with a quotation, or quotes someone.
    """
    if not line.rstrip(" .").endswith(")") and "/" not in line:
        return line  # every credit closes with a bracket or names someone after a slash
    photo = _CAPTION.search(line)
    if not (photo and _PHOTO_WORD.search(photo.group(0))):
        text = _strip_wire_credits(line)
        if text != line:
            return text
    if not photo:
        inline = _INLINE_CREDIT.search(line)
        if inline and len(line.split()) <= 2 * CAPTION_MAX_WORDS and not _PROSE.search(line):
            return None
        return line
    before = line[: photo.start()].rstrip()
    explicit = bool(_PHOTO_WORD.search(photo.group(0)))
    if (
        len(line.split()) > CAPTION_MAX_WORDS
        or line.lstrip().startswith('"')
        or (not explicit and _PROSE.search(before))
    ):
        return before
    return None


def _strip_wire_credits(line: str) -> str:
    """`line` without the wire credits closing it ("… katanya. (ant) (*)" -> "… katanya.")."""
    while (match := _WIRE_CREDIT.search(line)) and match.start() > 0:
        before = line[: match.start()].rstrip()
        if not before or before[-1] not in ".!?\"'":
            break
        line = before
    return line


# "area ekslokalisasi X", "eks-lokalisasi X": the former site, written as one word.
_GLUED_FORMER = re.compile(r"\b([Ee]ks|[Ee]x)-?(?=[Ll]okalisasi\b)")
# "Kabupaten Katingan 64PSK": a figure glued to the people it counts.
_GLUED_COUNT = re.compile(rf"(?<=\d)(?=(?i:{lx.WORKER}|{lx.PEOPLE_UNIT}|mucikari)\b)")


def clean_article(raw: str, gazetteer: Gazetteer) -> CleanArticle:
    """Find the title, outlet, dateline, date and the de-duplicated body of an article."""
    text = _GLUED_COUNT.sub(" ", _GLUED_FORMER.sub(r"\1 ", tidy(raw)))
    lines = _reflow(text.split("\n"), gazetteer)
    dropped: list[str] = []
    author: str | None = None
    outlets: dict[str, str] = {}
    confirmed_title: str | None = None
    titled_by_lead = False

    # The footer: bylines and site furniture; nothing after "KOMENTAR" or "©" is the story.
    kept: list[str] = []
    story_begun = False
    in_list = False
    teasers = _teaser_runs(lines)
    ticker_next = False
    for index, line in enumerate(lines):
        if ticker_next:
            ticker_next = False
            dropped.append(line)  # the ticker's headline: another story's
            continue
        if not story_begun and (ticker := _TICKER.match(line)):
            dropped.append(line)
            ticker_next = not ticker["rest"]
            continue
        if index in teasers:
            dropped.append(line)  # "- Judul berita lain" one after another: other stories
            continue
        if _LIST_HEAD.match(line):
            # "Berita Terkait", "Baca juga": other stories' headlines follow, then perhaps
            # more of this story.
            dropped.append(line)
            in_list = True
            continue
        if _FOOTER_END.match(line) or (story_begun and _DESK_CODE.match(line)):
            dropped.append(line)
            if not story_begun:
                continue  # "0 komentar", "Bagikan" above the story: furniture, not the end
            if published := _PUBLISHED_AS.search(line):
                # "Artikel ini telah tayang di Tribunjateng.com dengan judul …": the site says
                # what its title and its name are.
                confirmed_title = published["title"].strip()
                outlets.setdefault("footer", _pretty_outlet(published["outlet"]))
            break
        if in_list:
            if _LIST_ITEM.match(line) or (story_begun and _is_teaser(line)):
                dropped.append(line)
                continue
            in_list = False
        if _UI_FURNITURE.match(line):
            dropped.append(line)
            continue
        if field_match := _FOOTER_FIELD.match(line):
            names = {field_match["field"].lower(), (field_match["other"] or "").lower()}
            value = field_match["value"].strip()
            if names & {"penulis", "reporter", "pewarta", "kontributor", "wartawan"} and value:
                # "Kontributor Banjarmasin, Andri Setiawan": the role is not the name.
                author = author or re.sub(
                    r"^(?:kontributor|koresponden)\b[^,]*,\s*", "", value, flags=re.I
                )
            if "sumber" in names and value:
                outlets.setdefault("sumber", _pretty_outlet(value))
            dropped.append(line)
            continue
        kept.append(line)
        # A headline is long too, but only sentences end in a full stop or a quote.
        story_begun = story_begun or (_is_paragraph(line) and bool(re.search(r"[.!?\"]$", line)))

    # The dateline opens the story; what stands above it is title, captions and teasers.
    body_start = None
    found: _Dateline | None = None
    for index, line in enumerate(kept[: HEADER_WINDOW + 1]):
        found = _dateline(line, gazetteer) if index > 0 or _is_lead(line) else None
        if not found and index > 0 and _is_dateline_alone(line, kept[index + 1 : index + 2]):
            # "InilahBean.com - Kudus," on a line of its own: the story goes on below it.
            found = _dateline(f"{line} {kept[index + 1]}", gazetteer)
            if found:
                del kept[index + 1]
        if not found and index > 0:
            found = _caps_dateline_alone(line, kept[index + 1 : index + 2], gazetteer)
            if found:
                del kept[index + 1]
        if found:
            if found.outlet:
                outlets.setdefault("dateline", found.outlet)
            kept[index] = found.rest
            body_start = index
            break
    if body_start is not None:
        header = kept[:body_start]
    else:
        # A headline stands above the story: nothing below its first paragraph is one (a line
        # cut off where a page copy ends looks like a headline too).
        first = next((i for i, line in enumerate(kept) if _is_lead(line)), len(kept))
        header = kept[: min(first, HEADER_WINDOW)]

    # "Laporan Wartawan Tribun Jateng, Fajar Eko Nugroho" above the dateline: the reporter.
    titles = [line for line in header if not _REPORTER.match(line) and not _is_site_menu(line)]
    candidates = [line for line in titles if _is_title_candidate(line)]
    if confirmed_title and any(fold(c) == fold(confirmed_title) for c in candidates):
        title = confirmed_title
    elif candidates:
        # The headline comes before captions and teasers; an advert's above it ("Aplikasi
        # Pilkada Terbaik") says nothing of what the story is about.
        # "Banner Kuping Kanan" twice: a line the page repeats, when no line says the topic, is
        # its furniture (a headline may be repeated too, but it says what the story is about).
        once = [c for c in candidates if titles.count(c) == 1] or candidates
        title = next((c for c in candidates if _TITLE_TOPIC.search(c)), once[0])
    elif plain := [line for line in titles if _is_sentence_case_title(line)]:
        title = plain[0]
    elif titles:
        title = next((line for line in titles if _is_headline(line)), titles[0])
    else:
        # A page copied from its first paragraph on has no headline: its lead sentence names it,
        # and the paragraph stays the story's first.
        first_paragraph = kept[body_start] if body_start is not None else kept[0] if kept else ""
        lead = split_sentences(first_paragraph)
        title = (lead[0] if lead else first_paragraph).rstrip(".")
        titled_by_lead = True
    if body_start is None:
        # No dateline: the story starts after the title, at its first real paragraph.
        start = kept.index(title) + 1 if title in kept else 0
        while start < len(kept) and not _is_paragraph(kept[start]):
            start += 1
        header, body_lines = kept[:start], kept[start:]
    else:
        body_lines = kept[body_start:]

    captions: list[str] = []
    date_lines: list[str] = [found.date] if found and found.date else []
    deck = _deck(header, title) if body_start is not None else None
    if deck is not None:
        body_lines = [deck, *body_lines]
    # A date above the headline may be the page's own (today's, in the site's top bar); the
    # one under it is the story's.
    under_title = header.index(title) if title in header else -1
    page_dates: list[str] = []
    for at, line in enumerate(header):
        if line in (title, deck):
            continue
        if reporter := _REPORTER.match(line):
            outlets.setdefault("reporter", _pretty_outlet(reporter["outlet"]))
            author = author or reporter["name"].strip()
        elif byline := _BYLINE.match(line):
            outlets.setdefault("byline", _pretty_outlet(byline["outlet"]))
            author = author or byline["name"].strip()
        elif contributor := _CONTRIBUTOR.match(line):
            author = author or contributor["name"]
        elif tag := _OUTLET_TAG.match(line):
            outlets.setdefault("tag", _pretty_outlet(tag["outlet"]))
        elif _looks_like_date_line(line):
            (date_lines if at > under_title else page_dates).append(line)
            if named := _DATE_LINE_AUTHOR.search(line):
                author = author or named["name"]
            if site := _LEADING_OUTLET.match(line):
                # "Kompas.com - 12/03/2019, 16:40 WIB", "situs.id Kamis, 5 September 2019"
                outlets.setdefault("date line", _pretty_outlet(site["outlet"]))
        elif _SITE_BANNER.match(line):
            outlets.setdefault("banner", _pretty_outlet(line))
        else:
            captions.append(line)
        dropped.append(line)

    paragraphs: list[str] = []
    seen: set[str] = set() if titled_by_lead else {fold(title)}
    for line in body_lines:
        if _is_boilerplate(line) or _BREADCRUMB.search(line) or _is_fragment(line):
            dropped.append(line)
            continue
        if reporter := _REPORTER.match(line):
            outlets.setdefault("reporter", _pretty_outlet(reporter["outlet"]))
            author = author or reporter["name"].strip()
            dropped.append(line)
            continue
        credited = _strip_credit(line)
        if credited is None:
            dropped.append(line)
            continue
        text = unglue(_strip_wire_credits(credited).strip())
        signature = fold(text)
        if _repeats_title(signature, title):
            dropped.append(line)  # "zoom-in <the headline>": a photo widget repeating it
            continue
        if not text or signature in seen:
            dropped.append(line)
            continue
        seen.add(signature)
        if paragraphs and only_a_day(text):
            # "… dibongkar paksa awal Maret lalu.\n\nTepatnya, Kamis (14/3/2019).": the day
            # goes with the paragraph whose event it dates.
            paragraphs[-1] = f"{paragraphs[-1]} {text}"
            continue
        paragraphs.append(text)

    years = sorted(
        {int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", " ".join([title, *paragraphs]))}
    )
    published = _publication_date(date_lines + page_dates, paragraphs, captions, years)
    sentences = [(i, s) for i, p in enumerate(paragraphs) for s in split_sentences(p)]
    publisher = next(
        (
            outlets[source]
            for source in (
                "sumber",
                "footer",
                "dateline",
                "reporter",
                "byline",
                "banner",
                "date line",
                "tag",
            )
            if source in outlets
        ),
        None,
    )
    place = found.place if found else None
    return CleanArticle(
        title=title,
        paragraphs=paragraphs,
        sentences=sentences,
        publisher=publisher,
        dateline=place.title() if place and place.isupper() else place,
        published=published,
        author=author,
        dropped=dropped,
        dateline_places=tuple(gazetteer.lookup(place)) if place else (),
    )


_BULLET = re.compile(r"^[-•·▪*]\s+(?P<text>\S.*)$")
TEASER_RUN = 2
"""Bulleted headlines in a row that make a list of other stories, even with no heading."""


def _teaser_runs(lines: list[str]) -> set[int]:
    """Lines of runs of bulleted headlines ("- Polda Bali Bongkar Sindikat …"): links to other
    stories. A bulleted list of the story's own sentences ends them with a full stop."""
    found: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, ""]):
        bullet = _BULLET.match(line)
        if bullet and _is_headline(bullet["text"]) and not _TERMINAL.search(bullet["text"]):
            run.append(index)
            continue
        if len(run) >= TEASER_RUN:
            found.update(run)
        run = []
    return found


def _repeats_title(signature: str, title: str) -> bool:
    """Whether a folded line is the headline again behind a word or two of page furniture."""
    headline = fold(title)
    if len(headline.split()) < MIN_TITLE_WORDS or not signature.endswith(headline):
        return False
    return 0 < len(signature[: -len(headline)].split()) <= TITLE_REPEAT_PREFIX_WORDS


TITLE_REPEAT_PREFIX_WORDS = 2
"""Words of page furniture a repeated headline may stand behind ("zoom-in", "Foto:")."""


def _is_lead(line: str) -> bool:
    """A first line that is already the story ("Suara.com - Pemerintah … 2016."), not a headline:
    headlines do not end with a full stop, nor run longer than any headline does (a lead whose
    full stop was lost, or cut off where the page copy ends, is still the story)."""
    return _is_paragraph(line) and (
        bool(re.search(r"[.!?\"]$", line)) or len(line.split()) > MAX_TITLE_WORDS
    )


def _is_teaser(line: str) -> bool:
    """A line of a list of other stories: a headline, or a teaser cut off with "…".

    A long line in lower case without a full stop is the story written carelessly, not a
    headline, and is kept.
    """
    if line.endswith(("...", "…")):
        return True
    return not _TERMINAL.search(line) and (
        _is_headline(line) or len(line.split()) < PARAGRAPH_MIN_WORDS
    )


def _is_paragraph(line: str) -> bool:
    """A line of the story: a sentence of some length, not a label, a byline or a date."""
    return len(line.split()) >= PARAGRAPH_MIN_WORDS and not _looks_like_date_line(line)


def _is_fragment(line: str) -> bool:
    """A few words with no sentence in them: tags, share buttons, section names."""
    return len(line.split()) < FRAGMENT_MAX_WORDS and not re.search(r"[.!?\")]$", line)


def _looks_like_date_line(line: str) -> bool:
    """A line that is a date with trimmings: 'Senin, 22 Februari 2016 14:30 WIB',
    'Diposting pada 3 Mei 2019 oleh Admin', 'Senin, 12/3/2018 | Dibaca 1.204 kali',
    'situs.id Kamis, 5 September 2019', 'PERISTIWA | 19 November 2019 20:51 Reporter : Danny'."""
    if line.rstrip().endswith("."):
        return False
    line = _DATE_LINE_TAIL.sub("", line)
    if len(line.split()) > DATE_LINE_MAX_WORDS:
        return False
    mentions = find_dates(line)
    if not mentions or mentions[0].precision != "day":
        return False
    rest = line[: mentions[0].start] + line[mentions[0].end :]
    rest = re.sub(_DOMAIN, " ", rest)
    rest = _DATE_LINE_TRIMMINGS.sub(" ", rest)
    return len(re.sub(r"[\d:.,|/-]", " ", rest).split()) <= 2
