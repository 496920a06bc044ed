import pytest


@pytest.fixture
def admin(app):
    """The test database with its first user ("test", the OS user) signed in: Administrator."""
    app.sign_in()
    return app
