"""A Word template read and compiled once, rendered to .docx bytes per record."""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.package import OpcPackage
from lxml import etree

from workflows.mailmerge._compiled import CompiledPart, compile_part
from workflows.mailmerge._fields import w
from workflows.mailmerge._render import MissingFieldsError, RenderContext, render_pieces
from workflows.mailmerge._zip import PackedEntry, pack, write_archive
from workflows.private_files import write_private_bytes

TemplateSource = str | Path | bytes | BinaryIO

_TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_MERGED_TYPES = {
    CT.WML_DOCUMENT_MAIN,
    _TEMPLATE_MAIN,
    CT.WML_HEADER,
    CT.WML_FOOTER,
    CT.WML_FOOTNOTES,
    CT.WML_ENDNOTES,
}
_PART_ORDER = {CT.WML_HEADER: 1, CT.WML_FOOTER: 2, CT.WML_FOOTNOTES: 3, CT.WML_ENDNOTES: 4}
_RID_RE = re.compile(r'r:id="([^"]+)"')
_DOC_PR_RE = re.compile(r'(<wp:docPr [^>]*?\bid=")(\d+)"')
_PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


MAX_MEMBER_BYTES = 32 * 1024 * 1024
"""One member of a template, uncompressed; a letter's biggest part (a logo) is a few MB."""
MAX_TOTAL_BYTES = 64 * 1024 * 1024
"""All members together, uncompressed (a 1 MB .docx with a 1 GiB member once took 2.1 GB)."""
MAX_MEMBERS = 1000


class TemplateError(ValueError):
    """A template refused before it is read: the Danish message says why."""


def check_archive(data: bytes) -> None:
    """Refuse anything that is not a safe .docx before a byte of it is decompressed: not a zip,
    too many or too large members (by the sizes the archive declares, which zipfile never reads
    past), absolute or ``..`` member names, and XML with a DOCTYPE or entity declarations."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise TemplateError("Skabelonen er ikke en Word-fil (.docx er en zip-fil; denne er ikke).")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise TemplateError(f"Skabelonen har {len(members)} dele; højst {MAX_MEMBERS}.")
            total = 0
            for member in members:
                _check_member_name(member.filename)
                if member.file_size > MAX_MEMBER_BYTES:
                    raise TemplateError(
                        f"Skabelonens del {member.filename!r} er for stor "
                        f"({member.file_size // 1024 // 1024} MB udpakket; højst "
                        f"{MAX_MEMBER_BYTES // 1024 // 1024} MB)."
                    )
                total += member.file_size
                if total > MAX_TOTAL_BYTES:
                    raise TemplateError(
                        f"Skabelonen fylder for meget udpakket (over "
                        f"{MAX_TOTAL_BYTES // 1024 // 1024} MB)."
                    )
            for member in members:
                if member.filename.endswith((".xml", ".rels")):
                    head = archive.read(member)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise TemplateError(
                            f"Skabelonens del {member.filename!r} indeholder en DOCTYPE- eller "
                            "ENTITY-erklæring; den afvises."
                        )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError) as exc:
        raise TemplateError(f"Skabelonen er ikke en gyldig Word-fil: {exc}") from exc


def _check_member_name(name: str) -> None:
    parts = name.replace("\\", "/").split("/")
    if (
        name.startswith(("/", "\\"))
        or re.match(r"^[A-Za-z]:", name)
        or ".." in parts
        or "\x00" in name
    ):
        raise TemplateError(
            f"Skabelonen har en del med et ugyldigt navn ({name!r}: absolut sti eller '..')."
        )


@dataclass(frozen=True)
class _SectionRef:
    """A header or footer the last section of the main document points to."""

    rel_id: str
    part_name: str
    rel_type: str
    target: str
    content_type: str


class MergeTemplate:
    """Compile once with ``load``; then ``render``/``save`` per record."""

    def __init__(
        self,
        *,
        entries: list[tuple[str, bytes]],
        parts: dict[str, CompiledPart],
        main_name: str,
        section_refs: list[_SectionRef],
    ) -> None:
        self._raw = dict(entries)
        self._entries = [pack(name, blob) for name, blob in entries]
        self._parts = parts
        self._main_name = main_name
        self._section_refs = section_refs
        self.group_hints: Mapping[str, Sequence[str]] = {}

    @classmethod
    def load(cls, source: TemplateSource | MergeTemplate) -> MergeTemplate:
        if isinstance(source, MergeTemplate):
            return source
        data = _read_bytes(source)
        check_archive(data)
        package = OpcPackage.open(io.BytesIO(data))
        content_types: dict[str, str] = {}
        main_part = None
        for part in package.iter_parts():
            content_types[part.partname.lstrip("/")] = part.content_type
            if part.content_type in (CT.WML_DOCUMENT_MAIN, _TEMPLATE_MAIN):
                main_part = part
        if main_part is None:
            raise TemplateError("Skabelonen er ikke et Word-dokument (.docx).")
        main_name = main_part.partname.lstrip("/")
        entries, parts = [], {}
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for name in _ordered_names(archive.namelist()):
                blob = archive.read(name)
                content_type = content_types.get(name)
                if content_type in _MERGED_TYPES:
                    parts[name] = compile_part(name, blob, is_main=name == main_name)
                elif content_type == CT.WML_SETTINGS:
                    blob = _without_mail_merge_source(blob)
                elif name == "[Content_Types].xml":
                    blob = blob.replace(_TEMPLATE_MAIN.encode(), CT.WML_DOCUMENT_MAIN.encode())
                entries.append((name, blob))
        section_refs = _section_refs(parts[main_name], main_part, content_types)
        return cls(entries=entries, parts=parts, main_name=main_name, section_refs=section_refs)

    @property
    def fields(self) -> list[str]:
        """Merge field names in order of appearance: body, headers, footers, notes."""
        names: dict[str, None] = {}
        ordered = sorted(self._parts, key=lambda n: (n != self._main_name, _part_rank(n), n))
        for name in ordered:
            for field_name in self._parts[name].field_names():
                names.setdefault(field_name, None)
        return list(names)

    def render(
        self,
        record: Mapping[str, object],
        *,
        rows: Mapping[str, Sequence[Mapping[str, object]]] | None = None,
        missing: str = "empty",
        keep_fields: bool = False,
    ) -> bytes:
        """One merged letter as .docx bytes."""
        contexts: list[RenderContext] = []

        def context() -> RenderContext:
            made = RenderContext(
                [record],
                rows=rows,
                group_hints=self.group_hints,
                missing=missing,
                keep_fields=keep_fields,
            )
            contexts.append(made)
            return made

        rendered = {name: _render_part(part, context()) for name, part in self._parts.items()}
        _raise_if_missing(contexts, missing)
        return write_archive(self._entries, rendered)

    def save(self, record: Mapping[str, object], path: str | Path, **options) -> Path:
        return write_private_bytes(path, self.render(record, **options))

    def render_many(
        self,
        records: Iterable[Mapping[str, object]],
        *,
        missing: str = "empty",
        keep_fields: bool = False,
    ) -> bytes:
        """All letters in one document, each in its own section starting on a new page."""
        records = list(records)
        main = self._parts[self._main_name].segments
        contexts: list[RenderContext] = []

        def context(start: int) -> RenderContext:
            made = RenderContext(
                records[start:],
                rows=None,
                group_hints=self.group_hints,
                missing=missing,
                keep_fields=keep_fields,
            )
            contexts.append(made)
            return made

        rendered = {
            n: _render_part(p, context(0)) for n, p in self._parts.items() if n != self._main_name
        }
        body: list[str] = list(main["head"])
        extra_entries: list[PackedEntry] = []
        extra_rels: list[str] = []
        extra_types: list[str] = []
        start, copy_number = 0, 0
        while copy_number == 0 or start < len(records):
            letter_context = context(start)
            letter: list[str] = []
            render_pieces(main["content"], letter_context, letter)
            section = "".join(main.get("section", []))
            if copy_number:
                section = self._own_headers(
                    section, copy_number, start, records, extra_entries, extra_rels, extra_types
                )
                text = "".join(letter)
                if "<wp:docPr " in text:
                    text = _DOC_PR_RE.sub(
                        lambda m, n=copy_number: f'{m.group(1)}{int(m.group(2)) + n * 10_000}"',
                        text,
                    )
                letter = [text]
            start += letter_context.index + 1
            last = start >= len(records)
            body.extend(letter)
            if not last:
                body.append(f"<w:p><w:pPr>{section}</w:pPr></w:p>" if section else _PAGE_BREAK)
            else:
                body.append(section)
            copy_number += 1
        body.extend(main.get("tail", []))
        _raise_if_missing(contexts, missing)
        rendered[self._main_name] = "".join(body).encode("utf-8")
        rels_name = _rels_name(self._main_name)
        rels = _insert_before(self._raw[rels_name], extra_rels, "</Relationships>")
        types = _insert_before(self._raw["[Content_Types].xml"], extra_types, "</Types>")
        rendered.update({rels_name: rels, "[Content_Types].xml": types})
        return write_archive(self._entries + extra_entries, rendered)

    def _own_headers(self, section, copy_number, start, records, entries, rels, types) -> str:
        """Give a letter its own copy of each header/footer that holds merge fields."""
        for ref in self._section_refs:
            part = self._parts.get(ref.part_name)
            if part is None or not part.has_holes or f'r:id="{ref.rel_id}"' not in section:
                continue
            stem, extension = posixpath.splitext(ref.part_name)
            name = f"{stem}_{copy_number}{extension}"
            rel_id = f"{ref.rel_id}_{copy_number}"
            context = RenderContext(
                records[start:],
                rows=None,
                group_hints=self.group_hints,
                missing="empty",
                keep_fields=False,
            )
            entries.append(pack(name, _render_part(part, context)))
            target = posixpath.relpath(name, posixpath.dirname(self._main_name))
            rels.append(f'<Relationship Id="{rel_id}" Type="{ref.rel_type}" Target="{target}"/>')
            types.append(f'<Override PartName="/{name}" ContentType="{ref.content_type}"/>')
            section = section.replace(f'r:id="{ref.rel_id}"', f'r:id="{rel_id}"')
        return section


def _render_part(part: CompiledPart, context: RenderContext) -> bytes:
    out: list[str] = []
    render_pieces(part.segments["all"], context, out)
    return "".join(out).encode("utf-8")


def _raise_if_missing(contexts: list[RenderContext], missing: str) -> None:
    if missing != "raise":
        return
    names: dict[str, None] = {}
    for context in contexts:
        names.update(context.missing_names)
    if names:
        raise MissingFieldsError(list(names))


def _read_bytes(source: TemplateSource) -> bytes:
    if isinstance(source, bytes):
        return source
    if isinstance(source, str | Path):
        if Path(source).stat().st_size > MAX_TOTAL_BYTES:
            raise TemplateError(
                f"Skabelonfilen er for stor (højst {MAX_TOTAL_BYTES // 1024 // 1024} MB)."
            )
        return Path(source).read_bytes()
    return source.read(MAX_TOTAL_BYTES + 1)


def _ordered_names(names: list[str]) -> list[str]:
    return sorted(names, key=lambda n: n != "[Content_Types].xml")


def _part_rank(name: str) -> int:
    for marker, rank in (("header", 1), ("footer", 2), ("footnotes", 3), ("endnotes", 4)):
        if marker in name:
            return rank
    return 5


def _without_mail_merge_source(settings: bytes) -> bytes:
    # A merged letter must not ask Word to reconnect to the template's data source.
    if b"mailMerge" not in settings:
        return settings
    root = etree.fromstring(settings)
    for element in root.findall(w("mailMerge")):
        root.remove(element)
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True, standalone=True)


def _section_refs(main: CompiledPart, main_part, content_types) -> list[_SectionRef]:
    section = "".join(p for p in main.segments.get("section", []) if isinstance(p, str))
    refs = []
    for rel_id in _RID_RE.findall(section):
        rel = main_part.rels.get(rel_id)
        if rel is None or rel.is_external:
            continue
        part_name = rel.target_part.partname.lstrip("/")
        content_type = content_types.get(part_name, "")
        refs.append(_SectionRef(rel_id, part_name, rel.reltype, rel.target_ref, content_type))
    return refs


def _rels_name(part_name: str) -> str:
    folder, base = posixpath.split(part_name)
    return posixpath.join(folder, "_rels", f"{base}.rels")


def _insert_before(xml: bytes, additions: list[str], closing: str) -> bytes:
    if not additions:
        return xml
    text = xml.decode("utf-8")
    at = text.rindex(closing)
    return (text[:at] + "".join(additions) + text[at:]).encode("utf-8")
