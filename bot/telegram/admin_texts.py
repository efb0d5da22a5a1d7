"""What the bot says to admins: reviews of new articles, fact lists, history, refusals.

Telegram HTML, everything from an article, a user or the store escaped; long lists split into
messages under Telegram's limit by bot.render.split_messages.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Collection

from bot.render import split_messages
from bot.telegram.texts import COMMANDS, FACT_KIND_LABELS
from knowledge.audit import AuditEntry
from knowledge.dates import format_date
from knowledge.index import KnowledgeBase
from knowledge.intake import MAX_ARTICLE_BYTES
from knowledge.models import Fact
from knowledge.numbers import format_number, format_rupiah
from knowledge.store import EDITABLE_FIELDS, ArticleDetail
from knowledge.unanswered import FrequentQuestion

ADMIN_COMMANDS: tuple[tuple[str, str], ...] = (
    ("artikel", "Tambah artikel: tautan, teks setelah perintah, balasan ke teks, atau berkas .txt"),
    ("fakta", "Daftar fakta dan ID-nya: /fakta kata kunci, atau /fakta ID artikel"),
    ("ubahfakta", "Koreksi fakta: /ubahfakta ID kolom=nilai"),
    (
        "tambahfakta",
        "Tambah fakta yang terlewat: /tambahfakta ID-artikel jenis “kutipan” kolom=nilai",
    ),
    ("hapusfakta", "Hapus satu fakta: /hapusfakta ID"),
    ("hapusartikel", "Hapus artikel beserta faktanya: /hapusartikel ID"),
    ("batal", "Batalkan perubahan terakhir"),
    ("riwayat", "Riwayat perubahan: siapa, kapan, apa"),
    ("belumterjawab", "Pertanyaan yang paling sering belum terjawab"),
    ("ekspor", "Kirim basis pengetahuan sebagai berkas JSON"),
    ("admin", "Daftar perintah admin"),
)
"""Admin commands: (command, description) for the admins' command menu and /admin."""
ADMIN_MENU: tuple[tuple[str, str], ...] = COMMANDS + ADMIN_COMMANDS
"""What an admin's command menu shows: everyone's commands, then the admin ones."""

FIELD_NAMES: dict[str, str] = {
    "number": "angka",
    "place": "tempat",
    "when": "tanggal",
    "status": "status",
    "name": "nama",
    "label": "label",
    "agent": "pelaku",
    "detail": "rincian",
}
"""The Indonesian name admins may type (and see) for each field update_fact can change."""
FIELD_ALIASES: dict[str, str] = {
    **{field: field for field in EDITABLE_FIELDS},
    **{indonesian: field for field, indonesian in FIELD_NAMES.items()},
    "kapan": "when",
    "oleh": "agent",
}
"""Field names as typed after /ubahfakta -> the store's field."""

STATUS_WORDS = {"done": "sudah ditutup", "planned": "akan ditutup", "pending": "belum ditutup"}
"""A closure's status in words, next to the code /ubahfakta accepts."""
WIB = dt.timezone(dt.timedelta(hours=7), "WIB")
"""History times are shown in Jakarta time (no daylight saving, so a fixed offset is exact)."""
QUOTE_CHARS = 160
UNDETECTED = "(tidak terdeteksi)"

REFUSED = (
    "Maaf, perintah ini khusus untuk admin basis pengetahuan. Anda tetap bisa bertanya seperti "
    "biasa — ketik /help untuk caranya."
)
PRIVATE_ONLY = "Perintah admin hanya bisa dipakai di chat pribadi dengan bot ini."
BUSY = (
    "Basis pengetahuan sedang dipakai proses lain. Coba lagi sebentar lagi; tidak ada yang diubah."
)
NOTHING_CHANGED = "Tidak ada yang diubah."
DOCUMENT_HINT = (
    "Untuk menambahkan berkas ini sebagai artikel, balas berkasnya dengan /artikel "
    "(atau kirim ulang dengan keterangan /artikel)."
)
ARTICLE_USAGE = (
    "<b>Menambah artikel</b> — salah satu cara:\n"
    "• <code>/artikel https://…</code> — tautan halaman berita; bot mengambil dan membacanya;\n"
    "• <code>/artikel</code> diikuti teks artikel lengkap dalam satu pesan;\n"
    "• balas pesan berisi teks artikel (atau berkas .txt) dengan <code>/artikel</code>;\n"
    "• kirim berkas .txt (UTF-8, paling besar 1 MB) dengan keterangan <code>/artikel</code> — "
    "cara untuk artikel yang lebih panjang dari satu pesan (4096 karakter).\n"
    "ID artikel diambil dari nama berkas, atau dibuat dari isi teks; tentukan sendiri dengan "
    "<code>/artikel id=nama-artikel</code> di awal."
)
REPLY_WITHOUT_ARTICLE = (
    "Pesan yang Anda balas tidak berisi teks maupun berkas. Balas pesan berisi teks artikel, "
    "atau kirim teksnya setelah <code>/artikel</code>."
)
LINK_SKIPPED = "Baik, artikel dari tautan itu tidak ditambahkan."
LINK_EXPIRED = (
    "Tawaran ini sudah kedaluwarsa (bot dimulai ulang, atau tombolnya sudah ditekan). Kirim "
    "<code>/artikel</code> diikuti tautannya."
)
KIND_ALIASES: dict[str, str] = {
    **{kind: kind for kind in FACT_KIND_LABELS},
    **{label: kind for kind, label in FACT_KIND_LABELS.items()},
    "penghuni": "count",
    "tutup": "closure",
}
"""Fact kinds as typed after /tambahfakta (Indonesian or the store's name) -> the store's."""
ADDED_MARK = "✍️ ditambahkan admin"
EXAMPLE_FACT_ID = "1203"
EXAMPLE_ARTICLE_ID = "nama-artikel"
"""Ids help texts show: made up, so no help cites a real article's or a test's data."""
NO_CHANGES = "Belum ada perubahan yang tercatat."
NO_UNANSWERED = "Belum ada pertanyaan yang tidak terjawab."


def _code(text: object) -> str:
    return f"<code>{html.escape(str(text))}</code>"


def _clip(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def fields_text() -> str:
    """'angka (number), tempat (place), …': the fields /ubahfakta can change."""
    return ", ".join(f"{FIELD_NAMES[field]} ({field})" for field in EDITABLE_FIELDS)


def edit_usage(problem: str = "") -> str:
    """How to use /ubahfakta, after what was wrong (plain text, escaped here)."""
    lead = f"{html.escape(problem)}\n\n" if problem else ""
    return (
        f"{lead}Tulis: <code>/ubahfakta ID kolom=nilai</code>, misalnya "
        f"<code>/ubahfakta {EXAMPLE_FACT_ID} angka=87</code> atau "
        f"<code>/ubahfakta {EXAMPLE_FACT_ID} tempat=Kota Bogor</code>."
        f"\nKolom yang bisa diubah: {html.escape(fields_text())}.\n"
        "Nilai <code>-</code> mengosongkan kolom. Lihat ID fakta dengan /fakta."
    )


def add_fact_usage(problem: str = "") -> str:
    """How to use /tambahfakta, after what was wrong (plain text, escaped here)."""
    lead = f"{html.escape(problem)}\n\n" if problem else ""
    kinds = ", ".join(f"{label} ({kind})" for kind, label in FACT_KIND_LABELS.items())
    return (
        f"{lead}Tulis: <code>/tambahfakta ID-artikel jenis “kutipan dari artikel” kolom=nilai; "
        "kolom=nilai</code>, misalnya\n<code>/tambahfakta ID-artikel jumlah “sebanyak 40 "
        "pekerja seks tercatat di lokalisasi itu” angka=40; tempat=Kota Palangkaraya</code>\n"
        "Kutipan harus ada di artikel itu (huruf besar/kecil, spasi dan tanda baca boleh beda). "
        f"Jenis: {html.escape(kinds)}.\nKolom: {html.escape(fields_text())}."
    )


def fetching(url: str) -> str:
    """Said while a linked page is fetched and read."""
    return f"⏳ Mengambil artikel dari {html.escape(url)} …"


def offer_link(url: str) -> str:
    """The question asked about a link an admin forwarded, above its buttons."""
    return f"Tambahkan artikel dari tautan ini?\n{html.escape(url)}"


def id_usage(command: str, what: str, example: str) -> str:
    """How to name the fact or article a command acts on."""
    return (
        f"Tulis ID {what} setelah perintah, misalnya "
        f"<code>/{command} {html.escape(example)}</code>. Lihat ID-nya dengan /fakta atau /sumber."
    )


def refusal(message: str, *, changing: bool = True) -> str:
    """A KnowledgeError's message (already Indonesian), and that nothing changed."""
    text = f"⚠️ {html.escape(message)}"
    return f"{text}\n{NOTHING_CHANGED}" if changing else text


def too_big(name: str, size: int) -> str:
    """A document over the article size limit, refused before it is downloaded."""
    return (
        f"{name}: terlalu besar ({format_number(size)} byte; batasnya "
        f"{format_number(MAX_ARTICLE_BYTES)} byte = 1 MB). Kirim satu artikel berita saja."
    )


def admin_help_html() -> list[str]:
    """/admin: every admin command and what it does."""
    lines = ["<b>Perintah admin</b>"]
    lines += [f"/{command} — {html.escape(text)}" for command, text in ADMIN_COMMANDS]
    footer = (
        "Setiap perubahan tercatat di /riwayat atas nama Anda dan bisa dibatalkan dengan /batal. "
        "Perubahan langsung dipakai untuk menjawab."
    )
    return split_messages(["\n".join(lines), footer])


# ------------------------------------------------------------------------------- facts


def figure(fact: Fact) -> str | None:
    """The fact's number as a reader expects it: Rp for aid, a bare year for targets."""
    if fact.number is None:
        return None
    if fact.kind == "aid":
        return format_rupiah(fact.number)
    if fact.kind == "target":
        return str(fact.number)
    return ("±" if fact.approximate else "") + format_number(fact.number)


def place_of(fact: Fact, kb: KnowledgeBase) -> str | None:
    """The fact's place by its name in the knowledge base, else as the article wrote it."""
    if fact.place_id and fact.place_id in kb.places:
        return kb.place_name(fact.place_id)
    return fact.place_text or fact.place_id


def fact_html(fact: Fact, kb: KnowledgeBase, *, added: bool = False) -> str:
    """'1203 · jumlah · angka 86 · tempat Kota Bogor' and the sentence it came from;
    `added` marks a fact an admin added (/tambahfakta)."""
    parts = [_code(fact.id), f"<b>{html.escape(FACT_KIND_LABELS.get(fact.kind, fact.kind))}</b>"]
    shown: list[tuple[str, str | None]] = [
        ("angka", figure(fact)),
        ("tempat", place_of(fact, kb)),
        ("tanggal", format_date(fact.when) if fact.when else None),
        (
            "status",
            f"{fact.status} ({STATUS_WORDS.get(fact.status, '?')})" if fact.status else None,
        ),
        ("nama", fact.name),
        ("label", fact.label),
        ("pelaku", fact.agent),
    ]
    parts += [f"{label} {html.escape(value)}" for label, value in shown if value]
    if added:
        parts.append(ADDED_MARK)
    return " · ".join(parts) + f"\n<i>“{html.escape(_clip(fact.quote))}”</i>"


def ingest_html(
    details: list[ArticleDetail],
    kb: KnowledgeBase,
    audit_id: int,
    unread: dict[str, list[int]] | None = None,
) -> list[str]:
    """The review of newly added articles: id, title, outlet, date, and every fact taken.

    `unread` holds, per article, the sentences an extraction rule failed on: the admin is told
    "N kalimat tidak terbaca" so the facts they hold can be checked and added by hand.
    """
    blocks: list[str] = []
    for detail in details:
        article = detail.article
        head = [
            f"✅ <b>Artikel ditambahkan</b>: {_code(article.id)}",
            f"Judul: {html.escape(article.title)}",
            f"Media: {html.escape(article.publisher) if article.publisher else UNDETECTED}",
            f"Tanggal: {format_date(article.published) if article.published else UNDETECTED}",
        ]
        if article.url:
            head.append(f"URL: {html.escape(article.url)}")
        blocks.append("\n".join(head))
        blocks.append(f"<b>{len(detail.facts)} fakta diambil — mohon diperiksa:</b>")
        blocks.extend(fact_html(fact, kb) for fact in detail.facts)
        missed = (unread or {}).get(article.id)
        if missed:
            texts = {s.id: s.text for s in detail.sentences}
            quoted = "\n".join(
                f"[{n}] <i>“{html.escape(_clip(texts.get(n, '')))}”</i>" for n in missed
            )
            blocks.append(
                f"⚠️ <b>{len(missed)} kalimat tidak terbaca</b> — fakta di dalamnya mungkin "
                f"terlewat; periksa dan lengkapi:\n{quoted}"
            )
    last = _code(details[-1].article.id) if details else "ID"
    blocks.append(
        f"Sudah dipakai untuk menjawab (riwayat #{audit_id}). Koreksi dengan "
        "<code>/ubahfakta ID kolom=nilai</code>, hapus dengan <code>/hapusfakta ID</code>, "
        f"tambah yang terlewat dengan <code>/tambahfakta</code> {last} "
        "<code>jenis “kutipan” kolom=nilai</code>, hapus seluruh artikel dengan "
        f"<code>/hapusartikel</code> {last}, atau batalkan dengan /batal."
    )
    return split_messages(blocks)


def facts_html(
    facts: list[Fact],
    kb: KnowledgeBase,
    query: str,
    limit: int,
    *,
    added: Collection[int] = frozenset(),
) -> list[str]:
    """/fakta: facts with their ids, at most `limit`, and how to narrow the list; the ids in
    `added` are marked as added by an admin."""
    about = f" untuk “{html.escape(query)}”" if query else ""
    if not facts:
        return [f"Tidak ada fakta{about}. Coba kata kunci lain, atau ID artikel dari /sumber."]
    blocks = [f"<b>{len(facts)} fakta{about}</b>"]
    blocks.extend(fact_html(fact, kb, added=fact.id in added) for fact in facts[:limit])
    if len(facts) > limit:
        blocks.append(
            f"… dan {len(facts) - limit} lainnya. Persempit dengan kata kunci "
            "(<code>/fakta Tarakan</code>) atau ID artikel (<code>/fakta ID</code>)."
        )
    return split_messages(blocks)


# ---------------------------------------------------------------------------- changes


def change_html(verb: str, entry: AuditEntry) -> str:
    """A change done: what, its number in the history, and how to take it back."""
    return (
        f"✅ {verb}: {html.escape(entry.summary)}\n"
        f"(riwayat #{entry.id}; batalkan dengan /batal). Sudah dipakai untuk menjawab."
    )


def undo_html(entry: AuditEntry) -> str:
    """An undo done."""
    return (
        f"↩️ Dibatalkan: {html.escape(entry.summary)}\n"
        f"(riwayat #{entry.id}). Jawaban kembali memakai keadaan sebelumnya."
    )


def _when(entry: AuditEntry) -> str:
    at = entry.at if entry.at.tzinfo else entry.at.replace(tzinfo=dt.UTC)
    return at.astimezone(WIB).strftime("%d-%m-%Y %H:%M WIB")


def _rows_text(rows: dict[str, object]) -> str:
    """'1 artikel, 10 fakta' for the rows an audit entry holds."""
    names = {"articles": "artikel", "sentences": "kalimat", "facts": "fakta", "places": "tempat"}
    parts = [
        f"{len(value)} {names[table]}"
        for table, value in rows.items()
        if table in names and isinstance(value, list) and value
    ]
    return ", ".join(parts) or "—"


def _fact_diff(entry: AuditEntry) -> list[str]:
    """'number: 86 → 87' for each column a fact correction changed."""
    before = entry.before.get("facts") or [{}]
    after = entry.after.get("facts") or [{}]
    old, new = before[0], after[0]
    return [
        f"{column}: {old.get(column)} → {new.get(column)}"
        for column in new
        if column != "id" and old.get(column) != new.get(column)
    ]


def entry_html(entry: AuditEntry) -> str:
    """One history entry: number, time, who, what; and what it took away and put in."""
    undone = f" <i>(dibatalkan oleh #{entry.undone_by})</i>" if entry.undone_by else ""
    lines = [
        f"<b>#{entry.id}</b> {_when(entry)} — {html.escape(entry.actor)} — "
        f"{html.escape(entry.action)}{undone}",
        html.escape(entry.summary),
    ]
    if entry.action in ("update_fact", "undo") and "facts" in entry.after and entry.before:
        diff = _fact_diff(entry)
        if diff and len(entry.after.get("facts", [])) == 1:
            lines.append("perubahan: " + html.escape("; ".join(diff)))
    if entry.action != "build":
        lines.append(
            f"sebelum: {html.escape(_rows_text(entry.before))} · "
            f"sesudah: {html.escape(_rows_text(entry.after))}"
        )
    return "\n".join(lines)


def history_html(entries: list[AuditEntry]) -> list[str]:
    """/riwayat: the latest changes, newest first."""
    if not entries:
        return [NO_CHANGES]
    heading = f"<b>{len(entries)} perubahan terakhir</b> (terbaru dulu)"
    return split_messages([heading, *(entry_html(entry) for entry in entries)])


def unanswered_html(questions: list[FrequentQuestion]) -> list[str]:
    """/belumterjawab: the questions asked most often that the bot could not answer."""
    if not questions:
        return [NO_UNANSWERED]
    blocks = ["<b>Pertanyaan yang paling sering belum terjawab</b>"]
    for number, item in enumerate(questions, start=1):
        last = item.last_asked.astimezone(WIB).strftime("%d-%m-%Y")
        blocks.append(
            f"{number}. {item.times}× “{html.escape(_clip(item.question))}” (terakhir {last})"
        )
    blocks.append("Tambahkan artikel yang menjawabnya dengan /artikel.")
    return split_messages(blocks)


def export_caption(articles: int, facts: int) -> str:
    """The caption of the /ekspor document."""
    return f"Basis pengetahuan: {articles} artikel, {facts} fakta, beserta riwayat perubahan."
