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
)


def _groups():
    for name in COMMAND_GROUPS:
        yield importlib.import_module(f"caplegal_desktop.cli.{name}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="caplegal", description="CapLegal Desktop")
    parser.add_argument("--db", help="SQLAlchemy database URL (default: the embedded SQLite file)")
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
    from caplegal_desktop.app import AppContext

    return AppContext.open(args.db)


def _dispatch(args) -> int:
    for group in _groups():
        result = group.dispatch(args, open_context)
        if result is not None:
            return result
    raise SystemExit(f"ukendt kommando: {args.command}")
