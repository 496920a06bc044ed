"""Owner-only on Windows: an explicit protected DACL for the user and SYSTEM (workflows/
windows_acl.py). The SDDL decisions are tested everywhere; the Win32 calls where they exist."""

from __future__ import annotations

import pytest

from workflows import private_files, windows_acl
from workflows.windows_acl import dacl_is_owner_only, owner_only_sddl

ME = "S-1-5-21-3623811015-3361044348-30300820-1013"
OTHER = "S-1-5-21-3623811015-3361044348-30300820-1014"


def test_the_owner_only_descriptor_is_protected_and_names_only_the_user_and_system():
    assert owner_only_sddl(ME, folder=False) == f"D:P(A;;FA;;;{ME})(A;;FA;;;SY)"
    folder = owner_only_sddl(ME, folder=True)
    assert folder == f"D:P(A;OICI;FA;;;{ME})(A;OICI;FA;;;SY)"  # inherited by files made inside
    assert dacl_is_owner_only(folder, ME)
    with pytest.raises(ValueError):
        owner_only_sddl("SY)(A;;FA;;;WD", folder=False)  # never an injected entry


@pytest.mark.parametrize(
    ("sddl", "private"),
    [
        (f"D:P(A;;FA;;;{ME})(A;;FA;;;SY)", True),
        (f"O:{ME}G:{ME}D:P(A;;FA;;;{ME})(A;;FA;;;S-1-5-18)", True),
        ("D:P", True),  # an empty DACL: nobody but the owner's implicit rights
        (f"D:(A;;FA;;;{ME})(D;;FA;;;WD)", True),  # a deny entry takes nothing from privacy
        # a profile's usual inherited entries: Administrators can read
        (f"D:AI(A;ID;FA;;;SY)(A;ID;FA;;;BA)(A;ID;FA;;;{ME})", False),
        (f"D:(A;;FA;;;{ME})(A;;0x1200a9;;;BU)", False),  # Users may read
        (f"D:(A;;FA;;;{ME})(A;;FR;;;{OTHER})", False),
        ("D:NO_ACCESS_CONTROL", False),  # a null DACL: everyone everything
        ("O:BAG:SY", False),  # no DACL part at all
        (f"D:P(A;;FA;;;{ME})S:(AU;SA;FA;;;WD)", True),  # the SACL is not access
        ("D:(A;;FA)", False),  # not understood
    ],
)
def test_reading_a_dacl(sddl, private):
    assert dacl_is_owner_only(sddl, ME) is private


def test_no_shell_commands_on_the_way():
    import inspect

    for module in (private_files, windows_acl):
        source = inspect.getsource(module)
        assert "subprocess" not in source and "os.system" not in source and "icacls" not in source


@pytest.mark.skipif(not windows_acl.WINDOWS, reason="the Win32 security API is Windows only")
def test_files_and_folders_the_program_makes_are_owner_only_on_windows(tmp_path):
    folder = private_files.private_folder(tmp_path / "breve" / "2026")
    target = private_files.write_private_bytes(folder / "brev.docx", b"x")
    inside = folder / "made-by-a-library.tmp"
    inside.write_bytes(b"y")  # inherits the folder's entries
    for path in (folder, target, inside):
        assert windows_acl.is_owner_only(path), windows_acl.read_dacl_sddl(path)
    loose = tmp_path / "loose.txt"
    loose.write_bytes(b"z")  # the temp folder's inherited entries
    if not private_files.is_private(loose):
        assert private_files.tighten(loose) and private_files.is_private(loose)
