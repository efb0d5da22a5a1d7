"""Indonesian numbers and money, read and written.

The dot groups thousands (1.315 = 1315, Rp5.050.000) and the comma is the decimal mark
(Rp1,8 juta = 1.800.000); scale words multiply (36 ribu, Rp 5 juta); small numbers are often
words (tiga lokalisasi); "belasan juta" is a range, not a figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

SCALES: dict[str, int] = {
    "ribu": 10**3,
    "rb": 10**3,
    "juta": 10**6,
    "jt": 10**6,
    "miliar": 10**9,
    "milyar": 10**9,
    "m": 10**9,
    "triliun": 10**12,
}
UNITS: dict[str, int] = {
    "nol": 0,
    "satu": 1,
    "se": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
}
_WORD_NUMBER = (
    r"(?:(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)\s+(?:puluh|ratus|ribu|belas)"
    r"(?:\s+(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan))?"
    r"|sepuluh|sebelas|seratus|seribu|se(?:puluh|ratus)"
    r"|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)"
)
_APPROX = r"(?:kurang\s+lebih|sedikitnya|setidaknya|sekitar|hampir|lebih\s+dari|kira-kira)"
_RANGE_WORDS = {"belasan": (11, 19), "puluhan": (20, 99), "ratusan": (100, 999)}

AMOUNT_RE = re.compile(
    # The first letter an amount can start with (of "sekitar", "Rp", a digit, "lima", "puluhan"
    # …): most places of a text start none, and are passed over at once.
    r"(?=[kshlrdtebp\d])"
    rf"(?P<approx>{_APPROX}\s+)?"
    r"(?P<rp>\bRp\.?\s*)?"
    r"(?:(?<![\d.,/])(?P<digits>\d{1,3}(?:\.\d{3})+(?!\d)|\d+(?!\d))(?!/\d)"
    r"(?:,(?P<frac>\d+)|\.(?P<dfrac>\d{1,2})(?!\d))?(?!/\d)(?P<an>-?an\b)?"
    rf"|(?P<word>\b{_WORD_NUMBER}\b)"
    r"|(?P<range>\b(?:belasan|puluhan|ratusan)\b))"
    r"(?:\s*(?P<scale>ribu|rb|juta|jt|miliar|milyar|triliun)\b)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Amount:
    """A number found in text, with where it stands and how it was written."""

    value: int | None
    """The integer value; None for a vague range like "belasan juta"."""
    text: str
    start: int
    end: int
    money: bool
    approximate: bool
    low: int | None = None
    high: int | None = None


def words_to_int(words: str) -> int | None:
    """'tiga' -> 3, 'dua puluh lima' -> 25, 'seratus' -> 100; None when not a number."""
    tokens = words.lower().split()
    if not tokens:
        return None
    total = 0
    current = 0
    for token in tokens:
        if token in UNITS:
            current += UNITS[token]
        elif token == "sepuluh":
            current += 10
        elif token == "sebelas":
            current += 11
        elif token == "seratus":
            current += 100
        elif token == "seribu":
            total += 1000
        elif token == "belas":
            current += 10
        elif token == "puluh":
            current = max(current, 1) * 10
        elif token == "ratus":
            current = max(current, 1) * 100
        elif token == "ribu":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
    return total + current


_UNIT_WORDS = {value: word for word, value in UNITS.items() if word not in ("nol", "se")}


def int_to_words(value: int) -> str | None:
    """3 -> 'tiga', 12 -> 'dua belas', 45 -> 'empat puluh lima' (1 to 99; None otherwise)."""
    if not 0 < value < 100:
        return None
    tens, ones = divmod(value, 10)
    if value < 10:
        return _UNIT_WORDS[value]
    if value == 10:
        return "sepuluh"
    if value == 11:
        return "sebelas"
    if tens == 1:
        return f"{_UNIT_WORDS[ones]} belas"
    head = f"{_UNIT_WORDS[tens]} puluh"
    return f"{head} {_UNIT_WORDS[ones]}" if ones else head


def _digits_value(digits: str, frac: str | None) -> Decimal | None:
    whole = digits.replace(".", "")
    try:
        return Decimal(whole + ("." + frac if frac else ""))
    except InvalidOperation:
        return None


_ONE_OF_RE = re.compile(r"\bsalah\s+$", re.IGNORECASE)
"""What makes "satu" one of several: "salah satu", "salah seorang"."""


def find_amounts(text: str) -> list[Amount]:
    """Every number in `text`, read the Indonesian way, in order of appearance."""
    found: list[Amount] = []
    for match in AMOUNT_RE.finditer(text):
        scale = SCALES.get((match["scale"] or "").lower(), 1)
        money = bool(match["rp"])
        start = match.start("rp") if match["rp"] else match.start()
        if match["approx"]:
            start = match.end("approx")
        end = match.end()
        decade = bool(match["an"]) and len(match["digits"] or "") == 4
        if decade:
            end = match.start("an")  # "sejak 1980-an": a year, read as the dates read it
        # "90-an orang": about 90.
        approximate = bool(match["approx"] or (match["an"] and not decade))
        span_text = text[start:end].strip()
        if match["range"]:
            if scale == 1:
                continue
            low, high = _RANGE_WORDS[match["range"].lower()]
            found.append(
                Amount(None, span_text, start, match.end(), money, True, low * scale, high * scale)
            )
            continue
        if match["word"]:
            if _ONE_OF_RE.search(text, 0, match.start()):
                continue  # "salah satu mucikari": one of them, no count of them
            number = words_to_int(match["word"])
            if number is None:
                continue
            value = Decimal(number)
        else:
            parsed = _digits_value(match["digits"], match["frac"] or match["dfrac"])
            if parsed is None:
                continue
            value = parsed
        value *= scale
        if value != value.to_integral_value():
            continue
        amount = Amount(int(value), span_text, start, end, money, approximate)
        previous = found[-1] if found else None
        if previous is not None and _goes_on(previous, amount, text):
            # "lima juta lima puluh ribu rupiah", "Rp 1 juta 500 ribu": one sum in two parts.
            amount = Amount(
                (previous.value or 0) + int(value),
                text[previous.start : end],
                previous.start,
                end,
                previous.money or money,
                previous.approximate,
            )
            found[-1] = amount
            continue
        found.append(amount)
    return found


# A number that names where something is, not how many: "Km 19", "RT 8", "Gang 12", "Nomor 5".
_LABEL_BEFORE_RE = re.compile(
    r"\b(?:km|kilometer|rt|rw|no|nomor|blok|gang|gg|pal)\.?\s*$", re.IGNORECASE
)


def quantities(text: str) -> list[Amount]:
    """The amounts of `text` that say how many or how much: not a number that labels a place
    ("di Km 19 Desa Hampalit", "RT 8", "lokalisasi Gang 12")."""
    return [
        amount
        for amount in find_amounts(text)
        if amount.money
        or not amount.text[:1].isdigit()
        or not _LABEL_BEFORE_RE.search(text, max(0, amount.start - 12), amount.start)
    ]


def _goes_on(previous: Amount, amount: Amount, text: str) -> bool:
    """Whether `amount` is the smaller part of the sum `previous` began ("lima juta" then
    "lima puluh ribu"): right after it, with a scale word of its own, below `previous`'s scale."""
    if previous.value is None or amount.value is None or text[previous.end : amount.start].strip():
        return False
    scale = _scale_of(previous.text)
    return scale >= 10**6 and _scale_of(amount.text) > 1 and amount.value < scale


def _scale_of(written: str) -> int:
    """The scale word an amount ends with ("5 juta" -> 1.000.000), else 1."""
    last = written.lower().rsplit(None, 1)[-1] if written.strip() else ""
    return SCALES.get(last, 1) if last != "m" else 1


SPELLED_FIGURE_MIN = 10
"""Figures written in words from this value up get their digits beside them when quoted: "dua
puluh orang" is read at a glance as 20, "dua kelas" needs no help."""


_LARGE_FIGURE_WORDS = (
    *("puluh", "belas", "ratus", "ribu"),  # in "sepuluh", "sebelas", "seratus", "seribu" too
    *("rb", "juta", "jt", "miliar", "milyar", "triliun"),  # AMOUNT_RE's scale words
)
"""Every figure AMOUNT_RE reads from words alone at SPELLED_FIGURE_MIN or more holds one of
these: a single unit word ("lima") is below it, a range ("puluhan") is no figure."""


def with_figures(text: str) -> str:
    """`text` with the digits beside each larger figure written in words: "tiga puluh lima
    warga" -> "tiga puluh lima (35) warga", so an answer quoting it states the figure."""
    lowered = text.lower()
    if text.isascii() and not any(word in lowered for word in _LARGE_FIGURE_WORDS):
        # Most quotes: no figure to add, and reading every number in them is a slow pattern
        # (in ASCII, lower() matches letters as AMOUNT_RE's IGNORECASE does).
        return text
    parts: list[str] = []
    last = 0
    for amount in find_amounts(text):
        if amount.value is None or amount.value < SPELLED_FIGURE_MIN:
            continue
        if any(ch.isdigit() for ch in amount.text):
            continue
        parts += [text[last : amount.end], f" ({format_number(amount.value)})"]
        last = amount.end
    return "".join(parts) + text[last:] if parts else text


def parse_number(text: str) -> int | None:
    """The first number written in `text` ('Rp1,8 juta' -> 1800000), or None."""
    for amount in find_amounts(text):
        if amount.value is not None:
            return amount.value
    return None


def format_number(value: int) -> str:
    """1315 -> '1.315' (Indonesian thousands separator)."""
    return f"{value:,}".replace(",", ".")


def format_rupiah(value: int) -> str:
    """5050000 -> 'Rp5.050.000'."""
    return f"Rp{format_number(value)}"
