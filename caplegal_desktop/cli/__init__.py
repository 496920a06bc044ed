"""The command line: `caplegal SUBCOMMAND ...` (without a subcommand, main.py starts the GUI).

One module per command group; each has `add_commands(sub)` and `dispatch(args, open_context)`,
which returns None when the command is not its own.
"""

from __future__ import annotations

import argparse
import importlib

COMMAND_GROUPS = (
    "database",
    "cases",
    "demo",
    "statement",
    "journal",
    "plan",
    "letters",
    "reports",
    "fundament",
    "rates",
    "settlement",
    "funds",
    "scheduler",
    "users",
    "limitation",
    "portal_news",
)


def _groups():
    for name in COMMAND_GROUPS:
        yield importlib.import_module(f"caplegal_desktop.cli.{name}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="caplegal", description="CapLegal Desktop")
    parser.add_argument("--db", help="SQLAlchemy database URL (default: the embedded SQLite file)")
    parser.add_argument(
        "--user",
        dest="sign_in_user",
        metavar="LOGIN",
        help="sign in as LOGIN (password from the keyring or a prompt); default: the OS user, "
        "or the API token in CAPLEGAL_TOKEN",
    )
    parser.add_argument("--version", action="version", version=f"CapLegal Desktop {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)
    for group in _groups():
        group.add_commands(sub)
    return parser


def _version() -> str:
    from workflows.bundle import program_version

    return program_version()


def main(argv: list[str] | None = None) -> int:
    """Run one command; every error ends as one Danish line and an exit code (cli/errors.py)."""
    from caplegal_desktop.cli.errors import run_guarded

    args = build_parser().parse_args(argv)
    return run_guarded(lambda: _dispatch(args), argv)


def open_context(args):
    """The opened database with the user signed in (docs/office.md): CAPLEGAL_TOKEN, --user
    LOGIN with the password from the keyring or a prompt, else the operating-system user."""
    import os
    import sys

    from caplegal_desktop.app import AppContext

    context = AppContext.open(args.db)
    for notice in context.database.notices:  # said once: the next start finds nothing to say
        print(notice, file=sys.stderr)
    login = getattr(args, "sign_in_user", None)
    token = os.environ.get("CAPLEGAL_TOKEN")
    if login and not token:
        context.sign_in(login=login, password=_user_password(login))
    else:
        context.sign_in(token=token)
    return context


def _user_password(login: str) -> str:
    from caplegal_desktop.secrets import user_password

    stored = user_password(login)
    if stored is not None:
        return stored
    import getpass

    return getpass.getpass(f"Adgangskode for {login}: ")


def _dispatch(args) -> int:
    for group in _groups():
        result = group.dispatch(args, open_context)
        if result is not None:
            return result
    raise SystemExit(f"ukendt kommando: {args.command}")
