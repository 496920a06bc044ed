"""Every service function the CLI or the tests call has a way in from the desk (issue 14): it
is reached from `ui/` (or `portal/`), directly or through the services it calls, or it is listed
below as CLI-only with the reason. A new CLI-only function fails here until a page, card field or
ribbon action reaches it — or someone writes down why a secretary never needs it.

"Reached" is read from the source: the names and the identifier-like strings (dispatch by name)
each function uses, followed from what `ui/` and `portal/` use."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

CLI_ONLY = {
    "backup_sqlite": "the nightly backup is run by the office's scheduler (`caplegal db backup`)",
    "party_id_by_no": "the CLI's debtor argument is a party number; the desk picks from a list",
    "apply_debit_notification": "bank files (camt.054 debit notifications) are read in a batch "
    "by `caplegal funds paid`",
    "reconcile": "camt.053 reconciliation is a batch job (`caplegal funds reconcile`); the "
    "desk shows its result as the Role Center cue",
    "record_reconciliation": "written by the reconciliation batch job",
    "set_account": "the client account's IBAN is set once by the administrator",
    "payout_file": "the pain.001 payout file is written by `caplegal settlement payout`",
    "correct_settlement": "a posted settlement is corrected (reversal + new) by the bookkeeper "
    "in the CLI",
    "outstanding_by_client": "a check figure: the tests prove the status report's remaining "
    "debt (on the desk) equals it",
    "restore_sqlite": "a restore replaces the database file: `caplegal db restore`, with every "
    "seat closed",
    "verify_ledger": "the full chain walk is `caplegal db verify` (the Role Center's red cue "
    "reads the chain head only)",
    "run_nightly_check": "the daily chain check runs in `caplegal scheduler run` (cron / Task "
    "Scheduler); its failure shows in the Role Center's red cue",
    "enter_portal_role": "PostgreSQL row-level security for a portal run under the portal role "
    "(tested with direct SQL); the portal runs as the application role today",
    "role_matrix": "the role matrix is documentation (docs/office.md) checked by a test",
    "case_version": "the versioned save of a case's general fields alone; the desk's case edit "
    "saves them with the version it loaded through case_edit.edit_case",
    "save_case_general": "see case_version",
    "converter_name": "names the program that turns letters into PDF for `caplegal letters pdf`",
    "add_demanded": "JSON of `caplegal statement --json`",
    "objection_merge_fields": "the objection answer letter is merged by `caplegal objection "
    "letter` only",
    "remove_event": "removing a user-added limitation event is CLI-only for now",
    "add_news": "the portal's news is written by the office with `caplegal portal news add`; "
    "the clients read it on the portal's Översikt (a desk page for it is not built yet)",
    "remove_news": "see add_news",
    "workflow_problems": "checks an activity workflow's steps; workflows are seeded setup rows "
    "and the desk has no workflow editor yet (a known gap)",
}


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def _used(node: ast.AST) -> set[str]:
    used = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name):
            used.add(sub.id)
        elif isinstance(sub, ast.Attribute):
            used.add(sub.attr)
        elif isinstance(sub, ast.ImportFrom):
            used.update(alias.name for alias in sub.names)
        elif isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            if IDENTIFIER.match(sub.value):
                used.add(sub.value)
        elif isinstance(sub, ast.JoinedStr) and len(sub.values) == 2:
            # f"{kind}_rows": dispatch by a name pattern reaches every "..._rows"
            head, tail = sub.values
            if isinstance(head, ast.FormattedValue) and isinstance(tail, ast.Constant):
                if IDENTIFIER.match(str(tail.value)):
                    used.add("*" + str(tail.value))
    return used


def _files(*folders: str) -> list[Path]:
    return [p for folder in folders for p in (ROOT / folder).rglob("*.py")]


def _graph() -> tuple[dict[str, set[str]], set[str]]:
    """Name -> what its body uses (module code counts for every function of the module), and
    the public service functions."""
    uses: dict[str, set[str]] = {}
    services: set[str] = set()
    for path in _files("caplegal_desktop", "workflows"):
        if "cli" in path.relative_to(ROOT).parts:
            continue
        tree = _tree(path)
        module_level = _used(
            ast.Module(
                body=[n for n in tree.body if not isinstance(n, ast.FunctionDef | ast.ClassDef)],
                type_ignores=[],
            )
        )
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                uses.setdefault(node.name, set()).update(_used(node) | module_level)
        if "services" in path.relative_to(ROOT).parts:
            services.update(
                n.name
                for n in tree.body
                if isinstance(n, ast.FunctionDef) and not n.name.startswith("_")
            )
    return uses, services


def _reached_from_the_desk(uses: dict[str, set[str]]) -> set[str]:
    start = set().union(*(_used(_tree(p)) for p in _files("ui", "portal")))
    reached, todo = set(start), list(start)
    while todo:
        name = todo.pop()
        found = uses.get(name, set())
        if name.startswith("*"):
            found = {known for known in uses if known.endswith(name[1:])}
        for other in found:
            if other not in reached:
                reached.add(other)
                todo.append(other)
    return reached


def test_every_service_the_cli_or_tests_call_is_reached_from_the_desk_or_listed():
    uses, services = _graph()
    called = set().union(*(_used(_tree(p)) for p in _files("caplegal_desktop/cli", "tests")))
    reached = _reached_from_the_desk(uses)
    unreached = sorted(n for n in services & called if n not in reached)
    unlisted = [n for n in unreached if n not in CLI_ONLY]
    assert not unlisted, (
        "service functions the CLI/tests call with no way in from the desk "
        f"(give them a page/action, or list them in CLI_ONLY with the reason): {unlisted}"
    )


def test_the_cli_only_list_holds_no_function_the_desk_now_reaches():
    uses, services = _graph()
    reached = _reached_from_the_desk(uses)
    stale = sorted(n for n in CLI_ONLY if n in reached or n not in services)
    assert not stale, f"remove from CLI_ONLY (now reached from the desk, or gone): {stale}"
