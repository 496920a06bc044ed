"""First start: open (create, upgrade, seed) the database and fill an empty one with demo data."""

from __future__ import annotations

import sys

from sqlalchemy import func, select

from caplegal_desktop.app import AppContext
from caplegal_desktop.services.demo.generate import generate_demo
from caplegal_desktop.services.follow_ups.schedule import schedule_missing
from models import Case

DEMO_CASES = 250


def main() -> int:
    context = AppContext.open()
    with context.uow() as uow:
        empty = not uow.session.scalar(select(func.count(Case.id)))
    if empty:
        print(f"Første start: opretter {DEMO_CASES} demosager i {context.database.display_name()}")
        generate_demo(context, cases=DEMO_CASES, seed=1)
        with context.uow(write=True) as uow:
            scheduled = schedule_missing(uow.session, user=uow.user)
            uow.commit()
        print(f"{scheduled} sager har fået deres første opfølgning (rykker).")
    context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
