"""Reports and the Role Center's figures: the report catalogue's figures from the statement
engine, and the start page's key figures read without the ORM (start-up time).

May use: shared, statements. No other feature uses reports; the UI and the CLI do.
"""
