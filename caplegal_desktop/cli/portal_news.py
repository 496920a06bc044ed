"""`caplegal portal news ...`: the news the portal's Översikt shows every client.

caplegal portal news add TEXT [--from YYYY-MM-DD] [--until YYYY-MM-DD]
caplegal portal news list [--json]
caplegal portal news remove ID
(`caplegal portal serve` is main.py's: it starts the server without this parser.)
"""

from __future__ import annotations

import argparse
import json
from datetime import date


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"ikke en dato (ÅÅÅÅ-MM-DD): {text}") from exc


def add_commands(sub) -> None:
    group = sub.add_parser("portal", help="the clients' portal: news (serve starts the server)")
    cmd = group.add_subparsers(dest="portal_command", required=True)
    news = cmd.add_parser("news", help="news on the portal's overview page")
    act = news.add_subparsers(dest="news_command", required=True)
    add = act.add_parser("add", help="add a news item")
    add.add_argument("text")
    add.add_argument("--from", dest="shown_from", type=_day, default=None)
    add.add_argument("--until", dest="shown_until", type=_day, default=None)
    listing = act.add_parser("list", help="the news shown today")
    listing.add_argument("--json", action="store_true")
    remove = act.add_parser("remove", help="take a news item down")
    remove.add_argument("news_id", type=int)


def dispatch(args, open_context) -> int | None:
    if args.command != "portal":
        return None
    from caplegal_desktop.services import news

    context = open_context(args)
    command = args.news_command
    with context.uow(write=command != "list") as uow:
        if command == "add":
            item = news.add_news(uow.session, text=args.text, user=uow.user,
                                 shown_from=args.shown_from, shown_until=args.shown_until)  # fmt: skip
            uow.commit()
            print(f"Nyhed {item.id} vises fra {item.shown_from.isoformat()}.")
        elif command == "remove":
            news.remove_news(uow.session, news_id=args.news_id)
            uow.commit()
            print(f"Nyhed {args.news_id} er taget ned.")
        else:
            items = news.current_news(uow.session, today=date.today(), limit=100)
            if args.json:
                print(json.dumps({"news": [i.to_json_dict() for i in items]}, ensure_ascii=False))
            for item in [] if args.json else items:
                print(f"{item.id:>4} {item.shown_from.isoformat()}  {item.text}")
    return 0
