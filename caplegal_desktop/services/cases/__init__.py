"""Cases: create a case (the wizard's and the import's intake), the case card's data, case
actions (notes, payments, requests), the case list's actions, fee previews, case details.

May use: shared, master_data, statements, journal, claims, follow_ups, office. No other feature uses
cases; the UI and the CLI do.
"""
