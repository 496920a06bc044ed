"""`caplegal fundament ...`: fundaments (judgment bases) of a case's debtors.

caplegal fundament list [--status S] [--case CASE_NO] [--filter TEXT] [--json]
caplegal fundament show FUNDAMENT_NO [--as-of D] [--json]
caplegal fundament create CASE_NO --date D [--debtor PARTY_NO] [--kind K] [--court-no X]
                          [--district CODE] [--hearing YYYY-MM-DDTHH:MM] [--deadline D]
                          [--awarded-costs A] [--bailiff-fee A] [--note T] [--activate [--replace]]
caplegal fundament activate FUNDAMENT_NO [--replace]
caplegal fundament reopen|close FUNDAMENT_NO
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from datetime import date, datetime

from caplegal_desktop.cli.arguments import amount_argument
from caplegal_desktop.errors import Problem, ValidationError

KINDS = ("judgment", "bailiff_settlement", "payment_claim", "other")
STATUSES = ("draft", "active", "reopened", "closed")
STATUS_TEXT = {"draft": "Kladde", "active": "Aktiv", "reopened": "Genåbnet", "closed": "Lukket"}


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' er ikke en dato (ÅÅÅÅ-MM-DD)") from exc


def _iso_datetime(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError as exc:
        message = f"'{text}' er ikke et tidspunkt (ÅÅÅÅ-MM-DDTTT:MM)"
        raise argparse.ArgumentTypeError(message) from exc


def add_commands(sub) -> None:
    fundament = sub.add_parser("fundament", help="fundaments (judgment bases) per debtor")
    cmd = fundament.add_subparsers(dest="fundament_command", required=True)
    listing = cmd.add_parser("list", help="all fundaments across cases")
    listing.add_argument("--status", choices=STATUSES)
    listing.add_argument("--case")
    listing.add_argument("--filter", default="")
    listing.add_argument("--json", action="store_true")
    show = cmd.add_parser("show", help="a fundament with its statistics")
    show.add_argument("fundament_no")
    show.add_argument("--as-of", type=_iso_date, help="statistics as of (default: today)")
    show.add_argument("--json", action="store_true")
    create = cmd.add_parser("create", help="Dan fundament for a debtor of a case")
    create.add_argument("case_no")
    create.add_argument("--debtor", help="party no. (default: the case's only debtor)")
    create.add_argument("--date", type=_iso_date, help="fundamentsdato (mandatory)")
    create.add_argument("--kind", choices=KINDS, default="judgment")
    create.add_argument("--court-no", help="Rettens nr., e.g. BS-4521/2026")
    create.add_argument("--district", help="court district code (default: the case's)")
    create.add_argument("--hearing", type=_iso_datetime, help="berammelse, e.g. 2026-04-14T10:30")
    create.add_argument("--deadline", type=_iso_date, help="eksekutionsfrist")
    create.add_argument(
        "--awarded-costs", type=amount_argument, help="tidl. tilkendte omkostninger"
    )
    create.add_argument("--bailiff-fee", type=amount_argument, help="tidl. fogedafgift")
    create.add_argument("--note")
    create.add_argument("--activate", action="store_true")
    create.add_argument("--replace", action="store_true", help="close the debtor's active one")
    create.add_argument("--json", action="store_true")
    activate = cmd.add_parser("activate", help="activate a fundament")
    activate.add_argument("fundament_no")
    activate.add_argument("--replace", action="store_true", help="close the debtor's active one")
    for name in ("reopen", "close"):
        one = cmd.add_parser(name, help=f"{name} a fundament")
        one.add_argument("fundament_no")


def dispatch(args, open_context) -> int | None:
    if args.command != "fundament":
        return None
    handler = {
        "list": _list,
        "show": _show,
        "create": _create,
        "activate": _step,
        "reopen": _step,
        "close": _step,
    }[args.fundament_command]
    return handler(args, open_context(args))


def _list(args, context) -> int:
    from caplegal_desktop.services.fundaments import fundaments as svc

    with context.uow() as uow:
        case_id = svc.case_id_by_no(uow.session, args.case) if args.case else None
        ids = svc.fundament_ids(
            uow.session, filter_text=args.filter, status=args.status, case_id=case_id
        )
        rows = svc.fundament_rows(uow.session, ids=ids)
    ordered = [rows[no] for no in ids]
    if args.json:
        print(json.dumps([asdict(r) for r in ordered], ensure_ascii=False, indent=2, default=str))
        return 0
    if not ordered:
        print("Ingen fundamenter.")
    for row in ordered:
        print(
            f"{row.no:10} sag {row.case_no:8} {STATUS_TEXT[row.status]:9} "
            f"{row.fundament_date:%d-%m-%Y}  {row.court_no or '':16} {row.debtor_name}"
        )
    return 0


def _show(args, context) -> int:
    from caplegal_desktop.services.fundaments import fundaments as svc

    with context.uow() as uow:
        shown = svc.get_fundament(uow.session, fundament_no=args.fundament_no)
        figures = svc.fundament_statistics(
            uow.session, fundament_no=args.fundament_no, as_of=args.as_of or date.today()
        )
    if args.json:
        data = {**asdict(shown), "statistics": asdict(figures)}
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        return 0
    kind = svc.KIND_DA[svc.FundamentKind(shown.kind)]
    print(f"Fundament {shown.no}, sag {shown.case_no}: {STATUS_TEXT[shown.status]}")
    print(f"Debitor: {shown.debtor_no} {shown.debtor_name}")
    print(f"{kind} af {shown.fundament_date:%d-%m-%Y}  Rettens nr.: {shown.court_no or ''}")
    if shown.hearing_at:
        print(f"Berammelse: {shown.hearing_at:%d-%m-%Y %H:%M}")
    if shown.execution_deadline:
        print(f"Eksekutionsfrist: {shown.execution_deadline:%d-%m-%Y}")
    print(f"Statistik pr. {figures.as_of:%d-%m-%Y}:")
    if figures.problem:
        print(f"  {figures.problem}")
    for label, value in (
        ("Hovedstol", figures.principal),
        ("Renter", figures.interest),
        ("Gebyrer", figures.fees),
        ("Salær", figures.salary),
        ("Udlæg", figures.costs),
        ("Betalt", figures.paid),
        ("Gæld i alt", figures.balance),
    ):
        print(f"  {label:12} {value:>14}")
    return 0


def _create(args, context) -> int:
    from caplegal_desktop.services.fundaments import fundaments as svc
    from caplegal_desktop.services.statements.queries import party_id_by_no

    today = date.today()
    with context.uow(write=True) as uow:
        case_id = svc.case_id_by_no(uow.session, args.case_no)
        debtors = svc.case_debtors(uow.session, case_id=case_id)
        if args.debtor:
            debtor_id = party_id_by_no(uow.session, args.debtor)
        elif len(debtors) == 1:
            debtor_id = debtors[0].party_id
        else:
            numbers = ", ".join(d.no for d in debtors)
            raise ValidationError(
                Problem("debitor", f"Sagen har flere debitorer; angiv --debtor ({numbers}).")
            )
        defaults = svc.new_fundament_input(uow.session, case_id=case_id)
        data = svc.FundamentInput(
            kind=args.kind,
            fundament_date=args.date,
            court_no=args.court_no,
            court_district_code=args.district or defaults.court_district_code,
            hearing_at=args.hearing,
            execution_deadline=args.deadline,
            awarded_costs=args.awarded_costs,
            previous_bailiff_fee=args.bailiff_fee,
            note=args.note,
        )
        changed = svc.create_fundament(
            uow.session,
            case_id=case_id,
            debtor_party_id=debtor_id,
            data=data,
            user=uow.user,
            today=today,
        )
        if args.activate:
            changed = svc.activate_fundament(
                uow.session,
                fundament_no=changed.fundament_no,
                user=uow.user,
                today=today,
                replace_active=args.replace,
            )
        uow.commit()
    if args.json:
        print(json.dumps(asdict(changed), ensure_ascii=False))
    else:
        print(f"Fundament {changed.fundament_no} oprettet ({STATUS_TEXT[changed.status]}).")
        _print_closed(changed)
    return 0


def _step(args, context) -> int:
    from caplegal_desktop.services.fundaments import fundaments as svc

    with context.uow(write=True) as uow:
        if args.fundament_command == "activate":
            changed = svc.activate_fundament(
                uow.session,
                fundament_no=args.fundament_no,
                user=uow.user,
                today=date.today(),
                replace_active=args.replace,
            )
        elif args.fundament_command == "reopen":
            changed = svc.reopen_fundament(
                uow.session, fundament_no=args.fundament_no, user=uow.user
            )
        else:
            changed = svc.close_fundament(
                uow.session, fundament_no=args.fundament_no, user=uow.user
            )
        uow.commit()
    print(f"Fundament {changed.fundament_no}: {STATUS_TEXT[changed.status]}.")
    _print_closed(changed)
    return 0


def _print_closed(changed) -> None:
    for no in changed.closed_nos:
        print(f"Fundament {no} er lukket (erstattet).")
