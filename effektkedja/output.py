"""Writing output files safely: atomically, never over a plan, never over a device.

What ``-o FILE`` does depends on what ``FILE`` is (see docs/robustness.md):

- nothing yet: a new file appears whole or not at all. The text goes to a
  temporary file in the same folder, is flushed to disk and then renamed to
  ``FILE`` in one step. It gets the mode new files get (0666 less the umask,
  usually 0644).
- a regular file: replaced the same way, atomically; it keeps its mode (and,
  where the system allows, its owner and group).
- a symbolic link: written through to the file it points to, which is replaced
  atomically in its own folder (what editors do); the link stays a link. A link
  to nothing creates the file it points to.
- a character device (``/dev/null``, a terminal), a named pipe (FIFO) or a path
  into ``/proc`` or ``/dev/fd`` (``/dev/stdout``): written to as it is, never
  replaced. Writing to a FIFO waits until something reads it.
- a folder, a block device or a socket: refused.

A target that is one of the inputs is refused, however it is spelled, so no
command can ever overwrite a plan. :func:`write_new` (for ``init``) creates a
file only where nothing exists, also atomically.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from effektkedja.messages import Message, os_reason

#: More symbolic links than this in a row is a loop (the limit of Linux).
MAX_LINKS = 40


class OutputError(Exception):
    """The output file cannot or must not be written; ``key`` names the message."""

    def __init__(self, key: str, path: str, detail: str | Message = "") -> None:
        super().__init__(f"{key}: {path} {detail}".strip())
        self.key = key
        self.path = path
        self.detail = detail


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def check_target(target: Path, inputs: Iterable[Path]) -> None:
    """Refuse a target that is (or links to) one of the input files, or a folder."""
    resolved = target.resolve()
    for source in inputs:
        if resolved == source.resolve() or _same_file(target, source):
            raise OutputError("err.output_is_input", str(target))
    if target.is_dir():
        raise OutputError("err.output_is_folder", str(target))


def _is_pass_through_folder(folder: str) -> bool:
    """Folders whose entries stand for open files of a process (``/proc/self/fd``)."""
    return any(folder == root or folder.startswith(root + "/") for root in ("/proc", "/dev/fd"))


def destination(target: Path) -> tuple[Path, bool]:
    """The file that writing ``target`` means, and whether to write through to it.

    Follows symbolic links one at a time (so that ``/dev/stdout`` is seen to lead
    into ``/proc``). Returns ``(path, False)`` for a regular file or a file yet to
    be created, to be replaced atomically, and ``(path, True)`` for a character
    device, a FIFO or an entry of ``/proc`` or ``/dev/fd``, to be written as it is.
    Raises :class:`OutputError` for a folder, a block device, a socket or a loop.
    """
    shown = str(target)
    path = os.path.abspath(target)
    for _ in range(MAX_LINKS):
        folder = os.path.realpath(os.path.dirname(path))
        if _is_pass_through_folder(folder):
            return Path(path), True
        path = os.path.join(folder, os.path.basename(path))
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            return Path(path), False
        except OSError as exc:
            raise OutputError("err.output_failed", shown, os_reason(exc)) from None
        mode = info.st_mode
        if stat.S_ISLNK(mode):
            path = os.path.join(folder, os.readlink(path))
        elif stat.S_ISREG(mode):
            return Path(path), False
        elif stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
            return Path(path), True
        elif stat.S_ISDIR(mode):
            raise OutputError("err.output_is_folder", shown)
        else:
            raise OutputError("err.output_special", shown)
    raise OutputError("err.output_failed", shown, Message("os.ELOOP"))


def _encoded(text: str | bytes) -> bytes:
    return text.encode("utf-8") if isinstance(text, str) else text


def write_atomic(target: Path, text: str | bytes, inputs: Iterable[Path] = ()) -> None:
    """Write ``text`` (UTF-8, or bytes as they are) to ``target``; see the module docstring.

    Refuses to write over an input; raises :class:`OutputError` for anything that
    cannot be written, leaving no temporary file behind.
    """
    check_target(target, inputs)
    path, through = destination(target)
    if through:
        _write_through(path, _encoded(text), str(target))
    else:
        _replace(path, _encoded(text), str(target))


def _write_through(path: Path, data: bytes, shown: str) -> None:
    """Write to a device, a FIFO or an open file of ``/proc``, never replacing it.

    ``O_APPEND``: behind ``/dev/stdout`` may be a log file opened with ``>>``.
    No ``O_CREAT``: if the entry has gone, nothing is created in its place.
    """
    flags = os.O_WRONLY | os.O_APPEND | getattr(os, "O_NOCTTY", 0)
    try:
        descriptor = os.open(path, flags)
        with open(descriptor, "wb") as stream:
            stream.write(data)
    except OSError as exc:
        raise OutputError("err.output_failed", shown, os_reason(exc)) from None


def new_file_mode() -> int:
    """The mode a new file gets here: 0666 less the umask (usually 0644)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _temporary(path: Path, shown: str, mode: int) -> tuple[int, str]:
    """A temporary file beside ``path`` with ``mode``; exit 2 material when impossible."""
    folder = path.parent
    if not folder.is_dir():
        raise OutputError("err.output_folder_missing", shown)
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError("err.output_failed", shown, os_reason(exc)) from None
    with contextlib.suppress(OSError):  # a file system without modes (vfat) keeps its own
        os.fchmod(descriptor, mode)
    return descriptor, temporary


def _fill(descriptor: int, data: bytes) -> None:
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())


def _discard(temporary: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(temporary)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every system allows it)."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _replace(path: Path, data: bytes, shown: str) -> None:
    """Replace (or create) the regular file ``path`` atomically, keeping its mode."""
    try:
        existing: os.stat_result | None = os.stat(path)
    except OSError:
        existing = None
    mode = (existing.st_mode & 0o777) if existing is not None else new_file_mode()
    descriptor, temporary = _temporary(path, shown, mode)
    try:
        if existing is not None:
            with contextlib.suppress(OSError):  # allowed for root, or a group of one's own
                os.fchown(descriptor, existing.st_uid, existing.st_gid)
        _fill(descriptor, data)
        os.replace(temporary, path)
    except BaseException as exc:
        # Interrupted or failed: leave no partial file behind, not even the temporary one.
        _discard(temporary)
        if isinstance(exc, OSError):
            raise OutputError("err.output_failed", shown, os_reason(exc)) from exc
        raise
    _sync_folder(path.parent)


def write_new(target: Path, text: str | bytes) -> None:
    """Create ``target`` with ``text``, atomically, only if nothing exists there.

    The text is written and flushed to a temporary file first and then linked to
    ``target`` in one step that fails if ``target`` exists, so a full disk or an
    interruption leaves nothing behind, and no existing file (nor a link) is ever
    replaced. Raises :class:`OutputError` (``err.init_exists`` when taken).
    """
    shown = str(target)
    if os.path.lexists(target):
        raise OutputError("err.init_exists", shown)
    path = Path(os.path.abspath(target))
    descriptor, temporary = _temporary(path, shown, new_file_mode())
    try:
        _fill(descriptor, _encoded(text))
        try:
            os.link(temporary, path)
        except FileExistsError:
            raise OutputError("err.init_exists", shown) from None
        except OSError:
            _create_exclusive(path, temporary, shown)  # no hard links on this file system
    except BaseException as exc:
        if isinstance(exc, OSError):
            raise OutputError("err.output_failed", shown, os_reason(exc)) from exc
        raise
    finally:
        _discard(temporary)
    _sync_folder(path.parent)


def _create_exclusive(path: Path, temporary: str, shown: str) -> None:
    """Where hard links are not possible: create ``path`` exclusively and copy into it.

    Not atomic, but a failure removes what was created, so nothing is left behind.
    """
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, new_file_mode())
    except FileExistsError:
        raise OutputError("err.init_exists", shown) from None
    try:
        _fill(descriptor, Path(temporary).read_bytes())
    except BaseException:
        _discard(str(path))
        raise
