"""One-line operations the journal pages run: each opens a unit of work and calls one service."""

from __future__ import annotations

from pathlib import Path

from caplegal_desktop.services.cases import actions as case_actions
from caplegal_desktop.services.journal import batches as journal
from caplegal_desktop.services.journal import payments_import, posting
from caplegal_desktop.services.shared.case_refs import case_id_by_no


class JournalOps:
    def __init__(self, app_context) -> None:
        self.app = app_context

    def batches(self):
        with self.app.uow() as uow:
            return journal.list_batches(uow.session)

    def lines(self, batch_id: int):
        with self.app.uow() as uow:
            return journal.list_lines(uow.session, batch_id=batch_id)

    def add_line(self, batch_id: int, line: journal.LineInput):
        return self._write(
            lambda uow: journal.add_line(uow.session, batch_id=batch_id, line=line, user=uow.user)
        )

    def update_line(self, line_id: int, changes: dict):
        return self._write(
            lambda uow: journal.update_line(
                uow.session, line_id=line_id, changes=changes, user=uow.user
            )
        )

    def update_case(self, line_id: int, case_no: str):
        def work(uow):
            case_id = case_id_by_no(uow.session, case_no.strip())
            return journal.update_line(
                uow.session, line_id=line_id, changes={"case_id": case_id}, user=uow.user
            )

        return self._write(work)

    def delete_line(self, line_id: int):
        return self._write(lambda uow: journal.delete_line(uow.session, line_id=line_id))

    def check(self, batch_id: int):
        with self.app.uow() as uow:
            return posting.check_batch(uow.session, batch_id=batch_id)

    def preview(self, batch_id: int):
        with self.app.uow(write=True) as uow:
            return posting.preview_batch(uow, batch_id=batch_id)

    def post(self, batch_id: int, expected_version: int, progress=None):
        with self.app.uow(write=True) as uow:
            return posting.post_batch(
                uow, batch_id=batch_id, expected_version=expected_version, progress=progress
            )

    def import_file(self, path: Path):
        return self._write(
            lambda uow: payments_import.import_payment_file(
                uow.session, data=Path(path).read_bytes(), filename=Path(path).name, user=uow.user
            )
        )

    def suspense(self):
        with self.app.uow() as uow:
            return payments_import.list_suspense(uow.session)

    def resolve(self, suspense_id: int, case_no: str):
        return self._write(
            lambda uow: payments_import.resolve_suspense(
                uow.session, suspense_id=suspense_id, case_no=case_no, user=uow.user
            )
        )

    def payment_choices(self, case_id: int):
        with self.app.uow() as uow:
            return case_actions.payment_choices(uow.session, case_id=case_id)

    def register_payment(self, case_id: int, request):
        return self._write(
            lambda uow: case_actions.register_payment(
                uow.session, case_id=case_id, request=request, user=uow.user
            )
        )

    def _write(self, work):
        with self.app.uow(write=True) as uow:
            result = work(uow)
            uow.commit()
            return result
