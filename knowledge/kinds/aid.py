"""Aid: money and help former workers receive ("bantuan Rp250 ribu, jatah hidup Rp1,8 juta,
serta modal usaha Rp3 juta dari Pemerintah Kabupaten …"), its kind, giver, funding and
recipient; funding without a sum, a cost a giver bears, and aid named without a sum."""

from __future__ import annotations

import re
from typing import ClassVar, Literal

from knowledge import lexicon as lx
from knowledge.describe import aid_text
from knowledge.extract.context import Context, SentenceView
from knowledge.kinds.spec import Kind, KindFact
from knowledge.numbers import Amount

# A cost someone bears instead of paying cash: "biaya pemulangan ditanggung Pemkab Batang".
_BORNE_RE = re.compile(
    r"\b(?:biaya|ongkos|anggaran|dana)\b[^.;]{0,60}?\b(?:ditanggung|dibiayai|dibayar(?:kan)?"
    r"|menjadi tanggungan|ditalangi)\s+(?:sepenuhnya\s+|seluruhnya\s+)?(?:oleh\s+)?"
)
# Where the words after an amount stop speaking of it.
_ITEM_END_RE = re.compile(r"[,;]|\bdan\b|\bserta\b")
# "Rp 750 ribu dari APBD …": the funding named right after its amount.
_FROM_FUNDING_RE = re.compile(r"\s*(?:yang\s+)?(?:bersumber\s+)?dari\s+")
_FROM_BEFORE_RE = re.compile(r"\s*dari\s+$")
_FROM_OR_BY_RE = re.compile(r"\b(?:dari|oleh)\s+")
# Words that give aid without a sum: "diberi pelatihan", "mendapatkan modal usaha".
_GIVING_RE = re.compile(
    r"\b(?:diberi|diberikan|memberikan|mendapat|mendapatkan|menerima|berupa|bantuan)\b"
)
# "untuk mereka", "Mereka menerima …": people named in the sentence before.
# "…, untuk pelayan kafe Rp500 ribu": people named for this amount alone (up to three words
# before the sum), who are not the PSK or mucikari named for the amount before.
_OTHER_RECIPIENT_RE = re.compile(
    r"\b(?:untuk|bagi|kepada)\s+(?:para\s+)?(?P<who>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)"
    r"(?=\s*(?:,\s*)?(?:(?:sebesar|senilai|masing-masing|sejumlah|yakni|yaitu)\s+)?"
    r"(?:rp|\d))"
)
# "untuk di Kecamatan Kaliwungu Rp 2,5 juta": where the money goes, not to whom.
_NOT_PEOPLE_RE = re.compile(
    r"\b(?:mereka|itu|tersebut|setiap|tiap|per|sebesar|senilai)\b|^(?:di|ke|dari)\s"
)
_DOING_RE = re.compile(r"(?:me[a-z]{5,}|di[a-z]+(?:kan|i))\b")
"""A verb after "untuk" says what the money is for: "rekening untuk menampung bantuan Rp5 juta"."""
_PROPOSED_RE = re.compile(
    r"\b(?:usul\w*|diusulkan|mengusulkan|(?:meng|di)?ajukan|pengajuan|menuntut|tuntutan"
    r"|(?:kalau|jika|bila) disetujui"
    r"|belum pasti)\b"
)
"""Words just before an amount that make it asked for, proposed or demanded, not given:
"mengusulkan tambahan modal usaha Rp2,5 juta", "mengajukan tambahan modal Rp150 juta", "warga
menuntut kompensasi Rp25 juta"."""
_STILL_PROPOSED_RE = re.compile(
    r"\b(?:masih (?:harus )?(?:diusulkan|dibahas)|belum (?:ditetapkan|disetujui)"
    r"|masih berupa usulan|belum pasti|belum ada kepastian|kepastian(?:nya)? belum ada)\b"
)
"""Words anywhere in a sentence that say its aid, or the aid of the sentence before, is not
fixed yet ("Namun bantuan tersebut masih diusulkan dalam APBD Perubahan")."""
_THEY_RE = re.compile(r"(?:^\W*|\b(?:untuk|bagi|kepada)\s+)mereka\b")
_WORKERS_AS_A_WHOLE_RE = re.compile(r"\b(?:mereka|seluruhnya)\b")
_UPPER_TAIL_RE = re.compile(r"(?:\s+(?:Kota|Kabupaten|Provinsi)?\s*[A-Z][\w-]*){0,2}")
_BRACKETED_SHORT_RE = re.compile(r"\s*\(([A-Z]{3,})\)")
_PARA_RE = re.compile(r"^para\s+")
_WORKER_SHORT_RE = re.compile(r"\b(psk|wts|wps)\b")
KIND_REACH = 60
"""An aid kind named this close before an amount is the amount's ("modal usaha Rp3 juta")."""
GIVER_GAP = 2
"""An organisation this close after "dari"/"oleh" is the giver."""
_AID_WORD_RE = re.compile(r"\b(?:bantuan|dana|anggaran|santunan)\b")
"""Words that make a sentence speak of aid, so that its "dari"/"oleh" names a giver."""
BREAKDOWN_SHARE = 0.9
"""A figure the sentence before gave is the total of the parts listed when it is at least
this share of their sum (rounding)."""
_PRICE_PER_RE = re.compile(
    r"\s*(?:/|per\s+|se)\s*(?:meter|m2|m²|hektare|hektar|ha|are|kg|kilogram|liter)\b"
)
_PRICE_WORD_RE = re.compile(
    r"\b(?:tarif|harga|bayaran|sewa|pungutan|retribusi|gaji|upah|pendapatan|penghasilan"
    r"|omzet|omset|keuntungan|untung|setoran|denda|didenda)(?:nya)?\b"
)
"""Words saying an amount is a price, a fee, earnings or a fine: in a sentence naming no aid,
it is nobody's aid."""
_BROKEN_DOWN_RE = re.compile(
    r"\b(?:terbagi|terdiri|dirinci|rinciannya|secara rinci|meliputi|dengan rincian)\b"
)
"""Words after an amount that go on to list its parts."""
TOTAL_LABEL = "total bantuan"
"""The kind of an amount whose parts the sentence lists."""
_PER_HEAD_RE = re.compile(
    r"\s*(?:/|per|tiap|setiap)\s*"
    rf"(?:orang|kepala(?!\s+keluarga)|jiwa|penghuni|penerima|{lx.WORKER})\b"
)
"""After an amount, "per PSK", "/orang": each one's, even in a budget ("Pemkab mengalokasikan
Rp 2,5 juta per PSK")."""
_ONE_EACH_RE = re.compile(r"\s*(?:rupiah\s+)?(?:untuk\s+|buat\s+)?(?:satu|se)\s*orang\b")
"""After an amount, "(rupiah) satu orang" says it is each one's: "Sepuluh juta rupiah satu
orang"."""
_CUSTOMERS_RE = re.compile(
    r"\b(?:pencari hiburan|pelanggan|tamu|hidung belang|pria iseng|dilayani|kencan)(?:nya)?\b"
)
"""Words of the trade's customers: an amount in a sentence about them that gives nothing is
what they pay ("dengan uang Rp150 ribu, pria hidung belang sudah bisa dilayani")."""
PRICE_REACH = 30
"""A price word this close before an amount makes it a price even in a sentence of giving."""


def _priced(low: str, start: int, end: int) -> bool:
    """Whether the words before an amount say it is a price, a fee or earnings: right before
    it, or anywhere before it (or customers anywhere) in a sentence that gives nothing."""
    if _PRICE_WORD_RE.search(low, max(start, end - PRICE_REACH), end):
        return True
    if _GIVING_RE.search(low):
        return False
    return _PRICE_WORD_RE.search(low, start, end) is not None or bool(_CUSTOMERS_RE.search(low))


PER_FAMILY = "warga (per kepala keluarga)"
"""The recipient of aid given per household."""


def aid(ctx: Context, view: SentenceView) -> None:
    """Every sum of aid with its kind, giver, funding and recipient; else funding, a borne cost
    or aid named without a sum."""
    low = view.low
    money = view.money()
    if not money and not _names_aid_without_sum(low):
        # Most sentences: no sum and nothing given, funded or borne; the places, givers and
        # aid kinds below are only read for the facts such sentences can give.
        if _STILL_PROPOSED_RE.search(low):
            _proposed_before(ctx, view)
        return
    organisations = ctx.organisations(view.text)
    recipient = lx.RECIPIENT_RE.search(low)
    per_person = bool(lx.PER_PERSON_RE.search(low))
    place_of_sentence = ctx.collapse([loc.place_id for loc in ctx.about(view)])
    kinds_in_sentence = [
        (match.start(), label) for label, pattern in lx.AID_KINDS for match in pattern.finditer(low)
    ]
    if not money and _STILL_PROPOSED_RE.search(low):
        _proposed_before(ctx, view)
    claimed: set[str] = set()
    # A kind named after one amount is that amount's, not also the next one's: "Rp3 juta untuk
    # usaha ekonomi produktif, Rp1,8 juta jaminan hidup, dan Rp700 ribu biaya transportasi".
    taken: set[int] = set()
    previous_end = 0
    for index, amount in enumerate(money):
        next_start = money[index + 1].start if index + 1 < len(money) else len(low)
        if _PRICE_PER_RE.match(low, amount.end):
            continue  # "Rp500 ribu/meter", "Rp2 juta per hektare": a price, not anyone's aid
        if not kinds_in_sentence and _priced(low, previous_end, amount.start):
            continue  # "Tarif kencan Rp200 ribu", "menerima bayaran Rp100 ribu": no one's aid
        before = [
            (pos, label)
            for pos, label in kinds_in_sentence
            if previous_end <= pos < amount.start and pos not in taken
        ]
        after_text = _ITEM_END_RE.split(low[amount.end : next_start])[0]
        broken_down = _BROKEN_DOWN_RE.search(after_text)
        if broken_down:
            # "Rp5 juta per orang itu secara rinci terbagi untuk usaha ekonomi produktif Rp3
            # juta, …": the kinds after the breakdown's word are its parts', not the whole's.
            after_text = after_text[: broken_down.start()]
        after = [
            (pos, label)
            for pos, label in kinds_in_sentence
            if amount.end <= pos < amount.end + len(after_text)
        ]
        label = None
        if before and amount.start - before[-1][0] < KIND_REACH:
            label = before[-1][1]
            taken.add(before[-1][0])
        elif after:
            label = after[0][1]
            taken.add(after[0][0])
        elif before:
            label = before[-1][1]
            taken.add(before[-1][0])
        if label is None and broken_down:
            label = TOTAL_LABEL
        if label is None and not kinds_in_sentence:
            # '… pernah diberi tali asih.' then '"Sepuluh juta rupiah satu orang," katanya.':
            # the aid the sentence before named without a sum.
            label = _kind_named_before(ctx, view)
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
        giver = _giver(view, amount, organisations)
        if giver is None and not organisations:
            giver = _giver_before(ctx, view)
        place = _aid_place(ctx, view, place_of_sentence)
        # The funding named with this amount, not with the next one.
        funding = lx.FUNDING_RE.search(low, previous_end, next_start)
        if (
            funding
            and funding.start() > amount.end
            and not _FROM_FUNDING_RE.match(low[amount.end : funding.start()])
        ):
            funding = None
        subject = any(name == giver and at < amount.start for at, name in organisations)
        if (
            funding
            and giver
            and not subject
            and _FROM_BEFORE_RE.match(low[funding.start() - 6 : funding.start()])
        ):
            # "… Rp 750 ribu dari APBD Provinsi Lampung": money, not a giver; but "Pemkab
            # Nabire menyiapkan Rp1,1 miliar dari APBD 2019" names who gives first.
            giver = None
        family = lx.PER_FAMILY_RE.search(low, amount.end, next_start)
        who = (
            PER_FAMILY if family else _recipient_of(view, amount, previous_end) or _they(ctx, view)
        )
        ctx.emit(
            ctx.fact(
                view,
                "aid",
                place_id=place,
                number=amount.value,
                number_text=amount.text,
                approximate=amount.approximate,
                label=label,
                agent=giver,
                detail=funding_text(view.text, funding) if funding else None,
                recipient=who,
                per_person=(
                    (per_person or _ONE_EACH_RE.match(low, amount.end) is not None)
                    and label != "anggaran"
                    and not family
                )
                or _PER_HEAD_RE.match(low, amount.end) is not None,
                status="planned" if _proposed(low, amount) else None,
            )
        )
        previous_end = amount.end
    if money:
        _link_breakdown(ctx, view, money)
        return
    named_recipient = recipient_name(recipient.group(1)) if recipient else None
    funding = lx.FUNDING_RE.search(low)
    if funding and lx.FUNDING_VERB_RE.search(low):
        ctx.emit(
            ctx.fact(
                view,
                "aid",
                place_id=_aid_place(ctx, view, place_of_sentence),
                label="pendanaan",
                agent=organisations[0][1] if organisations else None,
                detail=funding_text(view.text, funding),
                recipient=named_recipient,
            )
        )
        return
    if borne := _BORNE_RE.search(low):
        # "Biaya pemulangan ditanggung Pemkab Batang": a cost a giver bears, not cash.
        bearer = [name for start, name in organisations if start >= borne.end() - 1]
        if bearer:
            kinds = [lab for pos, lab in kinds_in_sentence if pos < borne.end()]
            ctx.emit(
                ctx.fact(
                    view,
                    "aid",
                    place_id=_aid_place(ctx, view, place_of_sentence),
                    label=kinds[-1] if kinds else "biaya",
                    agent=bearer[0],
                    detail="ditanggung",
                    recipient=named_recipient,
                )
            )
            return
    giving = _GIVING_RE.search(low)
    previous = ctx.previous(view)
    follows_aid = previous is not None and any(
        f.kind == "aid" and f.sentence_id == previous.id for f in ctx.facts
    )
    about_workers = (
        recipient
        or lx.LOKALISASI_RE.search(low)
        or _WORKERS_AS_A_WHOLE_RE.search(low)
        or follows_aid
    )
    if giving and kinds_in_sentence and about_workers:
        for _, label in kinds_in_sentence:
            ctx.emit(
                ctx.fact(
                    view,
                    "aid",
                    place_id=_aid_place(ctx, view, place_of_sentence),
                    label=label,
                    agent=organisations[0][1] if organisations else None,
                    recipient=named_recipient,
                )
            )


def _kind_named_before(ctx: Context, view: SentenceView) -> str | None:
    """The kind of the aid the sentence before named without a sum, if it named one."""
    previous = ctx.previous(view)
    if previous is None:
        return None
    kinds = [
        f.label
        for f in ctx.facts
        if f.kind == "aid" and f.sentence_id == previous.id and f.number is None and f.label
    ]
    return kinds[-1] if len(set(kinds)) == 1 else None


def _names_aid_without_sum(low: str) -> bool:
    """Whether a sentence with no sum of money may still give aid facts: funding with its verb,
    a cost someone bears, or aid given (the three cases at the end of `aid`)."""
    return bool(
        (lx.FUNDING_RE.search(low) and lx.FUNDING_VERB_RE.search(low))
        or _BORNE_RE.search(low)
        or _GIVING_RE.search(low)
    )


def _aid_place(ctx: Context, view: SentenceView, places: list[str]) -> str:
    """The first place the sentence is about, else the sentence's fallback place.

    In a story about one lokalisasi, aid said of its regency or city as a whole ("Pemkot
    Jayapura mengalokasikan anggaran Rp 1,2 miliar", "Setiap penerima mendapat Rp 2,5 juta")
    is aid for that lokalisasi.
    """
    place = places[0] if places else ctx.fallback_place(view)
    sites = ctx.discourse.sites_met
    if len(places) <= 1 and len(sites) == 1:
        (site,) = sites
        # Not the province or the country: their figures are not the lokalisasi's.
        region = ctx.region_of(site)
        if (
            place != site
            and ctx.gazetteer.contains(place, site)
            and (ctx.gazetteer.contains(region, place))
        ):
            return site
    return place


def _giver(view: SentenceView, amount: Amount, organisations: list[tuple[int, str]]) -> str | None:
    """'… Rp3 juta dari Pemerintah Kabupaten X' gives X for every amount listed before it."""
    attribution = lx.ATTRIBUTION_RE.search(view.text, amount.end)
    if attribution:
        organisations = [(p, n) for p, n in organisations if p < attribution.start()]
    for match in _FROM_OR_BY_RE.finditer(view.low):
        if match.start() < amount.end:
            continue
        for position, name in organisations:
            if 0 <= position - match.end() <= GIVER_GAP:
                return name
        break
    before = [name for position, name in organisations if position < amount.start]
    if before:
        return before[-1]
    return organisations[0][1] if organisations else None


# "Pola bantuan dari Kemensos tetap sama. Setiap PSK menerima Rp 5.050.000": the giver the
# sentence before names for aid, or the bearer of a cost it names.
_GIVER_BEFORE_RE = re.compile(
    r"\b(?:bantuan|dana|anggaran|biaya|ongkos)\b[^.;]{0,60}?\b(?:dari|oleh|ditanggung|dibiayai)"
    r"\s+(?:oleh\s+)?"
)


def _giver_before(ctx: Context, view: SentenceView) -> str | None:
    """The giver the sentence before, in the same paragraph, named for aid: "Pola bantuan dari
    Kemensos tetap sama. Setiap PSK menerima Rp 5.050.000"; "Pemkab Nabire menyiapkan Rp1,1
    miliar … Selain itu, setiap perempuan diberi uang saku"."""
    previous = ctx.previous(view)
    if previous is None or previous.paragraph != view.paragraph:
        return None
    stated = [
        f.agent for f in ctx.facts if f.sentence_id == previous.id and f.kind == "aid" and f.agent
    ]
    if stated:
        return stated[-1]
    said = _GIVER_BEFORE_RE.search(previous.low)
    if said is not None:
        for position, name in ctx.organisations(previous.text):
            if 0 <= position - said.end() <= GIVER_GAP:
                return name
    if not _AID_WORD_RE.search(previous.low) and not any(
        pattern.search(previous.low) for _, pattern in lx.AID_KINDS
    ):
        return None
    for match in _FROM_OR_BY_RE.finditer(previous.low):
        for position, name in ctx.organisations(previous.text):
            if 0 <= position - match.end() <= GIVER_GAP:
                return name
    return None


def _recipient_of(view: SentenceView, amount: Amount, since: int = 0) -> str | None:
    """Who an amount is for: the people named nearest before it in the sentence, unless its
    own item (after `since`, where the amount before ended) names others for it."""
    own = _OTHER_RECIPIENT_RE.search(view.low, since, amount.end)
    if (
        own
        and amount.start - own.end() <= len(" masing-masing ")
        and not lx.RECIPIENT_RE.search(own.group("who"))
        and not _NOT_PEOPLE_RE.search(own.group("who"))
        and not _DOING_RE.match(own.group("who"))
        and not any(pattern.search(own.group("who")) for _, pattern in lx.AID_KINDS)
    ):
        return own.group("who")
    before = list(lx.RECIPIENT_RE.finditer(view.low, 0, amount.start))
    if before:
        return recipient_name(before[-1].group(1))
    after = lx.RECIPIENT_RE.search(view.low, amount.end)
    return recipient_name(after.group(1)) if after else None


PROPOSAL_REACH = 50
"""How close before an amount the words that make it a proposal stand."""


def _proposed(low: str, amount: Amount) -> bool:
    """Whether an amount is asked for, proposed or demanded (words just before it, or its
    sentence says it waits for approval)."""
    before = low[max(0, amount.start - PROPOSAL_REACH) : amount.start]
    return bool(_PROPOSED_RE.search(before) or _STILL_PROPOSED_RE.search(low))


def _proposed_before(ctx: Context, view: SentenceView) -> None:
    """The aid of the sentence before, which this one says is only proposed."""
    previous = ctx.previous(view)
    if previous is None:
        return
    for fact in [f for f in ctx.facts if f.sentence_id == previous.id and f.kind == "aid"]:
        ctx.replace(fact, fact.model_copy(update={"status": "planned"}))


def _they(ctx: Context, view: SentenceView) -> str | None:
    """'Sementara itu, para mucikari tidak masuk daftar … Untuk mereka, Pemkot menyiapkan
    modal usaha Rp 2 juta': "mereka" are the people the sentence before named last."""
    if not _THEY_RE.search(view.low):
        return None
    previous = ctx.previous(view)
    if previous is None or previous.paragraph != view.paragraph:
        return None
    named = list(lx.RECIPIENT_RE.finditer(previous.low))
    return recipient_name(named[-1].group(1)) if named else None


def _link_breakdown(ctx: Context, view: SentenceView, money: list[Amount]) -> None:
    """'Rp 5.050.000. Bantuan itu terdiri dari UEP Rp 3 juta, …': the first is the total.

    The parts are then not added to it again, and they come from its giver.
    """
    if not lx.BREAKDOWN_OF_RE.search(view.low) or len(money) < 2:
        return
    previous = ctx.previous(view)
    parts = sum(a.value or 0 for a in money)
    whole = [
        f
        for f in ctx.facts
        if f.kind == "aid"
        and f.number
        and previous is not None
        and f.sentence_id == previous.id
        and f.number >= parts * BREAKDOWN_SHARE
    ]
    if not whole:
        return
    total = whole[-1]
    ctx.replace(total, total.model_copy(update={"label": "total bantuan"}))
    for fact in list(ctx.facts):
        if fact.kind == "aid" and fact.sentence_id == view.id and not fact.agent:
            ctx.replace(fact, fact.model_copy(update={"agent": total.agent}))


def funding_text(text: str, match: re.Match[str]) -> str:
    """'APBD Kota Tegal' or 'APBN (Anggaran Pendapatan dan Belanja Negara)' as written."""
    source = text[match.start() : match.end()]
    tail = _UPPER_TAIL_RE.match(text[match.end() :])
    if tail and source.split()[0].isupper():
        source += tail.group(0)
    abbreviation = _BRACKETED_SHORT_RE.match(text[match.end() :])
    if abbreviation:
        source = f"{abbreviation.group(1)} ({source})"
    return source.strip()


def recipient_name(text: str) -> str:
    """'para psk' -> 'PSK': who receives, as facts write it."""
    text = _PARA_RE.sub("", text.strip())
    return _WORKER_SHORT_RE.sub(lambda m: m.group(1).upper(), text)


RULES = (aid,)
"""The aid rules, in the order they run."""


class AidFact(KindFact):
    """An amount of aid (`number`, may be missing), its purpose, giver, funding and recipient."""

    FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "number",
            "number_text",
            "approximate",
            "label",
            "agent",
            "detail",
            "recipient",
            "per_person",
            "status",
        }
    )
    DEFAULT_UNIT: ClassVar[str | None] = "rupiah"

    kind: Literal["aid"] = "aid"
    unit: Literal["rupiah"] = "rupiah"


KIND = Kind(
    name="aid",
    label="bantuan",
    model=AidFact,
    rules=RULES,
    editable=("place", "number", "label", "agent", "detail"),
    describe=aid_text,
)
