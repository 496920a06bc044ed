"""The search texts: one folded, searchable text per case, party and client (docs/search.md).

Each row is derived data, written by caplegal_desktop.services.shared.search_documents whenever what it is made
of changes, and deleted with its record. The trigram indexes over `text` (an FTS5 table on
SQLite, a pg_trgm GIN index on PostgreSQL) are made by the migration: the models only describe
the plain tables.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class CaseSearch(Base):
    """Case no., client name, debtor names, their contacts, e-mails and phone numbers."""

    __tablename__ = "case_search"
    case_id: Mapped[int] = mapped_column(
        ForeignKey("collection_case.id", ondelete="CASCADE"), primary_key=True
    )
    text: Mapped[str] = mapped_column(Text)


class PartySearch(Base):
    """Party no., names, address, e-mail, customer no., phone and contact names."""

    __tablename__ = "party_search"
    party_id: Mapped[int] = mapped_column(
        ForeignKey("party.id", ondelete="CASCADE"), primary_key=True
    )
    text: Mapped[str] = mapped_column(Text)


class ClientSearch(Base):
    """Client no., name, CVR, address and e-mail."""

    __tablename__ = "client_search"
    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True
    )
    text: Mapped[str] = mapped_column(Text)
