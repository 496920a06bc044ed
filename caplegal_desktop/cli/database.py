"""`caplegal db upgrade|backup|set-password`: database maintenance."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from caplegal_desktop.cli import search as cli_search


def add_commands(sub) -> None:
    db = sub.add_parser("db", help="database maintenance").add_subparsers(
        dest="db_command", required=True
    )
    upgrade = db.add_parser(
        "upgrade", help="upgrade the schema; re-create the ledger's guard triggers (as owner)"
    )
    upgrade.add_argument(
        "--app-role",
        help="PostgreSQL: the role the program logs in as; granted INSERT/SELECT on the ledger",
    )
    verify = db.add_parser(
        "verify", help="recompute the ledger's hash chain and check its guard triggers"
    )
    verify.add_argument("--json", action="store_true")
    backup = db.add_parser("backup", help="copy the SQLite database while it is in use")
    backup.add_argument("path")
    restore = db.add_parser(
        "restore", help="put a backup of the SQLite database back (checked first)"
    )
    restore.add_argument("backup_file")
    restore.add_argument("--to", help="the database file to replace (default: the one in use)")
    password = db.add_parser("set-password", help="keep a server password in the OS keyring")
    password.add_argument("--stdin", action="store_true", help="read the password from stdin")
    cli_search.add_search_index(db)


def dispatch(args, open_context) -> int | None:
    if args.command != "db":
        return None
    return _db(args, open_context)


def _db(args, _open) -> int:
    from caplegal_desktop.config import resolve_database_url

    if args.db_command == "set-password":
        from caplegal_desktop.config import _has_password
        from caplegal_desktop.errors import SettingsError
        from caplegal_desktop.secrets import set_password

        if args.db and _has_password(args.db):
            raise SettingsError(
                "Skriv databaseadressen uden adgangskode (postgresql://bruger@server/db); "
                "adgangskoden spørges der om bagefter, eller den læses med --stdin."
            )
        url = resolve_database_url(args.db)
        secret = (
            sys.stdin.readline().rstrip("\n") if args.stdin else getpass.getpass("Adgangskode: ")
        )
        account = set_password(url, secret)
        print(f"Adgangskoden er gemt i nøgleringen for {account}.")
        return 0
    if args.db_command == "verify":
        return _verify(args)
    if args.db_command == "restore":
        return _restore(args)
    context = _open(args)
    if args.db_command == "search-index":
        return cli_search.search_index(context)
    if args.db_command == "upgrade":
        from caplegal_desktop.migrate import current_revision

        print(f"Databasen er på version {current_revision(context.database)}.")
        if not context.database.ledger_guard_missing:
            print("Beskyttelsen af de bogførte poster er på plads.")
        _grant(context.database, args.app_role)
    elif args.db_command == "backup":
        from caplegal_desktop.services.maintenance.backup import backup_sqlite

        target = backup_sqlite(context.database, Path(args.path))
        print(f"Sikkerhedskopi gemt: {target}")
    return 0


def _verify(args) -> int:
    """Exit 0 when the ledger is intact, 1 with the first problem named."""
    import json

    from caplegal_desktop.app import AppContext
    from caplegal_desktop.services.maintenance.verify import verify_ledger

    # Without the start's repair of missing triggers: they are what this reports.
    context = AppContext.open(args.db, guard=False)
    try:
        check = verify_ledger(context.database)
    finally:
        context.close()
    if args.json:
        print(json.dumps({**check.as_json(), "message": check.message()}, ensure_ascii=False))
    else:
        print(check.message())
    return 0 if check.intact else 1


def _restore(args) -> int:
    """Without opening (or upgrading) the database it replaces: it may be the broken one."""
    from caplegal_desktop.config import resolve_database_url
    from caplegal_desktop.db import sqlite_file
    from caplegal_desktop.errors import ServiceError
    from caplegal_desktop.services.maintenance.restore import PG_RESTORE_MSG, restore_sqlite

    if args.to:
        target = Path(args.to)
    else:
        url = resolve_database_url(args.db)
        path = sqlite_file(url)
        if path is None:
            raise ServiceError(PG_RESTORE_MSG if not url.startswith("sqlite") else
                               "Angiv databasefilen med --to.")  # fmt: skip
        target = Path(path)
    print(restore_sqlite(Path(args.backup_file), target).message())
    return 0


def _grant(database, role: str | None) -> None:
    from caplegal_desktop.errors import ServiceError
    from caplegal_desktop.pg_roles import grant_application_role

    if database.is_sqlite:
        if role:
            raise ServiceError("--app-role gælder kun en PostgreSQL-server.")
        return
    for name in grant_application_role(database, role):
        print(f"Programrollen {name} må læse og tilføje bogførte poster, ikke ændre eller slette.")
