"""Indonesian dates as news articles write them, read into values and written back.

Handles "Rabu 1 Juni 2016", "Senin (22/2/2016)", "(29/10/17)", year-less "Jumat (18/5)"
(the year comes from the article, the weekday confirms it), "akhir November 2017",
"minggu ke empat November 2017", "Februari 2016", "tahun 2019" and "tahun ini".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

MONTHS: dict[str, int] = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "pebruari": 2,
    "feb": 2,
    "maret": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nopember": 11,
    "nov": 11,
    "desember": 12,
    "des": 12,
}
MONTH_NAMES = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
WEEKDAYS: dict[str, int] = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
}
ORDINALS = {"satu": 1, "pertama": 1, "dua": 2, "tiga": 3, "empat": 4, "terakhir": 4, "lima": 5}

Precision = Literal["day", "week", "month", "year"]

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?P<weekday>senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\s*,?\s*)"
_YEAR = r"(?P<year>(?:19|20)\d{2})"

# Each pattern begins with a look at the first letter a date of its kind can start with (a
# weekday's, a digit, a month's …): most places in a text start none, and are passed over
# without trying each optional word the pattern may begin with. The matches are the same.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # Rabu 1 Juni 2016, Senin, 22 Februari 2016
    (
        "dmy",
        re.compile(rf"(?=[srkjma\d]){_WEEKDAY}?\b(?P<day>\d{{1,2}})\s+{_MONTH}\s+{_YEAR}\b", re.I),
    ),
    # 28 Desember, Senin 5 Juni: a day without its year, the article's year
    (
        "dm",
        re.compile(
            rf"(?=[srkjma\d]){_WEEKDAY}?\b(?P<day>\d{{1,2}})\s+{_MONTH}(?![\w.,]*\s*(?:19|20)\d{{2}})\b",
            re.I,
        ),
    ),
    # Senin (22/2/2016), Minggu (29/10/17), Jumat (18/5), (22/2/2016), 22-02-2016
    (
        "numeric",
        re.compile(
            rf"(?=[srkjma(\d]){_WEEKDAY}?\(?(?<![\d/])(?P<day>\d{{1,2}})[/-](?P<month>\d{{1,2}})"
            r"(?:[/-](?P<year>\d{4}|\d{2}))?(?![\d/])\)?",
            re.I,
        ),
    ),
    # minggu ke empat November 2017, minggu ke-2 Mei
    (
        "week",
        re.compile(
            r"\bminggu\s+ke[-\s]?(?P<week>\d|satu|pertama|dua|tiga|empat|lima|terakhir)\s+"
            rf"(?:bulan\s+)?{_MONTH}(?:\s+{_YEAR})?\b",
            re.I,
        ),
    ),
    # akhir November 2017, awal Juli, pertengahan Mei 2018, bulan Juli, (Juli), Februari 2016
    (
        "month",
        re.compile(
            r"(?=[apmbjfsond])(?:\b(?P<part>awal|akhir|pertengahan|medio)\s+(?:bulan\s+)?)?"
            rf"(?<![\d\w])(?:bulan\s+)?{_MONTH}(?:\s+{_YEAR})?\b",
            re.I,
        ),
    ),
    # tahun 2019, pada 2019, akhir tahun 2017
    (
        "year",
        re.compile(
            r"(?=[apt12])(?:\b(?P<part>awal|akhir|pertengahan)\s+)?(?:\btahun\s+)?(?<![\d/.,])"
            + _YEAR
            + r"\b"
        ),
    ),
    # tahun ini / tahun depan / tahun lalu
    ("relyear", re.compile(r"\btahun\s+(?P<rel>ini|depan|lalu)\b", re.I)),
]


@dataclass(frozen=True)
class DateMention:
    """A date written in text, read as far as the text allows."""

    text: str
    start: int
    end: int
    value: dt.date
    """The day meant; for a month or year, its last day when `part` is "akhir", else its first."""
    precision: Precision
    part: str | None = None
    weekday: int | None = None


def _month_value(year: int, month: int, part: str | None) -> dt.date:
    if part == "akhir":
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    if part in ("pertengahan", "medio"):
        return dt.date(year, month, 15)
    return dt.date(year, month, 1)


def _year_value(year: int, part: str | None) -> dt.date:
    if part == "akhir":
        return dt.date(year, 12, 31)
    if part == "pertengahan":
        return dt.date(year, 6, 30)
    return dt.date(year, 1, 1)


def _infer_year(
    day: int, month: int, weekday: int | None, reference: dt.date | None, years: Iterable[int]
) -> int | None:
    """The year for a year-less day: the one whose weekday matches, nearest the article's years."""
    candidates = sorted(set(years) | ({reference.year} if reference else set()))
    if reference:
        # "Senin (12/11)" in a 2018 story is 12 November 2018, not the 1979 the lokalisasi was
        # founded in, though both are Mondays: the article's own year first, then the nearest.
        candidates.sort(key=lambda year: abs(year - reference.year))
    if not candidates:
        return None
    if weekday is not None:
        for year in candidates:
            try:
                if dt.date(year, month, day).weekday() == weekday:
                    return year
            except ValueError:
                continue
        if reference is None:
            # "Sabtu (2/12)" in a story whose only year is the one a lokalisasi was founded in
            # (2 December 1985 was a Monday): the year is unknown, not that one.
            return None
    return reference.year if reference else candidates[0]


_DIGIT_RE = re.compile(r"\d")
_DIGIT_KINDS = frozenset({"dmy", "dm", "numeric", "year"})
"""The kinds of date whose pattern needs a digit (any _DIGIT_RE finds): a text without one holds
none of them."""
_MONTH_STARTS = tuple(sorted({name[:3] for name in MONTHS}))
_NEEDED: dict[str, tuple[str, ...]] = {
    "dmy": _MONTH_STARTS,
    "dm": _MONTH_STARTS,
    "numeric": ("/", "-"),
    "week": ("minggu",),
    "month": _MONTH_STARTS,
    "year": ("19", "20"),
    "relyear": ("tahun",),
}
"""What the lower-cased text of each kind of date always holds (a month's name begins with one
of _MONTH_STARTS): a text holding none of them is not searched for that kind, which is most
texts for most kinds and costs a few substring looks instead of a pattern search."""


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < e and s < end for s, e in spans)


def find_dates(
    text: str, reference: dt.date | None = None, years: Iterable[int] = ()
) -> list[DateMention]:
    """Every date written in `text`, most precise reading first where readings overlap.

    `reference` (usually the article's date) fills in a missing year; `years` are the years an
    article mentions, tried in turn for a year-less "Jumat (18/5)" until the weekday fits.
    """
    years = list(years)
    found: list[DateMention] = []
    spans: list[tuple[int, int]] = []
    has_digit = _DIGIT_RE.search(text) is not None
    lowered = text.lower()
    for kind, pattern in _PATTERNS:
        if kind in _DIGIT_KINDS and not has_digit:
            continue  # most sentences hold no figure: no day, no numeric date, no year
        if not any(needed in lowered for needed in _NEEDED[kind]):
            continue
        for match in pattern.finditer(text):
            if _overlaps(spans, match.start(), match.end()):
                continue
            mention = _read(kind, match, reference, years)
            if mention is not None:
                found.append(mention)
                spans.append((match.start(), match.end()))
    return sorted(found, key=lambda m: m.start)


def _read(
    kind: str, match: re.Match[str], reference: dt.date | None, years: list[int]
) -> DateMention | None:
    groups = match.groupdict()
    weekday_word = (groups.get("weekday") or "").lower().replace("'", "")
    weekday = WEEKDAYS.get(weekday_word)
    text = match.group(0).strip(" ,")
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    elif text.count("(") > text.count(")"):
        text += ")"
    start, end = match.start(), match.end()
    try:
        if kind == "dmy":
            value = dt.date(
                int(groups["year"]), MONTHS[groups["month"].lower()], int(groups["day"])
            )
            return DateMention(text, start, end, value, "day", weekday=weekday)
        if kind == "dm":
            day, month = int(groups["day"]), MONTHS[groups["month"].lower()]
            year = _infer_year(day, month, weekday, reference, years) if reference else None
            if year is None:
                return None
            value = dt.date(year, month, day)
            return DateMention(text, start, end, value, "day", weekday=weekday)
        if kind == "numeric":
            day, month = int(groups["day"]), int(groups["month"])
            if not (1 <= month <= 12 and 1 <= day <= 31):
                return None
            raw_year = groups.get("year")
            if raw_year:
                year = int(raw_year) + (2000 if len(raw_year) == 2 else 0)
            else:
                # A bare "12/5" is too often a ratio or a score; accept it only with a weekday.
                if weekday is None:
                    return None
                inferred = _infer_year(day, month, weekday, reference, years)
                if inferred is None:
                    return None
                year = inferred
            value = dt.date(year, month, day)
            return DateMention(text, start, end, value, "day", weekday=weekday)
        if kind == "week":
            month = MONTHS[groups["month"].lower()]
            year = _year_or_reference(groups.get("year"), reference)
            if year is None:
                return None
            raw_week = groups["week"].lower()
            week = int(raw_week) if raw_week.isdigit() else ORDINALS.get(raw_week, 1)
            last = calendar.monthrange(year, month)[1]
            value = dt.date(year, month, min(last, (week - 1) * 7 + 1))
            part = f"minggu ke-{week}"
            return DateMention(text, start, end, value, "week", part=part)
        if kind == "month":
            month = MONTHS[groups["month"].lower()]
            # "Mei", "Jan" and friends are ordinary words too often; short names need a year.
            bare = not groups.get("year") and not groups.get("part")
            if (
                len(groups["month"]) <= 3
                and bare
                and (groups["month"].lower() != "mei" or not text[:1].isupper())
            ):
                return None
            year = _year_or_reference(groups.get("year"), reference)
            if year is None:
                return None
            part = (groups.get("part") or "").lower() or None
            value = _month_value(year, month, part)
            return DateMention(text, start, end, value, "month", part=part)
        if kind == "year":
            part = (groups.get("part") or "").lower() or None
            value = _year_value(int(groups["year"]), part)
            return DateMention(text, start, end, value, "year", part=part)
        if kind == "relyear" and reference is not None:
            offset = {"ini": 0, "depan": 1, "lalu": -1}[groups["rel"].lower()]
            value = dt.date(reference.year + offset, 1, 1)
            return DateMention(text, start, end, value, "year")
    except (ValueError, KeyError):
        return None
    return None


def _year_or_reference(raw: str | None, reference: dt.date | None) -> int | None:
    if raw:
        return int(raw)
    return reference.year if reference else None


def format_date(value: dt.date) -> str:
    """2016-06-01 -> '1 Juni 2016'."""
    return f"{value.day} {MONTH_NAMES[value.month - 1]} {value.year}"


def format_mention(value: dt.date, precision: str, part: str | None = None) -> str:
    """A date written as precisely as it was known: '1 Juni 2016', 'akhir November 2017'."""
    if precision == "day":
        return format_date(value)
    if precision == "year":
        return f"{part} tahun {value.year}" if part else f"tahun {value.year}"
    month = f"{MONTH_NAMES[value.month - 1]} {value.year}"
    return f"{part} {month}" if part else month
