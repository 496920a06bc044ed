"""The case page's interest setup is loaded once a minute and gives the same totals as a fresh
load (portal/setup_cache.py)."""

from __future__ import annotations

from datetime import date

from caplegal_desktop.services.statements import case_totals
from portal.setup_cache import InterestSetupCache
from tests.office.builders import a_case, a_client


def test_the_shared_setup_gives_the_same_totals_and_is_reloaded_when_stale(app):
    a_client(app, "K-A", "Fjernvarme Fyn A/S")
    case_id, _case_no = a_case(app, "K-A", "Jens Ærø Sørensen")
    cache = InterestSetupCache()
    with app.uow() as uow:
        first = cache(uow.session)
    with app.uow() as uow:
        assert cache(uow.session) is first  # another unit of work, the same setup
        shared = case_totals(uow.session, case_id=case_id, as_of=date(2026, 6, 30), setup=first)
        fresh = case_totals(uow.session, case_id=case_id, as_of=date(2026, 6, 30))
    keys = ("principal", "interest", "fees", "salary", "costs", "paid", "balance")
    assert [shared.amount(k) for k in keys] == [fresh.amount(k) for k in keys]
    cache.fresh_seconds = 0
    with app.uow() as uow:
        assert cache(uow.session) is not first
