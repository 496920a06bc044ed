"""`caplegal portal serve [--host 127.0.0.1] [--port 8080] [--db URL]`: the portal on uvicorn.
Prints its URL; SIGTERM and Ctrl+C stop it cleanly (uvicorn finishes the open requests)."""

from __future__ import annotations

import argparse


def serve(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="caplegal portal serve")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--db", default=None, help="database URL (default: the settings')")
    parser.add_argument(
        "--secure-cookies",
        action="store_true",
        help="mark the session cookie Secure (behind a TLS reverse proxy)",
    )
    parser.add_argument(
        "--no-scheduler",
        action="store_true",
        help="leave the scheduled reports to `caplegal scheduler run` (cron)",
    )
    args = parser.parse_args(argv)

    import uvicorn

    from caplegal_desktop.app import AppContext
    from caplegal_desktop.cli.errors import run_guarded
    from portal.app import create_app
    from portal.limits import Limits

    opened: list[AppContext] = []
    code = run_guarded(lambda: opened.append(AppContext.open(args.db)) or 0)
    if not opened:
        return code
    context = opened[0]
    from portal.scheduled_runs import ScheduledRuns

    runs = None if args.no_scheduler else ScheduledRuns(context)
    try:
        limits = Limits.from_settings(context.settings.extra)
        app = create_app(context.database, secure_cookies=args.secure_cookies, limits=limits)
        print(f"CapLegal Backstage: http://{args.host}:{args.port}/", flush=True)
        if runs is not None:
            runs.start()
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    finally:
        if runs is not None:
            runs.stop()
        context.close()
    return 0
