"""The collection journal and posting, with bank payments: batches and lines, the posting chain
(check line -> post line -> post batch, through `shared.ledger`), payment files and their
matching, the suspense list.

May use: shared, master_data. Public names below are what other features may use.
"""

from caplegal_desktop.services.journal.batches import LineInput, add_line, batch_for_case
from caplegal_desktop.services.journal.posting import post_line_now

__all__ = ["LineInput", "add_line", "batch_for_case", "post_line_now"]
