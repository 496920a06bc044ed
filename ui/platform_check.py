"""Before Qt starts on Linux: are the X11 (xcb) libraries Qt's window needs installed?

Standard library only, so dev.py can use it before the virtual environment exists, and the
program can name exactly what to install instead of Qt's bare "could not load the Qt platform
plugin" crash.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess

# Qt's xcb platform plugin needs these on a Debian/Ubuntu desktop (library -> package).
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-shape.so.0": "libxcb-shape0",
}


def needs_xcb() -> bool:
    """True when Qt will open an X11 window (Linux, not offscreen/wayland/another platform)."""
    if platform.system() != "Linux":
        return False
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.startswith("xcb")
    return not os.environ.get("WAYLAND_DISPLAY")


def missing_xcb_packages() -> list[str]:
    """The Debian/Ubuntu packages whose libraries the dynamic linker cannot find."""
    if platform.system() != "Linux":
        return []
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"
    try:
        known = subprocess.run([ldconfig, "-p"], capture_output=True, text=True).stdout
    except OSError:
        return []
    return [package for library, package in XCB_LIBRARIES.items() if library not in known]


def install_command(packages: list[str]) -> str:
    return "sudo apt-get install " + " ".join(packages)
