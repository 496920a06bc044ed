"""The one error type the payment-plan rules raise; its message is Danish and shown to the user."""

from __future__ import annotations

from models.money import danish_kr


class PaymentPlanError(ValueError):
    """Bad input or an impossible plan; ``str(error)`` is a Danish sentence for the user."""


def kr(amount) -> str:
    """Danish amount text inside a sentence that ends with its own full stop: '1.234,56 kr'."""
    return danish_kr(amount).removesuffix(".")
