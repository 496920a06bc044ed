"""The fundament windows' one door to the services: each call is one unit of work."""

from __future__ import annotations

import datetime as dt

from caplegal_desktop.services.fundaments import fundaments as svc
from caplegal_desktop.services.search.lookups import court_districts
from ui.framework.service_calls import ServiceCalls


class FundamentData(ServiceCalls):
    # --- reading ------------------------------------------------------------------------------
    def debtors(self, case_id: int) -> list[svc.DebtorChoice]:
        return self.read(svc.case_debtors, case_id=case_id)

    def defaults(self, case_id: int) -> svc.FundamentInput:
        return self.read(svc.new_fundament_input, case_id=case_id)

    def case_no(self, case_id: int) -> str:
        from models import Case

        with self._context.uow() as uow:
            return uow.session.get(Case, case_id).no

    def fundament(self, no: str) -> svc.FundamentDetail:
        return self.read(svc.get_fundament, fundament_no=no)

    def statistics(self, no: str, as_of: dt.date) -> svc.FundamentStatistics:
        return self.read(svc.fundament_statistics, fundament_no=no, as_of=as_of)

    def other_active(self, no: str) -> list[str]:
        """The debtor's other active fundaments on the case (activating asks to close them)."""
        shown = self.fundament(no)
        return self.read(
            svc.active_fundament_nos,
            case_id=shown.case_id,
            debtor_party_id=shown.debtor_party_id,
            except_id=shown.fundament_id,
        )

    def court_districts(self, text: str = ""):
        needle = text.strip().lower()
        rows = self.read(court_districts)
        return [r for r in rows if needle in r.code.lower() or needle in r.description.lower()]

    # --- changing -----------------------------------------------------------------------------
    def create(self, case_id: int, debtor_party_id: int, data: svc.FundamentInput):
        return self.write(
            svc.create_fundament,
            case_id=case_id,
            debtor_party_id=debtor_party_id,
            data=data,
            today=self.today(),
        )

    def update(self, no: str, data: svc.FundamentInput):
        return self.write(svc.update_fundament, fundament_no=no, data=data, today=self.today())

    def activate(self, no: str, *, replace_active: bool = False):
        return self.write(
            svc.activate_fundament,
            fundament_no=no,
            today=self.today(),
            replace_active=replace_active,
        )

    def reopen(self, no: str):
        return self.write(svc.reopen_fundament, fundament_no=no)

    def close(self, no: str):
        return self.write(svc.close_fundament, fundament_no=no)
