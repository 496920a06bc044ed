"""Qt runs offscreen; the UI reads English source strings unless a test switches language."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture
def english_ui(qapp):
    from ui.i18n import DEFAULT_LANGUAGE, install_language

    install_language("en")
    yield
    install_language(DEFAULT_LANGUAGE)
