"""Command line: ``python -m analysis INPUT [INPUT ...]``.

Inputs are files, directories (every ``*.txt`` below them, sorted) and glob
patterns (``'corpus/**/*.txt'``). Each document's record (see
:func:`analysis.record.document_record`) is written as soon as it is ready,
in input order, in one of four formats:

- ``table`` (default): a readable summary per document;
- ``jsonl`` (``--json`` for short): one JSON object per line;
- ``json``: one JSON array;
- ``csv``: one row per document with every scalar metric, columns named
  by their path in the record (``counts.words``, ``readability.smog_index``).

A bad input gets one line on stderr (``error: <file>: <problem>``) and no
output; the others are still processed, and the exit status is 2 if any
failed (0 otherwise). ``--output FILE`` (``-o``) writes to a temporary file
renamed at the end, so an interrupted run leaves no partial file; when no
input could be analysed, nothing is written and an existing FILE is left as
it was. ``--max-bytes N`` raises or lowers the size limit (20 MB by default).
``--jobs N`` (``-j``)
analyses documents in N worker processes, results still streamed in input
order. With more than one input and a terminal on stderr, a progress line
shows how far the run is.
"""

from __future__ import annotations

import argparse
import csv
import glob
import json
import os
import sys
import tempfile
import time
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any, Iterator, Sequence, TextIO

from .errors import InputError
from .loading import MAX_BYTES
from .record import file_record

__all__ = ["FORMATS", "analyse_file", "expand_inputs", "flatten", "main", "main_exit"]

EXIT_OK = 0
EXIT_BAD_INPUT = 2
FORMATS = ("table", "jsonl", "json", "csv")
_GLOB_CHARACTERS = set("*?[")


def expand_inputs(arguments: Sequence[str]) -> Iterator[str | InputError]:
    """Yield file paths in argument order; directories and globs expand to their ``*.txt`` (sorted).

    A directory without ``*.txt`` files, or a pattern that matches nothing,
    yields an :class:`InputError` in its place.
    """
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            files = sorted(path.rglob("*.txt"))  # a directory named *.txt is kept, and reported as bad input
            if not files:
                yield InputError(argument, "directory contains no .txt files")
            yield from (str(f) for f in files)
        elif not path.exists() and _GLOB_CHARACTERS & set(argument):
            matches = sorted(m for m in glob.glob(argument, recursive=True) if Path(m).is_file())
            if not matches:
                yield InputError(argument, "no file matches this pattern")
            yield from matches
        else:
            yield argument


analyse_file = file_record


def _analyse_safely(item: str | InputError, max_bytes: int | None = None
                    ) -> tuple[str, dict[str, Any] | None, str | None]:
    """(path, record, error message) for one input; runs in worker processes too."""
    if isinstance(item, InputError):
        return item.source, None, str(item)
    try:
        return item, analyse_file(item, max_bytes), None
    except InputError as error:
        return item, None, str(error)


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Scalar fields of a record with dotted names (lists such as markers or top terms are left out)."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, name + "."))
        elif not isinstance(value, list):
            flat[name] = value
    return flat


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
    if "stance" in record:
        stance = record["stance"]["counts"]
        lines.append("  stance      " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in stance.items()))
    return "\n".join(lines)


class _Writer:
    """Writes records in one format, one at a time."""

    def __init__(self, out: TextIO, form: str) -> None:
        self.out, self.form, self.count = out, form, 0
        self.csv: csv.DictWriter | None = None

    def write(self, record: dict[str, Any]) -> None:
        if self.form == "jsonl":
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif self.form == "json":
            self.out.write(("[\n" if not self.count else ",\n") + json.dumps(record, ensure_ascii=False))
        elif self.form == "csv":
            row = flatten(record)
            if self.csv is None:
                self.csv = csv.DictWriter(self.out, fieldnames=list(row), extrasaction="ignore")
                self.csv.writeheader()
            self.csv.writerow(row)
        else:
            self.out.write(("" if not self.count else "\n") + _summary(record) + "\n")
        self.count += 1
        self.out.flush()

    def close(self) -> None:
        if self.form == "json":
            self.out.write("[]\n" if not self.count else "\n]\n")
        self.out.flush()


class _Output:
    """Where records go: ``stream``; set ``keep`` to False to discard a file output at the end."""

    def __init__(self, stream: TextIO) -> None:
        self.stream, self.keep = stream, True


@contextmanager
def _destination(output: str | None, stdout: TextIO) -> Iterator[_Output]:
    """stdout, or a temporary file beside ``output`` renamed over it when everything was written
    (and ``keep`` is still True); the file gets the permissions a new file would have (umask)."""
    if output is None:
        yield _Output(stdout)
        return
    target = Path(output)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent or ".")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            destination = _Output(stream)
            yield destination
        if not destination.keep:
            Path(temporary).unlink()
            return
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes the file private (0600)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class _Progress:
    """A one-line progress display on stderr (only when stderr is a terminal)."""

    def __init__(self, err: TextIO, total: int, enabled: bool) -> None:
        self.err, self.total, self.enabled, self.done, self.start = err, total, enabled, 0, time.monotonic()

    def step(self) -> None:
        self.done += 1
        if self.enabled:
            rate = self.done / max(time.monotonic() - self.start, 1e-9)
            width = 30
            filled = int(width * self.done / max(self.total, 1))
            self.err.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} "
                           f"({rate:.1f} files/s)")
            self.err.flush()

    def finish(self) -> None:
        if self.enabled:
            self.err.write("\n")
            self.err.flush()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Measure English news texts (UTF-8 .txt files): readability, terms and stance.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="text files, directories holding .txt files, or glob patterns")
    parser.add_argument("--format", choices=FORMATS, default=None, help="output format (default: table)")
    parser.add_argument("--json", action="store_true", help="short for --format jsonl")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write here (atomically; not at all if no input could be analysed) "
                             "instead of standard output")
    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="analyse in N worker processes")
    parser.add_argument("--max-bytes", type=int, default=MAX_BYTES, metavar="N",
                        help=f"refuse files larger than N bytes (default {MAX_BYTES:,}; a document's analysis "
                             "needs up to about 20 times its size in memory)")
    return parser


def _results(items: list[str | InputError], jobs: int, max_bytes: int) -> Iterator[tuple[str, dict | None, str | None]]:
    analyse = partial(_analyse_safely, max_bytes=max_bytes)
    if jobs <= 1 or len(items) <= 1:
        yield from map(analyse, items)
        return
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(jobs) as pool:
        yield from pool.imap(analyse, items, chunksize=8)


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the CLI; return the exit status (0 all good, 2 any bad input)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = _parser()
    options = parser.parse_args(argv)
    form = "jsonl" if options.json else (options.format or "table")
    if options.json and options.format not in (None, "jsonl"):
        parser.error("--json means --format jsonl")
    items = list(expand_inputs(options.inputs))
    progress = _Progress(err, len(items), len(items) > 1 and getattr(err, "isatty", lambda: False)())
    status = EXIT_OK
    with _destination(options.output, out) as destination:
        writer = _Writer(destination.stream, form)
        for _path, record, error in _results(items, options.jobs, options.max_bytes):
            progress.step()
            if error is not None:
                if progress.enabled:
                    err.write("\n")
                print(f"error: {error}", file=err)
                status = EXIT_BAD_INPUT
                continue
            writer.write(record)
        if writer.count or not items:
            writer.close()
        else:  # every input failed: no empty file, and an earlier one is not overwritten
            destination.keep = False
    progress.finish()
    return status


def main_exit() -> None:
    """Console-script entry point: run :func:`main` and exit with its status."""
    sys.exit(main())
