"""The workbook as a file: is it a workbook at all, and is it safe to open?

An ``.xlsx`` file is a zip archive of XML parts. Before openpyxl sees it, the
archive is checked here with the standard library only:

- an OLE compound file (the header ``D0 CF 11 E0``) is a password-protected
  workbook (Excel encrypts into that container) or an old ``.xls``: named as such;
- anything else that is not a zip archive is not a workbook;
- the archive's declared sizes bound what can be unpacked (Python's zip reader
  stops at the declared size), so a zip bomb is refused before anything is
  inflated, as is an archive of very many parts or with encrypted parts.

It also finds a sheet's merged cells by scanning the part's XML for
``<mergeCell ref="...">`` (openpyxl's streaming reader does not report them).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO

#: The first bytes of an OLE compound file (encrypted .xlsx, old .xls).
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
#: What an honest plan workbook never comes near: a workbook of 10,000 initiatives
#: with indicators unpacks to some 20 MiB.
MAX_UNPACKED_BYTES = 100 * 2**20
MAX_PARTS = 2000
#: More merged ranges than this on one sheet are reported, not resolved one by one.
MAX_MERGES = 1000

_MERGE = re.compile(rb"<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*[\"']([A-Za-z0-9:$]+)[\"']")
_CHUNK = 1 << 20


class ArchiveProblem(Exception):
    """The file cannot be opened as a workbook; ``message`` is an EK001 message key suffix."""

    def __init__(self, message: str, **args: object) -> None:
        super().__init__(message)
        self.message = message
        self.args_ = args


@dataclass(frozen=True, slots=True)
class Range:
    """A rectangle of cells, 1-based and inclusive."""

    min_col: int
    min_row: int
    max_col: int
    max_row: int

    @property
    def ref(self) -> str:
        from openpyxl.utils.cell import get_column_letter

        start = f"{get_column_letter(self.min_col)}{self.min_row}"
        end = f"{get_column_letter(self.max_col)}{self.max_row}"
        return start if start == end else f"{start}:{end}"


def open_archive(raw: bytes) -> zipfile.ZipFile:
    """The workbook's zip archive, checked; raises :class:`ArchiveProblem` when unfit."""
    if raw.startswith(OLE_MAGIC):
        raise ArchiveProblem("workbook.encrypted")
    if not raw.startswith(ZIP_MAGICS):
        raise ArchiveProblem("workbook.not_zip")
    try:
        archive = zipfile.ZipFile(BytesIO(raw))
        parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise ArchiveProblem("workbook.broken_zip") from None
    if len(parts) > MAX_PARTS:
        raise ArchiveProblem("workbook.too_many_parts", limit=MAX_PARTS)
    if any(part.flag_bits & 0x1 for part in parts):
        raise ArchiveProblem("workbook.encrypted")
    unpacked = sum(part.file_size for part in parts)
    if unpacked > MAX_UNPACKED_BYTES:
        raise ArchiveProblem(
            "workbook.too_big",
            size=round(unpacked / 2**20),
            limit=MAX_UNPACKED_BYTES // 2**20,
        )
    if "[Content_Types].xml" not in {part.filename for part in parts}:
        raise ArchiveProblem("workbook.not_workbook")  # a zip, but no Office document
    return archive


def merged_ranges(archive: zipfile.ZipFile, part: str) -> list[Range]:
    """The merged ranges of the sheet stored in ``part`` (at most :data:`MAX_MERGES` + 1)."""
    from openpyxl.utils.cell import range_boundaries

    found: list[Range] = []
    for ref in _merge_refs(archive, part.lstrip("/")):
        try:
            min_col, min_row, max_col, max_row = range_boundaries(ref.decode("ascii"))
        except (ValueError, TypeError):
            continue  # not a range reference: nothing is merged there
        if None in (min_col, min_row, max_col, max_row):
            continue
        found.append(Range(min_col, min_row, max_col, max_row))  # type: ignore[arg-type]
        if len(found) > MAX_MERGES:
            break
    return found


def _merge_refs(archive: zipfile.ZipFile, part: str) -> Iterator[bytes]:
    """``ref`` values of merge elements, scanning the part in chunks (it may be large)."""
    try:
        stream = archive.open(part)
    except KeyError:
        return
    with stream:
        tail = b""
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk:
                break
            text = tail + chunk
            last_end = 0
            for match in _MERGE.finditer(text):
                yield match.group(1)
                last_end = match.end()
            # Keep an unfinished element for the next chunk, but never one already seen.
            keep = max(last_end, len(text) - 256)
            tail = text[keep:]
