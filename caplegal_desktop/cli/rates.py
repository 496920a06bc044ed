"""`caplegal rates ...`: the reference-rate tables DK (udlånsrente) and SE (referensränta).

caplegal rates list [DK|SE] [--json]
caplegal rates set DK|SE YYYY-MM-DD PCT --source TEXT [--confirm]
caplegal rates correct DK|SE YYYY-MM-DD PCT --source TEXT [--reason TEXT] [--confirm]
caplegal rates confirm DK|SE YYYY-MM-DD
caplegal rates history DK|SE YYYY-MM-DD [--json]
caplegal rates import FILE.csv [--json]     (the whole file or nothing)

Bad input gives one Danish line on stderr, exit code 2, and changes nothing.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from caplegal_desktop.errors import Problem, ValidationError


def add_commands(sub) -> None:
    rates = sub.add_parser("rates", help="reference rates (DK udlånsrente, SE referensränta)")
    cmd = rates.add_subparsers(dest="rates_command", required=True)
    listing = cmd.add_parser("list", help="the rows of one table or both")
    listing.add_argument("table", nargs="?", help="DK or SE (default: both)")
    listing.add_argument("--json", action="store_true")
    for name, text in (("set", "add a new row"), ("correct", "correct a row, keeping history")):
        one = cmd.add_parser(name, help=text)
        one.add_argument("table", help="DK or SE")
        one.add_argument("valid_from", help="1 January or 1 July, YYYY-MM-DD")
        one.add_argument("rate", help="percent, e.g. 1.75 or -0.35")
        one.add_argument("--source", default="", help="where the rate is published")
        one.add_argument("--confirm", action="store_true", help="confirm it at once")
        if name == "correct":
            one.add_argument("--reason", help="why the row is corrected")
    for name, text in (("confirm", "confirm a row"), ("history", "the changes of a row")):
        one = cmd.add_parser(name, help=text)
        one.add_argument("table", help="DK or SE")
        one.add_argument("valid_from", help="YYYY-MM-DD")
        if name == "history":
            one.add_argument("--json", action="store_true")
    imp = cmd.add_parser("import", help="rows from a CSV file, all or none")
    imp.add_argument("file")
    imp.add_argument("--json", action="store_true")


def dispatch(args, open_context) -> int | None:
    if args.command != "rates":
        return None
    from caplegal_desktop.services.master_data import reference_rates as rates

    command = args.rates_command
    day = _date(args.valid_from) if hasattr(args, "valid_from") else None
    context = open_context(args)
    with context.uow(write=command in ("set", "correct", "confirm", "import")) as uow:
        session, user = uow.session, uow.user
        if command == "list":
            shown = rates.list_rates(session, table=args.table)
            cues = [] if args.json else rates.missing_rate_cues(session, today=date.today())
            _print_rows(shown, args.json, [c for c in cues if args.table in (None, c.table)])
            return 0
        if command == "history":
            _print_history(rates.rate_history(session, table=args.table, valid_from=day), args)
            return 0
        if command == "set":
            row = rates.set_rate(
                session, table=args.table, valid_from=day, rate_pct=args.rate,
                source=args.source, user=user, confirm=args.confirm,
            )  # fmt: skip
            done = [row]
        elif command == "correct":
            row = rates.correct_rate(
                session, table=args.table, valid_from=day, rate_pct=args.rate,
                source=args.source, user=user, reason=args.reason, confirm=args.confirm,
            )  # fmt: skip
            done = [row]
        elif command == "confirm":
            done = [rates.confirm_rate(session, table=args.table, valid_from=day, user=user)]
        else:
            done = rates.import_rates_csv(session, path=Path(args.file), user=user)
        uow.commit()
    if getattr(args, "json", False):
        print(json.dumps([_row_json(r) for r in done], ensure_ascii=False, indent=2))
    elif command == "import":
        print(f"{len(done)} rækker indlæst fra {Path(args.file).name}.")
    else:
        verb = {"set": "tilføjet", "correct": "rettet", "confirm": "bekræftet"}[command]
        print(f"Sats {verb}: {_row_text(done[0])}")
    return 0


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError(Problem("dato", f"'{text}' er ikke en dato (ÅÅÅÅ-MM-DD).")) from exc


def _row_json(row) -> dict:
    return {
        "table": row.table,
        "valid_from": row.valid_from.isoformat(),
        "rate_pct": str(row.rate_pct),
        "source": row.source,
        "confidence": row.confidence,
        "confirmed_by": row.confirmed_by,
        "confirmed_at": row.confirmed_at.isoformat(timespec="seconds")
        if row.confirmed_at
        else None,
        "needs_confirmation": row.needs_confirmation,
        "changes": row.changes,
    }


def _pct(rate) -> str:
    return f"{rate:.2f}".replace(".", ",") + " %"


def _row_text(row) -> str:
    confirmed = (
        f"bekræftet af {row.confirmed_by} {row.confirmed_at:%d-%m-%Y}"
        if row.confirmed_at
        else ("skal bekræftes" if row.needs_confirmation else "")
    )
    changes = f", {row.changes} rettelse(r)" if row.changes else ""
    return (
        f"{row.table} {row.valid_from:%d-%m-%Y} {_pct(row.rate_pct):>9}  {row.confidence:<10} "
        f"{confirmed}{changes}  ({row.source})"
    )


def _print_rows(rows, as_json: bool, cues) -> None:
    if as_json:
        print(json.dumps([_row_json(r) for r in rows], ensure_ascii=False, indent=2))
        return
    for row in rows:
        print(_row_text(row))
    for cue in cues:
        print(f"! {cue.message}")


def _print_history(changes, args) -> None:
    if args.json:
        data = [
            {
                "changed_at": c.changed_at.isoformat(timespec="seconds"),
                "changed_by": c.changed_by,
                "field": c.field,
                "old_value": c.old_value,
                "new_value": c.new_value,
                "reason": c.reason,
            }
            for c in changes
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    texts = {"created": "oprettet", "rate_pct": "sats", "source": "kilde"}
    texts.update(confidence="sikkerhed", confirmed_by="bekræftet af")
    for c in changes:
        what = texts.get(c.field, c.field)
        change = f"{c.old_value or '–'} → {c.new_value or '–'}"
        reason = f"  ({c.reason})" if c.reason else ""
        print(f"{c.changed_at:%d-%m-%Y %H:%M:%S} {c.changed_by}: {what} {change}{reason}")
