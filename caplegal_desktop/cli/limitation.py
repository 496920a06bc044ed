"""`caplegal limitation list|show|event` and `caplegal objection add|close|list`
(docs/limitation.md)."""

from __future__ import annotations

import argparse
import json
from datetime import date

from caplegal_desktop.cli.arguments import amount_argument

PART = {"claim": "", "interest": "renter"}  # interest after a fundament runs on its own


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' er ikke en dato (ÅÅÅÅ-MM-DD)") from exc


def _days(text: str) -> int:
    if not text.isascii() or not text.isdigit() or not 0 <= int(text) <= 3650:
        raise argparse.ArgumentTypeError(f"'{text}' er ikke et antal dage (0–3650)")
    return int(text)


def add_commands(sub) -> None:
    lim = sub.add_parser("limitation", help="limitation (forældelse) of claims").add_subparsers(
        dest="limitation_command", required=True
    )
    listing = lim.add_parser("list", help="claims time-barred or becoming so within DAYS")
    listing.add_argument("--within", type=_days, default=90, help="days ahead (default 90)")
    listing.add_argument("--as-of", type=_iso_date, default=None, help="default: today")
    listing.add_argument("--json", action="store_true")
    show = lim.add_parser("show", help="the limitation of each claim of a case, explained")
    show.add_argument("case_no")
    show.add_argument("--as-of", type=_iso_date, default=None)
    show.add_argument("--json", action="store_true")
    event = lim.add_parser("event", help="add an event: acknowledgement, negotiation ...")
    event.add_argument("case_no")
    event.add_argument("kind", help="acknowledgement, negotiation, writ_filed, bankruptcy, ...")
    event.add_argument("date", type=_iso_date)
    event.add_argument("--claim", type=int, help="claim no. (default: every claim)")
    event.add_argument("--ends", type=_iso_date, help="the day the step ended")
    event.add_argument("--written", action="store_true", help="a written acknowledgement")
    event.add_argument("--document", help="the document that shows it")
    event.add_argument("--note")

    obj = sub.add_parser("objection", help="objections (indsigelser)").add_subparsers(
        dest="objection_command", required=True
    )
    add = obj.add_parser("add", help="register an objection on a case or a claim")
    add.add_argument("case_no")
    add.add_argument("--by", required=True, help="who objects")
    add.add_argument("--what", required=True, help="what is disputed")
    add.add_argument("--date", type=_iso_date, default=None, help="received (default: today)")
    add.add_argument("--claim", type=int, help="claim no. (default: the whole case)")
    add.add_argument("--document")
    add.add_argument("--from-client", action="store_true", help="reported by the client")
    close = obj.add_parser("close", help="close an objection")
    close.add_argument("objection_id", type=int)
    close.add_argument("outcome", choices=["maintained", "reduced", "dropped"])
    close.add_argument("--amount", type=amount_argument, help="the reduction (reduced)")
    close.add_argument("--answer")
    letter = obj.add_parser("letter", help="the answer letter (maintained, reduced, dropped)")
    letter.add_argument("objection_id", type=int)
    letter.add_argument("--out", required=True, help="the .docx to write")
    letter.add_argument("--outcome", choices=["maintained", "reduced", "dropped"])
    letter.add_argument("--date", type=_iso_date, default=None, help="letter date (today)")
    olist = obj.add_parser("list", help="objections of a case")
    olist.add_argument("case_no")
    olist.add_argument("--json", action="store_true")


def dispatch(args, open_context) -> int | None:
    if args.command == "limitation":
        command = {"list": _list, "show": _show, "event": _event}[args.limitation_command]
        return command(args, open_context(args))
    if args.command == "objection":
        command = {
            "add": _objection_add,
            "close": _objection_close,
            "list": _objection_list,
            "letter": _objection_letter,
        }
        return command[args.objection_command](args, open_context(args))
    return None


def _list(args, context) -> int:
    from caplegal_desktop.services.limitation.queries import limitation_list

    as_of = args.as_of or date.today()
    with context.uow() as uow:
        rows = limitation_list(uow.session, as_of=as_of, within_days=args.within)
    if args.json:
        out = [
            {
                "case_no": r.case_no,
                "claim_no": r.claim_no,
                "description": r.description,
                "time_barred": r.result.time_barred(as_of),
                "days_left": r.result.days_left(as_of),
                "next_step": r.next_step,
                "limitation": r.to_json(),
            }
            for r in rows
        ]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(f"Ingen fordringer forældes inden for {args.within} dage.")
    for r in rows:
        state = "FORÆLDET" if r.result.time_barred(as_of) else f"om {r.result.days_left(as_of)} d."
        print(
            f"{r.case_no:>10} fordring {r.claim_no} {PART[r.component]:8} {r.date:%d-%m-%Y} {state:>12}"
            f"  {r.result.rule} — {r.next_step}"
        )
    return 0


def _show(args, context) -> int:
    from caplegal_desktop.services.limitation.queries import case_limitations
    from caplegal_desktop.services.shared.case_refs import case_id_by_no

    as_of = args.as_of or date.today()
    with context.uow() as uow:
        items = case_limitations(uow.session, case_id=case_id_by_no(uow.session, args.case_no))
    if args.json:
        out = [{"claim_no": i.claim_no, **i.to_json()} for i in items]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    for item in items:
        state = "forældet" if item.result.time_barred(as_of) else "ikke forældet"
        part = f" ({PART[item.component]})" if item.component != "claim" else ""
        print(f"Fordring {item.claim_no}{part}: {item.date:%d-%m-%Y}, {state}")
        for step in item.result.steps:
            mark = " " if step.counted else "×"
            print(f"  {mark} {step.on:%d-%m-%Y} {step.label}: {step.effect} [{step.rule}]")
    return 0


def _claim_id(session, case_id: int, claim_no: int | None) -> int | None:
    from sqlalchemy import select

    from caplegal_desktop.errors import Problem, ValidationError
    from models import Claim

    if claim_no is None:
        return None
    claim_id = session.scalar(
        select(Claim.id).where(Claim.case_id == case_id, Claim.line_no == claim_no)
    )
    if claim_id is None:
        raise ValidationError(Problem("--claim", f"Sagen har ingen fordring {claim_no}."))
    return claim_id


def _event(args, context) -> int:
    from caplegal_desktop.services.limitation.user_events import NewLimitationEvent, add_event
    from caplegal_desktop.services.shared.case_refs import case_id_by_no

    with context.uow(write=True) as uow:
        case_id = case_id_by_no(uow.session, args.case_no)
        request = NewLimitationEvent(
            case_id=case_id,
            kind=args.kind,
            event_date=args.date,
            claim_id=_claim_id(uow.session, case_id, args.claim),
            ends_on=args.ends,
            written=args.written,
            note=args.note,
            document_path=args.document,
        )
        changed = add_event(uow.session, request, user=uow.user)
        uow.commit()
    print(changed.message)
    return 0


def _objection_add(args, context) -> int:
    from caplegal_desktop.services.limitation.objections import NewObjection, register_objection
    from caplegal_desktop.services.shared.case_refs import case_id_by_no

    with context.uow(write=True) as uow:
        case_id = case_id_by_no(uow.session, args.case_no)
        request = NewObjection(
            case_id=case_id,
            received_on=args.date or date.today(),
            raised_by=args.by,
            disputed=args.what,
            claim_id=_claim_id(uow.session, case_id, args.claim),
            document_path=args.document,
            reported_by_client=args.from_client,
        )
        changed = register_objection(uow.session, request, user=uow.user)
        uow.commit()
    print(f"Indsigelse {changed.objection_id} registreret på sag {args.case_no}.")
    return 0


def _objection_close(args, context) -> int:
    from caplegal_desktop.services.limitation.objections import close_objection

    with context.uow(write=True) as uow:
        changed = close_objection(
            uow.session,
            objection_id=args.objection_id,
            outcome=args.outcome,
            user=uow.user,
            answer=args.answer,
            reduce_by=args.amount,
        )
        uow.commit()
    print(changed.message)
    return 0


def _objection_list(args, context) -> int:
    from caplegal_desktop.services.limitation.objections import case_objections
    from caplegal_desktop.services.shared.case_refs import case_id_by_no

    with context.uow() as uow:
        rows = case_objections(uow.session, case_id=case_id_by_no(uow.session, args.case_no))
    if args.json:
        print(json.dumps([r.to_json() for r in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(f"Sag {args.case_no} har ingen indsigelser.")
    for r in rows:
        where = f"fordring {r.claim_no}" if r.claim_no else "hele sagen"
        print(
            f"{r.id:>5} {r.received_on:%d-%m-%Y} {r.status:6} {where}: {r.raised_by} — "
            f"{r.disputed}" + (f" [{r.outcome}]" if r.outcome else "")
        )
    return 0


LETTER_TEMPLATES = {
    "maintained": "indsigelse_fastholdt.docx",
    "reduced": "indsigelse_nedsat.docx",
    "dropped": "indsigelse_frafaldet.docx",
}


def _objection_letter(args, context) -> int:
    from pathlib import Path

    from caplegal_desktop.errors import Problem, ValidationError
    from caplegal_desktop.services.follow_ups.letters import merge_case_letter
    from caplegal_desktop.services.limitation.objections import objection_merge_fields

    out = Path(args.out)
    if out.suffix.lower() != ".docx":
        raise ValidationError(Problem("--out", "Filnavnet skal ende på .docx."))
    with context.uow() as uow:
        case_id, outcome, fields = objection_merge_fields(
            uow.session, objection_id=args.objection_id, outcome=args.outcome
        )
        merge_case_letter(
            uow.session,
            template=LETTER_TEMPLATES[outcome],
            case_id=case_id,
            out=out,
            as_of=args.date or date.today(),
            extra=fields,
        )
    print(f"Svarbrev skrevet: {out}")
    return 0
