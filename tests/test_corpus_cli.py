"""The corpus command line: folders, globs, formats, atomic output, progress and worker processes."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from analysis import document_record, load_document
from analysis.cli import main
from conftest import ROOT, SECOND, SEED, offline_env, run_cli


@pytest.fixture
def mixed_folder(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "a_seed.txt").write_bytes(SEED.read_bytes())
    (folder / "sub" / "b_second.txt").write_bytes(SECOND.read_bytes())
    (folder / "c_empty.txt").write_bytes(b"")
    (folder / "d_binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "e_latin1.txt").write_bytes("Le caf\u00e9 est ferm\u00e9, said the mayor of the town.".encode("latin-1"))
    (folder / "f_folder.txt").mkdir()
    (folder / "notes.md").write_text("not a text input", encoding="utf-8")
    return folder


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, timeout=300)


def test_folder_of_mixed_files(mixed_folder) -> None:
    result = run("--json", str(mixed_folder))
    assert result.returncode == 2
    errors = result.stderr.splitlines()
    assert len(errors) == 4 and "Traceback" not in result.stderr
    for name, problem in [("c_empty.txt", "is empty"), ("d_binary.txt", "binary"),
                          ("e_latin1.txt", "not valid UTF-8"), ("f_folder.txt", "is a directory")]:
        assert any(name in line and problem in line for line in errors), (name, errors)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["path"] for r in records] == [str(mixed_folder / "a_seed.txt"), str(mixed_folder / "sub" / "b_second.txt")]
    assert records[0] == json.loads(json.dumps(document_record(load_document(mixed_folder / "a_seed.txt"))))


def test_csv_has_one_row_per_good_file(mixed_folder, tmp_path) -> None:
    target = tmp_path / "out.csv"
    result = run("--format", "csv", "--output", str(target), str(mixed_folder))
    assert result.returncode == 2 and result.stdout == ""
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert len(rows) == 2
    assert rows[0]["counts.sentences"] == "12" and rows[1]["counts.sentences"] == "9"
    assert {"readability.smog_index", "terms.lexical_diversity.mtld", "stance.counts.booster"} <= set(rows[0])
    assert not list(tmp_path.glob(".out.csv.*"))  # the temporary file was renamed
    assert target.stat().st_mode & 0o777 == 0o666 & ~_umask()  # an ordinary file, not mkstemp's private one


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_no_output_when_every_input_fails(mixed_folder, tmp_path) -> None:
    target = tmp_path / "results.jsonl"
    target.write_text("earlier results\n", encoding="utf-8")
    bad = [str(mixed_folder / name) for name in ("c_empty.txt", "d_binary.txt")]
    result = run("--json", "-o", str(target), *bad)
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 2
    assert target.read_text(encoding="utf-8") == "earlier results\n"  # not replaced by an empty file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "results.jsonl"]
    fresh = tmp_path / "new.jsonl"
    assert run("--json", "-o", str(fresh), *bad).returncode == 2 and not fresh.exists()


def test_globs_and_json_array(mixed_folder) -> None:
    result = run("--format", "json", str(mixed_folder / "**" / "[ab]_*.txt"))
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert [r["counts"]["words"] for r in records] == [378, 132]
    missing = run(str(mixed_folder / "zzz*.txt"))
    assert missing.returncode == 2 and "no file matches" in missing.stderr


def test_jobs_give_the_same_records_in_order(mixed_folder, tmp_path) -> None:
    (tmp_path / "empty_dir").mkdir()
    # inputs that fail before any file is read (a folder with no *.txt, a missing path) travel to the
    # workers as errors: they must cross the process boundary, not hang the pool
    inputs = [str(mixed_folder), str(tmp_path / "empty_dir"), str(tmp_path / "missing.txt")]
    serial = run("--json", *inputs)
    parallel = run("--json", "--jobs", "2", *inputs)
    assert parallel.returncode == serial.returncode == 2
    assert parallel.stdout == serial.stdout
    assert sorted(parallel.stderr.splitlines()) == sorted(serial.stderr.splitlines())
    assert len(serial.stderr.splitlines()) == 6 and "Traceback" not in parallel.stderr


def test_input_errors_pickle_with_their_parts() -> None:
    import pickle

    from analysis import InputError

    error = pickle.loads(pickle.dumps(InputError("a.txt", "is empty")))
    assert (error.source, error.problem, str(error)) == ("a.txt", "is empty", "a.txt: is empty")


def test_interrupted_output_leaves_no_file(tmp_path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(3000):  # several seconds of work, so the interrupt lands mid-run
        (folder / f"{i:04}.txt").write_bytes(SEED.read_bytes())
    target = tmp_path / "records.jsonl"
    process = subprocess.Popen([sys.executable, "-m", "analysis", "--json", "--output", str(target), str(folder)],
                               cwd=ROOT, env=offline_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".records.jsonl.*")) and time.monotonic() < deadline:
        time.sleep(0.05)  # wait until writing has started
    time.sleep(0.3)
    process.send_signal(signal.SIGINT)
    process.wait(timeout=60)
    assert process.returncode != 0
    assert not target.exists()
    assert not list(tmp_path.glob(".records.jsonl.*"))


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal(mixed_folder) -> None:
    out, err = io.StringIO(), _Terminal()
    assert main(["--json", str(mixed_folder / "a_seed.txt"), str(mixed_folder / "sub")], stdout=out, stderr=err) == 0
    assert "2/2" in err.getvalue()
    quiet = io.StringIO()
    main(["--json", str(mixed_folder / "a_seed.txt"), str(mixed_folder / "sub")], stdout=io.StringIO(), stderr=quiet)
    assert quiet.getvalue() == ""


def test_size_limit_can_be_changed(tmp_path) -> None:
    path = tmp_path / "seed.txt"
    path.write_bytes(SEED.read_bytes())
    size = path.stat().st_size
    refused = run("--json", "--max-bytes", str(size - 1), str(path))
    assert refused.returncode == 2 and f"above the {size - 1:,}-byte limit" in refused.stderr
    assert "--max-bytes" in refused.stderr and refused.stdout == ""
    accepted = run("--json", "--max-bytes", str(size), str(path))
    assert accepted.returncode == 0 and json.loads(accepted.stdout)["bytes"] == size
