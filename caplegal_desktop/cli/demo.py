"""`caplegal demo`: fill the database with realistic demo data."""

from __future__ import annotations

import json

from caplegal_desktop.cli.progress import progress_bar


def add_commands(sub) -> None:
    demo = sub.add_parser("demo", help="fill the database with realistic demo data")
    demo.add_argument("--cases", type=int, default=200)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--json", action="store_true")


def dispatch(args, open_context) -> int | None:
    if args.command != "demo":
        return None
    return _demo(args, open_context)


def _demo(args, _open) -> int:
    from caplegal_desktop.services.demo.generate import generate_demo

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
