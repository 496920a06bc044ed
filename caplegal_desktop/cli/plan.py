"""`caplegal plan ...`: ÅOP for any cash flows, quotes, and the plans themselves.

caplegal plan apr FILE.json --json
caplegal plan quote CASE_NO (--instalment X | --periods N | --last-date D) [--first-date D]
                    [--term month] [--extra-amount A --extra-date D] [--debtor PARTY_NO] --json
caplegal plan create CASE_NO [calculator options] [--activate] [--json]
caplegal plan activate|close|reopen PLAN_NO
caplegal plan show PLAN_NO [--json]      caplegal plan list [--status S] [--case CASE_NO]
caplegal plan print PLAN_NO --pdf FILE [--schedule]
caplegal plan missed [--as-of D] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path

from caplegal_desktop.cli.arguments import amount_argument
from caplegal_desktop.errors import Problem, ValidationError

STATUS_DA = {"draft": "Kladde", "active": "Aktiv", "closed": "Lukket"}


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' er ikke en dato (ÅÅÅÅ-MM-DD)") from exc


def _calculator_options(parser, *, required: bool) -> None:
    given = parser.add_mutually_exclusive_group(required=required)
    given.add_argument("--instalment", type=amount_argument, help="ydelse")
    given.add_argument("--periods", type=int, help="antal perioder")
    given.add_argument("--last-date", type=_iso_date, help="sidste betalingsdato")
    parser.add_argument("--first-date", type=_iso_date, help="default: the 1st of next month")
    parser.add_argument(
        "--term", choices=("month", "quarter", "half_year", "year"), default="month"
    )
    parser.add_argument("--extra-amount", type=amount_argument, help="ekstraordinær betaling")
    parser.add_argument("--extra-date", type=_iso_date)
    parser.add_argument("--allocation", choices=("oldest_first", "pro_rata", "special"))
    parser.add_argument("--order", choices=("interest_first", "costs_first"))
    parser.add_argument("--debtor", action="append", help="party no.; repeat (default: all)")
    parser.add_argument("--as-of", type=_iso_date, help="the plan's day (default: today)")
    parser.add_argument("--json", action="store_true")


def add_commands(sub) -> None:
    plan = sub.add_parser("plan", help="payment plans (betalingsplaner) and ÅOP")
    cmd = plan.add_subparsers(dest="plan_command", required=True)
    apr = cmd.add_parser(
        "apr",
        help="ÅOP for cash flows in a JSON file",
        description='{"advances": [{"date"|"months", "amount"}], "payments": [...]}, optional '
        '"period": "week"|"month"|"year" (default: from the payment dates) and "basis": '
        '"days"|"equal_months". Dated flows count time by bilag 1: whole periods back from '
        "each date, then days of 365 (366).",
    )
    apr.add_argument("file")
    apr.add_argument("--json", action="store_true")
    _calculator_options(
        cmd.add_parser("quote", help="calculate a plan without saving"), required=True
    )
    cmd.choices["quote"].add_argument("case_no")
    create = cmd.add_parser("create", help="create a plan (draft) from a case")
    create.add_argument("case_no")
    _calculator_options(create, required=False)
    create.add_argument("--activate", action="store_true")
    for name in ("activate", "close", "reopen"):
        one = cmd.add_parser(name, help=f"{name} a plan")
        one.add_argument("plan_no")
    show = cmd.add_parser("show", help="show a plan with its lines")
    show.add_argument("plan_no")
    show.add_argument("--json", action="store_true")
    listing = cmd.add_parser("list", help="all plans across cases")
    listing.add_argument("--status", choices=("draft", "active", "closed"))
    listing.add_argument("--case")
    listing.add_argument("--json", action="store_true")
    printing = cmd.add_parser("print", help="credit costs (kreditomkostninger) as PDF")
    printing.add_argument("plan_no")
    printing.add_argument("--pdf", required=True)
    printing.add_argument("--schedule", action="store_true", help="include the payment details")
    missed = cmd.add_parser("missed", help="instalments past due and not paid")
    missed.add_argument("--as-of", type=_iso_date)
    missed.add_argument("--json", action="store_true")


def dispatch(args, open_context) -> int | None:
    if args.command != "plan":
        return None
    if args.plan_command == "apr":
        return _apr(args)
    handler = {
        "quote": _quote,
        "create": _create,
        "activate": _step,
        "close": _step,
        "reopen": _step,
        "show": _show,
        "list": _list,
        "print": _print,
        "missed": _missed,
    }[args.plan_command]
    return handler(args, open_context(args))


def _apr(args) -> int:
    from workflows.payment_plan import PaymentPlanError, apr_from_json

    try:
        data = json.loads(Path(args.file).read_text(encoding="utf-8"))
        result = apr_from_json(data)
    except (OSError, json.JSONDecodeError) as exc:
        raise ValidationError(Problem("fil", f"Filen kan ikke læses: {exc}")) from exc
    except PaymentPlanError as exc:
        raise ValidationError(Problem("fil", str(exc))) from exc
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"ÅOP {result['apr_pct_print'].replace('.', ',')} % ({result['apr_pct']})")
    return 0


def _calculator(args):
    from caplegal_desktop.services.payment_plans.plans import CalculatorInput

    if (args.extra_amount is None) != (args.extra_date is None):
        message = "Angiv både --extra-amount og --extra-date."
        raise ValidationError(Problem("ekstraordinær betaling", message))
    return CalculatorInput(
        first_date=args.first_date,
        term=args.term,
        periods=args.periods,
        last_date=args.last_date,
        instalment=args.instalment,
        extra_amount=args.extra_amount,
        extra_date=args.extra_date,
        allocation_type=args.allocation,
        payment_order=args.order,
    )


def _debtor_ids(session, numbers):
    if not numbers:
        return None
    from caplegal_desktop.services.statements.queries import party_id_by_no

    return [party_id_by_no(session, no) for no in numbers]


def _quote(args, context) -> int:
    from caplegal_desktop.services.payment_plans.plans import quote_case

    with context.uow() as uow:
        quote = quote_case(
            uow.session,
            case_no=args.case_no,
            today=args.as_of or date.today(),
            calculator=_calculator(args),
            debtor_party_ids=_debtor_ids(uow.session, args.debtor),
        )
    if args.json:
        print(
            json.dumps(
                {"case_no": args.case_no, **quote.to_json_dict()}, ensure_ascii=False, indent=2
            )
        )
        return 0
    print(f"Betalingsplan for sag {args.case_no} (beregnet, ikke gemt)")
    _print_lines(quote.lines)
    print(f"Kreditomkostninger {quote.credit_cost}   ÅOP {quote.apr.apr_pct_print} %")
    for warning in quote.warnings:
        print(f"Advarsel: {warning}", file=sys.stderr)
    return 0


def _create(args, context) -> int:
    from caplegal_desktop.services.payment_plans import plans

    today = args.as_of or date.today()
    with context.uow(write=True) as uow:
        calculator = _calculator(args)
        changed = plans.create_plan(
            uow.session,
            case_no=args.case_no,
            user=uow.user,
            today=today,
            debtor_party_ids=_debtor_ids(uow.session, args.debtor),
            calculator=calculator,
        )
        if args.activate:
            changed = plans.activate_plan(
                uow.session, plan_no=changed.plan_no, user=uow.user, today=today
            )
        uow.commit()
    if args.json:
        print(json.dumps(asdict(changed), ensure_ascii=False))
    else:
        print(f"Betalingsplan {changed.plan_no} oprettet ({STATUS_DA[changed.status]}).")
        for closed in changed.closed_plan_nos:
            print(f"Betalingsplan {closed} er lukket.")
    return 0


def _step(args, context) -> int:
    from caplegal_desktop.services.payment_plans import plans

    with context.uow(write=True) as uow:
        if args.plan_command == "activate":
            changed = plans.activate_plan(
                uow.session, plan_no=args.plan_no, user=uow.user, today=date.today()
            )
        elif args.plan_command == "close":
            changed = plans.close_plan(uow.session, plan_no=args.plan_no, user=uow.user)
        else:
            changed = plans.reopen_plan(uow.session, plan_no=args.plan_no, user=uow.user)
        uow.commit()
    print(f"Betalingsplan {changed.plan_no}: {STATUS_DA[changed.status]}.")
    for closed in changed.closed_plan_nos:
        print(f"Betalingsplan {closed} er lukket.")
    return 0


def _show(args, context) -> int:
    from caplegal_desktop.services.payment_plans.plans import get_plan

    with context.uow() as uow:
        plan = get_plan(uow.session, plan_no=args.plan_no)
    if args.json:
        print(json.dumps(asdict(plan), ensure_ascii=False, indent=2, default=str))
        return 0
    print(f"Betalingsplan {plan.plan_no}, sag {plan.case_no}: {STATUS_DA[plan.status]}")
    print("Debitorer: " + ", ".join(f"{d.no} {d.name}" for d in plan.debtors))
    print(
        f"Ydelse {plan.instalment}  perioder {plan.periods}  "
        f"{plan.first_date:%d-%m-%Y} – {plan.last_date:%d-%m-%Y}"
        if plan.last_date
        else ""
    )
    print(f"Kreditomkostninger {plan.credit_cost}  ÅOP {plan.apr_pct} %")
    _print_lines(plan.lines)
    return 0


def _list(args, context) -> int:
    from caplegal_desktop.services.payment_plans.plans import plan_overview

    with context.uow() as uow:
        rows = plan_overview(uow.session, status=args.status, case_no=args.case)
    if args.json:
        print(json.dumps([row.to_json_dict() for row in rows], ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        print(
            f"{row.plan_no:10} sag {row.case_no:8} {STATUS_DA[row.status]:7} "
            f"{row.instalment or '':>10} x {row.periods or '':>3}  {row.debtors}"
        )
    return 0


def _print(args, context) -> int:
    from caplegal_desktop.services.payment_plans.printing import credit_costs_pdf

    if Path(args.pdf).suffix.lower() != ".pdf":
        raise ValidationError(Problem("--pdf", "Filnavnet skal ende på .pdf."))
    with context.uow() as uow:
        target = credit_costs_pdf(
            uow.session,
            plan_no=args.plan_no,
            target=Path(args.pdf),
            today=date.today(),
            include_schedule=args.schedule,
        )
    print(f"Kreditomkostninger gemt: {target}")
    return 0


def _missed(args, context) -> int:
    from caplegal_desktop.services.payment_plans.plans import missed_instalments

    with context.uow() as uow:
        rows = missed_instalments(uow.session, as_of=args.as_of or date.today())
    if args.json:
        print(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2, default=str))
        return 0
    for row in rows:
        print(
            f"{row.plan_no} sag {row.case_no} periode {row.period_no} "
            f"forfald {row.due_date:%d-%m-%Y}: mangler {row.outstanding}"
        )
    return 0


def _print_lines(lines) -> None:
    print(
        f"{'Nr.':>4} {'Forfald':10} {'Ydelse':>10} {'Renter':>9} {'Omkostn.':>9} "
        f"{'Afdrag':>10} {'Restgæld':>11}"
    )
    for ln in lines:
        print(
            f"{ln.period_no:>4} {ln.due_date:%d-%m-%Y} {ln.instalment:>10} "
            f"{ln.to_interest:>9} {ln.to_costs:>9} {ln.to_principal:>10} "
            f"{ln.remaining_balance:>11}"
        )
