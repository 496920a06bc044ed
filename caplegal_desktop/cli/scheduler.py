"""`caplegal scheduler ...`: scheduled reports and their archive, for offices without the portal
server (run it from cron or the Windows Task Scheduler; two servers never run a report twice).

caplegal scheduler add REPORT once|week|month|quarter|year FIRST_RUN [--client NO]
caplegal scheduler run [--today YYYY-MM-DD] [--server NAME] [--json]   (due and missed runs,
    and once a day the ledger and audit chain check; exit 1 when it fails)
caplegal scheduler archive [--client NO] [--json]
caplegal scheduler file FILE_ID --out PATH
"""

from __future__ import annotations

import argparse
import json
import socket
from datetime import date

from workflows.private_files import write_private_bytes


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"ikke en dato (ÅÅÅÅ-MM-DD): {text}") from exc


def add_commands(sub) -> None:
    group = sub.add_parser("scheduler", help="scheduled reports and the archive")
    cmd = group.add_subparsers(dest="scheduler_command", required=True)
    add = cmd.add_parser("add", help="schedule a report")
    add.add_argument(
        "report", help="client_funds_statement, settlement, status, closed or collected"
    )
    add.add_argument("frequency", help="once, week, month, quarter or year")
    add.add_argument("first_run", type=_day)
    add.add_argument("--client")
    run = cmd.add_parser("run", help="run the due reports (and the missed ones)")
    run.add_argument("--today", type=_day, default=None)
    run.add_argument("--server", default=None, help="this server's name (default: host name)")
    run.add_argument("--json", action="store_true")
    arc = cmd.add_parser("archive", help="the archived runs")
    arc.add_argument("--client")
    arc.add_argument("--json", action="store_true")
    one = cmd.add_parser("file", help="write an archived file")
    one.add_argument("file_id", type=int)
    one.add_argument("--out", required=True)


def dispatch(args, open_context) -> int | None:
    if args.command != "scheduler":
        return None
    from caplegal_desktop.services.client_funds import scheduler

    command = args.scheduler_command
    context = open_context(args)
    if command == "run":
        from caplegal_desktop.services.maintenance.nightly import run_nightly_check

        server = args.server or socket.gethostname()
        check = run_nightly_check(context, today=args.today or date.today(), server=server)
        done = scheduler.run_due(context, today=args.today or date.today(), server=server)
        if args.json:
            print(json.dumps({"runs": [{"run_id": d.run_id, "schedule_id": d.schedule_id,
                                        "report": d.report, "due_date": d.due_date.isoformat(),
                                        "files": list(d.files)} for d in done],
                              "integrity": check and check.as_json()},
                             ensure_ascii=False))  # fmt: skip
        else:
            print(f"{len(done)} rapport(er) kørt.")
            if check is not None:
                print(check.message)
        return 0 if check is None or check.intact else 1
    with context.uow(write=command == "add") as uow:
        session = uow.session
        if command == "add":
            made = scheduler.add_schedule(session, report=args.report, frequency=args.frequency,
                                          first_run=args.first_run, user=uow.user,
                                          client_no=args.client)  # fmt: skip
            uow.commit()
            print(f"Rapport planlagt (nr. {made.id}), første kørsel {made.first_run.isoformat()}.")
            return 0
        if command == "archive":
            client_id = _client_id(session, args.client)
            rows = scheduler.archive(session, client_id=client_id)
            if args.json:
                print(json.dumps({"runs": rows}, ensure_ascii=False))
            else:
                for r in rows:
                    files = ", ".join(f"{f['id']}:{f['kind']}" for f in r["files"])
                    print(f"{r['run_id']:>5} {r['report']:<24} {r['due_date']}  {files}")
            return 0
        from models import ReportFile

        found = session.get(ReportFile, args.file_id)
        if found is None:
            from caplegal_desktop.errors import NotFound

            raise NotFound(f"Fil {args.file_id} findes ikke i arkivet.")
        write_private_bytes(args.out, found.content)
        print(f"{found.name} skrevet til {args.out}")
        return 0


def _client_id(session, client_no: str | None) -> int | None:
    if client_no is None:
        return None
    from sqlalchemy import select

    from caplegal_desktop.errors import NotFound
    from models import Client

    found = session.scalar(select(Client.id).where(Client.no == client_no))
    if found is None:
        raise NotFound(f"Klient {client_no} findes ikke.")
    return found
