"""Command line: ``python -m analysis FILE [FILE ...]``.

Prints a readable summary per input, or JSON Lines with ``--json``. A bad
input gets one line on stderr (``error: <file>: <problem>``); the other
inputs are still processed, and the exit status is 2 if any input failed.
Directories are expanded to the ``*.txt`` files below them, in sorted order.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Iterator, Sequence, TextIO

from .document import load_document
from .errors import InputError
from .record import document_record

__all__ = ["main", "expand_inputs"]

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def expand_inputs(arguments: Sequence[str]) -> Iterator[str | InputError]:
    """Yield file paths in argument order; a directory yields its ``*.txt`` files (sorted).

    A directory without any ``*.txt`` file yields an :class:`InputError` in its place.
    """
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                yield InputError(argument, "directory contains no .txt files")
            for file in files:
                yield str(file)
        else:
            yield argument


_SUMMARY_SCORES = {
    "flesch_reading_ease": "Flesch reading ease",
    "flesch_kincaid_grade": "Flesch-Kincaid grade",
    "gunning_fog": "Gunning fog",
    "smog_index": "SMOG",
    "dale_chall_readability_score": "Dale-Chall",
    "consensus_grade": "consensus grade",
}


def _summary(record: dict) -> str:
    counts = record["counts"]
    lines = [record["path"], f"  sha256      {record['sha256']}"]
    lines += [f"  {name:<11} {value:,}" for name, value in counts.items()]
    readability = record.get("readability", {})
    shown = [(label, readability.get(key)) for key, label in _SUMMARY_SCORES.items()]
    lines.append("  readability " + ", ".join(
        f"{label} {value:.1f}" if value is not None else f"{label} n/a" for label, value in shown))
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Segment and measure English news texts (UTF-8 .txt files).",
    )
    parser.add_argument("inputs", nargs="+", metavar="FILE", help="text files, or directories holding .txt files")
    parser.add_argument("--json", action="store_true", help="print one JSON object per file (JSON Lines)")
    return parser


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the CLI; return the exit status (0 all good, 2 any bad input)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    options = _parser().parse_args(argv)
    status = EXIT_OK
    first = True
    for item in expand_inputs(options.inputs):
        try:
            if isinstance(item, InputError):
                raise item
            record = document_record(load_document(item))
        except InputError as error:
            print(f"error: {error}", file=err)
            status = EXIT_BAD_INPUT
            continue
        if options.json:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            out.write(("" if first else "\n") + _summary(record) + "\n")
        first = False
        out.flush()
    return status


def main_exit() -> None:
    """Console-script entry point: run :func:`main` and exit with its status."""
    sys.exit(main())
