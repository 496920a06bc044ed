"""Activity workflows (aktivitetsforløb), follow-ups (fremnoteringer) and their run log.

A workflow is an ordered list of steps; a case gets a follow-up for its next step. Executing a
follow-up merges the step's letter, posts its fee and schedules the following step. Mass
execution (masseudførelse) is logged as an ActivityRun with one ActivityRunItem per case.
The date formula and condition vocabulary are documented in workflows/activities.py.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base


class ActivityWorkflow(Base):
    __tablename__ = "activity_workflow"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    description: Mapped[str]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    steps: Mapped[list[ActivityStep]] = relationship(
        back_populates="workflow", order_by="ActivityStep.order_no", cascade="all, delete-orphan"
    )


class ActivityStep(Base):
    """One activity: when it falls due, when it applies, who does it, which letter and fee."""

    __tablename__ = "activity_step"
    id: Mapped[int] = mapped_column(primary_key=True)
    workflow_code: Mapped[str] = mapped_column(ForeignKey("activity_workflow.code"), index=True)
    order_no: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(20))
    description: Mapped[str]
    date_formula: Mapped[str] = mapped_column(String(20), default="0D")  # after the previous step
    conditions: Mapped[str | None] = mapped_column(String(100))  # "balance_positive,..."
    employee_function: Mapped[str | None] = mapped_column(ForeignKey("employee_function.code"))
    template_file: Mapped[str | None] = mapped_column(String(200))
    fee_code: Mapped[str | None] = mapped_column(ForeignKey("fee_code.code"))
    payment_days: Mapped[int | None] = mapped_column(Integer)  # the deadline the letter gives
    min_payment_days: Mapped[int | None] = mapped_column(Integer)  # legal least deadline
    min_legal_days: Mapped[int | None] = mapped_column(Integer)  # least days after the previous
    after_previous_deadline: Mapped[bool] = mapped_column(Boolean, default=False)
    legal_rule: Mapped[str | None] = mapped_column(String(200))
    workflow: Mapped[ActivityWorkflow] = relationship(back_populates="steps")
    __table_args__ = (UniqueConstraint("workflow_code", "order_no"),)


class FollowUp(Base):
    """Fremnotering: a step due on a case. status: open (to do), done, cancelled."""

    __tablename__ = "follow_up"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("collection_case.id", ondelete="CASCADE"))
    step_id: Mapped[int | None] = mapped_column(ForeignKey("activity_step.id"))
    description: Mapped[str]
    due_date: Mapped[date]
    responsible_employee_id: Mapped[int | None] = mapped_column(
        ForeignKey("employee.id"), index=True
    )
    status: Mapped[str] = mapped_column(String(12), default="open")
    source: Mapped[str] = mapped_column(String(20), default="workflow")  # payment_plan, manual
    reference: Mapped[str | None] = mapped_column(String(60))  # e.g. "plan:12:period:3"
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("follow_up.id"))
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(50))
    executed_on: Mapped[date | None]  # the letter's date
    executed_at: Mapped[datetime | None]
    executed_by: Mapped[str | None] = mapped_column(String(50))
    result: Mapped[str | None] = mapped_column(String(500))
    letter_path: Mapped[str | None] = mapped_column(String(500))
    fee_entry_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entry.id"))
    __table_args__ = (
        Index("ix_follow_up_status_due", "status", "due_date"),
        Index("ix_follow_up_case", "case_id", "status"),
    )


class ActivityRun(Base):
    """Kørsel sagsopfølgning: one mass execution (or a re-execution of an earlier one)."""

    __tablename__ = "activity_run"
    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    user: Mapped[str] = mapped_column(String(50))
    as_of: Mapped[date]
    filter_text: Mapped[str | None] = mapped_column(String(200))
    only_mine: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(12), default="running")  # done, cancelled, failed
    total: Mapped[int] = mapped_column(Integer, default=0)
    executed: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    letters: Mapped[int] = mapped_column(Integer, default=0)
    fees_total: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    reexecutes_run_id: Mapped[int | None] = mapped_column(ForeignKey("activity_run.id"))


class ActivityRunItem(Base):
    """One case of a run. outcome: executed, skipped, failed, reprinted."""

    __tablename__ = "activity_run_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("activity_run.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("collection_case.id", ondelete="CASCADE"))
    follow_up_id: Mapped[int | None] = mapped_column(ForeignKey("follow_up.id"))
    template_file: Mapped[str | None] = mapped_column(String(200))
    letter_path: Mapped[str | None] = mapped_column(String(500))
    fee_entry_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entry.id"))
    outcome: Mapped[str] = mapped_column(String(12))
    message: Mapped[str | None] = mapped_column(String(500))
    merge_record: Mapped[str | None] = mapped_column(Text)  # JSON, to print the run again
