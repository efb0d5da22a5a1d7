"""What sentences say of lokalisasi as a whole, read by the rules of more than one kind.

How many lokalisasi a sentence counts ("22 lokalisasi", "tiga tempat lokalisasi itu"), the
closing verbs still alive in it, figures shared out over places ("dua di Kota Parepare,
masing-masing satu di …"), and the closure and inventory facts that closure and count rules
both make.
"""

from __future__ import annotations

import re

from knowledge import lexicon as lx
from knowledge.dates import DateMention
from knowledge.extract.context import Context, SentenceView, when_text
from knowledge.numbers import Amount

_LOK_COUNT_RE = re.compile(
    r"^\s+(?:titik\s+|tempat\s+|buah\s+|unit\s+|kawasan\s+|kompleks?\s+)?"
    rf"(?:{lx.LOKALISASI}|tempat prostitusi)\b"
)
_ANAPHOR_AFTER_RE = re.compile(rf"^\s+(?:titik\s+|tempat\s+)?{lx.LOKALISASI}\s+(?:itu|tersebut)\b")
_PART_OF_RE = re.compile(r"(?<!lebih )(?<!kurang )\bdari\s+(?:total\s+|sebanyak\s+)?$")
_PART_OF_REACH = 12
"""How far before a figure "dari total" makes it the whole others are part of."""
BREAKDOWN_RE = re.compile(r"\b(?:di ?antaranya|masing-masing|yakni|yaitu|antara lain)\b")
"""A figure split up over places or parts."""
_EACH_RE = re.compile(r"masing-masing\s*$")
_REMAINING_REACH = 25
"""How far before a figure "tersisa", "masih ada" make it what is left."""
_GOES_ON_RE = re.compile(r"\bmerealisasikan|\b(?:upacara|seremoni|peresmian)(?:nya)?\b")

# Who closes: the subject before an active "menutup" (trimmed of clause starts, adverbs and a
# dateline), or "oleh X" after a passive.
_SUBJECT_CLAUSE_RE = re.compile(r"[,;:]\s+(?=[a-z])|\"")
# Words between who closes and "menutup" that are not part of the name: "Rencana Pemkot X untuk
# menutup", "Pemkot memastikan akan menutup".
_SUBJECT_ADVERB_RE = re.compile(
    r"(?:\s+(?:secara|resmi|telah|sudah|akan|segera|berhasil|juga|pun|untuk|bakal|berencana"
    r"|memastikan|siap|ingin|hendak|harus|wajib|akhirnya|kembali|berjanji|bertekad|berupaya"
    # "Wali Kota X yang menutup …", "Pemkot memutuskan menutup …": who, not what they did.
    r"|yang|memutuskan|mengancam|berniat|sepakat))+\s*$"
)
_SUBJECT_DATELINE_RE = re.compile(r"^(?:[A-Z]{3,}(?:\s[A-Z]+)*\s+-\s+)")
_BY_RE = re.compile(r"\boleh\s+([A-Z][^,.;]{2,80})")
_AGENT_MAX_WORDS = 16
# "Pemkab Paser pada 12 Maret 2023", "Pemerintah Kabupaten Paser, Kamis (9/4)": when it was done
# is no part of who did it.
_AGENT_TIME_TAIL_RE = re.compile(
    r"(?:,\s*|\s+)(?:(?:pada|sejak|tanggal|tgl|sekitar|sekira)\s|(?:senin|selasa|rabu|kamis"
    r"|jumat|jum'at|sabtu|minggu)\b|\(\d).*$",
    re.IGNORECASE,
)


def lokalisasi_counts(view: SentenceView) -> list[tuple[Amount, bool]]:
    """'22 lokalisasi', 'tiga tempat lokalisasi': (amount, whether it points back: 'itu')."""
    counts = []
    for amount in view.amounts:
        if amount.value is None or amount.money or view.in_date(amount):
            continue  # "akhir tahun 2019 lokalisasi sudah harus dibubarkan": a year
        after = view.low[amount.end :]
        if _LOK_COUNT_RE.match(after):
            # "dari total 168 lokalisasi …, sudah 149 yang ditutup": 168 is the whole the
            # closures are part of, spoken of as known already.
            before = view.low[max(0, amount.start - _PART_OF_REACH) : amount.start]
            whole = bool(_PART_OF_RE.search(before))
            counts.append((amount, whole or bool(_ANAPHOR_AFTER_RE.match(after))))
    return counts


def live_triggers(view: SentenceView) -> list[re.Match[str]]:
    """The closing verbs that speak of a closure, not of a meeting's name or an aside."""
    triggers = []
    for match in lx.CLOSURE_RE.finditer(view.low):
        if match.group(0).startswith("merealisasikan"):
            continue
        original = view.text[match.start() : match.end()]
        opens_sentence = not view.text[: match.start()].strip(" \"'“”‘’(-")
        if original[:1].isupper() and not opens_sentence:
            continue  # "Rapat Koordinasi Penutupan Lokalisasi": the name of a meeting
        if lx.CLOSURE_ASIDE_RE.search(view.low[: match.start()]) and not _dated_aside(view, match):
            continue
        if not match.group(0).startswith("di") and lx.CLOSES_OTHER_RE.match(view.low, match.end()):
            continue  # "mengancam menutup perusahaan tambang yang punya lokalisasi"
        triggers.append(match)
    return triggers


# "… beroperasi kembali setelah ditutup pada Rabu (22/11/2017)", "Saat penutupan Gang X pada
# 2014, …": a time clause that dates the closure it speaks of still states that closure.
_DATED_ASIDE_BEFORE_RE = re.compile(r"\b(?:setelah|sesudah|usai|seusai|pasca|saat|ketika)\s+$")
_DATED_ASIDE_AFTER_RE = re.compile(r"\s+(?:[^,.;]{0,50}?\s)?pada\s+")
_DATED_ASIDE_REACH = 30
# "Setelah ditutupnya lokalisasi X beberapa tahun yang lalu, …": told as past, undated.
_PAST_ASIDE_AFTER_RE = re.compile(rf"[^,.;]{{0,60}}?{lx.PAST_TIME}")


_SAID_AFTER_RE = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|jelas|ungkap|tegas|imbuh|tandas)(?:nya)?\s+"
    r"(?:usai|seusai|setelah|sesudah)\s+$"
)
"""'…," katanya usai menutup lokalisasi X secara simbolis, Minggu (28/4/2013): the closing was
that day, just before it was said."""


def said_right_after(view: SentenceView, trigger: re.Match[str]) -> bool:
    """Whether the closing verb is what someone had just done when speaking ("katanya usai
    menutup …"): the day they spoke is the closing's."""
    return bool(_SAID_AFTER_RE.search(view.low[: trigger.start()]))


def told_as_past(view: SentenceView, trigger: re.Match[str]) -> bool:
    """Whether the closing's own clause says it lies some time back, undated ("ditutupnya
    lokalisasi X beberapa tahun yang lalu")."""
    return bool(_PAST_ASIDE_AFTER_RE.match(view.low, trigger.end()))


def _dated_aside(view: SentenceView, trigger: re.Match[str]) -> bool:
    """Whether a closing verb right after "setelah" is dated: "setelah ditutup pada …", or
    what someone said right after closing it, on the day the sentence gives."""
    if said_right_after(view, trigger):
        return any(d.start > trigger.end() and d.value for d in view.dates)
    if not _DATED_ASIDE_BEFORE_RE.search(view.low[: trigger.start()]):
        return False
    if told_as_past(view, trigger):
        return True
    dated = _DATED_ASIDE_AFTER_RE.match(view.low, trigger.end())
    if not dated:
        return False
    return any(
        0 <= d.start - dated.end() <= _DATED_ASIDE_REACH and d.value for d in view.usable_dates()
    )


def continues_closure(ctx: Context, view: SentenceView) -> bool:
    """Whether the sentence before, in the same paragraph, stated a closure."""
    previous = ctx.previous(view)
    return (
        previous is not None
        and previous.id in ctx.discourse.closure_sentences
        and previous.paragraph == view.paragraph
    )


def goes_on_with_closure(view: SentenceView, counts: list[tuple[Amount, bool]]) -> bool:
    """Whether a sentence without a closing verb of its own goes on with the closure before
    it: what is pending, carried out, split up, counted, or still to come somewhere."""
    return bool(
        lx.PENDING_RE.search(view.low)
        or _GOES_ON_RE.search(view.low)
        or BREAKDOWN_RE.search(view.low)
        or counts
        or (lx.FUTURE_RE.search(view.low) and view.places)
    )


def per_place(view: SentenceView) -> list[tuple[Amount, str]]:
    """Numbers shared out over the places after them: 'Dua … di Kota Parepare, sedangkan
    masing-masing satu di Kabupaten Bone dan Kabupaten Jeneponto'."""
    amounts = [
        a
        for a in view.amounts
        if a.value is not None
        and not a.money
        and not view.is_year(a)
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
        each = _EACH_RE.search(view.low[: amount.start])
        for place in places if each else places[:1]:
            pairs.append((amount, place))
    return pairs


def remaining_before(view: SentenceView, amount: Amount) -> bool:
    """Whether the words just before a figure say it is what is left ("masih tersisa lima")."""
    start = max(0, amount.start - _REMAINING_REACH)
    return bool(lx.REMAINING_RE.search(view.low[start : amount.start]))


def inventory_fact(
    ctx: Context, view: SentenceView, amount: Amount, place: str, qualifier: str | None = None
) -> None:
    """Emit how many lokalisasi there are (or are left, qualifier "sisa") in a place."""
    if qualifier is None and remaining_before(view, amount):
        qualifier = "sisa"
    ctx.emit(
        ctx.fact(
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


def closure_fact(
    ctx: Context,
    view: SentenceView,
    place: str,
    amount: Amount | None,
    when: DateMention | None,
    status: str,
    triggers: list[re.Match[str]] | None = None,
) -> None:
    """Emit a closure: of `amount` lokalisasi (or of the place's), `status`, when."""
    agent = closure_agent(view, triggers[0]) if triggers else None
    if when is None and status == "done" and triggers:
        when = _reported_today(ctx, view)
    # "69 lokalisasi yang tersisa akan ditutup", not "Jika empat ditutup, masih tersisa 95":
    # the remaining word in the amount's own clause.
    clause = view.low[: amount.end] + view.low[amount.end :].split(",")[0] if amount else ""
    if amount and lx.REMAINING_RE.search(clause) and status == "planned":
        qualifier: str | None = "sisa"
    else:
        qualifier = "ditunda" if lx.POSTPONED_RE.search(view.low) else None
    ctx.emit(
        ctx.fact(
            view,
            "closure",
            place_id=place,
            number=amount.value if amount else None,
            number_text=amount.text if amount else None,
            approximate=bool(amount and (amount.approximate or "sedikitnya" in view.low)),
            when=when.value if when else None,
            when_text=when_text(when) if when else None,
            status=status,
            agent=agent,
            qualifier=qualifier,
        )
    )


_TODAY_RE = re.compile(r"\b(?:akhirnya|(?:hari|pagi|siang|sore|malam) ini)\b")
_NOT_TODAY_RE = re.compile(
    r"\b(?:sejak|lalu|pernah|dulu|dahulu|sebelumnya|lama|silam|bekas|eks|mantan)\b"
)
LEAD_SENTENCES = 2
"""The sentences of a story's lead, which report what happened on the day it was filed."""


def _reported_today(ctx: Context, view: SentenceView) -> DateMention | None:
    """The story's day, for a closing its lead reports as news ("Lokalisasi Klampokan …
    akhirnya ditutup", "… hari ini resmi ditutup", "Penutupan … pagi ini"), saying no date of its
    own; never for a closing told as past ("sudah lama ditutup", "eks lokalisasi")."""
    if ctx.published is None or view.position >= LEAD_SENTENCES or view.dates:
        return None
    if not _TODAY_RE.search(view.low) or _NOT_TODAY_RE.search(view.low):
        return None
    return DateMention("", 0, 0, ctx.published, "day")


def reported_as_news(view: SentenceView, trigger: re.Match[str]) -> bool:
    """Whether a story's lead tells the closing as its news: someone "menutup" a lokalisasi,
    in words of no time ("Pemerintah Kabupaten X menutup lokalisasi Y di Kecamatan Z" is done;
    "akan menutup" or "sejak lama" would have said otherwise). Done, but not dated by the
    story's day: the story itself often dates the ceremony a sentence later."""
    return (
        view.position < LEAD_SENTENCES
        and trigger.group(0).lower().startswith("menutup")
        and not _NOT_TODAY_RE.search(view.low)
        and not lx.FUTURE_RE.search(view.low)
        and closure_agent(view, trigger) is not None
    )


def closure_agent(view: SentenceView, trigger: re.Match[str]) -> str | None:
    """Who closes: the subject before an active 'menutup', or 'oleh X' after a passive."""
    if trigger.group(0).startswith("menutup"):
        subject = view.text[: trigger.start()]
        subject = _SUBJECT_CLAUSE_RE.split(subject)[-1]
        subject = _SUBJECT_ADVERB_RE.sub("", subject.strip()).rstrip(" ,")
        subject = _SUBJECT_DATELINE_RE.sub("", subject)
        agent = lx.AGENT_WORDS_RE.search(subject)
        if agent:
            subject = subject[agent.start() :]  # "mengatakan sejak 2010 Pemprov Jatim …"
        subject = _AGENT_TIME_TAIL_RE.sub("", subject)
        if agent and 1 <= len(subject.split()) <= _AGENT_MAX_WORDS:
            return subject
    by = _BY_RE.search(view.text[trigger.end() :])
    if by:
        return _AGENT_TIME_TAIL_RE.sub("", by.group(1)).strip() or None
    return None
