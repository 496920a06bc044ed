"""Quick search (as in the Swedish portal): one box, every identifier a user might have at hand.

The text is classified first (an e-mail, a CPR/personnummer, a CVR, or a plain number or code)
and only the identifiers it can be are looked up: one UNION of indexed equality probes, sent
as plain SQL in one round trip so a search costs little more than the raw lookup itself.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from caplegal_desktop.services import office
from caplegal_desktop.services.shared.payment_ids import payment_id_in
from workflows.identity import search_key

_BY_PARTY = (
    "SELECT cp.case_id FROM case_party cp JOIN party p ON p.id = cp.party_id WHERE p.{column} = {p}"
)
_PROBES = {
    "case_no": "SELECT id FROM collection_case WHERE no = {p}",
    "debtor_no": _BY_PARTY.replace("{column}", "no"),
    "customer_no": _BY_PARTY.replace("{column}", "customer_no"),
    "previous_customer_no": _BY_PARTY.replace("{column}", "previous_customer_no"),
    "cpr": _BY_PARTY.replace("{column}", "cpr"),
    "cvr": _BY_PARTY.replace("{column}", "cvr"),
    "email": _BY_PARTY.replace("{column}", "email"),
    "invoice_no": "SELECT case_id FROM claim WHERE invoice_no = {p}",
    "ocr": "SELECT case_id FROM claim WHERE ocr = {p}",
    "claim_customer_no": "SELECT case_id FROM claim WHERE customer_no = {p}",
    "payment_id": "SELECT id FROM collection_case WHERE payment_id = {p}",
}
_CODES = (
    "case_no",
    "debtor_no",
    "customer_no",
    "previous_customer_no",
    "invoice_no",
    "ocr",
    "claim_customer_no",
)


def _probes(term: str) -> list[tuple[str, str]]:
    """(probe, value) pairs the text can stand for."""
    if "@" in term:
        return [("email", term.lower())]
    compact = term.replace(" ", "")
    digits = search_key(term)
    looks_like_person = (
        len(digits) == 10
        and len(compact.replace("-", "")) in (10, 12)
        and ("-" in compact or len(compact) in (10, 12))
    )
    probes = [(code, term) for code in _CODES]
    if looks_like_person:
        probes.append(("cpr", digits))
    if len(compact) == 8 and compact.isdigit():
        probes.append(("cvr", compact))
    payment_id = payment_id_in(term)
    if payment_id:  # the betalings-id of our letters (or its whole FI code line)
        probes.append(("payment_id", payment_id))
    return probes


def search_sql(
    term: str, *, marker: str = "?", limit: int = 500, scope: str | None = None
) -> tuple[str, tuple]:
    """The one SQL statement (and its parameters) that looks the text up; `scope` (from
    office.case_scope_sql on the column `hit`) limits it to a Klient user's cases."""
    probes = _probes(term)
    sql = " UNION ".join(_PROBES[name].replace("{p}", marker) for name, _ in probes)
    if scope is None:
        sql = f"SELECT * FROM ({sql}) AS hits ORDER BY 1 LIMIT {int(limit)}"
    else:  # the union's column is named by its first probe: id or case_id
        column = "id" if probes[0][0] == "case_no" else "case_id"
        sql = (
            f"SELECT * FROM ({sql}) AS hits WHERE {scope.replace('{hit}', 'hits.' + column)} "
            f"ORDER BY 1 LIMIT {int(limit)}"
        )
    return sql, tuple(value for _, value in probes)


def quick_search(session: Session, *, text: str, limit: int = 500) -> list[int]:
    """Case ids matching the text as case no., debtor no., customer no. (also previous), CPR or
    personnummer (with or without hyphen, no century), invoice no., OCR no., e-mail, or the
    payment id printed on our letters (alone or as the FI code line)."""
    actor = office.require(session, office.CASE_READ)
    term = text.strip()
    if not term:
        return []
    connection = session.connection()
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    scope = office.case_scope_sql(actor, "{hit}")
    sql, params = search_sql(term, marker=marker, limit=limit, scope=scope)
    # The DB-API cursor of the session's own connection (same transaction): a search is typed
    # key by key, so it skips SQLAlchemy's result machinery.
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]
    finally:
        cursor.close()
