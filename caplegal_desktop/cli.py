"""The command line: `caplegal SUBCOMMAND ...` (without a subcommand, main.py starts the GUI)."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from contextlib import contextmanager
from pathlib import Path

from caplegal_desktop import cli_search
from caplegal_desktop.errors import ServiceError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="caplegal", description="CapLegal Desktop")
    parser.add_argument("--db", help="SQLAlchemy database URL (default: the embedded SQLite file)")
    sub = parser.add_subparsers(dest="command", required=True)

    db = sub.add_parser("db", help="database maintenance").add_subparsers(
        dest="db_command", required=True
    )
    db.add_parser("upgrade", help="upgrade the schema to the newest version")
    backup = db.add_parser("backup", help="copy the SQLite database while it is in use")
    backup.add_argument("path")
    password = db.add_parser("set-password", help="keep a server password in the OS keyring")
    password.add_argument("--stdin", action="store_true", help="read the password from stdin")
    cli_search.add_search_index(db)

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

    demo = sub.add_parser("demo", help="fill the database with realistic demo data")
    demo.add_argument("--cases", type=int, default=200)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--json", action="store_true")

    from caplegal_desktop import cli_more

    cli_more.add_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except ServiceError as exc:
        print(f"Fejl: {exc}", file=sys.stderr)
        return 2


def _open(args):
    from caplegal_desktop.app import AppContext

    return AppContext.open(args.db)


def _dispatch(args) -> int:
    if args.command == "db":
        return _db(args)
    if args.command == "case" and args.case_command == "find":
        return cli_search.case_find(args, _open)
    if args.command == "case":
        return _case_show(args)
    if args.command == "import":
        return _import_cases(args)
    if args.command == "demo":
        return _demo(args)
    from caplegal_desktop import cli_more

    return cli_more.dispatch(args, _open)


def _db(args) -> int:
    from caplegal_desktop.config import resolve_database_url

    if args.db_command == "set-password":
        from caplegal_desktop.secrets import set_password

        url = resolve_database_url(args.db)
        secret = (
            sys.stdin.readline().rstrip("\n") if args.stdin else getpass.getpass("Adgangskode: ")
        )
        account = set_password(url, secret)
        print(f"Adgangskoden er gemt i nøgleringen for {account}.")
        return 0
    context = _open(args)
    if args.db_command == "search-index":
        return cli_search.search_index(context)
    if args.db_command == "upgrade":
        from caplegal_desktop.migrate import current_revision

        print(f"Databasen er på version {current_revision(context.database)}.")
    elif args.db_command == "backup":
        from caplegal_desktop.backup import backup_sqlite

        target = backup_sqlite(context.database, Path(args.path))
        print(f"Sikkerhedskopi gemt: {target}")
    return 0


def _case_show(args) -> int:
    from caplegal_desktop.services.case_queries import get_case_detail

    context = _open(args)
    with context.uow() as uow:
        detail = get_case_detail(uow.session, args.case_no)
    if args.json:
        print(json.dumps(detail.to_json_dict(), ensure_ascii=False, indent=2))
        return 0
    print(f"Sag {detail.case_no} ({detail.case_type}, {detail.status}) — {detail.regarding or ''}")
    print(
        f"Klient: {detail.client_no} {detail.client_name}   Oprettet: {detail.created_on:%d-%m-%Y}"
    )
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


@contextmanager
def progress_bar(enabled: bool, description: str):
    if not enabled or not sys.stderr.isatty():
        yield lambda done, total: None
        return
    from tqdm import tqdm

    bar = tqdm(desc=description, unit="sag", file=sys.stderr)

    def update(done: int, total: int) -> None:
        bar.total = total
        bar.n = done
        bar.refresh()

    try:
        yield update
    finally:
        bar.close()


def _import_cases(args) -> int:
    from caplegal_desktop.services.case_import import import_cases_file

    context = _open(args)
    with context.uow(write=True) as uow, progress_bar(not args.json, "Importerer") as progress:
        result = import_cases_file(uow, Path(args.file), progress=progress)
    if args.json:
        print(
            json.dumps(
                {
                    "ok": result.ok,
                    "created": [c.case_no for c in result.created],
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
        print(
            f"{len(result.created)} sager oprettet: " + ", ".join(c.case_no for c in result.created)
        )
    else:
        print(
            f"Filen er afvist; intet er gemt. {len(result.rejected)} post(er) med fejl:",
            file=sys.stderr,
        )
        for rejected in result.rejected:
            print(f"  {rejected.describe()}", file=sys.stderr)
    return 0 if result.ok else 1


def _demo(args) -> int:
    from caplegal_desktop.demo import generate_demo

    context = _open(args)
    with progress_bar(not args.json, "Demodata") as progress:
        summary = generate_demo(context, cases=args.cases, seed=args.seed, progress=progress)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print(
            f"{summary['cases']} demosager oprettet ({summary['first_case_no']}–"
            f"{summary['last_case_no']})."
        )
    return 0
