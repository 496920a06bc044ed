"""`caplegal payments import`, `caplegal journal list|check|post`, `caplegal suspense list|resolve`.

Wired by cli_more: add_commands(sub) adds the parsers, dispatch(args, open_context) runs them and
returns None for commands that are not ours.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from caplegal_desktop.errors import ValidationError
from models.money import money_str


def add_commands(sub) -> None:
    payments = sub.add_parser("payments", help="bank payment files").add_subparsers(
        dest="payments_command", required=True
    )
    imp = payments.add_parser("import", help="import a camt.054, FI or BgMax file to the journal")
    imp.add_argument("file")
    imp.add_argument(
        "--per-employee",
        action="store_true",
        help="lines go to the responsible employee's batch, not STANDARD",
    )
    imp.add_argument("--json", action="store_true")

    jour = sub.add_parser("journal", help="the collection journal").add_subparsers(
        dest="journal_command", required=True
    )
    jour.add_parser("list", help="batches with line counts").add_argument(
        "--json", action="store_true"
    )
    check = jour.add_parser("check", help="list every problem of every line")
    check.add_argument("batch")
    check.add_argument("--json", action="store_true")
    post = jour.add_parser("post", help="post a batch (F9): all lines or none")
    post.add_argument("batch")
    post.add_argument("--yes", action="store_true", help="do not ask")
    post.add_argument("--preview", action="store_true", help="show the entries, change nothing")
    post.add_argument("--json", action="store_true")

    suspense = sub.add_parser("suspense", help="payments waiting for a case").add_subparsers(
        dest="suspense_command", required=True
    )
    listing = suspense.add_parser("list")
    listing.add_argument("--all", action="store_true", help="resolved ones too")
    listing.add_argument("--json", action="store_true")
    resolve = suspense.add_parser("resolve", help="assign a payment to a case (a journal line)")
    resolve.add_argument("id", type=int)
    resolve.add_argument("case_no", nargs="?", help="leave out with --handled")
    resolve.add_argument("--handled", action="store_true", help="handled by hand, no case")


def dispatch(args, open_context) -> int | None:
    handlers = {"payments": _payments, "journal": _journal, "suspense": _suspense}
    handler = handlers.get(args.command)
    return None if handler is None else handler(args, open_context(args))


def _print(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _payments(args, context) -> int:
    from caplegal_desktop.services.journal.payments_import import import_payment_file

    path = Path(args.file)
    with context.uow(write=True) as uow:
        result = import_payment_file(
            uow.session,
            data=path.read_bytes(),
            filename=path.name,
            user=uow.user,
            per_responsible_batch=args.per_employee,
        )
        uow.commit()
    if args.json:
        _print(
            {
                "import_id": result.import_id,
                "format": result.format,
                "file_id": result.file_id,
                "payments": result.payment_count,
                "matched": result.matched_count,
                "suspense": result.suspense_count,
                "total": money_str(result.total),
                "batches": list(result.batches),
            }
        )
    else:
        print(result.message)
    return 0


def _journal(args, context) -> int:
    from caplegal_desktop.services.journal import batches as journal
    from caplegal_desktop.services.journal import posting

    if args.journal_command == "list":
        with context.uow() as uow:
            batches = journal.list_batches(uow.session)
        if args.json:
            _print(
                [
                    {
                        "name": b.name,
                        "description": b.description,
                        "lines": b.line_count,
                        "total": money_str(b.total),
                        "version": b.version,
                    }
                    for b in batches
                ]
            )
        for b in [] if args.json else batches:
            print(f"{b.name:12} {b.line_count:6} linjer  {money_str(b.total):>14}  {b.description}")
        return 0
    if args.journal_command == "check":
        with context.uow() as uow:
            problems = posting.check_batch(
                uow.session, batch_id=journal.batch_by_name(uow.session, args.batch).id
            )
        if args.json:
            _print(
                [{"line_no": p.line_no, "field": p.field, "message": p.message} for p in problems]
            )
        else:
            for p in problems:
                print(f"Linje {p.line_no}: {p.field}: {p.message}")
            print("Ingen fejl." if not problems else f"{len(problems)} fejl.")
        return 1 if problems else 0
    return _post(args, context)


def _post(args, context) -> int:
    from caplegal_desktop.services.journal import batches as journal
    from caplegal_desktop.services.journal import posting

    def ask(question: str) -> bool:
        if args.yes:
            return True
        if not sys.stdin.isatty():
            print("Brug --yes for at bogføre uden at blive spurgt.", file=sys.stderr)
            return False
        return input(f"{question} [j/N] ").strip().lower() in ("j", "ja", "y", "yes")

    try:
        with context.uow(write=True) as uow:
            batch_id = journal.batch_by_name(uow.session, args.batch).id
            result = posting.post_batch(uow, batch_id=batch_id, confirm=ask, preview=args.preview)
    except ValidationError as refused:
        if args.json:
            _print(
                {
                    "posted": False,
                    "problems": [
                        {"field": p.field, "message": p.message} for p in refused.problems
                    ],
                }
            )
        else:
            print("Kladden er ikke bogført; ret disse fejl:", file=sys.stderr)
            for problem in refused.problems:
                print(f"  {problem}", file=sys.stderr)
        return 1
    if args.json:
        _print(
            {
                "posted": result.posted,
                "preview": result.preview,
                "batch": result.batch_name,
                "entries": [
                    {
                        "line_no": e.line_no,
                        "case_no": e.case_no,
                        "entry_type": e.entry_type,
                        "posting_date": e.posting_date.isoformat(),
                        "amount": money_str(e.amount),
                        "description": e.description,
                    }
                    for e in result.entries
                ],
            }
        )
        return 0 if result.posted or result.preview else 1
    if result.preview:
        for e in result.entries:
            print(
                f"  {e.case_no}  {e.posting_date:%d-%m-%Y}  {e.entry_type:13} "
                f"{money_str(e.amount):>12}  {e.description}"
            )
    print(result.message)
    return 0 if result.posted or result.preview else 1


def _suspense(args, context) -> int:
    from caplegal_desktop.services.journal import payments_import

    if args.suspense_command == "list":
        with context.uow() as uow:
            rows = payments_import.list_suspense(uow.session, include_resolved=args.all)
        if args.json:
            _print(
                [
                    {
                        "id": r.id,
                        "booking_date": r.booking_date.isoformat(),
                        "amount": money_str(r.amount),
                        "currency": r.currency,
                        "reference": r.reference,
                        "payer": r.payer_name,
                        "reason": r.reason,
                        "case_no": r.resolved_case_no,
                    }
                    for r in rows
                ]
            )
        for r in [] if args.json else rows:
            print(
                f"{r.id:6}  {r.booking_date:%d-%m-%Y}  {money_str(r.amount):>12} {r.currency}  "
                f"{r.reference or '':20}  {r.payer_name or '':20}  {r.reason}"
            )
        return 0
    if args.case_no is None and not args.handled:
        print("Angiv et sagsnummer, eller --handled.", file=sys.stderr)
        return 2
    with context.uow(write=True) as uow:
        changed = payments_import.resolve_suspense(
            uow.session, suspense_id=args.id, case_no=args.case_no, user=uow.user
        )
        uow.commit()
    if changed is None:
        print(f"Betaling {args.id} er markeret som behandlet.")
    else:
        print(f"Betaling {args.id} er sat på sag {args.case_no} som en kladdelinje.")
    return 0
