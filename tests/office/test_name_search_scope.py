"""A Klient user's name search finds only their client's cases, on the full-text path too (a
bare `rowid` inside the scope's EXISTS once meant the case table's own and let every case by)."""

from caplegal_desktop.services.search import case_search
from tests.office.builders import a_case, a_client, a_user, signed_in

NEW = "Blå-Hest-Stald-42"


def test_a_klient_users_name_search_stays_within_the_client(app):
    a_client(app, "K-A", "Fjernvarme Fyn A/S")
    a_client(app, "K-B", "Vestjysk Bank A/S")
    mine, _ = a_case(app, "K-A", "Jens Ærø Sørensen")
    a_case(app, "K-B", "Hanne Østergaard")
    a_case(app, "K-B", "Jens Østergaard Sørensen")
    a_user(app, "fyn", "Klient", client_no="K-A")
    context = signed_in(app, "fyn", change_to=NEW)
    with context.uow() as uow:
        assert case_search.find_case_ids(uow.session, text="Østergaard") == []
        assert [i for i, _ in case_search.find_case_ids(uow.session, text="Sørensen")] == [mine]
        assert [i for i, _ in case_search.find_case_ids(uow.session, text="jens sør")] == [mine]
