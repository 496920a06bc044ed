"""Likely duplicates of a client or a party about to be created (issue 21 §4).

Before a new client or party is saved, the desk shows the existing records it probably is:
the same CVR/CPR, a similar name at the same address, or a similar name alone. Names compare
æøå-insensitively: case is folded (Ærtebjerg = ærtebjerg) and æ/ø/å/ä/ö/ü are read as the
ae/oe/aa/ae/oe/ue a keyboard without them gives ("Aertebjerg"), legal forms (A/S, ApS, I/S,
AB ...) and punctuation are left out. Candidates come from indexed lookups only (identity
columns, the search texts, the post code), so the check stays fast on a large register.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from sqlalchemy import or_, select, union
from sqlalchemy.orm import Session

from caplegal_desktop.services.shared.text_filter import matching_ids
from models import Client, Party
from workflows.text_fold import SHORTEST_INDEXED_WORD, digits_only, fold

SAME_IDENTITY = "same_identity"
SAME_NAME_AND_ADDRESS = "same_name_and_address"
SIMILAR_NAME = "similar_name"
_RANK = {SAME_IDENTITY: 0, SAME_NAME_AND_ADDRESS: 1, SIMILAR_NAME: 2}
MAX_SHOWN = 10
_CANDIDATES = 200  # per lookup: enough for a common name, never the whole register
_SIMILAR = 0.85  # SequenceMatcher ratio of two plain names that are "the same name"

_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue",
                          "é": "e", "è": "e", "á": "a", "à": "a"})  # fmt: skip
_SPELLINGS = (("ae", "æ"), ("oe", "ø"), ("aa", "å"), ("ae", "ä"), ("oe", "ö"))
_LEGAL_FORMS = {"as", "aps", "is", "ks", "ps", "ivs", "amba", "smba", "fmba", "ab", "hb", "kb",
                "ek", "for", "v", "ved", "og", "co", "&"}  # fmt: skip


@dataclass(frozen=True)
class LikelyDuplicate:
    record_id: int
    no: str
    name: str
    address: str | None
    postcode: str | None
    city: str | None
    identity: str | None  # CVR or CPR as stored (digits)
    reason: str  # SAME_IDENTITY, SAME_NAME_AND_ADDRESS or SIMILAR_NAME
    kind: str | None = None  # a party's kind (person, business); None for a client


def plain_name(name: str | None) -> str:
    """A name as the duplicate check compares it: folded, æ→ae, ø→oe, å→aa, no punctuation
    and no legal form ("Ærtebjerg Gartneri ApS" -> "aertebjerg gartneri")."""
    words = re.split(r"[^\w]+", fold(name).replace("/", "").translate(_LETTERS))
    return " ".join(w for w in words if w and w not in _LEGAL_FORMS)


def plain_address(address: str | None) -> str:
    return " ".join(re.split(r"[^\w]+", fold(address).translate(_LETTERS))).strip()


def similar_names(a: str, b: str) -> bool:
    """Two plain names are the same name: equal, one's words all in the other's, or nearly
    equal letters (a typing error, a missing letter)."""
    if not a or not b:
        return False
    if a == b:
        return True
    words_a, words_b = set(a.split()), set(b.split())
    if words_a <= words_b or words_b <= words_a:
        return True
    return SequenceMatcher(None, " ".join(sorted(words_a)), " ".join(sorted(words_b))).ratio() >= (
        _SIMILAR
    )


def likely_duplicate_clients(
    session: Session,
    *,
    name: str,
    cvr: str | None = None,
    address: str | None = None,
    postcode: str | None = None,
) -> list[LikelyDuplicate]:
    """Existing clients the new one (name, CVR, address) probably is, most certain first."""
    identity = digits_only(cvr)
    found: dict[int, Client] = {}
    if identity:
        for client in session.scalars(select(Client).where(Client.cvr == identity).limit(50)):
            found[client.id] = client
    queries = _name_candidates(session, "client_search", name)
    if postcode and postcode.strip():
        queries.append(select(Client.id).where(Client.postcode == postcode.strip()))
    ids = union(*queries) if queries else []
    for client in session.scalars(select(Client).where(Client.id.in_(ids)).limit(_CANDIDATES)):
        found[client.id] = client
    return _rank(
        (LikelyDuplicate(c.id, c.no, c.name, c.address, c.postcode, c.city, c.cvr, "")
         for c in found.values()),
        name=name, identities={identity}, address=address, postcode=postcode,
    )  # fmt: skip


def likely_duplicate_parties(
    session: Session,
    *,
    name: str,
    cpr: str | None = None,
    cvr: str | None = None,
    address: str | None = None,
    postcode: str | None = None,
) -> list[LikelyDuplicate]:
    """Existing parties the new one (name, CPR/CVR, address) probably is, most certain first."""
    identities = {digits_only(cpr), digits_only(cvr)} - {""}
    found: dict[int, Party] = {}
    if identities:
        same = or_(Party.cpr.in_(identities), Party.cvr.in_(identities))
        for party in session.scalars(select(Party).where(same).limit(50)):
            found[party.id] = party
    queries = _name_candidates(session, "party_search", name)
    if postcode and postcode.strip():
        queries.append(select(Party.id).where(Party.postcode == postcode.strip()))
    ids = union(*queries) if queries else []
    for party in session.scalars(select(Party).where(Party.id.in_(ids)).limit(_CANDIDATES)):
        found[party.id] = party
    return _rank(
        (LikelyDuplicate(p.id, p.no, p.name, p.address, p.postcode, p.city, p.cpr or p.cvr, "",
                         p.kind)
         for p in found.values()),
        name=name, identities=identities, address=address, postcode=postcode,
    )  # fmt: skip


def _name_candidates(session: Session, table: str, name: str) -> list:
    """SELECTs of the ids whose search text holds the name's longest word, in each way of
    spelling æ/ø/å (none for a name without a word of three letters)."""
    words = sorted(fold(name).split(), key=len, reverse=True)
    words = [re.sub(r"[^\w]", "", w) for w in words]
    longest = next((w for w in words if len(w) >= SHORTEST_INDEXED_WORD), "")
    if not longest:
        return []
    spellings = {longest, longest.translate(_LETTERS)}
    for plain, letter in _SPELLINGS:
        spellings |= {s.replace(plain, letter) for s in list(spellings)}
    return [matching_ids(session, table, [s]) for s in sorted(spellings)]


def _rank(candidates, *, name, identities, address, postcode) -> list[LikelyDuplicate]:
    wanted = plain_name(name)
    street = plain_address(address)
    hits = []
    for hit in candidates:
        if hit.identity and hit.identity in identities:
            reason = SAME_IDENTITY
        elif similar_names(wanted, plain_name(hit.name)):
            same_place = (
                street
                and street == plain_address(hit.address)
                and (not postcode or not hit.postcode or postcode.strip() == hit.postcode)
            )
            reason = SAME_NAME_AND_ADDRESS if same_place else SIMILAR_NAME
        else:
            continue
        hits.append(
            LikelyDuplicate(**{**hit.__dict__, "reason": reason})  # frozen: a new value
        )
    hits.sort(key=lambda h: (_RANK[h.reason], plain_name(h.name) != wanted, h.name, h.no))
    return hits[:MAX_SHOWN]
