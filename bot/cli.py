"""The bot's command line: run the bot, answer questions in batch, or measure speed.

python -m bot                 run: Telegram when TELEGRAM_BOT_TOKEN is set, else a terminal chat
python -m bot ask "…"         answer one question for a person
python -m bot ask --json      answer questions from stdin, one JSON object per line
python -m bot bench           print speed and memory figures
python -m bot health          check the knowledge base (Docker's HEALTHCHECK); exit 0 healthy
"""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the chosen command."""
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("run", help="run the bot (the default)")
    ask = commands.add_parser("ask", help="answer questions")
    ask.add_argument("question", nargs="*", help="the question; omit with --json to read stdin")
    ask.add_argument("--json", action="store_true", help="read stdin, print one JSON line each")
    bench = commands.add_parser("bench", help="measure speed and memory")
    bench.add_argument("--articles", type=int, default=1000, help="size of the synthetic base")
    commands.add_parser("health", help="check the knowledge base; exit 0 when healthy")
    args = parser.parse_args(argv)

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


if __name__ == "__main__":
    sys.exit(main())
