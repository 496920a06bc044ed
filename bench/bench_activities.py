"""Mass execution (masseudførelse) of 1,000 due reminders on SQLite, per case.

Each case: guardrails, statement, reminder fee, merged letter saved to disk, history, next
follow-up and run item, in its own transaction. The baseline, measured in the same run, is
merging and saving the same 1,000 letters alone from the records the run stored, so the ratio
says what the database work and the per-case transactions cost on top of the merge.
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import date
from pathlib import Path

CASES = 1_000
TODAY = date(2026, 11, 23)


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["CAPLEGAL_DATA_DIR"] = str(Path(folder) / "data")
        os.environ.setdefault("CAPLEGAL_CONFIG_DIR", str(Path(folder) / "config"))
        from sqlalchemy import select

        from caplegal_desktop.app import AppContext
        from caplegal_desktop.services.demo.generate import generate_demo
        from caplegal_desktop.services.follow_ups import letters, mass_execution
        from caplegal_desktop.services.follow_ups import schedule as follow_ups
        from models import ActivityRunItem

        ctx = AppContext.open(f"sqlite:///{folder}/bench.sqlite3", user="bench")
        generate_demo(ctx, cases=CASES, seed=1, today=TODAY)
        with ctx.uow(write=True) as uow:
            follow_ups.schedule_missing(uow.session, user="bench")
            uow.commit()
        started = time.perf_counter()
        summary = mass_execution.run_due(ctx, as_of=TODAY)
        per_case = (time.perf_counter() - started) * 1000 / max(summary.executed, 1)
        with ctx.uow() as uow:
            stored = uow.session.execute(
                select(ActivityRunItem.template_file, ActivityRunItem.merge_record).where(
                    ActivityRunItem.run_id == summary.run_id
                )
            ).all()
        out = Path(folder) / "baseline"
        out.mkdir()
        started = time.perf_counter()
        for n, (template, record_json) in enumerate(stored):
            compiled = letters.compiled_template(template)
            compiled.save(letters.record_from_json(record_json), out / f"{n}.docx")
        per_letter = (time.perf_counter() - started) * 1000 / max(len(stored), 1)
        ctx.close()
    return [
        {
            "name": f"mass execution per case ({summary.executed} due reminders, SQLite)",
            "unit": "ms",
            "value": round(per_case, 2),
            "baseline": round(per_letter, 2),
            "ratio": round(per_case / per_letter, 2),
        }
    ]


if __name__ == "__main__":
    print(run())
