"""Entry point: `python -m bot [run|ask|bench]`."""

from bot.cli import main

raise SystemExit(main())
