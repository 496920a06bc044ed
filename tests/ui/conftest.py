"""Qt runs offscreen in the UI tests."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

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
