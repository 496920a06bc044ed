"""One-line operations the follow-up pages run: each opens a unit of work and calls one service."""

from __future__ import annotations

from datetime import date

from caplegal_desktop.services.follow_ups import activity_runs, letters, mass_execution
from caplegal_desktop.services.follow_ups import schedule as follow_ups


class FollowUpOps:
    def __init__(self, app_context, *, today=date.today) -> None:
        self.app = app_context
        self.today = today

    def overview(self, view: str, *, mine: bool, activity=follow_ups.ALL_ACTIVITIES):
        with self.app.uow() as uow:
            user = self.app.user if mine else None
            return follow_ups.overview(
                uow.session, view=view, as_of=self.today(), user=user, activity=activity
            )

    def activity_groups(self, *, mine: bool):
        with self.app.uow() as uow:
            user = self.app.user if mine else None
            return follow_ups.activity_groups(uow.session, as_of=self.today(), user=user)

    def counts(self, *, mine: bool):
        with self.app.uow() as uow:
            user = self.app.user if mine else None
            return follow_ups.overview_counts(uow.session, as_of=self.today(), user=user)

    def due_count(self, *, mine: bool) -> int:
        return self.counts(mine=mine).due

    def execute(self, follow_up_id: int):
        return mass_execution.execute_one(self.app, follow_up_id=follow_up_id, today=self.today())

    def resume(self, follow_up_id: int):
        with self.app.uow(write=True) as uow:
            changed = follow_ups.resume(uow.session, follow_up_id=follow_up_id, user=uow.user)
            uow.commit()
            return changed

    def schedule_missing(self) -> int:
        with self.app.uow(write=True) as uow:
            count = follow_ups.schedule_missing(uow.session, user=uow.user)
            uow.commit()
            return count

    def run_due(self, *, mine: bool, step_id: int | None = None, progress=None, cancelled=None):
        return mass_execution.run_due(
            self.app,
            as_of=self.today(),
            only_mine=mine,
            step_id=step_id,
            progress=progress,
            cancelled=cancelled,
        )

    def reexecute(self, run_id: int, *, progress=None, cancelled=None):
        return mass_execution.reexecute_run(
            self.app, run_id=run_id, today=self.today(), progress=progress, cancelled=cancelled
        )

    def runs(self):
        with self.app.uow() as uow:
            return activity_runs.runs(uow.session)

    def run_items(self, run_id: int):
        with self.app.uow() as uow:
            return activity_runs.run_items(uow.session, run_id=run_id)

    def run_letters(self, run_id: int):
        with self.app.uow() as uow:
            return activity_runs.run_letter_paths(uow.session, run_id=run_id)

    def combined_letters(self, run_id: int):
        with self.app.uow() as uow:
            return activity_runs.combined_letters(uow.session, run_id=run_id)

    @staticmethod
    def template_fields(template: str):
        return letters.template_fields(template)

    @staticmethod
    def templates_folder():
        return letters.BUILT_IN_TEMPLATES
