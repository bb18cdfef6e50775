"""Plain-text articles: UTF-8, first line the headline.

Bad input is refused with an `InputError` that names the file and the
problem in one line; input that is only odd (no line breaks) is read with a
warning.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..model import Article

DEFAULT_MAX_BYTES = 5 * 1024 * 1024  # far above any real article


class InputError(Exception):
    """A source that cannot be read as an article. str() is the one-line message for the user."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


def decode_text(data: bytes, source: str, encoding: str = "utf-8", max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, list[str]]:
    """Bytes → text, checked. Returns the text and warnings."""
    if len(data) > max_bytes:
        raise InputError(source, f"too large ({len(data) / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB, see --max-bytes)")
    if not data.strip():
        raise InputError(source, "empty file (no text)")
    sample = data[:8192]
    if b"\x00" in sample:
        raise InputError(source, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        raise InputError(source, f"not valid {encoding} (byte 0x{data[e.start]:02x} at offset {e.start}); "
                                 f"convert it or pass --encoding") from None
    except LookupError:
        raise InputError(source, f"unknown encoding {encoding!r}") from None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 8192):
        raise InputError(source, "binary file (mostly control characters), not text")
    warnings = []
    if "\n" not in text.strip():
        warnings.append(f"{source}: no line breaks; no headline taken, the whole text read as body")
    return text, warnings


STDIN = "-"  # the file name that means standard input, as for most Unix tools


def read_bytes(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """A file's bytes, or an InputError naming it: missing, a folder, unreadable or over the size limit.
    "-" reads standard input."""
    if str(path) == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError("stdin", f"too large (over the limit of {max_bytes / 1e6:.1f} MB, see --max-bytes)")
        return data
    path = Path(path)
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(name, f"too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB, see --max-bytes)")
        return path.read_bytes()  # bytes, so "\r\n" stays as written and offsets match the file
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory, not a file") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None


def read_text_file(path: str | Path, encoding: str = "utf-8", max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[Article, list[str]]:
    data = read_bytes(path, max_bytes)
    name = "stdin" if str(path) == STDIN else str(path)
    text, warnings = decode_text(data, name, encoding, max_bytes)
    return Article(text=text, path=name), warnings
