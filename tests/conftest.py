"""Shared fixtures: paths, the seed document, and a network block for every test."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_fa4afdca0f45084a.txt"
SHARED_SEED = ROOT.parent / "shared" / "seeds" / "000_fa4afdca0f45084a.txt"
SECOND = ROOT / "tests" / "data" / "second_article.txt"
NETBLOCK = Path(__file__).resolve().parent / "netblock"

_spec = importlib.util.spec_from_file_location("netblock", NETBLOCK / "sitecustomize.py")
netblock = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(netblock)  # installs the block for this process

# The tests describe the seed: an ARTICLE set for "make book ARTICLE=..." must not reach the chapters they run.
os.environ.pop("ARTICLE", None)

settings.register_profile("project", derandomize=True, database=None, deadline=None, max_examples=300)
settings.load_profile("project")


def offline_env() -> dict[str, str]:
    """Environment for subprocesses: the network block on PYTHONPATH, headless matplotlib."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(NETBLOCK), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["MPLBACKEND"] = "Agg"
    env["PYTHONHASHSEED"] = "0"
    return env


def run_cli(*args: str, timeout: int = 120, hash_seed: str = "0") -> subprocess.CompletedProcess[str]:
    """``python -m analysis`` with ``args``, run offline from the project root
    (``hash_seed``: the subprocess's ``PYTHONHASHSEED``, which orders its sets and dicts of strings)."""
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True,
                          cwd=ROOT, env={**offline_env(), "PYTHONHASHSEED": hash_seed}, timeout=timeout)


@pytest.fixture(scope="session")
def seed_doc():
    from analysis import load_document

    return load_document(SEED)


@pytest.fixture(scope="session")
def built_book(tmp_path_factory):
    """The book built once per test session, offline, with warnings as errors; returns the HTML folder."""
    import subprocess

    out = tmp_path_factory.mktemp("book")
    jupyter_book = Path(sys.executable).parent / "jupyter-book"
    result = subprocess.run(
        [str(jupyter_book), "build", str(ROOT), "--path-output", str(out), "-W", "-n", "--keep-going"],
        capture_output=True, text=True, env=offline_env(), timeout=900,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return out / "_build" / "html"
