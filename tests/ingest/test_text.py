import pytest

from sayso.ingest.text import InputError, read_text_file


def test_reads_bytes_exactly_keeping_crlf(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("Head\r\n\r\nThe mayor said “yes”.".encode("utf-8"))
    article, warnings = read_text_file(p)
    assert article.text == "Head\r\n\r\nThe mayor said “yes”." and warnings == []


@pytest.mark.parametrize("data,problem", [
    (b"", "empty file"),
    (b"  \n\n ", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ("Héadline\n\nCafé owners said no.".encode("latin-1"), "not valid utf-8"),
])
def test_bad_input_is_refused_with_the_file_named(tmp_path, data, problem):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    with pytest.raises(InputError) as e:
        read_text_file(p)
    assert str(e.value).startswith(str(p)) and problem in str(e.value)
    assert "\n" not in str(e.value)


def test_too_large(tmp_path):
    p = tmp_path / "huge.txt"
    p.write_bytes(b"a" * 2048)
    with pytest.raises(InputError, match="too large"):
        read_text_file(p, max_bytes=1024)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_text_file(tmp_path / "nope.txt")


def test_other_encoding_on_request(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Héadline\n\nCafé owners said no.".encode("latin-1"))
    article, _ = read_text_file(p, encoding="latin-1")
    assert "Café" in article.text


def test_one_giant_line_is_read_with_a_warning(tmp_path):
    p = tmp_path / "line.txt"
    p.write_text("The mayor said the pier was safe. " * 2000, encoding="utf-8")
    article, warnings = read_text_file(p)
    assert len(warnings) == 1 and "no line breaks" in warnings[0]
