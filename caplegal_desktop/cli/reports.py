"""`caplegal report ...`: the reports on the command line.

caplegal report list [--json]
caplegal report run ID [--as-of D] [--from D --to D] [--client NO] [--detailed]
                       [--xlsx F | --pdf F | --csv F | --json]
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from caplegal_desktop.services.reports.role_center import company_name
from workflows.reports import PeriodKind, ReportParams, ReportResult


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' er ikke en dato (ÅÅÅÅ-MM-DD)") from exc


def add_commands(sub) -> None:
    report = sub.add_parser("report", help="reports (rapporter)")
    cmd = report.add_subparsers(dest="report_command", required=True)
    listing = cmd.add_parser("list", help="the reports that can be run")
    listing.add_argument("--json", action="store_true")
    run = cmd.add_parser("run", help="run one report")
    run.add_argument("report_id")
    run.add_argument("--as-of", type=_iso_date, help="pr. dato (default: today)")
    run.add_argument("--from", dest="period_from", type=_iso_date, help="periodens første dato")
    run.add_argument("--to", dest="period_to", type=_iso_date, help="periodens sidste dato")
    run.add_argument("--client", help="klientnr.")
    run.add_argument("--detailed", action="store_true", help="per case instead of per client")
    output = run.add_mutually_exclusive_group()
    for fmt in ("xlsx", "pdf", "csv"):
        output.add_argument(f"--{fmt}", metavar="FILE")
    output.add_argument("--json", action="store_true")


def dispatch(args, open_context) -> int | None:
    if args.command != "report":
        return None
    from caplegal_desktop.services.reports import reports

    if args.report_command == "list":
        catalogue = reports.report_catalogue()
        if args.json:
            print(
                json.dumps(
                    [
                        {
                            "id": d.report_id,
                            "title": d.title,
                            "description": d.description,
                            "parameters": str(d.period_kind),
                            "detailed": d.has_detailed,
                        }
                        for d in catalogue
                    ],
                    ensure_ascii=False,
                )
            )
        else:
            for d in catalogue:
                print(f"{d.report_id:<10} {d.title:<25} {d.description}")
        return 0
    return _run(args, open_context(args), reports)


def _params(args, reports) -> ReportParams:
    definition = next(
        (d for d in reports.report_catalogue() if d.report_id == args.report_id), None
    )
    today = date.today()
    as_of = args.as_of
    period_from, period_to = args.period_from, args.period_to
    if definition is not None and definition.period_kind is PeriodKind.AS_OF:
        as_of = as_of or today
    elif definition is not None:
        # default period: this month up to today
        period_to = period_to or today
        period_from = period_from or period_to.replace(day=1)
    return ReportParams(
        as_of=as_of,
        period_from=period_from,
        period_to=period_to,
        client_no=args.client,
        detailed=args.detailed,
    )


def _run(args, context, reports) -> int:
    with context.uow() as uow:
        result = reports.run_report(
            uow.session, report_id=args.report_id, params=_params(args, reports)
        )
    firm = company_name(context.database)
    target = args.xlsx or args.pdf or args.csv
    if target:
        reports.export_report(result, target=Path(target), firm=firm, printed_on=date.today())
        print(f"{result.title}: {len(result.rows)} linjer gemt i {target}")
    elif args.json:
        print(json.dumps(result.to_json_dict(), ensure_ascii=False))
    else:
        _print_table(result)
    return 0


def _print_table(result: ReportResult) -> None:
    from workflows.exports import TableColumn, cell_text

    columns = [TableColumn(c.key, c.title, str(c.kind)) for c in result.columns]
    lines = [[c.title for c in columns]]
    for row in (*result.rows, result.totals):
        lines.append([cell_text(v, c) for v, c in zip(row, columns, strict=True)])
    widths = [max(len(line[i]) for line in lines) for i in range(len(columns))]
    print(f"{result.title} — {result.subtitle}")
    for line in lines:
        print(
            "  ".join(
                text.rjust(w) if c.numeric else text.ljust(w)
                for text, w, c in zip(line, widths, columns, strict=True)
            ).rstrip()
        )
