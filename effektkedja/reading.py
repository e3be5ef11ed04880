"""Reading a plan's bytes with a bound on what is actually read, not on what a file claims.

Every read of a plan (``check``, ``report``, ``diff``, from disk or from git) goes
through :func:`read_limited` or :func:`read_stream_limited`. A regular file larger
than the limit is refused unread (its size is known); anything else (``/dev/zero``,
a link to it, a named pipe, a process substitution ``<(...)``, a file in ``/proc``
that claims to be empty, git's output) is read in chunks and refused as soon as
more than the limit has arrived, so memory stays bounded whatever the source.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import IO

#: Size of one read from a stream whose length is not known in advance.
CHUNK = 1 << 16


class TooLarge(Exception):
    """More than ``limit`` bytes: ``size`` is the file's size, or None when read as a stream."""

    def __init__(self, size: int | None, limit: int) -> None:
        super().__init__(f"larger than {limit} bytes")
        self.size = size
        self.limit = limit

    @property
    def key(self) -> str:
        """The EK001 message for the finding (with :attr:`details`)."""
        return "EK001.too_large" if self.size is not None else "EK001.too_large.read"

    @property
    def details(self) -> dict[str, int]:
        """Sizes in MiB, as the message shows them."""
        limit = self.limit // 2**20
        if self.size is None:
            return {"limit": limit}
        return {"size": round(self.size / 2**20), "limit": limit}


def read_limited(path: Path | str, limit: int) -> bytes:
    """The bytes of ``path``, at most ``limit`` of them, else :class:`TooLarge`.

    A regular file's size is checked before anything is read; for anything else
    the bound holds on the bytes that arrive. Opening a named pipe waits until
    something writes to it, as for any program reading one. ``OSError`` passes.
    """
    with open(path, "rb") as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode):
            return read_stream_limited(stream, limit)
        if info.st_size > limit:
            raise TooLarge(info.st_size, limit)
        # One byte more than the size tells a file that grew, or a /proc file that
        # says it is empty, from one that is complete.
        data = stream.read(info.st_size + 1)
        if len(data) <= info.st_size:
            return data
        return read_stream_limited(stream, limit, data)


def read_stream_limited(stream: IO[bytes], limit: int, start: bytes = b"") -> bytes:
    """Read ``stream`` to its end, but never more than ``limit`` bytes in all."""
    chunks = [start]
    total = len(start)
    while total <= limit:
        chunk = stream.read(min(CHUNK, limit + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
    raise TooLarge(None, limit)
