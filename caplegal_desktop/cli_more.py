"""Subcommands of the later features (statement, payments, plans, letters), wired as they land."""

from __future__ import annotations


def add_commands(sub) -> None:
    pass


def dispatch(args, open_context) -> int:
    raise SystemExit(f"unknown command {args.command}")
