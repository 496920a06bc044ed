"""`caplegal users ...`, `caplegal departments ...` and `caplegal audit list` (docs/office.md).

caplegal users add LOGIN --role ROLE [--name TEXT] [--employee INITIALS]
                   [--client NO --departments CODE,CODE] --password-stdin
caplegal users list [--json]
caplegal users disable LOGIN
caplegal users password LOGIN --password-stdin
caplegal users token LOGIN [--revoke]
caplegal departments add CLIENT_NO CODE NAME
caplegal departments list [--client NO] [--json]
caplegal audit list [--since DATE] [--user LOGIN] [--kind KIND] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date


def add_commands(sub) -> None:
    users = sub.add_parser("users", help="the office's users (brugere)")
    cmd = users.add_subparsers(dest="users_command", required=True)
    add = cmd.add_parser("add", help="add a user")
    add.add_argument("login")
    add.add_argument("--role", required=True, help="Administrator, Sagsbehandler, Sekretær, ...")
    add.add_argument("--name")
    add.add_argument("--employee", help="the employee's initials (staff)")
    add.add_argument("--client", help="the client number (Klient users)")
    add.add_argument("--departments", help="department codes granted, e.g. NORD,SYD")
    add.add_argument("--language", default="da", choices=("da", "sv", "en"))
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    listing = cmd.add_parser("list", help="list the users")
    listing.add_argument("--json", action="store_true")
    disable = cmd.add_parser("disable", help="disable a user (and revoke their API tokens)")
    disable.add_argument("login")
    password = cmd.add_parser("password", help="set a password (your own, or as administrator)")
    password.add_argument("login")
    password.add_argument("--password-stdin", action="store_true")
    token = cmd.add_parser("token", help="a new API token, printed once (or --revoke them)")
    token.add_argument("login")
    token.add_argument("--revoke", action="store_true")

    departments = sub.add_parser("departments", help="client departments (afdelinger)")
    dep = departments.add_subparsers(dest="departments_command", required=True)
    dep_add = dep.add_parser("add", help="add a department to a client")
    dep_add.add_argument("client_no")
    dep_add.add_argument("code")
    dep_add.add_argument("name")
    dep_list = dep.add_parser("list", help="list departments")
    dep_list.add_argument("--client")
    dep_list.add_argument("--json", action="store_true")

    audit = sub.add_parser("audit", help="the audit log (revisionslog)")
    aud = audit.add_subparsers(dest="audit_command", required=True)
    aud_list = aud.add_parser("list", help="audit lines, newest first")
    aud_list.add_argument("--since", type=_date_argument, help="YYYY-MM-DD")
    aud_list.add_argument("--user", dest="audit_user", metavar="LOGIN")
    aud_list.add_argument("--kind")
    aud_list.add_argument("--limit", type=int, default=1000)
    aud_list.add_argument("--json", action="store_true")


def _date_argument(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"ugyldig dato {text!r}; skriv ÅÅÅÅ-MM-DD") from exc


def _password(args) -> str | None:
    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    return None


def dispatch(args, open_context) -> int | None:
    if args.command == "users":
        return _users(args, open_context(args))
    if args.command == "departments":
        return _departments(args, open_context(args))
    if args.command == "audit":
        return _audit(args, open_context(args))
    return None


def _users(args, context) -> int:
    from caplegal_desktop.services.office import users

    command = args.users_command
    if command == "list":
        with context.uow() as uow:
            rows = users.list_users(uow.session)
        if args.json:
            print(json.dumps([r.to_json_dict() for r in rows], ensure_ascii=False, indent=2))
            return 0
        for r in rows:
            state = "aktiv" if r.active else "deaktiveret"
            scope = f" klient {r.client_no}" if r.client_no else ""
            if r.departments:
                scope += f" ({', '.join(r.departments)})"
            print(f"{r.login:<20} {r.role:<14} {state:<12} {r.name}{scope}")
        print(f"{len(rows)} bruger(e).")
        return 0
    if command == "add":
        password = _password(args)
        codes = [c.strip() for c in (args.departments or "").split(",") if c.strip()]
        with context.uow(write=True) as uow:
            row = users.add_user(
                uow.session,
                login=args.login,
                role_name=args.role,
                password=password,
                name=args.name,
                employee=args.employee,
                client_no=args.client,
                departments=codes,
                language=args.language,
            )
            uow.commit()
        forced = " Adgangskoden skal skiftes ved første login." if password is not None else ""
        print(f"Brugeren {row.login} er oprettet med rollen {row.role}.{forced}")
        return 0
    if command == "disable":
        with context.uow(write=True) as uow:
            users.disable_user(uow.session, login=args.login)
            uow.commit()
        print(f"Brugeren {args.login} er deaktiveret.")
        return 0
    if command == "password":
        password = _password(args)
        if password is None:
            import getpass

            password = getpass.getpass("Ny adgangskode: ")
        with context.uow(write=True) as uow:
            forced = users.set_password(uow.session, login=args.login, password=password)
            uow.commit()
        tail = " Den skal skiftes ved næste login." if forced else ""
        print(f"Adgangskoden for {args.login} er ændret.{tail}")
        return 0
    with context.uow(write=True) as uow:
        if args.revoke:
            revoked = users.revoke_tokens(uow.session, login=args.login)
        else:
            token = users.create_token(uow.session, login=args.login)
        uow.commit()
    if args.revoke:
        print(f"{revoked} API-nøgle(r) for {args.login} er tilbagekaldt.")
    else:
        print(token)
        print("Nøglen vises kun denne ene gang; gem den sikkert.", file=sys.stderr)
    return 0


def _departments(args, context) -> int:
    from caplegal_desktop.services.office import departments

    if args.departments_command == "add":
        with context.uow(write=True) as uow:
            row = departments.add_department(
                uow.session, client_no=args.client_no, code=args.code, name=args.name
            )
            uow.commit()
        print(f"Afdeling {row.code} ({row.name}) er oprettet for klient {row.client_no}.")
        return 0
    with context.uow() as uow:
        rows = departments.list_departments(uow.session, client_no=args.client)
    if args.json:
        print(json.dumps([r.to_json_dict() for r in rows], ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        print(f"{r.client_no:<10} {r.code:<12} {r.name}")
    print(f"{len(rows)} afdeling(er).")
    return 0


def _audit(args, context) -> int:
    from caplegal_desktop.services.office import AUDIT_READ, list_entries, require

    with context.uow() as uow:
        require(uow.session, AUDIT_READ)
        lines = list_entries(
            uow.session,
            since=args.since,
            login=args.audit_user,
            kind=args.kind,
            limit=max(1, args.limit),
        )
    if args.json:
        print(json.dumps([line.to_json_dict() for line in lines], ensure_ascii=False, indent=2))
        return 0
    for line in lines:
        target = f" {line.target}" if line.target else ""
        detail = f"  {line.detail}" if line.detail else ""
        print(f"{line.at:%Y-%m-%d %H:%M:%S}  {line.login:<16} {line.kind:<16}{target}{detail}")
    print(f"{len(lines)} linje(r).")
    return 0
