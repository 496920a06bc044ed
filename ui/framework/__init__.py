"""The page vocabulary every screen is built from (style.md §7).

Actions, ribbon, navigation, list and card pages, FactBoxes, wizards, lookup and amount/date
fields, and the one background runner.
"""
