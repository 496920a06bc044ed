"""`caplegal case find TEXT [--json]` and `caplegal db search-index` (docs/search.md)."""

from __future__ import annotations

import json
import textwrap


def add_case_find(case_commands) -> None:
    find = case_commands.add_parser(
        "find", help="find cases by identifier or by client, debtor or contact name"
    )
    find.add_argument("text", help="what to look for, e.g. 'Ærtebjerg' or 'erik sørensen'")
    find.add_argument("--limit", type=int, default=50, help="at most this many cases (50)")
    find.add_argument("--json", action="store_true")


def add_search_index(db_commands) -> None:
    db_commands.add_parser(
        "search-index", help="rewrite every search text and make any missing search index"
    )


def case_find(args, open_context) -> int:
    from caplegal_desktop.services.search.case_search import find_cases

    context = open_context(args)
    with context.uow() as uow:
        hits = find_cases(uow.session, text=args.text, limit=max(1, args.limit))
    if args.json:
        print(json.dumps([h.to_json_dict() for h in hits], ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print(f"Ingen sag matcher »{args.text.strip()}«.")
        return 0
    from workflows.exports.columns import danish_amount

    rows = [
        (
            h.case_no,
            _short(h.client, 34),
            _short(", ".join(h.debtors), 44),
            danish_amount(h.balance),
        )
        for h in hits
    ]
    widths = [max(len(r[i]) for r in [_HEADER, *rows]) for i in range(4)]
    for row in [_HEADER, *rows]:
        cells = [row[i].ljust(widths[i]) for i in range(3)] + [row[3].rjust(widths[3])]
        print("  ".join(cells))
    print(f"{len(hits)} sag(er).")
    return 0


_HEADER = ("Sag", "Klient", "Debitor(er)", "Saldo")


def _short(text: str, width: int) -> str:
    return textwrap.shorten(text, width=width, placeholder=" …") if len(text) > width else text


def search_index(context) -> int:
    from caplegal_desktop.services.shared import search_documents, search_index

    with context.database.engine.begin() as connection:
        search_index.drop(connection)
        search_documents.rebuild(connection)
        problems = search_index.install(connection)
    for problem in problems:
        print(f"Advarsel: {problem}")
    print("Søgeteksterne er skrevet forfra" + ("." if problems else ", og søgeindekset er klar."))
    return 0
