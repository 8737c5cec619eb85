"""The whole book builds with warnings as errors, offline, and shows its chapters."""

from __future__ import annotations

import pytest

from analysis import load_document
from conftest import SEED


@pytest.mark.slow
def test_book_builds_offline_with_warnings_as_errors(built_book) -> None:
    intro = (built_book / "chapters" / "intro.html").read_text(encoding="utf-8")
    article = (built_book / "chapters" / "article.html").read_text(encoding="utf-8")
    assert "One article, measured" in intro
    assert "Key findings" in article and "Fig. 1" in article
    for page in built_book.glob("chapters/*.html"):
        html = page.read_text(encoding="utf-8")
        assert "{glue" not in html, page.name  # every glued value was pasted
        assert html.count("const THEBE_JS_URL") <= 1, page.name  # _ext/page_scripts.py removes the duplicate
    counts = load_document(SEED).counts  # the glued counts reach the page (378 words, 12 sentences)
    assert f'<span class="pasted-text">{counts.words}</span> words' in article
    assert f'<span class="pasted-text">{counts.sentences}</span> sentences' in article
