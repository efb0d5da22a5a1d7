"""`python -m knowledge`: build, inspect and correct the knowledge base from the command line.

    python -m knowledge build                      (re)build from knowledge/articles/
    python -m knowledge ingest FILE… [--id ID]     add articles (all or nothing); "-" reads stdin;
                                                   a FILE may be a saved page (.html) or a link
                          [--skip-bad]             store the good files, report the refused ones
    python -m knowledge articles                   list articles
    python -m knowledge facts [--article ID] [--kind K] [--search WORD]
    python -m knowledge show ID                    one article with its sentences and facts
    python -m knowledge remove ID                  remove an article
    python -m knowledge remove-fact ID             remove a fact
    python -m knowledge update-fact ID FIELD=VALUE correct a fact (number, place, when, …)
    python -m knowledge add-fact ARTICLE KIND QUOTE FIELD=VALUE…   add a fact the extraction
                                                   missed, from a sentence of the article
    python -m knowledge undo                       undo the last change
    python -m knowledge history [--limit N]        the audit log
    python -m knowledge export [--output FILE]     everything as JSON
    python -m knowledge backup DEST [--force]      a consistent copy (DEST/ : a dated file in it)

Every command takes --json (machine-readable output on stdout) and --db PATH (default: KB_PATH
from the environment, then .env; see knowledge.settings). Changes are recorded in the audit log
under --actor (default cli:$USER), exactly as the Telegram admin commands record theirs. The
read-only commands never create the file. Exit status: 0 done, 1 refused (the message on stderr
says why; nothing was changed), 2 wrong usage. `--help` is in Indonesian, like every message.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from pydantic import BaseModel
from sqlite_utils import Database

from knowledge import admin_input, intake, links, store, teach
from knowledge.arguments import IndonesianParser
from knowledge.audit import AuditEntry
from knowledge.errors import KnowledgeError
from knowledge.fetch import FetchSettings
from knowledge.kinds import KIND_NAMES
from knowledge.models import Fact
from knowledge.paths import BUNDLED_ARTICLES, kb_path

QUOTE_WIDTH = 90
READ_ONLY = frozenset({"articles", "facts", "show", "history", "export", "backup"})
"""Commands that only read: they never create the knowledge base file."""
NEEDS_KB = READ_ONLY | {"remove", "remove-fact", "update-fact", "undo"}
"""Commands with nothing to do on a missing file, so they do not create it either."""
DESCRIPTION = (
    "Membangun, memeriksa dan mengoreksi basis pengetahuan Tanya Lokalisasi dari baris perintah.\n"
    "Setiap perubahan tercatat di riwayat dan bisa dibatalkan dengan 'undo'."
)
ARTICLE_ID_HELP = "ID artikel (lihat: python -m knowledge articles)"
FACT_ID_HELP = "nomor fakta (lihat: python -m knowledge facts)"


def settings_epilog() -> str:
    """The settings this tool reads, and the file it would use now."""
    return (
        "Pengaturan:\n"
        "  KB_PATH  berkas SQLite basis pengetahuan; dibaca dari lingkungan, lalu dari .env di\n"
        "           folder ini (sama seperti python -m bot). Bawaan: data/kb.sqlite di folder\n"
        "           proyek, atau ~/.local/share/tanya-lokalisasi/kb.sqlite bila terpasang\n"
        "           sebagai paket.\n"
        f"           Sekarang: {kb_path()}\n"
        "  --db BERKAS di setiap perintah mengalahkan KB_PATH.\n\n"
        "Status keluar: 0 selesai, 1 ditolak (alasannya di stderr; tidak ada yang diubah),\n"
        "2 salah pakai."
    )


def default_actor() -> str:
    """'cli:<login name>' — who a change from this shell is recorded as."""
    try:
        user = os.environ.get("USER") or getpass.getuser()
    except OSError:  # no login name at all (some containers)
        user = "unknown"
    return f"cli:{user}"


def _dump(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, list):
        return [_dump(item) for item in value]
    return value


def _print_json(value: Any, out: TextIO = sys.stdout) -> None:
    out.write(json.dumps(_dump(value), ensure_ascii=False, indent=2) + "\n")


def _clip(text: str, width: int = QUOTE_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _fact_line(fact: Fact) -> str:
    parts = [f"{fact.id:>6}", f"{fact.kind:<10}"]
    for label, value in (
        ("tempat", fact.place_text or fact.place_id),
        ("angka", fact.number),
        ("kapan", fact.when),
        ("status", fact.status),
        ("nama", fact.name),
        ("label", fact.label),
        ("oleh", fact.agent),
    ):
        if value is not None:
            parts.append(f"{label}={value}")
    return (
        "  ".join(parts) + f"\n        “{_clip(fact.quote)}” [{fact.article_id}#{fact.sentence_id}]"
    )


def _entry_line(entry: AuditEntry) -> str:
    undone = f"  [dibatalkan oleh #{entry.undone_by}]" if entry.undone_by else ""
    when = entry.at.strftime("%Y-%m-%d %H:%M")
    return f"#{entry.id:<4} {when}  {entry.actor:<16} {entry.action:<14} {entry.summary}{undone}"


class _Progress:
    """'membangun 3/5: 002_…' on stderr; one line rewritten in place on a terminal."""

    def __init__(self, err: TextIO) -> None:
        self.err = err
        self.tty = err.isatty()

    def __call__(self, done: int, total: int, article_id: str) -> None:
        line = f"membangun {done}/{total}: {article_id}"
        if self.tty:
            self.err.write("\r\033[K" + line + ("\n" if done == total else ""))
        else:
            self.err.write(line + "\n")
        self.err.flush()


# ------------------------------------------------------------------------------ commands


def cmd_build(db: Database, args: argparse.Namespace) -> int:
    """Rebuild from the bundled articles."""
    report = store.build(db, Path(args.articles), actor=args.actor, progress=_Progress(sys.stderr))
    for skipped in report.skipped:
        print(f"peringatan: {skipped.article_id} dilewati: {skipped.reason}", file=sys.stderr)
    for kept in report.kept_without_facts:
        print(f"peringatan: {kept.article_id} disimpan tanpa fakta: {kept.reason}", file=sys.stderr)
    for miss in report.not_replayed:
        print(
            f"peringatan: koreksi #{miss.audit_id} tidak diterapkan: {miss.reason}", file=sys.stderr
        )
    if args.json:
        _print_json(report)
    else:
        print(
            f"Selesai: {len(report.articles)} artikel, {report.facts} fakta, {report.places} "
            f"tempat (riwayat #{report.audit_id}) di {store.db_file(db)}."
        )
    return 0


def cmd_ingest(db: Database, args: argparse.Namespace) -> int:
    """Add article files (or stdin) in one transaction."""
    if "-" in args.files:
        if len(args.files) != 1 or not args.id:
            args.parser.error("membaca stdin ('-') hanya untuk satu artikel, dan perlu --id")
        data = sys.stdin.buffer.read(intake.MAX_ARTICLE_BYTES + 1)
        report = store.ingest(db, [intake.from_bytes(data, "stdin", args.id)], actor=args.actor)
    elif any(links.is_link(f) or f.lower().endswith(links.HTML_SUFFIXES) for f in args.files):
        if args.id and len(args.files) != 1:
            args.parser.error("--id hanya bisa dipakai dengan satu berkas")
        for item in args.files:
            if links.is_link(item):
                links.refuse_known(db, item)  # before fetching it again
        inputs = links.read_inputs(args.files, FetchSettings(), args.id)
        if not args.id:
            inputs = [
                links.with_free_id(db, item) if links.is_link(item.source) else item
                for item in inputs
            ]
        report = store.ingest(db, inputs, actor=args.actor)
    else:
        if args.id and len(args.files) != 1:
            args.parser.error("--id hanya bisa dipakai dengan satu berkas")
        report = store.ingest_files(
            db,
            [Path(f) for f in args.files],
            actor=args.actor,
            article_id=args.id,
            skip_bad=args.skip_bad,
        )
    if args.json:
        _print_json(
            {
                **report.model_dump(mode="json"),
                "facts": report.facts,
                "unread_sentences": report.unread_sentences,
            }
        )
    else:
        for article in report.articles:
            print(f"Ditambahkan {article.id}: {article.facts} fakta — {article.title}")
            if article.unread_sentences:
                numbers = ", ".join(str(n) for n in article.unread_sentences)
                print(
                    f"  {len(article.unread_sentences)} kalimat tidak terbaca (kalimat {numbers}): "
                    f"fakta di dalamnya mungkin terlewat; periksa dengan: python -m knowledge "
                    f"show {article.id}"
                )
        for skipped in report.skipped:
            print(f"Dilewati (tidak disimpan): {skipped.reason}")
        print(f"(riwayat #{report.audit_id}; batalkan dengan: python -m knowledge undo)")
    return 0


def cmd_articles(db: Database, args: argparse.Namespace) -> int:
    """List articles."""
    articles = store.list_articles(db)
    if args.json:
        _print_json(articles)
        return 0
    if not articles:
        print("Belum ada artikel. Jalankan: python -m knowledge build")
    for a in articles:
        published = a.published.isoformat() if a.published else "?"
        source = "bawaan" if a.bundled else f"oleh {a.added_by}"
        print(f"{a.id:<24} {published:<10} {a.facts:>3} fakta  {_clip(a.title, 60)}  ({source})")
    return 0


def cmd_facts(db: Database, args: argparse.Namespace) -> int:
    """List facts, filtered."""
    facts = store.list_facts(db, article_id=args.article, kind=args.kind, keyword=args.search)
    if args.json:
        _print_json(facts)
        return 0
    added = teach.added_fact_ids(db)
    for fact in facts:
        print(_fact_line(fact) + ("\n        (ditambahkan admin)" if fact.id in added else ""))
    print(f"({len(facts)} fakta)", file=sys.stderr)
    return 0


def cmd_show(db: Database, args: argparse.Namespace) -> int:
    """Show one article."""
    detail = store.get_article(db, args.article_id)
    if args.json:
        _print_json(detail)
        return 0
    a = detail.article
    print(a.title)
    for label, value in (
        ("id", a.id),
        ("penerbit", a.publisher),
        ("tanggal", a.published),
        ("dateline", a.dateline),
        ("penulis", a.author),
        ("url", a.url),
        ("ditambahkan", f"{detail.added_at:%Y-%m-%d %H:%M} oleh {detail.added_by}"),
    ):
        if value:
            print(f"  {label}: {value}")
    print("\nKalimat:")
    for s in detail.sentences:
        print(f"  [{s.id}] {s.text}")
    print(f"\nFakta ({len(detail.facts)}):")
    for fact in detail.facts:
        print(_fact_line(fact))
    return 0


def _change(entry: AuditEntry, args: argparse.Namespace, verb: str) -> int:
    if args.json:
        _print_json(entry)
    else:
        print(f"{verb}: {entry.summary} (riwayat #{entry.id})")
    return 0


def cmd_remove(db: Database, args: argparse.Namespace) -> int:
    """Remove an article."""
    return _change(store.remove_article(db, args.article_id, actor=args.actor), args, "Dihapus")


def cmd_remove_fact(db: Database, args: argparse.Namespace) -> int:
    """Remove a fact."""
    return _change(store.remove_fact(db, args.fact_id, actor=args.actor), args, "Dihapus")


def cmd_update_fact(db: Database, args: argparse.Namespace) -> int:
    """Correct one field of a fact."""
    field, sep, value = args.assignment.partition("=")
    if not sep or not field.strip():
        args.parser.error(
            f"tulis perubahan sebagai KOLOM=NILAI, misalnya number=1315 (bukan {args.assignment!r})"
        )
    edit = admin_input.read_fact_edit(db, args.fact_id, field.strip(), value)
    entry = store.update_fact(db, edit, actor=args.actor)
    return _change(entry, args, "Diubah")


def cmd_add_fact(db: Database, args: argparse.Namespace) -> int:
    """Add a fact the extraction missed, from a sentence of its article."""
    fields: dict[str, str] = {}
    for assignment in args.assignments:
        field, sep, value = assignment.partition("=")
        if not sep or not field.strip():
            args.parser.error(f"tulis isi fakta sebagai KOLOM=NILAI, bukan {assignment!r}")
        fields[field.strip()] = value
    changes = admin_input.parse_fact_fields(args.kind, fields)
    entry = teach.add_fact(db, args.article_id, args.kind, args.quote, changes, actor=args.actor)
    return _change(entry, args, "Ditambahkan")


def cmd_undo(db: Database, args: argparse.Namespace) -> int:
    """Undo the last change."""
    return _change(store.undo_last(db, actor=args.actor), args, "Dibatalkan")


def cmd_history(db: Database, args: argparse.Namespace) -> int:
    """Show the audit log."""
    entries = store.audit_log(db, args.limit)
    if args.json:
        exclude = None if args.full else {"before", "after"}
        _print_json([e.model_dump(mode="json", exclude=exclude) for e in entries])
        return 0
    if not entries:
        print("Belum ada perubahan.")
    for entry in entries:
        print(_entry_line(entry))
    return 0


def cmd_export(db: Database, args: argparse.Namespace) -> int:
    """Export everything as JSON."""
    data = store.export(db)
    if args.output:
        target = Path(args.output)
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("w", encoding="utf-8") as handle:
            _print_json(data, handle)
        print(f"Diekspor ke {target}", file=sys.stderr)
    else:
        _print_json(data)
    return 0


def cmd_backup(db: Database, args: argparse.Namespace) -> int:
    """Write a consistent copy of the database."""
    path = store.backup(db, args.dest, overwrite=args.force)
    if args.json:
        _print_json({"path": str(path)})
    else:
        print(f"Cadangan ditulis ke {path}")
    return 0


# -------------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (kept separate so tests can check every command is documented)."""
    common = IndonesianParser(add_help=False)
    common.add_argument("--json", action="store_true", help="keluaran JSON di stdout")
    common.add_argument(
        "--db",
        type=Path,
        default=None,
        metavar="BERKAS",
        help="berkas basis pengetahuan (bawaan: KB_PATH dari lingkungan atau .env)",
    )
    changing = IndonesianParser(add_help=False)
    changing.add_argument(
        "--actor",
        default=default_actor(),
        metavar="NAMA",
        help="nama pelaku di riwayat (bawaan: cli:$USER)",
    )

    parser = IndonesianParser(
        prog="python -m knowledge", description=DESCRIPTION, epilog=settings_epilog()
    )
    commands = parser.add_subparsers(
        dest="command", metavar="PERINTAH", title="perintah", parser_class=IndonesianParser
    )

    def add(
        name: str, handler: Callable[..., int], text: str, *parents: argparse.ArgumentParser
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=text, description=text, parents=[common, *parents])
        sub.set_defaults(handler=handler, parser=sub)
        return sub

    kinds = ", ".join(KIND_NAMES)
    build = add("build", cmd_build, "bangun ulang dari artikel bawaan", changing)
    build.add_argument("--articles", default=str(BUNDLED_ARTICLES), help=argparse.SUPPRESS)
    ingest = add("ingest", cmd_ingest, "tambahkan artikel (semua atau tidak sama sekali)", changing)
    ingest.add_argument(
        "files",
        nargs="+",
        metavar="BERKAS",
        help="berkas .txt, halaman .html tersimpan, atau tautan http(s)://; '-' membaca satu "
        "artikel dari stdin dan perlu --id",
    )
    ingest.add_argument(
        "--id",
        help="ID artikel (hanya untuk satu berkas; bawaan: nama berkas tanpa ekstensi; wajib "
        "untuk '-')",
    )
    ingest.add_argument(
        "--skip-bad",
        action="store_true",
        help="simpan berkas yang baik dan laporkan yang ditolak (bawaan: semua atau tidak sama "
        "sekali)",
    )
    add("articles", cmd_articles, "daftar artikel")
    facts = add("facts", cmd_facts, "daftar fakta")
    facts.add_argument("--article", metavar="ID", help="hanya fakta dari artikel ini")
    facts.add_argument(
        "--kind", choices=KIND_NAMES, metavar="JENIS", help=f"hanya fakta jenis ini: {kinds}"
    )
    facts.add_argument("--search", metavar="KATA", help="kata yang dicari (kutipan, nama, tempat)")
    show = add("show", cmd_show, "tampilkan satu artikel")
    show.add_argument("article_id", metavar="ID", help=ARTICLE_ID_HELP)
    remove = add("remove", cmd_remove, "hapus artikel", changing)
    remove.add_argument("article_id", metavar="ID", help=ARTICLE_ID_HELP)
    remove_fact = add("remove-fact", cmd_remove_fact, "hapus fakta", changing)
    remove_fact.add_argument("fact_id", type=int, metavar="ID", help=FACT_ID_HELP)
    update = add("update-fact", cmd_update_fact, "ubah satu kolom fakta", changing)
    update.add_argument("fact_id", type=int, metavar="ID", help=FACT_ID_HELP)
    update.add_argument(
        "assignment",
        metavar="KOLOM=NILAI",
        help=f"kolom: {', '.join(store.EDITABLE_FIELDS)}; nilai '-' mengosongkan "
        "(misalnya number=1315, when=1 Juni 2016)",
    )
    add_fact = add("add-fact", cmd_add_fact, "tambah fakta dari kalimat artikel", changing)
    add_fact.add_argument(
        "article_id", metavar="ARTIKEL", help="ID artikel yang memuat kalimatnya (lihat: articles)"
    )
    add_fact.add_argument("kind", choices=KIND_NAMES, metavar="JENIS", help=", ".join(KIND_NAMES))
    add_fact.add_argument("quote", metavar="KUTIPAN", help="kalimat (atau bagiannya) dari artikel")
    add_fact.add_argument(
        "assignments",
        nargs="+",
        metavar="KOLOM=NILAI",
        help=f"kolom: {', '.join(store.EDITABLE_FIELDS)}",
    )
    add("undo", cmd_undo, "batalkan perubahan terakhir", changing)
    history = add("history", cmd_history, "riwayat perubahan")
    history.add_argument(
        "--limit", type=int, default=20, metavar="N", help="berapa entri (bawaan 20)"
    )
    history.add_argument("--full", action="store_true", help="dengan isi before/after (JSON)")
    export = add("export", cmd_export, "ekspor semuanya sebagai JSON")
    export.add_argument("--output", metavar="BERKAS", help="tulis ke berkas ini, bukan stdout")
    backup = add("backup", cmd_backup, "salinan basis pengetahuan yang konsisten")
    backup.add_argument(
        "dest",
        metavar="TUJUAN",
        help="folder (yang sudah ada, atau diakhiri '/': dibuat) untuk berkas bertanggal "
        "seperti kb-20261123-030000.sqlite (tanggal dan jam UTC), atau nama berkas",
    )
    backup.add_argument("--force", action="store_true", help="timpa berkas tujuan yang sudah ada")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help(sys.stderr)
        return 2
    path = args.db or kb_path()
    if args.command in NEEDS_KB and not path.is_file():
        # Creating an empty file here would leave the bot with an empty knowledge base.
        print(
            f"Belum ada basis pengetahuan di {path}. Bangun dengan: python -m knowledge build "
            "(atau jalankan bot, yang membangunnya saat pertama kali mulai).",
            file=sys.stderr,
        )
        return 1
    try:
        db = store.open_db(path)
    except sqlite3.DatabaseError as exc:
        print(f"{path}: bukan basis pengetahuan yang bisa dibuka ({exc}).", file=sys.stderr)
        return 1
    except OSError as exc:
        print(file_error(exc, path), file=sys.stderr)
        return 1
    try:
        return int(args.handler(db, args))
    except KnowledgeError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except sqlite3.OperationalError as exc:
        # "database is locked": another process kept the write lock past the busy timeout.
        print(f"{path}: {exc}; coba lagi sebentar lagi. Tidak ada yang diubah.", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # `python -m knowledge facts | head`: the reader left; not an error worth a traceback.
        sys.stderr.close()
        return 0
    except OSError as exc:
        # A folder that cannot be created, a file that cannot be written (export, backup).
        print(file_error(exc, path), file=sys.stderr)
        return 1
    finally:
        db.close()


def file_error(exc: OSError, path: Path) -> str:
    """An operating system error as one Indonesian line naming the file."""
    return (
        f"{exc.filename or path}: tidak bisa dibuka atau ditulis ({exc.strerror or exc}). "
        "Tidak ada yang diubah."
    )
