"""The one error type the payment-plan rules raise; its message is Danish and shown to the user."""

from __future__ import annotations


class PaymentPlanError(ValueError):
    """Bad input or an impossible plan; ``str(error)`` is a Danish sentence for the user."""


def kr(amount) -> str:
    """Danish amount text for messages: 1.234,56 kr."""
    text = f"{amount:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"{text} kr"
