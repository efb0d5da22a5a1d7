"""Argument parsing that speaks Indonesian, for `python -m knowledge` and `python -m bot`.

argparse writes its own headings and errors in English; every user-facing text of this project
is Indonesian, so the headings are renamed and the usual errors translated here, in one place.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

ERRORS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"the following arguments are required: (.*)"), r"argumen wajib belum diisi: \1"),
    (re.compile(r"unrecognized arguments: (.*)"), r"argumen tidak dikenal: \1"),
    (re.compile(r"argument (.*?): invalid int value: (.*)"), r"\1: \2 bukan bilangan bulat"),
    (
        re.compile(r"argument (.*?): invalid choice: (.*?) \(choose from (.*)\)"),
        r"\1: \2 tidak ada; pilih salah satu: \3",
    ),
    (re.compile(r"argument (.*?): expected one argument"), r"\1 perlu satu nilai"),
    (re.compile(r"argument (.*?): expected at least one argument"), r"\1 perlu setidaknya satu"),
)


def translate_error(message: str) -> str:
    """argparse's English error message in Indonesian (unknown ones are kept as they are)."""
    for pattern, replacement in ERRORS:
        if pattern.fullmatch(message):
            return pattern.sub(replacement, message)
    return message


HEADINGS = {"options": "opsi", "positional arguments": "argumen"}


class IndonesianHelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the description's line breaks; Indonesian headings and "pemakaian:"."""

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        """Start the usage line with "pemakaian: " (argparse passes "" for subcommand names)."""
        super().add_usage(usage, actions, groups, "pemakaian: " if prefix is None else prefix)

    def start_section(self, heading: str | None) -> None:
        """Name argparse's own sections in Indonesian."""
        super().start_section(HEADINGS.get(heading or "", heading))


class IndonesianParser(argparse.ArgumentParser):
    """An ArgumentParser whose headings, help option and errors are in Indonesian."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", IndonesianHelpFormatter)
        add_help = bool(kwargs.pop("add_help", True))
        super().__init__(*args, add_help=False, **kwargs)  # type: ignore[arg-type]
        if add_help:
            self.add_argument(
                "-h", "--help", action="help", help="tampilkan bantuan ini lalu keluar"
            )

    def error(self, message: str) -> NoReturn:
        """Print the usage and the error in Indonesian, exit 2 (as argparse does)."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: salah pakai: {translate_error(message)}\n")
