import pytest


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path, monkeypatch):
    """Letters are written under data_dir(); each test gets its own."""
    monkeypatch.setenv("CAPLEGAL_DATA_DIR", str(tmp_path / "data"))
