"""Search and lookups: quick search over every identifier, the list pages' ids and rows, and the
F4 lookups.

May use: shared, statements, master_data. No other feature uses search; the UI and the CLI do.
"""

from caplegal_desktop.services.search import portal_search

__all__ = ["portal_search"]
