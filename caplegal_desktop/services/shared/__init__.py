"""Shared plumbing every feature uses: the one ledger writer (`ledger.post_entry`), number
series (`numbering.next_number`), case history rows (`history.record`) and the case-number lookup
(`case_refs.case_id_by_no`).

May use: models, workflows. Never a feature package: features stand on this, not the other way.
"""
