"""Qt runs offscreen in the tests; `ui` is imported first for its PySide6 3.11 workaround."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

import ui  # noqa: F401  (before any Qt call: see ui/_none_refcount.py)
from ui.i18n import install_language


@pytest.fixture(autouse=True)
def english_ui(qapp):
    """Tests read English source strings unless a test switches language itself."""
    install_language("en")
    yield
    install_language("en")


@pytest.fixture
def sample_backend():
    from ui.sample_backend import SampleBackend

    return SampleBackend(cases=300)
