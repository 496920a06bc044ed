import pytest

from tests.office.builders import a_case, a_client, a_department, a_user


@pytest.fixture
def admin(app):
    """The test database with its first user ("test", the OS user) signed in: Administrator."""
    app.sign_in()
    return app


@pytest.fixture
def office(admin):
    """K100 with departments NORD and SYD, and K200; a case in each place; two Klient users."""
    a_client(admin, "K100", "Dansk Boldspil")
    a_client(admin, "K200", "Fjernvarme Fyn")
    a_department(admin, "K100", "NORD", "Klubber i Nordjylland")
    a_department(admin, "K100", "SYD", "Klubber i Sønderjylland")
    cases = {
        "nord": a_case(admin, "K100", "Nora Nordahl", department="NORD"),
        "syd": a_case(admin, "K100", "Søren Sydbo", department="SYD"),
        "k100": a_case(admin, "K100", "Klaus Uden Afdeling"),
        "k200": a_case(admin, "K200", "Fie Fynbo"),
    }
    a_user(admin, "nord", "Klient", client_no="K100", departments=["NORD"])
    a_user(admin, "k100", "Klient", client_no="K100")
    return admin, cases
