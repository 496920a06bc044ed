"""Reports and the Role Center's figures: the report catalogue's figures from the statement
engine, and the start page's key figures read without the ORM (start-up time).

May use: shared, statements, office. Client funds uses the report runs for its scheduled
reports (the portal's Rapporter); the UI and the CLI use the rest.
"""

# The Role Center imports reports.role_center at start-up, before SQLAlchemy may load: the
# public names below load on first use.
_WHERE = {
    "KeyFigures": "overview",
    "SubmittedCase": "overview",
    "key_figures": "overview",
    "submitted_today": "overview",
    "export_report": "reports",
    "run_report": "reports",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(name)
    if _WHERE[name] == "overview":
        from caplegal_desktop.services.reports import overview as module
    else:
        from caplegal_desktop.services.reports import reports as module
    return getattr(module, name)
