"""The one text fold every search and filter uses, on SQLite and PostgreSQL alike.

SQLite's lower() folds only A-Z, and PostgreSQL's follows the server's locale (a "C" server folds
only A-Z too). So the program folds in Python, the same way on both backends: the searchable
text is stored folded (see docs/search.md) and what the user types is folded identically before
it is compared. The fold is Unicode NFKC normalisation (a decomposed "é" from a Mac or a file
becomes one character) followed by `str.casefold()`: Æ→æ, Ø→ø, Å→å, Ä→ä, Ö→ö, Ü→ü, É→é, ß→ss.
Accents are kept: "é" and "e" are different letters to a search, as æ and ae are.
"""

from __future__ import annotations

import unicodedata

SHORTEST_INDEXED_WORD = 3  # trigram indexes (FTS5 trigram, pg_trgm) need three characters
FILTER_MAX_LENGTH = 200  # characters in a filter or search box (the services refuse more)


def fold(text: str | None) -> str:
    """The caseless form of a text, with runs of white space made one space."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return " ".join(folded.split())


def search_words(text: str | None) -> list[str]:
    """The folded words of a search, each once, longest first (the most selective first)."""
    words = dict.fromkeys(fold(text).split())
    return sorted(words, key=len, reverse=True)


def digits_only(text: str | None) -> str:
    """A phone number as the digits a user might type ("+45 33 12 34 56" -> "4533123456")."""
    return "".join(ch for ch in text or "" if ch.isascii() and ch.isdigit())


def document(*parts: str | None) -> str:
    """One searchable text of many fields: each folded, empty ones left out, space-separated,
    with a space before and after, so " word" is found where a word begins and " word " only
    as a whole word, by the same LIKE or trigram match on either backend."""
    joined = " ".join(f for f in (fold(p) for p in parts) if f)
    return f" {joined} " if joined else ""
