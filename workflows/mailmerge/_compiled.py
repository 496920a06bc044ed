"""One XML part compiled once into text, placeholders and repeatable table rows.

The part is serialised a single time; a merge then only joins strings, which is what makes
10,000 letters from one template cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from lxml import etree

from workflows.mailmerge._fields import (
    SENTINEL_CLOSE,
    SENTINEL_OPEN,
    XML_SPACE,
    replace_with_placeholders,
    w,
)
from workflows.mailmerge._instructions import FieldNode

_TOKEN_RE = re.compile(
    r"<w:r>(?P<rpr>(?:(?!</w:r>).)*?)<w:t xml:space=\"preserve\">"
    + SENTINEL_OPEN
    + r"F(?P<hole>\d+)"
    + SENTINEL_CLOSE
    + r"</w:t></w:r>|"
    + SENTINEL_OPEN
    + r"(?P<mark>/?[RBSE])(?P<mark_id>\d*)"
    + SENTINEL_CLOSE,
    re.DOTALL,
)
_INVALID_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_TEXT_OPEN = '<w:t xml:space="preserve">'


@dataclass(eq=False)
class Hole:
    node: FieldNode
    run_properties: str


@dataclass(eq=False)
class RowBlock:
    """A table row holding merge fields: repeated per item when its fields form a group."""

    field_names: frozenset[str]
    table_id: int
    table_rows: int
    pieces: list = field(default_factory=list)


Piece = str | Hole | RowBlock


@dataclass(eq=False)
class CompiledPart:
    name: str
    segments: dict[str, list[Piece]]  # "all"; the main document also head/content/section/tail

    @property
    def has_holes(self) -> bool:
        return any(_has_holes(p) for p in self.segments["all"])

    def field_names(self) -> list[str]:
        names: dict[str, None] = {}
        _collect_names(self.segments["all"], names)
        return list(names)


def compile_part(name: str, xml: bytes, *, is_main: bool) -> CompiledPart:
    root = etree.fromstring(xml)
    nodes = replace_with_placeholders(root)
    rows = _mark_rows(root)
    if is_main:
        _mark_body(root)
    text = etree.tostring(root, encoding="UTF-8", xml_declaration=True, standalone=True)
    tokens = _tokenize(text.decode("utf-8"), nodes, rows)
    return CompiledPart(name, _segments(tokens))


def run_xml(text: str, run_properties: str) -> str:
    if not text:
        return ""
    body = escape(_INVALID_XML_CHARS.sub("", text))
    if "\n" in body or "\t" in body:
        body = body.replace("\r\n", "\n").replace("\n", f"</w:t><w:br/>{_TEXT_OPEN}")
        body = body.replace("\t", f"</w:t><w:tab/>{_TEXT_OPEN}")
    return f"<w:r>{run_properties}{_TEXT_OPEN}{body}</w:t></w:r>"


def field_xml(instruction: str, result: str, run_properties: str) -> str:
    """A complex field Word can merge again, showing result."""

    def char(kind: str) -> str:
        return f'<w:r>{run_properties}<w:fldChar w:fldCharType="{kind}"/></w:r>'

    instruction_run = (
        f'<w:r>{run_properties}<w:instrText xml:space="preserve"> {escape(instruction)} '
        "</w:instrText></w:r>"
    )
    return (
        char("begin")
        + instruction_run
        + char("separate")
        + run_xml(result, run_properties)
        + (char("end"))
    )


def _mark_rows(root) -> dict[int, RowBlock]:
    rows: dict[int, RowBlock] = {}
    # Keyed by the elements themselves: lxml proxies keep their identity only while referenced.
    seen: dict[etree._Element, int] = {}
    tables: dict[etree._Element, int] = {}
    for text in root.iter(w("t")):
        if not (text.text or "").startswith(SENTINEL_OPEN + "F"):
            continue
        row = next(text.iterancestors(w("tr")), None)
        if row is None or row in seen:
            continue
        row_id = len(rows)
        seen[row] = row_id
        table = row.getparent()
        table_id = tables.setdefault(table, len(tables))
        rows[row_id] = RowBlock(frozenset(), table_id, len(table.findall(w("tr"))))
        _surround(row, f"R{row_id}", f"/R{row_id}")
    return rows


def _mark_body(root) -> None:
    body = root.find(w("body"))
    if body is None:
        return
    body.text = f"{SENTINEL_OPEN}B{SENTINEL_CLOSE}" + (body.text or "")
    section = body[-1] if len(body) and body[-1].tag == w("sectPr") else None
    if section is None:
        last = body[-1] if len(body) else None
        marks = f"{SENTINEL_OPEN}S{SENTINEL_CLOSE}{SENTINEL_OPEN}E{SENTINEL_CLOSE}"
        if last is None:
            body.text += marks
        else:
            last.tail = (last.tail or "") + marks
        return
    if section.find(w("pgNumType")) is None:
        _insert_page_number_restart(section)
    _surround(section, "S", "E")


def _insert_page_number_restart(section) -> None:
    # Each letter of a combined run restarts at page 1; harmless for a single letter.
    restart = etree.Element(w("pgNumType"))
    restart.set(w("start"), "1")
    later = ("cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection", "bidi")
    later_tags = {w(t) for t in (*later, "rtlGutter", "docGrid", "printerSettings", "sectPrChange")}
    for child in section:
        if child.tag in later_tags:
            child.addprevious(restart)
            return
    section.append(restart)


def _surround(element, start: str, end: str) -> None:
    start_mark = f"{SENTINEL_OPEN}{start}{SENTINEL_CLOSE}"
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + start_mark
    else:
        parent = element.getparent()
        parent.text = (parent.text or "") + start_mark
    element.tail = f"{SENTINEL_OPEN}{end}{SENTINEL_CLOSE}" + (element.tail or "")


def _tokenize(text: str, nodes: list[FieldNode], rows: dict[int, RowBlock]) -> list:
    """Flat text into nested pieces; body marks stay as ('mark', letter) tuples."""
    stack: list[list] = [[]]
    position = 0
    for match in _TOKEN_RE.finditer(text):
        if match.start() > position:
            stack[-1].append(text[position : match.start()])
        position = match.end()
        if match.group("hole") is not None:
            stack[-1].append(Hole(nodes[int(match.group("hole"))], match.group("rpr")))
            continue
        mark, mark_id = match.group("mark"), match.group("mark_id")
        if mark == "R":
            row = rows[int(mark_id)]
            stack[-1].append(row)
            stack.append(row.pieces)
        elif mark == "/R":
            stack.pop()
        else:
            stack[-1].append(("mark", mark))
    if position < len(text):
        stack[-1].append(text[position:])
    for row in rows.values():
        names: dict[str, None] = {}
        _collect_names(row.pieces, names)
        row.field_names = frozenset(names)
    return stack[0]


def _segments(tokens: list) -> dict[str, list[Piece]]:
    segments: dict[str, list[Piece]] = {"all": [], "head": []}
    current = "head"
    next_segment = {"B": "content", "S": "section", "E": "tail"}
    for token in tokens:
        if isinstance(token, tuple):
            current = next_segment[token[1]]
            segments.setdefault(current, [])
            continue
        segments["all"].append(token)
        segments[current].append(token)
    return segments


def _collect_names(pieces, names: dict[str, None]) -> None:
    for piece in pieces:
        if isinstance(piece, Hole):
            for name in piece.node.merge_field_names():
                names.setdefault(name, None)
        elif isinstance(piece, RowBlock):
            _collect_names(piece.pieces, names)


def _has_holes(piece) -> bool:
    if isinstance(piece, Hole):
        return True
    if isinstance(piece, RowBlock):
        return any(_has_holes(p) for p in piece.pieces)
    return False


__all__ = ["XML_SPACE", "CompiledPart", "Hole", "RowBlock", "compile_part", "field_xml", "run_xml"]
