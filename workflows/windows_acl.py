"""Owner-only files and folders on Windows: an explicit, protected DACL that grants the current
user and SYSTEM full control and nobody else (docs/data-safety.md, "Files are owner-only").

Through the Win32 security API with ctypes (no pywin32, no shell commands). The decisions are
plain functions over SDDL text, testable on every platform; only `apply_owner_only`,
`read_dacl_sddl` and `current_user_sid` call Windows, and only when `WINDOWS` is true.

- A folder's entries are inheritable (OI, CI), so what SQLite or a library creates inside a
  folder the program made (the database's -wal and -shm, a letter) gets the same two entries.
- The DACL is protected (P): the profile's or the share's inherited entries (Administrators,
  Users) no longer apply.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

WINDOWS = os.name == "nt"
SYSTEM = "SY"  # the SDDL alias of LocalSystem (S-1-5-18)
_SYSTEM_SIDS = {SYSTEM, "S-1-5-18"}
_ALLOW_TYPES = {"A", "OA", "XA", "ZA"}  # allow entries (plain, object, callback)
_ACE = re.compile(r"\(([^()]*)\)")


def owner_only_sddl(user_sid: str, *, folder: bool) -> str:
    """The security descriptor (DACL part, SDDL) that gives `user_sid` and SYSTEM full access
    (FA) and nobody else, protected from inherited entries; a folder's entries are inherited by
    what is created inside it."""
    if not re.fullmatch(r"S-1(-\d+)+", user_sid):
        raise ValueError(f"not a SID: {user_sid!r}")
    flags = "OICI" if folder else ""
    return f"D:P(A;{flags};FA;;;{user_sid})(A;{flags};FA;;;{SYSTEM})"


def dacl_is_owner_only(sddl: str, user_sid: str) -> bool:
    """Whether a DACL in SDDL grants nothing to anyone but `user_sid` and SYSTEM. A missing
    (null) DACL grants everyone everything; an empty one grants nobody anything."""
    dacl = _dacl_part(sddl)
    if dacl is None or "NO_ACCESS_CONTROL" in dacl:
        return False
    for ace in _ACE.findall(dacl):
        fields = ace.split(";")
        if len(fields) < 6:
            return False  # not understood: not known to be private
        kind, sid = fields[0].upper(), fields[5]
        if kind in _ALLOW_TYPES and sid != user_sid and sid.upper() not in _SYSTEM_SIDS:
            return False
    return True


def _dacl_part(sddl: str) -> str | None:
    """The `D:` part of a security descriptor string (up to the SACL part, if any)."""
    start = sddl.find("D:")
    if start < 0:
        return None
    end = sddl.find("S:", start)  # a SID is written "S-1-…", never "S:"
    return sddl[start : end if end >= 0 else None]


# --- Windows calls (ctypes) -------------------------------------------------------------------

_SE_FILE_OBJECT = 1
_DACL_SECURITY_INFORMATION = 0x00000004
_PROTECTED_DACL_SECURITY_INFORMATION = 0x80000000
_SDDL_REVISION_1 = 1
_TOKEN_QUERY = 0x0008
_TOKEN_USER = 1


def _api():
    import ctypes
    from ctypes import wintypes

    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    kernel32.LocalFree.argtypes = [ctypes.c_void_p]
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    advapi32.OpenProcessToken.argtypes = [wintypes.HANDLE, wintypes.DWORD,
                                          ctypes.POINTER(wintypes.HANDLE)]  # fmt: skip
    advapi32.GetTokenInformation.argtypes = [wintypes.HANDLE, ctypes.c_int, ctypes.c_void_p,
                                             wintypes.DWORD, ctypes.POINTER(wintypes.DWORD)]  # fmt: skip
    advapi32.ConvertSidToStringSidW.argtypes = [ctypes.c_void_p, ctypes.POINTER(wintypes.LPWSTR)]
    advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW.argtypes = [
        wintypes.LPCWSTR, wintypes.DWORD, ctypes.POINTER(ctypes.c_void_p),
        ctypes.POINTER(wintypes.ULONG)]  # fmt: skip
    advapi32.GetSecurityDescriptorDacl.argtypes = [
        ctypes.c_void_p, ctypes.POINTER(wintypes.BOOL), ctypes.POINTER(ctypes.c_void_p),
        ctypes.POINTER(wintypes.BOOL)]  # fmt: skip
    advapi32.SetNamedSecurityInfoW.argtypes = [
        wintypes.LPWSTR, ctypes.c_int, wintypes.DWORD, ctypes.c_void_p, ctypes.c_void_p,
        ctypes.c_void_p, ctypes.c_void_p]  # fmt: skip
    advapi32.SetNamedSecurityInfoW.restype = wintypes.DWORD
    advapi32.GetNamedSecurityInfoW.argtypes = [
        wintypes.LPCWSTR, ctypes.c_int, wintypes.DWORD, ctypes.c_void_p, ctypes.c_void_p,
        ctypes.POINTER(ctypes.c_void_p), ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p)]  # fmt: skip
    advapi32.GetNamedSecurityInfoW.restype = wintypes.DWORD
    advapi32.ConvertSecurityDescriptorToStringSecurityDescriptorW.argtypes = [
        ctypes.c_void_p, wintypes.DWORD, wintypes.DWORD, ctypes.POINTER(wintypes.LPWSTR),
        ctypes.POINTER(wintypes.ULONG)]  # fmt: skip
    return ctypes, wintypes, advapi32, kernel32


_user_sid: list[str] = []


def current_user_sid() -> str:
    """The SID of the user this process runs as, e.g. S-1-5-21-…-1001 (cached)."""
    if _user_sid:
        return _user_sid[0]
    ctypes, wintypes, advapi32, kernel32 = _api()
    token = wintypes.HANDLE()
    if not advapi32.OpenProcessToken(kernel32.GetCurrentProcess(), _TOKEN_QUERY,
                                     ctypes.byref(token)):  # fmt: skip
        raise ctypes.WinError(ctypes.get_last_error())
    try:
        size = wintypes.DWORD()
        advapi32.GetTokenInformation(token, _TOKEN_USER, None, 0, ctypes.byref(size))
        buffer = ctypes.create_string_buffer(size.value)
        if not advapi32.GetTokenInformation(token, _TOKEN_USER, buffer, size, ctypes.byref(size)):
            raise ctypes.WinError(ctypes.get_last_error())
        sid = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_void_p))[0]  # TOKEN_USER.User.Sid
        text = wintypes.LPWSTR()
        if not advapi32.ConvertSidToStringSidW(sid, ctypes.byref(text)):
            raise ctypes.WinError(ctypes.get_last_error())
        try:
            _user_sid.append(text.value)
        finally:
            kernel32.LocalFree(text)
    finally:
        kernel32.CloseHandle(token)
    return _user_sid[0]


def apply_owner_only(path: str | Path, *, folder: bool) -> None:
    """Replace the file's or folder's DACL with the owner-only one (raises OSError)."""
    ctypes, wintypes, advapi32, kernel32 = _api()
    sddl = owner_only_sddl(current_user_sid(), folder=folder)
    descriptor = ctypes.c_void_p()
    if not advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW(
        sddl, _SDDL_REVISION_1, ctypes.byref(descriptor), None
    ):
        raise ctypes.WinError(ctypes.get_last_error())
    try:
        present, defaulted, dacl = wintypes.BOOL(), wintypes.BOOL(), ctypes.c_void_p()
        if not advapi32.GetSecurityDescriptorDacl(descriptor, ctypes.byref(present),
                                                  ctypes.byref(dacl), ctypes.byref(defaulted)):  # fmt: skip
            raise ctypes.WinError(ctypes.get_last_error())
        error = advapi32.SetNamedSecurityInfoW(
            str(path), _SE_FILE_OBJECT,
            _DACL_SECURITY_INFORMATION | _PROTECTED_DACL_SECURITY_INFORMATION,
            None, None, dacl, None,
        )  # fmt: skip
        if error:
            raise ctypes.WinError(error)
    finally:
        kernel32.LocalFree(descriptor)


def read_dacl_sddl(path: str | Path) -> str:
    """The file's or folder's DACL as SDDL (raises OSError)."""
    ctypes, wintypes, advapi32, kernel32 = _api()
    dacl, descriptor = ctypes.c_void_p(), ctypes.c_void_p()
    error = advapi32.GetNamedSecurityInfoW(str(path), _SE_FILE_OBJECT, _DACL_SECURITY_INFORMATION,
                                           None, None, ctypes.byref(dacl), None,
                                           ctypes.byref(descriptor))  # fmt: skip
    if error:
        raise ctypes.WinError(error)
    try:
        text = wintypes.LPWSTR()
        if not advapi32.ConvertSecurityDescriptorToStringSecurityDescriptorW(
            descriptor, _SDDL_REVISION_1, _DACL_SECURITY_INFORMATION, ctypes.byref(text), None
        ):
            raise ctypes.WinError(ctypes.get_last_error())
        try:
            return text.value or ""
        finally:
            kernel32.LocalFree(text)
    finally:
        kernel32.LocalFree(descriptor)


def is_owner_only(path: str | Path) -> bool:
    return dacl_is_owner_only(read_dacl_sddl(path), current_user_sid())
