"""`caplegal statement CASE_NO --as-of YYYY-MM-DD [--debtor PARTY_NO] [--json] [--pdf FILE]`."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from caplegal_desktop.errors import Problem, ValidationError


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' er ikke en dato (ÅÅÅÅ-MM-DD)") from exc


def add_commands(sub) -> None:
    statement = sub.add_parser("statement", help="collection statement as of a date")
    statement.add_argument("case_no")
    statement.add_argument("--as-of", type=_iso_date, default=None, help="default: today")
    statement.add_argument("--debtor", help="party no. of one debtor (default: the whole case)")
    statement.add_argument("--json", action="store_true")
    statement.add_argument("--pdf", help="write the printable statement (inkassoopgørelse)")
    statement.add_argument("--account-pdf", help="write the account statement (kontoudtog)")


def dispatch(args, open_context) -> int | None:
    if args.command != "statement":
        return None
    from caplegal_desktop.services.shared.case_refs import case_id_by_no
    from caplegal_desktop.services.statements.queries import (
        case_statement,
        party_id_by_no,
        statement_pdf,
    )

    as_of = args.as_of or date.today()
    context = open_context(args)
    with context.uow() as uow:
        case_id = case_id_by_no(uow.session, args.case_no)
        debtor = party_id_by_no(uow.session, args.debtor) if args.debtor else None
        statement = case_statement(
            uow.session, case_id=case_id, as_of=as_of, debtor_party_id=debtor
        )
        payload = statement.to_json_dict()
        if args.json:  # per claim: limitation, time-barred, disputed (issue 18)
            _add_limitation(uow.session, case_id, payload, as_of)
        for target, account in ((args.pdf, False), (args.account_pdf, True)):
            if target:
                if Path(target).suffix.lower() != ".pdf":
                    raise ValidationError(Problem("--pdf", "Filnavnet skal ende på .pdf."))
                statement_pdf(
                    uow.session,
                    case_id=case_id,
                    as_of=as_of,
                    target=Path(target),
                    debtor_party_id=debtor,
                    account=account,
                )
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        _print_text(statement)
    return 0


def _add_limitation(session, case_id: int, payload: dict, as_of: date) -> None:
    from caplegal_desktop.services.limitation.queries import add_limitation_to_claims
    from caplegal_desktop.services.limitation.statement_marks import (
        add_demanded,
        add_dispute_marks,
    )

    add_limitation_to_claims(session, case_id=case_id, claims=payload["claims"], as_of=as_of)
    add_dispute_marks(session, case_id=case_id, claims=payload["claims"])
    add_demanded(payload)


def _print_text(statement) -> None:
    totals = statement.totals.amounts()
    print(
        f"Inkassoopgørelse for sag {statement.case_no} pr. {statement.as_of:%d-%m-%Y} "
        f"({statement.currency})"
    )
    labels = {
        "principal": "Hovedstol",
        "interest": "Renter",
        "fees": "Gebyrer",
        "salary": "Salær",
        "vat": "Moms",
        "costs": "Omkostninger",
        "paid": "Betalt",
        "balance": "Saldo",
    }
    for key, label in labels.items():
        if key in totals:
            print(f"  {label:14} {totals[key]:>14}")
    for warning in statement.warnings or ():  # missing or unconfirmed legal figures
        print(f"! {warning.message}")
