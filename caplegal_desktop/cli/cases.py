"""`caplegal case show|find` and `caplegal import cases`: cases from the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from caplegal_desktop.cli import search as cli_search
from caplegal_desktop.cli.progress import progress_bar


def add_commands(sub) -> None:
    case = sub.add_parser("case", help="cases").add_subparsers(dest="case_command", required=True)
    show = case.add_parser("show", help="show one case")
    show.add_argument("case_no")
    show.add_argument("--json", action="store_true")
    cli_search.add_case_find(case)

    imp = sub.add_parser("import", help="import data").add_subparsers(
        dest="import_command", required=True
    )
    cases = imp.add_parser("cases", help="import cases from a client's JSON file, all or none")
    cases.add_argument("file")
    cases.add_argument("--json", action="store_true")


def dispatch(args, open_context) -> int | None:
    if args.command == "case":
        if args.case_command == "find":
            return cli_search.case_find(args, open_context)
        return _case_show(args, open_context)
    if args.command == "import":
        return _import_cases(args, open_context)
    return None


def _case_show(args, _open) -> int:
    from caplegal_desktop.services.cases.queries import get_case_detail
    from caplegal_desktop.services.limitation.queries import add_limitation_to_claims

    context = _open(args)
    with context.uow() as uow:
        detail = get_case_detail(uow.session, args.case_no)
        payload = detail.to_json_dict()
        if args.json:  # per claim: "limitation": {"date", "rule", "events": [...]} (issue 18)
            add_limitation_to_claims(uow.session, case_id=detail.case_id, claims=payload["claims"])
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    print(f"Sag {detail.case_no} ({detail.case_type}, {detail.status}) — {detail.regarding or ''}")
    print(
        f"Klient: {detail.client_no} {detail.client_name}   Oprettet: {detail.created_on:%d-%m-%Y}"
    )
    if detail.payment_id:
        print(f"Betalings-id: {detail.payment_id}")
    for party in detail.parties:
        print(
            f"  {party.party_type:9} {party.no} {party.name}, {party.postcode or ''} "
            f"{party.city or ''}"
        )
    for claim in detail.claims:
        print(
            f"  Fordring {claim.claim_no}: {claim.description}  hovedstol {claim.principal} "
            f"{detail.currency}  rente {claim.interest_code} fra {claim.interest_from:%d-%m-%Y}"
        )
    for fee in detail.fees:
        print(f"  Gebyr {fee.fee_code}: {fee.amount} (moms {fee.vat_amount})")
    return 0


def _import_cases(args, _open) -> int:
    from caplegal_desktop.services.cases.case_import import import_cases_file

    context = _open(args)
    with context.uow(write=True) as uow, progress_bar(not args.json, "Importerer") as progress:
        result = import_cases_file(uow, Path(args.file), progress=progress)
    if args.json:
        print(
            json.dumps(
                {
                    "ok": result.ok,
                    "created": [c.case_no for c in result.created],
                    "existing": [
                        {"index": e.index, "external_ref": e.external_ref, "case_no": e.case_no}
                        for e in result.existing
                    ],
                    "rejected": [
                        {
                            "index": r.index,
                            "external_ref": r.external_ref,
                            "problems": [
                                {"field": p.field, "message": p.message} for p in r.problems
                            ],
                        }
                        for r in result.rejected
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    elif result.ok:
        if result.created or not result.existing:
            print(
                f"{len(result.created)} sager oprettet: "
                + ", ".join(c.case_no for c in result.created)
            )
        else:
            print("Ingen nye sager oprettet.")
        if result.existing:
            print(f"{len(result.existing)} sag(er) fandtes allerede (intet oprettet for dem):")
            for existing in result.existing:
                print(f"  {existing.describe()}")
    else:
        print(
            f"Filen er afvist; intet er gemt. {len(result.rejected)} post(er) med fejl:",
            file=sys.stderr,
        )
        for rejected in result.rejected:
            print(f"  {rejected.describe()}", file=sys.stderr)
    return 0 if result.ok else 1
