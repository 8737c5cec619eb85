"""The package as users install it: a wheel holds every data file, and works outside the repository."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from analysis import load_document
from analysis.record import document_record
from conftest import ROOT, SEED, offline_env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built from a copy of the sources only (no build folders or metadata left by earlier builds)."""
    source = tmp_path_factory.mktemp("source")
    shutil.copytree(ROOT / "analysis", source / "analysis", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation",
                    "--quiet", "--disable-pip-version-check", "-w", str(folder)],
                   check=True, env=offline_env(), capture_output=True, timeout=300)
    return next(folder.glob("*.whl"))


def test_wheel_ships_every_data_file(wheel: Path) -> None:
    shipped = set(zipfile.ZipFile(wheel).namelist())
    data_files = [p.relative_to(ROOT).as_posix() for folder in ("data", "lexicons")
                  for p in (ROOT / "analysis" / folder).iterdir() if p.is_file()]
    assert len(data_files) > 10
    assert sorted(f for f in data_files if f not in shipped) == []


def test_installed_wheel_gives_the_same_record(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--disable-pip-version-check",
                    "--target", str(target), str(wheel)], check=True, env=offline_env(), capture_output=True,
                   timeout=300)
    env = {**offline_env(), "PYTHONPATH": f"{target}:{offline_env()['PYTHONPATH']}"}
    script = ("import json, sys, analysis; assert analysis.__file__.startswith(sys.argv[2]), analysis.__file__; "
              "print(json.dumps(analysis.file_record(sys.argv[1])))")
    result = subprocess.run([sys.executable, "-c", script, str(SEED), str(target)], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == json.loads(json.dumps(document_record(load_document(SEED))))
