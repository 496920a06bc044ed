"""Qt runs offscreen in the UI tests."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from ui.i18n import DEFAULT_LANGUAGE, install_language


@pytest.fixture(autouse=True)
def english_ui(qapp):
    """Tests read English source strings unless a test switches language itself; afterwards the
    program's default (Danish) is back, as the other test folders expect."""
    install_language("en")
    yield
    install_language(DEFAULT_LANGUAGE)


@pytest.fixture
def sample_backend():
    from ui.sample_backend import SampleBackend

    return SampleBackend(cases=300)
