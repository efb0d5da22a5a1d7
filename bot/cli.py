"""The bot's command line: run the bot, answer questions in batch, or measure speed.

python -m bot                 run: Telegram when TELEGRAM_BOT_TOKEN is set, else a terminal chat
python -m bot ask "…"         answer one question for a person
python -m bot ask --json      answer questions from stdin, one JSON object per line
python -m bot bench           print speed and memory figures
python -m bot health          check the knowledge base (Docker's HEALTHCHECK); exit 0 healthy

Every command reads its settings the same way (the environment, then `.env`), and ends with a
clear Indonesian message and exit status 1 instead of a traceback when the knowledge base
cannot be read; a reader that closes the pipe (`… | head -1`) ends it quietly.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys

from knowledge.arguments import IndonesianParser
from knowledge.errors import KnowledgeError

DESCRIPTION = """\
Tanya Lokalisasi: bot yang menjawab pertanyaan tentang penutupan lokalisasi, dengan sumber
beritanya.

Tanpa perintah (atau 'run'): bila TELEGRAM_BOT_TOKEN diatur, bot tersambung ke Telegram;
tanpa token, bot mengobrol di terminal ini."""

EPILOG = """\
Pengaturan (dibaca dari lingkungan, lalu dari .env di folder ini):
  TELEGRAM_BOT_TOKEN     token dari @BotFather; tanpa token bot berjalan di terminal
  KB_PATH                berkas SQLite basis pengetahuan (sama dengan python -m knowledge);
                         bawaan: data/kb.sqlite di folder proyek, atau
                         ~/.local/share/tanya-lokalisasi/kb.sqlite bila terpasang sebagai paket;
                         dibangun dari artikel bawaan bila belum ada
  BOT_ADMIN_IDS          id pengguna Telegram admin, dipisah koma
  TELEGRAM_API_BASE_URL  server Bot API lain (bentuk base_url python-telegram-bot)
  WEBHOOK_URL, WEBHOOK_LISTEN, WEBHOOK_PORT, WEBHOOK_SECRET_TOKEN   webhook, bukan polling
  LOG_LEVEL              DEBUG, INFO (bawaan), WARNING atau ERROR
Semua pengaturan dijelaskan di .env.example."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, every argument described in Indonesian."""
    parser = IndonesianParser(prog="python -m bot", description=DESCRIPTION, epilog=EPILOG)
    commands = parser.add_subparsers(
        dest="command", metavar="PERINTAH", title="perintah", parser_class=IndonesianParser
    )
    commands.add_parser(
        "run",
        help="jalankan bot (bawaan): Telegram dengan TELEGRAM_BOT_TOKEN, tanpa itu di terminal",
        description="Jalankan bot: Telegram bila TELEGRAM_BOT_TOKEN diatur, tanpa itu di terminal.",
    )
    ask = commands.add_parser(
        "ask",
        help="jawab pertanyaan dari baris perintah",
        description="Jawab satu pertanyaan, atau dengan --json setiap baris stdin.",
    )
    ask.add_argument(
        "question",
        nargs="*",
        metavar="PERTANYAAN",
        help='pertanyaannya, misalnya "kapan lokalisasi kaltim ditutup?"; kosongkan dengan '
        "--json untuk membaca stdin",
    )
    ask.add_argument(
        "--json",
        action="store_true",
        help="satu objek JSON per pertanyaan (tanpa PERTANYAAN: satu per baris stdin)",
    )
    bench = commands.add_parser(
        "bench", help="ukur kecepatan dan memori", description="Ukur kecepatan dan memori."
    )
    bench.add_argument(
        "--articles",
        type=int,
        default=1000,
        metavar="N",
        help="banyaknya artikel sintetis untuk basis besar (bawaan 1000)",
    )
    commands.add_parser(
        "health",
        help="periksa basis pengetahuan; keluar 0 bila sehat",
        description="Periksa basis pengetahuan di KB_PATH (untuk HEALTHCHECK Docker); keluar 0 "
        "bila sehat, 1 bila tidak.",
    )
    return parser


def _run(args: argparse.Namespace) -> int:
    if args.command == "ask":
        from bot.ask import run_ask

        return run_ask(args.question, as_json=args.json)
    if args.command == "bench":
        from bot.bench import run_bench

        return run_bench(synthetic_articles=args.articles)
    if args.command == "health":
        from bot.health import run_health
        from bot.settings import Settings

        return run_health(Settings().kb_path)
    from bot.run import run_bot

    return run_bot()


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the chosen command."""
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except BrokenPipeError:
        # `python -m bot ask "…" | head -1`: the reader left; nothing worth a message.
        _quiet_stdout()
        return 0
    except sqlite3.DatabaseError as exc:
        from knowledge.paths import kb_path

        print(
            f"{kb_path()}: bukan basis pengetahuan yang bisa dibaca ({exc}). Periksa KB_PATH "
            "(lingkungan atau .env), atau bangun ulang berkasnya dengan: python -m knowledge build",
            file=sys.stderr,
        )
        return 1
    except KnowledgeError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except OSError as exc:
        from knowledge.paths import kb_path

        print(
            f"{exc.filename or kb_path()}: tidak bisa dibuka atau dibuat ({exc.strerror or exc}). "
            "Periksa KB_PATH (lingkungan atau .env).",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
