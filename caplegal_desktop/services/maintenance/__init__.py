"""Database maintenance: backups of the embedded SQLite file.

May use: shared.
"""
