"""A case's documents for the portal: the file a history line refers to (an attached file, the
merged letter, a statement), only on a case in the user's scope, and a client's upload checked
by its content before it is attached the way the desktop attaches (actions.attach_file)."""

from __future__ import annotations

import io
import re
import secrets
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound, Problem, ValidationError
from caplegal_desktop.services import office
from caplegal_desktop.services.cases.actions import CaseActionDone, attach_file
from caplegal_desktop.services.cases.printing import case_pdf
from caplegal_desktop.services.shared import history
from models import CaseHistory

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
DOCUMENT_NOT_FOUND = "Dokumentet findes ikke."
# what the file is by its first bytes → (the endings it may have, the media type sent back)
KINDS = {
    "pdf": ((".pdf",), "application/pdf"),
    "png": ((".png",), "image/png"),
    "jpeg": ((".jpg", ".jpeg"), "image/jpeg"),
    "docx": (
        (".docx",),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
}
ALLOWED_TEXT = "PDF, PNG, JPEG eller Word (.docx)"


@dataclass(frozen=True)
class DocumentFile:
    path: Path
    name: str  # the name the browser saves it as
    media_type: str


def history_document(session: Session, *, case_id: int, history_id: int) -> DocumentFile:
    """The file behind one history line of the case. A line of another case, of a case outside
    the scope, without a document or whose file is gone: all the same NotFound."""
    office.require_case(session, case_id)
    row = session.get(CaseHistory, history_id)
    if row is None or row.case_id != case_id or not row.document_path:
        raise NotFound(DOCUMENT_NOT_FOUND)
    path = Path(row.document_path)
    if not path.is_file():
        raise NotFound(DOCUMENT_NOT_FOUND)
    name = _shown_name(path)
    return DocumentFile(path, name, media_type_of(path.read_bytes()[:8192], path.name))


def _shown_name(path: Path) -> str:
    # attach_file stores "<yyyymmdd-hhmmss>-<digest>-<name>"; the client sees <name>
    match = re.match(r"^\d{8}-\d{6}-[0-9a-f]{12}-(.+)$", path.name)
    return match.group(1) if match else path.name


def media_type_of(head: bytes, name: str) -> str:
    kind = _kind_of_head(head)
    if kind == "zip" and name.lower().endswith(".docx"):
        kind = "docx"
    return KINDS[kind][1] if kind in KINDS else "application/octet-stream"


def _kind_of_head(head: bytes) -> str | None:
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    return None


def upload_kind(name: str, data: bytes) -> str:
    """The kind of an uploaded file, read from its content (its name only has to agree), or a
    ValidationError in Danish: too big, empty, not one of the kinds, or disguised."""
    if not data:
        raise ValidationError(Problem("fil", "Filen er tom."))
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValidationError(Problem("fil", "Filen er større end 10 MB."))
    kind = _kind_of_head(data[:16])
    if kind == "zip":
        kind = "docx" if _is_docx(data) else None
    if kind is None:
        raise ValidationError(Problem("fil", f"Filtypen kan ikke vedhæftes; brug {ALLOWED_TEXT}."))
    if Path(name).suffix.lower() not in KINDS[kind][0]:
        raise ValidationError(Problem("fil", "Filens navn passer ikke til dens indhold."))
    return kind


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def safe_upload_name(name: str) -> str:
    """The browser's file name without any folder and with only harmless characters."""
    base = re.split(r"[\\/]", name or "")[-1].strip()
    base = re.sub(r"[^\w.\- ]", "_", base).lstrip(".")[:100]
    return base or "fil"


def attach_upload(
    session: Session,
    *,
    case_id: int,
    name: str,
    data: bytes,
    user: str,
    description: str | None = None,
) -> CaseActionDone:
    """Check the upload, then attach it as the desktop does (a private copy in the data folder,
    a history line with a paper clip). The staging folder has a random name and is removed."""
    office.require_case(session, case_id)
    name = safe_upload_name(name)
    upload_kind(name, data)
    staging = Path(tempfile.mkdtemp(prefix=f"upload-{secrets.token_hex(8)}-"))
    try:
        source = staging / name
        source.write_bytes(data)
        return attach_file(
            session, case_id=case_id, source=source, user=user, description=description
        )
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def printed_case_pdf(session: Session, *, case_id: int, user: str, today: date) -> bytes:
    """Skrivaren: the case's PDF (services.cases.printing), and a history line that says who
    printed it."""
    office.require_case(session, case_id)
    staging = Path(tempfile.mkdtemp(prefix=f"print-{secrets.token_hex(8)}-"))
    try:
        pdf = case_pdf(session, case_id=case_id, target=staging / "sag.pdf", today=today)
        data = pdf.read_bytes()
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    history.record(session, case_id=case_id, user=user, kind="info",
                   action="Sagen udskrevet (PDF) fra portalen")  # fmt: skip
    return data
