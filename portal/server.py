"""`caplegal portal serve [--host 127.0.0.1] [--port 8080] [--db URL] [--workers N]`: the portal on
uvicorn. Prints its URL; SIGTERM and Ctrl+C stop it cleanly (uvicorn finishes the open requests).

`--workers N` (default: one per CPU core, at most 4) runs N server processes on the one port: a
page's Python runs on one core at a time, so one process leaves the other cores idle under load.
They share everything through the database (sessions too); the scheduled reports run in the
supervising process only. Each worker builds its app with `worker_app`, from the environment
variables the supervisor sets."""

from __future__ import annotations

import argparse
import os

ENV_DB, ENV_SECURE, ENV_WORKERS = (
    "CAPLEGAL_PORTAL_DB",
    "CAPLEGAL_PORTAL_SECURE_COOKIES",
    "CAPLEGAL_PORTAL_WORKERS",
)
MAX_DEFAULT_WORKERS = 4
# uvicorn's default of 5 s closes a browser's idle connection while it may be sending its next
# page request (a dropped request); a reverse proxy keeps its own, longer, keep-alive anyway
KEEP_ALIVE_SECONDS = 30


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, MAX_DEFAULT_WORKERS))


def _app_for(context, *, secure_cookies: bool, processes: int):
    from portal.app import create_app
    from portal.limits import Limits

    limits = Limits.from_settings(context.settings.extra, processes=processes)
    return create_app(context.database, secure_cookies=secure_cookies, limits=limits)


def worker_app():
    """One worker process's app (uvicorn's factory, called in each worker)."""
    from caplegal_desktop.app import AppContext

    context = AppContext.open(os.environ.get(ENV_DB) or None)
    return _app_for(
        context,
        secure_cookies=os.environ.get(ENV_SECURE) == "1",
        processes=int(os.environ.get(ENV_WORKERS, "1")),
    )


def serve(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="caplegal portal serve")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--db", default=None, help="database URL (default: the settings')")
    parser.add_argument(
        "--workers",
        type=int,
        default=default_workers(),
        help=f"server processes (default: one per CPU core, at most {MAX_DEFAULT_WORKERS})",
    )
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
    if args.workers < 1:
        parser.error("--workers must be 1 or more")

    import uvicorn

    from caplegal_desktop.app import AppContext
    from caplegal_desktop.cli.errors import run_guarded

    opened: list[AppContext] = []
    code = run_guarded(lambda: opened.append(AppContext.open(args.db)) or 0)
    if not opened:
        return code
    context = opened[0]  # upgrades the database once, before any worker opens it
    from portal.scheduled_runs import ScheduledRuns

    runs = None if args.no_scheduler else ScheduledRuns(context)
    try:
        print(f"CapLegal Backstage: http://{args.host}:{args.port}/", flush=True)
        if runs is not None:
            runs.start()
        if args.workers == 1:
            app = _app_for(context, secure_cookies=args.secure_cookies, processes=1)
            uvicorn.run(app, host=args.host, port=args.port, log_level="warning",
                        timeout_keep_alive=KEEP_ALIVE_SECONDS)  # fmt: skip
        else:
            os.environ[ENV_DB] = args.db or ""
            os.environ[ENV_SECURE] = "1" if args.secure_cookies else ""
            os.environ[ENV_WORKERS] = str(args.workers)
            uvicorn.run("portal.server:worker_app", factory=True, workers=args.workers,
                        host=args.host, port=args.port, log_level="warning",
                        timeout_keep_alive=KEEP_ALIVE_SECONDS)  # fmt: skip
    finally:
        if runs is not None:
            runs.stop()
        context.close()
    return 0
