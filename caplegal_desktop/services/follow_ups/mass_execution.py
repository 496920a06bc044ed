"""Mass execution (masseudførelse) of due follow-ups, the run log and re-execution.

Each case is executed in its own transaction: its letter, fee, history row, next follow-up and
run item are committed together, or — on any error — none of them (the letter file is deleted).
The cancel flag and the progress callback are checked between cases, so a cancelled run stops
after a whole case. Templates are compiled once per run (services.letters).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from caplegal_desktop.errors import NotFound, ServiceError
from caplegal_desktop.services.follow_ups import hold_backs, letters
from caplegal_desktop.services.follow_ups import schedule as follow_ups
from caplegal_desktop.services.follow_ups.execution import (
    ExecutionSetup,
    NextActivity,
    execute_follow_up,
)
from models import ActivityRun, ActivityRunItem, ActivityStep, Case, FollowUp, LedgerEntry
from models.money import ZERO

Progress = Callable[[int, int, str], None]  # done, total, case no.
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class RunSummary:
    run_id: int
    status: str  # done, cancelled
    total: int
    executed: int
    skipped: int
    failed: int
    letters: int
    fees_total: Decimal
    letter_paths: tuple[Path, ...]

    @property
    def message(self) -> str:
        text = (
            f"Kørsel {self.run_id}: {self.executed} udført, {self.skipped} sprunget over, "
            f"{self.failed} fejlet; {self.letters} {'brev' if self.letters == 1 else 'breve'}."
        )
        return text + (" Kørslen blev annulleret." if self.status == "cancelled" else "")


def run_due(
    ctx,
    *,
    as_of: date,
    only_mine: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    step_id: int | None = None,
) -> RunSummary:
    """Execute every due follow-up (or only the current user's; or only one activity's, the
    manual's Udfør on a line of Sagsopfølgning Oversigt), one case at a time."""
    user = ctx.user
    activity = follow_ups.ALL_ACTIVITIES if step_id is None else step_id
    with ctx.uow(write=True) as uow:
        # Missed plan instalments become follow-ups for a person to handle (not mass-executed).
        if follow_ups.create_for_missed_instalments(uow.session, as_of=as_of, user=user):
            uow.commit()
        ids = follow_ups.due_follow_up_ids(
            uow.session, as_of=as_of, user=user if only_mine else None, activity=activity
        )
        step = uow.session.get(ActivityStep, step_id) if step_id is not None else None
        activity_text = f", aktivitet {step.code} {step.description}" if step else ""
    filter_text = (
        f"Forfaldne pr. {as_of:%d-%m-%Y}" + activity_text + (f", kun {user}" if only_mine else "")
    )
    run_id = _start_run(ctx, as_of=as_of, only_mine=only_mine, filter_text=filter_text)
    return _execute_ids(ctx, run_id, ids, as_of=as_of, progress=progress, cancelled=cancelled)


def execute_one(ctx, *, follow_up_id: int, today: date, next_activity: NextActivity | None = None):
    """Execute one follow-up from the case card in its own transaction (letter and fee, or
    neither). Raises the service's ValidationError/Conflict unchanged."""
    with ctx.uow() as uow:
        setup = ExecutionSetup.load(uow.session, detach=True)
    with ctx.uow(write=True) as uow:
        done = None
        try:
            done = execute_follow_up(
                uow.session,
                follow_up_id=follow_up_id,
                user=uow.user,
                today=today,
                setup=setup,
                next_activity=next_activity,
            )
            uow.commit()
        except BaseException:
            _discard_letter(done)
            raise
    return done


def reexecute_run(
    ctx,
    *,
    run_id: int,
    today: date,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> RunSummary:
    """Genudførelse: the letters of the run are made again exactly as sent (no new fees), and
    what the run did not reach (cancelled, failed) and is still due is executed now."""
    with ctx.uow() as uow:
        old = uow.session.get(ActivityRun, run_id)
        if old is None:
            raise NotFound(f"Kørsel {run_id} findes ikke.")
        items = uow.session.scalars(
            select(ActivityRunItem)
            .where(ActivityRunItem.run_id == run_id)
            .order_by(ActivityRunItem.id)
        ).all()
        reprints = [
            (i.case_id, i.follow_up_id, i.template_file, i.merge_record, i.letter_path)
            for i in items
            if i.outcome in ("executed", "reprinted") and i.merge_record
        ]
        as_of, only_mine = old.as_of, old.only_mine
        ids = follow_ups.due_follow_up_ids(
            uow.session, as_of=max(as_of, today), user=ctx.user if only_mine else None
        )
    new_id = _start_run(
        ctx,
        as_of=today,
        only_mine=only_mine,
        filter_text=f"Genudførelse af kørsel {run_id}",
        reexecutes=run_id,
    )
    total = len(reprints) + len(ids)
    paths = []
    for done, (case_id, follow_up_id, template, record_json, path) in enumerate(reprints, 1):
        if cancelled is not None and cancelled():
            return _finish(ctx, new_id, "cancelled")
        target = Path(path)
        letters.compiled_template(template).save(letters.record_from_json(record_json), target)
        paths.append(target)
        with ctx.uow(write=True) as uow:
            uow.session.add(
                ActivityRunItem(
                    run_id=new_id,
                    case_id=case_id,
                    follow_up_id=follow_up_id,
                    template_file=template,
                    letter_path=str(target),
                    outcome="reprinted",
                    message="Brevet er dannet igen",
                    merge_record=record_json,
                )
            )
            uow.commit()
        if progress is not None:
            progress(done, total, "")
    return _execute_ids(
        ctx,
        new_id,
        ids,
        as_of=today,
        progress=progress,
        cancelled=cancelled,
        offset=len(reprints),
        total=total,
        reprinted=paths,
    )


def _start_run(ctx, *, as_of: date, only_mine: bool, filter_text: str, reexecutes=None) -> int:
    with ctx.uow(write=True) as uow:
        run = ActivityRun(
            started_at=follow_ups.now(),
            user=uow.user,
            as_of=as_of,
            filter_text=filter_text,
            only_mine=only_mine,
            status="running",
            reexecutes_run_id=reexecutes,
            total=0,
            executed=0,
            skipped=0,
            failed=0,
            letters=0,
            fees_total=ZERO,
        )
        uow.session.add(run)
        uow.commit()
        return run.id


def _execute_ids(
    ctx, run_id, ids, *, as_of, progress, cancelled, offset=0, total=None, reprinted=()
) -> RunSummary:
    total = len(ids) if total is None else total
    with ctx.uow() as uow:
        case_of = _cases_of(uow.session, ids)
        held = hold_backs.held_back(uow.session, case_of.values(), as_of=as_of)
        warnings = hold_backs.flagged_debtors(uow.session, list(case_of.values()))
        setup = ExecutionSetup.load(uow.session, detach=True)
    status = "done"
    for done, follow_up_id in enumerate(ids, offset + 1):
        if cancelled is not None and cancelled():
            status = "cancelled"
            break
        reason = held.get(case_of.get(follow_up_id))
        if reason is not None:
            case_no = _record_held_back(ctx, run_id, follow_up_id, case_of[follow_up_id], reason)
        else:
            warning = warnings.get(case_of.get(follow_up_id), "")
            case_no = _execute_in_own_transaction(
                ctx, run_id, follow_up_id, as_of, setup, warning=warning
            )
        if progress is not None:
            progress(done, total, case_no)
    return _finish(ctx, run_id, status, reprinted=reprinted)


def _execute_in_own_transaction(ctx, run_id, follow_up_id, as_of, setup, *, warning="") -> str:
    result = None
    try:
        with ctx.uow(write=True) as uow:
            try:
                result = execute_follow_up(
                    uow.session,
                    follow_up_id=follow_up_id,
                    user=uow.user,
                    today=as_of,
                    setup=setup,
                    held_back_checked=True,  # the run asked the hold-backs for all its cases
                )
                uow.session.add(
                    ActivityRunItem(
                        run_id=run_id,
                        case_id=result.case_id,
                        follow_up_id=follow_up_id,
                        template_file=result.template_file,
                        letter_path=str(result.letter_path) if result.letter_path else None,
                        fee_entry_id=result.fee_entry_id,
                        outcome=result.outcome,
                        message=(warning + result.message)[:500],
                        merge_record=letters.record_to_json(result.record)
                        if result.record
                        else None,
                    )
                )
                uow.commit()
                return result.case_no
            except BaseException:
                _discard_letter(result)
                raise
    except ServiceError as exc:
        return _record_failure(ctx, run_id, follow_up_id, str(exc))
    except Exception as exc:  # one broken case must not stop the run; it is logged as failed
        return _record_failure(ctx, run_id, follow_up_id, f"Uventet fejl: {exc}")


def _cases_of(session, follow_up_ids) -> dict[int, int]:
    cases: dict[int, int] = {}
    for start in range(0, len(follow_up_ids), 900):
        chunk = follow_up_ids[start : start + 900]
        rows = session.execute(select(FollowUp.id, FollowUp.case_id).where(FollowUp.id.in_(chunk)))
        cases.update((row.id, row.case_id) for row in rows)
    return cases


def _record_held_back(ctx, run_id: int, follow_up_id: int, case_id: int, reason: str) -> str:
    """The follow-up stays open (not cancelled): the workflow goes on once the reason is gone."""
    with ctx.uow(write=True) as uow:
        uow.session.add(
            ActivityRunItem(
                run_id=run_id,
                case_id=case_id,
                follow_up_id=follow_up_id,
                outcome="skipped",
                message=reason[:500],
            )
        )
        uow.commit()
        return uow.session.scalar(select(Case.no).where(Case.id == case_id)) or ""


def _discard_letter(result) -> None:
    if result is not None and result.letter_path is not None:
        Path(result.letter_path).unlink(missing_ok=True)


def _record_failure(ctx, run_id: int, follow_up_id: int, message: str) -> str:
    with ctx.uow(write=True) as uow:
        case_id = uow.session.scalar(select(FollowUp.case_id).where(FollowUp.id == follow_up_id))
        uow.session.add(
            ActivityRunItem(
                run_id=run_id,
                case_id=case_id,
                follow_up_id=follow_up_id,
                outcome="failed",
                message=message[:500],
            )
        )
        uow.commit()
        return uow.session.scalar(select(Case.no).where(Case.id == case_id)) or ""


def _finish(ctx, run_id: int, status: str, *, reprinted=()) -> RunSummary:
    with ctx.uow(write=True) as uow:
        session = uow.session
        run = session.get(ActivityRun, run_id)
        items = session.scalars(
            select(ActivityRunItem).where(ActivityRunItem.run_id == run_id)
        ).all()
        outcomes = [i.outcome for i in items]
        fee_ids = [i.fee_entry_id for i in items if i.fee_entry_id]
        fees = ZERO
        for start in range(0, len(fee_ids), 900):
            chunk = fee_ids[start : start + 900]
            fees += sum(
                session.scalars(select(LedgerEntry.amount).where(LedgerEntry.id.in_(chunk))), ZERO
            )
        run.status = status
        run.finished_at = follow_ups.now()
        run.total = len(items)
        run.executed = outcomes.count("executed") + outcomes.count("reprinted")
        run.skipped = outcomes.count("skipped")
        run.failed = outcomes.count("failed")
        run.letters = sum(1 for i in items if i.letter_path)
        run.fees_total = fees
        paths = tuple(Path(i.letter_path) for i in items if i.letter_path)
        summary = RunSummary(
            run.id,
            status,
            run.total,
            run.executed,
            run.skipped,
            run.failed,
            run.letters,
            fees,
            paths,
        )
        uow.commit()
    return summary
