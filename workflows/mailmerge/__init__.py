"""Mail merge of Word letters: templates with real MERGEFIELD fields, filled per case.

    fields = list_fields("rykker.docx")
    letter = merge("rykker.docx", record, rows={"Fordringer": claims})
    template = MergeTemplate.load("rykker.docx")   # compile once for a mass run
    template.save(record, "out.docx")

Values are formatted by type (Decimal -> 1.234,56, date -> 24-11-2026); ``missing`` says
what to do with a field the record lacks: "empty" (default), "keep" the field, or "raise"
:class:`MissingFieldsError` listing every missing name. See docs/mail-merge.md.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Literal

from docx import Document
from docx.document import Document as DocxDocument

from workflows.mailmerge import field_catalogue
from workflows.mailmerge._render import MissingFieldsError
from workflows.mailmerge._template import MergeTemplate as _CompiledTemplate
from workflows.mailmerge._template import TemplateError, TemplateSource

MissingPolicy = Literal["empty", "keep", "raise"]
Rows = Mapping[str, Sequence[Mapping[str, object]]]

__all__ = [
    "MergeTemplate",
    "MissingFieldsError",
    "MissingPolicy",
    "TemplateError",
    "list_fields",
    "merge",
    "merge_many",
    "merge_to_file",
]


class MergeTemplate(_CompiledTemplate):
    """A template compiled once; knows our claims-table group (Fordring_* fields)."""

    @classmethod
    def load(cls, source: TemplateSource | MergeTemplate) -> MergeTemplate:
        if isinstance(source, _CompiledTemplate):
            return source
        template = super().load(source)
        template.__class__ = cls
        template.group_hints = field_catalogue.ROW_GROUPS
        return template

    def document(self, record: Mapping[str, object], **options) -> DocxDocument:
        """One merged letter as a python-docx Document."""
        return Document(io.BytesIO(self.render(record, **options)))


def list_fields(template: TemplateSource | MergeTemplate) -> list[str]:
    """Merge field names in order of appearance, each once (body, headers, footers, notes)."""
    return MergeTemplate.load(template).fields


def merge(
    template: TemplateSource | MergeTemplate,
    record: Mapping[str, object],
    *,
    rows: Rows | None = None,
    missing: MissingPolicy = "empty",
    keep_fields: bool = False,
) -> DocxDocument:
    """Merge one record; ``rows`` fills repeating table rows, e.g. {"Fordringer": [...]}."""
    return MergeTemplate.load(template).document(
        record, rows=rows, missing=missing, keep_fields=keep_fields
    )


def merge_to_file(
    template: TemplateSource | MergeTemplate,
    record: Mapping[str, object],
    out_path: str | Path,
    *,
    rows: Rows | None = None,
    missing: MissingPolicy = "empty",
    keep_fields: bool = False,
) -> Path:
    """Merge one record and write the letter to ``out_path``."""
    return MergeTemplate.load(template).save(
        record, out_path, rows=rows, missing=missing, keep_fields=keep_fields
    )


def merge_many(
    template: TemplateSource | MergeTemplate,
    records: Iterable[Mapping[str, object]],
    *,
    missing: MissingPolicy = "empty",
) -> DocxDocument:
    """All letters of a run in one document for printing, each from a new page.

    A record's table rows go in the record itself: ``record["Fordringer"] = [...]``.
    """
    data = MergeTemplate.load(template).render_many(records, missing=missing)
    return Document(io.BytesIO(data))
