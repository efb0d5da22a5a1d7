"""Sentences: where one ends and the next begins in a paragraph of news."""

from __future__ import annotations

import re

from knowledge.dates import MONTHS

ABBREVIATIONS = frozenset(
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
        "pol",
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
_SENTENCE_END = re.compile(r"(?<=[.!?])(?P<close>[\"')\]]*)\s+(?=[\"'(\[]?[A-Z0-9])")
# "di Bandung.Belasan warga", "(22/2/2016).Selain itu", "kata Budi.\"Kami …": a full stop with
# no space after it, then a capitalised word.
_GLUED = re.compile(r"(?<=[A-Za-z0-9)\]\"'])(?P<mark>[.!?])(?P<quote>[\"']?)(?=[A-Z][a-z])")
_TOP_LEVEL = frozenset(["com", "co", "id", "net", "org", "news", "tv", "info", "go", "or", "ac"])


def unglue(paragraph: str) -> str:
    """Put the missing space back where a sentence ends and the next begins without one.

    Not inside "Rp1.800.000", "3.5", "S.Sos.", "H.Ahmad", "Kompas.com", "detik.com" or a URL:
    the word before must not be an abbreviation or an initial, the word after must be
    capitalised and not a domain's ending.
    """
    if not _GLUED.search(paragraph):
        return paragraph
    out: list[str] = []
    last = 0
    for match in _GLUED.finditer(paragraph):
        before = paragraph[: match.start()]
        token = before.rsplit(None, 1)[-1] if before.split() else ""
        word = re.findall(r"([A-Za-z]+)[\"')\]]*$", before)
        after = re.match(r"[A-Za-z]+", paragraph[match.end() :])
        if (
            "://" in token
            or token.lower().startswith("www")
            or (word and (word[0].lower() in ABBREVIATIONS or len(word[0]) == 1))
            or (after and after.group(0).lower() in _TOP_LEVEL)
        ):
            continue
        # A quote after the stop closes the sentence when a quotation is open, else opens the next.
        closes = before.count('"') % 2 == 1 if match["quote"] == '"' else bool(match["quote"])
        cut = match.end() if closes else match.end("mark")
        out.append(paragraph[last:cut])
        last = cut
    out.append(paragraph[last:])
    return " ".join(piece.strip() for piece in out if piece.strip())


_DAY_ONLY = re.compile(
    # "… awal Maret lalu. Tepatnya, Kamis (14/3/2019).": the day of the sentence before.
    r"^(?:(?:tepatnya|yakni|yaitu)\s*,?\s*(?:pada\s+)?(?:hari\s+)?)?"
    r"\(?(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)?\)?,?\s*"
    r"\(?\d{1,2}(?:/\d{1,2}(?:/\d{2,4})?|\s+[a-z]+\s+\d{4})\)?\.?$",
    re.IGNORECASE,
)
"""A sentence that is only a day: "Kamis, (24/10/2019).", "(3/5).", "Senin, 3 Mei 2021.",
"Tepatnya, Kamis (14/3/2019)."."""


def only_a_day(text: str) -> bool:
    """Whether a sentence or a paragraph says nothing but a day ("Tepatnya, Kamis
    (14/3/2019)."): the day of what the one before tells."""
    return bool(_DAY_ONLY.match(text))


_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))
_TIME_ONLY = re.compile(
    rf"^(?:pada\s+)?(?:(?:bulan\s+)?(?:{_MONTHS})\s+\d{{4}}|tahun\s+\d{{4}}"
    r"|(?:\w+\s+)?(?:tahun|bulan|pekan|minggu)(?=\s+(?:lalu|silam)))"
    r"(?:\s+(?:lalu|silam|kemarin))?\.?$",
    re.IGNORECASE,
)
"""A sentence that is only a time: "Januari 2019 lalu.", "Tiga tahun silam."."""
_GOES_ON = re.compile(r"^Baik\s+(?:oleh|dari|di|yang)\b")
"""A sentence that only goes on with the one before: "Baik oleh Satpol PP maupun Polres."."""


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, not at abbreviations (Jl., Rp., H.) or initials, and
    also where a page glued two sentences together ("di Bandung.Belasan warga")."""
    paragraph = unglue(paragraph)
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        before = paragraph[start : match.start()].rstrip("\"')]")
        last_word = re.findall(r"([A-Za-z]+)\.$", before)
        if last_word and (last_word[0].lower() in ABBREVIATIONS or len(last_word[0]) == 1):
            continue
        # A closing quote or bracket belongs to the sentence it closes.
        sentences.append(paragraph[start : match.end("close")].strip())
        start = match.end()
    sentences.append(paragraph[start:].strip())
    joined: list[str] = []
    lead = ""
    for sentence in sentences:
        if not sentence:
            continue
        if not joined and not lead and _TIME_ONLY.match(sentence):
            # "Januari 2019 lalu. Pemko … mencanangkan tim khusus.": a paragraph opening with
            # the time of what its next sentence tells.
            lead = sentence
        elif joined and (
            only_a_day(sentence) or _TIME_ONLY.match(sentence) or _GOES_ON.match(sentence)
        ):
            # "… di Kelok Indah. Kamis, (24/10/2019).", "… resmi ditutup. Tiga tahun silam.",
            # "… diciduk. Baik oleh Satpol PP maupun Polres.": the sentence before goes on.
            joined[-1] = f"{joined[-1]} {sentence}"
        else:
            joined.append(f"{lead} {sentence}" if lead else sentence)
            lead = ""
    if lead:
        joined.append(lead)
    return joined
