"""A flagged debtor (gældssanering / afdød / konkurs) is named in the mass run's log line."""

from datetime import date

from sqlalchemy import select

from caplegal_desktop.services.follow_ups import activity_runs, mass_execution
from models import Case, CaseParty, Party
from tests.payment_plans.conftest import new_case

RUN_DAY = date(2026, 1, 2)


def test_the_run_log_warns_of_a_deceased_debtor_and_still_writes_the_letter(app):
    # GIVEN two cases whose first reminder is due; the second debtor of one is marked deceased
    flagged, plain = new_case(app, two_debtors=True), new_case(app)
    with app.uow(write=True) as uow:
        case_id = uow.session.scalar(select(Case.id).where(Case.no == flagged))
        party_id = uow.session.scalars(
            select(CaseParty.party_id).where(CaseParty.case_id == case_id).order_by(CaseParty.id)
        ).all()[-1]
        party = uow.session.get(Party, party_id)
        party.deceased = True
        name, no = party.name, party.no
        uow.commit()
    # WHEN the due follow-ups are mass-executed
    summary = mass_execution.run_due(app, as_of=RUN_DAY)
    # THEN both are executed, and the flagged one's log line starts with the warning
    with app.uow() as uow:
        items = {i.case_no: i for i in activity_runs.run_items(uow.session, run_id=summary.run_id)}
    assert items[flagged].outcome == items[plain].outcome == "executed"
    assert items[flagged].message.startswith(f"OBS: debitor {name} ({no}): afdød. ")
    assert not items[plain].message.startswith("OBS")
