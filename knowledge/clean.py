"""Raw news text to a clean article: title, outlet, dateline, date, and body sentences.

News pages pasted as text carry the site around the story: font-size widgets ("A"),
breadcrumbs ("• News"), tag lines ("id PSK, seks, …"), photo captions and credits, "Baca: …"
links to other stories, bylines, "KOMENTAR", "BERITA TERKINI", copyright footers, and often the
whole story twice. Cleaning keeps the story and remembers where the rest said it came from.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from knowledge.dates import DateMention, find_dates
from knowledge.places import Gazetteer
from knowledge.text import fold, tidy

MAX_TITLE_WORDS = 25
HEADER_WINDOW = 14
"""How many lines from the top may hold the title, captions and the dateline."""
MIN_TITLE_WORDS = 3
"""Site names and sections ("detikNews", "Jawa Barat") are shorter than headlines."""
PARAGRAPH_MIN_WORDS = 8
FRAGMENT_MAX_WORDS = 4
CAPTION_MAX_WORDS = 40
DATE_LINE_MAX_WORDS = 12

_FOOTER_FIELD = re.compile(
    r"^(?P<field>penulis|editor|sumber|reporter|pewarta|redaktur|fotografer|foto|copyright)"
    r"\s*:\s*(?P<value>.*)$",
    re.I,
)
_FOOTER_END = re.compile(
    r"^(?:komentar|berita terkini|berita terkait|artikel terkait|berita lainnya|baca lainnya"
    r"|terpopuler|ikuti kami.*|follow us.*|©.*|\(c\)\s*\d{4}.*|copyright.*"
    r"|all rights? reserved\.?|tags?\s*:.*|topik\s*:.*|bagikan(?: ini)?\s*:?|share\s*:?"
    r"|tinggalkan balasan|tulis komentar|artikel ini telah tayang\b.*|\d+ komentar)$",
    re.I,
)
_PUBLISHED_AS = re.compile(
    r"artikel ini telah tayang di (?P<outlet>[\w.-]+) dengan judul (?P<title>.+?)"
    r"(?:,\s*(?:https?://\S+|klik\b.*)|\.\s*$|$)",
    re.I,
)
# "Home » Jateng » Kendal", "Beranda / Berita / Sosial", "News > Daerah"
_BREADCRUMB = re.compile(r"\S\s+(?:»|›|/|>|\|)\s+\S.*\s(?:»|›|/|>|\|)\s|^(?:home|beranda)\b", re.I)
# "Sholihin Ardiansyah - detikNews": a reporter and the outlet.
_BYLINE = re.compile(r"^(?P<name>[A-Z][\w.']*(?:\s+[A-Z][\w.']*){0,4})\s+-\s+(?P<outlet>[\w.]+)$")
# "KABARSABURAI.COM", "Kompas.com": a site's name standing alone.
_SITE_BANNER = re.compile(r"^[\w-]+\.(?:com|co\.id|id|net|org|news)$", re.I)
_DATE_LINE_TRIMMINGS = re.compile(
    r"\b(?:wib|wita|wit|pukul|diposting|dipublikasikan|diterbitkan|diperbarui|published|posted"
    r"|update|updated|pada|oleh\s+\w+|dibaca\s+[\d.]+\s+kali|senin|selasa|rabu|kamis|jumat"
    r"|sabtu|minggu)\b",
    re.I,
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
    re.compile(r"^\([^()]{2,60}\)$"),  # a byline or credit in brackets: "(Ahmad Akbar Fua)"
    re.compile(r"^(?:simak|saksikan|tonton)\s+(?:juga\s+)?video\b.*$", re.I),
    re.compile(r"^(?:simak|saksikan|tonton)\b.{0,60}berikut.{0,20}$", re.I),
    re.compile(r"^(?:dapatkan|download|unduh)\b.{0,80}\b(?:berita|aplikasi|update)\b.*$", re.I),
]
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
_REPORTER = re.compile(
    r"^laporan\s+(?:wartawan|reporter|koresponden)\s+(?P<outlet>.+?),\s*(?P<name>.+)$", re.I
)
_TRAILING_MARK = re.compile(r"\s*\((?:\*|[a-z]{2,6}(?:/[a-z]{2,6})*)\)\s*$")

_DATELINE_PAREN = re.compile(
    r"^(?P<place>[A-Z][\w.' ]{1,40}?)\s*\((?P<outlet>[^()]{2,40})\)\s*[-–—:]+\s+"
)
_DATELINE_COMMA = re.compile(
    r"^(?P<first>[A-Z][\w.' ]{1,35}?),\s*(?P<second>[A-Z][\w.' ]{1,35}?)\s*[-–—]+\s+"
)
_DATELINE_CAPS = re.compile(r"^(?P<place>[A-Z][A-Z.' ]{2,35}?)\s*[-–—]+\s+")
# "Indramayu - Pemerintah Kabupaten …" (detik writes the place in title case)
_DATELINE_TITLE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\s+[-–—]{1,2}\s+(?=[A-Z\"])"
)

_ABBREVIATIONS = frozenset(
    [
        "jl",
        "jln",
        "no",
        "h",
        "hj",
        "dr",
        "drs",
        "ir",
        "prof",
        "kec",
        "kel",
        "kab",
        "rp",
        "st",
        "km",
        "tk",
        "dll",
        "dsb",
        "dkk",
        "pt",
        "cv",
        "tbk",
        "wib",
        "wita",
        "wit",
        "bpk",
        "sdr",
        "kol",
        "brigjen",
        "mayjen",
        "letjen",
        "jend",
        "akbp",
        "kompol",
        "kapt",
        "tgl",
        "hal",
        "lt",
        "drg",
        "ny",
        "tn",
        "nn",
        "kh",
        "ust",
        "sos",
        "pd",
        "si",
        "kom",
        "mm",
        "mh",
        "se",
        "sh",
        "mt",
    ]
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")


@dataclass
class CleanArticle:
    """What cleaning found in one article's raw text."""

    title: str
    paragraphs: list[str]
    sentences: list[tuple[int, str]]
    """(paragraph index, sentence text) in reading order."""
    publisher: str | None = None
    dateline: str | None = None
    published: dt.date | None = None
    author: str | None = None
    dropped: list[str] = field(default_factory=list)
    """Lines removed as boilerplate, kept for inspection and tests."""


def _is_boilerplate(line: str) -> bool:
    if any(p.match(line) for p in _BOILERPLATE):
        return True
    return bool(_TAG_LINE.match(line) and line.count(",") >= 2)


def _is_headline(line: str) -> bool:
    words = line.split()
    return (
        2 <= len(words) <= MAX_TITLE_WORDS
        and not line.endswith((".", ":", ";"))
        and not _is_boilerplate(line)
        and not _CAPTION.search(line)
        and sum(w[:1].isupper() or w[:1].isdigit() for w in words) >= len(words) / 2
    )


def _pretty_outlet(name: str) -> str:
    name = name.strip(" .-")
    if name.isupper() and "." not in name:
        return name.title()
    if name.isupper():
        return name.capitalize()  # "KABARSABURAI.COM" -> "Kabarsaburai.com"
    return name


def _dateline(line: str, gazetteer: Gazetteer) -> tuple[str, str | None, str | None] | None:
    """(the rest of the line, place, outlet) when the line opens with a dateline."""
    if match := _DATELINE_PAREN.match(line):
        return line[match.end() :], match["place"].strip(), _pretty_outlet(match["outlet"])
    if match := _DATELINE_COMMA.match(line):
        first, second = match["first"].strip(), match["second"].strip()
        # "JAKARTA, NETRALNEWS -" or "TRIBUNKALTIM.CO, TANJUNG SELOR -": the place is the part
        # the gazetteer knows, the outlet the other.
        if gazetteer.lookup(second) and not gazetteer.lookup(first):
            return line[match.end() :], second, _pretty_outlet(first)
        if gazetteer.lookup(first):
            return line[match.end() :], first, _pretty_outlet(second)
        return None
    if (match := _DATELINE_CAPS.match(line)) and gazetteer.lookup(match["place"]):
        return line[match.end() :], match["place"].strip(), None
    if (match := _DATELINE_TITLE.match(line)) and gazetteer.lookup(match["place"]):
        return line[match.end() :], match["place"].strip(), None
    return None


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, not at abbreviations (Jl., Rp., H.) or initials."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        before = paragraph[start : match.start()].rstrip("\"')]")
        last_word = re.findall(r"([A-Za-z]+)\.$", before)
        if last_word and (last_word[0].lower() in _ABBREVIATIONS or len(last_word[0]) == 1):
            continue
        sentences.append(paragraph[start : match.start()].strip())
        start = match.end()
    sentences.append(paragraph[start:].strip())
    return [s for s in sentences if s]


def _publication_date(
    date_lines: list[str], body: list[str], captions: list[str], years: list[int]
) -> dt.date | None:
    """The article's date: a date line in the header, else the body's reporting date.

    Agencies write the reporting day as "Senin (22/2/2016)" beside a quote; a date with a
    weekday is preferred over other dates, and a caption's date is the last resort. A "© 2019"
    footer never reaches here.
    """

    def day_dates(lines: list[str]) -> list[DateMention]:
        found = []
        for line in lines:
            found += [m for m in find_dates(line, None, years) if m.precision == "day"]
        return found

    for group in (date_lines, body):
        mentions = day_dates(group)
        with_weekday = [m for m in mentions if m.weekday is not None]
        if with_weekday or mentions:
            return (with_weekday or mentions)[0].value
    mentions = day_dates(captions)
    return mentions[0].value if mentions else None


def _is_title_candidate(line: str) -> bool:
    """A headline, not the site's banner, a breadcrumb, a byline or a date."""
    letters = [ch for ch in line if ch.isalpha()]
    return (
        _is_headline(line)
        and len(line.split()) >= MIN_TITLE_WORDS
        and not (letters and all(ch.isupper() for ch in letters))  # "PEMERINTAH KABUPATEN …"
        and not _BREADCRUMB.search(line)
        and not _BYLINE.match(line)
        and not _looks_like_date_line(line)
    )


def _strip_credit(line: str) -> str | None:
    """A body line ending in a photo or press credit: the credit cut off, or None for a caption.

    A caption is short; a paragraph that happens to end "… (Humas Pemkab Muba/rls)" is the
    story and keeps its words.
    """
    match = _CAPTION.search(line)
    if not match:
        return line
    if len(line.split()) > CAPTION_MAX_WORDS or line.lstrip().startswith('"'):
        return line[: match.start()].rstrip()
    return None


def clean_article(raw: str, gazetteer: Gazetteer) -> CleanArticle:
    """Find the title, outlet, dateline, date and the de-duplicated body of an article."""
    lines = [line for line in tidy(raw).split("\n") if line]
    dropped: list[str] = []
    author: str | None = None
    outlets: dict[str, str] = {}
    confirmed_title: str | None = None

    # The footer: bylines and site furniture; nothing after "KOMENTAR" or "©" is the story.
    kept: list[str] = []
    story_begun = False
    for line in lines:
        if _FOOTER_END.match(line):
            dropped.append(line)
            if not story_begun:
                continue  # "0 komentar", "Bagikan" above the story: furniture, not the end
            if published := _PUBLISHED_AS.search(line):
                # "Artikel ini telah tayang di Tribunjateng.com dengan judul …": the site says
                # what its title and its name are.
                confirmed_title = published["title"].strip()
                outlets.setdefault("footer", _pretty_outlet(published["outlet"]))
            break
        if field_match := _FOOTER_FIELD.match(line):
            name, value = field_match["field"].lower(), field_match["value"].strip()
            if name in ("penulis", "reporter", "pewarta") and value:
                # "Kontributor Banjarmasin, Andri Setiawan": the role is not the name.
                author = author or re.sub(
                    r"^(?:kontributor|koresponden)\b[^,]*,\s*", "", value, flags=re.I
                )
            if name == "sumber" and value:
                outlets.setdefault("sumber", _pretty_outlet(value))
            dropped.append(line)
            continue
        kept.append(line)
        # A headline is long too, but only sentences end in a full stop or a quote.
        story_begun = story_begun or (_is_paragraph(line) and bool(re.search(r"[.!?\"]$", line)))

    # The dateline opens the story; what stands above it is title, captions and teasers.
    body_start = None
    dateline_place = None
    for index, line in enumerate(kept[: HEADER_WINDOW + 1]):
        found = _dateline(line, gazetteer)
        if found and index > 0:
            rest, dateline_place, outlet = found
            if outlet:
                outlets.setdefault("dateline", outlet)
            kept[index] = rest
            body_start = index
            break
    header = kept[:body_start] if body_start is not None else kept[:HEADER_WINDOW]

    candidates = [line for line in header if _is_title_candidate(line)]
    if confirmed_title and any(fold(c) == fold(confirmed_title) for c in candidates):
        title = confirmed_title
    elif candidates:
        title = candidates[0]  # the headline comes before captions and teasers
    else:
        title = next((line for line in kept if _is_headline(line)), kept[0] if kept else "")
    if body_start is None:
        # No dateline: the story starts after the title, at its first real paragraph.
        start = kept.index(title) + 1 if title in kept else 0
        while start < len(kept) and not _is_paragraph(kept[start]):
            start += 1
        header, body_lines = kept[:start], kept[start:]
    else:
        body_lines = kept[body_start:]

    captions: list[str] = []
    date_lines: list[str] = []
    for line in header:
        if line == title:
            continue
        if reporter := _REPORTER.match(line):
            outlets.setdefault("reporter", _pretty_outlet(reporter["outlet"]))
            author = author or reporter["name"].strip()
        elif byline := _BYLINE.match(line):
            outlets.setdefault("byline", _pretty_outlet(byline["outlet"]))
            author = author or byline["name"].strip()
        elif _looks_like_date_line(line):
            date_lines.append(line)
        elif _SITE_BANNER.match(line):
            outlets.setdefault("banner", _pretty_outlet(line))
        else:
            captions.append(line)
        dropped.append(line)

    paragraphs: list[str] = []
    seen: set[str] = {fold(title)}
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
        text = _TRAILING_MARK.sub("", credited).strip()
        signature = fold(text)
        if not text or signature in seen:
            dropped.append(line)
            continue
        seen.add(signature)
        paragraphs.append(text)

    years = sorted(
        {int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", " ".join([title, *paragraphs]))}
    )
    published = _publication_date(date_lines, paragraphs, captions, years)
    sentences = [(i, s) for i, p in enumerate(paragraphs) for s in split_sentences(p)]
    publisher = next(
        (
            outlets[source]
            for source in ("sumber", "footer", "dateline", "reporter", "byline", "banner")
            if source in outlets
        ),
        None,
    )
    return CleanArticle(
        title=title,
        paragraphs=paragraphs,
        sentences=sentences,
        publisher=publisher,
        dateline=dateline_place.title()
        if dateline_place and dateline_place.isupper()
        else dateline_place,
        published=published,
        author=author,
        dropped=dropped,
    )


def _is_paragraph(line: str) -> bool:
    """A line of the story: a sentence of some length, not a label, a byline or a date."""
    return len(line.split()) >= PARAGRAPH_MIN_WORDS and not _looks_like_date_line(line)


def _is_fragment(line: str) -> bool:
    """A few words with no sentence in them: tags, share buttons, section names."""
    return len(line.split()) < FRAGMENT_MAX_WORDS and not re.search(r"[.!?\")]$", line)


def _looks_like_date_line(line: str) -> bool:
    """A line that is a date with trimmings: 'Senin, 22 Februari 2016 14:30 WIB',
    'Diposting pada 3 Mei 2019 oleh Admin', 'Senin, 12/3/2018 | Dibaca 1.204 kali'."""
    if len(line.split()) > DATE_LINE_MAX_WORDS or line.rstrip().endswith("."):
        return False
    mentions = find_dates(line)
    if not mentions or mentions[0].precision != "day":
        return False
    rest = line[: mentions[0].start] + line[mentions[0].end :]
    rest = _DATE_LINE_TRIMMINGS.sub(" ", rest)
    return len(re.sub(r"[\d:.,|/-]", " ", rest).split()) <= 2
