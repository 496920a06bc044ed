"""Demo data: a realistic, deterministic office (clients, debtors with valid CPR/CVR numbers and
real post codes, cases, claims, payments), bulk-inserted for speed.

May use: shared, master_data.
"""
