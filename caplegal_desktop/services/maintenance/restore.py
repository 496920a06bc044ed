"""`caplegal db restore BACKUP_FILE [--to PATH]`: put a backup of the embedded database back.

Nothing is replaced until the backup has passed its checks: it is copied (SQLite's backup API)
to a temporary file beside the target, and that copy must pass `PRAGMA integrity_check`, be a
CapLegal database of a schema this program knows, and have an intact ledger (hash chain and
guard triggers; a backup from before the chain gets it when the program upgrades it). Then,
holding the target exclusively — refused while another seat has it open — the target is
checkpointed into one file and kept beside it as `<name>.erstattet-<time>`, and the checked
copy takes its name. A PostgreSQL server is restored with pg_restore (README), not from here.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from caplegal_desktop.errors import ServiceError
from workflows.private_files import private_folder, private_target

SQLITE_HEADER = b"SQLite format 3\x00"
PG_RESTORE_MSG = (
    "Genskabelse herfra gælder den indbyggede SQLite-database. En PostgreSQL-server genskabes "
    "med pg_restore fra en pg_dump-fil (se README, 'Sikkerhedskopi og genskabelse'); intet er "
    "ændret."
)


@dataclass(frozen=True)
class Restored:
    target: Path
    kept: Path | None  # the replaced database, beside the target
    revision: str
    entries: int | None  # chained ledger entries; None for a backup from before the chain

    def message(self) -> str:
        lines = [
            f"Databasen {self.target} er genskabt fra sikkerhedskopien (version {self.revision})."
        ]
        if self.kept is not None:
            lines.append(f"Den erstattede database er gemt som {self.kept}.")
        if self.entries is None:
            lines.append("Kæden over de bogførte poster dannes, når programmet opgraderer den.")
        else:
            lines.append(f"De bogførte poster er urørte ({self.entries} poster i kæden).")
        return "\n".join(lines)


def restore_sqlite(backup: Path, target: Path, *, now: datetime | None = None) -> Restored:
    backup = Path(backup).expanduser().resolve()
    target = Path(target).expanduser().resolve()
    _check_is_sqlite(backup)
    if backup == target:
        raise ServiceError("Sikkerhedskopien og databasen er samme fil; intet er ændret.")
    private_folder(target.parent)
    copy = target.with_name(f".{target.name}.{os.getpid()}.genskabes")
    try:
        _copy(backup, copy)
        try:
            revision, entries = _check_copy(backup, copy)
        except sqlite3.DatabaseError as exc:
            raise ServiceError(
                f"Sikkerhedskopien {backup} er beskadiget ({exc}); intet er ændret."
            ) from exc
        kept = _swap(copy, target, now or datetime.now())
    finally:
        for leftover in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm"), Path(f"{copy}-journal")):
            leftover.unlink(missing_ok=True)
    return Restored(target, kept, revision, entries)


def _check_is_sqlite(backup: Path) -> None:
    if not backup.is_file():
        raise ServiceError(f"Sikkerhedskopien {backup} findes ikke; intet er ændret.")
    with open(backup, "rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise ServiceError(
                f"{backup} er ikke en sikkerhedskopi af databasen (ikke en SQLite-fil); "
                "intet er ændret."
            )


def _copy(backup: Path, copy: Path) -> None:
    """A consistent copy through SQLite's backup API; the backup itself is only read."""
    source = sqlite3.connect(f"file:{quote(str(backup))}?mode=ro&immutable=1", uri=True)
    destination = sqlite3.connect(private_target(copy))
    try:
        source.backup(destination)
    except sqlite3.DatabaseError as exc:
        raise ServiceError(
            f"Sikkerhedskopien {backup} kan ikke læses ({exc}); intet er ændret."
        ) from exc
    finally:
        destination.close()
        source.close()


def _check_copy(backup: Path, copy: Path) -> tuple[str, int | None]:
    from caplegal_desktop.db import Database
    from caplegal_desktop.migrate import known_revisions
    from caplegal_desktop.services.maintenance.verify import verify_ledger

    connection = sqlite3.connect(copy, isolation_level=None)
    try:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check(5)")]
        if problems != ["ok"]:
            raise ServiceError(
                f"Sikkerhedskopien {backup} er beskadiget ({problems[0]}); intet er ændret."
            )
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables or "ledger_entry" not in tables:
            raise ServiceError(
                f"{backup} er ikke en sikkerhedskopi af en CapLegal-database; intet er ændret."
            )
        revisions = {
            row[0] for row in connection.execute("SELECT version_num FROM alembic_version")
        }
    finally:
        connection.close()
    unknown = revisions - known_revisions()
    if unknown or not revisions:
        raise ServiceError(
            f"Sikkerhedskopien {backup} er fra en nyere udgave af programmet "
            f"(version {', '.join(sorted(unknown)) or '?'}); opdatér programmet først. "
            "Intet er ændret."
        )
    revision = ", ".join(sorted(revisions))
    if "ledger_chain" not in tables:
        return revision, None
    check = verify_ledger(Database(f"sqlite:///{copy.as_posix()}"), record=False)
    if not check.intact and check.problem:
        raise ServiceError(
            f"Sikkerhedskopien {backup} har ikke urørte bogførte poster: {check.problem} "
            "Intet er ændret."
        )
    if not check.intact:  # the ledger is whole, the audit log is not
        raise ServiceError(
            f"Sikkerhedskopien {backup} har ikke en urørt revisionslog: {check.audit_problem} "
            "Intet er ændret."
        )
    _single_file(copy)  # the check opened it in WAL mode
    return revision, check.entries


def _single_file(path: Path) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=DELETE").fetchall()
    finally:
        connection.close()


def _swap(copy: Path, target: Path, now: datetime) -> Path | None:
    """Put the checked copy in the target's place, keeping the target beside it."""
    if not target.exists():
        os.replace(copy, target)
        return None
    holder = sqlite3.connect(target, isolation_level=None, timeout=0.5)
    try:
        try:
            # Only possible while no other connection has the file open (WAL's shared memory):
            # it also checkpoints the WAL into the file, so the kept file is complete.
            holder.execute("PRAGMA journal_mode=DELETE").fetchall()
            holder.execute("PRAGMA locking_mode=EXCLUSIVE")
            holder.execute("BEGIN EXCLUSIVE")  # other seats wait until the swap is done
        except sqlite3.OperationalError as exc:
            raise ServiceError(
                f"Databasen {target} er åben i programmet hos en anden (eller i en anden "
                "kommando); luk den dér, og prøv igen. Intet er ændret."
            ) from exc
        kept = target.with_name(f"{target.name}.erstattet-{now:%Y%m%d-%H%M%S}")
        if kept.exists():
            raise ServiceError(f"Filen {kept} findes allerede; prøv igen om et øjeblik.")
        os.replace(target, kept)
        os.replace(copy, target)
        holder.execute("ROLLBACK")
    finally:
        holder.close()
    return kept
