"""The client funds pages' door to the services: one short call per user action."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from caplegal_desktop.services.client_funds import (
    bank,
    create_drafts,
    funds_balances,
    post_settlements,
)
from caplegal_desktop.services.client_funds import settlements as settling
from caplegal_desktop.services.client_funds.printing import settlement_pdf


@dataclass(frozen=True)
class CueState:
    disagrees: bool
    bank_balance: object = None
    book_balance: object = None
    unmatched: int = 0
    as_of: date | None = None


class FundsOps:
    def __init__(self, app_context) -> None:
        self.context = app_context

    def settlements(self) -> list[dict]:
        """Drafts and the latest posted ones (newest first), without their lines."""
        with self.context.uow() as uow:
            return settling.latest_settlements(uow.session)

    def lines(self, settlement_id: int) -> list[dict]:
        with self.context.uow() as uow:
            return settling.settlement_lines(uow.session, settlement_id)

    def balances(self):
        with self.context.uow() as uow:
            return funds_balances(uow.session)

    def make_drafts(self, to: date):
        with self.context.uow(write=True) as uow:
            changed = create_drafts(uow.session, to=to, user=uow.user)
            uow.commit()
            return changed

    def check_drafts(self) -> list[str]:
        with self.context.uow() as uow:
            return [str(p) for p in settling.check_drafts(uow.session)]

    def draft_count(self) -> int:
        with self.context.uow() as uow:
            return settling.draft_count(uow.session)

    def post_drafts(self):
        with self.context.uow(write=True) as uow:
            changed = post_settlements(uow.session, user=uow.user)
            uow.commit()
            return changed

    def print_pdf(self, settlement_id: int, target: Path) -> None:
        with self.context.uow() as uow:
            settlement_pdf(uow.session, settlement_id=settlement_id, target=target)

    def archive(self) -> list[dict]:
        from caplegal_desktop.services.client_funds import scheduler

        with self.context.uow() as uow:
            return scheduler.archive(uow.session)

    def archived_file(self, file_id: int) -> tuple[str, bytes]:
        from caplegal_desktop.services.client_funds import scheduler

        with self.context.uow() as uow:
            return scheduler.archived_run_file(uow.session, file_id)

    def cue_state(self) -> CueState:
        with self.context.uow() as uow:
            latest = bank.latest_reconciliation(uow.session)
            if latest is None or latest.agrees:
                return CueState(False)
            return CueState(True, latest.bank_balance, latest.book_balance,
                            latest.unmatched_lines, latest.as_of)  # fmt: skip
