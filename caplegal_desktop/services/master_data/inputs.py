"""What a caller asks master data to create: a client or a party, plain data."""

from __future__ import annotations

from dataclasses import dataclass, field  # noqa: F401
from datetime import date  # noqa: F401
from decimal import Decimal  # noqa: F401


@dataclass
class ClientInput:
    """An existing client (no) or a new one (name and the rest)."""

    no: str | None = None
    name: str | None = None
    cvr: str | None = None
    vat_registered: bool | None = None
    address: str | None = None
    postcode: str | None = None
    city: str | None = None
    email: str | None = None


@dataclass
class PartyInput:
    """An existing party (no) or a new one."""

    no: str | None = None
    name: str | None = None
    kind: str = "person"  # models.enums.PartyKind
    cpr: str | None = None
    cvr: str | None = None
    personnummer: str | None = None
    orgnr: str | None = None
    address: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str = "DK"
    email: str | None = None
    phone: str | None = None
    customer_no: str | None = None
    regarding_party: str | None = None
