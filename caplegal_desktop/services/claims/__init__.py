"""Claims after creation: add, adjust and delete claims, fees and salary (the claims window),
change parties and the court district. New fees post through the journal chain.

May use: shared, master_data, journal. Public names below are what other features may use.
"""

from caplegal_desktop.services.claims.edit import add_fee

__all__ = ["add_fee"]
