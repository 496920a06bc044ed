"""Owner-only files and folders: what the program writes holds CPR numbers and debts.

Every file the program writes (the database and its -wal/-shm, backups, attached documents,
letters, statements, exports, settings, the log) is created 0600 and every folder it makes
0700 on POSIX, whatever the umask says. A library that writes a file itself (openpyxl,
python-docx, SQLite) gets the path after `private_target` has created it empty with mode 0600:
opening an existing file for writing truncates it but keeps its mode. On Windows, where os.chmod
only sets the read-only flag, the same places get an explicit protected DACL instead: the current
user and SYSTEM, nobody else (workflows/windows_acl.py); a folder's entries are inherited by what
is created inside it. A file system without ACLs (FAT on a USB stick) keeps what it has.

Pure plumbing (no Qt, no database): usable from every layer.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
POSIX = os.name == "posix"
WINDOWS = os.name == "nt"


def private_folder(path: str | Path) -> Path:
    """The folder, made with every missing part 0700 (parts that exist are left alone)."""
    folder = Path(path)
    missing = []
    part = folder
    while not part.exists():
        missing.append(part)
        if part.parent == part:
            break
        part = part.parent
    for made in reversed(missing):
        try:
            made.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            continue  # another process made it between the check and here
        _chmod(made, FOLDER_MODE)  # mkdir's mode is reduced by the umask; chmod is not
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True)  # raises the right error (a file in the way)
    return folder


def private_target(path: str | Path) -> Path:
    """Make sure `path` exists with mode 0600 before someone writes it (its folder too)."""
    target = Path(path)
    private_folder(target.parent)
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    os.close(descriptor)
    _chmod(target, FILE_MODE)
    return target


def write_private_bytes(path: str | Path, data: bytes) -> Path:
    target = private_target(path)
    with open(target, "wb") as handle:
        handle.write(data)
    return target


def open_private(path: str | Path, mode: str = "w", **kwargs):
    """`open()` for writing, the file created 0600 first ('w', 'wb', 'a', 'ab')."""
    return open(private_target(path), mode, **kwargs)


def is_private(path: str | Path) -> bool:
    """No access for group or others (Windows: only the user and SYSTEM in the DACL; True
    where neither applies or the file system has no ACLs)."""
    if WINDOWS:
        from workflows import windows_acl

        try:
            return windows_acl.is_owner_only(path)
        except OSError:
            return True  # no ACLs to read: nothing the program could tighten
    if not POSIX:
        return True
    return not stat.S_IMODE(os.stat(path).st_mode) & 0o077


def tighten(path: str | Path, mode: int = FILE_MODE) -> bool:
    """Take group's and others' access from an existing file or folder; True when changed."""
    target = Path(path)
    if not (POSIX or WINDOWS) or not target.exists() or is_private(target):
        return False
    if WINDOWS:
        return _owner_only_acl(target, folder=target.is_dir())
    os.chmod(target, mode)  # platform-guarded: POSIX checked above
    return True


def _chmod(path: Path, mode: int) -> None:
    if POSIX:
        os.chmod(path, mode)  # platform-guarded: inside if POSIX
    elif WINDOWS:
        _owner_only_acl(path, folder=mode == FOLDER_MODE)


def _owner_only_acl(path: Path, *, folder: bool) -> bool:
    from workflows import windows_acl

    try:
        windows_acl.apply_owner_only(path, folder=folder)
    except OSError:
        return False  # a file system without ACLs, or not ours to change: leave it
    return True
