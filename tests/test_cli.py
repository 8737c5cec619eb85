"""The command line: summaries, JSON Lines, and bad input handled per file."""

from __future__ import annotations

import json

from conftest import SEED, run_cli


def test_summary_for_the_seed() -> None:
    result = run_cli(str(SEED))
    assert result.returncode == 0, result.stderr
    assert "sentences   12" in result.stdout and "words       378" in result.stdout
    assert result.stderr == ""


def test_json_lines_for_the_seed() -> None:
    result = run_cli("--json", str(SEED))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["path"] == str(SEED)
    assert record["sha256"] == "bbff7adbb816125581cb84530d5e3408bf11cc4f40137e53602f9efd43ae7055"
    assert record["counts"] == {"paragraphs": 5, "sentences": 12, "words": 378, "characters": 2548}


def test_bad_inputs_reported_and_others_processed(tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 50)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\u00e9 au lait, said the minister.".encode("latin-1"))
    no_text_dir = tmp_path / "folder"
    no_text_dir.mkdir()
    missing = tmp_path / "missing.txt"
    result = run_cli("--json", str(empty), str(SEED), str(binary), str(latin), str(no_text_dir), str(missing), str(SEED))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    errors = result.stderr.splitlines()
    assert len(errors) == 5
    for path, problem in [(empty, "is empty"), (binary, "binary"), (latin, "not valid UTF-8"),
                          (no_text_dir, "no .txt files"), (missing, "no such file")]:
        assert any(line.startswith(f"error: {path}: ") and problem in line for line in errors), (path, errors)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["path"] for r in records] == [str(SEED), str(SEED)]


def test_directory_expands_to_text_files(tmp_path) -> None:
    (tmp_path / "b.txt").write_text("The second article is short. It has two sentences.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("The first article is short.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    result = run_cli("--json", str(tmp_path))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["counts"]["sentences"] for r in records] == [1, 2]
    assert records[0]["path"].endswith("a.txt")


def test_usage_error_without_arguments() -> None:
    result = run_cli()
    assert result.returncode == 2
    assert "usage:" in result.stderr
