"""Finding the fields of one XML part and swapping each merge field for a placeholder run.

Handles simple fields (w:fldSimple), complex fields (w:fldChar begin/separate/end with
w:instrText, the instruction and the result split over any number of runs), nested fields
and fields whose result spans paragraphs.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from lxml import etree

from workflows.mailmerge._instructions import MERGE_KINDS, FieldNode

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
SENTINEL_OPEN, SENTINEL_CLOSE = "\ue010", "\ue011"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


_FLD_CHAR, _INSTR, _SIMPLE, _TEXT, _RUN = (
    w("fldChar"),
    w("instrText"),
    w("fldSimple"),
    w("t"),
    w("r"),
)
_FIELD_CHAR_TYPE = w("fldCharType")


@dataclass(eq=False)
class _OpenField:
    node: FieldNode
    begin: etree._Element
    stale: bool
    in_result: bool = False
    first_result_run: etree._Element | None = None


@dataclass(eq=False)
class FoundField:
    """A top-level field: its instruction and where it sits in the tree."""

    node: FieldNode
    start: etree._Element  # the begin run, or the w:fldSimple element
    end: etree._Element  # the end run, or the w:fldSimple element again
    format_run: etree._Element | None


def find_fields(root: etree._Element) -> list[FoundField]:
    """Top-level fields in document order; nested ones hang in their parent's instruction."""
    found: list[FoundField] = []
    stack: list[_OpenField] = []
    for element in root.iter(_FLD_CHAR, _INSTR, _SIMPLE, _TEXT):
        if _inside_simple_field(element):
            continue
        tag = element.tag
        if tag == _TEXT:
            if stack and stack[0].in_result and stack[0].first_result_run is None:
                stack[0].first_result_run = element.getparent()
        elif tag == _INSTR:
            if stack and not stack[-1].in_result:
                stack[-1].node.add_text(element.text or "")
        elif tag == _SIMPLE:
            node = FieldNode([element.get(w("instr"), "")])
            if not stack:
                first_run = element.find(_RUN)
                found.append(FoundField(node, element, element, first_run))
            elif not stack[-1].in_result:
                stack[-1].node.tokens.append(node)
        else:
            _on_field_char(element, stack, found)
    return found


def _on_field_char(element, stack: list[_OpenField], found: list[FoundField]) -> None:
    kind = element.get(_FIELD_CHAR_TYPE)
    run = element.getparent()
    if kind == "begin":
        stale = bool(stack) and (stack[-1].in_result or stack[-1].stale)
        stack.append(_OpenField(FieldNode(), run, stale))
    elif kind == "separate" and stack:
        stack[-1].in_result = True
    elif kind == "end" and stack:
        closed = stack.pop()
        if stack:
            if not closed.stale and not stack[-1].in_result:
                stack[-1].node.tokens.append(closed.node)
        else:
            format_run = closed.first_result_run
            if format_run is None:
                format_run = closed.begin
            found.append(FoundField(closed.node, closed.begin, run, format_run))


def _inside_simple_field(element) -> bool:
    return any(True for _ in element.iterancestors(_SIMPLE))


def replace_with_placeholders(root: etree._Element) -> list[FieldNode]:
    """Swap each top-level merge field for a placeholder run; return the fields by id."""
    nodes: list[FieldNode] = []
    for found in find_fields(root):
        if found.node.kind not in MERGE_KINDS:
            continue
        placeholder = _placeholder_run(found.format_run, len(nodes))
        found.start.addprevious(placeholder)
        nodes.append(found.node)
        remove_range(found.start, found.end)
    return nodes


def _placeholder_run(format_run, hole_id: int) -> etree._Element:
    run = etree.Element(_RUN)
    properties = format_run.find(w("rPr")) if format_run is not None else None
    if properties is not None:
        run.append(copy.deepcopy(properties))
    text = etree.SubElement(run, _TEXT)
    text.set(XML_SPACE, "preserve")
    text.text = f"{SENTINEL_OPEN}F{hole_id}{SENTINEL_CLOSE}"
    return run


def remove_range(start: etree._Element, end: etree._Element) -> None:
    """Remove everything from start to end in document order, joining split paragraphs."""
    if start is end:
        start.getparent().remove(start)
        return
    if start.getparent() is end.getparent():
        element = start
        while element is not None:
            following = element.getnext()
            element.getparent().remove(element)
            if element is end:
                return
            element = following
        return
    end_ancestors = set(end.iterancestors())
    start_side = start
    while start_side.getparent() not in end_ancestors:
        start_side = start_side.getparent()
    common = start_side.getparent()
    end_side = end
    while end_side.getparent() is not common:
        end_side = end_side.getparent()
    for between in list(start_side.itersiblings()):
        if between is end_side:
            break
        common.remove(between)
    _trim(start_side, start, forward=True)
    _trim(end_side, end, forward=False)
    if start_side is not start and end_side is not end and start_side.tag == end_side.tag == w("p"):
        for child in list(end_side):
            if child.tag != w("pPr"):
                start_side.append(child)
        common.remove(end_side)


def _trim(container, node, *, forward: bool) -> None:
    """Remove node and what follows it (forward) or precedes it, up to container."""
    if container is node:
        node.getparent().remove(node)
        return
    current = node
    while current is not container:
        parent = current.getparent()
        for sibling in list(current.itersiblings(preceding=not forward)):
            if not (isinstance(sibling.tag, str) and sibling.tag.endswith("Pr")):
                parent.remove(sibling)
        if current is node:
            parent.remove(current)
        current = parent
