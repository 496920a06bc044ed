"""Follow-ups (fremnoteringer) with their letters: scheduling from activity workflows, executing
one, mass execution with its run log, step fees, and the letters merged for them.

May use: shared, master_data, statements, claims, payment_plans, fundaments, limitation. Public
names below are what other features may use.
"""

from caplegal_desktop.services.follow_ups.schedule import case_follow_ups, schedule_first

__all__ = ["case_follow_ups", "schedule_first"]
