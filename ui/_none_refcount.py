"""Work around PySide6 6.12 on Python 3.11: its void methods return None without a reference.

The wheel is built for the stable ABI the way Python 3.12 works, where None is immortal (PEP 683)
and needs no reference counting; on 3.11 every `label.setText(...)` then takes one reference
from None, and after a few thousand calls Python aborts with "none_dealloc". Giving None a huge
reference count makes it as good as immortal, as 3.12 does. Nothing happens on 3.12 and later.
"""

from __future__ import annotations

import ctypes
import sys

_IMMORTAL = 1 << 60


def make_none_immortal() -> None:
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return  # 3.12+ already does it; a debug build lays out objects differently
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < _IMMORTAL // 2:
        refcount.value += _IMMORTAL


make_none_immortal()
