"""Bad input: one exception type, a message naming the file and the problem."""

from __future__ import annotations

import pytest

from analysis import InputError, document_from_text, load_document


def _write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


ENGLISH = ("The minister said the talks would resume next week. She added that the "
           "government had not changed its position and that it would not do so. ") * 3


@pytest.mark.parametrize(
    "name, data, problem",
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\t \r\n", "contains only whitespace"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("latin1.txt", "Caf\u00e9 society and the rest of the town.".encode("latin-1"), "not valid UTF-8"),
        ("utf16.txt", "Hello there.".encode("utf-16"), "UTF-16"),
        ("utf16le.txt", "The minister said the talks would resume.".encode("utf-16-le"), "UTF-16"),  # no BOM
        ("utf16be.txt", "The minister said the talks would resume.".encode("utf-16-be"), "UTF-16"),
        ("page.txt", b"<!DOCTYPE html><html><body><p>Kyiv</p><div>news</div></body></html>", "HTML"),
        ("punct.txt", b"!!! ... ??? --- *** ;;;", "no words"),
        ("digits.txt", b"12 345 6789 2024", "no words"),
        ("french.txt", ("Le ministre a d\u00e9clar\u00e9 que les n\u00e9gociations reprendraient la semaine "
                        "prochaine. Elle a ajout\u00e9 que le gouvernement n'avait pas chang\u00e9 de position "
                        "et qu'il ne le ferait pas. " * 3).encode("utf-8"), "does not look like English"),
        ("cyrillic.txt", ("\u041a\u0438\u0435\u0432 \u043d\u0435 \u043f\u0430\u0434\u0451\u0442 " * 20).encode("utf-8"),
         "does not look like English"),
    ],
)
def test_bad_files_raise_input_error(tmp_path, name: str, data: bytes, problem: str) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(InputError) as caught:
        load_document(path)
    message = str(caught.value)
    assert message.startswith(str(path) + ": ")
    assert problem in message
    assert caught.value.source == str(path)


def test_missing_file(tmp_path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_document(tmp_path / "absent.txt")


def test_directory(tmp_path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        load_document(tmp_path)


def test_size_cap(tmp_path) -> None:
    path = _write(tmp_path, "big.txt", ENGLISH.encode("utf-8"))
    with pytest.raises(InputError, match="above the 100-byte limit"):
        load_document(path, max_bytes=100)
    assert load_document(path).counts.words > 0


def test_short_text_skips_language_check() -> None:
    assert document_from_text("Kyiv stands.").counts.words == 2


def test_english_passes(tmp_path) -> None:
    path = _write(tmp_path, "ok.txt", ENGLISH.encode("utf-8"))
    assert load_document(path).counts.sentences == 6


def test_input_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        document_from_text("   ")


def test_validate_false_accepts_anything() -> None:
    doc = document_from_text("", validate=False)
    assert doc.counts.as_dict() == {"paragraphs": 0, "sentences": 0, "words": 0, "characters": 0}
