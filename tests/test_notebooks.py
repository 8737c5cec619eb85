"""Every notebook in the table of contents runs top to bottom, offline, without errors."""

from __future__ import annotations

import json
import re
from hashlib import sha256

import nbformat
import pytest

from conftest import ROOT, SECOND
from notebooks import execute, glued_values, toc_files, toc_notebooks

NOTEBOOKS = toc_notebooks()


def test_toc_lists_the_chapters() -> None:
    names = [p.relative_to(ROOT).as_posix() for p in toc_files()]
    assert names[0] == "chapters/intro.ipynb"
    assert "chapters/article.ipynb" in names


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_executes(path) -> None:
    notebook = execute(path)
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    # outputs that would make two builds of the same text differ: dated figures, random table ids
    rendered = [str(value) for o in outputs for value in o.get("data", {}).values()]
    assert not [r for r in rendered if "<dc:date>" in r], "an SVG figure records when it was drawn"
    assert not [r for r in rendered if re.search(r"\bT_[0-9a-f]{5}(?![\w-])", r)], "a pandas Styler with a random uuid"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_is_stored_clean_with_parameters_first(path) -> None:
    notebook = nbformat.read(path, as_version=4)
    first = notebook.cells[0]
    assert first.cell_type == "code" and "parameters" in first.metadata.get("tags", [])
    assert first.source.lstrip().splitlines()[-1].startswith("DOCUMENT = ")
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, f"{path.name} keeps outputs"
    assert json.loads(path.read_text(encoding="utf-8"))["nbformat"] == 4


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_on_a_second_article(path) -> None:
    """Chapters are not tied to the seed: the parameters cell can point at any article."""
    notebook = execute(path, document="../tests/data/second_article.txt")
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    glued = glued_values(notebook)
    expected = {  # each chapter's glued numbers follow the new text (9 sentences, 132 words)
        "article": {"n_sentences": "9", "n_words": "132", "n_paragraphs": "4"},
        "readability": {"count_sentences": "9", "count_words": "132"},
        "terms": {"n_words": "132"},
        "stance": {"n_attribution": "6"},
        "intro": {"n_words": "132", "n_sentences": "9"},
        "synthesis": {"n_words": "132"},
        "methods": {"sha256": f"`{sha256(SECOND.read_bytes()).hexdigest()}`"},  # describes the text it reads
    }[path.stem]
    assert {key: glued.get(key) for key in expected} == expected


def test_the_article_variable_points_every_chapter_at_another_text() -> None:
    """make book ARTICLE=... works through the environment: the stored parameters cell reads it."""
    intro = ROOT / "chapters" / "intro.ipynb"
    glued = glued_values(execute(intro, article=str(SECOND)))
    assert (glued.get("n_words"), glued.get("n_sentences")) == ("132", "9")  # the second article, not the seed


def test_make_book_refuses_an_article_it_cannot_read(tmp_path) -> None:
    """A bad ARTICLE stops 'make book' with the CLI's message, before the build starts."""
    import os
    import subprocess

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    relative = os.path.relpath(empty, ROOT)  # as a reader types it, from the project's folder
    result = subprocess.run(["make", "--no-print-directory", "book", f"ARTICLE={relative}"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120,
                            env={k: v for k, v in os.environ.items() if k != "MAKEFLAGS"})
    assert result.returncode != 0
    assert f"{empty}: is empty" in result.stderr  # made absolute, and found from chapters/ as the notebooks look
    assert "jupyter-book" not in result.stdout  # nothing was built
