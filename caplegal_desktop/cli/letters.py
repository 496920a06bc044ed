"""Letters and follow-ups on the command line.

caplegal letters merge TEMPLATE.docx --case NO --out FILE.docx [--as-of DATE]
caplegal letters fields TEMPLATE.docx [--json]
caplegal letters pdf LETTER.docx --out FILE.pdf   (LibreOffice, else Word on Windows)
caplegal followups list [--view to_do|due|done] [--mine] [--as-of DATE] [--json]
caplegal followups run [--mine] [--as-of DATE] [--json]
caplegal followups schedule-missing
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' er ikke en dato (ÅÅÅÅ-MM-DD)") from exc


def add_commands(sub) -> None:
    letters = sub.add_parser("letters", help="merge Word letters (fletning)")
    letters_sub = letters.add_subparsers(dest="letters_command", required=True)
    merge = letters_sub.add_parser("merge", help="merge a template for one case")
    merge.add_argument("template")
    merge.add_argument("--case", required=True, help="case no.")
    merge.add_argument("--out", required=True, help="the merged .docx")
    merge.add_argument("--as-of", type=_iso_date, default=None, help="letter date (default today)")
    pdf = letters_sub.add_parser("pdf", help="save a merged letter as PDF (LibreOffice or Word)")
    pdf.add_argument("letter")
    pdf.add_argument("--out", required=True, help="the PDF file")
    fields = letters_sub.add_parser("fields", help="list a template's merge fields")
    fields.add_argument("template")
    fields.add_argument("--json", action="store_true")

    follow = sub.add_parser("followups", help="follow-ups (fremnoteringer)")
    follow_sub = follow.add_subparsers(dest="followups_command", required=True)
    listing = follow_sub.add_parser("list", help="the follow-up overview")
    listing.add_argument("--view", choices=("to_do", "due", "done"), default="due")
    run = follow_sub.add_parser("run", help="mass execution of due follow-ups")
    for parser in (listing, run):
        parser.add_argument("--mine", action="store_true", help="only the current user's")
        parser.add_argument("--as-of", type=_iso_date, default=None, help="default today")
        parser.add_argument("--json", action="store_true")
    follow_sub.add_parser("schedule-missing", help="first follow-up on cases without one")


def dispatch(args, open_context) -> int | None:
    if args.command == "letters":
        return _letters(args, open_context)
    if args.command == "followups":
        return _followups(args, open_context)
    return None


def _letters(args, open_context) -> int:
    from caplegal_desktop.services.follow_ups import letters

    if args.letters_command == "pdf":
        from caplegal_desktop.services.follow_ups.letter_pdf import letter_pdf

        print(f"PDF gemt: {letter_pdf(Path(args.letter), Path(args.out))}")
        return 0
    if args.letters_command == "fields":
        fields = letters.template_fields(args.template)
        if args.json:
            data = [{"name": f.name, "description": f.description} for f in fields]
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            width = max((len(f.name) for f in fields), default=0)
            for f in fields:
                print(f"{f.name:<{width}}  {f.description}")
        return 0
    from caplegal_desktop.services.shared.case_refs import case_id_by_no

    context = open_context(args)
    with context.uow() as uow:
        case_id = case_id_by_no(uow.session, args.case)
        out = letters.merge_case_letter(
            uow.session,
            template=args.template,
            case_id=case_id,
            out=Path(args.out),
            as_of=args.as_of or date.today(),
            user=uow.user,
        )
    print(f"Brevet er flettet: {out}")
    return 0


def _followups(args, open_context) -> int:
    from caplegal_desktop.services.follow_ups import mass_execution
    from caplegal_desktop.services.follow_ups import schedule as follow_ups

    context = open_context(args)
    if args.followups_command == "schedule-missing":
        with context.uow(write=True) as uow:
            count = follow_ups.schedule_missing(uow.session, user=uow.user)
            uow.commit()
        print(f"{count} sager har fået deres første fremnotering.")
        return 0
    as_of = args.as_of or date.today()
    if args.followups_command == "list":
        with context.uow() as uow:
            rows = follow_ups.overview(
                uow.session, view=args.view, as_of=as_of, user=context.user if args.mine else None
            )
        if args.json:
            print(json.dumps([_row_json(r) for r in rows], ensure_ascii=False, indent=2))
        else:
            for r in rows:
                print(
                    f"{r.due_date:%d-%m-%Y}  {r.case_no:<10} {r.description:<35} "
                    f"{r.responsible or '':<6} {r.status_text}"
                )
        return 0
    summary = mass_execution.run_due(context, as_of=as_of, only_mine=args.mine)
    if args.json:
        data = {
            "run_id": summary.run_id,
            "status": summary.status,
            "executed": summary.executed,
            "skipped": summary.skipped,
            "failed": summary.failed,
            "letters": [str(p) for p in summary.letter_paths],
            "fees_total": str(summary.fees_total),
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(summary.message)
    return 0


def _row_json(row) -> dict:
    return {
        "id": row.id,
        "case_no": row.case_no,
        "description": row.description,
        "due_date": row.due_date.isoformat(),
        "status": row.status,
        "responsible": row.responsible,
        "step": row.step_code,
        "executed_on": row.executed_on.isoformat() if row.executed_on else None,
        "result": row.result,
        "letter_path": row.letter_path,
    }
