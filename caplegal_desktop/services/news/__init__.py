"""News for the portal's Översikt: the office writes short notices (CLI `caplegal portal news`),
every signed-in client sees the current ones (news is the same for all clients).

May use: shared, office. Public names below are what other features may use.
"""

from caplegal_desktop.services.news.news import NewsItem, add_news, current_news, remove_news

__all__ = ["NewsItem", "add_news", "current_news", "remove_news"]
