"""Scheduled reports and their archive (Backstage's Rapporter): a schedule, each run with its
parameters, and the files it made (PDF, HTML, Excel). One run per schedule and due date: the
unique key is what keeps two servers from running it twice."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class ReportSchedule(Base):
    __tablename__ = "report_schedule"
    id: Mapped[int] = mapped_column(primary_key=True)
    report: Mapped[str] = mapped_column(String(40))  # client_funds_statement, settlement
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"))
    frequency: Mapped[str] = mapped_column(String(10))  # once, week, month, quarter, year
    first_run: Mapped[date]
    next_run: Mapped[date | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(50))
    # JSON of what the portal's "Ny rapport" chose: {"detailed": bool, "period_from": ...}
    options: Mapped[str | None] = mapped_column(Text, default=None)


class ReportRun(Base):
    __tablename__ = "report_run"
    id: Mapped[int] = mapped_column(primary_key=True)
    schedule_id: Mapped[int | None] = mapped_column(ForeignKey("report_schedule.id"))
    report: Mapped[str] = mapped_column(String(40))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), index=True)
    due_date: Mapped[date]
    period_from: Mapped[date]
    period_to: Mapped[date]
    parameters: Mapped[str] = mapped_column(Text)  # JSON
    run_at: Mapped[datetime]
    run_by: Mapped[str] = mapped_column(String(100))  # user @ server
    __table_args__ = (UniqueConstraint("schedule_id", "due_date", name="uq_report_run_due"),)


class ReportFile(Base):
    __tablename__ = "report_file"
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("report_run.id"), index=True)
    kind: Mapped[str] = mapped_column(String(5))  # pdf, html, xlsx
    name: Mapped[str] = mapped_column(String(120))
    content: Mapped[bytes] = mapped_column(LargeBinary)
