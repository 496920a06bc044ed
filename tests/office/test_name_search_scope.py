"""A Klient user's name search finds only their client's cases, on the full-text path too (a
bare `rowid` inside the scope's EXISTS once meant the case table's own and let every case by)."""

import pytest

from caplegal_desktop.services.search import case_search
from tests.office.builders import a_case, a_client, a_department, a_user, signed_in

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


@pytest.mark.parametrize("scan_max", [case_search.SCOPE_SCAN_MAX, 0], ids=["scan", "index"])
def test_a_klient_users_name_hits_come_by_tier_newest_first_on_both_paths(
    app, monkeypatch, scan_max
):
    """The client's own cases read in one pass (a small client) and the whole index tier by tier
    (a big client) answer alike: whole words first, then word beginnings, then anywhere; newest
    first within a tier; only the departments granted."""
    monkeypatch.setattr(case_search, "SCOPE_SCAN_MAX", scan_max)
    a_client(app, "K-A", "Fjernvarme Fyn A/S")
    a_client(app, "K-B", "Vestjysk Bank A/S")
    a_department(app, "K-A", "NORD", "Nord")
    a_department(app, "K-A", "SYD", "Syd")
    anywhere, _ = a_case(app, "K-A", "Ole Bjensensen", department="NORD")
    whole_old, _ = a_case(app, "K-A", "Anne Jensen", department="NORD")
    begins, _ = a_case(app, "K-A", "Per Jensenius", department="NORD")
    whole_new, _ = a_case(app, "K-A", "Bo Jensen", department="NORD")
    a_case(app, "K-A", "Lis Jensen", department="SYD")
    a_case(app, "K-B", "Kim Jensen")
    a_user(app, "nord", "Klient", client_no="K-A", departments=["NORD"])
    context = signed_in(app, "nord", change_to=NEW)
    with context.uow() as uow:
        found = [i for i, _ in case_search.find_case_ids(uow.session, text="jensen")]
        assert found == [whole_new, whole_old, begins, anywhere]
        assert [i for i, _ in case_search.find_case_ids(uow.session, text="bo jens")] == [whole_new]
        assert case_search.find_case_ids(uow.session, text="jensen", limit=2) == [
            (whole_new, case_search.NAME),
            (whole_old, case_search.NAME),
        ]
