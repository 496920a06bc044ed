"""The Qt layer: the only package that imports PySide6."""

from ui import _none_refcount  # noqa: F401  (must run before the first Qt call)
