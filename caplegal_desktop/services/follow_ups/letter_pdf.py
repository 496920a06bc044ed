"""A merged letter (.docx) saved as PDF: through LibreOffice when it is installed, else through
Microsoft Word on Windows, else a Danish message saying what to install.

Neither goes through a shell: LibreOffice runs headless with a private profile (a LibreOffice the
user has open is not disturbed); Word is driven over COM by PowerShell with the file names in
environment variables, never pasted into the script.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from caplegal_desktop.errors import Problem, ServiceError, ValidationError

NO_CONVERTER_MSG = (
    "Brevet kan ikke gemmes som PDF: hverken LibreOffice eller Microsoft Word findes på denne "
    "computer. Installér LibreOffice (gratis) eller Word, eller åbn brevet og udskriv det som PDF."
)
FAILED_MSG = "{program} kunne ikke gemme brevet {name} som PDF ({why})."
TIMEOUT_SECONDS = 180

# Word's wdExportFormatPDF = 17; the paths come from the environment, not from the script text.
WORD_SCRIPT = """
$ErrorActionPreference = 'Stop'
$word = New-Object -ComObject Word.Application
$word.Visible = $false
$word.DisplayAlerts = 0
try {
    $doc = $word.Documents.Open($env:CAPLEGAL_LETTER_DOCX, $false, $true)
    try { $doc.ExportAsFixedFormat($env:CAPLEGAL_LETTER_PDF, 17) } finally { $doc.Close($false) }
} finally { $word.Quit() }
"""


class PdfConverterMissing(ServiceError):
    """Neither LibreOffice nor Word is installed (NO_CONVERTER_MSG)."""


def find_libreoffice(path: str | None = None) -> Path | None:
    """LibreOffice's soffice on PATH, or (Windows) in its usual Program Files folder."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name, path=path)
        if found:
            return Path(found)
    if os.name == "nt" and path is None:
        for variable in ("PROGRAMFILES", "PROGRAMFILES(X86)", "LOCALAPPDATA"):
            base = os.environ.get(variable)
            candidate = Path(base) / "LibreOffice" / "program" / "soffice.exe" if base else None
            if candidate and candidate.exists():
                return candidate
    return None


def word_installed() -> bool:
    """Microsoft Word registered for COM (Windows only)."""
    if os.name != "nt":
        return False
    import winreg

    try:
        winreg.CloseKey(winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, r"Word.Application\CLSID"))
    except OSError:
        return False
    return True


def converter_name(path: str | None = None) -> str | None:
    """ "LibreOffice", "Microsoft Word" or None: what letter_pdf would use."""
    if find_libreoffice(path):
        return "LibreOffice"
    if path is None and word_installed():
        return "Microsoft Word"
    return None


def letter_pdf(letter: Path, target: Path, *, path: str | None = None) -> Path:
    """Save the .docx letter as the PDF target; `path` is the PATH to search (default: the
    environment's). Nothing is written when it fails."""
    letter, target = Path(letter), Path(target)
    problems = []
    if letter.suffix.lower() != ".docx" or not letter.is_file():
        problems.append(Problem("brev", f"{letter} er ikke et Word-brev (.docx)."))
    if target.suffix.lower() != ".pdf":
        problems.append(Problem("pdf", "Filnavnet skal ende på .pdf."))
    if problems:
        raise ValidationError(problems)
    soffice = find_libreoffice(path)
    if soffice is not None:
        return _with_libreoffice(soffice, letter, target)
    if path is None and word_installed():
        return _with_word(letter, target)
    raise PdfConverterMissing(NO_CONVERTER_MSG)


def _no_window() -> int:
    return getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows: no console flashes up


def _with_libreoffice(soffice: Path, letter: Path, target: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="caplegal-pdf-") as scratch:
        work = Path(scratch)
        command = [
            str(soffice),
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work / "out"),
            str(letter.resolve()),
        ]
        result = _run("LibreOffice", letter, command, env=None)
        made = work / "out" / f"{letter.stem}.pdf"
        if not made.exists():
            why = (result.stderr or result.stdout or "ingen PDF").strip().splitlines()[-1:]
            raise ServiceError(
                FAILED_MSG.format(program="LibreOffice", name=letter.name, why=" ".join(why))
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(made), target)
    return target


def _with_word(letter: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    env = dict(
        os.environ,
        CAPLEGAL_LETTER_DOCX=str(letter.resolve()),
        CAPLEGAL_LETTER_PDF=str(target.resolve()),
    )
    powershell = shutil.which("powershell") or "powershell.exe"
    command = [powershell, "-NoProfile", "-NonInteractive", "-Command", WORD_SCRIPT]
    result = _run("Microsoft Word", letter, command, env=env)
    if result.returncode != 0 or not target.exists():
        why = (result.stderr or "ukendt fejl").strip().splitlines()[:1]
        raise ServiceError(
            FAILED_MSG.format(program="Microsoft Word", name=letter.name, why=" ".join(why))
        )
    return target


def _run(program: str, letter: Path, command: list[str], *, env) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            env=env,
            creationflags=_no_window(),
        )
    except subprocess.TimeoutExpired as exc:
        why = f"svarede ikke inden for {TIMEOUT_SECONDS} sekunder"
        raise ServiceError(FAILED_MSG.format(program=program, name=letter.name, why=why)) from exc
    except OSError as exc:
        why = exc.strerror or type(exc).__name__
        raise ServiceError(FAILED_MSG.format(program=program, name=letter.name, why=why)) from exc
