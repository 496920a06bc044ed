"""Which entry types raise the debt and which reduce it (see models.ledger.LedgerEntry)."""

from models.enums import EntryType

DEBT_TYPES = frozenset(
    {
        EntryType.PRINCIPAL,
        EntryType.FEE,
        EntryType.SALARY,
        EntryType.DISBURSEMENT,
        EntryType.INTEREST,
    }
)
REDUCING_TYPES = frozenset({EntryType.PAYMENT, EntryType.CREDIT, EntryType.WRITE_OFF})
