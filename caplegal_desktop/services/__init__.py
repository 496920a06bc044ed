"""The service layer: the only door from the UI and the CLI to the data.

Services are plain functions taking a unit of work and keyword arguments; mutating ones commit
(or not) and return a small "what changed" value.
"""
