"""The case card's door to the follow-up services: its follow-ups, executing one (with the next
activity the user chose), resuming, and the workflow activities put on the case by hand."""

from __future__ import annotations

from caplegal_desktop.services.follow_ups import case_activities, mass_execution
from caplegal_desktop.services.follow_ups import schedule as follow_ups
from caplegal_desktop.services.follow_ups.execution import NextActivity
from ui.framework.service_calls import ServiceCalls


class CaseFollowUpData(ServiceCalls):
    def follow_ups(self, case_id: int) -> list[follow_ups.FollowUpRow]:
        return self.read(follow_ups.case_follow_ups, case_id=case_id)

    def activities(self, case_id: int) -> list[case_activities.WorkflowActivity]:
        return self.read(case_activities.workflow_activities, case_id=case_id)

    def next_choices(self, follow_up_id: int) -> case_activities.NextChoices:
        return self.read(
            case_activities.next_choices, follow_up_id=follow_up_id, today=self.today()
        )

    def execute(self, follow_up_id: int, next_activity: NextActivity | None = None):
        return mass_execution.execute_one(
            self.context, follow_up_id=follow_up_id, today=self.today(), next_activity=next_activity
        )

    def resume(self, follow_up_id: int):
        return self.write(follow_ups.resume, follow_up_id=follow_up_id)

    def transfer_activity(self, case_id: int, step_id: int):
        return self.write(
            case_activities.transfer_activity, case_id=case_id, step_id=step_id, today=self.today()
        )

    def transfer_workflow(self, case_id: int):
        return self.write(case_activities.transfer_workflow, case_id=case_id, today=self.today())
