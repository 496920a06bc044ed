"""Nothing Linux-only on the Windows path: the program's code is searched for Unix-only calls.

A line may use one only where it is guarded: the line or the few lines above it test the
platform (`os.name`, `sys.platform`, `platform.system()`, `IS_WINDOWS`...), or the line carries a
`# platform-guarded: <why>` comment saying where the guard is.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = ("caplegal_desktop", "ui", "workflows", "models", "main.py")
SKIPPED_PARTS = {"__pycache__", "versions"}  # migration scripts run SQL only

UNIX_ONLY = {
    "os.chmod without a guard": re.compile(r"\bos\.(l?chmod|chown|lchown)\("),
    "fcntl (no Windows module)": re.compile(r"^\s*(import fcntl|from fcntl )|\bfcntl\."),
    "pwd/grp/termios/resource modules": re.compile(
        r"^\s*(import|from) (pwd|grp|termios|tty|resource|posix)\b"
    ),
    "Unix process calls": re.compile(
        r"\bos\.(fork|getuid|geteuid|getgid|setsid|killpg|getpgid|setuid|symlink)\("
    ),
    "Unix-only signals": re.compile(r"\bsignal\.SIG(KILL|HUP|USR1|USR2|ALRM|CHLD|PIPE|QUIT)\b"),
    "/tmp instead of tempfile": re.compile(r"[\"']/tmp\b"),
    "xdg-open / open / lp instead of the default program": re.compile(
        r"[\"'](xdg-open|gnome-open|kde-open|lpr?|/usr/bin/open)[\"']"
    ),
    "a shell command": re.compile(r"shell\s*=\s*True|\bos\.(system|popen)\(|/bin/(ba)?sh\b"),
    "a hard-coded Unix path": re.compile(
        r"[\"']/(usr|etc|var|opt|home|dev|proc|sys|bin|sbin|lib|mnt|media|run|root)(/|[\"'])"
    ),
    "a home folder by hand instead of platformdirs": re.compile(
        r"expanduser\([\"']~/|[\"']~/\.|environ\[?\.?(get\()?[\"']HOME[\"']"
    ),
}
GUARD = re.compile(
    r"os\.name|sys\.platform|platform\.system\(|IS_WINDOWS|is_windows|needs_xcb|"
    r"# platform-guarded:"
)
GUARD_LINES_ABOVE = 4


def unix_only_uses(text: str) -> list[tuple[int, str, str]]:
    """(line number, what, line) of every unguarded Unix-only use in one file's text."""
    lines = text.splitlines()
    found = []
    for number, line in enumerate(lines, start=1):
        code = line.split("#", 1)[0] if "platform-guarded" not in line else line
        for what, pattern in UNIX_ONLY.items():
            if not pattern.search(code):
                continue
            context = lines[max(0, number - 1 - GUARD_LINES_ABOVE) : number]
            if not any(GUARD.search(above) for above in context):
                found.append((number, what, line.strip()))
    return found


def program_files() -> list[Path]:
    files = []
    for name in PROGRAM:
        path = ROOT / name
        candidates = [path] if path.is_file() else sorted(path.rglob("*.py"))
        files += [p for p in candidates if not SKIPPED_PARTS & set(p.parts)]
    return files


def test_the_program_has_no_unguarded_unix_only_call():
    problems = [
        f"{path.relative_to(ROOT)}:{number}: {what}: {line}"
        for path in program_files()
        for number, what, line in unix_only_uses(path.read_text(encoding="utf-8"))
    ]
    assert problems == [], "Unix-only calls on the Windows path:\n" + "\n".join(problems)


def test_the_search_covers_the_whole_program():
    names = {p.relative_to(ROOT).as_posix() for p in program_files()}
    assert "main.py" in names
    assert "caplegal_desktop/cli/__init__.py" in names
    assert "ui/app.py" in names
    assert len(names) > 200


@pytest.mark.parametrize(
    "line",
    [
        "os.chmod(path, 0o600)",
        "import fcntl",
        "fcntl.flock(handle, fcntl.LOCK_EX)",
        "import pwd",
        "os.kill(pid, signal.SIGKILL)",
        'target = Path("/tmp/letters")',
        'subprocess.run(["xdg-open", str(path)])',
        'subprocess.run("soffice --headless", shell=True)',
        'os.system("lp brev.pdf")',
        'SOFFICE = "/usr/bin/soffice"',
        'folder = os.path.expanduser("~/.caplegal")',
        'home = os.environ["HOME"]',
    ],
)
def test_each_unix_only_call_is_found(line):
    assert [what for _, what, _ in unix_only_uses(f"x = 1\n{line}\n")]


@pytest.mark.parametrize(
    "text",
    [
        'if os.name != "nt":\n    os.chmod(path, 0o600)',
        'if platform.system() == "Linux":\n    ldconfig = "/sbin/ldconfig"',
        'ldconfig = "/sbin/ldconfig"  # platform-guarded: only when needs_xcb()',
        "# the old code wrote to /tmp; tempfile.mkdtemp() now",
        "os.startfile(str(path))  # Windows: the default program",
    ],
)
def test_guarded_or_harmless_lines_pass(text):
    assert unix_only_uses(text) == []


def test_program_files_are_found_through_the_bundle_not_beside_a_module():
    """A path from __file__ works from source but not always frozen: workflows.bundle decides."""
    uses = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in program_files()
        if path.relative_to(ROOT).as_posix() != "workflows/bundle.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if "__file__" in line.split("#", 1)[0]
    ]
    assert uses == [], "use workflows.bundle (templates_dir, resources_dir ...):\n" + "\n".join(
        uses
    )
