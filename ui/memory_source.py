"""A ListSource over rows held in memory (sample data, small setup tables, search results)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any

Row = Mapping[str, Any]


class MemorySource:
    def __init__(
        self,
        record_kind: str,
        rows: Mapping[Hashable, Row],
        *,
        views: Mapping[str, Callable[[Row], bool]] | None = None,
    ) -> None:
        self.record_kind = record_kind
        self._rows = rows  # not copied: a refresh shows what was added since
        self._views = views or {}

    def ids(
        self,
        *,
        filter_text: str = "",
        sort_key: str | None = None,
        descending: bool = False,
        view: str | None = None,
    ) -> list[Hashable]:
        needle = filter_text.casefold()
        in_view = self._views.get(view, lambda _row: True) if view else (lambda _row: True)
        ids = [
            record_id
            for record_id, row in self._rows.items()
            if in_view(row)
            and (
                not needle
                or any(needle in str(v).casefold() for v in row.values() if v is not None)
            )
        ]
        if sort_key:
            ids.sort(key=_sort_key(self._rows, sort_key), reverse=descending)
        return ids

    def rows(self, ids: Sequence[Hashable]) -> dict[Hashable, Row]:
        return {record_id: self._rows[record_id] for record_id in ids if record_id in self._rows}


def _sort_key(rows: Mapping[Hashable, Row], key: str) -> Callable[[Hashable], tuple]:
    def value(record_id: Hashable) -> tuple:
        v = rows[record_id].get(key)
        return (v is None, v if v is not None else 0)

    return value
