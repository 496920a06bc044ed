"""`caplegal settlement ...`: settle clients' money for a period (issue 17, docs/client-funds.md).

caplegal settlement create (--client NO | --all) --to YYYY-MM-DD [--json]
caplegal settlement post ID | --all-drafts        (all or nothing)
caplegal settlement correct ID                    (a reversal and a new settlement)
caplegal settlement show ID [--json]
caplegal settlement pdf ID --out FILE.pdf [--excel FILE.xlsx]
caplegal settlement pain001 --out FILE.xml [--execution-date D]   (posted, unpaid settlements)
caplegal settlement paid CAMT054_FILE [--json]                      (the bank's debit notification)

Bad input gives one Danish line on stderr, exit code 2, and changes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from workflows.private_files import write_private_bytes


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"ikke en dato (ÅÅÅÅ-MM-DD): {text}") from exc


def add_commands(sub) -> None:
    group = sub.add_parser("settlement", help="client settlements (afregning)")
    cmd = group.add_subparsers(dest="settlement_command", required=True)
    create = cmd.add_parser("create", help="make drafts for a client or all clients")
    who = create.add_mutually_exclusive_group(required=True)
    who.add_argument("--client", help="client no.")
    who.add_argument("--all", action="store_true", help="every client with unsettled payments")
    create.add_argument("--to", type=_day, required=True, help="last payment date, YYYY-MM-DD")
    create.add_argument("--json", action="store_true")
    post = cmd.add_parser("post", help="post drafts, all or nothing")
    which = post.add_mutually_exclusive_group(required=True)
    which.add_argument("id", nargs="?", type=int)
    which.add_argument("--all-drafts", action="store_true")
    post.add_argument("--json", action="store_true")
    post.add_argument("--progress", action="store_true", help="print 'posted N/M' on stderr")
    correct = cmd.add_parser("correct", help="reverse a posted settlement and make it again")
    correct.add_argument("id", type=int)
    correct.add_argument("--json", action="store_true")
    show = cmd.add_parser("show", help="one settlement")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true")
    pdf = cmd.add_parser("pdf", help="print a settlement to PDF")
    pdf.add_argument("id", type=int)
    pdf.add_argument("--out", required=True)
    pdf.add_argument("--excel", help="also write the Excel appendix (lines by component)")
    pain = cmd.add_parser("pain001", help="the payout file for the posted, unpaid settlements")
    pain.add_argument("--out", required=True)
    pain.add_argument("--execution-date", type=_day, default=None)
    paid = cmd.add_parser("paid", help="mark payouts paid from the bank's camt.054")
    paid.add_argument("file")
    paid.add_argument("--json", action="store_true")


def dispatch(args, open_context) -> int | None:
    if args.command != "settlement":
        return None
    from caplegal_desktop.services.client_funds import settlements as service

    command = args.settlement_command
    context = open_context(args)
    if command in ("pain001", "paid"):
        return _bank(args, context)
    with context.uow(write=command in ("create", "post", "correct")) as uow:
        session, user = uow.session, uow.user
        if command == "create":
            changed = service.create_drafts(session, to=args.to, user=user, client_no=args.client)
            uow.commit()
            return _print(service.settlement_json(session, changed.settlement_ids), args.json)
        if command == "post":
            progress = _progress if args.progress else None
            ids = None if args.all_drafts else [args.id]
            changed = service.post_settlements(
                session, user=user, settlement_ids=ids, progress=progress
            )
            uow.commit()
            if not args.json:
                print(f"{len(changed.settlement_ids)} afregning(er) bogført.")
                return 0
            return _print(service.settlement_json(session, changed.settlement_ids), True)
        if command == "correct":
            changed = service.correct_settlement(
                session, settlement_id=args.id, user=user, today=date.today()
            )
            uow.commit()
            return _print(service.settlement_json(session, changed.settlement_ids), args.json)
        if command == "show":
            return _print(service.settlement_json(session, [args.id]), args.json)
        from caplegal_desktop.services.client_funds import printing

        printing.settlement_pdf(session, settlement_id=args.id, target=Path(args.out))
        print(f"Afregning {args.id} skrevet til {args.out}")
        if args.excel:
            printing.settlement_xlsx(session, settlement_id=args.id, target=Path(args.excel))
            print(f"Bilag (Excel) skrevet til {args.excel}")
        return 0


def _bank(args, context) -> int:
    from datetime import datetime

    from caplegal_desktop.services.client_funds import bank

    with context.uow(write=True) as uow:
        if args.settlement_command == "pain001":
            made = bank.payout_file(
                uow.session, execution_date=args.execution_date or date.today(),
                now=datetime.now(),
            )  # fmt: skip
            write_private_bytes(args.out, made.xml)
            uow.commit()
            print(f"{len(made.settlement_ids)} afregning(er), {made.total} kr. skrevet til "
                  f"{args.out}")  # fmt: skip
            return 0
        done = bank.apply_debit_notification(
            uow.session, data=Path(args.file).read_bytes(), user=uow.user
        )
        uow.commit()
    if args.json:
        print(json.dumps({"paid": list(done.settlement_ids),
                          "unmatched": [{"amount": str(e.amount), "end_to_end_id":
                                         e.end_to_end_id} for e in done.unmatched]}))  # fmt: skip
    else:
        print(f"{len(done.settlement_ids)} afregning(er) betalt; {len(done.unmatched)} "
              "bankposter uden match.")  # fmt: skip
    return 0


def _progress(done: int, total: int) -> None:
    print(f"posted {done}/{total}", file=sys.stderr, flush=True)


def _print(data: dict, as_json: bool) -> int:
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    for s in data["settlements"]:
        print(
            f"Afregning {s['id']} klient {s['client_no']} ({s['status']}): indgået "
            f"{s['collected']}, klient {s['client_part']}, kontor {s['firm_part']}, moms "
            f"{s['vat']}, modregnet {s['set_off']}, udbetales {s['payout']} "
            f"({len(s['lines'])} linjer)"
        )
    if not data["settlements"]:
        print("Ingen uafregnede indbetalinger.")
    return 0
