"""Sphinx extension for this book: drop duplicate inline scripts from every page.

sphinx-thebe (pulled in by Jupyter Book 1.x) registers its inline configuration
script each time the environment reads documents, so a build that executes
notebooks emits it twice and the browser reports "Identifier 'THEBE_JS_URL' has
already been declared". Keeping the first copy of each script removes the error.
"""

from __future__ import annotations

from typing import Any


def _unique_scripts(app: Any, pagename: str, templatename: str, context: dict, doctree: Any) -> None:
    scripts = context.get("script_files")
    if not scripts:
        return
    seen: set[tuple[str, tuple]] = set()
    unique = []
    for script in scripts:
        attributes = tuple(sorted((str(k), str(v)) for k, v in getattr(script, "attributes", {}).items()))
        key = (str(getattr(script, "filename", script) or ""), attributes)  # None and "" alike; priority ignored
        if key not in seen:
            seen.add(key)
            unique.append(script)
    scripts[:] = unique


def setup(app: Any) -> dict[str, Any]:
    app.connect("html-page-context", _unique_scripts, priority=100)  # before handlers that return a template
    return {"parallel_read_safe": True, "parallel_write_safe": True}
