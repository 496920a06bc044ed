"""`caplegal funds ...`: the client funds ledger (klientmidler).

caplegal funds balance [--json]        per client: collected, retained, shortfall, paid out, balance
"""

from __future__ import annotations

import json


def add_commands(sub) -> None:
    group = sub.add_parser("funds", help="client funds (klientmidler)")
    cmd = group.add_subparsers(dest="funds_command", required=True)
    balance = cmd.add_parser("balance", help="the balance per client")
    balance.add_argument("--json", action="store_true")


def dispatch(args, open_context) -> int | None:
    if args.command != "funds":
        return None
    from caplegal_desktop.services.client_funds import funds_balances

    context = open_context(args)
    with context.uow() as uow:
        rows = funds_balances(uow.session)
    if args.json:
        print(json.dumps({"clients": [r.to_json_dict() for r in rows]}, ensure_ascii=False))
        return 0
    for r in rows:
        print(f"{r.client_no:<10} {r.client_name:<30} {r.balance:>14}")
    return 0
