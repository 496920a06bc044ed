"""Subcommands of the feature modules, each in its own caplegal_desktop/cli_<feature>.py."""

from __future__ import annotations

import importlib

FEATURE_MODULES = (
    "cli_statement",
    "cli_journal",
    "cli_plan",
    "cli_letters",
    "cli_reports",
    "cli_fundament",
    "cli_rates",
)


def _modules():
    for name in FEATURE_MODULES:
        try:
            yield importlib.import_module(f"caplegal_desktop.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"caplegal_desktop.{name}":
                raise


def add_commands(sub) -> None:
    for module in _modules():
        module.add_commands(sub)


def dispatch(args, open_context) -> int:
    for module in _modules():
        result = module.dispatch(args, open_context)
        if result is not None:
            return result
    raise SystemExit(f"ukendt kommando: {args.command}")
