"""The whole book builds with warnings as errors, offline, and shows its chapters."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, offline_env


@pytest.mark.slow
def test_book_builds_offline_with_warnings_as_errors(tmp_path) -> None:
    jupyter_book = Path(sys.executable).parent / "jupyter-book"
    result = subprocess.run(
        [str(jupyter_book), "build", str(ROOT), "--path-output", str(tmp_path), "-W", "-n", "--keep-going"],
        capture_output=True, text=True, env=offline_env(), timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    html = tmp_path / "_build" / "html"
    intro = (html / "chapters" / "intro.html").read_text(encoding="utf-8")
    article = (html / "chapters" / "article.html").read_text(encoding="utf-8")
    assert "One article, measured" in intro
    assert "Key findings" in article and "Fig. 1" in article
    assert "{glue" not in article  # every glued value was pasted
    assert "378" in article and "12" in article
