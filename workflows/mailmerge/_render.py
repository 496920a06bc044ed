"""Rendering compiled pieces for one record (or, with NEXT fields, a run of records)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from workflows.mailmerge._compiled import Hole, Piece, RowBlock, field_xml, run_xml
from workflows.mailmerge._instructions import evaluate
from workflows.mailmerge._values import format_value

_EMPTY: Mapping[str, object] = {}


class MissingFieldsError(KeyError):
    """The record lacks data for merge fields the template uses."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = list(names)
        super().__init__(f"Flettefelter uden data: {', '.join(self.names)}")

    def __str__(self) -> str:
        return self.args[0]


class RenderContext:
    """The record cursor, the table-row groups and the missing-field bookkeeping."""

    def __init__(
        self,
        records: Sequence[Mapping[str, object]],
        *,
        rows: Mapping[str, Sequence[Mapping[str, object]]] | None,
        group_hints: Mapping[str, Sequence[str]],
        missing: str,
        keep_fields: bool,
    ) -> None:
        self.records = records
        self.index = 0
        self.missing = missing
        self.keep_fields = keep_fields
        self.missing_names: dict[str, None] = {}
        self._rows = rows or {}
        self._group_hints = group_hints
        self._row_stack: list[tuple[Mapping[str, object], frozenset[str]]] = []
        self._reset_groups()

    # -- records -------------------------------------------------------------
    def current(self) -> Mapping[str, object] | None:
        return self.records[self.index] if self.index < len(self.records) else None

    def advance_record(self) -> bool:
        self.index += 1
        self._reset_groups()
        return self.index < len(self.records)

    def record_number(self) -> int:
        return self.index + 1

    def has(self, name: str) -> bool:
        for row, group_fields in reversed(self._row_stack):
            if name in row or name in group_fields:
                return True
        record = self.current()
        return record is None or name in record

    def lookup(self, name: str) -> str:
        for row, group_fields in reversed(self._row_stack):
            if name in row:
                return format_value(row[name])
            if name in group_fields:
                return ""
        record = self.current()
        if record is None:
            return ""  # NEXT ran past the last record: Word leaves such fields empty
        if name in record:
            return format_value(record[name])
        self.missing_names.setdefault(name, None)
        return ""

    # -- repeating rows ------------------------------------------------------
    def _reset_groups(self) -> None:
        groups: dict[str, Sequence[Mapping[str, object]]] = dict(self._rows)
        record = self.current() or _EMPTY
        for key, value in record.items():
            if isinstance(value, list | tuple):
                groups[key] = value
        self.groups = groups
        self.group_fields = {g: self._fields_of_group(g, items) for g, items in groups.items()}
        self._group_cache: dict[frozenset[str], str | None] = {}

    def _fields_of_group(self, group: str, items: Sequence[Mapping[str, object]]) -> frozenset:
        names = {group, *self._group_hints.get(group, ())}
        for item in items:
            names.update(item.keys())
        return frozenset(names)

    def group_of(self, field_names: frozenset[str]) -> str | None:
        if field_names in self._group_cache:
            return self._group_cache[field_names]
        group = next((g for g, f in self.group_fields.items() if field_names & f), None)
        self._group_cache[field_names] = group
        return group


def render_pieces(pieces: Sequence[Piece], context: RenderContext, out: list[str]) -> None:
    index, count = 0, len(pieces)
    while index < count:
        piece = pieces[index]
        kind = type(piece)
        if kind is str:
            out.append(piece)
            index += 1
        elif kind is Hole:
            out.append(_render_hole(piece, context))
            index += 1
        else:
            index = _render_rows(pieces, index, context, out)


def _render_rows(pieces, index: int, context: RenderContext, out: list[str]) -> int:
    first: RowBlock = pieces[index]
    group = context.group_of(first.field_names)
    end = index + 1
    if group is not None:
        while (
            end < len(pieces)
            and type(pieces[end]) is RowBlock
            and pieces[end].table_id == first.table_id
            and context.group_of(pieces[end].field_names) == group
        ):
            end += 1
    block = pieces[index:end]
    if group is None:
        for row in block:
            render_pieces(row.pieces, context, out)
        return end
    items = list(context.groups[group])
    if not items and len(block) == first.table_rows:
        items = [{}]  # a table left without rows would not open in Word
    fields = context.group_fields[group]
    for item in items:
        context._row_stack.append((item, fields))
        for row in block:
            render_pieces(row.pieces, context, out)
        context._row_stack.pop()
    return end


def _render_hole(hole: Hole, context: RenderContext) -> str:
    node = hole.node
    spec = node.spec
    if spec is not None and context.missing == "keep" and not context.has(spec.name):
        return field_xml(node.flat_text, f"«{spec.name}»", hole.run_properties)
    text = evaluate(node, context)
    if context.keep_fields and spec is not None:
        return field_xml(node.flat_text, text, hole.run_properties)
    return run_xml(text, hole.run_properties)
