"""`caplegal funds ...`: the client funds ledger (klientmidler).

caplegal funds balance [--json]        per client: collected, retained, shortfall, paid out, balance
caplegal funds reconcile CAMT053_FILE [--json]    bank balance vs books, every difference listed
caplegal funds account NAME IBAN [--bic BIC] [--pain-version pain.001.001.03]
"""

from __future__ import annotations

import json


def add_commands(sub) -> None:
    group = sub.add_parser("funds", help="client funds (klientmidler)")
    cmd = group.add_subparsers(dest="funds_command", required=True)
    balance = cmd.add_parser("balance", help="the balance per client")
    balance.add_argument("--json", action="store_true")
    rec = cmd.add_parser("reconcile", help="reconcile the client account's camt.053")
    rec.add_argument("file")
    rec.add_argument("--json", action="store_true")
    account = cmd.add_parser("account", help="set the client funds account")
    account.add_argument("name")
    account.add_argument("iban")
    account.add_argument("--bic")
    account.add_argument("--pain-version")


def dispatch(args, open_context) -> int | None:
    if args.command != "funds":
        return None
    from caplegal_desktop.services.client_funds import funds_balances

    context = open_context(args)
    if args.funds_command == "reconcile":
        return _reconcile(args, context)
    if args.funds_command == "account":
        from caplegal_desktop.services.client_funds import bank

        with context.uow(write=True) as uow:
            bank.set_account(uow.session, name=args.name, iban=args.iban, bic=args.bic,
                             version=args.pain_version)  # fmt: skip
            uow.commit()
        print("Klientmiddelkontoen er gemt.")
        return 0
    with context.uow() as uow:
        rows = funds_balances(uow.session)
    if args.json:
        print(json.dumps({"clients": [r.to_json_dict() for r in rows]}, ensure_ascii=False))
        return 0
    for r in rows:
        print(f"{r.client_no:<10} {r.client_name:<30} {r.balance:>14}")
    return 0


def _reconcile(args, context) -> int:
    from pathlib import Path

    from caplegal_desktop.services.client_funds import bank

    with context.uow(write=True) as uow:
        result = bank.reconcile(uow.session, data=Path(args.file).read_bytes())
        bank.record_reconciliation(uow.session, result, user=uow.user)
        uow.commit()
    data = result.to_json_dict()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(f"Bank {data['bank_balance']}  bøger {data['book_balance']}  "
              f"difference {data['difference']}")  # fmt: skip
        for line in data["unmatched_bank_lines"]:
            print(f"  bankpost uden match: {line['booking_date']} {line['amount']} {line['text']}")
        for p in data["unsettled_payments"]:
            print(f"  uafregnet indbetaling: sag {p['case_no']} {p['posting_date']} {p['amount']}")
        for line in data["not_booked_bank_lines"]:
            print(
                f"  bankpost endnu ikke bogført (uden for saldoen): {line['booking_date']} "
                f"{line['amount']} {line['text']}"
            )
    return 0 if result.agrees else 1
