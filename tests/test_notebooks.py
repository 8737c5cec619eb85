"""Every notebook in the table of contents runs top to bottom, offline, without errors."""

from __future__ import annotations

import json
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
    errors = [o for c in notebook.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors


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
