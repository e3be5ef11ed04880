"""Hostile input and a hostile system around the run: nothing may hurt the user (issue 14).

The corpus, one section per kind of harm, each case as a plan, a file, a repository
or a situation a user could meet:

- output targets: device nodes, FIFOs, ``/dev/stdout``, links, modes, a full disk,
  a folder where no temporary file can be made (``-o /proc/x.md``);
- plan text that would drive a terminal or a CI log: ESC sequences, BEL, CR, C1,
  bidi controls, GitHub workflow commands and ``##[...]`` log commands, also in
  a file name, in every output for people, on a pipe and on a terminal;
- ``init`` on a full disk;
- a repository whose ``.git/config`` runs commands;
- reads without end: ``/dev/zero``, a link to it, a 2 GiB sparse file, a big blob;
- standard output on a full device and a reader that goes away;
- plans that made "did you mean" quadratic;
- SIGTERM and Ctrl-C while workers run or wait on a FIFO; ``--jobs 99999999``;
- FIFOs named on the command line.

Cases that involve signals, devices, permissions, the terminal or git run the real
command in a subprocess (with memory and file-size limits where the old behaviour
would have exhausted the machine); the others run in-process. What each case
gives is documented in docs/robustness.md.
"""

from __future__ import annotations

import contextlib
import difflib
import errno
import json
import os
import re
import shutil
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from effektkedja.engine import MAX_FILE_BYTES, CheckOptions, check_bytes, check_file
from effektkedja.output import destination
from effektkedja.reading import TooLarge, read_limited
from tests.cli import ctrl_c_as_at_a_terminal
from tests.conftest import CLEAN_PLAN, TODAY

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kommun-hemtjanst.yaml"
TIMEOUT = 60  # generous: a hang fails the test, a slow machine does not
LINUX = sys.platform.startswith("linux")
needs_linux = pytest.mark.skipif(not LINUX, reason="uses /proc, /dev/full or Linux signals")
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


# --------------------------------------------------------------------------- helpers


def environment(**extra: str) -> dict[str, str]:
    # PYTHONUNBUFFERED: a user's run is buffered (unbuffered, Python drops what a pipe
    # whose reader went away did not take, without an error).
    dropped = ("FORCE_COLOR", "COLUMNS", "PYTHONUNBUFFERED")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update({"NO_COLOR": "1", "PYTHONUTF8": "1"}, **extra)
    return env


def limited(memory: int | None = 2 * 2**30, file_size: int | None = None) -> Callable[[], None]:
    """A preexec function: cap the address space (a runaway read fails fast instead of
    exhausting the machine) and optionally the size of files written (a full disk)."""

    def limit() -> None:
        import resource

        if memory is not None:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        if file_size is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of a kill
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))

    return limit


def run(
    *args: str | Path,
    cwd: Path,
    stdout: Any = subprocess.PIPE,
    preexec: Callable[[], None] | None = None,
    env: dict[str, str] | None = None,
    timeout: float = TIMEOUT,
) -> subprocess.CompletedProcess[str]:
    """``python -m effektkedja ARGS``; never a traceback, whatever happens."""
    done = subprocess.run(
        [sys.executable, "-m", "effektkedja", *map(str, args)],
        cwd=cwd,
        env=env or environment(),
        stdout=stdout,
        stderr=subprocess.PIPE,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        preexec_fn=preexec,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert "Exception ignored" not in done.stderr, done.stderr[-3000:]
    if isinstance(done.stdout, str):
        assert "Traceback" not in done.stdout, done.stdout[-3000:]
    return done


def start(*args: str | Path, cwd: Path, stdout: Any = subprocess.PIPE) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "effektkedja", *map(str, args)],
        cwd=cwd,
        env=environment(),
        stdout=stdout,
        stderr=subprocess.PIPE,
        start_new_session=True,  # a group of its own: a hang is cleaned up with its workers
        preexec_fn=ctrl_c_as_at_a_terminal,
    )


def finish(process: subprocess.Popen[bytes]) -> tuple[int, str, str]:
    try:
        out, err = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        # Workers left behind hold the pipes open: stop the whole group.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise
    return process.returncode, (out or b"").decode(errors="replace"), err.decode(errors="replace")


def children(pid: int) -> list[int]:
    """The process's child processes (Linux)."""
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def running(pid: int) -> bool:
    """True while ``pid`` is a live process (a zombie or a reaped one is not)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


def gone(pids: list[int], within: float = 10.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not any(running(pid) for pid in pids):
            return True
        time.sleep(0.05)
    return False


def wait_for_reader(fifo: Path, process: subprocess.Popen[bytes], within: float = 30) -> int:
    """Wait until ``process`` (or its worker) has opened ``fifo`` to read; return our write end.

    Opening a FIFO to write without blocking fails with ENXIO while nobody reads it.
    Holding the write end open without writing leaves the reader waiting in read():
    the run is then certainly in the middle of its work.
    """
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        assert process.poll() is None, "the command ended before it read the FIFO"
        try:
            return os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as exc:
            if exc.errno != errno.ENXIO:
                raise
        time.sleep(0.02)
    raise AssertionError("the command never opened the FIFO")


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    return write(tmp_path, "plan.yaml", CLEAN_PLAN)


@pytest.fixture(scope="module")
def many_plans(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of 200 plans: enough for worker processes."""
    root = tmp_path_factory.mktemp("manga") / "planer"
    root.mkdir()
    text = EXAMPLE.read_bytes()
    for number in range(200):
        (root / f"plan-{number:03}.yaml").write_bytes(text)
    return root


# --------------------------------------------------------------------------- 1, 2, 10: -o


def report_to(target: str | Path, plan: Path, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return run("report", plan, "-o", target, "--today", "2026-11-23", cwd=plan.parent, **kwargs)


@pytest.fixture
def terminal() -> Iterator[tuple[int, Path]]:
    """A pseudo-terminal: its device (a character device of our own, so a mistake can
    never replace /dev/null for the whole machine) and the end that reads what it gets."""
    pty = pytest.importorskip("pty")
    primary, secondary = pty.openpty()
    device = Path(os.ttyname(secondary))
    try:
        yield primary, device
    finally:
        os.close(primary)
        os.close(secondary)


def received(primary: int) -> str:
    """What has arrived at the terminal so far."""
    chunks = []
    os.set_blocking(primary, False)
    with contextlib.suppress(BlockingIOError):
        while chunk := os.read(primary, 65536):
            chunks.append(chunk)
    return b"".join(chunks).decode("utf-8", "replace")


@needs_linux
@pytest.mark.parametrize("through_a_link", [False, True], ids=["device", "link"])
def test_o_onto_a_character_device_writes_through_and_keeps_the_device(
    tmp_path: Path, plan: Path, terminal: tuple[int, Path], through_a_link: bool
) -> None:
    primary, device = terminal
    target = device
    if through_a_link:
        target = tmp_path / "ut.md"
        target.symlink_to(device)
    done = report_to(target, plan)
    assert done.returncode == 0, done.stderr
    assert stat.S_ISCHR(device.stat().st_mode)
    assert not through_a_link or os.readlink(target) == str(device)
    assert received(primary).startswith("# Åkerö kommun")
    assert listing(tmp_path) == sorted(["plan.yaml", *(["ut.md"] if through_a_link else [])])


@needs_linux
def test_o_onto_the_null_device_node_keeps_it(tmp_path: Path, plan: Path) -> None:
    node = tmp_path / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a null device of our own
    except OSError:
        pytest.skip("creating device nodes needs root")
    done = report_to(node, plan)
    assert done.returncode == 0, done.stderr
    assert stat.S_ISCHR(node.lstat().st_mode)
    assert listing(tmp_path) == ["null", "plan.yaml"]


@needs_fifo
def test_o_onto_a_fifo_writes_into_it(tmp_path: Path, plan: Path) -> None:
    fifo = tmp_path / "ut.md"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader is there before we write
    try:
        done = report_to(fifo, plan)
        received = os.read(reader, 1 << 20)
    finally:
        os.close(reader)
    assert done.returncode == 0, done.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert received.decode("utf-8").startswith("# Åkerö kommun")


@needs_linux
@pytest.mark.parametrize("target", ["/dev/fd/1", "link-to-dev-stdout"])
def test_o_dev_stdout_writes_to_standard_output(tmp_path: Path, plan: Path, target: str) -> None:
    if target.startswith("link"):
        (tmp_path / target).symlink_to("/dev/stdout")
    done = report_to(target, plan)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("# Åkerö kommun")
    assert listing(tmp_path) == sorted(["plan.yaml", *([target] if "link" in target else [])])


@needs_linux
def test_o_dev_stdout_appends_to_a_log_opened_with_double_arrow(tmp_path: Path, plan: Path) -> None:
    # Through a link of our own to /dev/stdout: were /dev/stdout ever replaced, only
    # the link would be, not the machine's /dev/stdout.
    (tmp_path / "ut").symlink_to("/dev/stdout")
    log = write(tmp_path, "logg.txt", "tidigare rader\n")
    with log.open("a") as stream:
        done = report_to(tmp_path / "ut", plan, stdout=stream)
    assert done.returncode == 0, done.stderr
    text = log.read_text(encoding="utf-8")
    assert text.startswith("tidigare rader\n# Åkerö kommun")


def test_o_keeps_the_mode_of_an_existing_file(tmp_path: Path, plan: Path) -> None:
    target = write(tmp_path, "rapport.md", "gammal\n")
    target.chmod(0o640)
    done = report_to(target, plan)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_text(encoding="utf-8").startswith("# Åkerö kommun")


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_o_gives_a_new_file_the_mode_the_umask_says(
    tmp_path: Path, plan: Path, umask: int, mode: int
) -> None:
    target = tmp_path / "rapport.md"
    done = report_to(target, plan, preexec=lambda: os.umask(umask) and None)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(target.stat().st_mode) == mode


def test_o_through_a_symlink_replaces_the_target_and_keeps_the_link(
    tmp_path: Path, plan: Path
) -> None:
    elsewhere = tmp_path / "rapporter"
    real = write(elsewhere, "årsrapport.md", "gammal\n")
    real.chmod(0o664)
    link = tmp_path / "senaste.md"
    link.symlink_to(Path("rapporter") / "årsrapport.md")
    done = report_to(link, plan)
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and os.readlink(link) == str(Path("rapporter") / "årsrapport.md")
    assert real.read_text(encoding="utf-8").startswith("# Åkerö kommun")
    assert stat.S_IMODE(real.stat().st_mode) == 0o664
    assert listing(elsewhere) == ["årsrapport.md"]  # the temporary file was made beside it


def test_o_through_a_dangling_symlink_creates_its_target(tmp_path: Path, plan: Path) -> None:
    link = tmp_path / "senaste.md"
    link.symlink_to("ny.md")
    done = report_to(link, plan)
    assert done.returncode == 0, done.stderr
    assert link.is_symlink()
    assert (tmp_path / "ny.md").read_text(encoding="utf-8").startswith("# Åkerö kommun")


def test_o_never_writes_over_a_plan_through_a_symlink(tmp_path: Path, plan: Path) -> None:
    link = tmp_path / "rapport.md"
    link.symlink_to("plan.yaml")
    done = report_to(link, plan)
    assert done.returncode == 2
    assert plan.read_text(encoding="utf-8") == CLEAN_PLAN


def test_o_onto_a_socket_is_refused(tmp_path: Path, plan: Path) -> None:
    path = tmp_path / "s.md"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        done = report_to(path, plan)
    finally:
        server.close()
    assert done.returncode == 2
    assert "blockenhet eller en socket" in done.stderr
    assert stat.S_ISSOCK(path.lstat().st_mode)


@needs_linux
def test_o_where_no_temporary_file_can_be_made_is_exit_2(tmp_path: Path, plan: Path) -> None:
    done = report_to("/proc/rapport.md", plan)
    assert done.returncode == 2
    assert done.stderr.startswith("effektkedja: fel: kunde inte skriva /proc/rapport.md:")
    assert len(done.stderr.strip().splitlines()) == 1


@needs_linux
def test_o_on_a_full_disk_leaves_the_old_report_and_no_temporary_file(
    tmp_path: Path, plan: Path
) -> None:
    target = write(tmp_path, "rapport.md", "förra årets rapport\n")
    done = report_to(target, plan, preexec=limited(file_size=1000))
    assert done.returncode == 2
    assert "kunde inte skriva" in done.stderr
    assert target.read_text(encoding="utf-8") == "förra årets rapport\n"
    assert listing(tmp_path) == ["plan.yaml", "rapport.md"]


def test_destination_says_what_to_replace_and_what_to_write_through(tmp_path: Path) -> None:
    regular = write(tmp_path, "a.md", "")
    (tmp_path / "l.md").symlink_to("a.md")
    assert destination(regular) == (regular, False)
    assert destination(tmp_path / "l.md") == (regular, False)
    assert destination(tmp_path / "ny.md") == (tmp_path / "ny.md", False)
    if LINUX:
        assert destination(Path("/dev/null")) == (Path("/dev/null"), True)
        assert destination(Path("/dev/stdout"))[1] is True


# --------------------------------------------------------------------------- 3, 4: plan text

# Every kind of text that acts instead of being read; each must show up visibly escaped.
ACTING = {
    "clear-screen": "\x1b[2J\x1b[H",
    "window-title": "\x1b]0;Allt är godkänt\x07",
    "osc8-link": "\x1b]8;;https://example.invalid\x1b\\klicka\x1b]8;;\x1b\\",
    "bell": "\x07",
    "carriage-return": "tjugo\rALLT OK",
    "c1-csi": "\x9b31m",
    "rlo": "\u202eevil",
    "bidi-embeddings": "\u202a\u202b\u202c\u202d",
    "bidi-isolates": "\u2066\u2067\u2068\u2069",
    "workflow-command": "\n::error file=plan.yaml,line=1::injicerad",
    "workflow-command-indented": "\n   ::add-mask::hemligt",
    "workflow-command-first": "::warning::först",
    "legacy-log-command": "text ##[error]gammalt kommando",
    "azure-log-command": "text ##vso[task.complete result=Failed]",
    "nel-line-break": "\x85::error::efter NEL",
    "unicode-line-separator": "\u2028::error::efter LS",
}
HOSTILE = "Åkerö " + "".join(ACTING.values())

BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
SGR = re.compile(r"\x1b\[[0-9;]*m")
LOG_COMMAND = re.compile(r"##[A-Za-z]*\[")


def quoted(text: str) -> str:
    """``text`` as a YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(text, ensure_ascii=True)


def hostile_plan() -> str:
    """The clean plan with hostile text in the organisation, a name, an indicator and a reason."""
    text = CLEAN_PLAN.replace("organisation: Åkerö kommun", f"organisation: {quoted(HOSTILE)}")
    text = text.replace("namn: Kartläggning av hemtjänsttimmar per kön", f"namn: {quoted(HOSTILE)}")
    text = text.replace("- namn: Timmar per brukare och månad", f"- namn: {quoted(HOSTILE)}")
    # No ansvarig in the first initiative: EK301, accepted with a hostile reason (shown by -v).
    return text.replace(
        "    nivå: aktivitet\n    ansvarig: Socialförvaltningen\n",
        "    nivå: aktivitet\n"
        f"    undantag:\n      - regel: EK301\n        motivering: {quoted(HOSTILE)}\n",
    )


def broken_plan() -> str:
    """Hostile text where it ends up in finding messages: an unknown key and a bad id."""
    return (
        f"organisation: {quoted('::error::först ' + HOSTILE)}\n"
        "insatser:\n"
        "  - id: a\n"
        "    namn: b\n"
        f"    leder_till: [{quoted(HOSTILE)}]\n"
        f"    {quoted(HOSTILE)}: 1\n"
    )


def assert_safe_for_people(output: str, tty: bool = False) -> None:
    """Nothing in ``output`` acts on a terminal or a CI log, and the hostile text shows."""
    if tty:
        output = SGR.sub("", output.replace("\r\n", "\n"))  # our own colours, the tty's CRLF
    assert not CONTROL.search(output), repr(CONTROL.search(output))
    assert not BIDI.search(output)
    for line in output.splitlines():
        assert not line.lstrip(" \t").startswith("::"), line
    assert not LOG_COMMAND.search(output), LOG_COMMAND.search(output)
    # Shown, not dropped: <U+001B> (Markdown: \\<U+001B\\>, Mermaid: #lt;U+001B#gt;).
    assert "U+001B" in output and "U+202E" in output


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    write(tmp_path, "ren.yaml", CLEAN_PLAN)
    write(tmp_path, "trasig.yaml", broken_plan())
    return write(tmp_path, "plan.yaml", hostile_plan())


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["check", "plan.yaml", "trasig.yaml"], id="check"),
        pytest.param(["check", "-v", "plan.yaml", "trasig.yaml"], id="check-verbose"),
        pytest.param(["diff", "ren.yaml", "plan.yaml"], id="diff-text"),
        pytest.param(["diff", "ren.yaml", "trasig.yaml"], id="diff-text-broken"),
        pytest.param(["diff", "ren.yaml", "plan.yaml", "-f", "markdown"], id="diff-markdown"),
        pytest.param(["report", "plan.yaml"], id="report-markdown"),
    ],
)
def test_plan_text_cannot_drive_the_terminal_or_the_ci_log(hostile: Path, args: list[str]) -> None:
    done = run(*args, "--today", "2026-11-23", cwd=hostile.parent)
    assert done.returncode in (0, 1), done.stderr
    assert_safe_for_people(done.stdout)


def test_every_kind_of_acting_text_is_escaped_in_check(hostile: Path) -> None:
    out = run("check", "-v", "plan.yaml", "--today", "2026-11-23", cwd=hostile.parent).stdout
    for kind, shown in [
        ("clear-screen", "<U+001B>[2J"),
        ("window-title", "<U+001B>]0;Allt är godkänt<U+0007>"),
        ("carriage-return", "tjugo ALLT OK"),  # a line break: one line, both parts shown
        ("c1-csi", "<U+009B>31m"),
        ("rlo", "<U+202E>evil"),
        ("bidi-isolates", "<U+2066><U+2067><U+2068><U+2069>"),
        ("workflow-command", " ::error file=plan.yaml"),  # on the same line, after a space
        ("legacy-log-command", "<U+0023>#[error]"),
        ("azure-log-command", "<U+0023>#vso["),
    ]:
        assert shown in out, (kind, out)


def test_a_hostile_file_name_found_in_a_folder_is_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "planer"
    write(folder, "::error file=x::namn\x1b]0;titel\x07\u202e.yaml", "organisation: [\n")
    done = run("check", ".", cwd=folder)
    assert done.returncode == 1
    assert_safe_for_people(done.stdout)
    assert "<U+003A>:error file=x::namn<U+001B>]0;titel<U+0007><U+202E>.yaml" in done.stdout


def test_on_a_terminal_only_our_own_colours_reach_it(hostile: Path) -> None:
    pty = pytest.importorskip("pty")
    primary, secondary = pty.openpty()
    env = environment(TERM="xterm-256color", COLUMNS="200")
    env.pop("NO_COLOR")
    process = subprocess.Popen(
        [sys.executable, "-m", "effektkedja", "check", "-v", "plan.yaml", "trasig.yaml"],
        cwd=hostile.parent,
        env=env,
        stdin=secondary,
        stdout=secondary,
        stderr=secondary,
    )
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # EIO: the terminal's other end closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(primary)
    process.wait(timeout=TIMEOUT)
    output = b"".join(chunks).decode("utf-8", "replace")
    assert SGR.search(output), "expected colours on a terminal"
    assert "Traceback" not in output
    assert_safe_for_people(output, tty=True)


def test_json_keeps_the_exact_text_and_is_safe_to_print(hostile: Path) -> None:
    done = run("check", "-f", "json", "plan.yaml", cwd=hostile.parent)
    assert not BIDI.search(done.stdout) and not CONTROL.search(done.stdout)
    assert not LOG_COMMAND.search(done.stdout)
    document = json.loads(done.stdout)
    assert document["plans"][0]["organisation"] == HOSTILE
    names = [item["name"] for item in document["plans"][0]["initiatives"]]
    assert HOSTILE in names


def test_diff_json_keeps_the_exact_text(hostile: Path) -> None:
    done = run("diff", "ren.yaml", "plan.yaml", "-f", "json", cwd=hostile.parent)
    assert not BIDI.search(done.stdout) and not LOG_COMMAND.search(done.stdout)
    assert json.loads(done.stdout)["new"]["organisation"] == HOSTILE


def test_the_mermaid_chart_shows_bidi_controls_escaped(hostile: Path) -> None:
    report = run("report", "plan.yaml", cwd=hostile.parent).stdout
    chart = report[report.index("```mermaid") :]
    chart = chart[: chart.index("```", 3)]
    assert not BIDI.search(chart) and not CONTROL.search(chart)
    assert "#lt;U+001B#gt;" in chart  # <U+001B> in Mermaid's entity codes


# --------------------------------------------------------------------------- 5: init


@needs_linux
def test_init_on_a_full_disk_leaves_nothing_and_can_be_run_again(tmp_path: Path) -> None:
    done = run("init", "plan.yaml", cwd=tmp_path, preexec=limited(file_size=1000))
    assert done.returncode == 2
    assert done.stderr.startswith("effektkedja: fel: kunde inte skriva plan.yaml: ")
    assert listing(tmp_path) == []  # neither a truncated plan nor a temporary file
    again = run("init", "plan.yaml", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert listing(tmp_path) == ["plan.yaml"]
    assert check_file(tmp_path / "plan.yaml", CheckOptions(today=TODAY)).readable


def test_init_never_replaces_a_file_or_a_link(tmp_path: Path) -> None:
    write(tmp_path, "mål.txt", "viktigt\n")
    (tmp_path / "plan.yaml").symlink_to("mål.txt")
    done = run("init", "plan.yaml", cwd=tmp_path)
    assert done.returncode == 2
    assert "finns redan" in done.stderr
    assert (tmp_path / "mål.txt").read_text(encoding="utf-8") == "viktigt\n"
    assert listing(tmp_path) == ["mål.txt", "plan.yaml"]


# --------------------------------------------------------------------------- 6: hostile git


def git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=T", "-c", "user.email=t@example.invalid", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        env={**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull},
    )


@pytest.fixture
def marker(tmp_path: Path) -> tuple[Path, Path]:
    """A program that leaves a marker file when anything runs it."""
    flag = tmp_path / "KÖRDES"
    program = write(tmp_path, "ond.sh", f"#!/bin/sh\ntouch '{flag}'\n")
    program.chmod(0o755)
    return program, flag


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q")
    write(root, "plan.yaml", CLEAN_PLAN)
    git(root, "add", "plan.yaml")
    git(root, "commit", "-q", "-m", "plan")
    return root


@needs_git
@pytest.mark.parametrize("old", [":plan.yaml", "HEAD:plan.yaml"])
def test_diff_from_a_repository_with_an_fsmonitor_hook_runs_nothing(
    repository: Path, marker: tuple[Path, Path], old: str
) -> None:
    program, flag = marker
    hooks = program.parent / "krokar"
    hooks.mkdir()
    for hook in ("post-index-change", "reference-transaction", "pre-auto-gc"):
        shutil.copy(program, hooks / hook)
    git(repository, "config", "core.fsmonitor", str(program))
    git(repository, "config", "core.hooksPath", str(hooks))
    done = run("diff", old, "plan.yaml", cwd=repository)
    assert done.returncode == 0, done.stderr
    assert not flag.exists()


@needs_git
def test_diff_from_a_partial_clone_never_fetches_with_the_repositorys_command(
    repository: Path, marker: tuple[Path, Path]
) -> None:
    # A missing blob in a partial clone is fetched on demand, through a transport the
    # repository chooses; ext:: runs a command, and the repository allows it.
    program, flag = marker
    blob = subprocess.run(
        ["git", "rev-parse", "HEAD:plan.yaml"], cwd=repository, capture_output=True, text=True
    ).stdout.strip()
    (repository / ".git" / "objects" / blob[:2] / blob[2:]).unlink()
    for key, value in [
        ("core.repositoryformatversion", "1"),
        ("extensions.partialClone", "origin"),
        ("remote.origin.promisor", "true"),
        ("remote.origin.url", f"ext::{program}"),
        ("protocol.ext.allow", "always"),
        ("protocol.allow", "always"),
    ]:
        git(repository, "config", key, value)
    done = run("diff", "HEAD:plan.yaml", "plan.yaml", cwd=repository)
    assert done.returncode == 2  # the blob is not there, and may not be fetched
    assert not flag.exists()


@needs_git
def test_diff_of_a_blob_over_the_limit_is_refused_unread(repository: Path) -> None:
    write(repository, "stor.yaml", b"#" * (MAX_FILE_BYTES + 1))
    git(repository, "add", "stor.yaml")
    git(repository, "commit", "-q", "-m", "stor")
    done = run("diff", "HEAD:stor.yaml", "plan.yaml", cwd=repository, preexec=limited())
    assert done.returncode == 2
    assert "är större än gränsen på 20 MiB och läses inte" in done.stderr


# --------------------------------------------------------------------------- 7: reads


@needs_linux
@pytest.mark.parametrize("link", [False, True], ids=["named", "link"])
def test_check_dev_zero_is_ek001_not_an_endless_read(tmp_path: Path, link: bool) -> None:
    target: Path = Path("/dev/zero")
    if link:
        target = tmp_path / "plan.yaml"
        target.symlink_to("/dev/zero")
    done = run("check", target, cwd=tmp_path, preexec=limited())
    assert done.returncode == 1
    assert (
        f"{target}:1:1: EK001 filen är större än gränsen på 20 MiB och läses inte; dela upp planen"
    ) in done.stdout


@needs_linux
def test_diff_dev_zero_is_a_usage_error(tmp_path: Path, plan: Path) -> None:
    done = run("diff", "/dev/zero", "plan.yaml", cwd=tmp_path, preexec=limited())
    assert done.returncode == 2
    assert "/dev/zero är större än gränsen på 20 MiB och läses inte" in done.stderr


def test_diff_of_a_2_gib_sparse_file_is_refused_unread(tmp_path: Path, plan: Path) -> None:
    sparse = tmp_path / "gles.yaml"
    with sparse.open("wb") as stream:
        stream.truncate(2 * 2**30)
    done = run("diff", "gles.yaml", "plan.yaml", cwd=tmp_path, preexec=limited())
    assert done.returncode == 2
    assert "gles.yaml är större än gränsen på 20 MiB" in done.stderr


def test_read_limited_refuses_a_large_regular_file_by_its_size(tmp_path: Path) -> None:
    sparse = tmp_path / "gles.yaml"
    with sparse.open("wb") as stream:
        stream.truncate(100)
    with pytest.raises(TooLarge) as caught:
        read_limited(sparse, 99)
    assert caught.value.size == 100
    assert read_limited(sparse, 100) == b"\0" * 100


@needs_fifo
def test_read_limited_bounds_what_a_stream_delivers(tmp_path: Path) -> None:
    fifo = tmp_path / "rör.yaml"
    os.mkfifo(fifo)

    def feed() -> None:
        with contextlib.suppress(BrokenPipeError), fifo.open("wb") as stream:
            stream.write(b"x" * 10_000)

    feeder = threading.Thread(target=feed, daemon=True)  # never holds pytest up
    feeder.start()
    with pytest.raises(TooLarge) as caught:
        read_limited(fifo, 1000)
    feeder.join(timeout=TIMEOUT)
    assert caught.value.size is None  # a stream: its size was never known


@needs_linux
def test_read_limited_reads_a_proc_file_that_claims_to_be_empty() -> None:
    assert os.stat("/proc/self/status").st_size == 0
    assert b"Name:" in read_limited("/proc/self/status", 1 << 20)


# --------------------------------------------------------------------------- 9: stdout


@needs_linux
@pytest.mark.parametrize(
    "args",
    [
        ["check", "plan.yaml"],
        ["check", "plan.yaml", "-f", "json"],
        ["report", "plan.yaml"],
        ["report", "plan.yaml", "-f", "csv"],
        ["diff", "plan.yaml", "plan.yaml"],
        ["schema"],
        ["rules"],
        ["rules", "-f", "json"],
        ["explain", "EK001"],
    ],
    ids=" ".join,
)
def test_standard_output_on_a_full_device_is_one_line_and_exit_2(
    plan: Path, args: list[str]
) -> None:
    with open("/dev/full", "w") as full:
        done = run(*args, cwd=plan.parent, stdout=full)
    assert done.returncode == 2
    assert done.stderr == (
        "effektkedja: fel: kunde inte skriva till standard ut: "
        "det finns inget utrymme kvar på enheten\n"
    )


def test_the_systems_reason_is_told_in_english_with_lang_en(plan: Path) -> None:
    with open("/dev/full", "w") as full:
        done = run("check", "plan.yaml", "--lang", "en", cwd=plan.parent, stdout=full)
    assert done.returncode == 2
    assert done.stderr == (
        "effektkedja: error: could not write to standard output: no space left on the device\n"
    )


def test_a_reader_that_goes_away_ends_the_run_quietly(many_plans: Path) -> None:
    process = start("check", ".", "-f", "json", cwd=many_plans)
    assert process.stdout is not None
    process.stdout.read(10)
    process.stdout.close()
    process.wait(timeout=TIMEOUT)
    assert process.stderr is not None
    err = process.stderr.read().decode()
    assert process.returncode == 1
    assert "Traceback" not in err and "Exception" not in err


# --------------------------------------------------------------------------- 11: suggestions


class CountingAliases(Mapping[str, str]):
    """The loader's key aliases, counting how often a key is looked at."""

    def __init__(self, aliases: Mapping[str, str]) -> None:
        self.aliases = aliases
        self.looks = 0

    def __getitem__(self, key: str) -> str:
        return self.aliases[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.aliases)

    def __len__(self) -> int:
        return len(self.aliases)

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        self.looks += 1
        return self.aliases.get(key, default)


@pytest.fixture
def ratios(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts difflib's similarity computations (the work of "did you mean")."""
    count = [0]
    original = difflib.SequenceMatcher.quick_ratio

    def counted(self: difflib.SequenceMatcher[str]) -> float:
        count[0] += 1
        return original(self)

    monkeypatch.setattr(difflib.SequenceMatcher, "quick_ratio", counted)
    return count


def many_links(count: int, target: Callable[[int], str]) -> str:
    lines = ["organisation: X", "insatser:"]
    for number in range(count):
        lines += [
            f"  - id: insats-{number:05}",
            f"    namn: Insats {number}",
            f"    leder_till: [{target(number)}]",
        ]
    return "\n".join(lines) + "\n"


def test_two_thousand_missing_link_targets_take_linear_work(ratios: list[int]) -> None:
    text = many_links(2000, lambda n: f"mal-{n:05}-saknas")
    result = check_bytes(text.encode(), "plan.yaml", CheckOptions(today=TODAY))
    assert sum(f.rule == "EK005" for f in result.findings) == 2000
    assert ratios[0] <= 40 * 2000  # was one comparison per pair of ids: 4,000,000


def test_a_large_plan_still_gets_good_suggestions() -> None:
    text = many_links(2000, lambda n: f"insats-{(n + 1) % 2000:05}")
    text = text.replace("leder_till: [insats-01235]", "leder_till: [insats-01235x]")
    text = text.replace("leder_till: [insats-00011]", "leder_till: [insatz-00011]")
    result = check_bytes(text.encode(), "plan.yaml", CheckOptions(today=TODAY))
    suggested = {
        f.args["target"]: f.args["suggestion"] for f in result.findings if f.rule == "EK005"
    }
    assert suggested == {"insats-01235x": "insats-01235", "insatz-00011": "insats-00011"}


def test_many_unknown_keys_take_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    # 50,000 unknown keys once took minutes; the work per key is what is bounded,
    # so 5,000 show it (the old code needed 12,500,000 looks for them).
    import effektkedja.engine as engine

    aliases = CountingAliases(engine.KEY_ALIASES)
    monkeypatch.setattr(engine, "KEY_ALIASES", aliases)
    keys = 5_000
    text = "organisation: X\ninsatser:\n  - id: a\n    namn: b\n" + "".join(
        f"    okänd{number:05}: v\n" for number in range(keys)
    )
    result = check_bytes(text.encode(), "plan.yaml", CheckOptions(today=TODAY))
    unknown = [f for f in result.findings if f.message == "EK002.unknown_key"]
    assert len(unknown) == keys
    assert [f.line for f in unknown[:3]] == [5, 6, 7] and unknown[-1].line == keys + 4
    assert aliases.looks <= 10 * keys  # was one look per pair of keys


def test_suggestions_stop_after_a_thousand_per_file() -> None:
    text = "organisation: X\ninsatser:\n  - id: a\n    namn: b\n" + "".join(
        f"    ansvarig{number:04}: v\n" for number in range(1500)
    )
    result = check_bytes(text.encode(), "plan.yaml", CheckOptions(today=TODAY))
    suggestions = [f.args.get("suggestion") for f in result.findings if f.rule == "EK002"]
    assert suggestions[:1000] == ["ansvarig"] * 1000
    assert set(suggestions[1000:]) == {None}
    # The next file has a budget of its own.
    other = text.replace("ansvarig", "ansvarig-")
    again = check_bytes(other.encode(), "plan.yaml", CheckOptions(today=TODAY))
    assert again.findings[0].args.get("suggestion") == "ansvarig"


# --------------------------------------------------------------------------- 13, 14: workers


def several_cores() -> bool:
    from effektkedja.workers import cores

    return cores() > 1


@needs_linux
@needs_fifo
@pytest.mark.skipif(not several_cores(), reason="one core: no worker processes")
@pytest.mark.parametrize(
    ("command", "stop", "code", "said"),
    [
        ("check", signal.SIGTERM, 143, "effektkedja: avbrutet av signalen SIGTERM"),
        ("report", signal.SIGTERM, 143, "effektkedja: avbrutet av signalen SIGTERM"),
        ("report", signal.SIGINT, 130, "effektkedja: avbrutet"),
    ],
)
def test_stopping_a_run_stops_every_worker_and_leaves_no_file(
    many_plans: Path,
    tmp_path: Path,
    command: str,
    stop: signal.Signals,
    code: int,
    said: str,
) -> None:
    # The last "plan" is a FIFO nobody writes: a worker waits on it, so the signal
    # always lands in the middle of the run (never during start-up or shutdown).
    fifo = tmp_path / "väntar.yaml"
    os.mkfifo(fifo)
    out = tmp_path / "ut"
    out.mkdir()
    extra = [] if command == "check" else ["-o", out / "rapport.md"]
    process = start(command, ".", fifo, "-j", "4", *extra, cwd=many_plans)
    writer = wait_for_reader(fifo, process)
    try:
        workers = children(process.pid)
        assert workers, "expected worker processes"
        process.send_signal(stop)
        returncode, _, err = finish(process)
    finally:
        os.close(writer)
    assert returncode == code, err
    assert said in err
    assert "Traceback" not in err
    assert gone(workers), "worker processes were left behind"
    assert listing(out) == []  # no report, no temporary file


def test_jobs_are_capped_at_the_cores_and_the_files(tmp_path: Path) -> None:
    from effektkedja.workers import cores, worker_count

    plans = [tmp_path / f"plan-{number}.yaml" for number in range(300)]
    assert worker_count(99_999_999, plans) == min(cores(), 300)
    assert worker_count(99_999_999, plans[:1]) == 1


def test_automatic_jobs_fan_out_only_with_plans_enough_and_idle_cores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--jobs`` auto: one process for a small run or a busy machine, else the idle cores."""
    from effektkedja import workers

    monkeypatch.setattr(workers, "cores", lambda: 4)
    small = []
    for number in range(300):  # many files, little text: one process is faster
        small.append(tmp_path / f"small-{number}.yaml")
        small[-1].write_text("organisation: x\n", encoding="utf-8")
    large = []
    for number in range(8):
        large.append(tmp_path / f"large-{number}.yaml")
        with large[-1].open("wb") as file:
            file.truncate(workers.BYTES_PER_WORKER)  # sparse: size without the disk
    monkeypatch.setattr(workers, "idle_cores", lambda: 4)
    assert workers.worker_count(None, small) == 1
    assert workers.worker_count(None, large) == 4
    assert workers.worker_count(None, large[:2]) == 2  # two workers' worth of text
    monkeypatch.setattr(workers, "idle_cores", lambda: 1)
    assert workers.worker_count(None, large) == 1  # the other cores are busy
    assert workers.worker_count(3, large) == 3  # asked for: as many as asked


def test_idle_cores_are_at_least_one_and_at_most_the_cores() -> None:
    from effektkedja.workers import cores, idle_cores

    assert 1 <= idle_cores() <= cores()


@needs_linux
def test_a_huge_jobs_number_starts_no_more_workers_than_cores(many_plans: Path) -> None:
    from effektkedja.workers import cores

    process = start("check", ".", "-j", "99999999", cwd=many_plans, stdout=subprocess.DEVNULL)
    most = 0
    while process.poll() is None:
        most = max(most, len(children(process.pid)))
        time.sleep(0.01)
    finish(process)
    assert most <= cores()


# --------------------------------------------------------------------------- 15: FIFOs


@needs_fifo
def test_a_fifo_named_directly_is_read(tmp_path: Path) -> None:
    fifo = tmp_path / "rör.yaml"
    os.mkfifo(fifo)

    def feed() -> None:
        with fifo.open("w", encoding="utf-8") as stream:
            stream.write(CLEAN_PLAN)

    feeder = threading.Thread(target=feed, daemon=True)  # never holds pytest up
    feeder.start()
    done = run("check", fifo, "--today", "2026-11-23", cwd=tmp_path)
    feeder.join(timeout=TIMEOUT)
    assert done.returncode == 0, done.stdout
    assert "0 fel, 0 varningar, 0 upplysningar" in done.stdout


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_process_substitution_works(plan: Path) -> None:
    done = subprocess.run(
        ["bash", "-c", f'"{sys.executable}" -m effektkedja check <(cat plan.yaml)'],
        cwd=plan.parent,
        env=environment(),
        capture_output=True,
        encoding="utf-8",
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "0 fel" in done.stdout


@needs_linux
@needs_fifo
def test_a_fifo_nobody_writes_waits_and_sigterm_ends_it(tmp_path: Path) -> None:
    fifo = tmp_path / "tyst.yaml"
    os.mkfifo(fifo)
    process = start("check", fifo, cwd=tmp_path)
    writer = wait_for_reader(fifo, process)
    try:
        time.sleep(0.2)
        assert process.poll() is None  # it waits, as any reader of a FIFO does
        process.send_signal(signal.SIGTERM)
        code, _, err = finish(process)
    finally:
        os.close(writer)
    assert code == 143
    assert err == "effektkedja: avbrutet av signalen SIGTERM\n"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_help_says_how_fifos_are_read(tmp_path: Path, lang: str) -> None:
    done = run("check", "--help", "--lang", lang, cwd=tmp_path, env=environment(COLUMNS="400"))
    assert "<(cat plan.yaml)" in done.stdout
    assert "FIFO" in done.stdout
