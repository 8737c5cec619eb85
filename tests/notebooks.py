"""Helpers to find the book's notebooks and execute them with nbclient."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import yaml
from nbclient import NotebookClient

from conftest import ROOT, offline_env


def toc_files() -> list[Path]:
    """Every file named in ``_toc.yml``, in reading order, resolved to a path."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    names: list[str] = [toc["root"]]

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if "file" in node:
                names.append(node["file"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk({k: v for k, v in toc.items() if k != "root"})
    paths = []
    for name in names:
        matches = [p for p in ROOT.glob(name + ".*") if p.suffix in {".ipynb", ".md"}]
        assert len(matches) == 1, f"{name} in _toc.yml matches {matches}"
        paths.append(matches[0])
    return paths


def toc_notebooks() -> list[Path]:
    return [p for p in toc_files() if p.suffix == ".ipynb"]


def execute(path: Path, document: str | None = None, timeout: int = 300,
            article: str | None = None) -> nbformat.NotebookNode:
    """Execute a notebook in its folder (offline); optionally replace its DOCUMENT parameter, or
    set the ARTICLE environment variable that the parameters cell reads."""
    notebook = nbformat.read(path, as_version=4)
    if document is not None:
        first = notebook.cells[0]
        assert "parameters" in first.metadata.get("tags", []), f"{path}: first cell is not the parameters cell"
        first.source = f"DOCUMENT = {document!r}"
    saved = dict(os.environ)
    os.environ.update(offline_env())  # the kernel inherits this environment
    if article is not None:
        os.environ["ARTICLE"] = article
    try:
        NotebookClient(notebook, timeout=timeout, kernel_name="python3",
                       resources={"metadata": {"path": str(path.parent)}}).execute()
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return notebook


def glued_values(notebook: nbformat.NotebookNode) -> dict[str, str]:
    """The form of every value glued (myst_nb.glue) in an executed notebook that the book pastes:
    ``text/markdown`` for Markdown, else ``text/plain``."""
    values = {}
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            record = output.get("metadata", {}).get("scrapbook")
            if record:
                data, prefix = output["data"], record["mime_prefix"]
                values[record["name"]] = data.get(prefix + "text/markdown", data.get(prefix + "text/plain", ""))
    return values
