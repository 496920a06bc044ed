"""CapLegal Desktop: `caplegal` starts the program; `caplegal SUBCOMMAND` is the command line.

This module wires the core (caplegal_desktop) to its two front ends, the Qt UI (ui) and the
clients' web portal (portal: `caplegal portal serve`); it is the only place that knows them all.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:2] == ["portal", "serve"]:
        from portal.server import serve

        return serve(argv[2:])
    if argv and not (len(argv) == 2 and argv[0] == "--db"):
        from caplegal_desktop.cli import main as cli_main

        return cli_main(argv)
    return run_gui(db_url=argv[1] if argv else None)


def run_gui(*, db_url: str | None = None) -> int:
    from ui.platform_check import install_command, missing_xcb_packages, needs_xcb

    missing = missing_xcb_packages() if needs_xcb() else []
    if missing:
        print(
            "Programmets vindue kræver disse pakker (Qt's X11-bibliotek). Installér dem og start "
            f"igen:\n    {install_command(missing)}",
            file=sys.stderr,
        )
        return 3
    from caplegal_desktop.app import AppContext
    from caplegal_desktop.cli.errors import run_guarded
    from ui.app import run_gui as run_qt

    choice = None
    if _first_start(db_url):  # a machine without anything: ask before the database exists
        choice = _ask_first_start()
        if choice is None:
            return 0
    opened: list[AppContext] = []  # a bad URL, settings file or server: one Danish line
    code = run_guarded(lambda: opened.append(AppContext.open(db_url)) or 0)
    if not opened:
        return code
    context = opened[0]
    try:
        if choice is not None:
            from ui.first_start import apply_first_start

            def fill() -> int:
                apply_first_start(context, choice)
                return 0

            code = run_guarded(fill)
            if code:
                return code
        code = _sign_in(context)
        return code if code else run_qt(context)
    finally:
        context.close()


def _sign_in(context) -> int:
    """On the embedded file (or where setup says `"sign_in": "os"`) the operating-system user
    is the user; on a server the sign-in dialog asks (docs/office.md). 0 when signed in."""
    from caplegal_desktop.cli.errors import run_guarded

    if context.database.is_sqlite or context.settings.extra.get("sign_in") == "os":
        return run_guarded(lambda: context.sign_in() and 0)
    from ui.office.sign_in_dialog import ask_sign_in

    return 0 if ask_sign_in(context) else 1


def _first_start(db_url: str | None) -> bool:
    from caplegal_desktop.config import needs_first_start
    from caplegal_desktop.errors import SettingsError

    try:
        return needs_first_start(db_url)
    except SettingsError:
        return False  # AppContext.open says what is wrong with the settings file


def _ask_first_start():
    from caplegal_desktop.config import current_user, data_dir
    from ui.app import ensure_application
    from ui.first_start import ask_first_start

    ensure_application()
    return ask_first_start(login=current_user(), data_folder=str(data_dir()))


if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # the portal's worker processes start the frozen program
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
