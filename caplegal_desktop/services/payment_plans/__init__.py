"""Payment plans (betalingsplaner): quotes, activation and storage, agreements, follow-through of
instalments, the credit-costs print with ÅOP, the overview.

May use: shared, statements. Public names below are what other features may use.
"""

from caplegal_desktop.services.payment_plans.plans import missed_instalments
from caplegal_desktop.services.payment_plans.queries import DebtorChoice, case_debtors

__all__ = ["DebtorChoice", "case_debtors", "missed_instalments"]
