"""The client funds ledger's part of `caplegal db verify`: its guard triggers exist, and its hash
chain recomputed from the first entry to the last agrees with every entry and with the chain
head (services/shared/funds_chain). The first problem is named in Danish; the result is kept on
the funds chain's head so the Role Center's red cue shows it until a check passes.
"""

from __future__ import annotations

from dataclasses import dataclass

from caplegal_desktop.services.maintenance.chain_check import (
    absent_triggers,
    has_table,
    record_check,
)
from caplegal_desktop.services.maintenance.chain_walk import (
    CHANGED,
    HEAD_DIFFERS,
    NO_HEAD,
    UNCHAINED,
    head_state,
    walk_chain,
)
from caplegal_desktop.services.shared import funds_chain

GUARDED = ("client_funds_entry", "payment_allocation")
SQLITE_TRIGGERS = (
    *(f"{table}_no_{event}" for table in GUARDED for event in ("update", "delete")),
    "funds_chain_no_delete",
)
PG_TRIGGERS = (
    *(f"{table}_no_{event}" for table in GUARDED for event in ("change", "truncate")),
    "funds_chain_no_delete",
)


@dataclass
class FundsCheck:
    intact: bool
    entries: int = 0
    last_hash: str | None = None
    missing_triggers: tuple[str, ...] = ()
    broken_entry_id: int | None = None
    problem: str | None = None


def has_funds_chain(database) -> bool:
    return has_table(database, "funds_chain")


def _absent_triggers(database) -> tuple[str, ...]:
    return absent_triggers(database, sqlite=SQLITE_TRIGGERS, postgresql=PG_TRIGGERS,
                           tables=("client_funds_entry", "payment_allocation", "funds_chain"))  # fmt: skip


def verify_funds(database, *, record: bool = True) -> FundsCheck | None:
    """Check the client funds ledger; None when the database has no funds chain (before 0014)."""
    if not has_funds_chain(database):
        return None
    check = _walk(database)
    listing = waiting_list_problem(database)
    if listing:
        check.intact = False
        check.problem = " ".join(x for x in (check.problem, listing) if x)
    missing = _absent_triggers(database)
    if missing:
        check.intact = False
        check.missing_triggers = missing
        check.problem = " ".join(x for x in (
            f"Beskyttelsen af klientmidlerne mangler i databasen (udløser: {', '.join(missing)}).",
            check.problem) if x)  # fmt: skip
    if record and not database.read_only_reason:
        record_check(database, "funds_chain", intact=check.intact, problem=check.problem)
    return check


def _walk(database) -> FundsCheck:
    sqlite = database.is_sqlite

    def row_hash(previous, values):
        return funds_chain.entry_hash(previous, funds_chain.from_sql(values, sqlite=sqlite))

    walk = walk_chain(database, table="client_funds_entry", columns=funds_chain.CHAINED_COLUMNS,
                      row_hash=row_hash, head_sql=funds_chain.HEAD_SQL,
                      genesis=funds_chain.GENESIS)  # fmt: skip
    if walk.finding in (UNCHAINED, CHANGED):
        why = (
            "bærer ingen kædeværdi (den er skrevet uden om programmet)"
            if walk.finding == UNCHAINED
            else "passer ikke med kæden: posten er ændret, eller en post lige før den er slettet"
        )
        return _broken(database, walk.row, walk.entries, why)
    if walk.finding == NO_HEAD:
        return FundsCheck(False, walk.entries, walk.last_hash,
                          problem="Klientmidlernes kædehoved (funds_chain) mangler.")  # fmt: skip
    if walk.finding == HEAD_DIFFERS:
        entries, head_last_id, _hash = walk.head
        return FundsCheck(
            False,
            walk.entries,
            walk.last_hash,
            problem=(
                f"Klientmidlernes kæde slutter ved post nr. {walk.last_id} efter {walk.entries} "
                f"poster, men den sidst bogførte var nr. {head_last_id} som nr. {entries}: de "
                "sidste poster er slettet, eller kædens hoved er ændret."
            ),
        )
    return FundsCheck(True, walk.entries, walk.last_hash)


_SETTLED = (
    "EXISTS (SELECT 1 FROM settlement_line l JOIN settlement s ON s.id = l.settlement_id "
    "WHERE l.ledger_entry_id = e.id AND s.status = 'posted')"
)
_LIST_CHECKS = (
    # a payment no posted settlement holds is on the list: otherwise no settlement takes it
    ("SELECT count(*), min(e.id) FROM ledger_entry e WHERE e.entry_type = 'payment' "
     f"AND NOT {_SETTLED} AND NOT EXISTS (SELECT 1 FROM unsettled_payment u "
     "WHERE u.ledger_entry_id = e.id)",
     "{n} indbetaling(er) mangler på listen over uafregnede indbetalinger (første: post nr. "
     "{first}); de kommer ikke med i nogen afregning."),
    # and one a posted settlement holds is not: it would be settled twice
    (f"SELECT count(*), min(e.id) FROM unsettled_payment u JOIN ledger_entry e "
     f"ON e.id = u.ledger_entry_id WHERE {_SETTLED}",
     "{n} afregnet(e) indbetaling(er) står stadig på listen over uafregnede (første: post nr. "
     "{first}); en ny afregning ville afvise dem."),
)  # fmt: skip


def waiting_list_problem(database) -> str | None:
    """The list of payments waiting for a settlement (unsettled_payment) disagrees with the
    ledger and the posted settlements: what is wrong, in Danish, or None."""
    if not has_table(database, "unsettled_payment"):
        return None
    problems = []
    for sql, text in _LIST_CHECKS:
        [(count, first)] = database.fetch_all(sql)
        if count:
            problems.append(text.format(n=count, first=first))
    return " ".join(problems) or None


def _broken(database, row, count: int, why: str) -> FundsCheck:
    entry_id, client_id = int(row[0]), row[1]
    found = database.fetch_all("SELECT no FROM client WHERE id = :id", {"id": client_id})
    client = f" (klient {found[0][0]})" if found else ""
    return FundsCheck(
        False,
        count,
        broken_entry_id=entry_id,
        problem=f"Klientmidlernes kæde er brudt ved post nr. {entry_id}{client}: den {why}.",
    )


def funds_alarm(database) -> str | None:
    """Why the Role Center shows the client funds ledger as not intact (the latest check
    failed, or the head disagrees with the entries), or None. Three indexed reads."""
    if not has_funds_chain(database):
        return None
    state = head_state(database, table="client_funds_entry", head_table="funds_chain")
    if state is None:
        return "Klientmidlernes kædehoved (funds_chain) mangler."
    if state.verified_ok is False:
        return state.problem or "Den seneste kontrol fandt klientmidlerne ændret."
    if not state.agrees:
        return (
            "Klientmidlerne passer ikke med kædens hoved: poster er slettet eller skrevet uden "
            "om programmet. Kør 'caplegal db verify'."
        )
    return None
